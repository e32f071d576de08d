import type { Direction } from './resolve.ts';
import { FRONTING_PREPOSITIONS, RIGHT_STOP, FUTURE_CUES, FUTURE_PHRASE_BEFORE, NOT_PAST_ED, PARTICIPLE_AFTER, PAST_AUX_BEFORE_PLAN, PAST_CUES, PLAN_OVER_BEFORE, SCHEDULED_PRESENT, TENSE_WINDOW, UN_ED_ADJECTIVE } from './tense.data.ts';
import { MONTHS } from './lexicon.data.ts';

const WORD = /[A-Za-z’']+/g;

function classify(w: string): Direction | null {
  // Capitalised words are names ("United", "Ted"), not verbs.
  if (/^[A-Z]/.test(w) && w !== 'Will') return null;
  const lw = w.toLowerCase();
  if (FUTURE_CUES.has(lw) || SCHEDULED_PRESENT.has(lw)) return 'future';
  if (PAST_CUES.has(lw)) return 'past';
  if (lw.length > 4 && lw.endsWith('ed') && !NOT_PAST_ED.has(lw) && !UN_ED_ADJECTIVE.test(lw)) return 'past';
  if (lw === 'is' || lw === 'are' || lw === 'am') return 'present';
  return null;
}

/**
 * The cue of `words[k]` read with its neighbours: a past auxiliary before a future cue looks
 * forward ("were planning to", "was due to"), and a future cue after "had (been)" looks back ("had
 * been due to expire Friday": the plan is over).
 */
function cueAt(words: readonly string[], k: number): Direction | null {
  const c = classify(words[k]);
  if (c === 'past' && PAST_AUX_BEFORE_PLAN.has(words[k]) && words[k + 1] && classify(words[k + 1]) === 'future') return 'future';
  if (c === 'future' && words[k - 1]?.toLowerCase() === 'been' && words[k - 2]?.toLowerCase() === 'had') return 'past';
  return c;
}

/** Characters either side of an expression that can hold the words of TENSE_WINDOW. */
const REACH = 80;

/**
 * The direction implied by the tense around `[start, end)`, within its sentence (cut at the
 * nearest sentence-final punctuation or paragraph break): the nearest tense cue within a few words
 * wins (ties go to the left side, where the verb usually is); `present` when there is no cue (each
 * rule then applies its own default).
 */
export function tenseAround(text: string, start: number, end: number): Direction {
  const leftText = text.slice(Math.max(0, start - REACH), start);
  const cut = Math.max(leftText.lastIndexOf('. '), leftText.lastIndexOf('\n'), leftText.lastIndexOf('? '), leftText.lastIndexOf('! '));
  const leftSentence = cut >= 0 ? leftText.slice(cut + 1) : leftText;
  const plan = FUTURE_PHRASE_BEFORE.exec(leftSentence);
  // "had been scheduled to expire Friday": a plan in the past perfect is over.
  if (plan) return PLAN_OVER_BEFORE.test(leftSentence.slice(0, plan.index)) ? 'past' : 'future';
  const left = leftSentence.match(WORD) ?? [];
  const rightText = text.slice(end, end + REACH);
  // A fronted month ("In September, Kim visited Moscow"): the clause after its comma is the one it
  // dates, so its words count; any other comma ends the expression's clause. Months only: a fronted
  // weekday keeps the nearest-cue reading (measured: "On Friday, the government planned to …" reads
  // back in the gold, and taking the clause's "planned" forward cost one value on TempEval-3).
  const fronted = left.every((w) => FRONTING_PREPOSITIONS.has(w.toLowerCase())) && /^\s*,/.test(rightText)
    && (text.slice(start, end).match(WORD) ?? []).some((w) => MONTHS[w.toLowerCase()] !== undefined);
  const after = fronted ? rightText.slice(rightText.indexOf(',') + 1) : rightText;
  const stop = RIGHT_STOP.exec(after);
  const right = (stop ? after.slice(0, stop.index) : after).match(WORD) ?? [];
  for (let i = 0; i < TENSE_WINDOW; i++) {
    const l = left[left.length - 1 - i];
    // "would be held": a participle after "be" takes its tense from the modal before it, even
    // when that modal lies just outside the window ("would be paid on a still unspecified date in January").
    const k = left.length - 1 - i;
    const passive = l !== undefined && PARTICIPLE_AFTER.has(left[k - 1]?.toLowerCase()) && classify(l) === 'past';
    if (passive && left[k - 2] && cueAt(left, k - 2) === 'future') return 'future';
    const a = l && !passive ? cueAt(left, k) : null;
    if (a && a !== 'present') return a;
    const r = right[i];
    const b = r ? cueAt(right, i) : null;
    if (b && b !== 'present') return b;
    if (a === 'present' || b === 'present') return 'present';
  }
  // Nothing within the window: a future modal further back in the sentence, with no other tense
  // cue between, still governs ("will be named commander of the station for a survey in December").
  // Past cues found that far back are not followed (see TENSE_WINDOW).
  for (let k = left.length - 1 - TENSE_WINDOW; k >= 0; k--) {
    if (PARTICIPLE_AFTER.has(left[k - 1]?.toLowerCase()) && classify(left[k]) === 'past') continue;
    const a = cueAt(left, k);
    if (a === 'future') return a;
    if (a) break;
  }
  return 'present';
}
