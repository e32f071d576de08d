import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/types.ts';
import { buildExport } from './build.ts';
import { CSV_TABLES } from './csv.ts';
import { validator } from './testing/schema.ts';
import { fixtureStore } from './testing/store.ts';
import type { DossierExport } from './types.ts';
import { parseFormat, writeExport, type ExportFormat } from './write.ts';

let store: Store;
let exp: DossierExport;
const dir = mkdtempSync(join(tmpdir(), 'dossier-export-'));

beforeAll(async () => {
  store = await fixtureStore();
  exp = await buildExport(store);
});
afterAll(async () => {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

async function toString(format: ExportFormat, options = {}): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (c: Buffer) => chunks.push(c));
  await writeExport(exp, format, out, options);
  return Buffer.concat(chunks).toString('utf8');
}

/** A strict RFC 4180 reader (for checking the writer): rows of fields, CRLF line ends. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < csv.length) {
    let field = '';
    if (csv[i] === '"') {
      i++;
      for (;;) {
        const q = csv.indexOf('"', i);
        if (q < 0) throw new Error('unterminated quote');
        field += csv.slice(i, q);
        if (csv[q + 1] === '"') { field += '"'; i = q + 2; } else { i = q + 1; break; }
      }
    } else {
      const m = /^[^,\r\n"]*/.exec(csv.slice(i))![0];
      field = m;
      i += m.length;
    }
    row.push(field);
    if (csv[i] === ',') i++;
    else if (csv.startsWith('\r\n', i)) { rows.push(row); row = []; i += 2; }
    else throw new Error(`unexpected ${JSON.stringify(csv[i])} at ${i}`);
  }
  return rows;
}

describe('writeExport', () => {
  it('writes JSON that parses back to the export', async () => {
    expect(JSON.parse(await toString('json'))).toEqual(JSON.parse(JSON.stringify(exp)));
  });

  it('writes JSONL: one typed record a line, each valid against its schema definition', async () => {
    const lines = (await toString('jsonl')).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toEqual({ type: 'meta', record: { schema: 'dossier-export/1', filter: exp.filter } });
    const defs = { article: 'article', entity: 'entity', mention: 'mention', event: 'event', quote: 'quote', contradiction: 'contradiction', timeline: 'timelineEntry' } as const;
    const counts: Record<string, number> = {};
    for (const { type, record, ...rest } of lines.slice(1)) {
      expect(rest).toEqual({});
      counts[type] = (counts[type] ?? 0) + 1;
      const validate = validator(defs[type as keyof typeof defs]);
      expect(validate(record), `${type}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    expect(counts).toMatchObject({ article: 2, entity: 4, mention: 6, event: 4, quote: 3, contradiction: 2 });
    expect(counts.timeline ?? 0).toBe(exp.timeline.length);
  });

  it('writes the events table to a stream as RFC 4180 CSV', async () => {
    const rows = parseCsv(await toString('csv'));
    expect(rows[0]).toEqual([
      'id', 'date', 'date_basis', 'date_inferred', 'date_as_of_publication', 'date_note', 'type', 'mode', 'modality', 'attribution', 'summary', 'actors', 'targets', 'place', 'articles', 'corroboration',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[3], r[4], r[5], r[9], r[10]])).toEqual(
      exp.events.map((e) => [e.id, e.date ?? '', String(e.dateInferred), String(e.dateAsOfPublication), e.dateNote ?? '', e.attribution.join('; '), e.summary]),
    );
  });

  it('writes one CSV per table into a directory, keeping quotes, commas and line breaks', async () => {
    const out = join(dir, 'csv');
    await writeExport(exp, 'csv', out);
    expect(readdirSync(out).sort()).toEqual(CSV_TABLES.map((t) => `${t}.csv`).sort());
    const articles = parseCsv(readFileSync(join(out, 'articles.csv'), 'utf8'));
    const text = articles[0].indexOf('text');
    // The article texts hold commas, double quotes and blank lines: they must come back intact.
    expect(articles.slice(1).map((r) => r[text]).sort()).toEqual(exp.articles.map((a) => a.text).sort());
    const evidence = parseCsv(readFileSync(join(out, 'evidence.csv'), 'utf8'));
    const byId = new Map(exp.articles.map((a) => [a.id, a.text]));
    expect(evidence.length - 1).toBe(exp.events.flatMap((e) => e.evidence).length + exp.contradictions.flatMap((c) => c.claims.flatMap((cl) => cl.evidence)).length);
    for (const [, , article, start, end, t] of evidence.slice(1)) expect(byId.get(article)!.slice(Number(start), Number(end))).toBe(t);
  });

  it('writes JSON to a file path', async () => {
    const file = join(dir, 'out.json');
    await writeExport(exp, 'json', file);
    expect(JSON.parse(readFileSync(file, 'utf8')).events).toHaveLength(4);
  });

  it('writes Markdown to a file path, the same document as to a stream', async () => {
    const file = join(dir, 'out.md');
    await writeExport(exp, 'md', file);
    expect(readFileSync(file, 'utf8')).toBe(await toString('md'));
    expect(parseFormat('md')).toBe('md');
  });

  it('rejects an unknown format and an unwritable path with typed errors', async () => {
    expect(() => parseFormat('xml')).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
    await expect(writeExport(exp, 'json', join(dir, 'missing', 'dir', 'x.json'))).rejects.toMatchObject({ code: 'E_UNREADABLE' });
  });
});
