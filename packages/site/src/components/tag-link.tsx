/**
 * A tag as a link to the works that carry it, as tags are everywhere on AO3.
 * @module
 */
import type { TagKind } from '@ficdex/sdk'
import { emptyState, searchHref, withTag } from '../search-state.js'

export const tagHref = (kind: TagKind, value: string): string =>
  searchHref(withTag(emptyState(), kind, value, 'all'))

export const TagLink = ({ kind, value }: { kind: TagKind; value: string }) => (
  <a class={`tag tag-${kind}`} href={tagHref(kind, value)}>
    {value}
  </a>
)
