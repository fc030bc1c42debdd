/**
 * A work's page: its metadata and tags as AO3 shows them above a work, the summary and notes, and the
 * chapters to read.
 * @module
 */
import { type Chapter, TAG_KIND_LABELS, TAG_KINDS, type TagKind, type Work } from '@ficdex/sdk'
import { ChapterText } from '../components/chapter-text.js'
import { Layout, type PageContext } from '../components/layout.js'
import { Stat, WorkStats } from '../components/work-stats.js'
import { WorkTags } from '../components/work-tags.js'
import { formatDate, languageName } from '../format.js'

export const chapterHref = (work: { id: string }, n: number) =>
  `/works/${encodeURIComponent(work.id)}/chapters/${n}`

/** A chapter's name as a table of contents shows it. */
export const chapterName = (n: number, title: string | null | undefined) =>
  title ? `Chapter ${n}: ${title}` : `Chapter ${n}`

const tagsOf = (work: Work): Record<TagKind, string[]> => ({
  rating: [work.rating],
  warning: work.warnings,
  category: work.categories,
  fandom: work.fandoms,
  relationship: work.relationships,
  character: work.characters,
  era: work.eras,
  freeform: work.freeforms,
})

export interface WorkPageProps {
  page: PageContext
  work: Work
  /** The search to go back to. */
  back: string
  /** A one-chapter work's text, shown on its page as AO3 does. */
  text: Chapter | undefined
}

export function WorkPage({ page, work, back, text }: WorkPageProps) {
  const tags = tagsOf(work)
  const inferred = work.provenance.some((p) => p.source === 'inferred')
  return (
    <Layout page={page} title={work.title}>
      <p class="breadcrumb">
        <a href={back}>← Back to the search</a>
      </p>
      <article class="work-page" aria-labelledby="work-title">
        <h1 id="work-title">{work.title}</h1>
        <p class="byline">by {work.authors.join(', ') || 'Anonymous'}</p>
        {work.visibility === 'restricted' && <p class="members-only">Members only</p>}
        <dl class="work-meta">
          {TAG_KINDS.filter((kind) => tags[kind].length > 0).map((kind) => (
            <div>
              <dt>{`${tags[kind].length > 1 ? TAG_KIND_LABELS[kind].plural : TAG_KIND_LABELS[kind].singular}:`}</dt>
              <dd>
                <WorkTags kind={kind} tags={tags[kind]} provenance={work.provenance} />
              </dd>
            </div>
          ))}
          <div>
            <dt>Language:</dt>
            <dd>{languageName(work.language)}</dd>
          </div>
          {work.series && (
            <div>
              <dt>Series:</dt>
              <dd>
                {work.series.position
                  ? `Part ${work.series.position} of ${work.series.name}`
                  : work.series.name}
              </dd>
            </div>
          )}
        </dl>
        {inferred && (
          <p class="note">
            Tags marked <span class="inferred-sample">inferred</span> were found in the text by the archive,
            not given by the author; open one to see why.
          </p>
        )}
        <WorkStats work={work} class="stats work-stats">
          {work.publishedAt !== null && <Stat label="Published" value={formatDate(work.publishedAt)} />}
          {work.updatedAt !== null && (
            <Stat label={work.complete ? 'Completed' : 'Updated'} value={formatDate(work.updatedAt)} />
          )}
        </WorkStats>
        {work.summary && (
          <section class="work-section" aria-labelledby="summary-heading">
            <h2 id="summary-heading">Summary</h2>
            <blockquote class="summary">{work.summary}</blockquote>
          </section>
        )}
        {work.notes && (
          <section class="work-section" aria-labelledby="notes-heading">
            <h2 id="notes-heading">Notes</h2>
            <blockquote class="notes">{work.notes}</blockquote>
          </section>
        )}
        {text ? (
          <section class="work-section work-text" aria-labelledby="text-heading">
            <h2 id="text-heading">{text.title ?? 'Work text'}</h2>
            <ChapterText body={text.body} />
          </section>
        ) : (
          <section class="work-section" aria-labelledby="chapters-heading">
            <h2 id="chapters-heading">Chapters</h2>
            {work.chapterTitles.length === 0 ? (
              <p>This work has no text to read here.</p>
            ) : (
              <>
                <p>
                  <a class="button" href={chapterHref(work, 1)}>
                    Start reading
                  </a>
                </p>
                <ol class="chapter-list">
                  {work.chapterTitles.map((title, i) => (
                    <li>
                      <a href={chapterHref(work, i + 1)}>{chapterName(i + 1, title)}</a>
                    </li>
                  ))}
                </ol>
              </>
            )}
          </section>
        )}
      </article>
    </Layout>
  )
}
