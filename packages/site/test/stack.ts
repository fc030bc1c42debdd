/**
 * What the tests know about the stack `global-setup.ts` starts.
 * @module
 */
import { createClient } from '@ficdex/sdk'
import { inject } from 'vitest'

export const MEMBERS_KEY = 'site-test-members-key-0123456789'
export const MEMBER_PASSWORD = 'correct horse battery staple'

export const apiUrl = () => inject('apiUrl')
export const siteUrl = () => inject('siteUrl')

/** The API as any SDK user sees it: no key, public works only. */
export const publicApi = () => createClient({ baseUrl: apiUrl() })
