/**
 * One indexer writes a database file at a time: a lock file beside the database (`<db>.writer.lock`,
 * holding the writer's process id) is taken for the whole run. A second indexer says who it waits for
 * and waits its turn, instead of failing with `database is locked` when the first one's long write
 * outlasts SQLite's busy timeout. A lock left by a process that no longer runs is taken over.
 * @module
 */
import { open, readFile, unlink } from 'node:fs/promises'
import { setTimeout as sleep } from 'node:timers/promises'

export interface WriterLockOptions {
  /** Told once, when the lock is held by another running process. */
  onWait?: (holderPid: number) => void
  pollMs?: number
}

/** Takes the lock for `dbPath`, waiting while another live process holds it; resolves with its release. */
export async function acquireWriterLock(
  dbPath: string,
  { onWait, pollMs = 200 }: WriterLockOptions = {},
): Promise<() => Promise<void>> {
  const path = `${dbPath}.writer.lock`
  let told = false
  for (;;) {
    try {
      const file = await open(path, 'wx')
      await file.writeFile(String(process.pid))
      await file.close()
      return () => unlink(path).catch(() => {})
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
    const holder = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10)
    if (!Number.isInteger(holder) || !isRunning(holder)) {
      // Left by a writer that died (or was being written just now): take it over on the next try.
      if (Number.isInteger(holder)) await unlink(path).catch(() => {})
      await sleep(pollMs)
      continue
    }
    if (!told) onWait?.(holder)
    told = true
    await sleep(pollMs)
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
