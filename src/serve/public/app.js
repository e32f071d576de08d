// The dossier page: timeline, contradictions, quotes, sources, entities and search, read from the
// JSON API (docs/api.md). Every piece of text is set with textContent, never parsed as HTML.
// Nothing uncertain is shown as certain: an inferred date says so and how, a date that is only a
// report's publication date says "as of publication"; an unknown one says unknown.
'use strict';

const state = { articles: new Map(), entities: new Map(), cache: new Map() };

/** createElement with a class, text and children; strings become text nodes. */
function el(tag, className, ...children) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  for (const c of children) {
    if (c === null || c === undefined) continue;
    node.append(typeof c === 'string' ? document.createTextNode(c) : c);
  }
  return node;
}

async function api(path) {
  const res = await fetch(path, { headers: { accept: 'application/json' } });
  const body = await res.json();
  if (!res.ok) throw new Error(body.error ? `${body.error.message} (${body.error.fix})` : `HTTP ${res.status}`);
  return body;
}

function setStatus(message, isError = false) {
  const status = document.getElementById('status');
  status.textContent = message;
  status.classList.toggle('error', isError);
}

/**
 * Dates as the API gives them, for reading (as `showDate` in src/export/records.ts): a TIMEX3 decade
 * (`194`) as `1940s`, a century (`19`) as `1900s`, an ISO week (`2022-W40`) by its Monday, a period (`2023/2024-06-19`) as `2023 … 2024-06-19`.
 */
function showDate(date) {
  if (/^\d{3}X?$/.test(date)) return `${date.slice(0, 3)}0s`;
  if (/^\d{2}(XX)?$/.test(date)) return `${date.slice(0, 2)}00s`;
  const week = /^(\d{4})-W(\d{2})$/.exec(date);
  if (week) {
    const jan4 = Date.UTC(Number(week[1]), 0, 4);
    const monday = jan4 - ((new Date(jan4).getUTCDay() + 6) % 7) * 86400000 + (Number(week[2]) - 1) * 7 * 86400000;
    return `week of ${new Date(monday).toISOString().slice(0, 10)} (${date})`;
  }
  const period = /^([^/]+)\/([^/]+)$/.exec(date);
  if (period) return `${showDate(period[1])} … ${showDate(period[2])}`;
  return date;
}

/**
 * A publication date for reading, with its basis: `2024-06-19 (metadata)`, `2024 (inferred)`,
 * `2019-01-01… (inferred)` when only a bound is known, `unknown`. `long` adds the confidence and how.
 */
function describePublished(p, long = false) {
  const when = p.date ? p.date : p.notBefore || p.notAfter ? `${p.notBefore ?? ''}…${p.notAfter ?? ''}` : null;
  if (!when) return 'date unknown';
  if (!long || p.basis !== 'inferred') return `${when} (${p.basis})`;
  const confidence = typeof p.confidence === 'number' ? `, confidence ${p.confidence}` : '';
  return `${when} (inferred${confidence}${p.how ? `: ${p.how}` : ''})`;
}

function entityName(id) {
  return state.entities.get(id)?.name ?? id;
}

/** `article:start–end`, how every span is cited. */
function spanRef(span) {
  return `${span.article}:${span.start}–${span.end}`;
}

function articleLabel(id) {
  const a = state.articles.get(id);
  if (!a) return id.slice(0, 12);
  return a.outlet || a.title || a.source;
}

/** A button that opens an article with one span highlighted. */
function sourceButton(span, label) {
  const b = el('button', 'source', label ?? articleLabel(span.article));
  b.type = 'button';
  b.dataset.article = span.article;
  b.dataset.start = String(span.start);
  b.dataset.end = String(span.end);
  b.title = span.text ? `${spanRef(span)} “${span.text}”` : spanRef(span);
  b.addEventListener('click', () => openArticle(span.article, span.start, span.end).catch((e) => setStatus(e.message, true)));
  return b;
}

