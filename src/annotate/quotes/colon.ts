/**
 * Attributions introduced by a colon: transcript and headline speakers (`PENCE: …`), and a speaker
 * whose words are the paragraph after a colon that ends the line (`Lund continued:` ⏎ `“The river …`,
 * `The Herald reports:` ⏎ `…at least four …`, `The club describes itself in the following way:` ⏎ …).
 */
import type { Sentence } from '../../core/layers.ts';
import type { Span } from '../../core/span.ts';
import { COLON_CUE_FORMS, CUE_VERBS, EXCLUDED_CUE_FORMS, HEADING_LABELS, MIN_CONTENT_WORDS } from './cues.data.ts';
import type { Attribution } from './find.ts';
import { cueLemma } from './lemma.ts';
import { sentenceSubject, sourceBefore } from './subject.ts';
import { isCapitalised, lowAt, spanOf, tokenAt, trimEnd, type TokenView } from './text-view.ts';

const wordCount = (s: string) => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** Transcript and headline speakers: `PENCE: …`, `Pence: Trump was mocking …`. */
export function colonSpeakers(text: string): Attribution[] {
  const out: Attribution[] = [];
  for (const m of text.matchAll(/^["“]?([A-Z][\p{L}.'’-]+(?: [A-Z][\p{L}.'’-]+){0,2}):[ \t]+(\S[^\n]*)$/gmu)) {
    const sourceStart = m.index + m[0].indexOf(m[1]);
    const sourceEnd = sourceStart + m[1].length;
    const contentStart = m.index + m[0].length - m[2].length;
    if (HEADING_LABELS.has(m[1].toLowerCase())) continue;
    const content = trimEnd(text, { start: contentStart, end: m.index + m[0].length });
    if (wordCount(text.slice(content.start, content.end)) < MIN_CONTENT_WORDS) continue;
    out.push({
      kind: 'direct',
      content,
      cue: { start: sourceEnd, end: sourceEnd + 1 },
      source: { start: sourceStart, end: sourceEnd },
      stance: 'asserts',
    });
  }
  return out;
}

/**
 * `Bush: "The mission is …"`, `… - Jane Roe and John Doe: “Although …`, `Rep. Jane Roe (R-S.C.):"I have …`: a name
 * with a colon right before a quotation, opening a line or a sentence or following a dash, is its speaker.
 */
export function namedQuotes(text: string, quotes: readonly Span[]): Attribution[] {
  const out: Attribution[] = [];
  const name = /(?:^|(?<=[.!?]["”]? )|(?<= [-–—] ))([A-Z][\p{L}.'’-]*(?: (?:[A-Z][\p{L}.'’-]*|of|and|the|at|from|\([A-Z][\w.-]*\)))*) ?:[ \t\u00a0]*(?=[“"])/gmu;
  for (const m of text.matchAll(name)) {
    const q = quotes.find((x) => x.start === m.index + m[0].length);
    if (!q || HEADING_LABELS.has(m[1].toLowerCase()) || m[1].split(' ').some((w) => cueLemma(w) !== undefined)) continue;
    const colon = m.index + m[0].indexOf(':', m[1].length);
    out.push({ kind: 'direct', content: q, cue: { start: colon, end: colon + 1 }, source: { start: m.index, end: m.index + m[1].length }, stance: 'asserts' });
  }
  return out;
}

/** Most tokens between the cue and the colon that ends its line ("elaborated on the message he felt …:"). */
const CUE_TO_COLON_MAX = 12;

const insideAny = (spans: readonly Span[], offset: number) => spans.some((s) => s.start < offset && offset < s.end);

/**
 * `Lund continued:` ⏎ `“The river …`: a line that ends in a colon after a cue verb with a subject
 * introduces the next paragraph as that subject's words (direct when it opens with a quotation mark).
 */
export function colonParagraphs(v: TokenView, sentences: readonly Sentence[], quotes: readonly Span[]): Attribution[] {
  const text = v.text;
  const out: Attribution[] = [];
  for (const m of text.matchAll(/:[ \t]*\n\s*(\S[^\n]*)/g)) {
    const colon = tokenAt(v, m.index);
    if (lowAt(v, colon) !== ':' || insideAny(quotes, m.index)) continue;
    const s = sentences.find((x) => x.start <= m.index && m.index < x.end);
    const from = s ? tokenAt(v, s.start) : Math.max(0, colon - CUE_TO_COLON_MAX);
    let cue = -1;
    for (let j = colon - 1; j >= from && colon - j <= CUE_TO_COLON_MAX; j--) {
      const w = lowAt(v, j);
      if (w === ':' || /^[“"”]$/.test(w)) break;
      if (((cueLemma(w) && !EXCLUDED_CUE_FORMS.has(w)) || COLON_CUE_FORMS.has(w)) && !isCapitalised(v, j) && lowAt(v, j - 1) !== 'to') {
        cue = j;
        break;
      }
    }
    if (cue <= from) continue;
    const source = sourceBefore(v, cue, from) ?? sentenceSubject(v, from, cue);
    if (!source) continue;
    const contentStart = m.index + m[0].length - m[1].length;
    const content = trimEnd(text, { start: contentStart, end: m.index + m[0].length });
    if (wordCount(text.slice(content.start, content.end)) < MIN_CONTENT_WORDS) continue;
    const lemma = cueLemma(lowAt(v, cue)) ?? '';
    const kind = /^[“"]/.test(m[1]) ? 'direct' : 'reported';
    out.push({ kind, content, cue: spanOf(v, cue, cue), source, stance: CUE_VERBS.get(lemma) ?? 'asserts' });
  }
  return out;
}
