import { addDays, daysInMonth, fmtDay, fmtYear, isoWeekday, parseYmd, quarterOf } from './calendar.ts';
import { ORDINAL_DAY_TODAY_AFTER, ORDINAL_DAY_TODAY_BEFORE, PERIOD_END_BEFORE, QUARTER_CONTEXT_CHARS, SENTENCE_BREAK } from './cues.data.ts';
import { DAY_PARTS, HOLIDAYS, SEASONS } from './lexicon.data.ts';
import { COUNT, DAY_PART, ORDINAL, POSITION, SEASON, SPELLED_YEAR, UNIT, VAGUE, WEEKDAY, YEAR } from './patterns.data.ts';
import { dayOffset, monthDayRef, seasonRef, unitRef, weekdayRef, type CalendarUnit, type Direction } from './resolve.ts';
import { dayFor } from './rules-dates.ts';
import { durationValue } from './rules-spans.ts';
import { absolute, countOf, hit, rule, spelledYearOf, weekdayOf, type Hit, type MatchContext, type Rule } from './rule.ts';

/** Expressions resolved against the article date: today, last week, on Tuesday, a year ago, the third quarter. */


const PART_CODE = (p: string | undefined): string | null => (p ? DAY_PARTS[p.toLowerCase()] ?? null : null);

function atPart(h: Hit, part: string | undefined): Hit {
  const code = PART_CODE(part);
  return code ? { ...h, type: 'TIME', value: `${h.value}T${code}` } : h;
}

const SHIFT: Readonly<Record<string, number>> = {
  last: -1, past: -1, previous: -1, this: 0, current: 0, 'the current': 0, next: 1, coming: 1, 'the coming': 1, 'the last': -1,
};

function unitName(u: string): CalendarUnit {
  return u.toLowerCase().replace(/s$/, '') as CalendarUnit;
}

/** A year-ago or quarter-relative value: shifts the quarter mentioned in context when there is one. */
function yearAgo(ctx: MatchContext, n: number, at: number): Hit {
  // "for the quarter ended Sept. 30, … up from $2 a year earlier": a year before the period's end day.
  const day = parseYmd(ctx.day);
  if (day && ctx.dayStart >= 0 && PERIOD_END_BEFORE.test(ctx.text.slice(Math.max(0, ctx.dayStart - 12), ctx.dayStart)) && !SENTENCE_BREAK.test(ctx.text.slice(ctx.dayStart, at + 1))) {
    return { type: 'DATE', value: fmtDay({ ...day, y: day.y - n, d: Math.min(day.d, daysInMonth(day.y - n, day.m)) }), anchor: 'context', relative: `${n} year(s) before the period end just mentioned` };
  }
  if (ctx.quarter && ctx.quarterDistance <= QUARTER_CONTEXT_CHARS) {
    const [y, q] = ctx.quarter.split('-Q');
    return { type: 'DATE', value: `${fmtYear(+y - n)}-Q${q}`, anchor: 'context', relative: `the same quarter ${n} year(s) earlier` };
  }
  return hit('DATE', unitRef(ctx.dct, 'year', -n));
}

/**
 * "the year ended Sept. 30" and "throughout the fiscal year" are spans (P1Y); "for the year" and
 * "the full year" name the publication year. TimeBank: 8 of 9 "the (fiscal) year end(ed|ing)" are
 * P1Y; 4 of 4 "for the (full) year" without "ended" are the year itself.
 */
const THE_UNIT_SPAN_AFTER = /^\s+end(?:ed|ing)\b/i;
const THE_UNIT_SPAN_BEFORE = /\b(?:during|over|throughout|within)\s+$/i;

/** Words that make "period" name a reporting quarter ("the latest period", "the year-ago period"). */
const PERIOD_REL: ReadonlySet<string> = new Set(['latest', 'most recent', 'same', 'year-earlier', 'year-ago']);
const yearTextOf = (g: Record<string, string | undefined>): string | undefined => g.year1 ?? g.year2;

