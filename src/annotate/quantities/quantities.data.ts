/**
 * Lexicons for counted quantities ("7,000 containers", "about 40 missiles", "20,000 to 50,000
 * workers", "the sixth launch in 12 days"). Years, dates and durations are not quantities: they
 * belong to the time layer.
 */

/** Cardinal number words → value. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
  ['hundred', 100], ['dozen', 12],
]);

/** Scale words after a number: "2.5 million", "five hundred". */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1_000], ['million', 1_000_000], ['billion', 1_000_000_000], ['trillion', 1_000_000_000_000],
]);

/** Vague plurals that count on their own: "thousands of Christians" (value = the lower bound). */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map([
  ['dozens', 24], ['scores', 40], ['hundreds', 200], ['thousands', 2_000], ['tens of thousands', 20_000], ['millions', 2_000_000],
]);

/** Ordinal words → value; an ordinal is a quantity only before an event noun ("the sixth launch"). */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9],
  ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fifteenth', 15], ['twentieth', 20],
]);

/** Nouns an ordinal counts ("the sixth launch", "his second visit"). */
export const ORDINAL_UNITS: ReadonlySet<string> = new Set([
  'launch', 'test', 'visit', 'summit', 'meeting', 'trip', 'round', 'wave', 'attack', 'strike', 'time',
]);

/** Words before a number that make it approximate or a bound. Longest first. */
export const APPROXIMATORS: readonly string[] = [
  'more than', 'less than', 'fewer than', 'up to', 'at least', 'at most', 'an estimated', 'as many as',
  'nearly', 'almost', 'about', 'around', 'roughly', 'approximately', 'some', 'over', 'estimated', 'around',
];

/** Time units: "24 years", "12 days" are durations (time layer), not counts. */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes',
  'second', 'seconds', 'decade', 'decades', 'century', 'centuries', 'times', 'am', 'pm', 'a.m', 'p.m',
]);

export const MONTHS: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Words that end the noun phrase after a number (prepositions, determiners, verbs, conjunctions). */
export const NP_STOP: ReadonlySet<string> = new Set([
  'of', 'in', 'into', 'on', 'at', 'to', 'from', 'for', 'with', 'by', 'as', 'than', 'and', 'or', 'but', 'the', 'a',
  'an', 'this', 'that', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'is', 'are', 'was', 'were', 'be',
  'been', 'have', 'has', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'who', 'which', 'where',
  'when', 'while', 'since', 'after', 'before', 'during', 'over', 'under', 'per', 'each', 'said', 'says', 'last',
  'next', 'ago', 'earlier', 'later', 'towards', 'toward', 'about', 'against', 'between', 'across', 'through',
]);

/** Descriptors that extend a quantity's span: "7,000 containers filled with munitions". */
export const COMPLEMENT_CUES: readonly string[] = ['filled with', 'loaded with', 'packed with', 'carrying', 'worth of', 'of'];

/** Unit words for a bare number. */
export const PERCENT_WORDS: ReadonlySet<string> = new Set(['percent', 'per cent', '%']);
export const CURRENCY_SYMBOLS: ReadonlyMap<string, string> = new Map([['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['₩', 'KRW']]);

/**
 * A four-digit number from YEAR_MIN to YEAR_MAX without a thousands comma is read as a year
 * unless a plural noun follows ("2000 troops"). Calibrated on the seeds: "in 2019", "1961, 2000,
 * and 2001", "Copyright 1999-2025" are all years.
 */
export const YEAR_MIN = 1000;
export const YEAR_MAX = 2100;

/** At most this many words between a number and its head noun ("two short-range ballistic missiles"). */
export const MAX_NP_WORDS = 4;

/** "hundreds of thousands": a scale, not a unit. */
export const SCALE_PLURALS: ReadonlySet<string> = new Set(['hundreds', 'thousands', 'millions', 'billions']);

/**
 * "the two leaders", "both countries": small counts of the event's own participants restate who
 * took part and are not reported figures. Counts up to PARTICIPANT_MAX of these nouns are dropped
 * (calibrated on the seeds, where every such phrase was "two leaders/countries/nations").
 */
export const PARTICIPANT_UNITS: ReadonlySet<string> = new Set([
  'leaders', 'countries', 'nations', 'sides', 'states', 'governments', 'presidents', 'parties', 'allies', 'neighbours', 'neighbors',
]);
export const PARTICIPANT_MAX = 3;
