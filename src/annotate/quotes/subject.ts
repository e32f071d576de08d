/**
 * The subject of a cue: the noun phrase left of it, across an apposition ("Lukin, a professor at X,
 * wrote"), or the name or pronoun that opens the sentence when the cue is a second predicate.
 */
import type { Span } from '../../core/span.ts';
import { ABSOLUTE_MAX, AUXILIARIES, COMMON_SUBJECT_MAX, CONJUNCT_MAX, FRONTED_MAX, FRONTED_OPENERS, SENTENCE_CONNECTIVES, OPENING_PREPOSITIONS, SOURCE_STOP, SUBORDINATORS, TIME_HEADS, TIME_PREPOSITIONS } from './cues.data.ts';
import { IRREGULAR_FORMS } from './morph.ts';
import { cueLemma } from './lemma.ts';
import { readSourceBack, readSourceForward, skipAuxLeft } from './source.ts';
import { isCapitalised, lowAt, spanOf, tokenAt, type TokenView } from './text-view.ts';

/** Most tokens of a fronted time phrase without a preposition ("a couple of years later,"). */
const TIME_FRONTED_MAX = 6;
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);
/** Determiners that open a common-noun subject ("The billionaire businessman began …"). */
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'these', 'those', 'some', 'many', 'most', 'several', 'both', 'all', 'other', 'two', 'three']);

