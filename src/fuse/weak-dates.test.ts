import { describe, expect, it } from 'vitest';
import { inheritDuring, inheritSentenceTime } from './during.ts';
import { fuseEvents } from './merge.ts';
import { KIM, NK, PUTIN, mention, time } from './test-mentions.ts';

/** Coreference on weak date evidence: coarse (year) dates, countries for their leaders, "during that visit". */
const RUSSIA = 'ent_russia';
const VIETNAM = 'ent_vietnam';
const inferred2024 = { published: '2024' };
const geo = { [NK]: 'PRK', [RUSSIA]: 'RUS', [VIETNAM]: 'VNM' };
const roles = { [PUTIN]: 'RUS', [KIM]: 'PRK' };

describe('a shared year', () => {
  it('does not make one visit of "Putin arrived" and "Putin will visit Vietnam" from two articles', () => {
    const arrived = mention({ article: 'a', ...inferred2024, targets: [], time: time('2024', 'relative'), text: 'Putin arrived around noon.', affiliation: roles });
    const vietnam = mention({ article: 'b', ...inferred2024, targets: [VIETNAM], time: time(null), text: 'Putin will visit Vietnam.', geo, affiliation: roles });
    expect(fuseEvents([arrived, vietnam], []).events).toHaveLength(2);
  });

  it('does join mentions that share two participants: "last year … visit to Pyongyang" and "first visit to Pyongyang"', () => {
    const lastYear = mention({ article: 'a', published: '2025', time: time('2024', 'relative'), text: 'Last year, Putin made a rare visit to Pyongyang.', geo, affiliation: roles });
    const report = mention({ article: 'b', ...inferred2024, time: time(null), text: 'Putin began visiting North Korea.', geo, affiliation: roles });
    expect(fuseEvents([lastYear, report], []).events).toHaveLength(1);
  });
});

describe('countries and their leaders', () => {
  it('"Russia and North Korea signed a pact" is "Putin and Kim signed an agreement"; Putin and Kim are not Shoigu and Kim', () => {
    const agree = { type: 'AGREE' as const, mode: 'sign-agreement', published: '2024-06-20', geo, affiliation: { ...roles, ent_shoigu: 'RUS' } };
    const countries = mention({ article: 'a', ...agree, actors: [RUSSIA, NK], targets: [], published: '2025-06-05', time: time('2024', 'relative'), text: 'During that visit, the two countries signed a mutual defense pact.' });
    const leaders = mention({ article: 'b', ...agree, actors: [PUTIN, KIM], targets: [], time: time(null), text: 'Putin and Kim signed a partnership agreement.' });
    const other = mention({ article: 'c', ...agree, actors: ['ent_shoigu', KIM], targets: [], time: time(null), text: 'Shoigu and Kim signed a protocol.' });
    expect(fuseEvents([countries, leaders], []).events).toHaveLength(1);
    // Two pairs of people are compared as people, whatever countries they stand for.
    expect(fuseEvents([leaders, other], []).events).toHaveLength(2);
  });
});

describe('during that visit', () => {
  it('dates an undated event by the nearest earlier dated visit of the article', () => {
    const visit = mention({ article: 'a', time: time('2024', 'relative'), text: 'Last year, Putin made a rare visit to Pyongyang.' });
    const pact = mention({ article: 'a', type: 'AGREE', mode: 'sign-agreement', time: time(null), text: 'During that visit, the two countries signed a pact.' });
    const signed = visit.evidence.start + 100 + pact.evidence.text.indexOf('signed');
    const plain = mention({ article: 'a', type: 'AGREE', mode: 'sign-agreement', time: time(null), text: 'The two countries signed a pact.' });
    const [, dated, undated] = inheritDuring([visit, { ...pact, evidence: { ...pact.evidence, start: visit.evidence.start + 100 }, trigger: { start: signed, end: signed + 6 } }, plain]);
    expect(dated.time.value).toBe('2024');
    expect(undated.time.value).toBeNull();
  });
});

describe('a sentence with one governing time', () => {
  const sept = { value: '2023-09', precision: 'month' as const, basis: 'relative' as const, timex: { start: 0, end: 12 } };
  const sentence = (text: string, timexStart = 0) => {
    const at = { evidence: { article: 'a', start: 0, end: text.length, text } };
    const vow = mention({ article: 'a', type: 'AGREE', mode: 'pledge', ...at, time: { ...sept, timex: { start: timexStart, end: timexStart + 12 } } });
    const summit = mention({ article: 'a', mode: 'meet', ...at, evidence: { ...at.evidence }, time: time(null) });
    return inheritSentenceTime([vow, summit])[1].time.value;
  };

  it('dates the sentence’s undated events when it opens the sentence', () => {
    expect(sentence('In September, Putin and Kim vowed to fight after a summit in Russia.')).toBe('2023-09');
  });

  it('does not when the time is inside the sentence or the sentence shifts time', () => {
    const text = 'During their schedule on Wednesday, the leaders were to focus on Moscow’s request two years after it launched an invasion.';
    expect(sentence(text, text.indexOf('on Wednesday'))).toBeNull();
    expect(sentence('In September, they met, two years after the invasion began.')).toBeNull();
  });
});
