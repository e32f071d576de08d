import { DossierError } from '../core/errors.ts';

/** Output formats for data commands. */
export type OutputFormat = 'text' | 'md' | 'json' | 'jsonl' | 'csv';

const FORMATS: readonly OutputFormat[] = ['text', 'md', 'json', 'jsonl', 'csv'];

export function outputFormat(values: Readonly<Record<string, unknown>>, command: string): OutputFormat {
  if (values.json) return 'json';
  const f = (values.format as string | undefined) ?? 'text';
  if ((FORMATS as readonly string[]).includes(f)) return f as OutputFormat;
  throw new DossierError('E_USAGE', `unknown format "${f}"`, {
    subject: `dossier ${command}`,
    fix: `Use --format ${FORMATS.join('|')}.`,
  });
}

export interface Column<T> {
  readonly header: string;
  readonly value: (row: T) => string | number | null;
  /** Text mode truncates wide columns to this many characters. */
  readonly width?: number;
}

/**
 * Renders rows as a table (text, Markdown, CSV) or as JSON/JSONL of `json(row)`.
 * The JSON forms carry full records; the tabular forms carry the columns.
 */
export function render<T>(rows: readonly T[], columns: readonly Column<T>[], format: OutputFormat, json: (row: T) => unknown): string {
  switch (format) {
    case 'json':
      return JSON.stringify(rows.map(json), null, 2) + '\n';
    case 'jsonl':
      return rows.map((r) => JSON.stringify(json(r))).join('\n') + (rows.length ? '\n' : '');
    case 'csv':
      return [columns.map((c) => csvCell(c.header)), ...rows.map((r) => columns.map((c) => csvCell(cell(c.value(r)))))].map((l) => l.join(',')).join('\r\n') + '\r\n';
    case 'md':
      return [
        `| ${columns.map((c) => c.header).join(' | ')} |`,
        `| ${columns.map(() => '---').join(' | ')} |`,
        ...rows.map((r) => `| ${columns.map((c) => cell(c.value(r)).replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`),
      ].join('\n') + '\n';
    case 'text':
      return textTable(rows, columns);
  }
}

function cell(v: string | number | null): string {
  return v === null ? '' : String(v);
}

export function csvCell(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

function textTable<T>(rows: readonly T[], columns: readonly Column<T>[]): string {
  if (rows.length === 0) return '(none)\n';
  const cells = rows.map((r) => columns.map((c) => truncate(cell(c.value(r)).replace(/\s+/g, ' '), c.width)));
  const widths = columns.map((c, i) => Math.max(c.header.length, ...cells.map((row) => row[i].length)));
  const line = (vals: readonly string[]) => vals.map((v, i) => (i === vals.length - 1 ? v : v.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(columns.map((c) => c.header.toUpperCase())), ...cells.map(line)].join('\n') + '\n';
}

function truncate(s: string, width?: number): string {
  return width && s.length > width ? s.slice(0, width - 1) + '…' : s;
}
