/**
 * One line of a `POST /v1/works/batch` body, read on its own: a work to store (the `PUT` body with its
 * `id`), a deletion (`{"id": "…", "delete": true}`), or the reasons it is neither.
 * @module
 */
import type { Work as WorkDocument } from '@ficdex/core'
import { WorkId } from '@ficdex/core'
import { z } from '@hono/zod-openapi'
import type { FieldError } from '../../lib/problem.js'
import { issuesToFieldErrors } from '../../lib/validation-hook.js'
import { toWorkDocument, WorkWrite } from './put-work.js'

export type BatchOperation =
  | { kind: 'put'; id: string; work: WorkDocument }
  | { kind: 'delete'; id: string }
  | { kind: 'invalid'; id: string | undefined; errors: FieldError[] }

const Deletion = z.object({ id: WorkId, delete: z.literal(true) }).strict()

/** Locations within the line: `title`, `text.0.body`; the line itself when the whole line is wrong. */
const fieldErrors = (error: z.ZodError): FieldError[] =>
  issuesToFieldErrors(error.issues, 'json').map(({ location, message }) => ({
    location: location.replace(/^body\.?/, '') || 'line',
    message,
  }))

const invalid = (id: unknown, errors: FieldError[]): BatchOperation => ({
  kind: 'invalid',
  id: typeof id === 'string' ? id : undefined,
  errors,
})

/**
 * @example
 * readBatchLine('{"id":"gone-1","delete":true}') // { kind: 'delete', id: 'gone-1' }
 */
export function readBatchLine(text: string): BatchOperation {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    return invalid(undefined, [{ location: 'line', message: `Not JSON: ${(error as Error).message}` }])
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return invalid(undefined, [{ location: 'line', message: 'Each line must be one JSON object.' }])
  }
  const { id, ...rest } = value as Record<string, unknown>
  if ('delete' in rest) {
    const deletion = Deletion.safeParse(value)
    return deletion.success
      ? { kind: 'delete', id: deletion.data.id }
      : invalid(id, fieldErrors(deletion.error))
  }
  const errors: FieldError[] = []
  const checkedId = WorkId.safeParse(id)
  if (!checkedId.success) {
    errors.push(...fieldErrors(checkedId.error).map((e) => ({ ...e, location: 'id' })))
  }
  const fields = WorkWrite.safeParse(rest)
  if (!fields.success) errors.push(...fieldErrors(fields.error))
  if (!checkedId.success || !fields.success) return invalid(id, errors)
  const work = toWorkDocument(fields.data, checkedId.data)
  return work.success
    ? { kind: 'put', id: checkedId.data, work: work.data }
    : invalid(id, fieldErrors(work.error))
}
