/**
 * The word list prose is drawn from: common English words first (so queries such as "ferry" or "winter"
 * find works), then invented words, ranked for a Zipf distribution as natural text has.
 * @module
 */
import { pseudoWord } from './names.js'
import { Rng } from './prng.js'
import { WeightedTable, zipfWeights } from './weighted-table.js'

const ENGLISH =
  `the and to a of he was in i it you that his her she had as with for on at but not they him be is
said up from so out what one all me were we have there this my back into just like could would them been an
or no about do if down know their when over then can time eyes did more only before get around now even see
hand head face too something way think away right still how looked off will through again want going room
where who which door felt good never here little look long made other thought last moment much turned your
any go because first night are left than smile voice while might some better hair against really take tell
say come let sure why own maybe mouth man heart body well love once without after those being nothing knew
next hands day our home these things make enough feel always life asked has though small since bed world
light dark cold warm quiet softly fingers shoulder breath kiss tears laugh whisper window morning evening
letter river ferry winter summer autumn spring rain snow storm fire sea ship castle dragon sword magic wolf
prince queen king knight forest garden mirror shadow star moon sun song book coffee tea kitchen city street
train road bridge island village tower battle war peace home family brother sister friend stranger mission
secret promise memory dream nightmare blood wound healer doctor captain soldier pilot detective school
library museum market tavern inn harbor lighthouse mountain valley desert ocean lake meadow field cabin
apartment office hospital station archive ghost witch demon angel vampire hunter thief spy agent rival
partner lover husband wife child ring crown letter map key lantern candle blanket scarf jacket boots rose
lily ivy thorn feather silver gold iron glass stone paper ink music piano violin dance festival holiday
birthday wedding funeral journey return escape rescue trial bargain curse spell potion prophecy`
    .split(/\s+/)
    .filter(Boolean)

/** Number of distinct words; a size where mid-ranked words occur in a few percent of works. */
export const VOCABULARY_SIZE = 40_000
/** Zipf exponent of word frequencies, close to English's. */
export const ZIPF_EXPONENT = 1.0

export interface Vocabulary {
  /** Words by rank, most frequent first. */
  words: readonly string[]
  /** Draws words with Zipf frequencies. */
  table: WeightedTable<string>
}

export function buildVocabulary(seed: string, size = VOCABULARY_SIZE): Vocabulary {
  const rng = new Rng(seed, 'vocabulary')
  const seen = new Set<string>()
  const words: string[] = []
  for (const word of ENGLISH) {
    if (words.length >= size) break
    if (!seen.has(word)) {
      seen.add(word)
      words.push(word)
    }
  }
  while (words.length < size) {
    const word = pseudoWord(rng, 3)
    if (word.length < 3 || seen.has(word)) continue
    seen.add(word)
    words.push(word)
  }
  return { words, table: new WeightedTable(words, zipfWeights(size, ZIPF_EXPONENT)) }
}
