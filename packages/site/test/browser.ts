/**
 * Debian's Chromium driven by playwright-core, for the tests that need a real browser. Playwright
 * gives every launch a fresh temporary profile (its own `--user-data-dir`), so no state leaks between
 * runs. Without /usr/bin/chromium the browser tests are skipped and say why, except in CI, where
 * `.ci/run` installs it and a missing browser is a failure.
 * @module
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { type Browser, chromium, type Page } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'
export const HAS_CHROMIUM = existsSync(CHROMIUM)
if (!HAS_CHROMIUM && process.env.CI)
  throw new Error(`${CHROMIUM} is missing: .ci/run installs it with apt-get`)
/** Put in the names of browser suites, so a skipped run says why. */
export const BROWSER_NOTE = HAS_CHROMIUM
  ? 'in Chromium'
  : `skipped: ${CHROMIUM} is missing (apt-get install chromium)`

export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export const DESKTOP = { width: 1280, height: 900 }
export const PHONE = { width: 390, height: 844 }

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS })
}

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
