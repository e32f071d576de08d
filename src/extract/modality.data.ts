/**
 * Modality cues: words before a trigger (within MODALITY_WINDOW tokens, inside its clause) that
 * make an event planned, hypothetical, negated or reported rather than asserted.
 */

/** Tokens a modal cue may precede the trigger by ("will be visiting", "is expected to discuss"). */
export const MODALITY_WINDOW = 4;

export const NEGATION_CUES: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'refused', 'failed']);

/** Verbs of denial right before a trigger ("Russia and North Korea deny an arms deal"): the event is denied, whatever the quotes layer found. */
export const DENIAL_CUES: ReadonlySet<string> = new Set(['deny', 'denies', 'denied', 'denying', 'dismiss', 'dismisses', 'dismissed', 'refute', 'refutes', 'refuted', 'disputed', 'disputes']);

/** Future and intention: "will visit", "plans to", "is expected to", "ahead of his planned visit". */
export const PLANNED_CUES: readonly string[] = [
  'will', "'ll", 'shall', 'plans to', 'plan to', 'planned to', 'planning to', 'planned', 'expected to', 'expects to',
  'is to', 'are to', 'were to', 'was to', 'set to', 'scheduled to', 'due to', 'going to', 'intends to', 'intend to',
  'upcoming', 'forthcoming', 'ahead of', 'preparing to', 'prepares to', 'prepare to', 'aims to', 'aim to', 'would',
  'vowed to', 'vow to', 'pledged to', 'promised to', 'agreed to', 'agree to', 'hopes to', 'to be', 'eager to',
  'wants to', 'want to', 'seeks to', 'seeking to', 'hoping to', 'trying to', 'attempting to',
];

/** Conditions and possibilities: "if one is attacked", "in case of an attack", "might give". */
export const HYPOTHETICAL_CUES: readonly string[] = [
  'if', 'unless', 'in case of', 'in case', 'could', 'might', 'may', 'should', 'whether',
  'possibility of', 'prospect of', 'idea of',
];

/**
 * Condition words that reach the whole clause after them ("whether it includes joint military drills
 * or extends …"; "the possibility of having North Korean workers help rebuild …", where the trigger is
 * six tokens past the cue).
 */
export const CONDITION_WORDS: ReadonlySet<string> = new Set(['if', 'unless', 'in', 'whether', 'possibility', 'prospect', 'idea']);

/**
 * Verbs of deliberation: an act they take as a gerund or an infinitive is under discussion, not done
 * ("discussed deepening ties", "discussed political arrangements to employ workers", "are weighing
 * sending troops"). A noun object ("discussed the attack") keeps its own modality. Lemmas: `modality.ts`
 * matches all their forms (`verbForms`).
 */
export const DELIBERATION_LEMMAS: readonly string[] = ['discuss', 'consider', 'weigh', 'debate', 'mull', 'explore'];

/**
 * Tokens a deliberation verb may precede its gerund or infinitive by. The longest case in the seeds
 * and rules.test.ts is 8 ("discussed “working on political arrangements” to employ"); 10 leaves two
 * words of margin. Chosen from those cases, not swept; a clause break stops the search earlier.
 */
export const DELIBERATION_WINDOW = 10;

/** Hedged reporting without a named source: "has reportedly sent troops". */
export const REPORTED_CUES: ReadonlySet<string> = new Set(['reportedly', 'allegedly', 'purportedly', 'apparently', 'seemingly', 'supposedly', 'likely']);

/** Words that end a clause for modality scope when reading left from a trigger. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', ':', '.', 'but', 'that', 'which', 'who', '–', '—', '(', ')']);

/** Determiners and possessives: the next trigger word is a noun ("a visit", "his trip"). */
export const NOUN_DETERMINERS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'these', 'those', 'any', 'every', 'each',
  'another', 'two-day', 'three-day', 'first', 'second', 'further',
]);

/**
 * The tense of a journey whose purpose is a noun event ("has started his journey … for a summit",
 * "is heading to Pyongyang for talks"): present, perfect or future makes the purpose still to come;
 * past ("had traveled to Pyongyang for talks") leaves it told. Words looked for up to
 * PURPOSE_TENSE_REACH tokens before the journey's trigger.
 */
export const PRESENT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'is', 'are', 'am', 'will', "'s", "'re", '’s', '’re']);
export const PAST_AUXILIARIES: ReadonlySet<string> = new Set(['had', 'was', 'were', 'did']);
/**
 * Reach of that look-back: "has started his journey" puts the auxiliary 3 tokens before the journey
 * noun, the longest case in the seeds and rules.test.ts; 4 leaves one word of margin. Chosen from
 * those cases, not swept; a past auxiliary or clause break stops the search earlier.
 */
export const PURPOSE_TENSE_REACH = 4;

/**
 * Participles of plain speech that still report what follows ("rejected the criticism, saying it
 * had the right to …"); other -ing cues after a comma ("assuring mutual defense") add a stance, not
 * a report. Word list, no threshold: seeds and CASE 2021 unchanged.
 */
export const SPEECH_PARTICIPLE_LEMMAS: ReadonlySet<string> = new Set([
  'say', 'tell', 'add', 'note', 'warn', 'insist', 'claim', 'argue', 'state', 'explain', 'announce', 'declare', 'report', 'write', 'stress',
]);
