/**
 * The site's browser-test helpers over the one Chromium launch every package shares
 * (`@ficdex/chromium`): the two widths the page is checked at, screenshots, and axe-core.
 * @module
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'

export { BROWSER_NOTE, HAS_CHROMIUM, launchChromium as launch } from '@ficdex/chromium'

export const DESKTOP = { width: 1280, height: 900 }
export const PHONE = { width: 390, height: 844 }

/** Where the test run writes screenshots (ignored by git). */
export const SCREENSHOTS = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url))

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true })
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true })
}

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: string[]
}

/** Runs axe-core in the page; the violations of impact `serious` or `critical`. */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
  await page.evaluate(AXE_SOURCE)
  const violations = await page.evaluate(async () => {
    const { axe } = globalThis as unknown as { axe: { run: () => Promise<{ violations: unknown[] }> } }
    const result = await axe.run()
    return result.violations as {
      id: string
      impact: string | null
      help: string
      nodes: { target: unknown[] }[]
    }[]
  })
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }))
}
