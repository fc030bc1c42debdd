/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * The search page in Chromium, as a reader uses it: search, include a fandom, exclude a trope, page,
 * share the URL, go Back, pick a tag by a ship name, and all of it without script too. The facet
 * counts the page shows are checked against the API's own answer for the same URL.
 * @module
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FACET_VALUES } from '../src/api-query.js'
import { BROWSER_NOTE, HAS_CHROMIUM, launch } from './browser.js'
import { apiSearch, facetCounts, heading, hitIds, open, settled, where } from './pages.js'
import { publicApi } from './stack.js'

let browser: Browser
beforeAll(async () => {
  if (HAS_CHROMIUM) browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

const GREYS = "Grey's Anatomy"
const includeBox = (page: Page, kind: string, value: string) =>
  page.locator(`#facet-${kind} li.facet-value[data-value="${value}"] input.include`)
const excludeBox = (page: Page, kind: string, value: string) =>
  page.locator(`#facet-${kind} li.facet-value[data-value="${value}"] label.exclude-label`)

/**
 * Every facet value and count on the page equals the API's answer for the same search URL: the API's
 * top values, in its order, as many as the page shows for that kind.
 */
async function expectCountsMatchApi(page: Page) {
  const shown = await facetCounts(page)
  const url = new URL(page.url())
  const more = url.searchParams.getAll('more')
  const limit = more.length > 0 ? FACET_VALUES.more : FACET_VALUES.few
  const api = await apiSearch(page.url(), {
    facets: Object.keys(shown).join(','),
    facet_limit: String(limit),
  })
  const expected = Object.fromEntries(
    Object.keys(shown).map((kind) => [
      kind,
      (api.facets[kind]?.values ?? [])
        .slice(0, more.includes(kind) ? FACET_VALUES.more : FACET_VALUES.few)
        .map(({ value, count }) => [value, count]),
    ]),
  )
  expect(shown).toEqual(expected)
  expect(Object.values(shown).flat().length).toBeGreaterThan(10)
  return api
}

describe.runIf(HAS_CHROMIUM)(`the search page ${BROWSER_NOTE}`, () => {
  it('searches by text and marks every match in titles, summaries and tags', async () => {
    const { context, page, errors } = await open(browser, '/')
    await page.fill('#q', 'addison')
    await page.press('#q', 'Enter')
    await page.waitForURL((url) => url.search === '?q=addison')
    await settled(page)
    expect(await heading(page)).toMatch(/^1 – \d+ of \d+ works? for “addison”$/)
    // Every title, summary and tag that holds the word shows it marked, and nothing else is marked.
    const places = await page
      .locator('li.work :is(.work-title a, .summary, .work-fandoms a, .work-tags a)')
      .evaluateAll((elements) =>
        elements.map((element) => ({
          text: element.textContent ?? '',
          marks: [...element.querySelectorAll('mark')].map((mark) => mark.textContent ?? ''),
        })),
      )
    const holding = places.filter(({ text }) => /addison/i.test(text))
    expect(holding.length).toBeGreaterThan(10)
    for (const place of holding)
      expect(place, place.text).toMatchObject({ marks: expect.arrayContaining(['Addison']) })
    for (const { marks } of places) for (const mark of marks) expect(mark.toLowerCase()).toBe('addison')
    expect(errors).toEqual([])
    await context.close()
  })

  it('includes a fandom and excludes a trope, with counts that match the API', async () => {
    const { context, page, errors } = await open(browser, '/')
    const everything = await hitIds(page)

    await includeBox(page, 'fandom', GREYS).check()
    await page.waitForURL((url) => url.searchParams.get('fandom_any') === GREYS)
    await settled(page)
    const lines = await page.locator('li.work .work-fandoms').allInnerTexts()
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) expect(line).toContain(GREYS)
    expect(await includeBox(page, 'fandom', GREYS).isChecked()).toBe(true)
    // Focus stays on the box the reader ticked, though the list was drawn anew.
    expect(await page.evaluate(() => document.activeElement?.id)).toMatch(/^in-fandom-/)
    const withFandom = await expectCountsMatchApi(page)
    // The fandom facet still offers the other fandoms, each counted as if it were chosen instead.
    const fandoms = (await facetCounts(page)).fandom ?? []
    for (const other of [
      'Private Practice',
      'Pride and Prejudice - Jane Austen',
      'Star Trek: The Original Series',
    ]) {
      const shownCount = fandoms.find(([value]) => value === other)?.[1]
      expect(shownCount, other).toBe(
        (await apiSearch(`http://x/?fandom_any=${encodeURIComponent(other)}`)).total,
      )
    }

    await excludeBox(page, 'freeform', 'Angst').click()
    await page.waitForURL((url) => url.searchParams.get('freeform_not') === 'Angst')
    await settled(page)
    const tags = await page.locator('li.work .work-tags').allInnerTexts()
    for (const line of tags) expect(line.split(', ')).not.toContain('Angst')
    const withoutAngst = await expectCountsMatchApi(page)
    expect(withoutAngst.total).toBeLessThan(withFandom.total)
    expect(withFandom.total).toBeLessThan(everything.length + 100)
    expect(await hitIds(page)).toEqual(withoutAngst.hits.map((hit) => hit.work.id))
    expect(await page.locator('.chip').allInnerTexts()).toEqual([
      expect.stringContaining(`Fandom: ${GREYS}`),
      expect.stringContaining('Without additional tag: Angst'),
    ])
    expect(errors).toEqual([])
    await context.close()
  })

  it('pages through the results, and a shared URL shows the same page to someone else', async () => {
    const { context, page, errors } = await open(browser, '/?complete=true&sort=kudos')
    const first = await hitIds(page)
    expect(first).toHaveLength(20)
    await page.click('.pagination a[rel="next"]')
    await page.waitForURL((url) => url.searchParams.get('page') === '2')
    await settled(page)
    const second = await hitIds(page)
    expect(second.length).toBeGreaterThan(0)
    expect(second.filter((id) => first.includes(id))).toEqual([])
    expect(await heading(page)).toMatch(/^21 – \d+ of \d+ works$/)
    expect(await page.locator('.pagination [aria-current="page"]').textContent()).toContain('2')
    expect(second).toEqual(
      (await apiSearch(page.url(), { per_page: '20', sort: 'kudos' })).hits.map((h) => h.work.id),
    )

    const shared = await open(browser, where(page))
    expect(await hitIds(shared.page)).toEqual(second)
    expect(await heading(shared.page)).toBe(await heading(page))
    expect(await facetCounts(shared.page)).toEqual(await facetCounts(page))
    expect(await shared.page.locator('#sort').inputValue()).toBe('kudos')
    expect(await shared.page.locator('#complete').isChecked()).toBe(true)
    await shared.context.close()
    expect(errors).toEqual([])
    await context.close()
  })

  it('goes Back to the previous search, form and results alike', async () => {
    const { context, page, errors } = await open(browser, '/?q=addison')
    const before = { hits: await hitIds(page), heading: await heading(page) }
    await includeBox(page, 'fandom', 'Private Practice').check()
    await page.waitForURL((url) => url.searchParams.has('fandom_any'))
    await settled(page)
    expect(await heading(page)).not.toBe(before.heading)
    await page.goBack()
    await page.waitForURL((url) => url.search === '?q=addison')
    await settled(page)
    expect(await heading(page)).toBe(before.heading)
    expect(await hitIds(page)).toEqual(before.hits)
    expect(await includeBox(page, 'fandom', 'Private Practice').isChecked()).toBe(false)
    await page.goForward()
    await page.waitForURL((url) => url.searchParams.has('fandom_any'))
    await settled(page)
    expect(await includeBox(page, 'fandom', 'Private Practice').isChecked()).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })

  it('offers the canonical tag for a ship name, chosen with the keyboard', async () => {
    const { context, page, errors } = await open(browser, '/')
    await page.click('#picker-include')
    await page.keyboard.type('Addek')
    const option = page.locator('#picker-include-suggestions [role="option"]').first()
    // The list is redrawn as each letter's suggestions arrive: wait for the whole word's, whose first
    // option is the ship, rather than read whatever list "Add" drew first.
    await page.waitForFunction(() =>
      document
        .querySelector('#picker-include-suggestions [role="option"]')
        ?.textContent?.includes('Addison Montgomery/Derek Shepherd'),
    )
    expect(await option.textContent()).toContain('Addison Montgomery/Derek Shepherd')
    expect(await page.getAttribute('#picker-include', 'aria-expanded')).toBe('true')
    await page.keyboard.press('ArrowDown')
    expect(await page.getAttribute('#picker-include', 'aria-activedescendant')).toBe(
      await option.getAttribute('id'),
    )
    await page.keyboard.press('Enter')
    await page.waitForURL(
      (url) => url.searchParams.get('relationship') === 'Addison Montgomery/Derek Shepherd',
    )
    await settled(page)
    expect(await page.inputValue('#picker-include')).toBe('')
    expect(await page.locator('.chip').first().textContent()).toContain(
      'Relationship: Addison Montgomery/Derek Shepherd',
    )
    const api = await apiSearch(page.url())
    expect(await hitIds(page)).toEqual(api.hits.map((hit) => hit.work.id))
    expect(errors).toEqual([])
    await context.close()
  })

  it('shows more values of a facet', async () => {
    const { context, page } = await open(browser, '/')
    const few = await page.locator('#facet-character li.facet-value').count()
    expect(few).toBe(FACET_VALUES.few)
    await page.click('#more-character')
    await page.waitForURL((url) => url.searchParams.get('more') === 'character')
    await settled(page)
    expect(await page.locator('#facet-character li.facet-value').count()).toBeGreaterThan(few)
    await expectCountsMatchApi(page)
    await context.close()
  })

  it('searches among a facet’s values, with the API’s counts', async () => {
    const { context, page, errors } = await open(browser, `/?fandom_any=${encodeURIComponent(GREYS)}`)
    await page.fill('#find-character', 'shep')
    await page.waitForURL((url) => url.searchParams.get('find_character') === 'shep')
    await settled(page)
    const shown = (await facetCounts(page)).character ?? []
    const api = await publicApi().works.facetValues('character', {
      fandom_any: [GREYS],
      facet_query: 'shep',
      facet_limit: FACET_VALUES.few,
    })
    expect(shown).toEqual(api.values.map(({ value, count }) => [value, count]))
    expect(shown.map(([value]) => value)).toContain('Derek Shepherd')
    // The box keeps what was typed, and the search is in the URL to share.
    expect(await page.inputValue('#find-character')).toBe('shep')
    expect(errors).toEqual([])
    await context.close()
  })

  it('works without script: the form submits, and lands on the tidy URL', async () => {
    const { context, page } = await open(browser, '/', { javaScriptEnabled: false })
    await includeBox(page, 'fandom', 'Private Practice').check()
    await page.fill('#picker-exclude', 'angst')
    await page.click('.filter-actions button[type="submit"]')
    await page.waitForURL((url) => url.searchParams.has('fandom_any'))
    expect(where(page)).toBe('/?fandom_any=Private+Practice&freeform_not=Angst')
    const api = await apiSearch(page.url())
    expect(await hitIds(page)).toEqual(api.hits.map((hit) => hit.work.id))
    await expectCountsMatchApi(page)
    await context.close()
  })
})
