import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../core/ids.ts';
import { collect, documents, failures, localServer, send, type Route } from './test-support.ts';

const PAGE = '<!doctype html><html><head><title>Visit</title></head><body><p>Putin arrived in Pyongyang.</p></body></html>';
const RUSSIAN = 'Президент России прибыл в Пхеньян с государственным визитом.';

let server: Awaited<ReturnType<typeof localServer>>;
const pending: NodeJS.Timeout[] = [];
const slow: Route = (_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html' });
  res.write('<html><body>');
  pending.push(setTimeout(() => res.end('late</body></html>'), 60_000)); // never within the test's timeout
};

beforeAll(async () => {
  server = await localServer({
    '/page': send(200, 'text/html; charset=utf-8', PAGE, { 'content-language': 'en' }),
    '/plain': send(200, 'text/plain', 'Just text.'),
    '/md': send(200, 'text/markdown', '# Title\n\nBody.'),
    '/moved': send(301, null, '', { location: '/page' }),
    '/moved-twice': send(302, null, '', { location: '/moved' }),
    '/gone': send(404, 'text/html', '<p>Not here</p>'),
    '/broken': send(500, 'text/plain', 'boom'),
    '/forbidden': send(403, 'text/plain', 'no bots'),
    '/slow': slow,
    '/delayed': (_req, res) => {
      pending.push(setTimeout(() => send(200, 'text/plain', 'Delayed text.')(_req, res), 150));
    },
    '/cp1251': send(200, 'text/html; charset=windows-1251', iconv.encode(`<p>${RUSSIAN}</p>`, 'windows-1251')),
    '/meta-koi8': send(200, 'text/html', iconv.encode(`<html><head><meta charset="koi8-r"></head><body><p>${RUSSIAN}</p></body></html>`, 'koi8-r')),
    '/wrong-header': send(200, 'text/html; charset=iso-8859-1', Buffer.from(`<p>Élysée: “café” à côté — ${RUSSIAN}</p>`, 'utf8')),
    '/untyped': send(200, null, '<html><body><p>No content type.</p></body></html>'),
    '/image': send(200, 'image/png', Buffer.concat([Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'), Buffer.alloc(100, 0)])),
    '/records': send(200, 'application/json', JSON.stringify([{ text: 'One' }, { text: 'Two' }])),
    '/empty': send(200, 'text/html', ''),
  });
});
afterAll(async () => {
  for (const p of pending) clearTimeout(p);
  await server.close();
});

describe('URLs', () => {
  it('fetches a page: HTML by content type, hash of the bytes, the final URL and language as hints', async () => {
    const items = await collect([server.url('/page')]);
    const [doc] = documents(items);
    expect(doc.source).toBe(server.url('/page'));
    expect(doc.format).toBe('html');
    expect(doc.body).toBe(PAGE);
    expect(doc.encoding).toBe('utf-8');
    expect(doc.contentHash).toBe(sha256(Buffer.from(PAGE)));
    expect(doc.hints).toEqual({ url: server.url('/page'), language: 'en' });
  });

  it('follows redirects and keeps the final URL in hints.url', async () => {
    const [doc] = documents(await collect([server.url('/moved-twice')]));
    expect(doc.source).toBe(server.url('/moved-twice'));
    expect(doc.hints.url).toBe(server.url('/page'));
    expect(doc.body).toBe(PAGE);
  });

  it('decides text, markdown, JSON records and untyped HTML by content type or sniffing', async () => {
    const items = await collect([server.url('/plain'), server.url('/md'), server.url('/untyped'), server.url('/records')]);
    expect(documents(items).map((d) => [d.source.replace(server.url(''), ''), d.format])).toEqual([
      ['/plain', 'text'],
      ['/md', 'markdown'],
      ['/untyped', 'html'],
      ['/records#1', 'text'],
      ['/records#2', 'text'],
    ]);
  });

  it('reports 404, 500, 403, a binary body, an empty body and a refused connection, and goes on', async () => {
    const closed = await localServer({});
    const refused = closed.url('/x');
    await closed.close();
    const items = await collect([server.url('/gone'), server.url('/broken'), server.url('/forbidden'), server.url('/image'), server.url('/empty'), refused, server.url('/page')]);
    expect(failures(items).map((f) => [f.subject.replace(server.url(''), ''), f.error.code])).toEqual([
      ['/gone', 'E_FETCH'],
      ['/broken', 'E_FETCH'],
      ['/forbidden', 'E_FETCH'],
      ['/image', 'E_BINARY'],
      ['/empty', 'E_EMPTY'],
      [refused, 'E_FETCH'],
    ]);
    const gone = failures(items)[0].error;
    expect(gone.message).toContain('404');
    expect(gone.fix).toMatch(/URL/);
    expect(documents(items)).toHaveLength(1);
  });

  it('fetches URLs ahead in parallel but emits them in input order', async () => {
    const urls = [server.url('/delayed'), server.url('/plain'), server.url('/gone'), server.url('/page')];
    const items = await collect(urls);
    expect(items.filter((i) => i.kind !== 'planned').map((i) => (i.kind === 'document' ? i.doc.source : i.kind === 'failure' ? i.subject : ''))).toEqual(urls);
  });

  it('gives up on a server that does not finish its answer (E_TIMEOUT)', async () => {
    const items = await collect([server.url('/slow')], { timeoutMs: 500 });
    expect(failures(items).map((f) => f.error.code)).toEqual(['E_TIMEOUT']);
    expect(failures(items)[0].error.message).toContain('0.5 s');
  });

  it('stops a response over maxBytes', async () => {
    const items = await collect([server.url('/page')], { maxBytes: 20 });
    expect(failures(items)[0].error.code).toBe('E_TOO_LARGE');
  });

  it('decodes with the HTTP charset, else the meta charset, and passes over a header that yields mojibake', async () => {
    const items = await collect([server.url('/cp1251'), server.url('/meta-koi8'), server.url('/wrong-header')]);
    const docs = documents(items);
    expect(docs.map((d) => d.encoding)).toEqual(['windows-1251', 'koi8-r', 'utf-8']);
    expect(docs[0].body).toContain(RUSSIAN);
    expect(docs[1].body).toContain(RUSSIAN);
    expect(docs[2].body).toContain('Élysée: “café” à côté');
  });
});
