/**
 * The columns of the CSV work format and how each cell becomes a source field. Column names are the
 * work format's keys (plus `series_position` and `body`), matched case-insensitively; an empty cell means
 * the field is not given.
 *
 * List cells (authors and tags) separate their items with `|`: AO3 forbids commas inside tag names and
 * pseuds, so a comma in a list cell almost always means a list written with the wrong separator, and is
 * rejected rather than read as one long tag.
 * @module
 */
import { parseCount } from './ao3-meta.js'

/** The separator between the items of a list cell. */
export const CSV_LIST_SEPARATOR = '|'

export type ColumnKind = 'text' | 'list' | 'count' | 'position' | 'boolean' | 'date' | 'body'

export const CSV_COLUMNS = {
  id: 'text',
  title: 'text',
  authors: 'list',
  summary: 'text',
  notes: 'text',
  language: 'text',
  rating: 'text',
  warnings: 'list',
  categories: 'list',
  fandoms: 'list',
  relationships: 'list',
  characters: 'list',
  eras: 'list',
  freeforms: 'list',
  series: 'text',
  series_position: 'position',
  chapters: 'text',
  complete: 'boolean',
  published: 'date',
  updated: 'date',
  words: 'count',
  kudos: 'count',
  hits: 'count',
  comments: 'count',
  bookmarks: 'count',
  visibility: 'text',
  body: 'body',
} as const satisfies Record<string, ColumnKind>

export type CsvColumn = keyof typeof CSV_COLUMNS

export function isCsvColumn(name: string): name is CsvColumn {
  return Object.hasOwn(CSV_COLUMNS, name)
}

const BOOLEANS: Readonly<Record<string, boolean>> = {
  true: true,
  yes: true,
  '1': true,
  false: false,
  no: false,
  '0': false,
}

/** A cell that cannot be read as its column's kind; the reason does not name the column. */
export class CellError extends Error {}

/**
 * The field value of one non-empty cell.
 * @example
 * parseCell('fandoms', 'Original Work | Grey’s Anatomy') // ['Original Work', 'Grey’s Anatomy']
 * parseCell('words', '1,234') // 1234
 * parseCell('published', '1700000000') // 1700000000 (Unix seconds)
 */
export function parseCell(column: CsvColumn, cell: string): unknown {
  const kind: ColumnKind = CSV_COLUMNS[column]
  switch (kind) {
    case 'text':
      return cell.trim()
    case 'body':
      return cell.replace(/^(?:[ \t]*\n)+/, '').trimEnd()
    case 'list':
      return parseList(cell)
    case 'count':
    case 'position': {
      const count = parseCount(cell)
      if (count === null) throw new CellError(`"${cell}" is not a whole number`)
      if (kind === 'position' && count === 0) throw new CellError('must be 1 or more')
      return count
    }
    case 'boolean': {
      const value = BOOLEANS[cell.trim().toLowerCase()]
      if (value === undefined) throw new CellError(`"${cell}" is not true or false (also yes/no, 1/0)`)
      return value
    }
    case 'date':
      // A bare number is Unix seconds; any other text is left for the normalizer to read as a date.
      return /^\d+$/.test(cell.trim()) ? Number(cell.trim()) : cell.trim()
  }
}

function parseList(cell: string): string[] {
  const items = cell
    .split(CSV_LIST_SEPARATOR)
    .map((item) => item.trim())
    .filter(Boolean)
  const withComma = items.find((item) => item.includes(','))
  if (withComma !== undefined) {
    throw new CellError(
      `"${withComma}" contains a comma; tags and author names cannot, so separate list items with "${CSV_LIST_SEPARATOR}"`,
    )
  }
  return [...new Set(items)]
}
