import { execFileSync } from 'node:child_process';
import { symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { sha256 } from '../core/ids.ts';
import { SAMPLES } from './samples.test-data.ts';
import { collect, documents, failures, lastPlanned, tempDir } from './test-support.ts';

let t: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  t = await tempDir();
});
afterEach(async () => {
  await t.cleanup();
});

describe('files', () => {
  it('reads .txt, .html and .md with their formats, hashes the raw bytes and records the time', async () => {
    const txt = await t.write('a.txt', 'Putin arrived in Pyongyang on Wednesday.\n');
    const html = await t.write('b.html', '<html><body><p>Kim met Putin.</p></body></html>');
    const md = await t.write('c.md', '# Visit\n\nKim met Putin.');
    const items = await collect([txt, html, md]);
    expect(items[0]).toEqual({ kind: 'planned', total: 3, skipped: 0 });
    const docs = documents(items);
    expect(docs.map((d) => [path.basename(d.source), d.format, d.encoding])).toEqual([
      ['a.txt', 'text', 'utf-8'],
      ['b.html', 'html', 'utf-8'],
      ['c.md', 'markdown', 'utf-8'],
    ]);
    expect(docs[0].source).toBe(txt);
    expect(docs[0].body).toBe('Putin arrived in Pyongyang on Wednesday.\n');
    expect(docs[0].contentHash).toBe(sha256(Buffer.from('Putin arrived in Pyongyang on Wednesday.\n')));
    expect(Date.parse(docs[0].retrievedAt ?? '')).not.toBeNaN();
    expect(docs[0].hints).toEqual({});
  });

  it('walks directories recursively in sorted order, skipping hidden files, sidecars and unsupported extensions', async () => {
    await t.write('d/b.txt', 'second file');
    await t.write('d/a.txt', 'first file');
    await t.write('d/sub/c.html', '<p>third</p>');
    await t.write('d/.hidden.txt', 'hidden');
    await t.write('d/.git/x.txt', 'inside a hidden directory');
    await t.write('d/a.meta.json', '{"outlet":"Example"}');
    await t.write('d/photo.png', 'not really');
    await t.write('d/notes.docx', 'nope');
    const items = await collect([path.join(t.dir, 'd')]);
    expect(items[0]).toEqual({ kind: 'planned', total: 3, skipped: 2 });
    expect(documents(items).map((d) => path.relative(t.dir, d.source))).toEqual(['d/a.txt', 'd/b.txt', 'd/sub/c.html']);
    expect(documents(items)[0].hints.outlet).toBe('Example');
    expect(failures(items)).toEqual([]);
  });

  it('keeps a file given twice (or also inside a given directory) once', async () => {
    const a = await t.write('a.txt', 'text');
    const items = await collect([a, t.dir, a]);
    expect(documents(items)).toHaveLength(1);
  });

  it('reads sidecars named a.meta.json or a.txt.meta.json; --published wins over the sidecar', async () => {
    const a = await t.write('a.txt', 'Alpha');
    await t.write('a.meta.json', JSON.stringify({ published: '2024-06-19', outlet: 'Yonhap', title: 'Visit', url: 'https://example.org/a', authors: 'Kim' }));
    const b = await t.write('b.html', '<p>Beta</p>');
    await t.write('b.html.meta.json', JSON.stringify({ published: '2024-06-20T08:00:00+09:00' }));
    const [da, db] = documents(await collect([a, b]));
    expect(da.hints).toEqual({
      published: '2024-06-19',
      publishedSource: 'sidecar',
      outlet: 'Yonhap',
      title: 'Visit',
      url: 'https://example.org/a',
      authors: ['Kim'],
    });
    expect(db.hints).toEqual({ published: '2024-06-20T08:00:00+09:00', publishedSource: 'sidecar' });
    const [ua] = documents(await collect([a], { published: '2024-07-01' }));
    expect(ua.hints.published).toBe('2024-07-01');
    expect(ua.hints.publishedSource).toBe('user');
    expect(ua.hints.outlet).toBe('Yonhap');
  });

  it('fails a file whose sidecar is malformed (E_FORMAT), naming the sidecar', async () => {
    const a = await t.write('a.txt', 'Alpha');
    await t.write('a.meta.json', '{"published": 2024');
    const b = await t.write('b.txt', 'Beta');
    await t.write('b.meta.json', '{"authors": [1, 2]}');
    const items = await collect([a, b]);
    expect(failures(items).map((f) => [f.error.code, path.basename(f.error.subject ?? '')])).toEqual([
      ['E_FORMAT', 'a.meta.json'],
      ['E_FORMAT', 'b.meta.json'],
    ]);
  });
});

