#!/usr/bin/env node
/**
 * The `ficdex` executable: hands the real process (arguments, environment, streams) to `runCli` and
 * sets the exit code. The only place besides the server's entry that reads the environment.
 * @module
 */
import { runCli } from './run-cli.js'

// `pnpm ficdex …` runs this package's `cli` script inside the package directory; INIT_CWD is where the
// user typed the command, so their relative paths (and data/ficdex.db) mean what they expect.
const underPnpmScript = process.env.npm_lifecycle_event === 'cli' && process.env.INIT_CWD !== undefined

let interrupted: AbortController | undefined

process.exitCode = await runCli(process.argv.slice(2), {
  cwd: underPnpmScript ? (process.env.INIT_CWD as string) : process.cwd(),
  env: process.env,
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  progress: process.stderr,
  untilInterrupted: () => {
    if (!interrupted) {
      const controller = new AbortController()
      // Once: a second Ctrl-C ends the process the usual way, should stopping hang.
      for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort())
      interrupted = controller
    }
    return interrupted.signal
  },
})
