/**
 * A tagging thread: reads and tags the files the writing thread hands it, with the shipped vocabulary,
 * prepares what the run's engine will write for each work when told its name, and posts the works back.
 * It says when its vocabulary is loaded, so no file waits on a thread that is still starting.
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads'
import { defaultVocabulary, workPreparer } from '@ficdex/core'
import { isKnown } from './known-hashes.js'
import { type FileMessage, type Preparing, readAndTag, toFileMessage } from './read-and-tag.js'

/** What a thread is started with: when the run's engine prepares works, its name and the hashes it stores. */
export interface TagWorkerData {
  prepare?: PrepareFor
}

export interface PrepareFor {
  /** The engine the run writes to, whose works the thread prepares (see `workPreparer`). */
  engine: string
  /** The content hashes the engine already stores: works it will not write (`knownHashes`). */
  known?: Float64Array
}

export interface TagRequest {
  id: number
  file: string
  shown: string
}

export type TagReply =
  | { ready: true }
  | ({ id: number } & FileMessage)
  /** An unexpected error: the writing thread reads the file itself, so it fails as it would there. */
  | { id: number; crashed: string }

const port = parentPort
if (port) {
  const vocabulary = defaultVocabulary()
  const { prepare } = (workerData ?? {}) as TagWorkerData
  const preparer = prepare && workPreparer(prepare.engine)
  const known = prepare?.known
  const preparing: Preparing | undefined = preparer && {
    preparer,
    skip: known && ((work) => isKnown(known, work.contentHash)),
  }
  const post = (reply: TagReply, transfer: ArrayBuffer[] = []) => port.postMessage(reply, transfer)
  const tag = async ({ id, file, shown }: TagRequest) => {
    try {
      const { message, transfer } = toFileMessage(await readAndTag(vocabulary, file, shown), preparing)
      post({ id, ...message }, transfer)
    } catch (error) {
      post({ id, crashed: String(error) })
    }
  }
  // One file at a time, in the order handed over: the writing thread needs them in that order. Handled
  // as they came, the files in hand were tagged as their reads finished, and the one wanted next could
  // come back after the three behind it.
  let queue = Promise.resolve()
  port.on('message', (request: TagRequest) => {
    queue = queue.then(() => tag(request))
  })
  post({ ready: true })
}
