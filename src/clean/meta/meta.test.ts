import { describe, expect, it } from 'vitest';
import { dateFromUrl, normaliseDate } from './dates.ts';
import { parseDateLine } from './dateline.ts';
import { detectLanguage } from './language.ts';
import { bylineAuthors, isPersonName } from './people.ts';
import { outletFromLines } from './outlet-text.ts';

describe('language of one paragraph', () => {
  const cases: [string, string][] = [
    ['en', 'Russian President Vladimir Putin began a two-day visit to North Korea on Tuesday, his first trip to the country in 24 years, and was met at the airport by Kim Jong Un.'],
    ['ru', 'Президент России Владимир Путин во вторник начал двухдневный визит в Северную Корею, первый за 24 года, и был встречен в аэропорту Ким Чен Ыном.'],
    ['ko', '블라디미르 푸틴 러시아 대통령이 화요일 이틀 일정으로 북한 방문을 시작했으며, 공항에서 김정은 국무위원장의 영접을 받았다.'],
    ['es', 'El presidente ruso, Vladímir Putin, comenzó el martes una visita de dos días a Corea del Norte, la primera en 24 años, y fue recibido en el aeropuerto por Kim Jong Un.'],
    ['fr', 'Le président russe Vladimir Poutine a entamé mardi une visite de deux jours en Corée du Nord, la première depuis 24 ans, et a été accueilli à l’aéroport par Kim Jong Un.'],
    ['de', 'Der russische Präsident Wladimir Putin hat am Dienstag einen zweitägigen Besuch in Nordkorea begonnen, den ersten seit 24 Jahren, und wurde am Flughafen von Kim Jong Un empfangen.'],
  ];
  for (const [lang, text] of cases) it(`tells ${lang}`, () => expect(detectLanguage(text)?.lang).toBe(lang));
  it('says nothing about text without letters', () => expect(detectLanguage('12 34 56 — 78')).toBeNull());
});

describe('dates from metadata', () => {
  it('normalises to ISO at the precision given, keeping the publisher’s calendar date', () => {
    expect(normaliseDate('2024-06-18T23:30:00-05:00')).toEqual({ date: '2024-06-18', time: '2024-06-18T23:30:00-05:00' });
    expect(normaliseDate('2024-06')).toEqual({ date: '2024-06', time: null });
    expect(normaliseDate('Tue, 18 Jun 2024 10:00:00 GMT')).toEqual({ date: '2024-06-18', time: '2024-06-18T10:00:00Z' });
    expect(normaliseDate('June 18, 2024')?.date).toBe('2024-06-18');
    expect(normaliseDate('18 июня 2024 г.')?.date).toBe('2024-06-18');
    expect(normaliseDate('18 de junio de 2024')?.date).toBe('2024-06-18');
    expect(normaliseDate('2024-02-30')).toBeNull();
    expect(normaliseDate('not a date')).toBeNull();
  });
  it('reads dates from URL paths only', () => {
    expect(dateFromUrl('https://x.test/news/2024/06/18/putin-visit')?.date).toBe('2024-06-18');
    expect(dateFromUrl('https://x.test/2023/03/story.html')?.date).toBe('2023-03');
    expect(dateFromUrl('https://x.test/story-20240618.html')?.date).toBe('2024-06-18');
    expect(dateFromUrl('https://x.test/story?date=2024-06-18')).toBeNull();
    expect(dateFromUrl('https://x.test/article/123456')).toBeNull();
  });
  it('recognises a date line and nothing longer', () => {
    expect(parseDateLine('Posted June 3, 2021')).toEqual({ date: '2021-06-03', time: null, kind: 'published' });
    expect(parseDateLine('Updated: 19 November 2019, 09:01 AM')?.kind).toBe('modified');
    expect(parseDateLine('The mill opened on June 3, 2021 to visitors from the valley')).toBeNull();
  });
});

describe('people and outlets', () => {
  it('reads authors from bylines, never outlets or labels', () => {
    expect(bylineAuthors('By Stefan J. Bos, Chief International Correspondent Worthy News')).toEqual(['Stefan J. Bos']);
    expect(bylineAuthors('By Ann Lee and Bo Park | Reuters')).toEqual(['Ann Lee', 'Bo Park']);
    expect(isPersonName('Rachel Hagan')).toBe(true);
    expect(isPersonName('Daily Mirror')).toBe(false);
    expect(isPersonName('World News')).toBe(false);
    expect(isPersonName('Start reading')).toBe(false);
  });
  it('finds the outlet named in copyright, dateline and follow-up lines', () => {
    expect(outletFromLines(['WASHINGTON (Harbor Post) – The bill passed.', 'Copyright 2024 Harbor Post.'], [])?.name).toBe('Harbor Post');
    expect(outletFromLines(['For more, keep checking back at The Daily Lamp Online', 'Visit dailylamp.com today'], [])?.name).toBe('The Daily Lamp');
    expect(outletFromLines(['Just an ordinary sentence about Paris.'], [])).toBeNull();
  });
});
