import { describe, expect, it } from 'vitest';
import { handDoc, type TestEntity } from '../annotate/quotes/test-doc.ts';
import { quantitiesComponent } from '../annotate/quantities/index.ts';
import { quotesComponent } from '../annotate/quotes/index.ts';
import type { Doc } from '../core/doc.ts';
import type { EventMention } from '../core/layers.ts';
import { eventsComponent } from './index.ts';

/** Participant, anaphora and summary rules on composed sentences (fictional names, not seed text). */
const ENTITIES: readonly TestEntity[] = [
  { key: 'norland', type: 'GPE', forms: ['Norland'] },
  { key: 'estavia', type: 'GPE', forms: ['Estavia'] },
  { key: 'valdoria', type: 'GPE', forms: ['Valdoria'] },
  { key: 'selin', type: 'GPE', forms: ['Port Selin'] },
  { key: 'ostrova', type: 'PERSON', forms: ['Lena Ostrova', 'Ostrova'] },
  { key: 'marek', type: 'PERSON', forms: ['Ivo Marek', 'Marek'] },
];

function run(text: string): Doc {
  return eventsComponent.run(quotesComponent.run(quantitiesComponent.run(handDoc(text, ENTITIES))));
}
const name = (d: Doc, k: string) => d.layers.entities?.find((e) => e.key === k)?.name ?? k;
const names = (d: Doc, ks: readonly string[]) => ks.map((k) => name(d, k));
function event(d: Doc, trigger: string): EventMention {
  const e = (d.layers.events ?? []).find((x) => d.text.slice(x.trigger.start, x.trigger.end) === trigger);
  if (!e) throw new Error(`no event "${trigger}"`);
  return e;
}

