/**
 * The ordinary reader of the load test, on a thread of its own: one connection, a fixed number of
 * searches a second, each timed from send to last byte. On the harness's own event loop beside a flood
 * of 20 or 200 connections, the reader's times would include the wait for that loop, which the server
 * never caused; here they are the server's alone (and the machine's).
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads'

export interface ReaderPlan {
  url: string
  key: string
  paths: string[]
  /** Searches a second. */
  rate: number
  seconds: number
}

export interface ReaderTimes {
  /** Milliseconds each search took, in the order sent. */
  latencies: number[]
  statuses: Record<string, number>
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, Math.max(0, ms)))

async function read(plan: ReaderPlan): Promise<ReaderTimes> {
  const times: ReaderTimes = { latencies: [], statuses: {} }
  const started = performance.now()
  const total = plan.rate * plan.seconds
  for (let sent = 0; sent < total; sent++) {
    // Paced like a reader, not a flood: a late answer delays the next search, never doubles it up.
    await sleep(started + (sent * 1000) / plan.rate - performance.now())
    const before = performance.now()
    const response = await fetch(`${plan.url}${plan.paths[sent % plan.paths.length]}`, {
      headers: { Authorization: `Bearer ${plan.key}` },
    })
    await response.arrayBuffer()
    times.latencies.push(performance.now() - before)
    times.statuses[response.status] = (times.statuses[response.status] ?? 0) + 1
  }
  return times
}

if (parentPort) {
  const port = parentPort
  void read(workerData as ReaderPlan).then((times) => port.postMessage(times))
}
