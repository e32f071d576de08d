import { describe, expect, it } from 'vitest';
import { meeting, protest } from './testing/fixture.ts';
import { exportTimeline } from './timeline.ts';

describe('exportTimeline', () => {
  it('places events by date as the timeline stage does', () => {
    expect(exportTimeline([meeting, protest]).map((t) => [t.date, t.events])).toEqual([
      ['2025-03-02', [protest.id]],
      ['2025-03-04', [meeting.id]],
    ]);
  });

  it('writes decades as TIMEX3 does and merges a quarter into its year', () => {
    const decade = { ...protest, date: '194', precision: 'decade' as const };
    const quarter = { ...meeting, date: '2025-Q1', precision: 'range' as const };
    const year = { ...meeting, id: 'evt_year', date: '2025', precision: 'year' as const };
    const t = exportTimeline([decade, quarter, year]);
    expect(t.map((e) => e.date)).toEqual(['194', '2025']);
    expect(t[1].events.slice().sort()).toEqual(['evt_year', meeting.id].sort());
  });

  it('leaves undated events off the timeline', () => {
    expect(exportTimeline([{ ...meeting, date: null, precision: null, dateBasis: 'unknown' }])).toEqual([]);
  });
});
