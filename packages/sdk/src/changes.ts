/**
 * `client.changes`: the change feed, for apps that keep a copy of the archive in step.
 * @module
 */
import { toSearchParams } from './query-string.js'
import type { CallOptions, Transport } from './transport.js'
import type { Change, Changes, ChangesParams } from './types.js'

export interface ChangesApi {
  /**
   * `GET /v1/changes`: works stored, changed or deleted after `since` (0 for everything), oldest first,
   * each once as it is now. Keep `next` and pass it as `since` next time; ask again at once while `more`.
   * @example
   * const { changes, next } = await ficdex.changes.list({ since: lastSeen })
   */
  list(params?: ChangesParams, options?: CallOptions): Promise<Changes>
  /**
   * Every change after `since`, page after page, until the feed is caught up; the `seq` of the last one
   * yielded is where to start next time. Apply `upsert`s, drop `delete`s.
   * @example
   * for await (const change of ficdex.changes.follow(lastSeen)) lastSeen = apply(change)
   */
  follow(since?: number, options?: CallOptions & { limit?: number }): AsyncIterableIterator<Change>
}

export function changesApi(request: Transport): ChangesApi {
  const list = (params: ChangesParams = {}, options?: CallOptions): Promise<Changes> =>
    request({ method: 'GET', path: '/v1/changes', query: toSearchParams(params) }, options)
  return {
    list,
    async *follow(since = 0, { limit, ...options } = {}) {
      let next = since
      for (;;) {
        const page = await list({ since: next, ...(limit === undefined ? {} : { limit }) }, options)
        yield* page.changes
        next = page.next
        if (!page.more) return
      }
    },
  }
}
