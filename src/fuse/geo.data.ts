import countries from 'world-countries';

/**
 * Country names, official names, Latin-script alternative spellings and capitals (world-countries,
 * ODbL), each mapped to the ISO 3166-1 alpha-3 code, lower-cased. Used to compare places at
 * different granularity: "Pyongyang", "North Korea" and "the DPRK" are one country.
 */
export const COUNTRY_BY_NAME: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  const add = (name: string, code: string) => {
    const k = name.toLowerCase().trim();
    // Two-letter codes ("KP") and non-Latin spellings are not names used in English news text.
    if (k.length > 2 && /^[\p{Script=Latin}\s.'’-]+$/u.test(k) && !m.has(k)) m.set(k, code);
  };
  for (const c of countries) {
    add(c.name.common, c.cca3);
    add(c.name.official, c.cca3);
    for (const a of c.altSpellings) add(a, c.cca3);
  }
  // Capitals after names, so a capital never overrides a country of the same name.
  for (const c of countries) for (const cap of c.capital ?? []) add(cap, c.cca3);
  return m;
})();

/** English demonyms ("North Korean", "Russian") to the country code, lower-cased. */
export const COUNTRY_BY_DEMONYM: ReadonlyMap<string, string> = (() => {
  const m = new Map<string, string>();
  for (const c of countries) {
    const eng = c.demonyms?.eng;
    for (const d of eng ? [eng.m, eng.f] : []) if (d && !m.has(d.toLowerCase())) m.set(d.toLowerCase(), c.cca3);
  }
  return m;
})();
