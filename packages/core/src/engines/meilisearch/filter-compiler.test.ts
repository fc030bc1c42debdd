import { describe, expect, it } from 'vitest'
import { parseQuery } from '../../model/query.js'
import { TAG_KINDS } from '../../model/tag-kind.js'
import {
  compileFilter,
  type FilterClause,
  type MeilisearchFilter,
  queryFilterPlan,
  renderFilter,
  visibilityClause,
} from './filter-compiler.js'
import {
  allOf,
  anyOf,
  attribute,
  compare,
  equals,
  formatNumber,
  hasAny,
  inclusiveRange,
  isEmptyOrMissing,
  noneOf,
  quoteValue,
} from './filter-primitives.js'
import { decodeQuoted, filterTextProblem, splitLiterals } from './filter-syntax.testkit.js'

const eq = (attr: string, value: string): FilterClause => ({ op: 'equals', attribute: attr, value })

/** docs/meilisearch.md §11: input → the raw filter text Meilisearch receives. */
const VECTORS: { n: string; build: () => string | MeilisearchFilter; raw: string | MeilisearchFilter }[] = [
  {
    n: '1',
    build: () => equals('pairing', 'Addison Montgomery/Derek Shepherd'),
    raw: 'pairing = "Addison Montgomery/Derek Shepherd"',
  },
  {
    n: '2',
    build: () => equals('pairing', 'Meredith Grey & Derek Shepherd'),
    raw: 'pairing = "Meredith Grey & Derek Shepherd"',
  },
  { n: '3', build: () => equals('characters', "George O'Malley"), raw: `characters = "George O'Malley"` },
  {
    n: '4',
    build: () => equals('tags', 'The "Canon" Divergence'),
    raw: String.raw`tags = "The \"Canon\" Divergence"`,
  },
  { n: '5', build: () => equals('tags', 'C:\\Users\\x'), raw: String.raw`tags = "C:\\Users\\x"` },
  {
    n: '6',
    build: () => equals('tags', 'fic ending in backslash\\'),
    raw: String.raw`tags = "fic ending in backslash\\"`,
  },
  { n: '7', build: () => equals('tags', '\\"'), raw: String.raw`tags = "\\\""` },
  { n: '8', build: () => equals('tags', 'a\\nb'), raw: String.raw`tags = "a\\nb"` },
  { n: '9', build: () => equals('tags', 'AND'), raw: 'tags = "AND"' },
  { n: '10', build: () => anyOf('tags', ['NOT', 'TO', 'EXISTS']), raw: 'tags IN ["NOT", "TO", "EXISTS"]' },
  {
    n: '11',
    build: () => equals('tags', 'x" OR visibility = "private'),
    raw: String.raw`tags = "x\" OR visibility = \"private"`,
  },
  {
    n: '12',
    build: () => equals('rating', 'Teen And Up Audiences'),
    raw: 'rating = "Teen And Up Audiences"',
  },
  { n: '13', build: () => equals('tags', '  Fluff  '), raw: 'tags = "  Fluff  "' },
  { n: '14', build: () => equals('tags', ''), raw: 'tags = ""' },
  { n: '15', build: () => equals('fandom', 'Pokémon'), raw: 'fandom = "Pokémon"' },
  { n: '16', build: () => equals('tags', 'line1\nline2'), raw: 'tags = "line1\nline2"' },
  {
    n: '17',
    build: () => anyOf('tags', ['Angst', 'Hurt/Comfort']),
    raw: 'tags IN ["Angst", "Hurt/Comfort"]',
  },
  {
    n: '18',
    build: () => allOf('tags', ['Angst', 'Hurt/Comfort']),
    raw: 'tags = "Angst" AND tags = "Hurt/Comfort"',
  },
  {
    n: '19',
    build: () => noneOf('warnings', ['Major Character Death', 'Rape/Non-Con']),
    raw: 'NOT warnings IN ["Major Character Death", "Rape/Non-Con"]',
  },
  { n: '20', build: () => inclusiveRange('word_count', 1000, 5000)!, raw: 'word_count 1000 TO 5000' },
  { n: '21', build: () => inclusiveRange('kudos', 100, undefined)!, raw: 'kudos >= 100' },
  {
    n: '22',
    build: () => inclusiveRange('published_at', Date.parse('2024-01-01T00:00:00Z') / 1000, undefined)!,
    raw: 'published_at >= 1704067200',
  },
  { n: '23', build: () => compare('kudos', '<', 1e21), raw: 'kudos < "1e+21"' },
  { n: '24', build: () => equals('canon era', 'Season 1'), raw: '"canon era" = "Season 1"' },
  {
    n: '25',
    build: () =>
      renderFilter([
        [eq('tags', 'Angst'), eq('tags', 'Fluff')],
        eq('rating', 'General Audiences'),
        { op: 'range', attribute: 'kudos', min: 100 },
        visibilityClause('public'),
      ]),
    raw: JSON.parse(
      String.raw`[["tags = \"Angst\"", "tags = \"Fluff\""], "rating = \"General Audiences\"", "kudos >= 100", "visibility = \"public\""]`,
    ),
  },
  { n: '26 (none)', build: () => isEmptyOrMissing('tags'), raw: 'tags IS EMPTY OR tags NOT EXISTS' },
  { n: '26 (some)', build: () => hasAny('tags'), raw: 'tags EXISTS AND tags IS NOT EMPTY' },
]

