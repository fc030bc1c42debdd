/**
 * `GET /assets/:file`: the stylesheet and the script, read once at start. The ETag lets browsers keep
 * them without serving stale copies after an upgrade.
 * @module
 */
import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import type { SiteApp } from '../site-env.js'

const TYPES = { 'site.css': 'text/css; charset=utf-8', 'site.js': 'text/javascript; charset=utf-8' } as const

export function registerAssets(app: SiteApp): void {
  const assets = new Map(
    Object.entries(TYPES).map(([name, type]) => {
      const body = readFileSync(new URL(`../../assets/${name}`, import.meta.url))
      const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 16)}"`
      return [name, { body, type, etag }]
    }),
  )
  app.get('/assets/:file', (c) => {
    const asset = assets.get(c.req.param('file'))
    if (!asset) return c.notFound()
    c.header('ETag', asset.etag)
    c.header('Cache-Control', 'no-cache')
    if (c.req.header('If-None-Match') === asset.etag) return c.body(null, 304)
    return c.body(asset.body, 200, { 'Content-Type': asset.type })
  })
}
