import { existsSync } from 'node:fs'
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { BUILTIN_FREEFORMS, loadFreeformTags } from './freeform-tags.js'

const SHARED_TAGS = fileURLToPath(
  new URL('../../../../../shared/data/ao3-freeform-tags-2016.json', import.meta.url),
)

describe('loadFreeformTags', () => {
  it('falls back to the built-in list when the file is absent', () => {
    const tags = loadFreeformTags('/nonexistent/tags.json')
    expect(tags.source).toBe('builtin')
    expect(tags.names).toHaveLength(Object.keys(BUILTIN_FREEFORMS).length)
    expect(tags.names[0]).toBe('Fluff')
  })

  it('decodes entities, merges names that decode alike, drops unused names and sorts by count', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ficdex-freeforms-'))
    const path = join(dir, 'tags.json')
    await writeFile(
      path,
      JSON.stringify({ 'Can&#x27;t Stop': 2, "Can't Stop": 3, Unused: 0, ' Angst ': 9, Gone: -1 }),
    )
    expect(loadFreeformTags(path)).toEqual({ names: ['Angst', "Can't Stop"], counts: [9, 5], source: 'file' })
  })

  it('rejects a file that is not an object of counts', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'ficdex-freeforms-'))
    const path = join(dir, 'tags.json')
    await writeFile(path, JSON.stringify({ Fluff: 'many' }))
    expect(() => loadFreeformTags(path)).toThrow(/"Fluff" is not a number/)
  })

  it.skipIf(!existsSync(SHARED_TAGS))(
    'reads the AO3 2016 list (skipped when ../shared/data is absent)',
    () => {
      const tags = loadFreeformTags(SHARED_TAGS)
      expect(tags.source).toBe('file')
      expect(tags.names.length).toBeGreaterThan(30_000)
      expect(tags.names.slice(0, 2)).toEqual(['Fluff', 'Angst'])
      expect(tags.names.some((name) => name.includes('&#'))).toBe(false)
    },
  )
})
