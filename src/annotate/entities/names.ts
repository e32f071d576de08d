import { foldCase } from './gazetteer.ts';
import { HONORIFICS } from './lexicon.data.ts';

/**
 * Name normalisation shared by in-document coreference and cross-article resolution.
 */

/**
 * Transliteration-tolerant fold of one name token: ASCII, lower case, `y` read as `i` and doubled
 * letters collapsed, so "Shoygu" = "Shoigu" and "Jong-un" splits into "jong", "un".
 */
export function foldToken(t: string): string {
  return foldCase(t)
    .replace(/[^a-z0-9]/g, '')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/**
 * "Kim II Sung" is "Kim Il Sung" typed with a capital I for the lower-case l (the two look alike in
 * many fonts, and scraped pages carry both). Only a whole token "II" with another capitalised name
 * word after it is read so; a final "II" is a regnal number ("Elizabeth II", "World War II").
 */
export function readIlForII(name: string): string {
  return name.replace(/([\s\-‐])II(?=[\s\-‐]+\p{Lu}\p{Ll})/gu, '$1Il');
}

/** A person's name as folded tokens, honorifics and possessives dropped ("Mr Jong-un's" → ["jong", "un"]). */
export function nameTokens(name: string): string[] {
  return readIlForII(name)
    .replace(/['’]s$/i, '')
    .split(/[\s\-‐]+/)
    .map((t) => t.replace(/\.$/, ''))
    .filter((t) => t && !HONORIFICS.has(foldCase(t)))
    .map(foldToken)
    .filter(Boolean);
}

/** Whether `inner` occurs as a contiguous run inside `outer`. */
export function containsRun(outer: readonly string[], inner: readonly string[]): boolean {
  if (inner.length === 0 || inner.length > outer.length) return false;
  outer: for (let i = 0; i + inner.length <= outer.length; i++) {
    for (let k = 0; k < inner.length; k++) if (outer[i + k] !== inner[k]) continue outer;
    return true;
  }
  return false;
}

const STOP = new Set(['of', 'the', 'and', 'for', 'on', 'in', '&']);

/**
 * Acronym key of an organisation name: initials of its content words, where a word in capitals
 * ("UN", "U.N.") contributes all its letters. "United Nations Security Council", "UN Security
 * Council" and "UNSC" all give "unsc".
 */
export function acronymKey(name: string): string {
  const words = name.replace(/['’]s\b/g, '').split(/[\s\-]+/).filter((w) => w && !STOP.has(w.toLowerCase()));
  let key = '';
  for (const w of words) {
    const letters = w.replace(/[^\p{L}]/gu, '');
    if (!letters) continue;
    key += /^\p{Lu}+$/u.test(letters) && letters.length <= 6 ? letters : letters[0];
  }
  return foldCase(key);
}

/** A person's name written partly in capitals ("VLADIMIR Putin"): a poor choice of display name. */
export function isShouted(form: string): boolean {
  return /\b\p{Lu}{3,}\b/u.test(form);
}
