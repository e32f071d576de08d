import { describe, expect, it } from 'vitest';
import { showDate } from '../../export/records.ts';
import { dateMarker } from '../../export/date-qualifier.ts';

const mention = (value: string | null, relative?: string) => ({ time: { value, precision: null, basis: 'relative' as const, timex: null, relative } });

describe('timeline date markers', () => {
  it('marks a date that is only the publication date of a report', () => {
    expect(dateMarker({ date: '2025-06-05', dateBasis: 'publication', mentions: [mention('2025-06-05')] as never })).toBe(' [as of publication]');
  });
  it('marks a date resolved against an inferred publication date as inferred, before anything else', () => {
    const pub = { time: { value: '2025-03', precision: 'month', basis: 'publication' as const, timex: null }, publishedInferred: true as const };
    expect(dateMarker({ date: '2025-03', dateBasis: 'publication', mentions: [pub] as never })).toBe(' [date inferred]');
    expect(dateMarker({ date: '2025', dateBasis: 'relative', mentions: [mention('2025', 'publication date inferred (2025)')] as never })).toBe(' [date inferred]');
  });
  it('says nothing for a date the source states', () => {
    expect(dateMarker({ date: '2019', dateBasis: 'explicit', mentions: [mention('2019')] as never })).toBe('');
  });
  it('shows decades and centuries for reading', () => {
    expect(showDate('194')).toBe('1940s');
    expect(showDate('201X')).toBe('2010s');
    expect(showDate('19')).toBe('1900s');
    expect(showDate('2024-06')).toBe('2024-06');
    expect(showDate('2022-W40')).toBe('week of 2022-10-03 (2022-W40)');
    expect(showDate('2021-W01')).toBe('week of 2021-01-04 (2021-W01)');
    expect(showDate('2023/2024-06-19')).toBe('2023 … 2024-06-19');
    expect(showDate('194/2024')).toBe('1940s … 2024');
  });
});
