/**
 * Starts the site: the only module that reads the environment. Serves until SIGINT or SIGTERM.
 * @module
 */
import { randomBytes } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { createSite } from './app.js'
import { readSiteConfig } from './env.js'

const read = readSiteConfig(process.env)
if (!read.ok) {
  console.error(read.message)
  process.exit(1)
}
const { config } = read
// Without a configured secret, sessions last until the site restarts.
const sessionSecret = config.sessionSecret ?? randomBytes(32).toString('hex')
const site = createSite({
  apiUrl: config.apiUrl,
  searchKey: config.searchKey,
  siteName: config.siteName,
  members: config.members,
  sessionSecret,
})

const displayUrl = ({ address, port }: AddressInfo) => {
  const name = config.host === undefined || address === '::' || address === '0.0.0.0' ? 'localhost' : address
  return `http://${name.includes(':') ? `[${name}]` : name}:${port}`
}

const server = serve({ fetch: site.fetch, port: config.port, hostname: config.host }, (info) => {
  console.log(`ficdex site on ${displayUrl(info)} (searching ${config.apiUrl})`)
  if (!config.members)
    console.log('Member sign-in is off: set SITE_MEMBER_PASSWORD and FICDEX_MEMBERS_KEY to offer it.')
})
server.on('error', (error: NodeJS.ErrnoException) => {
  const where = `${config.host ?? 'port'} ${config.port}`
  console.error(
    error.code === 'EADDRINUSE'
      ? `Cannot listen: ${where} is in use (set SITE_PORT).`
      : `Site error: ${error.message}`,
  )
  process.exit(1)
})

const stop = (signal: NodeJS.Signals) => {
  console.log(`${signal}: closing the site`)
  server.close(() => process.exit(0))
  if ('closeIdleConnections' in server) server.closeIdleConnections()
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)
