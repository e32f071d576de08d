import type { Doc } from '../core/doc.ts';
import type { Quote } from '../core/layers.ts';
import type { Span } from '../core/span.ts';
import { cueLemma } from '../annotate/quotes/index.ts';
import { verbForms } from '../annotate/quotes/morph.ts';
import { BARE_CLAUSE_LEMMAS, CUE_AUXILIARIES, NAME_GLUE, NOT_SPEECH_LEMMAS, VERBAL_PARTICIPLE_BEFORE } from './speech.data.ts';

const NOT_SPEECH_FORMS: ReadonlySet<string> = new Set(NOT_SPEECH_LEMMAS.flatMap((l) => verbForms(l)));

/** Why an attribution of the quotes layer is not a statement, or null when it is one. */
export type NotSpeech = 'action-verb' | 'participle-modifier' | 'names-only' | 'inside-non-speech';

const text = (doc: Doc, s: Span) => doc.text.slice(s.start, s.end);
const sameSpan = (a: Span | null, b: Span | null) => a !== null && b !== null && a.start === b.start && a.end === b.end;

/**
 * Whether the quote at `i` states something its source said. Not so: a cue that is an action verb
 * ("thanked Pyongyang for …", "is looking for friends"); a participle modifying the clause before it
 * (", assuring mutual defense"); content that only names participants ("which worries Seoul and
 * Washington"); a partial quote whose cue is that of such a non-statement (the scare quotes inside
 * "thanked … for supporting his so-called “special military operation”").
 */
export function notSpeech(doc: Doc, quotes: readonly Quote[], i: number): NotSpeech | null {
  const own = notSpeechOwn(doc, quotes[i]);
  if (own !== null || quotes[i].kind !== 'partial') return own;
  const parent = quotes.some((q, k) => k !== i && q.kind !== 'partial' && sameSpan(q.cue, quotes[i].cue) && q.start <= quotes[i].start && quotes[i].end <= q.end && notSpeechOwn(doc, q) !== null);
  return parent ? 'inside-non-speech' : null;
}

function notSpeechOwn(doc: Doc, q: Quote): NotSpeech | null {
  if (q.cue === null || q.kind === 'direct') return null;
  // "are worried about", "openly supporting", "were to focus on": the verb after auxiliaries and adverbs
  const words = text(doc, q.cue).toLowerCase().split(/\s+/);
  const verb = words.find((w) => !CUE_AUXILIARIES.has(w) && !/ly$/.test(w)) ?? '';
  if (NOT_SPEECH_FORMS.has(verb)) return 'action-verb';
  const content = text(doc, q).trim();
  const quoted = /^["“‘']/.test(content);
  if (quoted) return null;
  const between = q.cue.end <= q.start ? doc.text.slice(q.cue.end, q.start) : '';
  const before = words[0] === verb ? (doc.text.slice(Math.max(0, q.cue.start - 12), q.cue.start).trim().toLowerCase().split(/\s+/).pop() ?? '') : (words[words.indexOf(verb) - 1] ?? '');
  if (/ing$/.test(verb) && !VERBAL_PARTICIPLE_BEFORE.has(before) && !/\bthat\s*$/i.test(between) && !/^that\b/i.test(content)) {
    // "according to" is no participle of a verb
    const lemma = cueLemma(verb);
    if (verb !== 'according' && !(lemma && BARE_CLAUSE_LEMMAS.has(lemma))) return 'participle-modifier';
  }
  if (namesOnly(doc, q)) return 'names-only';
  return null;
}

/** Content made of entity names and glue only: "Seoul and Washington". */
function namesOnly(doc: Doc, q: Span): boolean {
  const inside = (doc.layers.mentions ?? []).filter((m) => m.start >= q.start && m.end <= q.end && m.form !== 'pronoun');
  if (inside.length === 0) return false;
  let rest = '';
  let at = q.start;
  for (const m of inside) {
    rest += doc.text.slice(at, m.start);
    at = m.end;
  }
  rest += doc.text.slice(at, q.end);
  return NAME_GLUE.test(rest);
}