describe('bad inputs, one failure each, the batch goes on', () => {
  it('reports missing, empty, whitespace-only, binary, too large, unsupported and non-regular inputs', async () => {
    const good = await t.write('good.txt', 'A real article.');
    const emptyFile = await t.write('empty.txt', '');
    const blank = await t.write('blank.md', '  \n\t\n ');
    const bin = await t.write('data.txt', Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const png = await t.write('image.html', Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(64, 1)]));
    const big = await t.write('big.txt', 'x');
    await writeFile(big, Buffer.alloc(50 * 1024 * 1024 + 1, 0x61)); // 50 MB
    const pdf = await t.write('paper.pdf', '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n');
    const odd = await t.write('notes.rtfx', 'plain words');
    const fifo = path.join(t.dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const items = await collect([path.join(t.dir, 'missing.txt'), emptyFile, blank, bin, png, big, pdf, odd, fifo, good]);
    expect(items[0]).toMatchObject({ kind: 'planned', total: 10 });
    expect(failures(items).map((f) => [path.basename(f.subject), f.error.code])).toEqual([
      ['missing.txt', 'E_NOT_FOUND'],
      ['empty.txt', 'E_EMPTY'],
      ['blank.md', 'E_EMPTY'],
      ['data.txt', 'E_BINARY'],
      ['image.html', 'E_BINARY'],
      ['big.txt', 'E_TOO_LARGE'],
      ['paper.pdf', 'E_BINARY'],
      ['notes.rtfx', 'E_FORMAT'],
      ['pipe.txt', 'E_UNREADABLE'],
    ]);
    for (const f of failures(items)) expect(f.error.fix.length).toBeGreaterThan(10);
    expect(documents(items).map((d) => d.source)).toEqual([good]);
    expect(lastPlanned(items)).toBe(items.length - 1);
  });

  it('honours a smaller maxBytes', async () => {
    const a = await t.write('a.txt', 'x'.repeat(2000));
    const items = await collect([a], { maxBytes: 1000 });
    expect(failures(items)[0].error.code).toBe('E_TOO_LARGE');
  });
});

describe('encodings in files', () => {
  it('decodes UTF-16 (not binary), a meta charset, and undeclared legacy encodings; fails damaged UTF-8', async () => {
    const u16 = await t.write('u16.txt', iconv.encode(SAMPLES.korean, 'utf-16le', { addBOM: true }));
    const sjis = await t.write('ja.html', iconv.encode(`<html><head><meta charset="Shift_JIS"></head><body><p>${SAMPLES.japanese}</p></body></html>`, 'shift_jis'));
    const kr = await t.write('kr.txt', iconv.encode(SAMPLES.korean, 'euc-kr'));
    const zh = await t.write('zh.md', iconv.encode(SAMPLES.chinese, 'gb18030'));
    const utf8 = Buffer.from(SAMPLES.spanish, 'utf8');
    const damaged = Buffer.concat([utf8.subarray(0, utf8.indexOf(0xc3) + 1), Buffer.from(' '), utf8.subarray(utf8.indexOf(0xc3) + 1)]);
    const bad = await t.write('bad.txt', damaged);
    const items = await collect([u16, sjis, kr, zh, bad]);
    expect(documents(items).map((d) => [path.basename(d.source), d.encoding])).toEqual([
      ['u16.txt', 'utf-16le'],
      ['ja.html', 'shift_jis'],
      ['kr.txt', 'euc-kr'],
      ['zh.md', 'gb18030'],
    ]);
    expect(documents(items)[0].body).toBe(SAMPLES.korean);
    expect(documents(items)[1].body).toContain(SAMPLES.japanese);
    expect(documents(items)[3].body).toBe(SAMPLES.chinese);
    expect(failures(items).map((f) => [path.basename(f.subject), f.error.code])).toEqual([['bad.txt', 'E_ENCODING']]);
  });
});

describe('inputs', () => {
  it('accepts file: URLs and rejects other schemes with E_USAGE', async () => {
    const a = await t.write('with space.txt', 'Alpha');
    const items = await collect([new URL(`file://${a}`).href, 'ftp://example.org/a.txt']);
    expect(documents(items).map((d) => d.source)).toEqual([a]);
    expect(failures(items).map((f) => f.error.code)).toEqual(['E_USAGE']);
  });

  it('follows symlinks once and never loops', async () => {
    await t.write('d/a.txt', 'Alpha');
    await symlink(path.join(t.dir, 'd'), path.join(t.dir, 'd', 'loop'));
    await symlink(path.join(t.dir, 'd', 'a.txt'), path.join(t.dir, 'd', 'b.txt'));
    const items = await collect([path.join(t.dir, 'd')]);
    expect(documents(items).map((d) => path.relative(t.dir, d.source))).toEqual(['d/a.txt']);
  });

  it('gives an empty batch a planned total of 0', async () => {
    expect(await collect([])).toEqual([{ kind: 'planned', total: 0, skipped: 0 }]);
  });
});
