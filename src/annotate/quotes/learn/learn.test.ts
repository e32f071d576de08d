import { describe, expect, it } from 'vitest';
import { fitLogistic } from './logreg.ts';
import { splitSentences, tokenize } from '../../sentences.ts';
import { findAttributions, quotedSpans } from '../find.ts';
import { tokenView } from '../text-view.ts';
import { featureKeys, stem } from './features.ts';
import { passiveAgent } from './attribute.ts';
import { bestLabels } from './decode.ts';
import type { Candidate } from './filter-features.ts';
import { filtered } from './filter.ts';
import { buildContext, cueModel, modelFrom, tagCues } from './tagger.ts';

function cuesOf(text: string): string[] {
  const v = tokenView(text, tokenize(text));
  return tagCues(cueModel(), buildContext(v, splitSentences(text), quotedSpans(text))).runs.map(([a, b]) => text.slice(v.toks[a].start, v.toks[b].end));
}

function found(text: string) {
  const at = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return findAttributions(text, splitSentences(text), tokenize(text)).map((a) => ({ cue: at(a.cue), source: at(a.source), content: at(a.content) }));
}

describe('learned cue tagger', () => {
  it('stems inflected cue forms to one key', () => {
    expect(['saying', 'claimed', 'warns', 'denied'].map(stem)).toEqual(['say', 'claim', 'warn', 'deny']);
  });
  it('gives the trainer and the tagger the same feature keys', () => {
    const text = 'The mayor criticized the plan.';
    const v = tokenView(text, tokenize(text));
    const keys = featureKeys(buildContext(v, splitSentences(text), []), 2);
    expect(keys).toContain('w=criticized');
    expect(keys).toContain('p1w=mayor|criticiz');
  });
  it('tags speech and stance verbs outside the rule lexicon, and not plain nouns', () => {
    expect(cuesOf('Ortega decried the proposal as reckless.')).toEqual(['decried']);
    expect(cuesOf('The governor thanked the volunteers for their work.')).toEqual(['thanked']);
    expect(cuesOf('The bridge was built in 1932 and carries six lanes.')).toEqual([]);
  });
  it('reads the source of a learned cue, and the agent of a passive one', () => {
    expect(found('The governor thanked the volunteers for their work.')).toContainEqual({
      cue: 'thanked', source: 'The governor', content: 'the volunteers for their work',
    });
    const passive = found('The budget was sharply criticized by the city council on Monday.');
    expect(passive.map((a) => a.source)).not.toContain('The budget');
  });
});

describe('Viterbi decoding and the attribution filter', () => {
  it('labels a weak token as cue when the history weight after a cue makes the run pay', () => {
    const own = Float64Array.from([1, -0.5, -1]);
    expect([...bestLabels(own, () => 0)]).toEqual([1, 0, 0]);
    expect([...bestLabels(own, (prev, i) => (prev === 1 && i === 1 ? 1 : 0))]).toEqual([1, 1, 0]);
  });
  it('judges learned and ambiguous candidates only, and keeps everything without weights', () => {
    const text = 'The mayor said the bridge was safe. The council plans a new road.';
    const v = tokenView(text, tokenize(text));
    const span = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });
    const cand = (cue: string, source: string, content: string, origin: Candidate['origin']): Candidate => ({
      a: { kind: 'reported', cue: span(cue), source: span(source), content: span(content), stance: 'asserts' },
      origin,
    });
    const all = [cand('said', 'The mayor', 'the bridge was safe', 'rule'), cand('plans', 'The council', 'a new road', 'ambiguous')];
    expect(filtered(modelFrom({ scale: 1, weights: {} }), v, all, [], [0, 0])).toHaveLength(2);
    const strict = modelFrom({ scale: 1, weights: { 'f.bias=': -100 } });
    expect(filtered(strict, v, all, [], [0, 0]).map((a) => text.slice(a.cue!.start, a.cue!.end))).toEqual(['said']);
  });
});

describe('passive learned cues', () => {
  const agentOf = (text: string, cue: string) => {
    const v = tokenView(text, tokenize(text));
    const words = cue.split(' ');
    const a = v.low.indexOf(words[0]);
    const s = passiveAgent(v, a, a + words.length - 1, v.toks.length - 1);
    return s ? text.slice(s.start, s.end) : s;
  };
  it('reads a passive across a particle ending the cue: the agent after "by", else no source', () => {
    expect(agentOf('Ola Dahl was asked about the quay by the Coast Gazette on Monday.', 'asked about')).toBe('the Coast Gazette');
    expect(agentOf('Ola Dahl was asked about the quay on Monday.', 'asked about')).toBeNull();
    expect(agentOf('Ola Dahl spoke about the quay on Monday.', 'spoke about')).toBeUndefined();
  });
});

describe('logistic filter fit', () => {
  it('learns which feature marks a good candidate, the same way every time', () => {
    const rows = [
      ...Array.from({ length: 20 }, () => ({ keys: ['bias=', 'cw=say'], good: true })),
      ...Array.from({ length: 20 }, () => ({ keys: ['bias=', 'cw=plan'], good: false })),
      { keys: ['bias=', 'cw=plan'], good: true },
    ];
    const w = fitLogistic(rows, 1, 300);
    expect((w.get('cw=say') ?? 0) + (w.get('bias=') ?? 0)).toBeGreaterThan(1);
    expect((w.get('cw=plan') ?? 0) + (w.get('bias=') ?? 0)).toBeLessThan(-1);
    expect(fitLogistic(rows, 1, 300)).toEqual(w);
  });
});
