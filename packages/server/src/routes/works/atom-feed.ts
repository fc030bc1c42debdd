/**
 * A page of search hits as an Atom feed (RFC 4287): one entry per work, newest update first, its tags as
 * categories. A work with no known update date is left out: an entry must say when it was updated, and
 * a feed invents no date. Text is escaped and stripped of the characters XML 1.0 cannot hold, so any title or
 * summary makes a well-formed document.
 * @module
 */
import { FREE_TAG_KINDS, TAG_FIELD, type WorkSummary } from '@ficdex/core'

export interface AtomFeed {
  /** Absolute URL of the feed itself: its `id` and `rel="self"` link. */
  self: string
  /** Absolute URL of the same search as JSON. */
  alternate: string
  /** Absolute URL of a work, by id. */
  workUrl: (id: string) => string
  title: string
  works: readonly WorkSummary[]
}

const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' }

/** Text as XML character data or an attribute value. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"]/g, (c) => ESCAPES[c] as string)
}

const date = (seconds: number) => new Date(seconds * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z')

type DatedWork = WorkSummary & { updatedAt: number }

const isDated = (work: WorkSummary): work is DatedWork => work.updatedAt !== null

function entry(work: DatedWork, workUrl: string): string {
  const authors = work.authors.length > 0 ? work.authors : ['Anonymous']
  const categories = FREE_TAG_KINDS.flatMap((kind) =>
    work[TAG_FIELD[kind]].map(
      (tag) =>
        `    <category scheme="urn:ficdex:tag:${kind}" term="${xmlText(tag)}" label="${xmlText(tag)}"/>`,
    ),
  )
  return [
    '  <entry>',
    `    <id>${xmlText(workUrl)}</id>`,
    `    <title type="text">${xmlText(work.title)}</title>`,
    `    <updated>${date(work.updatedAt)}</updated>`,
    ...(work.publishedAt === null ? [] : [`    <published>${date(work.publishedAt)}</published>`]),
    ...authors.map((name) => `    <author><name>${xmlText(name)}</name></author>`),
    `    <link rel="alternate" type="application/json" href="${xmlText(workUrl)}"/>`,
    `    <summary type="text">${xmlText(work.summary || work.title)}</summary>`,
    ...categories,
    '  </entry>',
  ].join('\n')
}

/** The feed document. Its `updated` is the newest entry's, or the epoch when there is none. */
export function atomFeed(feed: AtomFeed): string {
  const works = feed.works.filter(isDated)
  const newest = Math.max(0, ...works.map((work) => work.updatedAt))
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xmlText(feed.self)}</id>`,
    `  <title type="text">${xmlText(feed.title)}</title>`,
    `  <updated>${date(newest)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${xmlText(feed.self)}"/>`,
    `  <link rel="alternate" type="application/json" href="${xmlText(feed.alternate)}"/>`,
    '  <author><name>ficdex</name></author>',
    '  <generator>ficdex</generator>',
    ...works.map((work) => entry(work, feed.workUrl(work.id))),
    '</feed>',
    '',
  ].join('\n')
}
