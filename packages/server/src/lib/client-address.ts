/**
 * The network address a request came from, for limits keyed by client. Read from the socket, never from
 * `X-Forwarded-For`, which any client can write; behind a proxy, pass a function that trusts it.
 * @module
 */
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'

export type ClientAddress = (c: Context) => string

/** The socket's remote address under `@hono/node-server`; `local` for in-process requests. */
export const socketAddress: ClientAddress = (c) => {
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming
  return (incoming !== undefined && getConnInfo(c).remote.address) || 'local'
}
