/**
 * A work in a list of results, laid out like an AO3 blurb: title and authors, fandoms, the required
 * tags, the other tags, the summary, a matching excerpt, and stats.
 * @module
 */
import type { SearchHit, TagKind } from '@ficdex/sdk'
import { formatDate, languageName } from '../format.js'
import { Marked } from './marked.js'
import { TagLink } from './tag-link.js'
import { Stat, WorkStats } from './work-stats.js'

export function WorkBlurb({ hit }: { hit: SearchHit }) {
  const { work, highlights = {} } = hit
  const headingId = `work-${work.id}-title`
  // The API marks matches in every tag of a kind that matched, in the work's own order.
  const marked = (kind: TagKind, i: number) =>
    kind === 'rating' || kind === 'warning' || kind === 'category' ? undefined : highlights.tags?.[kind]?.[i]
  const tags: [TagKind, string[]][] = [
    ['warning', work.warnings],
    ['relationship', work.relationships],
    ['character', work.characters],
    ['era', work.eras],
    ['freeform', work.freeforms],
  ]
  return (
    <li class="work" data-work-id={work.id}>
      <article aria-labelledby={headingId}>
        <header class="work-header">
          <h3 class="work-title" id={headingId}>
            <a href={`/works/${encodeURIComponent(work.id)}`}>
              <Marked html={highlights.title} text={work.title} />
            </a>
          </h3>
          <p class="byline">by {work.authors.join(', ') || 'Anonymous'}</p>
          <p class="work-fandoms">
            {work.fandoms.map((fandom, i) => (
              <>
                {i > 0 && ', '}
                <TagLink kind="fandom" value={fandom} html={highlights.tags?.fandom?.[i]} />
              </>
            ))}
          </p>
          {/* A work whose source gave no date shows none, rather than a made-up one. */}
          {work.updatedAt !== null && (
            <p class="work-date">
              <time datetime={work.updatedAt}>{formatDate(work.updatedAt)}</time>
            </p>
          )}
        </header>
        <ul class="required-tags" aria-label="Rating, warnings, categories and status">
          <li class="required rating">{work.rating}</li>
          {work.categories.map((category) => (
            <li class="required category">{category}</li>
          ))}
          <li class={`required status ${work.complete ? 'complete' : 'in-progress'}`}>
            {work.complete ? 'Complete' : 'In progress'}
          </li>
          {work.visibility === 'restricted' && <li class="required members-only">Members only</li>}
        </ul>
        <ul class="work-tags" aria-label="Tags">
          {tags.flatMap(([kind, values]) =>
            values.map((value, i) => (
              <li>
                <TagLink kind={kind} value={value} html={marked(kind, i)} />
              </li>
            )),
          )}
        </ul>
        {work.summary && (
          <blockquote class="summary">
            <Marked html={highlights.summary} text={work.summary} />
          </blockquote>
        )}
        {highlights.text && (
          <p class="excerpt">
            <span class="visually-hidden">From the text: </span>
            <Marked html={highlights.text} text="" />
          </p>
        )}
        <WorkStats work={work} class="stats">
          <Stat label="Language" value={languageName(work.language)} />
        </WorkStats>
      </article>
    </li>
  )
}
