/**
 * One file read and its works tagged: the per-work JavaScript of an indexing run (parse, normalize,
 * wrangle, infer, hash), the same on the writing thread and on a tagging thread.
 * @module
 */
import { type TaggedWork, tagWork, type Vocabulary, type WorkPreparer } from '@ficdex/core'
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

/**
 * A file's tagged items as they cross threads, with what the run's engine writes for some of the file's
 * works when the thread was given its preparer: `at` lists their places among the items.
 */
export interface FileMessage {
  items: ItemMessage[]
  prepared?: { at: number[]; value: unknown }
}

export const toMessage = (item: TaggedItem): ItemMessage =>
  item instanceof SourceError ? { error: { path: item.path, reason: item.reason, line: item.line } } : item

export const fromMessage = (message: ItemMessage): TaggedItem =>
  'error' in message ? new SourceError(message.error.path, message.error.reason, message.error.line) : message

/** How a thread prepares works: with which preparer, and which works it leaves to the writing thread. */
export interface Preparing {
  preparer: WorkPreparer
  skip?: (work: TaggedWork['work']) => boolean
}

/** The message for a file's items, and the buffers it moves rather than copies. */
export function toFileMessage(
  items: readonly TaggedItem[],
  preparing?: Preparing,
): { message: FileMessage; transfer: ArrayBuffer[] } {
  const message: FileMessage = { items: items.map(toMessage) }
  if (!preparing) return { message, transfer: [] }
  const at = items.flatMap((item, i) =>
    item instanceof SourceError || preparing.skip?.(item.work) ? [] : [i],
  )
  const { prepared, transfer } = preparing.preparer.prepare(at.map((i) => (items[i] as TaggedWork).work))
  return { message: { ...message, prepared: { at, value: prepared } }, transfer }
}

/** A file's items as the thread tagged them, what it prepared handed to the run's engine. */
export function fromFileMessage(message: FileMessage, preparer?: WorkPreparer): TaggedItem[] {
  const items = message.items.map(fromMessage)
  const { prepared } = message
  if (prepared && preparer) {
    preparer.adopt(
      prepared.at.map((i) => (items[i] as TaggedWork).work),
      prepared.value,
    )
  }
  return items
}
