/**
 * Reads a request body as NDJSON lines while it arrives, counting its bytes: a body past the limit
 * stops the reading at once, so a batch never holds more than the limit in memory.
 * @module
 */

/** The body passed `maxBytes`; what was read so far must be discarded. */
export class BodyTooLargeError extends Error {
  override readonly name = 'BodyTooLargeError'
}

export interface NdjsonLine {
  /** Numbered from 1, blank lines included, as an editor numbers them. */
  number: number
  text: string
}

/**
 * The non-blank lines of a body, `\n` or `\r\n` separated, the last one with or without a newline.
 * @example
 * for await (const { number, text } of ndjsonLines(request.body, 1024 * 1024)) console.log(number, text)
 */
export async function* ndjsonLines(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
): AsyncGenerator<NdjsonLine> {
  if (body === null) return
  const decoder = new TextDecoder('utf-8', { fatal: false })
  const reader = body.getReader()
  let size = 0
  let pending = ''
  let number = 0
  const lines = function* (text: string, final: boolean) {
    const parts = text.split('\n')
    pending = final ? '' : (parts.pop() as string)
    for (const part of parts) {
      number++
      const line = part.endsWith('\r') ? part.slice(0, -1) : part
      if (line.trim() !== '') yield { number, text: line }
    }
  }
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxBytes) throw new BodyTooLargeError(`The request body exceeds ${maxBytes} bytes.`)
      yield* lines(pending + decoder.decode(value, { stream: true }), false)
    }
    yield* lines(pending + decoder.decode(), true)
  } finally {
    await reader.cancel().catch(() => {})
  }
}
