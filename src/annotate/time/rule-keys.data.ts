import { MONTH, SEASON, WEEKDAY } from './patterns.data.ts';

/**
 * A cheap test per rule: a window of text without a match for its key cannot hold a match for the
 * rule, so the rule's full pattern is not run there. Each key is a word every match of that rule
 * contains (checked on TimeBank/AQUAINT: identical output with and without the keys).
 */
const k = (source: string): RegExp => new RegExp(source, 'i');
const MONTHS = k(MONTH);
const WEEKDAYS = k(WEEKDAY);
const UNIT_WORDS = k('second|minute|hour|day|night|week|month|quarter|year|decade|centur|fortnight');

export const RULE_KEYS: Readonly<Record<string, RegExp>> = {
  'month-day-year': MONTHS,
  'day-month-year': MONTHS,
  'month-day': MONTHS,
  'month-day-second': MONTHS,
  'day-month': MONTHS,
  'month-year': MONTHS,
  'week-of': MONTHS,
  'month-relative-year': MONTHS,
  month: MONTHS,
  'iso-date': /\d{4}-\d/,
  'us-slash-date': /\d\/\d/,
  decade: /\d0['’]?s/,
  'short-decade': /['’]\d0s/,
  year: /\d{4}/,
  'spelled-year': k('nineteen|eighteen|thousand'),
  'clock-time': k('\\d\\s*[ap]\\.?\\s?m'),
  'clock-24h': /\d:\d/,
  'noon-midnight': k('noon|midnight|midday'),
  'deictic-day': k('today|yesterday|tomorrow|tonight'),
  'ordinal-day-today': k('day'),
  'this-part': k('morning|afternoon|evening|night'),
  weekday: WEEKDAYS,
  'weekday-set': WEEKDAYS,
  'the-past-unit': k('week|month|year|decade|century|quarter'),
  'the-unit': k('year|month|week'),
  'year-end': k('year'),
  'unit-relative': k('week|month|year|decade|century'),
  'the-weekend': k('weekend'),
  ago: k('ago|earlier|before|now|hence|previously'),
  'year-earlier': k('earlier|ago'),
  'year-ago-quarter': k('quarter|period'),
  quarter: k('quarter|half|period'),
  'two-quarters-of': k('quarters'),
  season: k(SEASON),
  'context-date': k('year|month|day|morning|afternoon|evening|night'),
  'spelled-decade': k('ties\\b'),
  'ordinal-century': k('century'),
  'floating-holiday': k('thanksgiving|election'),
  holiday: k('christmas|new year|independence|valentine|halloween|veterans'),
  duration: UNIT_WORDS,
  'vague-units': UNIT_WORDS,
  'bare-units': UNIT_WORDS,
  'quarters-ahead': k('quarters'),
  'units-ahead': k('ahead'),
  'part-of-day': k('morning|afternoon|evening'),
  'in-the-part': k('morning|afternoon|evening'),
  'set-every': k('every|each|per'),
  'set-month': k('every|each'),
};
