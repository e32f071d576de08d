/** Words that cut the subject region when reading left from a trigger ("after Putin landed, the leaders met"). */
export const SUBJECT_BREAKS: ReadonlySet<string> = new Set([
  ',', ';', ':', '(', ')', '“', '”', '"', 'that', 'which', 'who', 'whom', 'after', 'before', 'when', 'while', 'since',
  'because', 'if', 'as', 'although', 'though', 'following', 'despite', 'but', 'until', 'where',
]);

/** Words that end the object region right of a trigger. */
export const PARTICIPANT_STOP: ReadonlySet<string> = new Set([
  ',', ';', ':', '.', '(', ')', 'that', 'which', 'who', 'after', 'before', 'when', 'while', 'because', 'but',
  'following', 'despite', 'since', 'as', 'where', 'although', 'though', 'until', 'amid',
]);

/** Prepositions that make the next place-type mention the place of the event. */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'to', 'at', 'into', 'inside', 'near', 'outside', 'across']);

/** Title words that may stand between coordinated names ("Putin and North Korean leader Kim"). */
export const TITLE_WORDS: readonly string[] = [
  'leader', 'president', 'prime', 'minister', 'foreign', 'defense', 'defence', 'dictator', 'counterpart', 'chairman',
  'secretary', 'general', 'supreme', 'state', 'official', 'officials', 'head', 'chief', 'king', 'chancellor', 'premier',
];

/** Collective noun phrases that refer back to the last two entities of a type ("the two countries signed"). */
export const COLLECTIVES: readonly { readonly re: RegExp; readonly types: readonly string[] }[] = [
  { re: /\b(the two|both) (countries|nations|states|sides|governments)\b/i, types: ['GPE'] },
  { re: /\b(the two|both) (leaders|presidents|men|heads of state)\b|\bthe pair\b/i, types: ['PERSON'] },
];
