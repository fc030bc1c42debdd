/**
 * A query object as a query string: lists as repeated parameters (`fandom=A&fandom=B`), which every
 * list parameter of the API accepts; other values as their text; absent values left out.
 * @module
 */
export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined

export function toSearchParams(query: Readonly<Record<string, QueryValue>>): URLSearchParams {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) params.append(name, String(item))
  }
  return params
}
