import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventMention } from '../src/core/layers.ts';
import type { PublishedDate } from '../src/core/article.ts';
import { openStore } from '../src/store/open.ts';
import { REPO, runCli } from './cli.ts';

/**
 * Article and event dates on the demo corpus, end to end through the real CLI: with the
 * publication dates supplied (examples/seeds.dates.json), the key events get the calendar dates a
 * careful reader gives them; without, nothing gets an invented day and every date that rests on an
 * inferred publication date is marked as inferred.
 */
interface Mention {
  readonly article: string;
  readonly published: PublishedDate;
  readonly text: string;
  readonly trigger: string;
  readonly time: EventMention['time'];
}

const dir = mkdtempSync(join(tmpdir(), 'dossier-dates-'));

async function mentionsOf(db: string): Promise<Mention[]> {
  const store = await openStore(db);
  try {
    const out: Mention[] = [];
    for (const a of await store.listArticles()) {
      const stored = (await store.getArticle(a.id))!;
      const file = a.source.replace(/^.*\//, '').slice(0, 3);
      for (const t of stored.layers.timexes ?? []) {
        const sentence = (stored.layers.sentences ?? []).find((x) => x.start <= t.start && t.end <= x.end);
        out.push({
          article: file,
          published: stored.article.published,
          text: sentence ? stored.article.text.slice(sentence.start, sentence.end) : '',
          trigger: `timex:${stored.article.text.slice(t.start, t.end)}`,
          time: { value: t.value, precision: t.precision ?? null, basis: 'explicit', timex: { start: t.start, end: t.end } },
        });
      }
      for (const e of stored.layers.events ?? []) {
        out.push({
          article: file,
          published: stored.article.published,
          text: stored.article.text.slice(e.start, e.end),
          trigger: stored.article.text.slice(e.trigger.start, e.trigger.end),
          time: e.time,
        });
      }
    }
    return out;
  } finally {
    await store.close();
  }
}

/** Every mention's date with what it is dated from, in a stable order (for comparing two stores). */
const times = (ms: readonly Mention[]) => ms.map((m) => JSON.stringify([m.article, m.text, m.trigger, m.time])).sort();

/** The dates of the events in `article` whose evidence matches `sentence` and whose trigger matches `trigger`. */
function datesOf(ms: readonly Mention[], article: string, sentence: RegExp, trigger: RegExp): (string | null)[] {
  const hits = ms.filter((m) => m.article === article && sentence.test(m.text) && trigger.test(m.trigger));
  expect(hits.length, `${article} ${sentence} ${trigger}: ${ms.filter((m) => m.article === article && sentence.test(m.text)).map((m) => m.trigger).join(', ')}`).toBeGreaterThan(0);
  return hits.map((m) => m.time.value);
}

let dated: Mention[];
let undated: Mention[];
let undatedDb: string;
let datedDb: string;
let timelines: { dated: string; undated: string };

beforeAll(async () => {
  const withDates = join(dir, 'dated.db');
  datedDb = withDates;
  const demo = await runCli(['demo', '--no-serve', '--db', withDates, '--dates', join(REPO, 'examples/seeds.dates.json')]);
  expect(demo.stderr).toMatch(/5 re-dated, 0 unchanged, 0 unmatched/);
  expect(demo.code).toBe(0);
  dated = await mentionsOf(withDates);
  undatedDb = join(dir, 'undated.db');
  const plain = await runCli(['demo', '--no-serve', '--db', undatedDb]);
  expect(plain.code).toBe(0);
  expect(plain.stderr).toMatch(/5 ingested, 0 duplicates, 0 failed, 4 dated from the corpus \(inferred\)/);
  undated = await mentionsOf(undatedDb);
  timelines = { dated: demo.stdout, undated: plain.stdout };
}, 240_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('event dates on the seeds with their publication dates supplied', () => {
  it('000 (2024-06-18): the letter, the delegates, Kim’s trip', () => {
    expect(datesOf(dated, '000', /letter published by state media on Tuesday/, /pledged|published/)).toContain('2024-06-18');
    expect(datesOf(dated, '000', /^In January Kim sent delegates/, /^sent/)).toEqual(['2024-01']);
    expect(datesOf(dated, '000', /own trip there in September last year/, /trip/)).toEqual(['2023-09']);
  });

  it('001 (2025-06-05): the Shoigu meeting, his March visit, Putin’s visit last year', () => {
    expect(datesOf(dated, '001', /On Wednesday, North Korean leader Kim Jong Un met with Sergei Shoigu/, /^met/)).toEqual(['2025-06-04']);
    expect(datesOf(dated, '001', /back in March/, /visited/)).toEqual(['2025-03']);
    expect(datesOf(dated, '001', /Last year, Russian President Vladimir Putin made a rare visit/, /visit|made/)).toEqual(['2024']);
  });

  it('002 (2022-10-07): the birthday message and the Security Council meeting', () => {
    expect(datesOf(dated, '002', /70th birthday on Friday/, /sent|message/)).toContain('2022-10-07');
    expect(datesOf(dated, '002', /on Wednesday, at an emergency meeting of the UN Security Council/, /^defended$/)).toEqual(['2022-10-05']);
    expect(datesOf(dated, '002', /on Wednesday, at an emergency meeting of the UN Security Council/, /^meeting$/)).toEqual(['2022-10-05']);
    // The launches Russia and China defended on Wednesday are not dated by it; "earlier this week" dates them.
    expect(datesOf(dated, '002', /on Wednesday, at an emergency meeting of the UN Security Council/, /launches$/)).toEqual([null]);
    expect(timelines.dated).toMatch(/^week of 2022-10-03 \(2022-W40\) +North Korea launched two short-range ballistic missiles/m);
  });

  it('003 (2024-06-19): the schedule, the September meeting, last year’s vow', () => {
    expect(datesOf(dated, '003', /nine-hour-long schedule on Wednesday/, /^timex:Wednesday$/)).toEqual(['2024-06-19']);
    // "both leaders were to focus on Moscow’s request": Wednesday is the schedule's, not the request's.
    expect(datesOf(dated, '003', /nine-hour-long schedule on Wednesday/, /^request$/)).toEqual([null]);
    // No event is extracted for "met" here (only "visit", current news); the time expression is checked.
    expect(datesOf(dated, '003', /last met in September/, /^timex:September$/)).toEqual(['2023-09']);
    expect(datesOf(dated, '003', /this is Putin’s first visit to Pyongyang since 2000/, /^visit$/)).toEqual(['2024-06-19']);
    expect(datesOf(dated, '003', /vowed to strengthen military ties last year/, /vowed|strengthen/)).toContain('2023');
  });

  it('004 (2024-06-20): "arrived around noon" is on the day of the visit other sources give, not the publication day', () => {
    expect(datesOf(dated, '004', /^Putin arrived around noon/, /^arrived$/)).toEqual(['2024-06-19']);
    // The gifts "during the visit" follow it; nothing in the timeline sits on 004's publication day.
    const block = timelines.dated.split(/\n(?=\d{4})/).find((b) => b.startsWith('2024-06-19 '));
    expect(block).toMatch(/Putin arrived around noon/);
    expect(block).toMatch(/exchanged gifts during the visit/);
    expect(timelines.dated).not.toMatch(/^2024-06-20/m);
  });

  it('003: "Since last year, North Korea has shipped …" runs from 2023 to publication, not in 2023', () => {
    expect(datesOf(dated, '003', /^Since last year, North Korea has shipped/, /^shipped$/)).toEqual(['2023/2024-06-19']);
    expect(timelines.dated).toMatch(/^2023 … 2024-06-19 +Since last year, North Korea has shipped/m);
    // Without dates, the end is the year of publication 003 is inferred to (2024), and says so.
    expect(datesOf(undated, '003', /^Since last year, North Korea has shipped/, /^shipped$/)).toEqual(['2023/2024']);
  });

  it('003 (2024-06-19): "at around 03:00 local time" takes the Wednesday the next sentence names', () => {
    expect(datesOf(dated, '003', /at around 03:00 local time/, /^welcome$/)).toEqual(['2024-06-19']);
  });

  it('004 (2024-06-20): historical references keep their own years', () => {
    // Each year of "agreements from 1961, 2000, and 2001" is its own time expression, not the article's date.
    expect(datesOf(dated, '004', /agreements from 1961, 2000, and 2001/, /^timex:/)).toEqual(['1961', '2000', '2001']);
    expect(datesOf(dated, '004', /late 1940’s/, /^timex:/)).toEqual(['194']);
    expect(datesOf(dated, '004', /Putin’s last trip to Pyongyang in 2000/, /^timex:/)).toEqual(['2000']);
  });
});

interface EventJson {
  readonly date: string | null;
  readonly dateNote: string | null;
  readonly mentions: readonly { readonly evidence: { readonly text: string } }[];
}

/** The fused events (`dossier events --json`) with a mention whose evidence matches `text`. */
async function eventsWith(db: string, text: RegExp): Promise<EventJson[]> {
  const events = JSON.parse((await runCli(['events', '--json', '--db', db])).stdout) as EventJson[];
  return events.filter((e) => e.mentions.some((m) => text.test(m.evidence.text)));
}

describe('events placed during an occasion, on the seeds', () => {
  it('with dates: the day of the visit other sources give, not its hour; a war mentioned at a meeting is not in it', async () => {
    // 001: "During that visit, the two countries signed a mutual defense pact" (the visit "last year", 2024-06-19 by 003).
    const [pact] = await eventsWith(datedDb, /During that visit, the two countries signed/);
    expect([pact.date, pact.dateNote]).toEqual(['2024-06-19', expect.stringMatching(/^during the visit: on the day other sources give the visit: 2024-06-19/)]);
    // 004: "exchanged gifts during the visit", after "Putin arrived around noon": the day, not noon.
    const [gifts] = await eventsWith(datedDb, /exchanged gifts during the visit/);
    expect(gifts.date).toBe('2024-06-19');
    expect(gifts.dateNote).not.toMatch(/noon/);
    // 001: "During their meeting, Kim made it clear that … including the war in Ukraine".
    const war = (await eventsWith(datedDb, /including the war in Ukraine/)).filter((e) => e.mentions.length === 1);
    expect(war.map((e) => e.date)).toEqual([null]);
  });

  it('without dates: the year the article gives, marked inferred; no day, no hour', async () => {
    const [pact] = await eventsWith(undatedDb, /During that visit, the two countries signed/);
    expect([pact.date, pact.dateNote]).toEqual(['2024', 'during the visit: the year before publication; publication date inferred (2025)']);
    const [gifts] = await eventsWith(undatedDb, /exchanged gifts during the visit/);
    expect([gifts.date, gifts.dateNote]).toEqual([null, 'during the visit: on a day the text does not give']);
  });
});

describe('event dates on the seeds without publication dates', () => {
  it('gives no event an invented day: a day needs an explicit day in the text', () => {
    for (const m of undated.filter((x) => !x.trigger.startsWith('timex:'))) {
      if (m.time.value && /^\d{4}-\d{2}-\d{2}/.test(m.time.value)) expect(m.time.basis, m.text).toBe('explicit');
    }
  });

  it('keeps relative dates relative when only bounds are known, and marks inferred ones', () => {
    const tuesday = undated.find((m) => m.article === '000' && /on Tuesday/.test(m.text) && m.time.timex && !m.trigger.startsWith('timex:'));
    expect(tuesday?.time.value ?? null).toBeNull();
    expect(tuesday?.time.relative).toMatch(/Tuesday .*publication/);
    for (const m of undated.filter((x) => x.time.value && x.time.basis !== 'explicit' && !x.trigger.startsWith('timex:'))) {
      expect(m.published.basis, m.text).toBe('inferred');
      expect(m.time.relative, m.text).toMatch(/publication.*inferred/);
    }
  });

  it('leaves the day of a clock time open when no source gives the occasion a day', () => {
    const noon = undated.filter((m) => m.article === '004' && /^Putin arrived around noon/.test(m.text) && m.trigger === 'arrived');
    expect(noon.map((m) => [m.time.value, m.time.relative])).toEqual([[null, 'noon, on a day the text does not give']]);
  });

  it('gives every undated event that rests on an unknown publication date its relative description', async () => {
    const events = JSON.parse((await runCli(['events', '--json', '--db', undatedDb])).stdout) as { date: string | null; summary: string; dateNote: string | null; mentions: { time: EventMention['time'] }[] }[];
    const anchored = events.filter((e) => e.date === null && e.mentions.some((m) => m.time.relative));
    expect(anchored.length).toBeGreaterThan(5);
    for (const e of anchored) expect(e.dateNote, e.summary).toBeTruthy();
    expect(events.find((e) => e.summary === 'Vladimir Putin pledges support to North Korea')?.dateNote).toBe('the Tuesday on or before publication');
    const md = (await runCli(['export', '--format', 'md', '--db', undatedDb])).stdout;
    expect(md.slice(md.indexOf('## Undated events'))).toMatch(/Vladimir Putin pledges support to North Korea .* — \*the Tuesday on or before publication\*/);
    const table = (await runCli(['events', '--db', undatedDb])).stdout;
    expect(table).toMatch(/^1940s /m); // a TIMEX3 decade ("194") reads as the timeline shows it
  });

  it('marks timeline entries whose date rests on an inferred publication date', () => {
    expect(timelines.undated).toMatch(/^2025\b[\s\S]*\[date inferred\]/m);
    expect(timelines.dated).not.toMatch(/\[date inferred\]/);
  });

  it('infers years from the corpus, marked as inferred, with how', () => {
    const byFile = new Map(undated.map((m) => [m.article, m.published]));
    for (const p of byFile.values()) {
      expect(['inferred', 'unknown']).toContain(p.basis);
      expect(p.date ?? '').not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
    expect(byFile.get('004')).toMatchObject({ basis: 'inferred', date: '2024' });
    expect(byFile.get('004')!.how).toMatch(/24 years/);
    expect(byFile.get('001')).toMatchObject({ basis: 'inferred', date: '2025' });
    expect(datesOf(undated, '001', /Last year, Russian President Vladimir Putin made a rare visit/, /visit|made/)).toEqual(['2024']);
  });

  it('is idempotent: ingesting the corpus again changes nothing', async () => {
    const again = await runCli(['demo', '--no-serve', '--db', undatedDb]);
    expect(again.stderr).toMatch(/0 ingested, 5 duplicates, 0 failed/);
    expect(again.stderr).not.toMatch(/dated from the corpus/);
    expect(await mentionsOf(undatedDb)).toEqual(undated);
  });

  it('does not depend on the order the articles arrive in', async () => {
    const db = join(dir, 'reversed.db');
    const files = ['004', '003', '002', '001', '000'].map((n) => readdirSync(join(REPO, 'examples/seeds')).find((f) => f.startsWith(n))!);
    for (const f of files) expect((await runCli(['ingest', join(REPO, 'examples/seeds', f), '--db', db])).code).toBe(0);
    const dates = (ms: readonly Mention[]) => Object.fromEntries(ms.map((m) => [m.article, m.published.date]));
    const reversed = await mentionsOf(db);
    expect(dates(reversed)).toEqual(dates(undated));
    // Each ingest examines only the articles its article can reach (src/pipeline/corpus-related.ts): same event dates as the whole batch.
    expect(times(reversed)).toEqual(times(undated));
  }, 120_000);

  it('gives every event the same date when dated articles arrive one by one, in reverse', async () => {
    // Each ingest re-dates only the neighbourhood of its article (src/pipeline/corpus-scope.ts);
    // the result must be what dating the whole corpus at once gives.
    const db = join(dir, 'one-by-one-dated.db');
    const { dates } = JSON.parse(readFileSync(join(REPO, 'examples/seeds.dates.json'), 'utf8')) as { dates: Record<string, string> };
    for (const f of Object.keys(dates).sort().reverse()) {
      expect((await runCli(['ingest', join(REPO, 'examples/seeds', f), '--published', dates[f], '--db', db])).code).toBe(0);
    }
    expect(times(await mentionsOf(db))).toEqual(times(await mentionsOf(datedDb)));
  }, 120_000);

  it('resolves every dependent date again when the dates are supplied later, from a file', async () => {
    const db = join(dir, 'later.db');
    expect((await runCli(['ingest', join(REPO, 'examples/seeds'), '--db', db])).code).toBe(0);
    const set = await runCli(['date', '--file', join(REPO, 'examples/seeds.dates.json'), '--db', db]);
    expect(set.stderr).toMatch(/5 re-dated, 0 unchanged, 0 unmatched/);
    const later = await mentionsOf(db);
    expect(later.every((m) => m.published.basis === 'user')).toBe(true);
    expect(datesOf(later, '000', /letter published by state media on Tuesday/, /pledged/)).toEqual(['2024-06-18']);
    expect(datesOf(later, '001', /Last year, Russian President Vladimir Putin made a rare visit/, /visit|made/)).toEqual(['2024']);
    expect(datesOf(later, '002', /on Wednesday, at an emergency meeting of the UN Security Council/, /^defended$/)).toEqual(['2022-10-05']);
    expect(later.filter((m) => (m.time.relative ?? '').includes('inferred'))).toEqual([]);
  }, 120_000);

  it('resolves every dependent date again when dates are supplied one by one, across articles', async () => {
    const db = join(dir, 'one-by-one.db');
    expect((await runCli(['ingest', join(REPO, 'examples/seeds'), '--db', db])).code).toBe(0);
    const ids = JSON.parse((await runCli(['articles', '--json', '--db', db])).stdout) as { id: string; source: string }[];
    const idOf = (n: string) => ids.find((a) => a.source.includes(`/${n}_`))!.id;
    const noon = async () => datesOf(await mentionsOf(db), '004', /^Putin arrived around noon/, /^arrived$/);
    expect((await runCli(['date', idOf('003'), '2024-06-19', '--db', db])).code).toBe(0);
    const after003 = await mentionsOf(db);
    expect(datesOf(after003, '003', /at around 03:00 local time/, /^welcome$/)).toEqual(['2024-06-19']);
    // 001's pact "during that visit" takes the day 003 now gives the visit; 001's own date is still inferred, and it says so.
    const pact = after003.filter((m) => m.article === '001' && /^During that visit/.test(m.text) && m.trigger === 'signed');
    expect(pact.map((m) => [m.time.value, m.time.relative])).toEqual([['2024-06-19', expect.stringMatching(/^during the visit: .*2024-06-19 .*publication date inferred/)]]);
    expect(await noon()).toEqual([null]); // 004's own date is still only inferred (2024)
    expect((await runCli(['date', idOf('004'), '2024-06-20', '--db', db])).code).toBe(0);
    expect(await noon()).toEqual(['2024-06-19']);
    expect((await runCli(['date', idOf('003'), '2024-06-26', '--db', db])).code).toBe(0);
    expect(await noon()).toEqual([null]); // 003 now puts the visit after 004 was published: not the day 004 reports
  }, 180_000);

});

describe('a date the user supplies', () => {
  /** Invented page: its metadata says 2031-03-14; the user says 2031-03-20. */
  const page = (talks: string) =>
    `<html><head><title>Minister visits Lisbon</title><meta property="article:published_time" content="2031-03-14T08:00:00Z"></head><body><article><h1>Minister visits Lisbon</h1>` +
    `<p>The minister arrived in Lisbon on Tuesday for ${talks} with the prime minister.</p><p>Last year, the two governments signed a trade agreement in Porto.</p></article></body></html>`;

  it('wins over the metadata, and still does for a new version of the same source', async () => {
    const db = join(dir, 'user-wins.db');
    const file = join(dir, 'lisbon.html');
    writeFileSync(file, page('two days of talks'));
    expect((await runCli(['ingest', file, '--db', db])).code).toBe(0);
    const id = () => runCli(['articles', '--json', '--db', db]).then((r) => (JSON.parse(r.stdout) as { id: string }[])[0].id);
    const visit = async () => {
      const events = JSON.parse((await runCli(['events', '--json', '--db', db])).stdout) as { type: string; date: string | null }[];
      return events.find((e) => e.type === 'CONSULT')?.date;
    };
    expect(await visit()).toBe('2031-03-11'); // the Tuesday before the metadata's Friday
    expect((await runCli(['date', await id(), '2031-03-20', '--db', db])).code).toBe(0);
    expect(await visit()).toBe('2031-03-18');
    writeFileSync(file, page('three days of talks'));
    expect((await runCli(['ingest', file, '--db', db])).stderr).toMatch(/1 of them new versions/);
    const [article] = JSON.parse((await runCli(['articles', '--json', '--db', db])).stdout) as { published: { date: string; basis: string } }[];
    expect(article.published).toMatchObject({ date: '2031-03-20', basis: 'user' });
    expect(await visit()).toBe('2031-03-18');
  }, 60_000);
});
