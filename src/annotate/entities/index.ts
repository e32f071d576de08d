import { defineComponent } from '../../core/component.ts';
import { layer, withLayers, type Doc } from '../../core/doc.ts';
import type { EntityMention, LocalEntity, Sentence, Token } from '../../core/layers.ts';
import { corefDocument } from './coref.ts';
import { recognize, type Word } from './recognize.ts';

/**
 * The `entities` component: mentions of PERSON, ORG, GPE, LOC, NORP, FAC and EVENT (averaged
 * perceptron over tokens + gazetteers), then in-document coreference into local entities with
 * aliases, roles, demonym and metonym links.
 */
export function annotateEntities(text: string, sentences: readonly Sentence[], tokens: readonly Token[]): { mentions: EntityMention[]; entities: LocalEntity[] } {
  const words = groupTokens(text, sentences, tokens);
  return corefDocument(text, words, recognize(words));
}

/** Tokens grouped by sentence (tokens outside every sentence are dropped). */
export function groupTokens(text: string, sentences: readonly Sentence[], tokens: readonly Token[]): Word[][] {
  const out: Word[][] = [];
  let t = 0;
  for (const s of sentences) {
    const words: Word[] = [];
    while (t < tokens.length && tokens[t].start < s.start) t++;
    while (t < tokens.length && tokens[t].end <= s.end) {
      words.push({ start: tokens[t].start, end: tokens[t].end, text: text.slice(tokens[t].start, tokens[t].end) });
      t++;
    }
    if (words.length) out.push(words);
  }
  return out;
}

export const entitiesComponent = defineComponent({
  name: 'annotate.entities.v1',
  requires: ['sentences', 'tokens'],
  assigns: ['mentions', 'entities'],
  run(doc: Doc): Doc {
    const { mentions, entities } = annotateEntities(doc.text, layer(doc, 'sentences'), layer(doc, 'tokens'));
    return withLayers(doc, { mentions, entities });
  },
});
