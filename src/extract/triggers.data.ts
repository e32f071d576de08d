/**
 * Event triggers: lemmas (verbs are inflected by `verbForms`, nouns get a plural) mapped to a PLOVER
 * type, a stable mode name (documented in docs/ontology.md; `fuse` merges on type + mode), and a
 * cooperation/conflict intensity from −10 to +10 (PLOVER/CAMEO-style: ASSAULT −9…−10, THREATEN −6,
 * ACCUSE −3, CONSULT +1, AGREE +5, AID +7). Multi-word lemmas match on their first word's forms.
 */
import type { PloverType } from '../core/ontology.ts';

export interface TriggerEntry {
  readonly lemma: string;
  readonly pos: 'verb' | 'noun';
  readonly type: PloverType;
  readonly mode: string;
  readonly intensity: number;
  /** The verb phrase used in summaries: "visits", "meets with", "ships weapons to". */
  readonly phrase: string;
  /** The grammatical object is the actor ("Kim welcomes Putin": Putin visits). */
  readonly swap?: boolean;
  /** The object names the place of the event (a visit to North Korea). */
  readonly objectIsPlace?: boolean;
  /** Needs a word from this list within the next few tokens ("launch … missile"). */
  readonly needs?: readonly string[];
  /** Needs its object to be headed by one of these nouns ("welcomed the decision"), not a name ("welcomed Putin"). */
  readonly needsObject?: readonly string[];
  /** Not a trigger when the next word is one of these: a phrasal verb's particle ("dates back to", "back in March"). */
  readonly notBefore?: readonly string[];
  /** Not a trigger when the previous word is one of these ("military demonstrations" are not protests). */
  readonly notAfter?: readonly string[];
  /** A noun whose "of" names who acts, not the target: "a meeting of the Security Council" (the council meets). */
  readonly ofActor?: boolean;
  /** The summary keeps the surface verb with the roles as written: "Kim welcomes Putin" (actors = the guest). */
  readonly surface?: string;
  /** A noun trigger's summary without an actor says what happened to it: "treaty signed in Estavia", not a bare "treaty". */
  readonly participle?: string;
}

type Row = readonly [lemma: string, pos: 'verb' | 'noun', type: PloverType, mode: string, intensity: number, phrase: string, extra?: Partial<TriggerEntry>];

const PLACE = { objectIsPlace: true } as const;
/**
 * Prepositions and adverbs that make the word before them an intransitive or phrasal verb, not a
 * transitive trigger: "dates back to", "back in March", "checking back at", "fight back".
 */
const PARTICLES = ['to', 'in', 'at', 'on', 'from', 'into', 'then', 'when', 'up', 'down', 'off', 'out', 'home', 'and', 'or', 'as', 'of', '.', ',', ';', ':', ')'];
/** Words before a noun that make a show of force or a drill, not a protest ("military demonstrations"). */
const MILITARY = ['military', 'weapons', 'missile', 'nuclear', 'naval', 'air', 'live-fire', 'firepower'];
/** Objects given as diplomatic gifts: "gave Kim an Aurus limousine", "presented him with a dagger". */
const GIFTS = ['gift', 'gifts', 'present', 'presents', 'souvenir', 'souvenirs', 'limousine', 'car', 'artwork', 'busts', 'bust', 'painting', 'portrait', 'dagger', 'sword', 'horse', 'horses', 'dog', 'dogs', 'puppy', 'puppies', 'tea', 'medal', 'with'];
/** Objects that make "regain" territorial ("regain control of the town"), not "regain his footing". */
const TERRITORY = ['control', 'town', 'towns', 'city', 'cities', 'village', 'villages', 'territory', 'territories', 'area', 'areas', 'ground', 'position', 'positions', 'region', 'district', 'province', 'base', 'airport', 'hill', 'border', 'capital', 'port', 'island', 'land', 'settlement'];
/** Nouns that are an agreement wherever they stand: "the treaty", "a pact", "the accord signed in …". */
const AGREEMENTS = ['agreement', 'pact', 'treaty', 'accord'];
/**
 * Nouns that are an agreement only beside a verb of making one ("a deal was reached", "the protocol
 * signed in …"), not "a good deal", "diplomatic protocol", "a party convention", "a charter flight".
 */
