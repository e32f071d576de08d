import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validator } from '../src/export/testing/schema.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chronological } from '../src/timeline/index.ts';
import { REPO, runCli } from './cli.ts';

/**
 * End to end: the real CLI ingests the demo corpus (examples/seeds) and exports it; the export is
 * checked against the JSON Schema and against what a careful reader of the seeds would expect.
 */
const dir = mkdtempSync(join(tmpdir(), 'dossier-e2e-'));
const db = join(dir, 'seeds.db');
const datedDb = join(dir, 'seeds-dated.db');
const redatedDb = join(dir, 'seeds-redated.db');
let exp: any;
let dated: any;
let redated: any;

/**
 * The seeds' real publication days (from their content: the summit of 18–20 June 2024, Putin's 70th
 * birthday on Friday 7 October 2022, Shoigu's talks with Kim on Wednesday 4 June 2025), given as
 * sidecars to a copy of the seeds, so fusion is also checked with day-precise dates.
 */
const PUBLISHED: Readonly<Record<string, string>> = {
  '000': '2024-06-18', '001': '2025-06-05', '002': '2022-10-08', '003': '2024-06-19', '004': '2024-06-20',
};

async function ingestDated(): Promise<any> {
  const seeds = join(REPO, 'examples', 'seeds');
  const copy = join(dir, 'seeds-dated');
  mkdirSync(copy);
  for (const f of readdirSync(seeds)) {
    copyFileSync(join(seeds, f), join(copy, f));
    writeFileSync(join(copy, `${f}.meta.json`), JSON.stringify({ published: PUBLISHED[f.slice(0, 3)] }));
  }
  const ing = await runCli(['ingest', copy, '--db', datedDb]);
  expect(ing.code).toBe(0);
  const out = await runCli(['export', '--format', 'json', '--db', datedDb]);
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout);
}

/** The seeds ingested undated, then given their dates with `dossier date --file` (every article re-fused). */
async function ingestRedated(): Promise<any> {
  expect((await runCli(['ingest', join(REPO, 'examples', 'seeds'), '--db', redatedDb])).code).toBe(0);
  const file = join(dir, 'dates.json');
  const seeds = readdirSync(join(REPO, 'examples', 'seeds'));
  writeFileSync(file, JSON.stringify(Object.fromEntries(seeds.map((f) => [f, PUBLISHED[f.slice(0, 3)]]))));
  expect((await runCli(['date', '--file', file, '--db', redatedDb])).code).toBe(0);
  const out = await runCli(['export', '--format', 'json', '--db', redatedDb]);
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout);
}

