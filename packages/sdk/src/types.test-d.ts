/**
 * Type tests, checked by `pnpm typecheck` (never run): the client accepts what the API accepts and
 * rejects the rest at compile time.
 * @module
 */
import { expectTypeOf } from 'vitest'
import { createClient, type FicdexApiError } from './index.js'
import type {
  AppliedFilter,
  Facet,
  FacetValue,
  FacetValueSearch,
  ProblemCode,
  SearchResult,
  Tag,
  TagHit,
  Work,
} from './types.js'

const ficdex = createClient({ baseUrl: 'http://localhost:8787' })

export async function typeTests(): Promise<void> {
  const result = await ficdex.searchWorks({
    q: 'dragons',
    fandom: ['Star Trek'],
    facets: ['fandom'],
    per_page: 10,
  })
  expectTypeOf(result).toEqualTypeOf<SearchResult>()
  expectTypeOf(result.facets.fandom).toEqualTypeOf<Facet | undefined>()
  expectTypeOf(result.facets.fandom!.values).toEqualTypeOf<FacetValue[]>()
  expectTypeOf(result.filters).toEqualTypeOf<AppliedFilter[]>()
  const values = await ficdex.searchFacetValues('relationship', { facet_query: 'addi', fandom: ['GA'] })
  expectTypeOf(values).toEqualTypeOf<FacetValueSearch>()
  // @ts-expect-error a facet value search has no pages
  await ficdex.searchFacetValues('relationship', { page: 2 })
  expectTypeOf(result.hits[0]!.work.publishedAt).toBeString()
  expectTypeOf(await ficdex.getWork('x')).toEqualTypeOf<Work>()
  expectTypeOf<FicdexApiError['code']>().toEqualTypeOf<ProblemCode | undefined>()

  expectTypeOf((await ficdex.searchTags({ q: 'addek', kind: 'relationship' })).tags).toEqualTypeOf<TagHit[]>()
  expectTypeOf(await ficdex.getTag('relationship', 'Addek')).toEqualTypeOf<Tag>()
  await ficdex.searchWorks({ era_fandom: 'GA', era_from: 'S2', era_to: 'S4', tag_source: 'author' })
  await ficdex.search({ era_fandom: 'GA', era_from: 'S2', era_to: 'S4', tag_source: 'author' })
  await ficdex.search({ relationship: 'Addek', facets: 'fandom', per_page: 10 })
  await ficdex.searchWorks({ relationship: 'Addek' })

  // @ts-expect-error tag kinds are a closed set
  await ficdex.getTag('mood', 'Angst')
  // @ts-expect-error the tag source is author or any
  await ficdex.searchWorks({ tag_source: 'inferred' })
  // @ts-expect-error the old nested body is gone: one query model
  await ficdex.search({ eraRange: { fandom: 'GA', from: 'S2', to: 'S4' } })
  // @ts-expect-error per_page is a number
  await ficdex.searchWorks({ per_page: '10' })
  // @ts-expect-error facets are tag kinds
  await ficdex.searchWorks({ facets: ['mood'] })
  // @ts-expect-error there is no `fandoms` parameter; it is `fandom`
  await ficdex.searchWorks({ fandoms: ['Star Trek'] })
  // @ts-expect-error the JSON body spells it as the query string does: per_page
  await ficdex.search({ perPage: 10 })
  // @ts-expect-error per_page is a number in JSON
  await ficdex.search({ per_page: '10' })
  // @ts-expect-error sort fields are a closed set
  await ficdex.search({ sort: 'random' })
  // @ts-expect-error chapter numbers are numbers
  await ficdex.getChapter('x', '1')
  // @ts-expect-error the raw client knows the paths
  await ficdex.raw.GET('/v1/work')
}
