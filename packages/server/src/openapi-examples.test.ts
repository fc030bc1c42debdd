/**
 * Every operation of the served API document has examples, and every example is valid: the response
 * example of each success, the example of a request body, and the examples of its parameters taken
 * together, each parsed by the route's own schema. An example that a schema change made stale, or an
 * operation added without examples, fails here.
 * @module
 */
import type { RouteConfig, z } from '@hono/zod-openapi'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../test/helpers/create-test-app.js'
import { listChangesRoute } from './routes/changes/list-changes.js'
import { getHealthRoute } from './routes/health/get-health.js'
import { getReadyRoute } from './routes/health/get-ready.js'
import { getTagRoute } from './routes/tags/get-tag.js'
import { searchTagsRoute } from './routes/tags/search-tags.js'
import { suggestTagsRoute } from './routes/tags/suggest-tags.js'
import { readBatchLine } from './routes/works/batch-line.js'
import { deleteWorkRoute } from './routes/works/delete-work.js'
import { getChapterRoute } from './routes/works/get-chapter.js'
import { getFeedRoute } from './routes/works/get-feed.js'
import { getSimilarRoute } from './routes/works/get-similar.js'
import { getWorkRoute } from './routes/works/get-work.js'
import { postBatchRoute } from './routes/works/post-batch.js'
import { putWorkRoute } from './routes/works/put-work.js'
import { searchFacetValuesRoute } from './routes/works/search-facet-values.js'
import { searchWorksRoute } from './routes/works/search-works.js'
import { searchWorksBodyRoute } from './routes/works/search-works-body.js'

const ROUTES: RouteConfig[] = [
  listChangesRoute,
  searchWorksRoute,
  searchWorksBodyRoute,
  searchFacetValuesRoute,
  getWorkRoute,
  getChapterRoute,
  getSimilarRoute,
  getFeedRoute,
  searchTagsRoute,
  getTagRoute,
  suggestTagsRoute,
  getHealthRoute,
  getReadyRoute,
  putWorkRoute,
  deleteWorkRoute,
  postBatchRoute,
]

interface Parameter {
  name: string
  in: 'query' | 'path'
  example?: unknown
  schema?: { example?: unknown }
}
interface Operation {
  operationId: string
  parameters?: Parameter[]
  requestBody?: { content: Record<string, { schema: { $ref?: string; example?: unknown } }> }
  responses: Record<string, { content?: Record<string, { example?: unknown }> }>
}
interface Document {
  paths: Record<string, Record<string, Operation>>
  components: { schemas: Record<string, { example?: unknown }> }
}

let t: TestApp
let document: Document
beforeAll(async () => {
  t = await createTestApp()
  document = (await (await t.app.request('/openapi.json')).json()) as Document
})
afterAll(() => t.close())

const operations = () =>
  Object.values(document.paths).flatMap((methods) => Object.values(methods)) as Operation[]

const routeOf = (operationId: string) => {
  const route = ROUTES.find((candidate) => candidate.operationId === operationId)
  if (!route) throw new Error(`${operationId} is not in ROUTES here: add it, with its examples`)
  return route
}

/** What a schema makes of a value; a valid example comes back as it went in. */
const parsed = (schema: unknown, value: unknown) => (schema as z.ZodType).parse(value)

describe('the API document’s examples', () => {
  it('cover every route', () => {
    expect(
      operations()
        .map((op) => op.operationId)
        .sort(),
    ).toEqual(ROUTES.map((r) => r.operationId).sort())
  })

  it('include a valid response example for every success', () => {
    for (const operation of operations()) {
      const route = routeOf(operation.operationId)
      for (const [status, response] of Object.entries(operation.responses)) {
        // A success without a body (204) has nothing to exemplify.
        if (!status.startsWith('2') || response.content === undefined) continue
        const [mediaType, content] = Object.entries(response.content)[0] ?? []
        const example = content?.example
        expect(example, `${operation.operationId} ${status}`).toBeDefined()
        const schema = (route.responses[status] as { content: Record<string, { schema: unknown }> }).content[
          mediaType as string
        ]!.schema
        expect(parsed(schema, example), `${operation.operationId} ${status}`).toEqual(example)
      }
    }
  })

  it('include a valid request body example', () => {
    for (const operation of operations().filter((op) => op.requestBody?.content['application/json'])) {
      const ref = operation.requestBody!.content['application/json']!.schema.$ref!
      const example = document.components.schemas[ref.split('/').at(-1)!]!.example
      expect(example, operation.operationId).toBeDefined()
      const content = routeOf(operation.operationId).request?.body?.content['application/json']
      const body = content && 'schema' in content ? content.schema : undefined
      expect(body, operation.operationId).toBeDefined()
      expect(() => parsed(body, example), operation.operationId).not.toThrow()
    }
  })

  it('include an NDJSON body example whose every line is valid', () => {
    const ndjson = operations().filter((op) => op.requestBody?.content['application/x-ndjson'])
    expect(ndjson.map((op) => op.operationId)).toEqual(['batchWorks'])
    const example = ndjson[0]!.requestBody!.content['application/x-ndjson']!.schema.example
    const lines = String(example)
      .split('\n')
      .filter((line) => line !== '')
    expect(lines.map((line) => readBatchLine(line).kind)).toEqual(['put', 'delete'])
  })

  it('give parameter examples that are valid together', () => {
    for (const operation of operations()) {
      const route = routeOf(operation.operationId)
      for (const where of ['query', 'path'] as const) {
        const parameters = (operation.parameters ?? []).filter((p) => p.in === where)
        if (parameters.length === 0) continue
        const example = Object.fromEntries(
          parameters
            .map((p) => [p.name, p.example ?? p.schema?.example] as const)
            .filter(([, value]) => value !== undefined),
        )
        if (where === 'path')
          expect(Object.keys(example), operation.operationId).toHaveLength(parameters.length)
        const schema = where === 'query' ? route.request?.query : route.request?.params
        expect(() => parsed(schema, example), `${operation.operationId} ${where}`).not.toThrow()
      }
    }
  })
})
