/**
 * The fan-site search page as a Hono app over any ficdex API, reached only through `@ficdex/sdk`.
 * `createSite(options)` is pure: `serve.ts` reads the environment and listens.
 * @example
 * const site = createSite({ apiUrl: 'http://localhost:8787', sessionSecret: randomBytes(32).toString('hex') })
 * serve({ fetch: site.fetch, port: 8788 })
 * @module
 */
import { createClient, FicdexApiError, FicdexRequestError } from '@ficdex/sdk'
import { Hono } from 'hono'
import { csrf } from 'hono/csrf'
import { HTTPException } from 'hono/http-exception'
import { secureHeaders } from 'hono/secure-headers'
import type { PageContext } from './components/layout.js'
import { ErrorPage } from './pages/error-page.js'
import { registerAssets } from './routes/assets.js'
import { registerChapter } from './routes/chapter.js'
import { registerSearch } from './routes/search.js'
import { registerSession } from './routes/session.js'
import { registerSuggest } from './routes/suggest.js'
import { registerWork } from './routes/work.js'
import { hasSession } from './session.js'
import { createThrottle } from './sign-in-throttle.js'
import type { SiteDeps, SiteEnv, SiteOptions } from './site-env.js'

export type { SiteOptions } from './site-env.js'

export function createSite(options: SiteOptions): Hono<SiteEnv> {
  if (options.sessionSecret.length < 32) throw new Error('sessionSecret must be at least 32 characters')
  const client = (apiKey?: string) =>
    createClient({
      baseUrl: options.apiUrl,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      ...(apiKey ? { apiKey } : {}),
    })
  const deps: SiteDeps = {
    options,
    publicClient: client(options.searchKey),
    memberClient: options.members ? client(options.members.apiKey) : undefined,
    throttle: createThrottle(),
  }

  const app = new Hono<SiteEnv>()
  app.use(
    secureHeaders({
      // The work page links back to the search the reader came from, which it learns from Referer.
      referrerPolicy: 'same-origin',
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        baseUri: ["'none'"],
      },
    }),
  )
  app.use(async (c, next) => {
    const member = deps.memberClient !== undefined && (await hasSession(c, options.sessionSecret))
    const url = new URL(c.req.url)
    const page: PageContext = {
      siteName: options.siteName ?? 'ficdex',
      member,
      signIn: deps.memberClient !== undefined,
      here: `${url.pathname}${url.search}`,
    }
    c.set('page', page)
    c.set('ficdex', member && deps.memberClient ? deps.memberClient : deps.publicClient)
    if (member) c.header('Cache-Control', 'private, no-store')
    await next()
  })
  // Forms are posted from this site's own pages only.
  app.use(csrf())

  registerAssets(app)
  registerSearch(app)
  registerWork(app)
  registerChapter(app)
  registerSuggest(app)
  registerSession(app, deps)

  app.notFound((c) =>
    c.html(
      <ErrorPage page={c.get('page')} title="Page not found" message="There is no page at this address." />,
      404,
    ),
  )
  app.onError((error, c) => {
    const page = c.get('page')
    if (error instanceof HTTPException && error.status < 500) {
      return c.html(
        <ErrorPage
          page={page}
          title="Refused"
          message="This request cannot be answered; go back and try again."
        />,
        error.status,
      )
    }
    if (error instanceof FicdexApiError && error.status === 404) {
      const message =
        page.member || !page.signIn
          ? 'There is no such work or chapter in the archive.'
          : 'There is no such work or chapter, or it is for members only: sign in to see members’ works.'
      return c.html(<ErrorPage page={page} title="Not found" message={message} />, 404)
    }
    if (error instanceof FicdexRequestError || (error instanceof FicdexApiError && error.status >= 500)) {
      console.error(`ficdex API: ${error.message}`)
      return c.html(
        <ErrorPage
          page={page}
          title="The archive is not answering"
          message="Its search is unavailable right now; please try again in a moment."
        />,
        503,
      )
    }
    console.error(error)
    return c.html(
      <ErrorPage page={page} title="Something went wrong" message="This page could not be shown." />,
      500,
    )
  })
  return app
}
