/**
 * Reaches and word lists of trigger roles (event-roles.ts): the parties of a noun, the giver of a
 * received noun, "they" and its antecedent event, the passive and its agent, the infinitive and its
 * subject, a non-entity subject's words.
 *
 * The reaches were set by reading the seed articles, not swept. Each covers the example it names,
 * and at the neighbouring values given with it the CASE 2021 figures (`npm run eval:events`: type
 * macro-F1 0.3005, accuracy 0.6353) and the seed events (`src/extract/dev/show-seeds.ts`) are
 * unchanged: they guard rare constructions that neither data set decides.
 */

/** Prepositions after a noun trigger whose coordinated names are its parties: "the cooperation between North Korea and Russia". */
export const PARTY_PREPOSITIONS: ReadonlySet<string> = new Set(['between', 'among']);

/** "… in exchange for food and military aid": before a noun trigger, reverses the roles of the event before it (up to three words between). */
export const EXCHANGE_BEFORE = /\bin exchange for(\s+[\p{L}-]+){0,3}\s*$/iu;

/** Characters before a noun trigger read for EXCHANGE_BEFORE: "in exchange for" (15) and three words of up to seven letters. Unchanged at 30 and 50. */
export const EXCHANGE_CHARS = 40;

/** Tokens from a received noun trigger to its "from": "assistance from Moscow" needs 1, "aid and weapons from" 3. Unchanged at 3 and 5. */
export const GIVER_REACH = 4;

/** Tokens after the comma of "Eager to receive more aid, Putin began …" read for the main clause's subject: a few names with titles. Unchanged at 8 and 16. */
export const MAIN_CLAUSE_REACH = 12;

/** How many earlier events a "they" may reach back to: the seeds' plural antecedents are one or two events back. Unchanged at 2 and 4. */
export const PLURAL_REACH = 3;

/** Tokens from "they" to the trigger it is the subject of: "They also quickly discussed" needs 3. Unchanged at 3 and 5. */
export const THEY_REACH = 4;

/** Forms of "be" (and "get") before a past participle that make a passive: "are sanctioned", "got attacked". */
export const BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'got', 'gets']);

/** Endings of a past participle that may be passive: "sanctioned", "shown", "taken", "brought", "struck". */
export const PARTICIPLE_ENDING = /ed$|wn$|en$|ht$|ck$/;

/** Words that may stand between a form of "be" and its participle besides -ly adverbs: "was not attacked", "is also sanctioned". */
export const PASSIVE_SKIPPED: ReadonlySet<string> = new Set(['not', 'also']);

/** Tokens from a participle back to its form of "be": "is also heavily sanctioned" needs 3 (roles.test.ts). Unchanged at 2 and 4. */
export const PASSIVE_REACH = 3;

/** Tokens from a coordinated verb back to the "to" of its infinitive: "to reinforce its border and sign" needs 5. Unchanged at 8 and 12. */
export const INFINITIVE_REACH = 10;

/** Tokens from a passive participle to its "by": "sanctioned again last year by" needs 4. Unchanged at 5 and 7. */
export const AGENT_REACH = 6;

/**
 * Words a clause's non-entity subject may have for a summary: "This landmark agreement" has 3, "the
 * letter" 2; a longer run is a clause, not a subject (roles.test.ts). Unchanged at 4 and 6.
 */
export const SUBJECT_WORDS = 5;

/**
 * A verb right after one of these (and an optional COORDINATED_ADVERBS word) shares the subject of
 * the verb before it: "Berg accused Valdoria … and threatened sanctions", "Kim met Shoigu and then
 * discussed …". Word lists, no threshold: checked on the seeds (events unchanged) and CASE 2021.
 */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'or']);
export const COORDINATED_ADVERBS: ReadonlySet<string> = new Set(['then', 'also', 'later', 'subsequently', 'quickly']);

/**
 * Verbs whose subject stands outside the agreement or act named by their object noun: "Qatar and
 * Egypt mediated the agreement", "Washington welcomed the deal", "Seoul condemned the pact" (the
 * noun then takes no actor from the clause's subject). Inflected forms listed; no threshold.
 */
export const NOT_PARTY_VERBS: ReadonlySet<string> = new Set([
  'mediated', 'mediate', 'mediates', 'mediating', 'brokered', 'broker', 'brokers', 'brokering', 'facilitated', 'facilitate',
  'welcomed', 'welcomes', 'welcome', 'condemned', 'condemns', 'condemn', 'criticised', 'criticized', 'criticises', 'criticizes',
  'rejected', 'rejects', 'opposed', 'opposes', 'denounced', 'denounces', 'praised', 'praises', 'hailed', 'hails',
]);
