import { describe, expect, it } from 'vitest';
import { tenseAround } from './tense.ts';

function dirOf(sentence: string, word: string): string {
  const i = sentence.indexOf(word);
  return tenseAround(sentence, i, i + word.length);
}

describe('tenseAround', () => {
  it('follows the nearest tense cue', () => {
    expect(dirOf('The ministers met on Tuesday in Seoul.', 'Tuesday')).toBe('past');
    expect(dirOf('The ministers will meet on Tuesday in Seoul.', 'Tuesday')).toBe('future');
    expect(dirOf('Talks are set to resume Monday in Belfast.', 'Monday')).toBe('future');
    expect(dirOf('The summit would still be held on April 24.', 'April')).toBe('future');
  });

  it('ignores names and stops at the sentence end', () => {
    expect(dirOf('He flew to the United States Thursday with his wife.', 'Thursday')).toBe('past');
    expect(dirOf('A delegation from the United States Thursday with gifts.', 'Thursday')).toBe('present');
    expect(dirOf('It ended. Talks resume on Friday.', 'Friday')).toBe('present');
  });
});

describe('tenseAround: clause limits and forward phrases', () => {
  it('reads "could" as past ability, not a future', () => {
    expect(dirOf('Neither he nor his grandparents could be located Wednesday in their hometown.', 'Wednesday')).not.toBe('future');
  });

  it('does not take a cue from a following subordinate clause or list item', () => {
    expect(dirOf('Officials warned the agency Wednesday that they should expect little help.', 'Wednesday')).toBe('past');
    expect(dirOf('On Friday, the government will pay the bills.', 'Friday')).toBe('present');
  });

  it('reads "until" as looking forward, except "up until"', () => {
    expect(dirOf('Officials postponed until Tuesday morning any action on the case.', 'Tuesday')).toBe('future');
    expect(dirOf('Up until Thursday, however, the search had stalled.', 'Thursday')).toBe('present');
    expect(dirOf('Until Thursday, they had not called him a suspect.', 'Thursday')).not.toBe('future');
  });

  it('reads "set for" as looking forward', () => {
    expect(dirOf('It is expected to dominate a summit set for Washington in April.', 'April')).toBe('future');
  });
});

describe('tenseAround: adjectives in -ed', () => {
  it('takes no past cue from an "un-…-ed" adjective', () => {
    expect(dirOf('Fares fall on an unannounced date in May.', 'May')).toBe('present');
    expect(dirOf('Fares fell on a quiet day in May.', 'May')).toBe('past');
  });
});

describe('tenseAround: plans reported in the past', () => {
  it('looks forward after "were planning" and back after "had been due to"', () => {
    expect(dirOf('Growers hold a market on Saturday and were planning a parade.', 'Saturday')).toBe('future');
    expect(dirOf('The permit had been due to lapse on Friday, officials said.', 'Friday')).toBe('past');
    expect(dirOf('The permit is due to lapse on Friday, officials said.', 'Friday')).toBe('future');
  });
});

describe('tenseAround: scheduled events in the present tense', () => {
  it('reads "the envoys meet Monday" as ahead', () => {
    expect(dirOf('The envoys meet Monday with the mediator.', 'Monday')).toBe('future');
    expect(dirOf('The envoys met Monday with the mediator.', 'Monday')).toBe('past');
  });
});

describe('tenseAround: a modal before a passive', () => {
  it('reads "would be paid" forward even when the modal lies beyond the window', () => {
    expect(dirOf('The bonus would be paid on an unannounced day in March to staff.', 'March')).toBe('future');
    expect(dirOf('The bonus was paid on an unannounced day in March to staff.', 'March')).toBe('past');
  });
});

describe('tenseAround: a plan several words before the date', () => {
  it('reads "were planning to march past the city hall on Monday" forward', () => {
    expect(dirOf('Protesters were planning to march past the city hall on Monday.', 'Monday')).toBe('future');
  });
});

describe('tenseAround: a future modal beyond the window', () => {
  it('reads "will be named … in December" forward when no cue lies between, but not a past one', () => {
    expect(dirOf('She will be named commander of the new research station for a survey in December.', 'December')).toBe('future');
    expect(dirOf('She was named commander of the new research station for a survey in December.', 'December')).toBe('present');
  });
});
