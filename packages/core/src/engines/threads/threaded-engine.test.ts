import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { FIXTURE_WORKS, runEngineContract } from '../../engine/contract/index.js'
import { SearchEngineError, SearchTimeoutError } from '../../engine/errors.js'
import { withRequestSignal } from '../../engine/request-signal.js'
import { parseQuery } from '../../model/query.js'
import { openEmbeddedEngine } from '../embedded/embedded-engine.js'
import { SearchThreads } from './search-threads.js'
import { ThreadedEngine, type ThreadedEngineOptions } from './threaded-engine.js'

const dir = mkdtempSync(join(tmpdir(), 'ficdex-threaded-'))
let files = 0
const newPath = () => join(dir, `engine-${++files}.db`)
afterAll(() => rmSync(dir, { recursive: true, force: true }))

// One thread per engine: every search crosses to a thread and back, and each case starts its own.
runEngineContract('embedded, searching on threads', () =>
  ThreadedEngine.open({ path: newPath(), threads: 1 }),
)

const everything = parseQuery({ facets: { kinds: ['fandom'] }, highlight: true })

async function withWorks(
  options: Partial<ThreadedEngineOptions>,
  run: (engine: ThreadedEngine) => Promise<void>,
) {
  const engine = await ThreadedEngine.open({ path: newPath(), threads: 1, ...options })
  try {
    await engine.upsert(FIXTURE_WORKS)
    await run(engine)
  } finally {
    await engine.close()
  }
}

describe('searching on threads', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('answers as the embedded engine does on its own thread', async () => {
    const plain = openEmbeddedEngine({ path: newPath() })
    await plain.upsert(FIXTURE_WORKS)
    const expected = await plain.search(everything)
    await plain.close()
    await withWorks({}, async (engine) => {
      expect(await engine.search(everything)).toEqual(expected)
    })
  })

  it('drops a search whose caller has gone while it waits for a thread, without running it', async () => {
    await withWorks({}, async (engine) => {
      const first = engine.search(everything)
      const caller = new AbortController()
      const second = withRequestSignal(caller.signal, () => engine.search(everything))
      expect(engine.load()).toEqual({ running: 1, queued: 1 })
      caller.abort(new Error('the client closed the connection'))
      expect(engine.load()).toEqual({ running: 1, queued: 0 })
      await expect(second).rejects.toThrow('the client closed the connection')
      expect((await first).total).toBe(10)
    })
  })

  it('runs a search whose caller is still there', async () => {
    await withWorks({}, async (engine) => {
      const caller = new AbortController()
      const result = await withRequestSignal(caller.signal, () => engine.search(everything))
      expect(result.total).toBe(10)
    })
  })

  it('stops a search past its budget with SearchTimeoutError, and searches on with a new thread', async () => {
    await withWorks({ searchBudgetMs: 60_000 }, async (engine) => {
      // The budget's clock is faked, so the search is over budget however fast the machine runs it.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
      const stopped = engine.search(everything)
      vi.advanceTimersByTime(60_000)
      vi.useRealTimers()
      const error = await stopped.catch((e: unknown) => e)
      expect(error).toBeInstanceOf(SearchTimeoutError)
      expect((error as SearchTimeoutError).budgetMs).toBe(60_000)
      expect((await engine.search(everything)).total).toBe(10)
    })
  })

  it('refuses an in-memory database, which no other connection can read', async () => {
    await expect(ThreadedEngine.open({ path: ':memory:', threads: 1 })).rejects.toThrow(/database file/)
  })

  it('fails to start, saying why, when a thread cannot open the file', async () => {
    const start = SearchThreads.start({ size: 1, settings: { path: join(dir, 'missing.db') } })
    await expect(start).rejects.toBeInstanceOf(SearchEngineError)
    await expect(start).rejects.toThrow(/A search thread could not start: .*unable to open/)
  })
})
