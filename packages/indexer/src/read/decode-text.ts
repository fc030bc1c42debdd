/**
 * Turns a text file's bytes into a string every reader can split the same way: UTF-8 without a byte
 * order mark, `\n` line endings.
 * @module
 */

export function decodeText(content: Buffer): string {
  return content
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
}
