import { describe, expect, it } from 'vitest'
import { paramsFromCriteria } from './search-params.js'
import { parseQueryString as parse } from './search-query.testkit.js'

describe('paramsFromCriteria', () => {
  it('writes lists as repeated parameters and facets comma-separated, in reference order', () => {
    const params = paramsFromCriteria({
      page: 2,
      facets: ['fandom', 'era'],
      published_to: '2020-12-31',
      words_min: 10,
      fandom_not: ['C'],
      fandom: ['A', 'B'],
      q: 'x',
    })
    expect(params.toString()).toBe(
      'q=x&fandom=A&fandom=B&fandom_not=C&words_min=10&published_to=2020-12-31&page=2&facets=fandom%2Cera',
    )
  })

  it('leaves out empty text and empty lists', () => {
    expect(paramsFromCriteria({ q: '', fandom: [], facets: [] }).toString()).toBe('')
  })

  const roundTrips = [
    '',
    'q=dragons&fandom=Star+Trek&relationship_any=A%2FB&relationship_any=C+%26+D&era_not=TOS',
    'era_fandom=GA&era_from=Season+2&era_to=Season+4&tag_source=author',
    'author=a&complete=true&lang=en&lang=fr&words_min=1&words_max=2&chapters_min=3',
    'published_from=2020-01-01&published_to=2020-12-31&updated_from=2021-01-01',
    'sort=title&order=desc&page=4&per_page=10&facets=fandom%2Ccharacter&facet_limit=3&stats=words%2Cupdated&highlight=false',
  ]
  it.each(roundTrips)('reads back what it wrote: %s', (query) => {
    const parsed = parse(query)
    expect(parsed.success).toBe(true)
    expect(paramsFromCriteria(parsed.data!).toString()).toBe(query)
  })
})
