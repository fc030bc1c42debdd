/**
 * Builds the EPUB fixtures of the AO3 readers' tests from their unzipped sources in
 * `test/fixtures/ao3/epub-src/<name>/`: `<name>.epub` for each, plus two broken ones made from the AO3
 * book, `malformed/truncated.epub` (cut off mid-archive) and `malformed/missing-opf.epub` (its container
 * names a package document that is not there). The output is byte-for-byte reproducible (fixed
 * timestamps, sorted entries), so a test can check the committed files against their sources.
 *
 * Run from packages/indexer: `pnpm exec tsx scripts/make-epub-fixture.ts`
 * @module
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { type Zippable, zipSync } from 'fflate'

export const FIXTURES_DIR = fileURLToPath(new URL('../test/fixtures/ao3/', import.meta.url))
const SOURCES_DIR = join(FIXTURES_DIR, 'epub-src')

/** The book the broken variants are made from: AO3's layout, so its failures are AO3-shaped. */
const BROKEN_FROM = 'los-martes-de-oceanside'

/** Zip timestamps are local DOS times; a fixed one keeps the bytes the same on every machine. */
const MTIME = new Date(2024, 0, 1, 12, 0, 0)

/**
 * Zips an unzipped EPUB tree. `mimetype` goes first and uncompressed, as the EPUB container format
 * requires; `leaveOut` drops entries by their path in the archive.
 */
export function zipEpub(dir: string, leaveOut: readonly string[] = []): Uint8Array {
  const entries: Zippable = {}
  entries.mimetype = [readFileSync(join(dir, 'mimetype')), { level: 0, mtime: MTIME }]
  for (const name of listFiles(dir)) {
    if (name === 'mimetype' || leaveOut.includes(name)) continue
    entries[name] = [readFileSync(join(dir, name)), { level: 6, mtime: MTIME }]
  }
  return zipSync(entries)
}

/** Every fixture this script makes, by its path relative to the fixtures folder. */
export function buildEpubFixtures(): Map<string, Uint8Array> {
  const fixtures = new Map<string, Uint8Array>()
  for (const entry of readdirSync(SOURCES_DIR, { withFileTypes: true })) {
    if (entry.isDirectory()) fixtures.set(`${entry.name}.epub`, zipEpub(join(SOURCES_DIR, entry.name)))
  }
  const book = fixtures.get(`${BROKEN_FROM}.epub`)
  if (!book) throw new Error(`missing the source book ${BROKEN_FROM}`)
  fixtures.set('malformed/truncated.epub', book.slice(0, Math.floor(book.length * 0.6)))
  fixtures.set('malformed/missing-opf.epub', zipEpub(join(SOURCES_DIR, BROKEN_FROM), ['content.opf']))
  return fixtures
}

/** Paths inside `dir`, `/`-separated as zip entries are, sorted so the archive order is stable. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort()
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, bytes] of buildEpubFixtures()) {
    writeFileSync(join(FIXTURES_DIR, name), bytes)
    console.log(`wrote ${name} (${bytes.length} bytes)`)
  }
}
