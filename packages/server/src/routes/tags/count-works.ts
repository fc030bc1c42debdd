/**
 * How many works a filter on one tag finds for a caller: the usage count beside every tag the API shows.
 * Asked of the engine, so it respects the caller's visibility and matches synonyms and sub-tags exactly
 * as a search would.
 * @module
 */
import { parseQuery, type Scope, type SearchEngine, type TagKind } from '@ficdex/core'

/** Works a `<kind>_any=<name>` search finds, for a canonical `name`. */
export async function countWorks(
  engine: SearchEngine,
  kind: TagKind,
  name: string,
  scope: Scope,
): Promise<number> {
  const query = parseQuery({ tags: { [kind]: { any: [name] } }, perPage: 1, scope })
  return (await engine.search(query)).total
}
