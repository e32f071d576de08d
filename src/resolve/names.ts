import type { EntityType } from '../core/ontology.ts';
import { isShouted, nameTokens } from '../annotate/entities/names.ts';

/**
 * Which of two names of one entity is the canonical one: for people the fuller name (more
 * tokens), never one written in capitals; otherwise the longer. Ties keep the current name, and
 * equal-length spelling variants are ordered so the choice does not depend on article order.
 */
export function betterName(type: EntityType, current: string, candidate: string): string {
  const score = (n: string) => (type === 'PERSON' ? nameTokens(n).length * 10 : n.length) - (isShouted(n) ? 100 : 0);
  const a = score(current);
  const b = score(candidate);
  if (b !== a) return b > a ? candidate : current;
  // Same strength: prefer the spaced spelling ("Kim Jong Un" over "Kim Jong-un"), then the first in code-point order.
  const spaces = (n: string) => (n.match(/ /g) ?? []).length;
  if (spaces(candidate) !== spaces(current)) return spaces(candidate) > spaces(current) ? candidate : current;
  return candidate < current ? candidate : current;
}
