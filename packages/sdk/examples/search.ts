/**
 * Searches a ficdex server and prints the best-loved complete works with fandom counts.
 * Run it against a server: `pnpm exec tsx packages/sdk/examples/search.ts http://localhost:8787`
 * @module
 */
import { pathToFileURL } from 'node:url'
import { createClient, type FetchFunction } from '@ficdex/sdk'

export async function main(baseUrl: string, fetch?: FetchFunction): Promise<void> {
  const ficdex = createClient({ baseUrl, fetch })

  const result = await ficdex.works.search({ complete: true, sort: 'kudos', per_page: 5, facets: 'fandom' })

  console.log(`${result.total} complete works; the most kudos first:`)
  for (const { work } of result.hits) {
    console.log(`  ${work.title} by ${work.authors.join(', ')} (${work.kudos} kudos)`)
  }
  console.log('By fandom:')
  for (const { value, count } of result.facets.fandom.values) {
    console.log(`  ${value}: ${count}`)
  }
  if (result.links.next) console.log(`More: ${baseUrl}${result.links.next}`)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main(process.argv[2] ?? 'http://localhost:8787')
}
