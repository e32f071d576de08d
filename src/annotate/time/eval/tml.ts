import { readdirSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { TimeExpression } from '../../../core/layers.ts';

/**
 * Reading TimeML documents (for their plain text and creation time) and writing system output as
 * TimeML with inline TIMEX3 tags, so the shared TempEval-3 scorer can compare them. The plain text
 * is taken exactly as the scorer takes it: the content of <TEXT> with every tag removed.
 */
export interface TmlDoc {
  readonly name: string;
  readonly plain: string;
  /** The document creation time (`YYYY-MM-DD…`), or null. */
  readonly dct: string | null;
}

export function plainOf(raw: string): string {
  const m = /<TEXT>([\s\S]*)<\/TEXT>/.exec(raw);
  if (!m) throw new Error('no <TEXT> element');
  return m[1].replace(/<\/?[A-Za-z0-9_]+[^>]*?\/?>/g, '');
}

export function dctOf(raw: string): string | null {
  const dct = /<DCT>\s*<TIMEX3[^>]*\bvalue="([^"]*)"/.exec(raw) ?? /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/.exec(raw);
  if (!dct) return null;
  const v = dct[1] ?? /value="([^"]*)"/.exec(dct[0])?.[1];
  return v && /^\d{4}-\d{2}-\d{2}/.test(v) ? v.slice(0, 10) : null;
}

/** Directories under `root` (itself included) that directly hold .tml files. */
export function tmlDirs(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    const entries = readdirSync(dir).sort();
    if (entries.some((e) => e.endsWith('.tml'))) out.push(dir);
    for (const e of entries) {
      const p = join(dir, e);
      if (statSync(p).isDirectory()) walk(p);
    }
  };
  walk(root);
  return out;
}

export function readTmlDir(dir: string): TmlDoc[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => {
      const raw = readFileSync(join(dir, f), 'utf8');
      return { name: basename(f), plain: plainOf(raw), dct: dctOf(raw) };
    });
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** A TimeML document whose <TEXT> is `plain` with `timexes` inlined (they must not overlap). */
export function toTml(doc: TmlDoc, timexes: readonly Pick<TimeExpression, 'start' | 'end' | 'type' | 'value'>[]): string {
  let body = '';
  let last = 0;
  let tid = 1;
  for (const t of [...timexes].sort((a, b) => a.start - b.start)) {
    if (t.start < last) continue;
    body += doc.plain.slice(last, t.start);
    body += `<TIMEX3 tid="t${tid++}" type="${t.type}" value="${esc(t.value ?? '')}">${doc.plain.slice(t.start, t.end)}</TIMEX3>`;
    last = t.end;
  }
  body += doc.plain.slice(last);
  const dct = doc.dct ? `<DCT><TIMEX3 tid="t0" type="DATE" value="${doc.dct}" functionInDocument="CREATION_TIME">${doc.dct}</TIMEX3></DCT>\n` : '';
  return `<?xml version="1.0" ?>\n<TimeML>\n<DOCID>${esc(doc.name)}</DOCID>\n${dct}<TEXT>${body}</TEXT>\n</TimeML>\n`;
}

export function writeTmlDir(dir: string, docs: readonly TmlDoc[], outputs: readonly (readonly TimeExpression[])[]): void {
  mkdirSync(dir, { recursive: true });
  docs.forEach((d, i) => writeFileSync(join(dir, d.name), toTml(d, outputs[i])));
}
