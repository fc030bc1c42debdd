import { mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { KeyFile } from './key-file.js'

const OLD = 'old-members-key-0123456789'
const NEW = 'new-members-key-0123456789'
const dirs: string[] = []
const files: KeyFile[] = []
afterEach(() => {
  for (const file of files.splice(0)) file.close()
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

function keysFile(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'ficdex-keys-'))
  dirs.push(dir)
  const path = join(dir, 'keys')
  writeFileSync(path, text)
  return path
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10))
}

describe('KeyFile', () => {
  it('reads one entry per line, with comments, beside the environment’s keys', () => {
    const file = new KeyFile(keysFile(`# members\nmembers:${OLD}\n\nadmin:${NEW}\n`), [
      { scope: 'search', key: 'search-key-0123456789ab' },
    ])
    expect(file.current().map((k) => k.scope)).toEqual(['search', 'members', 'admin'])
  })

  it('refuses at start a file with a bad entry, without printing it', () => {
    expect(() => new KeyFile(keysFile('members:s3cretKEYvalue0123\nowner:s3cretKEY0123456789'))).toThrow(
      /entry 2 of 2/,
    )
    expect(() => new KeyFile(keysFile('owner:s3cretKEY0123456789'))).not.toThrow(/s3cret/)
  })

  it('keeps the keys in force when a reload finds a problem', () => {
    const path = keysFile(`members:${OLD}`)
    const file = new KeyFile(path)
    writeFileSync(path, `members:${NEW}\nall:${NEW}`)
    expect(file.reload()).toEqual({ ok: false, message: expect.stringContaining('repeats the key') })
    expect(file.current()).toEqual([{ scope: 'members', key: OLD }])
  })

  it('picks up a file replaced by a rename, as editors and deploy tools do', async () => {
    const path = keysFile(`members:${OLD}`)
    const file = new KeyFile(path)
    files.push(file)
    file.watch(() => {})
    const next = `${path}.tmp`
    writeFileSync(next, `members:${NEW}`)
    renameSync(next, path)
    await until(() => file.current()[0]?.key === NEW)
    expect(file.current()).toEqual([{ scope: 'members', key: NEW }])
    writeFileSync(next, `members:${OLD}`)
    renameSync(next, path)
    await until(() => file.current()[0]?.key === OLD)
    expect(file.current()).toEqual([{ scope: 'members', key: OLD }])
  })
})
