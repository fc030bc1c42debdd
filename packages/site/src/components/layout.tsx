/**
 * The frame of every page: head, skip link, banner with sign-in state, and the main landmark.
 * @module
 */
import { raw } from 'hono/html'
import type { Child } from 'hono/jsx'

/** What every page knows about the site and the reader. */
export interface PageContext {
  siteName: string
  /** Whether the reader is signed in as a member. */
  member: boolean
  /** Whether the site offers member sign-in at all. */
  signIn: boolean
  /** This page's path and query, to come back to after signing in or out. */
  here: string
}

export interface LayoutProps {
  page: PageContext
  title: string
  /** The page's own URL in its tidy form, which the script keeps in the address bar. */
  canonical?: string
  children?: Child
}

export function Layout({ page, title, canonical, children }: LayoutProps) {
  return (
    <>
      {raw('<!doctype html>')}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <title>{`${title} · ${page.siteName}`}</title>
          {canonical && <link rel="canonical" href={canonical} />}
          <link rel="icon" href="data:," />
          <link rel="stylesheet" href="/assets/site.css" />
          <script src="/assets/site.js" defer />
        </head>
        <body>
          <a class="skip-link" href="#main">
            Skip to content
          </a>
          <header class="banner">
            <a class="site-name" href="/">
              {page.siteName}
            </a>
            <SessionControl page={page} />
          </header>
          <main id="main" tabindex={-1}>
            {children}
          </main>
        </body>
      </html>
    </>
  )
}

function SessionControl({ page }: { page: PageContext }) {
  if (!page.signIn) return null
  if (page.member) {
    return (
      <form class="session" method="post" action="/sign-out">
        <span class="session-state">Signed in as a member</span>
        <input type="hidden" name="back" value={page.here} />
        <button type="submit" class="link-button">
          Sign out
        </button>
      </form>
    )
  }
  return (
    <a class="session" href={`/sign-in?back=${encodeURIComponent(page.here)}`}>
      Member sign-in
    </a>
  )
}
