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

/** Corpus-level: another source's fixed date for the same event, matched to this article's weekday phrase. */
export const CONFIDENCE_CORPUS_WEEKDAY = 0.75;

/** Words that introduce the publication date on a line of its own. */
export const PUBLISHED_CUES = /\b(?:published|posted|updated|last\s+updated|first\s+published|date)\s*(?:on|:)?\s*/i;
