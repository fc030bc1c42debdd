/**
 * One real stack for the site's tests: the sample corpus indexed by the indexer into a fresh SQLite
 * file, the API app serving it over HTTP on a free port with a members key, and the site serving over
 * HTTP on another, talking to the API through the SDK as it does in production.
 * @module
 */
import { mkdtempSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defaultVocabulary, openEmbeddedEngine } from '@ficdex/core'
import { indexPaths } from '@ficdex/indexer'
import { createApp } from '@ficdex/server'
import { type ServerType, serve } from '@hono/node-server'
import type { TestProject } from 'vitest/node'
import { createSite } from '../src/app.js'
import { MEMBER_PASSWORD, MEMBERS_KEY } from './stack.js'

const CORPUS = fileURLToPath(new URL('../../../corpus', import.meta.url))

function listen(
  fetch: (request: Request) => Response | Promise<Response>,
): Promise<{ server: ServerType; url: string }> {
  return new Promise((resolve) => {
    const server = serve({ fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) =>
      resolve({ server, url: `http://127.0.0.1:${info.port}` }),
    )
  })
}

const close = (server: ServerType) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve())
    if ('closeAllConnections' in server) server.closeAllConnections()
  })

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'ficdex-site-'))
  const engine = await openEmbeddedEngine({ path: join(dir, 'ficdex.db') })
  const report = await indexPaths([CORPUS], engine)
  if (report.failed.length > 0)
    throw new Error(`indexing the corpus failed: ${JSON.stringify(report.failed)}`)
  const api = await listen(
    createApp({
      engine,
      vocabulary: defaultVocabulary(),
      apiKeys: [{ scope: 'members', key: MEMBERS_KEY }],
    }).fetch,
  )
  const site = await listen(
    createSite({
      apiUrl: api.url,
      members: { password: MEMBER_PASSWORD, apiKey: MEMBERS_KEY },
      sessionSecret: 'site-test-session-secret-0123456789abcdef',
    }).fetch,
  )
  project.provide('apiUrl', api.url)
  project.provide('siteUrl', site.url)
  return async () => {
    await close(site.server)
    await close(api.server)
    await engine.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string
    siteUrl: string
  }
}
