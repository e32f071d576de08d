/** Cue lemmas and the stance they give their content. */
import { CUE_VERBS, STANCE_CUES, type Stance } from './cues.data.ts';
import { verbForms } from './morph.ts';

const CUE_FORMS: ReadonlyMap<string, string> = new Map(
  [...CUE_VERBS.keys()].flatMap((lemma) => verbForms(lemma).map((f) => [f, lemma] as const)),
);

/** The lemma of a cue verb form ("said" → "say"), or undefined. */
export function cueLemma(word: string): string | undefined {
  return CUE_FORMS.get(word.toLowerCase());
}

/** Whether a cue reports a proposition ("said", "according to") rather than a stance on a thing ("defended", "praised"). */
export function cueReports(cue: string): boolean {
  const lemma = cueLemma(cue.split(/\s+/)[0] ?? '');
  return !lemma || !STANCE_CUES.has(lemma);
}

/** The stance a cue gives its content ("denied" → `denies`); `asserts` for anything else. */
export function cueStance(cue: string): Stance {
  const lemma = cueLemma(cue.split(/\s+/)[0] ?? '');
  return (lemma && CUE_VERBS.get(lemma)) || (/^according/i.test(cue) ? 'reports' : 'asserts');
}
