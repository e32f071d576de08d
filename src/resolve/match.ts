import type { EntityRecord } from '../core/corpus.ts';
import type { LocalEntity } from '../core/layers.ts';
import { nameTokens } from '../annotate/entities/names.ts';
import { acronymKey } from '../annotate/entities/names.ts';
import { canonicalKey, familyOf, flat } from './keys.ts';

/**
 * Whether a local entity and a corpus record are the same real-world entity, and how strongly.
 * 0 = no. Scores rank candidates: exact canonical key 3, spelling variant / name containment 2,
 * acronym 1 (calibrated on the seeds: an exact key must beat a containment).
 */
export function matchScore(e: LocalEntity, r: EntityRecord): number {
  if (familyOf(e.type) !== familyOf(r.type)) return 0;
  const names = [e.name, ...e.aliases];
  const recNames = [r.name, ...r.aliases];
  const canon = new Set(recNames.map((n) => canonicalKey(r.type, n)));
  if (names.some((n) => canon.has(canonicalKey(e.type, n)))) return 3;
  switch (familyOf(e.type)) {
    case 'per': {
      const a = nameTokens(e.name);
      const b = nameTokens(r.name);
      if (a.join('') === b.join('')) return 2;
      return isSubsequence(a, b) || isSubsequence(b, a) ? 2 : 0;
    }
    case 'org': {
      const flats = new Set(recNames.map(flat));
      if (names.some((n) => flats.has(flat(n)))) return 2;
      const acr = new Set(recNames.map(acronymKey).filter((k) => k.length >= 3));
      return names.some((n) => acr.has(acronymKey(n))) ? 1 : 0;
    }
    case 'place':
    case 'norp':
    case 'fac':
    case 'event': {
      const flats = new Set(recNames.map(flat));
      return names.some((n) => flats.has(flat(n))) ? 2 : 0;
    }
  }
}

/** `inner` appears in `outer` in order (not necessarily adjacent): "Vladimir Putin" in "Vladimir Vladimirovich Putin". */
function isSubsequence(inner: readonly string[], outer: readonly string[]): boolean {
  if (!inner.length) return false;
  let k = 0;
  for (const t of outer) if (t === inner[k]) k++;
  return k === inner.length;
}
