import type { EventRecord } from '../core/corpus.ts';
import { buildTimeline } from '../timeline/index.ts';
import type { ExportTimelineEntry } from './types.ts';

/**
 * The export's timeline comes from the timeline stage (`buildTimeline`); the export never builds
 * its own. The events given are already selected (entity, dates), so no options are passed.
 */
export function exportTimeline(events: readonly EventRecord[]): ExportTimelineEntry[] {
  return buildTimeline(events).map((t) => ({ date: t.date, events: [...t.events], summary: t.summary }));
}
