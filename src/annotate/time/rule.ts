import type { TimexType } from '../../core/ontology.ts';
import type { Ymd } from './calendar.ts';
import { MONTHS, NUMBER_WORDS, WEEKDAYS } from './lexicon.data.ts';
import type { Direction, Resolved } from './resolve.ts';

/** What a rule sees about the place it matched. */
export interface MatchContext {
  readonly text: string;
  readonly dct: Ymd | null;
  /** The direction the tense around the match points to (computed on demand). */
  dir(): Direction;
  /** The latest quarter value (`1989-Q3`) mentioned before this match in the document, if any. */
  readonly quarter: string | null;
  /** The year of the latest explicit (absolute) date mentioned before this match, if any. */
  readonly year: number | null;
  /** The latest month (`1998-06`, absolute or resolved) or finer date mentioned before this match, if any. */
  readonly month: string | null;
  /** The latest day (`1998-10-23`, absolute or resolved) mentioned before this match, if any. */
  readonly day: string | null;
  /** Where that day's mention starts in the text (−1 with no day). */
  readonly dayStart: number;
  /**
   * True while the tagger only chooses among overlapping candidates (before values are computed in
   * text order): a rule that needs an earlier mention must not reject its match then.
   */
  readonly probing: boolean;
  /** Characters between the end of that quarter mention and this match. */
  readonly quarterDistance: number;
}

export interface Hit extends Resolved {
  readonly type: TimexType;
}

/** A pattern and the function that normalises what it matched (null rejects the match). */
export interface Rule {
  readonly name: string;
  readonly re: RegExp;
  build(m: RegExpExecArray, ctx: MatchContext): Hit | null;
}

export function rule(name: string, source: string, build: Rule['build']): Rule {
  return { name, re: new RegExp(source, 'gi'), build };
}

export function hit(type: TimexType, r: Resolved): Hit {
  return r.relative === undefined ? { type, value: r.value, anchor: r.anchor } : { type, value: r.value, anchor: r.anchor, relative: r.relative };
}

export function absolute(type: TimexType, value: string): Hit {
  return { type, value, anchor: 'absolute' };
}

export function unanchored(type: TimexType, value: string): Hit {
  return { type, value, anchor: 'unanchored' };
}

const norm = (s: string): string => s.toLowerCase().replace(/\.$/, '').replace(/\s+/g, ' ').replace(/’/g, "'");

export function monthOf(s: string): number {
  return MONTHS[norm(s)] ?? 0;
}

export function weekdayOf(s: string): number {
  return WEEKDAYS[norm(s).replace(/s$/, '')] ?? WEEKDAYS[norm(s)] ?? 0;
}

/** "two" → 2, "twenty-five" → 25, "2.5" → 2.5, "two and a half" → 2.5; NaN when not a number. */
export function countOf(s: string): number {
  let t = norm(s).replace(/,/g, '');
  let extra = 0;
  if (/ and a half$/.test(t)) {
    extra = 0.5;
    t = t.replace(/ and a half$/, '');
  }
  const half = /^(\d+)\s+1\/2$/.exec(t);
  if (half) return Number(half[1]) + 0.5;
  if (/^\d+(?:\.\d+)?$/.test(t)) return Number(t) + extra;
  if (t in NUMBER_WORDS) return NUMBER_WORDS[t] + extra;
  const parts = t.split(/[-\s]/);
  if (parts.length === 2 && parts[0] in NUMBER_WORDS && parts[1] in NUMBER_WORDS) {
    const [a, b] = [NUMBER_WORDS[parts[0]], NUMBER_WORDS[parts[1]]];
    return (b === 100 ? a * b : a + b) + extra;
  }
  return NaN;
}

/** "nineteen ninety-four" → 1994, "two thousand and one" → 2001; NaN when not a spelled year. */
export function spelledYearOf(s: string): number {
  const t = norm(s).replace(/-/g, ' ');
  const millennium = /^two thousand(?: and (\w+))?$/.exec(t);
  if (millennium) return 2000 + (millennium[1] ? countOf(millennium[1]) : 0);
  const m = /^(nineteen|eighteen) (.+)$/.exec(t);
  return m ? (m[1] === 'nineteen' ? 1900 : 1800) + countOf(m[2].replace(' ', '-')) : NaN;
}

/** True when the matched word is capitalised in the text ("May", not "may"). */
export function capitalised(word: string): boolean {
  return /^[A-Z]/.test(word);
}
