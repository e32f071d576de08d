/**
 * Phrases that refer back to a date mentioned earlier in the text ("later that year", "the
 * following month", "earlier that day"), with the unit they name and the shift they apply to it.
 * Their value is computed from the latest explicit date before them in the document (TimeBank and
 * AQUAINT annotate "the following year" after "May 22, 1995" as 1996).
 */
export type ContextUnit = 'year' | 'month' | 'day';

/** Words before the unit → shift in units ("the following month" → +1). */
export const CONTEXT_SHIFT: Readonly<Record<string, number>> = {
  that: 0,
  'that same': 0,
  'the same': 0,
  'later that': 0,
  'earlier that': 0,
  'early that': 0,
  'late that': 0,
  'the following': 1,
  'the next': 1,
  'the previous': -1,
  'the preceding': -1,
  'the prior': -1,
};

