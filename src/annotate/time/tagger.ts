import type { TimeExpression } from '../../core/layers.ts';
import type { Ymd } from './calendar.ts';
import { QUARTER_CONTEXT_CHARS } from './cues.data.ts';
import { ANCHOR, ANCHOR_MARGIN } from './patterns.data.ts';
import { precisionOf } from './precision.ts';
import { RULE_KEYS } from './rule-keys.data.ts';
import { LOWERCASE_TIME_WORDS, MODS } from './lexicon.data.ts';
import type { Direction } from './resolve.ts';
import type { Hit, MatchContext, Rule } from './rule.ts';
import { CONTEXT_RULES } from './rules-context.ts';
import { DATE_RULES } from './rules-dates.ts';
import { RELATIVE_RULES } from './rules-relative.ts';
import { SPAN_RULES } from './rules-spans.ts';
import { tenseAround } from './tense.ts';

/** Every rule, in priority order: when two matches have the same extent, the earlier rule wins. */
export const RULES: readonly Rule[] = [...DATE_RULES, ...RELATIVE_RULES, ...CONTEXT_RULES, ...SPAN_RULES];

interface Candidate {
  readonly rule: Rule;
  readonly priority: number;
  readonly m: RegExpExecArray;
  readonly start: number;
  readonly end: number;
}

/** Document-level context carried from one expression to the next, in text order. */
interface Carried {
  quarter: string | null;
  quarterEnd: number;
  year: number | null;
  month: string | null;
  day: string | null;
  dayStart: number;
}

const NONE: Carried = { quarter: null, quarterEnd: -Infinity, year: null, month: null, day: null, dayStart: -1 };

/**
 * Finds and normalises the time expressions of a text. A pure function of (text, article date):
 * the same input always gives the same output, and with no date relative values keep `X`
 * placeholders. Overlapping matches are resolved longest-first; values are then computed in text
 * order so that "the quarter" or "that year" can refer back.
 */
export function tagTimexes(text: string, dct: Ymd | null): TimeExpression[] {
  const contextAt = (start: number, end: number, carried: Carried, probing = false): MatchContext => {
    let dir: Direction | undefined;
    return {
      text,
      dct,
      quarter: carried.quarter,
      quarterDistance: start - carried.quarterEnd,
      year: carried.year,
      month: carried.month,
      day: carried.day,
      dayStart: carried.day ? carried.dayStart : -1,
      probing,
      dir: () => (dir ??= tenseAround(text, start, end)),
    };
  };

  const found: Candidate[] = [];
  for (const [from, to] of anchorWindows(text)) {
    const slice = text.slice(from, to);
    RULES.forEach((rule, priority) => {
      if (RULE_KEYS[rule.name] && !RULE_KEYS[rule.name].test(slice)) return;
      rule.re.lastIndex = 0;
      for (let m = rule.re.exec(slice); m; m = rule.re.exec(slice)) {
        if (m[0].length === 0) {
          rule.re.lastIndex++;
          continue;
        }
        m.index += from; // rules read context from the whole text at m.index
        found.push({ rule, priority, m, start: m.index, end: m.index + m[0].trimEnd().length });
      }
    });
  }

  // Longest first; a candidate its rule rejects (built without carried context) frees its place.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const used = new Uint8Array(text.length);
  const taken: Candidate[] = [];
  for (const c of found) {
    if (used[c.start] || used[c.end - 1] || used.subarray(c.start, c.end).includes(1)) continue;
    if (inTitle(text, c.start, c.end)) continue;
    if (!c.rule.build(c.m, contextAt(c.start, c.end, NONE, true))) continue;
    used.fill(1, c.start, c.end);
    taken.push(c);
  }
  taken.sort((a, b) => a.start - b.start);

  const out: TimeExpression[] = [];
  const carried: Carried = { ...NONE };
  for (const c of taken) {
    const h = c.rule.build(c.m, contextAt(c.start, c.end, carried));
    if (!h) continue;
    if (h.anchor === 'absolute' && /^\d{4}(?:-|$)/.test(h.value)) carried.year = +h.value.slice(0, 4);
    if (/^\d{4}-\d\d(?:-|$)/.test(h.value)) {
      // A month mentioned after a day, and not holding it, makes that day stale ("last October … that same day").
      if (/^\d{4}-\d\d$/.test(h.value) && carried.day && !carried.day.startsWith(h.value)) carried.day = null;
      carried.month = h.value.slice(0, 7);
    }
    if (/^\d{4}-\d\d-\d\d/.test(h.value)) {
      carried.day = h.value.slice(0, 10);
      carried.dayStart = c.start;
    }
    if (c.rule.name === 'quarter' && /^\d{4}-Q\d$/.test(h.value)) {
      if (h.anchor !== 'context' && isReportedQuarter(text, dct, h.value, c, carried)) carried.quarter = h.value;
      carried.quarterEnd = c.end;
    }
    out.push(toTimex(c, h, text));
  }
  return out;
}

