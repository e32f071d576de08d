import type { Contradiction, EntityRecord, EventRecord, QuoteRecord } from '../../core/corpus.ts';
import type { SearchHit, Store } from '../../store/types.ts';
import { DB_OPTION, EVENT_FILTER_OPTIONS, FORMAT_OPTIONS, usageError, type CommandSpec } from '../args.ts';
import { entityIds, entityNamer, withStore } from '../context.ts';
import { outputFormat, render, type Column } from '../format.ts';
import { normaliseUserDate } from '../dates.ts';
import { eventAttribution, eventDateNote, showDate } from '../../export/records.ts';
import { dateMarker, dateQualifier } from '../../export/date-qualifier.ts';
import { modalityText } from '../../export/markdown.ts';

const span = (r: { article: string; start: number; end: number }) => `${r.article}:${r.start}-${r.end}`;

export const entitiesCommand: CommandSpec = {
  name: 'entities',
  summary: 'List entities with their aliases, roles and the articles that mention them.',
  usage: '',
  options: { ...DB_OPTION, ...FORMAT_OPTIONS, type: { type: 'string', value: 'TYPE', description: 'PERSON, ORG, GPE, LOC, NORP, FAC or EVENT' } },
  async run(ctx) {
    const format = outputFormat(ctx.values, 'entities');
    const rows = await withStore(ctx, (s) => s.listEntities({ type: ctx.values.type as string | undefined }));
    const columns: Column<EntityRecord>[] = [
      { header: 'id', value: (e) => e.id },
      { header: 'type', value: (e) => e.type },
      { header: 'name', value: (e) => e.name, width: 32 },
      { header: 'aliases', value: (e) => e.aliases.join('; '), width: 50 },
      { header: 'roles', value: (e) => [...new Set(e.roles.map((r) => r.role))].join('; '), width: 50 },
      { header: 'articles', value: (e) => e.articles.length },
      { header: 'mentions', value: (e) => e.mentions },
    ];
    ctx.stdout.write(render(rows, columns, format, (e) => e));
    return 0;
  },
};

export const eventsCommand: CommandSpec = {
  name: 'events',
  summary: 'List events: who did what to whom, where and when, with modality and evidence.',
  usage: '',
  options: {
    ...DB_OPTION,
    ...FORMAT_OPTIONS,
    ...EVENT_FILTER_OPTIONS,
    type: { type: 'string', value: 'TYPE', description: 'only events of this PLOVER type' },
  },
  async run(ctx) {
    const format = outputFormat(ctx.values, 'events');
    await withStore(ctx, async (store) => {
      const events = await listFilteredEvents(store, ctx.values);
      const name = entityNamer(store);
      const named = await Promise.all(
        events.map(async (e) => ({
          e,
          actors: (await Promise.all(e.actors.map(name))).join(' & '),
          targets: (await Promise.all(e.targets.map(name))).join(' & '),
          place: await name(e.place),
          attribution: await Promise.all(eventAttribution(e).map(name)),
          qualifier: dateQualifier(e),
          dateNote: eventDateNote(e),
        })),
      );
      const columns: Column<(typeof named)[number]>[] = [
        // Marked as `dossier timeline` marks it: `2025 [date inferred]`, `2025-06-05 [as of publication]`.
        { header: 'date', value: (r) => (r.e.date === null ? 'undated' : `${showDate(r.e.date)}${dateMarker(r.e)}`) },
        { header: 'type', value: (r) => `${r.e.type}${r.e.mode ? `/${r.e.mode}` : ''}` },
        { header: 'modality', value: (r) => modalityText(r.e.modality, r.attribution), width: 34 },
        { header: 'actors', value: (r) => r.actors, width: 30 },
        { header: 'targets', value: (r) => r.targets, width: 24 },
        { header: 'place', value: (r) => r.place, width: 16 },
        { header: 'sources', value: (r) => r.e.corroboration },
        { header: 'summary', value: (r) => r.e.summary, width: 60 },
        { header: 'evidence', value: (r) => r.e.mentions.map((m) => span(m.evidence)).join(' '), width: 60 },
        { header: 'date note', value: (r) => r.dateNote, width: 60 },
      ];
      // JSON keeps the stored record and adds what the table shows: whether the date is dossier's
      // inference or only its report's publication date (as the export says it), and who said so.
      ctx.stdout.write(render(named, columns, format, (r) => ({
        ...r.e,
        dateInferred: r.qualifier === 'inferred',
        dateAsOfPublication: r.qualifier === 'asOfPublication',
        dateNote: r.dateNote,
        attribution: eventAttribution(r.e),
      })));
    });
    return 0;
  },
};

export async function listFilteredEvents(
  store: Store,
  values: Readonly<Record<string, unknown>>,
): Promise<readonly EventRecord[]> {
  const from = values.from === undefined ? undefined : normaliseUserDate(String(values.from), '--from');
  const to = values.to === undefined ? undefined : normaliseUserDate(String(values.to), '--to');
  const type = values.type as string | undefined;
  if (values.entity === undefined) return store.listEvents({ from, to, type });
  const ids = await entityIds(store, String(values.entity));
  const seen = new Map<string, EventRecord>();
  for (const entity of ids) for (const e of await store.listEvents({ entity, from, to, type })) seen.set(e.id, e);
  return [...seen.values()].sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.id.localeCompare(b.id));
}

