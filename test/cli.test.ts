import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, main } from '../src/cli/main.ts';
import { runCli } from './cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'dossier-cli-'));
const db = join(dir, 'cli.db');
let server: Server;
let base = '';

const ARTICLE = [
  'Leaders meet in Hanoi',
  '',
  'The prime minister of Vietnam met the president of Finland in Hanoi on Monday, officials said.',
  '',
  'The two leaders signed an agreement on trade and discussed climate policy for two hours.',
  '',
  '“This is a new chapter for our countries,” the Finnish president said after the meeting.',
].join('\n');

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/missing') {
      res.writeHead(404).end('not here');
      return;
    }
    res.writeHead(500).end('broken');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const addr = server.address();
  base = typeof addr === 'object' && addr ? `http://127.0.0.1:${addr.port}` : '';
});

afterAll(async () => {
  await new Promise<void>((r) => server.close(() => r()));
  rmSync(dir, { recursive: true, force: true });
});

describe('dossier command line', () => {
  it('lists every command in --help, and each command has its own --help', async () => {
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    for (const c of COMMANDS.map((x) => x.name)) {
      expect(help.stdout).toContain(`  ${c} `);
      // In-process for speed: the same `main` the executable runs.
      const out: string[] = [];
      const sink = { write: (s: string) => (out.push(s), true) } as unknown as NodeJS.WritableStream;
      expect(await main([c, '--help'], { stdout: sink, stderr: sink }), c).toBe(0);
      expect(out.join('')).toContain('--db');
    }
    for (const c of ['demo', 'ingest', 'articles', 'show', 'entities', 'events', 'quotes', 'contradictions', 'timeline', 'search', 'export', 'serve']) {
      expect(COMMANDS.map((x) => x.name)).toContain(c);
    }
  });

  it('exits 2 on usage errors with one line saying what to do', async () => {
    const unknown = await runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate".*dossier --help/);
    const missing = await runCli(['ingest', '--db', db]);
    expect(missing.code).toBe(2);
    const badOption = await runCli(['articles', '--nope', '--db', db]);
    expect(badOption.code).toBe(2);
    const badDate = await runCli(['ingest', 'x.txt', '--published', '2024-02-30', '--db', db]);
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toMatch(/not a date.*YYYY-MM-DD/);
  });

  it('ingests a batch with bad inputs: one line per failure, the rest stored, exit 1', async () => {
    const good = join(dir, 'good.txt');
    writeFileSync(good, ARTICLE);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0xff, 0xfe, 0, 1, 2, 3]));
    const r = await runCli(['ingest', good, join(dir, 'empty.txt'), join(dir, 'binary.txt'), join(dir, 'nowhere.txt'), `${base}/missing`, `${base}/error`, '--db', db]);
    expect(r.code).toBe(1);
    const failures = r.stderr.split('\n').filter((l) => l.startsWith('failed: '));
    expect(failures).toHaveLength(5);
    for (const name of ['empty.txt', 'binary.txt', 'nowhere.txt', '/missing', '/error']) {
      expect(failures.some((l) => l.includes(name)), name).toBe(true);
    }
    expect(r.stderr).toMatch(/1 ingested, 0 duplicates, 5 failed/);
    const list = await runCli(['articles', '--json', '--db', db]);
    expect(JSON.parse(list.stdout).map((a: any) => a.source)).toEqual([good]);
  });

  it('is idempotent, keeps both versions of an edited file, and shows removals', async () => {
    const file = join(dir, 'edited.txt');
    writeFileSync(file, ARTICLE.replace('Hanoi on Monday', 'Hanoi on Tuesday'));
    expect((await runCli(['ingest', file, '--db', db, '--published', '2024-03-05'])).code).toBe(0);
    const again = await runCli(['ingest', file, '--db', db, '--published', '2024-03-05']);
    expect(again.stderr).toMatch(/0 ingested, 1 duplicates/);
    writeFileSync(file, ARTICLE.replace('Hanoi on Monday', 'Hanoi on Wednesday') + '\n\nLeave a Reply\n');
    const edited = await runCli(['ingest', file, '--db', db, '--json']);
    expect(JSON.parse(edited.stdout)).toMatchObject({ ingested: 1, updated: 1 });
    const current = JSON.parse((await runCli(['articles', '--json', '--db', db])).stdout).filter((a: any) => a.source === file);
    const all = JSON.parse((await runCli(['articles', '--all', '--json', '--db', db])).stdout).filter((a: any) => a.source === file);
    expect(current).toHaveLength(1);
    expect(all).toHaveLength(2);
    const show = await runCli(['show', current[0].id.slice(0, 10), '--db', db]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Hanoi on Wednesday');
    expect(show.stdout).toMatch(/Removed from the page \([1-9]/);
    expect(show.stdout).toContain('Leave a Reply');
  });

  it('cites each timeline event with its span once, and the outlet only when there is one', async () => {
    const file = join(dir, 'dated.txt');
    writeFileSync(file, ARTICLE.replace('Hanoi on Monday', 'Hanoi on Thursday'));
    expect((await runCli(['ingest', file, '--db', db, '--published', '2024-03-08'])).code).toBe(0);
    const tl = await runCli(['timeline', '--db', db]);
    expect(tl.code).toBe(0);
    const cites = tl.stdout.split('\n').filter((l) => /art_\w+:\d+-\d+ “/.test(l));
    expect(cites.length).toBeGreaterThan(0);
    for (const l of cites) expect(l, l).toMatch(/^\s+art_\w+:\d+-\d+ “/); // these plain-text articles name no outlet
  });

  it('reports a missing article and a missing entity as failures, not crashes', async () => {
    const show = await runCli(['show', 'art_nothing', '--db', db]);
    expect(show.code).toBe(1);
    expect(show.stderr).toMatch(/no article "art_nothing".*dossier articles/);
    const tl = await runCli(['timeline', '--entity', 'Nobody Atall', '--db', db]);
    expect(tl.code).toBe(1);
    expect(tl.stderr).toMatch(/no entity named/);
  });
});
