/**
 * Examples of what the tag routes answer, from the sample corpus, checked against the response
 * schemas by `openapi-examples.test.ts`.
 * @module
 */
import type { Tag, TagList } from './schema.js'
import type { TagSuggestions } from './suggest-tags.js'

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

export const SUGGEST_TAGS_REQUEST_EXAMPLE = {
  text: [
    'Addison finds Derek on the ferry at midnight, the way she used to find him in New York.',
    '"You came back," he says.',
    '"I came back," Addison says. "Seattle Grace needed a neonatal surgeon, and I needed you to look at me."',
    'Derek looks at her for a long time. Then he kisses her, the way he did before the divorce, before Mark, before any of it.',
  ].join('\n\n'),
  fandoms: ["Grey's Anatomy"],
}

/** What the route answers to {@link SUGGEST_TAGS_REQUEST_EXAMPLE}, word for word (`suggest-tags.test.ts`). */
export const TAG_SUGGESTIONS_EXAMPLE = {
  suggestions: [
    {
      kind: 'character',
      tag: 'Addison Montgomery',
      confidence: 0.5,
      evidence: [{ phrase: 'Addison', count: 2 }],
      added: true,
    },
    {
      kind: 'character',
      tag: 'Derek Shepherd',
      confidence: 0.5,
      evidence: [{ phrase: 'Derek', count: 2 }],
      added: true,
    },
    {
      kind: 'character',
      tag: 'Mark Sloan',
      confidence: 0.333,
      evidence: [{ phrase: 'Mark', count: 1 }],
      added: true,
    },
    {
      kind: 'era',
      tag: "Grey's Anatomy Season 3",
      confidence: 0.378,
      evidence: [
        { phrase: 'Seattle Grace', count: 1 },
        { phrase: 'the ferry', count: 1 },
        { phrase: 'Addison Montgomery/Derek Shepherd: separated', count: 1 },
        { phrase: 'Addison Montgomery/Mark Sloan: together', count: 1 },
        { phrase: 'Addison Montgomery', count: 1 },
        { phrase: 'Derek Shepherd', count: 1 },
      ],
      added: true,
    },
    {
      kind: 'relationship',
      tag: 'Addison Montgomery/Derek Shepherd',
      confidence: 0.407,
      evidence: [
        { phrase: 'lines to each other', count: 2 },
        { phrase: 'paragraphs together', count: 2 },
        { phrase: 'divorce', count: 1 },
        { phrase: 'kiss', count: 1 },
        { phrase: 'a canon couple', count: 1 },
        { phrase: "separated in Grey's Anatomy Season 3", count: 1 },
        { phrase: 'canon friends', count: 1 },
      ],
      added: true,
    },
    {
      kind: 'freeform',
      tag: 'Present Tense',
      confidence: 0.35,
      evidence: [{ phrase: 'verbs in the present (narration)', count: 4 }],
      added: false,
    },
    {
      kind: 'freeform',
      tag: 'Exes to Lovers',
      confidence: 0.7,
      evidence: [{ phrase: 'separated in canon', count: 1 }],
      added: true,
    },
    {
      kind: 'freeform',
      tag: 'Getting Back Together',
      confidence: 0.6,
      evidence: [{ phrase: 'separated in canon', count: 1 }],
      added: true,
    },
    {
      kind: 'freeform',
      tag: 'Divorce',
      confidence: 0.6,
      evidence: [{ phrase: 'separated in canon', count: 1 }],
      added: true,
    },
    {
      kind: 'warning',
      tag: 'Creator Chose Not To Use Archive Warnings',
      confidence: 1,
      evidence: [],
      added: true,
    },
  ],
  chosen: [{ kind: 'fandom', tag: "Grey's Anatomy", wrangled: true }],
} satisfies TagSuggestions
