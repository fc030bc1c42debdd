/**
 * Writes `src/generated/values.ts`: the API's enumerations as runtime values (tag kinds with their
 * English names, sort names), read from `packages/server/openapi.json` as the types are. An app that
 * lists kinds or sorts then follows the API instead of keeping its own copy; the SDK imports no
 * workspace package, so the document is its only source.
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const source = fileURLToPath(new URL('../../server/openapi.json', import.meta.url))
const target = fileURLToPath(new URL('../src/generated/values.ts', import.meta.url))

interface Schema {
  enum?: string[]
  properties?: Record<string, Schema>
  'x-labels'?: Record<string, { singular: string; plural: string }>
}
const schemas: Record<string, Schema> = JSON.parse(readFileSync(source, 'utf8')).components.schemas

/** The value at `path` in the document's schemas, or an error naming what the document lacks. */
function required<T>(value: T | undefined, path: string): T {
  if (value === undefined) throw new Error(`${source} has no ${path}: the SDK's values cannot be generated`)
  return value
}

const tagKinds = required(schemas.TagKind?.enum, 'components.schemas.TagKind.enum')
const labels = required(schemas.TagKind?.['x-labels'], "components.schemas.TagKind['x-labels']")
const sorts = required(
  schemas.SearchQuery?.properties?.sort?.enum,
  'components.schemas.SearchQuery.properties.sort.enum',
)
const unlabelled = tagKinds.filter((kind) => labels[kind] === undefined)
if (unlabelled.length > 0) throw new Error(`TagKind's x-labels lack ${unlabelled.join(', ')}`)

const constant = (doc: string, name: string, value: unknown) =>
  `/** ${doc} */\nexport const ${name} = ${JSON.stringify(value, null, 2)} as const\n`

writeFileSync(
  target,
  [
    '// Generated from packages/server/openapi.json by scripts/gen-values.ts (`pnpm gen`). Do not edit.\n',
    constant('The tag kinds, in the order the API lists them.', 'TAG_KINDS', tagKinds),
    constant(
      'What each tag kind is called, for one tag and for several (`Fandom`, `Fandoms`).',
      'TAG_KIND_LABELS',
      Object.fromEntries(tagKinds.map((kind) => [kind, labels[kind]])),
    ),
    constant('The names `sort` takes.', 'SORTS', sorts),
  ].join('\n'),
)
console.log(`wrote ${target}`)
