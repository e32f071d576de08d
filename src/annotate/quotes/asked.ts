/**
 * Speakers named after "by": a question put by someone (`Asked by Jane Roe whether she …`, `Lund was asked by
 * host Ola Dahl if …`: the asker is the source, the question the content) and a story first told by a
 * paper (`The meeting was first reported by the Daily Planet.`: the paper is the source, the subject the
 * content). PolNeAR train marks the agent as the source in all 12 such questions ("whether", "if", "to",
 * "about", …) and all 6 "was reported by X".
 */
import type { Sentence } from '../../core/layers.ts';
import type { Attribution } from './find.ts';
import { readSourceForward } from './source.ts';
import { lowAt, spanOf, tokenAt, trimEnd, type TokenView } from './text-view.ts';

/** Words that open the question after the asker. */
const QUESTION_OPENERS: ReadonlySet<string> = new Set(['whether', 'if', 'to', 'about', 'why', 'what', 'how', 'when']);
/** Most tokens of the asker's name and apposition ("host Ola Dahl, who backs Lund,"). */
const ASKER_MAX = 12;
const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'been', 'being', 'be']);

/** The asked-by attributions of a text; their cue tokens join `used`, so that no other reading takes them. */
export function askedBy(v: TokenView, sentences: readonly Sentence[], used: Set<number>): Attribution[] {
  const out: Attribution[] = [];
  for (const s of sentences) {
    const from = tokenAt(v, s.start);
    const last = tokenAt(v, s.end) - 1;
    for (let i = from; i < last; i++) {
      if (lowAt(v, i + 1) !== 'by') continue;
      if (lowAt(v, i) === 'reported') {
        const a = reportedBy(v, i, from, last);
        if (a) {
          used.add(i);
          out.push(a);
        }
        continue;
      }
      if (lowAt(v, i) !== 'asked') continue;
      const source = readSourceForward(v, i + 2, Math.min(last, i + 1 + ASKER_MAX));
      if (!source) continue;
      // the question opens right after the asker, or after a comma that closes an apposition
      let c = tokenAt(v, source.end);
      if (lowAt(v, c) === ',') while (c <= last && c - i <= ASKER_MAX * 2 && !QUESTION_OPENERS.has(lowAt(v, c))) c++;
      while (c <= last && c - tokenAt(v, source.end) <= 3 && !QUESTION_OPENERS.has(lowAt(v, c)) && v.toks[c].kind === 'word') c++; // "on Thursday"
      if (c > last || !QUESTION_OPENERS.has(lowAt(v, c))) continue;
      let end = c;
      while (end < last && lowAt(v, end + 1) !== ',') end++;
      const content = trimEnd(v.text, { start: v.toks[c].start, end: v.toks[end].end });
      used.add(i);
      out.push({ kind: 'reported', content, cue: spanOf(v, i, i), source, stance: 'asserts' });
    }
  }
  return out;
}

/** `The meeting was first reported by the Daily Planet`: the paper is the source, the subject before "was" the content. */
function reportedBy(v: TokenView, i: number, from: number, last: number): Attribution | null {
  let be = i - 1;
  if (!BE.has(lowAt(v, be))) be--; // "was first reported"
  if (!BE.has(lowAt(v, be)) || be <= from) return null;
  const source = readSourceForward(v, i + 2, Math.min(last, i + 1 + ASKER_MAX));
  if (!source) return null;
  const content = trimEnd(v.text, { start: v.toks[from].start, end: v.toks[be - 1].end });
  return { kind: 'reported', content, cue: spanOf(v, i, i), source, stance: 'reports' };
}
