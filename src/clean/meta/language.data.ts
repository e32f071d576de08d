/**
 * Scripts that name one language on their own, and the Latin/Cyrillic languages told apart by
 * stop-word profiles (from the stopwords-iso package). The candidate lists are the languages of
 * the news sources dossier is used with; adding one only needs its ISO 639-1 code here.
 */
/** Unicode ranges [from, to] of scripts that name one language on their own (Kana before Han: Japanese mixes both). */
export const SCRIPT_LANGUAGES: readonly { readonly ranges: readonly (readonly [number, number])[]; readonly lang: string }[] = [
  { ranges: [[0xac00, 0xd7af], [0x1100, 0x11ff], [0x3130, 0x318f]], lang: 'ko' },
  { ranges: [[0x3040, 0x30ff]], lang: 'ja' },
  { ranges: [[0x4e00, 0x9fff], [0x3400, 0x4dbf]], lang: 'zh' },
  { ranges: [[0x0600, 0x06ff], [0x0750, 0x077f]], lang: 'ar' },
  { ranges: [[0x0590, 0x05ff]], lang: 'he' },
  { ranges: [[0x0370, 0x03ff]], lang: 'el' },
  { ranges: [[0x0900, 0x097f]], lang: 'hi' },
  { ranges: [[0x0e00, 0x0e7f]], lang: 'th' },
  { ranges: [[0x10a0, 0x10ff]], lang: 'ka' },
  { ranges: [[0x0530, 0x058f]], lang: 'hy' },
];
export const CYRILLIC: readonly [number, number] = [0x0400, 0x04ff];
/** Share of letters in one script above which that script decides (mixed pages quote Latin names). */
export const SCRIPT_SHARE = 0.3;

export const LATIN_CANDIDATES: readonly string[] = ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'pl', 'tr', 'id', 'sv', 'ro', 'cs'];
export const CYRILLIC_CANDIDATES: readonly string[] = ['ru', 'uk', 'bg'];

/**
 * MIN_HITS: the fewest stop-word hits that decide; one-sentence samples of 15+ words in each
 * candidate language have at least 3, and 2 still wins reliably over the other profiles.
 */
export const MIN_HITS = 2;
/** The winning profile needs this share of the words; calibrated on one-paragraph samples of each language. */
export const MIN_SHARE = 0.08;
