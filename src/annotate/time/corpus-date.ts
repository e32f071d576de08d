import type { PublishedDate } from '../../core/article.ts';
import type { TimeExpression } from '../../core/layers.ts';
import { addDays, fmtDay, isoWeekday, parseYmd, type Ymd } from './calendar.ts';
import { CONFIDENCE_CORPUS_WEEKDAY } from './article-date.data.ts';
import { WEEKDAYS } from './lexicon.data.ts';

/**
 * Corpus-level publication-date inference from plain data (no storage access): another source's
 * fixed date for the same event, set against this article's relative phrase for it. Article A says
 * the visit was on 2024-06-19; article B says "on Wednesday" for the same visit, so B was published
 * on one of the seven days from that Wednesday on. Several clues narrow the range.
 */
export type RelativeClue =
  /** "on Wednesday": the event fell on that weekday, the latest one on or before publication (past) or the first on or after it (future). */
  | { readonly kind: 'weekday'; readonly event: string; readonly weekday: number; readonly direction: 'past' | 'future'; readonly text: string }
  /** "yesterday" (−1), "today" (0), "tomorrow" (+1): the event was that many days from publication. */
  | { readonly kind: 'day-offset'; readonly event: string; readonly days: number; readonly text: string };

/** Another article's absolute day for the same event (e.g. from a fused event record). */
export interface FixedEventDate {
  readonly event: string;
  readonly date: string;
  /** Where it came from, for the explanation (an article id or outlet). */
  readonly source: string;
}

/** The clue a relative time expression gives, given the event it dates; null when it gives none. */
export function clueFromTimex(text: string, t: TimeExpression, event: string): RelativeClue | null {
  const words = text.slice(t.start, t.end).toLowerCase();
  const offset = /\byesterday\b/.test(words) ? -1 : /\btoday\b|\btonight\b/.test(words) ? 0 : /\btomorrow\b/.test(words) ? 1 : null;
  if (offset !== null) return { kind: 'day-offset', event, days: offset, text: words };
  const name = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.exec(words)?.[1];
  if (!name || t.type === 'SET') return null;
  const direction = /after publication/.test(t.relative ?? '') ? 'future' : 'past';
  return { kind: 'weekday', event, weekday: WEEKDAYS[name], direction, text: words };
}

/** The publication dates a clue allows, given the event's fixed date: [from, to] inclusive; null if inconsistent. */
function allowed(clue: RelativeClue, day: Ymd): [Ymd, Ymd] | null {
  switch (clue.kind) {
    case 'day-offset': {
      const p = addDays(day, -clue.days);
      return [p, p];
    }
    case 'weekday': {
      if (isoWeekday(day) !== clue.weekday) return null;
      return clue.direction === 'past' ? [day, addDays(day, 6)] : [addDays(day, -6), day];
    }
  }
}

/**
 * Narrows this article's publication date from its relative clues and other sources' fixed dates
 * for the same events. Returns `{date: null, basis: 'unknown'}` when no clue matches a fixed date
 * or the clues contradict each other; a single day when they pin it; otherwise bounds.
 */
export function inferFromCorpus(clues: readonly RelativeClue[], fixed: readonly FixedEventDate[]): PublishedDate {
  let from = null as string | null;
  let to = null as string | null;
  const used: string[] = [];
  for (const clue of clues) {
    for (const f of fixed) {
      const day = f.event === clue.event ? parseYmd(f.date) : null;
      const range = day && /^\d{4}-\d{2}-\d{2}$/.test(f.date) ? allowed(clue, day) : null;
      if (!range) continue;
      const [a, b] = [fmtDay(range[0]), fmtDay(range[1])];
      from = from === null || a > from ? a : from;
      to = to === null || b < to ? b : to;
      used.push(`"${clue.text}" for the event ${f.source} dates ${f.date}`);
    }
  }
  if (from === null || to === null || from > to) return { date: null, basis: 'unknown' };
  const how = used.join('; ');
  return from === to
    ? { date: from, basis: 'inferred', how, confidence: CONFIDENCE_CORPUS_WEEKDAY, notBefore: from, notAfter: to }
    : { date: null, basis: 'inferred', how, confidence: CONFIDENCE_CORPUS_WEEKDAY, notBefore: from, notAfter: to };
}
