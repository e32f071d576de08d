/**
 * CASE 2021 task-2 event-type evaluation: `npm run eval:events -- [--data DIR] [--json] [--bench]`.
 * DIR is a folder in the layout of ../shared/eval/events (case2021-task2/test_set_final_release_with_labels.tsv,
 * score.mjs). Each snippet runs through the real per-document pipeline; its most specific event gives a
 * PLOVER type (and, through its mode, a CASE label). Gold labels are mapped to PLOVER types with
 * CASE_TO_ONTOLOGY. Reports type macro-F1 and accuracy, CASE-label figures from the shared scorer, and
 * the majority-class baseline from the same run.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Article } from '../../core/article.ts';
import { buildPipeline } from '../../core/component.ts';
import { createDoc } from '../../core/doc.ts';
import { DossierError } from '../../core/errors.ts';
import { sentencesComponent } from '../../annotate/sentences.ts';
import { entitiesComponent } from '../../annotate/entities/index.ts';
import { timeComponent } from '../../annotate/time/index.ts';
import { quantitiesComponent } from '../../annotate/quantities/index.ts';
import { quotesComponent } from '../../annotate/quotes/index.ts';
import { eventsComponent } from '../index.ts';
import { CASE_TO_ONTOLOGY, DISASTER_CUES, EXTRA_MODE_LABELS, GENERIC_MODES, PROTEST_COMBINATIONS } from './case-mapping.data.ts';
import { classifyEvents, macroF1 } from './classify.ts';

function parseArgs(argv: readonly string[]) {
  const root = resolve(import.meta.dirname, '../../..');
  let data = resolve(root, '../shared/eval/events');
  let json = false;
  let bench = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--data') data = resolve(argv[++i] ?? '');
    else if (a === '--json') json = true;
    else if (a === '--bench') bench = true;
    else throw new DossierError('E_USAGE', `unknown option ${a}`, { subject: a, fix: 'Use --data DIR, --json, --bench.' });
  }
  return { data, json, bench };
}

const pipeline = buildPipeline([sentencesComponent, entitiesComponent, timeComponent, quantitiesComponent, quotesComponent, eventsComponent]);

function article(id: string, text: string): Article {
  return {
    id, source: id, contentHash: id, format: 'text', title: null, outlet: null, authors: [],
    published: { date: null, basis: 'unknown' }, modified: null, language: 'en', canonicalUrl: null, text,
    removed: [], metadataSources: {}, diagnostics: [],
  };
}

interface Row { readonly id: string; readonly text: string; readonly label: string }

function readRows(file: string): Row[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).slice(1).filter((l) => l.trim());
  return lines.map((l) => {
    const [id, text, label] = l.split('\t');
    return { id, text: text ?? '', label: (label ?? '').trim() };
  });
}

function predictAll(rows: readonly Row[]) {
  const data = { generic: GENERIC_MODES, extra: EXTRA_MODE_LABELS, mapping: CASE_TO_ONTOLOGY, disasters: DISASTER_CUES, protests: PROTEST_COMBINATIONS };
  return rows.map((r) => classifyEvents(r.text, pipeline.run(createDoc(article(r.id, r.text))).layers.events ?? [], data));
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x: number) => Math.round(x * 10000) / 10000;

async function main() {
  const opt = parseArgs(process.argv.slice(2));
  const tsv = join(opt.data, 'case2021-task2/test_set_final_release_with_labels.tsv');
  const rows = readRows(tsv);
  const preds = predictAll(rows);
  const goldType = rows.map((r) => CASE_TO_ONTOLOGY[r.label]?.type ?? 'NONE');
  const predType = preds.map((p) => p.type ?? 'NONE');
  const counts = new Map<string, number>();
  for (const g of goldType) counts.set(g, (counts.get(g) ?? 0) + 1);
  const majority = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  const ours = macroF1(goldType, predType);
  const base = macroF1(goldType, goldType.map(() => majority));
  // CASE labels through the shared scorer (sub-task 3 = all 30 labels)
  const scorer = (await import(pathToFileURL(join(opt.data, 'score.mjs')).href)) as {
    scoreFiles(g: string, p: string, o?: object): Record<string, { micro: { f1: number }; macro: { f1: number }; accuracy?: number }>;
  };
  const dir = mkdtempSync(join(tmpdir(), 'dossier-events-'));
  const labelCounts = new Map<string, number>();
  for (const r of rows) labelCounts.set(r.label, (labelCounts.get(r.label) ?? 0) + 1);
  const majorityLabel = [...labelCounts.entries()].sort((a, b) => b[1] - a[1])[0][0];
  writeFileSync(join(dir, 'pred.tsv'), rows.map((r, i) => `${r.id}\t${preds[i].label}`).join('\n') + '\n');
  writeFileSync(join(dir, 'base.tsv'), rows.map((r) => `${r.id}\t${majorityLabel}`).join('\n') + '\n');
  const caseOurs = scorer.scoreFiles(tsv, join(dir, 'pred.tsv'), { subtasks: [3] });
  const caseBase = scorer.scoreFiles(tsv, join(dir, 'base.tsv'), { subtasks: [3] });
  const result: Record<string, unknown> = {
    snippets: rows.length,
    macroF1: round(ours.macroF1),
    accuracy: round(ours.accuracy),
    labels: ours.labels,
    baseline: { name: `majority class (${majority})`, macroF1: round(base.macroF1), accuracy: round(base.accuracy) },
    caseLabels: { ours: caseOurs, majority: { label: majorityLabel, scores: caseBase } },
  };
  if (opt.bench) {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t = performance.now();
      predictAll(rows);
      times.push(performance.now() - t);
    }
    const t = performance.now();
    for (let i = 0; i < 3; i++) rows.map(() => majority);
    const peer = (performance.now() - t) / 3;
    result.bench = { runs: 3, snippetsPerSecond: Math.round((rows.length / median(times)) * 1000), majorityMs: round(peer), peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) };
  }
  if (opt.json) {
    process.stdout.write(JSON.stringify(result) + '\n');
    return;
  }
  console.log(`CASE 2021 task 2, ${rows.length} snippets, gold labels mapped to PLOVER types`);
  console.log(`dossier: macro-F1 ${result.macroF1} accuracy ${result.accuracy}`);
  console.log(`${(result.baseline as { name: string }).name}: macro-F1 ${base.macroF1.toFixed(4)} accuracy ${base.accuracy.toFixed(4)}`);
  console.log('CASE labels (sub-task 3, shared scorer):', JSON.stringify(caseOurs).slice(0, 400));
  if (result.bench) console.log('bench:', JSON.stringify(result.bench));
}

main().catch((e: unknown) => {
  console.error(e instanceof DossierError ? e.oneLine() : e);
  process.exit(1);
});
