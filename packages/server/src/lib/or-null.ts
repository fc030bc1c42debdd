/**
 * Nullable named schemas. `.nullable()` on a schema named with `.openapi('Name')` makes the generator
 * (zod-to-openapi 9) mark the shared component itself as nullable, so every other use of it would
 * become nullable too; a union with `null` keeps the component intact and renders as `anyOf`.
 * @module
 */
import { z } from '@hono/zod-openapi'

export function orNull<T extends z.ZodType>(schema: T) {
  return z.union([schema, z.null()])
}
