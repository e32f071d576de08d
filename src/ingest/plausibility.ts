import {
  FREQUENT_CYRILLIC,
  MAX_MIXED_SCRIPT_WORD_SHARE,
  MAX_NON_ASCII_LATIN_SHARE,
  MIN_FREQUENT_CYRILLIC_SHARE,
  PLAUSIBILITY_MIN_LETTERS,
  PLAUSIBILITY_SAMPLE_CHARS,
  SINGLE_BYTE_MIN_LETTER_SHARE,
} from './decode.data.ts';

/**
 * Why a single-byte decoding does not read like text in any language, or null when it does.
 * Thresholds and their calibration are in decode.data.ts.
 */
export function implausibleSingleByte(whole: string): string | null {
  const text = whole.length > PLAUSIBILITY_SAMPLE_CHARS ? whole.slice(0, PLAUSIBILITY_SAMPLE_CHARS) : whole;
  let nonAscii = 0;
  let nonAsciiLetters = 0;
  let cyrillic = 0;
  let frequent = 0;
  let latin = 0;
  let latinNonAscii = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c >= 0x80) {
      nonAscii++;
      if (/\p{L}/u.test(ch)) nonAsciiLetters++;
    }
    if (c >= 0x400 && c <= 0x4ff) {
      cyrillic++;
      if (FREQUENT_CYRILLIC.includes(ch)) frequent++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      latin++;
    } else if (c >= 0xc0 && /\p{Script=Latin}/u.test(ch)) {
      latin++;
      latinNonAscii++;
    }
  }
  if (nonAscii > 0 && nonAsciiLetters / nonAscii < SINGLE_BYTE_MIN_LETTER_SHARE) return 'too few letters among the non-ASCII characters';
  if (cyrillic >= PLAUSIBILITY_MIN_LETTERS && frequent / cyrillic < MIN_FREQUENT_CYRILLIC_SHARE) return 'Cyrillic letters in implausible proportions';
  if (latin >= PLAUSIBILITY_MIN_LETTERS && latinNonAscii / latin > MAX_NON_ASCII_LATIN_SHARE) return 'too many accented Latin letters';
  if (cyrillic > 0) {
    const words = text.match(/[\p{L}]+/gu) ?? [];
    let withCyrillic = 0;
    let mixed = 0;
    for (const w of words) {
      if (!/[\u0400-\u04FF]/.test(w)) continue;
      withCyrillic++;
      if (/[A-Za-z\u00C0-\u024F]/.test(w)) mixed++;
    }
    if (mixed >= 2 && mixed / withCyrillic > MAX_MIXED_SCRIPT_WORD_SHARE) return 'words mixing Latin and Cyrillic letters';
  }
  return null;
}
