/**
 * Reading a short text as a story in the test vocabulary's fandoms, for the story and inference tests.
 * @module
 */
import { findCharacters } from '../find-characters.js'
import { testVocabulary } from '../vocabulary.testkit.js'
import { WorkText } from '../work-text.js'
import { readStory, type Story } from './read-story.js'

export const GREYS = ["Grey's Anatomy"]

/** The story a text tells, its characters sought in these fandoms (default: Grey's Anatomy). */
export function storyOf(paragraphs: readonly string[], fandoms: readonly string[] = GREYS): Story {
  const vocab = testVocabulary()
  const text = new WorkText([paragraphs.join('\n\n')])
  return readStory(vocab, text, findCharacters(vocab, text, { scope: vocab.fandomScope(fandoms) }).mentions)
}
