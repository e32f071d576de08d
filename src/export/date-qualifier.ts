import type { EventRecord, ResolvedEventMention } from '../core/corpus.ts';

/**
 * How far an event's shown date can be trusted when it is not a source's own statement — the one
 * rule the CLI (`timeline`, `events`), the exports and the page share:
 * - `inferred`: the date rests only on publication dates dossier inferred (its reading, not a date
 *   any source gave);
 * - `asOfPublication`: the event has no time of its own and is dated by its report's publication
 *   date ("North Korea has sent troops": it happened by then, not necessarily on that day);
 * - `null`: a date a source states (or no date).
 * An inferred date wins: it is the weaker claim. Dependency-free, so the CLI need not load the
 * time tagger.
 */
export type DateQualifier = 'inferred' | 'asOfPublication' | null;

/**
 * What `fuse` writes into a mention's `time.relative` when its date was resolved against an
 * inferred publication range (annotate/time/event-time-range.ts `INFERRED_NOTE`; repeated here so
 * the export does not load the time tagger).
 */
export const INFERRED_NOTE = 'publication date inferred';

/** What `dateNote` says of an event dated only by its report's publication date. */
export const AS_OF_PUBLICATION_NOTE = 'as of publication: the report gives no time of its own, so it happened by then, not necessarily on that day';

type Dated = Pick<EventRecord, 'date' | 'dateBasis'> & { readonly mentions: readonly Pick<ResolvedEventMention, 'time' | 'publishedInferred'>[] };

/**
 * A mention's date is dossier's inference when it was resolved against an inferred publication
 * date: a relative or publication-date reading of an article whose date was inferred, or a value
 * `fuse` marked as taken over an inferred range. A date the text states outright never is.
 */
function mentionDateInferred(m: Pick<ResolvedEventMention, 'time' | 'publishedInferred'>): boolean {
  if (m.time.value === null || m.time.basis === 'explicit') return false;
  return m.publishedInferred === true || (m.time.relative ?? '').includes(INFERRED_NOTE);
}

/** An event's date is inferred when it has one and every dated mention's date is inferred. */
function eventDateInferred(e: Pick<Dated, 'date' | 'mentions'>): boolean {
  const dated = e.mentions.filter((m) => m.time.value !== null);
  return e.date !== null && dated.length > 0 && dated.every(mentionDateInferred);
}

export function dateQualifier(e: Dated): DateQualifier {
  if (eventDateInferred(e)) return 'inferred';
  return e.date !== null && e.dateBasis === 'publication' ? 'asOfPublication' : null;
}

/** The qualifier as the CLI prints it after an event's type: ` [date inferred]`, ` [as of publication]` or nothing. */
export function dateMarker(e: Dated): string {
  const q = dateQualifier(e);
  switch (q) {
    case 'inferred': return ' [date inferred]';
    case 'asOfPublication': return ' [as of publication]';
    case null: return '';
  }
}
