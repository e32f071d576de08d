import { describe, expect, it } from 'vitest';
import type { ResolvedEventMention } from '../core/corpus.ts';
import type { EventTime } from '../core/layers.ts';
import { inheritDuring, placedDuring } from './during.ts';
import { mention, time } from './test-mentions.ts';

/** Invented sentences of one article, laid end to end; each event's trigger is the word given. */
function article(parts: readonly { text: string; trigger: string; type?: ResolvedEventMention['type']; mode?: string; time?: EventTime }[]): ResolvedEventMention[] {
  let at = 0;
  return parts.map((p) => {
    const start = at;
    at += p.text.length + 1;
    const t = start + p.text.indexOf(p.trigger);
    return mention({
      article: 'x',
      type: p.type ?? 'CONSULT',
      mode: p.mode ?? 'visit',
      time: p.time ?? time(null),
      evidence: { article: 'x', start, end: start + p.text.length, text: p.text },
      trigger: { start: t, end: t + p.trigger.length },
    });
  });
}

const dayOf = (value: string, relative?: string): EventTime => ({ value, precision: 'day', basis: 'relative', timex: null, ...(relative ? { relative } : {}) });

describe('events placed during an occasion', () => {
  it('a fronted "During that visit," places the main clause’s predicate, not a state mentioned in a complement', () => {
    const ms = article([
      { text: 'On Monday, the foreign minister of Norland met the envoy of Southia.', trigger: 'met', mode: 'meet', time: dayOf('2031-05-12') },
      { text: 'During their meeting, the envoy said that Southia backs Norland in the border war.', trigger: 'war', type: 'ASSAULT', mode: 'war' },
      { text: 'During their meeting, the two ministers signed a fisheries treaty.', trigger: 'signed', type: 'AGREE', mode: 'sign-agreement' },
    ]);
    const [, war, treaty] = inheritDuring(ms);
    expect(war.time.value).toBeNull();
    expect(treaty.time).toMatchObject({ value: '2031-05-12', precision: 'day', relative: 'during the meeting: 2031-05-12' });
  });

  it('a war is never placed in an occasion, even in the main clause', () => {
    const [m] = article([{ text: 'During the visit, the war in the valley went on.', trigger: 'war', type: 'ASSAULT', mode: 'war' }]);
    expect(placedDuring(m)).toBeNull();
  });

  it('takes the occasion’s day, not its clock time', () => {
    const noon: EventTime = { value: '2031-05-12', precision: 'day', basis: 'relative', timex: null, relative: 'around noon, on the day other sources give the visit: 2031-05-12 (art_a)' };
    const ms = article([
      { text: 'The queen arrived around noon for a parade.', trigger: 'arrived', time: noon },
      { text: 'The two monarchs traded medals during the visit.', trigger: 'traded medals', type: 'COOPERATE', mode: 'exchange-gifts' },
    ]);
    ms[0] = { ...ms[0], time: { ...noon, timex: { start: ms[0].evidence.start + 18, end: ms[0].evidence.start + 29 } } };
    const [, medals] = inheritDuring(ms);
    expect(medals.time).toMatchObject({ value: '2031-05-12', precision: 'day', timex: null, relative: 'during the visit: on the day other sources give the visit: 2031-05-12 (art_a)' });
    const open: EventTime = { value: null, precision: 'time', basis: 'relative', timex: ms[0].time.timex, relative: 'around noon, on a day the text does not give' };
    const [, undated] = inheritDuring([{ ...ms[0], time: open }, ms[1]]);
    expect(undated.time).toMatchObject({ value: null, precision: null, relative: 'during the visit: on a day the text does not give' });
  });

  it('links a possessive-named occasion to the visit mention named in place', () => {
    const text = 'The treaty signed during the King’s first visit to Southia ends a long dispute.';
    const [treaty] = article([{ text, trigger: 'signed', type: 'AGREE', mode: 'sign-agreement' }]);
    const at = treaty.evidence.start + text.indexOf('visit');
    const visit = mention({ article: 'x', mode: 'visit', time: dayOf('2031-06-02'), evidence: treaty.evidence, trigger: { start: at, end: at + 5 } });
    const earlier = article([{ text: 'The King visited Eastmark in 2029.', trigger: 'visited', time: time('2029', 'explicit') }])[0];
    const named = { ...treaty, evidence: { ...treaty.evidence, text: text.replace('the King’s', 'King Olaf’s') } };
    expect(inheritDuring([earlier, visit, named])[2].time.value).toBe('2031-06-02');
    expect(placedDuring(named)).toMatchObject({ noun: 'visit' });
  });

  it('does not place a predicate separated from a trailing phrase by a comma or a clause', () => {
    const [a, b] = article([
      { text: 'Protesters marched, and ministers talked during the summit.', trigger: 'marched', type: 'PROTEST', mode: 'demonstrate' },
      { text: 'Officials said that ministers met privately during the summit.', trigger: 'said', type: 'SUPPORT', mode: 'endorse' },
    ]);
    expect(placedDuring(a)).toBeNull();
    expect(placedDuring(b)).toBeNull();
  });
});
