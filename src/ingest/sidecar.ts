import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MetadataHints } from '../core/article.ts';
import type { DossierError } from '../core/errors.ts';
import { badFormat } from './errors.ts';
import { hintsFromObject, isPlainObject, typeName } from './hints.ts';
import { SIDECAR_SUFFIX } from './formats.data.ts';

export type SidecarResult =
  | { readonly kind: 'none' }
  | { readonly kind: 'hints'; readonly path: string; readonly hints: MetadataHints }
  | { readonly kind: 'error'; readonly error: DossierError };

/** The sidecar paths tried for a file, most specific first: `a.txt.meta.json`, then `a.meta.json`. */
export function sidecarPaths(file: string): readonly string[] {
  const dir = path.dirname(file);
  const base = path.basename(file);
  const stem = base.slice(0, base.length - path.extname(base).length);
  const candidates = [path.join(dir, base + SIDECAR_SUFFIX)];
  if (stem && stem !== base) candidates.push(path.join(dir, stem + SIDECAR_SUFFIX));
  return candidates;
}

/** Reads the sidecar of `file`, if any. A sidecar that exists but is malformed is an error (E_FORMAT). */
export async function readSidecar(file: string): Promise<SidecarResult> {
  for (const p of sidecarPaths(file)) {
    let text: string;
    try {
      text = await readFile(p, 'utf8');
    } catch {
      continue;
    }
    const fix = `Fix ${path.basename(p)}: a JSON object like {"published": "2024-06-19", "outlet": "…", "title": "…", "url": "…", "authors": ["…"]}.`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (e) {
      return { kind: 'error', error: badFormat(p, `sidecar is not valid JSON (${(e as Error).message})`, fix, e) };
    }
    if (!isPlainObject(parsed)) return { kind: 'error', error: badFormat(p, `sidecar must be a JSON object, not ${typeName(parsed)}`, fix) };
    const hints = hintsFromObject(parsed, 'sidecar');
    if (!hints.ok) return { kind: 'error', error: badFormat(p, `sidecar: ${hints.message}`, fix) };
    return { kind: 'hints', path: p, hints: hints.hints };
  }
  return { kind: 'none' };
}
