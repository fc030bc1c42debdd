/**
 * A work's stats as AO3 lists them under a work, in a result and on the work's page alike: words,
 * chapters, comments, kudos, bookmarks, hits, after the rows a place leads with (the language, the dates).
 * @module
 */

import type { WorkSummary } from '@ficdex/sdk'
import type { Child } from 'hono/jsx'
import { formatChapters, formatNumber } from '../format.js'

export const Stat = ({ label, value }: { label: string; value: string }) => (
  <div>
    <dt>{label}:</dt>
    <dd>{value}</dd>
  </div>
)

export function WorkStats({
  work,
  class: className,
  children,
}: {
  work: WorkSummary
  class: string
  children?: Child
}) {
  return (
    <dl class={className}>
      {children}
      <Stat label="Words" value={formatNumber(work.words)} />
      <Stat label="Chapters" value={formatChapters(work.chapters)} />
      <Stat label="Comments" value={formatNumber(work.comments)} />
      <Stat label="Kudos" value={formatNumber(work.kudos)} />
      <Stat label="Bookmarks" value={formatNumber(work.bookmarks)} />
      <Stat label="Hits" value={formatNumber(work.hits)} />
    </dl>
  )
}
