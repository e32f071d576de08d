/**
 * Earlier instances named in a list of years ("previous agreements from 1961, 2000, and 2001").
 * Chosen by reading the seed articles and wire copy; not tuned numerically.
 */

/** Modifiers right before a plural event noun that make it earlier occurrences, not the event being told. */
export const EARLIER_MODIFIERS: ReadonlySet<string> = new Set(['previous', 'earlier', 'prior', 'former', 'past']);

/** What follows the noun: a preposition, then one or more years ("from 1961, 2000, and 2001"). */
export const EARLIER_YEARS = /^\s*(?:from|of|in|signed\s+in|dating\s+from)\s+((?:1[89]|20)\d\d(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:1[89]|20)\d\d)*)\b/i;
