/**
 * The engine contract suite: one behavioural specification every `SearchEngine` must pass, declared as
 * vitest blocks and run once per engine.
 *
 * @example
 * ```ts
 * import { runEngineContract } from '@ficdex/core/contract'
 *
 * runEngineContract('embedded', async () => openEmbeddedEngine({ path: ':memory:' }), {
 *   skip: { 'text: highlights mark the matches in title, summary and a text excerpt': 'no highlighting yet' },
 * })
 * ```
 * @module
 */
import { describe, it } from 'vitest'
import type { SearchEngine } from '../search-engine.js'
import { changes } from './cases/changes.js'
import { cursor } from './cases/cursor.js'
import { disjunctiveFacets } from './cases/disjunctive-facets.js'
import { facetSearch } from './cases/facet-search.js'
import { facetsAndStats } from './cases/facets-and-stats.js'
import { fieldFilters } from './cases/field-filters.js'
import { leaks } from './cases/leaks.js'
import { rangeFilters } from './cases/range-filters.js'
import { readerFilters } from './cases/reader-filters.js'
import { rebuild } from './cases/rebuild.js'
import { similarWorks } from './cases/similar.js'
import { sortAndPagination } from './cases/sort-and-pagination.js'
import { tagFilters } from './cases/tag-filters.js'
import { tagSource } from './cases/tag-source.js'
import { textSearch } from './cases/text-search.js'
import { unknownDates } from './cases/unknown-dates.js'
import { visibility } from './cases/visibility.js'
import { wrangledTags } from './cases/wrangled-tags.js'
import { writes } from './cases/writes.js'
import type { ContractGroup } from './contract-case.js'

export type { ContractCase, ContractGroup } from './contract-case.js'
export { day, FIXTURE_WORKS, fixture, PUBLIC_IDS } from './fixtures.js'

/** Every group of the suite, in the order it is reported. */
export const CONTRACT_GROUPS: readonly ContractGroup[] = [
  writes,
  textSearch,
  tagFilters,
  tagSource,
  wrangledTags,
  fieldFilters,
  rangeFilters,
  readerFilters,
  unknownDates,
  facetsAndStats,
  disjunctiveFacets,
  facetSearch,
  similarWorks,
  sortAndPagination,
  cursor,
  changes,
  visibility,
  leaks,
  rebuild,
]

/** The names of every case: the keys `skip` accepts. */
export const contractCaseNames = (): string[] => CONTRACT_GROUPS.flatMap((g) => g.cases.map((c) => c.name))

export interface EngineContractOptions {
  /** Case name → why this engine skips it. The reason is shown in the test name. */
  skip?: Record<string, string>
}

/**
 * Declares the contract suite for one engine. Each case gets a fresh, empty engine from `open` and closes
 * it afterwards, whether the case passed or not.
 */
export function runEngineContract(
  name: string,
  open: () => Promise<SearchEngine>,
  options: EngineContractOptions = {},
): void {
  const skip = options.skip ?? {}
  const known = new Set(contractCaseNames())
  const unknown = Object.keys(skip).filter((key) => !known.has(key))
  if (unknown.length > 0)
    throw new Error(`runEngineContract(${name}): unknown case names in skip: ${unknown.join(', ')}`)

  describe(`${name} engine contract`, () => {
    for (const group of CONTRACT_GROUPS) {
      describe(group.title, () => {
        for (const contractCase of group.cases) {
          const reason = skip[contractCase.name]
          if (reason !== undefined) {
            it.skip(`${contractCase.name} [skipped: ${reason}]`, () => {})
            continue
          }
          it(contractCase.name, async () => {
            const engine = await open()
            try {
              await contractCase.run(engine, open)
            } finally {
              await engine.close()
            }
          })
        }
      })
    }
  })
}
