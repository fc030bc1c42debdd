/**
 * The site's routes, in process, over the real API that the global setup serves on a port.
 * @module
 */
import { describe, expect, it } from 'vitest'
import { apiUrl, MEMBER_PASSWORD, MEMBERS_KEY } from '../test/stack.js'
import { createSite } from './app.js'
import { SESSION_COOKIE } from './session.js'

const SECRET = 'app-test-session-secret-0123456789abcdef'
const site = () =>
  createSite({
    apiUrl: apiUrl(),
    members: { password: MEMBER_PASSWORD, apiKey: MEMBERS_KEY },
    sessionSecret: SECRET,
  })
const RESTRICTED = 'hands-like-his'
const SITE = 'http://site.test'

async function page(path: string, init?: RequestInit) {
  const response = await site().request(`${SITE}${path}`, init)
  return { response, html: await response.text() }
}

async function signIn(app = site(), password = MEMBER_PASSWORD) {
  return app.request(`${SITE}/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: SITE },
    body: new URLSearchParams({ password, back: '/?q=hands' }),
  })
}

describe('the search page', () => {
  it('lists works with their facets, and links to itself in tidy form', async () => {
    const { response, html } = await page('/?fandom_any=Private%20Practice&sort=kudos')
    expect(response.status).toBe(200)
    expect(response.headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain('<link rel="canonical" href="/?fandom_any=Private+Practice&amp;sort=kudos"/>')
    expect(html).toContain('id="facet-freeform"')
    expect(html).toMatch(/of 10 works|of \d+ works/)
  })

  it('offers the languages the works are in, with what each would find, the chosen one selected', async () => {
    const { html } = await page('/?lang=es')
    expect(html).toMatch(/<option value="en">English \(\d+\)<\/option>/)
    expect(html).toMatch(/<option value="es" selected(="")?>Spanish \(\d+\)<\/option>/)
    // Only languages some work is in: no empty choices.
    expect(html).not.toContain('<option value="ja">')
  })

  it('moves a form submitted without script to its tidy URL', async () => {
    const { response } = await page('/?q=ferry&words_min=&lang=&fandom_any=Grey%27s+Anatomy')
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe('/?q=ferry&fandom_any=Grey%27s+Anatomy')
  })

  it('resolves tags typed into the other-tags boxes, by synonym or ship name', async () => {
    const { response } = await page('/?other_tags=Addek&excluded_tags=angst')
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe(
      '/?relationship=Addison+Montgomery%2FDerek+Shepherd&freeform_not=Angst',
    )
  })

  it('keeps a typed tag that matches nothing, and says so', async () => {
    const { response, html } = await page('/?other_tags=zzqqxx')
    expect(response.status).toBe(200)
    expect(html).toContain('No tag is called “zzqqxx”.')
    expect(html).toContain('value="zzqqxx"')
  })

  it('shows what the API refused, beside the form', async () => {
    const { response, html } = await page('/?words_min=5000&words_max=100')
    expect(response.status).toBe(200)
    expect(html).toContain('role="alert"')
    expect(html).toContain('words_max: must not be less than words_min')
  })

  it('reports unusable parameters and searches without them', async () => {
    const { html } = await page('/?words_min=lots')
    expect(html).toContain('Words from must be a whole number; “lots” was left out.')
    expect(html).toContain('works</h2>')
  })
})

describe('work and chapter pages', () => {
  it('shows a missing work as a 404 page', async () => {
    const { response, html } = await page('/works/no-such-work')
    expect(response.status).toBe(404)
    expect(html).toContain('Not found')
  })

  it('shows a chapter past the end as a 404 page', async () => {
    const { response } = await page('/works/three-sundays/chapters/9')
    expect(response.status).toBe(404)
  })

  it('answers 503 with a page when the API cannot be reached', async () => {
    const app = createSite({ apiUrl: 'http://127.0.0.1:9', sessionSecret: SECRET })
    const response = await app.request(`${SITE}/works/three-sundays`)
    expect(response.status).toBe(503)
    expect(await response.text()).toContain('The archive is not answering')
  })
})

describe('members', () => {
  it('hides members-only works from readers who are not signed in', async () => {
    expect((await page(`/works/${RESTRICTED}`)).response.status).toBe(404)
  })

  it('refuses a wrong password', async () => {
    const response = await signIn(site(), 'not the password')
    expect(response.status).toBe(401)
    expect(response.headers.get('Set-Cookie')).toBeNull()
  })

  it('refuses an address after five wrong passwords, even with the right one', async () => {
    const app = site()
    for (let i = 0; i < 5; i++) expect((await signIn(app, 'wrong')).status).toBe(401)
    expect((await signIn(app)).status).toBe(429)
  })

  it('signs in with an HttpOnly session cookie that holds no key, and shows members-only works', async () => {
    const app = site()
    const response = await signIn(app)
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe('/?q=hands')
    const cookie = response.headers.get('Set-Cookie') ?? ''
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=`))
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Lax')
    expect(cookie).not.toContain(MEMBERS_KEY)
    const session = cookie.split(';')[0] ?? ''
    const work = await app.request(`${SITE}/works/${RESTRICTED}`, { headers: { Cookie: session } })
    expect(work.status).toBe(200)
    const html = await work.text()
    expect(html).toContain('Members only')
    expect(html).toContain('Signed in as a member')
    expect(html).not.toContain(MEMBERS_KEY)
    expect(work.headers.get('Cache-Control')).toBe('private, no-store')
  })

  it('ignores a session cookie that was tampered with', async () => {
    const response = await signIn()
    const session = (response.headers.get('Set-Cookie') ?? '').split(';')[0] ?? ''
    const forged = session.replace(/=(\d+)\./, (_, expires) => `=${Number(expires) + 1}.`)
    expect(forged).not.toBe(session)
    expect(
      (await site().request(`${SITE}/works/${RESTRICTED}`, { headers: { Cookie: forged } })).status,
    ).toBe(404)
  })

  it('refuses a sign-in posted from another site', async () => {
    const response = await site().request(`${SITE}/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'https://evil.example' },
      body: new URLSearchParams({ password: MEMBER_PASSWORD }),
    })
    expect(response.status).toBe(403)
  })

  it('goes back only to paths on this site', async () => {
    const app = site()
    const response = await app.request(`${SITE}/sign-out`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: SITE },
      body: new URLSearchParams({ back: '//evil.example/' }),
    })
    expect(response.status).toBe(303)
    expect(response.headers.get('Location')).toBe('/')
    expect(response.headers.get('Set-Cookie')).toMatch(new RegExp(`^${SESSION_COOKIE}=;`))
  })
})

describe('suggestions and assets', () => {
  it('suggests canonical tags for a ship name', async () => {
    const response = await site().request(`${SITE}/suggest?q=addek`)
    const { tags } = (await response.json()) as { tags: { kind: string; name: string; matched: string }[] }
    expect(tags[0]).toMatchObject({
      kind: 'relationship',
      name: 'Addison Montgomery/Derek Shepherd',
      matched: 'Addek',
    })
  })

  it('serves the script with an ETag and answers 304 when it has not changed', async () => {
    const app = site()
    const first = await app.request(`${SITE}/assets/site.js`)
    expect(first.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8')
    const etag = first.headers.get('ETag') ?? ''
    const again = await app.request(`${SITE}/assets/site.js`, { headers: { 'If-None-Match': etag } })
    expect(again.status).toBe(304)
  })

  it('sends a Content-Security-Policy that allows only its own scripts', async () => {
    const { response } = await page('/')
    expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'")
  })
})
