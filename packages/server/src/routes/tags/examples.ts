/**
 * Examples of what the tag routes answer, from the sample corpus, checked against the response
 * schemas by `openapi-examples.test.ts`.
 * @module
 */
import type { Tag, TagList } from './schema.js'

export const TAG_LIST_EXAMPLE = {
  tags: [
    {
      kind: 'relationship',
      name: 'Addison Montgomery/Derek Shepherd',
      matched: 'Addek',
      fandoms: ["Grey's Anatomy", 'Private Practice'],
      works: 7,
    },
    {
      kind: 'relationship',
      name: 'Addison Montgomery/Alex Karev',
      matched: 'Addex',
      fandoms: ["Grey's Anatomy"],
      works: 0,
    },
  ],
} satisfies TagList

export const TAG_EXAMPLE = {
  kind: 'relationship',
  name: 'Addison Montgomery/Derek Shepherd',
  wrangled: true,
  resolvedFrom: 'Addek',
  synonyms: ['Addek'],
  parents: [],
  ancestors: [],
  children: [],
  fandoms: ["Grey's Anatomy", 'Private Practice'],
  characters: ['Addison Montgomery', 'Derek Shepherd'],
  pairing: 'romantic',
  works: 7,
} satisfies Tag
