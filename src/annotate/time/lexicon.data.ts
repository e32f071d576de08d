/**
 * Words of English time expressions, as named data. Values follow TimeML 1.2.1 / TIMEX3
 * conventions as used in TimeBank 1.2 and AQUAINT (checked against their annotation guidelines).
 */

/** Month names and abbreviations (with or without the period) → month number. */
export const MONTHS: Readonly<Record<string, number>> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sept: 9, sep: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

/**
 * Month words that are also ordinary English words ("may", "march", "mar", "jan"…); they count as
 * months only when capitalised and next to a day number, a year, or a time-word ("in May", "last March").
 */
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(['may', 'march', 'mar', 'jan', 'jun', 'jul', 'dec', 'sep', 'aug', 'oct', 'nov', 'feb', 'apr']);

/** Weekday names → ISO weekday (1 = Monday). */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};

/** Cardinal number words → value ("a"/"an" count as one). */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, half: 0.5, dozen: 12, 'a dozen': 12, 'a half': 0.5, 'a couple of': 2, 'a couple': 2, 'couple of': 2, couple: 2,
};

/** Vague quantities: the count becomes `X` in the TIMEX3 value (`PXY`). */
export const VAGUE_COUNTS: readonly string[] = ['several', 'a few', 'few', 'many', 'some', 'the next few', 'a number of', 'numerous', 'countless'];

/** Ordinals → number. */
export const ORDINALS: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, thirtieth: 30, last: 4,
};

/** Calendar units: the TIMEX3 duration letter and whether it belongs after `T`. */
export interface UnitInfo {
  readonly letter: string;
  readonly time: boolean;
  /** How many of the letter one unit is (a decade is 10 years: `P10Y`). */
  readonly factor: number;
}
export const UNITS: Readonly<Record<string, UnitInfo>> = {
  second: { letter: 'S', time: true, factor: 1 },
  minute: { letter: 'M', time: true, factor: 1 },
  hour: { letter: 'H', time: true, factor: 1 },
  day: { letter: 'D', time: false, factor: 1 },
  night: { letter: 'D', time: false, factor: 1 },
  week: { letter: 'W', time: false, factor: 1 },
  weekend: { letter: 'WE', time: false, factor: 1 },
  fortnight: { letter: 'W', time: false, factor: 2 },
  month: { letter: 'M', time: false, factor: 1 },
  quarter: { letter: 'Q', time: false, factor: 1 },
  year: { letter: 'Y', time: false, factor: 1 },
  decade: { letter: 'DE', time: false, factor: 1 },
  century: { letter: 'CE', time: false, factor: 1 },
};

/** Seasons → TIMEX3 season code. */
export const SEASONS: Readonly<Record<string, string>> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

/** Parts of the day → TIMEX3 code appended after `T`. */
export const DAY_PARTS: Readonly<Record<string, string>> = {
  morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', overnight: 'NI', tonight: 'NI',
  midday: '12:00', noon: '12:00', midnight: '24:00', dawn: 'MO', dusk: 'EV',
};

/** Words that refer to the present, past or future as a whole (TIMEX3 `*_REF`). */
export const REF_WORDS: Readonly<Record<string, 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF'>> = {
  now: 'PRESENT_REF',
  'right now': 'PRESENT_REF',
  'just now': 'PRESENT_REF',
  currently: 'PRESENT_REF',
  current: 'PRESENT_REF',
  'these days': 'PRESENT_REF',
  nowadays: 'PRESENT_REF',
  'at present': 'PRESENT_REF',
  'the present': 'PRESENT_REF',
  'at the moment': 'PRESENT_REF',
  recently: 'PAST_REF',
  'more recently': 'PAST_REF',
  'most recently': 'PAST_REF',
  'until recently': 'PAST_REF',
  'the past': 'PAST_REF',
  'in the past': 'PAST_REF',
  'the future': 'FUTURE_REF',
  'the near future': 'FUTURE_REF',
  'the near term': 'FUTURE_REF',
  'the short term': 'FUTURE_REF',
  'the long term': 'FUTURE_REF',
  'a later date': 'FUTURE_REF',
  'as soon as possible': 'FUTURE_REF',
};

