/**
 * A server started as a child process, seen through what it prints: the URL it says it listens on.
 * @module
 */
import type { ChildProcess } from 'node:child_process'

/**
 * Collects the child's output, and resolves `url` once it prints `listening on <url>`; rejects when the
 * child exits first. A test that waits for the exit instead may leave `url` unawaited.
 */
export function listeningUrl(child: ChildProcess): { url: Promise<string>; output: () => string } {
  let output = ''
  const url = new Promise<string>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk
      const found = /listening on (http:\/\/\S+)/.exec(output)?.[1]
      if (found) resolve(found)
    }
    child.stdout?.on('data', read)
    child.stderr?.on('data', read)
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}: ${output}`)))
  })
  url.catch(() => undefined)
  return { url, output: () => output }
}
