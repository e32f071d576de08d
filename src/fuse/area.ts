import type { ResolvedEventMention } from '../core/corpus.ts';
import type { Doc } from '../core/doc.ts';
import type { LocalEntity } from '../core/layers.ts';
import { QUALIFIER_WINDOW, REGIONS, type Region } from './area.data.ts';
import { countryOfEntity } from './geo.ts';

/**
 * Where inside its country a place lies: a known city's region ("Moscow" → Central), or the region
 * a qualifier of the country's name gives ("far eastern Russia", "Russia's Far East"). Places then
 * compare hierarchically (city ⊂ region ⊂ country): a country contains any of its regions (a
 * refinement), two different regions of one country exclude each other (a conflict).
 */
export type Area = NonNullable<ResolvedEventMention['area']>;

const CITY = new Map<string, Region>(REGIONS.flatMap((r) => r.cities.map((c) => [c, r] as const)));
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');

function qualifierPattern(r: Region, before: boolean): RegExp {
  const words = r.qualifiers.map(escape).join('|');
  return before ? new RegExp(`\\b(?:${words})\\s+$`, 'i') : new RegExp(`^['’]s\\s+(?:${words})\\b`, 'i');
}

export function regionById(id: string): Region | undefined {
  return REGIONS.find((r) => r.id === id);
}

/** The region a city name lies in, when known. */
export function regionOfCity(name: string): Region | null {
  return CITY.get(name.toLowerCase().replace(/^the\s+/, '').trim()) ?? null;
}

/**
 * The area of a place entity as one mention of it words it: a known city, else a region qualifier
 * right before or after the mention of its country ("in far eastern Russia").
 */
export function areaOf(text: string, entity: LocalEntity, span: { readonly start: number; readonly end: number } | null): Area | null {
  for (const n of [entity.name, ...entity.aliases]) {
    const r = regionOfCity(n);
    if (r) return { name: n, region: r.id };
  }
  const country = countryOfEntity(entity);
  if (!country || !span) return null;
  const before = text.slice(Math.max(0, span.start - QUALIFIER_WINDOW), span.start);
  const after = text.slice(span.end, span.end + QUALIFIER_WINDOW);
  for (const r of REGIONS) {
    if (r.country !== country) continue;
    const b = qualifierPattern(r, true).exec(before);
    if (b) return { name: text.slice(span.start - (before.length - b.index), span.end), region: r.id };
    const a = qualifierPattern(r, false).exec(after);
    if (a) return { name: text.slice(span.start, span.end + a[0].length), region: r.id };
  }
  return null;
}

/** The area of an event's place, from the first mention of the place entity inside [from, to). */
export function placeArea(doc: Doc, key: string | null, from: number, to: number): Area | null {
  if (key === null) return null;
  const entity = (doc.layers.entities ?? []).find((e) => e.key === key);
  if (!entity) return null;
  const span = (doc.layers.mentions ?? []).find((m) => m.entity === key && m.start >= from && m.end <= to) ?? null;
  return areaOf(doc.text, entity, span);
}

/** Two areas of one country exclude each other when their regions differ. */
export function areasConflict(a: Area, b: Area): boolean {
  const ra = regionById(a.region);
  const rb = regionById(b.region);
  return ra !== undefined && rb !== undefined && ra.country === rb.country && ra.id !== rb.id;
}

/** The `area` field of a mention, present only when known. */
export function withArea(area: Area | null): { area?: Area } {
  return area ? { area } : {};
}
