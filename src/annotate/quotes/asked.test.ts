import { describe, expect, it } from 'vitest';
import { quotesComponent } from './index.ts';
import { handDoc } from './test-doc.ts';

function quotesOf(text: string) {
  const doc = quotesComponent.run(handDoc(text, []));
  const at = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return (doc.layers.quotes ?? []).map((q) => ({ kind: q.kind, content: at(q), cue: at(q.cue), source: at(q.source) }));
}

describe('speakers named after "by"', () => {
  it('takes the asker of a question as its source', () => {
    expect(quotesOf('Asked by Ola Dahl whether she had read the harbour report, Lund shook her head.')).toContainEqual(
      expect.objectContaining({ cue: 'Asked', source: 'Ola Dahl', content: 'whether she had read the harbour report' }),
    );
    expect(quotesOf('When asked by Ingrid Holm on Thursday about raising the ferry fee, Lund said no.')).toContainEqual(
      expect.objectContaining({ cue: 'asked', source: 'Ingrid Holm', content: 'about raising the ferry fee' }),
    );
  });
  it('needs a question after the asker', () => {
    expect(quotesOf('The pier was asked by nobody for anything at all.').map((q) => q.cue)).not.toContain('asked');
  });
  it('takes the paper that first reported a story', () => {
    expect(quotesOf('The meeting with the harbour board was first reported by the Daily Planet.')).toContainEqual(
      expect.objectContaining({ cue: 'reported', source: 'the Daily Planet', content: 'The meeting with the harbour board' }),
    );
  });
});

describe('a name and a colon before a quotation', () => {
  it('reads the name as the speaker after a sentence or a dash', () => {
    expect(quotesOf('He would not contain it. Lund: "The mission is to clean the harbour, not to contain the spill."')).toContainEqual(
      expect.objectContaining({ kind: 'direct', cue: ':', source: 'Lund' }),
    );
    expect(quotesOf('POLLS WERE EARLY - Jane Roe and John Doe: “Although the polls missed the result, the trend was there.”')).toContainEqual(
      expect.objectContaining({ source: 'Jane Roe and John Doe' }),
    );
  });
  it('reads a poll heading as a source', () => {
    expect(quotesOf('Poll: Lund and Holm hold narrow leads in the harbour towns.')).toContainEqual(expect.objectContaining({ source: 'Poll' }));
  });
  it('reads a long poll name before the comma of "In a … poll"', () => {
    expect(quotesOf('In a Daily Planet/Harbour Herald poll released Monday, 50 percent of voters chose Lund over Holm.')).toContainEqual(
      expect.objectContaining({ cue: 'In', source: 'a Daily Planet/Harbour Herald poll released Monday' }),
    );
  });
});