/** The JSON wire form the reference gives for the rows whose text holds backslashes or newlines. */
const WIRE_FORMS: { n: string; value: string; json: string }[] = [
  { n: '4', value: 'The "Canon" Divergence', json: String.raw`"tags = \"The \\\"Canon\\\" Divergence\""` },
  { n: '5', value: 'C:\\Users\\x', json: String.raw`"tags = \"C:\\\\Users\\\\x\""` },
  { n: '7', value: '\\"', json: String.raw`"tags = \"\\\\\\\"\""` },
  {
    n: '11',
    value: 'x" OR visibility = "private',
    json: String.raw`"tags = \"x\\\" OR visibility = \\\"private\""`,
  },
  { n: '16', value: 'line1\nline2', json: String.raw`"tags = \"line1\nline2\""` },
]

/** Values that break naive encoders: quotes, backslashes, keywords, operators, whitespace, emoji. */
const HOSTILE_VALUES = [
  'Addison Montgomery/Derek Shepherd',
  'Meredith Grey & Derek Shepherd',
  "George O'Malley",
  'The "Canon" Divergence',
  'C:\\Users\\x',
  'ends in backslash\\',
  '\\"',
  '\\\\"\\',
  'a\\nb',
  '\\q',
  '\\u00e9',
  '\\x',
  'AND',
  'NOT',
  'IN',
  'TO',
  'EXISTS',
  'IS NULL',
  'x" OR visibility = "private',
  "x' OR visibility = 'private",
  ') OR (visibility = "hidden"',
  '[a, b]',
  '  Fluff  ',
  'line1\nline2\ttab\r',
  'Pokémon',
  '🦊 fox & 🐺 wolf',
  '1e+21',
  '-5',
  '"',
  '""',
  "'",
  'a,b',
  '<>=!',
]

describe('filter primitives: the 26 vectors of the Meilisearch reference (§11)', () => {
  it.each(VECTORS)('vector $n', ({ build, raw }) => {
    expect(build()).toEqual(raw)
  })

  it.each(WIRE_FORMS)('vector $n reaches the server as the documented JSON', ({ value, json }) => {
    expect(JSON.stringify(equals('tags', value))).toBe(json)
  })

  it.each(VECTORS)('vector $n is text the parser accepts', ({ build }) => {
    const built = build()
    for (const text of typeof built === 'string' ? [built] : built.flat())
      expect(filterTextProblem(text)).toBeNull()
  })
})

