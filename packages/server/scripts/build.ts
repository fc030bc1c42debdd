/** Bundles `src/serve.ts` into `dist/serve.mjs`, which the `serve` script runs. */
import { fileURLToPath } from 'node:url'
import { bundleServer } from '../src/bundle/bundle-server.js'

await bundleServer(
  fileURLToPath(new URL('../src/serve.ts', import.meta.url)),
  fileURLToPath(new URL('../dist', import.meta.url)),
)
