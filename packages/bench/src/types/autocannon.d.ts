/**
 * The part of autocannon's API the benchmark uses (the package ships no types).
 * @module
 */
declare module 'autocannon' {
  export interface Request {
    method?: string
    path?: string
    headers?: Record<string, string>
    body?: string
    onResponse?: (status: number, body: string, context: unknown, headers: Record<string, string>) => void
  }
  /** One connection. */
  export interface Client {
    /** Replaces the requests it sends in turn; it starts again from the first. */
    setRequests(requests: Request[]): void
  }
  interface Options {
    url: string
    /** Called with each connection as it is made. */
    setupClient?: (client: Client) => void
    connections?: number
    /** Requests per second across all connections, at most. */
    overallRate?: number
    duration?: number
    /** Requests to send in all, instead of a duration. */
    amount?: number
    requests?: Request[]
    timeout?: number
  }
  interface Histogram {
    average: number
    mean: number
    p50: number
    p90: number
    p99: number
    max: number
    total: number
  }
  interface Result {
    requests: Histogram
    latency: Histogram
    errors: number
    timeouts: number
    non2xx: number
    duration: number
  }
  function autocannon(options: Options): Promise<Result>
  export default autocannon
}
