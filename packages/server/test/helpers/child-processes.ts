/**
 * The live processes a process started, read from `/proc`: how tests see what a server forked.
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs'

/** The processes whose parent is `pid`, each with its command line (arguments joined by NUL). */
export function childProcessesOf(pid: number): { pid: number; cmdline: string }[] {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .flatMap((name) => {
      try {
        // The parent pid is the second field after the command, which is in parentheses.
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8')
        const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
        return parent === pid
          ? [{ pid: Number(name), cmdline: readFileSync(`/proc/${name}/cmdline`, 'utf8') }]
          : []
      } catch {
        return [] // it exited while being read
      }
    })
}
