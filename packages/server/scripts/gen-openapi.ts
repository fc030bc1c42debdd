/**
 * Writes `packages/server/openapi.json` from the routes, deterministically (2-space JSON, trailing
 * newline), so `pnpm gen` twice gives no diff. The document is taken from the app's own
 * `/openapi.json`, so the committed file is exactly what the server serves. With `--check`, writes
 * nothing and exits 1 when the committed file is stale.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { openEmbeddedEngine } from '@ficdex/core'
import { createApp } from '../src/app.js'

const target = fileURLToPath(new URL('../openapi.json', import.meta.url))

// The routes need an engine to be built, not to be described: an in-memory one is never queried.
const engine = await openEmbeddedEngine({ path: ':memory:' })
try {
  const res = await createApp({ engine }).request('/openapi.json')
  const text = `${JSON.stringify(await res.json(), null, 2)}\n`
  if (process.argv.includes('--check')) {
    const current = readFileSync(target, 'utf8')
    if (current !== text) {
      console.error('packages/server/openapi.json is stale: run `pnpm gen` and commit the result.')
      process.exitCode = 1
    }
  } else {
    writeFileSync(target, text)
    console.log(`wrote ${target}`)
  }
} finally {
  await engine.close()
}
