import type { LocalEntity } from '../core/layers.ts';
import { COUNTRY_BY_NAME } from './geo.data.ts';

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
