import { verbForms } from '../annotate/quotes/morph.ts';
import { isCapitalised, lowAt, type TokenView } from '../annotate/quotes/text-view.ts';
import { NOUN_DETERMINERS } from './modality.data.ts';
import { MONTHS } from '../annotate/time/lexicon.data.ts';
import { NEEDS_WINDOW, OBJECT_HEAD_REACH, QUANTITY_WORDS, TRIGGERS, type TriggerEntry } from './triggers.data.ts';

/** A trigger found in the text: the entry and its first and last token. */
export interface TriggerHit {
  readonly entry: TriggerEntry;
  readonly first: number;
  readonly last: number;
}

interface Pattern {
  readonly entry: TriggerEntry;
  /** Accepted forms of each word of the phrase. */
  readonly words: readonly (readonly string[])[];
}

function nounForms(w: string): string[] {
  if (/(s|x|z|ch|sh)$/.test(w)) return [w, `${w}es`];
  if (/[^aeiou]y$/.test(w)) return [w, `${w.slice(0, -1)}ies`];
  return [w, `${w}s`];
}

function pattern(entry: TriggerEntry): Pattern {
  const parts = entry.lemma.split(' ');
  if (entry.pos === 'verb') return { entry, words: [verbForms(parts[0]), ...parts.slice(1).map((p) => [p])] };
  const lastI = parts.length - 1;
  return { entry, words: parts.map((p, i) => (i === lastI ? nounForms(p) : [p])) };
}

const BY_FIRST: ReadonlyMap<string, readonly Pattern[]> = (() => {
  const m = new Map<string, Pattern[]>();
  for (const e of TRIGGERS) {
    const p = pattern(e);
    for (const f of p.words[0]) m.set(f, [...(m.get(f) ?? []), p]);
  }
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
})();

/** Up to this many words may separate the words of a phrase trigger ("strengthen military ties"). */
const PHRASE_GAP = 2;

