import { describe, expect, it } from 'vitest';
import { exportDate, exportEvidence, exportQuote, timelineDate } from './records.ts';
import { csvField, csvRow } from './csv.ts';

describe('exportDate', () => {
  it('keeps calendar dates at their precision', () => {
    expect(exportDate('2024')).toEqual({ date: '2024', dateValue: null });
    expect(exportDate('2024-06')).toEqual({ date: '2024-06', dateValue: null });
    expect(exportDate('2024-06-18')).toEqual({ date: '2024-06-18', dateValue: null });
  });
  it('folds a date-time into its day and keeps the stored value', () => {
    expect(exportDate('2024-06-18T10:30')).toEqual({ date: '2024-06-18', dateValue: '2024-06-18T10:30' });
  });
  it('keeps the year of a quarter, week, half or season', () => {
    expect(exportDate('2024-Q2')).toEqual({ date: '2024', dateValue: '2024-Q2' });
    expect(exportDate('2024-W25')).toEqual({ date: '2024-06', dateValue: '2024-W25' }); // June 17–23
    expect(exportDate('2022-W40')).toEqual({ date: '2022-10', dateValue: '2022-W40' }); // October 3–9
    expect(exportDate('2024-W05')).toEqual({ date: '2024', dateValue: '2024-W05' }); // January 29 – February 4
    expect(exportDate('2020-W53')).toEqual({ date: '2020', dateValue: '2020-W53' }); // into 2021: the week-year
    expect(exportDate('2024-SU')).toEqual({ date: '2024', dateValue: '2024-SU' });
  });
  it('exports values that are not calendar dates as null, never guessing', () => {
    expect(exportDate('201X')).toEqual({ date: null, dateValue: '201X' });
    expect(exportDate('2024-06-18/2024-06-20')).toEqual({ date: null, dateValue: '2024-06-18/2024-06-20' });
    expect(exportDate(null)).toEqual({ date: null, dateValue: null });
  });
});

describe('timelineDate', () => {
  it('writes calendar dates as for events, and decades as TIMEX3 does', () => {
    expect(timelineDate('2024-06')).toBe('2024-06');
    expect(timelineDate('2024-Q3')).toBe('2024');
    expect(timelineDate('194')).toBe('194');
    expect(timelineDate('199X')).toBe('199');
    expect(timelineDate('2024-06-18/2024-06-20')).toBeNull();
  });
});

describe('evidence and quotes', () => {
  const text = 'He said: "we will go" and left.';
  const textOf = (id: string) => (id === 'a' ? text : undefined);
  it('re-reads span text from the article, falling back to the stored text', () => {
    expect(exportEvidence({ article: 'a', start: 10, end: 20, text: 'stale' }, textOf).text).toBe('we will go');
    expect(exportEvidence({ article: 'b', start: 0, end: 3, text: 'kept' }, textOf).text).toBe('kept');
  });
  it('exports a partial quote as direct with partial: true', () => {
    const q = exportQuote({ id: 'q', article: 'a', start: 10, end: 20, kind: 'partial', text: 'x', speaker: null, speakers: [], cue: null, source: null }, textOf);
    expect(q).toMatchObject({ kind: 'direct', partial: true, text: 'we will go' });
    const r = exportQuote({ id: 'q', article: 'a', start: 10, end: 20, kind: 'reported', text: 'x', speaker: 'ent_1', speakers: ['ent_1'], cue: null, source: null }, textOf);
    expect(r).toMatchObject({ kind: 'reported', partial: false, speaker: 'ent_1', speakers: ['ent_1'] });
  });
  it('exports every speaker of a quote, the primary one as `speaker`', () => {
    const q = exportQuote({ id: 'q', article: 'a', start: 10, end: 20, kind: 'direct', text: 'x', speaker: 'ent_2', speakers: ['ent_1', 'ent_2'], cue: null, source: null }, textOf);
    expect([q.speaker, q.speakers]).toEqual(['ent_2', ['ent_1', 'ent_2']]);
  });
});

describe('csv (RFC 4180)', () => {
  it('quotes fields with commas, quotes or line breaks and doubles quotes', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField(null)).toBe('');
    expect(csvField(['x', 'y'])).toBe('x; y');
    expect(csvRow(['a', 1, true])).toBe('a,1,true\r\n');
  });
});
