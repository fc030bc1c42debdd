/**
 * Number formatting for the report: a few significant digits, units spelled out.
 * @module
 */

export function ms(value: number): string {
  if (!Number.isFinite(value)) return 'n/a'
  return value < 10
    ? value.toFixed(2)
    : value < 100
      ? value.toFixed(1)
      : Math.round(value).toLocaleString('en')
}

export function bytes(value: number): string {
  if (value >= 1024 ** 3) return `${(value / 1024 ** 3).toFixed(2)} GB`
  return `${Math.round(value / 1024 ** 2).toLocaleString('en')} MB`
}

export function count(value: number): string {
  return Math.round(value).toLocaleString('en')
}

export function seconds(msValue: number): string {
  return `${(msValue / 1000).toFixed(msValue < 10_000 ? 2 : 1)} s`
}

export function works(n: number): string {
  return n >= 1_000_000 && n % 1_000_000 === 0
    ? `${n / 1_000_000}M`
    : n >= 1_000 && n % 1_000 === 0
      ? `${n / 1_000}k`
      : String(n)
}

export function ratio(value: number): string {
  return Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a'
}
