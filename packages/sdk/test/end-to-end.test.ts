/**
 * The whole path once, as a user runs it: the `ficdex` CLI indexes the sample corpus (and the seed story,
 * when `../shared` is there) into a fresh database file in its own process; the server app opens that
 * file; the SDK searches it. Facet counts are checked against counts taken straight from the corpus
 * files, read here with nothing but a YAML parser.
 * @module
 */
import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, extname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import {
  defaultVocabulary,
  meilisearchSynonyms,
  openEmbeddedEngine,
  resolveFilterValue,
  type SearchEngine,
  type TagKind,
} from '@ficdex/core'
import { createApp } from '@ficdex/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parse as parseYaml } from 'yaml'
import { atomProblems } from '../../server/test/helpers/atom-validator.js'
import { createClient, type SearchHit } from '../src/index.js'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const CORPUS = join(ROOT, 'corpus')
const SEED = join(ROOT, '../shared/corpus/no-anesthesia.txt')
const HAS_SEED = existsSync(SEED)
const CLI = join(ROOT, 'packages/indexer/src/cli.ts')
const TSX = join(ROOT, 'node_modules/.bin/tsx')

type Fields = Record<string, unknown>

/** Every work's metadata as written in the corpus files: front matter, sidecars, JSON and JSONL. */
function corpusMetadata(dir: string): Fields[] {
  const works: Fields[] = []
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || entry.name.startsWith('README')) continue
    const path = join(entry.parentPath, entry.name)
    const text = readFileSync(path, 'utf8')
    switch (extname(path)) {
      case '.md':
      case '.txt': {
        const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)
        const sidecar = join(dirname(path), `${basename(path, extname(path))}.yaml`)
        works.push(
          front
            ? parseYaml(front[1] ?? '')
            : existsSync(sidecar)
              ? parseYaml(readFileSync(sidecar, 'utf8'))
              : {},
        )
        break
      }
      case '.json':
        works.push(...[JSON.parse(text)].flat())
        break
      case '.jsonl':
        for (const line of text.split('\n').filter((l) => l.trim())) works.push(JSON.parse(line))
        break
    }
  }
  return works
}

const list = (value: unknown): string[] => (value === undefined ? [] : [value].flat().map(String))

/** Works per canonical tag of one kind, over the public works that state that kind. */
function countAuthorTags(works: Fields[], kind: TagKind, field: string): Map<string, number> {
  const vocab = defaultVocabulary()
  const counts = new Map<string, number>()
  for (const work of works) {
    if ((work.visibility ?? 'public') !== 'public') continue
    const fandoms = list(work.fandoms).map((f) => resolveFilterValue(vocab, 'fandom', f))
    const tags = new Set(list(work[field]).map((tag) => resolveFilterValue(vocab, kind, tag, { fandoms })))
    for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1)
  }
  return counts
}

let dir: string
let engine: SearchEngine
let ficdex: ReturnType<typeof createClient>

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ficdex-e2e-'))
  const db = join(dir, 'ficdex.db')
  // A real indexer process, as `pnpm start` runs it.
  execFileSync(TSX, [CLI, 'index', CORPUS, ...(HAS_SEED ? [SEED] : []), '--db', db], {
    cwd: ROOT,
    env: { ...process.env, MEILISEARCH_URL: '' },
    stdio: 'pipe',
  })
  // As `serve.ts` opens it: full-text search knows the vocabulary's ship names and synonyms.
  engine = openEmbeddedEngine({ path: db, synonyms: meilisearchSynonyms(defaultVocabulary()) })
  const app = createApp({ engine, vocabulary: defaultVocabulary() })
  ficdex = createClient({
    baseUrl: 'http://ficdex.test',
    fetch: async (url, init) => app.fetch(new Request(url, init)),
  })
}, 120_000)

