import chardet from 'chardet';
import iconv from 'iconv-lite';
import type { DossierError } from '../core/errors.ts';
import { binary, fail } from './errors.ts';
import {
  BINARY_SIGNATURES,
  BINARY_SNIFF_BYTES,
  BOMS,
  CHARDET_MIN_CONFIDENCE,
  CHARSET_LABELS,
  CONTROL_RATIO_BINARY,
  DAMAGED_UTF8_VALID_SHARE,
  META_PRESCAN_BYTES,
  UTF16_NUL_OTHER_FRACTION,
  UTF8_OVERRIDES_DECLARED_MIN,
  DETECTION_OVERRIDE_CONFIDENCE,
  DETECTION_OVERRIDE_MARGIN,
  MAX_ODD_CHAR_SHARE,
  FREQUENT_CYRILLIC,
  UTF16_NUL_PARITY_MIN,
} from './decode.data.ts';
import { isMojibake } from './mojibake.ts';
import { implausibleSingleByte } from './plausibility.ts';

/**
 * Bytes → text. Order (WHATWG-style, with a mojibake guard at every step):
 * BOM → UTF-16 without BOM (NUL parity) → binary check → valid UTF-8 with several non-ASCII
 * characters → declared charsets (HTTP header, then `<meta charset>` / XML declaration) → strict
 * UTF-8 → chardet's candidates, checked. A declared charset whose decoding shows mojibake, does not
 * read like text, or that chardet confidently contradicts (CJK), is passed over for the next candidate.
 */
export type DecodeBasis = 'bom' | 'utf16-pattern' | 'header' | 'meta' | 'utf-8' | 'repaired' | 'detected';

export interface Decoded {
  readonly text: string;
  /** Canonical name, e.g. `utf-8`, `windows-1251`. */
  readonly encoding: string;
  readonly basis: DecodeBasis;
}

export interface DecodeHints {
  /** The charset parameter of the HTTP Content-Type header. */
  readonly headerCharset?: string | null;
}

/** Decodes bytes or throws a DossierError (E_BINARY, E_ENCODING) naming `subject`. */
export function decodeBytes(bytes: Uint8Array, subject: string, hints: DecodeHints = {}): Decoded {
  const bom = BOMS.find((b) => b.bytes.every((x, i) => bytes[i] === x));
  if (bom) {
    const text = strictDecode(bytes.subarray(bom.bytes.length), bom.encoding);
    if (text === null) throw encodingError(subject, `starts with a ${bom.encoding} byte-order mark but is not valid ${bom.encoding}`);
    return { text, encoding: bom.encoding, basis: 'bom' };
  }
  const utf16 = utf16ByNulParity(bytes);
  if (utf16) {
    const text = strictDecode(bytes, utf16);
    if (text !== null && !isMojibake(text) && plausibleText(text)) return { text, encoding: utf16, basis: 'utf16-pattern' };
  }
  const binaryWhat = binaryKind(bytes);
  if (binaryWhat) throw binary(subject, binaryWhat);

  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== null && nonAsciiCount(utf8) >= UTF8_OVERRIDES_DECLARED_MIN && !isMojibake(utf8)) {
    return { text: utf8, encoding: 'utf-8', basis: 'utf-8' };
  }
  const declared: { label: string | null; basis: DecodeBasis }[] = [
    { label: canonicalCharset(hints.headerCharset), basis: 'header' },
    { label: prescanCharset(bytes), basis: 'meta' },
  ];
  for (const { label, basis } of declared) {
    if (!label || contradictedByDetection(bytes, label)) continue;
    const text = decodeChecked(bytes, label);
    if (text !== null) return { text, encoding: effectiveLegacy(bytes, label), basis };
  }

  if (utf8 !== null) {
    if (!isMojibake(utf8)) return { text: utf8, encoding: 'utf-8', basis: 'utf-8' };
    const repaired = repairDoubleEncoding(utf8);
    if (repaired) return repaired;
    throw encodingError(subject, 'is valid UTF-8 but full of mojibake ("Ã©", "â€™"): it was mis-converted before it was saved');
  }
  if (looksLikeDamagedUtf8(bytes)) {
    throw encodingError(subject, 'is mostly UTF-8 but has invalid byte sequences (a damaged or truncated UTF-8 file)');
  }
  for (const label of detectCandidates(bytes)) {
    const text = decodeChecked(bytes, label);
    if (text !== null) return { text, encoding: effectiveLegacy(bytes, label), basis: 'detected' };
  }
  throw encodingError(subject, 'is not valid UTF-8 and matches no supported encoding');
}

