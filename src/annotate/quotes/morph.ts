/**
 * English verb inflection for lexicon entries, so a lexicon lists lemmas ("visit") and matches
 * "visit", "visits", "visited", "visiting". Irregular forms come from `IRREGULAR_VERBS`.
 */
import { IRREGULAR_VERBS } from './morph.data.ts';

/** Irregular past forms of the lexicons' verbs ("made", "sent", "drawn"). */
export const IRREGULAR_FORMS: ReadonlySet<string> = new Set([...IRREGULAR_VERBS.values()].flat());

const VOWEL = /[aeiou]/;

/** All inflected forms of a verb lemma (lower case), the lemma first. */
export function verbForms(lemma: string): string[] {
  const irregular = IRREGULAR_VERBS.get(lemma);
  const forms = new Set<string>([lemma]);
  forms.add(thirdPerson(lemma));
  forms.add(gerund(lemma));
  if (irregular) {
    for (const f of irregular) {
      forms.add(f);
      // "admitted" → "admitting": a doubled consonant in the past form is doubled in the gerund too
      if (/([bdgklmnprt])\1ed$/.test(f)) forms.add(f.replace(/ed$/, 'ing'));
    }
  }
  else forms.add(past(lemma));
  return [...forms];
}

function thirdPerson(w: string): string {
  if (/(s|x|z|ch|sh|o)$/.test(w)) return `${w}es`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
  return `${w}s`;
}

function past(w: string): string {
  if (w.endsWith('e')) return `${w}d`;
  if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ied`;
  if (doubles(w)) return `${w}${w[w.length - 1]}ed`;
  return `${w}ed`;
}

function gerund(w: string): string {
  if (/ie$/.test(w)) return `${w.slice(0, -2)}ying`;
  if (/[^e]e$/.test(w)) return `${w.slice(0, -1)}ing`;
  if (doubles(w)) return `${w}${w[w.length - 1]}ing`;
  return `${w}ing`;
}

/** Short CVC verbs double the final consonant: "ship" → "shipped", "plan" → "planned". */
function doubles(w: string): boolean {
  const m = /([^aeiou])([aeiou])([bdgklmnprt])$/.exec(w);
  if (!m) return false;
  const syllables = (w.match(/[aeiouy]+/g) ?? []).length;
  return syllables === 1 && VOWEL.test(m[2]) && !/^(w|x|y)$/.test(m[3]);
}

/** Expands a multi-word lemma phrase ("sign deal") on its first word: "signed deal", "signing deal". */
export function phraseForms(phrase: string): string[] {
  const [head, ...rest] = phrase.split(' ');
  return verbForms(head).map((f) => [f, ...rest].join(' '));
}
