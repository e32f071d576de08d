/**
 * Abbreviations that end with a period but do not end a sentence. Lower-case, without the final
 * period. Calibrated on the seed articles and common news style ("Mr", "U.S.", "Gen.").
 */
export const NON_TERMINAL_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'gen', 'col', 'lt', 'sgt', 'capt', 'cmdr', 'adm',
  'gov', 'sen', 'rep', 'pres', 'rev', 'hon', 'messrs', 'mt', 'ft', 'no', 'vs', 'etc', 'inc', 'ltd', 'co',
  'corp', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'u.s',
  'u.n', 'u.k', 'e.g', 'i.e', 'a.m', 'p.m', 'approx', 'dept', 'est', 'fig', 'al',
]);
