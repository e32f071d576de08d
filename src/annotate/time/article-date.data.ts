/**
 * Cues and confidences for inferring an article's publication date from its text.
 * Confidences are on the scale the pipeline anchors on (src/pipeline/process.ts anchors relative
 * expressions at ≥ 0.7): they were set by reading the seed articles and TimeBank/AQUAINT datelines,
 * not fitted.
 */

/** How far into the text (characters) a dateline or "Published …" line may sit. */
export const DATELINE_WINDOW = 600;

/** A "Published/Updated/Posted …" line carrying a full date: nearly always the publication date. */
export const CONFIDENCE_PUBLISHED_LINE = 0.95;

/** A dated dateline at the top ("MOSCOW, June 19, 2024 (Reuters) –"). */
export const CONFIDENCE_DATELINE = 0.9;

/**
 * A full date in the first lines that is not in a dateline form: often the publication date, but
 * sometimes an event date. Below the anchoring threshold on purpose.
 */
export const CONFIDENCE_EARLY_DATE = 0.6;

/** Only a lower bound from the latest dated reference in the body. */
export const CONFIDENCE_LOWER_BOUND = 0.3;

/** Words that introduce the publication date on a line of its own. */
export const PUBLISHED_CUES = /\b(?:published|posted|updated|last\s+updated|first\s+published|date)\s*(?:on|:)?\s*/i;

/**
 * Corpus-level: clues from other sources' dates for the same events (src/pipeline/corpus-dates.ts).
 * A day or year pinned this way rests on event fusion being right, so it stays below the
 * dateline's 0.9; a year from "first … in N years" is rounder still ("24 years" may be 23.5).
 */
export const CONFIDENCE_CORPUS_EVENT = 0.6;
export const CONFIDENCE_CORPUS_YEARS_SINCE = 0.5;
/** The other source's mention is not fused with this one, only in a record of the same kind with the same participants. */
export const CONFIDENCE_CORPUS_SIMILAR = 0.45;

/** How far (years) from another source's date a relative expression may place the publication: "24 years ago" fits; calibrated as twice the longest such span in the seeds. */
export const SEARCH_YEARS = 60;

/**
 * A present-tense / present-perfect report ("has started his journey") is published on the day of
 * the event or within this many days after it: set from the seeds and wire copy, where same-day
 * and next-day reports dominate and a weekly's lag is a week.
 */
export const CURRENT_NEWS_LAG_DAYS = 7;

/** "the first visit to North Korea in 24 years", "for the first time in two decades" is not matched (decades are too round). */
export const FIRST_IN_YEARS = /\bfirst\b[^.;]{0,60}?\bin\s+(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+years\b/i;

export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
};