export const quotesCommand: CommandSpec = {
  name: 'quotes',
  summary: 'List attributed quotes (direct, partial and reported) with all their speakers ("Vladimir Putin & Kim Jong Un").',
  usage: '',
  options: { ...DB_OPTION, ...FORMAT_OPTIONS, speaker: { type: 'string', value: 'NAME', description: 'only quotes this speaker is one of the speakers of' } },
  async run(ctx) {
    const format = outputFormat(ctx.values, 'quotes');
    await withStore(ctx, async (store) => {
      const speakers = ctx.values.speaker === undefined ? [undefined] : await entityIds(store, String(ctx.values.speaker));
      // a joint quote is listed once even when the name matches several of its speakers
      const quotes = new Map<string, QuoteRecord>();
      for (const speaker of speakers) for (const q of await store.listQuotes({ speaker })) quotes.set(q.id, q);
      const name = entityNamer(store);
      const rows = await Promise.all([...quotes.values()].map(async (q) => ({ q, speaker: (await Promise.all(q.speakers.map(name))).join(' & ') })));
      const columns: Column<(typeof rows)[number]>[] = [
        { header: 'speaker', value: (r) => r.speaker || '(unknown)', width: 28 },
        { header: 'kind', value: (r) => r.q.kind },
        { header: 'text', value: (r) => r.q.text, width: 90 },
        { header: 'evidence', value: (r) => span(r.q) },
      ];
      ctx.stdout.write(render(rows, columns, format, (r) => r.q));
    });
    return 0;
  },
};

export const contradictionsCommand: CommandSpec = {
  name: 'contradictions',
  summary: 'List where sources disagree: each side with its articles and evidence.',
  usage: '',
  options: { ...DB_OPTION, ...FORMAT_OPTIONS },
  async run(ctx) {
    const format = outputFormat(ctx.values, 'contradictions');
    const [rows, articles] = await withStore(ctx, (s) => Promise.all([s.listContradictions(), s.listArticles()]));
    const outlets = new Map(articles.map((a) => [a.id, a.outlet ?? a.title ?? a.source]));
    if (format === 'text') {
      ctx.stdout.write(rows.length ? rows.map((c) => contradictionText(c, outlets)).join('\n') : '(none)\n');
      return 0;
    }
    // Each side with the spans it rests on: `2000 [art_a:801-918 art_b:261-450] vs 2002 [art_c:329-429]`.
    const columns: Column<Contradiction>[] = [
      { header: 'about', value: (c) => c.about },
      { header: 'event', value: (c) => c.event },
      { header: 'claims', value: (c) => c.claims.map((k) => `${k.value} [${k.evidence.map(span).join(' ')}]`).join(' vs ') },
      { header: 'sources', value: (c) => c.claims.map((k) => `${k.value}: ${k.articles.map((a) => outlets.get(a) ?? a).join('; ')}`).join(' vs ') },
      { header: 'rule', value: (c) => c.rule },
    ];
    ctx.stdout.write(render(rows, columns, format, (c) => c));
    return 0;
  },
};

function contradictionText(c: Contradiction, outlets: ReadonlyMap<string, string>): string {
  const lines = [`${c.about}${c.event ? ` (event ${c.event})` : ''}: ${c.rule}`];
  for (const claim of c.claims) {
    lines.push(`  ${claim.value}`);
    for (const ev of claim.evidence) lines.push(`    ${outlets.get(ev.article) ?? ev.article}  ${span(ev)}  “${ev.text.replace(/\s+/g, ' ')}”`);
  }
  return lines.join('\n') + '\n';
}

export const searchCommand: CommandSpec = {
  name: 'search',
  summary: 'Full-text search over the clean text of every article.',
  usage: 'QUERY',
  options: { ...DB_OPTION, ...FORMAT_OPTIONS, limit: { type: 'string', value: 'N', description: 'at most N hits (default 20)' } },
  async run(ctx) {
    const query = ctx.positionals.join(' ').trim();
    if (!query) throw usageError('search', 'give a QUERY');
    const limit = ctx.values.limit === undefined ? 20 : Number(ctx.values.limit);
    if (!(limit > 0)) throw usageError('search', '--limit takes a positive number');
    const format = outputFormat(ctx.values, 'search');
    const hits = await withStore(ctx, (s) => s.search(query, { limit }));
    const columns: Column<SearchHit>[] = [
      { header: 'article', value: (h) => h.article },
      { header: 'at', value: (h) => `${h.start}-${h.end}` },
      { header: 'title', value: (h) => h.title, width: 40 },
      { header: 'snippet', value: (h) => h.snippet, width: 100 },
    ];
    ctx.stdout.write(render(hits, columns, format, (h) => h));
    return 0;
  },
};
