/**
 * Which attributions of the quotes layer are statements, and so claims. Lexicons read off the seed
 * articles' claim list; each entry removed a claim there that no reader would call speech, and the
 * unit tests in speech.test.ts hold each rule on invented sentences.
 */

/**
 * Verbs a quote tagger may take for cues (a source-like subject, an object after them) whose object
 * is an action or a thing, not a statement: "thanked Pyongyang for its support", "is looking for
 * friends", "appears to be showing signs", "ordered his troops to invade", "presented Kim with a
 * limousine", "were to focus on the request".
 */
export const NOT_SPEECH_LEMMAS: readonly string[] = [
  'thank', 'look', 'appear', 'seem', 'order', 'present', 'focus',
  // acts the learned cue tagger sometimes takes for cues on news unlike its training text ("The two
  // leaders signed a trade agreement …, the office said": the office speaks, the leaders act)
  'sign', 'ship', 'launch', 'fire', 'attack', 'invade', 'arrive', 'travel', 'visit',
];

/** Words before a cue's verb that are not it: "are worried about", "were to focus on", "have also discussed". */
export const CUE_AUXILIARIES: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'am', 'has', 'have', 'had', 'will', 'would', 'to', 'also', 'not', 'do', 'does', 'did',
]);

/**
 * Report verbs whose participle takes a bare clause as a statement (", saying the talks went
 * well"). Any other participle cue with unquoted content and no "that" is a modifier of the clause
 * before it: ", assuring mutual defense", "supporting his war", "highlighting the unity".
 */
export const BARE_CLAUSE_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'note', 'warn', 'claim', 'insist', 'argue', 'explain', 'stress', 'write', 'report', 'state',
  'predict', 'suggest', 'believe', 'think', 'hope', 'fear', 'estimate', 'admit', 'acknowledge', 'confirm', 'announce',
  'declare', 'emphasize', 'emphasise', 'complain', 'recall', 'reply', 'respond', 'tweet', 'allege', 'deny', 'accuse',
]);

/**
 * Words before a participle that make it the verb of its own clause, not a modifier: auxiliaries
 * ("is saying", "were chanting") and subordinators ("after vowing to forge a new order").
 */
export const VERBAL_PARTICIPLE_BEFORE: ReadonlySet<string> = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'am', "'s", "'re",
  'after', 'before', 'while', 'since', 'when', 'by', 'without', 'despite', 'following', 'upon', 'on',
]);

/** Words that may stand between the names of a content that names only participants ("Seoul and Washington"). */
export const NAME_GLUE = /^(?:[\s,;.&]|\band\b|\bor\b|\bthe\b)*$/i;
