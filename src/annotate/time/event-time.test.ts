import { describe, expect, it } from 'vitest';
import { withLayers } from '../../core/doc.ts';
import type { TimeExpression } from '../../core/layers.ts';
import { eventTime } from './event-time.ts';
import { textDoc } from './test-doc.ts';

function span(text: string, needle: string): { start: number; end: number } {
  const start = text.indexOf(needle);
  if (start < 0) throw new Error(`no ${needle}`);
  return { start, end: start + needle.length };
}

describe('eventTime', () => {
  const text = 'In January Kim sent delegates to Moscow following the leader’s own trip there in September last year.';
  const timexes: TimeExpression[] = [
    { ...span(text, 'January'), type: 'DATE', value: '2024-01', anchor: 'publication', precision: 'month' },
    { ...span(text, 'September last year'), type: 'DATE', value: '2023-09', anchor: 'publication', precision: 'month' },
  ];
  const doc = withLayers(textDoc(text, '2024-06-20'), { timexes });
  const sentence = { start: 0, end: text.length };

  it('gives the main verb the fronted adverbial, not the nearer subordinate date', () => {
    const t = eventTime(doc, span(text, 'sent'), sentence);
    expect(t.value).toBe('2024-01');
    expect(t.precision).toBe('month');
    expect(t.basis).toBe('relative');
    expect(t.timex).toEqual(span(text, 'January'));
  });

  it('gives the subordinate predicate its own date', () => {
    const t = eventTime(doc, span(text, 'trip'), sentence);
    expect(t.value).toBe('2023-09');
  });

  it('keeps an unresolved date relative and invents nothing', () => {
    const t2 = 'A letter was published on Tuesday.';
    const d = withLayers(textDoc(t2, null), {
      timexes: [{ ...span(t2, 'Tuesday'), type: 'DATE', value: 'XXXX-XX-XX', anchor: 'publication', relative: 'the Tuesday before publication', precision: 'day' }],
    });
    const t = eventTime(d, span(t2, 'published'), { start: 0, end: t2.length });
    expect(t.value).toBeNull();
    expect(t.basis).toBe('relative');
    expect(t.relative).toBe('the Tuesday before publication');
  });

  it('reports unknown when nothing dates the event', () => {
    const t3 = 'Kim met Putin.';
    const t = eventTime(withLayers(textDoc(t3, '2024-06-20'), { timexes: [] }), span(t3, 'met'), { start: 0, end: t3.length });
    expect(t.basis).toBe('unknown');
    expect(t.value).toBeNull();
  });

  it('lets a time in a run of introductory adverbial phrases govern the main clause', () => {
    const t4 = 'As recent as this week, on Wednesday, at an emergency meeting of the Council, Russia and China defended the launches.';
    const d = withLayers(textDoc(t4, '2022-10-07'), {
      timexes: [
        { ...span(t4, 'this week'), type: 'DATE', value: '2022-W40', anchor: 'publication', precision: 'range' },
        { ...span(t4, 'Wednesday'), type: 'DATE', value: '2022-10-05', anchor: 'publication', precision: 'day' },
      ],
    });
    expect(eventTime(d, span(t4, 'defended'), { start: 0, end: t4.length }).value).toBe('2022-10-05');
    const t5 = 'After the summit in September, Russia defended the launches.';
    const d5 = withLayers(textDoc(t5, '2022-10-07'), {
      timexes: [{ ...span(t5, 'September'), type: 'DATE', value: '2022-09', anchor: 'publication', precision: 'month' }],
    });
    expect(eventTime(d5, span(t5, 'defended'), { start: 0, end: t5.length }).value).toBeNull();
  });

  it('dates a relative clause on a time expression by it, and a trailing adverbial across an appositive', () => {
    const a = 'The relationship dates back to the late 1940s during which the Soviet Union helped its government.';
    const da = withLayers(textDoc(a, '2024-06-20'), { timexes: [{ ...span(a, 'the late 1940s'), type: 'DATE', value: '194', anchor: 'absolute', precision: 'decade' }] });
    expect(eventTime(da, span(a, 'helped'), { start: 0, end: a.length }).value).toBe('194');
    const b = 'Russia is splitting the Council for the first time since it started punishing Pyongyang, the capital, in 2006.';
    const db = withLayers(textDoc(b, '2024-06-20'), { timexes: [{ ...span(b, '2006'), type: 'DATE', value: '2006', anchor: 'absolute', precision: 'year' }] });
    expect(eventTime(db, span(b, 'punishing'), { start: 0, end: b.length }).value).toBe('2006');
    expect(eventTime(db, span(b, 'splitting'), { start: 0, end: b.length }).value).not.toBe('2006');
    const c = 'It started punishing Pyongyang, a city that has grown quickly over decades, in 2006.';
    const dc = withLayers(textDoc(c, '2024-06-20'), { timexes: [{ ...span(c, '2006'), type: 'DATE', value: '2006', anchor: 'absolute', precision: 'year' }] });
    expect(eventTime(dc, span(c, 'grown'), { start: 0, end: c.length }).value).toBe('2006'); // the nearest predicate takes it
  });
});

