/**
 * A tag as a link to the works that carry it, as tags are everywhere on AO3.
 * @module
 */
import type { TagKind } from '@ficdex/sdk'
import { emptyState, searchHref, withTag } from '../search-state.js'
import { Marked } from './marked.js'

export const tagHref = (kind: TagKind, value: string): string =>
  searchHref(withTag(emptyState(), kind, value, 'all'))

/** A tag's link; `html` is the tag with a search's matches marked, when it has any. */
export const TagLink = ({
  kind,
  value,
  html,
}: {
  kind: TagKind
  value: string
  html?: string | undefined
}) => (
  <a class={`tag tag-${kind}`} href={tagHref(kind, value)}>
    <Marked html={html} text={value} />
  </a>
)
