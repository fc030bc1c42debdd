/**
 * `GET /docs`: the human-readable API reference, Scalar's page over the served `/openapi.json`. The
 * page's script is Scalar's standalone bundle, served from the installed package rather than a CDN,
 * and the Content-Security-Policy holds the page to this origin, so the reference works on a
 * network that reaches nothing else and tells no third party who reads it.
 * @module
 */
import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { Hono } from 'hono'
import type { AppEnv } from '../../lib/context.js'
import { VERSION } from '../../version.js'

const SCRIPT_PATH = '/docs/scalar.js'

/**
 * Scalar's options: nothing that calls Scalar's own servers (web fonts, telemetry, the AI agent and its
 * registry), no developer toolbar, and every group open so a reader sees each operation at once.
 */
const CONFIGURATION = {
  withDefaultFonts: false,
  telemetry: false,
  agent: { disabled: true },
  showDeveloperTools: 'never',
  hideClientButton: true,
  defaultOpenAllTags: true,
  metaData: { title: 'ficdex API reference' },
}

const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Scalar sets styles on elements as it renders.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ')

const escapeAttribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll("'", '&#39;')

const PAGE = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>ficdex API reference</title>
    <link rel="icon" href="data:,">
  </head>
  <body>
    <script id="api-reference" data-url="/openapi.json" data-configuration='${escapeAttribute(JSON.stringify(CONFIGURATION))}'></script>
    <script src="${SCRIPT_PATH}?v=${encodeURIComponent(VERSION)}"></script>
  </body>
</html>
`

let script: Promise<string> | undefined
/** Read once, on the first request: the bundle is large and never changes while the server runs. */
const scalarScript = () => {
  script ??= readFile(
    createRequire(import.meta.url).resolve('@scalar/api-reference/browser/standalone.js'),
    'utf8',
  )
  return script
}

export function createDocsRouter(): Hono<AppEnv> {
  const router = new Hono<AppEnv>()
  router.get('/docs', (c) => {
    c.header('Content-Security-Policy', CONTENT_SECURITY_POLICY)
    return c.html(PAGE)
  })
  router.get(SCRIPT_PATH, async (c) => {
    c.header('Content-Type', 'text/javascript; charset=utf-8')
    c.header('Cache-Control', 'public, max-age=86400')
    return c.body(await scalarScript())
  })
  return router
}
