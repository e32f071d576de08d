import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawDocument } from '../core/article.ts';
import type { Doc } from '../core/doc.ts';
import type { EventMention } from '../core/layers.ts';
import { sha256 } from '../core/ids.ts';
import { clean } from '../clean/index.ts';
import { defaultPipeline } from '../pipeline/components.ts';
import { annotateArticle } from '../pipeline/process.ts';
import { eventAttribution } from '../export/records.ts';
import { resolveEventMentions } from '../fuse/index.ts';
import { nameOf } from './summary.ts';

/** The seed articles through the real pipeline (clean → sentences → entities → time → quantities → quotes → events). */
const SEEDS = join(import.meta.dirname, '../../examples/seeds');
const pipeline = defaultPipeline();
function seed(prefix: string): Doc {
  const file = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`seed ${prefix} missing`);
  const body = readFileSync(join(SEEDS, file), 'utf8');
  const raw: RawDocument = { source: file, format: 'text', body, encoding: 'utf-8', hints: {}, contentHash: sha256(body) };
  const r = clean(raw);
  if (r.kind !== 'article') throw new Error(`seed ${prefix} rejected`);
  return annotateArticle(r.article, pipeline);
}

const docs = Object.fromEntries(['000', '001', '002', '003', '004'].map((p) => [p, seed(p)]));
const names = (d: Doc, keys: readonly string[]) => keys.map((k) => nameOf(d, k));
const trig = (d: Doc, e: EventMention) => d.text.slice(e.trigger.start, e.trigger.end);
function find(d: Doc, pred: (e: EventMention) => boolean): EventMention {
  const e = (d.layers.events ?? []).find(pred);
  if (!e) throw new Error(`no such event in ${d.article.source}`);
  return e;
}

