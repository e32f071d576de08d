/**
 * Near-duplicate (syndication) detection parameters: MinHash over word shingles with LSH banding.
 */

/** Words per shingle. 3-word shingles keep paraphrases apart while tolerating small edits. */
export const SHINGLE_WORDS = 3;
/** Hash functions in a signature; the standard error of the Jaccard estimate is about 1/sqrt(128) ≈ 0.09. */
export const SIGNATURE_SIZE = 128;
/**
 * LSH banding: 32 bands of 4 rows. The probability that two texts share a band is
 * 1 − (1 − J⁴)³², which is 0.5 at J ≈ 0.42 and above 0.99 for J ≥ 0.6, so every pair above the
 * duplicate threshold is found as a candidate with near certainty.
 */
export const BANDS = 32;
export const ROWS_PER_BAND = 4;
/**
 * Estimated Jaccard similarity at or above which two articles are copies of one another.
 * Calibrated on Timeline17 (`npx tsx src/fuse/eval/duplicates.ts`): same-day article pairs of one
 * topic are bimodal, with paraphrased coverage below 0.3 and wire copies re-run with a new
 * headline, byline or trailing paragraph at 0.6–1.0; 0.5 sits in the gap. A copy that adds or drops
 * a third of its text still scores above 0.5.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
/** Paragraphs shorter than this many words are not tested for reuse (datelines, "Advertisement"). */
export const MIN_REUSED_PARAGRAPH_WORDS = 12;
