import type { Span } from '../../core/span.ts';
import { AUXILIARIES, MAX_SOURCE_WORDS, NOUN_MARKERS, PRONOUNS, SOURCE_INNER, SOURCE_STOP, TIME_HEADS, TIME_PHRASE_WORDS, TIME_PREPOSITIONS } from './cues.data.ts';
import { IRREGULAR_FORMS } from './morph.ts';
import { isCapitalised, lowAt, rawAt, spanOf, tokenAt, type TokenView } from './text-view.ts';

/** Punctuation allowed inside a source noun phrase: "Shin Won-sik", "Gov. Mike Pence (R-IN)". */
const INNER_PUNCT = /^['’.()\-–]$/;

/** Skips auxiliaries, adverbs and time adverbials left of a cue ("has also said", "on Tuesday said"); returns the index of the last source token. */
export function skipAuxLeft(v: TokenView, i: number, min: number): number {
  let j = i;
  for (;;) {
    while (j >= min && (AUXILIARIES.has(lowAt(v, j)) || /ly$/.test(lowAt(v, j)))) j--;
    const t = timeStart(v, j, min);
    if (t === j + 1) return j;
    j = t - 1;
  }
}

/** The first token of a time adverbial ending at token `end` ("on Tuesday", "two weeks ago"), or `end + 1` when there is none. */
function timeStart(v: TokenView, end: number, min: number): number {
  if (end <= min || !TIME_HEADS.has(lowAt(v, end))) return end + 1;
  let j = end - 1;
  while (j > min && (TIME_PHRASE_WORDS.has(lowAt(v, j)) || v.toks[j].kind === 'number')) j--;
  if (TIME_PREPOSITIONS.has(lowAt(v, j)) && j > min) return j;
  // a bare weekday or "last week" right after the subject ("Trump Tuesday said")
  return j + 1 > min ? j + 1 : end + 1;
}

/**
 * Reads the source noun phrase that ends at token `end` (inclusive), going left no further than `min`.
 * Returns null when there is none (the cue starts the clause, or the words are not a noun phrase).
 */
export function readSourceBack(v: TokenView, end: number, min: number): Span | null {
  if (end < min) return null;
  const last = lowAt(v, end);
  if (PRONOUNS.has(last)) return spanOf(v, end, end);
  // "The union, which endorsed …": the relative pronoun with the phrase it stands for (whose name is the speaker)
  if (last === 'which' && end - 1 > min && lowAt(v, end - 1) === ',') {
    const head = readSourceBack(v, end - 2, min);
    // "… becoming closer, which worries Seoul": a "which" standing for a clause keeps no phrase
    const named = head && (isCapitalised(v, tokenAt(v, head.start)) || NOUN_MARKERS.has(lowAt(v, tokenAt(v, head.start))));
    return named ? { start: head!.start, end: v.toks[end].end } : spanOf(v, end, end);
  }
  if (v.toks[end].kind === 'punct' && !/^[)%]$/.test(last)) return null;
  if (SOURCE_STOP.has(last)) return null;
  let start = end;
  let words = 0;
  for (let j = end; j >= min; j--) {
    const w = lowAt(v, j);
    const tok = v.toks[j];
    if (tok.kind === 'punct') {
      if (INNER_PUNCT.test(w) && j > min && v.toks[j - 1].end === tok.start) continue;
      if (w === ')' || w === '(' || (w === '%' && v.toks[j - 1]?.kind === 'number')) continue;
      break;
    }
    if (SOURCE_INNER.has(w) && j > min && j < end) {
      // "officials in Seoul and Washington", "the head of Russia's Security Council"
      const left = lowAt(v, j - 1);
      if (v.toks[j - 1].kind !== 'punct' && !SOURCE_STOP.has(left) && !PRONOUNS.has(left)) continue;
      break;
    }
    if (SOURCE_STOP.has(w) || PRONOUNS.has(w)) break;
    if (++words > MAX_SOURCE_WORDS) break;
    start = j;
  }
  // A source never starts with a lower-case preposition or conjunction.
  while (start < end && SOURCE_INNER.has(lowAt(v, start))) start++;
  const span = spanOf(v, start, end);
  return looksLikeSource(v, start, end) ? span : null;
}

/** Reads a source after an inverted cue (", said Kim Jong Un", "according to South Korean officials"). */
export function readSourceForward(v: TokenView, start: number, maxIndex: number): Span | null {
  const max = Math.min(maxIndex, v.toks.length - 1);
  if (start > max) return null;
  if (PRONOUNS.has(lowAt(v, start))) return spanOf(v, start, start);
  if (SOURCE_STOP.has(lowAt(v, start))) return null; // "… said, adding that …", "said on Monday": no phrase to read
  let end = -1;
  let words = 0;
  for (let j = start; j <= max; j++) {
    const w = lowAt(v, j);
    if (v.toks[j].kind === 'punct') {
      if (INNER_PUNCT.test(w) && j + 1 <= max && v.toks[j + 1].start === v.toks[j].end) continue;
      break;
    }
    if (SOURCE_INNER.has(w) && end >= 0) continue;
    if (SOURCE_STOP.has(w) && end >= 0) break;
    if (++words > MAX_SOURCE_WORDS) break;
    end = j;
  }
  while (end > start && SOURCE_INNER.has(lowAt(v, end))) end--;
  if (end < start) return null;
  return looksLikeSource(v, start, end) ? spanOf(v, start, end) : null;
}

/** A name, a pronoun, or a common noun phrase headed by a noun (not a bare function word). */
function looksLikeSource(v: TokenView, start: number, end: number): boolean {
  for (let j = start; j <= end; j++) if (isCapitalised(v, j) || PRONOUNS.has(lowAt(v, j))) return true;
  const head = rawAt(v, end).toLowerCase();
  // "47% say", "nine in 10 said": a share of people polled (a year is a time, not a source)
  if (head === '%' || (v.toks[end].kind === 'number' && !/^(1[89]|20)\d\d$/.test(head))) return true;
  // "who has made [favorable comments]", "sent [an email saying]": a verb read back is no noun phrase's head
  if (IRREGULAR_FORMS.has(head)) return false;
  return v.toks[end].kind === 'word' && !SOURCE_STOP.has(head) && !AUXILIARIES.has(head) && head.length > 2;
}
