/**
 * What every `ficdex` subcommand receives from the CLI entry, so commands never touch `process` and
 * run in tests without a subprocess.
 * @module
 */
import type { ProgressStream } from '../progress.js'

export interface CommandContext {
  /** Directory that relative paths are resolved against: where the user ran the command. */
  cwd: string
  /** Writes one line of results. */
  stdout: (line: string) => void
  /** Writes one line of notes, warnings and failures. */
  stderr: (line: string) => void
  /** The environment, for commands that choose an engine. */
  env?: Readonly<Record<string, string | undefined>>
  /** Where progress bars go; drawn only when it is a terminal. */
  progress?: ProgressStream
  /**
   * A signal aborted when the user interrupts (Ctrl-C, SIGTERM), for commands that run until then. Until
   * a command asks for it, an interrupt ends the process at once.
   */
  untilInterrupted?: () => AbortSignal
}

/** A subcommand: its one-line summary for the help, and a runner returning the exit code. */
export interface Command {
  summary: string
  run: (args: readonly string[], context: CommandContext) => Promise<number>
}

/** Exit codes of every command. */
export const EXIT = {
  ok: 0,
  /** Some sources failed; the rest were processed. */
  someFailed: 1,
  /** Bad flags, arguments or configuration: nothing was done. */
  usage: 2,
  /** The run could not complete (engine unreachable, disk full …). */
  fatal: 3,
} as const
