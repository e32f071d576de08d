import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../sentences.ts';
import { findAttributions } from './find.ts';
import { readSourceBack } from './source.ts';
import { sentenceSubject } from './subject.ts';
import { tokenView } from './text-view.ts';

/** Each attribution as source / cue / content text. */
function found(text: string) {
  const at = (s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);
  return findAttributions(text, splitSentences(text), tokenize(text)).map((a) => ({ source: at(a.source), cue: at(a.cue), content: at(a.content) }));
}

describe('source selection', () => {
  it('reads the subject across negations, floated quantifiers and time adverbials', () => {
    expect(found('The harbour board on Tuesday said that the ferry would resume in May.')[0]).toMatchObject({ source: 'The harbour board', cue: 'said' });
    expect(found('The mayor less than two weeks ago said that the bridge was safe.')[0]).toMatchObject({ source: 'The mayor', cue: 'said' });
    expect(found('The fishermen have both argued that the quota is too low.')[0]).toMatchObject({ source: 'The fishermen', cue: 'argued' });
    expect(found('Ms. Orlov doesn’t think the vote will be close.')[0]).toMatchObject({ source: 'Ms. Orlov', cue: 'think' });
  });
  it('takes a share of people polled as the source', () => {
    expect(found('In the survey of farmers, 47% say the new levy is unfair.')).toContainEqual(expect.objectContaining({ source: '47%', cue: 'say' }));
    expect(found('Among older residents, nine in 10 said they trusted the council.')).toContainEqual(expect.objectContaining({ source: 'nine in 10', cue: 'said' }));
  });
  it('reads "according to" after a short opener as attributing the clause after it', () => {
    expect(found('But, according to the port authority, the cranes will be replaced next year.')[0]).toMatchObject({
      source: 'the port authority',
      content: 'the cranes will be replaced next year',
    });
  });
  it('finds the subject of a leading cue across a comma', () => {
    const [a] = found('Councillor Bram Ode took to the radio, saying: "We will not close the library this winter."');
    expect(a).toMatchObject({ source: 'Councillor Bram Ode', cue: 'saying' });
    const [b] = found('Her spokesman, Tomas Reyes, said: "The minister has no plans to resign from the cabinet."');
    expect(b).toMatchObject({ source: 'Her spokesman, Tomas Reyes', cue: 'said' });
  });
});

describe('clause subjects', () => {
  it('gives a trailing gerund the subject after a fronted adverbial', () => {
    const text = 'Speaking at a fish market in Bergen, Norway, on Monday, the trade minister defended the tariff, saying it would protect local jobs.';
    expect(found(text)).toContainEqual(expect.objectContaining({ cue: 'saying', source: 'the trade minister' }));
  });
  it('gives a gerund after a stance verb the clause subject, not that verb\'s object', () => {
    const text = 'She went on to attack Governor Halvard Lind, saying the budget had been hidden from voters.';
    expect(found(text)).toContainEqual(expect.objectContaining({ cue: 'saying', source: 'She' }));
  });
  it('reads a common-noun subject for a second predicate', () => {
    const text = 'The veteran harbour pilot began by describing the storm and said the port had never been so busy.';
    expect(found(text)).toContainEqual(expect.objectContaining({ cue: 'said', source: 'The veteran harbour pilot' }));
  });
  it('does not take a quotation as the content of a gerund that follows it', () => {
    const text = 'The council scrapped the so-called “green hour,” saying that the programme cost too much.';
    const saying = found(text).filter((a) => a.cue === 'saying');
    expect(saying).toHaveLength(1);
    expect(saying[0]).toMatchObject({ source: 'The council', content: 'the programme cost too much' });
  });
});

describe('sources of trailing and inverted cues', () => {
  it('reads a source with an apposition before a trailing cue, not the object after it', () => {
    const text = '“The levy will hurt small farms,” Greta Holm, a grain trader, told Radio Nord on Monday.';
    expect(found(text)[0]).toMatchObject({ cue: 'told', source: 'Greta Holm, a grain trader' });
  });
  it('takes the phrase after an inverted cue only where its clause ends', () => {
    expect(found('The dam will hold through the spring, said the chief engineer.')[0]).toMatchObject({ source: 'the chief engineer' });
    const text = 'Ivo Marsh, a stagehand who later worked with the director for years, said his boss was always fair to the crew.';
    expect(found(text).map((a) => a.source)).not.toContain('his boss');
  });
  it('keeps the author named after "according to an analysis by"', () => {
    const [a] = found('Turnout rose sharply in the valley towns, according to an analysis by the Lindqvist Institute.');
    expect(a).toMatchObject({ cue: 'according to', source: 'an analysis by the Lindqvist Institute' });
  });
});

