/**
 * The filters in force, each a link that removes it: what the reader sees first after sharing a URL,
 * and a way out of a search that found nothing.
 * @module
 */
import { TAG_KIND_LABELS, TAG_KINDS, type TagKind } from '@ficdex/sdk'
import { formatNumber, languageName } from '../format.js'
import {
  change,
  emptyState,
  type SearchState,
  searchHref,
  TAG_MODES,
  type TagMode,
  withTag,
} from '../search-state.js'

interface Chip {
  label: string
  without: SearchState
}

const chipLabel = (kind: TagKind, mode: TagMode, value: string) =>
  mode === 'not'
    ? `Without ${TAG_KIND_LABELS[kind].singular.toLowerCase()}: ${value}`
    : `${TAG_KIND_LABELS[kind].singular}: ${value}`

function chips(state: SearchState): Chip[] {
  const list: Chip[] = []
  if (state.q) list.push({ label: `Search: ${state.q}`, without: change(state, { q: '' }) })
  for (const kind of TAG_KINDS) {
    for (const mode of TAG_MODES) {
      for (const value of state.tags[kind][mode]) {
        list.push({
          label: chipLabel(kind, mode, value),
          without: withTag(state, kind, value, undefined),
        })
      }
    }
  }
  if (state.wordsMin !== undefined)
    list.push({
      label: `At least ${formatNumber(state.wordsMin)} words`,
      without: change(state, { wordsMin: undefined }),
    })
  if (state.wordsMax !== undefined)
    list.push({
      label: `At most ${formatNumber(state.wordsMax)} words`,
      without: change(state, { wordsMax: undefined }),
    })
  if (state.updatedFrom)
    list.push({
      label: `Updated from ${state.updatedFrom}`,
      without: change(state, { updatedFrom: undefined }),
    })
  if (state.updatedTo)
    list.push({ label: `Updated until ${state.updatedTo}`, without: change(state, { updatedTo: undefined }) })
  if (state.complete) list.push({ label: 'Complete works only', without: change(state, { complete: false }) })
  if (state.lang)
    list.push({ label: `Language: ${languageName(state.lang)}`, without: change(state, { lang: undefined }) })
  return list
}

export function ActiveFilters({ state }: { state: SearchState }) {
  const list = chips(state)
  if (list.length === 0) return null
  return (
    <div class="active-filters">
      <h3 class="visually-hidden">Filters in use</h3>
      <ul>
        {list.map(({ label, without }) => (
          <li>
            <a class="chip" href={searchHref(without)} data-nav>
              {label}
              <span class="chip-x" aria-hidden="true">
                ×
              </span>
              <span class="visually-hidden"> (remove)</span>
            </a>
          </li>
        ))}
        {list.length > 1 && (
          <li>
            <a class="clear-all" href={searchHref({ ...emptyState(), sort: state.sort })} data-nav>
              Clear all
            </a>
          </li>
        )}
      </ul>
    </div>
  )
}