function sources(evidence) {
  const seen = new Map();
  return el('div', 'sources', 'Sources: ', ...evidence.map((ev) => {
    const n = (seen.get(ev.article) ?? 0) + 1;
    seen.set(ev.article, n);
    return sourceButton(ev, n > 1 ? `${articleLabel(ev.article)} (${n})` : undefined);
  }));
}

function badge(text, extra = '') {
  return el('span', `badge ${extra}`, text);
}

/** The modality in words, with who it is attributed to: `reported by KCNA`, `denied by Moscow`. */
function modalityText(e) {
  const who = (e.attribution ?? []).map(entityName).join(', ');
  if (!who) return e.modality;
  switch (e.modality) {
    case 'reported': return `reported by ${who}`;
    case 'denied': return `denied by ${who}`;
    default: return `${e.modality}, according to ${who}`;
  }
}

/**
 * How far the event's date can be trusted when no source states it (the export's `dateInferred` /
 * `dateAsOfPublication`, the CLI's ` [date inferred]` / ` [as of publication]`), with the export's
 * `dateNote` as the tooltip; null for a stated date.
 */
function dateBadge(e) {
  const b = e.dateInferred ? badge('date inferred', 'inferred')
    : e.dateAsOfPublication ? badge('as of publication', 'as-of-publication') : null;
  if (b) b.title = e.dateNote ?? (e.dateInferred ? 'rests on an inferred publication date' : 'dated by its report: it happened by then, not necessarily on that day');
  return b;
}

function eventItem(e) {
  const item = el('div', 'event',
    el('span', 'summary', e.summary),
    badge(e.type + (e.mode ? ` · ${e.mode}` : ''), 'type'),
    badge(modalityText(e), `modality modality-${e.modality}`),
    dateBadge(e),
    e.corroboration > 1 ? badge(`${e.corroboration} sources`) : null,
    sources(e.evidence));
  item.dataset.event = e.id;
  return item;
}

function renderTimeline(data) {
  const root = document.getElementById('timeline');
  root.replaceChildren();
  const byId = new Map(data.events.map((e) => [e.id, e]));
  const placed = new Set();
  for (const entry of data.timeline) {
    const all = (key) => entry.events.length > 0 && entry.events.every((id) => byId.get(id)?.[key]);
    const note = all('dateInferred') ? ' (inferred)' : all('dateAsOfPublication') ? ' (as of publication)' : null;
    const day = el('div', 'day', el('div', 'date', showDate(entry.date), note ? el('span', 'meta', note) : null));
    if (entry.summary) day.append(el('div', 'meta', entry.summary));
    for (const id of entry.events) {
      const e = byId.get(id);
      if (!e) continue;
      placed.add(id);
      day.append(eventItem(e));
    }
    root.append(day);
  }
  const rest = data.events.filter((e) => !placed.has(e.id));
  if (rest.length) {
    const other = el('div', 'day', el('div', 'date', data.timeline.length ? 'Not on the timeline' : 'Events'));
    for (const e of rest) {
      const item = eventItem(e);
      item.prepend(el('span', 'meta', (e.date ?? e.dateValue ?? 'undated') + ' · '));
      other.append(item);
    }
    root.append(other);
  }
  if (!root.childElementCount) root.append(el('p', 'empty', 'No events.'));
}

function renderContradictions(list, events) {
  const root = document.getElementById('contradictions');
  root.replaceChildren();
  const summaries = new Map(events.map((e) => [e.id, e.summary]));
  for (const c of list) {
    const box = el('div', 'contradiction',
      el('div', null, el('strong', null, c.about), c.event && summaries.has(c.event) ? ` — ${summaries.get(c.event)}` : ''),
      el('div', 'meta rule', c.rule));
    box.dataset.contradiction = c.id;
    for (const claim of c.claims) {
      const refs = el('div', 'refs', ...claim.evidence.map((ev) => el('span', 'ref', spanRef(ev))));
      box.append(el('div', 'claim', el('span', 'value', claim.value), ' ', sources(claim.evidence), refs));
    }
    root.append(box);
  }
  if (!list.length) root.append(el('p', 'empty', 'No contradictions found.'));
}

