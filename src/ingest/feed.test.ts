import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from './feed.ts';
import { collect, documents, failures, lastPlanned, localServer, send, tempDir } from './test-support.ts';

const LONG = 'The full text of the article, carried in the feed itself. '.repeat(12);
let server: Awaited<ReturnType<typeof localServer>>;
let base = '';

const rss = (items: string, title = 'Example News') =>
  `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>${title}</title><link>${base}/</link>${items}</channel></rss>`;

beforeAll(async () => {
  server = await localServer({
    '/a1': send(200, 'text/html; charset=utf-8', '<html><body><p>First item page.</p></body></html>'),
    '/a2': send(200, 'text/html', '<html><body><p>Second item page.</p></body></html>'),
    '/moved-item': send(302, null, '', { location: '/a2' }),
    '/feed.rss': (req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(
        rss(`
<item><title>First &amp; foremost</title><link>${server.url('/a1')}</link><pubDate>Wed, 19 Jun 2024 08:00:00 +0900</pubDate><author>desk@example.org (Jane Roe)</author></item>
<item><title>Relative</title><link>/moved-item</link><dc:date>2024-06-20</dc:date><dc:creator>John Doe</dc:creator></item>
<item><title>Gone but full</title><link>${server.url('/missing-1')}</link><content:encoded><![CDATA[<p>${LONG}</p>]]></content:encoded></item>
<item><title>Gone teaser</title><link>${server.url('/missing-2')}</link><description>A short teaser.</description></item>
<item><title>No link</title><description>Too short.</description></item>`),
      );
    },
    '/atom': send(
      200,
      'application/atom+xml',
      `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Atom Wire</title>
<entry><title>Atom one</title><link rel="self" href="${'/self'}"/><link rel="alternate" href="/a1"/><updated>2024-06-21T00:00:00Z</updated><published>2024-06-19T10:00:00Z</published><author><name>A. Author</name></author></entry>
</feed>`,
    ),
    '/rdf': send(
      200,
      'text/plain',
      `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>RDF Daily</title></channel><item><title>RDF one</title><link>/a2</link><dc:date>2024-06-18</dc:date></item></rdf:RDF>`,
    ),
    '/broken.xml': send(200, 'application/rss+xml', '<rss><channel><title>Oops</title><item><title>unclosed</item></channel></rss>'),
    '/sitemap.xml': send(200, 'application/xml', '<?xml version="1.0"?><urlset><url><loc>https://example.org/</loc></url></urlset>'),
    '/empty-feed': send(200, 'application/rss+xml', rss('')),
    '/cp1251-feed': send(
      200,
      'application/rss+xml',
      iconv.encode(
        `<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><title>Новости дня</title><item><title>Визит в Пхеньян</title><link>/a1</link></item></channel></rss>`,
        'windows-1251',
      ),
    ),
  });
  base = server.url('');
});
afterAll(async () => {
  await server.close();
});

describe('RSS', () => {
  it('fetches each item link, with item title, date, authors and the feed title as outlet', async () => {
    const items = await collect([server.url('/feed.rss')], { timeoutMs: 2000 });
    expect(items[0]).toEqual({ kind: 'planned', total: 1, skipped: 0 });
    expect(lastPlanned(items)).toBe(5);
    const docs = documents(items);
    expect(docs.map((d) => d.source)).toEqual([server.url('/a1'), server.url('/moved-item'), server.url('/missing-1')]);
    expect(docs[0].hints).toEqual({
      title: 'First & foremost',
      outlet: 'Example News',
      published: 'Wed, 19 Jun 2024 08:00:00 +0900',
      publishedSource: 'record',
      authors: ['Jane Roe'],
      url: server.url('/a1'),
    });
    expect(docs[0].body).toContain('First item page.');
    expect(docs[1].hints).toMatchObject({ published: '2024-06-20', authors: ['John Doe'], url: server.url('/a2') });
    // the page is gone but the item carries the full text: ingested from the feed
    expect(docs[2].format).toBe('html');
    expect(docs[2].body).toContain('The full text of the article');
    expect(docs[2].hints).toMatchObject({ title: 'Gone but full', url: server.url('/missing-1') });
    expect(failures(items).map((f) => [f.subject.replace(base, ''), f.error.code])).toEqual([
      ['/missing-2', 'E_FETCH'],
      ['/feed.rss#item-5', 'E_FEED'],
    ]);
  });

  it('lets --published win over item dates', async () => {
    const docs = documents(await collect([server.url('/feed.rss')], { published: '2024-07-01' }));
    expect(docs.every((d) => d.hints.published === '2024-07-01' && d.hints.publishedSource === 'user')).toBe(true);
  });

  it('decodes a feed by its XML declaration', async () => {
    const [doc] = documents(await collect([server.url('/cp1251-feed')]));
    expect(doc.hints).toMatchObject({ outlet: 'Новости дня', title: 'Визит в Пхеньян' });
  });
});

