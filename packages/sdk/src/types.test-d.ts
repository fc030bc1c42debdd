/**
 * Type tests, checked by `pnpm typecheck` (never run): the client accepts what the API accepts,
 * rejects the rest at compile time, and types results by what was asked for.
 * @module
 */
import { expectTypeOf } from 'vitest'
import {
  createClient,
  type FicdexApiError,
  type SORTS,
  type TAG_KIND_LABELS,
  type TAG_KINDS,
} from './index.js'
import type {
  AppliedFilter,
  Facet,
  FacetValue,
  FacetValueSearch,
  FieldError,
  ProblemCode,
  SearchHit,
  SearchQuery,
  Sort,
  Stats,
  Tag,
  TagHit,
  TagKind,
  Work,
} from './types.js'

type NumberStats = NonNullable<Stats['words']>

const ficdex = createClient({ baseUrl: 'http://localhost:8787' })

export async function typeTests(): Promise<void> {
  const result = await ficdex.works.search({
    q: 'dragons',
    fandom: ['Star Trek'],
    facets: ['fandom'],
    per_page: 10,
  })
  // Asked for: present. Not asked for: still optional.
  expectTypeOf(result.facets.fandom).toEqualTypeOf<Facet>()
  expectTypeOf(result.facets.fandom.values).toEqualTypeOf<FacetValue[]>()
  expectTypeOf(result.facets.era).toEqualTypeOf<Facet | undefined>()
  expectTypeOf(result.filters).toEqualTypeOf<AppliedFilter[]>()
  const values = await ficdex.works.facetValues('relationship', { facet_query: 'addi', fandom: ['GA'] })
  expectTypeOf(values).toEqualTypeOf<FacetValueSearch>()
  // @ts-expect-error a facet value search has no pages
  await ficdex.works.facetValues('relationship', { page: 2 })
  expectTypeOf(result.hits[0]!.work.publishedAt).toEqualTypeOf<string | null>()

  const one = await ficdex.works.search({ relationship: 'Addek', facets: 'era', stats: ['words'] })
  expectTypeOf(one.facets.era).toEqualTypeOf<Facet>()
  expectTypeOf(one.stats.words).toEqualTypeOf<NumberStats | null>()

  const query: SearchQuery = { facets: ['fandom'] }
  expectTypeOf((await ficdex.works.search(query)).facets.fandom).toEqualTypeOf<Facet | undefined>()

  for await (const hit of ficdex.works.iterate({ relationship: 'Addek' }))
    expectTypeOf(hit).toEqualTypeOf<SearchHit>()
  expectTypeOf(await ficdex.works.get('x')).toEqualTypeOf<Work>()
  expectTypeOf<FicdexApiError['code']>().toEqualTypeOf<ProblemCode | undefined>()
  expectTypeOf<FicdexApiError['errors']>().toEqualTypeOf<FieldError[]>()

  expectTypeOf((await ficdex.tags.search({ q: 'addek', kind: 'relationship' })).tags).toEqualTypeOf<
    TagHit[]
  >()
  expectTypeOf(await ficdex.tags.get('relationship', 'Addek')).toEqualTypeOf<Tag>()
  await ficdex.works.search({ era_fandom: 'GA', era_from: 'S2', era_to: 'S4', tag_source: 'author' })
  await ficdex.works.search({ q: 'x' }, { signal: AbortSignal.timeout(1000), timeout: 500 })

  // @ts-expect-error tag kinds are a closed set
  await ficdex.tags.get('mood', 'Angst')
  // @ts-expect-error the tag source is author or any
  await ficdex.works.search({ tag_source: 'inferred' })
  // @ts-expect-error per_page is a number
  await ficdex.works.search({ per_page: '10' })
  // @ts-expect-error facets are tag kinds
  await ficdex.works.search({ facets: ['mood'] })
  // @ts-expect-error there is no `relationships` parameter; it is `relationship`
  await ficdex.works.search({ relationships: ['Addek'] })
  // @ts-expect-error the query spells it as a shareable URL does: per_page
  await ficdex.works.search({ perPage: 10 })
  // @ts-expect-error sort fields are a closed set
  await ficdex.works.search({ sort: 'shuffle' })
  // @ts-expect-error chapter numbers are numbers
  await ficdex.works.chapter('x', '1')

  // The runtime values are the types' members, every one.
  expectTypeOf<(typeof TAG_KINDS)[number]>().toEqualTypeOf<TagKind>()
  expectTypeOf<keyof typeof TAG_KIND_LABELS>().toEqualTypeOf<TagKind>()
  expectTypeOf<(typeof SORTS)[number]>().toEqualTypeOf<Sort>()
}
