/**
 * Cues for finding the time expression that governs an event predicate (see event-time.ts).
 */

/**
 * Words that open a subordinate or adjunct clause/phrase. A time expression after one of these
 * belongs to that clause's own predicate ("sent delegates … following the leader's trip there in
 * September last year": "September last year" dates "trip", not "sent"). Chosen by reading the
 * seed articles and TimeBank sentences; not tuned numerically.
 */
export const CLAUSE_OPENERS: readonly string[] = [
  'after',
  'following',
  'before',
  'since',
  'when',
  'while',
  'which',
  'who',
  'whom',
  'whose',
  'where',
  'because',
  'although',
  'though',
  'until',
  'unlike',
  'than',
  'as',
  'amid',
  'during',
  'and',
  'but',
  'that',
];

/** Punctuation that closes a clause segment. */
export const CLAUSE_PUNCT = /[;—–()\[\]"“”]|[,:]\s/;

/**
 * How many characters before the first clause boundary a sentence-initial time adverbial may sit
 * and still govern the main clause ("In January Kim sent…", "On Tuesday, the ministry said…").
 * Calibrated on the seed articles: every fronted adverbial ended within 40 characters of the start.
 */
export const FRONTED_ADVERBIAL_MAX = 40;

/**
 * Auxiliaries just before a predicate that mark it as current news when no time expression
 * governs it ("has started his journey", "is heading to"): the event is dated by the publication.
 */
export const CURRENT_NEWS_CUES: ReadonlySet<string> = new Set(['has', 'have', 'is', 'are', 'am', "'s", '’s']);

/**
 * Words just before a predicate that put it ahead of the report ("will land at noon", "is due to
 * vote at 5 p.m.", "expected to arrive"): with the present-tense cues, a time of day that names no
 * day is then the publication day's.
 */
export const FUTURE_CUES: ReadonlySet<string> = new Set(['will', "'ll", '’ll', 'due', 'expected', 'scheduled', 'set']);

/** A condition before the predicate in its clause ("if one is attacked"): not current news, whatever the tense. */
export const CONDITIONAL = /\b(?:if|unless|whether|in case|provided)\b/i;

/** What may precede a fronted time adverbial at the start of its clause: nothing, or a preposition. */
export const FRONTED_LEAD = /^\s*(?:(?:in|on|at|during|by|since|until|earlier|later|late|early|and|but|then)\s+)?$/i;

/**
 * An introductory phrase (a segment before the main clause, ending at a comma) that is adverbial:
 * it opens with a preposition or a comparative/adverbial lead and holds no finite clause of its own
 * (no subject pronoun). "After …" and "Since …" are left out: they introduce their own event ("After
 * the summit in September, …" dates the summit). Chosen by reading the seed articles and TimeBank.
 */
export const LEADING_ADVERBIAL =
  /^\s*(?:(?:as\s+(?:recent|early|late|recently)\s+as|in|on|at|during|by|earlier|later|late|early|over|throughout|within|last|this|that|then)\b(?![^,]*\b(?:he|she|they|we|it|i)\s+\w+ed\b)[^,;]*,)$/i;

/** A segment that opens a relative clause on the time expression before it ("which …", "when …"). */
export const RELATIVE_TIME_OPENER = /^\s*(?:which|when)\b/i;

/** What may sit between that time expression and the relative clause: nothing, or its preposition ("during which", "in which"). */
export const RELATIVE_TIME_GAP = /^[\s,]*(?:(?:during|in|at|by|since)\s*)?$/i;

/** What opens a sentence-final time adverbial: a preposition of time ("…, in 2006."). */
export const TRAILING_ADVERBIAL = /^\s*(?:in|on|during|by)\s+$/i;

/**
 * The longest appositive segment a sentence-final time adverbial may skip to reach its predicate
 * ("Pyongyang, North Korea's capital, in 2006"). Chosen by reading the seed articles: such
 * appositives were 2–5 words; longer comma segments are usually clauses of their own.
 */
export const APPOSITIVE_MAX_WORDS = 5;

/**
 * A time of day ("around noon", "at 03:00 local time") names no day: the tagger fills the day in
 * from the publication date, but a report published the next morning says "Putin arrived around
 * noon" of the day before. Such an expression dates its event only when it also names the day
 * (a weekday, a month, "today", "this morning", "last night"…); otherwise the day is left open
 * (`DAY_NOT_GIVEN`) for the corpus to supply (src/pipeline/corpus-dates-occasion.ts).
 * Chosen by reading the seed articles (004 "arrived around noon", published the day after).
 */
export const NAMES_A_DAY =
  /\b(?:today|tonight|tomorrow|yesterday|this|last|next|(?:mon|tues|wednes|thurs|fri|satur|sun)day|jan(?:uary)?|feb(?:ruary)?|march|april|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b|\d{1,2}\/\d{1,2}|\d{4}-\d{2}-\d{2}/i;

/** What a time of day that names no day says in its `relative` field, after the expression. */
export const DAY_NOT_GIVEN = 'on a day the text does not give';

/** What it says once the corpus gives the day: "noon, on the day other sources give the visit: 2024-06-19 (art_…)". */
export const DAY_OF_OCCASION = 'on the day other sources give the';

/**
 * How many sentences after a time of day with no day of its own a named day still dates it (003:
 * "at around 03:00 local time" then "During their nine-hour-long schedule on Wednesday"). One:
 * chosen by reading the seed articles; further on, a day named usually starts another episode.
 */
export const FOLLOWING_DAY_SENTENCES = 1;

/**
 * A noun trigger in the object of the clause's verb, behind a possessive or determiner ("Russia and
 * China defended North Korea's missile launches", "were to focus on Moscow's request"): the time
 * that governs the verb (a fronted or introductory adverbial, "On Wednesday, …") is the verb's, not
 * the noun's. Matched on the words before the trigger in its clause segment; a subject ("On
 * Wednesday, the launch failed") has no word of its own before the determiner.
 */
export const NOMINAL_LEAD = /(?:[\w-]+(?:'s|’s)|\b(?:the|its|their|his|her)\b)(?:\s+[\w-]+){0,2}\s*$/i;

/**
 * Verbs whose object noun is the event itself ("made a rare visit", "paid his first visit", "held
 * their talks"): the verb's time is the noun's. From the seed articles and common news usage.
 */
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  ['make', 'made', 'makes', 'making', 'pay', 'paid', 'pays', 'paying', 'hold', 'held', 'holds', 'holding', 'take', 'took', 'takes', 'taking', 'give', 'gave', 'gives', 'giving', 'conduct', 'conducted', 'conducts', 'begin', 'began', 'begins', 'begun', 'start', 'started', 'starts', 'end', 'ended', 'ends', 'complete', 'completed', 'completes', 'wrap', 'wrapped', 'carry', 'carried', 'stage', 'staged', 'host', 'hosted', 'attend', 'attended', 'join', 'joined', 'sign', 'signed', 'launch', 'launched', 'open', 'opened', 'close', 'closed'],
);

/**
 * "Since last year, North Korea has shipped …": a time expression right after "since" starts the
 * event's period; the event runs from it to the publication (event-time.ts `sinceRange`). Optional
 * "early/late/mid" as the tagger keeps them outside or inside the expression.
 */
export const SINCE_LEAD = /\bsince\s+(?:(?:early|late|mid)[\s-]+)?$/i;

/**
 * "the first visit … since 2000", "first nuclear test since 2017": the time after "since" is the
 * previous occurrence's (fuse's previous-occurrence logic), not the start of a period. A "first" in
 * the words before the "since" (at most SINCE_FIRST_WINDOW characters back, within the clause).
 */
export const SINCE_FIRST = /\bfirst\b[^.;,]*$/i;
/**
 * How far back from "since" a "first" still makes it a first-since, in characters. Kept equal to the
 * reach of FIRST_SINCE in corpus-date.ts (60) so that both passes agree on what a first-since is;
 * not tuned on its own. The seeds' cases ("first time since", "first nuclear test since", "first
 * visit to Pyongyang since") span 16–30 characters.
 */
export const SINCE_FIRST_WINDOW = 60;

/** What a period "since X" says in `relative`: "from the year before publication on, to publication". */
export const SINCE_NOTE = { from: 'from', to: 'on, to publication' } as const;

/**
 * A participle clause set off by a comma right after a trigger, reduced from a relative clause on
 * it ("The treaty, signed in Estavia in 1990, …", "the summit, held in 1990, …"): its time is the
 * trigger's. An optional -ly adverb, then a past participle: a regular -ed form or a common
 * irregular one. Chosen by reading; the ambiguous -en forms of verbs ("open") are left out.
 */
export const REDUCED_RELATIVE =
  /^\s*(?:\w+ly\s+)?(?:\w+ed|held|made|struck|drawn|brought|sent|won|given|taken|written|begun|done|sold|built|set|fought|laid|thrown|shown|seen|known|spent|hit|shot|caught)\b/i;

/** What may stand between the trigger and that comma: a prepositional phrase on it ("The treaty between Norland and Estavia, signed …"). */
export const REDUCED_RELATIVE_HEAD = /^(?:\s+(?:of|with|between|among|on|in|at|to|for)\s[^,;]*)?\s*,\s*$/i;

/**
 * A year or date written as a premodifier of a noun ("the 2019 ceasefire", "its 1961 treaty",
 * "Tuesday's vote"): it dates that noun, not the verb whose object the phrase is ("accused Valdoria
 * of violating the 2019 ceasefire", "criticised the 2019 agreement on Monday"). Read as: a
 * determiner or possessive before the expression, a lower-case noun right after it, and before the
 * determiner a word other than a temporal preposition ("during the 2019 election" still dates what
 * happened during it). Checked on the seeds (event dates unchanged) and Timeline17 (unchanged).
 */
export const PREMODIFIER_BEFORE = /\b(?:the|a|an|its|their|his|her|our|this|that|these|those)\s+$/i;
export const PREMODIFIER_AFTER = /^\s+(?!(?:and|or|but|to|in|on|at|of|for|by|with|from|as|is|are|was|were|will|would|has|have|had|he|she|it|they|we|i|you|when|while|after|before|since|until|that|which|who)\b)[a-z][a-z-]+/;
export const TEMPORAL_PREPOSITION = /\b(?:during|in|after|before|since|until|till|at|by|following|throughout|around|from|through|ahead\s+of|prior\s+to)\s+$/i;

/**
 * "… erupted during the 2021 election", "… fell during its 2008 crisis": a "during" phrase right
 * after the trigger's clause whose noun is dated by a premodifying year dates the predicate (the
 * occasion's own date; an undated "during the visit" is fuse's, src/fuse/during.ts). The phrase must
 * end the sentence: DURING_DATED_OCCASION before the date, OCCASION_NOUN_END after it.
 */
export const DURING_DATED_OCCASION = /^\s*during\s+(?:the|its|their|his|her|this|that)\s+$/i;
export const OCCASION_NOUN_END = /^\s+[a-z][a-z-]+(?:\s+[a-z][a-z-]+)?[\s.!?]*$/i;
