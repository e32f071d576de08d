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

/**
 * The aliases worth listing beside `name`: every other name, less the ones that differ from the
 * name or from another alias only in letter case ("VLADIMIR Putin" beside "Vladimir Putin",
 * "PYONGYANG" beside "Pyongyang": a headline's or a lead's capitals, not another name). Of such
 * variants the one with the fewest capitals stays. An acronym ("NATO" beside "Nato") is kept:
 * matching reads it as one (match.ts `acronymKey`), and every other way of matching folds case.
 * Sorted.
 */
export function distinctAliases(name: string, names: Iterable<string>): string[] {
  const capitals = (n: string) => (n.match(/\p{Lu}/gu) ?? []).length;
  const byFold = new Map<string, string>();
  for (const n of [...new Set(names)].sort()) {
    const fold = ACRONYM.test(n) ? n : n.toLowerCase();
    const had = byFold.get(fold);
    if (!had || capitals(n) < capitals(had)) byFold.set(fold, n);
  }
  byFold.delete(name.toLowerCase());
  byFold.delete(name);
  return [...byFold.values()].sort();
}

/** A name written as an acronym: one token of two to six capitals. */
const ACRONYM = /^\p{Lu}{2,6}$/u;
