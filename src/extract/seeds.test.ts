import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../core/article.ts';
import type { Doc } from '../core/doc.ts';
import type { EventMention } from '../core/layers.ts';
import { sha256 } from '../core/ids.ts';
import { clean } from '../clean/index.ts';
import { defaultPipeline } from '../pipeline/components.ts';
import { annotateArticle } from '../pipeline/process.ts';
import { nameOf } from './summary.ts';

/** The seed articles through the real pipeline (clean → sentences → entities → time → quantities → quotes → events). */
const SEEDS = join(import.meta.dirname, '../../examples/seeds');
const pipeline = defaultPipeline();
function seed(prefix: string): Doc {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing`);
  const body = readFileSync(join(SEEDS, file), 'utf8');
  const raw: RawDocument = { source: file, format: 'text', body, encoding: 'utf-8', hints: {}, contentHash: sha256(body) };
  const r = clean(raw);
  if (r.kind !== 'article') throw new Error(`seed ${prefix} rejected`);
  return annotateArticle(r.article, pipeline);
}

const docs = Object.fromEntries(['000', '001', '002', '003', '004'].map((p) => [p, seed(p)]));
const names = (d: Doc, keys: readonly string[]) => keys.map((k) => nameOf(d, k));
const trig = (d: Doc, e: EventMention) => d.text.slice(e.trigger.start, e.trigger.end);
function find(d: Doc, pred: (e: EventMention) => boolean): EventMention {
  const e = (d.layers.events ?? []).find(pred);
  if (!e) throw new Error(`no such event in ${d.article.source}`);
  return e;
}

describe('seed events, quotes and claims', () => {
  const d3 = docs['003'];
  it('attributes the accusation to Washington and Seoul and reports the supplying', () => {
    const accuse = find(d3, (e) => e.type === 'ACCUSE');
    expect(names(d3, accuse.actors)).toEqual(['Washington', 'Seoul']);
    expect(names(d3, accuse.targets)).toEqual(['North Korea']);
    const supply = find(d3, (e) => trig(d3, e) === 'supplying');
    expect(supply.type).toBe('AID');
    expect(supply.modality).toBe('reported');
    expect(['Washington', 'Seoul']).toContain(nameOf(d3, supply.attribution ?? ''));
  });
  it('keeps a denial a denial', () => {
    const deal = find(d3, (e) => e.mode === 'arms-deal');
    expect(deal.modality).toBe('denied');
    expect(names(d3, deal.actors)).toEqual(['Russia', 'North Korea']);
    const claim = (d3.layers.claims ?? []).find((c) => c.stance === 'denies');
    expect(claim && d3.text.slice(claim.content.start, claim.content.end)).toBe('an arms deal');
  });
  it('attributes the 7,000 containers to the defense minister', () => {
    const ship = find(d3, (e) => trig(d3, e) === 'shipped');
    expect(ship.modality).toBe('reported');
    expect(nameOf(d3, ship.attribution ?? '')).toMatch(/Shin Won-sik/);
    expect(ship.quantities.map((i) => d3.text.slice(d3.layers.quantities![i].start, d3.layers.quantities![i].end))).toContain('7,000 containers filled with munitions');
  });
  it('marks plans and conditions', () => {
    const vietnam = find(d3, (e) => e.mode === 'visit' && names(d3, e.targets).includes('Vietnam'));
    expect(vietnam.modality).toBe('planned');
    const attacked = find(docs['001'], (e) => trig(docs['001'], e) === 'attacked');
    expect(attacked.modality).toBe('hypothetical');
  });
  it('finds the main events of every article', () => {
    const d0 = docs['000'];
    expect(names(d0, find(d0, (e) => e.mode === 'send-delegation').targets)).toEqual(['Moscow']);
    expect(find(d0, (e) => e.mode === 'visit' && names(d0, e.targets).includes('North Korea')).modality).toBe('asserted');
    const d1 = docs['001'];
    const shoigu = find(d1, (e) => e.mode === 'meet' && trig(d1, e) === 'met');
    expect(names(d1, [...shoigu.actors, ...shoigu.targets]).join(' ')).toMatch(/Kim Jong Un.*Shoigu/);
    expect(find(d1, (e) => e.mode === 'sign-agreement').actors.length).toBe(2);
    const d2 = docs['002'];
    const message = find(d2, (e) => e.mode === 'send-message');
    expect(names(d2, message.targets).join()).toMatch(/Putin/);
    const summit = find(d2, (e) => e.mode === 'meet' && e.time.value === '2019');
    expect(nameOf(d2, summit.place ?? '')).toBe('Vladivostok');
    expect((d2.layers.events ?? []).filter((e) => e.mode === 'launch-missile').length).toBeGreaterThanOrEqual(2);
    const d4 = docs['004'];
    expect(names(d4, find(d4, (e) => e.mode === 'sign-agreement').actors).join(' ')).toMatch(/Putin.*Kim/);
  });
  it('resolves quote speakers', () => {
    const kim = (docs['001'].layers.quotes ?? []).find((q) => docs['001'].text.slice(q.start, q.end).startsWith('North Korea gives Russia'));
    expect(nameOf(docs['001'], kim?.speaker ?? '')).toMatch(/Kim/);
    const partial = (docs['004'].layers.quotes ?? []).find((q) => q.kind === 'partial' && docs['004'].text.slice(q.start, q.end).includes('breakthrough document'));
    expect(nameOf(docs['004'], partial?.speaker ?? '')).toMatch(/Putin/);
  });
});
