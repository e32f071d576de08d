import chardet from 'chardet';
import iconv from 'iconv-lite';
import { canonicalCharset } from './charset.ts';
import { CHARDET_MIN_CONFIDENCE, DETECT_SAMPLE_BYTES, DETECTION_OVERRIDE_CONFIDENCE, DETECTION_OVERRIDE_MARGIN, FREQUENT_CYRILLIC } from './decode.data.ts';

function sample(bytes: Uint8Array): Uint8Array {
  return bytes.length > DETECT_SAMPLE_BYTES ? bytes.subarray(0, DETECT_SAMPLE_BYTES) : bytes;
}

/** Statistical detection (chardet, plus our own Cyrillic ranking) for bytes that declare nothing reliable. */

const CJK = new Set(['euc-kr', 'shift_jis', 'euc-jp', 'gb18030', 'big5']);

/** A declared CJK charset that chardet confidently says is another CJK charset (see decode.data.ts). */
export function contradictedByDetection(bytes: Uint8Array, label: string): boolean {
  if (!CJK.has(label)) return false;
  const guesses = chardet.analyse(sample(bytes));
  const top = guesses[0];
  const topLabel = top ? canonicalCharset(top.name) : null;
  if (!top || !topLabel || topLabel === label || !CJK.has(topLabel) || top.confidence < DETECTION_OVERRIDE_CONFIDENCE) return false;
  const mine = guesses.find((g) => canonicalCharset(g.name) === label)?.confidence ?? 0;
  return top.confidence - mine >= DETECTION_OVERRIDE_MARGIN;
}

const CYRILLIC = new Set(['windows-1251', 'koi8-r', 'koi8-u', 'ibm866', 'iso-8859-5']);

/** chardet's guesses, filtered to legacy encodings we can decode; Cyrillic ones ranked by letter frequency. */
export function detectCandidates(bytes: Uint8Array): string[] {
  const guesses = chardet.analyse(sample(bytes));
  const labels: string[] = [];
  for (const g of guesses) {
    if (g.confidence < CHARDET_MIN_CONFIDENCE) continue;
    const label = canonicalCharset(g.name);
    if (!label || label.startsWith('utf-') || labels.includes(label)) continue;
    labels.push(label);
  }
  const top = labels[0];
  if (top && CYRILLIC.has(top)) {
    const ranked = [...CYRILLIC].map((enc) => ({ enc, score: frequentCyrillicShare(sample(bytes), enc) })).sort((a, b) => b.score - a.score);
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
