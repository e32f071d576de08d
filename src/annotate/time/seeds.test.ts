import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../../core/article.ts';
import { createDoc, layer, type Doc } from '../../core/doc.ts';
import { sha256 } from '../../core/ids.ts';
import { clean } from '../../clean/index.ts';
import { sentencesComponent } from '../sentences.ts';
import { inferPublishedDate } from './article-date.ts';
import { eventTime } from './event-time.ts';
import { timeComponent } from './index.ts';

const SEEDS = join(import.meta.dirname, '../../../examples/seeds');

/** A seed article cleaned by the real cleaner and annotated, with or without a supplied date. */
function seed(prefix: string, published?: string): Doc {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing`);
  const body = readFileSync(join(SEEDS, file), 'utf8');
  const hints = published ? { published, publishedSource: 'user' as const } : {};
  const raw: RawDocument = { source: file, format: 'text', body, encoding: 'utf-8', hints, contentHash: sha256(body) };
  const r = clean(raw);
  if (r.kind !== 'article') throw new Error(`seed ${prefix} rejected`);
  return timeComponent.run(sentencesComponent.run(createDoc(r.article)));
}

function valueOf(doc: Doc, text: string): string | null | undefined {
  return layer(doc, 'timexes').find((t) => doc.text.slice(t.start, t.end) === text)?.value;
}

/** The event time of the first occurrence of `trigger` after `context`, within its sentence. */
function eventAt(doc: Doc, context: string, trigger: string) {
  const at = doc.text.indexOf(context);
  if (at < 0) throw new Error(`no "${context}"`);
  const start = doc.text.indexOf(trigger, at);
  const sentence = layer(doc, 'sentences').find((s) => s.start <= start && start < s.end)!;
  return eventTime(doc, { start, end: start + trigger.length }, sentence);
}

describe('seed articles with supplied publication dates', () => {
  it('000: the letter of Tuesday, January delegates, last September’s trip', () => {
    const doc = seed('000', '2024-06-18');
    expect(valueOf(doc, 'Tuesday')).toBe('2024-06-18');
    expect(eventAt(doc, 'In January Kim', 'sent')).toMatchObject({ value: '2024-01', precision: 'month', basis: 'relative' });
    expect(eventAt(doc, 'In January Kim', 'trip')).toMatchObject({ value: '2023-09', precision: 'month' });
    expect(eventAt(doc, 'Ahead of his planned visit', 'pledged')).toMatchObject({ value: '2024-06-18', precision: 'day' });
  });

  it('001: Shoigu met Kim on Wednesday, and had visited in March', () => {
    const doc = seed('001', '2025-06-05');
    expect(eventAt(doc, 'On Wednesday, North Korean leader', 'met')).toMatchObject({ value: '2025-06-04', precision: 'day', basis: 'relative' });
    expect(valueOf(doc, 'March')).toBe('2025-03');
  });

  it('002: the birthday message on Friday; the birthday itself is no date', () => {
    const doc = seed('002', '2022-10-07');
    expect(eventAt(doc, 'North Korean leader Kim Jong-un sent a message', 'sent')).toMatchObject({ value: '2022-10-07', basis: 'relative' });
    expect(layer(doc, 'timexes').some((t) => /birthday/.test(doc.text.slice(t.start, t.end)))).toBe(false);
    expect(eventAt(doc, 'In 2019 the North Korean', 'met')).toMatchObject({ value: '2019', precision: 'year', basis: 'explicit' });
  });

  it('003: the 03:00 welcome on Wednesday; the last meeting in September 2023', () => {
    const doc = seed('003', '2024-06-19');
    expect(eventAt(doc, 'was on the tarmac', 'welcome')).toMatchObject({ value: '2024-06-19', precision: 'day' });
    expect(valueOf(doc, 'around 03:00 local time')).toBe('2024-06-19T03:00');
    expect(valueOf(doc, 'nine-hour-long')).toBe('PT9H');
    expect(eventAt(doc, 'The two leaders last met', 'met')).toMatchObject({ value: '2023-09' });
    // "first visit … since 2000": the visit is current news, 2000 only bounds it.
    expect(eventAt(doc, 'but this is Putin', 'visit')).toMatchObject({ value: '2024-06-19', basis: 'publication' });
  });

  it('004: historical agreements are dated apart from the visit', () => {
    const doc = seed('004', '2024-06-19');
    for (const y of ['1961', '2000', '2001']) expect(valueOf(doc, y)).toBe(y);
    expect(valueOf(doc, 'the late 1940’s')).toBe('194');
    expect(valueOf(doc, 'noon')).toBe('2024-06-19T12:00');
  });
});

describe('seed articles without dates stay honestly partial', () => {
  it('keeps relative values relative and invents no date', () => {
    const doc = seed('000');
    expect(doc.article.published.date).toBeNull();
    expect(valueOf(doc, 'Tuesday')).toBe('XXXX-XX-XX');
    const sent = eventAt(doc, 'In January Kim', 'sent');
    expect(sent.value).toBeNull();
    expect(sent.basis).toBe('relative');
    expect(sent.relative).toMatch(/January/);
    const met = eventAt(seed('001'), 'On Wednesday, North Korean leader', 'met');
    expect(met).toMatchObject({ value: null, basis: 'relative', relative: 'the Wednesday on or before publication' });
  });

  it('still dates explicit historical references', () => {
    const doc = seed('004');
    expect(valueOf(doc, '1961')).toBe('1961');
    expect(eventAt(seed('002'), 'In 2019 the North Korean', 'met')).toMatchObject({ value: '2019', basis: 'explicit' });
  });

  it('infers no publication day from the text alone, at most a lower bound', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const d = inferPublishedDate(seed(prefix));
      expect(d.date).toBeNull();
      if (d.notBefore) expect(d.notBefore <= '2025-06-05').toBe(true);
    }
  });
});
