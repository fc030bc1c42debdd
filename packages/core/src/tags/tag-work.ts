/**
 * The tagging step between reading and writing: author tags mapped to the vocabulary's canonical tags
 * (with their meta tags as filter values), then the tags the author left out inferred from the text,
 * then whether its fandoms, authored or inferred, make it a crossover.
 * The hash is taken last, so a vocabulary change that changes a work's tags also changes its hash and
 * the next run rewrites exactly the works it affects.
 * @module
 */
import { inferTags } from '../infer/index.js'
import { withContentHash } from '../model/content-hash.js'
import type { Work } from '../model/work.js'
import { isCrossover } from './crossover.js'
import type { Vocabulary } from './vocabulary.js'
import { wrangleWork } from './wrangle-work.js'

export interface TaggedWork {
  work: Work
  /** Author tags the vocabulary does not know, kept as written. */
  unwrangled: { kind: string; tag: string }[]
}

/** @example tagWork(defaultVocabulary(), normalizeWork(source)).work.relationships */
export function tagWork(vocab: Vocabulary, work: Work): TaggedWork {
  const wrangled = wrangleWork(vocab, work)
  const tagged = inferTags(vocab, wrangled.work).work
  const crossover = isCrossover(vocab, tagged.fandoms)
  return { work: withContentHash({ ...tagged, crossover }), unwrangled: wrangled.unwrangled }
}
