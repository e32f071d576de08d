import { verbForms } from '../annotate/quotes/morph.ts';
import { lowAt, type TokenView } from '../annotate/quotes/text-view.ts';
import { NOUN_DETERMINERS } from './modality.data.ts';
import { NEEDS_WINDOW, TRIGGERS, type TriggerEntry } from './triggers.data.ts';

/** A trigger found in the text: the entry and its first and last token. */
export interface TriggerHit {
  readonly entry: TriggerEntry;
  readonly first: number;
  readonly last: number;
}

interface Pattern {
  readonly entry: TriggerEntry;
  /** Accepted forms of each word of the phrase. */
  readonly words: readonly (readonly string[])[];
}

function nounForms(w: string): string[] {
  if (/(s|x|z|ch|sh)$/.test(w)) return [w, `${w}es`];
  if (/[^aeiou]y$/.test(w)) return [w, `${w.slice(0, -1)}ies`];
  return [w, `${w}s`];
}

function pattern(entry: TriggerEntry): Pattern {
  const parts = entry.lemma.split(' ');
  if (entry.pos === 'verb') return { entry, words: [verbForms(parts[0]), ...parts.slice(1).map((p) => [p])] };
  const lastI = parts.length - 1;
  return { entry, words: parts.map((p, i) => (i === lastI ? nounForms(p) : [p])) };
}

const BY_FIRST: ReadonlyMap<string, readonly Pattern[]> = (() => {
  const m = new Map<string, Pattern[]>();
  for (const e of TRIGGERS) {
    const p = pattern(e);
    for (const f of p.words[0]) m.set(f, [...(m.get(f) ?? []), p]);
  }
  for (const list of m.values()) list.sort((a, b) => b.words.length - a.words.length);
  return m;
})();

/** Up to this many words may separate the words of a phrase trigger ("strengthen military ties"). */
const PHRASE_GAP = 2;

function matchPattern(v: TokenView, i: number, p: Pattern): number {
  let at = i;
  for (let k = 1; k < p.words.length; k++) {
    let found = -1;
    for (let j = at + 1; j <= at + 1 + PHRASE_GAP && j < v.toks.length; j++) {
      if (v.toks[j].kind === 'punct') break;
      if (p.words[k].includes(lowAt(v, j))) {
        found = j;
        break;
      }
    }
    if (found < 0) return -1;
    at = found;
  }
  return at;
}

/** Whether a word is used as a noun here: after a determiner, possessive, number or adjective cue. */
function nounContext(v: TokenView, i: number): boolean {
  const prev = lowAt(v, i - 1);
  return NOUN_DETERMINERS.has(prev) || /['’]s$/.test(prev) || v.toks[i - 1]?.kind === 'number' || /^(first|second|last|latest|recent|planned|rare|historic|official|state|own|new)$/.test(prev);
}

function hasNeeded(v: TokenView, from: number, needs: readonly string[]): boolean {
  for (let j = Math.max(0, from - 3); j <= from + NEEDS_WINDOW && j < v.toks.length; j++) if (needs.includes(lowAt(v, j))) return true;
  return false;
}

/** Finds triggers in the token range [from, to). Longest phrase first; one trigger per token. */
export function findTriggers(v: TokenView, from: number, to: number): TriggerHit[] {
  const out: TriggerHit[] = [];
  for (let i = from; i < to; i++) {
    const candidates = BY_FIRST.get(lowAt(v, i));
    if (!candidates) continue;
    const noun = nounContext(v, i);
    let hit: TriggerHit | null = null;
    for (const p of candidates) {
      if (p.words.length === 1 && (p.entry.pos === 'noun') !== noun && candidates.some((c) => c.words.length === 1 && c.entry.pos !== p.entry.pos)) continue;
      // "a welcome event", "the ships": a single verb form after a determiner is a noun, not this trigger
      if (p.words.length === 1 && p.entry.pos === 'verb' && noun) continue;
      const last = matchPattern(v, i, p);
      if (last < 0 || last >= to) continue;
      if (p.entry.needs && !hasNeeded(v, last, p.entry.needs)) continue;
      hit = { entry: p.entry, first: i, last };
      break;
    }
    if (hit) {
      out.push(hit);
      i = hit.last;
    }
  }
  return out;
}
