/// <reference lib="dom" />
/**
 * Members-only works in Chromium: hidden from a reader who is not signed in, shown after signing in
 * with the member password, hidden again after signing out, and the members key never reaches the
 * browser: not in a page, a cookie, a script-visible value, or any response the browser received.
 * @module
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BROWSER_NOTE, HAS_CHROMIUM, launch } from './browser.js'
import { hitIds, open, settled } from './pages.js'
import { MEMBER_PASSWORD, MEMBERS_KEY } from './stack.js'

let browser: Browser
beforeAll(async () => {
  if (HAS_CHROMIUM) browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const RESTRICTED = 'hands-like-his'

describe.runIf(HAS_CHROMIUM)(`member sign-in ${BROWSER_NOTE}`, () => {
  it('shows members-only works to a signed-in member only, without the key reaching the browser', async () => {
    const { context, page, errors } = await open(browser, '/?q=hands+burke')
    const received: string[] = []
    page.on('response', async (response) => {
      received.push(
        `${JSON.stringify(await response.allHeaders())}\n${await response.text().catch(() => '')}`,
      )
    })
    expect(await hitIds(page)).not.toContain(RESTRICTED)

    await page.click('text=Member sign-in')
    await page.waitForURL((url) => url.pathname === '/sign-in')
    await page.fill('#password', MEMBER_PASSWORD)
    await page.press('#password', 'Enter')
    await page.waitForURL((url) => url.pathname === '/' && url.search === '?q=hands+burke')
    await settled(page)
    expect(await hitIds(page)).toContain(RESTRICTED)
    expect(await page.locator(`li.work[data-work-id="${RESTRICTED}"] .members-only`).textContent()).toBe(
      'Members only',
    )
    expect(await page.locator('.session-state').textContent()).toBe('Signed in as a member')

    const cookies = await context.cookies()
    expect(cookies.map((c) => c.name)).toEqual(['ficdex_member'])
    expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Lax' })
    expect(await page.evaluate(() => document.cookie)).toBe('')
    expect(JSON.stringify(cookies)).not.toContain(MEMBERS_KEY)
    expect(await page.content()).not.toContain(MEMBERS_KEY)

    await page.click(`li.work[data-work-id="${RESTRICTED}"] .work-title a`)
    await page.waitForURL((url) => url.pathname === `/works/${RESTRICTED}`)
    expect(await page.locator('h1').textContent()).toBe('Hands Like His')

    await page.click('text=Sign out')
    await page.waitForURL((url) => url.pathname === `/works/${RESTRICTED}`)
    expect(await page.locator('h1').textContent()).toBe('Not found')
    expect(await context.cookies()).toEqual([])

    expect(received.length).toBeGreaterThan(3)
    for (const response of received) expect(response).not.toContain(MEMBERS_KEY)
    expect(errors.filter((e) => !e.includes('404'))).toEqual([])
    await context.close()
  })

  it('says so when the password is wrong', async () => {
    const { context, page } = await open(browser, '/sign-in')
    await page.fill('#password', 'not the member password')
    await page.press('#password', 'Enter')
    await page.waitForURL((url) => url.pathname === '/sign-in')
    expect(await page.locator('[role="alert"]').textContent()).toBe('That is not the member password.')
    expect(await context.cookies()).toEqual([])
    await context.close()
  })
})
