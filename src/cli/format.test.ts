import { describe, expect, it } from 'vitest';
import { csvCell, outputFormat, render, type Column } from './format.ts';
import { formatDuration, formatProgress } from './progress.ts';

interface Row {
  readonly name: string;
  readonly n: number | null;
}
const rows: Row[] = [
  { name: 'Kim Jong Un', n: 3 },
  { name: 'a "quoted", name', n: null },
];
const columns: Column<Row>[] = [
  { header: 'name', value: (r) => r.name },
  { header: 'n', value: (r) => r.n },
];

describe('render', () => {
  it('writes RFC 4180 CSV with quoting', () => {
    expect(render(rows, columns, 'csv', (r) => r)).toBe('name,n\r\nKim Jong Un,3\r\n"a ""quoted"", name",\r\n');
  });
  it('writes JSON lines of full records', () => {
    expect(render(rows, columns, 'jsonl', (r) => r).trim().split('\n').map((l) => JSON.parse(l))).toEqual(rows);
  });
  it('writes a Markdown table with escaped pipes', () => {
    const md = render([{ name: 'a|b', n: 1 }], columns, 'md', (r) => r);
    expect(md).toBe('| name | n |\n| --- | --- |\n| a\\|b | 1 |\n');
  });
  it('aligns a text table and says when there is nothing', () => {
    expect(render(rows, columns, 'text', (r) => r).split('\n')[0]).toBe(`${'NAME'.padEnd('a "quoted", name'.length)}  N`);
    expect(render([], columns, 'text', (r) => r)).toBe('(none)\n');
  });
  it('quotes only cells that need it', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });
});

describe('outputFormat', () => {
  it('prefers --json and rejects unknown formats with a usage error', () => {
    expect(outputFormat({ json: true, format: 'csv' }, 'x')).toBe('json');
    expect(outputFormat({}, 'x')).toBe('text');
    expect(() => outputFormat({ format: 'xml' }, 'x')).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });
});

describe('progress', () => {
  it('shows count, rate and time left', () => {
    expect(formatProgress('ingest', { done: 10, total: 40, elapsedMs: 5000 }, 200)).toMatch(/^ingest \[#+\.+\] 10\/40 {2}2\.0\/s 15s left$/);
  });
  it('shows a count and rate when the total is unknown', () => {
    expect(formatProgress('ingest', { done: 3, total: null, elapsedMs: 1000 })).toBe('ingest 3  3.0/s');
  });
  it('formats durations', () => {
    expect(formatDuration(59.2)).toBe('60s');
    expect(formatDuration(125)).toBe('2m05s');
    expect(formatDuration(3 * 3600 + 120)).toBe('3h02m');
  });
});
