import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/types.ts';
import { buildExport } from './build.ts';
import { markdownLines, md, publishedText } from './markdown.ts';
import { csvTable } from './csv.ts';
import { articleA, articleB, closure, contradictions, meeting, moller, ortiz, protest, quotes, review } from './testing/fixture.ts';
import { fixtureStore } from './testing/store.ts';

let store: Store;
let doc: string;

beforeAll(async () => {
  store = await fixtureStore();
  doc = [...markdownLines(await buildExport(store))].join('');
});
afterAll(() => store.close());

const cite = (s: { article: string; start: number; end: number }) => `\`${s.article}:${s.start}-${s.end}\``;

describe('the Markdown export', () => {
  it('lists the sources with their dates: an inferred one with its bounds, confidence and how', () => {
    expect(doc).toContain(`| \`${articleA.id}\` | Brenton Gazette | Brenton mayor meets fishermen after harbour protest | 2025-03-05 (metadata: meta\\[property=article:published\\_time\\]) |`);
    expect(doc).toContain(`2025-03-01…2025-03-31 (inferred, confidence 0.5: ${articleB.published.how})`);
  });

  it('marks a date resting on an inferred publication date, and says who an event is attributed to', () => {
    expect(doc).toContain('### 2025 (inferred)\n');
    expect(doc).toMatch(/- \*\*COERCE\/close\*\* The harbour master closes the north quay \(@ Brenton\) — reported by Piet Moller — \*date inferred: publication date inferred \(2025-03-01…2025-03-31\)\*/);
    expect(doc).toContain('### 2025-03-02\n');
    expect(doc).toContain('### 2025-03-05 (as of publication)\n');
    expect(doc).toMatch(new RegExp(`- \\*\\*CONCEDE/policy\\*\\* ${review.summary} .* — asserted — \\*as of publication: [^*]*happened by then, not necessarily on that day\\*\n`));
    expect(doc).toContain("Fishermen protest quota rules (Brenton fishermen's union @ Brenton) — reported by Brenton fishermen's union\n");
  });

  it('heads a decade as a reader writes it, not as TIMEX3 stores it', async () => {
    const exp = await buildExport(store);
    const decade = { ...exp, timeline: exp.timeline.map((t, i) => (i === 0 ? { ...t, date: '194' } : t)) };
    const text = [...markdownLines(decade)].join('');
    expect(text).toContain('### 1940s');
    expect(text).not.toMatch(/### 194\b/);
  });

  it('cites every event, contradiction and quote span with its outlet and text', () => {
    for (const e of [closure, protest, meeting]) for (const m of e.mentions) expect(doc).toContain(`${cite(m.evidence)} “${m.evidence.text}”`);
    for (const c of contradictions) for (const claim of c.claims) for (const ev of claim.evidence) expect(doc).toContain(`${cite(ev)} “${ev.text}”`);
    for (const q of quotes) expect(doc).toContain(`${cite(q)} “${q.text}”`);
    expect(doc).toContain('- **2025-03-02** (Brenton Gazette)\n');
    expect(doc).toContain('- **2025-03-01** (Coast Wire)\n');
    expect(doc).toContain('- **Piet Moller** (partial): Coast Wire');
  });
});

describe('md and publishedText', () => {
  it('names every speaker of a quote, and the CSV lists them', async () => {
    const exp = await buildExport(store);
    const joint = { ...exp, quotes: exp.quotes.map((q, i) => (i === 0 ? { ...q, speakers: [ortiz.id, moller.id] } : q)) };
    const text = [...markdownLines(joint)].join('');
    expect(text).toContain('- **Lena Ortiz & Piet Moller** (partial)');
    expect(text).not.toContain('- **Piet Moller** (partial)');
    const table = csvTable(joint, 'quotes');
    const col = table.header.indexOf('speakers');
    expect([...table.rows][0]![col]).toEqual([ortiz.id, moller.id]);
  });
  it('escapes what Markdown would read as markup', () => {
    expect(md('<b>No quotas</b> & *all* | [x]')).toBe('\\<b\\>No quotas\\</b\\> & \\*all\\* \\| \\[x\\]');
  });
  it('keeps an unknown date unknown, and a lower bound as a bound', () => {
    expect(publishedText({ date: null, basis: 'unknown', how: null, confidence: null, notBefore: null, notAfter: null })).toBe('unknown');
    expect(publishedText({ date: null, basis: 'inferred', how: 'x', confidence: 0.3, notBefore: '2019-01-01' })).toBe('2019-01-01… (inferred, confidence 0.3: x)');
  });
});
