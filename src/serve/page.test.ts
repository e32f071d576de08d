import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../store/types.ts';
import { articleA, articleB, closure, contradictions, fixtureCommits, jointQuoteCommit, meeting, ortiz, protest, quotes, review } from '../export/testing/fixture.ts';
import { fixtureStore } from '../export/testing/store.ts';
import { startServer } from './index.ts';
import { showDate } from '../export/records.ts';

/**
 * The web page in a real browser: Debian's Chromium driven by playwright-core (never a downloaded
 * browser), with a fresh user-data directory. Without /usr/bin/chromium the test is skipped with a
 * message, except in CI (CI=true), where it fails.
 */
const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
const inCi = process.env.CI === 'true';
if (!haveChromium && !inCi) {
  console.warn(`page.test.ts: SKIPPED — ${CHROMIUM} is missing (install it with: apt-get install chromium)`);
}

describe.runIf(!haveChromium && inCi)('the web page (CI)', () => {
  it('needs Chromium', () => {
    expect.fail(`${CHROMIUM} is missing: CI must install Debian's chromium package (see .ci/run)`);
  });
});

describe.runIf(haveChromium)('the web page', () => {
  let store: Store;
  let server: { url: string; close(): Promise<void> };
  let context: BrowserContext;
  let page: Page;
  const profile = mkdtempSync(join(tmpdir(), 'dossier-chromium-'));
  const problems: string[] = [];

  beforeAll(async () => {
    store = await fixtureStore();
    server = await startServer({ store, port: 0 });
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
      viewport: { width: 1200, height: 160 }, // short, so the reader must scroll to the evidence
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('request', (r) => { if (!r.url().startsWith(server.url)) problems.push(`request elsewhere: ${r.url()}`); });
    await page.goto(server.url);
    await page.locator('#timeline .event').first().waitFor();
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    await store?.close();
    rmSync(profile, { recursive: true, force: true });
  });

  /** Clicks a source button and returns the highlighted text and where the button pointed. */
  async function openSource(selector: string) {
    const button = page.locator(selector).first();
    const [article, start, end] = await Promise.all(['article', 'start', 'end'].map((k) => button.getAttribute(`data-${k}`)));
    await button.click();
    await page.locator(`#reader[data-article="${article}"] mark.evidence`).waitFor();
    const mark = await page.locator('#reader mark.evidence').textContent();
    return { article: article!, start: Number(start), end: Number(end), mark };
  }

  const textOf = (id: string) => [articleA, articleB].find((a) => a.id === id)!.text;

  it('shows the timeline: dates, summaries, types, modalities and sources', async () => {
    expect(await page.locator('#timeline .day > .date').allTextContents()).toEqual(['2025 (inferred)', '2025-03-02', '2025-03-04', '2025-03-05 (as of publication)']);
    const events = page.locator('#timeline .event');
    expect(await events.count()).toBe(4);
    const first = events.nth(1);
    expect(await first.getAttribute('data-event')).toBe(protest.id);
    expect(await first.locator('.summary').textContent()).toBe(protest.summary);
    expect(await first.locator('.badge.type').textContent()).toContain('PROTEST');
    expect(await first.locator('.badge.modality').textContent()).toBe("reported by Brenton fishermen's union");
    expect(await first.locator('.badge.inferred').count()).toBe(0);
    expect(await first.locator('.badge.as-of-publication').count()).toBe(0);
    expect(await first.locator('.source').allTextContents()).toEqual(['Brenton Gazette', 'Coast Wire']);
    const ev = protest.mentions[0].evidence;
    expect(await first.locator('.source').first().getAttribute('title')).toBe(`${ev.article}:${ev.start}–${ev.end} “${ev.text}”`);
  });

  it('marks a date resting on an inferred publication date, and says who an event is attributed to', async () => {
    const item = page.locator(`#timeline .event[data-event="${closure.id}"]`);
    expect(await item.locator('.badge.inferred').textContent()).toBe('date inferred');
    expect(await item.locator('.badge.inferred').getAttribute('title')).toContain('publication date inferred');
    expect(await item.locator('.badge.modality').textContent()).toBe('reported by Piet Moller');
  });

  it('marks a date that is only its report\'s publication date, with the export\'s note as tooltip', async () => {
    const item = page.locator(`#timeline .event[data-event="${review.id}"]`);
    expect(await item.locator('.badge.as-of-publication').textContent()).toBe('as of publication');
    expect(await item.locator('.badge.as-of-publication').getAttribute('title')).toMatch(/^as of publication: .*happened by then, not necessarily on that day/);
    expect(await item.locator('.badge.inferred').count()).toBe(0);
    expect(await page.locator(`#timeline .event[data-event="${closure.id}"] .badge.as-of-publication`).count()).toBe(0);
  });

  it('reads dates as the CLI and the Markdown export do: decades, ISO weeks, periods', async () => {
    for (const d of ['194', '201X', '19', '2022-W40', '2021-W01', '2023/2024-06-19', '2024-06-19', '2024']) {
      expect(await page.evaluate((x) => (globalThis as unknown as { showDate(v: string): string }).showDate(x), d), d).toBe(showDate(d));
    }
  });

  it('lists the sources with their publication dates and basis, an inferred one with how', async () => {
    const a = page.locator(`#articles li[data-article="${articleA.id}"] .published`);
    expect(await a.textContent()).toBe('2025-03-05 (metadata)');
    const b = page.locator(`#articles li[data-article="${articleB.id}"] .published`);
    expect(await b.textContent()).toBe('2025-03-01…2025-03-31 (inferred)');
    expect(await b.getAttribute('title')).toBe(`2025-03-01…2025-03-31 (inferred, confidence 0.5: ${articleB.published.how})`);
  });

  it('lists quotes with their speakers and offsets, and opens them', async () => {
    expect(await page.locator('#quotes li.quote').count()).toBe(quotes.length);
    const partial = quotes.find((q) => q.kind === 'partial')!;
    const item = page.locator(`#quotes li[data-quote="${partial.id}"]`);
    expect(await item.locator('.speaker').textContent()).toBe('Piet Moller');
    expect(await item.locator('.badge.kind').textContent()).toBe('partial');
    expect(await item.locator('.quote-text').textContent()).toBe(partial.text);
    expect(await item.locator('.source').textContent()).toBe(`Coast Wire ${partial.start}–${partial.end}`);
    const opened = await openSource(`#quotes li[data-quote="${partial.id}"] .source`);
    expect(opened.mark).toBe('empty the harbour');
  });

  it('names every speaker of a joint quote', async () => {
    const partial = quotes.find((q) => q.kind === 'partial')!;
    await store.commitArticle(jointQuoteCommit());
    try {
      await page.reload();
      await page.locator('#timeline .event').first().waitFor();
      expect(await page.locator(`#quotes li[data-quote="${partial.id}"] .speaker`).textContent()).toBe('Lena Ortiz & Piet Moller');
    } finally {
      await store.commitArticle(fixtureCommits()[1]!);
      await page.reload();
      await page.locator('#timeline .event').first().waitFor();
    }
  });

  it('opens a source with its evidence highlighted and scrolled into view', async () => {
    const opened = await openSource(`#timeline .event[data-event="${meeting.id}"] .source >> nth=1`);
    const expected = meeting.mentions.find((m) => m.article === opened.article)!.evidence;
    expect(opened).toMatchObject({ start: expected.start, end: expected.end });
    expect(opened.mark).toBe(expected.text);
    expect(opened.mark).toBe(textOf(opened.article).slice(opened.start, opened.end));
    expect(await page.locator('#reader .span').textContent()).toBe(`Evidence: characters ${opened.start}–${opened.end} of ${opened.article}`);
    expect(await page.locator('#reader mark.evidence').getAttribute('title')).toBe(`${opened.article}:${opened.start}–${opened.end}`);
    const published = await page.locator('#reader .published').textContent();
    expect(published).toBe(opened.article === articleB.id
      ? `Published: 2025-03-01…2025-03-31 (inferred, confidence 0.5: ${articleB.published.how})`
      : 'Published: 2025-03-05 (metadata)');
    // In view, and on top: what is drawn at the mark's first line is the mark itself.
    const visible = await page.locator('#reader mark.evidence').evaluate((m) => {
      const r = m.getClientRects()[0];
      const box = document.getElementById('reader')!.getBoundingClientRect();
      const inView = r.top >= Math.max(0, box.top) && r.bottom <= Math.min(window.innerHeight, box.bottom);
      return inView && document.elementFromPoint(r.left + 2, (r.top + r.bottom) / 2) === m;
    });
    expect(visible).toBe(true);
  });

  it('shows article text as text, never as markup', async () => {
    expect(await page.locator('#reader .text').textContent()).toBe(articleB.text);
    expect(await page.locator('#reader .text b').count()).toBe(0);
  });

  it('shows contradictions whose sides open their evidence', async () => {
    const date = contradictions.find((c) => c.about === 'date')!;
    expect(await page.locator('#contradictions .contradiction').count()).toBe(2);
    const box = page.locator(`#contradictions .contradiction[data-contradiction="${date.id}"]`);
    expect(await box.locator('.rule').textContent()).toBe(date.rule);
    const sides = box.locator('.claim');
    expect(await sides.locator('.value').allTextContents()).toEqual(date.claims.map((c) => c.value));
    for (const [i, claim] of date.claims.entries()) {
      const ev = claim.evidence[0];
      expect(await sides.nth(i).locator('.ref').allTextContents()).toEqual([`${ev.article}:${ev.start}–${ev.end}`]);
      expect(await sides.nth(i).locator('.source').textContent()).toBe(claim.articles[0] === articleA.id ? 'Brenton Gazette' : 'Coast Wire');
    }
    const opened = await openSource(`#contradictions .claim:has-text("${date.claims[1].value}") .source`);
    expect(opened.mark).toBe(date.claims[1].evidence[0].text);
  });

  it('lists entities with aliases and roles', async () => {
    const ortiz = page.locator('#entities li', { hasText: 'Lena Ortiz' });
    expect(await ortiz.locator('.aliases').textContent()).toBe('also: Ortiz, Mayor Ortiz');
    expect(await ortiz.locator('.roles').textContent()).toBe('roles: Mayor');
  });

  it('shows an entity\'s mentions with their offsets, each opening the reader at its span', async () => {
    expect(await page.locator('#entity-view').isHidden()).toBe(true);
    await page.locator('#entities .entity-name', { hasText: 'Lena Ortiz' }).click();
    await page.locator('#entity-view .mention').first().waitFor();
    expect(await page.locator('#entity-view h2').textContent()).toContain('Lena Ortiz');
    const mentions = (await store.listMentions({ entity: ortiz.id })).map((m) => ({ ...m, text: textOf(m.article).slice(m.start, m.end) }));
    expect(mentions.length).toBeGreaterThan(1);
    expect(await page.locator('#entity-view .mention .source').allTextContents()).toEqual(mentions.map((m) => `${m.article}:${m.start}–${m.end}`));
    expect(await page.locator('#entity-view .mention-text').allTextContents()).toEqual(mentions.map((m) => `“${m.text}”`));
    for (const [i, m] of mentions.entries()) {
      await page.locator(`#entity-view .mention .source >> nth=${i}`).click();
      const mark = page.locator(`#reader[data-article="${m.article}"] mark.evidence[title="${m.article}:${m.start}–${m.end}"]`);
      await mark.waitFor();
      expect(await mark.textContent()).toBe(m.text);
    }
    // The timeline follows the entity; "show all" closes the entity view.
    expect(await page.locator('#timeline .event').count()).toBeLessThan(4);
    await page.locator('#timeline-filter .source').click();
    await page.locator('#timeline-filter .source').waitFor({ state: 'detached' });
    expect(await page.locator('#entity-view').isHidden()).toBe(true);
    expect(await page.locator('#timeline .event').count()).toBe(4);
  });

  it('searches and opens a hit at the match', async () => {
    await page.fill('#search-input', 'banner');
    await page.press('#search-input', 'Enter');
    await page.locator('#search-results .source').first().waitFor();
    const opened = await openSource('#search-results .source');
    expect(opened.article).toBe(articleB.id);
    expect(opened.mark?.toLowerCase()).toBe('banner');
  });

  it('loads nothing from elsewhere and logs no errors', () => {
    expect(problems).toEqual([]);
  });
});
