import type { LocalEntity } from '../core/layers.ts';
import type { EntityType } from '../core/ontology.ts';
import { countryOf, foldCase } from '../annotate/entities/gazetteer.ts';
import { acronymKey, nameTokens, readIlForII } from '../annotate/entities/names.ts';

/**
 * Blocking keys: normalised strings under which an entity is stored and looked up, so that adding
 * an article fetches only the records it could merge with. Keys carry a family prefix, so a
 * person never meets a place.
 */

export type Family = 'per' | 'org' | 'place' | 'norp' | 'fac' | 'event';

export function familyOf(type: EntityType): Family {
  switch (type) {
    case 'PERSON': return 'per';
    case 'ORG': return 'org';
    case 'GPE':
    case 'LOC': return 'place';
    case 'NORP': return 'norp';
    case 'FAC': return 'fac';
    case 'EVENT': return 'event';
  }
}

/** Letters and digits only, folded: "Workers' Party" → "workersparty". */
export function flat(name: string): string {
  return foldCase(readIlForII(name)).replace(/^the\s+/, '').replace(/['’]s$/, '').replace(/[^\p{L}\p{N}]/gu, '');
}

/** The one key that names the entity's identity; the corpus id is derived from it. */
export function canonicalKey(type: EntityType, name: string): string {
  const fam = familyOf(type);
  if (fam === 'per') return `per:${nameTokens(name).join(' ')}`;
  if (fam === 'place' || fam === 'norp') {
    const c = countryOf(name);
    if (c && (fam === 'norp' ? true : c.via === 'country')) return `${fam}:${c.country.code}`;
  }
  return `${fam}:${flat(name)}`;
}

/** Every blocking key of a set of names of one entity. */
export function keysFor(type: EntityType, names: readonly string[]): string[] {
  const fam = familyOf(type);
  const keys = new Set<string>();
  for (const n of names) {
    keys.add(canonicalKey(type, n));
    if (fam === 'per') {
      const toks = nameTokens(n);
      keys.add(`per-cat:${toks.join('')}`);
      for (const t of toks) if (t.length > 1) keys.add(`per-tok:${t}`);
    } else if (fam === 'org') {
      const a = acronymKey(n);
      if (a.length >= 2) keys.add(`org-acr:${a}`);
    } else {
      keys.add(`${fam}:${flat(n)}`);
    }
  }
  return [...keys].sort();
}

export function localKeys(e: LocalEntity): string[] {
  return keysFor(e.type, [e.name, ...e.aliases]);
}
