import { describe, expect, it } from 'vitest';
import { handDoc } from '../annotate/quotes/test-doc.ts';
import { withLayers } from '../core/doc.ts';
import type { Quote } from '../core/layers.ts';
import { extractClaims } from './claims.ts';
import { notSpeech } from './speech.ts';

const ENTITIES = [
  { key: 'norland', type: 'GPE' as const, forms: ['Norland'] },
  { key: 'estavia', type: 'GPE' as const, forms: ['Estavia'] },
  { key: 'marek', type: 'PERSON' as const, forms: ['Ivo Marek', 'Marek'] },
];

/** A doc whose quotes layer is given by (source, cue, content) substrings, each found after the previous. */
function withQuotes(text: string, parts: readonly (readonly [source: string, cue: string, content: string, kind?: Quote['kind']])[]) {
  const span = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    if (start < 0) throw new Error(`no "${s}"`);
    return { start, end: start + s.length };
  };
  const quotes: Quote[] = parts.map(([source, cue, content, kind]) => {
    const c = span(content);
    const speaker = source.includes('Marek') ? 'marek' : 'norland';
    return { ...c, kind: kind ?? 'reported', cue: span(cue), source: span(source), speaker, speakers: [speaker] };
  });
  return withLayers(handDoc(text, ENTITIES), { quotes, quantities: [] });
}

describe('which attributions are statements', () => {
  it('an action verb states nothing: "thanked", "is looking for", "ordered", "presented"', () => {
    const doc = withQuotes('Marek thanked Estavia for its help. Norland is looking for partners. Marek ordered the army to withdraw. Marek said the talks failed. Both were to focus on trade.', [
      ['Marek', 'thanked', 'Estavia for its help'],
      ['Norland', 'looking', 'for partners'],
      ['Marek', 'ordered', 'the army to withdraw'],
      ['Marek', 'said', 'the talks failed'],
      ['Norland', 'were to focus on', 'trade'],
    ]);
    const quotes = doc.layers.quotes ?? [];
    expect(quotes.map((_, i) => notSpeech(doc, quotes, i))).toEqual(['action-verb', 'action-verb', 'action-verb', null, 'action-verb']);
    expect(extractClaims(doc).map((c) => doc.text.slice(c.cue!.start, c.cue!.end))).toEqual(['said']);
  });

  it('an act is no statement: "signed a trade agreement"', () => {
    const doc = withQuotes('Marek signed a trade agreement with Estavia, Norland said.', [
      ['Marek', 'signed', 'a trade agreement with Estavia'],
      ['Norland', 'said', 'Marek signed a trade agreement with Estavia'],
    ]);
    const quotes = doc.layers.quotes ?? [];
    expect(quotes.map((_, i) => notSpeech(doc, quotes, i))).toEqual(['action-verb', null]);
  });

  it('a participle after a clause modifies it, unless it is a verb of saying or its content is a clause or quote', () => {
    const text = 'Norland signed the pact, assuring closer trade. Marek left early, saying the talks failed. Crowds lined the road, chanting “Long live Marek”. Marek, openly backing the plan, spoke. Marek signed, reflecting a new mood. Marek is saying it failed. Norland met Estavia after vowing to rebuild the port.';
    const doc = withQuotes(text, [
      ['Norland', 'assuring', 'closer trade'],
      ['Marek', 'saying', 'the talks failed'],
      ['Norland', 'chanting', '“Long live Marek”', 'partial'],
      ['Marek', 'openly backing', 'the plan'],
      ['Marek', 'reflecting', 'a new mood'],
      ['Marek', 'is saying', 'it failed'],
      ['Norland', 'vowing', 'to rebuild the port'],
    ]);
    const quotes = doc.layers.quotes ?? [];
    expect(quotes.map((_, i) => notSpeech(doc, quotes, i))).toEqual(['participle-modifier', null, null, 'participle-modifier', 'participle-modifier', null, null]);
  });

  it('content that only names participants is no statement; scare quotes inside a non-statement are none either', () => {
    const text = 'Norland is rearming, which worries Estavia and Marek. Marek thanked Norland for backing his “peace plan” in Estavia.';
    const doc = withQuotes(text, [
      ['Norland', 'worries', 'Estavia and Marek'],
      ['Marek', 'thanked', 'Norland for backing his “peace plan” in Estavia'],
      ['Marek', 'backing', 'his “peace plan” in Estavia'],
      ['Marek', 'backing', '“peace plan”', 'partial'],
    ]);
    const quotes = doc.layers.quotes ?? [];
    expect(quotes.map((_, i) => notSpeech(doc, quotes, i))).toEqual(['names-only', 'action-verb', 'participle-modifier', 'inside-non-speech']);
  });
});
