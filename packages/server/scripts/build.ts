/** Bundles `src/serve.ts` into `dist/serve.mjs`, which the `serve` script runs. */
import { fileURLToPath } from 'node:url'
import { bundleServe } from '../src/bundle/bundle-server.js'

await bundleServe(fileURLToPath(new URL('../dist', import.meta.url)))
