import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DossierError } from '../core/errors.ts';
import type { Store } from '../store/types.ts';
import { buildExport } from './build.ts';
import { articleA, articleB, closure, meeting, moller, ortiz, protest, review, union } from './testing/fixture.ts';
import { validator } from './testing/schema.ts';
import { fixtureStore } from './testing/store.ts';
import type { DossierExport } from './types.ts';

let store: Store;
let exp: DossierExport;

beforeAll(async () => {
  store = await fixtureStore();
  exp = await buildExport(store);
});
afterAll(() => store.close());

/** Every {article, start, end, text} span of an export, with where it came from. */
function spans(e: DossierExport) {
  return [
    ...e.events.flatMap((ev) => ev.evidence.map((s) => ({ where: `event ${ev.id}`, ...s }))),
    ...e.quotes.map((q) => ({ where: `quote ${q.id}`, article: q.article, start: q.start, end: q.end, text: q.text })),
    ...e.mentions.map((m) => ({ where: `mention of ${m.entity}`, article: m.article, start: m.start, end: m.end, text: m.text })),
    ...e.contradictions.flatMap((c) => c.claims.flatMap((cl) => cl.evidence.map((s) => ({ where: `contradiction ${c.id}`, ...s })))),
  ];
}

const codeOf = async (p: Promise<unknown>) => p.then(() => 'resolved', (e: DossierError) => e.code);

