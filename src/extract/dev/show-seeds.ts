/**
 * Prints the events, claims and quotes of the seed articles (or given text files) through the real
 * pipeline, for reading: `npx tsx src/extract/dev/show-seeds.ts [FILE…]`.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { RawDocument } from '../../core/article.ts';
import { sha256 } from '../../core/ids.ts';
import { clean } from '../../clean/index.ts';
import { defaultPipeline } from '../../pipeline/components.ts';
import { annotateArticle } from '../../pipeline/process.ts';
import { nameOf } from '../summary.ts';

const SEEDS = join(import.meta.dirname, '../../../examples/seeds');
const files = process.argv.slice(2).length ? process.argv.slice(2) : readdirSync(SEEDS).sort().map((f) => join(SEEDS, f));
const pipeline = defaultPipeline();
for (const file of files) {
  const body = readFileSync(file, 'utf8');
  const raw: RawDocument = { source: file, format: 'text', body, encoding: 'utf-8', hints: {}, contentHash: sha256(body) };
  const r = clean(raw);
  if (r.kind !== 'article') continue;
  const doc = annotateArticle(r.article, pipeline);
  const t = (s: { start: number; end: number } | null) => (s ? JSON.stringify(doc.text.slice(s.start, s.end)) : '-');
  const names = (ks: readonly string[]) => ks.map((k) => nameOf(doc, k)).join('+');
  console.log(`\n=== ${file.split('/').pop()}  published=${doc.article.published.date}`);
  for (const d of doc.diagnostics.filter((x) => x.severity === 'error')) console.log('  !!', d.origin, d.message);
  for (const e of doc.layers.events ?? []) {
    const qs = e.quantities.map((i) => t(doc.layers.quantities![i])).join(' ');
    console.log(`  [${e.type}/${e.mode} ${e.modality}${e.attribution ? ' by ' + nameOf(doc, e.attribution) : ''}] ${e.summary}  | trig ${t(e.trigger)} actors=${names(e.actors)} targets=${names(e.targets)} place=${e.place ? nameOf(doc, e.place) : '-'} time=${e.time.value ?? '?'}(${e.time.basis}) ${qs}`);
  }
  for (const c of doc.layers.claims ?? []) console.log(`  CLAIM ${c.stance} ${c.speakers.length ? c.speakers.map((k) => nameOf(doc, k)).join(" & ") : "?"} src=${t(c.source)} cue=${t(c.cue)} :: ${t(c.content).slice(0, 120)}`);
  for (const q of doc.layers.quotes ?? []) if (!q.source) console.log(`  QUOTE(no source) ${q.kind} ${t(q).slice(0, 100)}`);
}
