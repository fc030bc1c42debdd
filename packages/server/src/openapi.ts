/**
 * The OpenAPI document's frame (info, tags, security scheme). The paths and components come from the
 * routes themselves.
 * @module
 */
import type { AppRouter } from './lib/create-router.js'
import { VERSION } from './version.js'

export const DOCUMENT_CONFIG = {
  openapi: '3.1.0',
  info: {
    title: 'ficdex API',
    version: VERSION,
    description: [
      'Faceted full-text search over a fan-fiction archive, and reading its works.',
      '',
      'Every error is an `application/problem+json` document (RFC 9457) with a stable `code` and the `requestId` of the request, also sent as the `X-Request-Id` header. Invalid input answers 400 with `code` `validation_failed` and one entry per invalid value in `errors`.',
      '',
      'No key is needed: without one you see public works. Send `Authorization: Bearer <key>` with a `members` key, or a member token your site signed, to also see restricted (archive-locked) works; an `all` key sees every work, an `admin` key may also write.',
    ].join('\n'),
  },
  tags: [
    { name: 'Works', description: 'Search works, read one, read its chapters.' },
    {
      name: 'Tags',
      description:
        'The tag vocabulary: canonical tags with their synonyms and meta tags, as search filters resolve them. Autocomplete, and one tag’s page.',
    },
    {
      name: 'Changes',
      description: 'The change feed: what changed since a point, for apps that keep a copy of the archive.',
    },
    { name: 'Health', description: 'Operational status.' },
  ],
} as const

export const SECURITY_SCHEME = 'bearerAuth'

/**
 * The `security` of every route: anonymous, or with a key. Typed as a plain list, because a literal
 * `{}` element makes @hono/zod-openapi lose the route's input types.
 */
export const OPTIONAL_BEARER_AUTH: Record<string, string[]>[] = [{}, { [SECURITY_SCHEME]: [] }]

/** The `security` of the write routes: an `admin` key is required. */
export const ADMIN_BEARER_AUTH: Record<string, string[]>[] = [{ [SECURITY_SCHEME]: [] }]

/** Declares the optional bearer key, once for the whole document. */
export function registerSecurityScheme(app: AppRouter): void {
  app.openAPIRegistry.registerComponent('securitySchemes', SECURITY_SCHEME, {
    type: 'http',
    scheme: 'bearer',
    description:
      'An API key or a member token (an HS256 JWT with `exp` and `scope`), as `Authorization: Bearer <credential>`. Optional: it raises what you may see from public works to members-only (or all) works. A wrong, expired or altered credential is a 401.',
  })
}

/** The finished document of an app whose routes are all mounted. */
export function buildOpenApiDocument(app: AppRouter) {
  return app.getOpenAPI31Document({
    ...DOCUMENT_CONFIG,
    info: { ...DOCUMENT_CONFIG.info },
    tags: [...DOCUMENT_CONFIG.tags],
  })
}
