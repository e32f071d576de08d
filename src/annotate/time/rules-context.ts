import { addDays, addMonths, fmtDay, fmtMonth, fmtYear, parseYmd } from './calendar.ts';
import { CONTEXT_SHIFT, type ContextUnit } from './context.data.ts';
import { CENTURY_ORDINAL, DECADE_WORDS } from './lexicon.data.ts';
import { rule, type Hit, type MatchContext, type Rule } from './rule.ts';

/**
 * Expressions whose value comes from an earlier mention in the document ("later that year", "the
 * following month", "earlier that day"), plus spelled-out decades and ordinal centuries.
 */

function contextValue(unit: ContextUnit, n: number, ctx: MatchContext): string | null {
  switch (unit) {
    case 'year':
      return ctx.year === null ? null : fmtYear(ctx.year + n);
    case 'month': {
      const m = ctx.month ? /^(\d{4})-(\d\d)/.exec(ctx.month) : null;
      return m ? fmtMonth(addMonths({ y: +m[1], m: +m[2], d: 1 }, n)) : null;
    }
    case 'day': {
      const d = parseYmd(ctx.day);
      if (d) return fmtDay(addDays(d, n));
      // After a month with no day ("last October … that same day"), the day is one of that month.
      return n === 0 && ctx.month && /^\d{4}-\d\d$/.test(ctx.month.slice(0, 7)) ? `${ctx.month.slice(0, 7)}-XX` : null;
    }
  }
}

const UNIT_OF: Readonly<Record<string, ContextUnit>> = { year: 'year', month: 'month', day: 'day', morning: 'day', afternoon: 'day', evening: 'day', night: 'day' };
const DIRECTION_WORDS: Readonly<Record<number, string>> = { [-1]: 'before', 0: 'of', 1: 'after' };

export const CONTEXT_RULES: readonly Rule[] = [
  rule('context-date', `\\b(?<w>(?:later|earlier|early|late)\\s+that|that(?:\\s+same)?|the\\s+same|the\\s+following|the\\s+next|the\\s+previous|the\\s+preceding|the\\s+prior)\\s+(?<unit>year|month|day|morning|afternoon|evening|night)\\b(?!['’-])`, (m, ctx) => {
    const w = m.groups!.w.toLowerCase().replace(/\s+/g, ' ');
    const word = m.groups!.unit.toLowerCase();
    const unit = UNIT_OF[word];
    const n = CONTEXT_SHIFT[w] ?? 0;
    // "that day" and "the same day" are too often not a date ("the same day-care"); parts of day only after "the next/following".
    if (unit === 'day' && (w === 'that' || w === 'the same')) return null;
    if (word !== 'day' && unit === 'day' && !(w === 'the next' || w === 'the following')) return null;
    // "the next year", "the next month" are spans ahead of publication, left to the span rules.
    if (unit !== 'day' && w === 'the next') return null;
    if (ctx.probing) return { type: 'DATE', value: 'XXXX', anchor: 'context' };
    const value = contextValue(unit, n, ctx);
    // With nothing mentioned before, the phrase cannot be resolved and is left untagged.
    if (value === null) return null;
    return { type: 'DATE', value, anchor: 'context', relative: `the ${unit} ${DIRECTION_WORDS[n] ?? 'of'} the one just mentioned` } satisfies Hit;
  }),
  // "the nineties" → 199 (TimeML writes a decade as its first three digits).
  rule('spelled-decade', `\\b(?:the\\s+)(?:(?:early|mid|late)[-\\s]+)?(?<d>${Object.keys(DECADE_WORDS).join('|')})\\b`, (m) => ({
    type: 'DATE',
    value: DECADE_WORDS[m.groups!.d.toLowerCase()],
    anchor: 'absolute',
  })),
  // "the 20th century" → 19, "the eleventh century" → 10.
  rule('ordinal-century', `\\b(?:the\\s+)?(?:(?:early|mid|late)[-\\s]+)?(?<o>\\d{1,2}(?:st|nd|rd|th)|${Object.keys(CENTURY_ORDINAL).join('|')})[-\\s]+century\\b`, (m) => {
    const o = m.groups!.o.toLowerCase();
    const n = /^\d/.test(o) ? parseInt(o, 10) : CENTURY_ORDINAL[o];
    if (!n || n > 21) return null;
    return { type: 'DATE', value: String(n - 1).padStart(2, '0'), anchor: 'absolute' };
  }),
];
