/**
 * Previous-occurrence cues beyond visits and meetings (see previous.ts). Chosen by reading the seed
 * articles and wire copy ("its first nuclear test since 2017", "the first missile launch since
 * 2019"); not tuned numerically.
 */

/**
 * "first <event noun> since YEAR": the head noun (the word before "since", up to two modifiers in
 * front) must be the head of the host event's own trigger, so the cue describes that event's kind.
 */
export const FIRST_EVENT_SINCE_CUE = /\bfirst\s+(?:[\w’'-]+\s+){0,2}?([\w’'-]+)\s+since\s+((?:1[89]|20)\d\d)\b/i;
