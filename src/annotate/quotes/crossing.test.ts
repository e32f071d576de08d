import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../sentences.ts';
import { findAttributions } from './find.ts';

function attributions(text: string) {
  const at = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return findAttributions(text, splitSentences(text), tokenize(text)).map((a) => ({ cue: at(a.cue), source: at(a.source), content: at(a.content) }));
}

describe('a speaker named after the words, over a cue inside them', () => {
  it('keeps the speaker after the comma, and the earlier cue’s words stop before it', () => {
    const found = attributions('The two ministers pledged to expand rail links, the Valdorian foreign office said in a statement.');
    expect(found).toContainEqual({ cue: 'said', source: 'the Valdorian foreign office', content: 'The two ministers pledged to expand rail links' });
    for (const a of found) expect(a.content).not.toMatch(/foreign office said/);
  });

  it('leaves a verb further into a clause of its own alone', () => {
    const found = attributions('Ivo Marek said the port should reopen, but that if the council refused, he would have insisted on a vote.');
    expect(found.find((a) => a.cue === 'said')?.content).toMatch(/he would have insisted on a vote$/);
  });
});
