import { BANDS, MIN_REUSED_PARAGRAPH_WORDS, NEAR_DUPLICATE_THRESHOLD, ROWS_PER_BAND, SHINGLE_WORDS, SIGNATURE_SIZE } from './minhash.data.ts';

/**
 * Near-duplicate detection: MinHash signatures over word shingles, LSH band keys to find candidates
 * through an index (never all pairs), and paragraph-level reuse.
 */

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** FNV-1a over a string, 32-bit. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The murmur3 finaliser: a good 32-bit mixer. */
function mix(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fixed seeds (a deterministic LCG), one per hash function. */
const SEEDS: readonly number[] = (() => {
  const out: number[] = [];
  let x = 0x2545f491;
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out.push(x);
  }
  return out;
})();

export function shingles(text: string): Set<number> {
  const w = words(text);
  const out = new Set<number>();
  if (w.length === 0) return out;
  const n = Math.min(SHINGLE_WORDS, w.length);
  for (let i = 0; i + n <= w.length; i++) out.add(fnv1a(w.slice(i, i + n).join(' ')));
  return out;
}

/** A MinHash signature of `SIGNATURE_SIZE` unsigned 32-bit values. Empty text gives all 0xffffffff. */
export function signature(text: string): number[] {
  const sig = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff);
  for (const s of shingles(text)) {
    for (let i = 0; i < SIGNATURE_SIZE; i++) {
      const h = mix(s ^ SEEDS[i]);
      if (h < sig[i]) sig[i] = h;
    }
  }
  return sig;
}

/** LSH band keys: two signatures sharing a key are near-duplicate candidates. */
export function bandKeys(sig: readonly number[]): string[] {
  const keys: string[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < ROWS_PER_BAND; r++) h = mix(h ^ (sig[b * ROWS_PER_BAND + r] ?? 0));
    keys.push(`mh${b}:${h.toString(16)}`);
  }
  return keys;
}

/** Estimated Jaccard similarity: the share of signature positions that agree. Empty texts are never similar. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  let empty = 0;
  for (let i = 0; i < n; i++) {
    if (a[i] === b[i]) {
      same++;
      if (a[i] === 0xffffffff) empty++;
    }
  }
  return empty === n ? 0 : same / n;
}

export function isNearDuplicate(a: readonly number[], b: readonly number[]): boolean {
  return similarity(a, b) >= NEAR_DUPLICATE_THRESHOLD;
}

/** Exact Jaccard over word shingles, for short texts (evidence sentences) where signatures are overkill. */
export function shingleJaccard(a: string, b: string): number {
  const sa = shingles(a);
  const sb = shingles(b);
  if (sa.size === 0 || sb.size === 0) return 0;
  let inter = 0;
  for (const x of sa) if (sb.has(x)) inter++;
  return inter / (sa.size + sb.size - inter);
}

/** One paragraph's reuse key: the hash of its normalised words. */
export interface ParagraphKey {
  readonly start: number;
  readonly end: number;
  readonly key: string;
}

/** Keys for paragraphs long enough to matter; equal keys in two articles mean a reused paragraph. */
export function paragraphKeys(text: string): ParagraphKey[] {
  const out: ParagraphKey[] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const w = words(m[0]);
    if (w.length < MIN_REUSED_PARAGRAPH_WORDS) continue;
    out.push({ start: m.index, end: m.index + m[0].length, key: `para:${fnv1a(w.join(' ')).toString(16)}:${w.length}` });
  }
  return out;
}

/** Paragraph pairs reused verbatim (up to case and punctuation) between two texts. */
export function reusedParagraphs(a: string, b: string): { a: ParagraphKey; b: ParagraphKey }[] {
  const byKey = new Map<string, ParagraphKey>();
  for (const p of paragraphKeys(b)) if (!byKey.has(p.key)) byKey.set(p.key, p);
  const out: { a: ParagraphKey; b: ParagraphKey }[] = [];
  for (const p of paragraphKeys(a)) {
    const q = byKey.get(p.key);
    if (q) out.push({ a: p, b: q });
  }
  return out;
}
