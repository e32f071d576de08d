import { describe, expect, it } from 'vitest';
import { documentAuthorOf, resolveSpeaker } from './speaker.ts';
import { handDoc } from './test-doc.ts';

const ARLEN = { key: 'arlen', type: 'GPE' as const, forms: ['Arlen'] };
const BOSK = { key: 'bosk', type: 'GPE' as const, forms: ['Bosk'] };

function speakerOfThey(text: string, entities = [ARLEN, BOSK]) {
  const doc = handDoc(text, entities);
  const at = text.lastIndexOf('They');
  return resolveSpeaker(doc, { start: at, end: at + 4 });
}

describe('resolveSpeaker for "they"', () => {
  it('takes the subject of the sentence before, not the last place named', () => {
    expect(speakerOfThey('Arlen sent envoys to talk about Bosk. They also discussed trade.')).toBe('arlen');
  });
  it('stays unknown when that subject is not a named entity', () => {
    expect(speakerOfThey('The two envoys talked about more than Bosk. They also discussed trade.')).toBeNull();
  });
  it('allows a short lead-in before the subject', () => {
    expect(speakerOfThey('But Bosk rejected the offer from Arlen. They said it came too late.')).toBe('bosk');
  });
  it('still resolves "he" to the nearest person', () => {
    const text = 'Mayor Ines Roca met Arlen officials. He said the talks went well.';
    const doc = handDoc(text, [ARLEN, { key: 'roca', type: 'PERSON', forms: ['Ines Roca'] }]);
    const at = text.indexOf('He');
    expect(resolveSpeaker(doc, { start: at, end: at + 2 })).toBe('roca');
  });
});

describe('documentAuthorOf', () => {
  it('finds the sender of a letter named earlier, and nothing for a span that names no document', () => {
    const text = 'Mayor Ines Roca sent a letter to Arlen. The letter praised Bosk.';
    const doc = handDoc(text, [ARLEN, BOSK, { key: 'roca', type: 'PERSON', forms: ['Ines Roca'] }]);
    const at = text.indexOf('The letter');
    expect(documentAuthorOf(doc, { start: at, end: at + 10 })).toBe('roca');
    expect(documentAuthorOf(doc, { start: 0, end: 15 })).toBeNull();
    const cut = text.indexOf('The letter'); // a source span cut before its head noun ("The birthday| message")
    expect(resolveSpeaker(doc, { start: cut, end: cut + 3 })).toBe('roca');
  });
});
