import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleB, closure, contradictions, jointQuoteCommit, moller, ortiz, protest, review } from '../../export/testing/fixture.ts';
import { fixtureStore } from '../../export/testing/store.ts';
import { main } from '../main.ts';
import { modalityText, publishedText } from '../../export/markdown.ts';

/** The record commands on the hand-built fixture: inferred dates say so, sides keep their sources. */
const dir = mkdtempSync(join(tmpdir(), 'dossier-records-'));
const db = join(dir, 'fixture.db');

beforeAll(async () => {
  const store = await fixtureStore(db);
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function runOn(store: string, ...args: string[]): Promise<string> {
  const out: string[] = [];
  const sink = { write: (s: string) => (out.push(s), true) } as unknown as NodeJS.WritableStream;
  expect(await main([...args, '--db', store], { stdout: sink, stderr: sink })).toBe(0);
  return out.join('');
}
const run = (...args: string[]) => runOn(db, ...args);

describe('dossier quotes', () => {
  // The fixture with Moller's quote said jointly by Ortiz and Moller.
  const joint = join(dir, 'joint.db');
  beforeAll(async () => {
    const store = await fixtureStore(joint);
    await store.commitArticle(jointQuoteCommit());
    await store.close();
  });
  it('names every speaker of a quote, and --speaker finds it under any of them, once', async () => {
    const line = (text: string) => text.split('\n').filter((l) => l.includes('empty the harbour'));
    expect(line(await runOn(joint, 'quotes'))).toEqual([expect.stringMatching(/^Lena Ortiz & Piet Moller\s+partial\s/)]);
    expect(line(await runOn(joint, 'quotes', '--speaker', 'Ortiz'))).toHaveLength(1);
    expect(line(await runOn(joint, 'quotes', '--speaker', 'Piet Moller'))).toHaveLength(1);
    expect(line(await runOn(db, 'quotes', '--speaker', 'Ortiz'))).toEqual([]);
    const json = JSON.parse(await runOn(joint, 'quotes', '--format', 'json', '--speaker', 'Moller'));
    expect(json.map((q: { speakers: string[] }) => q.speakers)).toEqual([[ortiz.id, moller.id]]);
  });
});

describe('modalityText and publishedText (shared with the Markdown export)', () => {
  it('says who an event is attributed to, a denial as a denial', () => {
    expect(modalityText('reported', ['KCNA'])).toBe('reported by KCNA');
    expect(modalityText('denied', ['Moscow', 'Pyongyang'])).toBe('denied by Moscow, Pyongyang');
    expect(modalityText('planned', ['KCNA'])).toBe('planned, according to KCNA');
    expect(modalityText('asserted', [])).toBe('asserted');
  });
  it('gives an inferred date its bounds, confidence and how; an unknown one stays unknown', () => {
    expect(publishedText(articleB.published)).toBe(`2025-03-01…2025-03-31 (inferred, confidence 0.5: ${articleB.published.how})`);
    expect(publishedText({ date: '2024-06-19', basis: 'metadata', how: 'meta[property=article:published_time]' })).toBe(
      '2024-06-19 (metadata: meta[property=article:published_time])',
    );
    expect(publishedText({ date: null, basis: 'unknown' })).toBe('unknown');
  });
});

describe('dossier events, contradictions, articles', () => {
  it('marks an inferred event date and the attribution in every table format', async () => {
    const text = await run('events');
    const line = text.split('\n').find((l) => l.includes(closure.summary))!;
    expect(line).toMatch(/^2025 \[date inferred\]\s+COERCE\/close\s+reported by Piet Moller\s/);
    expect(line).toContain('publication date inferred');
    expect(text.split('\n').find((l) => l.includes(protest.summary))).toMatch(/^2025-03-02\s+PROTEST/);
    // Marked as `dossier timeline` marks it: the date is only the report's publication date.
    expect(text.split('\n').find((l) => l.includes(review.summary))).toMatch(/^2025-03-05 \[as of publication\]\s+CONCEDE\/policy\s.*as of publication: /);
    const csv = await run('events', '--format', 'csv');
    expect(csv).toContain('2025 [date inferred],COERCE/close,reported by Piet Moller');
    expect(csv).toContain('2025-03-05 [as of publication],CONCEDE/policy,asserted');
    const md = await run('events', '--format', 'md');
    expect(md).toContain('| 2025 [date inferred] | COERCE/close | reported by Piet Moller |');
  });

  it('marks dates in `events` as `timeline` does (one shared rule)', async () => {
    const timeline = await run('timeline');
    expect(timeline).toMatch(new RegExp(`COERCE/close \\[reported\\] \\[date inferred\\]: ${closure.summary}`));
    expect(timeline).toMatch(new RegExp(`CONCEDE/policy \\[as of publication\\]: ${review.summary}`));
    expect(timeline).toMatch(new RegExp(`PROTEST/demonstrate \\[reported\\]: ${protest.summary}`));
  });

  it('adds dateInferred, dateNote and attribution to the JSON records', async () => {
    const events = JSON.parse(await run('events', '--json'));
    const c = events.find((e: { id: string }) => e.id === closure.id);
    expect(c).toMatchObject({ date: '2025', dateInferred: true, attribution: [closure.mentions[0].attribution] });
    expect(c.dateNote).toContain('publication date inferred');
    expect(events.find((e: { id: string }) => e.id === protest.id)).toMatchObject({ dateInferred: false, dateAsOfPublication: false, dateNote: null });
    expect(events.find((e: { id: string }) => e.id === review.id)).toMatchObject({ dateInferred: false, dateAsOfPublication: true, dateBasis: 'publication' });
  });

  it('shows both sides of a contradiction with their outlets and spans', async () => {
    const text = await run('contradictions');
    const date = contradictions.find((c) => c.about === 'date')!;
    for (const claim of date.claims) {
      const ev = claim.evidence[0];
      expect(text).toContain(`${ev.article}:${ev.start}-${ev.end}  “${ev.text}”`);
    }
    expect(text).toMatch(/Brenton Gazette {2}\S+:\d+-\d+ {2}“on 2 March 2025”/);
    expect(text).toMatch(/Coast Wire {2}\S+:\d+-\d+ {2}“on 1 March 2025”/);
    const md = await run('contradictions', '--format', 'md');
    expect(md).toContain(`2025-03-02 [${date.claims[0].evidence.map((e) => `${e.article}:${e.start}-${e.end}`).join(' ')}]`);
    expect(md).toContain('2025-03-02: Brenton Gazette vs 2025-03-01: Coast Wire');
  });

  it('lists an inferred publication date with its bounds and how, and shows it in full', async () => {
    const md = await run('articles', '--format', 'md');
    expect(md).toContain(`2025-03-01…2025-03-31 (inferred) | Coast Wire`);
    expect(md).toContain(`0.5: ${articleB.published.how}`);
    expect(await run('show', articleB.id)).toContain(`published: ${publishedText(articleB.published)}`);
  });
});
