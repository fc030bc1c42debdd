/**
 * The Meilisearch engine: the `SearchEngine` interface over a Meilisearch server (v1.50 or newer,
 * where escaped backslashes in filters work). The only module of core that does HTTP.
 *
 * Writes create the index with primary key `id` and apply the settings first (once per engine, with
 * their hash stored in the index `<index>_settings`, which `syncSettings` compares at open), then
 * enqueue NDJSON batches and deletions on the works index and its scope copies, and wait for them all;
 * a failed or canceled task raises. Reads
 * need only a search key: searches (one multi-search each, so that disjunctive facets come from the same
 * request) and facet value searches read the index of their scope (`scope-indexes.ts`: what a scope may
 * not see shapes nothing it gets), `get` the works index with the scope's visibility filter, and a
 * missing index reads as an empty one. `hashes` and `count` use the documents and
 * stats routes, which an indexer's key has.
 * @module
 */
import {
  type EnqueuedTaskPromise,
  type Hit,
  Meilisearch,
  type MultiSearchResult,
  type RecordAny,
  type WaitOptions,
} from 'meilisearch'
import { SettingsChangedError } from '../../engine/errors.js'
import { searchFacetValues } from '../../engine/facet-values.js'
import type { SearchEngine, WorkChanges } from '../../engine/search-engine.js'
import type { ChangesPage } from '../../model/change.js'
import type { FacetSearch, Scope, SearchQuery } from '../../model/query.js'
import type { FacetSearchResult, SearchResult } from '../../model/result.js'
import { scopeRank, visibilityRank } from '../../model/visibility-rank.js'
import { type Work, WorkId, type WorkSummary } from '../../model/work.js'
import { type NdjsonBatch, NdjsonBatcher, ndjsonBatches, validateBatchLimits } from './batches.js'
import {
  CHANGE_LOG_SETTINGS,
  type ChangeEntry,
  changeLogIndexUid,
  changesPage,
  type LoggedWrite,
  logEntries,
  type StoredState,
} from './change-log.js'
import { suggestSpelling } from './did-you-mean.js'
import {
  type MeilisearchSummaryDocument,
  type MeilisearchWorkDocument,
  toDocument,
  toWork,
  toWorkSummary,
} from './document.js'
import { errorCode, MeilisearchEngineError, wrapError } from './errors.js'
import { FACET_FIELD, ID_ATTRIBUTE, SUMMARY_ATTRIBUTES } from './fields.js'
import { renderFilter, visibilityClause } from './filter-compiler.js'
import {
  applySettings,
  createIndexIfMissing,
  deleteIndexIfExists,
  indexExists,
  readSettingsHash,
  rebuildIndexUid,
  runTask,
  settingsIndexUid,
  storeSettingsHash,
  swapIndexes,
  validateIndexUid,
} from './index-lifecycle.js'
import { MEILISEARCH_DEFAULTS } from './meilisearch-defaults.js'
import { COPIED_SCOPES, scopeIndexUid, scopeWrite, withScopeCopies } from './scope-indexes.js'
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
  /**
   * A set of changes at once: every task enqueued before any is waited for, so Meilisearch writes them
   * as one batch unless the set passes its batch limits. `upsert` and `delete` are sets of one kind.
   */
  apply(changes: WorkChanges): Promise<void>
  /** The change feed, from the log index beside the works (`change-log.ts`). */
  changes(since: number, scope: Scope, limit: number): Promise<ChangesPage>
  /** Deletes the index with all its works and its change log. */
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

