// @ts-check
/**
 * A reading list for one pairing, as a third-party app builds it on the published SDK: every
 * Addison/Derek work, page after page; the opening of the best-loved one; and the two errors an app
 * must expect, a work that is not there (404) and a request the API refuses (400).
 *
 * Usage: node reading-list.js [ficdex URL, default http://localhost:8787]
 */
import { createClient, FicdexApiError } from '@ficdex/sdk'

const baseUrl = process.argv[2] ?? 'http://localhost:8787'
const ficdex = createClient({ baseUrl, timeout: 10_000 })

// A ship name is enough: the server resolves "Addek" to the canonical pairing.
const query = { relationship: 'Addek', sort: /** @type {const} */ ('kudos'), per_page: 3 }

console.log('Reading list: Addison Montgomery/Derek Shepherd, the most kudos first')
/** @type {import('@ficdex/sdk').WorkSummary[]} */
const works = []
for await (const { work } of ficdex.works.iterate(query)) {
  works.push(work)
  const by = work.authors.length > 0 ? work.authors.join(', ') : 'anonymous'
  console.log(`${works.length}. ${work.title} by ${by} (${work.words} words, ${work.kudos} kudos)`)
}
console.log(`${works.length} works, fetched ${query.per_page} at a time`)

const [best] = works
if (best) {
  const chapter = await ficdex.works.chapter(best.id, 1)
  const opening = chapter.body.split(/\s+/).slice(0, 24).join(' ')
  console.log(`\nChapter 1 of ${chapter.chapterCount} of "${best.title}":`)
  console.log(`  ${opening}…`)
}

console.log('\nWhat the app does with errors:')
try {
  await ficdex.works.get('a-work-that-was-deleted')
} catch (error) {
  if (!(error instanceof FicdexApiError) || error.code !== 'not_found') throw error
  console.log(`  404 ${error.code}: the work is gone; it leaves the list (request ${error.requestId})`)
}
try {
  await ficdex.works.search({ relationship: 'Addek', per_page: 500 })
} catch (error) {
  if (!(error instanceof FicdexApiError) || error.code !== 'validation_failed') throw error
  for (const { location, message } of error.errors)
    console.log(`  400 ${error.code}: ${location}: ${message}`)
}
