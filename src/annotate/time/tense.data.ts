/**
 * Tense cues for choosing the direction of an underspecified date ("on Tuesday": the last Tuesday
 * in a past-tense sentence, the next one in a future-tense sentence).
 */

/** Words that put the nearest verb group in the future. */
export const FUTURE_CUES: ReadonlySet<string> = new Set([
  'will', "'ll", '’ll', 'shall', 'wo', "won't", 'won’t', 'would', 'going', 'plans', 'plan', 'planned', 'planning',
  'scheduled', 'might', 'may', 'should', 'soon', 'expected', 'expects', 'expect', 'intends', 'due', 'upcoming', 'hopes', 'aims', 'prepares', 'preparing',
])

/** Irregular past-tense verbs common in news (regular ones end in -ed). */
export const PAST_CUES: ReadonlySet<string> = new Set([
  'was', 'were', 'had', 'did', 'said', 'told', 'went', 'came', 'met', 'made', 'took', 'gave', 'held', 'left',
  'began', 'sent', 'saw', 'got', 'became', 'brought', 'built', 'fell', 'rose', 'won', 'lost', 'paid', 'sold',
  'bought', 'spoke', 'wrote', 'ran', 'struck', 'shot', 'fought', 'flew', 'led', 'kept', 'put', 'set', 'hit',
  'ago', 'last', 'earlier', 'arrived', 'thought', 'felt', 'found', 'knew', 'meant', 'stood', 'drew', 'grew',
  'threw', 'broke', 'chose', 'hid', 'sank', 'slid', 'sought', 'taught', 'caught', 'wore', 'swore', 'tore',
])

/**
 * Adjectives with the prefix "un-" and the ending "-ed" ("an unspecified date", "unidentified
 * officials", "unchanged") describe a state, not a past event: they are no tense cue.
 */
export const UN_ED_ADJECTIVE = /^un[a-z]{3,}ed$/

/** Words ending in -ed that are not past tense. */
export const NOT_PAST_ED: ReadonlySet<string> = new Set(['need', 'indeed', 'speed', 'seed', 'feed', 'bed', 'red', 'hundred', 'scheduled', 'expected', 'planned', 'proposed', 'intended', 'supposed'])

/**
 * Phrases that, shortly before the expression, look forward: "set to resume Monday", "as early as
 * Tuesday", "is due to open on", "plans to visit in", "a summit set for Washington in", "postponed until Tuesday" (not a sentence-initial "Until Tuesday, they had…").
 * After "to", up to five words before the date ("were planning to march past the city hall on
 * Monday"): the earlier limit of four missed one TimeBank/AQUAINT weekday; five to seven change
 * nothing more.
 */
export const FUTURE_PHRASE_BEFORE = /(?:\b(?:set|due|is|are|scheduled|expected|plans?|planning|going|hopes?|ready|intends?)\s+to\s+[a-z]+(?:\s+[a-z]+){0,4}|\b(?:set|scheduled|slated|planned)\s+for(?:\s+[a-z]+){0,3}|\bas\s+(?:early|soon)\s+as|\bnot\s+before|(?<=[a-z,]\s)(?<!\bup\s)until|\btill)\s+(?:on\s+|in\s+|by\s+)?$/i

/** Words after which a past participle is not a past tense ("be held", "been delayed"). */
export const PARTICIPLE_AFTER: ReadonlySet<string | undefined> = new Set(['be', 'been', 'being'])

/**
 * How many words either side of the expression to look for a cue. The nearest cue wins; seven
 * words covers a verb group and an object in TimeBank sentences ("will meet the president on Tuesday").
 * Beyond it only a future modal with no other cue between is followed: on TimeBank/AQUAINT that
 * dates one coming month right and puts one weekday in a document whose gold shifts its weekdays
 * a week back; following past cues that far back as well cost 4 values (coming months read back).
 */
export const TENSE_WINDOW = 7

/**
 * Words that may stand before a sentence-opening month followed by a comma ("In September, …",
 * "Last March, …", "September, …"): the clause after the comma gives its tense. Only prepositions
 * and determiners, so "Officials said in September, …" is not fronted. On TempEval-3 the rule
 * changes no value (83.61 before and after); it fixes "In September, Kim visited Moscow" read
 * forward from a July–August publication date.
 */
export const FRONTING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'by', 'during', 'since', 'until', 'last', 'this', 'early', 'late', 'at']);

/**
 * Where the words after an expression stop counting for its tense: the end of the sentence, or
 * the start of a subordinate clause ("warned officials Wednesday that they should expect…": the
 * modal belongs to the reported clause, not to the weekday).
 */
export const RIGHT_STOP = /[.!?](?:\s|$)|\n|[,;]|\b(?:that|which|who|because|when|while|but)\b/

/**
 * Nouns of completed violent or sudden events. A day written before one ("the Oct. 23 slaying",
 * "the Aug. 7 bombings") names the day it happened, so it lies before publication.
 */
export const PAST_EVENT_NOUN_AFTER = /^\s+(?:(?:sniper|terrorist|embassy|car|bomb|suicide)\s+)?(?:slayings?|killings?|shootings?|bombings?|blasts?|attacks?|explosions?|crash(?:es)?|massacres?|murders?|assassinations?|earthquakes?|raids?)\b/i

/** Past auxiliaries that, before a future cue ("were planning", "was expected"), report a plan still ahead. */
export const PAST_AUX_BEFORE_PLAN: ReadonlySet<string> = new Set(['was', 'were'])

/** Words right before a forward phrase that put the plan in the past perfect ("had been due to", "had been scheduled for"). */
export const PLAN_OVER_BEFORE = /\bhad\s+(?:(?:previously|already|originally)\s+)?been\s+(?:(?:previously|already|originally)\s+)?$/i

/**
 * Present-tense verbs of scheduled events: news writes a planned event in the simple present
 * ("the ministers meet Monday", "the offer expires Dec. 7"), so they look forward. Checked on
 * TimeBank/AQUAINT: one weekday fixed, nothing else changed.
 */
export const SCHEDULED_PRESENT: ReadonlySet<string> = new Set([
  'meet', 'meets', 'begins', 'starts', 'opens', 'resumes', 'arrives', 'leaves', 'visits', 'travels', 'returns', 'votes', 'expires', 'ends', 'convenes',
])
