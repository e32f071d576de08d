import type { MetadataHints, MetadataSource } from '../core/article.ts';

/**
 * Metadata fields shared by sidecars (`NAME.meta.json`), JSON/JSONL records and feed items.
 * A field of the wrong type is an error message; unknown fields are ignored.
 */
export const HINT_FIELDS = ['title', 'outlet', 'published', 'url', 'language'] as const;

export type HintsOrError = { readonly ok: true; readonly hints: MetadataHints } | { readonly ok: false; readonly message: string };

/** Reads the hint fields of a parsed JSON object; `published` is tagged with `source`. */
export function hintsFromObject(obj: Readonly<Record<string, unknown>>, source: MetadataSource): HintsOrError {
  const out: Record<string, unknown> = {};
  for (const field of HINT_FIELDS) {
    const v = field === 'published' ? epochToIso(obj[field]) : obj[field];
    if (v === undefined || v === null) continue;
    if (typeof v !== 'string') return { ok: false, message: `"${field}" must be a string, not ${typeName(v)}` };
    const trimmed = v.trim();
    if (trimmed) out[field] = trimmed;
  }
  const authors = obj.authors ?? obj.author;
  if (authors !== undefined && authors !== null) {
    const list = typeof authors === 'string' ? [authors] : authors;
    if (!Array.isArray(list) || !list.every((a) => typeof a === 'string')) {
      return { ok: false, message: '"authors" must be a string or an array of strings' };
    }
    const clean = list.map((a: string) => a.trim()).filter(Boolean);
    if (clean.length) out.authors = clean;
  }
  if (out.published) out.publishedSource = source;
  return { ok: true, hints: out as MetadataHints };
}

/**
 * Merges hint layers, later ones winning field by field; then `--published` (user) wins over all.
 */
export function mergeHints(layers: readonly (MetadataHints | undefined)[], userPublished?: string): MetadataHints {
  let merged: MetadataHints = {};
  for (const layer of layers) {
    if (!layer) continue;
    merged = { ...merged, ...definedOnly(layer) };
  }
  if (userPublished) merged = { ...merged, published: userPublished, publishedSource: 'user' };
  return merged;
}

function definedOnly(h: MetadataHints): MetadataHints {
  return Object.fromEntries(Object.entries(h).filter(([, v]) => v !== undefined && v !== '')) as MetadataHints;
}

/**
 * A numeric `published` is a Unix time: seconds, or milliseconds when above 1e11 (1e11 seconds is
 * the year 5138; 1e11 ms is 1973). Other values pass through unchanged.
 */
function epochToIso(v: unknown): unknown {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0) return v;
  const ms = v > 1e11 ? v : v * 1000;
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? v : d.toISOString();
}

export function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
