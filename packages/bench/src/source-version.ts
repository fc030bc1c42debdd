/**
 * Which code a run measured: the commit, and how many files differed from it. Figures from a tree with
 * uncommitted changes to the engines or the server are not reproducible from the commit alone.
 * @module
 */
import { execFileSync } from 'node:child_process'

export interface SourceVersion {
  commit: string
  /** Files under packages/ that differ from the commit (uncommitted or untracked). */
  changedFiles: number
}

export function sourceVersion(repoRoot: string): SourceVersion {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim()
  try {
    const status = git('status', '--porcelain', '--', 'packages')
    return {
      commit: git('rev-parse', '--short=12', 'HEAD'),
      changedFiles: status === '' ? 0 : status.split('\n').length,
    }
  } catch {
    return { commit: 'unknown', changedFiles: 0 }
  }
}
