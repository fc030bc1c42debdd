/**
 * Season lists as the vocabulary writes them ("1-3, 5", "8-"), read against a fandom's eras: each
 * number is an era's `order`, and an open range runs to the last era.
 * @module
 */

/** The era orders a spec names, ascending; or a message saying what is wrong with it. */
export function parseSeasonSpec(spec: string, orders: readonly number[]): number[] | string {
  if (orders.length === 0) return 'the fandom has no eras'
  const known = new Set(orders)
  const last = Math.max(...orders)
  const picked = new Set<number>()
  for (const part of spec.split(',')) {
    const [fromText, toText] = part.trim().split('-') as [string, string | undefined]
    const from = Number(fromText)
    const to = toText === undefined ? from : toText === '' ? last : Number(toText)
    if (to < from) return `"${part.trim()}" runs backwards`
    for (const order of [from, to]) if (!known.has(order)) return `the fandom has no era with order ${order}`
    for (const order of orders) if (order >= from && order <= to) picked.add(order)
  }
  return [...picked].sort((a, b) => a - b)
}