const SIGNED_DOCUMENTS = ['deal', 'memorandum', 'protocol', 'charter', 'convention', 'declaration'];
/** Verbs of making an agreement that make a SIGNED_DOCUMENTS noun one. */
const SIGNING = ['sign', 'signs', 'signed', 'signing', 'reached', 'agreed', 'struck', 'ratified', 'concluded', 'inked'];
/** Objects that make "sign" a signing: the agreement nouns and their plurals ("signed two accords"). */
const SIGNED_OBJECTS = [...AGREEMENTS, ...SIGNED_DOCUMENTS, 'partnership'].flatMap((w) => [w, w === 'treaty' ? 'treaties' : w === 'memorandum' ? 'memoranda' : `${w}s`]);
/** Agreement nouns: a summary without an actor reads "treaty signed with Estavia". */
const SIGNED = { participle: 'signed' } as const;
/** Reflexive objects: "defend itself" acts for oneself, not for another party. */
const REFLEXIVES = ['itself', 'themselves', 'himself', 'herself', 'ourselves', 'myself', 'yourself'];
/** What one welcomes as a stance, not as a host: "welcomed the decision", "welcomed Putin's offer of talks". */
const WELCOMED_MOVES = [
  'decision', 'decisions', 'move', 'moves', 'step', 'steps', 'announcement', 'announcements', 'news', 'proposal', 'proposals',
  'initiative', 'initiatives', 'plan', 'plans', 'resolution', 'resolutions', 'ruling', 'verdict', 'outcome', 'result', 'results',
  'offer', 'offers', 'statement', 'report', 'release', 'progress', 'efforts', 'effort', 'commitment', 'pledge', 'agreement',
  'deal', 'ceasefire', 'truce', 'talks', 'dialogue', 'vote', 'election', 'elections', 'change', 'changes', 'reforms', 'approach',
];
const WEAPONS = ['rifles', 'guns', 'tanks', 'weapon', 'weapons', 'munitions', 'ammunition', 'artillery', 'shells', 'missiles', 'arms', 'containers', 'rockets', 'drones', 'equipment', 'troops', 'soldiers', 'workers'];

