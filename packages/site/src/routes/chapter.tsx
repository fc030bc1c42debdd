/**
 * `GET /works/:id/chapters/:n`: one chapter to read.
 * @module
 */
import { ChapterPage } from '../pages/chapter-page.js'
import type { SiteApp } from '../site-env.js'

export function registerChapter(app: SiteApp): void {
  app.get('/works/:id/chapters/:n{[1-9][0-9]{0,5}}', async (c) => {
    const ficdex = c.get('ficdex')
    const id = c.req.param('id')
    const [work, chapter] = await Promise.all([
      ficdex.works.get(id),
      ficdex.works.chapter(id, Number(c.req.param('n'))),
    ])
    return c.html(<ChapterPage page={c.get('page')} work={work} chapter={chapter} />)
  })
}
