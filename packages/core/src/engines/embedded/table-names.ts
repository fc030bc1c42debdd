/**
 * The names of the tables the work store writes, as one record, so the same statements can write the live
 * index or the staging copy a rebuild fills before swapping it in (see `rebuild.ts`).
 * @module
 */

/** Marks a rebuild's staging objects: `<live name>__rebuild_<token>`; its indexes keep the mark once live. */
export const STAGING_MARK = '__rebuild_'

export interface TableNames {
  works: string
  docs: string
  texts: string
  tags: string
  /** Each work's filter tokens and facet codes. */
  workTags: string
  /** The FTS5 text index. */
  search: string
  /** The view the text index is fed from. */
  searchContent: string
  /** The FTS5 index of the works' other columns, for those with text (see `schema.ts`). */
  leads: string
}

/** The tables searches read. */
export const LIVE_TABLES: Readonly<TableNames> = {
  works: 'works',
  docs: 'work_docs',
  texts: 'work_texts',
  tags: 'tags',
  workTags: 'work_tags',
  search: 'work_search',
  searchContent: 'work_search_content',
  leads: 'work_leads',
}

/** The FTS5 indexes among them: they take the same options, which a rebuild's staging copies take over. */
export const TEXT_INDEXES = ['search', 'leads'] as const satisfies readonly (keyof TableNames)[]