afterAll(async () => {
  await engine?.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Every public work, page by page, through the API. */
async function allPublicWorks(): Promise<SearchHit[]> {
  const hits: SearchHit[] = []
  for await (const hit of ficdex.works.iterate({ sort: 'title' })) hits.push(hit)
  return hits
}

describe('end to end: CLI → database file → server app → SDK', () => {
  it.skipIf(!HAS_SEED)(
    'finds the seed story by a phrase from it (skipped when ../shared is absent)',
    async () => {
      const result = await ficdex.works.search({ q: '"no anesthesia"', facets: ['fandom', 'relationship'] })
      expect(result.hits.map((hit) => hit.work.id)).toContain('no-anesthesia')
      const seed = result.hits.find((hit) => hit.work.id === 'no-anesthesia')?.work
      expect(seed?.fandoms).toContain("Grey's Anatomy")
      expect(seed?.relationships[0]).toBe('Addison Montgomery/Derek Shepherd')
    },
  )

  it.skipIf(!HAS_SEED)(
    "tags.suggest: the seed story's tags with their evidence, as the indexer inferred them (skipped when ../shared is absent)",
    async () => {
      const { suggestions, chosen } = await ficdex.tags.suggest({ text: readFileSync(SEED, 'utf8') })
      expect(chosen).toEqual([])
      const first = (kind: string) => suggestions.find((s) => s.kind === kind)
      expect(first('fandom')?.tag).toBe("Grey's Anatomy")
      expect(first('relationship')).toMatchObject({ tag: 'Addison Montgomery/Derek Shepherd', added: true })
      expect(first('era')?.tag).toBe("Grey's Anatomy Season 3")
      const tropes = suggestions.filter((s) => s.kind === 'freeform' && s.added).map((s) => s.tag)
      expect(tropes).toEqual(expect.arrayContaining(['Exes to Lovers', 'Getting Back Together']))
      for (const suggestion of suggestions.filter((s) => s.kind !== 'warning')) {
        expect(suggestion.evidence.length, suggestion.tag).toBeGreaterThan(0)
        for (const { count } of suggestion.evidence) expect(count).toBeGreaterThan(0)
      }
      // The same tags the indexer gave the stored work.
      const stored = await ficdex.works.get('no-anesthesia')
      const inferred = stored.provenance
        .filter((entry) => entry.source === 'inferred')
        .map((entry) => entry.tag)
      expect(
        suggestions
          .filter((s) => s.added)
          .map((s) => s.tag)
          .sort(),
      ).toEqual(inferred.sort())
    },
  )

  it.each([
    ['fandom', 'fandoms'],
    ['relationship', 'relationships'],
  ] as const)('counts each %s as the corpus files do, over all public works', async (kind, field) => {
    const expected = countAuthorTags(corpusMetadata(CORPUS), kind, field)
    // Works that state no tags of this kind (plain stories, the seed) get them inferred, each with
    // provenance (read from each work, as hits carry none): add those, so the comparison covers every
    // public work.
    for (const hit of await allPublicWorks()) {
      const work = await ficdex.works.get(hit.work.id)
      for (const entry of work.provenance) {
        if (entry.kind === kind && entry.source === 'inferred') {
          expected.set(entry.tag, (expected.get(entry.tag) ?? 0) + 1)
        }
      }
    }
    const result = await ficdex.works.search({ facets: [kind], facet_limit: 100, per_page: 1 })
    const actual = new Map(result.facets[kind].values.map(({ value, count }) => [value, count]))
    expect(actual).toEqual(expected)
    expect(actual.size).toBeGreaterThan(3)
  })

  it('q=addison with highlights: every hit whose title, summary or tags hold the word has it marked', async () => {
    const result = await ficdex.works.search({ q: 'addison', highlight: true, per_page: 100 })
    const word = /\baddison\b/i
    const mark = /<mark>addison<\/mark>/i
    let fields = 0
    for (const { work, highlights } of result.hits) {
      if (word.test(work.title)) expect(highlights?.title, work.id).toMatch(mark)
      if (word.test(work.summary)) expect(highlights?.summary, work.id).toMatch(mark)
      for (const kind of ['fandom', 'relationship', 'character', 'era', 'freeform'] as const) {
        const tags = work[`${kind}s`]
        tags.forEach((tag, i) => {
          if (word.test(tag)) expect(highlights?.tags?.[kind]?.[i], `${work.id} ${tag}`).toMatch(mark)
        })
      }
      fields += [work.title, work.summary, ...work.characters].filter((text) => word.test(text)).length
    }
    expect(result.total).toBeGreaterThan(10)
    expect(fields).toBeGreaterThan(result.total)
  })

  it("fandom_any=Grey's Anatomy: the fandom facet still lists the other fandoms, each with the count it has when chosen", async () => {
    const result = await ficdex.works.search({
      fandom_any: ["Grey's Anatomy"],
      facets: ['fandom'],
      per_page: 1,
    })
    const fandoms = result.facets.fandom
    expect(fandoms.disjunctive).toBe(true)
    const listed = new Map(fandoms.values.map(({ value, count }) => [value, count]))
    for (const other of [
      'Private Practice',
      'Pride and Prejudice - Jane Austen',
      'Star Trek: The Original Series',
    ]) {
      const chosen = await ficdex.works.search({ fandom_any: [other], per_page: 1 })
      expect(listed.get(other), other).toBe(chosen.total)
      expect(chosen.total, other).toBeGreaterThan(0)
    }
    expect(listed.get("Grey's Anatomy")).toBe(result.total)
    expect(fandoms.values.find((v) => v.value === "Grey's Anatomy")?.selected).toBe('any')
  })

  it('q=addek ranks the works relationship=Addek finds first; q=merder finds MerDer works', async () => {
    const addek = await ficdex.works.search({ relationship: 'Addek', per_page: 100 })
    const ids = addek.hits.map((hit) => hit.work.id).sort()
    // Six in the sample corpus; the shared seed story, where present, makes seven.
    expect(ids.length).toBeGreaterThanOrEqual(6)
    const text = await ficdex.works.search({ q: 'addek', per_page: 100 })
    expect(
      text.hits
        .slice(0, ids.length)
        .map((hit) => hit.work.id)
        .sort(),
    ).toEqual(ids)
    const merder = await ficdex.works.search({ q: 'merder', per_page: 100 })
    expect(merder.hits.map((hit) => hit.work.id)).toContain('ferry-crossing')
  })

  it('q=ferry matches "ferryboatfeelings" as a prefix; q=harbor finds the one "harbour"; OR and title: work', async () => {
    const ferry = await ficdex.works.search({ q: 'ferry', per_page: 100 })
    expect(ferry.hits.flatMap((hit) => hit.work.authors)).toContain('ferryboatfeelings')
    const harbor = await ficdex.works.search({ q: 'harbor', per_page: 100 })
    expect(harbor.hits.map((hit) => hit.work.id)).toEqual(['the-boat-to-catalina'])
    const either = await ficdex.works.search({ q: 'ferry OR catalina', per_page: 100 })
    expect(either.hits.map((hit) => hit.work.id)).toEqual(
      expect.arrayContaining(['ferry-crossing', 'the-boat-to-catalina']),
    )
    const titled = await ficdex.works.search({ q: 'title:ferry' })
    expect(titled.hits.map((hit) => hit.work.id)).toEqual(['ferry-crossing'])
  })

  it.each([
    ['shepard', 'shepherd'],
    ['merideth', 'meredith'],
    ['adisson', 'addison'],
  ])('q=%s finds little and suggests %s', async (q, suggestion) => {
    const result = await ficdex.works.search({ q })
    expect(result.didYouMean).toBe(suggestion)
  })

  it("works.feed: the Atom feed of fandom=Grey's Anatomy validates", async () => {
    const xml = await ficdex.works.feed({ fandom: "Grey's Anatomy" })
    expect(atomProblems(xml)).toEqual([])
    // One entry per work with a known update date: the seed, a plain story, has none, and is left out.
    const { total } = await ficdex.works.search({ fandom: "Grey's Anatomy" })
    const dated = await ficdex.works.search({ fandom: "Grey's Anatomy", updated_from: '1970-01-01' })
    expect(dated.total).toBe(HAS_SEED ? total - 1 : total)
    expect(xml.match(/<entry>/g)?.length).toBe(Math.min(dated.total, 20))
  })

  it.skipIf(!HAS_SEED)(
    "works.similar: no-anesthesia ranks Addison/Derek works of Grey's Anatomy first (skipped when ../shared is absent)",
    async () => {
      const { hits } = await ficdex.works.similar('no-anesthesia', { per_page: 5 })
      expect(hits).toHaveLength(5)
      for (const { work, sameFandom } of hits.slice(0, 3)) {
        expect(sameFandom).toBe(true)
        expect(work.fandoms).toContain("Grey's Anatomy")
        expect(work.relationships).toContain('Addison Montgomery/Derek Shepherd')
      }
    },
  )
})
