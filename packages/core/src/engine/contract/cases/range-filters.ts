/**
 * One generated case per range filter of `model/range-filters.ts`, so a new entry there is tested on
 * every engine without a hand-written case: around the median of the public fixtures' values, a
 * lower bound, an upper bound and an exact value each find exactly the works the table's own reading
 * of each work says they should. The engines read their stored columns and attributes, not the table,
 * so a range an engine does not store or compile fails here.
 * @module
 */
import { RANGE_FIELDS, RANGE_FILTERS, type RangeField } from '../../../model/range-filters.js'
import { type ContractGroup, contractCase, expectSearch, seed } from '../contract-case.js'
import { FIXTURE_WORKS, PUBLIC_IDS } from '../fixtures.js'

const publicWorks = FIXTURE_WORKS.filter((work) => PUBLIC_IDS.includes(work.id))

/** The works whose value is known and passes `keep`: an unknown value is outside every range. */
function idsWhere(field: RangeField, keep: (value: number) => boolean): string[] {
  return publicWorks
    .filter((work) => {
      const value = RANGE_FILTERS[field].value(work)
      return value !== null && keep(value)
    })
    .map((work) => work.id)
}

function rangeCase(field: RangeField) {
  return contractCase(`ranges: ${field} (generated from the range table)`, async (engine) => {
    await seed(engine)
    const values = publicWorks
      .map((work) => RANGE_FILTERS[field].value(work))
      .filter((value) => value !== null)
      .sort((a, b) => a - b)
    const median = values[Math.floor(values.length / 2)] as number
    await expectSearch(
      engine,
      { ranges: { [field]: { min: median } } },
      idsWhere(field, (v) => v >= median),
    )
    await expectSearch(
      engine,
      { ranges: { [field]: { max: median } } },
      idsWhere(field, (v) => v <= median),
    )
    await expectSearch(
      engine,
      { ranges: { [field]: { min: median, max: median } } },
      idsWhere(field, (v) => v === median),
    )
    const above = (values.at(-1) as number) + 1
    await expectSearch(engine, { ranges: { [field]: { min: above } } }, [])
  })
}

export const rangeFilters: ContractGroup = {
  title: 'range filters',
  cases: RANGE_FIELDS.map(rangeCase),
}
