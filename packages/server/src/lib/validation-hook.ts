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

/**
 * One field error per zod issue, located by the issue's path under its target; an unknown key is an
 * error at the key itself, so that the location names the parameter or property to remove or correct.
 */
export function issuesToFieldErrors(
  issues: readonly z.core.$ZodIssue[],
  target: keyof ValidationTargets,
): FieldError[] {
  const at = (path: readonly PropertyKey[]) => [LOCATION_PREFIX[target], ...path.map(String)].join('.')
  return issues.flatMap(withinUnions).flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((key) => ({
          location: at([...issue.path, key]),
          message: target === 'query' ? 'Unknown parameter' : 'Unknown property',
        }))
      : [{ location: at(issue.path), message: issue.message }],
  )
}

/**
 * The issues of the branch of a union that the value's shape chose (a list rather than one value),
 * so a bad item is reported where it is (`facets.1`) and why, not as "Invalid input" on the union.
 * A branch whose value was of another type altogether is left out; of the rest, one that reached
 * inside the value is preferred.
 */
function withinUnions(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union') return [issue]
  const atTop = (inner: z.core.$ZodIssue) => inner.path.length === 0
  const otherType = (branch: z.core.$ZodIssue[]) =>
    branch.length === 1 && branch[0]!.code === 'invalid_type' && atTop(branch[0]!)
  let chosen = issue.errors.filter((branch) => !otherType(branch))
  if (chosen.length > 1) chosen = chosen.filter((branch) => !branch.every(atTop))
  if (chosen.length !== 1) return [issue]
  return chosen[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })).flatMap(withinUnions)
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
