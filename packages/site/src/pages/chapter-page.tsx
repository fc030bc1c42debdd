/**
 * One chapter to read, with its work's title and links to the neighbouring chapters.
 * @module
 */
import type { Chapter, Work } from '@ficdex/sdk'
import { ChapterText } from '../components/chapter-text.js'
import { Layout, type PageContext } from '../components/layout.js'
import { chapterHref, chapterName } from './work-page.js'

export function ChapterPage({ page, work, chapter }: { page: PageContext; work: Work; chapter: Chapter }) {
  const { number, chapterCount } = chapter
  const name = chapterName(number, chapter.title)
  const nav = (
    <nav class="chapter-nav" aria-label="Chapters">
      {number > 1 ? (
        <a href={chapterHref(work, number - 1)} rel="prev">
          ← Previous chapter
        </a>
      ) : (
        <span />
      )}
      <span>{`Chapter ${number} of ${chapterCount}`}</span>
      {number < chapterCount ? (
        <a href={chapterHref(work, number + 1)} rel="next">
          Next chapter →
        </a>
      ) : (
        <span />
      )}
    </nav>
  )
  return (
    <Layout page={page} title={`${name} · ${work.title}`}>
      <p class="breadcrumb">
        <a href={`/works/${encodeURIComponent(work.id)}`}>{`← ${work.title}`}</a>
      </p>
      <article class="chapter" aria-labelledby="chapter-title">
        <header>
          <p class="chapter-work">
            {work.title} <span class="byline">by {work.authors.join(', ') || 'Anonymous'}</span>
          </p>
          <h1 id="chapter-title">{name}</h1>
        </header>
        {chapterCount > 1 && nav}
        <ChapterText body={chapter.body} />
        {nav}
      </article>
    </Layout>
  )
}
