import { createRequire } from 'node:module';
import type { EntityMention, Sentence, Token } from '../../../core/layers.ts';
import type { ConllDoc } from './conll.ts';
import { annotateEntities } from '../index.ts';

/**
 * The systems compared by `npm run eval:entities`, run over CoNLL documents. Each document's
 * tokens become a synthetic text (lightly detokenised, sentences on their own lines) with the
 * tokens and sentences layers taken from the gold tokenisation, so predictions map back to token
 * offsets exactly.
 */
export interface TokenSpan { readonly start: number; readonly end: number; readonly type: string }

export interface Layout {
  readonly text: string;
  readonly tokens: Token[];
  readonly sentences: Sentence[];
}

/** Light detokenisation (no space before closing punctuation and clitics, none after opening brackets), so the peer sees news-like text. */
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '!', '?', '%', ')', ']', '}', "'s", "'S", "n't", "'", "''", "'re", "'ve", "'ll", "'d", "'m"]);
const NO_SPACE_AFTER = new Set(['(', '[', '{', '``', '$']);

export function layout(doc: ConllDoc): Layout {
  let text = '';
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  doc.sentences.forEach((s, si) => {
    if (si > 0) text += '\n';
    const start = text.length;
    s.words.forEach((w, i) => {
      if (i > 0 && !NO_SPACE_BEFORE.has(w) && !NO_SPACE_AFTER.has(s.words[i - 1])) text += ' ';
      const kind = /^\d/.test(w) ? 'number' : /^[\p{L}\p{M}]/u.test(w) ? 'word' : 'punct';
      tokens.push({ start: text.length, end: text.length + w.length, kind });
      text += w;
    });
    sentences.push({ start, end: text.length });
  });
  return { text, tokens, sentences };
}

/** Our mention types on the CoNLL scale: GPE, LOC and FAC are CoNLL's LOC; NORP/EVENT are MISC (not scored). */
export function conllType(m: EntityMention): 'PER' | 'ORG' | 'LOC' | null {
  if (m.form === 'pronoun' || m.form === 'nominal' || m.form === 'demonym') return null;
  switch (m.type) {
    case 'PERSON': return 'PER';
    case 'ORG': return 'ORG';
    case 'GPE':
    case 'LOC':
    case 'FAC': return 'LOC';
    case 'NORP':
    case 'EVENT': return null;
  }
}

/** Character span → token indices (end exclusive); null when it does not start and end on tokens. */
export function toTokens(l: Layout, start: number, end: number): { start: number; end: number } | null {
  const toks = l.tokens;
  let lo = 0;
  let hi = toks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid].end > start) hi = mid; else lo = mid + 1; }
  const a = lo;
  lo = a;
  hi = toks.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (toks[mid].start < end) lo = mid + 1; else hi = mid; }
  const b = lo; // exclusive
  return a < toks.length && b > a ? { start: a, end: b } : null;
}

export interface OursOutput { readonly spans: TokenSpan[]; readonly mentions: EntityMention[] }

export function runOurs(l: Layout): OursOutput {
  const { mentions } = annotateEntities(l.text, l.sentences, l.tokens);
  const spans: TokenSpan[] = [];
  for (const m of mentions) {
    const type = conllType(m);
    const t = type && toTokens(l, m.start, m.end);
    if (type && t) spans.push({ ...t, type });
  }
  return { spans, mentions };
}

interface CompromiseMatch { readonly offset: { readonly start: number; readonly length: number } }
type Nlp = (text: string) => {
  people(): { json(o: object): CompromiseMatch[] };
  places(): { json(o: object): CompromiseMatch[] };
  organizations(): { json(o: object): CompromiseMatch[] };
};

let nlp: Nlp | null = null;
export function compromiseVersion(): string {
  return (createRequire(import.meta.url)('compromise') as { version: string }).version;
}

/** The shared scorer library's helpers (`DIR/lib/conll.mjs`), loaded at measurement time. */
export interface ScorerLib {
  charToTokens(layout: { tokStart: number[]; tokEnd: number[]; tokSent: number[] }, cs: number, ce: number, toks: string[]): { start: number; end: number } | null;
  resolveOverlaps(spans: TokenSpan[]): TokenSpan[];
}

/**
 * compromise (the peer): people → PER, places → LOC, organizations → ORG, mapped to tokens with
 * the shared library's `charToTokens` (edge punctuation and possessives trimmed) and
 * `resolveOverlaps`, as the dataset README's compromise figures were measured.
 */
export function runCompromise(l: Layout, lib: ScorerLib): TokenSpan[] {
  nlp ??= createRequire(import.meta.url)('compromise') as Nlp;
  const doc = nlp(l.text);
  const tokStart = l.tokens.map((t) => t.start);
  const tokEnd = l.tokens.map((t) => t.end);
  const tokSent: number[] = [];
  let si = 0;
  for (const t of l.tokens) {
    while (l.sentences[si].end < t.start) si++;
    tokSent.push(si);
  }
  const toks = l.tokens.map((t) => l.text.slice(t.start, t.end));
  const out: TokenSpan[] = [];
  const add = (ms: CompromiseMatch[], type: string) => {
    for (const m of ms) {
      const t = lib.charToTokens({ tokStart, tokEnd, tokSent }, m.offset.start, m.offset.start + m.offset.length, toks);
      if (t) out.push({ start: t.start, end: t.end, type });
    }
  };
  add(doc.people().json({ offset: true, terms: false }), 'PER');
  add(doc.places().json({ offset: true, terms: false }), 'LOC');
  add(doc.organizations().json({ offset: true, terms: false }), 'ORG');
  return lib.resolveOverlaps(out);
}
