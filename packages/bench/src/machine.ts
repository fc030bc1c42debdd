/**
 * The machine a benchmark ran on, for the report: figures mean little without it.
 * @module
 */
import { readFileSync } from 'node:fs'
import os from 'node:os'

export interface Machine {
  cpu: string
  cores: number
  ramGb: number
  node: string
  os: string
  /** 1-minute load average when the run started: other work on the machine skews the figures. */
  loadAverage: number
}

export function describeMachine(): Machine {
  return {
    cpu: cpuModel(),
    cores: os.availableParallelism(),
    ramGb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    loadAverage: Math.round((os.loadavg()[0] ?? 0) * 100) / 100,
  }
}

function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))
    if (match?.[1]) return match[1].trim()
  } catch {
    // not Linux: fall back to what Node reports
  }
  return os.cpus()[0]?.model ?? 'unknown'
}
