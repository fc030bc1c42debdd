/**
 * `GET /`: the search page for the state in its URL.
 * @module
 */
import {
  type Facets,
  FicdexApiError,
  type FicdexClient,
  type SearchResult,
  TAG_KIND_LABELS,
  TAG_KINDS,
} from '@ficdex/sdk'
import { facetValueQuery, searchQuery } from '../api-query.js'
import { PICKERS } from '../components/tag-picker.js'
import { SearchPage } from '../pages/search-page.js'
import { readState, type SearchState, searchHref, withCanonicalTags, withTag } from '../search-state.js'
import type { SiteApp } from '../site-env.js'

export function registerSearch(app: SiteApp): void {
  app.get('/', async (c) => {
    const url = new URL(c.req.url)
    const read = readState(url.searchParams)
    const problems = [...read.problems]
    const ficdex = c.get('ficdex')

    const include = await resolveTyped(ficdex, read.state, url.searchParams.get(PICKERS.include.name), 'all')
    const exclude = await resolveTyped(
      ficdex,
      include.state,
      url.searchParams.get(PICKERS.exclude.name),
      'not',
    )
    let state = exclude.state
    const pending = { include: include.unknown.join(', '), exclude: exclude.unknown.join(', ') }
    for (const name of [...include.unknown, ...exclude.unknown]) problems.push(`No tag is called “${name}”.`)

    // A form submitted without script carries blank fields and typed tag names: once every name is
    // resolved, move to the tidy URL, which is the one worth sharing.
    const untidy =
      [...url.searchParams.values()].some((v) => v.trim() === '') || include.typed || exclude.typed
    if (
      untidy &&
      !pending.include &&
      !pending.exclude &&
      searchHref(state) !== `${url.pathname}${url.search}`
    ) {
      return c.redirect(searchHref(state), 303)
    }

    let result: SearchResult | undefined
    let facets: Facets = {}
    try {
      ;[result, facets] = await Promise.all([
        ficdex.works.search(searchQuery(state)),
        valueSearches(ficdex, state),
      ])
      const canonical = withCanonicalTags(state, result.filters)
      state = canonical.state
      for (const { kind, value } of canonical.unknown) {
        problems.push(
          `No ${TAG_KIND_LABELS[kind].singular.toLowerCase()} is called “${value}”: only works tagged exactly so match.`,
        )
      }
    } catch (error) {
      if (!(error instanceof FicdexApiError) || error.status !== 400) throw error
      problems.push(...problemLines(error))
    }
    return c.html(
      <SearchPage
        page={c.get('page')}
        state={state}
        result={result && { ...result, facets: { ...result.facets, ...facets } }}
        problems={problems}
        pending={pending}
      />,
    )
  })
}

/** For each facet the reader searches within, the API's values matching the text, with their counts. */
async function valueSearches(ficdex: FicdexClient, state: SearchState): Promise<Facets> {
  const kinds = TAG_KINDS.filter((kind) => state.find[kind])
  const found = await Promise.all(
    kinds.map((kind) => ficdex.works.facetValues(kind, facetValueQuery(state, kind, state.find[kind] ?? ''))),
  )
  return Object.fromEntries(
    found.map(({ kind, values, more, disjunctive }) => [kind, { values, more, disjunctive }]),
  )
}

/** Tag names typed into an other-tags box, each resolved to the canonical tag that best matches it. */
async function resolveTyped(
  ficdex: FicdexClient,
  state: SearchState,
  typed: string | null,
  mode: 'all' | 'not',
): Promise<{ state: SearchState; unknown: string[]; typed: boolean }> {
  const names = (typed ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')
  const unknown: string[] = []
  let next = state
  for (const name of names) {
    const [best] = (await ficdex.tags.search({ q: name, limit: 1 })).tags
    if (best) next = withTag(next, best.kind, best.name, mode)
    else unknown.push(name)
  }
  return { state: { ...next, page: names.length > 0 ? 1 : next.page }, unknown, typed: typed !== null }
}

/** An API validation error as sentences: which parameter, and what is wrong with it. */
export function problemLines(error: FicdexApiError): string[] {
  const fields = error.body?.errors ?? []
  if (fields.length === 0) return [error.body?.detail ?? error.message]
  return fields.map(({ location, message }) => `${location.replace(/^(query|body)\./, '')}: ${message}`)
}
