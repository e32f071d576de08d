import { expect } from 'vitest';
import { DossierError } from '../../core/errors.ts';
import { FESTIVAL_TEXT, PORT_TEXT, SHIPPING_TEXT, SUMMIT_TEXT, makeArticle } from '../fixtures.ts';
import type { Store } from '../types.ts';

/** Shared by the contract's parts: the fixture articles and assertion helpers. */
export type GetStore = () => Store;

export const port = makeArticle(PORT_TEXT, { source: 'https://news.example/port', published: { date: '2024-06-17', basis: 'metadata' } });
export const summit = makeArticle(SUMMIT_TEXT, { source: 'https://news.example/summit', language: 'en', published: { date: '2024-06-19', basis: 'metadata' } });
export const festival = makeArticle(FESTIVAL_TEXT, { source: 'file:///tmp/festival.html' });
export const shipping = makeArticle(SHIPPING_TEXT, { source: 'https://news.example/shipping' });

/** A full-length (128-value) MinHash-like signature, distinct per seed in every band. */
export const sigOf = (seed: number): number[] => Array.from({ length: 128 }, (_, i) => (seed * 7919 + i * 104_729 + seed * i) % 2 ** 31);

export async function expectCode(p: Promise<unknown>, code: string): Promise<DossierError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DossierError);
  expect((e as DossierError).code).toBe(code);
  return e as DossierError;
}
