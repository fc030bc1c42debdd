import { describe, expect, it } from 'vitest'
import { BROWSER_NOTE, HAS_CHROMIUM, launchChromium } from './index.js'

describe.skipIf(!HAS_CHROMIUM && !process.env.CI)(`launchChromium (${BROWSER_NOTE})`, () => {
  it('renders a page and runs its script', async () => {
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      await page.setContent(
        '<p id="out"></p><script>document.getElementById("out").textContent = String(1 + 1)</script>',
      )
      expect(await page.textContent('#out')).toBe('2')
    } finally {
      await browser.close()
    }
  })
})
