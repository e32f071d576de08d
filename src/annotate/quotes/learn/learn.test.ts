import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../../sentences.ts';
import { findAttributions, quotedSpans } from '../find.ts';
import { tokenView } from '../text-view.ts';
import { featureKeys, stem } from './features.ts';
import { buildContext, cueModel, tagCues } from './tagger.ts';

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
