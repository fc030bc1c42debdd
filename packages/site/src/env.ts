/**
 * The site's configuration, read from the environment once, by `serve.ts`.
 * @module
 */
import { type Environment, port, problemLines, withoutBlanks } from '@ficdex/env'
import { z } from 'zod'

const shape = {
  SITE_PORT: port(8788),
  SITE_HOST: z.string().optional(),
  SITE_NAME: z.string().max(80).default('ficdex'),
  FICDEX_API_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .default('http://localhost:8787'),
  SITE_MEMBER_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
  FICDEX_SEARCH_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  FICDEX_MEMBERS_KEY: z.string().min(16, 'must be at least 16 characters').optional(),
  SITE_SESSION_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
}

/** Every variable the site reads. */
export const SITE_VARIABLES = Object.keys(shape)

export const SiteEnv = z
  .object(shape)
  .superRefine((env, ctx) => {
    // Half a member setup would offer a sign-in that cannot show anything more, or hold a key unused.
    if ((env.SITE_MEMBER_PASSWORD === undefined) !== (env.FICDEX_MEMBERS_KEY === undefined)) {
      const missing = env.SITE_MEMBER_PASSWORD === undefined ? 'SITE_MEMBER_PASSWORD' : 'FICDEX_MEMBERS_KEY'
      ctx.addIssue({
        code: 'custom',
        path: [missing],
        message: 'member sign-in needs both SITE_MEMBER_PASSWORD and FICDEX_MEMBERS_KEY',
      })
    }
  })
  .transform((env) => ({
    port: env.SITE_PORT,
    host: env.SITE_HOST,
    siteName: env.SITE_NAME,
    apiUrl: env.FICDEX_API_URL.replace(/\/+$/, ''),
    searchKey: env.FICDEX_SEARCH_KEY,
    members:
      env.SITE_MEMBER_PASSWORD && env.FICDEX_MEMBERS_KEY
        ? { password: env.SITE_MEMBER_PASSWORD, apiKey: env.FICDEX_MEMBERS_KEY }
        : undefined,
    sessionSecret: env.SITE_SESSION_SECRET,
  }))
export type SiteConfig = z.output<typeof SiteEnv>

/** The configuration, or every problem with it as one readable message. */
export function readSiteConfig(
  env: Environment,
): { ok: true; config: SiteConfig } | { ok: false; message: string } {
  const result = SiteEnv.safeParse(withoutBlanks(env))
  if (result.success) return { ok: true, config: result.data }
  const lines = problemLines(result.error).map((line) => `  ${line}`)
  return { ok: false, message: `Invalid site configuration:\n${lines.join('\n')}` }
}
