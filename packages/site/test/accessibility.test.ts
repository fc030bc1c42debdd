/// <reference lib="dom" />
/**
 * Accessibility in Chromium: the whole path by keyboard alone with a visible focus, and axe-core over
 * every kind of page at desktop and phone widths with no serious or critical violation. The run
 * writes screenshots of each page at both widths to test-results/screenshots/.
 * @module
 */
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  BROWSER_NOTE,
  DESKTOP,
  HAS_CHROMIUM,
  launch,
  PHONE,
  screenshot,
  seriousViolations,
} from './browser.js'
import { open, settled } from './pages.js'

let browser: Browser
beforeAll(async () => {
  if (HAS_CHROMIUM) browser = await launch()
})
afterAll(async () => {
  await browser?.close()
})

/** What has the focus: its tag, id, class and text, and whether a focus ring is drawn for it. */
function focused(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element) return null
    // The exclude box is drawn by its label, which carries the ring.
    const drawn = element.matches('input.exclude') ? (element.nextElementSibling as HTMLElement) : element
    const style = getComputedStyle(drawn)
    return {
      tag: element.tagName.toLowerCase(),
      id: element.id,
      className: element.className,
      text: (element.textContent ?? '').trim(),
      value: (element as HTMLInputElement).value ?? '',
      workTitle: element.closest('.work-title') !== null,
      ring: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
    }
  })
}

/** Presses Tab until the focus is on an element matching the predicate; fails after `max` presses. */
async function tabTo(
  page: Page,
  wanted: (el: NonNullable<Awaited<ReturnType<typeof focused>>>) => boolean,
  { max = 100 } = {},
) {
  const trail: string[] = []
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const element = await focused(page)
    trail.push(
      `${element?.tag}#${element?.id}.${element?.className}[${element?.value || element?.text.slice(0, 20)}]`,
    )
    if (element && wanted(element)) {
      expect(element.ring, `no focus ring on ${JSON.stringify(element)}`).toBe(true)
      return element
    }
  }
  throw new Error(`Tab did not reach the element within ${max} presses: ${trail.slice(0, 40).join(' → ')}`)
}

describe.runIf(HAS_CHROMIUM)(`accessibility ${BROWSER_NOTE}`, () => {
  it('searches, filters, opens a work and reads on, by keyboard alone', async () => {
    const { context, page, errors } = await open(browser, '/')
    await page.keyboard.press('Tab')
    expect(await focused(page)).toMatchObject({ tag: 'a', className: 'skip-link', ring: true })
    await page.keyboard.press('Enter')
    expect((await focused(page))?.id).toBe('main')

    await tabTo(page, (el) => el.id === 'q')
    await page.keyboard.type('addison')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.search === '?q=addison')
    await settled(page)

    await tabTo(page, (el) => el.className === 'include' && el.value === 'Private Practice')
    await page.keyboard.press('Space')
    await page.waitForURL((url) => url.searchParams.get('fandom_any') === 'Private Practice')
    await settled(page)
    expect(await focused(page)).toMatchObject({ value: 'Private Practice', ring: true })

    const trope = (await page.locator('#facet-freeform input.exclude').first().getAttribute('value')) ?? ''
    await tabTo(page, (el) => el.className === 'exclude' && el.value === trope)
    await page.keyboard.press('Space')
    await page.waitForURL((url) => url.searchParams.get('freeform_not') === trope)
    await settled(page)

    const title = await tabTo(page, (el) => el.workTitle)
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname.startsWith('/works/'))
    expect(await page.locator('h1').textContent()).toBe(title.text)
    expect(errors).toEqual([])
    await context.close()
  })

  it('skips past the filters to the results by keyboard', async () => {
    const { context, page } = await open(browser, '/?q=addison')
    await page.focus('#q')
    const skip = await tabTo(page, (el) => el.text === 'Skip to results')
    expect(skip.tag).toBe('a')
    expect(await page.locator('.filters .skip-inline').isVisible()).toBe(true)
    await page.keyboard.press('Enter')
    expect((await focused(page))?.id).toBe('results-heading')
    await tabTo(page, (el) => el.workTitle, { max: 10 })
    await context.close()
  })

  it('reads a chapter and moves to the next one by keyboard alone', async () => {
    const { context, page } = await open(browser, '/works/three-sundays')
    await tabTo(page, (el) => el.text === 'Start reading')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname.endsWith('/chapters/1'))
    await tabTo(page, (el) => el.text === 'Next chapter →')
    await page.keyboard.press('Enter')
    await page.waitForURL((url) => url.pathname.endsWith('/chapters/2'))
    await context.close()
  })

  const PAGES = [
    ['search', '/?q=addison&fandom_any=Private+Practice&freeform_not=Angst'],
    ['search-empty', '/?q=zzqqxxyy'],
    ['search-problems', '/?words_min=lots&other_tags=zzqqxx'],
    ['work', '/works/night-shift'],
    ['chapter', '/works/three-sundays/chapters/2'],
    ['sign-in', '/sign-in'],
    ['not-found', '/works/no-such-work'],
  ] as const

  for (const [name, path] of PAGES) {
    for (const [width, viewport] of [
      ['desktop', DESKTOP],
      ['phone', PHONE],
    ] as const) {
      it(`${name} at ${width} width has no serious axe violations`, async () => {
        const { context, page, errors } = await open(browser, path, { viewport })
        // Open what is folded, so that axe and the screenshot see it.
        if (width === 'phone' && name === 'search') await page.click('#filters > summary')
        for (const summary of await page.locator('details.evidence > summary').all()) await summary.click()
        await screenshot(page, `${name}-${width}`)
        expect(await seriousViolations(page)).toEqual([])
        // Nothing on the page is wider than the screen.
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          viewport.width,
        )
        expect(errors.filter((e) => !e.includes('404'))).toEqual([])
        await context.close()
      })
    }
  }
})
