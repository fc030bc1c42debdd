/// <reference lib="dom" />
/**
 * Reading in Chromium: from a search to a work, its tags with the evidence for inferred ones, and its
 * chapters, checked against the API's text.
 * @module
 */
import { createClient } from '@ficdex/sdk'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { paragraphs } from '../src/components/chapter-text.js'
import { BROWSER_NOTE, HAS_CHROMIUM, launch } from './browser.js'
import { open, where } from './pages.js'
import { apiUrl, siteUrl } from './stack.js'

let browser: Browser
beforeAll(async () => {
  if (HAS_CHROMIUM) browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

describe.runIf(HAS_CHROMIUM)(`the work and chapter pages ${BROWSER_NOTE}`, () => {
  it('opens a work from the results and reads its chapters in order', async () => {
    const ficdex = createClient({ baseUrl: apiUrl() })
    const { context, page, errors } = await open(browser, '/?q=three+sundays')
    await page.click('li.work[data-work-id="three-sundays"] .work-title a')
    await page.waitForURL((url) => url.pathname === '/works/three-sundays')
    expect(await page.locator('h1').textContent()).toBe('Three Sundays')
    expect(await page.locator('.breadcrumb a').getAttribute('href')).toBe('/?q=three+sundays')
    expect(await page.locator('.chapter-list li').allTextContents()).toEqual([
      'Chapter 1: Sunday One: Pancakes',
      'Chapter 2: Sunday Two: The Booth',
      'Chapter 3: Sunday Three: The Check',
    ])

    await page.click('text=Start reading')
    await page.waitForURL((url) => url.pathname === '/works/three-sundays/chapters/1')
    expect(await page.locator('h1').textContent()).toBe('Chapter 1: Sunday One: Pancakes')
    const one = await ficdex.works.chapter('three-sundays', 1)
    expect(await page.locator('.chapter-text p').allTextContents()).toEqual(paragraphs(one.body))
    expect(await page.locator('.chapter-text p').count()).toBeGreaterThan(2)

    await page.locator('.chapter-nav a[rel="next"]').first().click()
    await page.waitForURL((url) => url.pathname === '/works/three-sundays/chapters/2')
    const two = await ficdex.works.chapter('three-sundays', 2)
    expect(await page.locator('.chapter-text p').first().textContent()).toBe(paragraphs(two.body)[0])
    expect(await page.locator('.chapter-nav').first().textContent()).toContain('Chapter 2 of 3')
    expect(errors).toEqual([])
    await context.close()
  })

  it('marks inferred tags and shows their evidence on demand', async () => {
    const { context, page, errors } = await open(browser, '/works/night-shift')
    const inferred = page.locator('.tag-list li.inferred', { hasText: 'Alex Karev' })
    const evidence = inferred.locator('details.evidence')
    expect(await evidence.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false)
    expect(await inferred.locator('.evidence-body').isVisible()).toBe(false)
    await inferred.locator('summary').click()
    expect(await inferred.locator('.evidence-body').isVisible()).toBe(true)
    expect(await inferred.locator('.evidence-body').textContent()).toContain('Inferred from the text')
    expect(await inferred.locator('.evidence-body li').allTextContents()).toEqual(['Alex', 'Alex Karev'])
    // A one-chapter work is read on its own page.
    expect(await page.locator('.work-text .chapter-text p').count()).toBeGreaterThan(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('shows no date for a work whose source gave none, on its page and in the results', async () => {
    const ficdex = createClient({ baseUrl: apiUrl() })
    const work = await ficdex.works.get('night-shift')
    expect(work.publishedAt).toBeNull()
    expect(work.updatedAt).toBeNull()

    const { context, page, errors } = await open(browser, '/works/night-shift')
    const stats = (await page.locator('.work-stats dt').allTextContents()).map((label) => label.trim())
    expect(stats).toContain('Words:')
    expect(stats).not.toContain('Published:')
    expect(stats).not.toContain('Completed:')
    expect(stats).not.toContain('Updated:')
    const text = (await page.locator('main').textContent()) ?? ''
    expect(text).not.toMatch(/1970|Invalid Date|NaN/)

    // In the results, newest first: the undated story comes after every dated one and shows no date.
    await page.goto(`${siteUrl()}/?q=Karev&sort=updated`)
    const blurb = page.locator('li.work[data-work-id="night-shift"]')
    expect(await blurb.count()).toBe(1)
    expect(await blurb.locator('.work-date').count()).toBe(0)
    expect((await blurb.textContent()) ?? '').not.toMatch(/1970|Invalid Date|NaN/)
    const ids = await page
      .locator('li.work')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-work-id')))
    expect(ids.length).toBeGreaterThan(1)
    expect(ids.at(-1)).toBe('night-shift')
    expect(errors).toEqual([])
    await context.close()
  })

  it('links a tag to the works that carry it', async () => {
    const { context, page } = await open(browser, '/works/three-sundays')
    const fandom = page.locator('.work-meta a.tag-fandom').first()
    const name = (await fandom.textContent()) ?? ''
    await fandom.click()
    await page.waitForURL((url) => url.pathname === '/')
    expect(new URL(page.url()).searchParams.get('fandom')).toBe(name)
    expect(where(page)).toMatch(/^\/\?fandom=/)
    await context.close()
  })
})
