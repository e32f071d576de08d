import { describe, expect, it } from 'vitest';
import { tokenize } from '../sentences.ts';
import { findQuantities } from './find.ts';

function quantities(text: string) {
  return findQuantities(text, tokenize(text)).map((q) => ({ text: text.slice(q.start, q.end), value: q.value, high: q.high, unit: q.unit, approximate: q.approximate }));
}

describe('findQuantities', () => {
  it('reads counts with their unit and descriptor', () => {
    expect(quantities('The navy moved 3,500 crates filled with shells to the port.')).toEqual([
      { text: '3,500 crates filled with shells', value: 3500, high: undefined, unit: 'crates', approximate: false },
    ]);
  });
  it('reads ranges and approximations', () => {
    const [range] = quantities('The ministry plans to hire 10,000 to 15,000 foreign nurses.');
    expect(range).toMatchObject({ value: 10000, high: 15000, unit: 'nurses' });
    const [approx] = quantities('The army fired about 60 shells overnight.');
    expect(approx).toMatchObject({ text: 'about 60 shells', value: 60, approximate: true });
  });
  it('reads number words and ordinals before event nouns', () => {
    expect(quantities('It fired three cruise missiles, the fourth launch in 9 days.')).toEqual([
      { text: 'three cruise missiles', value: 3, high: undefined, unit: 'missiles', approximate: false },
      { text: 'the fourth launch in 9 days', value: 4, high: undefined, unit: 'launch', approximate: false },
    ]);
  });
  it('leaves years, dates, durations and names alone', () => {
    expect(quantities('In 2019, on March 3 and after 24 years, the 1961 treaty and the Model 3 cars were cited.')).toEqual([]);
  });
});

describe('people counted by their country', () => {
  it('reads "three Palestinians", "40 Ukrainians" as counts, and a model number as none', () => {
    expect(quantities('The raid killed three Palestinians and 40 Ukrainians.').map((q) => q.text)).toEqual(['three Palestinians', '40 Ukrainians']);
    expect(quantities('The Boeing 737 Max was grounded.').map((q) => q.text)).toEqual([]);
  });
});
