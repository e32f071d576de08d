import { describe, expect, it } from 'vitest';
import { dateMarker, showDate } from './timeline.ts';

const mention = (value: string | null, relative?: string) => ({ time: { value, precision: null, basis: 'relative' as const, timex: null, relative } });

describe('timeline date markers', () => {
  it('marks a date that is only the publication date of a report', () => {
    expect(dateMarker({ date: '2025-06-05', dateBasis: 'publication', mentions: [mention('2025-06-05')] as never })).toBe(' [as of publication]');
  });
  it('says nothing for a date the source states', () => {
    expect(dateMarker({ date: '2019', dateBasis: 'explicit', mentions: [mention('2019')] as never })).toBe('');
  });
  it('shows decades and centuries for reading', () => {
    expect(showDate('194')).toBe('1940s');
    expect(showDate('19')).toBe('1900s');
    expect(showDate('2024-06')).toBe('2024-06');
  });
});
