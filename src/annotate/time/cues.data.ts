/**
 * Word cues around a match that change whether or how it is a time expression. Each was checked
 * on the visible TimeBank/AQUAINT files (counts in the comments); the unit tests beside the rules
 * use sentences of our own.
 */

/** Words right before "one day" that make it some day in the future ("will one day be", "hopes he one day follows"): 2 of 2. */
export const ONE_DAY_FUTURE_BEFORE = /\b(?:will|would|could|might|may|can|should|to|he|she|they|we|i|you|it)\s+$/i;

/** Text before a match that opens a sentence (or a paragraph). */
export const SENTENCE_START_BEFORE = /(?:^|[.!?]['"”’]?\s+|\n\s*)$/;

/** "Now," opening a sentence is a discourse marker ("Now, he says, …"): untagged 3 of 3. */
export const DISCOURSE_NOW_AFTER = /^,/;

/**
 * "the March accession", "the May elections": after "the", a capitalised month followed by a
 * lower-case noun is a month (1 of 1); "the March of …", "the March on …" are names of events.
 */
export const MONTH_MODIFIER_BEFORE = /\bthe\s+$/i;
export const MONTH_MODIFIER_AFTER = /^\s+(?!(?:of|on|to|for|and|through)\b)[a-z]{3,}/;

/** "high noon" is an idiom (a moment of decision), not a clock time: 2 of 2 untagged. */
export const IDIOM_NOON_BEFORE = /\bhigh\s+$/i;

/**
 * "the quarter ended Sept. 30", "the six months ending Aug. 12": the words before a day that make
 * it the end of a reporting period. "a year earlier" later in the same sentence is a year before
 * that day (2 of the 4 such sentences in TimeBank; the other two are written `1988-QX`, an
 * unspecified quarter, which is no better served by the quarter reported on).
 */
export const PERIOD_END_BEFORE = /\bend(?:ed|ing)\s+$/i;

/** A sentence break between two positions. */
export const SENTENCE_BREAK = /[.!?]['"”’]?\s+[A-Z"“`]|\n/;

/**
 * "a year ago" means the same quarter a year earlier when a quarter was mentioned within this many
 * characters before (earnings reports); otherwise the year before. Tuned on TimeBank/AQUAINT train
 * (tried 300, 600, 1000, unlimited). The same reach keeps the quarter reported on against an
 * earlier quarter mentioned after it for comparison ("third-quarter profit rose … after a flat
 * second quarter … the year-earlier period": 3 of 3 values in TimeBank are the third quarter's;
 * no value changed elsewhere).
 */
export const QUARTER_CONTEXT_CHARS = 1000;

/**
 * "today is the eighth day of the blockade", "it's the second day of the strike": an ordinal day
 * of an event under way, said of the present, is the publication day (2 of 2 in TimeBank; "his
 * first day in office", with no such words before, stays untagged).
 */
export const ORDINAL_DAY_TODAY_BEFORE = /\b(?:(?:today|it|this)\s+is|it['’]s)\s+$/i;
export const ORDINAL_DAY_TODAY_AFTER = /^\s+of\b/i;

/**
 * A year after "called/named/dubbed" and a capitalised word is part of a name ("a venture called
 * Orion 2010"), not a date: 1 of 1 untagged in TimeBank/AQUAINT.
 */
export const NAMED_YEAR_BEFORE = /\b(?:called|named|dubbed)\s+[A-Z][\w-]*\s+$/;
