import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readSiteConfig, SITE_VARIABLES } from './env.js'

const ENV_EXAMPLE = readFileSync(new URL('../../../.env.example', import.meta.url), 'utf8')

describe('readSiteConfig', () => {
  it('has defaults that serve beside a local API, without sign-in', () => {
    expect(readSiteConfig({})).toEqual({
      ok: true,
      config: {
        port: 8788,
        host: undefined,
        siteName: 'ficdex',
        apiUrl: 'http://localhost:8787',
        searchKey: undefined,
        members: undefined,
        sessionSecret: undefined,
      },
    })
  })

  it('offers sign-in with a member password and a members key', () => {
    const read = readSiteConfig({
      FICDEX_API_URL: 'https://fics.example.org/',
      SITE_MEMBER_PASSWORD: 'a long member password',
      FICDEX_MEMBERS_KEY: 'members-key-0123456789',
    })
    expect(read.ok && read.config.apiUrl).toBe('https://fics.example.org')
    expect(read.ok && read.config.members).toEqual({
      password: 'a long member password',
      apiKey: 'members-key-0123456789',
    })
  })

  it.each([
    [{ SITE_PORT: 'eighty' }, 'SITE_PORT: must be a port number from 0 to 65535'],
    [{ FICDEX_API_URL: 'ftp://x' }, 'FICDEX_API_URL: must be an http(s) URL'],
    [{ SITE_MEMBER_PASSWORD: 'a long member password' }, 'FICDEX_MEMBERS_KEY: member sign-in needs both'],
    [{ FICDEX_MEMBERS_KEY: 'members-key-0123456789' }, 'SITE_MEMBER_PASSWORD: member sign-in needs both'],
    [
      { SITE_MEMBER_PASSWORD: 'short', FICDEX_MEMBERS_KEY: 'members-key-0123456789' },
      'SITE_MEMBER_PASSWORD: must be at least 12',
    ],
    [{ FICDEX_SEARCH_KEY: 'short' }, 'FICDEX_SEARCH_KEY: must be at least 16 characters'],
    [{ SITE_SESSION_SECRET: 'too short' }, 'SITE_SESSION_SECRET: must be at least 32 characters'],
  ])('refuses %o', (env, message) => {
    const read = readSiteConfig(env)
    expect(read.ok).toBe(false)
    expect(!read.ok && read.message).toContain(message)
  })
})

describe('.env.example', () => {
  it.each(SITE_VARIABLES)('documents %s, blank or with its default, under a comment', (name) => {
    const lines = ENV_EXAMPLE.split('\n')
    const at = lines.findIndex((line) => line.startsWith(`${name}=`))
    expect(at).toBeGreaterThan(0)
    expect(lines[at - 1]).toMatch(/^#/)
  })
})
