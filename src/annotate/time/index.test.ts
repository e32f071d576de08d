import { describe, expect, it } from 'vitest';
import { layer } from '../../core/doc.ts';
import { timeComponent } from './index.ts';
import { textDoc } from './test-doc.ts';

function tag(text: string, published: string | null): { text: string; type: string; value: string | null; relative?: string }[] {
  const doc = timeComponent.run(textDoc(text, published));
  return layer(doc, 'timexes').map((t) => ({ text: text.slice(t.start, t.end), type: t.type, value: t.value, ...(t.relative ? { relative: t.relative } : {}) }));
}

describe('timeComponent', () => {
  it('resolves a past-tense weekday against a Thursday article date', () => {
    expect(tag('Putin pledged his support in a letter published on Tuesday.', '2024-06-20')).toEqual([
      { text: 'Tuesday', type: 'DATE', value: '2024-06-18', relative: 'the Tuesday on or before publication' },
    ]);
    expect(tag('The two leaders met on Wednesday.', '2024-06-20')[0].value).toBe('2024-06-19');
  });

  it('keeps a weekday relative, with no invented date, when the article date is unknown', () => {
    expect(tag('Putin pledged his support in a letter published on Tuesday.', null)).toEqual([
      { text: 'Tuesday', type: 'DATE', value: 'XXXX-XX-XX', relative: 'the Tuesday on or before publication' },
    ]);
  });

  it('dates months and months of last year', () => {
    const t = tag('In January Kim sent delegates to Moscow following the North Korean leader’s own trip there in September last year.', '2024-06-20');
    expect(t.map((x) => [x.text, x.value])).toEqual([
      ['January', '2024-01'],
      ['September last year', '2023-09'],
    ]);
  });

  it('does not take a birthday for a date, and keeps historical years apart', () => {
    expect(tag('Kim congratulated Putin on his 70th birthday.', '2022-10-07')).toEqual([]);
    expect(tag('The partnership replaced the agreements of 1961, 2000 and 2001.', '2024-06-19').map((x) => x.value)).toEqual(['1961', '2000', '2001']);
  });

  it('normalises decades, fuzzy and relative expressions and durations', () => {
    const t = tag(
      'Ties go back to the late 1940’s. In recent months, and earlier this week, over two years after the invasion began last year — and since 2000, in 2019 — he landed at around 03:00 local time for a nine-hour-long visit.',
      '2024-06-19',
    );
    const byText = Object.fromEntries(t.map((x) => [x.text, [x.type, x.value]]));
    expect(byText['the late 1940’s']).toEqual(['DATE', '194']);
    const late = layer(timeComponent.run(textDoc('Ties go back to the late 1940’s and about two years ago.', null)), 'timexes');
    expect(late.map((x) => x.mod)).toEqual(['END', 'APPROX']);
    expect(byText['recent months']).toEqual(['DURATION', 'PXM']);
    expect(byText['earlier this week']).toEqual(['DATE', '2024-W25']);
    expect(byText['two years']).toEqual(['DURATION', 'P2Y']);
    expect(byText['last year']).toEqual(['DATE', '2023']);
    expect(byText['2000']).toEqual(['DATE', '2000']);
    expect(byText['2019']).toEqual(['DATE', '2019']);
    expect(byText['around 03:00 local time']).toEqual(['TIME', '2024-06-19T03:00']);
    expect(byText['nine-hour-long']).toEqual(['DURATION', 'PT9H']);
  });

  it('is a pure function of text and article date', () => {
    const text = 'Shoigu visited Pyongyang on Wednesday, his second visit this year.';
    expect(tag(text, '2025-06-05')).toEqual(tag(text, '2025-06-05'));
    expect(tag(text, '2025-06-05')[0].value).toBe('2025-06-04');
    expect(tag(text, null)[0].value).toBe('XXXX-XX-XX');
  });

  it('copes with empty, time-free and number-heavy texts', () => {
    expect(tag('', '2024-06-20')).toEqual([]);
    expect(tag('No dates here at all, just words.', null)).toEqual([]);
    const numbers = Array.from({ length: 2000 }, (_, i) => `${i * 37} units, $${i}.5 million`).join('; ');
    // Counts and money ("1998 units", "$1998.5 million") are not years.
    expect(tag(numbers, '2024-06-20')).toEqual([]);
  });
});