/** Frequency words → TIMEX3 SET value. */
export const SET_WORDS: Readonly<Record<string, string>> = {
  hourly: 'PT1H', daily: 'P1D', nightly: 'P1D', weekly: 'P1W', monthly: 'P1M',
  yearly: 'P1Y', biannually: 'P6M', 'every day': 'P1D', 'each day': 'P1D', 'every night': 'P1D',
  'every week': 'P1W', 'each week': 'P1W', 'every month': 'P1M', 'each month': 'P1M', 'every quarter': 'P1Q',
  'each quarter': 'P1Q', 'every year': 'P1Y', 'each year': 'P1Y', 'a year': 'P1Y', 'per year': 'P1Y',
  'a day': 'P1D', 'per day': 'P1D', 'a week': 'P1W', 'a month': 'P1M',
};

/** Fixed-date holidays → month-day. */
export const HOLIDAYS: Readonly<Record<string, string>> = {
  'christmas day': '12-25', christmas: '12-25', 'christmas eve': '12-24', "new year's day": '01-01',
  "new year's eve": '12-31', 'independence day': '07-04', 'valentine’s day': '02-14', "valentine's day": '02-14',
  halloween: '10-31', 'veterans day': '11-11',
};

/**
 * Words after a bare number that show it is a count, not a year ("2000 troops", "1990 shares").
 * Collected from TimeBank-style news sentences.
 */
export const NOT_YEAR_AFTER: ReadonlySet<string> = new Set([
  'people', 'troops', 'soldiers', 'shares', 'workers', 'dollars', 'miles', 'kilometers', 'km', 'tons', 'tonnes',
  'men', 'women', 'children', 'members', 'votes', 'points', 'units', 'cars', 'jobs', 'employees', 'feet', 'meters',
  'pounds', 'rubles', 'yen', 'euros', 'barrels', 'acres', 'residents', 'refugees', 'students', 'deaths', 'cases',
  'percent', 'per', 'million', 'billion', 'square', 'times', 'hours', 'minutes', 'years', 'days', 'missiles',
  'containers', 'shells', 'rounds', 'sq', 'mph', 'degrees',
]);

/** Leading qualifiers of an expression → TIMEX3 `mod` (TimeML 1.2.1). */
export const MODS: readonly (readonly [RegExp, 'START' | 'MID' | 'END' | 'APPROX' | 'MORE_THAN' | 'LESS_THAN' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS'])[] = [
  [/^(?:the\s+)?(?:early|earlier)\b|^the\s+(?:beginning|start)\s+of\b/i, 'START'],
  [/^(?:the\s+)?mid\b|^the\s+middle\s+of\b/i, 'MID'],
  [/^(?:the\s+)?(?:late|later)\b|^the\s+end\s+of\b|^(?:the\s+)?year(?:['’]s\s+|[-\s])end\b/i, 'END'],
  [/^(?:about|around|approximately|nearly|almost|some|roughly|shortly\s+(?:after|before)|just\s+(?:after|before))\b/i, 'APPROX'],
  [/^(?:more\s+than|over)\b/i, 'MORE_THAN'],
  [/^(?:less\s+than|under|fewer\s+than|barely)\b/i, 'LESS_THAN'],
  [/^at\s+least\b/i, 'EQUAL_OR_MORE'],
  [/^(?:up\s+to|at\s+most)\b/i, 'EQUAL_OR_LESS'],
];

/** Spelled-out decades → TIMEX3 decade value ("the nineties" → 199; the twentieth century is meant). */
export const DECADE_WORDS: Readonly<Record<string, string>> = {
  twenties: '192', thirties: '193', forties: '194', fifties: '195', sixties: '196', seventies: '197', eighties: '198', nineties: '199',
};

/** Spelled-out ordinals of centuries → number ("the nineteenth century" → 19). */
export const CENTURY_ORDINAL: Readonly<Record<string, number>> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21,
};

/**
 * Time words that are written in lower case in running text. Capitalised inside a sentence they
 * belong to a title or a name ("ABC's This Week", "CBS's 60 Minutes", "VOA Today", "High Noon"),
 * which TimeML does not tag. "Day" is left out: holidays capitalise it ("Election Day"). Checked on
 * TimeBank/AQUAINT: the six such matches are all untagged.
 */
export const LOWERCASE_TIME_WORDS: ReadonlySet<string> = new Set([
  'today', 'tonight', 'tomorrow', 'yesterday', 'now', 'noon', 'midnight', 'morning', 'afternoon', 'evening', 'night',
  'second', 'seconds', 'minute', 'minutes', 'hour', 'hours', 'week', 'weeks', 'weekend', 'month', 'months',
  'year', 'years', 'decade', 'decades', 'century', 'ago', 'later', 'earlier',
]);
