/**
 * The example of the change feed in the API reference.
 * @module
 */
import { SUMMARY } from '../works/examples.js'
import type { Changes } from './schema.js'

export const CHANGES_EXAMPLE = {
  changes: [
    { seq: 41, id: SUMMARY.id, op: 'upsert', work: SUMMARY },
    { seq: 42, id: 'an-old-draft', op: 'delete' },
  ],
  next: 42,
  more: false,
  links: { next: '/v1/changes?since=42' },
} satisfies Changes
