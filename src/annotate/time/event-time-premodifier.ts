/**
 * A date written as a premodifier of a noun ("the 2019 ceasefire") dates that noun, not the verb
 * whose object the phrase is (see PREMODIFIER_* in event-time.data.ts and docs/dates.md).
 */
import type { Span } from '../../core/span.ts';
import { PREMODIFIER_AFTER, PREMODIFIER_BEFORE, TEMPORAL_PREPOSITION } from './event-time.data.ts';

/** "the 2019 ceasefire": a date premodifying a noun other than the trigger, in a phrase that is no temporal adverbial. */
export function premodifiesOther(text: string, t: Span, trigger: Span): boolean {
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  const det = PREMODIFIER_BEFORE.exec(before);
  const after = PREMODIFIER_AFTER.exec(text.slice(t.end, t.end + 40));
  if (!det || !after) return false;
  // the noun it modifies is the trigger itself ("the 2019 ceasefire" dates the ceasefire)
  if (t.end + after[0].length - after[0].trimStart().length === trigger.start) return false;
  return !TEMPORAL_PREPOSITION.test(before.slice(0, det.index));
}
