import stopwordsIso from 'stopwords-iso' with { type: 'json' };
import { CYRILLIC_CANDIDATES, LATIN_CANDIDATES, MIN_HITS, MIN_SHARE, SCRIPT_LANGUAGES } from './language.data.ts';

/**
 * Language of a text: first by script (Hangul → ko, Kana → ja, …), then, for Latin and Cyrillic
 * text, by which language's stop words cover most of the words. Returns null when it cannot tell.
 */
const LISTS = stopwordsIso as Record<string, string[]>;
const PROFILES = new Map<string, ReadonlySet<string>>();
for (const lang of [...LATIN_CANDIDATES, ...CYRILLIC_CANDIDATES]) {
  PROFILES.set(lang, new Set((LISTS[lang] ?? []).map((w) => w.toLowerCase())));
}

/** At most this many characters are examined; a few paragraphs decide. */
const SAMPLE_CHARS = 4000;

export function detectLanguage(text: string): { lang: string; share: number } | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const letters = (sample.match(/\p{L}/gu) ?? []).length;
  if (letters < 10) return null;
  for (const s of SCRIPT_LANGUAGES) {
    const n = (sample.match(s.re) ?? []).length;
    if (n / letters > 0.3) {
      // Japanese text mixes Han and Kana; Kana decides.
      return { lang: s.lang, share: n / letters };
    }
  }
  const cyr = (sample.match(/\p{Script=Cyrillic}/gu) ?? []).length;
  const lat = (sample.match(/\p{Script=Latin}/gu) ?? []).length;
  const candidates = cyr > lat ? CYRILLIC_CANDIDATES : lat > 0 ? LATIN_CANDIDATES : [];
  if (candidates.length === 0) return null;
  const words = sample.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  let best: { lang: string; hits: number } | null = null;
  for (const lang of candidates) {
    const set = PROFILES.get(lang);
    if (!set) continue;
    let hits = 0;
    for (const w of words) if (set.has(w)) hits++;
    if (!best || hits > best.hits) best = { lang, hits };
  }
  if (!best || best.hits < MIN_HITS || best.hits / words.length < MIN_SHARE) return null;
  return { lang: best.lang, share: best.hits / words.length };
}
