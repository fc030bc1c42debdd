/**
 * `GET /works/:id`: a work's page.
 * @module
 */
import { WorkPage } from '../pages/work-page.js'
import type { SiteApp } from '../site-env.js'

export function registerWork(app: SiteApp): void {
  app.get('/works/:id', async (c) => {
    const ficdex = c.get('ficdex')
    const work = await ficdex.works.get(c.req.param('id'))
    const text = work.chapterTitles.length === 1 ? await ficdex.works.chapter(work.id, 1) : undefined
    return c.html(
      <WorkPage
        page={c.get('page')}
        work={work}
        back={searchBack(c.req.header('Referer'), c.req.url)}
        text={text}
      />,
    )
  })
}

/** The search the reader came from, when they came from this site's search; else a new search. */
export function searchBack(referer: string | undefined, here: string): string {
  if (!referer) return '/'
  try {
    const from = new URL(referer)
    return from.origin === new URL(here).origin && from.pathname === '/' ? `/${from.search}` : '/'
  } catch {
    return '/'
  }
}
