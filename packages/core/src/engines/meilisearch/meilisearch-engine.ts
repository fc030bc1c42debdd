/**
 * The Meilisearch engine: the `SearchEngine` interface over a Meilisearch server (v1.50 or newer,
 * where escaped backslashes in filters work). The only module of core that does HTTP.
 *
 * Writes create the index with primary key `id` and apply the settings first (once per engine, with
 * their hash stored in the index `<index>_settings`, which `syncSettings` compares at open), then
 * send documents as NDJSON batches, each awaited as a task; a failed or canceled task raises. Reads
 * need only a search key: searches (one multi-search each, so that disjunctive facets come from the same
 * request), facet value searches and `get` go through the search routes with the scope's visibility
 * filter, and a missing index reads as an empty one. `hashes` and `count` use the documents and
 * stats routes, which an indexer's key has.
 * @module
 */
import { type Hit, Meilisearch, type MultiSearchResult, type RecordAny, type WaitOptions } from 'meilisearch'
import { SettingsChangedError } from '../../engine/errors.js'
import { searchFacetValues } from '../../engine/facet-values.js'
import type { SearchEngine } from '../../engine/search-engine.js'
import type { FacetSearch, Scope, SearchQuery } from '../../model/query.js'
import type { FacetSearchResult, SearchResult } from '../../model/result.js'
import { type Work, WorkId } from '../../model/work.js'
import { type NdjsonBatch, NdjsonBatcher, validateBatchLimits } from './batches.js'
import { suggestSpelling } from './did-you-mean.js'
import {
  type MeilisearchSummaryDocument,
  type MeilisearchWorkDocument,
  toDocument,
  toWork,
} from './document.js'
import { errorCode, MeilisearchEngineError, wrapError } from './errors.js'
import { FACET_FIELD, ID_ATTRIBUTE } from './fields.js'
import { renderFilter, visibilityClause } from './filter-compiler.js'
import {
  applySettings,
  createIndexIfMissing,
  deleteIndexIfExists,
  readSettingsHash,
  rebuildIndexUid,
  runTask,
  settingsIndexUid,
  storeSettingsHash,
  swapIndexes,
  validateIndexUid,
} from './index-lifecycle.js'
import { buildFacetRequest, buildSearchRequests, type SearchRequest } from './search-request.js'
import {
  emptySearchResult,
  facetValues,
  type SearchResponseParts,
  toSearchResult,
} from './search-response.js'
import { buildSettings, settingsHash } from './settings.js'
import { SettingsWatch } from './settings-watch.js'

export interface MeilisearchEngineOptions {
  /** Server address, e.g. `http://127.0.0.1:7700`. */
  url: string
  /** A key with the actions the caller needs: `search` to read, plus documents/settings/indexes to write. */
  apiKey?: string
  /** Index uid, `[A-Za-z0-9_-]`. Default `works`. */
  index?: string
  /** Documents per request. Default 1000. */
  batchSize?: number
  /** UTF-8 bytes per request body; keep it under the server's payload limit (100 MB by default). Default 32 MiB. */
  maxBatchBytes?: number
  /** How long to wait for one task (one batch, one settings update). Default 10 minutes, sized for bulk loads. */
  taskTimeoutMs?: number
  /** How often to poll a task while waiting. Default 100 ms. */
  taskPollIntervalMs?: number
  /** Timeout of each HTTP request. Default: none. */
  requestTimeoutMs?: number
  /** Word → words it also matches, e.g. the tag vocabulary's synonyms. */
  synonyms?: Record<string, string[]>
  /** Cap of exact hit counts; see `DEFAULT_MAX_TOTAL_HITS`. */
  maxTotalHits?: number
  /** How long `checkSettings` trusts its last reading of the stored settings hash. Default 10 s. */
  settingsCheckIntervalMs?: number
}

export interface MeilisearchEngine extends SearchEngine {
  readonly name: 'meilisearch'
  /** The index this engine reads and writes. */
  readonly index: string
  /**
   * Replaces every work atomically: fills `<index>_new` with the settings and the given works, swaps
   * it with the index in one task, then deletes the old contents. Searches never see a partial index.
   */
  rebuild(works: Iterable<Work> | AsyncIterable<Work>): Promise<void>
  /** Deletes the index with all its works. */
  drop(): Promise<void>
  /** A digest of the settings this engine applies; see `settingsHash`. */
  readonly settingsHash: string
  /**
   * Makes the index carry this engine's settings: compares the hash stored beside the index with its
   * own and applies the settings only when they differ (or were never applied). Idempotent; run by
   * whichever process opens the engine, so a reader sees a writer's change instead of drifting from
   * it. A key that may not change settings gets a `SearchEngineError` saying so when they differ.
   */
  syncSettings(): Promise<'current' | 'applied'>
  /**
   * Throws `SettingsChangedError` when the hash stored beside the index is no longer this engine's
   * (another process changed the settings since it opened); the stored hash is read again at most
   * every `settingsCheckIntervalMs`. Applies nothing: a reader that re-applied its own settings would
   * undo a newer writer's.
   */
  checkSettings(): Promise<void>
}

