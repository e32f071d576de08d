import type { EventRecord } from '../core/corpus.ts';
import { buildTimeline } from '../timeline/index.ts';
import { timelineDate } from './records.ts';
import type { ExportTimelineEntry } from './types.ts';

/**
 * The export's timeline comes from the timeline stage (`buildTimeline`); the export never builds
 * its own. The events given are already selected (entity, dates), so no options are passed.
 * Dates are written as the contract says (`timelineDate`): entries that fall on the same date
 * once written (`2024-Q2` and `2024`) are merged, keeping the first summary; an entry whose date
 * cannot be written (a range) is left out, its events staying in `events[]` with `dateValue`.
 */
export function exportTimeline(events: readonly EventRecord[]): ExportTimelineEntry[] {
  const byDate = new Map<string, { events: string[]; summary: string | null }>();
  for (const t of buildTimeline(events)) {
    const date = timelineDate(t.date);
    if (date === null) continue;
    const entry = byDate.get(date);
    if (entry) {
      entry.events.push(...t.events.filter((e) => !entry.events.includes(e)));
      entry.summary ??= t.summary;
    } else {
      byDate.set(date, { events: [...t.events], summary: t.summary });
    }
  }
  return [...byDate].map(([date, e]) => ({ date, events: e.events, summary: e.summary }));
}
