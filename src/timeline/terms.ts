import { STOPWORDS } from '../fuse/stories.data.ts';
import { stem } from '../fuse/stories.ts';
import type { Vector } from '../fuse/vectors.ts';

/** Content terms for sentence ranking: lower-cased, stop words out, crudely stemmed. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const w of text.toLowerCase().match(/\p{L}[\p{L}'’-]*|\d+/gu) ?? []) {
    if (w.length < 2 || STOPWORDS.has(w)) continue;
    out.push(stem(w));
  }
  return out;
}

export function termVector(text: string, idf?: ReadonlyMap<string, number>, defaultIdf = 1): Vector {
  const v: Vector = new Map();
  for (const t of terms(text)) v.set(t, (v.get(t) ?? 0) + 1);
  if (idf) for (const [t, c] of v) v.set(t, c * (idf.get(t) ?? defaultIdf));
  return v;
}