/** Whether a lower-case word is a verb form that ends a subject read forward ("began", "has", "said", "defended"). */
function verbLike(w: string): boolean {
  return AUXILIARIES.has(w) || SOURCE_STOP.has(w) || IRREGULAR_FORMS.has(w) || cueLemma(w) !== undefined || /(ed|n't|n’t)$/.test(w);
}

/**
 * The first token after a fronted adverbial ("In September, Putin …", "Speaking at a town hall in
 * Salem, New Hampshire, Trump …", "At an event in Ames, Iowa, on Sunday, Mrs. Clinton …"), or `from`.
 */
function afterFronted(v: TokenView, from: number, before: number): number {
  const first = lowAt(v, from);
  let j = from;
  while (j < before && j - from < FRONTED_MAX && lowAt(v, j) !== ',') j++;
  if (lowAt(v, j) !== ',') return from;
  // "A few days later, Trump …", "Tuesday, the senator …": a time phrase before the comma
  const timed = j - from <= TIME_FRONTED_MAX && (TIME_HEADS.has(lowAt(v, j - 1)) || ['later', 'earlier'].includes(lowAt(v, j - 1)));
  if (!timed && !FRONTED_OPENERS.has(first) && !(/(ing|ed)$/.test(first) && v.toks[from].kind === 'word')) return from;
  // a place or a time after the comma still belongs to the adverbial: ", Iowa, on Sunday, Mrs. Clinton"
  for (;;) {
    let k = j + 1;
    while (k < before && k - j <= 4 && lowAt(v, k) !== ',') k++;
    const segment = k - j - 1;
    const placeOrTime = TIME_PREPOSITIONS.has(lowAt(v, j + 1)) || (segment <= 2 && isCapitalised(v, j + 1) && !PRONOUN_SUBJECTS.has(lowAt(v, j + 1)));
    if (lowAt(v, k) !== ',' || !placeOrTime) return j + 1;
    j = k;
  }
}

/** The name, pronoun or noun phrase that opens a sentence ("Merrill says … and said …", "The chairman began …, saying"): its subject. */
export function sentenceSubject(v: TokenView, first: number, before: number): Span | null {
  // `The message continued: " Russia is reliably defending …"`: a cue after a colon or an opening quotation mark has its subject there
  let sentenceFirst = first;
  for (let j = before - 1; j > first; j--) {
    const w = lowAt(v, j);
    const opens = /^[“"]$/.test(w) && ((v.toks[j].end === v.toks[j + 1]?.start && v.toks[j - 1]?.end !== v.toks[j].start) || lowAt(v, j - 1) === ':');
    if (w === '”' || (w === '"' && !opens)) break; // a quotation closed before the cue: the cue is outside it
    if (w === ':' || opens) {
      sentenceFirst = j + 1;
      break;
    }
  }
  const own = conjunctSubject(v, sentenceFirst, before) ?? absoluteSubject(v, sentenceFirst, before);
  if (own) return own;
  let from = afterFronted(v, sentenceFirst, before);
  // "But he …", "Then, Kim …", "Ironically, the …": a connective is not the subject; "When …" opens no subject.
  while (from < before && (SENTENCE_CONNECTIVES.has(lowAt(v, from)) || (/ly$/.test(lowAt(v, from)) && lowAt(v, from + 1) === ','))) {
    from += lowAt(v, from + 1) === ',' ? 2 : 1;
  }
  if (from > sentenceFirst) from = afterFronted(v, from, before);
  if (SUBORDINATORS.has(lowAt(v, from)) || OPENING_PREPOSITIONS.has(lowAt(v, from))) return null;
  if (PRONOUN_SUBJECTS.has(lowAt(v, from))) return spanOf(v, from, from);
  let end = -1;
  for (let j = from; j < before; j++) {
    const raw = v.text.slice(v.toks[j].start, v.toks[j].end);
    if (/^\p{Lu}/u.test(raw) || (raw === '.' && end === j - 1) || (end === j - 1 && lowAt(v, j) === 'and' && /^\p{Lu}/u.test(v.text.slice(v.toks[j + 1]?.start ?? 0, v.toks[j + 1]?.end ?? 0)))) end = j;
    else break;
  }
  if (end >= from && !(end === from && DETERMINERS.has(lowAt(v, from)))) return spanOf(v, from, end);
  return commonSubject(v, from, before);
}

/** Pronouns that open the first of two coordinated predicates ("who saw the incident and described it"). */
const CONJUNCT_SUBJECTS = new Set([...PRONOUN_SUBJECTS, 'who', 'which']);

/**
 * `… X saw the incident and described it`: the subject of a predicate after "and"/"but" is the pronoun
 * (or relative "who"/"which") that opens the predicate before it in the same clause, when there is one.
 */
function conjunctSubject(v: TokenView, sentenceFirst: number, before: number): Span | null {
  const and = skipAuxLeft(v, before - 1, sentenceFirst);
  if (!['and', 'but'].includes(lowAt(v, and)) && !(lowAt(v, and) === ',' && ['and', 'but'].includes(lowAt(v, and - 1)))) return null;
  for (let j = and - 1; j >= sentenceFirst && and - j <= CONJUNCT_MAX; j--) {
    const w = lowAt(v, j);
    if (w === ';' || w === ':' || /^[“”"]$/.test(w)) return null;
    if (!CONJUNCT_SUBJECTS.has(w)) continue;
    // "Trump said he would win and vowed …": a pronoun inside a reported clause is not the subject of "vowed"
    const left = lowAt(v, j - 1);
    if (j > sentenceFirst && (left === 'that' || cueLemma(left) !== undefined)) return null;
    const next = lowAt(v, j + 1);
    if (verbLike(next) || /s$/.test(next)) return spanOf(v, j, j);
  }
  return null;
}

/** `with 30 percent of voters saying …`, `with Fox News and NBC News calling the race`: the gerund's own subject after "with". */
function absoluteSubject(v: TokenView, sentenceFirst: number, before: number): Span | null {
  if (!lowAt(v, before).endsWith('ing')) return null;
  for (let j = before - 1; j > sentenceFirst && before - j <= ABSOLUTE_MAX; j--) {
    if (lowAt(v, j) === 'with') return j + 1 < before ? readSourceBack(v, before - 1, j + 1) : null;
    if (v.toks[j].kind === 'punct' && !/^[%.'’-]$/.test(lowAt(v, j))) return null;
  }
  return null;
}

/** "The billionaire businessman", "Leading Democrats": a determiner or capital, then words up to the first verb-like one. */
function commonSubject(v: TokenView, from: number, before: number): Span | null {
  if (!DETERMINERS.has(lowAt(v, from)) && !isCapitalised(v, from)) return null;
  let end = -1;
  for (let j = from; j < before && j - from < COMMON_SUBJECT_MAX; j++) {
    const w = lowAt(v, j);
    if (v.toks[j].kind === 'punct' && !/^['’.-]$/.test(w)) break;
    if (j > from && !isCapitalised(v, j) && verbLike(w)) break;
    end = j;
  }
  if (end <= from || DETERMINERS.has(lowAt(v, end)) || /ly$/.test(lowAt(v, end))) return null;
  return spanOf(v, from, end);
}

/**
 * The source left of a cue, across an apposition: "Rodong Sinmun, reported", "Lukin, a professor at X,
 * wrote". A post-posed cue (`…, X said.`) never takes a bare phrase after a comma as its source.
 */
export function sourceBefore(v: TokenView, i: number, from: number, postposed = false): Span | null {
  const end = skipAuxLeft(v, i - 1, from);
  // `…, which worries Seoul`: a relative clause, never a post-posed source of the clause before it
  if (postposed && lowAt(v, end) === 'which') return null;
  if (lowAt(v, end) !== ',') return withRelative(v, readSourceBack(v, end, from), from);
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

/** Most tokens of a relative clause between a subject and its cue ("officials who spoke with The Huffington Post said"; set by hand). */
const RELATIVE_MAX = 15;

/** `officials who spoke with The Huffington Post said`: the phrase read back ends a relative clause; the source is its head, clause included. */
function withRelative(v: TokenView, back: Span | null, from: number): Span | null {
  if (!back) return null;
  const start = tokenAt(v, back.start);
  for (let j = start - 1; j > from && start - j <= RELATIVE_MAX; j--) {
    if (v.toks[j].kind === 'punct' || cueLemma(lowAt(v, j))) return back;
    if (lowAt(v, j) !== 'who') continue;
    const head = readSourceBack(v, j - 1, from);
    return head ? { start: head.start, end: back.end } : back;
  }
  return back;
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
      // "…, Ola Dahl, a skipper, said on Monday, adding": the earlier cue's source, across its apposition
      const back = readSourceBack(v, skipAuxLeft(v, j - 1, from), from) ?? (j > from ? sourceBefore(v, j, from, true) : null);
      // only an inverted cue (`"…," said Kim, adding`) has its source after it: "went on to attack Trump, saying" does not
      const inverted = /^[”"']$/.test(lowAt(v, j - 1)) || (lowAt(v, j - 1) === ',' && /^[”"']$/.test(lowAt(v, j - 2)));
      const src = back ?? (inverted ? readSourceForward(v, j + 1, comma - 1) : null);
      if (src) return src;
      break;
    }
    return sentenceSubject(v, from, i);
  }
  // "Sandy Phillips, who lost her daughter in Aurora, Colorado, in July 2012, said": the name before ", who"
  for (let j = comma - 1; j > from && comma - j <= APPOSITION_MAX; j--) {
    if (lowAt(v, j) !== ',' || !['who', 'whose'].includes(lowAt(v, j + 1))) continue;
    const name = readSourceBack(v, j - 1, from);
    if (name) return { start: name.start, end: v.toks[comma - 1].end };
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
