/**
 * The `ficdex` command table and dispatch: picks the subcommand, prints help, and turns errors into
 * exit codes. `cli.ts` calls it with the real process; tests call it directly.
 * @module
 */
import { type Command, type CommandContext, EXIT } from './commands/command-context.js'
import { runEval } from './commands/eval-command.js'
import { runGenerate } from './commands/generate-command.js'
import { INDEX_USAGE, runIndex } from './commands/index-command.js'
import { runTags } from './commands/tags-report-command.js'

/** Subcommands by name. A new one is a module in `commands/` and one line here. */
export const COMMANDS: Record<string, Command> = {
  index: { summary: 'load works from files into the search engine', run: runIndex },
  generate: { summary: 'write a synthetic corpus of JSONL works for tests and benchmarks', run: runGenerate },
  eval: { summary: 'inference <folder>: score tag inference on labelled stories', run: runEval },
  tags: { summary: 'report [paths…]: list the tags the vocabulary does not know', run: runTags },
}

const HELP = `Usage: ficdex <command> [options]

Commands:
${Object.entries(COMMANDS)
  .map(([name, command]) => `  ${name.padEnd(12)} ${command.summary}`)
  .join('\n')}

Run \`ficdex <command> --help\` for a command's options.

${INDEX_USAGE}`

/** Runs `ficdex` with `argv` (without the node and script paths); resolves to the exit code. */
export async function runCli(argv: readonly string[], context: CommandContext): Promise<number> {
  const [name, ...args] = argv
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    ;(name === undefined ? context.stderr : context.stdout)(HELP)
    return name === undefined ? EXIT.usage : EXIT.ok
  }
  const command = COMMANDS[name]
  if (!command) {
    context.stderr(`ficdex: unknown command "${name}"\n\n${HELP}`)
    return EXIT.usage
  }
  try {
    return await command.run(args, context)
  } catch (error) {
    context.stderr(`ficdex ${name}: ${error instanceof Error ? error.message : String(error)}`)
    return EXIT.fatal
  }
}
