/**
 * The English words story reading looks for: pronouns by person and gender, speech verbs that attribute
 * dialogue, and the words that say how two people interact (touch, intimacy, affection, friendship).
 * Language data, not fandom data: the vocabulary holds what is particular to a canon.
 * @module
 */
import type { Gender } from '../../tags/vocabulary-schema.js'

export const THIRD_PERSON: Readonly<Record<string, Exclude<Gender, 'nonbinary'>>> = {
  he: 'male',
  him: 'male',
  his: 'male',
  himself: 'male',
  she: 'female',
  her: 'female',
  hers: 'female',
  herself: 'female',
}
export const FIRST_PERSON: ReadonlySet<string> = new Set(['i', 'me', 'my', 'mine', 'myself'])
export const SECOND_PERSON: ReadonlySet<string> = new Set(['you', 'your', 'yours', 'yourself'])

/** Verbs that attribute a line of dialogue: `"…," she said`, `said Lexie`, `Bailey asks`. */
export const SPEECH_VERBS: ReadonlySet<string> = new Set(
  (
    'say says said ask asks asked reply replies replied answer answers answered whisper whispers ' +
    'whispered murmur murmurs murmured mutter mutters muttered shout shouts shouted yell yells yelled ' +
    'call calls called add adds added agree agrees agreed admit admits admitted announce announces ' +
    'announced snap snaps snapped tell tells told begin begins began continue continues continued repeat ' +
    'repeats repeated offer offers offered insist insists insisted promise promises promised sigh sighs ' +
    'sighed demand demands demanded explain explains explained protest protests protested breathe breathes ' +
    'breathed correct corrects corrected observe observes observed press presses pressed prompt prompts ' +
    'prompted counter counters countered echo echoes echoed warn warns warned tease teases teased ' +
    'interrupt interrupts interrupted manage manages managed confess confesses confessed groan groans ' +
    'groaned hiss hisses hissed laugh laughs laughed'
  ).split(' '),
)

/** Verbs of thought and perception: the narration follows whoever does them ("Pete decides"). */
export const COGNITION_VERBS: ReadonlySet<string> = new Set(
  (
    'think thinks thought know knows knew feel feels felt wonder wonders wondered decide decides decided ' +
    'realize realizes realized realise realises realised notice notices noticed remember remembers ' +
    'remembered hate hates hated want wants wanted understand understands understood believe believes ' +
    'believed hope hopes hoped wish wishes wished reflect reflects reflected learn learns learned'
  ).split(' '),
)

/** Auxiliaries that may stand between a subject and its verb: "Bailey could respect", "she had learned". */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  'could would had has did does can will might must should was is'.split(' '),
)

/**
 * Cue phrases for how two people on the page interact, matched case-insensitively (`*` ends a prefix).
 * Touch is any contact; intimacy is romantic or sexual contact; affection is romantic feeling said or
 * shown; partner words name a romantic relationship, former ones one that is over; home words a shared
 * home; friendship words a platonic one. Earlier kinds win where phrases overlap: "ex-wife" is former, not also a wife.
 */
const phrases = (list: string): readonly string[] => list.split('|')

export const INTERACTION_CUES = {
  former: phrases(
    'ex-wife|ex-husband|ex-boyfriend|ex-girlfriend|my ex|your ex|her ex|his ex|divorce*|broke up|break up',
  ),
  touch: phrases(
    'touch*|hold*|held|hug*|hand|hands|finger*|arm|arms|shoulder*|hair|cheek|forehead|squeez*|grab*|lean*|' +
      'tuck|tucked|tucks|tucking|brush*|pull*|chin|ankle|palm|her lips|his lips|her mouth|his mouth',
  ),
  intimacy: phrases(
    'kiss*|made love|make love|slept with|sleeping with|slept together|in bed with|in bed together|in his arms|' +
      'in her arms|naked|' +
      'undress*|caress*|his hands in|her hands in|moan*|morning after|making out|made out',
  ),
  affection: phrases(
    'in love|love you|loved you|i love|want you|miss you|jealous|lover*|darling|sweetheart|choose me|' +
      'chose me|flirt*|date me',
  ),
  partner: phrases(
    'got married|get married|getting married|husband|wife|married|marriage|boyfriend|girlfriend|fiancé*|' +
      'fiance*|wedding|affair|dating|date',
  ),
  home: phrases('couch|sofa|our apartment|the apartment|kitchen|bedroom|in bed|our bed|breakfast|the dishes'),
  friendship: phrases(
    'friend|friends|best friend|friendship|my person|your person|buddy|pal|mentor|intern|interns|resident|' +
      'teach*|taught',
  ),
} as const
export type InteractionKind = keyof typeof INTERACTION_CUES

/**
 * Words that set a scene at work, in a hospital or a practice (matched case-insensitively, `*` ends a
 * prefix). Medicine, because the fandoms here are set in hospitals; a new fandom's workplace adds its
 * own.
 */
export const SETTING_CUES = {
  work: phrases(
    'hospital|surgery|surgeries|surgeon*|scrub|scrubs|scrubbed|scrubbing|on-call|chart|charts|attending*|' +
      'resident*|intern|interns|nurse*|patient*|consult*|rounds|pager|paged|operating room|clinic|gurney|' +
      'exam room|the practice',
  ),
} as const
