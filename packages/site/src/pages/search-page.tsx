/**
 * The search page: one GET form holding the search box, the sort, the facet sidebar and the other
 * filters, beside the results. Submitting the form is the whole interface; the script only makes it
 * answer sooner.
 * @module
 */
import { type SearchResult, TAG_KINDS } from '@ficdex/sdk'
import { facetShown } from '../api-query.js'
import { ActiveFilters } from '../components/active-filters.js'
import { Facet } from '../components/facet.js'
import { Layout, type PageContext } from '../components/layout.js'
import { Pagination } from '../components/pagination.js'
import { TagPicker } from '../components/tag-picker.js'
import { WorkBlurb } from '../components/work-blurb.js'
import { formatNumber, languageName } from '../format.js'
import {
  countFilters,
  defaultSort,
  type SearchState,
  SORT_LABELS,
  SORTS,
  searchHref,
  sortOf,
} from '../search-state.js'

/** Languages offered when the search could not say which the archive holds. */
const LANGUAGES = ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'pl', 'ru', 'zh', 'ja', 'ko']

/**
 * The languages to choose from: those the works found are in, with how many each would find (the
 * API's `lang` facet, counted as if no language were chosen); the chosen one always; a fixed list when
 * the search failed.
 */
function languageOptions(
  state: SearchState,
  result: SearchResult | undefined,
): { code: string; count?: number }[] {
  const counted = result?.facets.lang?.values.map(({ value, count }) => ({ code: value, count }))
  const options = counted ?? LANGUAGES.map((code) => ({ code }))
  const chosen = state.lang
  return chosen && !options.some(({ code }) => code === chosen.toLowerCase())
    ? [...options, { code: chosen }]
    : options
}

export interface SearchPageProps {
  page: PageContext
  state: SearchState
  /** Absent when the search could not be made. */
  result: SearchResult | undefined
  /** Sentences about what could not be used or went wrong. */
  problems: string[]
  /** What the reader typed into the other-tags boxes and could not be resolved. */
  pending: { include: string; exclude: string }
}

export function SearchPage({ page, state, result, problems, pending }: SearchPageProps) {
  const title = state.q ? `“${state.q}” · Search` : 'Search works'
  return (
    <Layout page={page} title={title} canonical={searchHref(state)}>
      <form class="search" method="get" action="/" id="search-form" aria-label="Search and filter works">
        <h1 class="visually-hidden">Search works</h1>
        <search class="search-bar">
          <label for="q">Search works</label>
          <div class="search-row">
            <input type="search" id="q" name="q" value={state.q} autocomplete="off" />
            <button type="submit">Search</button>
          </div>
        </search>
        {problems.length > 0 && (
          <div class="problems" role="alert">
            <ul>
              {problems.map((problem) => (
                <li>{problem}</li>
              ))}
            </ul>
          </div>
        )}
        <div class="search-layout">
          <Filters state={state} result={result} pending={pending} />
          <Results state={state} result={result} />
        </div>
      </form>
    </Layout>
  )
}