/**
 * Whether a quarter just mentioned can be the one an earnings report is about (what "the
 * year-earlier period" and "the latest period" then refer to). Not a quarter not yet begun at
 * publication ("into the third quarter of 1990"), nor the one under way when the sentence looks
 * ahead ("expect the slump to continue into the fourth quarter"), nor a quarter earlier than the
 * one just reported on, mentioned shortly after it for comparison ("after a flat second quarter").
 */
function isReportedQuarter(text: string, dct: Ymd | null, value: string, c: Candidate, carried: Carried): boolean {
  if (dct) {
    const current = `${dct.y}-Q${Math.ceil(dct.m / 3)}`;
    if (value > current || (value === current && tenseAround(text, c.start, c.end) === 'future')) return false;
  }
  return !(carried.quarter !== null && value < carried.quarter && c.start - carried.quarterEnd <= QUARTER_CONTEXT_CHARS);
}

/**
 * True when a time word that running text writes in lower case is capitalised inside a sentence:
 * after another word of the match ("This Week", "60 Minutes") or right after a capitalised word
 * ("VOA Today", "High Noon"). Such a match is part of a title or name, not a time expression.
 */
function inTitle(text: string, start: number, end: number): boolean {
  const words = [...text.slice(start, end).matchAll(/[A-Za-z]+/g)];
  return words.some((w) => {
    if (!/^[A-Z][a-z]/.test(w[0]) || !LOWERCASE_TIME_WORDS.has(w[0].toLowerCase())) return false;
    if (w.index! > 0) return true;
    return /\b[A-Z][A-Za-z]*\s+$/.test(text.slice(Math.max(0, start - 20), start));
  });
}

/**
 * Merged windows of text around anchor words (month names, units, digits…), widened to whole
 * words: every rule's match lies inside one, so the rules need not scan the rest of the text.
 */
function anchorWindows(text: string): [number, number][] {
  const out: [number, number][] = [];
  ANCHOR.lastIndex = 0;
  for (let m = ANCHOR.exec(text); m; m = ANCHOR.exec(text)) {
    let from = Math.max(0, m.index - ANCHOR_MARGIN);
    let to = Math.min(text.length, m.index + m[0].length + ANCHOR_MARGIN);
    while (from > 0 && !/\s/.test(text[from - 1])) from--;
    while (to < text.length && !/\s/.test(text[to])) to++;
    const last = out[out.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else out.push([from, to]);
  }
  return out;
}

function toTimex(c: Candidate, h: Hit, text: string): TimeExpression {
  const precision = h.type === 'DURATION' || h.type === 'SET' ? null : precisionOf(h.value);
  const extent = text.slice(c.start, c.end);
  const mod = /^[A-Z_]+_REF$/.test(h.value) ? undefined : MODS.find(([re]) => re.test(extent))?.[1];
  return {
    start: c.start,
    end: c.end,
    type: h.type,
    value: h.value,
    anchor: h.anchor,
    ...(h.relative !== undefined && h.anchor !== 'absolute' ? { relative: h.relative } : {}),
    ...(precision ? { precision } : {}),
    ...(mod ? { mod } : {}),
  };
}
