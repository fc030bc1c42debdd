/**
 * `client.tags`: autocomplete over the tag vocabulary, and one tag's page.
 * @module
 */
import { toSearchParams } from './query-string.js'
import type { CallOptions, Transport } from './transport.js'
import type { Tag, TagKind, TagList, TagSearch } from './types.js'

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
}

export function tagsApi(request: Transport): TagsApi {
  return {
    search: (params = {}, options) =>
      request({ method: 'GET', path: '/v1/tags', query: toSearchParams(params) }, options),
    get: (kind, name, options) =>
      request({ method: 'GET', path: `/v1/tags/${kind}/${encodeURIComponent(name)}` }, options),
  }
}
