import { fmtDay, fmtMonth, fmtYear, isoWeek, isValidDay, pad, parseYmd } from './calendar.ts';
import { IDIOM_NOON_BEFORE, MONTH_MODIFIER_AFTER, MONTH_MODIFIER_BEFORE, NAMED_YEAR_BEFORE } from './cues.data.ts';
import { AMBIGUOUS_MONTHS, DAY_PARTS, NOT_YEAR_AFTER } from './lexicon.data.ts';
import { DAYNUM, MONTH, POSITION, SPELLED_YEAR, WEEKDAY, YEAR, ZONE } from './patterns.data.ts';
import { dayOffset, monthDayRef, monthRef, weekdayRef, type Direction } from './resolve.ts';
import { PAST_EVENT_NOUN_AFTER } from './tense.data.ts';
import { absolute, capitalised, countOf, hit, monthOf, rule, spelledYearOf, weekdayOf, type Hit, type MatchContext, type Rule } from './rule.ts';

/** Calendar dates, years, decades and clock times written out in the text. */

const WD_PREFIX = `(?:(?<wd>${WEEKDAY}),?\\s+(?:the\\s+)?)?`;

function day(m: RegExpExecArray): number {
  return parseInt(m.groups!.day, 10);
}

function fullDate(m: RegExpExecArray): Hit | null {
  const y = +m.groups!.year;
  const mo = monthOf(m.groups!.mon);
  const d = day(m);
  return isValidDay(y, mo, d) ? absolute('DATE', fmtDay({ y, m: mo, d })) : null;
}

function monthOk(word: string, ctxWord = false): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (!capitalised(word)) return false;
  return !AMBIGUOUS_MONTHS.has(w) || ctxWord || word.endsWith('.');
}

/** The date a clock time or part of day is on: a weekday, today/yesterday/tomorrow, or the DCT. */
export function dayFor(word: string | undefined, ctx: MatchContext): Hit {
  // "was shot at 10 p.m." after "on Oct. 23, 1998": a past-tense clock time with no day of its
  // own is on the day last mentioned, when that day is before publication.
  if (!word && ctx.day && ctx.dct && ctx.day < fmtDay(ctx.dct) && ctx.dir() === 'past') {
    return { type: 'TIME', value: ctx.day, anchor: 'context', relative: 'the day just mentioned' };
  }
  const w = (word ?? 'today').toLowerCase();
  if (w === 'yesterday') return hit('TIME', dayOffset(ctx.dct, -1));
  if (w === 'tomorrow') return hit('TIME', dayOffset(ctx.dct, 1));
  if (w === 'today' || w === 'tonight') return hit('TIME', dayOffset(ctx.dct, 0));
  return hit('TIME', weekdayRef(ctx.dct, weekdayOf(w), ctx.dir()));
}

function withTime(base: Hit, t: string): Hit {
  return { ...base, type: 'TIME', value: `${base.value}T${t}` };
}

const DAYREF = `(?:${WEEKDAY}|today|yesterday|tomorrow)`;