const ROWS: readonly Row[] = [
  // CONSULT: visits, meetings, talks
  ['visit', 'verb', 'CONSULT', 'visit', 1, 'visits', PLACE],
  ['visit', 'noun', 'CONSULT', 'visit', 1, 'visits', PLACE],
  ['trip', 'noun', 'CONSULT', 'visit', 1, 'visits', PLACE],
  ['journey', 'noun', 'CONSULT', 'visit', 1, 'visits', PLACE],
  ['travel', 'verb', 'CONSULT', 'visit', 1, 'visits', PLACE],
  ['arrive', 'verb', 'CONSULT', 'visit', 1, 'visits', PLACE],
  ['touch down', 'verb', 'CONSULT', 'visit', 1, 'visits', PLACE],
  // "Putin jets in for …", "jets off to …"; "fighter jets were …", "jets and drones" are aircraft
  ['jet', 'verb', 'CONSULT', 'visit', 1, 'visits', { ...PLACE, notBefore: ['were', 'are', 'was', 'is', 'have', 'had', 'will', 'would', 'can', 'could', 'and', 'or', 'that', 'which', ',', '.', ';', ':', ')'] }],
  // "welcomed the decision" is praise of a move; "welcomed Putin" hosts a visitor (the first row that matches wins).
  ['welcome', 'verb', 'SUPPORT', 'praise', 2, 'welcomes', { needsObject: WELCOMED_MOVES, notBefore: PARTICLES }],
  ['welcome', 'verb', 'CONSULT', 'visit', 1, 'visits', { swap: true, surface: 'welcomes', notBefore: PARTICLES }],
  ['host', 'verb', 'CONSULT', 'visit', 1, 'visits', { swap: true, surface: 'hosts', notBefore: PARTICLES }],
  ['meet', 'verb', 'CONSULT', 'meet', 1, 'meets'],
  ['meeting', 'noun', 'CONSULT', 'meet', 1, 'meets', { ofActor: true }],
  ['summit', 'noun', 'CONSULT', 'meet', 1, 'meets', { ofActor: true }],
  ['talks', 'noun', 'CONSULT', 'meet', 1, 'holds talks with'],
  ['discuss', 'verb', 'CONSULT', 'discuss', 1, 'discusses'],
  ['talk about', 'verb', 'CONSULT', 'discuss', 1, 'discusses'],
  ['hold talks', 'verb', 'CONSULT', 'meet', 1, 'holds talks with'],
  ['send delegates', 'verb', 'CONSULT', 'send-delegation', 1, 'sends delegates to', PLACE],
  ['send a delegation', 'verb', 'CONSULT', 'send-delegation', 1, 'sends a delegation to', PLACE],
  ['send a message', 'verb', 'SUPPORT', 'send-message', 2, 'sends a message to'],
  ['send message', 'verb', 'SUPPORT', 'send-message', 2, 'sends a message to'],
  ['congratulate', 'verb', 'SUPPORT', 'send-message', 2, 'congratulates'],
  ['exchange gifts', 'verb', 'COOPERATE', 'exchange-gifts', 3, 'exchanges gifts with'],
  ['shake hands', 'verb', 'CONSULT', 'meet', 1, 'meets'],
  // AGREE: agreements and pledges
  ['sign', 'verb', 'AGREE', 'sign-agreement', 5, 'signs an agreement with', { needs: SIGNED_OBJECTS }],
  // "in accord with", "of its own accord" are no agreement
  ...AGREEMENTS.map((w): Row => [w, 'noun', 'AGREE', 'sign-agreement', 5, 'signs an agreement with', w === 'accord' ? { ...SIGNED, notAfter: ['in', 'own'] } : SIGNED]),
  ...SIGNED_DOCUMENTS.map((w): Row => [w, 'noun', 'AGREE', 'sign-agreement', 5, 'signs an agreement with', { ...SIGNED, needs: SIGNING }]),
  ['strategic partnership', 'noun', 'AGREE', 'sign-agreement', 5, 'signs an agreement with', SIGNED],
  ['make a new strategic partnership', 'verb', 'AGREE', 'sign-agreement', 5, 'signs an agreement with'],
  ['arms deal', 'noun', 'AGREE', 'arms-deal', 5, 'makes an arms deal with'],
  ['ceasefire', 'noun', 'AGREE', 'ceasefire', 6, 'agrees a ceasefire with'],
  ['agree', 'verb', 'AGREE', 'agree', 4, 'agrees with'],
  ['vow', 'verb', 'AGREE', 'pledge', 3, 'vows'],
  ['pledge', 'verb', 'SUPPORT', 'pledge-support', 3, 'pledges support to'],
  ['promise', 'verb', 'AGREE', 'pledge', 3, 'promises'],
  // SUPPORT / COOPERATE
  ['thank', 'verb', 'SUPPORT', 'praise', 2, 'thanks'],
  ['praise', 'verb', 'SUPPORT', 'praise', 2, 'praises'],
  ['back', 'verb', 'SUPPORT', 'endorse', 3, 'backs', { notBefore: PARTICLES }],
  ['express support', 'verb', 'SUPPORT', 'endorse', 3, 'expresses support for'],
  ['give', 'verb', 'SUPPORT', 'endorse', 3, 'gives support to', { needs: ['support', 'backing'] }],
  ['endorse', 'verb', 'SUPPORT', 'endorse', 3, 'endorses'],
  // "the right to defend itself": self-defence is no diplomatic defence of another
  ['defend', 'verb', 'SUPPORT', 'defend-diplomatically', 3, 'defends', { notBefore: REFLEXIVES }],
  ['strengthen ties', 'verb', 'COOPERATE', 'strengthen-ties', 4, 'strengthens ties with'],
  ['reinforce ties', 'verb', 'COOPERATE', 'strengthen-ties', 4, 'strengthens ties with'],
  ['deepen ties', 'verb', 'COOPERATE', 'strengthen-ties', 4, 'strengthens ties with'],
  ['strengthen relations', 'verb', 'COOPERATE', 'strengthen-ties', 4, 'strengthens ties with'],
  ['deepen relations', 'verb', 'COOPERATE', 'strengthen-ties', 4, 'strengthens ties with'],
  ['improve relations', 'verb', 'COOPERATE', 'strengthen-ties', 4, 'strengthens ties with'],
  ['improve ties', 'verb', 'COOPERATE', 'strengthen-ties', 4, 'strengthens ties with'],
  ['deepen partnership', 'verb', 'COOPERATE', 'strengthen-ties', 4, 'strengthens ties with'],
  ['strengthen partnership', 'verb', 'COOPERATE', 'strengthen-ties', 4, 'strengthens ties with'],
  // "Iran and Saudi Arabia restored diplomatic relations": relations resumed or opened
  ['restore relations', 'verb', 'COOPERATE', 'restore-relations', 5, 'restores relations with'],
  ['restore ties', 'verb', 'COOPERATE', 'restore-relations', 5, 'restores relations with'],
  ['resume relations', 'verb', 'COOPERATE', 'restore-relations', 5, 'restores relations with'],
  ['normalize relations', 'verb', 'COOPERATE', 'restore-relations', 5, 'restores relations with'],
  ['normalise relations', 'verb', 'COOPERATE', 'restore-relations', 5, 'restores relations with'],
  ['establish relations', 'verb', 'COOPERATE', 'restore-relations', 5, 'restores relations with'],
  ['establish ties', 'verb', 'COOPERATE', 'restore-relations', 5, 'restores relations with'],
  ['present', 'verb', 'COOPERATE', 'give-gift', 3, 'gives a gift to', { needs: GIFTS }],
  ['give', 'verb', 'COOPERATE', 'give-gift', 3, 'gives a gift to', { needs: GIFTS.filter((g) => g !== 'with') }],
  ['cooperation', 'noun', 'COOPERATE', 'cooperate', 4, 'cooperates with'],
  ['cooperate', 'verb', 'COOPERATE', 'cooperate', 4, 'cooperates with'],
  ['employ', 'verb', 'COOPERATE', 'employ-workers', 3, 'employs workers from'],
  // AID
  ['ship', 'verb', 'AID', 'ship-weapons', 6, 'ships weapons to', { needs: WEAPONS }],
  ['supply', 'verb', 'AID', 'ship-weapons', 6, 'supplies weapons to', { needs: WEAPONS }],
  ['send', 'verb', 'AID', 'ship-weapons', 6, 'sends weapons to', { needs: ['rifles', 'guns', 'tanks', 'weapon', 'weapons', 'munitions', 'ammunition', 'artillery', 'shells', 'missiles', 'arms'] }],
  ['send troops', 'verb', 'AID', 'send-troops', 6, 'sends troops to'],
  ['send soldiers', 'verb', 'AID', 'send-troops', 6, 'sends troops to'],
  ['deploy troops', 'verb', 'MOBILIZE', 'deploy-troops', -4, 'deploys troops to'],
  ['give', 'verb', 'AID', 'give-aid', 5, 'gives aid to', { needs: ['aid', 'assistance', 'technology', 'weapons'] }],
  ['military aid', 'noun', 'AID', 'military-aid', 6, 'gives military aid to'],
  ['military assistance', 'noun', 'AID', 'military-aid', 6, 'gives military aid to'],
  ['military support', 'noun', 'AID', 'military-aid', 6, 'gives military aid to'],
  ['assistance', 'noun', 'AID', 'economic-aid', 5, 'gives assistance to'],
  // "the Soviet Union helped North Korea's government"; "sent weapons to help the army" is the purpose of the sending, not a second act
  ['help', 'verb', 'AID', 'give-aid', 5, 'helps', { notAfter: ['to'], notBefore: PARTICLES }],
  // REQUEST
  ['request', 'noun', 'REQUEST', 'request', 0, 'asks'],
  ['request', 'verb', 'REQUEST', 'request', 0, 'asks'],
  ['urge', 'verb', 'REQUEST', 'request', 0, 'urges'],
  ['call for', 'verb', 'REQUEST', 'request', 0, 'calls for'],
  // ACCUSE / REJECT
  ['accuse', 'verb', 'ACCUSE', 'accuse', -3, 'accuses'],
  ['blame', 'verb', 'ACCUSE', 'accuse', -3, 'blames'],
  ['criticize', 'verb', 'ACCUSE', 'criticize', -2, 'criticises'],
  ['criticise', 'verb', 'ACCUSE', 'criticize', -2, 'criticises'],
  ['condemn', 'verb', 'ACCUSE', 'criticize', -3, 'condemns'],
  ['oppose', 'verb', 'REJECT', 'oppose', -2, 'opposes'],
  ['reject', 'verb', 'REJECT', 'reject', -3, 'rejects'],
  // THREATEN
  ['threaten', 'verb', 'THREATEN', 'threaten', -6, 'threatens'],
  ['warn', 'verb', 'THREATEN', 'warn', -4, 'warns'],
  // SANCTION
  ['sanction', 'verb', 'SANCTION', 'sanction', -5, 'sanctions'],
  ['impose sanctions', 'verb', 'SANCTION', 'sanction', -5, 'imposes sanctions on'],
  ['punish', 'verb', 'SANCTION', 'sanction', -5, 'punishes'],
  ['expel', 'verb', 'SANCTION', 'expel', -5, 'expels'],
  ['sever ties', 'verb', 'REJECT', 'sever-ties', -5, 'severs ties with'],
  ['cut ties', 'verb', 'REJECT', 'sever-ties', -5, 'cuts ties with'],
  ['sever relations', 'verb', 'REJECT', 'sever-ties', -5, 'severs ties with'],
  ['cut relations', 'verb', 'REJECT', 'sever-ties', -5, 'cuts ties with'],
  ['suspend relations', 'verb', 'REJECT', 'sever-ties', -5, 'severs ties with'],
  ['break off relations', 'verb', 'REJECT', 'sever-ties', -5, 'severs ties with'],
  // MOBILIZE
  ['launch', 'verb', 'MOBILIZE', 'launch-missile', -5, 'launches missiles', { needs: ['missile', 'missiles', 'rocket', 'rockets', 'ballistic', 'satellite', 'icbm'] }],
  ['fire', 'verb', 'MOBILIZE', 'launch-missile', -5, 'fires missiles', { needs: ['missile', 'missiles', 'rocket', 'rockets', 'ballistic'] }],
  ['missile launch', 'noun', 'MOBILIZE', 'launch-missile', -5, 'launches missiles'],
  ['launch', 'noun', 'MOBILIZE', 'launch-missile', -5, 'launches missiles', { needs: ['missile', 'missiles', 'launches', 'launch'] }],
  ['nuclear test', 'noun', 'MOBILIZE', 'nuclear-test', -6, 'holds a nuclear test'],
  ['weapons test', 'noun', 'MOBILIZE', 'weapons-test', -5, 'tests weapons'],
  ['military drill', 'noun', 'MOBILIZE', 'military-exercise', -4, 'holds military drills with'],
  ['mobilize', 'verb', 'MOBILIZE', 'mobilize', -4, 'mobilises'],
  // ASSAULT
  ['invade', 'verb', 'ASSAULT', 'invade', -10, 'invades'],
  ['invasion', 'noun', 'ASSAULT', 'invade', -10, 'invades'],
  ['attack', 'verb', 'ASSAULT', 'attack', -9, 'attacks'],
  ['attack', 'noun', 'ASSAULT', 'attack', -9, 'attacks'],
  ['strike', 'noun', 'ASSAULT', 'attack', -9, 'strikes'],
  // "a Russian missile strike on Kharkiv": a strike named by its weapon is an attack, never a walkout
  ['missile strike', 'noun', 'ASSAULT', 'attack', -9, 'strikes'],
  ['rocket strike', 'noun', 'ASSAULT', 'attack', -9, 'strikes'],
  ['drone strike', 'noun', 'ASSAULT', 'attack', -9, 'strikes'],
  ['artillery strike', 'noun', 'ASSAULT', 'shelling', -9, 'shells'],
  ['bomb', 'verb', 'ASSAULT', 'bombing', -9, 'bombs'],
  ['shell', 'verb', 'ASSAULT', 'shelling', -9, 'shells'],
  ['kill', 'verb', 'ASSAULT', 'kill', -10, 'kills'],
  ['fight', 'verb', 'ASSAULT', 'armed-clash', -8, 'fights'],
  ['war', 'noun', 'ASSAULT', 'war', -10, 'wages war on'],
  // COERCE
  ['arrest', 'verb', 'COERCE', 'arrest', -6, 'arrests'],
  ['detain', 'verb', 'COERCE', 'arrest', -6, 'detains'],
  ['abduct', 'verb', 'COERCE', 'abduct', -8, 'abducts'],
  ['kidnap', 'verb', 'COERCE', 'abduct', -8, 'kidnaps'],
  ['seize', 'verb', 'COERCE', 'seize', -6, 'seizes'],
  // PROTEST
  ['protest', 'verb', 'PROTEST', 'demonstrate', -3, 'protests against'],
  ['protest', 'noun', 'PROTEST', 'demonstrate', -3, 'protests against'],
  ['demonstrate', 'verb', 'PROTEST', 'demonstrate', -3, 'demonstrates against', { notAfter: MILITARY }],
  ['rally', 'noun', 'PROTEST', 'demonstrate', -3, 'rallies against'],
  ['march', 'verb', 'PROTEST', 'demonstrate', -3, 'marches against'],
  // "missiles struck the city" hits a target; "dock workers struck over pay" walks out (no object)
  ['strike', 'verb', 'ASSAULT', 'attack', -9, 'strikes', { notBefore: [...PARTICLES, 'over', 'for', 'against', 'again', 'today', 'yesterday'] }],
  ['strike', 'verb', 'PROTEST', 'strike', -3, 'strikes against'],
  ['riot', 'noun', 'PROTEST', 'riot', -6, 'riots against'],
  // Fine-grained violence and unrest (ACLED-style modes; see docs/ontology.md)
  ['airstrike', 'noun', 'ASSAULT', 'air-strike', -9, 'carries out air strikes on'],
  ['air strike', 'noun', 'ASSAULT', 'air-strike', -9, 'carries out air strikes on'],
  ['air raid', 'noun', 'ASSAULT', 'air-strike', -9, 'carries out air strikes on'],
  ['drone strike', 'noun', 'ASSAULT', 'air-strike', -9, 'carries out air strikes on'],
  ['warplanes', 'noun', 'ASSAULT', 'air-strike', -9, 'carries out air strikes on'],
  ['jets', 'noun', 'ASSAULT', 'air-strike', -9, 'carries out air strikes on', { needs: ['bombed', 'struck', 'pounded', 'targeted', 'raids', 'strikes'] }],
  ['shelling', 'noun', 'ASSAULT', 'shelling', -9, 'shells'],
  ['shell', 'noun', 'ASSAULT', 'shelling', -9, 'shells', { needs: ['fired', 'fire', 'fires', 'firing', 'launched', 'lobbed', 'hit', 'landed', 'struck'] }],
  ['mortar', 'noun', 'ASSAULT', 'shelling', -9, 'shells'],
  ['artillery', 'noun', 'ASSAULT', 'shelling', -9, 'shells', { needs: ['fire', 'fired', 'shells', 'attack', 'strikes', 'shelling'] }],
  ['rockets', 'noun', 'ASSAULT', 'shelling', -9, 'fires rockets at'],
  ['missile attack', 'noun', 'ASSAULT', 'shelling', -9, 'fires missiles at'],
  ['suicide', 'noun', 'ASSAULT', 'suicide-bombing', -10, 'carries out a suicide bombing on'],
  ['blew himself up', 'verb', 'ASSAULT', 'suicide-bombing', -10, 'carries out a suicide bombing on'],
  ['grenade', 'noun', 'ASSAULT', 'grenade', -9, 'throws a grenade at'],
  ['chemical', 'noun', 'ASSAULT', 'chemical-weapons', -10, 'uses chemical weapons on'],
  ['chlorine', 'noun', 'ASSAULT', 'chemical-weapons', -10, 'uses chemical weapons on'],
  ['sarin', 'noun', 'ASSAULT', 'chemical-weapons', -10, 'uses chemical weapons on'],
  ['toxic gas', 'noun', 'ASSAULT', 'chemical-weapons', -10, 'uses chemical weapons on'],
  ['ied', 'noun', 'ASSAULT', 'explosive', -9, 'sets off an explosive against'],
  ['landmine', 'noun', 'ASSAULT', 'explosive', -9, 'sets off an explosive against'],
  ['roadside bomb', 'noun', 'ASSAULT', 'explosive', -9, 'sets off an explosive against'],
  ['explosive device', 'noun', 'ASSAULT', 'explosive', -9, 'sets off an explosive against'],
  ['mine', 'noun', 'ASSAULT', 'explosive', -9, 'sets off an explosive against', { needs: ['exploded', 'explosion', 'stepped', 'blast', 'killed', 'land'] }],
  ['car bomb', 'noun', 'ASSAULT', 'explosive', -9, 'sets off an explosive against'],
  ['defuse', 'verb', 'COERCE', 'seize-weapons', -5, 'seizes weapons of'],
  ['weapons cache', 'noun', 'COERCE', 'seize-weapons', -5, 'seizes weapons of'],
  ['confiscate', 'verb', 'COERCE', 'seize-weapons', -5, 'seizes weapons of'],
  ['recover', 'verb', 'COERCE', 'seize-weapons', -5, 'seizes weapons of', { needs: ['weapons', 'explosives', 'arms', 'ammunition', 'rifles', 'bomb', 'grenades', 'ied', 'ieds'] }],
  ['seize', 'verb', 'COERCE', 'seize-weapons', -5, 'seizes weapons of', { needs: ['weapons', 'explosives', 'arms', 'ammunition', 'rifles', 'bomb', 'grenades', 'ied', 'ieds'] }],
  ['rape', 'verb', 'ASSAULT', 'sexual-violence', -9, 'sexually assaults'],
  ['rape', 'noun', 'ASSAULT', 'sexual-violence', -9, 'sexually assaults'],
  ['sexual', 'noun', 'ASSAULT', 'sexual-violence', -9, 'sexually assaults'],
  ['clash', 'verb', 'ASSAULT', 'armed-clash', -8, 'clashes with'],
  ['clash', 'noun', 'ASSAULT', 'armed-clash', -8, 'clashes with'],
  ['gunfight', 'noun', 'ASSAULT', 'armed-clash', -8, 'clashes with'],
  ['exchange of fire', 'noun', 'ASSAULT', 'armed-clash', -8, 'clashes with'],
  ['fighting', 'noun', 'ASSAULT', 'armed-clash', -8, 'clashes with'],
  ['mob', 'noun', 'ASSAULT', 'mob-violence', -8, 'attacks'],
  ['lynch', 'verb', 'ASSAULT', 'mob-violence', -8, 'lynches'],
  ['torch', 'verb', 'ASSAULT', 'destroy-property', -7, 'destroys property of'],
  ['set fire', 'verb', 'ASSAULT', 'destroy-property', -7, 'destroys property of'],
  ['vandalize', 'verb', 'ASSAULT', 'destroy-property', -7, 'destroys property of'],
  ['vandalise', 'verb', 'ASSAULT', 'destroy-property', -7, 'destroys property of'],
  ['demolish', 'verb', 'ASSAULT', 'destroy-property', -7, 'destroys property of'],
  ['capture', 'verb', 'ASSAULT', 'seize-territory', -8, 'captures'],
  ['take control', 'verb', 'ASSAULT', 'seize-territory', -8, 'takes control of'],
  ['overrun', 'verb', 'ASSAULT', 'seize-territory', -8, 'overruns'],
  ['recapture', 'verb', 'ASSAULT', 'regain-territory', -8, 'recaptures'],
  ['retake', 'verb', 'ASSAULT', 'regain-territory', -8, 'retakes'],
  ['regain', 'verb', 'ASSAULT', 'regain-territory', -8, 'regains', { needs: TERRITORY }],
  ['liberate', 'verb', 'ASSAULT', 'regain-territory', -8, 'liberates'],
  ['headquarters', 'noun', 'MOBILIZE', 'establish-base', -3, 'establishes a base in'],
  ['establish', 'verb', 'MOBILIZE', 'establish-base', -3, 'establishes a base in'],
  ['set up', 'verb', 'MOBILIZE', 'establish-base', -3, 'establishes a base in'],
  ['merge', 'verb', 'MOBILIZE', 'change-tactics', -2, 'changes tactics'],
  ['tear gas', 'noun', 'COERCE', 'repress-protest', -7, 'represses protesters'],
  ['disperse', 'verb', 'COERCE', 'repress-protest', -7, 'disperses'],
  ['water cannon', 'noun', 'COERCE', 'repress-protest', -7, 'represses protesters'],
  ['rubber bullets', 'noun', 'COERCE', 'repress-protest', -7, 'represses protesters'],
  ['rioter', 'noun', 'PROTEST', 'riot', -6, 'riots against'],
  ['stone', 'verb', 'PROTEST', 'riot', -6, 'riots against', { needs: ['police', 'protesters', 'demonstrators', 'vehicles'] }],
  ['pelt', 'verb', 'PROTEST', 'riot', -6, 'riots against'],
  ['demonstration', 'noun', 'PROTEST', 'demonstrate', -3, 'demonstrates against', { notAfter: MILITARY }],
  ['sit-in', 'noun', 'PROTEST', 'demonstrate', -3, 'demonstrates against'],
  ['protester', 'noun', 'PROTEST', 'demonstrate', -3, 'demonstrates against'],
  ['smuggle', 'verb', 'COERCE', 'organized-crime', -5, 'smuggles'],
  ['trafficking', 'noun', 'COERCE', 'organized-crime', -5, 'traffics'],
  ['cartel', 'noun', 'COERCE', 'organized-crime', -5, 'commits organised crime'],
  ['gang', 'noun', 'COERCE', 'organized-crime', -5, 'commits organised crime'],
  ['claim responsibility', 'verb', 'ACCUSE', 'claim-responsibility', -3, 'claims responsibility for'],
  ['hand over', 'verb', 'RETREAT', 'hand-over', 4, 'hands over'],
  ['cede', 'verb', 'RETREAT', 'hand-over', 4, 'cedes'],
  ['abduction', 'noun', 'COERCE', 'abduct', -8, 'abducts'],
  ['arrest', 'noun', 'COERCE', 'arrest', -6, 'arrests'],
  ['shoot', 'verb', 'ASSAULT', 'attack', -9, 'shoots at'],
  ['stab', 'verb', 'ASSAULT', 'attack', -9, 'stabs'],
  ['ambush', 'verb', 'ASSAULT', 'armed-clash', -8, 'ambushes'],
  // RETREAT / CONCEDE
  ['withdraw', 'verb', 'RETREAT', 'withdraw', 4, 'withdraws from'],
  ['retreat', 'verb', 'RETREAT', 'withdraw', 4, 'retreats from'],
  ['release', 'verb', 'CONCEDE', 'release', 4, 'releases'],
  // "Israel freed 200 Palestinian prisoners"; not "free trade", "freed up funds"
  ['free', 'verb', 'CONCEDE', 'release', 4, 'releases', { needs: ['prisoners', 'hostages', 'detainees', 'captives', 'soldiers', 'journalist', 'journalists', 'activists', 'civilians'] }],
  // "Qatar and Egypt mediated the agreement": the mediators talk with both sides; they sign nothing
  ['mediate', 'verb', 'CONSULT', 'mediate', 2, 'mediates'],
  ['broker', 'verb', 'CONSULT', 'mediate', 2, 'mediates', { notAfter: ['a', 'the', 'power', 'honest'] }],
];

