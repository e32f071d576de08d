import type { Sentence, TimeExpression } from '../../core/layers.ts';
import type { Ymd } from './calendar.ts';
import { precisionOf } from './precision.ts';
import type { Direction } from './resolve.ts';
import type { Hit, MatchContext, Rule } from './rule.ts';
import { DATE_RULES } from './rules-dates.ts';
import { RELATIVE_RULES } from './rules-relative.ts';
import { SPAN_RULES } from './rules-spans.ts';
import { tenseAround } from './tense.ts';
import { splitSentences } from '../sentences.ts';

/** Every rule, in priority order: when two matches have the same extent, the earlier rule wins. */
export const RULES: readonly Rule[] = [...DATE_RULES, ...RELATIVE_RULES, ...SPAN_RULES];

interface Candidate {
  readonly rule: Rule;
  readonly priority: number;
  readonly m: RegExpExecArray;
  readonly start: number;
  readonly end: number;
}

/**
 * Finds and normalises the time expressions of a text. A pure function of (text, article date):
 * the same input always gives the same output, and with no date relative values keep `X`
 * placeholders. Overlapping matches are resolved longest-first.
 */
export function tagTimexes(text: string, dct: Ymd | null, sentences: readonly Sentence[] = splitSentences(text)): TimeExpression[] {
  const sentenceOf = (pos: number): Sentence => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return sentences[lo] ?? { start: 0, end: text.length };
  };
  const contextAt = (start: number, end: number, quarter: string | null, quarterEnd = -Infinity, year: number | null = null): MatchContext => {
    const s = sentenceOf(start);
    let dir: Direction | undefined;
    return {
      text,
      dct,
      quarter,
      quarterDistance: start - quarterEnd,
      year,
      sentenceStart: s.start,
      dir: () => (dir ??= tenseAround(text, start, end, s.start, Math.max(s.end, end))),
    };
  };

  const found: Candidate[] = [];
  RULES.forEach((rule, priority) => {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (m[0].length === 0) {
        rule.re.lastIndex++;
        continue;
      }
      const start = m.index;
      const end = start + m[0].trimEnd().length;
      if (rule.build(m, contextAt(start, end, null))) found.push({ rule, priority, m, start, end });
    }
  });

  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.priority - b.priority || a.start - b.start);
  const taken: Candidate[] = [];
  for (const c of found) {
    if (!taken.some((t) => t.start < c.end && c.start < t.end)) taken.push(c);
  }
  taken.sort((a, b) => a.start - b.start);

  const out: TimeExpression[] = [];
  let quarter: string | null = null;
  let quarterEnd = -Infinity;
  let year: number | null = null;
  for (const c of taken) {
    const h = c.rule.build(c.m, contextAt(c.start, c.end, quarter, quarterEnd, year));
    if (!h) continue;
    if (h.anchor === 'absolute' && /^\d{4}(?:-|$)/.test(h.value)) year = +h.value.slice(0, 4);
    if (c.rule.name === 'quarter' && /^\d{4}-Q\d$/.test(h.value)) {
      if (h.anchor !== 'context') quarter = h.value;
      quarterEnd = c.end;
    }
    out.push(toTimex(c, h));
  }
  return out;
}

function toTimex(c: Candidate, h: Hit): TimeExpression {
  const precision = h.type === 'DURATION' || h.type === 'SET' ? null : precisionOf(h.value);
  return {
    start: c.start,
    end: c.end,
    type: h.type,
    value: h.value,
    anchor: h.anchor,
    ...(h.relative !== undefined && h.anchor !== 'absolute' ? { relative: h.relative } : {}),
    ...(precision ? { precision } : {}),
  };
}
