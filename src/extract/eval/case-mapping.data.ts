/**
 * The 30 CASE 2021 task-2 labels mapped to the ontology (PLOVER type + mode); documented in
 * docs/ontology.md. `null` means the label has no PLOVER type (disasters, "other"): the system is
 * right on it when it finds no event. The inverse (mode → label) turns predictions into CASE labels.
 */
import type { PloverType } from '../../core/ontology.ts';

export const CASE_TO_ONTOLOGY: Readonly<Record<string, { readonly type: PloverType | null; readonly mode: string | null }>> = {
  ABDUCT_DISSAP: { type: 'COERCE', mode: 'abduct' },
  AGREEMENT: { type: 'AGREE', mode: 'sign-agreement' },
  AIR_STRIKE: { type: 'ASSAULT', mode: 'air-strike' },
  ARMED_CLASH: { type: 'ASSAULT', mode: 'armed-clash' },
  ARREST: { type: 'COERCE', mode: 'arrest' },
  ART_MISS_ATTACK: { type: 'ASSAULT', mode: 'shelling' },
  ATTACK: { type: 'ASSAULT', mode: 'attack' },
  CHANGE_TO_GROUP_ACT: { type: 'MOBILIZE', mode: 'change-tactics' },
  CHEM_WEAP: { type: 'ASSAULT', mode: 'chemical-weapons' },
  DISR_WEAP: { type: 'COERCE', mode: 'seize-weapons' },
  FORCE_AGAINST_PROTEST: { type: 'COERCE', mode: 'repress-protest' },
  GOV_REGAINS_TERIT: { type: 'ASSAULT', mode: 'regain-territory' },
  GRENADE: { type: 'ASSAULT', mode: 'grenade' },
  HQ_ESTABLISHED: { type: 'MOBILIZE', mode: 'establish-base' },
  MOB_VIOL: { type: 'ASSAULT', mode: 'mob-violence' },
  NON_STATE_ACTOR_OVERTAKES_TER: { type: 'ASSAULT', mode: 'seize-territory' },
  NON_VIOL_TERRIT_TRANSFER: { type: 'RETREAT', mode: 'hand-over' },
  OTHER: { type: null, mode: null },
  PEACE_PROTEST: { type: 'PROTEST', mode: 'demonstrate' },
  PROPERTY_DISTRUCT: { type: 'ASSAULT', mode: 'destroy-property' },
  PROTEST_WITH_INTER: { type: 'PROTEST', mode: 'protest-with-intervention' },
  REM_EXPLOS: { type: 'ASSAULT', mode: 'explosive' },
  SEX_VIOL: { type: 'ASSAULT', mode: 'sexual-violence' },
  SUIC_BOMB: { type: 'ASSAULT', mode: 'suicide-bombing' },
  VIOL_DEMONSTR: { type: 'PROTEST', mode: 'riot' },
  ORG_CRIME: { type: 'COERCE', mode: 'organized-crime' },
  NATURAL_DISASTER: { type: null, mode: null },
  MAN_MADE_DISASTER: { type: null, mode: null },
  DIPLO: { type: 'CONSULT', mode: 'meet' },
  ATTRIB: { type: 'ACCUSE', mode: 'claim-responsibility' },
};

/** Modes that map to a CASE label other than through CASE_TO_ONTOLOGY's exact mode. */
export const EXTRA_MODE_LABELS: Readonly<Record<string, string>> = {
  visit: 'DIPLO', discuss: 'DIPLO', 'send-delegation': 'DIPLO', 'send-message': 'DIPLO', agree: 'AGREEMENT',
  ceasefire: 'AGREEMENT', 'arms-deal': 'AGREEMENT', accuse: 'ATTRIB', kill: 'ATTACK', bombing: 'ATTACK', war: 'ARMED_CLASH',
  invade: 'ARMED_CLASH', seize: 'DISR_WEAP', 'launch-missile': 'ART_MISS_ATTACK', strike: 'PEACE_PROTEST', withdraw: 'NON_VIOL_TERRIT_TRANSFER',
  release: 'NON_VIOL_TERRIT_TRANSFER', 'deploy-troops': 'CHANGE_TO_GROUP_ACT',
  // DIPLO covers diplomacy broadly (sanctions, condemnations, requests, expulsions), wider than CONSULT
  sanction: 'DIPLO', expel: 'DIPLO', 'sever-ties': 'DIPLO', criticize: 'DIPLO', request: 'DIPLO', oppose: 'DIPLO',
  reject: 'DIPLO', threaten: 'DIPLO', warn: 'DIPLO', praise: 'DIPLO', endorse: 'DIPLO', 'defend-diplomatically': 'DIPLO',
  pledge: 'DIPLO', 'pledge-support': 'DIPLO', 'strengthen-ties': 'DIPLO', cooperate: 'DIPLO',
};

/**
 * Specificity when a snippet holds several events: the most specific mode names the snippet
 * (a "suicide bomber" snippet also says "killed"). Generic modes rank lowest. Calibrated by hand
 * on the ordering of ACLED's sub-event definitions, not tuned on the scores.
 */
export const GENERIC_MODES: ReadonlySet<string> = new Set(['attack', 'kill', 'war', 'meet', 'discuss', 'agree', 'seize', 'criticize', 'warn', 'accuse', 'pledge', 'visit']);

/**
 * Snippets about disasters have no PLOVER event; these cue words (from the CASE label definitions in
 * the task's docs, not from the snippets) name the disaster label when no specific event is found.
 */
export const DISASTER_CUES: readonly { readonly label: string; readonly re: RegExp }[] = [
  { label: 'NATURAL_DISASTER', re: /\b(earthquakes?|quakes?|floods?|flooding|cyclones?|hurricanes?|typhoons?|tsunamis?|landslides?|mudslides?|storms?|tornado(es)?|wildfires?|droughts?|volcan\w*|avalanches?|heat ?waves?)\b/i },
  { label: 'MAN_MADE_DISASTER', re: /\b(fire broke out|blaze|caught fire|collapsed?|derail\w*|crash(ed)?|capsized?|sank|leak(ed)?|spill|gas explosion|boiler|stampede|poisoning|accident)\b/i },
];

/** When a protest co-occurs with violence by protesters it is a riot; with force by police it is repression. */
export const PROTEST_COMBINATIONS: readonly { readonly label: string; readonly modes: readonly string[] }[] = [
  { label: 'FORCE_AGAINST_PROTEST', modes: ['repress-protest'] },
  { label: 'VIOL_DEMONSTR', modes: ['riot', 'destroy-property', 'armed-clash', 'attack', 'mob-violence'] },
];
