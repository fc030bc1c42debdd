/**
 * What the site's routes share: the options it was built with and, per request, the reader's client.
 * @module
 */
import type { FetchFunction, FicdexClient } from '@ficdex/sdk'
import type { Hono } from 'hono'
import type { PageContext } from './components/layout.js'
import type { Throttle } from './sign-in-throttle.js'

export interface SiteOptions {
  /** Where the ficdex API is, e.g. `http://localhost:8787`. */
  apiUrl: string
  /** A `fetch` for API calls instead of the global one (tests, other runtimes). */
  fetch?: FetchFunction
  /**
   * A `search` API key for readers who are not signed in. Without it their searches reach the API
   * anonymously, all from the site's one address, and share that address's rate limit; with it they
   * are counted as this key.
   */
  searchKey?: string | undefined
  /** The name in the banner and page titles. */
  siteName?: string
  /**
   * Member sign-in: the password members know, and the members API key the site uses for them.
   * Without it the site offers no sign-in and shows public works only.
   */
  members?: { password: string; apiKey: string }
  /** Signs session cookies; at least 32 characters. */
  sessionSecret: string
}

export interface SiteDeps {
  options: SiteOptions
  /** The client for readers who are not signed in: anonymous, or with the search key. */
  publicClient: FicdexClient
  /** The client holding the members key, when sign-in is offered. */
  memberClient: FicdexClient | undefined
  throttle: Throttle
}

export type SiteEnv = {
  Variables: {
    /** The API client for this reader: the members one while signed in. */
    ficdex: FicdexClient
    page: PageContext
  }
}

export type SiteApp = Hono<SiteEnv>