/**
 * The mojibake guard for text that arrives already decoded (JSON/JSONL record bodies, feed item
 * content): returns it as is, repaired once if it was double-encoded, or throws E_ENCODING.
 */
export function guardText(text: string, subject: string, encoding: string): { readonly text: string; readonly encoding: string } {
  if (!isMojibake(text)) return { text, encoding };
  const repaired = repairDoubleEncoding(text);
  if (repaired) return { text: repaired.text, encoding: `${encoding}, ${repaired.encoding.replace(/^utf-8 \(|\)$/g, '')}` };
  throw encodingError(subject, 'holds mojibake ("Ã©", "â€™"): the text was mis-decoded before it was saved');
}

function encodingError(subject: string, message: string): DossierError {
  return fail(
    'E_ENCODING',
    subject,
    message,
    'Re-save it as UTF-8 (e.g. `iconv -f CHARSET -t UTF-8`), or serve it with a correct charset in the Content-Type header.',
  );
}

function nonAsciiCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) n++;
  return n;
}

const CJK = new Set(['euc-kr', 'shift_jis', 'euc-jp', 'gb18030', 'big5']);

/** A declared CJK charset that chardet confidently says is another CJK charset (see decode.data.ts). */
function contradictedByDetection(bytes: Uint8Array, label: string): boolean {
  if (!CJK.has(label)) return false;
  const guesses = chardet.analyse(bytes);
  const top = guesses[0];
  const topLabel = top ? canonicalCharset(top.name) : null;
  if (!top || !topLabel || topLabel === label || !CJK.has(topLabel) || top.confidence < DETECTION_OVERRIDE_CONFIDENCE) return false;
  const mine = guesses.find((g) => canonicalCharset(g.name) === label)?.confidence ?? 0;
  return top.confidence - mine >= DETECTION_OVERRIDE_MARGIN;
}

/** A label → canonical encoding name, or null when unknown to us and to iconv-lite. */
export function canonicalCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const key = label.trim().replace(/^["']|["']$/g, '').toLowerCase();
  if (!key) return null;
  const known = CHARSET_LABELS[key];
  if (known) return known;
  return iconv.encodingExists(key) ? key : null;
}

/** `<meta charset>`, `<meta http-equiv content="…; charset=…">` or `<?xml … encoding="…"?>` in the first bytes. */
export function prescanCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, META_PRESCAN_BYTES)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i.exec(head);
  const label = canonicalCharset(xml?.[1] ?? meta?.[1]);
  // A charset declared inside ASCII-compatible bytes cannot truthfully be UTF-16 (WHATWG: use UTF-8).
  return label === 'utf-16le' || label === 'utf-16be' ? 'utf-8' : label;
}

/** Strict decoding: null when the bytes are not valid in `encoding`. */
function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  if (encoding === 'utf-8' || encoding === 'utf-16le' || encoding === 'utf-16be') {
    try {
      return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      return null;
    }
  }
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), effectiveLegacy(bytes, encoding), { stripBOM: false });
  return text.includes('\uFFFD') ? null : text;
}

/** ISO-8859-1 / US-ASCII text with bytes 0x80–0x9F is windows-1252 (as in every browser). */
function effectiveLegacy(bytes: Uint8Array, encoding: string): string {
  return encoding === 'iso-8859-1' && bytes.some((b) => b >= 0x80 && b <= 0x9f) ? 'windows-1252' : encoding;
}


