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
 * Calibrated on Timeline17 with `npx tsx src/fuse/eval/duplicates.ts` (LSH candidate pairs, 2,602
 * articles): no cross-topic pair reaches 0.5; same-topic pairs at 0.5–0.65 are re-published
 * versions of one article (a Guardian piece re-run with an edited first paragraph scores 0.52);
 * pairs at 0.35–0.5 are different articles from one outlet sharing an appended fact box or
 * boilerplate paragraphs, which is paragraph reuse (`reusedParagraphs`), not a copy.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.5;
/** Paragraphs shorter than this many words are not tested for reuse (datelines, "Advertisement"). */
export const MIN_REUSED_PARAGRAPH_WORDS = 12;
