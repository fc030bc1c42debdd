/**
 * The works resource: search, search a facet's values, read one work, its chapters and the works like
 * it, a search as a feed; store and delete works, one at a time or in batches (admin).
 * @module
 */
import type { SearchEngine, Vocabulary } from '@ficdex/core'
import { type AppRouter, createRouter } from '../../lib/create-router.js'
import { registerDeleteWork } from './delete-work.js'
import { registerGetChapter } from './get-chapter.js'
import { registerGetFeed } from './get-feed.js'
import { registerGetSimilar } from './get-similar.js'
import { registerGetWork } from './get-work.js'
import { registerPostBatch } from './post-batch.js'
import { registerPutWork } from './put-work.js'
import { registerSearchFacetValues } from './search-facet-values.js'
import { registerSearchWorks } from './search-works.js'
import { registerSearchWorksBody } from './search-works-body.js'

export function createWorksRouter(
  engine: SearchEngine,
  vocabulary: Vocabulary,
  batchBodyLimit?: number,
): AppRouter {
  const router = createRouter()
  registerSearchWorks(router, engine, vocabulary)
  registerSearchWorksBody(router, engine, vocabulary)
  registerSearchFacetValues(router, engine, vocabulary)
  registerGetWork(router, engine)
  registerGetChapter(router, engine)
  registerPutWork(router, engine, vocabulary)
  registerDeleteWork(router, engine)
  registerPostBatch(router, engine, vocabulary, batchBodyLimit)
  registerGetSimilar(router, engine, vocabulary)
  registerGetFeed(router, engine, vocabulary)
  return router
}