/** Decodes and applies the guards: null when invalid, mojibake, or implausible for a single-byte charset. */
function decodeChecked(bytes: Uint8Array, encoding: string): string | null {
  const text = strictDecode(bytes, encoding);
  if (text === null || isMojibake(text)) return null;
  if (isSingleByte(encoding) && implausibleSingleByte(text) !== null) return null;
  return text;
}

const MULTI_BYTE = new Set(['utf-8', 'utf-16le', 'utf-16be', 'euc-kr', 'shift_jis', 'euc-jp', 'iso-2022-jp', 'gb18030', 'big5']);
function isSingleByte(encoding: string): boolean {
  return !MULTI_BYTE.has(encoding);
}


/** Few control, private-use or unassigned characters (other than TAB, LF, FF, CR). */
function plausibleText(text: string): boolean {
  const odd = text.match(/[^\P{C}\t\n\f\r\u00AD\u200B-\u200F\u2028-\u202E\u2060-\u2064\uFEFF]/gu)?.length ?? 0;
  return odd <= text.length * MAX_ODD_CHAR_SHARE;
}

/** UTF-16 without BOM: NUL bytes at one parity (the high byte of Latin/ASCII characters), none at the other. */
function utf16ByNulParity(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
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

/** What kind of binary the bytes are, or null when they may be text. */
export function binaryKind(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 32)).toString('latin1');
  const signature = BINARY_SIGNATURES.find((s) => head.startsWith(s.prefix));
  if (signature) return signature.what;
  const n = Math.min(bytes.length, BINARY_SNIFF_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return 'it contains NUL bytes';
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d && b !== 0x1b) controls++;
  }
  return n > 0 && controls / n > CONTROL_RATIO_BINARY ? 'too many control bytes' : null;
}

/** Most non-ASCII sequences are valid UTF-8, yet the whole is not: damaged UTF-8. */
function looksLikeDamagedUtf8(bytes: Uint8Array): boolean {
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

/** UTF-8 that was decoded as windows-1252 (or -1251) and saved again as UTF-8: undo it once. */
function repairDoubleEncoding(text: string): Decoded | null {
  for (const via of ['windows-1252', 'windows-1251']) {
    const bytes = iconv.encode(text, via);
    if (iconv.decode(bytes, via) !== text) continue;
    const fixed = strictDecode(bytes, 'utf-8');
    if (fixed !== null && !isMojibake(fixed)) {
      return { text: fixed, encoding: `utf-8 (double-encoded via ${via}, repaired)`, basis: 'repaired' };
    }
  }
  return null;
}

const CYRILLIC = new Set(['windows-1251', 'koi8-r', 'koi8-u', 'ibm866', 'iso-8859-5']);

/** chardet's guesses, filtered to legacy encodings we can decode; Cyrillic ones ranked by letter frequency. */
function detectCandidates(bytes: Uint8Array): string[] {
  const guesses = chardet.analyse(bytes);
  const labels: string[] = [];
  for (const g of guesses) {
    if (g.confidence < CHARDET_MIN_CONFIDENCE) continue;
    const label = canonicalCharset(g.name);
    if (!label || label.startsWith('utf-') || labels.includes(label)) continue;
    labels.push(label);
  }
  const top = labels[0];
  if (top && CYRILLIC.has(top)) {
    const ranked = [...CYRILLIC].map((enc) => ({ enc, score: frequentCyrillicShare(bytes, enc) })).sort((a, b) => b.score - a.score);
    return [...ranked.map((r) => r.enc), ...labels.filter((l) => !CYRILLIC.has(l))];
  }
  return labels;
}

/**
 * Share of Cyrillic letters that are among the most frequent lower-case ones. Reading a Cyrillic
 * text in the wrong Cyrillic charset scatters the letters and swaps case, so the right one scores highest.
 */
function frequentCyrillicShare(bytes: Uint8Array, encoding: string): number {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding);
  let frequent = 0;
  let all = 0;
  for (const ch of text) {
    const c = ch.charCodeAt(0);
    if (c < 0x400 || c > 0x4ff) continue;
    all++;
    if (FREQUENT_CYRILLIC.includes(ch)) frequent++;
  }
  return all === 0 ? 0 : frequent / all;
}