describe('event participant rules', () => {
  it('keeps modifiers out of the object slot', () => {
    const d = run('Norland launched two missiles into the sea in the direction of Estavia. Valdoria is defending the honour of the nation from threats by Norland.');
    expect(event(d, 'launched').targets).toEqual([]);
    expect(event(d, 'defending').targets).toEqual([]);
  });

  it('turns receiving and exchange around', () => {
    const d = run('Estavia gets badly needed economic assistance from Norland. Norland accused Estavia of supplying Valdoria with rifles in exchange for military aid.');
    const assistance = event(d, 'assistance');
    expect([names(d, assistance.actors), names(d, assistance.targets)]).toEqual([['Norland'], ['Estavia']]);
    const aid = event(d, 'military aid');
    expect([names(d, aid.actors), names(d, aid.targets)]).toEqual([['Valdoria'], ['Estavia']]);
  });

  it('reads "between" as the parties and a definite repeat as the same event', () => {
    const d = run('Lena Ostrova met Ivo Marek in Port Selin. The meeting lasted two hours. Ostrova praised the cooperation between Norland and Estavia.');
    expect((d.layers.events ?? []).filter((e) => e.mode === 'meet')).toHaveLength(1);
    expect(names(d, event(d, 'cooperation').actors)).toEqual(['Norland', 'Estavia']);
  });

  it('does not read particles, months or chants as verbs', () => {
    const d = run('Ostrova visited Norland back in March. The ties date back to 1950. Crowds chanting "Welcome Ostrova" lined the streets.');
    const triggers = (d.layers.events ?? []).map((e) => d.text.slice(e.trigger.start, e.trigger.end));
    expect(triggers).toEqual(['visited']);
  });

  it('denies what is denied and says who denies it', () => {
    const d = run('Valdoria and Estavia deny an arms deal but vowed to strengthen military ties.');
    const deal = event(d, 'arms deal');
    expect(deal.modality).toBe('denied');
    expect(['Valdoria', 'Estavia']).toContain(name(d, deal.attribution ?? ''));
    expect(event(d, 'strengthen military ties').modality).toBe('planned');
    expect(['valdoria', 'estavia']).toContain((d.layers.claims ?? []).find((c) => c.stance === 'denies')?.speaker);
  });

  it('gives a claim every speaker its source names, and the pair named before', () => {
    const d = run('Valdoria and Estavia deny an arms deal. Lena Ostrova and Ivo Marek met in Norland on Monday. The two leaders said that trade between them would double.');
    const speakers = (c: { speakers: readonly string[] } | undefined) => c?.speakers.map((k) => name(d, k));
    const claims = d.layers.claims ?? [];
    expect(speakers(claims.find((c) => c.stance === 'denies'))).toEqual(['Valdoria', 'Estavia']);
    expect(speakers(claims.find((c) => d.text.slice(c.content.start, c.content.end).startsWith('trade')))).toEqual(['Lena Ostrova', 'Ivo Marek']);
    for (const c of claims) if (c.speaker !== null) expect(c.speakers).toContain(c.speaker);
  });

  it('writes a subject–verb–object summary, with the clause’s own words when no entity acts', () => {
    const d = run('Lena Ostrova was on the tarmac to welcome Ivo Marek. If one is attacked, the other will help. The letter congratulated Ostrova.');
    expect(event(d, 'welcome').summary).toBe('Lena Ostrova welcomes Ivo Marek');
    expect(event(d, 'attacked').summary).toBe('one is attacked');
    expect(event(d, 'congratulated').summary).toBe('The letter congratulated Lena Ostrova');
  });

  it('reads "welcomed the decision" as praise and "welcomed Ivo Marek" as hosting a visit', () => {
    const d = run('Lena Ostrova welcomed the court’s decision on Monday. Valdoria welcomed Ivo Marek’s offer of talks. Lena Ostrova welcomed Ivo Marek in Port Selin.');
    const moves = (d.layers.events ?? []).filter((e) => d.text.slice(e.trigger.start, e.trigger.end) === 'welcomed').map((e) => [e.type, e.mode]);
    expect(moves).toEqual([['SUPPORT', 'praise'], ['SUPPORT', 'praise'], ['CONSULT', 'visit']]);
  });

  it('takes a name in apposition as the subject, and gives a coordinated verb the first verb’s subject', () => {
    const d = run('The foreign minister, Lena Ostrova, accused Valdoria of violating the ceasefire and threatened new sanctions. Ivo Marek met Lena Ostrova and discussed trade.');
    const actors = (trigger: string) => event(d, trigger).actors.map((k) => (d.layers.entities ?? []).find((e) => e.key === k)?.name);
    expect(actors('accused')).toEqual(['Lena Ostrova']);
    expect(actors('threatened')).toEqual(['Lena Ostrova']);
    expect(actors('discussed')).toEqual(['Ivo Marek']);
  });

  it('reads an event after "saying" as reported, and "defend itself" as no defence of another', () => {
    const d = run('Lena Ostrova rejected the criticism, saying Valdoria attacked Estavia. Valdoria claims the right to defend itself.');
    expect(event(d, 'attacked').modality).toBe('reported');
    expect((d.layers.events ?? []).some((e) => d.text.slice(e.trigger.start, e.trigger.end) === 'defend')).toBe(false);
  });

  it('reads a strike named by its weapon as an attack, and workers on strike as a protest', () => {
    const d = run('A Valdorian missile strike on Port Selin killed four people. Dock workers went on strike in Port Selin.');
    expect(event(d, 'missile strike').type).toBe('ASSAULT');
    expect(event(d, 'strike').type).toBe('PROTEST');
  });

  it('reads a phrase trigger across a quantity ("sent between 10,000 and 12,000 troops")', () => {
    const d = run('Valdoria has sent between 10,000 and 12,000 troops to Estavia. Valdoria sent about 2,000 soldiers to Port Selin.');
    const sends = (d.layers.events ?? []).filter((e) => e.mode === 'send-troops');
    expect(sends).toHaveLength(2);
    expect(sends.map((e) => e.quantities.map((i) => d.text.slice(d.layers.quantities![i].start, d.layers.quantities![i].end)))).toEqual([['between 10,000 and 12,000 troops'], ['about 2,000 soldiers']]);
  });

  it('never reads a month as a verb, even in a line of capitalised names', () => {
    const d = run('Valdorian President Lena Ostrova Met Estavian Premier Ivo Marek In Port Selin On March 21.');
    expect((d.layers.events ?? []).map((e) => d.text.slice(e.trigger.start, e.trigger.end))).not.toContain('March');
  });

  it('reads restored and severed relations', () => {
    const d = run('Valdoria and Estavia restored diplomatic relations in March. Valdoria broke off relations with Estavia.');
    expect((d.layers.events ?? []).map((e) => [d.text.slice(e.trigger.start, e.trigger.end), e.mode])).toEqual([
      ['restored diplomatic relations', 'restore-relations'],
      ['broke off relations', 'sever-ties'],
    ]);
  });

  it('reads "struck the city" as an attack, "struck over pay" as a walkout, and aircraft "jets" as no visit', () => {
    const d = run('Drones struck Port Selin on Monday. Dock workers struck over pay. Fighter jets were grounded in Estavia.');
    const read = (d.layers.events ?? []).map((e) => [d.text.slice(e.trigger.start, e.trigger.end), e.type]);
    expect(read).toContainEqual(['struck', 'ASSAULT']);
    expect(read).toContainEqual(['struck', 'PROTEST']);
    expect(read.map(([t]) => t)).not.toContain('jets');
  });

  it('gives the purpose of a planned journey the journey’s modality', () => {
    const d = run('Lena Ostrova will travel to Port Selin next week to meet Ivo Marek. Ivo Marek travelled to Estavia to meet Lena Ostrova.');
    const meets = (d.layers.events ?? []).filter((e) => e.mode === 'meet').map((e) => e.modality);
    expect(meets).toEqual(['planned', 'asserted']);
  });

  it('reads military assistance as military aid', () => {
    const d = run('Valdoria will provide military assistance to Estavia.');
    expect((d.layers.events ?? []).map((e) => e.mode)).toContain('military-aid');
  });

  it('reads freed prisoners as a release, and mediators as no party to the deal they mediate', () => {
    const d = run('Valdoria freed 200 prisoners on Sunday. Norland and Estavia mediated the agreement.');
    expect(event(d, 'freed').mode).toBe('release');
    expect(event(d, 'mediated').mode).toBe('mediate');
    expect(event(d, 'agreement').actors).toEqual([]);
  });

  it('keeps a place inside a reason ("for …") out of the event', () => {
    const d = run('Lena Ostrova thanked Norland for backing her campaign in Estavia. Ivo Marek travelled for talks in Port Selin.');
    const thanked = event(d, 'thanked');
    expect([names(d, thanked.targets), thanked.place]).toEqual([['Norland'], null]);
    expect(event(d, 'travelled').place).toBe('selin'); // a visit's place is its object, wherever it stands
  });

  it('drops a noun event that only retells an earlier one of its mode, not one with a new partner', () => {
    const d = run('Lena Ostrova held a summit with Ivo Marek. Ahead of her summit, Ostrova wrote to Norland. She plans a summit with Estavia too.');
    const summits = (d.layers.events ?? []).filter((e) => e.mode === 'meet').map((e) => names(d, e.targets));
    expect(summits).toEqual([['Ivo Marek'], ['Estavia']]);
  });

  it('reads "an agreement signed during X’s visit" as one signing, and as the one already told after "This"', () => {
    // The participle merges with its noun ("agreement" + "signed": one sign-agreement draft); the visit's possessor is not taken
    // as a signer (a deal signed during someone's visit need not be signed by the visitor).
    const alone = run('A trade agreement signed during Ostrova’s visit to Estavia lowers tariffs.');
    const signings = (alone.layers.events ?? []).filter((e) => e.mode === 'sign-agreement');
    expect(signings.map((e) => [alone.text.slice(e.trigger.start, e.trigger.end), e.actors])).toEqual([['agreement', []]]);
    const retold = run('Lena Ostrova and Ivo Marek made a new strategic partnership. This landmark agreement signed during Ostrova’s first visit to Estavia marks a new stage.');
    expect((retold.layers.events ?? []).filter((e) => e.mode === 'sign-agreement').map((e) => names(retold, e.actors))).toEqual([['Lena Ostrova', 'Ivo Marek']]);
  });

  it('reads a headline noun after its verb as the verb’s argument, and a listed war as nobody’s act', () => {
    const d = run('Norland Pledges Rifles for Ostrova’s War\n\nIvo Marek backed Norland on all issues, including the war in Estavia.');
    expect((d.layers.events ?? []).map((e) => d.text.slice(e.trigger.start, e.trigger.end))).toEqual(['Pledges', 'backed', 'war']);
    expect(event(d, 'war').actors).toEqual([]);
  });

  it('reads "it" after an event-noun subject as that agreement, not the last country', () => {
    const d = run('Norland met Estavia in Port Selin. The new strategic partnership replaced older accords. It promises military aid in case of war. Valdoria closed its border. It sent troops to Estavia.');
    expect(event(d, 'military aid').actors).toEqual([]);
    expect(names(d, event(d, 'sent troops').actors)).toEqual(['Valdoria']);
  });

  it('reads a described country ("the rogue state") as the last country named before, never the actor', () => {
    const d = run('Ivo Marek flew to Norland on Monday. He thanked the rogue state for its help. Norland will be visiting the hermit kingdom soon. Estavia is defending the honour of the state.');
    expect(names(d, event(d, 'thanked').targets)).toEqual(['Norland']);
    expect(event(d, 'visiting').targets).toEqual([]); // Norland is the visitor; no other country was named
    expect(event(d, 'defending').targets).toEqual([]);
  });

  it('gives an act after "joined X in" to the joiner and the joined', () => {
    const d = run('Since then, Norland has joined Estavia in opposing new sanctions. Valdoria is opposing them too.');
    expect(names(d, event(d, 'opposing').actors)).toEqual(['Norland', 'Estavia']);
  });

  it('lets the body after "a meeting of" meet, and keeps a meeting with someone that someone’s', () => {
    const d = run('On Monday, at an emergency meeting of Valdoria, Norland defended Estavia. Lena Ostrova held a meeting with Ivo Marek.');
    const emergency = (d.layers.events ?? []).find((e) => e.mode === 'meet' && e.actors.includes('valdoria'));
    expect(emergency && [names(d, emergency.actors), emergency.targets]).toEqual([['Valdoria'], []]);
    expect(names(d, (d.layers.events ?? []).filter((e) => e.mode === 'meet').flatMap((e) => e.targets))).toEqual(['Ivo Marek']);
  });

  it('gives a noun in a participle clause the subject before the comma; "along with" is no with-phrase', () => {
    const d = run('Looking ahead, Norland and Estavia signed a pact on Monday, assuring mutual defense along with deeper cooperation. Valdoria remains isolated with Western sanctions.');
    expect(names(d, event(d, 'cooperation').actors)).toEqual(['Norland', 'Estavia']);
  });

  it('reads "both countries" as the two countries of the event just told, before the most-mentioned pair', () => {
    const d = run('Valdoria praised Port Selin. Valdoria criticized Port Selin. Later, Norland will visit Estavia. Both countries were expected to discuss trade.');
    expect(names(d, event(d, 'discuss').actors)).toEqual(['Norland', 'Estavia']);
  });

  it('gives a verb in a relative clause after a noun event that event’s parties for object', () => {
    const d = run('The talks followed closer cooperation between Norland and Estavia which Ivo Marek criticized as hostile. Marek criticized, and Valdoria left.');
    expect(names(d, event(d, 'criticized').targets)).toEqual(['Norland', 'Estavia']);
    expect((d.layers.events ?? []).filter((e) => e.mode === 'criticize').map((e) => e.targets.length)).toEqual([2, 0]);
  });

  it('gives a mutual or joint noun event the parties of the last agreement', () => {
    const d = run('Norland and Estavia signed a pact in Port Selin. It provides mutual assistance in case of war. Valdoria gave assistance too.');
    expect(names(d, event(d, 'assistance').actors)).toEqual(['Norland', 'Estavia']);
  });

  it('lets a document act for its author', () => {
    const d = run('Ivo Marek sent a letter to Norland on Friday. The letter congratulated Lena Ostrova on her victory.');
    const congratulated = event(d, 'congratulated');
    expect([names(d, congratulated.actors), congratulated.summary]).toEqual([['Ivo Marek'], 'Ivo Marek congratulates Lena Ostrova']);
  });
});

