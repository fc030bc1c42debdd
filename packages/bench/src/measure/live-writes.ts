/**
 * What a live archive does between searches: a work is written. Each write stores one work again with one
 * more kudos and its content hash recomputed, as an edit arrives from the indexer: the engine sees a real
 * change (its caches of derived data must follow it), and the index keeps its size.
 * @module
 */
import { parseQuery, type SearchEngine, withContentHash } from '@ficdex/core'

/** A function that writes one work each time it is called, the same work every time. */
export async function oneWorkWriter(engine: SearchEngine): Promise<() => Promise<void>> {
  const [hit] = (await engine.search(parseQuery({ perPage: 1 }))).hits
  if (hit === undefined) throw new Error('the engine holds no work to write again')
  const stored = await engine.get(hit.work.id, 'all')
  if (stored === null) throw new Error(`the engine found ${hit.work.id} but could not read it`)
  let work = stored
  return async () => {
    work = withContentHash({ ...work, kudos: work.kudos + 1 })
    await engine.upsert([work])
  }
}
