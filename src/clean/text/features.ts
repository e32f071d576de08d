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

/** Zero-width space, non-joiner, joiner and BOM: dropped from text. */
function isZeroWidth(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0xfeff;
}

/** JavaScript's `\s` (Unicode white space and line terminators). */
function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * Collapse runs of whitespace (including NBSP) to one space, drop zero-width characters, trim.
 * One pass; the text is returned as is when nothing changes, else rebuilt from its unchanged
 * stretches (a regex replace costs one match per space run, slow on whole articles).
 */
export function normaliseSpace(text: string): string {
  const n = text.length;
  let out = '';
  let start = -1; // start of the current unchanged stretch
  let pendingSpace = false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 0xa0) {
      if (start < 0) {
        if (pendingSpace) {
          out += ' ';
          pendingSpace = false;
        }
        start = i;
      }
      continue;
    }
    if (isZeroWidth(c)) {
      if (start >= 0) out += text.slice(start, i);
      start = -1;
    } else if (isSpaceCode(c)) {
      // A single ' ' inside a stretch, before a visible character, stays in the stretch.
      if (c === 32 && start >= 0 && i + 1 < n) {
        const d = text.charCodeAt(i + 1);
        if (!isSpaceCode(d) && !isZeroWidth(d)) continue;
      }
      if (start >= 0) out += text.slice(start, i);
      start = -1;
      if (out !== '') pendingSpace = true;
    } else if (start < 0) {
      if (pendingSpace) {
        out += ' ';
        pendingSpace = false;
      }
      start = i;
    }
  }
  if (start === 0) return text;
  if (start > 0) out += text.slice(start);
  return out;
}
