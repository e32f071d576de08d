/**
 * Crossing attributions: "The two leaders pledged to expand ties, the minister's office said." The
 * rules read "pledged" with a content running to the end of the sentence, over "the minister's
 * office said"; and "said" with the clause before its comma as content, over "pledged". Each cue
 * sits in the other's content, which cannot both hold. The later one, a speaker named after the
 * words it reports, holds the sentence; the earlier one's content stops before that speaker (its
 * comma trimmed), so the earlier attribution becomes one told inside the later one's content; one
 * whose content was nothing but the later attribution is dropped.
 */
import { contains } from '../../core/span.ts';
import { SPEAKER_AFTER_CUES } from './cues.data.ts';
import type { Attribution } from './find.ts';
import { cueLemma } from './lemma.ts';
import { trimEnd, type TokenView } from './text-view.ts';

export function uncross(v: TokenView, found: readonly Attribution[]): Attribution[] {
  return found.flatMap((a) => {
    if (a.kind !== 'reported' || !a.cue) return [a];
    const cue = a.cue;
    // the later attribution whose cue (and speaker) lie in this content, and whose own content holds this cue
    const later = found.find((o) => o !== a && o.cue && o.cue.start > cue.end && contains(a.content, o.cue) && contains(o.content, cue) && o.content.end <= (o.source ?? o.cue).start && speakerAfter(v, o));
    if (!later) return [a];
    const stop = Math.min(later.cue!.start, later.source?.start ?? Infinity);
    // the later speaker follows a comma or dash that closes the words it reports
    if (!/[,–—]\s*$/.test(v.text.slice(cue.end, stop))) return [a];
    const content = trimEnd(v.text, { start: a.content.start, end: stop });
    // nothing before that speaker: the content was only the later attribution itself, read wrongly
    return content.end > content.start ? [{ ...a, content }] : [];
  });
}

/**
 * A cue of telling or reporting right beside its speaker, named after the words ("…, the office
 * said", "…, officials have said", "…, said the minister"), not a verb further into a clause of its
 * own ("…, he should have insisted on …").
 */
function speakerAfter(v: TokenView, o: Attribution): boolean {
  const cue = o.cue!;
  const word = v.text.slice(cue.start, cue.end).split(/\s+/).pop() ?? '';
  if (!SPEAKER_AFTER_CUES.has(cueLemma(word.toLowerCase()) ?? '')) return false;
  if (!o.source) return true;
  const gap = o.source.end <= cue.start ? v.text.slice(o.source.end, cue.start) : v.text.slice(cue.end, o.source.start);
  return /^\s*(?:(?:also|has|have|had|later|then|earlier|recently|previously)\s+)*$/i.test(gap);
}