describe('event modality and attribution rules', () => {
  it('reports only what a source vouches for as a proposition', () => {
    const d = run(
      'Norland has agreed to further cooperation with Estavia. Lena Ostrova ordered her troops to invade Valdoria. Norland made a pact, assuring deeper cooperation with Valdoria. Ivo Marek said Norland invaded Estavia.',
    );
    expect((d.layers.events ?? []).filter((e) => e.modality === 'reported').map((e) => [d.text.slice(e.trigger.start, e.trigger.end), name(d, e.attribution ?? '')])).toEqual([['invaded', 'Ivo Marek']]);
    expect(event(d, 'invade').modality).toBe('asserted'); // the order, not Ostrova's report
    const t = run('Norland and Estavia said the mood was good after a summit in Port Selin. Ivo Marek said that after Norland invaded Valdoria, Estavia met Norland.');
    expect(event(t, 'summit').modality).toBe('asserted'); // the writer's time setting, not what was said
    expect(event(t, 'invaded').modality).toBe('reported');
  });

  it('keeps every accuser and reads a denial as the denial', () => {
    const d = run('Norland and Estavia accused Valdoria of supplying Port Selin with rifles. Valdoria and Port Selin deny an arms deal but vowed to strengthen ties.');
    const supply = event(d, 'supplying');
    expect([supply.modality, names(d, supply.attributions ?? [])]).toEqual(['reported', ['Norland', 'Estavia']]);
    const deal = event(d, 'arms deal');
    expect([deal.modality, deal.summary, names(d, deal.attributions ?? [])]).toEqual(['denied', 'Valdoria and Port Selin deny an arms deal', ['Valdoria', 'Port Selin']]);
  });
});

