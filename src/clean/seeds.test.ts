import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, RawDocument } from '../core/article.ts';
import { sha256 } from '../core/ids.ts';
import { clean } from './index.ts';

const SEEDS = join(import.meta.dirname, '../../examples/seeds');

function seed(prefix: string): Article {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing`);
  const body = readFileSync(join(SEEDS, file), 'utf8');
  const raw: RawDocument = { source: file, format: 'text', body, encoding: 'utf-8', hints: {}, contentHash: sha256(body) };
  const r = clean(raw);
  if (r.kind !== 'article') throw new Error(`seed ${prefix} rejected: ${JSON.stringify(r.diagnostics)}`);
  return r.article;
}

interface Expectation {
  readonly keep: readonly string[];
  readonly drop: readonly string[];
  readonly title: string | null;
  readonly authors: readonly string[];
  readonly outlet: string | null;
}

const EXPECT: Record<string, Expectation> = {
  '000': {
    // Captions keep their statement (the only mention of the 2002 meeting is one); the credit run into them goes.
    keep: ['\n\nPutin shakes hands with North Korean leader Kim Jong Il in 2002 on his last visit to the rogue state\n\n', '\n\nPutin is heading to North Korea for a two-day summit\n\n', 'VLADIMIR Putin has started his journey', 'has thanked Pyongyang for their support', 'The pair are expected to reinforce', 'US pressure, blackmail and military threats', 'used Russia’s invasion of Ukraine as a distraction to ramp up his weapons tests and military demonstrations.'],
    drop: ['[/caption]', 'Sky News', 'AFP', 'More to follow', 'go-to destination', 'Like us on Facebook', 'Visited 1 times', 'Leave a Reply', 'Your email address', 'Putin jets in for North Korea visit'],
    title: 'Putin jets in for North Korea visit for first time 24 YEARS as he prepares for ‘new world order’ talks with Kim Jong-un',
    authors: [],
    outlet: 'The Sun',
  },
  '001': {
    keep: ['Russia is looking for friends wherever it can find them.', 'according to Hotnews', 'unconditional support', 'He also said he believes Russia will win', 'That means if one is attacked, the other could step in to help.', 'get closer to a powerful partner.'],
    drop: ['Homepage', 'Wikimedia Commons', 'Others are reading now', 'Also read', 'Did you find the article interesting', 'Share the article'],
    title: 'Kim Jong Un Backs Putin’s War With “Unconditional Support”',
    authors: [],
    outlet: null,
  },
  '002': {
    keep: ['\n\nRussian President Vladimir Putin meets with North Korean leader Kim Jong Un at the Far Eastern Federal University campus\n\n', 'North Korean leader Kim Jong-un sent a message to congratulate', 'Such reality is unthinkable', 'strengthened recently like "never before."', 'wrote in a recent report for 38 North.', 'help rebuild those war-torn areas.'],
    drop: ['Get all your news in one place', 'premium titles', 'One app', 'Start reading', 'Daily Mirror', 'Rachel Hagan', '(NHK World Japan)', 'AFP/Getty Images', '(Getty Images)', 'Sign up to read this article', 'Already a member', 'Related Stories', 'Top stories on inkl', 'Our Picks', 'Fourteen days free', 'Download the app', 'trusted global sources'],
    title: 'North Korean leader Kim Jong-un sends message to Vladimir Putin on his 70th birthday',
    authors: ['Rachel Hagan'],
    outlet: 'Daily Mirror',
  },
  '003': {
    keep: ['PYONGYANG (Worthy News) – Eager to receive more military aid', 'Kim Jong Un was on the tarmac', '7,000 containers', 'exchanged their pent-up inmost thoughts', 'After North Korea, Putin will visit Vietnam, a long-time ally. Both countries were expected to discuss issues such as trade.'],
    drop: ['By Stefan J. Bos', 'Chief International Correspondent', 'Copyright 1999-2025', 'reproduced with permission', 'Latest News from Worthy News', 'Senate Republicans', 'Erika Kirk', 'Central Java', 'Pakistan', 'Emmanuel Macron', 'Hezbollah', 'Gideon’s Chariots'],
    title: null,
    authors: ['Stefan J. Bos'],
    outlet: 'Worthy News',
  },
  '004': {
    keep: ['In a huge geopolitical development', 'Putin arrived around noon', 'Thousands of North Koreans, waving Russian and North Korean flags', 'breakthrough document', 'Kumsusan State Guest House', 'the late 1940’s', 'Q.Why did Vladimir Putin visit North Korea?', 'Putin gave Kim an Aurus limousine and a tea set.'],
    drop: ['Also Read', 'Willie Mays', 'iPhone 16 leaks', 'Leave a Comment'],
    title: 'Kim Jong Un welcomes Putin in North Korea',
    authors: [],
    outlet: null,
  },
};

describe('clean on the seed articles (text mode)', () => {
  for (const [prefix, exp] of Object.entries(EXPECT)) {
    describe(`seed ${prefix}`, () => {
      const a = seed(prefix);
      it('keeps every article sentence', () => {
        for (const s of exp.keep) expect(a.text, s).toContain(s);
      });
      it('drops the page junk', () => {
        for (const s of exp.drop) expect(a.text, s).not.toContain(s);
      });
      it('extracts title, authors and outlet', () => {
        expect(a.title).toBe(exp.title);
        expect(a.authors).toEqual(exp.authors);
        expect(a.outlet).toBe(exp.outlet);
      });
      it('records each removal with a reason and rule', () => {
        expect(a.removed.length).toBeGreaterThan(0);
        for (const r of a.removed) expect(r.rule).toMatch(/^line:/);
      });
      it('separates paragraphs with a blank line and reads as English', () => {
        expect(a.text).not.toMatch(/\n{3}|^\s|\s$/);
        expect(a.text.split('\n\n').length).toBeGreaterThan(5);
        expect(a.language).toBe('en');
        expect(a.published).toEqual({ date: null, basis: 'unknown' });
      });
    });
  }

  it('keeps section subheadings as their own paragraphs', () => {
    expect(seed('003').text).toContain('\n\nNEEDED FOOD\n\n');
    expect(seed('004').text).toContain('\n\nA Historic Visit\n\n');
  });

  it('does not let the title into the text', () => {
    expect(seed('004').text.startsWith('Kim Jong Un welcomes Putin in North Korea:')).toBe(true);
    expect(seed('002').text).not.toContain('sends message to Vladimir Putin on his 70th birthday');
  });

  it('takes a date line above a scraped article as its publication date, out of the text', () => {
    const body = 'Harbour ferry strike ends after 11-day stand-off\n\nPublished 14 March 2023\n\nFerry crews at the harbour returned to work on Tuesday morning, ending an 11-day strike that had cut the island off from regular crossings.\n\nThe agreement gives the 140 crew members a pay rise of 6 per cent this year and a further 4 per cent next spring.';
    const r = clean({ source: 'x.txt', format: 'text', body, encoding: 'utf-8', hints: {}, contentHash: sha256(body) });
    expect(r.kind).toBe('article');
    if (r.kind !== 'article') return;
    expect(r.article.published).toMatchObject({ date: '2023-03-14', basis: 'metadata' });
    expect(r.article.metadataSources.published).toBe('dateline');
    expect(r.article.text).not.toContain('Published 14 March');
    const hinted = clean({ source: 'x.txt', format: 'text', body, encoding: 'utf-8', hints: { published: '2023-03-15', publishedSource: 'user' }, contentHash: sha256(body) });
    expect(hinted.kind === 'article' && hinted.article.published).toEqual({ date: '2023-03-15', basis: 'user', how: 'supplied by the user' });
  });

  it('reads a date from a web address but not from a file name', () => {
    const body = readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('001')) as string), 'utf8');
    const at = (source: string) => clean({ source, format: 'text', body, encoding: 'utf-8', hints: {}, contentHash: sha256(body) });
    const web = at('https://news.example/2025/04/02/kim-backs-putin');
    expect(web.kind === 'article' && web.article.published).toEqual({ date: '2025-04-02', basis: 'metadata', how: 'URL path of https://news.example/2025/04/02/kim-backs-putin' });
    const file = at('/data/scrapes/2025/04/02/kim.txt');
    expect(file.kind === 'article' && file.article.published).toEqual({ date: null, basis: 'unknown' });
  });

  it('gives the same id for the same content', () => {
    expect(seed('001').id).toBe(seed('001').id);
    expect(seed('001').id).toMatch(/^art_[0-9a-f]{16}$/);
  });
});
