import type { EventRecord, TimelineEntry } from '../core/corpus.ts';
import type { ExportTimelineEntry } from './types.ts';

/**
 * The export's timeline comes from the timeline stage (`src/timeline/index.ts`, `buildTimeline`);
 * the export never builds its own. Until that module exists the timeline is empty.
 */
type BuildTimeline = (events: readonly EventRecord[], options: Record<string, unknown>) => readonly TimelineEntry[];

// A variable specifier keeps this file compiling before src/timeline/index.ts lands.
const TIMELINE_MODULE = '../timeline/index.ts';

async function loadBuildTimeline(): Promise<BuildTimeline | null> {
  try {
    const mod = (await import(TIMELINE_MODULE)) as { buildTimeline?: BuildTimeline };
    return typeof mod.buildTimeline === 'function' ? mod.buildTimeline : null;
  } catch {
    return null;
  }
}

export async function exportTimeline(events: readonly EventRecord[]): Promise<ExportTimelineEntry[]> {
  const build = await loadBuildTimeline();
  if (!build) return [];
  return build(events, {}).map((t) => ({ date: t.date, events: [...t.events], summary: t.summary }));
}
