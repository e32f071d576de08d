import { DossierError } from '../../core/errors.ts';
import { describePublished } from '../../annotate/time/article-date-show.ts';
import { publishedText } from '../../export/markdown.ts';
import type { ArticleSummary } from '../../store/types.ts';
import { DB_OPTION, FORMAT_OPTIONS, usageError, type CommandSpec } from '../args.ts';
import { withStore } from '../context.ts';
import { outputFormat, render, type Column } from '../format.ts';

const articleColumns: readonly Column<ArticleSummary>[] = [
  { header: 'id', value: (a) => a.id },
  { header: 'published', value: (a) => describePublished(a.published) },
  { header: 'outlet', value: (a) => a.outlet, width: 20 },
  { header: 'title', value: (a) => a.title, width: 70 },
  { header: 'source', value: (a) => a.source, width: 60 },
  { header: 'how', value: (a) => (a.published.basis === 'inferred' ? `${a.published.confidence ?? '?'}: ${a.published.how ?? ''}` : a.published.how ?? null), width: 60 },
];

export const articlesCommand: CommandSpec = {
  name: 'articles',
  summary: 'List the stored articles.',
  usage: '',
  options: { ...DB_OPTION, ...FORMAT_OPTIONS, all: { type: 'boolean', description: 'include superseded versions of edited sources' } },
  async run(ctx) {
    const format = outputFormat(ctx.values, 'articles');
    const rows = await withStore(ctx, (s) => s.listArticles({ includeSuperseded: Boolean(ctx.values.all) }));
    ctx.stdout.write(render(rows, articleColumns, format, (a) => a));
    return 0;
  },
};

export const showCommand: CommandSpec = {
  name: 'show',
  summary: "Show an article's clean text and what was removed from the page, and why.",
  usage: 'ARTICLE',
  details: 'ARTICLE is an article id or a unique prefix of one.',
  options: { ...DB_OPTION, json: { type: 'boolean', description: 'print the article, layers and diagnostics as JSON' } },
  async run(ctx) {
    const id = ctx.positionals[0];
    if (!id || ctx.positionals.length > 1) throw usageError('show', 'give one ARTICLE id or prefix');
    const stored = await withStore(ctx, (s) => s.getArticle(id));
    if (!stored) throw new DossierError('E_NOT_FOUND', `no article "${id}"`, { subject: id, fix: 'Run `dossier articles` to list article ids.' });
    if (ctx.values.json) {
      ctx.stdout.write(JSON.stringify(stored, null, 2) + '\n');
      return 0;
    }
    const a = stored.article;
    const lines = [
      `id:        ${a.id}${stored.current ? '' : ' (superseded)'}`,
      `source:    ${a.source}`,
      `title:     ${a.title ?? '(none)'}`,
      `outlet:    ${a.outlet ?? '(unknown)'}`,
      `authors:   ${a.authors.join(', ') || '(unknown)'}`,
      `published: ${publishedText(a.published)}`,
      `language:  ${a.language}`,
      '',
      a.text,
      '',
      `Removed from the page (${a.removed.length}):`,
      ...a.removed.map((r) => `  [${r.reason}; ${r.rule}] ${r.text.length > 110 ? r.text.slice(0, 109) + '…' : r.text}`),
    ];
    if (stored.diagnostics.length) {
      lines.push('', 'Diagnostics:', ...stored.diagnostics.map((d) => `  ${d.severity} ${d.origin} ${d.rule}: ${d.message}`));
    }
    ctx.stdout.write(lines.join('\n') + '\n');
    return 0;
  },
};
