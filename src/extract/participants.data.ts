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
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'to', 'at', 'into', 'inside', 'near', 'outside', 'across', 'from']);
