/**
 * The comparison engines run ficdex's engine contract, so the benchmark compares like with like; each
 * skipped case states what the engine (or this adapter of it) does differently.
 */
import { contractCaseNames, runEngineContract } from '@ficdex/core/contract'
import { MiniSearchEngine } from './minisearch-engine.js'
import { OramaEngine } from './orama-engine.js'

const NO_TEXT = 'the adapter keeps no chapter text, so get returns works without it'
const NO_REBUILD = Object.fromEntries(
  contractCaseNames()
    .filter((name) => name.startsWith('rebuild:'))
    .map((name) => [name, 'no atomic rebuild (optional in SearchEngine); the benchmark loads once']),
)
const NO_CHANGES = Object.fromEntries(
  contractCaseNames()
    .filter((name) => name.startsWith('changes:'))
    .map((name) => [name, 'no change feed (optional in SearchEngine)']),
)
const NO_READER_FILTERS = Object.fromEntries(
  contractCaseNames()
    .filter((name) => /^(crossover|author_not|id_not|main_relationship|single_chapter):/.test(name))
    .map((name) => [
      name,
      'reader filters (crossover, muting, main relationship, one-shots) are not mapped by the adapter',
    ]),
)
const COMMON = {
  ...NO_REBUILD,
  ...NO_CHANGES,
  ...NO_READER_FILTERS,
  'sort: random is a shuffle its seed picks, the same at every call':
    'stored shuffles are not mapped by the adapter',
  'tag source: author matches only the author’s tags and their meta tags':
    'tag source filters are not mapped by the adapter',
  'tag source: author exclusion ignores inferred tags': 'tag source filters are not mapped by the adapter',
  'tag source: any-of filters find the same works when their kind is counted as a facet':
    'tag source filters are not mapped by the adapter',
  'writes: upsert replaces the whole work, leaving no stale tags or text': NO_TEXT,
  'writes: in one batch, the last version of a work wins': NO_TEXT,
  'reads: get returns the full work with its text': NO_TEXT,
  'reads: get respects the scope': NO_TEXT,
  'text: a quoted phrase matches adjacent words only': 'no phrase queries',
  'text: a misspelling that finds few works gets a "did you mean" from tag names':
    'the adapter offers no spelling suggestions',
  'text: a minus sign excludes a word': 'no exclusion operator in text queries',
  'text: a malformed query is a QuerySyntaxError that says where': 'the adapter passes text through unparsed',
  'text: OR finds works holding either term': 'the adapter passes text through unparsed',
  'text: a field scope confines a term to title, author, summary or tags':
    'the adapter passes text through unparsed',
  ...Object.fromEntries(
    [
      'text: highlights mark the matches in title, summary and a text excerpt',
      'text: highlights mark the word in every hit whose title, summary or tags contain it',
      'text: highlights mark prefixes, typos and phrases as the search matched them',
      'text: each hit’s excerpt comes from its own text',
      'text: the excerpt is cropped to about thirty words around the match',
    ].map((name) => [name, 'highlights are not mapped by the adapter']),
  ),
  'sort: every field in both directions, ties by id': 'no tie-break on id for equal sort values',
  'unknown dates: sort last in both directions, by id among themselves':
    'no tie-break on id for equal sort values, and no defined order for relevance without text',
  'sort: default directions (title, author and random ascending, the rest descending)':
    'no defined order for relevance without text',
  'leaks: every scope gets the answers of an engine holding only what it may see':
    'a baseline for speed: its matching reads every stored work',
  'leaks: a spelling only an unseen work uses is never shown':
    'a baseline for speed: keeps the first spelling',
}

/** Why Orama pages by offset only (see `SEARCH_AFTER` in `registry.ts`). */
const NO_CURSOR = 'no search-after: its where cannot say "after this value, or equal with a greater id"'

runEngineContract('orama', async () => new OramaEngine(), {
  skip: {
    ...COMMON,
    'cursor: pages after pages visit every work once, for every sort and direction': NO_CURSOR,
    'cursor: a work deleted between two pages is neither repeated nor skipped': NO_CURSOR,
    'cursor: filters and text still apply after the cursor': NO_CURSOR,
    'unknown dates: cursor pages cross into the undated works once each': NO_CURSOR,
    'text: every word must match, across fields': 'threshold 0 requires all words within one property',
    'text: the last word matches as a prefix, other words do not': 'every word matches as a prefix',
    'text: typos are tolerated by word length, never on the first letter':
      'one typo tolerance for all words (0 here)',
    'text: a typo is judged on the query word alone, not on what other works hold':
      'one typo tolerance for all words (0 here)',
  },
})

runEngineContract('minisearch', async () => new MiniSearchEngine(), {
  skip: {
    ...COMMON,
    'cursor: pages after pages visit every work once, for every sort and direction':
      'no defined order for relevance without text, so its cursor cannot follow it',
    'text: case and accents are ignored': 'its tokenizer keeps accents',
    'text: typos are tolerated by word length, never on the first letter':
      'fuzzy matching may change the first letter',
  },
})