describe('presupposition is not report', () => {
  it('keeps a "the" noun event inside reported speech the writer’s, unless denied', () => {
    const d = run('Ivo Marek said Norland backs Estavia on all issues, including the war in Valdoria. Marek said that an invasion of Valdoria is near. Norland denied the attack on Port Selin.');
    expect([event(d, 'war').modality, event(d, 'war').attribution]).toEqual(['asserted', null]);
    expect(event(d, 'invasion').modality).toBe('reported');
    expect(event(d, 'attack').modality).toBe('denied');
  });
});

describe('a journey’s purpose', () => {
  it('is still to come when the journey is told in the present or perfect, told when in the past', () => {
    const d = run('Lena Ostrova has started her journey to Norland for a two-day summit with Ivo Marek. Marek had traveled to Estavia for talks with Valdoria.');
    expect([event(d, 'summit').modality, event(d, 'talks').modality]).toEqual(['planned', 'asserted']);
  });
});

describe('deliberation is not fact', () => {
  it('reads a gerund or infinitive act under "discussed" as hypothetical, a discussed noun event as it is', () => {
    const d = run('Norland and Estavia discussed deepening ties. Officials in Norland discussed new arrangements to employ Estavian workers. Ivo Marek discussed the invasion of Valdoria.');
    expect([event(d, 'deepening ties').modality, event(d, 'employ').modality, event(d, 'invasion').modality]).toEqual(['hypothetical', 'hypothetical', 'asserted']);
  });
});

