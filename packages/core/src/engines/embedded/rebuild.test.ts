import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterAll, describe, expect, it } from 'vitest'
import { FIXTURE_WORKS, fixture } from '../../engine/contract/index.js'
import { parseQuery, type SearchQueryInput } from '../../model/query.js'
import { Work } from '../../model/work.js'
import { type EmbeddedEngine, openEmbeddedEngine } from './index.js'

const dir = mkdtempSync(join(tmpdir(), 'ficdex-rebuild-'))
let files = 0
const newPath = () => join(dir, `rebuild-${++files}.db`)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The new set: the Grey's Anatomy fixtures plus a work whose words no fixture has. */
const lantern = Work.parse({
  ...fixture('sh-2'),
  id: 'new-1',
  title: 'Lantern Festival',
  text: [{ body: 'Paper lanterns drift over the estuary.' }],
  contentHash: 'hash-new-1',
})
const NEW_SET = [...FIXTURE_WORKS.filter((w) => w.id.startsWith('ga-')), lantern]

const ids = async (engine: EmbeddedEngine, input: SearchQueryInput) =>
  (await engine.search(parseQuery({ scope: 'all', perPage: 100, ...input }))).hits
    .map((h) => h.work.id)
    .sort()

/** Runs the reads a server runs, so the reader's connection holds prepared statements for all of them. */
async function serverReads(engine: EmbeddedEngine) {
  const faceted = await engine.search(
    parseQuery({
      scope: 'all',
      facets: { kinds: ['fandom', 'freeform'] },
      stats: ['words'],
      highlight: true,
    }),
  )
  return {
    count: await engine.count(),
    total: faceted.total,
    fandoms: faceted.facets.fandom?.values.map((f) => f.value).sort(),
    marmalade: await ids(engine, { text: 'marmalade' }),
    // A misspelling reads the text index's term list (the fts5vocab table).
    lanterns: await ids(engine, { text: 'lantrens' }),
    sherlock: await ids(engine, { tags: { fandom: { any: ['Sherlock (TV)'] } } }),
    got: (await engine.get('sh-1', 'all'))?.id ?? null,
  }
}

const OLD_READS = {
  count: 12,
  total: 12,
  fandoms: ["Grey's Anatomy", 'Pokemon', 'Pokémon', 'Sherlock (TV)'],
  marmalade: ['sh-1'],
  lanterns: [],
  sherlock: ['sh-1', 'sh-2', 'sh-3', 'sh-4'],
  got: 'sh-1',
}

const NEW_READS = {
  count: NEW_SET.length,
  total: NEW_SET.length,
  fandoms: ["Grey's Anatomy", 'Sherlock (TV)'],
  marmalade: [],
  lanterns: ['new-1'],
  sherlock: ['new-1'],
  got: null,
}

/** Raw look at the file, as SQLite sees it. */
function schemaNames(path: string): string[] {
  const db = new Database(path, { readonly: true })
  try {
    return db
      .prepare("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view') ORDER BY name")
      .pluck()
      .all() as string[]
  } finally {
    db.close()
  }
}

/** A gate a generator waits at, so a test can act while a rebuild is part-way. */
function gate() {
  let open = () => {}
  const opened = new Promise<void>((resolve) => {
    open = resolve
  })
  let reach = () => {}
  const reached = new Promise<void>((resolve) => {
    reach = resolve
  })
  return { open, opened, reach, reached }
}