function quarterHit(m: RegExpExecArray, ctx: MatchContext): Hit | null {
  const g = m.groups!;
  const half = /half/i.test(g.q);
  // "the latest period", "the 1989 period": in an earnings report, the quarter reported on.
  if (/period/i.test(g.q) && (g.ord || !(yearTextOf(g) || PERIOD_REL.has(g.rel?.toLowerCase() ?? '')))) return null;
  // "the last half of 1989": with a year, "last" is the ordinal, not a shift.
  const lastOfYear = !g.ord && g.rel?.toLowerCase() === 'last' && yearTextOf(g) !== undefined;
  const ordWord = lastOfYear ? 'last' : g.ord?.toLowerCase();
  const ord = ordWord ? { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: half ? 2 : 4 }[ordWord] : undefined;
  const rel = g.rel?.toLowerCase().replace(/\s+/g, ' ');
  const yearText = yearTextOf(g);
  const yearAgoRel = rel === 'year-earlier' || rel === 'year-ago';
  if (ord === undefined) {
    if (half) return null;
    const contextQ = ctx.quarter ? { type: 'DATE' as const, value: ctx.quarter, anchor: 'context' as const, relative: 'the quarter reported on' } : null;
    const previous = hit('DATE', unitRef(ctx.dct, 'quarter', -1));
    if (yearText) return { type: 'DATE', value: `${yearText}-${(contextQ ?? previous).value.slice(5)}`, anchor: 'context', relative: 'the quarter reported on, in that year' };
    if (yearAgoRel || rel === 'same') return ctx.quarter ? yearAgo(ctx, 1, m.index) : null;
    if (rel === 'latest' || rel === 'most recent' || rel === 'recent') return previous;
    // "this quarter" in an earnings report is the one reported on; "the current quarter" the one under way.
    if (rel === 'this' && contextQ) return contextQ;
    if (rel && rel in SHIFT) return hit('DATE', unitRef(ctx.dct, 'quarter', SHIFT[rel]));
    if (!/^the\b/i.test(m[0]) && !rel) return null;
    return contextQ ?? previous;
  }
  const code = `${half ? 'H' : 'Q'}${ord}`;
  if (yearText) return absolute('DATE', `${yearAgoRel ? +yearText - 1 : yearText}-${code}`);
  if (yearAgoRel && ctx.dct) return { type: 'DATE', value: `${fmtYear(ctx.dct.y - 1)}-${code}`, anchor: 'publication', relative: `the ${ordWord} quarter of the year before publication` };
  let shift = 0;
  const yr = g.yr ?? g.yr2;
  if (yr) shift = /last/i.test(yr) ? -1 : /next/i.test(yr) ? 1 : 0;
  if (!ctx.dct) return { type: 'DATE', value: `XXXX-${code}`, anchor: 'publication', relative: `the ${ordWord} ${half ? 'half' : 'quarter'} of a year near publication` };
  let y = ctx.dct.y + shift;
  // A quarter not yet begun at publication, in a past-tense report, is last year's.
  if (!yr && !half && ord > quarterOf(ctx.dct.m) && ctx.dir() !== 'future' && ord - quarterOf(ctx.dct.m) > 1) y--;
  return { type: 'DATE', value: `${fmtYear(y)}-${code}`, anchor: 'publication', relative: `the ${ordWord} ${half ? 'half' : 'quarter'} of ${y === ctx.dct.y ? 'the publication year' : 'another year'}` };
}

function seasonHit(m: RegExpExecArray, ctx: MatchContext): Hit | null {
  const g = m.groups!;
  const code = SEASONS[g.s.toLowerCase()];
  if (g.year) return absolute('DATE', `${g.year}-${code}`);
  if (g.sy && !Number.isNaN(spelledYearOf(g.sy))) return absolute('DATE', `${fmtYear(spelledYearOf(g.sy))}-${code}`);
  const rel = g.rel?.toLowerCase().replace(/^this\s+past$/, 'last');
  if (!rel && !/\b(?:in|during|by|until|since|over|through)\s+(?:the\s+)?$/i.test(ctx.text.slice(Math.max(0, m.index - 14), m.index))) return null;
  if (code === 'FA' && (!rel || rel === 'the')) return null;
  const start = { SP: 3, SU: 6, FA: 9, WI: 12 }[code] ?? 1;
  const month = ctx.dct?.m ?? 6;
  const n = rel === 'last' ? (start >= month ? -1 : 0) : rel === 'next' ? (start <= month ? 1 : 0) : 0;
  return hit('DATE', seasonRef(ctx.dct, code, n));
}

