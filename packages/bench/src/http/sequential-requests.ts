/**
 * Times requests one at a time over one kept-alive connection: with no queueing, the difference from the
 * direct engine call is what the HTTP layer (parsing, validation, JSON, sockets) adds.
 * @module
 */
import { Agent, request } from 'node:http'
import { type LatencySummary, summarize } from '../measure/latency-summary.js'

export async function timeSequentialRequests(
  port: number,
  bodies: readonly string[],
  seconds: number,
): Promise<LatencySummary> {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const durations: number[] = []
  const started = performance.now()
  try {
    for (let i = 0; i < bodies.length || performance.now() - started < seconds * 1000; i++) {
      const t = performance.now()
      await post(agent, port, bodies[i % bodies.length] as string)
      durations.push(performance.now() - t)
    }
  } finally {
    agent.destroy()
  }
  return summarize(durations, performance.now() - started)
}

/** POSTs a search; resolves with the body once read, rejects on a non-200 answer. */
export function post(agent: Agent | undefined, port: number, body: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: '/v1/works/search',
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString()
          if (res.statusCode === 200) resolve(text)
          else reject(new Error(`HTTP ${res.statusCode}: ${text.slice(0, 300)}`))
        })
      },
    )
    // No Nagle delay on the client side: the figure is meant to be the server's cost.
    req.on('socket', (socket) => socket.setNoDelay(true))
    req.on('error', reject)
    req.end(body)
  })
}
