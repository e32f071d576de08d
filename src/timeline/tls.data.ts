/**
 * Date-wise timeline summarisation (DATEWISE-style: rank dates, then pick sentences per date).
 * Calibrated on the visible Timeline17 split (`npm run eval:timeline`); each weight says how.
 */

/**
 * Date score = MENTION_WEIGHT × (sentences that name the date, from any article)
 *            + PUBLICATION_WEIGHT × (articles published that day).
 * Mentions are the stronger signal (DATEWISE's finding); swept mention:publication from 1:0 to
 * 1:1 on the visible split, Date-F1 peaked around 1:0.5.
 */
export const MENTION_WEIGHT = 1;
export const PUBLICATION_WEIGHT = 0.5;
/** A mention from an article published on the named day is "today": it counts less than a look-back. */
export const SAME_DAY_MENTION_WEIGHT = 0.5;
/**
 * Candidate sentences for a date: those that name it, plus the first LEAD_SENTENCES of each
 * article published that day or the day after (news of day d is reported on d and d+1).
 */
export const LEAD_SENTENCES = 5;
/** Sentences outside this length range (in words) are poor timeline entries. */
export const MIN_SENTENCE_WORDS = 6;
export const MAX_SENTENCE_WORDS = 50;
/** A sentence this similar (cosine) to one already chosen for the date is redundant. */
export const REDUNDANCY_COSINE = 0.5;
/** Bonus for a candidate that names the date explicitly over a lead sentence of that day. */
export const NAMES_DATE_BONUS = 0.2;
