import { DISCOURSE_NOW_AFTER, ONE_DAY_FUTURE_BEFORE, SENTENCE_START_BEFORE } from './cues.data.ts';
import { REF_WORDS, SET_WORDS, UNITS } from './lexicon.data.ts';
import { COUNT, MONTH, REF, SET, UNIT, VAGUE } from './patterns.data.ts';
import { capitalised, countOf, monthOf, rule, unanchored, type Hit, type Rule } from './rule.ts';

/** Durations ("two years", "nine-hour-long"), frequencies ("daily") and *_REF words ("now"). */

function unitKey(u: string): string {
  const w = u.toLowerCase();
  return w === 'centuries' ? 'century' : w.replace(/s$/, '');
}

/** `P2Y`, `PT9H`, `P10Y` for a decade, `PXM` for a vague count. */
export function durationValue(count: number | 'X', unit: string): string | null {
  const info = UNITS[unitKey(unit)];
  if (!info) return null;
  let letter = info.letter;
  let n: number | 'X' = count;
  if (letter === 'WE') return count === 'X' ? 'PXWE' : `P${count === 1 ? 2 : Number(count) * 2}D`;
  if (letter === 'DE' || letter === 'CE') {
    if (n !== 'X') n = n * (letter === 'DE' ? 10 : 100);
    letter = n === 'X' ? (letter === 'DE' ? 'DE' : 'CE') : 'Y';
  } else if (n !== 'X') n = n * info.factor;
  if (n !== 'X' && !Number.isInteger(n)) {
    // "2 1/2 years" → P2Y6M, "5 1/2 hours" → PT5H30M: the half goes to the next smaller unit.
    const smaller = HALF_OF[letter + (info.time ? 'T' : '')];
    if (smaller) return `P${info.time ? 'T' : ''}${Math.floor(n)}${letter}${smaller}`;
  }
  return `P${info.time ? 'T' : ''}${n}${letter}`;
}

/** Half of a unit in the next smaller one (TimeML writes P2Y6M, not P2.5Y). */
const HALF_OF: Readonly<Record<string, string>> = { Y: '6M', M: '15D', D: 'T12H', HT: '30M', MT: '30S', W: '3DT12H' };

const COUNT_AFTER = new RegExp(`^\\s+(?:${COUNT}|${VAGUE})\\b`, 'i');
const VAGUE_RE = new RegExp(`^(?:${VAGUE})$`, 'i');
const LEAD = `(?:the\\s+(?:first|last|past|next|previous|coming|following|final|remaining|same|entire|whole|year-earlier|year-ago)\\s+|the\\s+|another\\s+|an\\s+additional\\s+)`;
const APPROX = `(?:(?:nearly|almost|about|around|roughly|some|more\\s+than|less\\s+than|up\\s+to|at\\s+least|at\\s+most|only|just|barely|fewer\\s+than)\\s+)`;

