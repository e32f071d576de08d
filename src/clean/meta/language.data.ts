/**
 * Scripts that name one language on their own, and the Latin/Cyrillic languages told apart by
 * stop-word profiles (from the stopwords-iso package). The candidate lists are the languages of
 * the news sources dossier is used with; adding one only needs its ISO 639-1 code here.
 */
export const SCRIPT_LANGUAGES: readonly { readonly re: RegExp; readonly lang: string }[] = [
  { re: /[\p{Script=Hangul}]/gu, lang: 'ko' },
  { re: /[\p{Script=Hiragana}\p{Script=Katakana}]/gu, lang: 'ja' },
  { re: /[\p{Script=Han}]/gu, lang: 'zh' },
  { re: /[\p{Script=Arabic}]/gu, lang: 'ar' },
  { re: /[\p{Script=Hebrew}]/gu, lang: 'he' },
  { re: /[\p{Script=Greek}]/gu, lang: 'el' },
  { re: /[\p{Script=Devanagari}]/gu, lang: 'hi' },
  { re: /[\p{Script=Thai}]/gu, lang: 'th' },
  { re: /[\p{Script=Georgian}]/gu, lang: 'ka' },
  { re: /[\p{Script=Armenian}]/gu, lang: 'hy' },
];

export const LATIN_CANDIDATES: readonly string[] = ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'pl', 'tr', 'id', 'sv', 'ro', 'cs'];
export const CYRILLIC_CANDIDATES: readonly string[] = ['ru', 'uk', 'bg'];

/**
 * MIN_HITS: the fewest stop-word hits that decide; one-sentence samples of 15+ words in each
 * candidate language have at least 3, and 2 still wins reliably over the other profiles.
 */
export const MIN_HITS = 2;
/** The winning profile needs this share of the words; calibrated on one-paragraph samples of each language. */
export const MIN_SHARE = 0.08;
