/**
 * `GET /suggest?q=`: tag suggestions for the other-tags boxes, as JSON for the page's script. The site
 * asks the API on the reader's behalf, so the browser needs neither the API's address nor a key.
 * @module
 */
import type { SiteApp } from '../site-env.js'

export const SUGGESTIONS = 8

export function registerSuggest(app: SiteApp): void {
  app.get('/suggest', async (c) => {
    const q = (c.req.query('q') ?? '').trim().slice(0, 100)
    if (q === '') return c.json({ tags: [] })
    const { tags } = await c.get('ficdex').tags.search({ q, limit: SUGGESTIONS })
    c.header('Cache-Control', 'private, max-age=60')
    return c.json({
      tags: tags.map(({ kind, name, matched, works }) => ({ kind, name, matched, works })),
    })
  })
}