describe('eventTime with a time of day that names no day', () => {
  const text = 'The minister arrived around noon for a ceremony in the main square.';
  const noon = { ...span(text, 'noon'), type: 'TIME' as const, value: '2031-03-14T12:00', anchor: 'publication' as const, relative: 'the publication day', precision: 'time' as const };

  it('leaves the day open instead of taking the publication day', () => {
    const t = eventTime(withLayers(textDoc(text, '2031-03-14'), { timexes: [noon] }), span(text, 'arrived'), { start: 0, end: text.length });
    expect(t.value).toBeNull();
    expect(t.basis).toBe('relative');
    expect(t.timex).toEqual(span(text, 'noon'));
    expect(t.relative).toBe('noon, on a day the text does not give');
  });

  it('still dates by a time of day that names its day', () => {
    const t2 = 'The minister arrived this morning for a ceremony.';
    const morning = { ...span(t2, 'this morning'), type: 'TIME' as const, value: '2031-03-14TMO', anchor: 'publication' as const, relative: 'the publication day', precision: 'time' as const };
    const t = eventTime(withLayers(textDoc(t2, '2031-03-14'), { timexes: [morning] }), span(t2, 'arrived'), { start: 0, end: t2.length });
    expect(t.value).toBe('2031-03-14TMO'); // the time of day is kept
    expect(t.precision).toBe('time');
  });
});

describe('eventTime with a time of day and the day named just after', () => {
  it('takes the day the next sentence names', () => {
    const text = 'The minister landed at around 03:00 local time. During their schedule on Wednesday, they met.';
    const timexes: TimeExpression[] = [
      { ...span(text, 'around 03:00 local time'), type: 'TIME', value: '2031-03-14T03:00', anchor: 'publication', relative: 'the publication day', precision: 'time' },
      { ...span(text, 'Wednesday'), type: 'DATE', value: '2031-03-12', anchor: 'publication', relative: 'the Wednesday on or before publication', precision: 'day' },
    ];
    const sentences = [{ start: 0, end: text.indexOf('During') - 1 }, { start: text.indexOf('During'), end: text.length }];
    const doc = withLayers(textDoc(text, '2031-03-14'), { timexes, sentences });
    const t = eventTime(doc, span(text, 'landed'), sentences[0]);
    expect(t.value).toBe('2031-03-12');
    expect(t.timex).toEqual(span(text, 'Wednesday'));
  });
});

describe('eventTime for a noun in the object of the clause verb', () => {
  const text = 'On Friday, at a closed session of the assembly, the two delegations criticised the island’s naval drills.';
  const friday = { ...span(text, 'Friday'), type: 'DATE' as const, value: '2031-03-14', anchor: 'publication' as const, precision: 'day' as const };
  const doc = withLayers(textDoc(text, '2031-03-15'), { timexes: [friday] });
  const sentence = { start: 0, end: text.length };

  it('gives the introductory time to the verb and to a noun in the run, not to the object noun', () => {
    expect(eventTime(doc, span(text, 'criticised'), sentence).value).toBe('2031-03-14');
    expect(eventTime(doc, span(text, 'session'), sentence).value).toBe('2031-03-14');
    expect(eventTime(doc, span(text, 'drills'), sentence).value).toBeNull();
  });

  it('keeps it for a light verb’s object and for a subject noun', () => {
    const t2 = 'On Friday, the minister paid his first visit to the island.';
    const d2 = withLayers(textDoc(t2, '2031-03-15'), { timexes: [{ ...friday, ...span(t2, 'Friday') }] });
    expect(eventTime(d2, span(t2, 'visit'), { start: 0, end: t2.length }).value).toBe('2031-03-14');
    const t3 = 'On Friday, the island’s naval drills ended early.';
    const d3 = withLayers(textDoc(t3, '2031-03-15'), { timexes: [{ ...friday, ...span(t3, 'Friday') }] });
    expect(eventTime(d3, span(t3, 'drills'), { start: 0, end: t3.length }).value).toBe('2031-03-14');
  });
});

describe('eventTime through a run of times of day', () => {
  it('reaches the day named after a sentence that also tells the time of day', () => {
    const text = 'The minister landed in the middle of the night. Officials met him at around 03:00. On Wednesday, they talked.';
    const timexes: TimeExpression[] = [
      { ...span(text, 'the middle of the night'), type: 'TIME', value: '2031-03-14TNI', anchor: 'publication', relative: 'the publication day', precision: 'time' },
      { ...span(text, 'around 03:00'), type: 'TIME', value: '2031-03-14T03:00', anchor: 'publication', relative: 'the publication day', precision: 'time' },
      { ...span(text, 'Wednesday'), type: 'DATE', value: '2031-03-12', anchor: 'publication', relative: 'the Wednesday on or before publication', precision: 'day' },
    ];
    const at = (needle: string) => text.indexOf(needle);
    const sentences = [{ start: 0, end: at(' Officials') }, { start: at('Officials'), end: at(' On Wednesday') }, { start: at('On Wednesday'), end: text.length }];
    const doc = withLayers(textDoc(text, '2031-03-14'), { timexes, sentences });
    expect(eventTime(doc, span(text, 'landed'), sentences[0]).value).toBe('2031-03-12');
    const broken = withLayers(doc, { timexes: [timexes[0], timexes[2]] }); // no time of day in between: too far
    expect(eventTime(broken, span(text, 'landed'), sentences[0]).value).toBeNull();
  });
});

