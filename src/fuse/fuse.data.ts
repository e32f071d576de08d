/**
 * Thresholds and lexicons for cross-article event fusion. Each value says how it was calibrated.
 */

/**
 * An event reported as current news (`basis: 'publication'`) happened on the publication day or
 * shortly before it. Calibrated on the seeds (the summit of 2024-06-19 is reported on the 18th as
 * "has started his journey" and on the 19th–20th as done) and on Timeline17, where about 90 % of
 * the sentences that date an event relative to the article fall within 3 days before publication.
 */
export const PUBLICATION_WINDOW_DAYS_BEFORE = 3;
/** A report may be published a day "early" in the reader's time zone (Moscow vs Pyongyang vs US). */
export const PUBLICATION_WINDOW_DAYS_AFTER = 1;

/**
 * Two day-precise dates one day apart are within tolerance (time zones, overnight arrivals:
 * Putin landed in Pyongyang after midnight local time, still the 18th in Moscow and Washington).
 */
export const DAY_TOLERANCE = 1;

/**
 * Participant agreement needed to merge: the participant sets are nested, or their Jaccard overlap
 * reaches this value. 0.5 keeps {Putin, Kim} and {Putin, Kim, North Korea} together and keeps
 * {Putin, Kim} apart from {Putin, Xi} (1/3); chosen on hand-built cases in merge.test.ts.
 */
export const MIN_PARTICIPANT_JACCARD = 0.5;

/**
 * Quantity tolerance: values differing by at most this fraction of the larger agree when either
 * side is approximate ("about 40" vs 42: 4.8 %). "About" in news copy rounds to the nearest 5 or
 * 10, so 10 % covers rounding of two-digit counts and keeps 40 vs 60 apart.
 */
export const APPROXIMATE_TOLERANCE = 0.1;
/** Exact values may differ only by rounding of the last digit shown (e.g. 1.2 million vs 1,234,000). */
export const EXACT_TOLERANCE = 0.03;

/**
 * Evidence sentences whose word 3-shingle Jaccard reaches this are the same copy (syndication, or
 * a wire sentence reused verbatim); such mentions count as one source. On one-sentence evidence a
 * single edit ("on Wednesday" → "Wednesday") already drops a 15-word sentence to 0.67, while two
 * outlets that share a phrase but write their own sentence score 0.25–0.45 (merge.test.ts and the
 * seeds); 0.6 sits between.
 */
export const SYNDICATED_EVIDENCE_SIMILARITY = 0.6;

/**
 * Modes where the actor is the one who does it to the other side, so two mentions with disjoint
 * actors are different events ("Kim's trip to Moscow" vs "Putin's visit to Kim"). Symmetric modes
 * (meet, talks, agree) are left out: "Kim met Shoigu" and "Shoigu met Kim" are one meeting.
 */
export const DIRECTED_MODES = ['visit'] as const;

/** The modes a summit is reported in: the trip there and the meeting with the host (src/fuse/profile.ts `summit`). */
export const SUMMIT_MODES = { visit: 'visit', meet: 'meet' } as const;

/**
 * Fit bonus when a candidate event already holds a mention from the same article: an article
 * that says "the visit" or "Welcome Putin" most likely means the event it is already reporting
 * (document-level coreference before cross-document). 0.5 equals the same-mode bonus, so it
 * outweighs one extra shared participant (at most +0.5 Jaccard on small sets) elsewhere; chosen
 * on the seeds (004's "Welcome Putin" went to 003's Vietnam trip on participant overlap alone).
 */
export const SAME_ARTICLE_FIT = 0.5;

/**
 * Across articles, mentions that state no date and are dated only by their articles' publication
 * windows need this many shared participants or places (countries for places) to be one event:
 * one shared actor ("Putin thanked …" / "Putin praised …" in two reports of one week) is not
 * enough. 2 on the seeds keeps the invasion of Ukraine (Russia → Ukraine) together in two reports
 * and "Putin praised the deal" apart from "he thanked the rogue state"; hand cases in merge.test.ts.
 */
export const MIN_SHARED_WITHOUT_DATE = 2;

/**
 * A date shared by two mentions narrows them to one event only when it spans at most this many
 * days (a month: "June 2024", a day, a publication window). A shared year ("last year" against an
 * article inferred to be from that year) is weak evidence: it also needs the participant evidence
 * of MIN_SHARED_WITHOUT_DATE. Set on the seeds once their publication dates were inferred to the
 * year only, which merged Putin's trip to Vietnam into his visit to North Korea.
 */
export const STRONG_DATE_DAYS = 31;

/** How the time stage words "the publication day" when the article date is unknown (all one anchor). */
export const PUBLICATION_DAY_RELATIVES = ['at publication', 'the publication day'] as const;

/** What may precede a sentence-opening time expression: nothing, or a preposition ("In September"). */
export const SENTENCE_OPENING = /^\s*(?:(?:in|on|at|by|during|last|this|early|late)\s+)?$/i;
/**
 * A sentence that shifts time inside itself ("two years after", "ago", "since", "earlier"): its
 * one time expression does not date every event in it.
 */
export const TIME_SHIFT_CUE = /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|many)\s+(?:years?|months?|weeks?|days?|decades?)\s+(?:after|before|ago|earlier|later|since)\b|\b(?:ago|since|previously|formerly|earlier|later)\b/i;

/** Modalities that assert the event happened (count as corroboration). */
export const ASSERTING_MODALITIES = ['asserted', 'reported', 'planned'] as const;
/** Modalities never merged with others: a conditional or negated event is not a report of one. */
export const UNMERGEABLE_MODALITIES = ['hypothetical', 'negated'] as const;

/**
 * Cues that a mention picks out a unique earlier occurrence ("his last visit", "the previous trip",
 * "first visit since 2000", "first time in 24 years"). Two such descriptions of the same kind of
 * event with the same participants are the same occurrence even when their dates differ, which
 * is then a contradiction rather than two events.
 */
export const LAST_CUE = /(?:\b(?:his|her|their|its|the)|\p{Lu}[\p{L}-]*['’]s)\s+(?:last|previous|prior|only\s+other|most\s+recent)\s+(visit|trip|journey|meeting|summit|talks|tour)\b/iu;
/** "The two leaders last met in September in far eastern Russia" (to the end of the clause). */
export const LAST_MET_CUE = /\b(?:last|previously)\s+met\b[^.;,:]{0,60}/i;
export const FIRST_SINCE_CUE = /\bfirst\s+(?:[\w’'-]+\s+){0,3}?(visit|trip|journey|meeting|summit|talks|tour|time)\b[^.;]{0,60}?\bsince\s+((?:1[89]|20)\d\d)\b/i;
export const FIRST_IN_YEARS_CUE = /\bfirst\s+(?:[\w’'-]+\s+){0,3}?(visit|trip|journey|meeting|summit|talks|tour|time)\b[^.;]{0,60}?\bin\s+(?:more\s+than\s+|over\s+|almost\s+|nearly\s+)?(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+years\b/i;
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20,
};
