/**
 * The child's half of the IPC protocol: wait for `start`, answer with `result` or `error`, exit.
 * @module
 */
import type { ChildMessage } from './child-process.js'

/** Sends a message to the parent and waits until it has been handed to the channel. */
export function reply(message: ChildMessage): Promise<void> {
  return new Promise((resolve, reject) => {
    if (!process.send) return reject(new Error('not started as a benchmark child (no IPC channel)'))
    process.send(message, undefined, {}, (error) => (error ? reject(error) : resolve()))
  })
}

export function nextMessage(): Promise<ChildMessage> {
  return new Promise((resolve) => process.once('message', (message: ChildMessage) => resolve(message)))
}

/** Runs `task` on the `start` message's input and reports its value; any error is reported, not thrown. */
export async function serveOnce<I>(task: (input: I) => Promise<unknown>): Promise<void> {
  process.on('disconnect', () => process.exit(1))
  const start = await nextMessage()
  try {
    await reply({ type: 'result', value: await task(start.input as I) })
  } catch (error) {
    await reply({ type: 'error', message: (error as Error).stack ?? String(error) })
  }
  process.disconnect()
}

/** Peak resident set of this process so far, in bytes. */
export const maxRssBytes = () => process.resourceUsage().maxRSS * 1024