export const MEILISEARCH_DEFAULTS = {
  index: 'works',
  batchSize: 1000,
  maxBatchBytes: 32 * 1024 * 1024,
  taskTimeoutMs: 10 * 60 * 1000,
  taskPollIntervalMs: 100,
  settingsCheckIntervalMs: 10_000,
} as const

/** Documents per page when listing content hashes; the documents route has no hit cap. */
const HASH_PAGE_SIZE = 10_000
/** Ids per deletion task. */
const DELETE_BATCH_SIZE = 10_000

export function createMeilisearchEngine(options: MeilisearchEngineOptions): MeilisearchEngine {
  const uid = validateIndexUid(options.index ?? MEILISEARCH_DEFAULTS.index)
  const limits = validateBatchLimits({
    maxDocuments: options.batchSize ?? MEILISEARCH_DEFAULTS.batchSize,
    maxBytes: options.maxBatchBytes ?? MEILISEARCH_DEFAULTS.maxBatchBytes,
  })
  const wait: WaitOptions = {
    timeout: options.taskTimeoutMs ?? MEILISEARCH_DEFAULTS.taskTimeoutMs,
    interval: options.taskPollIntervalMs ?? MEILISEARCH_DEFAULTS.taskPollIntervalMs,
  }
  const settings = buildSettings({ synonyms: options.synonyms, maxTotalHits: options.maxTotalHits })
  const hash = settingsHash(settings)
  const synonymWords = Object.keys(options.synonyms ?? {})
  const client = new Meilisearch({
    host: options.url,
    apiKey: options.apiKey,
    timeout: options.requestTimeoutMs,
  })
  const index = client.index<MeilisearchWorkDocument>(uid)
  /** Requests on this index as one multi-search, their responses in order. */
  const askAll = async (requests: SearchRequest[]) =>
    (await client.multiSearch({ queries: requests.map((request) => ({ indexUid: uid, ...request })) }))
      .results
  const watch = new SettingsWatch({
    own: hash,
    read: () => readSettingsHash(client, uid),
    intervalMs: options.settingsCheckIntervalMs ?? MEILISEARCH_DEFAULTS.settingsCheckIntervalMs,
  })
  let ready: Promise<void> | null = null
  let closed = false

  function open(): void {
    if (closed) throw new MeilisearchEngineError(`the Meilisearch engine for ${uid} is closed`)
  }

  /** Applies the settings to `target` and records that `uid` carries them. */
  async function apply(target: string): Promise<void> {
    await applySettings(client, target, settings, wait)
    await storeSettingsHash(client, uid, hash, wait)
    watch.markCurrent()
  }

  /** Index and settings, once per engine; a failure is retried by the next write. */
  function ensureReady(): Promise<void> {
    ready ??= createIndexIfMissing(client, uid, wait)
      .then(() => apply(uid))
      .catch((error) => {
        ready = null
        throw error
      })
    return ready
  }

  async function send(target: string, batch: NdjsonBatch): Promise<void> {
    await runTask(
      client
        .index(target)
        .addDocumentsFromString(batch.body, 'application/x-ndjson', { primaryKey: ID_ATTRIBUTE }),
      wait,
      `add ${batch.count} works to ${target}`,
    )
  }

  async function addWorks(target: string, works: Iterable<Work> | AsyncIterable<Work>): Promise<void> {
    const batcher = new NdjsonBatcher(limits)
    for await (const work of works) {
      const full = batcher.push(toDocument(work))
      if (full) await send(target, full)
    }
    const last = batcher.flush()
    if (last) await send(target, last)
  }

  /** Runs a read; a missing index reads as `empty`, other failures become our errors. */
  async function read<T>(action: string, run: () => Promise<T>, empty: () => T): Promise<T> {
    open()
    try {
      return await run()
    } catch (error) {
      if (errorCode(error) === 'index_not_found') return empty()
      throw wrapError(error, action)
    }
  }

  return {
    name: 'meilisearch',
    index: uid,

    async upsert(works: readonly Work[]): Promise<void> {
      open()
      if (works.length === 0) return
      await ensureReady()
      await addWorks(uid, works)
    },

    async delete(ids: readonly string[]): Promise<void> {
      open()
      if (ids.length === 0) return
      await ensureReady()
      for (let start = 0; start < ids.length; start += DELETE_BATCH_SIZE) {
        const chunk = ids.slice(start, start + DELETE_BATCH_SIZE)
        await runTask(index.deleteDocuments([...chunk]), wait, `delete ${chunk.length} works from ${uid}`)
      }
    },

    get(id: string, scope: Scope): Promise<Work | null> {
      return read(
        `get work ${id}`,
        async () => {
          if (!WorkId.safeParse(id).success) return null
          const response = await index.search('', {
            filter: renderFilter([
              { op: 'equals', attribute: ID_ATTRIBUTE, value: id },
              visibilityClause(scope),
            ]),
            limit: 1,
          })
          const document = response.hits[0]
          return document ? toWork(document) : null
        },
        () => null,
      )
    },

    search(query: SearchQuery): Promise<SearchResult> {
      return read(
        'search',
        async () => {
          const results = await askAll(buildSearchRequests(query))
          const [main, ...disjunctive] = results.map(responseParts)
          const result = toSearchResult(query, [main as SearchResponseParts, ...disjunctive])
          const suggestion = await suggestSpelling(query, result.total, askAll, synonymWords)
          if (suggestion !== undefined) result.didYouMean = suggestion
          return result
        },
        () => emptySearchResult(query),
      )
    },

    searchFacet(query: SearchQuery, facet: FacetSearch): Promise<FacetSearchResult> {
      return read(
        `search ${facet.kind} values`,
        async () => {
          const { q, ...params } = buildFacetRequest(query, facet.kind)
          const response = await index.search(q, params)
          const counted = facetValues(response.facetDistribution?.[FACET_FIELD[facet.kind]])
          return searchFacetValues(counted, facet)
        },
        () => ({ values: [], more: false }),
      )
    },

    hashes(): Promise<Map<string, string>> {
      return read(
        'list content hashes',
        async () => {
          const hashes = new Map<string, string>()
          for (let offset = 0; ; offset += HASH_PAGE_SIZE) {
            const page = await index.getDocuments<Pick<MeilisearchWorkDocument, 'id' | 'contentHash'>>({
              fields: ['id', 'contentHash'],
              limit: HASH_PAGE_SIZE,
              offset,
            })
            for (const { id, contentHash } of page.results) hashes.set(id, contentHash)
            if (page.results.length < HASH_PAGE_SIZE) return hashes
          }
        },
        () => new Map(),
      )
    },

    count(): Promise<number> {
      return read(
        'count works',
        async () => (await index.getStats()).numberOfDocuments,
        () => 0,
      )
    },

    async rebuild(works: Iterable<Work> | AsyncIterable<Work>): Promise<void> {
      open()
      const staging = rebuildIndexUid(uid)
      // A leftover from an interrupted rebuild would mix old works into the new index.
      await deleteIndexIfExists(client, staging, wait)
      await createIndexIfMissing(client, staging, wait)
      await apply(staging)
      await addWorks(staging, works)
      await createIndexIfMissing(client, uid, wait)
      await swapIndexes(client, uid, staging, wait)
      // The swapped-in index carries this engine's settings.
      ready = Promise.resolve()
      await deleteIndexIfExists(client, staging, wait)
    },

    async drop(): Promise<void> {
      open()
      ready = null
      await deleteIndexIfExists(client, uid, wait)
      await deleteIndexIfExists(client, settingsIndexUid(uid), wait)
    },

    settingsHash: hash,

    async syncSettings(): Promise<'current' | 'applied'> {
      open()
      if ((await readSettingsHash(client, uid)) === hash) {
        watch.markCurrent()
        return 'current'
      }
      try {
        await createIndexIfMissing(client, uid, wait)
        await apply(uid)
      } catch (error) {
        if (error instanceof MeilisearchEngineError && (error.status === 401 || error.status === 403))
          throw new MeilisearchEngineError(
            `the settings of index ${uid} differ from this version's (${hash}) and this key may not ` +
              'update them: open the index once with a key that may (as the indexer does)',
            { cause: error, code: error.code, status: error.status },
          )
        throw error
      }
      ready = Promise.resolve()
      return 'applied'
    },

    async checkSettings(): Promise<void> {
      open()
      const state = await watch.check()
      if (state.status === 'changed')
        throw new SettingsChangedError(
          `the settings of index ${uid} changed since this engine opened it: stored ` +
            `${state.stored ?? 'none'}, this version's ${hash}; restart with the version that wrote them, ` +
            'or reopen to apply this one',
        )
    },

    async close(): Promise<void> {
      // fetch keeps no connection that needs closing; refuse further use so mistakes surface.
      closed = true
    },
  }
}

/** The parts of one multi-search result the search result is built from. */
function responseParts(result: MultiSearchResult<RecordAny>): SearchResponseParts {
  return {
    hits: result.hits as Hit<MeilisearchSummaryDocument>[],
    totalHits: result.totalHits ?? 0,
    facetDistribution: result.facetDistribution,
    facetStats: result.facetStats,
  }
}