export const DATE_RULES: readonly Rule[] = [
  rule('month-day-year', `\\b${WD_PREFIX}(?<mon>${MONTH})\\s+(?<day>${DAYNUM}),?\\s+(?<year>${YEAR})\\b`, (m) =>
    monthOk(m.groups!.mon, true) ? fullDate(m) : null,
  ),
  rule('day-month-year', `\\b${WD_PREFIX}(?<day>${DAYNUM})\\s+(?:of\\s+)?(?<mon>${MONTH}),?\\s+(?<year>${YEAR})\\b`, (m) =>
    monthOk(m.groups!.mon, true) ? fullDate(m) : null,
  ),
  rule('iso-date', `\\b(?<year>${YEAR})-(?<mo>[01]\\d)-(?<day>[0-3]\\d)\\b`, (m) => {
    const [y, mo, d] = [+m.groups!.year, +m.groups!.mo, +m.groups!.day];
    return isValidDay(y, mo, d) ? absolute('DATE', fmtDay({ y, m: mo, d })) : null;
  }),
  rule('us-slash-date', `(?<![\\d/])(?<mo>1[0-2]|0?[1-9])/(?<day>[0-3]?\\d)/(?<year>\\d{4}|\\d{2})(?![\\d/])`, (m, ctx) => {
    let y = +m.groups!.year;
    if (m.groups!.year.length === 2) y += ctx.dct ? Math.floor(ctx.dct.y / 100) * 100 : 1900;
    const [mo, d] = [+m.groups!.mo, +m.groups!.day];
    return isValidDay(y, mo, d) ? absolute('DATE', fmtDay({ y, m: mo, d })) : null;
  }),
  // "last Oct. 23", "next June 1": the word before the date sets its direction (and belongs to it).
  rule('month-day', `\\b(?:(?<rel>last|next|this\\s+past|this\\s+coming)\\s+)?${WD_PREFIX}(?<mon>${MONTH})\\s+(?<day>${DAYNUM})\\b(?!\\s*,?\\s*\\d|[-–]\\d)`, (m, ctx) => {
    const mo = monthOf(m.groups!.mon);
    const d = day(m);
    if (!monthOk(m.groups!.mon, true) || d < 1 || d > 31) return null;
    const rel = m.groups!.rel?.toLowerCase();
    if (rel === undefined) return hit('DATE', monthDayRef(ctx.dct, mo, d, dayDirection(ctx, m)));
    // With a direction word the date is strictly before (or after) publication.
    const past = /last|past/.test(rel);
    const r = monthDayRef(ctx.dct, mo, d, past ? 'past' : 'future');
    const today = ctx.dct ? fmtDay(ctx.dct) : null;
    if (!today || (past ? r.value < today : r.value > today)) return hit('DATE', r);
    return hit('DATE', { ...r, value: `${fmtYear(+r.value.slice(0, 4) + (past ? -1 : 1))}${r.value.slice(4)}` });
  }),
  // "April 24 and 25", "May 3 or 4": the second day number shares the first one's month.
  rule('month-day-second', `(?<=\\b(?<mon>${MONTH})\\s+${DAYNUM}\\s*,?\\s*(?:and|or)\\s+)(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\b(?![a-z]|\\s*(?:[,.]\\d|%|percent|million|billion|cents|people|a\\.?m\\b|p\\.?m\\b))`, (m, ctx) => {
    const d = day(m);
    if (!monthOk(m.groups!.mon, true) || d < 1 || d > 31) return null;
    return hit('DATE', monthDayRef(ctx.dct, monthOf(m.groups!.mon), d, dayDirection(ctx, m)));
  }),
  rule('day-month', `\\b${WD_PREFIX}(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<mon>${MONTH})(?!\\s*,?\\s*\\d)\\b`, (m, ctx) => {
    const mo = monthOf(m.groups!.mon);
    const d = day(m);
    if (!monthOk(m.groups!.mon, true) || d < 1 || d > 31) return null;
    return hit('DATE', monthDayRef(ctx.dct, mo, d, ctx.dir()));
  }),
  // "the week of March 6": the ISO week holding that day.
  rule('week-of', `\\bthe\\s+week\\s+of\\s+(?<mon>${MONTH})\\s+(?<day>${DAYNUM})(?:,?\\s+(?<year>${YEAR}))?\\b`, (m, ctx) => {
    const mo = monthOf(m.groups!.mon);
    const d = day(m);
    if (!monthOk(m.groups!.mon, true) || d < 1 || d > 31) return null;
    const date = m.groups!.year ? fullDate(m) : hit('DATE', monthDayRef(ctx.dct, mo, d, ctx.dir()));
    const ymd = date ? parseYmd(date.value) : null;
    if (!date || !ymd) return date && { ...date, value: `${date.value.slice(0, 4)}-WXX` };
    const w = isoWeek(ymd);
    return { ...date, value: `${fmtYear(w.year)}-W${pad(w.week)}` };
  }),
  rule('month-year', `\\b(?:${POSITION})?(?<mon>${MONTH}),?\\s+(?:of\\s+)?(?<year>${YEAR})\\b`, (m) =>
    monthOk(m.groups!.mon, true) ? absolute('DATE', fmtMonth({ y: +m.groups!.year, m: monthOf(m.groups!.mon) })) : null,
  ),
  // "January nineteen ninety-seven" (broadcast transcripts spell years out).
  rule('month-spelled-year', `\\b(?<mon>${MONTH})\\s+(?:of\\s+)?(?<sy>${SPELLED_YEAR})\\b`, (m) => {
    const y = spelledYearOf(m.groups!.sy);
    return monthOk(m.groups!.mon, true) && !Number.isNaN(y) ? absolute('DATE', fmtMonth({ y, m: monthOf(m.groups!.mon) })) : null;
  }),
  rule('month-relative-year', `\\b(?:${POSITION})?(?<mon>${MONTH})\\s+(?:of\\s+)?(?<rel>last|this|next)\\s+year\\b`, (m, ctx) => {
    if (!monthOk(m.groups!.mon, true)) return null;
    const shift = { last: -1, this: 0, next: 1 }[m.groups!.rel.toLowerCase() as 'last' | 'this' | 'next'];
    return hit('DATE', monthRef(ctx.dct, monthOf(m.groups!.mon), ctx.dir(), shift));
  }),
  rule('month', `\\b(?<pos>${POSITION})?(?:(?<rel>last|this|next|past|coming)\\s+)?(?<mon>${MONTH})(?![\\w-]|['’](?!s\\b))`, (m, ctx) => {
    const g = m.groups!;
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    const after = ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // "the March accession", "the May elections": a month used as a modifier of a lower-case noun.
    const modifier = MONTH_MODIFIER_BEFORE.test(before) && MONTH_MODIFIER_AFTER.test(after);
    const cue = !!(g.pos || g.rel) || modifier || /\b(?:in|since|until|till|by|from|of|during|through|to|and|between|before|after|early|late)\s+$/i.test(before);
    if (!monthOk(g.mon, cue)) return null;
    if (AMBIGUOUS_MONTHS.has(g.mon.toLowerCase()) && !cue) return null;
    // "Jan Kavan", "Jun Ito": an abbreviation without its period before a capitalised word is a name.
    if (/^[a-z]{3}$/i.test(g.mon) && /^\s+[A-Z][a-z]/.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 3))) return null;
    const rel = g.rel?.toLowerCase();
    const dir = rel === 'next' || rel === 'coming' ? 'future' : rel === 'last' || rel === 'past' ? 'past' : rel === 'this' ? 'present' : monthDirection(ctx, m.index);
    return hit('DATE', monthRef(ctx.dct, monthOf(g.mon), dir));
  }),
  // "the 1990s" is `199` (TimeML 1.2); without the article TimeBank/AQUAINT write `199X`.
  rule('decade', `\\b(?:the\\s+)?(?:(?:early|mid|late)[-\\s]*)?(?<dec>1\\d\\d|20\\d)0['’]?s\\b`, (m) => absolute('DATE', /^the\s/i.test(m[0]) ? m.groups!.dec : `${m.groups!.dec}X`)),
  rule('short-decade', `(?:\\bthe\\s+)?(?:(?:early|mid|late)[-\\s]*)?['’](?<d>\\d)0s\\b`, (m) => absolute('DATE', `19${m.groups!.d}`)),
  rule('year', `(?<![$£€\\d.,])\\b(?:${POSITION}|(?:fiscal|calendar|the\\s+year|fy)\\s*)?(?<year>${YEAR})\\b(?![.,]\\d|\\s*%|-\\d|\\s*[-–]\\s*\\d{2}\\b)`, (m, ctx) => {
    const y = +m.groups!.year;
    const next = /^\s*([a-z]+)/.exec(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 20))?.[1];
    if (next && NOT_YEAR_AFTER.has(next)) return null;
    if (NAMED_YEAR_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) return null;
    const before = ctx.text.slice(Math.max(0, m.index - 12), m.index);
    if (/\b(?:no\.|number|page|room|flight|route|at|about|some|nearly|over|than)\s*$/i.test(before)) return null;
    if ((y < 1800 || y > 2099) && !/\b(?:in|since|of|from|until|by|year)\s+$/i.test(before)) return null;
    return absolute('DATE', fmtYear(y));
  }),
  rule('spelled-year', `\\b(?:the\\s+year\\s+)?(?:(?<c>nineteen|eighteen)[\\s-]+(?<t>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)|two\\s+thousand(?:\\s+and\\s+(?<u>one|two|three|four|five|six|seven|eight|nine|ten))?)\\b(?!\\s+(?:people|dollars|troops|of|and\\b))`, (m) => {
    const g = m.groups!;
    if (!g.c && !/^the\s/i.test(m[0]) && !g.u) return null;
    const y = g.c ? (g.c.toLowerCase() === 'nineteen' ? 1900 : 1800) + countOf(g.t) : 2000 + (g.u ? countOf(g.u) : 0);
    return Number.isNaN(y) ? null : absolute('DATE', fmtYear(y));
  }),
  rule('clock-time', `\\b(?:(?<approx>about|around|approximately|shortly\\s+after|shortly\\s+before|just\\s+after|just\\s+before)\\s+)?(?<h>[01]?\\d|2[0-3])(?:[:.](?<min>[0-5]\\d))?\\s*(?<ampm>a\\.\\s?m\\.|p\\.\\s?m\\.|a\\.?m\\b|p\\.?m\\b)${ZONE}(?:,?\\s+(?:(?:on|this)\\s+)?(?<wd>${DAYREF}))?(?:,?\\s+(?:on\\s+)?(?<mon>${MONTH})\\s+(?<day>${DAYNUM})(?:,?\\s+(?<year>${YEAR}))?)?`, (m, ctx) => clock(m, ctx)),
  rule('clock-24h', `(?<![\\d:.$])\\b(?:(?<approx>about|around|approximately)\\s+)?(?<h>[01]?\\d|2[0-3]):(?<min>[0-5]\\d)(?![\\d:])${ZONE}(?:\\s+hours)?(?:,?\\s+(?:(?:on|this)\\s+)?(?<wd>${DAYREF}))?`, (m, ctx) => clock(m, ctx)),
  rule('noon-midnight', `\\b(?:(?<wd1>${DAYREF})\\s+)?(?<part>noon|midnight|midday)(?:,?\\s+(?:on\\s+)?(?<wd>${DAYREF}))?\\b`, (m, ctx) => {
    const g = m.groups!;
    // "high noon" is an idiom (a moment of decision), not a clock time.
    if (!g.wd1 && IDIOM_NOON_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 6), m.index))) return null;
    const t = DAY_PARTS[g.part.toLowerCase()];
    return withTime(dayFor(g.wd ?? g.wd1, ctx), t === '24:00' ? '24' : t.replace(/:00$/, ':00'));
  }),
];

