/**
 * Bundles a serving entry point (`serve.ts`, or the benchmark's server) and the search thread into
 * plain JavaScript that Node runs without tsx. Under tsx every serving process also carries tsx's
 * loader thread and esbuild's service, 20-40 MB each, for code that never changes while it serves.
 *
 * The workspace's TypeScript is bundled; every other package stays an import of the file it resolves
 * to, so the bundle runs from wherever it is written but only on the machine that built it. Each
 * bundled module keeps its own `import.meta.url`, so paths it resolves beside its source (the
 * vocabulary, the API reference's script) still point there.
 * @module
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { basename, extname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { build, type Plugin } from 'esbuild'

const SEARCH_THREAD = createRequire(import.meta.url).resolve('@ficdex/core/search-thread')
const SERVE = fileURLToPath(new URL('../serve.ts', import.meta.url))

/** Workspace packages are bundled from source; the rest are left to Node, from where they resolve. */
const workspaceSources: Plugin = {
  name: 'workspace-sources',
  setup(bundle) {
    bundle.onResolve({ filter: /^[^./]/ }, async (args) => {
      const ownLookup = args.pluginData === workspaceSources
      if (ownLookup || args.path.startsWith('@ficdex/') || args.path.startsWith('node:')) return undefined
      const found = await bundle.resolve(args.path, {
        kind: args.kind,
        resolveDir: args.resolveDir,
        pluginData: workspaceSources,
      })
      return found.errors.length > 0 ? { errors: found.errors } : { path: found.path, external: true }
    })
    bundle.onLoad({ filter: /\.tsx?$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8')
      const url = JSON.stringify(pathToFileURL(args.path).href)
      return {
        contents: source.replaceAll('import.meta.url', url),
        loader: args.path.endsWith('x') ? 'tsx' : 'ts',
      }
    })
  },
}

/**
 * Writes `<entry name>.mjs`, `search-thread.mjs` and their shared chunks to `outDir`.
 * @returns the path of the entry's bundle
 */
export async function bundleServer(entry: string, outDir: string): Promise<string> {
  const name = basename(entry, extname(entry))
  const out = resolve(outDir)
  await build({
    entryPoints: { [name]: entry, 'search-thread': SEARCH_THREAD },
    outdir: out,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    define: { FICDEX_SEARCH_THREAD_SCRIPT: JSON.stringify(join(out, 'search-thread.mjs')) },
    plugins: [workspaceSources],
    logLevel: 'warning',
  })
  return join(out, `${name}.mjs`)
}

/** `serve.ts` bundled into `outDir` as the `serve` script runs it; resolves to the script for `node`. */
export function bundleServe(outDir: string): Promise<string> {
  return bundleServer(SERVE, outDir)
}
