/**
 * The tags resource: autocomplete, and one tag's page.
 * @module
 */
import type { SearchEngine, Vocabulary } from '@ficdex/core'
import { type AppRouter, createRouter } from '../../lib/create-router.js'
import { registerGetTag } from './get-tag.js'
import { registerSearchTags } from './search-tags.js'

export function createTagsRouter(engine: SearchEngine, vocabulary: Vocabulary): AppRouter {
  const router = createRouter()
  registerSearchTags(router, engine, vocabulary)
  registerGetTag(router, engine, vocabulary)
  return router
}