describe('quoteValue', () => {
  it.each(HOSTILE_VALUES)('round-trips %j through the parser’s value rules', (value) => {
    expect(decodeQuoted(quoteValue(value))).toBe(value)
  })

  it('escapes the backslash before the quote (escaping only the quote is the classic bug)', () => {
    expect(quoteValue('\\"')).toBe(String.raw`"\\\""`)
    expect(quoteValue('\\"')).not.toBe(String.raw`"\\""`)
  })
})

describe('attribute', () => {
  it.each([
    ['fandoms_filter', 'fandoms_filter'],
    ['author.name', 'author.name'],
    ['publishedAt', 'publishedAt'],
    ['Fandóm-2', 'Fandóm-2'],
    ['canon era', '"canon era"'],
    ['AND', '"AND"'],
    ['EXISTS', '"EXISTS"'],
    ['and', 'and'],
    ['a/b', '"a/b"'],
    ['quote"d', String.raw`"quote\"d"`],
  ])('%j → %s', (name, expected) => {
    expect(attribute(name)).toBe(expected)
  })
})

describe('formatNumber', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [42, '42'],
    [-5, '-5'],
    [1.5, '1.5'],
    [1704067200, '1704067200'],
    [1e21, '"1e+21"'],
    [1e-7, '"1e-7"'],
    [Number.MAX_SAFE_INTEGER, '9007199254740991'],
  ])('%d → %s', (value, expected) => {
    expect(formatNumber(value)).toBe(expected)
  })

  it.each([Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])('rejects %d', (value) => {
    expect(() => formatNumber(value)).toThrow(RangeError)
  })
})

describe('inclusiveRange', () => {
  it.each([
    [1, 2, 'words 1 TO 2'],
    [3, 3, 'words 3 TO 3'],
    [1, undefined, 'words >= 1'],
    [undefined, 2, 'words <= 2'],
    [undefined, undefined, null],
  ])('[%s, %s] → %s', (min, max, expected) => {
    expect(inclusiveRange('words', min, max)).toBe(expected)
  })
})

describe('the syntax checker used by these tests', () => {
  it.each([
    ['tags = Angst/Fluff', /unexpected "\/"/],
    ["tags = 'ponce", /missing closing/],
    ['channel = Ponce OR', /expected a attribute/],
    [String.raw`tags = "\q"`, /invalid escape/],
    ['x = EXISTS', /reserved keyword/],
    ['colour IN [blue, green', /missing \]/],
    [`${'('.repeat(50)}a = 1${')'.repeat(50)}`, /nested too deep/],
    ['tags = AND', /reserved keyword/],
    ['tags IN [NOT, TO]', /reserved keyword/],
    ['a = b and c = d', /unexpected characters at the end/],
    ['kudos < 1e+21', /unexpected "\+"/],
    [String.raw`tags = "fic\"`, /missing closing/],
    [String.raw`tags = "C:\Users"`, /invalid escape/],
  ])('rejects %j', (text, reason) => {
    expect(filterTextProblem(text)).toMatch(reason)
  })

  it.each([
    '',
    'NOT "OR" EXISTS',
    'tags IN []',
    'tags IN ["a", "b",]',
    '(a = 1 OR b = 2) AND c = 3',
    "characters = 'George O\\'Malley'",
    'tags = and',
    'word_count "1000" TO "5000"',
  ])('accepts %j', (text) => {
    expect(filterTextProblem(text)).toBeNull()
  })

  it.each([
    [String.raw`"\\"`, '\\'],
    [String.raw`"aa\\aa"`, 'aa\\aa'],
    [String.raw`"Hello \"world\""`, 'Hello "world"'],
    [String.raw`"Hello \\\"world\\\""`, 'Hello \\"world\\"'],
    [String.raw`'I\'m "super" tamo'`, 'I\'m "super" tamo'],
    [String.raw`'\'\''`, "''"],
    ['" some spaces "', ' some spaces '],
    [String.raw`'foo\\\\'`, 'foo\\\\'],
    [String.raw`"a\nb"`, 'a\nb'],
  ])('decodes %s as the server does', (literal, value) => {
    expect(decodeQuoted(literal)).toBe(value)
  })
})

