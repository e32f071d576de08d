import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { plainArticle } from '../../core/article.ts';
import { createDoc, withLayers, type Doc } from '../../core/doc.ts';
import type { Sentence } from '../../core/layers.ts';
import { tokenize } from '../../annotate/sentences.ts';
import { timeComponent } from '../../annotate/time/index.ts';
import type { TlsSentence } from '../tls.ts';

/**
 * Reads a dataset in the layout of ../shared/eval/tls (`<name>/tasks.json`, `<name>/topics/<topic>/articles.jsonl`,
 * gold timelines) and turns each article into dated sentences with dossier's own time component.
 */
export interface TlsTaskSpec {
  readonly task_id: string;
  readonly topic: string;
  readonly gold: string;
  readonly l: number;
  readonly k: number;
  readonly start: string;
  readonly end: string;
}

export interface TlsArticle {
  readonly id: string;
  readonly source: string;
  readonly date: string;
  readonly sentences: readonly string[];
}

/** The dataset folders under DIR (those with a tasks.json), or DIR itself. */
export function datasetDirs(dir: string): string[] {
  if (existsSync(join(dir, 'tasks.json'))) return [dir];
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'tasks.json')))
    .map((d) => join(dir, d.name))
    .sort();
}

export function readTasks(dir: string): TlsTaskSpec[] {
  return JSON.parse(readFileSync(join(dir, 'tasks.json'), 'utf8')) as TlsTaskSpec[];
}

export function readArticles(dir: string, topic: string): TlsArticle[] {
  return readFileSync(join(dir, 'topics', topic, 'articles.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as TlsArticle);
}

/** Undoes PTB-style tokenisation enough for the time tagger ("June 25 , 2009" → "June 25, 2009"). */
export function detokenize(s: string): string {
  return s
    .replace(/ ([,.;:!?%)\]])/g, '$1')
    .replace(/([(\[$]) /g, '$1')
    .replace(/ (['’](?:s|re|ve|ll|d|m)\b|n't)/gi, '$1')
    .replace(/`` | ''/g, '"');
}

/** A Doc for one dataset article: one sentence per line, published on its folder date. */
export function articleDoc(a: TlsArticle, withTokens = true): Doc {
  const lines = a.sentences.map(detokenize);
  const text = lines.join('\n');
  const sentences: Sentence[] = [];
  let pos = 0;
  for (const l of lines) {
    sentences.push({ start: pos, end: pos + l.length });
    pos += l.length + 1;
  }
  const article = plainArticle(text, {
    id: a.id,
    source: a.source,
    contentHash: a.id,
    outlet: a.source,
    published: { date: a.date, basis: 'metadata' },
  });
  return withLayers(createDoc(article), withTokens ? { sentences, tokens: tokenize(text) } : { sentences });
}

/** Dated sentences of one article: each sentence with the day-precise dates its time expressions name. */
export function datedSentences(a: TlsArticle): TlsSentence[] {
  const doc = timeComponent.run(articleDoc(a));
  const sentences = doc.layers.sentences ?? [];
  const dates: string[][] = sentences.map(() => []);
  const sentenceAt = (pos: number): number => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (sentences[mid].start <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  for (const t of doc.layers.timexes ?? []) {
    if (t.type !== 'DATE' && t.type !== 'TIME') continue;
    const m = t.value ? /^(\d{4}-\d{2}-\d{2})/.exec(t.value) : null;
    if (m && sentences.length) dates[sentenceAt(t.start)].push(m[1]);
  }
  return a.sentences.map((text, index) => ({ text, article: a.id, published: a.date, index, dates: dates[index] }));
}
