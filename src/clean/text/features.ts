import stopwordsIso from 'stopwords-iso' with { type: 'json' };

/**
 * Shallow features of one line or block of text, used by both the text-mode line classifier and
 * the HTML block filter. No language model: word counts, punctuation, capitalisation, stop words.
 */
const EN_STOP: ReadonlySet<string> = new Set((stopwordsIso as Record<string, string[]>).en);

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’\-]*/gu;

export function words(text: string): string[] {
  return text.match(WORD_RE) ?? [];
}

/** Number of whitespace-separated tokens that contain a letter or digit (a fast `words(text).length`). */
export function wordCount(text: string): number {
  let n = 0;
  let inToken = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 10 || c === 9 || c === 13 || c === 160) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      counted = false;
    }
    if (!counted && ((c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0)) {
      n++;
      counted = true;
    }
  }
  return n;
}

/** Ends like a sentence: `.`, `!`, `?`, `…`, or those followed by closing quotes/brackets. */
export function endsLikeSentence(text: string): boolean {
  return /[.!?…:]["'”’»)\]]*$/.test(text) || /["”»]$/.test(text);
}

export function endsWithPeriod(text: string): boolean {
  return /[.…]["'”’»)\]]*$/.test(text);
}

/** Share of words that are English stop words (0 when there are no words). */
export function stopWordRatio(ws: readonly string[]): number {
  if (ws.length === 0) return 0;
  let n = 0;
  for (const w of ws) if (EN_STOP.has(w.toLowerCase())) n++;
  return n / ws.length;
}

/** Share of words that start with an upper-case letter (or are all-caps). */
export function capitalisedRatio(ws: readonly string[]): number {
  if (ws.length === 0) return 0;
  let n = 0;
  for (const w of ws) if (/^\p{Lu}/u.test(w)) n++;
  return n / ws.length;
}

/** Letters are all upper case ("NEEDED FOOD"). */
export function isAllCaps(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** Lower-cased letters and digits only: "The Sun Online" → "thesunonline". */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Collapse runs of whitespace (including NBSP and zero-width characters) to one space; trim. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/[\s\u00a0]+/g, ' ').trim();
}
