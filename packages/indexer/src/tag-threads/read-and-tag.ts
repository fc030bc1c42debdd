/**
 * One file read and its works tagged: the per-work JavaScript of an indexing run (parse, normalize,
 * wrangle, infer, hash), the same on the writing thread and on a tagging thread.
 * @module
 */
import { type TaggedWork, tagWork, type Vocabulary } from '@ficdex/core'
import { SourceError } from '../read/source-error.js'
import { readWorkFile } from '../read-file.js'

export type TaggedItem = TaggedWork | SourceError

export async function readAndTag(vocabulary: Vocabulary, file: string, shown: string): Promise<TaggedItem[]> {
  return (await readWorkFile(file, shown)).map((read) =>
    read instanceof SourceError ? read : tagWork(vocabulary, read),
  )
}

/** A tagged item as it crosses threads: a SourceError travels as its fields. */
export type ItemMessage = TaggedWork | { error: { path: string; reason: string; line: number | undefined } }

export const toMessage = (item: TaggedItem): ItemMessage =>
  item instanceof SourceError ? { error: { path: item.path, reason: item.reason, line: item.line } } : item

export const fromMessage = (message: ItemMessage): TaggedItem =>
  'error' in message ? new SourceError(message.error.path, message.error.reason, message.error.line) : message
