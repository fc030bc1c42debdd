/**
 * `GET /sign-in`, `POST /sign-in`, `POST /sign-out`: member sessions (see `session.ts`).
 * @module
 */
import type { Context } from 'hono'
import { SignInPage } from '../pages/sign-in-page.js'
import { endSession, passwordMatches, startSession } from '../session.js'
import type { SiteApp, SiteDeps, SiteEnv } from '../site-env.js'

/** Where to go after signing in or out: a path on this site, never another site. */
export function localPath(back: unknown): string {
  return typeof back === 'string' && back.startsWith('/') && !back.startsWith('//') && !back.includes('\\')
    ? back
    : '/'
}

/** The reader's network address, for throttling guesses. */
function address(c: Context): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming
  return incoming?.socket?.remoteAddress ?? 'unknown'
}

export function registerSession(app: SiteApp, { options, throttle }: SiteDeps): void {
  const members = options.members
  if (!members) return

  app.get('/sign-in', (c) =>
    c.html(<SignInPage page={c.get('page')} back={localPath(c.req.query('back'))} />),
  )

  app.post('/sign-in', async (c: Context<SiteEnv>) => {
    const form = await c.req.parseBody()
    const back = localPath(form.back)
    const from = address(c)
    const wait = throttle.wait(from)
    if (wait > 0) {
      const error = `Too many wrong passwords. Try again in ${Math.ceil(wait / 60)} minutes.`
      return c.html(<SignInPage page={c.get('page')} back={back} error={error} />, 429)
    }
    if (typeof form.password !== 'string' || !passwordMatches(form.password, members.password)) {
      throttle.failed(from)
      return c.html(
        <SignInPage page={c.get('page')} back={back} error="That is not the member password." />,
        401,
      )
    }
    throttle.succeeded(from)
    await startSession(c, options.sessionSecret)
    return c.redirect(back, 303)
  })

  app.post('/sign-out', async (c) => {
    const form = await c.req.parseBody()
    endSession(c)
    return c.redirect(localPath(form.back), 303)
  })
}
