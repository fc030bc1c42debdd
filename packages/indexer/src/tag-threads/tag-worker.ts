/**
 * A tagging thread: reads and tags the files the writing thread hands it, with the shipped vocabulary,
 * and posts the works back. It says when its vocabulary is loaded, so no file waits on a thread that is
 * still starting.
 * @module
 */
import { parentPort } from 'node:worker_threads'
import { defaultVocabulary } from '@ficdex/core'
import { readAndTag, toMessage } from './read-and-tag.js'

export interface TagRequest {
  id: number
  file: string
  shown: string
}

export type TagReply =
  | { ready: true }
  | { id: number; items: ReturnType<typeof toMessage>[] }
  /** An unexpected error: the writing thread reads the file itself, so it fails as it would there. */
  | { id: number; crashed: string }

const port = parentPort
if (port) {
  const vocabulary = defaultVocabulary()
  const post = (reply: TagReply) => port.postMessage(reply)
  port.on('message', async ({ id, file, shown }: TagRequest) => {
    try {
      post({ id, items: (await readAndTag(vocabulary, file, shown)).map(toMessage) })
    } catch (error) {
      post({ id, crashed: String(error) })
    }
  })
  post({ ready: true })
}