describe('coordinated predicates and base-form cues', () => {
  it('gives a second predicate the pronoun that opens the first', () => {
    const text = 'Reporters asked the mayor about the flood, and she laughed and said the pumps would hold.';
    expect(found(text)).toContainEqual(expect.objectContaining({ cue: 'said', source: 'she' }));
  });
  it('reads a base-form cue after a plural subject as a verb', () => {
    const text = 'Polls in the northern villages show that the mayor is ahead.';
    expect(found(text)).toContainEqual(expect.objectContaining({ cue: 'show', source: 'Polls in the northern villages' }));
  });
});

describe('subjects with relative clauses and absolutes', () => {
  it('reads the name before ", who …" across the commas inside the clause', () => {
    const text = 'Anna Berg, who lost her boat in Tromsø, Norway, in March, said that the insurers had never paid.';
    expect(found(text)[0]).toMatchObject({ cue: 'said', source: 'Anna Berg, who lost her boat in Tromsø, Norway, in March' });
  });
  it('keeps the head of a relative clause without commas', () => {
    const text = 'Two engineers who spoke with the Harbour Gazette said the crane had failed twice.';
    expect(found(text)[0]).toMatchObject({ cue: 'said', source: 'Two engineers who spoke with the Harbour Gazette' });
  });
  it('gives a gerund after "with" its own subject', () => {
    const text = 'The mayor kept her lead in the county, with 40 percent of voters saying that she would win again.';
    expect(found(text)).toContainEqual(expect.objectContaining({ cue: 'saying', source: '40 percent of voters' }));
  });
});

describe('relative pronoun sources', () => {
  it('reads ", which" with the phrase it stands for', () => {
    const text = 'The dockworkers union, which endorsed the mayor last spring, argued that the new cranes were unsafe.';
    expect(found(text)).toContainEqual(expect.objectContaining({ cue: 'endorsed', source: expect.stringContaining('The dockworkers union, which') }));
  });
});

describe('subjects inside an opened quotation', () => {
  const subjectOf = (text: string, cue: string) => {
    const v = tokenView(text, tokenize(text));
    const at = v.low.indexOf(cue);
    const s = sentenceSubject(v, 0, at);
    return s ? text.slice(s.start, s.end) : null;
  };
  it('reads the subject of a predicate inside a quoted message after its opening mark', () => {
    expect(subjectOf('The harbour master continued: " The council is quietly opposing the new quay.', 'opposing')).toBe('The council');
    expect(subjectOf('The mayor vowed a “sacred” fight and said the quay would stay.', 'said')).toBe('The mayor');
  });
  it('skips a fronted time phrase without a preposition', () => {
    expect(subjectOf('But a few days later, the harbour master reversed himself, telling the crews to stay.', 'telling')).toBe('the harbour master');
  });
  it('reads no subject from a preposition that opens the sentence without a comma', () => {
    expect(subjectOf('With the ferry strike in its third week the crews were told to wait.', 'told')).toBeNull();
    expect(subjectOf('Every spring the harbour board warns the skippers about ice.', 'warns')).toBeNull();
    expect(subjectOf('Harbour Master Ola Dahl warned the skippers about ice.', 'warned')).toBe('Harbour Master Ola Dahl');
  });
  it('keeps a "which" that stands for a whole clause alone, and never as a post-posed source', () => {
    const text = 'The two ports are growing ever closer, which worries the fishermen of the north.';
    expect(found(text).map((a) => a.source)).not.toContain('growing ever closer, which');
    expect(found(text).map((a) => a.content)).not.toContain('The two ports are growing ever closer');
  });
});

/** The source read back from token `end` of a text. */
function readBack(text: string, end: number) {
  const s = readSourceBack(tokenView(text, tokenize(text)), end, 0);
  return s ? text.slice(s.start, s.end) : null;
}

describe('no verb for a source', () => {
  it('does not read an irregular past form back as a source', () => {
    expect(readBack('the council had sent', 3)).toBeNull();
    expect(readBack('the old harbour council', 3)).toBe('the old harbour council');
  });
});

describe('one span per speaker', () => {
  it('gives a gerund after an appositive cue that cue\'s source, and reads no phrase from "that" or "on"', () => {
    const text = 'The quay is unsafe, Ola Dahl, a veteran skipper, said on Monday, adding that the board had ignored him.';
    expect(found(text)).toContainEqual(expect.objectContaining({ cue: 'adding', source: 'Ola Dahl, a veteran skipper' }));
  });
  it('gives overlapping sources of one speaker the longest span', () => {
    const text = 'Ola Dahl, a veteran skipper, warned that the quay was unsafe and said that the board had ignored him.';
    const sources = new Set(found(text).map((a) => a.source));
    expect(sources).toEqual(new Set(['Ola Dahl, a veteran skipper']));
  });
});
