import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { DossierError } from '../core/errors.ts';
import { fail, notFound, unreadable } from './errors.ts';
import { EXTENSIONS, SIDECAR_SUFFIX } from './formats.data.ts';

/** One source to ingest, after expanding directories. */
export type Source =
  | { readonly kind: 'file'; readonly path: string; readonly explicit: boolean }
  | { readonly kind: 'url'; readonly url: string }
  | { readonly kind: 'invalid'; readonly subject: string; readonly error: DossierError };

export interface Expansion {
  readonly sources: readonly Source[];
  /** Files inside directories that were passed over (hidden, sidecars, unsupported extensions). */
  readonly skipped: readonly string[];
}

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

export function extensionOf(file: string): string {
  return path.extname(file).toLowerCase();
}

/**
 * Expands inputs into sources: URLs as given, files as absolute paths, directories recursively in
 * sorted (code-unit) order. A file given twice, found inside a given directory too, or reached
 * through a symlink as well, is kept once (first path wins); symlink loops are not followed.
 */
export async function expandInputs(inputs: readonly string[]): Promise<Expansion> {
  const sources: Source[] = [];
  const skipped: string[] = [];
  const seen = new Set<string>();
  for (const input of inputs) {
    if (isUrl(input)) {
      if (!seen.has(input)) sources.push({ kind: 'url', url: input });
      seen.add(input);
      continue;
    }
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(input) && !/^file:/i.test(input)) {
      sources.push({ kind: 'invalid', subject: input, error: fail('E_USAGE', input, 'is a URL with an unsupported scheme', 'Give an http(s) URL or a local path.') });
      continue;
    }
    let local: string;
    try {
      local = path.resolve(/^file:/i.test(input) ? fileURLToPath(input) : input);
    } catch (e) {
      sources.push({ kind: 'invalid', subject: input, error: fail('E_USAGE', input, 'is not a valid file: URL', 'Give a plain path instead.', e) });
      continue;
    }
    let info;
    try {
      info = await stat(local);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      sources.push({ kind: 'invalid', subject: input, error: code === 'ENOENT' || code === 'ENOTDIR' ? notFound(input) : unreadable(input, String(code), e) });
      continue;
    }
    if (info.isDirectory()) {
      await walk(local, sources, skipped, seen, new Set());
    } else if (!seen.has(fileKey(info))) {
      seen.add(fileKey(info));
      sources.push({ kind: 'file', path: local, explicit: true });
    }
  }
  return { sources, skipped };
}

async function walk(dir: string, out: Source[], skipped: string[], seen: Set<string>, visiting: Set<string>): Promise<void> {
  let real: string;
  let names: string[];
  try {
    real = await realpath(dir);
    if (visiting.has(real)) return; // a symlink loop
    names = (await readdir(dir)).sort(compareCodeUnits);
  } catch (e) {
    out.push({ kind: 'invalid', subject: dir, error: unreadable(dir, (e as NodeJS.ErrnoException).code ?? 'error', e) });
    return;
  }
  const inner = new Set(visiting).add(real);
  for (const name of names) {
    const full = path.join(dir, name);
    if (name.startsWith('.')) continue; // hidden files and directories are not counted as skipped
    let info;
    try {
      info = await stat(full);
    } catch {
      skipped.push(full); // e.g. a dangling symlink
      continue;
    }
    if (info.isDirectory()) {
      await walk(full, out, skipped, seen, inner);
      continue;
    }
    if (name.toLowerCase().endsWith(SIDECAR_SUFFIX)) continue;
    if (!info.isFile() || !(extensionOf(name) in EXTENSIONS)) {
      skipped.push(full);
      continue;
    }
    if (seen.has(fileKey(info))) continue;
    seen.add(fileKey(info));
    out.push({ kind: 'file', path: full, explicit: false });
  }
}

/** The same file reached by two paths (a symlink, a hard link) has one key. */
function fileKey(info: { readonly dev: number; readonly ino: number }): string {
  return `file:${info.dev}:${info.ino}`;
}

function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
