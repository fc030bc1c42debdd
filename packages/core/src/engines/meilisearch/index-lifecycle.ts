/**
 * Index housekeeping: waiting for tasks, creating, configuring, swapping and deleting indexes.
 * Every write to Meilisearch is an asynchronous task; these helpers wait for it and raise when it
 * did not succeed.
 * @module
 */
import type { EnqueuedTaskPromise, Meilisearch, Settings, Task, WaitOptions } from 'meilisearch'
import { assertTaskSucceeded, errorCode, wrapError } from './errors.js'
import { ID_ATTRIBUTE } from './fields.js'

const INDEX_UID = /^[A-Za-z0-9_-]+$/
const MAX_INDEX_UID_BYTES = 400

/** Throws unless the name is a valid index uid: `[A-Za-z0-9_-]`, 1–400 bytes. */
export function validateIndexUid(uid: string): string {
  if (!INDEX_UID.test(uid) || uid.length > MAX_INDEX_UID_BYTES)
    throw new RangeError(`index name ${JSON.stringify(uid)} must be 1–400 of [A-Za-z0-9_-]`)
  return uid
}

/** The index holding one document: the hash of the settings last applied to `uid`. */
export function settingsIndexUid(uid: string): string {
  return validateIndexUid(`${uid}_settings`)
}

const SETTINGS_DOCUMENT = 'settings'

/** The settings hash stored for `uid`, or null when none is (or its index does not exist). */
export async function readSettingsHash(client: Meilisearch, uid: string): Promise<string | null> {
  try {
    // Search, not the documents route: a search-only key may read it.
    const { hits } = await client.index(settingsIndexUid(uid)).search('', { limit: 1 })
    const hash = hits.find((hit) => hit.id === SETTINGS_DOCUMENT)?.hash
    return typeof hash === 'string' ? hash : null
  } catch (error) {
    if (errorCode(error) === 'index_not_found') return null
    throw wrapError(error, `read the settings hash of ${uid}`)
  }
}

export async function storeSettingsHash(
  client: Meilisearch,
  uid: string,
  hash: string,
  wait: WaitOptions,
): Promise<void> {
  const meta = settingsIndexUid(uid)
  await runTask(
    client.index(meta).addDocuments([{ id: SETTINGS_DOCUMENT, hash }], { primaryKey: ID_ATTRIBUTE }),
    wait,
    `store the settings hash of ${uid}`,
  )
}

/** The index a full rebuild fills before it is swapped in. */
export function rebuildIndexUid(uid: string): string {
  return validateIndexUid(`${uid}_new`)
}

/** Waits for a task and returns it once it succeeded; raises our errors otherwise. */
export async function runTask(
  enqueued: EnqueuedTaskPromise,
  wait: WaitOptions,
  action: string,
): Promise<Task> {
  let task: Task
  try {
    task = await enqueued.waitTask(wait)
  } catch (error) {
    throw wrapError(error, action)
  }
  assertTaskSucceeded(task, action)
  return task
}

/** Runs a task, treating a failure with the given code as success (e.g. "already exists"). */
async function runTaskTolerating(
  enqueued: EnqueuedTaskPromise,
  wait: WaitOptions,
  action: string,
  tolerated: string,
): Promise<void> {
  try {
    await runTask(enqueued, wait, action)
  } catch (error) {
    if (errorCode(error) !== tolerated) throw error
  }
}

export function createIndexIfMissing(client: Meilisearch, uid: string, wait: WaitOptions): Promise<void> {
  return runTaskTolerating(
    client.createIndex(uid, { primaryKey: ID_ATTRIBUTE }),
    wait,
    `create index ${uid}`,
    'index_already_exists',
  )
}

/** Whether the index exists (the indexes route: writers' keys). */
export async function indexExists(client: Meilisearch, uid: string): Promise<boolean> {
  try {
    await client.index(uid).getRawInfo()
    return true
  } catch (error) {
    if (errorCode(error) === 'index_not_found') return false
    throw wrapError(error, `read index ${uid}`)
  }
}

export function deleteIndexIfExists(client: Meilisearch, uid: string, wait: WaitOptions): Promise<void> {
  return runTaskTolerating(client.deleteIndex(uid), wait, `delete index ${uid}`, 'index_not_found')
}

export async function applySettings(
  client: Meilisearch,
  uid: string,
  settings: Settings,
  wait: WaitOptions,
): Promise<void> {
  await runTask(client.index(uid).updateSettings(settings), wait, `update settings of ${uid}`)
}

/**
 * Exchanges the contents of each pair of indexes (documents, settings, task history) in one atomic
 * task: searches see either every old index or every new one, never a half-filled one. All must exist.
 */
export async function swapIndexes(
  client: Meilisearch,
  pairs: readonly (readonly [string, string])[],
  wait: WaitOptions,
): Promise<void> {
  await runTask(
    client.swapIndexes(pairs.map(([a, b]) => ({ indexes: [a, b], rename: false }))),
    wait,
    `swap ${pairs.map(([a, b]) => `${a} with ${b}`).join(', ')}`,
  )
}
