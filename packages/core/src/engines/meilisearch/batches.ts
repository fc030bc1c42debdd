/**
 * Cuts documents into NDJSON request bodies bounded by count and by bytes. Works carry their full
 * text, so a count alone could build a request over the server's payload limit (100 MB by default);
 * serializing once here also spares the client a second `JSON.stringify` of every document.
 * @module
 */

export interface BatchLimits {
  /** Documents per request. */
  maxDocuments: number
  /** UTF-8 bytes per request body. A single larger document is still sent, alone. */
  maxBytes: number
}

export interface NdjsonBatch {
  /** One JSON document per line. */
  body: string
  count: number
  bytes: number
}

/** Throws unless both limits are usable. */
export function validateBatchLimits(limits: BatchLimits): BatchLimits {
  if (!Number.isInteger(limits.maxDocuments) || limits.maxDocuments < 1)
    throw new RangeError(`maxDocuments must be a positive integer, got ${limits.maxDocuments}`)
  if (!(limits.maxBytes > 0)) throw new RangeError(`maxBytes must be positive, got ${limits.maxBytes}`)
  return limits
}

/** Collects serialized documents and hands out a batch whenever the next one would not fit. */
export class NdjsonBatcher {
  readonly #limits: BatchLimits
  #lines: string[] = []
  #bytes = 0

  constructor(limits: BatchLimits) {
    this.#limits = validateBatchLimits(limits)
  }

  /** Adds a document; returns the batch that had to be closed to make room for it, if any. */
  push(document: unknown): NdjsonBatch | null {
    const line = JSON.stringify(document)
    const lineBytes = Buffer.byteLength(line)
    // A line after the first also costs the newline that separates it from the one before.
    const full =
      this.#lines.length >= this.#limits.maxDocuments ||
      (this.#lines.length > 0 && this.#bytes + 1 + lineBytes > this.#limits.maxBytes)
    const closed = full ? this.flush() : null
    this.#bytes += (this.#lines.length > 0 ? 1 : 0) + lineBytes
    this.#lines.push(line)
    return closed
  }

  /** The batch collected so far, or null when empty. */
  flush(): NdjsonBatch | null {
    if (this.#lines.length === 0) return null
    const batch = { body: this.#lines.join('\n'), count: this.#lines.length, bytes: this.#bytes }
    this.#lines = []
    this.#bytes = 0
    return batch
  }
}

/** All batches of a sequence of documents, in order. */
export function* ndjsonBatches(documents: Iterable<unknown>, limits: BatchLimits): Generator<NdjsonBatch> {
  const batcher = new NdjsonBatcher(limits)
  for (const document of documents) {
    const batch = batcher.push(document)
    if (batch) yield batch
  }
  const last = batcher.flush()
  if (last) yield last
}
