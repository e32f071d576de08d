import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/types.ts';
import { articleA, articleB, closure, meeting, moller, ortiz, protest, review } from '../export/testing/fixture.ts';
import { validator } from '../export/testing/schema.ts';
import { fixtureStore } from '../export/testing/store.ts';
import { startServer } from './index.ts';

let store: Store;
let server: { url: string; close(): Promise<void> };

beforeAll(async () => {
  store = await fixtureStore();
  server = await startServer({ store, port: 0 });
});
afterAll(async () => {
  await server.close();
  await store.close();
});

async function get(path: string, init?: RequestInit): Promise<{ status: number; body: any; res: Response }> {
  const res = await fetch(new URL(path, server.url), init);
  const type = res.headers.get('content-type') ?? '';
  const body = type.startsWith('application/json') && init?.method !== 'HEAD' ? await res.json() : await res.text();
  return { status: res.status, body, res };
}

async function expectError(path: string, status: number, code: string, init?: RequestInit) {
  const { status: s, body } = await get(path, init);
  expect(s, path).toBe(status);
  expect(body.error.code, path).toBe(code);
  expect(body.error.message, path).toBeTypeOf('string');
  expect(body.error.fix.length, path).toBeGreaterThan(0);
}

describe('startServer', () => {
  it('listens on 127.0.0.1 at the port it was given (0 = any)', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('refuses a port in use with a typed error', async () => {
    const port = Number(new URL(server.url).port);
    await expect(startServer({ store, port })).rejects.toMatchObject({ code: 'E_USAGE' });
  });

  it('answers HEAD like GET, without a body', async () => {
    const { status, body, res } = await get('/api/articles', { method: 'HEAD' });
    expect(status).toBe(200);
    expect(Number(res.headers.get('content-length'))).toBeGreaterThan(0);
    expect(body).toBe('');
  });
});

describe('GET /api/articles', () => {
  it('lists the articles', async () => {
    const { status, body } = await get('/api/articles');
    expect(status).toBe(200);
    expect(body.articles.map((a: any) => a.id).sort()).toEqual([articleA.id, articleB.id].sort());
  });

  it('returns one article with its clean text, removed blocks with reasons, and layers', async () => {
    const { body } = await get(`/api/articles/${articleA.id}`);
    expect(body.article.text).toBe(articleA.text);
    expect(body.article.removed).toEqual([
      { text: 'Subscribe to our newsletter', reason: 'newsletter', rule: 'line:newsletter' },
      { text: 'Share this article', reason: 'share-prompt', rule: 'line:share' },
    ]);
    expect(body.article.published).toMatchObject({ date: '2025-03-05', basis: 'metadata' });
    expect(body.layers.sentences.length).toBeGreaterThanOrEqual(3);
    expect(body.current).toBe(true);
  });

  it('finds an article by a unique id prefix', async () => {
    const { body } = await get(`/api/articles/${articleB.id.slice(0, 10)}`);
    expect(body.article.id).toBe(articleB.id);
  });

  it('answers 404 with a JSON error for an unknown id', async () => {
    await expectError('/api/articles/art_0000000000000000', 404, 'E_NOT_FOUND');
  });
});

describe('entities', () => {
  it('lists entities with aliases and roles', async () => {
    const { body } = await get('/api/entities');
    expect(body.entities).toHaveLength(4);
    const o = body.entities.find((e: any) => e.id === ortiz.id);
    expect(o.aliases).toEqual(['Ortiz', 'Mayor Ortiz']);
    expect(o.roles[0].role).toBe('Mayor');
  });

  it('returns one entity with its events and quotes', async () => {
    const { body } = await get(`/api/entities/${ortiz.id}`);
    expect(body.entity.name).toBe('Lena Ortiz');
    expect(body.events.map((e: any) => e.id)).toEqual([meeting.id, review.id]);
    expect(body.quotes.map((q: any) => q.kind).sort()).toEqual(['direct', 'reported']);
    // Its mentions, each a span of its article's clean text, as the export's mentions[] gives them.
    expect(body.mentions.map((m: any) => [m.article, m.text])).toEqual([[articleA.id, 'Lena Ortiz'], [articleB.id, 'Mayor Ortiz']]);
    for (const m of body.mentions) expect([articleA, articleB].find((a) => a.id === m.article)!.text.slice(m.start, m.end)).toBe(m.text);
    expect(body.mentions.every((m: any) => m.entity === ortiz.id)).toBe(true);
    await expectError('/api/entities/ent_nobody', 404, 'E_NOT_FOUND');
  });
});

describe('GET /api/events', () => {
  it('filters by entity (id or alias) and by date', async () => {
    expect((await get('/api/events')).body.events.map((e: any) => e.id)).toEqual([closure.id, protest.id, meeting.id, review.id]);
    expect((await get('/api/events?entity=Mayor%20Ortiz')).body.events.map((e: any) => e.id)).toEqual([meeting.id, review.id]);
    expect((await get('/api/events?from=2025-03-03')).body.events.map((e: any) => e.id)).toEqual([closure.id, meeting.id, review.id]);
    expect((await get('/api/events?to=2025-03-02')).body.events.map((e: any) => e.id)).toEqual([closure.id, protest.id]);
  });

  it('returns one event with its contradictions', async () => {
    const { body } = await get(`/api/events/${protest.id}`);
    expect(body.event.id).toBe(protest.id);
    expect(body.contradictions.map((c: any) => c.about).sort()).toEqual(['count:fishermen', 'date']);
    expect((await get(`/api/events/${meeting.id}`)).body.contradictions).toEqual([]);
    await expectError('/api/events/evt_none', 404, 'E_NOT_FOUND');
  });

  it('gives each event its evidence spans, exact to the article text', async () => {
    const { body } = await get('/api/events');
    const texts = new Map([[articleA.id, articleA.text], [articleB.id, articleB.text]]);
    for (const e of body.events) {
      expect(validator('event')(e)).toBe(true);
      for (const ev of e.evidence) expect(texts.get(ev.article)!.slice(ev.start, ev.end)).toBe(ev.text);
    }
  });

  it('rejects bad parameters with 400 and unknown entities with 404', async () => {
    await expectError('/api/events?from=last%20week', 400, 'E_USAGE');
    await expectError('/api/events?limit=-3', 400, 'E_USAGE');
    await expectError('/api/events?entity=Nobody', 404, 'E_NOT_FOUND');
  });
});

describe('quotes, contradictions, timeline, search', () => {
  it('lists quotes, a partial one as direct with partial: true', async () => {
    const { body } = await get('/api/quotes');
    expect(body.quotes).toHaveLength(3);
    expect(body.quotes.find((q: any) => q.partial)).toMatchObject({ kind: 'direct', text: 'empty the harbour', speaker: moller.id });
    expect((await get(`/api/quotes?speaker=${moller.id}`)).body.quotes).toHaveLength(1);
  });

  it('lists contradictions with each side’s evidence', async () => {
    const { body } = await get('/api/contradictions');
    const date = body.contradictions.find((c: any) => c.about === 'date');
    expect(date.claims.map((c: any) => c.value)).toEqual(['2025-03-02', '2025-03-01']);
    expect(date.claims[1].evidence[0]).toMatchObject({ article: articleB.id, text: 'on 1 March 2025' });
  });

  it('returns the timeline with its events, filtered like /api/events', async () => {
    const all = (await get('/api/timeline')).body;
    expect(all.timeline.map((t: any) => t.date)).toEqual(['2025', '2025-03-02', '2025-03-04', '2025-03-05']);
    expect(all.events).toHaveLength(4);
    const some = (await get(`/api/timeline?entity=${ortiz.id}&from=2025-03`)).body;
    expect(some.timeline.map((t: any) => t.events)).toEqual([[meeting.id], [review.id]]);
  });

  it('searches the clean text', async () => {
    const { body } = await get('/api/search?q=quota');
    expect(body.hits.map((h: any) => h.article)).toContain(articleA.id);
    const hit = body.hits.find((h: any) => h.article === articleA.id);
    expect(articleA.text.slice(hit.start, hit.end).toLowerCase()).toContain('quota');
    await expectError('/api/search', 400, 'E_USAGE');
  });
});

describe('GET /api/export', () => {
  it('exports JSON that validates against the schema', async () => {
    const { status, body } = await get('/api/export?format=json');
    expect(status).toBe(200);
    const validate = validator();
    expect(validate(body), JSON.stringify(validate.errors)).toBe(true);
    expect(body.events).toHaveLength(4);
  });

  it('exports Markdown for reading, every span cited', async () => {
    const { res, body } = await get('/api/export?format=md');
    expect(res.headers.get('content-type')).toMatch(/^text\/markdown/);
    expect(body).toMatch(/^# Dossier\n/);
    const ev = closure.mentions[0].evidence;
    expect(body).toContain(`\`${ev.article}:${ev.start}-${ev.end}\` “${ev.text}”`);
    expect(body).toContain('date inferred');
  });

  it('exports JSONL, filtered', async () => {
    const { res, body } = await get('/api/export?format=jsonl&to=2025-03-02');
    expect(res.headers.get('content-type')).toMatch(/^application\/x-ndjson/);
    const lines = (body as string).trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0].record.filter).toEqual({ entity: null, from: null, to: '2025-03-02' });
    expect(lines.filter((l) => l.type === 'event').map((l) => l.record.id)).toEqual([closure.id, protest.id]);
  });

  it('rejects other formats', async () => {
    await expectError('/api/export?format=xml', 400, 'E_USAGE');
  });
});

describe('routing', () => {
  it('answers 404 for unknown paths and 405 for writes, as JSON', async () => {
    await expectError('/api/nothing', 404, 'E_NOT_FOUND');
    await expectError('/nothing.html', 404, 'E_NOT_FOUND');
    await expectError('/api/articles', 405, 'E_USAGE', { method: 'POST' });
  });

  it('serves the page, its script and style, with a policy that loads nothing from elsewhere', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(page.res.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.res.headers.get('content-security-policy')).toMatch(/default-src 'none'/);
    expect(page.body).toContain('<script src="/app.js"');
    expect(page.body).not.toMatch(/https?:\/\//);
    expect((await get('/app.js')).res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await get('/app.css')).res.headers.get('content-type')).toMatch(/^text\/css/);
    expect((await get('/app.js')).body).not.toMatch(/innerHTML|insertAdjacentHTML|outerHTML|document\.write/);
  });
});
