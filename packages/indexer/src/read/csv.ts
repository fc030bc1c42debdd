/**
 * CSV works (`.csv`) for bulk imports: a header row naming the columns (see `csv-columns.ts`), then one
 * work per row. A row's source is `path:ROW`, ROW being the row number as a spreadsheet shows it (the
 * header is row 1; a quoted cell may span several lines of the file and is still one row). A bad cell
 * makes its row an error naming the row and the column, and the file's other rows still load; a bad
 * header (an unknown or repeated column, no `id`) fails the whole file.
 * @module
 */
import { parse } from 'csv-parse/sync'
import { closest } from '../normalize/closest.js'
import { CellError, CSV_COLUMNS, type CsvColumn, isCsvColumn, parseCell } from './csv-columns.js'
import { decodeText } from './decode-text.js'
import { SourceError } from './source-error.js'
import type { Reader, ReadItem, SourceWork } from './source-work.js'

/**
 * @example
 * const items = await readCsv('import/works.csv', await readFile('import/works.csv'))
 * items[0] // { source: 'import/works.csv:2', fields: { id: 'w1', title: '…', … }, chapters: [...] }
 */
export const readCsv: Reader = (path, content) => {
  const rows = parseRows(decodeText(content), path)
  const [header, ...records] = rows
  if (!header) throw new SourceError(path, 'CSV file is empty: it needs a header row naming its columns')
  const columns = readHeader(header, path)

  const items: ReadItem[] = []
  records.forEach((cells, i) => {
    const row = i + 2
    // A blank line is an empty row, counted so row numbers stay those a spreadsheet shows.
    if (cells.every((cell) => cell.trim() === '')) return
    try {
      items.push(readRow(cells, columns, path, row))
    } catch (error) {
      if (!(error instanceof SourceError)) throw error
      items.push(error)
    }
  })
  return items
}

function parseRows(text: string, path: string): string[][] {
  try {
    return parse(text, { relax_column_count: true, skip_empty_lines: false })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new SourceError(path, `invalid CSV: ${reason}`, undefined, { cause: error })
  }
}

function readHeader(header: string[], path: string): CsvColumn[] {
  const columns: CsvColumn[] = []
  for (const raw of header) {
    const name = raw.trim().toLowerCase()
    if (!isCsvColumn(name)) {
      const known = Object.keys(CSV_COLUMNS)
      const hint = closest(name, known)
      const help = hint ? `did you mean "${hint}"?` : `known columns: ${known.join(', ')}`
      throw new SourceError(path, `unknown column "${raw.trim()}" in the header (${help})`, 1)
    }
    if (columns.includes(name)) throw new SourceError(path, `column "${name}" appears twice in the header`, 1)
    columns.push(name)
  }
  if (!columns.includes('id')) {
    throw new SourceError(path, 'the header has no "id" column; every row needs its own id', 1)
  }
  return columns
}

function readRow(cells: string[], columns: CsvColumn[], path: string, row: number): SourceWork {
  const fail = (reason: string) => new SourceError(path, reason, row)
  if (cells.length !== columns.length) {
    const cellCount = cells.length === 1 ? '1 cell' : `${cells.length} cells`
    throw fail(`has ${cellCount} but the header has ${columns.length} columns`)
  }
  const values: Partial<Record<CsvColumn, unknown>> = {}
  columns.forEach((column, i) => {
    const cell = cells[i] ?? ''
    if (cell.trim() === '') return
    try {
      values[column] = parseCell(column, cell)
    } catch (error) {
      if (!(error instanceof CellError)) throw error
      throw fail(`column "${column}": ${error.message}`)
    }
  })

  const { body, series, series_position: position, ...fields } = values
  if (fields.id === undefined) throw fail('column "id" is empty; every row needs its own id')
  if (position !== undefined && series === undefined) {
    throw fail('column "series_position" is set but "series" is empty')
  }
  const work: SourceWork = {
    source: `${path}:${row}`,
    fields:
      series === undefined
        ? fields
        : { ...fields, series: position === undefined ? { name: series } : { name: series, position } },
    chapters: typeof body === 'string' && body !== '' ? [{ body }] : [],
  }
  return work
}
