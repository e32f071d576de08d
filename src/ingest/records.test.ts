import iconv from 'iconv-lite';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256 } from '../core/ids.ts';
import { canonicalJson } from './records.ts';
import { collect, documents, failures, lastPlanned, tempDir } from './test-support.ts';

let t: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  t = await tempDir();
});
afterEach(async () => {
  await t.cleanup();
});

describe('JSONL', () => {
  it('makes one document per line, with path#line sources and record hints; a bad line is a failure naming file:line', async () => {
    const lines = [
      JSON.stringify({ text: 'First article.', url: 'https://example.org/1', title: 'One', published: '2024-06-18', outlet: 'KCNA', authors: ['A. Writer'] }),
      '',
      '{"text": "broken',
      JSON.stringify({ html: '<p>Second</p>', text: 'ignored: html wins' }),
      JSON.stringify({ title: 'no body' }),
      JSON.stringify(['not', 'an', 'object']),
      JSON.stringify({ text: 'Third.', authors: 7 }),
      JSON.stringify({ markdown: '# Fourth' }),
    ];
    const file = await t.write('batch.jsonl', lines.join('\r\n') + '\n');
    const items = await collect([file]);
    expect(items[0]).toEqual({ kind: 'planned', total: 7, skipped: 0 });
    const docs = documents(items);
    expect(docs.map((d) => [d.source, d.format])).toEqual([
      [`${file}#1`, 'text'],
      [`${file}#4`, 'html'],
      [`${file}#8`, 'markdown'],
    ]);
    expect(docs[0].hints).toEqual({
      title: 'One',
      outlet: 'KCNA',
      published: '2024-06-18',
      publishedSource: 'record',
      url: 'https://example.org/1',
      authors: ['A. Writer'],
    });
    expect(docs[0].contentHash).toBe(sha256(canonicalJson(JSON.parse(lines[0]))));
    expect(failures(items).map((f) => [f.subject.slice(file.length), f.error.code])).toEqual([
      [':3', 'E_FORMAT'],
      [':5', 'E_FORMAT'],
      [':6', 'E_FORMAT'],
      [':7', 'E_FORMAT'],
    ]);
    expect(lastPlanned(items)).toBe(items.length - 1);
  });

  it('reads a numeric published as Unix time (seconds or milliseconds)', async () => {
    const file = await t.write('e.jsonl', '{"text":"A","published":1718784000}\n{"text":"B","published":1718784000000}\n');
    const docs = documents(await collect([file]));
    expect(docs.map((d) => d.hints.published)).toEqual(['2024-06-19T08:00:00.000Z', '2024-06-19T08:00:00.000Z']);
  });

  it('hashes records canonically: key order does not change the hash', async () => {
    const file = await t.write('a.jsonl', '{"text":"Same","title":"T"}\n{"title":"T","text":"Same"}\n');
    const [a, b] = documents(await collect([file]));
    expect(a.contentHash).toBe(b.contentHash);
  });

  it('applies --published over record dates, and a sidecar as defaults under record fields', async () => {
    const file = await t.write('a.jsonl', '{"text":"One","published":"2024-01-01"}\n{"text":"Two"}\n');
    await t.write('a.meta.json', '{"outlet":"Sidecar Outlet","published":"2023-05-05"}');
    const [one, two] = documents(await collect([file]));
    expect(one.hints).toMatchObject({ outlet: 'Sidecar Outlet', published: '2024-01-01', publishedSource: 'record' });
    expect(two.hints).toMatchObject({ outlet: 'Sidecar Outlet', published: '2023-05-05', publishedSource: 'sidecar' });
    const [u] = documents(await collect([file], { published: '2024-06-19' }));
    expect(u.hints).toMatchObject({ published: '2024-06-19', publishedSource: 'user' });
  });

  it('fails a line that is not UTF-8 and a file with no records', async () => {
    const bad = await t.write('bad.jsonl', Buffer.concat([Buffer.from('{"text":"ok"}\n{"text":"caf'), Buffer.from([0xe9]), Buffer.from('"}\n')]));
    const blank = await t.write('blank.jsonl', '\n\n');
    const items = await collect([bad, blank]);
    expect(documents(items)).toHaveLength(1);
    expect(failures(items).map((f) => [path.basename(f.subject), f.error.code])).toEqual([
      ['bad.jsonl:2', 'E_ENCODING'],
      ['blank.jsonl', 'E_EMPTY'],
    ]);
  });
});

describe('mojibake in records', () => {
  it('repairs a double-encoded body and fails one that cannot be repaired', async () => {
    const clean = 'Le président est arrivé à Séoul. « C’est historique », a-t-il déclaré.';
    const doubled = iconv.decode(Buffer.from(clean, 'utf8'), 'windows-1252');
    const file = await t.write('m.jsonl', [JSON.stringify({ text: doubled }), JSON.stringify({ text: 'cafÃ© Ã  la crÃ¨me \uFFFD\uFFFD' }), JSON.stringify({ text: clean })].join('\n'));
    const items = await collect([file]);
    const docs = documents(items);
    expect(docs.map((d) => d.body)).toEqual([clean, clean]);
    expect(docs[0].encoding).toMatch(/^utf-8, double-encoded via windows-1252/);
    expect(docs[1].encoding).toBe('utf-8');
    expect(failures(items).map((f) => [f.subject.slice(file.length), f.error.code])).toEqual([[':2', 'E_ENCODING']]);
  });
});

describe('JSON', () => {
  it('reads one record (source = path) or an array (source = path#index), revising the planned total', async () => {
    const one = await t.write('one.json', JSON.stringify({ text: 'Only one.', title: 'Single' }));
    const many = await t.write('many.json', JSON.stringify([{ text: 'A' }, { html: '<p>B</p>' }, 'junk']));
    const items = await collect([one, many]);
    expect(items[0]).toMatchObject({ kind: 'planned', total: 2 });
    expect(documents(items).map((d) => d.source)).toEqual([one, `${many}#1`, `${many}#2`]);
    expect(failures(items).map((f) => [f.subject, f.error.code])).toEqual([[`${many}#3`, 'E_FORMAT']]);
    expect(lastPlanned(items)).toBe(4);
  });

  it('fails malformed JSON and an empty array', async () => {
    const bad = await t.write('bad.json', '{"text": "unterminated');
    const none = await t.write('none.json', '[]');
    const items = await collect([bad, none]);
    expect(failures(items).map((f) => f.error.code)).toEqual(['E_FORMAT', 'E_EMPTY']);
  });
});
