/**
 * The shape of a contract case and the small helpers the cases share.
 * @module
 */
import { expect } from 'vitest'
import { parseQuery, type SearchQueryInput } from '../../model/query.js'
import type { SearchResult } from '../../model/result.js'
import type { SearchEngine } from '../search-engine.js'
import { FIXTURE_WORKS } from './fixtures.js'

/**
 * One behaviour every engine must show. `run` gets a fresh, empty engine, and `open` to make more (closed
 * by the case), for cases that compare two engines.
 */
export interface ContractCase {
  /** Unique across the suite: it is also the key callers use to skip the case. */
  readonly name: string
  run(engine: SearchEngine, open: () => Promise<SearchEngine>): Promise<void>
}

/** A titled list of cases, reported as one `describe` block. */
export interface ContractGroup {
  readonly title: string
  readonly cases: readonly ContractCase[]
}

export const contractCase = (name: string, run: ContractCase['run']): ContractCase => ({ name, run })

/** Loads every fixture work into the engine. */
export async function seed(engine: SearchEngine): Promise<void> {
  await engine.upsert(FIXTURE_WORKS)
}

/** Runs a query written the way the server would build it (defaults filled by the query schema). */
export function search(engine: SearchEngine, input: SearchQueryInput = {}): Promise<SearchResult> {
  return engine.search(parseQuery({ perPage: 100, ...input }))
}

/** Hit ids in result order. */
export const hitIds = (result: SearchResult): string[] => result.hits.map((hit) => hit.work.id)

/** Asserts the result holds exactly these works, in any order, and that `total` agrees. */
export function expectIds(result: SearchResult, expected: readonly string[]): void {
  expect(hitIds(result).sort()).toEqual([...expected].sort())
  expect(result.total).toBe(expected.length)
}

/** Runs a query and asserts its exact set of hits. */
export async function expectSearch(
  engine: SearchEngine,
  input: SearchQueryInput,
  expected: readonly string[],
): Promise<void> {
  expectIds(await search(engine, input), expected)
}