describe('seed events, quotes and claims', () => {
  const d3 = docs['003'];
  it('attributes the accusation to Washington and Seoul and reports the supplying', () => {
    const accuse = find(d3, (e) => e.type === 'ACCUSE');
    expect(names(d3, accuse.actors)).toEqual(['Washington', 'Seoul']);
    expect(names(d3, accuse.targets)).toEqual(['North Korea']);
    const supply = find(d3, (e) => trig(d3, e) === 'supplying');
    expect(supply.type).toBe('AID');
    expect(supply.modality).toBe('reported');
    expect(['Washington', 'Seoul']).toContain(nameOf(d3, supply.attribution ?? ''));
  });
  it('keeps a denial a denial', () => {
    const deal = find(d3, (e) => e.mode === 'arms-deal');
    expect(deal.modality).toBe('denied');
    expect(names(d3, deal.actors)).toEqual(['Russia', 'North Korea']);
    const claim = (d3.layers.claims ?? []).find((c) => c.stance === 'denies');
    expect(claim && d3.text.slice(claim.content.start, claim.content.end)).toBe('an arms deal');
  });
  it('attributes the 7,000 containers to the defense minister', () => {
    const ship = find(d3, (e) => trig(d3, e) === 'shipped');
    expect(ship.modality).toBe('reported');
    expect(nameOf(d3, ship.attribution ?? '')).toMatch(/Shin Won-sik/);
    expect(ship.quantities.map((i) => d3.text.slice(d3.layers.quantities![i].start, d3.layers.quantities![i].end))).toContain('7,000 containers filled with munitions');
  });
  it('marks plans and conditions', () => {
    const vietnam = find(d3, (e) => e.mode === 'visit' && names(d3, e.targets).includes('Vietnam'));
    expect(vietnam.modality).toBe('planned');
    const attacked = find(docs['001'], (e) => trig(docs['001'], e) === 'attacked');
    expect(attacked.modality).toBe('hypothetical');
  });
  it('finds the main events of every article', () => {
    const d0 = docs['000'];
    expect(names(d0, find(d0, (e) => e.mode === 'send-delegation').targets)).toEqual(['Moscow']);
    expect(find(d0, (e) => e.mode === 'visit' && names(d0, e.targets).includes('North Korea')).modality).toBe('asserted');
    const d1 = docs['001'];
    const shoigu = find(d1, (e) => e.mode === 'meet' && trig(d1, e) === 'met');
    expect(names(d1, [...shoigu.actors, ...shoigu.targets]).join(' ')).toMatch(/Kim Jong Un.*Shoigu/);
    expect(find(d1, (e) => e.mode === 'sign-agreement').actors.length).toBe(2);
    const d2 = docs['002'];
    const message = find(d2, (e) => e.mode === 'send-message');
    expect(names(d2, message.targets).join()).toMatch(/Putin/);
    const summit = find(d2, (e) => e.mode === 'meet' && e.time.value === '2019');
    expect(nameOf(d2, summit.place ?? '')).toBe('Vladivostok');
    expect((d2.layers.events ?? []).filter((e) => e.mode === 'launch-missile').length).toBeGreaterThanOrEqual(2);
    const d4 = docs['004'];
    expect(names(d4, find(d4, (e) => e.mode === 'sign-agreement').actors).join(' ')).toMatch(/Putin.*Kim/);
  });
  it('resolves quote speakers', () => {
    const kim = (docs['001'].layers.quotes ?? []).find((q) => docs['001'].text.slice(q.start, q.end).startsWith('North Korea gives Russia'));
    expect(nameOf(docs['001'], kim?.speaker ?? '')).toMatch(/Kim/);
    const partial = (docs['004'].layers.quotes ?? []).find((q) => q.kind === 'partial' && docs['004'].text.slice(q.start, q.end).includes('breakthrough document'));
    expect(nameOf(docs['004'], partial?.speaker ?? '')).toMatch(/Putin/);
  });

  /** An event by its trigger text (and an optional further test), failing loudly when missing. */
  const at = (d: Doc, trigger: string, pred: (e: EventMention) => boolean = () => true) => find(d, (e) => trig(d, e) === trigger && pred(e));
  const quantity = (d: Doc, e: EventMention) => e.quantities.map((i) => d.text.slice(d.layers.quantities![i].start, d.layers.quantities![i].end));

  it('checklist 003: the visit, the welcome, the accusation as the accusers’ claim, the denial, the plans', () => {
    expect(names(d3, at(d3, 'visiting').actors)).toEqual(['Vladimir Putin']);
    const welcome = at(d3, 'welcome');
    expect([names(d3, welcome.actors), names(d3, welcome.targets), welcome.summary]).toEqual([['Vladimir Putin'], ['Kim Jong Un'], 'Kim Jong Un welcomes Vladimir Putin']);
    const accuse = at(d3, 'accused');
    expect([accuse.modality, accuse.summary]).toEqual(['asserted', 'Washington and Seoul accuse North Korea']);
    const supply = at(d3, 'supplying');
    expect([names(d3, supply.actors), names(d3, supply.targets)]).toEqual([['North Korea'], ['Russia']]);
    // "in exchange for food and military aid": the return flow, also only the accusers' claim
    const aid = at(d3, 'military aid', (e) => e.modality !== 'planned');
    expect([names(d3, aid.actors), names(d3, aid.targets), aid.modality]).toEqual([['Russia'], ['North Korea'], 'reported']);
    expect(at(d3, 'vowed').modality).toBe('asserted');
    const ties = at(d3, 'strengthen military ties');
    expect([names(d3, ties.actors), ties.modality]).toEqual([['Russia', 'North Korea'], 'planned']);
    expect(names(d3, at(d3, 'met').actors)).toEqual(['Vladimir Putin', 'Kim Jong Un']);
    const ship = at(d3, 'shipped');
    expect([names(d3, ship.actors), names(d3, ship.targets)]).toEqual([['North Korea'], ['Russia']]);
    // "Pyongyang gets … economic assistance from Moscow, according to South Korean officials"
    const assistance = at(d3, 'assistance');
    expect([names(d3, assistance.actors), names(d3, assistance.targets), assistance.modality]).toEqual([['Moscow'], ['Pyongyang'], 'reported']);
    expect(names(d3, at(d3, 'discussed').actors)).toEqual(['Vladimir Putin', 'Kim Jong Un']);
    expect(at(d3, 'discuss').modality).toBe('planned');
  });

  it('checklist 004: the partnership, the welcome, the gifts, no "back" from "dates back"', () => {
    const d4 = docs['004'];
    const deal = at(d4, 'made a new strategic partnership');
    expect([deal.type, names(d4, deal.actors), deal.modality]).toEqual(['AGREE', ['Vladimir Putin', 'Kim Jong Un'], 'asserted']);
    expect(at(d4, 'welcomes').summary).toBe('Kim Jong Un welcomes Vladimir Putin in North Korea');
    expect(at(d4, 'presented').summary).toBe('Vladimir Putin gives a gift to Kim Jong Un');
    const gifts = (d4.layers.events ?? []).filter((e) => e.mode === 'give-gift' && trig(d4, e) === 'gave').map((e) => e.summary);
    expect(gifts).toEqual(['Kim Jong Un gives a gift to Vladimir Putin', 'Vladimir Putin gives a gift to Kim Jong Un']);
    expect(names(d4, at(d4, 'exchanged gifts').actors).sort()).toEqual(['Kim Jong Un', 'Vladimir Putin']);
    expect(names(d4, at(d4, 'trips').actors)).toEqual(['Kim Jong Un']);
    expect(names(d4, at(d4, 'cooperation', (e) => e.actors.length > 2).actors)).toEqual(['United States', 'South Korea', 'Japan']);
    expect(at(d4, 'warning').modality).toBe('hypothetical');
    expect((d4.layers.events ?? []).some((e) => /^back$/i.test(trig(d4, e)))).toBe(false);
  });

  it('checklist 001: the Shoigu meeting as reported, weapons sent, troops reportedly sent, support attributed to Kim', () => {
    const d1 = docs['001'];
    const met = at(d1, 'met');
    expect([met.modality, nameOf(d1, met.attribution ?? '')]).toEqual(['reported', 'Hotnews']);
    const weapons = at(d1, 'sent');
    expect([weapons.type, names(d1, weapons.actors), weapons.modality]).toEqual(['AID', ['North Korea'], 'asserted']);
    const troops = at(d1, 'sent troops');
    expect([names(d1, troops.actors), names(d1, troops.targets), troops.modality]).toEqual([['North Korea'], ['Russia'], 'reported']);
    const support = at(d1, 'gives');
    expect([support.type, names(d1, support.actors), names(d1, support.targets), support.modality]).toEqual(['SUPPORT', ['North Korea'], ['Russia'], 'reported']);
    expect(nameOf(d1, support.attribution ?? '')).toMatch(/Kim/);
    expect(names(d1, at(d1, 'discussed').actors)).toEqual(['Kim Jong Un', 'Sergei Shoigu']);
    expect(at(d1, 'attacked').summary).toBe('one is attacked');
    expect((d1.layers.events ?? []).some((e) => e.type === 'PROTEST' || /^back$/i.test(trig(d1, e)))).toBe(false);
  });

  it('checklist 002: the message, the defence of the launches, the launches with their counts, the reported forty', () => {
    const d2 = docs['002'];
    const message = at(d2, 'sent a message');
    expect([names(d2, message.actors), names(d2, message.targets), message.modality]).toEqual([['Kim Jong Un'], ['Vladimir Putin'], 'reported']);
    expect(names(d2, at(d2, 'defended').actors)).toEqual(['Russia', 'China']);
    const two = at(d2, 'launched', (e) => e.modality === 'asserted');
    expect([names(d2, two.actors), two.targets, quantity(d2, two)[0]]).toEqual([['North Korea'], [], 'two short-range ballistic missiles']);
    const forty = at(d2, 'launched', (e) => e.modality === 'reported');
    expect(quantity(d2, forty)).toEqual(['about 40 missiles']);
    expect(['Seoul', 'Washington']).toContain(nameOf(d2, forty.attribution ?? ''));
    expect(names(d2, at(d2, 'cooperation').actors)).toEqual(['North Korea', 'Russia']);
    expect(quantity(d2, at(d2, 'employ'))).toEqual(['20,000 to 50,000 North Korean labours']);
    expect(names(d2, at(d2, 'meeting', (e) => e.targets.length > 0 && nameOf(d2, e.targets[0]) === 'Vladimir Putin').actors)).toEqual(['Kim Jong Un']);
    // "during the Cold War" is a name, not a war; "leaders in … Ukraine have discussed" is not Ukraine discussing
    expect((d2.layers.events ?? []).some((e) => e.mode === 'war' || names(d2, [...e.actors, ...e.targets]).includes('Artyom Lukin'))).toBe(false);
    expect((d2.layers.events ?? []).filter((e) => e.mode === 'discuss').flatMap((e) => names(d2, e.actors))).not.toContain('Ukraine');
  });

  it('checklist 000: the journey, the planned visit, the letter, the delegates, the vows', () => {
    const d0 = docs['000'];
    expect(at(d0, 'journey').summary).toBe('Vladimir Putin visits North Korea');
    const visiting = at(d0, 'visiting');
    expect([names(d0, visiting.actors), visiting.modality]).toEqual([['Vladimir Putin'], 'planned']);
    // "thanked Pyongyang for their support of his … war in Ukraine": Ukraine is the war's place, not the thanks'
    expect(at(d0, 'thanked', (e) => e.targets.length > 0).summary).toBe('Vladimir Putin thanks Pyongyang');
    expect(names(d0, at(d0, 'pledged').actors)).toEqual(['Vladimir Putin']);
    expect(at(d0, 'sent delegates').summary).toBe('Kim Jong-un sends delegates to Moscow');
    expect(at(d0, 'trip').summary).toBe('Kim Jong-un visits Moscow'); // "his own trip there"
    expect(at(d0, 'vowed').summary).toBe('Vladimir Putin and Kim Jong-un vow');
    expect(at(d0, 'fight').modality).toBe('planned');
    const reinforce = find(d0, (e) => e.mode === 'strengthen-ties');
    expect([names(d0, reinforce.actors), reinforce.modality]).toEqual([['Vladimir Putin', 'Kim Jong-un'], 'planned']);
    expect((d0.layers.events ?? []).some((e) => e.mode === 'regain-territory' || e.type === 'PROTEST')).toBe(false);
  });

  it('issue #6: the accusation is the accusers’ and the supplying only alleged, by both of them', () => {
    const accuse = at(d3, 'accused');
    expect([accuse.type, accuse.modality, names(d3, accuse.actors), names(d3, accuse.targets)]).toEqual(['ACCUSE', 'asserted', ['Washington', 'Seoul'], ['North Korea']]);
    for (const e of [at(d3, 'supplying'), at(d3, 'military aid', (x) => x.modality !== 'planned')]) {
      expect(e.modality).toBe('reported');
      expect(names(d3, e.attributions ?? [])).toEqual(['Washington', 'Seoul']);
      expect(e.attributions).toContain(e.attribution);
    }
    const supply = at(d3, 'supplying');
    expect([names(d3, supply.actors), names(d3, supply.targets), supply.summary]).toEqual([['North Korea'], ['Russia'], 'North Korea supplies weapons to Russia']);
  });

  it('issue #6: the arms deal is denied by both, in a summary that reads as the denial; the vow stands apart', () => {
    const deal = at(d3, 'arms deal');
    expect([deal.modality, names(d3, deal.actors), names(d3, deal.attributions ?? []), deal.summary]).toEqual([
      'denied',
      ['Russia', 'North Korea'],
      ['Russia', 'North Korea'],
      'Russia and North Korea deny an arms deal',
    ]);
    expect([at(d3, 'vowed').modality, at(d3, 'strengthen military ties').modality]).toEqual(['asserted', 'planned']);
    // one sentence, two events of one type: both keep their own corpus mention
    const ids = resolveEventMentions(d3, new Map()).filter((m) => m.evidence.start === deal.start && m.type === 'AGREE').map((m) => m.id);
    expect(new Set(ids).size).toBe(2);
    const aid = resolveEventMentions(d3, new Map()).filter((m) => m.type === 'AID' && m.evidence.start === at(d3, 'supplying').start);
    expect(aid.map((m) => m.summary).sort()).toEqual(['North Korea supplies weapons to Russia', 'Russia gives military aid to North Korea']);
    expect(aid.every((m) => m.attributions?.length === 2)).toBe(true);
    const local = (id: string) => id.split(':').pop() ?? id; // no corpus assignment: `local:<article>:<key>`
    expect(names(d3, eventAttribution({ mentions: aid }).map(local))).toEqual(['Washington', 'Seoul']); // what the CLI and exports print
  });

  it('issue #6: no stray cue makes an event reported, and no nationality is a source', () => {
    const d2 = docs['002'];
    const test = at(d2, 'nuclear test');
    expect([test.modality, names(d2, test.attributions ?? [])]).toEqual(['reported', ['Seoul', 'Washington']]);
    const invade = at(d2, 'invade'); // "President Putin ordered his troops to invade Ukraine": an order, not his report
    expect([invade.modality, invade.attribution]).toEqual(['asserted', null]);
    const d4 = docs['004'];
    const deeper = at(d4, 'cooperation', (e) => e.actors.length === 2); // ", assuring … along with deeper cooperation": the partners of the deal, not reported
    expect([deeper.modality, names(d4, deeper.actors)]).toEqual(['asserted', ['Vladimir Putin', 'Kim Jong Un']]);
    const d0 = docs['000'];
    expect(at(d0, 'cooperation').modality).toBe('asserted'); // "has agreed to further … cooperation"
    expect(at(d0, 'war', (e) => e.place !== null).attribution).toBeNull(); // "has thanked Pyongyang for their support of his … war"
    const assistance = at(d3, 'assistance'); // "according to South Korean officials": the officials, unnamed
    expect([assistance.modality, assistance.attribution]).toEqual(['reported', null]);
    for (const d of Object.values(docs))
      for (const e of d.layers.events ?? []) {
        const type = (k: string | null) => d.layers.entities?.find((x) => x.key === k)?.type;
        expect(type(e.attribution), e.summary).not.toBe('NORP');
      }
  });

  /** A quote by its text (exact), failing loudly when missing. */
  const quote = (d: Doc, text: string) => {
    const q = (d.layers.quotes ?? []).find((x) => d.text.slice(x.start, x.end).replace(/^["“]\s*|[,.]?["”]$/g, '') === text);
    if (!q) throw new Error(`no quote ${text} in ${d.article.source}`);
    return { kind: q.kind, speaker: q.speaker === null ? null : nameOf(d, q.speaker), source: q.source && d.text.slice(q.source.start, q.source.end) };
  };

  it('issue #6: every quotation of the seeds has its kind and speaker', () => {
    const [d0, d1, d2, d4] = [docs['000'], docs['001'], docs['002'], docs['004']];
    expect(quote(d1, 'unconditional support')).toMatchObject({ kind: 'partial', speaker: 'Kim Jong Un' });
    expect(quote(d1, 'all crucial international issues')).toMatchObject({ kind: 'partial', speaker: 'Kim Jong Un' });
    // the birthday letter: its words are Kim's, as Rodong Sinmun reports them
    expect(quote(d2, 'crushing the challenges and threats of the United States')).toMatchObject({ kind: 'partial', speaker: 'Kim Jong Un', source: 'the letter' });
    const letter = (d2.layers.quotes ?? []).filter((q) => q.kind === 'direct' && /birthday/i.test(q.source ? d2.text.slice(q.source.start, q.source.end) : ''));
    expect(letter.map((q) => [d2.text.slice(q.start, q.start + 14), nameOf(d2, q.speaker ?? '')])).toEqual([
      ['" Russia is re', 'Kim Jong Un'],
      ['"Such reality ', 'Kim Jong Un'],
    ]);
    expect(quote(d2, 'never before')).toMatchObject({ kind: 'partial', speaker: 'Kim Jong Un' });
    expect(quote(d4, 'the deal as a “breakthrough document')).toMatchObject({ kind: 'partial', speaker: 'Vladimir Putin' });
    expect((d4.layers.quotes ?? []).filter((q) => d4.text.slice(q.start, q.end).includes('breakthrough')).length).toBe(1); // not also "… to support each other"
    expect(quote(d4, 'the deal as a “Watershed Moment')).toMatchObject({ kind: 'partial', speaker: 'Kim Jong Un' });
    const lukin = (d2.layers.quotes ?? []).find((q) => d2.text.slice(q.start, q.end).includes('geopolitical reality'));
    expect([lukin?.kind, nameOf(d2, lukin?.speaker ?? '')]).toEqual(['direct', 'Artyom Lukin']);
    const shin = (d3.layers.quotes ?? []).find((q) => d3.text.slice(q.start, q.end).includes('7,000 containers'));
    expect(nameOf(d3, shin?.speaker ?? '')).toBe('Shin Won-sik');
    const officials = (d3.layers.quotes ?? []).find((q) => q.source && d3.text.slice(q.source.start, q.source.end) === 'South Korean officials');
    expect([officials?.kind, officials?.speaker]).toEqual(['reported', null]); // the officials, unnamed: never the nationality
    expect(quote(d3, 'exchanged their pent-up inmost thoughts')).toMatchObject({ kind: 'partial', speaker: 'KCNA' });
    expect(quote(d3, 'engine for accelerating the building of a new multi-polar world')).toMatchObject({ kind: 'partial', speaker: 'KCNA' }); // "It described …"
    expect(quote(d0, 'US pressure, blackmail and military threats')).toMatchObject({ kind: 'partial', speaker: 'Vladimir Putin' });
    expect(quote(d0, 'special military operation')).toMatchObject({ kind: 'partial', speaker: 'Vladimir Putin' });
    expect(quote(d0, 'evil').kind).toBe('partial');
    // "Russian officials and leaders in the breakaway regions in Ukraine": neither the nationality nor the place behind a modifier speaks
    expect((d2.layers.quotes ?? []).filter((q) => q.speaker !== null && ['Ukraine', 'Russian'].includes(nameOf(d2, q.speaker))).length).toBe(0);
    // no quote reads a "discussed" inside KCNA's report as said by the sentence's first name
    expect((d3.layers.quotes ?? []).some((q) => q.source && d3.text.slice(q.source.start, q.source.end) === 'North Korea')).toBe(false);
  });

  it('issue #6: only statements are claims: no thanks, search, order, gift, worry or participle modifier', () => {
    const cues = (d: Doc) => (d.layers.claims ?? []).map((c) => (c.cue ? d.text.slice(c.cue.start, c.cue.end) : ''));
    const all = Object.values(docs).flatMap(cues);
    const verbs = all.map((c) => c.toLowerCase().split(/\s+/).filter((w) => !/ly$|^(are|were|to|has|have|also)$/.test(w))[0] ?? '');
    for (const cue of ['thanked', 'supporting', 'looking', 'ordered', 'appears', 'assuring', 'highlighting', 'presented', 'worries', 'reflecting', 'focus', 'defending']) expect(verbs, cue).not.toContain(cue);
    // the statements stay: the promise, the vow, the praise, the accusation, the denial, the report
    for (const cue of ['promised', 'vowed', 'praised', 'accused', 'deny', 'according to', 'wrote']) expect(all.map((c) => c.toLowerCase()), cue).toContain(cue);
    // "The pair are expected to reinforce their ties after vowing to forge a “New World Order”": a vow, whatever its tagger span
    if ((docs['000'].layers.quotes ?? []).some((q) => q.cue && docs['000'].text.slice(q.cue.start, q.cue.end) === 'vowing')) expect(cues(docs['000'])).toContain('vowing');
  });

  it('issue #6: the birthday letter congratulates as its sender', () => {
    const d2 = docs['002'];
    const congratulated = at(d2, 'congratulated');
    expect([names(d2, congratulated.actors), names(d2, congratulated.targets), congratulated.modality]).toEqual([['Kim Jong Un'], ['Vladimir Putin'], 'reported']);
  });

  it('issue #6: a place inside the reason is not the thanks’ or the support’s place', () => {
    const [d0, d4] = [docs['000'], docs['004']];
    expect((d0.layers.events ?? []).filter((e) => e.mode === 'praise').map((e) => e.place)).toEqual([null, null]);
    expect(at(d4, 'expressed full support').summary).toBe('Kim Jong Un expresses support for Russia');
  });

  it('issue #6: a summit, a visit, a war or talks told again is one event', () => {
    const [d0, d1] = [docs['000'], docs['001']];
    const modes = (d: Doc, mode: string) => (d.layers.events ?? []).filter((e) => e.mode === mode).map((e) => e.summary);
    expect(modes(d0, 'meet')).toEqual(['Vladimir Putin meets Kim Jong-un', 'Vladimir Putin meets Kim Jong Il', 'Vladimir Putin and Kim Jong-un meet in Russia']);
    expect((d0.layers.events ?? []).filter((e) => e.mode === 'visit').map((e) => trig(d0, e))).toEqual(['journey', 'visiting', 'visit', 'trip']); // the 2002 visit has its own date
    expect(modes(d0, 'war')).toEqual(['Vladimir Putin wages war in Ukraine']);
    expect(modes(d1, 'meet')).toEqual(['Kim Jong Un meets Sergei Shoigu']);
  });

  it('issue #6: "Putin’s War" in a headline is the pledge’s argument, and the listed war is not Kim’s', () => {
    const d1 = docs['001'];
    expect((d1.layers.events ?? []).filter((e) => e.mode === 'war').map((e) => [trig(d1, e), names(d1, e.actors)])).toEqual([['war', []]]);
  });

  it('issue #6: "it" for the partnership gives no country the assistance or the drills', () => {
    const d4 = docs['004'];
    // the partners of the new partnership give the mutual assistance and would hold the joint drills
    expect([names(d4, at(d4, 'assistance').actors), names(d4, at(d4, 'military drills').actors)]).toEqual([['Vladimir Putin', 'Kim Jong Un'], ['Vladimir Putin', 'Kim Jong Un']]);
    expect(names(docs['001'], at(docs['001'], 'sent troops').actors)).toEqual(['North Korea']); // "The country has sent weapons … It has also reportedly sent troops"
  });

  it('issue #6: "The two leaders", "They", "Both sides" and "The pair" speak as the pair the events name', () => {
    const claim = (d: Doc, cue: string) => {
      const c = (d.layers.claims ?? []).find((x) => x.cue && d.text.slice(x.cue.start, x.cue.end) === cue);
      if (!c) throw new Error(`no claim "${cue}"`);
      return names(d, c.speakers);
    };
    const d1 = docs['001'];
    expect([claim(d1, 'talked about'), claim(d1, 'also discussed'), claim(d1, 'agreed')]).toEqual([
      ['Kim Jong Un', 'Sergei Shoigu'], ['Kim Jong Un', 'Sergei Shoigu'], ['North Korea', 'Russia'],
    ]);
    expect(claim(docs['000'], 'vowing')).toEqual(['Vladimir Putin', 'Kim Jong-un']); // not the caption's Kim Jong Il
  });

  it('issue #6: "the rogue state" is North Korea for the visits and the thanks', () => {
    const d0 = docs['000'];
    expect(at(d0, 'visiting').summary).toBe('Vladimir Putin visits North Korea');
    expect(at(d0, 'visit', (e) => e.time.value === '2002').summary).toBe('Vladimir Putin visits North Korea');
    expect((d0.layers.events ?? []).filter((e) => e.mode === 'praise').map((e) => e.summary)).toEqual(['Vladimir Putin thanks Pyongyang', 'Vladimir Putin thanks North Korea']);
  });

  it('issue #6: Russia joined China in opposing the sanctions: both oppose', () => {
    expect(names(docs['002'], at(docs['002'], 'opposing').actors)).toEqual(['Russia', 'China']);
  });

  it('issue #6: the Security Council holds its emergency meeting', () => {
    const d2 = docs['002'];
    const emergency = at(d2, 'meeting', (e) => names(d2, [...e.actors, ...e.targets]).some((n) => /Security Council/.test(n)));
    expect([emergency.summary, emergency.targets]).toEqual(['U.N. Security Council meets', []]);
  });

  it('issue #6: what leaders discussed doing is not done: the employment of workers, the deepening of ties', () => {
    expect(at(docs['002'], 'employ').modality).toBe('hypothetical');
    const ties = at(d3, 'deepening ties');
    expect([ties.modality, nameOf(d3, ties.attribution ?? '')]).toEqual(['hypothetical', 'KCNA']);
  });

  it('issue #6: the war Kim’s support includes is the writer’s background, not Kim’s report', () => {
    const d1 = docs['001'];
    expect([at(d1, 'war').modality, at(d1, 'war').attribution]).toEqual(['asserted', null]);
  });

  it('issue #6: the summit Putin has started his journey for is still to come', () => {
    const d0 = docs['000'];
    expect([at(d0, 'summit', (e) => e.targets.length > 0).modality, at(d0, 'journey').modality]).toEqual(['planned', 'asserted']);
    expect(at(d0, 'summit', (e) => e.place !== null).modality).toBe('asserted'); // "after a summit in Russia"
  });

  it('issue #6: "both countries" after Putin’s visit to Vietnam are Russia and Vietnam', () => {
    expect(names(d3, at(d3, 'discuss').actors)).toEqual(['Russia', 'Vietnam']);
    expect(names(docs['001'], at(docs['001'], 'signed').actors)).toEqual(['Russia', 'North Korea']); // "Putin made a rare visit to Pyongyang … the two countries signed"
  });

  it('issue #6: Putin criticised the cooperation of the U.S., South Korea and Japan', () => {
    const d4 = docs['004'];
    expect(at(d4, 'criticized').summary).toBe('Vladimir Putin criticises United States, South Korea and Japan');
  });

  it('dates the history the texts state: aid in the late 1940s, sanctions since 2006, a previous nuclear test in 2017', () => {
    const [d2, d4] = [docs['002'], docs['004']];
    const helped = find(d4, (e) => trig(d4, e) === 'helped');
    expect([helped.type, names(d4, helped.actors), names(d4, helped.targets), helped.time.value, helped.time.precision]).toEqual(['AID', ['Soviet Union'], ['North Korea'], '194', 'decade']);
    const punish = find(d2, (e) => trig(d2, e) === 'punishing');
    expect([punish.type, punish.time.value]).toEqual(['SANCTION', '2006']);
    const test = find(d2, (e) => e.mode === 'nuclear-test');
    expect(test.modality).toBe('reported'); // the next test stays what officials in Seoul and Washington expect
    const previous = resolveEventMentions(d2, new Map()).filter((m) => m.occurrence === 'previous' && m.mode === 'nuclear-test');
    expect(previous.map((m) => [m.time.value, m.modality])).toEqual([['2017', 'asserted']]);
    const agreements = (d4.layers.events ?? []).filter((e) => trig(d4, e) === 'agreements');
    expect(agreements.map((e) => [e.type, e.time.value])).toEqual([['AGREE', '1961'], ['AGREE', '2000'], ['AGREE', '2001']]);
  });

  it('gives every event a readable summary: a subject or a noun phrase, never a lone word', () => {
    for (const d of Object.values(docs)) for (const e of d.layers.events ?? []) expect(e.summary.split(' ').length, e.summary).toBeGreaterThan(1);
  });
});
