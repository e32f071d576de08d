import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from './cli.ts';

/**
 * End to end: an edited source is ingested again. The old version stays stored (and `show`-able),
 * but nothing corpus-level it contributed survives: an entity only it mentioned is gone, and the
 * counts and article lists of the others are the new version's.
 */
const dir = mkdtempSync(join(tmpdir(), 'dossier-supersede-'));
const db = join(dir, 'supersede.db');

const V1 = [
  'Putin arrives in Pyongyang',
  '',
  'Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with Kim Jong Un.',
  '',
  'Defence Minister Andrei Belousov travelled with Vladimir Putin, officials in Moscow said.',
  '',
  'Putin and Kim Jong Un signed a partnership agreement after two hours of talks.',
].join('\n');

// The edit drops Belousov's paragraph (and one Putin mention) and mentions Kim once more.
const V2 = [
  'Putin arrives in Pyongyang',
  '',
  'Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks with Kim Jong Un.',
  '',
  'Putin and Kim Jong Un signed a partnership agreement after two hours of talks. Kim Jong Un called it historic.',
].join('\n');

interface EntityRow {
  readonly id: string;
  readonly name: string;
  readonly articles: readonly string[];
  readonly mentions: number;
}

async function json<T>(args: readonly string[]): Promise<T> {
  const r = await runCli([...args, '--json', '--db', db]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as T;
}

const byName = (rows: readonly EntityRow[], name: string) => rows.find((e) => e.name === name);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('ingesting an edited source again', () => {
  it('withdraws the old version from entities, keeping the old version stored', async () => {
    const file = join(dir, 'pyongyang.txt');
    writeFileSync(file, V1);
    expect((await runCli(['ingest', file, '--db', db, '--published', '2024-06-19'])).code).toBe(0);
    const [v1] = await json<{ id: string }[]>(['articles']);
    const before = await json<EntityRow[]>(['entities']);
    expect(byName(before, 'Andrei Belousov')).toMatchObject({ articles: [v1!.id], mentions: 1 });
    expect(byName(before, 'Vladimir Putin')).toMatchObject({ articles: [v1!.id], mentions: 3 });
    expect(byName(before, 'Kim Jong Un')).toMatchObject({ articles: [v1!.id], mentions: 2 });

    writeFileSync(file, V2);
    expect(await json(['ingest', file, '--published', '2024-06-19'])).toMatchObject({ ingested: 1, updated: 1 });
    const [v2] = await json<{ id: string }[]>(['articles']);
    expect(v2!.id).not.toBe(v1!.id);
    const after = await json<EntityRow[]>(['entities']);
    expect(byName(after, 'Andrei Belousov')).toBeUndefined();
    expect(byName(after, 'Vladimir Putin')).toMatchObject({ articles: [v2!.id], mentions: 2 });
    expect(byName(after, 'Kim Jong Un')).toMatchObject({ articles: [v2!.id], mentions: 3 });
    // Only entities with a current article are listed (a country a demonym points at may have none).
    for (const e of after) expect(e.articles.includes(v1!.id), e.name).toBe(false);

    // The superseded version is still stored and shown.
    const all = await json<{ id: string; current: boolean }[]>(['articles', '--all']);
    expect(all.map((a) => [a.id, a.current])).toEqual([
      [v1!.id, false],
      [v2!.id, true],
    ]);
    const show = await runCli(['show', v1!.id, '--db', db]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('Andrei Belousov');
  });
});