describe('eventTime for current news', () => {
  it('dates a present-tense report by the publication, not a condition', () => {
    const text = 'The island has joined the pact, which means that if one is attacked, the other will help.';
    const doc = withLayers(textDoc(text, '2031-03-14'), { timexes: [] });
    const whole = { start: 0, end: text.length };
    expect(eventTime(doc, span(text, 'joined'), whole)).toMatchObject({ value: '2031-03-14', basis: 'publication' });
    expect(eventTime(doc, span(text, 'attacked'), whole)).toMatchObject({ value: null, basis: 'unknown' });
  });
});

describe('eventTime with a time of day and a present or future predicate', () => {
  it('takes the publication day: "is due to vote at 5 p.m."', () => {
    const text = 'The assembly is due to vote at 5 p.m.';
    const five = { ...span(text, '5 p.m.'), type: 'TIME' as const, value: '2031-03-14T17:00', anchor: 'publication' as const, relative: 'the publication day', precision: 'time' as const };
    const doc = withLayers(textDoc(text, '2031-03-14'), { timexes: [five] });
    expect(eventTime(doc, span(text, 'vote'), { start: 0, end: text.length }).value).toBe('2031-03-14T17:00');
    const past = 'The assembly voted at 5 p.m.';
    const d2 = withLayers(textDoc(past, '2031-03-14'), { timexes: [{ ...five, ...span(past, '5 p.m.') }] });
    expect(eventTime(d2, span(past, 'voted'), { start: 0, end: past.length }).value).toBeNull();
  });
});

describe('eventTime for a noun with a participle clause on it', () => {
  const dated = (text: string, trigger: string) => {
    const year = { ...span(text, '1990'), type: 'DATE' as const, value: '1990', anchor: 'absolute' as const, precision: 'year' as const };
    const doc = withLayers(textDoc(text, '2031-03-14'), { timexes: [year] });
    return eventTime(doc, span(text, trigger), { start: 0, end: text.length }).value;
  };

  it('takes the year of ", signed in 1990," whether or not commas set it off', () => {
    expect(dated('The treaty signed in Estavia in 1990 ended the conflict.', 'treaty')).toBe('1990');
    expect(dated('The treaty, signed in Estavia in 1990, ended the conflict.', 'treaty')).toBe('1990');
    expect(dated('Norland honoured the pact with Estavia, quietly ratified in 1990.', 'pact')).toBe('1990');
    expect(dated('The summit, held at the lakeside in 1990, was brief.', 'summit')).toBe('1990');
  });

  it('leaves a clause that is no participle, or one after a verb’s object, to its own predicate', () => {
    expect(dated('The treaty, Norland said in 1990, was void.', 'treaty')).toBeNull();
    expect(dated('Norland attacked the border post, abandoned in 1990.', 'attacked')).toBeNull();
  });
});

describe('a date premodifying a noun', () => {
  const text = 'Berg criticised the 2019 ceasefire on Monday, and protests erupted during the 2021 election.';
  const timexes: TimeExpression[] = [
    { ...span(text, '2019'), type: 'DATE', value: '2019', anchor: 'absolute', precision: 'year' },
    { ...span(text, 'Monday'), type: 'DATE', value: '2031-03-10', anchor: 'publication', precision: 'day' },
    { ...span(text, '2021'), type: 'DATE', value: '2021', anchor: 'absolute', precision: 'year' },
  ];
  const doc = withLayers(textDoc(text, '2031-03-12'), { timexes });
  const sentence = { start: 0, end: text.length };

  it('dates that noun, not the verb whose object it is', () => {
    expect(eventTime(doc, span(text, 'ceasefire'), sentence).value).toBe('2019');
    expect(eventTime(doc, span(text, 'criticised'), sentence).value).toBe('2031-03-10');
  });

  it('still dates what happens during it', () => {
    expect(eventTime(doc, span(text, 'erupted'), sentence).value).toBe('2021');
  });
});

describe('a comma inside a date', () => {
  it('does not cut the date from the clause it dates', () => {
    const text = 'Ostrova met Marek in Port Selin on March 21, 2023.';
    const timexes: TimeExpression[] = [{ ...span(text, 'March 21, 2023'), type: 'DATE', value: '2023-03-21', anchor: 'absolute', precision: 'day' }];
    const doc = withLayers(textDoc(text, '2031-03-12'), { timexes });
    expect(eventTime(doc, span(text, 'met'), { start: 0, end: text.length }).value).toBe('2023-03-21');
  });
});
