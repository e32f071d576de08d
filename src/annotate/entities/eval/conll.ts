import { readFileSync } from 'node:fs';
import { DossierError } from '../../../core/errors.ts';

/** A CoNLL document: sentences of tokens with their gold tags (last column). Read at measurement time only. */
export interface ConllDoc {
  readonly sentences: readonly { readonly words: readonly string[]; readonly tags: readonly string[] }[];
}

export function readConllFile(path: string): ConllDoc[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw new DossierError('E_NOT_FOUND', `cannot read ${path}`, { subject: path, fix: 'Pass --data DIR pointing at a folder laid out like ../shared/eval/ner.', cause: e });
  }
  const docs: { sentences: { words: string[]; tags: string[] }[] }[] = [];
  let doc: (typeof docs)[number] | null = null;
  let sent: { words: string[]; tags: string[] } | null = null;
  const flush = () => {
    if (sent && sent.words.length) {
      if (!doc) { doc = { sentences: [] }; docs.push(doc); }
      doc.sentences.push(sent);
    }
    sent = null;
  };
  for (const line of text.split(/\r?\n/)) {
    const t = line.trim();
    if (!t) { flush(); continue; }
    const cols = t.split(/\s+/);
    if (cols[0] === '-DOCSTART-') {
      flush();
      doc = { sentences: [] };
      docs.push(doc);
      continue;
    }
    sent ??= { words: [], tags: [] };
    sent.words.push(cols[0]);
    sent.tags.push(cols[cols.length - 1]);
  }
  flush();
  return docs;
}

/** IOB1/IOB2 tags → IOB2 (a leading I- becomes B-). */
export function toIob2(tags: readonly string[]): string[] {
  return tags.map((t, i) => {
    if (!t.startsWith('I-')) return t;
    const prev = tags[i - 1];
    return prev && prev !== 'O' && prev.slice(2) === t.slice(2) ? t : `B-${t.slice(2)}`;
  });
}