describe('possibility is not fact', () => {
  it('reads an event under "the possibility of" as hypothetical, however far the trigger', () => {
    const d = run('Officials in Norland discussed the possibility of having Estavian workers help rebuild Port Selin.');
    expect(event(d, 'help').modality).toBe('hypothetical');
  });
});


describe('claims whose source the quotes layer left unresolved', () => {
  it('take the actors of the event told by the same verb ("The two leaders agreed …")', () => {
    const d = run('Ivo Marek met Lena Ostrova in Port Selin on Monday. The two leaders agreed to expand trade between their countries.');
    const agreed = event(d, 'agreed');
    expect(names(d, agreed.actors).sort()).toEqual(['Ivo Marek', 'Lena Ostrova']);
    const claim = (d.layers.claims ?? []).find((c) => c.cue && d.text.slice(c.cue.start, c.cue.end) === 'agreed');
    expect(claim).toBeDefined();
    expect(names(d, claim!.speakers).sort()).toEqual(['Ivo Marek', 'Lena Ostrova']);
    expect(claim!.speakers).toContain(claim!.speaker);
  });
  it('keep the speakers the quotes layer resolved', () => {
    const d = run('Ivo Marek said Norland would expand trade with Estavia.');
    const claim = (d.layers.claims ?? []).find((c) => c.cue && d.text.slice(c.cue.start, c.cue.end) === 'said');
    expect(names(d, claim!.speakers)).toEqual(['Ivo Marek']);
  });
});
