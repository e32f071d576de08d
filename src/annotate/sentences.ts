import { defineComponent } from '../core/component.ts';
import { withLayers } from '../core/doc.ts';
import type { Sentence, Token } from '../core/layers.ts';
import { NON_TERMINAL_ABBREVIATIONS } from './sentences.data.ts';

/**
 * Sentence splitting and tokenisation over the clean text. Paragraph breaks (`\n`) always end a
 * sentence; `.`, `!`, `?` (with closing quotes/brackets) end one unless the word before is a known
 * abbreviation, a single initial, or the next word starts in lower case.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const paragraphRe = /[^\n]+/g;
  for (let p = paragraphRe.exec(text); p; p = paragraphRe.exec(text)) {
    splitParagraph(text, p.index, p.index + p[0].length, out);
  }
  return out;
}

const TERMINAL = /[.!?…]+["'”’)\]]*(?=\s+|$)/g;

function splitParagraph(text: string, start: number, end: number, out: Sentence[]): void {
  const para = text.slice(start, end);
  let sentenceStart = 0;
  TERMINAL.lastIndex = 0;
  for (let m = TERMINAL.exec(para); m; m = TERMINAL.exec(para)) {
    const stop = m.index + m[0].length;
    if (m[0][0] === '.' && m[0].length === 1 && !endsSentenceAfterPeriod(para, m.index)) continue;
    const next = para.slice(stop).match(/^\s+(\S)/);
    if (next && /[a-z]/.test(next[1])) continue;
    push(text, start + sentenceStart, start + stop, out);
    sentenceStart = stop;
  }
  push(text, start + sentenceStart, end, out);
}

function endsSentenceAfterPeriod(para: string, dot: number): boolean {
  const word = para.slice(0, dot).match(/([A-Za-z][A-Za-z.]*)$/)?.[1];
  if (!word) return true;
  if (word.length === 1 && /[A-Z]/.test(word)) return false; // an initial: "Stefan J. Bos"
  return !NON_TERMINAL_ABBREVIATIONS.has(word.toLowerCase());
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}

/**
 * Words (with inner apostrophes, hyphens and periods as in "U.S."), initials before a capitalised
 * word ("J. Bos"), numbers and punctuation. A possessive or contracted clitic ('s, ’s, n't) is a
 * token of its own, as in the Penn Treebank and CoNLL: "Korea’s" → "Korea", "’s".
 */
const TOKEN_RE = /\d[\d,.]*\d|\d|(?:[A-Z]\.){2,}|[A-Z]\.(?=\s+\p{Lu})|[\p{L}\p{M}][\p{L}\p{M}\d]*(?:['’\-][\p{L}\p{M}\d]+)*|[^\s\p{L}\p{M}\d]/gu;
const CLITIC = /(?:['’][sS]|n['’]t)$/;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(slice); m; m = TOKEN_RE.exec(slice)) {
    const s = start + m.index;
    const kind = /^\d/.test(m[0]) ? 'number' : /^[\p{L}\p{M}]/u.test(m[0]) ? 'word' : 'punct';
    const clitic = kind === 'word' ? CLITIC.exec(m[0]) : null;
    if (clitic && clitic.index > 0) {
      const cut = s + clitic.index;
      out.push({ start: s, end: cut, kind }, { start: cut, end: s + m[0].length, kind: 'word' });
      continue;
    }
    out.push({ start: s, end: s + m[0].length, kind });
  }
  return out;
}

export const sentencesComponent = defineComponent({
  name: 'annotate.sentences.v1',
  requires: [],
  assigns: ['sentences', 'tokens'],
  run(doc) {
    return withLayers(doc, { sentences: splitSentences(doc.text), tokens: tokenize(doc.text) });
  },
});
