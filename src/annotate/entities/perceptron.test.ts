import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fnv1a, fnvStr } from './hash.ts';
import { HashedModel, LABELS, N_LABELS, allowed, labelsToSpans, writeModel } from './perceptron.ts';

describe('hashing', () => {
  it('continues a hash over a suffix', () => {
    expect(fnvStr(fnv1a('w='), 'putin')).toBe(fnv1a('w=putin'));
  });
});

describe('model file', () => {
  it('round-trips weights through the int16 format', () => {
    const w = new Float64Array(N_LABELS).map((_, c) => c - 4);
    const file = join(mkdtempSync(join(tmpdir(), 'ner-')), 'm.bin');
    writeFileSync(file, writeModel(new Map([[fnv1a('w=kim'), w]])));
    const model = HashedModel.read(file);
    const scores = new Float64Array(N_LABELS);
    model.add(fnv1a('w=kim'), scores);
    model.add(fnv1a('w=unknown'), scores);
    expect([...scores].map((x) => Math.round(x * 1000) / 1000)).toEqual([...w]);
  });
  it('throws a DossierError for a missing model', () => {
    expect(() => HashedModel.read('/nonexistent/ner.bin')).toThrow(expect.objectContaining({ code: 'E_NOT_FOUND' }));
  });
});

describe('BIO', () => {
  it('allows I-X only after B-X or I-X and turns labels into spans', () => {
    const idx = (l: string) => LABELS.indexOf(l as (typeof LABELS)[number]);
    expect(allowed(idx('O'), idx('I-PER'))).toBe(false);
    expect(allowed(idx('B-PER'), idx('I-PER'))).toBe(true);
    expect(allowed(idx('B-ORG'), idx('I-PER'))).toBe(false);
    const spans = labelsToSpans(['B-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC'].map(idx));
    expect(spans).toEqual([{ start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }, { start: 4, end: 6, type: 'LOC' }]);
  });
});
