/**
 * A recording stand-in for a Meilisearch server on a loopback port, for the tests of what the engine
 * sends where no Meilisearch server can run. It answers only the routes the engine's open and write
 * paths use (indexes, settings, documents, stats, tasks, search, multi-search), keeps the documents sent to each
 * index, and records every request. It evaluates no filter: a search answers the documents the index
 * holds, ordered by the first `sort` attribute when one is given (numbers only) and cut to `limit`. What the real server does with settings, filters
 * and the change log is the opt-in contract suite's business, not this one's.
 * @module
 */
import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedRequest {
  method: string
  path: string
  body: unknown
}

export interface FakeMeilisearch {
  url: string
  requests: RecordedRequest[]
  /** Answer settings updates with 403, as Meilisearch does for a key without `settings.update`. */
  forbidSettings: boolean
  /** Documents kept per index (only what the tests read back). */
  documents: Map<string, Record<string, unknown>[]>
  /** Bodies of the settings updates of the works index `index` (default `works`), in order. */
  settingsSent(index?: string): Record<string, unknown>[]
  close(): Promise<void>
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  if (text === '') return undefined
  if ((request.headers['content-type'] ?? '').includes('ndjson'))
    return text
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as unknown)
  return JSON.parse(text) as unknown
}

export async function startFakeMeilisearch(): Promise<FakeMeilisearch> {
  const requests: RecordedRequest[] = []
  const documents = new Map<string, Record<string, unknown>[]>()
  const indexes = new Set<string>()
  let nextTask = 0
  const state = { forbidSettings: false }

  const server: Server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://fake')
    const path = url.pathname
    const method = request.method ?? 'GET'
    const body = await readBody(request)
    requests.push({ method, path, body })
    const send = (status: number, value: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(value))
    }
    const enqueue = (indexUid: string | null) =>
      send(202, {
        taskUid: nextTask++,
        indexUid,
        status: 'enqueued',
        type: 'documentAdditionOrUpdate',
        enqueuedAt: new Date().toISOString(),
      })
    const parts = path.split('/').filter(Boolean)
    if (method === 'GET' && parts[0] === 'tasks') {
      const at = new Date().toISOString()
      return send(200, {
        uid: Number(parts[1]),
        batchUid: Number(parts[1]),
        indexUid: null,
        status: 'succeeded',
        type: 'documentAdditionOrUpdate',
        canceledBy: null,
        details: null,
        error: null,
        duration: 'PT0S',
        enqueuedAt: at,
        startedAt: at,
        finishedAt: at,
      })
    }
    if (method === 'POST' && path === '/indexes') {
      indexes.add((body as { uid: string }).uid)
      return enqueue((body as { uid: string }).uid)
    }
    const uid = parts[1] ?? ''
    const notFound = () =>
      send(404, {
        message: `Index \`${uid}\` not found.`,
        code: 'index_not_found',
        type: 'invalid_request',
        link: 'https://docs.meilisearch.com/errors#index_not_found',
      })
    if (parts[0] === 'indexes' && parts.length === 2 && method === 'GET')
      return indexes.has(uid) ? send(200, { uid, primaryKey: 'id' }) : notFound()
    if (parts[0] === 'indexes' && parts.length === 2 && method === 'DELETE') {
      indexes.delete(uid)
      documents.delete(uid)
      return enqueue(uid)
    }
    if (method === 'POST' && path === '/multi-search') {
      const { queries } = body as { queries: { indexUid: string; limit?: number }[] }
      const missing = queries.find((query) => !indexes.has(query.indexUid))
      if (missing !== undefined) return notFound()
      return send(200, {
        results: queries.map((query) => {
          const hits = (documents.get(query.indexUid) ?? []).slice(0, query.limit ?? 20)
          return { indexUid: query.indexUid, hits, query: '', processingTimeMs: 0, totalHits: hits.length }
        }),
      })
    }
    if (parts[0] === 'indexes' && parts[2] === 'settings' && method === 'PATCH') {
      if (state.forbidSettings)
        return send(403, {
          message: 'The provided API key is invalid.',
          code: 'invalid_api_key',
          type: 'auth',
          link: 'https://docs.meilisearch.com/errors#invalid_api_key',
        })
      return enqueue(uid)
    }
    if (parts[0] === 'indexes' && parts[2] === 'stats' && method === 'GET') {
      return send(200, { numberOfDocuments: (documents.get(uid) ?? []).length, isIndexing: false })
    }
    const documentPage = parts[0] === 'indexes' && parts[2] === 'documents'
    if (documentPage && (method === 'GET' || parts[3] === 'fetch')) {
      const asked = (method === 'GET' ? Object.fromEntries(url.searchParams) : body) as Record<
        string,
        unknown
      >
      const offset = Number(asked.offset ?? 0)
      const limit = Number(asked.limit ?? 20)
      const kept = documents.get(uid) ?? []
      return send(200, { results: kept.slice(offset, offset + limit), offset, limit, total: kept.length })
    }
    if (documentPage && parts[3] === 'delete-batch') {
      const gone = new Set(body as string[])
      documents.set(
        uid,
        (documents.get(uid) ?? []).filter((document) => !gone.has(document.id as string)),
      )
      return enqueue(uid)
    }
    if (documentPage && method === 'POST') {
      indexes.add(uid)
      const kept = documents.get(uid) ?? []
      for (const document of body as Record<string, unknown>[]) {
        const at = kept.findIndex((old) => old.id === document.id)
        if (at >= 0) kept[at] = document
        else kept.push(document)
      }
      documents.set(uid, kept)
      return enqueue(uid)
    }
    if (parts[0] === 'indexes' && parts[2] === 'search' && method === 'POST') {
      if (!indexes.has(uid)) return notFound()
      const { sort, limit = 20 } = (body ?? {}) as { sort?: string[]; limit?: number }
      const [attribute, order] = sort?.[0]?.split(':') ?? []
      const kept = [...(documents.get(uid) ?? [])]
      if (attribute !== undefined)
        kept.sort(
          (a, b) => ((a[attribute] as number) - (b[attribute] as number)) * (order === 'desc' ? -1 : 1),
        )
      const hits = kept.slice(0, limit)
      return send(200, {
        hits,
        query: '',
        processingTimeMs: 0,
        limit,
        offset: 0,
        estimatedTotalHits: hits.length,
      })
    }
    send(501, {
      message: `the fake does not answer ${method} ${path}`,
      code: 'unsupported',
      type: 'internal',
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    documents,
    get forbidSettings() {
      return state.forbidSettings
    },
    set forbidSettings(value: boolean) {
      state.forbidSettings = value
    },
    settingsSent: (index = 'works') =>
      requests
        .filter((r) => r.method === 'PATCH' && r.path === `/indexes/${index}/settings`)
        .map((r) => r.body as Record<string, unknown>),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
