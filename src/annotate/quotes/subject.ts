/**
 * The subject of a cue: the noun phrase left of it, across an apposition ("Lukin, a professor at X,
 * wrote"), or the name or pronoun that opens the sentence when the cue is a second predicate.
 */
import type { Span } from '../../core/span.ts';
import { SENTENCE_CONNECTIVES, SUBORDINATORS } from './cues.data.ts';
import { cueLemma } from './lemma.ts';
import { readSourceBack, readSourceForward, skipAuxLeft } from './source.ts';
import { lowAt, spanOf, tokenAt, type TokenView } from './text-view.ts';

const ADVERBIAL_OPENERS = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'since', 'last', 'this', 'earlier', 'later', 'meanwhile', 'yesterday', 'today']);
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/** The name or pronoun that opens a sentence ("Merrill says … and said …"): its subject. */
export function sentenceSubject(v: TokenView, sentenceFirst: number, before: number): Span | null {
  let from = sentenceFirst;
  // Skip a fronted adverbial: "In September, Putin and Kim vowed … and said …"
  if (ADVERBIAL_OPENERS.has(lowAt(v, from))) {
    let j = from;
    while (j < before && j - from < 8 && lowAt(v, j) !== ',') j++;
    if (lowAt(v, j) === ',') from = j + 1;
  }
  // "But he …", "Then, Kim …", "Ironically, the …": a connective is not the subject; "When …" opens no subject.
  while (from < before && (SENTENCE_CONNECTIVES.has(lowAt(v, from)) || (/ly$/.test(lowAt(v, from)) && lowAt(v, from + 1) === ','))) {
    from += lowAt(v, from + 1) === ',' ? 2 : 1;
  }
  if (SUBORDINATORS.has(lowAt(v, from))) return null;
  if (PRONOUN_SUBJECTS.has(lowAt(v, from))) return spanOf(v, from, from);
  let end = -1;
  for (let j = from; j < before; j++) {
    const raw = v.text.slice(v.toks[j].start, v.toks[j].end);
    if (/^\p{Lu}/u.test(raw) || (raw === '.' && end === j - 1) || (end === j - 1 && lowAt(v, j) === 'and' && /^\p{Lu}/u.test(v.text.slice(v.toks[j + 1]?.start ?? 0, v.toks[j + 1]?.end ?? 0)))) end = j;
    else break;
  }
  return end >= from ? spanOf(v, from, end) : null;
}

/**
 * The source left of a cue, across an apposition: "Rodong Sinmun, reported", "Lukin, a professor at X,
 * wrote". A post-posed cue (`…, X said.`) never takes a bare phrase after a comma as its source.
 */
export function sourceBefore(v: TokenView, i: number, from: number, postposed = false): Span | null {
  const end = skipAuxLeft(v, i - 1, from);
  if (lowAt(v, end) !== ',') return readSourceBack(v, end, from);
  const appositive = appositiveSource(v, i, end, from);
  if (appositive) return appositive;
  const inner = readSourceBack(v, end - 1, from);
  if (!inner) return null;
  const before = tokenAt(v, inner.start) - 1;
  if (before > from && lowAt(v, before) === ',') {
    const outer = readSourceBack(v, before - 1, from);
    if (outer) return { start: outer.start, end: inner.end };
  }
  return !postposed && tokenAt(v, inner.start) === from ? inner : null;
}

/** Most tokens an apposition between a name and its cue may span ("Burman, director of …, said"). */
const APPOSITION_MAX = 45;

/**
 * The source of a cue after a comma: a gerund (", arguing that …") belongs to the sentence's
 * subject; otherwise a name followed by an apposition ("Leonard Burman, director of the Tax Policy
 * Center, said") is the source, apposition included.
 */
function appositiveSource(v: TokenView, i: number, comma: number, from: number): Span | null {
  if (lowAt(v, i).endsWith('ing')) {
    // `"…," he said, adding that …`: the source of the earlier cue in the sentence
    for (let j = comma - 1; j >= from; j--) {
      if (!cueLemma(lowAt(v, j))) continue;
      const back = readSourceBack(v, skipAuxLeft(v, j - 1, from), from);
      const src = back ?? readSourceForward(v, j + 1, comma - 1);
      if (src) return src;
      break;
    }
    return sentenceSubject(v, from, i);
  }
  let seen = 0;
  for (let j = comma - 1; j > from && comma - j <= APPOSITION_MAX && seen < 3; j--) {
    if (lowAt(v, j) !== ',') continue;
    seen++;
    const name = readSourceBack(v, j - 1, from);
    if (name && /^(\p{Lu}|he$|she$|they$|it$|we$)/iu.test(v.text.slice(name.start, name.end)) && /^\p{Lu}/u.test(v.text.slice(name.start, name.end))) {
      return { start: name.start, end: v.toks[comma - 1].end };
    }
  }
  return null;
}