/** Fills the list `#id` with one `item(x)` per entry, or a single `empty` line when there is none. */
function renderList(id, list, item, empty) {
  const root = document.getElementById(id);
  root.replaceChildren(...list.map(item));
  if (!list.length) root.append(el('li', 'empty', empty));
}

function renderQuotes(list) {
  renderList('quotes', list, (q) => {
    const kind = q.partial ? 'partial' : q.kind;
    const item = el('li', 'quote',
      el('span', 'speaker', q.speakers.length ? q.speakers.map(entityName).join(' & ') : 'speaker unknown'), badge(kind, `kind kind-${kind}`), ' ',
      el('span', 'quote-text', q.text), ' ', sourceButton(q, `${articleLabel(q.article)} ${q.start}–${q.end}`));
    item.dataset.quote = q.id;
    return item;
  }, 'No quotes.');
}

function renderArticles(list) {
  renderList('articles', list, (a) => {
    const date = el('span', `published basis-${a.published.basis}`, describePublished(a.published));
    if (a.published.basis === 'inferred') date.title = describePublished(a.published, true);
    const item = el('li', null, sourceButton({ article: a.id, start: 0, end: 0 }, a.title ?? a.source), ' ',
      a.outlet ? el('span', 'meta', `${a.outlet} · `) : null, date);
    item.dataset.article = a.id;
    return item;
  }, 'No articles.');
}

function renderEntities(list) {
  for (const e of list) state.entities.set(e.id, e);
  renderList('entities', list, (e) => {
    const name = el('button', 'entity-name', e.name);
    name.type = 'button';
    name.title = 'Show the timeline of this entity';
    name.addEventListener('click', () => loadTimeline(e.id).catch((err) => setStatus(err.message, true)));
    const roles = [...new Set(e.roles.map((r) => r.role))];
    return el('li', null, name, badge(e.type),
      e.aliases.length ? el('div', 'aliases', 'also: ' + e.aliases.join(', ')) : null,
      roles.length ? el('div', 'roles', 'roles: ' + roles.join(', ')) : null);
  }, 'No entities.');
}

/** Mentions shown at first in the entity view; the rest behind a button (a head of state has hundreds). */
const MENTIONS_SHOWN = 30;

/**
 * The entity view: the selected entity with its aliases and every mention, each a link labelled
 * `article:start–end` that opens the reader at that span (as an event's sources do).
 */
function renderEntityView(about) {
  const root = document.getElementById('entity-view');
  root.replaceChildren();
  root.hidden = !about;
  if (!about) return;
  const { entity: e, mentions } = about;
  const item = (m) => el('li', 'mention', sourceButton(m, spanRef(m)), ' ', el('span', 'mention-text', `“${m.text}”`),
    el('span', 'meta', ` · ${articleLabel(m.article)}`));
  const list = el('ol', 'mentions', ...mentions.slice(0, MENTIONS_SHOWN).map(item));
  root.append(
    el('h2', null, e.name, badge(e.type)),
    e.aliases.length ? el('div', 'aliases', 'also: ' + e.aliases.join(', ')) : null,
    el('div', 'meta', `${mentions.length} mention${mentions.length === 1 ? '' : 's'} in ${e.articles.length} article${e.articles.length === 1 ? '' : 's'}`),
    list);
  if (mentions.length > MENTIONS_SHOWN) {
    const more = el('button', 'source', `show all ${mentions.length}`);
    more.type = 'button';
    more.addEventListener('click', () => { list.append(...mentions.slice(MENTIONS_SHOWN).map(item)); more.remove(); });
    root.append(more);
  }
}

