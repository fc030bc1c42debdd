/**
 * A search thread: its own read-only connection to the engine's file, and a `Searcher` on it, answering
 * the searches the main thread hands it one at a time. It reads what the main connection has committed,
 * as another process would (WAL), so a write is seen by the next search on any thread.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads'
import { openReader } from '../embedded/connection.js'
import { DataVersion } from '../embedded/data-version.js'
import { Searcher } from '../embedded/searcher.js'
import { sendError, type ThreadReply, type ThreadRequest, type ThreadSettings } from './thread-messages.js'

function serve(port: NonNullable<typeof parentPort>, settings: ThreadSettings): void {
  const post = (reply: ThreadReply) => port.postMessage(reply)
  let searcher: Searcher
  try {
    const db = openReader(settings.path)
    searcher = new Searcher(db, new DataVersion(db), settings)
  } catch (error) {
    post({ failed: sendError(error) })
    return
  }
  port.on('message', ({ id, request }: { id: number; request: ThreadRequest }) => {
    try {
      const result =
        request.op === 'search'
          ? searcher.search(request.query)
          : searcher.searchFacet(request.query, request.facet)
      post({ id, json: JSON.stringify(result) })
    } catch (error) {
      post({ id, error: sendError(error) })
    }
  })
  post({ ready: true })
}

if (parentPort) serve(parentPort, workerData as ThreadSettings)