/** The tense's direction, unless the day is written before a completed event ("the Oct. 23 slaying"). */
function dayDirection(ctx: MatchContext, m: RegExpExecArray): Direction {
  return PAST_EVENT_NOUN_AFTER.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 30)) ? 'past' : ctx.dir();
}

/** "by/until/through February" looks forward, "since February" back; otherwise the tense decides, and news defaults to the past. */
const MONTH_WORD = new RegExp(MONTH, 'i');

function monthDirection(ctx: MatchContext, at: number): Direction {
  const before = ctx.text.slice(Math.max(0, at - 24), at);
  // "sales this year through August": the month of the publication year, already past or not.
  if (/\bthis\s+year\s+(?:through|until|to)\s+$/i.test(before)) return 'present';
  if (/\b(?:by|until|till|through|before)\s+(?:early\s+|late\s+|mid-?)?$/i.test(before)) return 'future';
  // "on patrol since March": a month after "since" has begun already.
  if (/\bsince\s+(?:early\s+|late\s+|mid-?)?$/i.test(before)) return 'past';
  const d = ctx.dir();
  if (d === 'present' && ctx.dct) {
    // With no tense cue, the names of the next two months look forward ("in December" written in
    // October); any other month looks back. Tried 1–4 months ahead on TimeBank/AQUAINT train: 2 is
    // best since tense stops at clause boundaries (1 was best before).
    const m = monthOf(MONTH_WORD.exec(ctx.text.slice(at, at + 40))?.[0] ?? '');
    const ahead = (m - ctx.dct.m + 12) % 12;
    return m > 0 && ahead <= 2 ? 'future' : 'past';
  }
  return d === 'future' ? 'future' : 'past';
}

function clock(m: RegExpExecArray, ctx: MatchContext): Hit {
  const g = m.groups!;
  let h = +g.h;
  const ampm = g.ampm?.toLowerCase().replace(/[.\s]/g, '');
  if (ampm === 'pm' && h < 12) h += 12;
  if (ampm === 'am' && h === 12) h = 0;
  let date = dayFor(g.wd, ctx);
  if (g.mon && g.day) {
    const mo = monthOf(g.mon);
    const d = +g.day.replace(/\D/g, '');
    date = g.year ? absolute('TIME', fmtDay({ y: +g.year, m: mo, d })) : hit('TIME', monthDayRef(ctx.dct, mo, d, ctx.dir()));
  }
  return withTime(date, `${pad(h)}:${g.min ?? '00'}`);
}
