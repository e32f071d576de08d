/** FNV-1a (32-bit) string hashing for feature names. */
const FNV_OFFSET = 0x811c9dc5;

/** Continues an FNV-1a hash over `s`: `fnvStr(fnv1a(a), b) === fnv1a(a + b)`. */
export function fnvStr(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function fnv1a(s: string): number {
  return fnvStr(FNV_OFFSET, s);
}
