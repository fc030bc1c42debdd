/**
 * The real app over a real embedded engine in a temporary SQLite file, seeded with {@link SEED_WORKS}
 * (or other works), each wrangled against the shipped vocabulary as the indexer does.
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import {
  defaultVocabulary,
  meilisearchSynonyms,
  openEmbeddedEngine,
  type SearchEngine,
  ThreadedEngine,
  Work,
  type WorkInput,
  wrangleWork,
} from '@ficdex/core'
import { type AppDeps, createApp } from '../../src/app.js'
import { SEED_WORKS } from './seed-works.js'

export const MEMBERS_KEY = 'members-test-key-0123456789'
export const ALL_KEY = 'all-test-key-0123456789abcdef'
export const SEARCH_KEY = 'search-test-key-0123456789ab'
export const ADMIN_KEY = 'admin-test-key-0123456789abc'
/** The secret test member tokens are signed with. */
export const TOKEN_SECRET = 'token-secret-for-tests-0123456789abcdef'

export interface TestApp {
  app: ReturnType<typeof createApp>
  engine: SearchEngine
  /** What the app logged as errors (unless the test gave its own logger). */
  logged: { message: string; details: Record<string, unknown> }[]
  close(): Promise<void>
}

/** Search threads for the engine, as `serve.ts` opens it; without, searches run on the test's thread. */
export interface TestThreads {
  threads: number
  searchBudgetMs?: number
}

export async function createTestApp(
  options: { works?: readonly WorkInput[]; searchThreads?: TestThreads } & Partial<
    Omit<AppDeps, 'engine'>
  > = {},
): Promise<TestApp> {
  const { works = SEED_WORKS, searchThreads, ...deps } = options
  const dir = mkdtempSync(join(tmpdir(), 'ficdex-server-'))
  // As `serve.ts` opens it: full-text search knows the vocabulary's ship names and synonyms.
  const synonyms = meilisearchSynonyms(defaultVocabulary())
  const path = join(dir, 'ficdex.db')
  const engine = searchThreads
    ? await ThreadedEngine.open({ path, synonyms, ...searchThreads })
    : openEmbeddedEngine({ path, synonyms })
  await engine.upsert(wrangledWorks(works))
  const logged: TestApp['logged'] = []
  const app = createApp({
    engine,
    apiKeys: [
      { scope: 'members', key: MEMBERS_KEY },
      { scope: 'all', key: ALL_KEY },
      { scope: 'search', key: SEARCH_KEY },
      { scope: 'admin', key: ADMIN_KEY },
    ],
    tokenSecret: TOKEN_SECRET,
    logger: { error: (message, details) => logged.push({ message, details }) },
    ...deps,
  })
  return {
    app,
    engine,
    logged,
    async close() {
      await engine.close().catch(() => {}) // some tests close it themselves
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** Request headers carrying a key. */
export const bearer = (key: string) => ({ Authorization: `Bearer ${key}` })

/** Works as the indexer stores them: validated, then wrangled (canonical tags, meta tags in filters). */
export function wrangledWorks(works: readonly WorkInput[]): Work[] {
  const vocabulary = defaultVocabulary()
  return works.map((work) => wrangleWork(vocabulary, Work.parse(work)).work)
}
