import {
  BINARY_SIGNATURES,
  BINARY_SNIFF_BYTES,
  CONTROL_RATIO_BINARY,
  DAMAGED_UTF8_VALID_SHARE,
  MAX_ODD_CHAR_SHARE,
  UTF16_NUL_OTHER_FRACTION,
  UTF16_NUL_PARITY_MIN,
  COMMON_UTF16_BLOCKS,
  UTF16_COMMON_SHARE_MIN,
} from './decode.data.ts';

/** What the raw bytes (or a decoding of them) say before any charset is chosen: binary, UTF-16, damaged UTF-8. */

/** The reasons `binaryKind` gives from byte statistics (not a file signature): UTF-16 may still be tried. */
export const NUL_BYTES = 'it contains NUL bytes';
export const CONTROL_BYTES = 'too many control bytes';

/** What kind of binary the bytes are, or null when they may be text. */
export function binaryKind(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 32)).toString('latin1');
  const signature = BINARY_SIGNATURES.find((s) => head.startsWith(s.prefix));
  if (signature) return signature.what;
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return NUL_BYTES;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return n > 0 && controls / n > CONTROL_RATIO_BINARY ? CONTROL_BYTES : null;
}

/** UTF-16 without BOM: NUL bytes at one parity (the high byte of Latin/ASCII characters), none at the other. */
export function utf16ByNulParity(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const half = n / 2;
  if (odd / half >= UTF16_NUL_PARITY_MIN && even <= odd * UTF16_NUL_OTHER_FRACTION) return 'utf-16le';
  if (even / half >= UTF16_NUL_PARITY_MIN && odd <= even * UTF16_NUL_OTHER_FRACTION) return 'utf-16be';
  return null;
}

/** Most non-ASCII sequences are valid UTF-8, yet the whole is not: damaged UTF-8. */
export function looksLikeDamagedUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = len > 0 && i + len <= bytes.length;
    for (let k = 1; ok && k < len; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return valid > 0 && valid / (valid + invalid) >= DAMAGED_UTF8_VALID_SHARE;
}

/** Few control, private-use or unassigned characters (other than TAB, LF, FF, CR). */
export function plausibleText(text: string): boolean {
  const odd = text.match(/[^\P{C}\t\n\f\r\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u2064\uFEFF]/gu)?.length ?? 0;
  return odd <= text.length * MAX_ODD_CHAR_SHARE;
}

/**
 * ISO-2022-JP (7-bit Japanese, still found in old pages and mail): only 7-bit bytes, with the
 * escape sequences that switch to JIS X 0208 (ESC $ B, ESC $ @). It is valid ASCII, so it must be
 * recognised before UTF-8 is tried.
 */
export function looksLikeIso2022Jp(bytes: Uint8Array): boolean {
  let escapes = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b >= 0x80) return false;
    if (b === 0x1b && bytes[i + 1] === 0x24 && (bytes[i + 2] === 0x42 || bytes[i + 2] === 0x40)) escapes++;
  }
  return escapes > 0;
}

/**
 * UTF-16 without BOM for text with little ASCII (Chinese, Japanese): bytes that look binary (NULs
 * or control bytes) but decode
 * strictly, in one byte order, to characters almost all in common blocks. Returns the decoding.
 */
export function utf16ByScript(bytes: Uint8Array): { readonly encoding: 'utf-16le' | 'utf-16be'; readonly text: string } | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let best: { encoding: 'utf-16le' | 'utf-16be'; text: string; score: number } | null = null;
  for (const encoding of ['utf-16le', 'utf-16be'] as const) {
    let text: string;
    try {
      text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      continue;
    }
    const score = commonShare(text);
    if (score >= UTF16_COMMON_SHARE_MIN && (!best || score > best.score)) best = { encoding, text, score };
  }
  return best && { encoding: best.encoding, text: best.text };
}

function commonShare(text: string): number {
  if (!text.length) return 0;
  let common = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (COMMON_UTF16_BLOCKS.some(([lo, hi]) => c >= lo && c <= hi)) common++;
  }
  return common / text.length;
}