describe('buildExport', () => {
  it('validates against the JSON Schema', () => {
    const validate = validator();
    const ok = validate(JSON.parse(JSON.stringify(exp)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('rejects, by schema, an inferred date that does not say how, and an unknown date with a value', () => {
    const published = validator('published');
    const inferred = { date: '2024', basis: 'inferred', how: 'from other sources', confidence: 0.6, notBefore: '2024-01-01', notAfter: '2024-12-31' };
    expect(published(inferred)).toBe(true);
    expect(published({ ...inferred, date: null })).toBe(true); // a range alone
    expect(published({ ...inferred, how: null })).toBe(false);
    expect(published({ ...inferred, confidence: null })).toBe(false);
    expect(published({ ...inferred, date: null, notBefore: null, notAfter: null })).toBe(false);
    expect(published({ date: null, basis: 'unknown', how: null, confidence: null, notBefore: null, notAfter: null })).toBe(true);
    expect(published({ date: '2024', basis: 'unknown', how: null, confidence: null, notBefore: null, notAfter: null })).toBe(false);
    expect(published({ date: null, basis: 'metadata', how: 'meta', confidence: null, notBefore: null, notAfter: null })).toBe(false);
    const event = validator('event');
    const c = JSON.parse(JSON.stringify(exp.events.find((e) => e.id === closure.id)));
    expect(event(c)).toBe(true);
    expect(event({ ...c, dateNote: null })).toBe(false);
    expect(event({ ...c, attribution: undefined })).toBe(false);
    const r = JSON.parse(JSON.stringify(exp.events.find((e) => e.id === review.id)));
    expect(event(r)).toBe(true);
    expect(event({ ...r, dateAsOfPublication: undefined })).toBe(false); // required
    expect(event({ ...r, dateNote: null })).toBe(false); // an 'as of publication' date says so
    expect(event({ ...r, dateBasis: 'explicit' })).toBe(false); // only a publication-dated event is
    expect(event({ ...c, dateAsOfPublication: true })).toBe(false); // never with dateInferred
  });

  it('holds every record of the store', () => {
    expect(exp.articles.map((a) => a.id).sort()).toEqual([articleA.id, articleB.id].sort());
    expect(exp.entities).toHaveLength(4);
    expect(exp.mentions.map((m) => m.text).sort()).toEqual(['Brenton', 'Brenton', "Brenton fishermen's union", 'Lena Ortiz', 'Mayor Ortiz', 'Piet Moller']);
    expect(exp.mentions.find((m) => m.text === 'Piet Moller')!.entity).toBe(moller.id);
    expect(exp.events.map((e) => e.id)).toEqual([closure.id, protest.id, meeting.id, review.id]); // by date: 2025 sorts first
    expect(exp.quotes).toHaveLength(3);
    expect(exp.contradictions.map((c) => c.about).sort()).toEqual(['count:fishermen', 'date']);
  });

  it('points every evidence span at the exact text of its article', () => {
    const text = new Map(exp.articles.map((a) => [a.id, a.text]));
    const all = spans(exp);
    expect(all.length).toBeGreaterThanOrEqual(11);
    for (const s of all) {
      expect(text.has(s.article), s.where).toBe(true);
      expect(s.text.length, s.where).toBeGreaterThan(0);
      expect(text.get(s.article)!.slice(s.start, s.end), s.where).toBe(s.text);
    }
  });

  it('keeps the article fields of the contract', () => {
    const a = exp.articles.find((x) => x.id === articleA.id)!;
    expect(a).toMatchObject({
      source: 'fixtures/brenton-gazette.html',
      title: articleA.title,
      outlet: 'Brenton Gazette',
      published: { date: '2025-03-05', basis: 'metadata' },
      language: 'en',
      text: articleA.text,
    });
    expect(a.removed.map((r) => r.reason)).toEqual(['newsletter', 'share-prompt']);
    const b = exp.articles.find((x) => x.id === articleB.id)!;
    expect(b.published).toEqual({
      date: null, basis: 'inferred', how: articleB.published.how, confidence: 0.5, notBefore: '2025-03-01', notAfter: '2025-03-31',
    });
    expect(b.source).toBe('https://wire.example/fishermen-rally');
  });

  it('gives a quote its cue and speaker spans when found', () => {
    const text = exp.articles.find((a) => a.id === articleA.id)!.text;
    const direct = exp.quotes.find((q) => q.kind === 'direct' && !q.partial)!;
    expect(text.slice(direct.cue!.start, direct.cue!.end)).toBe('told');
    expect(text.slice(direct.speakerSpan!.start, direct.speakerSpan!.end)).toBe('Ortiz');
    expect(exp.quotes.find((q) => q.partial)).toMatchObject({ cue: null, speakerSpan: null });
  });

  it('exports a partial quote as direct with partial: true', () => {
    const partial = exp.quotes.find((q) => q.text === 'empty the harbour')!;
    expect(partial).toMatchObject({ kind: 'direct', partial: true, speaker: moller.id });
    expect(exp.quotes.filter((q) => !q.partial).map((q) => q.kind).sort()).toEqual(['direct', 'reported']);
  });

  it('gives entities their aliases and roles', () => {
    const o = exp.entities.find((e) => e.id === ortiz.id)!;
    expect(o.aliases).toEqual(['Ortiz', 'Mayor Ortiz']);
    expect(o.roles.map((r) => r.role)).toEqual(['Mayor']);
  });

  it('puts the dated events on the timeline (built by the timeline stage)', () => {
    expect(exp.timeline.map((t) => [t.date, t.events])).toEqual([['2025', [closure.id]], ['2025-03-02', [protest.id]], ['2025-03-04', [meeting.id]], ['2025-03-05', [review.id]]]);
    const ids = new Set(exp.events.map((e) => e.id));
    for (const t of exp.timeline) for (const id of t.events) expect(ids.has(id)).toBe(true);
  });

  it('marks a date that rests on an inferred publication date, and says how', () => {
    const c = exp.events.find((e) => e.id === closure.id)!;
    expect(c).toMatchObject({ date: '2025', dateBasis: 'relative', dateInferred: true, modality: 'reported', attribution: [moller.id] });
    expect(c.dateNote).toContain('publication date inferred');
    const p = exp.events.find((e) => e.id === protest.id)!;
    expect(p).toMatchObject({ date: '2025-03-02', dateInferred: false, dateAsOfPublication: false, dateNote: null, attribution: [union.id] });
    expect(c.dateAsOfPublication).toBe(false); // inferred is said first
  });

  it('marks a date that is only its report\'s publication date: it happened by then', () => {
    const r = exp.events.find((e) => e.id === review.id)!;
    expect(r).toMatchObject({ date: '2025-03-05', dateBasis: 'publication', dateInferred: false, dateAsOfPublication: true });
    expect(r.dateNote).toMatch(/^as of publication: .*happened by then, not necessarily on that day$/);
    expect(exp.events.filter((e) => e.dateAsOfPublication).map((e) => e.id)).toEqual([review.id]);
  });

  it('is deterministic', async () => {
    expect(JSON.stringify(await buildExport(store))).toBe(JSON.stringify(exp));
  });
});

describe('buildExport with a filter', () => {
  it('keeps the events in the date range and what they cite', async () => {
    const e = await buildExport(store, { from: '2025-03-03' });
    expect(e.filter).toEqual({ entity: null, from: '2025-03-03', to: null });
    expect(e.events.map((x) => x.id)).toEqual([closure.id, meeting.id, review.id]); // the year 2025 overlaps the range
    expect(e.contradictions).toEqual([]); // both are about the protest
    expect(e.articles.map((a) => a.id).sort()).toEqual([articleA.id, articleB.id].sort());
    expect(validator()(JSON.parse(JSON.stringify(e)))).toBe(true);
  });

  it('keeps the contradictions of the events kept', async () => {
    const e = await buildExport(store, { to: '2025-03-02' });
    expect(e.events.map((x) => x.id)).toEqual([closure.id, protest.id]);
    expect(e.contradictions).toHaveLength(2);
    for (const s of spans(e)) expect(e.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('finds an entity by id or by alias', async () => {
    const byAlias = await buildExport(store, { entity: 'Mayor Ortiz' });
    expect(byAlias.events.map((x) => x.id)).toEqual([meeting.id, review.id]);
    expect(byAlias.entities.map((x) => x.id)).toContain(ortiz.id);
    const byId = await buildExport(store, { entity: ortiz.id });
    expect(byId.events).toEqual(byAlias.events);
  });

  it('rejects an unknown entity and a malformed date with typed errors', async () => {
    expect(await codeOf(buildExport(store, { entity: 'Nobody Atall' }))).toBe('E_NOT_FOUND');
    expect(await codeOf(buildExport(store, { from: 'March 2025' }))).toBe('E_USAGE');
  });
});