function Filters({
  state,
  result,
  pending,
}: {
  state: SearchState
  result: SearchResult | undefined
  pending: SearchPageProps['pending']
}) {
  const active = countFilters(state)
  return (
    <details class="filters" id="filters">
      <summary>
        Filters{' '}
        <span id="filter-count" data-swap>
          {active > 0 ? `(${active} in use)` : ''}
        </span>
      </summary>
      <section class="filters-body" aria-labelledby="filters-heading">
        <a class="skip-inline" href="#results-heading">
          Skip to results
        </a>
        <h2 id="filters-heading">Filters</h2>
        <p class="filters-help">Tick a tag to include it, or its − box to exclude it.</p>
        <div id="hidden-state" data-swap>
          {state.more.map((kind) => (
            <input type="hidden" name="more" value={kind} />
          ))}
        </div>
        {TAG_KINDS.map((kind) => {
          const { shown, moreExist } = facetShown(state, kind, result?.facets[kind])
          return <Facet kind={kind} values={shown} moreExist={moreExist} state={state} />
        })}
        <fieldset class="other-tags">
          <legend>Other tags</legend>
          <TagPicker which="include" value={pending.include} />
          <TagPicker which="exclude" value={pending.exclude} />
        </fieldset>
        <Range legend="Words" type="number" field="words" values={[state.wordsMin, state.wordsMax]} />
        <Range
          legend="Date updated"
          type="date"
          field="updated"
          values={[state.updatedFrom, state.updatedTo]}
        />
        <fieldset class="more-filters">
          <legend>Completion and language</legend>
          <div class="check">
            <input type="checkbox" id="complete" name="complete" value="true" checked={state.complete} />
            <label for="complete">Complete works only</label>
          </div>
          <label for="lang">Language</label>
          <select id="lang" name="lang">
            <option value="">Any language</option>
            {languageOptions(state, result).map(({ code, count }) => (
              <option value={code} selected={code === state.lang}>
                {count === undefined ? languageName(code) : `${languageName(code)} (${formatNumber(count)})`}
              </option>
            ))}
          </select>
        </fieldset>
        <div class="filter-actions">
          <button type="submit">Apply filters</button>
          <a href="/">Clear all</a>
        </div>
      </section>
    </details>
  )
}

/** A pair of inputs for the bounds of a range, named as the API names them (`words_min`, `updated_to`). */
/** The API names a count's bounds `<field>_min`/`_max` and a date's `<field>_from`/`_to`. */
const BOUNDS = { number: ['min', 'max'], date: ['from', 'to'] } as const

function Range(props: {
  legend: string
  type: keyof typeof BOUNDS
  field: string
  values: [number | string | undefined, number | string | undefined]
}) {
  const { legend, type, field, values } = props
  return (
    <fieldset class="ranges">
      <legend>{legend}</legend>
      <div class="range">
        {BOUNDS[type].map((bound, i) => (
          <>
            <label for={`${field}-${bound}`}>{i === 0 ? 'From' : 'To'}</label>
            <input
              type={type}
              id={`${field}-${bound}`}
              name={`${field}_${bound}`}
              value={values[i]}
              {...(type === 'number' ? { min: '0', inputmode: 'numeric' } : {})}
            />
          </>
        ))}
      </div>
    </fieldset>
  )
}

function Results({ state, result }: { state: SearchState; result: SearchResult | undefined }) {
  const sort = sortOf(state)
  return (
    <section class="results" id="results" aria-labelledby="results-heading" data-swap>
      <div class="results-header">
        <h2 id="results-heading" tabindex={-1}>
          <ResultsHeading state={state} result={result} />
        </h2>
        <div class="sort">
          <label for="sort">Sort by</label>
          <select id="sort" name="sort">
            {SORTS.filter((s) => s !== 'relevance' || state.q || sort === 'relevance').map((s) => (
              // The default is sent as nothing, so that it follows the search: best match for text.
              <option value={s === defaultSort(state) ? '' : s} selected={s === sort}>
                {SORT_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ActiveFilters state={state} />
      {result && result.hits.length > 0 && (
        <ol class="works">
          {result.hits.map((hit) => (
            <WorkBlurb hit={hit} />
          ))}
        </ol>
      )}
      {result && result.total === 0 && (
        <p class="no-results">No works match. Try removing a filter, or searching for fewer words.</p>
      )}
      {result && <Pagination state={state} totalPages={result.totalPages} />}
      <p id="status" class="visually-hidden" role="status" />
    </section>
  )
}

function ResultsHeading({ state, result }: { state: SearchState; result: SearchResult | undefined }) {
  if (!result) return <>Search unavailable</>
  const { total, page, perPage } = result
  const noun = total === 1 ? 'work' : 'works'
  const query = state.q ? ` for “${state.q}”` : ''
  if (total === 0) return <>{`No works found${query}`}</>
  const first = (page - 1) * perPage + 1
  if (first > total) return <>{`Page ${page} is past the end: ${formatNumber(total)} ${noun}${query}`}</>
  const last = Math.min(page * perPage, total)
  return <>{`${formatNumber(first)} – ${formatNumber(last)} of ${formatNumber(total)} ${noun}${query}`}</>
}
