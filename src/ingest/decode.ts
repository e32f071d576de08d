import iconv from 'iconv-lite';
import type { DossierError } from '../core/errors.ts';
import { binaryKind, CONTROL_BYTES, looksLikeDamagedUtf8, looksLikeIso2022Jp, NUL_BYTES, plausibleText, utf16ByNulParity, utf16ByScript } from './byte-signals.ts';
import { canonicalCharset, prescanCharset } from './charset.ts';
import { BOMS, UTF16_LAST_RESORT_CHARS_PER_PUNCT, UTF8_OVERRIDES_DECLARED_MIN } from './decode.data.ts';
import { contradictedByDetection, detectCandidates } from './detect.ts';
import { binary, fail } from './errors.ts';
import { isMojibake } from './mojibake.ts';
import { implausibleSingleByte } from './plausibility.ts';

export { canonicalCharset, prescanCharset } from './charset.ts';
export { binaryKind } from './byte-signals.ts';

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
    if (text === null) throw encodingError(subject, `starts with a ${bom.encoding} byte-order mark but is not valid ${bom.encoding}`, DAMAGED_FIX);
    return { text, encoding: bom.encoding, basis: 'bom' };
  }
  const utf16 = utf16ByNulParity(bytes);
  if (utf16) {
    const text = strictDecode(bytes, utf16);
    if (text !== null && !isMojibake(text) && plausibleText(text)) return { text, encoding: utf16, basis: 'utf16-pattern' };
  }
  const binaryWhat = binaryKind(bytes);
  if (binaryWhat) {
    const cjk16 = binaryWhat === NUL_BYTES || binaryWhat === CONTROL_BYTES ? utf16ByScriptChecked(bytes) : null;
    if (cjk16) return cjk16;
    throw binary(subject, binaryWhat);
  }

  if (looksLikeIso2022Jp(bytes)) {
    const text = strictDecode(bytes, 'iso-2022-jp');
    if (text !== null && !isMojibake(text)) return { text, encoding: 'iso-2022-jp', basis: 'detected' };
  }
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
    throw encodingError(subject, 'is valid UTF-8 but full of mojibake ("Ã©", "â€™"): it was mis-converted before it was saved', MOJIBAKE_FIX);
  }
  if (looksLikeDamagedUtf8(bytes)) {
    throw encodingError(subject, 'is mostly UTF-8 but has invalid byte sequences (a damaged or truncated UTF-8 file)', DAMAGED_FIX);
  }
  for (const label of detectCandidates(bytes)) {
    const text = decodeChecked(bytes, label);
    if (text !== null) return { text, encoding: effectiveLegacy(bytes, label), basis: 'detected' };
  }
  // Last resort, once no legacy charset fits: BOM-less UTF-16 with neither NUL nor control bytes.
  const lastResort = utf16ByScriptChecked(bytes);
  if (lastResort && looksLikeProse(lastResort.text)) return lastResort;
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
  throw encodingError(subject, 'holds mojibake ("Ã©", "â€™"): the text was mis-decoded before it was saved', MOJIBAKE_FIX);
}

/** BOM-less UTF-16 told by the scripts it decodes to (see `utf16ByScript`), with the guards. */
function utf16ByScriptChecked(bytes: Uint8Array): Decoded | null {
  const found = utf16ByScript(bytes);
  return found && !isMojibake(found.text) && plausibleText(found.text) ? { ...found, basis: 'utf16-pattern' } : null;
}

function looksLikeProse(text: string): boolean {
  const marks = text.match(/[\s\p{P}]/gu)?.length ?? 0;
  return marks >= 1 && marks * UTF16_LAST_RESORT_CHARS_PER_PUNCT >= text.length;
}

const RESAVE_FIX = 'Re-save it as UTF-8 (e.g. `iconv -f CHARSET -t UTF-8`), or serve it with a correct charset in the Content-Type header.';
const DAMAGED_FIX = 'Get the file again from its source (it was cut or corrupted), or re-save it as UTF-8.';
const MOJIBAKE_FIX = 'Export or fetch it again from its source; it was decoded with the wrong charset once already (ftfy can repair such text).';

function encodingError(subject: string, message: string, fix: string = RESAVE_FIX): DossierError {
  return fail('E_ENCODING', subject, message, fix);
}

function nonAsciiCount(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) n++;
  return n;
}

/** Strict decoding: null when the bytes are not valid in `encoding`. */
/** Decoded with the platform's TextDecoder (ICU); the rest with iconv-lite. */
const TEXT_DECODER = new Set(['utf-8', 'utf-16le', 'utf-16be', 'iso-2022-jp']);

function strictDecode(bytes: Uint8Array, encoding: string): string | null {
  if (TEXT_DECODER.has(encoding)) {
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

