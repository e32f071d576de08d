/**
 * Thresholds of the learned side of the quote finder (cue tagger, attribution filter). Both were
 * calibrated on the train-internal split: tagger and filter trained on PolNeAR train articles 1–700,
 * source F1 (overlap) scored on articles 701–840; the dev split steered nothing.
 */

/**
 * Score a token needs from the cue tagger (averaged-weight units) to start a candidate attribution,
 * which the filter then keeps or drops. With the filter: 1 → source F1 0.772 (P 0.867 / R 0.697),
 * −2 → 0.775 (0.858 / 0.706), −5 → 0.775 (0.844 / 0.716); −2 keeps fewer candidates for the same F1.
 * (Without the filter the tagger's own threshold, 1, gave 0.758.) With the logistic filter (2026-12-08): 0 → 0.7940,
 * −1 → 0.7962, −2 → 0.7948, −3 → 0.7958, −5 → 0.7966 (P 0.839 / R 0.758), −7 → 0.7951, −10 → 0.7974, −15 → 0.7946,
 * −20 → 0.7949: flat within ±0.001 from −1 to −10; −5, the middle of that plateau, ships.
 */
export const CANDIDATE_CUE_THRESHOLD = -5;

/**
 * A judged candidate attribution is kept when the filter scores it at least this (log-odds since the logistic filter; averaged-weight
 * units). Filter judging every candidate, tagger at 1: −3 → 0.770, −1.5 → 0.770, 0 → 0.771, 1 → 0.772;
 * tagger at −5: −1 → 0.778, 0 → 0.775, 2 → 0.772. Flat: 0, the perceptron's own boundary. Judging only
 * learned cues and the rules' ambiguous ones (the rules' nested attributions stay) cost 0.775 → 0.773;
 * the filter replacing the old low-score veto of ambiguous rule cues then gave 0.781. With the logistic filter
 * (scores in log-odds): −1.5 → 0.7905, −1 → 0.7926, −0.5 → 0.7942, 0 → 0.7948, 0.5 → 0.7920: 0 (p = 0.5) stays.
 */
export const FILTER_THRESHOLD = 0;
