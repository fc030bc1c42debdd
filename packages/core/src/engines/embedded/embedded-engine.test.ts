import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll } from 'vitest'
import { runEngineContract } from '../../engine/contract/index.js'
import { openEmbeddedEngine } from './index.js'

const dir = mkdtempSync(join(tmpdir(), 'ficdex-embedded-'))
let opened = 0
afterAll(() => rmSync(dir, { recursive: true, force: true }))

runEngineContract('embedded', async () => openEmbeddedEngine({ path: join(dir, `contract-${++opened}.db`) }))
