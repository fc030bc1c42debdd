/**
 * The tags resource: autocomplete, one tag's page, and suggestions for a story.
 * @module
 */
import type { SearchEngine, Vocabulary } from '@ficdex/core'
import { type AppRouter, createRouter } from '../../lib/create-router.js'
import { registerGetTag } from './get-tag.js'
import { registerSearchTags } from './search-tags.js'
import { registerSuggestTags } from './suggest-tags.js'

export function createTagsRouter(
  engine: SearchEngine,
  vocabulary: Vocabulary,
  suggestBodyLimit: number,
): AppRouter {
  const router = createRouter()
  registerSearchTags(router, engine, vocabulary)
  // Before `GET /tags/{kind}/{name}`, so the path is never read as a tag.
  registerSuggestTags(router, vocabulary, suggestBodyLimit)
  registerGetTag(router, engine, vocabulary)
  return router
}
