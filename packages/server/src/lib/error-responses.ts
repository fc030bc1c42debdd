/**
 * The error responses routes declare in the OpenAPI document, described once and picked per route.
 * @module
 */
import { PROBLEM_CONTENT_TYPE, Problem } from './problem.js'

interface ProblemResponse {
  description: string
  content: { [PROBLEM_CONTENT_TYPE]: { schema: typeof Problem } }
}

const problem = (description: string): ProblemResponse => ({
  description,
  content: { [PROBLEM_CONTENT_TYPE]: { schema: Problem } },
})

const RESPONSES = {
  400: problem(
    'The request could not be read (`bad_request`, e.g. malformed JSON) or has invalid values (`validation_failed`, listed in `errors`).',
  ),
  401: problem(
    'The `Authorization` header is malformed or its API key is not valid (`unauthorized`). Omit it to be served as the public.',
  ),
  403: problem('Your key may not do this (`forbidden`): writing needs an `admin` key.'),
  404: problem('Nothing exists at this address that you may see (`not_found`).'),
  413: problem('The request body is larger than the server accepts (`payload_too_large`).'),
  415: problem('The request body is not `application/json` (`unsupported_media_type`).'),
  500: problem(
    'Something failed on the server (`internal`); the detail never says what. Quote the `requestId`.',
  ),
  501: problem('The server’s search engine does not offer this (`not_implemented`).'),
  429: problem('Too many requests from your key or address (`rate_limited`); wait as `Retry-After` says.'),
  503: problem(
    'The search engine is not answering, or the server is busy (`unavailable`); or the search ran past its time budget and was stopped (`timeout`): narrow it, or try again shortly.',
  ),
}

type ErrorStatus = keyof typeof RESPONSES

/** Every route can answer these: every route reads the search engine, which may be down. */
const COMMON = [400, 401, 500, 503] as const
type CommonStatus = (typeof COMMON)[number]

/**
 * The `responses` entries for the common errors plus `extra` ones, all as problem documents.
 * @example
 * responses: { 200: { … }, ...errorResponses(404) }
 */
export function errorResponses<const S extends ErrorStatus>(
  ...extra: S[]
): Record<CommonStatus | S, ProblemResponse> {
  const picked = {} as Record<CommonStatus | S, ProblemResponse>
  for (const status of [...COMMON, ...extra]) picked[status] = RESPONSES[status]
  return picked
}
