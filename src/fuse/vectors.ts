/** Sparse term vectors (Map term → weight) and their cosine, shared by story clustering and timelines. */
export type Vector = Map<string, number>;

export function norm(v: ReadonlyMap<string, number>): number {
  let s = 0;
  for (const c of v.values()) s += c * c;
  return Math.sqrt(s);
}

export function cosine(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const na = norm(a);
  const nb = norm(b);
  if (na === 0 || nb === 0) return 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, c] of small) dot += c * (big.get(t) ?? 0);
  return dot / (na * nb);
}

export function addInto(target: Vector, v: ReadonlyMap<string, number>, scale = 1): void {
  for (const [t, c] of v) target.set(t, (target.get(t) ?? 0) + c * scale);
}
