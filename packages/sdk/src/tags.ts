/**
 * `client.tags`: autocomplete over the tag vocabulary, one tag's page, and suggestions for a story.
 * @module
 */
import { toSearchParams } from './query-string.js'
import type { CallOptions, Transport } from './transport.js'
import type { SuggestTagsRequest, Tag, TagKind, TagList, TagSearch, TagSuggestions } from './types.js'

export interface TagsApi {
  /**
   * `GET /v1/tags`: canonical tags for typed text (synonyms, prefixes and typos allowed), the most used
   * first; without `q`, the most used tags.
   */
  search(params?: TagSearch, options?: CallOptions): Promise<TagList>
  /**
   * `GET /v1/tags/{kind}/{name}`: a tag by its canonical name or any synonym. Asked by a synonym, the
   * answer is the canonical tag with `resolvedFrom` set.
   */
  get(kind: TagKind, name: string, options?: CallOptions): Promise<Tag>
  /**
   * `POST /v1/tags/suggest`: the tags ficdex would infer for a story (fandom, characters, main
   * relationship, era, tropes…), each with a confidence and its evidence, respecting tags the author
   * has chosen. Suggestions with `added: false` are weaker ones, for the author to judge.
   */
  suggest(request: SuggestTagsRequest, options?: CallOptions): Promise<TagSuggestions>
}

export function tagsApi(request: Transport): TagsApi {
  return {
    search: (params = {}, options) =>
      request({ method: 'GET', path: '/v1/tags', query: toSearchParams(params) }, options),
    get: (kind, name, options) =>
      request({ method: 'GET', path: `/v1/tags/${kind}/${encodeURIComponent(name)}` }, options),
    suggest: (body, options) => request({ method: 'POST', path: '/v1/tags/suggest', body }, options),
  }
}
