import type { SearchEngine } from '@ficdex/core'
import { createApp } from '@ficdex/server'
import { serve } from '@hono/node-server'
import { toRequestBody } from './http/request-body.ts'
import { timeSequentialRequests } from './http/sequential-requests.ts'
import { buildQueryMix } from './query-mix.ts'

const fixed = { hits: [], total: 0, page: 1, perPage: 20, totalPages: 0, facets: {}, stats: {} }
const engine = {
  name: 'fixed',
  search: async () => fixed,
  upsert: async () => {},
  delete: async () => {},
  get: async () => null,
  hashes: async () => new Map(),
  count: async () => 0,
  close: async () => {},
} as SearchEngine
const app = createApp({ engine })
const mix = buildQueryMix('1', 20)
const bodies = mix.faceted.map((q) => JSON.stringify(toRequestBody(q)))
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, async (info) => {
  for (let r = 0; r < 3; r++) {
    const s = await timeSequentialRequests(info.port, bodies, 1)
    console.log('sequential p50', s.p50.toFixed(2), 'p99', s.p99.toFixed(2), 'n', s.n)
  }
  server.close()
  process.exit(0)
})
