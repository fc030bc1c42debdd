/**
 * The server's Prometheus metrics, in a registry of their own (two apps in one process never share
 * counts): requests and their latency by route, method and status; rate-limit refusals; the time the
 * engine spends on searches; the requests waiting at the concurrency gate; the works stored; and
 * prom-client's process metrics (memory, CPU, event-loop delay).
 * @module
 */
import type { SearchEngine } from '@ficdex/core'
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'
import type { RequestOutcome } from '../lib/observe-requests.js'

/** What the metrics read from the concurrency gate when they are collected. */
export interface GateReading {
  readonly holders: number
  readonly queued: number
}

export class ServerMetrics {
  readonly registry = new Registry()
  readonly #requests: Counter<'route' | 'method' | 'status'>
  readonly #latency: Histogram<'route' | 'method' | 'status'>
  readonly #rateLimited: Counter<'caller'>
  readonly #searchTime: Histogram<'operation'>

  constructor(engine: SearchEngine, gate?: GateReading) {
    const registers = [this.registry]
    collectDefaultMetrics({ register: this.registry, prefix: 'ficdex_' })
    this.#requests = new Counter({
      name: 'ficdex_http_requests_total',
      help: 'Requests answered, by route pattern, method and status.',
      labelNames: ['route', 'method', 'status'],
      registers,
    })
    this.#latency = new Histogram({
      name: 'ficdex_http_request_duration_seconds',
      help: 'Time from reading a request to its answer, by route pattern, method and status.',
      labelNames: ['route', 'method', 'status'],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    })
    this.#rateLimited = new Counter({
      name: 'ficdex_rate_limited_total',
      help: 'Requests refused with 429 by the rate limit, by kind of caller.',
      labelNames: ['caller'],
      registers,
    })
    this.#searchTime = new Histogram({
      name: 'ficdex_engine_search_duration_seconds',
      help: 'Time the search engine took per search (`search`) or facet value search (`facet`).',
      labelNames: ['operation'],
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers,
    })
    if (gate !== undefined) {
      new Gauge({
        name: 'ficdex_gate_queued',
        help: 'Requests waiting for their turn at the concurrency gate.',
        registers,
        collect() {
          this.set(gate.queued)
        },
      })
      new Gauge({
        name: 'ficdex_gate_holders',
        help: 'Requests working past the concurrency gate.',
        registers,
        collect() {
          this.set(gate.holders)
        },
      })
    }
    new Gauge({
      name: 'ficdex_works',
      help: 'Works stored, of any visibility.',
      registers,
      async collect() {
        this.set(await engine.count())
      },
    })
  }

  /** Counts one answered request. */
  readonly observeRequest = ({ route, method, status, durationMs, caller }: RequestOutcome): void => {
    const labels = { route, method, status: String(status) }
    this.#requests.inc(labels)
    this.#latency.observe(labels, durationMs / 1000)
    if (status === 429) this.#rateLimited.inc({ caller })
  }

  /** The engine, its searches timed into the search histogram; everything else passes through. */
  timeSearches(engine: SearchEngine): SearchEngine {
    const timed = <A extends unknown[], R>(operation: string, run: (...args: A) => Promise<R>) => {
      return async (...args: A): Promise<R> => {
        const end = this.#searchTime.startTimer({ operation })
        try {
          return await run(...args)
        } finally {
          end()
        }
      }
    }
    const search = timed('search', engine.search.bind(engine))
    const searchFacet = timed('facet', engine.searchFacet.bind(engine))
    return new Proxy(engine, {
      get(target, property) {
        if (property === 'search') return search
        if (property === 'searchFacet') return searchFacet
        const value = Reflect.get(target, property, target)
        return typeof value === 'function' ? value.bind(target) : value
      },
    })
  }
}
