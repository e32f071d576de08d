import type { LocalEntity } from '../core/layers.ts';
import { COUNTRY_BY_DEMONYM, COUNTRY_BY_NAME } from './geo.data.ts';

/** The country a place name denotes or lies in (capitals only), or null. */
export function countryOf(name: string): string | null {
  const k = name.toLowerCase().replace(/^the\s+/, '').trim();
  return COUNTRY_BY_NAME.get(k) ?? null;
}

/** The country of a local place entity, from its name or any alias; people and organisations have none. */
export function countryOfEntity(e: LocalEntity): string | null {
  if (e.type !== 'GPE' && e.type !== 'LOC') return null;
  for (const n of [e.name, ...e.aliases]) {
    const c = countryOf(n);
    if (c) return c;
  }
  return null;
}

/**
 * The country a person or organisation belongs to, from a stated role that opens with a demonym or
 * country name ("North Korean leader", "Russian President", "leader of North Korea"), or null.
 */
export function affiliationOfEntity(e: LocalEntity): string | null {
  if (e.type !== 'PERSON' && e.type !== 'ORG') return null;
  for (const r of e.roles) {
    const words = r.role.split(/\s+/);
    for (let n = Math.min(3, words.length); n >= 1; n--) {
      const head = words.slice(0, n).join(' ').toLowerCase();
      const code = COUNTRY_BY_DEMONYM.get(head) ?? countryOf(head);
      if (code) return code;
    }
    const of = /\bof\s+(?:the\s+)?(.+)$/i.exec(r.role);
    if (of) {
      const code = countryOf(of[1]);
      if (code) return code;
    }
  }
  return null;
}
