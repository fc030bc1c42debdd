/**
 * Writes JSON lines into numbered files of a fixed number of lines each, buffering a few megabytes at a
 * time, so a million-work corpus streams to disk in constant memory.
 * @module
 */
import { type FileHandle, mkdir, open } from 'node:fs/promises'
import { join } from 'node:path'

const FLUSH_BYTES = 4 * 1024 * 1024

export class JsonlFiles {
  readonly #dir: string
  readonly #prefix: string
  readonly #linesPerFile: number
  readonly files: string[] = []
  #handle: FileHandle | undefined
  #lines = 0
  #buffer: string[] = []
  #buffered = 0

  constructor(dir: string, prefix: string, linesPerFile: number) {
    this.#dir = dir
    this.#prefix = prefix
    this.#linesPerFile = linesPerFile
  }

  async write(value: unknown): Promise<void> {
    if (this.#handle === undefined || this.#lines === this.#linesPerFile) await this.#nextFile()
    const line = `${JSON.stringify(value)}\n`
    this.#buffer.push(line)
    this.#buffered += line.length
    this.#lines++
    if (this.#buffered >= FLUSH_BYTES) await this.#flush()
  }

  async close(): Promise<void> {
    await this.#flush()
    await this.#handle?.close()
    this.#handle = undefined
  }

  async #nextFile(): Promise<void> {
    await this.close()
    await mkdir(this.#dir, { recursive: true })
    const name = `${this.#prefix}-${String(this.files.length).padStart(5, '0')}.jsonl`
    this.files.push(name)
    this.#handle = await open(join(this.#dir, name), 'w')
    this.#lines = 0
  }

  async #flush(): Promise<void> {
    if (this.#buffer.length === 0 || this.#handle === undefined) return
    await this.#handle.write(this.#buffer.join(''))
    this.#buffer = []
    this.#buffered = 0
  }
}
