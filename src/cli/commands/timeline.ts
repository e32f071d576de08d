import { createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { EventRecord, TimelineEntry } from '../../core/corpus.ts';
import type { Store } from '../../store/types.ts';
import { DB_OPTION, EVENT_FILTER_OPTIONS, FORMAT_OPTIONS, usageError, type CommandSpec } from '../args.ts';
import { entityNamer, withStore } from '../context.ts';
import { csvCell, outputFormat, type OutputFormat } from '../format.ts';
import { listFilteredEvents } from './records.ts';
import { dateMarker } from '../../export/date-qualifier.ts';
import { showDate } from '../../export/records.ts';

export const timelineCommand: CommandSpec = {
  name: 'timeline',
  summary: 'Print the dated timeline of events, each with its sources.',
  usage: '',
  details: 'Dates keep their precision (YYYY, YYYY-MM, YYYY-MM-DD). Undated events are listed apart, never given an invented date.',
  options: {
    ...DB_OPTION,
    ...FORMAT_OPTIONS,
    ...EVENT_FILTER_OPTIONS,
  },
  async run(ctx) {
    const format = outputFormat(ctx.values, 'timeline');
    await withStore(ctx, async (store) => {
      const events = await listFilteredEvents(store, ctx.values);
      const { buildTimeline } = await import('../../timeline/index.ts');
      const entries = buildTimeline(events);
      ctx.stdout.write(await renderTimeline(store, entries, events, format));
    });
    return 0;
  },
};

export async function renderTimeline(
  store: Store,
  entries: readonly TimelineEntry[],
  events: readonly EventRecord[],
  format: OutputFormat,
): Promise<string> {
  const byId = new Map(events.map((e) => [e.id, e]));
  const name = entityNamer(store);
  const describe = async (e: EventRecord) => {
    const actors = (await Promise.all(e.actors.map(name))).join(' & ');
    const targets = (await Promise.all(e.targets.map(name))).join(' & ');
    const place = await name(e.place);
    return { actors, targets, place };
  };
  switch (format) {
    case 'json':
      return JSON.stringify(entries, null, 2) + '\n';
    case 'jsonl':
      return entries.map((t) => JSON.stringify(t)).join('\n') + (entries.length ? '\n' : '');
    case 'csv': {
      const rows = ['date,event,type,modality,actors,summary,sources'];
      for (const t of entries) {
        for (const id of t.events) {
          const e = byId.get(id);
          if (!e) continue;
          const d = await describe(e);
          const sources = e.mentions.map((m) => `${m.evidence.article}:${m.evidence.start}-${m.evidence.end}`).join(' ');
          rows.push([t.date, e.id, e.type, e.modality, d.actors, e.summary, sources].map(csvCell).join(','));
        }
      }
      return rows.join('\r\n') + '\r\n';
    }
    case 'md':
    case 'text': {
      if (entries.length === 0) return '(no dated events)\n';
      const md = format === 'md';
      const out: string[] = md ? ['# Timeline', ''] : [];
      for (const t of entries) {
        const date = showDate(t.date);
        out.push(md ? `## ${date}` : `${date}${t.summary ? `  ${t.summary}` : ''}`);
        if (md && t.summary) out.push('', `> ${t.summary}`, '');
        for (const id of t.events) {
          const e = byId.get(id);
          if (!e) continue;
          const d = await describe(e);
          const who = [d.actors, d.targets && `→ ${d.targets}`, d.place && `@ ${d.place}`].filter(Boolean).join(' ');
          const mod = (e.modality === 'asserted' ? '' : ` [${e.modality}]`) + dateMarker(e);
          out.push(`${md ? '- ' : '  • '}${e.type}${e.mode ? `/${e.mode}` : ''}${mod}: ${e.summary}${who ? ` (${who})` : ''}`);
          for (const m of e.mentions) {
            const text = m.evidence.text.replace(/\s+/g, ' ');
            out.push(`${md ? '  - ' : '      '}${m.outlet ? `${m.outlet} ` : ''}${m.evidence.article}:${m.evidence.start}-${m.evidence.end} “${text.length > 140 ? text.slice(0, 139) + '…' : text}”`);
          }
        }
        if (md) out.push('');
      }
      return out.join('\n') + '\n';
    }
  }
}

export const exportCommand: CommandSpec = {
  name: 'export',
  summary: 'Export the whole dossier (articles, entities, events, quotes, contradictions, timeline).',
  usage: '',
  details: [
    'The contract is documented in docs/export.md with a JSON Schema.',
    'CSV: with --out DIR, one CSV file per table in DIR; otherwise the events table on stdout.',
  ].join('\n'),
  options: {
    ...DB_OPTION,
    format: { type: 'string', value: 'FORMAT', description: 'json (default), jsonl, csv or md' },
    out: { type: 'string', value: 'FILE', description: 'write to FILE (a directory for csv) instead of stdout' },
    ...EVENT_FILTER_OPTIONS,
  },
  async run(ctx) {
    const format = (ctx.values.format as string | undefined) ?? 'json';
    if (format !== 'json' && format !== 'jsonl' && format !== 'csv' && format !== 'md') throw usageError('export', `unknown format "${format}": use json, jsonl, csv or md`);
    const out = ctx.values.out as string | undefined;
    const { buildExport, writeExport } = await import('../../export/index.ts');
    const filter = {
      entity: ctx.values.entity as string | undefined,
      from: ctx.values.from as string | undefined,
      to: ctx.values.to as string | undefined,
    };
    const exp = await withStore(ctx, (store) => buildExport(store, filter));
    if (out && format === 'csv' && (await isDirectoryOrNew(out))) {
      await writeExport(exp, format, out);
    } else if (out) {
      const stream = createWriteStream(out);
      await writeExport(exp, format, stream);
      await new Promise<void>((resolve, reject) => stream.end((err?: Error | null) => (err ? reject(err) : resolve())));
    } else {
      await writeExport(exp, format, ctx.stdout);
    }
    return 0;
  },
};

async function isDirectoryOrNew(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return !/\.csv$/i.test(path);
  }
}

