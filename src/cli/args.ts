import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DossierError } from '../core/errors.ts';

export interface OptionSpec {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  readonly multiple?: boolean;
  readonly description: string;
  /** The value's placeholder in help, e.g. `DATE`. */
  readonly value?: string;
}

export interface CommandSpec {
  readonly name: string;
  readonly summary: string;
  /** Positional arguments, e.g. `PATH|URL ...`. */
  readonly usage: string;
  readonly options: Readonly<Record<string, OptionSpec>>;
  /** Longer help text shown by `dossier CMD --help`. */
  readonly details?: string;
  run(ctx: CommandContext): Promise<number>;
}

export interface CommandContext {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | string[] | undefined>>;
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
}

/** Options every command takes. */
export const DB_OPTION: Readonly<Record<string, OptionSpec>> = {
  db: {
    type: 'string',
    value: 'PATH|URL',
    description: 'store: an SQLite file, or postgres://… (default: $DOSSIER_DB or ./dossier.db)',
  },
};

export const FORMAT_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  json: { type: 'boolean', description: 'print JSON (same as --format json)' },
  format: { type: 'string', value: 'FORMAT', description: 'text (default), md, json, jsonl or csv' },
};

/** The event filter shared by `events`, `timeline` and `export`. */
export const EVENT_FILTER_OPTIONS: Readonly<Record<string, OptionSpec>> = {
  entity: { type: 'string', value: 'NAME', description: 'only events involving this entity (name, alias or id)' },
  from: { type: 'string', value: 'DATE', description: 'only events on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD)' },
  to: { type: 'string', value: 'DATE', description: 'only events on or before DATE' },
};

export function dbLocation(values: CommandContext['values']): string {
  return (values.db as string | undefined) ?? process.env.DOSSIER_DB ?? 'dossier.db';
}

export function parseCommand(spec: CommandSpec, argv: readonly string[]): { positionals: string[]; values: CommandContext['values'] } {
  const options = Object.fromEntries(
    Object.entries<OptionSpec>({ ...spec.options, help: { type: 'boolean', short: 'h', description: '' } }).map(([k, v]) => [
      k,
      {
        type: v.type,
        ...(v.short === undefined ? {} : { short: v.short }),
        ...(v.multiple === undefined ? {} : { multiple: v.multiple }),
      } as NonNullable<ParseArgsConfig['options']>[string],
    ]),
  );
  try {
    const parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
    return { positionals: parsed.positionals, values: parsed.values as CommandContext['values'] };
  } catch (e) {
    throw usageError(spec.name, e instanceof Error ? e.message : String(e));
  }
}

export function usageError(command: string, message: string): DossierError {
  return new DossierError('E_USAGE', message, { subject: `dossier ${command}`, fix: `Run \`dossier ${command} --help\` for usage.` });
}

export function commandHelp(spec: CommandSpec): string {
  const lines = [`Usage: dossier ${spec.name}${spec.usage ? ` ${spec.usage}` : ''} [options]`, '', spec.summary];
  if (spec.details) lines.push('', spec.details);
  const opts = Object.entries(spec.options);
  lines.push('', 'Options:');
  const rows = opts.map(([k, v]) => [`--${k}${v.value ? ` ${v.value}` : ''}`, v.description]);
  rows.push(['-h, --help', 'show this help']);
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [flag, desc] of rows) lines.push(`  ${flag.padEnd(width)}  ${desc}`);
  return lines.join('\n') + '\n';
}
