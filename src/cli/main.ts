import { isDossierError, toDossierError } from '../core/errors.ts';
import { commandHelp, parseCommand, type CommandContext, type CommandSpec } from './args.ts';
import { articlesCommand, showCommand } from './commands/articles.ts';
import { dateCommand, ingestCommand } from './commands/ingest.ts';
import { contradictionsCommand, entitiesCommand, eventsCommand, quotesCommand, searchCommand } from './commands/records.ts';
import { demoCommand, serveCommand } from './commands/serve.ts';
import { exportCommand, timelineCommand } from './commands/timeline.ts';
import { workerCommand } from './commands/worker.ts';

export const COMMANDS: readonly CommandSpec[] = [
  demoCommand,
  ingestCommand,
  articlesCommand,
  showCommand,
  entitiesCommand,
  eventsCommand,
  quotesCommand,
  contradictionsCommand,
  timelineCommand,
  searchCommand,
  exportCommand,
  dateCommand,
  serveCommand,
  workerCommand,
];

export function mainHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'dossier: turn news articles into a sourced dossier (entities, dated events, quotes, contradictions, timeline).',
    '',
    'Usage: dossier COMMAND [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Every command takes --help and --db PATH|URL (default: $DOSSIER_DB or ./dossier.db).',
    'Exit codes: 0 ok, 1 failure, 2 usage.',
    '',
  ].join('\n');
}

/** Runs the CLI; returns the exit code. Errors print one line: what, why, what to do. */
export async function main(
  argv: readonly string[],
  io: Pick<CommandContext, 'stdout' | 'stderr'> = { stdout: process.stdout, stderr: process.stderr },
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(mainHelp());
    return name ? 0 : 2;
  }
  if (name === '--version') {
    io.stdout.write('dossier 0.1.0\n');
    return 0;
  }
  const spec = COMMANDS.find((c) => c.name === name);
  if (!spec) {
    io.stderr.write(`dossier: unknown command "${name}" [E_USAGE] — run \`dossier --help\` for the list of commands.\n`);
    return 2;
  }
  try {
    const { positionals, values } = parseCommand(spec, rest);
    if (values.help) {
      io.stdout.write(commandHelp(spec));
      return 0;
    }
    return await spec.run({ positionals, values, ...io });
  } catch (e) {
    const err = isDossierError(e) ? e : toDossierError(e, `dossier ${name}`);
    io.stderr.write(`dossier: ${err.oneLine()}\n`);
    if (err.code === 'E_INTERNAL' && process.env.DOSSIER_DEBUG) io.stderr.write(`${(e as Error).stack}\n`);
    return err.code === 'E_USAGE' ? 2 : 1;
  }
}