async function loadTimeline(entity) {
  const [data, about] = await Promise.all([
    api(entity ? `/api/timeline?entity=${encodeURIComponent(entity)}` : '/api/timeline'),
    entity ? api(`/api/entities/${encodeURIComponent(entity)}`) : null,
  ]);
  renderEntityView(about);
  renderTimeline(data);
  const filter = document.getElementById('timeline-filter');
  filter.replaceChildren();
  if (entity) {
    const all = el('button', 'source', 'show all');
    all.type = 'button';
    all.addEventListener('click', () => loadTimeline(null).catch((e) => setStatus(e.message, true)));
    filter.append(`for ${state.entities.get(entity)?.name ?? entity} · `, all);
  }
  return data;
}

async function getArticle(id) {
  if (!state.cache.has(id)) state.cache.set(id, api(`/api/articles/${encodeURIComponent(id)}`));
  return state.cache.get(id);
}

/** Shows an article's clean text with [start, end) highlighted and scrolled into view. */
async function openArticle(id, start, end) {
  const { article } = await getArticle(id);
  const text = article.text;
  const mark = el('mark', 'evidence', text.slice(start, end));
  mark.title = `${id}:${start}–${end}`;
  const body = el('div', 'text', text.slice(0, start), mark, text.slice(end));
  const meta = el('p', 'meta', [article.outlet, article.source].filter(Boolean).join(' · '));
  const published = el('p', `meta published basis-${article.published.basis}`, 'Published: ' + describePublished(article.published, true));
  const span = end > start ? el('p', 'meta span', `Evidence: characters ${start}–${end} of ${id}`) : null;
  const reader = document.getElementById('reader');
  // Only the title and the one-line span stay on top (sticky): the longer provenance lines scroll
  // with the text, so the evidence is never hidden behind them on a short screen.
  reader.replaceChildren(el('div', 'reader-head', el('h2', null, article.title ?? article.source), span), meta, published, body);
  if (article.removed.length) {
    const removed = el('details', 'removed', el('summary', null, `${article.removed.length} blocks removed from the page`));
    const list = el('ul');
    for (const r of article.removed) list.append(el('li', null, `[${r.reason}] ${r.text}`));
    removed.append(list);
    reader.append(removed);
  }
  reader.dataset.article = id;
  // Scroll the reader (its own scroll box on wide screens) so the mark sits a third of the way
  // down below the sticky heading, then bring the reader itself into view only if it is not
  // (narrow screens).
  const head = reader.firstElementChild.offsetHeight;
  reader.scrollTop = Math.max(0, mark.offsetTop - head - (reader.clientHeight - head) / 3);
  mark.scrollIntoView({ block: 'nearest' });
}

async function search(q) {
  const section = document.getElementById('search');
  const list = document.getElementById('search-results');
  list.replaceChildren();
  section.hidden = !q;
  if (!q) return;
  const { hits } = await api(`/api/search?q=${encodeURIComponent(q)}`);
  for (const h of hits) {
    list.append(el('li', null, sourceButton(h, h.title ?? articleLabel(h.article)), el('div', 'meta', h.snippet)));
  }
  if (!hits.length) list.append(el('li', 'empty', 'No matches.'));
}

async function main() {
  setStatus('Loading…');
  const [articles, entities, contradictions, quotes] = await Promise.all([
    api('/api/articles'), api('/api/entities'), api('/api/contradictions'), api('/api/quotes'),
  ]);
  for (const a of articles.articles) state.articles.set(a.id, a);
  renderEntities(entities.entities);
  renderArticles(articles.articles);
  const timeline = await loadTimeline(null);
  renderContradictions(contradictions.contradictions, timeline.events);
  renderQuotes(quotes.quotes);
  setStatus(articles.articles.length ? '' : 'The store holds no articles yet: run `dossier ingest PATH` first.');
  document.getElementById('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    search(document.getElementById('search-input').value.trim()).catch((e) => setStatus(e.message, true));
  });
}

main().catch((e) => setStatus(e.message, true));
