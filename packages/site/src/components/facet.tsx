/**
 * One facet of the sidebar: a tag kind's values with their counts, each with an include and an exclude
 * checkbox, “show more”, and (for the long kinds) a search among its values. Plain form controls, so
 * the facet works without script.
 * @module
 */
import { type FacetValue, TAG_KIND_LABELS, type TagKind } from '@ficdex/sdk'
import { formatNumber, valueKey } from '../format.js'
import { type SearchState, searchHref, TAG_MODES, tagModeOf, tagParam } from '../search-state.js'

/** Kinds with few values in any archive: no value search, no “show more”. */
const SHORT_KINDS: readonly TagKind[] = ['rating', 'warning', 'category']

export interface FacetProps {
  kind: TagKind
  /** The API's values for this kind, most used first. */
  values: FacetValue[]
  /** Whether the API holds more values than it listed. */
  moreExist: boolean
  state: SearchState
}

interface Row {
  value: string
  count: number | undefined
  /** How the search filters by the value, as the API says. */
  selected?: FacetValue['selected']
}

/** The listed values, then any value filtered on that the list lacks, so every filter stays visible. */
function rows(kind: TagKind, values: FacetValue[], state: SearchState): Row[] {
  const listed = new Set(values.map(({ value }) => value.toLowerCase()))
  const chosen = TAG_MODES.flatMap((mode) => state.tags[kind][mode])
    .filter((value) => !listed.has(value.toLowerCase()))
    .map((value) => ({ value, count: undefined }))
  return [...values, ...chosen]
}

export function Facet({ kind, values, moreExist, state }: FacetProps) {
  const label = TAG_KIND_LABELS[kind].plural
  const long = !SHORT_KINDS.includes(kind)
  const expanded = state.more.includes(kind)
  const list = rows(kind, values, state)
  const find = state.find[kind] ?? ''
  const toggle = expanded
    ? { ...state, more: state.more.filter((k) => k !== kind) }
    : { ...state, more: [...state.more, kind] }
  return (
    <fieldset class="facet" id={`facet-${kind}`} data-kind={kind}>
      <legend>{label}</legend>
      {long && (
        <div class="facet-find">
          <label for={`find-${kind}`} class="visually-hidden">
            {`Search ${label.toLowerCase()}`}
          </label>
          <input
            type="search"
            id={`find-${kind}`}
            name={`find_${kind}`}
            value={find}
            placeholder={`Search ${label.toLowerCase()}`}
            autocomplete="off"
            data-facet-find={kind}
          />
        </div>
      )}
      <div class="facet-body" id={`facet-${kind}-body`} data-swap>
        {list.length === 0 ? (
          <p class="facet-empty">{find ? `No ${label.toLowerCase()} match “${find}”.` : 'None here.'}</p>
        ) : (
          <ul class="facet-values">
            {list.map((row) => (
              <FacetRow kind={kind} row={row} state={state} />
            ))}
          </ul>
        )}
        {long && (moreExist || expanded) && (
          <a class="facet-more" id={`more-${kind}`} href={`${searchHref(toggle)}#facet-${kind}`} data-nav>
            {expanded ? `Show fewer ${label.toLowerCase()}` : `Show more ${label.toLowerCase()}`}
          </a>
        )}
      </div>
    </fieldset>
  )
}

function FacetRow({ kind, row, state }: { kind: TagKind; row: Row; state: SearchState }) {
  const mode = row.selected ?? tagModeOf(state, kind, row.value)
  const key = `${kind}-${valueKey(row.value)}`
  // A value the reader required with “other tags” stays required; a ticked box otherwise means any-of.
  const includeName = tagParam(kind, mode === 'all' ? 'all' : 'any')
  return (
    <li class="facet-value" data-value={row.value} data-count={row.count ?? ''}>
      <input
        type="checkbox"
        class="include"
        id={`in-${key}`}
        name={includeName}
        value={row.value}
        checked={mode === 'all' || mode === 'any'}
      />
      <label for={`in-${key}`} class="include-label">
        <span class="value-name">{row.value}</span>
        {row.count !== undefined && (
          <span class="count">
            {formatNumber(row.count)}
            <span class="visually-hidden">{row.count === 1 ? ' work' : ' works'}</span>
          </span>
        )}
      </label>
      <input
        type="checkbox"
        class="exclude"
        id={`out-${key}`}
        name={tagParam(kind, 'not')}
        value={row.value}
        checked={mode === 'not'}
      />
      <label for={`out-${key}`} class="exclude-label" title={`Exclude ${row.value}`}>
        <span class="visually-hidden">{`Exclude ${row.value}`}</span>
      </label>
    </li>
  )
}
