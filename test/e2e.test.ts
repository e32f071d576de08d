import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validator } from '../src/export/testing/schema.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './cli.ts';

/**
 * End to end: the real CLI ingests the demo corpus (examples/seeds) and exports it; the export is
 * checked against the JSON Schema and against what a careful reader of the seeds would expect.
 */
const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
const db = join(dir, 'seeds.db');
let exp: any;

beforeAll(async () => {
  const demo = await runCli(['demo', '--no-serve', '--db', db]);
  expect(demo.stderr).toMatch(/5 ingested, 0 duplicates, 0 failed/);
  expect(demo.code).toBe(0);
  const out = await runCli(['export', '--format', 'json', '--db', db]);
  expect(out.code).toBe(0);
  exp = JSON.parse(out.stdout);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const entityNames = () => exp.entities.flatMap((e: any) => [e.name, ...e.aliases]) as string[];

describe('dossier on the seed articles', () => {
  it('exports data that validates against the published JSON Schema', () => {
    const validate = validator();
    const ok = validate(exp);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    expect(exp.articles).toHaveLength(5);
  });

  it('points every piece of evidence at the exact span of its article', () => {
    const text = new Map(exp.articles.map((a: any) => [a.id, a.text]));
    const spans = [
      ...exp.events.flatMap((e: any) => e.evidence),
      ...exp.quotes,
      ...exp.contradictions.flatMap((c: any) => c.claims.flatMap((k: any) => k.evidence)),
    ];
    expect(spans.length).toBeGreaterThan(10);
    for (const s of spans) {
      const t = text.get(s.article) as string;
      expect(t, `article ${s.article}`).toBeTypeOf('string');
      if ('text' in s) expect(t.slice(s.start, s.end)).toBe(s.text);
      else expect(s.end).toBeLessThanOrEqual(t.length);
    }
  });

  it('dates the 2019 Vladivostok summit to 2019', () => {
    const summit = exp.events.filter((e: any) => e.evidence.some((v: any) => /Vladivostok/.test(v.text) && /2019/.test(v.text)));
    expect(summit.length).toBeGreaterThan(0);
    for (const e of summit) expect(e.date).toMatch(/^2019/);
  });

  it('keeps Kim Jong Un, Kim Jong Il and Kim Il Sung apart', () => {
    const kimUn = exp.entities.filter((e: any) => /Kim Jong[- ]?Un/i.test([e.name, ...e.aliases].join('|')));
    expect(kimUn).toHaveLength(1);
    const names = [kimUn[0].name, ...kimUn[0].aliases].join('|');
    expect(names).not.toMatch(/Jong[- ]?Il\b|Il[- ]?Sung/i);
    expect(kimUn[0].type).toBe('PERSON');
    // The Sun's photo caption names Kim Jong Il: he is his own entity.
    const kimIl = exp.entities.filter((e: any) => [e.name, ...e.aliases].some((n: string) => /^Kim Jong[- ]?Il$/i.test(n)));
    expect(kimIl).toHaveLength(1);
    expect(kimIl[0].id).not.toBe(kimUn[0].id);
  });

  it('shows the sources’ disagreement on the year of Putin’s previous visit', () => {
    const dates = exp.contradictions.filter((c: any) => c.about === 'date');
    const years = dates.map((c: any) => c.claims.map((k: any) => k.value).sort().join(' vs '));
    expect(years).toContain('2000 vs 2002');
    for (const c of exp.contradictions) for (const k of c.claims) expect(k.evidence.length).toBeGreaterThan(0);
  });

  it('resolves the people once each, with their aliases', () => {
    const putin = exp.entities.filter((e: any) => e.type === 'PERSON' && /Putin/.test([e.name, ...e.aliases].join('|')));
    expect(putin).toHaveLength(1);
    expect(putin[0].articles.length).toBe(5);
  });

  it('lets nothing from the unrelated headline list in 003 reach entities or events', () => {
    const junk = /Trump|Kirk|Turning Point|Indonesia|Central Java|Pakistan|Macron|Lecornu|Hezbollah|Lebanon|Gaza|Gideon|Senate/;
    expect(entityNames().filter((n) => junk.test(n))).toEqual([]);
    expect(exp.events.flatMap((e: any) => e.evidence).filter((v: any) => junk.test(v.text))).toEqual([]);
    const a003 = exp.articles.find((a: any) => a.source.endsWith('003_b4d5968f3c2a6945.txt'));
    expect(a003.text).not.toMatch(junk);
    expect(a003.text).toMatch(/After North Korea, Putin will visit Vietnam/);
  });

  it('never invents a publication date for the undated seeds', () => {
    for (const a of exp.articles) {
      expect(['inferred', 'unknown']).toContain(a.published.basis);
      if (a.published.basis === 'unknown') expect(a.published.date).toBeNull();
      // An inferred value says how it was inferred; none of the seeds states its own day.
      else expect(a.published.how).toMatch(/\w/);
      expect(a.published.date ?? '').not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it('prints the timeline and answers the query commands', async () => {
    const t = await runCli(['timeline', '--db', db, '--entity', 'Putin']);
    expect(t.code).toBe(0);
    expect(t.stdout).toMatch(/^2019/m);
    const s = await runCli(['search', 'Vladivostok', '--db', db, '--json']);
    expect(s.code).toBe(0);
    expect(JSON.parse(s.stdout).length).toBeGreaterThan(0);
  });
});
