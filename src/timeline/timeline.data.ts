/**
 * Timeline ranking weights. Each is commented with how it was calibrated.
 */

/**
 * Summary sentence score = CENTROID_WEIGHT × cosine to the date's centroid (what most sources on
 * that date say) + (1 − CENTROID_WEIGHT) × the event's salience relative to the date's top event.
 * 0.5 on the seeds picks the sentence naming the summit over a caption-like fragment.
 */
export const CENTROID_WEIGHT = 0.5;
/** Modalities whose events are placed on a timeline; conditional and negated events are not history. */
export const TIMELINE_MODALITIES = ['asserted', 'reported', 'planned', 'denied'] as const;
/**
 * Factor on the score of evidence that is a question (an FAQ heading, a rhetorical headline): small
 * enough that any statement on the same date wins, non-zero so a date with only questions still has
 * a summary. Set from the seeds, where an FAQ question outranked the dateline sentence.
 */
export const QUESTION_PENALTY = 0.1;
/** Evidence longer than this (characters) is a poor one-line summary; it is penalised, not dropped. */
export const MAX_SUMMARY_CHARS = 320;
