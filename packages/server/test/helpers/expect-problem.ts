/**
 * Asserts that a response is a problem document of the expected status and code, consistent with its
 * headers, and returns it.
 * @module
 */
import { expect } from 'vitest'
import type { ErrorCode } from '../../src/lib/error-codes.js'
import { Problem } from '../../src/lib/problem.js'

export async function expectProblem(
  res: Response,
  { status, code }: { status: number; code: ErrorCode },
): Promise<Problem> {
  const body: unknown = await res.json()
  expect({ status: res.status, body }).toMatchObject({ status, body: { status, code } })
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
  const problem = Problem.strict().parse(body)
  expect(problem.type).toBe(`urn:ficdex:problem:${code}`)
  expect(problem.requestId).toBe(res.headers.get('x-request-id'))
  expect(problem.detail.length).toBeGreaterThan(0)
  return problem
}