export const TRIGGERS: readonly TriggerEntry[] = ROWS.map(([lemma, pos, type, mode, intensity, phrase, extra]) => ({
  lemma,
  pos,
  type,
  mode,
  intensity,
  phrase,
  ...extra,
}));

/** How many tokens after a trigger its `needs` word may appear ("launched two short-range ballistic missiles"). */
export const NEEDS_WINDOW = 7;

/**
 * How many tokens after a verb `needsObject` reads for its object's head: a determiner, a
 * possessor and two modifiers ("welcomed the government's surprise decision"). Checked on the seeds
 * (every welcome of a visitor stays a visit) and on invented sentences in rules.test.ts.
 */
export const OBJECT_HEAD_REACH = 5;

/**
 * Words of a quantity that a phrase trigger's gap does not count ("sent between 10,000 and 12,000
 * troops", "shipped about 40 tanks"): the numbers themselves are skipped too. Word list, no
 * threshold: CASE 2021 and the seed events unchanged.
 */
export const QUANTITY_WORDS: ReadonlySet<string> = new Set([
  'between', 'and', 'to', 'about', 'around', 'some', 'nearly', 'almost', 'roughly', 'approximately', 'over', 'more', 'than', 'at', 'least',
  'up', 'as', 'many', 'much', 'several', 'hundreds', 'thousands', 'dozens', 'tens', 'of', 'an', 'estimated', 'additional', 'extra', 'further',
]);
