/**
 * Reading a story for who it is about: its voice, who refers to whom in narration and dialogue, who is
 * on the page and whose story it is, and how each pair interacts. Computed once per work and shared by
 * the relationship, era and trope inference.
 * @module
 */
import type { Vocabulary } from '../../tags/vocabulary.js'
import type { Gender } from '../../tags/vocabulary-schema.js'
import type { Mention } from '../find-characters.js'
import type { WorkText } from '../work-text.js'
import { type Bond, readBonds } from './bonds.js'
import { type Cast, readCast } from './cast.js'
import { type Letter, letterParties, readLetter } from './letter.js'
import { readReferences, type StoryReferences } from './references.js'
import { readSetting, type Setting } from './setting.js'
import { guessViewpoint } from './viewpoint.js'
import { readVoice, type Voice } from './voice.js'

export interface Story {
  /** Words in the text: interaction is weighed against length. */
  words: number
  voice: Voice
  references: StoryReferences
  cast: Cast
  bonds: Bond[]
  setting: Setting
  /** Its letter form, when it is written as one. */
  letter?: Letter
}

export function readStory(vocab: Vocabulary, text: WorkText, mentions: readonly Mention[]): Story {
  // A letter is its writer's, however often it says "you" to its reader.
  const letter = readLetter(text)
  const voice: Voice = letter === undefined ? readVoice(text) : { ...readVoice(text), person: 'first' }
  const genderOf = (entity: string): Gender | undefined => vocab.get('character', entity)?.gender
  const guess = voice.person === 'third' ? guessViewpoint(text, mentions, genderOf)?.entity : undefined
  const { cast, references } = readCast(
    (options) => readReferences(text, mentions, voice, genderOf, options),
    voice,
    guess,
    letter === undefined ? {} : letterParties(vocab, text, letter, mentions),
  )
  return {
    words: text.tokens.length,
    voice,
    references,
    cast,
    bonds: readBonds(text, references),
    setting: readSetting(text),
    ...(letter === undefined ? {} : { letter }),
  }
}
