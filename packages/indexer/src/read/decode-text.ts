/**
 * Turns a text file's bytes into a string every reader can split the same way: UTF-8 without a byte
 * order mark, `\n` line endings.
 * @module
 */

export function decodeText(content: Buffer): string {
  return unixLineEndings(content.toString('utf8').replace(/^\uFEFF/, ''))
}

/** CRLF and a lone CR each end a line, as LF does. */
const unixLineEndings = (text: string): string => text.replace(/\r\n?/g, '\n')

const NEWLINE = 0x0a
const CARRIAGE_RETURN = 0x0d
const BYTE_ORDER_MARK = Buffer.from([0xef, 0xbb, 0xbf])

/**
 * `decodeText(content).split('\n')`, decoding each line on its own: a large file with one accented
 * character anywhere would otherwise decode whole into a two-byte string, which every line sliced from it
 * shares, doubling the memory and slowing every parse and hash of the file's ASCII lines.
 */
export function decodeLines(content: Buffer): string[] {
  const lines: string[] = []
  let start = content.subarray(0, 3).equals(BYTE_ORDER_MARK) ? 3 : 0
  for (;;) {
    const newline = content.indexOf(NEWLINE, start)
    const end = newline < 0 ? content.length : newline
    // A CR before the LF is the line ending; any other CR ends a line of its own.
    const last = newline >= 0 && end > start && content[end - 1] === CARRIAGE_RETURN ? end - 1 : end
    const line = content.toString('utf8', start, last)
    if (line.includes('\r')) lines.push(...unixLineEndings(line).split('\n'))
    else lines.push(line)
    if (newline < 0) return lines
    start = newline + 1
  }
}