describe('Atom and RDF', () => {
  it('reads Atom entries (alternate link, published over updated, author name)', async () => {
    const [doc] = documents(await collect([server.url('/atom')]));
    expect(doc.source).toBe(server.url('/a1'));
    expect(doc.hints).toMatchObject({ title: 'Atom one', outlet: 'Atom Wire', published: '2024-06-19T10:00:00Z', authors: ['A. Author'] });
  });

  it('sniffs an RSS 1.0 feed served as text/plain', async () => {
    const [doc] = documents(await collect([server.url('/rdf')]));
    expect(doc.hints).toMatchObject({ title: 'RDF one', outlet: 'RDF Daily', published: '2024-06-18' });
  });
});

describe('bad feeds', () => {
  it('reports a malformed feed, XML that is not a feed, and a feed with no items as one failure each', async () => {
    const items = await collect([server.url('/broken.xml'), server.url('/sitemap.xml'), server.url('/empty-feed')]);
    expect(failures(items).map((f) => f.error.code)).toEqual(['E_FEED', 'E_FEED', 'E_EMPTY']);
    expect(failures(items)[0].error.message).toMatch(/line \d+/);
  });

  it('reads a feed file from disk, resolving relative links against the channel link only', async () => {
    const t = await tempDir();
    try {
      const file = await t.write('news.rss', rss(`<item><title>On disk</title><link>${server.url('/a2')}</link></item><item><title>Rel</title><link>/a1</link><description>x</description></item>`));
      const noSite = await t.write('nosite.xml', '<rss><channel><title>T</title><item><title>Rel</title><link>/a1</link></item></channel></rss>');
      const items = await collect([file, noSite]);
      expect(documents(items).map((d) => d.source)).toEqual([server.url('/a2'), server.url('/a1')]);
      expect(failures(items).map((f) => f.error.code)).toEqual(['E_FEED']);
    } finally {
      await t.cleanup();
    }
  });
});

describe('parseFeed', () => {
  it('tolerates bare ampersands, decodes entities in titles, and reads the language', () => {
    const r = parseFeed('<rss><channel><title>News &eacute;dition & more</title><language>fr-FR</language><item><title>A&nbsp;&lt;b&gt;bold&lt;/b&gt; title</title><link>https://e.org/?a=1&b=2</link></item></channel></rss>', 's');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.feed.title).toBe('News édition & more');
    expect(r.feed.language).toBe('fr-fr');
    expect(r.feed.items[0]).toMatchObject({ title: 'A bold title', link: 'https://e.org/?a=1&b=2' });
  });

  it('still rejects unclosed elements', () => {
    const r = parseFeed('<rss><channel><title>T</title><item><title>x</item></channel></rss>', 's');
    expect(r.ok ? 'ok' : r.error.code).toBe('E_FEED');
  });

  it('keeps guid permalinks when there is no link', () => {
    const r = parseFeed('<rss><channel><title>T</title><item><guid>https://example.org/x</guid></item></channel></rss>', 's');
    expect(r.ok && r.feed.items[0].link).toBe('https://example.org/x');
  });
});