beforeAll(async () => {
  const demo = await runCli(['demo', '--no-serve', '--db', db]);
  expect(demo.stderr).toMatch(/5 ingested, 0 duplicates, 0 failed/);
  expect(demo.code).toBe(0);
  const out = await runCli(['export', '--format', 'json', '--db', db]);
  expect(out.code).toBe(0);
  exp = JSON.parse(out.stdout);
  dated = await ingestDated();
  redated = await ingestRedated();
}, 300_000);

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

  it('gives a quote every speaker its source names: "Putin and Kim vowed", "officials in Seoul and Washington"', async () => {
    const name = new Map(exp.entities.map((e: any) => [e.id, e.name]));
    const speakersOf = (re: RegExp) => exp.quotes.filter((q: any) => re.test(q.text)).map((q: any) => q.speakers.map((id: string) => name.get(id)));
    expect(speakersOf(/^to fight a “sacred” battle/)).toEqual([['Vladimir Putin', 'Kim Jong Un']]);
    expect(speakersOf(/^North Korea has launched about 40 missiles/)).toEqual([['Seoul', 'Washington']]);
    for (const q of exp.quotes) expect(q.speaker === null ? [] : [q.speaker]).toEqual(q.speakers.filter((id: string) => id === q.speaker));
    const out = await runCli(['quotes', '--speaker', 'Kim Jong Un', '--db', db]);
    expect(out.stdout.split('\n').find((l) => l.includes('to fight a “sacred” battle'))).toMatch(/^Vladimir Putin & Kim Jong Un\s/);
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

/** What a careful reader of the seeds knows about the events they share, checked on one export. */
function historyChecks(name: string, get: () => any, store: string, datedSeeds: boolean): void {
  describe(`the seeds' shared history (${name})`, () => {
    const article = (prefix: string) => get().articles.find((a: any) => a.source.includes(`/${prefix}_`)).id as string;
    const having = (re: RegExp, type = 'CONSULT') => get().events.filter((e: any) => e.type === type && e.evidence.some((v: any) => re.test(v.text)));
    const texts = (e: any) => e.evidence.map((v: any) => v.text).join('\n');
    const september = () => having(/In September, Putin and Kim vowed/).filter((e: any) => e.mode === 'meet' || e.mode === 'visit')[0];

    it('makes Putin’s 2024 visit one event carrying every source that reports it', () => {
      const [visit, ...more] = having(/plane touched down/);
      expect(more).toEqual([]);
      expect(visit.type).toBe('CONSULT');
      // 003 ("touched down"), 004 ("first visit to North Korea in 24 years"), 000 ("for the first time in 24 years").
      expect(visit.articles).toEqual(expect.arrayContaining([article('000'), article('003'), article('004')]));
      expect(texts(visit)).toMatch(/first visit to North Korea in 24 years/);
      // 001's "Last year, … a rare visit to Pyongyang" joins once 001 is dated.
      const a001 = get().articles.find((a: any) => a.id === article('001'));
      if (a001.published.date !== null) expect(visit.articles).toContain(article('001'));
      if (visit.date !== null) expect(visit.date).toMatch(/^2024/);
      // Not Kim's own trip to Russia, not the onward trip to Vietnam, not the 2002 handshake.
      expect(texts(visit)).not.toMatch(/own trip there in September|will visit Vietnam|Kim Jong Il in 2002/);
      expect(visit.corroboration).toBeGreaterThanOrEqual(3);
    });

    it('keeps the visit of 2000 apart, with the sources’ disagreement on its year as the only contradiction', () => {
      // "… and Kim Jong Un‘s later trips to Russia", in the same sentence, is an event of its own
      const [previous, ...more] = having(/last trip to Pyongyang in 2000/).filter((e: any) => !/^Kim Jong Un visits Russia/.test(e.summary));
      expect(more).toEqual([]);
      expect(previous.date).toBe('2000');
      expect(texts(previous)).toMatch(/Kim Jong Il in 2002 on his last visit/);
      expect(texts(previous)).toMatch(/first visit to Pyongyang since 2000/);
      expect(having(/plane touched down/)[0].id).not.toBe(previous.id);
      // Every contradiction printed is a real disagreement, and every real one is printed: 2000 vs
      // 2002; and, once dated, where the September 2023 summit was (below). No other.
      const cons = get().contradictions.map((c: any) => [c.about, c.event, c.claims.map((k: any) => k.value).sort().join(' vs ')]);
      const expected = [['date', previous.id, '2000 vs 2002']];
      if (datedSeeds) expected.push(['place', september().id, `Moscow (Central Federal District) vs far eastern Russia (Far Eastern Federal District)`]);
      expect([...cons].sort()).toEqual(expected.sort());
      // The Sun's caption is not a second visit in 2002 on the timeline.
      expect(get().timeline.map((t: any) => t.date)).not.toContain('2002');
    });

    it('tells the history the texts date: aid in the late 1940s, the agreements of 1961, 2000 and 2001, sanctions from 2006, a nuclear test in 2017', () => {
      const on = (date: string, type: string) => get().events.filter((e: any) => (e.dateValue ?? e.date) === date && e.type === type).map(texts).join('\n');
      expect(on('194', 'AID')).toMatch(/Soviet Union helped/);
      for (const year of ['1961', '2000', '2001']) expect(on(year, 'AGREE'), year).toMatch(/previous agreements from 1961, 2000, and 2001/);
      expect(on('2006', 'SANCTION')).toMatch(/started punishing Pyongyang/);
      expect(on('2017', 'MOBILIZE')).toMatch(/first nuclear test since 2017/);
      // the next test stays what officials expect, not a test of 2017
      const next = get().events.filter((e: any) => e.mode === 'nuclear-test' && e.date !== '2017');
      expect(next.map((e: any) => e.modality)).toEqual(['reported']);
      expect(get().timeline.map((t: any) => t.date)).toEqual(expect.arrayContaining(['194', '1961', '2000', '2001', '2006', '2017']));
    });

    it('keeps the 2019 Vladivostok summit to the article that reports it', () => {
      const [summit] = having(/In 2019 the North Korean dictator/);
      expect(summit.date).toBe('2019');
      expect(summit.articles).toEqual([article('002')]);
    });

    it('merges the partnership treaty of 001 and 004 once both are dated', () => {
      const [pact] = having(/signed a mutual defense pact/, 'AGREE');
      const a001 = get().articles.find((a: any) => a.id === article('001'));
      if (datedSeeds || a001.published.date !== null) expect(pact.articles).toEqual([article('001'), article('004')].sort());
    });

    it('keeps the September 2023 summit apart from the June 2024 one, and one event once dated', () => {
      const sept = september();
      expect(texts(sept)).not.toMatch(/two-day summit/);
      if (datedSeeds) {
        expect(sept.date).toBe('2023-09');
        expect(sept.articles).toEqual([article('000'), article('003')].sort());
        expect(texts(sept)).toMatch(/last met in September in far eastern Russia/);
        // Kim's own trip to Moscow that September is that summit, not an event of its own.
        expect(texts(sept)).toMatch(/own trip there in September/);
        expect(having(/own trip there in September/).filter((e: any) => e.mode === 'visit' || e.mode === 'meet')).toEqual([sept]);
      }
    });

    it('shows, once dated, that the sources place the September 2023 summit in Moscow and in the Far East', () => {
      const place = get().contradictions.filter((c: any) => c.about === 'place');
      if (!datedSeeds) return expect(place).toEqual([]);
      const [c, ...more] = place;
      expect(more).toEqual([]);
      expect(c.event).toBe(september().id);
      const side = (re: RegExp) => c.claims.find((k: any) => re.test(k.value));
      expect(side(/^Moscow/).articles).toEqual([article('000')]);
      expect(side(/^Moscow/).evidence.map((v: any) => v.text).join('\n')).toMatch(/own trip there in September/);
      expect(side(/far eastern Russia/).articles).toEqual([article('003')]);
      expect(side(/far eastern Russia/).evidence.map((v: any) => v.text).join('\n')).toMatch(/last met in September in far eastern Russia/);
      // "after a summit in Russia" refines both: it is no side.
      expect(c.claims.flatMap((k: any) => k.evidence).map((v: any) => v.text).join('\n')).not.toMatch(/after a summit in Russia/);
    });

    it('orders the timeline chronologically at mixed precision', async () => {
      const out = await runCli(['timeline', '--json', '--db', store]);
      expect(out.code).toBe(0);
      const dates = JSON.parse(out.stdout).map((t: any) => t.date) as string[];
      expect(dates.length).toBeGreaterThan(2);
      expect(dates).toEqual([...dates].sort(chronological));
    });
  });
}

historyChecks('as ingested by the demo', () => exp, db, false);
historyChecks('with their publication dates', () => dated, datedDb, true);
historyChecks('dated after ingest', () => redated, redatedDb, true);

describe('the seeds with their publication dates', () => {
  it('read as a dated history of the relationship', () => {
    const dates = dated.timeline.map((t: any) => t.date) as string[];
    const firstIndex = (re: RegExp) => dates.findIndex((d) => re.test(d));
    const milestones = [/^2000$/, /^2019$/, /^2022-10-07$/, /^2023-09$/, /^2024-06-1[89]$/, /^2025-03$/, /^2025-06-04$/].map(firstIndex);
    expect(milestones.every((i) => i >= 0)).toBe(true);
    expect(milestones).toEqual([...milestones].sort((a, b) => a - b));
    const visit = dated.events.find((e: any) => e.evidence.some((v: any) => /plane touched down/.test(v.text)));
    expect(visit.date).toMatch(/^2024-06-(18|19|20)$/);
    expect(visit.articles).toHaveLength(4);
  });
});