describe('embedded rebuild on a file another engine has open', () => {
  it('the other engine reads the old works during the build and the new ones after the swap', async () => {
    const path = newPath()
    const writer = openEmbeddedEngine({ path })
    const server = openEmbeddedEngine({ path })
    try {
      await writer.upsert(FIXTURE_WORKS)
      expect(await serverReads(server)).toEqual(OLD_READS)
      const seen: unknown[] = []
      async function* works() {
        for (const [i, work] of NEW_SET.entries()) {
          if (i === 3) seen.push(await serverReads(server))
          yield work
        }
      }
      await writer.rebuild(works(), { batchSize: 1 })
      expect(seen).toEqual([OLD_READS])
      expect(await serverReads(server)).toEqual(NEW_READS)

      // The server's own write statements work on the swapped-in tables, and the writer sees the result.
      await server.upsert([fixture('sh-1')])
      await server.delete(['ga-2'])
      expect(await ids(writer, { text: 'marmalade' })).toEqual(['sh-1'])
      expect(await writer.count()).toBe(NEW_SET.length)
      expect(await writer.integrityCheck()).toEqual([])
    } finally {
      await writer.close()
      await server.close()
    }
  })

  it('leaves the same schema behind, and can rebuild again and again', async () => {
    const path = newPath()
    const engine = openEmbeddedEngine({ path })
    try {
      await engine.upsert(FIXTURE_WORKS)
      const before = schemaNames(path)
      for (const [set, reads] of [
        [NEW_SET, NEW_READS],
        [FIXTURE_WORKS, OLD_READS],
        [NEW_SET, NEW_READS],
      ] as const) {
        // Reads before the rebuild, so any cached result of this connection must be dropped by the swap.
        await serverReads(engine)
        await engine.rebuild(set)
        expect(schemaNames(path)).toEqual(before)
        expect(await engine.hashes()).toEqual(new Map(set.map((w) => [w.id, w.contentHash])))
        expect(await serverReads(engine)).toEqual(reads)
      }
      expect(await engine.integrityCheck()).toEqual([])
    } finally {
      await engine.close()
    }
  })
})

describe('embedded rebuild guards', () => {
  it('refuses to rebuild a file with a table it would not stage, leaving the works as they were', async () => {
    const path = newPath()
    await usingEngine(path, (engine) => engine.upsert(FIXTURE_WORKS))
    const db = new Database(path)
    db.exec('CREATE TABLE work_notes (rowid INTEGER PRIMARY KEY, note TEXT)')
    db.close()
    await usingEngine(path, async (engine) => {
      await expect(engine.rebuild(NEW_SET)).rejects.toThrow(/does not know the tables work_notes/)
      expect(await serverReads(engine)).toEqual(OLD_READS)
      expect(engine.rebuildLeftovers()).toEqual([])
    })
  })
})

describe('an interrupted embedded rebuild', () => {
  it('leaves the old works intact and its staging tables behind, which the next rebuild drops', async () => {
    const path = newPath()
    await usingEngine(path, (engine) => engine.upsert(FIXTURE_WORKS))
    const before = schemaNames(path)

    // The connection goes away part-way, as when the process dies: nothing is cleaned up.
    const crashing = openEmbeddedEngine({ path })
    const halfway = gate()
    async function* works() {
      yield* NEW_SET.slice(0, 4)
      halfway.reach()
      await halfway.opened
      yield* NEW_SET.slice(4)
    }
    const interrupted = crashing.rebuild(works(), { batchSize: 2 })
    await halfway.reached
    await crashing.close()
    halfway.open()
    await expect(interrupted).rejects.toThrow(/not open/)

    await usingEngine(path, async (engine) => {
      expect(engine.rebuildLeftovers().length).toBeGreaterThan(0)
      expect(await engine.integrityCheck()).toEqual([])
      expect(await serverReads(engine)).toEqual(OLD_READS)
      await engine.rebuild(NEW_SET)
      expect(engine.rebuildLeftovers()).toEqual([])
      expect(schemaNames(path)).toEqual(before)
      expect(await serverReads(engine)).toEqual(NEW_READS)
    })
  })

  it('a second rebuild on the file ends the first one, which fails without mixing its works in', async () => {
    const path = newPath()
    const first = openEmbeddedEngine({ path })
    const second = openEmbeddedEngine({ path })
    try {
      await first.upsert(FIXTURE_WORKS)
      const halfway = gate()
      async function* works() {
        yield* FIXTURE_WORKS.slice(0, 4)
        halfway.reach()
        await halfway.opened
        yield* FIXTURE_WORKS.slice(4)
      }
      const earlier = first.rebuild(works(), { batchSize: 2 })
      await halfway.reached
      await second.rebuild(NEW_SET)
      halfway.open()
      await expect(earlier).rejects.toThrow()
      expect(await serverReads(first)).toEqual(NEW_READS)
      expect(first.rebuildLeftovers()).toEqual([])
    } finally {
      await first.close()
      await second.close()
    }
  })
})

async function usingEngine(path: string, run: (engine: EmbeddedEngine) => Promise<void>): Promise<void> {
  const engine = openEmbeddedEngine({ path })
  try {
    await run(engine)
  } finally {
    await engine.close()
  }
}
