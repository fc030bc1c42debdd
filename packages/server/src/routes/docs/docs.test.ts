import type { AddressInfo } from 'node:net'
import { BROWSER_NOTE, HAS_CHROMIUM, launchChromium } from '@ficdex/chromium'
import { serve } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../../test/helpers/create-test-app.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.close())

describe('GET /docs', () => {
  it('answers the reference page, held to this origin by its Content-Security-Policy', async () => {
    const res = await t.app.request('/docs')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'")
    const html = await res.text()
    expect(html).toContain('data-url="/openapi.json"')
    expect(html).not.toMatch(/https?:\/\//)
  })

  it('serves Scalar’s script from the installed package', async () => {
    const res = await t.app.request('/docs/scalar.js')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toContain('text/javascript')
    expect((await res.text()).length).toBeGreaterThan(1_000_000)
  })
})

describe.skipIf(!HAS_CHROMIUM && !process.env.CI)(`/docs ${BROWSER_NOTE}`, () => {
  it('renders every operation from /openapi.json, asking nothing of any other origin', async () => {
    const server = serve({ fetch: t.app.fetch, port: 0, hostname: '127.0.0.1' })
    await new Promise((resolve) => server.once('listening', resolve))
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      const elsewhere: string[] = []
      const errors: string[] = []
      await page.route('**/*', (route) => {
        const url = route.request().url()
        if (url.startsWith(origin) || url.startsWith('data:')) return route.continue()
        elsewhere.push(url)
        return route.abort()
      })
      // Uncaught errors only: Scalar probes whether it may `eval`, and the policy's refusal is logged.
      page.on('pageerror', (error) => errors.push(error.message))
      const document = (await (await t.app.request('/openapi.json')).json()) as {
        paths: Record<string, Record<string, { summary: string }>>
      }
      const summaries = Object.values(document.paths).flatMap((ops) =>
        Object.values(ops).map((op) => op.summary),
      )

      await page.goto(`${origin}/docs`)
      await page.getByRole('heading', { name: 'ficdex API' }).first().waitFor({ timeout: 30_000 })
      const text = await page.textContent('body')
      for (const summary of summaries) expect(text, summary).toContain(summary)
      expect(elsewhere).toEqual([])
      expect(errors).toEqual([])
    } finally {
      await browser.close()
      server.close()
    }
  })
})