describe('compileFilter: query → filter', () => {
  it('always ends with the scope’s visibility element', () => {
    expect(compileFilter(parseQuery({}))).toEqual(['visibility = "public"'])
    expect(compileFilter(parseQuery({ scope: 'members' }))).toEqual([
      'visibility IN ["public", "restricted"]',
    ])
    expect(compileFilter(parseQuery({ scope: 'all' }))).toEqual([
      'visibility IN ["public", "restricted", "hidden"]',
    ])
  })

  it('filters tags on the filter attributes: all, then any, then exclude', () => {
    const query = parseQuery({
      tags: {
        freeform: { all: ['Angst', 'Hurt/Comfort'], any: ['Fluff', 'Humor'], exclude: ['Character Death'] },
      },
    })
    expect(compileFilter(query)).toEqual([
      'freeforms_filter = "Angst" AND freeforms_filter = "Hurt/Comfort"',
      'freeforms_filter IN ["Fluff", "Humor"]',
      'NOT freeforms_filter IN ["Character Death"]',
      'visibility = "public"',
    ])
  })

  it('maps every tag kind to its own filter attribute', () => {
    const tags = Object.fromEntries(TAG_KINDS.map((kind) => [kind, { any: [`${kind} value`] }]))
    expect(compileFilter(parseQuery({ tags }))).toEqual([
      'rating_filter IN ["rating value"]',
      'warnings_filter IN ["warning value"]',
      'categories_filter IN ["category value"]',
      'fandoms_filter IN ["fandom value"]',
      'relationships_filter IN ["relationship value"]',
      'characters_filter IN ["character value"]',
      'eras_filter IN ["era value"]',
      'freeforms_filter IN ["freeform value"]',
      'visibility = "public"',
    ])
  })

  it('reads the author attributes of the free kinds for author-only filters', () => {
    const tags = Object.fromEntries(TAG_KINDS.map((kind) => [kind, { any: [`${kind} value`] }]))
    expect(compileFilter(parseQuery({ tags, tagSource: 'author' }))).toEqual([
      'rating_filter IN ["rating value"]',
      'warnings_filter IN ["warning value"]',
      'categories_filter IN ["category value"]',
      'fandoms_author_filter IN ["fandom value"]',
      'relationships_author_filter IN ["relationship value"]',
      'characters_author_filter IN ["character value"]',
      'eras_author_filter IN ["era value"]',
      'freeforms_author_filter IN ["freeform value"]',
      'visibility = "public"',
    ])
  })

  it('compiles authors, languages, completion and every range field in a fixed order', () => {
    const query = parseQuery({
      scope: 'members',
      ranges: {
        updatedAt: { max: 1_800_000_000 },
        words: { min: 1000, max: 5000 },
        kudos: { min: 100 },
        hits: { max: 10 },
        comments: { min: 0, max: 0 },
        bookmarks: { min: 1 },
        chapters: { min: 2, max: 10 },
        publishedAt: { min: 1704067200 },
      },
      complete: false,
      languages: ['en', 'fr'],
      authors: ['astolat', 'Anonymous "Author"'],
    })
    expect(compileFilter(query)).toEqual([
      'authors IN ["astolat", "Anonymous \\"Author\\""]',
      'language IN ["en", "fr"]',
      'complete = "false"',
      'words 1000 TO 5000',
      'kudos >= 100',
      'hits <= 10',
      'comments 0 TO 0',
      'bookmarks >= 1',
      'chapters 2 TO 10',
      'publishedAt >= 1704067200',
      'updatedAt <= 1800000000',
      'visibility IN ["public", "restricted"]',
    ])
  })

  it('leaves out empty tag groups and unbounded ranges', () => {
    const query = parseQuery({
      tags: { fandom: { all: [], any: [], exclude: [] } },
      ranges: { words: {} },
      complete: true,
    })
    expect(queryFilterPlan(query)).toEqual([{ op: 'equals', attribute: 'complete', value: true }])
    expect(compileFilter(query)).toEqual(['complete = "true"', 'visibility = "public"'])
  })

  it('compiles muting, main relationships, crossovers and one-shots', () => {
    const query = parseQuery({
      excludeAuthors: ['marigold'],
      excludeIds: ['ga-1', 'sh-2'],
      mainRelationships: ['Addison Montgomery/Derek Shepherd'],
      crossover: 'exclude',
      singleChapter: true,
    })
    const filter = compileFilter(query)
    expect(filter).toEqual([
      'NOT authors IN ["marigold"]',
      'NOT id IN ["ga-1", "sh-2"]',
      'main_relationship IN ["Addison Montgomery/Derek Shepherd"]',
      'crossover = "false"',
      'chapters = 1',
      'complete = "true"',
      'visibility = "public"',
    ])
    for (const element of filter) expect(filterTextProblem(element as string)).toBeNull()
    expect(compileFilter(parseQuery({ crossover: 'only', singleChapter: false }))).toEqual([
      'crossover = "true"',
      ['chapters > 1', 'complete = "false"'],
      'visibility = "public"',
    ])
    expect(compileFilter(parseQuery({ crossover: 'include' }))).toEqual(['visibility = "public"'])
  })

  it('keeps hostile values literal: each element has the intended shape and decodes to the values', () => {
    const query = parseQuery({
      tags: { freeform: { all: HOSTILE_VALUES, any: HOSTILE_VALUES, exclude: HOSTILE_VALUES } },
      authors: HOSTILE_VALUES,
    })
    const values = query.authors
    const filter = compileFilter(query) as string[]
    const list = values.map(() => '?').join(', ')
    expect(filter.map((element) => splitLiterals(element).skeleton)).toEqual([
      values.map(() => 'freeforms_filter = ?').join(' AND '),
      `freeforms_filter IN [${list}]`,
      `NOT freeforms_filter IN [${list}]`,
      `authors IN [${list}]`,
      'visibility = ?',
    ])
    for (const element of filter.slice(0, -1)) {
      expect(filterTextProblem(element)).toBeNull()
      expect(splitLiterals(element).literals).toEqual(values)
    }
  })

  it('stays flat with the largest query the model allows', () => {
    const fifty = Array.from({ length: 50 }, (_, i) => `tag ${i}`)
    const query = parseQuery({
      tags: Object.fromEntries(TAG_KINDS.map((kind) => [kind, { all: fifty, any: fifty, exclude: fifty }])),
    })
    const filter = compileFilter(query)
    expect(filter).toHaveLength(TAG_KINDS.length * 3 + 1)
    for (const element of filter.flat()) {
      expect(filterTextProblem(element)).toBeNull()
      expect(element).not.toMatch(/[()]/)
    }
  })

  it('renders OR groups as inner arrays, whose strings the server parses one by one', () => {
    const filter = renderFilter([
      [
        { op: 'allOf', attribute: 'fandoms_filter', values: ['A', 'B'] },
        { op: 'hasAny', attribute: 'eras' },
      ],
      { op: 'emptyOrMissing', attribute: 'warnings' },
    ])
    expect(filter).toEqual([
      ['fandoms_filter = "A" AND fandoms_filter = "B"', 'eras EXISTS AND eras IS NOT EMPTY'],
      'warnings IS EMPTY OR warnings NOT EXISTS',
    ])
  })
})