function holidayDirection(rel: string | undefined, ctx: MatchContext): Direction {
  const r = rel?.toLowerCase();
  return r === 'last' ? 'past' : r === 'next' ? 'future' : r === 'this' ? 'present' : ctx.dir();
}

const SHARED_PLURAL_PART = new RegExp(`^\\s+(?:and|or)\\s+${WEEKDAY}\\s+(${DAY_PART})s\\b`, 'i');

function weekdayHit(m: RegExpExecArray, ctx: MatchContext): Hit {
  const g = m.groups!;
  const wd = weekdayOf(g.wd);
  // "on Monday and Tuesday nights": the plural part of day makes both weekdays recur.
  const shared = SHARED_PLURAL_PART.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 40));
  if (!g.part && !g.rel && shared) return { type: 'SET', value: `XXXX-WXX-${wd}T${PART_CODE(shared[1])}`, anchor: 'unanchored' };
  const rel = g.rel?.toLowerCase();
  // "Wednesday's ruling": a possessive weekday names something already done.
  let dir: Direction = /^['’]s\b/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3)) ? 'past' : ctx.dir();
  let shift = 0;
  if (rel === 'last' || rel === 'past') dir = 'past';
  // "down 4.5% from the previous Friday": the one a week before the latest such weekday.
  if (rel && /previous/.test(rel)) {
    const latest = weekdayRef(ctx.dct, wd, 'past');
    const d = parseYmd(latest.value);
    return { type: 'DATE', value: d ? fmtDay(addDays(d, -7)) : latest.value, anchor: 'publication', relative: `the ${g.wd} a week before the latest one` };
  }
  if (rel === 'next' || rel === 'coming') dir = 'future';
  if (rel === 'this') dir = 'present';
  if (ctx.dct && rel === 'last' && weekdayRef(ctx.dct, wd, 'past').value === dayOffset(ctx.dct, 0).value) shift = -1;
  const base = hit('DATE', shift ? weekdayRef(ctx.dct, wd, dir, shift) : weekdayRef(ctx.dct, wd, dir));
  // TimeBank/AQUAINT type "Friday night" as a DATE (16 of 23), keeping the part of day in the value.
  return { ...atPart(base, g.part), type: 'DATE' };
}