function matchPattern(v: TokenView, i: number, p: Pattern): number {
  let at = i;
  for (let k = 1; k < p.words.length; k++) {
    let found = -1;
    // a quantity between the words does not count toward the gap ("sent between 10,000 and 12,000 troops")
    for (let j = at + 1, gap = 0; gap <= PHRASE_GAP && j < v.toks.length; j++) {
      if (p.words[k].includes(lowAt(v, j))) {
        found = j;
        break;
      }
      if (v.toks[j].kind === 'punct' && !(v.toks[j - 1]?.kind === 'number' && v.toks[j + 1]?.kind === 'number')) break;
      if (v.toks[j].kind !== 'number' && !QUANTITY_WORDS.has(lowAt(v, j))) gap++;
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}

/** Whether a word is used as a noun here: after a determiner, possessive, number or adjective cue. */
function nounContext(v: TokenView, i: number): boolean {
  const prev = lowAt(v, i - 1);
  return NOUN_DETERMINERS.has(prev) || /['’‘]s$/.test(prev) || v.toks[i - 1]?.kind === 'number' || NOUN_ADJECTIVES.has(prev);
}

/** Adjectives that only precede nouns: "new sanctions", "Western sanctions", "a rare visit". */
export const NOUN_ADJECTIVES: ReadonlySet<string> = new Set([
  'first', 'second', 'last', 'latest', 'recent', 'planned', 'rare', 'historic', 'official', 'state', 'own', 'new',
  'western', 'eastern', 'fresh', 'further', 'tough', 'tougher', 'economic', 'international', 'harsh', 'additional',
  'such', 'more', 'heavy', 'several', 'many', 'previous', 'former', 'joint', 'mutual', 'bilateral', 'grand', 'warm',
  'emergency', 'lavish', 'formal', 'ceremonial', 'red-carpet', 'private', 'closed-door', 'secret', 'surprise',
  'deeper', 'closer', 'greater', 'stronger', 'wider', 'broader',
]);

/** "The two leaders last met": a past form after "last"/"first" is a verb, not a noun ("the last visit"). */
function adverbialPast(v: TokenView, i: number, p: Pattern): boolean {
  const w = lowAt(v, i);
  const lemma = p.entry.lemma.split(' ')[0];
  return (lowAt(v, i - 1) === 'last' || lowAt(v, i - 1) === 'first') && w !== lemma && !/(s|ing)$/.test(w) && !NOUN_DETERMINERS.has(lowAt(v, i - 2));
}

/**
 * A title-case line ("Kim Jong Un Backs Putin's War"): at least this share of its words of four
 * letters or more are capitalised (running prose stays under 0.5 even when dense with names; the
 * seed headlines are at 0.8–1.0).
 */
const TITLE_SHARE = 0.7;

export function titleCaseLine(v: TokenView, from: number, to: number): boolean {
  let words = 0;
  let caps = 0;
  for (let j = from; j < to; j++) {
    if (v.toks[j].kind !== 'word' || lowAt(v, j).length < 4) continue;
    words++;
    if (isCapitalised(v, j)) caps++;
  }
  return words > 0 && caps / words >= TITLE_SHARE;
}

/**
 * A capitalised verb inside running prose is a name, a month or a chant, not the verb: "back in
 * March", "chanting “Welcome Putin”". Only a sentence start (or the word after a colon or dash) may be capitalised.
 */
function properWord(v: TokenView, i: number, from: number, title: boolean): boolean {
  if (i === from || !isCapitalised(v, i)) return false;
  // "on March 21", "in May": a capitalised month before or after a number is the month even in a title-case line
  if (MONTH_NAMES.has(lowAt(v, i)) && (v.toks[i + 1]?.kind === 'number' || v.toks[i - 1]?.kind === 'number' || MONTH_PREPOSITIONS.has(lowAt(v, i - 1)))) return true;
  if (title) return false;
  return !/^[:–—-]$/.test(lowAt(v, i - 1));
}

/** Month names that are also verbs ("march", "may"). */
const MONTH_NAMES: ReadonlySet<string> = new Set(Object.keys(MONTHS).filter((m) => /^[a-z]+$/.test(m)));
/** Words before a month name ("in March", "since May", "last March"). */
const MONTH_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'since', 'until', 'by', 'from', 'last', 'next', 'early', 'late', 'mid', 'this', 'of', 'through', 'before', 'after', 'during']);

function hasNeeded(v: TokenView, from: number, needs: readonly string[]): boolean {
  for (let j = Math.max(0, from - 3); j <= from + NEEDS_WINDOW && j < v.toks.length; j++) if (needs.includes(lowAt(v, j))) return true;
  return false;
}

/**
 * Whether the object after a verb is headed by one of `heads`: the next OBJECT_HEAD_REACH tokens up
 * to punctuation, where a name ends the search unless it is a possessive ("Putin's offer").
 */
function objectHeadIn(v: TokenView, last: number, heads: readonly string[]): boolean {
  for (let j = last + 1; j <= last + OBJECT_HEAD_REACH && j < v.toks.length; j++) {
    const w = lowAt(v, j);
    if (heads.includes(w)) return true;
    if (/^[.,;:!?()“”"]$/.test(w)) return false;
    if (isCapitalised(v, j) && !/^['’]s$/.test(lowAt(v, j + 1)) && !/^['’]s$/.test(w)) {
      // a multi-word name runs on ("Vladimir Putin's offer"); any other name is the object itself
      if (j + 1 < v.toks.length && isCapitalised(v, j + 1)) continue;
      return false;
    }
  }
  return false;
}

/** Finds triggers in the token range [from, to). Longest phrase first; one trigger per token. */
export function findTriggers(v: TokenView, from: number, to: number): TriggerHit[] {
  const out: TriggerHit[] = [];
  const title = titleCaseLine(v, from, to);
  for (let i = from; i < to; i++) {
    const candidates = BY_FIRST.get(lowAt(v, i));
    if (!candidates) continue;
    const noun = nounContext(v, i);
    const proper = properWord(v, i, from, title);
    let hit: TriggerHit | null = null;
    for (const p of candidates) {
      if (p.words.length === 1 && (p.entry.pos === 'noun') !== noun && candidates.some((c) => c.words.length === 1 && c.entry.pos !== p.entry.pos)) continue;
      // "a welcome event", "the ships": a single verb form after a determiner is a noun, not this trigger
      if (p.words.length === 1 && p.entry.pos === 'verb' && noun && !adverbialPast(v, i, p)) continue;
      if (p.entry.pos === 'verb' && proper) continue;
      if (p.entry.notAfter?.includes(lowAt(v, i - 1))) continue;
      const last = matchPattern(v, i, p);
      if (last < 0 || last >= to) continue;
      if (p.entry.needs && !hasNeeded(v, last, p.entry.needs)) continue;
      if (p.entry.needsObject && !objectHeadIn(v, last, p.entry.needsObject)) continue;
      if (p.entry.notBefore && (last + 1 >= v.toks.length || p.entry.notBefore.includes(lowAt(v, last + 1)))) continue;
      hit = { entry: p.entry, first: i, last };
      break;
    }
    if (hit) {
      out.push(hit);
      i = hit.last;
    }
  }
  return out;
}
