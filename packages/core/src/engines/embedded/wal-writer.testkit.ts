/**
 * A writer process for the WAL visibility test: opens the engine on the file given as its argument and,
 * on each `next` line from stdin, upserts the next batch of fixture works, then prints `committed <n>`.
 * @module
 */
import { createInterface } from 'node:readline'
import { FIXTURE_WORKS } from '../../engine/contract/fixtures.js'
import { openEmbeddedEngine } from './index.js'

const [path, size] = process.argv.slice(2)
if (!path || !size) throw new Error('usage: wal-writer.testkit.ts <database path> <batch size>')
const batchSize = Number(size)
const engine = openEmbeddedEngine({ path })
let written = 0
console.log('ready')
for await (const line of createInterface({ input: process.stdin })) {
  if (line !== 'next') break
  await engine.upsert(FIXTURE_WORKS.slice(written, written + batchSize))
  written = Math.min(written + batchSize, FIXTURE_WORKS.length)
  console.log(`committed ${written}`)
}
await engine.close()
