import { expect, it } from 'vitest';
import { FESTIVAL_TEXT, PORT_TEXT, SHIPPING_TEXT, SUMMIT_TEXT, emptyCommit, spanOf } from '../fixtures.ts';
import { port, summit, festival, shipping, type GetStore } from './shared.ts';

/** Full-text search: ranking, phrases, OR, stemming, Unicode offsets, odd queries. */
export function searchContract(store: GetStore): void {
  it('searches clean text: offsets point at the match, best first, phrases, OR, stems', async () => {
    for (const a of [port, summit, festival, shipping]) await store().commitArticle(emptyCommit(a));
    const strike = await store().search('strike');
    expect(strike.map((h) => h.article)).toEqual([port.id, shipping.id]);
    for (const h of strike) {
      const text = h.article === port.id ? PORT_TEXT : SHIPPING_TEXT;
      expect(text.slice(h.start, h.end).toLowerCase()).toBe('strike');
      expect(h.snippet).toContain('strike');
      expect(h.score).toBeGreaterThan(0);
    }
    expect(strike[0]!.score).toBeGreaterThanOrEqual(strike[1]!.score);
    expect(strike[0]!.start).toBe(spanOf(PORT_TEXT, 'strike').start);
    expect(strike[0]!.title).toBe(port.title);
    expect(strike[0]!.matches!.length).toBeGreaterThanOrEqual(2);

    const phrase = await store().search('"container traffic"');
    expect(phrase.map((h) => h.article)).toEqual([port.id]);
    expect(PORT_TEXT.slice(phrase[0]!.start, phrase[0]!.end)).toBe('container traffic');
    expect((await store().search('"traffic container"')).length).toBe(0);

    expect((await store().search('Rotterdam Hamburg')).length).toBe(0);
    expect((await store().search('Rotterdam OR Hamburg')).map((h) => h.article).sort()).toEqual([port.id, shipping.id].sort());

    const stem = await store().search('visiting');
    expect(stem.map((h) => h.article)).toContain(summit.id);
  });

  it('searches Unicode text with correct UTF-16 offsets', async () => {
    await store().commitArticle(emptyCommit(summit));
    await store().commitArticle(emptyCommit(festival));
    const ru = await store().search('Пхеньян');
    expect(ru.map((h) => h.article)).toEqual([summit.id]);
    expect(SUMMIT_TEXT.slice(ru[0]!.start, ru[0]!.end)).toBe('Пхеньян');
    const sp = await store().search('Paulo');
    expect(sp.map((h) => h.article)).toEqual([festival.id]);
    expect(FESTIVAL_TEXT.slice(sp[0]!.start, sp[0]!.end)).toBe('Paulo');
    const accent = await store().search('Sao');
    expect(FESTIVAL_TEXT.slice(accent[0]!.start, accent[0]!.end)).toBe('São');
    const cafe = await store().search('cafe');
    expect(FESTIVAL_TEXT.slice(cafe[0]!.start, cafe[0]!.end)).toBe('Café');
  });

  it('never fails on odd queries', async () => {
    await store().commitArticle(emptyCommit(port));
    expect(await store().search('')).toEqual([]);
    expect(await store().search('  "" ( ) * : ^ ')).toEqual([]);
    expect((await store().search('Rotterdam" AND (NEAR')).length).toBeLessThanOrEqual(1);
    expect((await store().search("employers' 4 percent")).map((h) => h.article)).toEqual([port.id]);
    expect((await store().search('strike', { limit: 0 })).length).toBe(0);
  });
}