/** Documents per page when listing content hashes; the documents route has no hit cap. */
const HASH_PAGE_SIZE = 10_000
/** Ids per deletion task. */
const DELETE_BATCH_SIZE = 10_000
/** Ids per read of stored works or log entries by id (a filter of this many ids). */
const LOG_READ_SIZE = 1000
/** Log entries per write. */
const LOG_WRITE_SIZE = 10_000

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
  const hash = settingsHash(settings, { scopeIndexes: COPIED_SCOPES })
  const synonymWords = Object.keys(options.synonyms ?? {})
  const client = new Meilisearch({
    host: options.url,
    apiKey: options.apiKey,
    timeout: options.requestTimeoutMs,
  })
  const index = client.index<MeilisearchWorkDocument>(uid)
  const logUid = changeLogIndexUid(uid)
  const changeLog = client.index<ChangeEntry>(logUid)
  /** Requests on the index of `scope` as one multi-search, their responses in order. */
  const askIn = (scope: Scope) => async (requests: SearchRequest[]) =>
    (
      await client.multiSearch({
        queries: requests.map((request) => ({ indexUid: scopeIndexUid(uid, scope), ...request })),
      })
    ).results
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

  /** Applies the settings to the works index `target` and its scope copies, and records them. */
  async function apply(target: string): Promise<void> {
    await applySettings(client, target, settings, wait)
    await prepareCopies(target)
    await recordSettings()
  }

  /** Records that `uid` carries this engine's settings. */
  async function recordSettings(): Promise<void> {
    await storeSettingsHash(client, uid, hash, wait)
    watch.markCurrent()
  }

  /**
   * Gives the scope copies of the works index `target` the settings, creating and filling a copy that
   * is missing from the works index (an index from before there were copies, or a rebuild's).
   */
  async function prepareCopies(target: string): Promise<void> {
    for (const scope of COPIED_SCOPES) {
      const copy = scopeIndexUid(target, scope)
      const existed = await indexExists(client, copy)
      if (!existed) await createIndexIfMissing(client, copy, wait)
      await applySettings(client, copy, settings, wait)
      if (!existed) await addDocuments(copy, visibleDocuments(target, scope))
    }
  }

  /** Every document of `target` that the scope may see, page by page. */
  async function* visibleDocuments(target: string, scope: Scope): AsyncIterable<MeilisearchWorkDocument> {
    for (let offset = 0; ; offset += HASH_PAGE_SIZE) {
      const page = await client
        .index<MeilisearchWorkDocument>(target)
        .getDocuments({ limit: HASH_PAGE_SIZE, offset })
      yield* scopeWrite(scope, page.results).add
      if (page.results.length < HASH_PAGE_SIZE) return
    }
  }

  /** Index and settings, once per engine; a failure is retried by the next write. */
  function ensureReady(): Promise<void> {
    ready ??= createIndexIfMissing(client, uid, wait)
      .then(() => apply(uid))
      .then(ensureLog)
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

  /** Sends documents to `target` in NDJSON batches, each awaited as a task. */
  async function addDocuments(target: string, documents: AsyncIterable<unknown>): Promise<void> {
    const batcher = new NdjsonBatcher(limits)
    for await (const document of documents) {
      const full = batcher.push(document)
      if (full) await send(target, full)
    }
    const last = batcher.flush()
    if (last) await send(target, last)
  }

  /**
   * Writes a set of changes to the works index and its scope copies (a work leaves the copy of a scope
   * that may no longer see it), then logs them. Every task is enqueued before any is waited for,
   * additions then deletions per index: Meilisearch batches the consecutive additions and deletions
   * of one index into one batch, written in one transaction, so a search sees all of the set or none
   * of it (a set larger than Meilisearch's batch limits is split, and may be seen in parts).
   */
  async function writeChanges({ upsert: works, delete: ids }: WorkChanges): Promise<void> {
    open()
    if (works.length === 0 && ids.length === 0) return
    await ensureReady()
    const stored = await storedStates([...works.map((work) => work.id), ...ids])
    const writes = [
      { target: uid, add: works, remove: ids },
      ...COPIED_SCOPES.map((scope) => {
        const { add, remove } = scopeWrite(scope, works)
        return { target: scopeIndexUid(uid, scope), add, remove: [...remove, ...ids] }
      }),
    ]
    const enqueued: { task: EnqueuedTaskPromise; action: string }[] = []
    const enqueue = async (task: EnqueuedTaskPromise, action: string) => {
      try {
        await task
      } catch (error) {
        throw wrapError(error, action)
      }
      enqueued.push({ task, action })
    }
    for (const { target, add, remove } of writes) {
      for (const batch of ndjsonBatches(add.map(toDocument), limits))
        await enqueue(
          client
            .index(target)
            .addDocumentsFromString(batch.body, 'application/x-ndjson', { primaryKey: ID_ATTRIBUTE }),
          `add ${batch.count} works to ${target}`,
        )
      for (let start = 0; start < remove.length; start += DELETE_BATCH_SIZE) {
        const chunk = remove.slice(start, start + DELETE_BATCH_SIZE)
        await enqueue(
          client.index(target).deleteDocuments(chunk),
          `delete ${chunk.length} works from ${target}`,
        )
      }
    }
    for (const { task, action } of enqueued) await runTask(task, wait, action)
    await logWrite(
      [
        ...works.map((work) => ({ id: work.id, next: stateOf(work) })),
        ...ids.map((id) => ({ id, next: null })),
      ],
      stored,
    )
  }

  /** What the works index holds of every work, by id, page by page. */
  async function allStoredStates(): Promise<Map<string, StoredState>> {
    const states = new Map<string, StoredState>()
    for (let offset = 0; ; offset += HASH_PAGE_SIZE) {
      const page = await index.getDocuments<
        Pick<MeilisearchWorkDocument, 'id' | 'contentHash' | 'visibility'>
      >({
        fields: ['id', 'contentHash', 'visibility'],
        limit: HASH_PAGE_SIZE,
        offset,
      })
      for (const { id, contentHash, visibility } of page.results)
        states.set(id, { rank: visibilityRank(visibility), hash: contentHash })
      if (page.results.length < HASH_PAGE_SIZE) return states
    }
  }

  /**
   * The log index with its settings. A new log beside works stored before there was one starts with
   * every one of them, so a mirror reading from 0 gets them all, as after the embedded engine's upgrade.
   */
  async function ensureLog(): Promise<void> {
    await createIndexIfMissing(client, logUid, wait)
    await applySettings(client, logUid, CHANGE_LOG_SETTINGS, wait)
    if ((await changeLog.getStats()).numberOfDocuments > 0) return
    const stored = await allStoredStates()
    await logWrite(
      [...stored].map(([id, next]) => ({ id, next })),
      new Map(),
    )
  }

  /** What the works index holds of these works, by id (the documents route: writers only). */
  async function storedStates(ids: readonly string[]): Promise<Map<string, StoredState>> {
    const states = new Map<string, StoredState>()
    for (let start = 0; start < ids.length; start += LOG_READ_SIZE) {
      const chunk = ids.slice(start, start + LOG_READ_SIZE)
      const page = await index.getDocuments<
        Pick<MeilisearchWorkDocument, 'id' | 'contentHash' | 'visibility'>
      >({
        filter: renderFilter([{ op: 'anyOf', attribute: ID_ATTRIBUTE, values: chunk }]),
        fields: ['id', 'contentHash', 'visibility'],
        limit: chunk.length,
      })
      for (const { id, contentHash, visibility } of page.results)
        states.set(id, { rank: visibilityRank(visibility), hash: contentHash })
    }
    return states
  }

  /** Logs a write after its works are stored: `stored` is what the works index held before it. */
  async function logWrite(writes: readonly LoggedWrite[], stored: ReadonlyMap<string, StoredState>) {
    if (writes.length === 0) return
    const ids = [...new Set(writes.map((write) => write.id))]
    const logged = new Map<string, ChangeEntry>()
    for (let start = 0; start < ids.length; start += LOG_READ_SIZE) {
      const chunk = ids.slice(start, start + LOG_READ_SIZE)
      const page = await changeLog.getDocuments<ChangeEntry>({
        filter: renderFilter([{ op: 'anyOf', attribute: 'id', values: chunk }]),
        limit: chunk.length,
      })
      for (const entry of page.results) logged.set(entry.id, entry)
    }
    const latest = await changeLog.search('', { sort: ['seq:desc'], limit: 1 })
    const entries = logEntries(writes, stored, logged, (latest.hits[0]?.seq ?? 0) + 1)
    for (let start = 0; start < entries.length; start += LOG_WRITE_SIZE) {
      const chunk = entries.slice(start, start + LOG_WRITE_SIZE)
      await runTask(changeLog.addDocuments(chunk, { primaryKey: 'id' }), wait, `log ${chunk.length} changes`)
    }
  }

  const stateOf = (work: Work): StoredState => ({
    rank: visibilityRank(work.visibility),
    hash: work.contentHash,
  })

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

    upsert: (works: readonly Work[]) => writeChanges({ upsert: works, delete: [] }),

    apply: writeChanges,

    delete: (ids: readonly string[]) => writeChanges({ upsert: [], delete: ids }),

    changes(since: number, scope: Scope, limit: number): Promise<ChangesPage> {
      return read(
        'read changes',
        async () => {
          const rank = scopeRank(scope)
          const { hits } = await changeLog.search('', {
            filter: [`seq > ${since}`, `seenRank <= ${rank}`],
            sort: ['seq:asc'],
            limit: limit + 1,
          })
          const ids = hits
            .slice(0, limit)
            .filter((entry) => entry.rank !== null && entry.rank <= rank)
            .map((entry) => entry.id)
          const visible = new Map<string, WorkSummary>()
          if (ids.length > 0) {
            const found = await index.search('', {
              filter: renderFilter([
                { op: 'anyOf', attribute: ID_ATTRIBUTE, values: ids },
                visibilityClause(scope),
              ]),
              attributesToRetrieve: [...SUMMARY_ATTRIBUTES],
              limit: ids.length,
            })
            for (const hit of found.hits as Hit<MeilisearchSummaryDocument>[])
              visible.set(hit.id, toWorkSummary(hit))
          }
          return changesPage(hits, visible, limit)
        },
        () => ({ changes: [], more: false }),
      )
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
          const ask = askIn(query.scope)
          const results = await ask(buildSearchRequests(query))
          const [main, ...disjunctive] = results.map(responseParts)
          const result = toSearchResult(query, [main as SearchResponseParts, ...disjunctive])
          const suggestion = await suggestSpelling(query, result.total, ask, synonymWords)
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
          const response = await client.index(scopeIndexUid(uid, query.scope)).search(q, params)
          const counted = facetValues(response.facetDistribution?.[FACET_FIELD[facet.kind]])
          return searchFacetValues(counted, facet)
        },
        () => ({ values: [], more: false }),
      )
    },

    hashes(): Promise<Map<string, string>> {
      return read(
        'list content hashes',
        async () => new Map([...(await allStoredStates())].map(([id, state]) => [id, state.hash])),
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
      // A leftover from an interrupted rebuild would mix old works into the new index; its scope copies
      // are made from the new works once they are in.
      for (const index of withScopeCopies(staging)) await deleteIndexIfExists(client, index, wait)
      await createIndexIfMissing(client, staging, wait)
      await applySettings(client, staging, settings, wait)
      const written: LoggedWrite[] = []
      await addDocuments(
        staging,
        documentsOf(works, (work) => written.push({ id: work.id, next: stateOf(work) })),
      )
      await prepareCopies(staging)
      await recordSettings()
      for (const index of withScopeCopies(uid)) await createIndexIfMissing(client, index, wait)
      await ensureLog()
      const before = await allStoredStates()
      // The works index and its scope copies change in one task: no search sees one new and one old.
      const staged = withScopeCopies(staging)
      const pairs = withScopeCopies(uid).map((live, i) => [live, staged[i] as string] as const)
      await swapIndexes(client, pairs, wait)
      // The swapped-in index carries this engine's settings.
      ready = Promise.resolve()
      for (const [, old] of pairs) await deleteIndexIfExists(client, old, wait)
      const kept = new Set(written.map((write) => write.id))
      const removed = [...before.keys()].filter((id) => !kept.has(id)).map((id) => ({ id, next: null }))
      await logWrite([...removed, ...written], before)
    },

    async drop(): Promise<void> {
      open()
      ready = null
      for (const index of withScopeCopies(uid)) await deleteIndexIfExists(client, index, wait)
      await deleteIndexIfExists(client, settingsIndexUid(uid), wait)
      await deleteIndexIfExists(client, logUid, wait)
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

/** The works' documents as they pass, each work shown to `note` first. */
async function* documentsOf(
  works: Iterable<Work> | AsyncIterable<Work>,
  note: (work: Work) => void,
): AsyncIterable<MeilisearchWorkDocument> {
  for await (const work of works) {
    note(work)
    yield toDocument(work)
  }
}