export const RELATIVE_RULES: readonly Rule[] = [
  rule('deictic-day', `\\b(?<w>today|yesterday|tomorrow|tonight|the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow)(?:\\s+(?<part>${DAY_PART}))?\\b`, (m, ctx) => {
    const w = m.groups!.w.toLowerCase().replace(/\s+/g, ' ');
    const n = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2 }[w] ?? 0;
    return atPart(hit('DATE', dayOffset(ctx.dct, n)), w === 'tonight' ? 'tonight' : m.groups!.part);
  }),
  // "today is the eighth day of the siege": the publication day.
  rule('ordinal-day-today', `\\b(?:the\\s+)?(?:${ORDINAL}|\\d+(?:st|nd|rd|th))\\s+(?:straight\\s+|consecutive\\s+)?day\\b`, (m, ctx) => {
    const before = ctx.text.slice(Math.max(0, m.index - 16), m.index);
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 4);
    return ORDINAL_DAY_TODAY_BEFORE.test(before) && ORDINAL_DAY_TODAY_AFTER.test(after) ? hit('DATE', dayOffset(ctx.dct, 0)) : null;
  }),
  rule('this-part', `\\b(?<rel>this|last|early\\s+this|late\\s+this|later\\s+this|earlier\\s+this)\\s+(?<part>morning|afternoon|evening|night)\\b`, (m, ctx) => {
    const n = /last/i.test(m.groups!.rel) ? -1 : 0;
    return atPart(hit('DATE', dayOffset(ctx.dct, n)), m.groups!.part);
  }),
  // "mid-afternoon yesterday", "by late morning": a part of the day named, or of the publication day.
  rule('part-of-day', `\\b(?:early|mid|late)[-\\s]?(?<part>morning|afternoon|evening)(?:\\s+(?<w>yesterday|today|tomorrow|${WEEKDAY}))?\\b`, (m, ctx) => atPart(dayFor(m.groups!.w, ctx), m.groups!.part)),
  // "placed orders in the morning": that part of the day last mentioned (past) or of publication.
  rule('in-the-part', `(?<=\\bin\\s+)the\\s+(?<part>morning|afternoon|evening)\\b(?!\\s+(?:of|after|before|news|paper|edition|session|show)\\b)`, (m, ctx) => atPart(dayFor(undefined, ctx), m.groups!.part)),
  rule('weekday', `\\b(?:(?<rel>the\\s+previous|last|next|this|coming|past|early|late)\\s+)?(?<wd>${WEEKDAY})(?:\\s+(?<part>${DAY_PART}))?\\b`, weekdayHit),
  // "every Monday", "Tuesdays", "Tuesday nights" (a plural part of day makes the weekday recur).
  rule('weekday-set', `\\b(?:(?:every|each)\\s+(?<wd>${WEEKDAY})(?:\\s+(?<part>${DAY_PART}))?|(?<wd2>${WEEKDAY})s(?:\\s+(?<part2>${DAY_PART}))?|(?<wd3>${WEEKDAY})\\s+(?<parts>${DAY_PART})s)\\b`, (m) => {
    const wd = weekdayOf(m.groups!.wd ?? m.groups!.wd2 ?? m.groups!.wd3);
    const code = PART_CODE(m.groups!.part ?? m.groups!.part2 ?? m.groups!.parts);
    return { type: 'SET', value: `XXXX-WXX-${wd}${code ? `T${code}` : ''}`, anchor: 'unanchored' };
  }),
  // "the past year", "the last decade", "the next year": the calendar unit before (after) the one of
  // publication, as TimeBank/AQUAINT annotate them (4 of 5; counted spans, "the past two years", are
  // durations). Without the article, "past decade" is a span; so are "the past week" (the seven
  // days up to publication, not the ISO week before) and "the past century" (a hundred years).
  rule('the-past-unit', `\\b(?:the\\s+)?(?:past|last|next|coming)\\s+(?<unit>week|month|year|decade|century|quarter)\\b`, (m, ctx) => {
    const the = /^the\s/i.test(m[0]);
    if (!the && /^(?:last|next|coming)/i.test(m[0])) return null;
    if (!the || /^(?:week|century)$/i.test(m.groups!.unit)) return { type: 'DURATION', value: durationValue(1, m.groups!.unit)!, anchor: 'unanchored' };
    const n = /^the\s+(?:past|last)/i.test(m[0]) ? -1 : 1;
    return hit('DATE', unitRef(ctx.dct, unitName(m.groups!.unit), n));
  }),
  // "the year", "the fiscal year", "the week": the one of publication, or a span when it runs to a
  // date ("the year ended March 31") or follows "throughout/over/within/during".
  rule('the-unit', `\\b(?:${POSITION})?the\\s+(?:(?:fiscal|full|calendar|entire|whole)\\s+)?(?<unit>year|month|week)\\b(?![-'’]|\\s+(?:\\d|two|ago|earlier|before|after|of|in\\b))`, (m, ctx) => {
    const unit = m.groups!.unit.toLowerCase() as 'year' | 'month' | 'week';
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 10);
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    if (THE_UNIT_SPAN_AFTER.test(after) || THE_UNIT_SPAN_BEFORE.test(before)) {
      return { type: 'DURATION', value: durationValue(1, unit)!, anchor: 'unanchored' };
    }
    return hit('DATE', unitRef(ctx.dct, unit, 0));
  }),
  rule('unit-relative', `\\b(?:${POSITION})?(?<rel>last|this|next|past|coming|previous|current|the\\s+current|the\\s+last|the\\s+coming)\\s+(?:fiscal\\s+)?(?<unit>week|weekend|month|year|decade|century)\\b`, (m, ctx) => {
    const rel = m.groups!.rel.toLowerCase().replace(/\s+/g, ' ');
    return hit('DATE', unitRef(ctx.dct, unitName(m.groups!.unit), SHIFT[rel] ?? 0));
  }),
  // "by year-end" is the end of the publication year; "since year-end" (or a past-tense one) the last one.
  rule('year-end', `\\b(?:the\\s+)?(?:year['’]s\\s+end|year[-\\s]end)\\b(?![-\\s](?:results|figures|bonus|dividend))`, (m, ctx) => {
    const before = ctx.text.slice(Math.max(0, m.index - 8), m.index);
    const last = /\bsince\s+$/i.test(before) || (!/\b(?:by|until|before)\s+$/i.test(before) && ctx.dir() === 'past');
    return { ...hit('DATE', unitRef(ctx.dct, 'year', last ? -1 : 0)), relative: last ? 'the end of the year before publication' : 'the end of the publication year' };
  }),
  rule('the-weekend', `\\bthe\\s+weekend\\b`, (m, ctx) => {
    const before = ctx.dir() !== 'future' && ctx.dct !== null && isoWeekday(ctx.dct) < 6;
    return hit('DATE', unitRef(ctx.dct, 'weekend', before ? -1 : 0));
  }),
  rule('ago', `\\b(?:(?:about|nearly|almost|some|more\\s+than|less\\s+than|over|just|only)\\s+)?(?<count>${COUNT}|${VAGUE})[\\s-]+(?<unit>${UNIT})s?\\s+(?<dir>ago|earlier|before\\s+that|from\\s+now|hence|previously)\\b`, (m, ctx) => {
    const g = m.groups!;
    const n = countOf(g.count);
    const unit = unitName(g.unit === 'centuries' ? 'century' : g.unit);
    const future = /now|hence/i.test(g.dir);
    if (Number.isNaN(n)) return { type: 'DATE', value: future ? 'FUTURE_REF' : 'PAST_REF', anchor: 'publication', relative: future ? 'some time after publication' : 'some time before publication' };
    if (!Number.isInteger(n)) return null;
    if (unit === 'year' && !future) return yearAgo(ctx, n, m.index);
    // "a decade ago" is the year ten years back, not the previous decade.
    if (unit === 'decade' || unit === 'century') return hit('DATE', unitRef(ctx.dct, 'year', (future ? n : -n) * (unit === 'decade' ? 10 : 100)));
    if (!['day', 'week', 'month', 'year', 'quarter', 'decade', 'century'].includes(unit)) {
      return hit('DATE', dayOffset(ctx.dct, 0));
    }
    return hit('DATE', unitRef(ctx.dct, unit, future ? n : -n));
  }),
  // "the corresponding period last year", "last year's quarter", "the quarter a year ago".
  rule('year-ago-quarter', `\\b(?:(?:the\\s+)?(?:(?:corresponding|comparable|same)\\s+)?(?<!(?:first|second|third|fourth|1st|2nd|3rd|4th|last)[-\\s])(?:quarter|period)\\s+(?:a\\s+year\\s+(?:ago|earlier)|last\\s+year)|last\\s+year['’]s\\s+(?:quarter|period)|the\\s+(?:corresponding|comparable|same)\\s+(?:year|12-month)[-\\s](?:earlier|ago)\\s+(?:quarter|period))\\b`, (m, ctx) => yearAgo(ctx, 1, m.index)),
  rule('year-earlier', `\\b(?:(?:the\\s+)?(?:year|12-month)[-\\s](?:earlier|ago)\\s+(?:quarter|period)|(?:year|12-month)[-\\s](?:earlier|ago))\\b`, (m, ctx) => yearAgo(ctx, 1, m.index)),
  rule('quarter', `\\b(?:the\\s+)?(?:(?:fiscal|calendar)\\s+)?(?:(?<year1>${YEAR})(?:['’]s)?\\s+)?(?:(?<rel>last|this|next|current|latest|previous|past|same|year-earlier|year-ago|most\\s+recent|recent)\\s+)?(?:(?<yr>this\\s+year['’]s|last\\s+year['’]s|next\\s+year['’]s)\\s+)?(?:fiscal\\s+)?(?:(?<ord>${ORDINAL})[-\\s]+)?(?<q>quarter|half|period)(?!s|[-\\s]to[-\\s]quarter)(?:\\s+of\\s+(?:fiscal\\s+|the\\s+year\\s+)?(?<year2>${YEAR})|\\s+of\\s+(?<yr2>last|this|next)\\s+year)?\\b`, quarterHit),
  // "the first two quarters of 1990" is that year's first half (a calendar unit, not a span).
  rule('two-quarters-of', `\\b(?:at\\s+least\\s+|at\\s+most\\s+)?(?:the\\s+)?(?<which>first|last|second)\\s+two\\s+quarters\\s+of\\s+(?:fiscal\\s+)?(?<year>${YEAR})\\b`, (m) =>
    absolute('DATE', `${m.groups!.year}-H${/first/i.test(m.groups!.which) ? 1 : 2}`),
  ),
  rule('season', `\\b(?:(?<rel>this\\s+past|last|this|next|early|late|mid|the)[-\\s]+)?(?<s>${SEASON})(?:\\s+(?:of\\s+)?(?:(?<year>${YEAR})|(?<sy>${SPELLED_YEAR})))?\\b`, seasonHit),
  rule('floating-holiday', `\\b(?:(?<rel>last|next|this)\\s+)?(?<h>thanksgiving(?:\\s+day)?|election\\s+day)(?:\\s+(?<year>${YEAR}))?\\b`, (m, ctx) => {
    const g = m.groups!;
    const dayIn = (y: number): number => {
      const nov1 = isoWeekday({ y, m: 11, d: 1 });
      // Thanksgiving: the fourth Thursday of November; Election Day: the Tuesday after the first Monday.
      return /thanks/i.test(g.h) ? 1 + ((4 - nov1 + 7) % 7) + 21 : 1 + ((1 - nov1 + 7) % 7) + 1;
    };
    if (g.year) return absolute('DATE', `${g.year}-11-${String(dayIn(+g.year)).padStart(2, '0')}`);
    if (!ctx.dct) return { type: 'DATE', value: 'XXXX-11-XX', anchor: 'publication', relative: 'the nearest one to publication' };
    const y = +monthDayRef(ctx.dct, 11, dayIn(ctx.dct.y), holidayDirection(g.rel, ctx)).value.slice(0, 4);
    return { type: 'DATE', value: `${fmtYear(y)}-11-${String(dayIn(y)).padStart(2, '0')}`, anchor: 'publication', relative: 'the nearest one to publication in the tense’s direction' };
  }),
  rule('holiday', `\\b(?:(?<rel>last|next|this)\\s+)?(?<h>christmas\\s+day|christmas\\s+eve|christmas|new\\s+year['’]s\\s+(?:day|eve)|independence\\s+day|valentine['’]s\\s+day|halloween|veterans\\s+day)(?:\\s+(?<year>${YEAR}))?\\b`, (m, ctx) => {
    const md = HOLIDAYS[m.groups!.h.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'")];
    if (!md) return null;
    if (m.groups!.year) return absolute('DATE', `${m.groups!.year}-${md}`);
    const [mo, d] = md.split('-').map(Number);
    return hit('DATE', monthDayRef(ctx.dct, mo, d, holidayDirection(m.groups!.rel, ctx)));
  }),
];
