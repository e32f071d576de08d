import type { Doc } from '../../core/doc.ts';
import type { EventTime, TimeExpression } from '../../core/layers.ts';
import type { Span } from '../../core/span.ts';
import { DAY_NOT_GIVEN, DAY_OF_OCCASION, FOLLOWING_DAY_SENTENCES, NAMES_A_DAY } from './event-time.data.ts';
import { precisionOf } from './precision.ts';

/**
 * A time of day that names no day ("arrived around noon", "at 03:00 local time"): how the event
 * time of src/annotate/time/event-time.ts recognises it, dates it by a day named just after it, or
 * leaves its day open for the corpus pass (src/pipeline/corpus-dates-occasion.ts) to supply.
 */

/**
 * "around noon", "at 03:00 local time": a time of day whose day the tagger took from the
 * publication date because the expression names none. It does not date its event to that day
 * (a report published the next morning says "arrived around noon" of the day before).
 */
export function isTimeOfDayOnly(text: string, t: TimeExpression): boolean {
  return t.type === 'TIME' && t.anchor === 'publication' && !NAMES_A_DAY.test(text.slice(t.start, t.end));
}

/** An event at a time of day whose day the text does not give: no date, the expression in `relative`. */
export function timeOfDayOpen(text: string, timex: Span): EventTime {
  return { value: null, precision: 'time', basis: 'relative', timex, relative: `${text.slice(timex.start, timex.end)}, ${DAY_NOT_GIVEN}` };
}

/**
 * An event at a time of day that names no day, on the day other sources give the same occasion
 * (`how` says which). The day only: the time of day stays in `relative`, since fuse hands the date
 * on to events placed "during the visit", which need not be at that hour.
 */
export function timeOfDayOn(text: string, timex: Span, day: string, how: string): EventTime {
  return { value: day, precision: 'day', basis: 'relative', timex, relative: `${text.slice(timex.start, timex.end)}, ${DAY_OF_OCCASION} ${how}` };
}

/** A time of day that names no day, left open or dated by the occasion (what `relative` says of it). */
export function isTimeOfDayTime(t: EventTime): boolean {
  const r = t.relative ?? '';
  return t.timex !== null && (r.includes(`, ${DAY_NOT_GIVEN}`) || r.includes(`, ${DAY_OF_OCCASION} `));
}

/**
 * The day a time of day with no day of its own falls on when the narrative names it just after
 * ("welcome Putin at around 03:00 local time. During their nine-hour-long schedule on Wednesday
 * …"): the first day-precision date in the same or the next FOLLOWING_DAY_SENTENCES sentences. A
 * run of sentences each with a time of day ("in the middle of the night. … at around 03:00. … on
 * Wednesday") tells one day: the search goes on through it. (A day named before it is the
 * tagger's business: it anchors the time to "the day just mentioned".)
 */
export function followingDay(doc: Doc, t: TimeExpression): TimeExpression | undefined {
  const sentences = doc.layers.sentences ?? [];
  const timexes = doc.layers.timexes ?? [];
  const i = sentences.findIndex((s) => s.start <= t.start && t.end <= s.end);
  if (i < 0) return undefined;
  for (let j = i; j < sentences.length; j++) {
    const end = sentences[Math.min(sentences.length - 1, j + FOLLOWING_DAY_SENTENCES)].end;
    const day = timexes
      .filter((x) => x.type === 'DATE' && x.start >= t.end && x.end <= end && (x.precision ?? precisionOf(x.value)) === 'day')
      .sort((a, b) => a.start - b.start)[0];
    if (day) return day;
    const next = sentences[j + 1];
    if (!next || !timexes.some((x) => x.start >= next.start && x.end <= next.end && isTimeOfDayOnly(doc.text, x))) return undefined;
  }
  return undefined;
}
