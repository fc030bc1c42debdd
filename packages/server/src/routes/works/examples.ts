/**
 * Examples of what the works routes answer, shown in the API reference beside each operation. They
 * are taken from the sample corpus and checked against the response schemas by
 * `openapi-examples.test.ts`, so a schema change cannot leave them stale.
 * @module
 */

import type { SimilarWorks } from './get-similar.js'
import type { Chapter, Work, WorkSummary } from './schema.js'
import type { FacetValueSearch } from './search-facet-values.js'
import type { SearchResult } from './search-result.js'

export const SUMMARY = {
  id: 'the-trailer-in-the-woods',
  title: 'The Trailer in the Woods',
  titleDerived: false,
  authors: ['redheadedsurgeon'],
  summary:
    'The night after she signs, Addison drives out to the land one last time. Derek is not expecting her. Neither of them knows what to say, so they talk about the weather.',
  notes: '',
  language: 'en',
  rating: 'Teen And Up Audiences',
  warnings: ['No Archive Warnings Apply'],
  categories: ['F/M'],
  fandoms: ["Grey's Anatomy"],
  relationships: ['Addison Montgomery/Derek Shepherd'],
  characters: ['Addison Montgomery', 'Derek Shepherd'],
  eras: ["Grey's Anatomy Season 3"],
  freeforms: ['Angst', 'Missing Scene', 'Divorce'],
  crossover: false,
  series: null,
  words: 328,
  chapters: { posted: 1, expected: 1 },
  complete: true,
  publishedAt: '2009-02-11T00:00:00Z',
  updatedAt: '2009-02-11T00:00:00Z',
  kudos: 412,
  hits: 6821,
  comments: 38,
  bookmarks: 61,
  visibility: 'public',
  contentHash: 'c306d469d86d0549e2b381af3630670088ef181e79847931df1c944c506bcaf7',
} satisfies WorkSummary

export const SEARCH_RESULT_EXAMPLE = {
  hits: [
    {
      work: SUMMARY,
      highlights: {
        title: 'The Trailer in the Woods',
        summary:
          'The night after she signs, <mark>Addison</mark> drives out to the land one last time. Derek is not expecting her. Neither of them knows what to say, so they talk about the weather.',
      },
    },
  ],
  total: 7,
  page: 1,
  perPage: 1,
  totalPages: 7,
  facets: {
    relationship: {
      values: [
        { value: 'Addison Montgomery/Derek Shepherd', count: 7, selected: 'all' },
        { value: 'Addison Montgomery/Mark Sloan', count: 1 },
      ],
      more: true,
      disjunctive: false,
    },
  },
  stats: { words: { min: 328, max: 3355 } },
  filters: [
    {
      param: 'relationship',
      kind: 'relationship',
      value: 'Addek',
      tag: 'Addison Montgomery/Derek Shepherd',
      known: true,
    },
  ],
  links: {
    self: '/v1/works?q=addison&relationship=Addek&sort=kudos&per_page=1&facets=relationship&facet_limit=2&stats=words&highlight=true',
    next: '/v1/works?q=addison&relationship=Addek&sort=kudos&page=2&per_page=1&facets=relationship&facet_limit=2&stats=words&highlight=true',
  },
} satisfies SearchResult

export const WORK_EXAMPLE = {
  ...SUMMARY,
  provenance: [
    { kind: 'fandom', tag: "Grey's Anatomy", source: 'author', wrangled: true },
    {
      kind: 'relationship',
      tag: 'Addison Montgomery/Derek Shepherd',
      source: 'author',
      original: 'Addek',
      wrangled: true,
    },
    { kind: 'character', tag: 'Addison Montgomery', source: 'author', wrangled: true },
    { kind: 'character', tag: 'Derek Shepherd', source: 'author', wrangled: true },
    { kind: 'era', tag: "Grey's Anatomy Season 3", source: 'author', wrangled: true },
    { kind: 'freeform', tag: 'Angst', source: 'author', original: 'ANGST', wrangled: true },
    { kind: 'freeform', tag: 'Missing Scene', source: 'author', wrangled: true },
    {
      kind: 'freeform',
      tag: 'Divorce',
      source: 'inferred',
      wrangled: true,
      confidence: 0.69,
      evidence: [
        { phrase: 'divorce papers', count: 2 },
        { phrase: 'signed the papers', count: 1 },
      ],
    },
  ],
  chapterTitles: [null],
} satisfies Work

export const CHAPTER_EXAMPLE = {
  workId: 'the-trailer-in-the-woods',
  number: 1,
  title: null,
  body: 'The land is darker than she remembers it. The trailer has one light on.',
  chapterCount: 1,
} satisfies Chapter

export const FACET_VALUE_SEARCH_EXAMPLE = {
  kind: 'relationship',
  facetQuery: 'addi',
  values: [
    { value: 'Addison Montgomery/Derek Shepherd', count: 9, selected: 'any' },
    { value: 'Addison Montgomery/Mark Sloan', count: 3 },
  ],
  more: false,
  disjunctive: true,
} satisfies FacetValueSearch

export const SIMILAR_WORKS_EXAMPLE = {
  id: 'no-anesthesia',
  hits: [
    {
      work: SUMMARY,
      score: 9.117,
      sameFandom: true,
      shared: {
        fandom: ["Grey's Anatomy"],
        relationship: ['Addison Montgomery/Derek Shepherd'],
        character: ['Addison Montgomery', 'Derek Shepherd'],
        era: ["Grey's Anatomy Season 3"],
        freeform: ['Angst'],
      },
    },
  ],
} satisfies SimilarWorks

export const FEED_EXAMPLE = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <id>https://ficdex.example/v1/works.atom?fandom=Grey%27s+Anatomy</id>
  <title type="text">ficdex: works matching fandom=Grey's Anatomy</title>
  <updated>2009-02-11T00:00:00Z</updated>
  <link rel="self" type="application/atom+xml" href="https://ficdex.example/v1/works.atom?fandom=Grey%27s+Anatomy"/>
  <link rel="alternate" type="application/json" href="https://ficdex.example/v1/works?fandom=Grey%27s+Anatomy"/>
  <author><name>ficdex</name></author>
  <generator>ficdex</generator>
  <entry>
    <id>https://ficdex.example/v1/works/the-trailer-in-the-woods</id>
    <title type="text">The Trailer in the Woods</title>
    <updated>2009-02-11T00:00:00Z</updated>
    <published>2009-02-11T00:00:00Z</published>
    <author><name>redheadedsurgeon</name></author>
    <link rel="alternate" type="application/json" href="https://ficdex.example/v1/works/the-trailer-in-the-woods"/>
    <summary type="text">The night after she signs, Addison drives out to the land one last time.</summary>
    <category scheme="urn:ficdex:tag:fandom" term="Grey's Anatomy" label="Grey's Anatomy"/>
  </entry>
</feed>
`
