/**
 * `serve.ts` bundled as the `serve` script runs it (`src/bundle/bundle-server.ts`), so that tests of the
 * serving process start what production starts.
 * @module
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { bundleServer } from '../../src/bundle/bundle-server.js'

const SERVE = fileURLToPath(new URL('../../src/serve.ts', import.meta.url))

/** Bundles `serve.ts` under `dir`; resolves to the script to run with `node`. */
export function bundleServe(dir: string): Promise<string> {
  return bundleServer(SERVE, join(dir, 'dist'))
}
