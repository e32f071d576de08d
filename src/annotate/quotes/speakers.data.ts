import type { EntityType } from '../../core/ontology.ts';

/**
 * Plural anaphors as sources: words that stand for several speakers named before ("The pair vowed",
 * "The two leaders said", "Both countries deny", "They said"). `types` are the entity types the
 * antecedents may have; `count` is how many they must be (2 for "the pair", "the two …", "both …";
 * `many` for "they", which takes any coordination of two or more).
 */
export interface PluralAnaphor {
  readonly types: readonly EntityType[];
  readonly count: 2 | 'many';
}

const PEOPLE: PluralAnaphor = { types: ['PERSON'], count: 2 };
const STATES: PluralAnaphor = { types: ['GPE', 'ORG'], count: 2 };
const ANY_TWO: PluralAnaphor = { types: ['PERSON', 'GPE', 'ORG'], count: 2 };

/**
 * The anaphors, matched against the whole source span (lower-cased, spaces collapsed). Listed from
 * the seed articles' sources ("The pair", "The two leaders", "both leaders", "Both sides", "They")
 * and their obvious variants; generic plurals ("the leaders", "officials") are left out because they
 * often mean people who were never named.
 */
export const PLURAL_ANAPHORS: ReadonlyMap<string, PluralAnaphor> = new Map([
  ['they', { types: ['PERSON', 'GPE', 'ORG'], count: 'many' }],
  ['the pair', ANY_TWO], ['the two', ANY_TWO], ['both', ANY_TWO], ['the duo', PEOPLE],
  ['the two sides', ANY_TWO], ['both sides', ANY_TWO],
  ['the two leaders', PEOPLE], ['both leaders', PEOPLE], ['the two men', PEOPLE], ['both men', PEOPLE],
  ['the two presidents', PEOPLE], ['both presidents', PEOPLE],
  ['the two countries', STATES], ['both countries', STATES], ['the two nations', STATES], ['both nations', STATES],
  ['the two governments', STATES], ['both governments', STATES], ['the two neighbours', STATES], ['the two neighbors', STATES],
]);

/**
 * How many sentences before the source a noun anaphor ("the pair", "the two leaders") looks back for
 * a coordinated subject; "they" looks only at its own sentence and the one before, like the single
 * group antecedent (`groupAntecedent`). Three: in the seed articles the pair is named at most two
 * sentences before; further back a different pair is as likely (invented tests in speaker.test.ts).
 */
export const PLURAL_LOOKBACK_SENTENCES = 3;

/**
 * At most this many title or capitalised words may stand between two coordinated names ("Putin and
 * North Korean leader Kim": 3; "and Russian Foreign Minister Sergei Lavrov": 3). Four, as in the
 * participants' coordination (`src/extract/participants.ts`), so a quote and its event agree.
 */
export const COORDINATION_TITLE_WORDS = 4;
