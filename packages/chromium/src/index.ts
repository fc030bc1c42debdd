/**
 * Debian's Chromium driven by playwright-core, for the tests that need a real browser: one launch with
 * one set of flags for every package. Playwright gives each launch a fresh temporary profile (its own
 * `--user-data-dir`), so nothing leaks between runs. The flags keep the browser off the network it
 * would otherwise call home on, which this machine's closed network refuses anyway.
 *
 * Without /usr/bin/chromium the browser tests are skipped and say why in their names, except in CI,
 * where `.ci/run` installs it and a missing browser is a failure.
 * @module
 */
import { existsSync } from 'node:fs'
import { type Browser, chromium } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'
export const HAS_CHROMIUM = existsSync(CHROMIUM)

/** Put in the name of a browser suite, so that a skipped run says why. */
export const BROWSER_NOTE = HAS_CHROMIUM
  ? 'in Chromium'
  : `skipped: ${CHROMIUM} is missing (apt-get install chromium)`

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const

/** Starts Chromium; close it when done. Throws in CI when the browser is missing. */
export function launchChromium(): Promise<Browser> {
  if (!HAS_CHROMIUM && process.env.CI) {
    throw new Error(`${CHROMIUM} is missing: .ci/run installs it with apt-get`)
  }
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_FLAGS] })
}