export const SPAN_RULES: readonly Rule[] = [
  rule('duration', `\\b${APPROX}?${LEAD}?(?<count>${COUNT}|${VAGUE})(?:\\s+(?:more|additional|straight|consecutive|full|long|trading|business|working))?[\\s-]+(?<unit>${UNIT})(?:s|es)?(?<andHalf>\\s+and\\s+a\\s+half)?(?<long>-long)?\\b(?![-\\s]old\\b)`, (m, ctx) => {
    const g = m.groups!;
    const vague = VAGUE_RE.test(g.count);
    const n = vague ? 'X' : countOf(g.count) + (g.andHalf ? 0.5 : 0);
    if (n !== 'X' && (Number.isNaN(n) || n <= 0)) return null;
    const value = durationValue(n, g.unit);
    if (!value) return null;
    // "three-quarters of its food": a fraction, not three quarters of a year.
    if (!vague && /^quarter/i.test(g.unit) && /^\s+of\s+(?!(?:the\s+)?(?:fiscal\s+)?(?:year|\d{4}))/i.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20))) return null;
    // "will one day be", "hopes he one day follows": some day in the future, not a span of a day.
    if (/^one\s+day$/i.test(m[0]) && ONE_DAY_FUTURE_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 10), m.index))) {
      return { type: 'DATE', value: 'FUTURE_REF', anchor: 'publication', relative: 'some day after publication' };
    }
    const article = /^(?:a|an)$/i.test(g.count.trim());
    // "a second visit" is an ordinal; "for a second" is a duration.
    if (article && /^seconds?$/i.test(g.unit) && !/\b(?:for|in|within|than|about|just|only|half)\s+$/i.test(ctx.text.slice(Math.max(0, m.index - 10), m.index))) return null;
    if (article) {
      const before = ctx.text.slice(Math.max(0, m.index - 40), m.index);
      // "$5 million a year", "three times a day": a rate, not a duration.
      if (/(?:\d|\bmillion|\bbillion|\btimes|\bonce|\btwice|percent|%)[^.;]{0,25}$/i.test(before) && m[0].split(/\s+/).length <= 2) {
        return unanchored('SET', value);
      }
    }
    return unanchored('DURATION', value);
  }),
  rule('vague-units', `\\b(?<lead>recent|the\\s+past\\s+few|the\\s+next\\s+few|the\\s+last\\s+few|the\\s+coming|coming|the\\s+past|the\\s+last|the\\s+next|past)\\s+(?<unit>years|months|weeks|days|decades|hours|minutes)\\b`, (m) => {
    const g = m.groups!;
    const unit = g.unit.toLowerCase();
    if (/^recent$/i.test(g.lead) && (unit === 'years' || unit === 'days')) return { type: 'DATE', value: 'PAST_REF', anchor: 'publication', relative: 'before publication' };
    return unanchored('DURATION', durationValue('X', unit)!);
  }),
  // "future quarters", "coming quarters": TimeBank writes FUTURE_REF (2 of 2), not a count of quarters.
  rule('quarters-ahead', `\\b(?:future|coming|the\\s+coming)\\s+quarters\\b`, () => ({ type: 'DATE', value: 'FUTURE_REF', anchor: 'publication', relative: 'after publication' })),
  rule('units-ahead', `\\bthe\\s+(?<unit>days|weeks|months|years)\\s+ahead\\b`, (m) => unanchored('DURATION', durationValue('X', m.groups!.unit)!)),
  rule('bare-units', `(?<=\\b(?:for|in|over|within|after|took|take|takes|lasted|last|spent|spend)\\s+)(?<unit>years|months|weeks|decades|centuries|hours|minutes)\\b(?!\\s+(?:of|ago|earlier|later))`, (m) => {
    const v = durationValue('X', m.groups!.unit);
    return v ? unanchored('DURATION', v) : null;
  }),
  rule('set-word', `\\b(?<w>${SET})\\b`, (m, ctx) => {
    // "Daily Mirror", "Weekly Standard": part of a name.
    if (/^[A-Z]/.test(m[0]) && /^\s+[A-Z]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
    return unanchored('SET', SET_WORDS[m.groups!.w.toLowerCase().replace(/\s+/g, ' ')] ?? 'P1D');
  }),
  // "each July", "every March": a month recurring every year.
  rule('set-month', `\\b(?:every|each)\\s+(?<mon>${MONTH})(?![\\w'’-])`, (m) =>
    capitalised(m.groups!.mon) ? unanchored('SET', `XXXX-${String(monthOf(m.groups!.mon)).padStart(2, '0')}`) : null,
  ),
  rule('set-every', `\\b(?:every|each|per)\\s+(?:(?<count>${COUNT})\\s+)?(?<unit>${UNIT})s?\\b`, (m) => {
    const n = m.groups!.count ? countOf(m.groups!.count) : 1;
    if (Number.isNaN(n)) return null;
    const v = durationValue(n, m.groups!.unit);
    return v ? unanchored('SET', v) : null;
  }),
  rule('ref-word', `(?<![\\w-])(?<w>${REF})(?![\\w-])`, (m, ctx) => {
    const w = m.groups!.w.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'");
    const value = REF_WORDS[w];
    if (!value) return null;
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "Now, he says, …" opening a sentence is a discourse marker, not the present.
    // "the past three summers": "past" qualifies a count that follows, it is not the past as such.
    if (/past$/.test(w) && COUNT_AFTER.test(after)) return null;
    if (w === 'now' && DISCOURSE_NOW_AFTER.test(after) && SENTENCE_START_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 4), m.index))) return null;
    const relative = value === 'PRESENT_REF' ? 'at publication' : value === 'PAST_REF' ? 'before publication' : 'after publication';
    return { type: 'DATE', value, anchor: 'publication', relative } satisfies Hit;
  }),
];
