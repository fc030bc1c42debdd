/**
 * The `defaultHook` of every router: turns a failed request validation into a `validation_failed`
 * problem whose `errors` name each invalid value by a dotted location.
 * @module
 */
import type { Hook, z } from '@hono/zod-openapi'
import type { ValidationTargets } from 'hono'
import type { AppEnv } from './context.js'
import type { FieldError } from './problem.js'
import { problemResponse } from './problem.js'

/** How each validation target is named in `location`, matching where the value sits in HTTP terms. */
const LOCATION_PREFIX: Record<keyof ValidationTargets, string> = {
  query: 'query',
  param: 'path',
  header: 'header',
  json: 'body',
  form: 'body',
  cookie: 'cookie',
}

/** One field error per zod issue, located by the issue's path under its target. */
export function issuesToFieldErrors(
  issues: readonly z.core.$ZodIssue[],
  target: keyof ValidationTargets,
): FieldError[] {
  return issues.map((issue) => ({
    location: [LOCATION_PREFIX[target], ...issue.path.map(String)].join('.'),
    message: issue.message,
  }))
}

/** The `detail` of a `validation_failed` problem: the one location, or how many values are invalid. */
export function validationDetail(errors: readonly FieldError[]): string {
  return errors.length === 1 ? `Invalid value at ${errors[0]!.location}.` : `${errors.length} invalid values.`
}

export const validationHook: Hook<unknown, AppEnv, string, Response | undefined> = (result, c) => {
  if (result.success) return undefined
  const errors = issuesToFieldErrors(result.error.issues, result.target)
  return problemResponse(c, 'validation_failed', validationDetail(errors), errors)
}
