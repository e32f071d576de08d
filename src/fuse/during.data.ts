/**
 * "During that visit …", "exchanged gifts during the visit", "signed during Putin's first visit":
 * the words that place an event inside an occasion (src/fuse/during.ts).
 */

/** Determiners that point back to an occasion the article has named ("during that visit"). */
const DURING_DETERMINERS = ['that', 'the', 'this', 'his', 'her', 'their', 'its'] as const;

/**
 * The occasion nouns, each with the modes of the events it names, the preferred first: a
 * "meeting" is first a meeting, then a visit that included one; a "visit" the other way round.
 */
export const OCCASION_NOUNS: Readonly<Record<string, readonly string[]>> = {
  visit: ['visit', 'meet'],
  trip: ['visit', 'meet'],
  stay: ['visit', 'meet'],
  tour: ['visit', 'meet'],
  summit: ['meet', 'visit'],
  meeting: ['meet', 'visit'],
  talks: ['meet', 'visit'],
};

/**
 * At most this many lowercase words between the determiner or possessive and the occasion noun
 * ("his first official visit", "the two-day summit"). Two covers every such phrase in the seeds
 * and the time fixtures; a longer run is more often a different construction.
 */
const OCCASION_MODIFIERS_MAX = 2;

/**
 * "during that visit" / "during Putin's first visit": group 1 the determiner, group 2 the named
 * possessor ("Putin", "Vladimir Putin", "Kim Jong Un"), group 3 the occasion noun.
 */
export const DURING_PHRASE = new RegExp(
  `\\b[Dd]uring\\s+(?:(${DURING_DETERMINERS.join('|')})|(\\p{Lu}[\\p{L}.-]*(?:\\s+\\p{Lu}[\\p{L}.-]*){0,3})['’]s)\\s+` +
    `(?:[\\p{Ll}\\d-]+\\s+){0,${OCCASION_MODIFIERS_MAX}}(${Object.keys(OCCASION_NOUNS).join('|')})\\b`,
  'gu',
);

/**
 * What may stand between a fronted "During that visit," and the predicate it places: the subject,
 * not a clause of its own. A complementiser, relative pronoun, subordinator or "including" starts
 * another clause or a list the phrase does not place ("During their meeting, Kim made it clear
 * that … including the war in Ukraine": the war is not in the meeting).
 */
export const CLAUSE_BOUNDARY =
  /[;:]|\b(?:that|which|who|whom|whose|what|where|including|because|although|though|while|when|whether|if|as|after|before|since|until|unless)\b/i;

/**
 * A trailing phrase ("exchanged gifts during the visit") places the predicate it follows within
 * this many words, with no comma or clause boundary between. Six words covers the seeds' "signed …
 * during" and "the leaders exchanged gifts during"; calibrated on the fixtures in during.test.ts.
 */
export const TRAILING_GAP_WORDS = 6;

/**
 * Modes of states and background conditions: a war, ongoing cooperation, organised crime span the
 * occasion they are mentioned with and are never placed "during" it.
 */
export const ONGOING_MODES = ['war', 'cooperate', 'organized-crime'] as const;

/** What a date taken from an occasion says in `relative`: the day of the occasion, never its hour. */
export const DURING_NOTE = 'during the';
