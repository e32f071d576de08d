/**
 * Ingest throughput on a generated corpus, against a named peer in the same run.
 *
 *   npx tsx src/ingest/bench.ts [--runs 5] [--files 400]
 *
 * Corpus: the seed articles (UTF-8) and the original multilingual samples of the tests encoded in
 * each supported legacy encoding, repeated to ~6 KB or (one file in three) cut to one short
 * sentence of 60–100 characters, written to a temp directory.
 * Peer: the naive reader — `readFile` + `chardet.detect` + `iconv-lite.decode`, no guards, no
 * sidecars. Prints how many files each decodes to exactly the original text, the median files/s
 * of each over the runs (interleaved), the ratio, and the peak RSS.
 */
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ingest } from './index.ts';
import { SAMPLES } from './samples.test-data.ts';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '5' }, files: { type: 'string', default: '400' } } });
const runs = Math.max(3, Number(values.runs));
const files = Math.max(10, Number(values.files));

const root = path.resolve(import.meta.dirname, '../..');
const seeds = await Promise.all((await readdir(path.join(root, 'examples/seeds'))).map((f) => readFile(path.join(root, 'examples/seeds', f), 'utf8')));
const legacy: [string, string][] = [
  [SAMPLES.russian.replace(/[«»]/g, '"').replace(/—/g, '-'), 'koi8-r'],
  [SAMPLES.russian, 'windows-1251'],
  [SAMPLES.korean, 'euc-kr'],
  [SAMPLES.japanese, 'shift_jis'],
  [SAMPLES.chinese, 'gb18030'],
  [SAMPLES.french, 'windows-1252'],
  [SAMPLES.spanish, 'iso-8859-1'],
];

const dir = await mkdtemp(path.join(tmpdir(), 'dossier-ingest-bench-'));
try {
  const expected = new Map<string, string>();
  for (let i = 0; i < files; i++) {
    const file = path.join(dir, `${String(i).padStart(5, '0')}.txt`);
    if (i % 2 === 0) {
      const text = seeds[i % seeds.length].repeat(2);
      expected.set(file, text);
      await writeFile(file, text);
    } else {
      const [sample, enc] = legacy[i % legacy.length];
      // every third legacy file is one short sentence, where statistics alone are weakest
      const short = i % 3 === 0;
      const text = short ? sample.slice(0, 60 + (i % 40)) : `${sample}\n\n`.repeat(Math.ceil(6000 / Buffer.byteLength(sample)));
      expected.set(file, text);
      await writeFile(file, iconv.encode(text, enc));
    }
  }
  const names = (await readdir(dir)).sort().map((n) => path.join(dir, n));

  /** Each returns how many documents were decoded to exactly the original text. */
  const ours = async () => {
    let n = 0;
    for await (const item of ingest([dir])) if (item.kind === 'document' && item.doc.body === expected.get(item.doc.source)) n++;
    return n;
  };
  const peer = async () => {
    let n = 0;
    for (const f of names) {
      const bytes = await readFile(f);
      const enc = chardet.detect(bytes) ?? 'utf-8';
      if (iconv.decode(bytes, iconv.encodingExists(enc) ? enc : 'utf-8') === expected.get(f)) n++;
    }
    return n;
  };
  const time = async (fn: () => Promise<number>) => {
    const t0 = performance.now();
    const n = await fn();
    return { docsPerSec: files / ((performance.now() - t0) / 1000), n };
  };
  const a: number[] = [];
  const b: number[] = [];
  let docs = 0;
  let peerDocs = 0;
  await ours();
  await peer(); // warm-up
  for (let r = 0; r < runs; r++) {
    const x = await time(ours);
    const y = await time(peer);
    docs = x.n;
    peerDocs = y.n;
    a.push(x.docsPerSec);
    b.push(y.docsPerSec);
  }
  const median = (v: number[]) => [...v].sort((p, q) => p - q)[Math.floor(v.length / 2)];
  const result = {
    files,
    exactDossier: docs,
    exactPeer: peerDocs,
    runs,
    dossierFilesPerSec: Math.round(median(a)),
    peerFilesPerSec: Math.round(median(b)),
    ratio: Number((median(a) / median(b)).toFixed(2)),
    peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  console.log(JSON.stringify(result));
} finally {
  await rm(dir, { recursive: true, force: true });
}
