import { describe, expect, it } from 'vitest';
import type { EventMention } from '../core/layers.ts';
import { withLayers } from '../core/doc.ts';
import { textDoc } from '../annotate/time/test-doc.ts';
import type { Store } from '../store/types.ts';
import { reviseEvents, storedDoc } from './revise-events.ts';

/** A store no call may reach: an article whose events are all unchanged is not re-integrated. */
const untouchable = new Proxy({}, { get: (_, name) => () => Promise.reject(new Error(`store.${String(name)} called`)) }) as Store;
const invented = { trigger: { start: 0, end: 3 } } as unknown as EventMention;

describe('revising an article’s events', () => {
  it('commits nothing when the revision returns every event as it was', async () => {
    const doc = withLayers(textDoc('The ferry sailed at dawn.', '2033-03-03'), { events: [invented] });
    await expect(reviseEvents(untouchable, doc, (e) => e)).resolves.toBe(false);
    await expect(reviseEvents(untouchable, textDoc('No events here.', null), (e) => e)).resolves.toBe(false);
  });

  it('re-integrates when one event changed', async () => {
    const doc = withLayers(textDoc('The ferry sailed at dawn.', '2033-03-03'), { events: [invented] });
    await expect(reviseEvents(untouchable, doc, (e) => ({ ...e }))).rejects.toThrow(/store\.\w+ called/);
  });

  it('reads a stored article as the document it holds', () => {
    const doc = textDoc('The ferry sailed at dawn.', '2033-03-03');
    const stored = { article: doc.article, layers: doc.layers, diagnostics: [], current: true, ingestedAt: '2033-03-04T00:00:00Z' };
    expect(storedDoc(stored)).toEqual({ article: doc.article, text: 'The ferry sailed at dawn.', layers: doc.layers, diagnostics: [] });
  });
});
