import stopwordsIso from 'stopwords-iso' with { type: 'json' };
import { CYRILLIC, CYRILLIC_CANDIDATES, LATIN_CANDIDATES, MIN_HITS, MIN_SHARE, SCRIPT_LANGUAGES, SCRIPT_SHARE } from './language.data.ts';

/**
 * Language of a text: first by script (Hangul → ko, Kana → ja, …), then, for Latin and Cyrillic
 * text, by which language's stop words cover most of the words. Returns null when it cannot tell.
 */
const LISTS = stopwordsIso as Record<string, string[]>;
const PROFILED: readonly string[] = [...LATIN_CANDIDATES, ...CYRILLIC_CANDIDATES];
/** Each stop word → bit i set when it is in PROFILED[i]'s list: one lookup per word counts every profile's hits. */
const STOP_WORD_LANGS = new Map<string, number>();
PROFILED.forEach((lang, i) => {
  for (const w of LISTS[lang] ?? []) {
    const k = w.toLowerCase();
    STOP_WORD_LANGS.set(k, (STOP_WORD_LANGS.get(k) ?? 0) | (1 << i));
  }
});

/** Script of each BMP code unit: index in SCRIPT_LANGUAGES + 1, or 0 (every range lies in the BMP; filled last to first so the first listed wins). */
const SCRIPT_OF = new Uint8Array(0x10000);
for (let i = SCRIPT_LANGUAGES.length - 1; i >= 0; i--) for (const [a, b] of SCRIPT_LANGUAGES[i].ranges) SCRIPT_OF.fill(i + 1, a, b + 1);

/** At most this many characters are examined; a few paragraphs decide. */
const SAMPLE_CHARS = 1500;
/** English news prose has 45–60% stopwords-iso hits, Spanish or French text under 20% of English ones; above this share English wins outright. */
const CLEAR_WIN = 0.4;

export function detectLanguage(text: string): { lang: string; share: number } | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  const counts = new Array<number>(SCRIPT_LANGUAGES.length).fill(0);
  let letters = 0;
  let cyr = 0;
  let lat = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
      lat++;
      letters++;
      continue;
    }
    if (c < 0x370 || (c >= 0x2000 && c < 0x3000)) continue; // symbols, punctuation, combining marks
    if (c >= CYRILLIC[0] && c <= CYRILLIC[1]) {
      cyr++;
      letters++;
      continue;
    }
    const s = SCRIPT_OF[c];
    if (s > 0) {
      counts[s - 1]++;
      letters++;
    }
  }
  if (letters < 10) return null;
  for (let s = 0; s < SCRIPT_LANGUAGES.length; s++) {
    if (counts[s] / letters > SCRIPT_SHARE) return { lang: SCRIPT_LANGUAGES[s].lang, share: counts[s] / letters };
  }
  const candidates = cyr > lat ? CYRILLIC_CANDIDATES : lat > 0 ? LATIN_CANDIDATES : [];
  if (candidates.length === 0) return null;
  const words = sampleWords(sample.toLowerCase());
  const hitsOf = new Array<number>(PROFILED.length).fill(0);
  for (const w of words) {
    let m = STOP_WORD_LANGS.get(w);
    if (m === undefined) continue;
    for (let i = 0; m !== 0; i++, m >>>= 1) if (m & 1) hitsOf[i]++;
  }
  let best = { lang: candidates[0], hits: hitsOf[PROFILED.indexOf(candidates[0])] };
  // The first candidate of each script is the common case; a clear win needs no other profile.
  if (best.hits / words.length < CLEAR_WIN) {
    for (const lang of candidates) {
      const hits = hitsOf[PROFILED.indexOf(lang)];
      if (hits > best.hits) best = { lang, hits };
    }
  }
  if (best.hits < MIN_HITS || best.hits / words.length < MIN_SHARE) return null;
  return { lang: best.lang, share: best.hits / words.length };
}

/** Runs of a–z, Latin-1/Extended letters, Cyrillic and apostrophes (one pass; a regex split costs one match per gap). */
function sampleWords(lower: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const inWord = (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f) || (c >= 0x400 && c <= 0x4ff) || c === 39;
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
  }
  return out;
}
