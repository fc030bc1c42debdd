/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Reading the site's pages in the browser the way a reader sees them, and asking the API the same
 * questions directly, for the browser tests.
 * @module
 */
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { expect } from 'vitest'
import { DESKTOP } from './browser.js'
import { apiUrl, siteUrl } from './stack.js'

export interface Opened {
  context: BrowserContext
  page: Page
  /** Script errors and console errors the page raised. */
  errors: string[]
}

/** A page in a fresh context (no cookies, no history), recording script errors. */
export async function open(
  browser: Browser,
  path: string,
  options: { viewport?: { width: number; height: number }; javaScriptEnabled?: boolean } = {},
): Promise<Opened> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  await page.goto(`${siteUrl()}${path}`)
  return { context, page, errors }
}

/** Waits until the page's script has put the answer to the last change on the page. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('#results[aria-busy="true"]'))
}

/** The page's path and query. */
export const where = (page: Page) => {
  const url = new URL(page.url())
  return `${url.pathname}${url.search}`
}

export const heading = (page: Page) => page.locator('#results-heading').textContent()

/** The ids of the works listed, in order. */
export const hitIds = (page: Page) =>
  page
    .locator('li.work')
    .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.workId ?? ''))

/** Every facet value the page shows with a count, per kind, in the order shown. */
export function facetCounts(page: Page): Promise<Record<string, [string, number][]>> {
  return page.locator('fieldset.facet').evaluateAll((facets) =>
    Object.fromEntries(
      facets.map((facet) => [
        (facet as HTMLElement).dataset.kind ?? '',
        [...facet.querySelectorAll<HTMLElement>('li.facet-value')]
          .filter((row) => row.dataset.count !== '')
          .map((row) => {
            const label = row.querySelector('.include-label')
            const name = label?.querySelector('.value-name')?.textContent ?? ''
            const count = Number(
              label?.querySelector('.count')?.firstChild?.textContent?.replace(/,/g, '') ?? Number.NaN,
            )
            return [name, count] as [string, number]
          }),
      ]),
    ),
  )
}

/** The page's own parameters, which the API does not take. */
const SITE_ONLY = /^(more|find_.+)$/

/** What the API answers for the search a page URL holds, asked over HTTP with no key. */
export async function apiSearch(pageUrl: string, extra: Record<string, string> = {}) {
  const params = new URLSearchParams()
  for (const [name, value] of new URL(pageUrl).searchParams)
    if (!SITE_ONLY.test(name)) params.append(name, value)
  for (const [name, value] of Object.entries(extra)) params.set(name, value)
  const response = await fetch(`${apiUrl()}/v1/works?${params}`)
  expect(response.status).toBe(200)
  return (await response.json()) as {
    total: number
    hits: { work: { id: string } }[]
    facets: Record<
      string,
      { values: { value: string; count: number }[]; more: boolean; disjunctive: boolean }
    >
  }
}
