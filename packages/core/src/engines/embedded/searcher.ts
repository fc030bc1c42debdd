/**
 * Runs a search: the matching rowids are computed once (so the text query and the filters run once),
 * then the page, facets and stats are read from them. A query ordered by text relevance stores them in
 * a temporary table, where they are scored; any other query only lists them (`listed-matches.ts`). A
 * disjunctive facet (a kind filtered with any-of values) counts over the works listed without that
 * filter. All of it runs in one read transaction, so every part describes the same committed state even
 * while another process writes. Reads from the stored matches use CROSS JOIN to keep them the outer
 * loop: the planner knows nothing of the temporary table's size and otherwise scans all works to probe it.
 * @module
 */
import type Database from 'better-sqlite3'
import { searchFacetValues } from '../../engine/facet-values.js'
import { afterOperator } from '../../engine/search-after.js'
import { didYouMean, FEW_HITS } from '../../engine/text/did-you-mean.js'
import { normalizeFacet } from '../../model/normalize-facet.js'
import {
  disjunctiveKinds,
  type FacetField,
  type FacetSearch,
  isTagKind,
  type SearchQuery,
  sortKey,
  sortOrder,
  withoutAnyOf,
} from '../../model/query.js'
import { type FacetSearchResult, pageCount, type SearchHit, type SearchResult } from '../../model/result.js'
import { isFreeTagKind } from '../../model/tag-kind.js'
import type { WorkSummary } from '../../model/work.js'
import { type CountedMatches, FacetCounter, type Facets, rangeStats } from './aggregates.js'
import { kindCode } from './codes.js'
import { orderBy, SORT_INDEXES } from './columns.js'
import { type DataVersion, MapUntilChange } from './data-version.js'
import { compileFtsQuery, type FtsQuery, type TextSynonyms, textSynonyms } from './fts-query.js'
import { MAX_ROWID } from './held-column.js'
import { highlightHits } from './highlights.js'
import {
  asJsonArray,
  type IndexWalk,
  type ListedMatches,
  listedAfter,
  listedAfterKeys,
  listedPage,
  listMatches,
} from './listed-matches.js'
import {
  anyOfCodes,
  anyOfTokens,
  type CursorRanges,
  cursorRanges,
  type MatchOptions,
  type MatchSql,
  matchSql,
  orderedByRelevance,
  type ResolveTag,
  type TextPart,
  type Tier,
} from './match-sql.js'
import { ResultCache } from './result-cache.js'
import { heldSortKeys } from './sort-key-column.js'
import { StatementCache } from './statement-cache.js'
import { parseDoc } from './stored-text.js'
import { STAGING_MARK } from './table-names.js'
import { Vocabulary } from './vocabulary.js'

/** A query's total, page of hits, and its matches for the facets to count (`CountedMatches`). */
interface Hits {
  total: number
  hits: SearchHit[]
  matches: CountedMatches
}

/** Stores listed matches (a JSON array of rowids) unscored. */
const STORE_LISTED = 'INSERT INTO temp.search_matches (rowid) SELECT value FROM json_each(?)'

const NO_TEXT: FtsQuery = { required: [], excluded: [], leading: [] }
/** An index of `works` by the name it was created with, or as a rebuild swapped it in (see `rebuild.ts`). */
const LIVE_INDEX = `SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'works'
  AND (name = @name OR name GLOB @swapped) LIMIT 1`

/** Gives the stored matches that have no score yet the scores a SELECT (rowid, score) finds for them. */
const scoreStoredSql = (rows: string) => `WITH scored (id, score) AS (${rows})
  UPDATE temp.search_matches AS m SET score = scored.score FROM scored
  WHERE m.rowid = scored.id AND m.score IS NULL`

/** How many of a relevance-sorted query's best works need scores: every one for the least relevant first. */
const neededScores = (query: SearchQuery): number =>
  sortOrder(query.sort) === 'desc' ? query.page * query.perPage : Number.POSITIVE_INFINITY

/** The parts of the text index a tier other than the leading one is found in: the whole of `work_search`. */
const WHOLE_INDEX: readonly (TextPart | undefined)[] = [undefined]
/** Whether some work has text (1), or some has none (0), read through `works_by_text`. */
const HAS_TEXT = 'SELECT EXISTS (SELECT 1 FROM works WHERE has_text = ?)'

/** Relaxed matches kept from by their filter tokens read from SQLite, at most (`#countingFirst`). */
const NARROWED_AT_MOST = 256

export class Searcher {
  readonly #statements: StatementCache
  readonly #vocabulary: Vocabulary
  readonly #resolveTag: Database.Statement
  readonly #clearMatches: Database.Statement
  readonly #docs: Database.Statement
  readonly #search: (query: SearchQuery) => SearchResult
  readonly #searchFacet: (query: SearchQuery, facet: FacetSearch) => FacetSearchResult
  readonly #results: ResultCache
  readonly #facets: FacetCounter
  readonly #sortKeys: ReturnType<typeof heldSortKeys>
  readonly #synonyms: TextSynonyms
  readonly #leadingParts: MapUntilChange<Tier, readonly (TextPart | undefined)[]>

  /**
   * @param version changes whenever the works may have changed; cached results are dropped then
   * @param options.resultCacheSize results of recent searches kept (see `result-cache.ts`); 0 keeps none
   * @param options.synonyms word → words it also matches in the query text
   */
  constructor(
    db: Database.Database,
    version: DataVersion,
    options: { resultCacheSize?: number; synonyms?: Record<string, string[]> } = {},
  ) {
    db.exec('CREATE TEMP TABLE IF NOT EXISTS search_matches (rowid INTEGER PRIMARY KEY, score REAL)')
    this.#statements = new StatementCache(db)
    this.#facets = new FacetCounter(db, this.#statements, version)
    this.#sortKeys = heldSortKeys(db, this.#statements, version)
    this.#vocabulary = new Vocabulary(db, version)
    this.#resolveTag = db.prepare('SELECT tag_id FROM tags WHERE kind = ? AND norm = ?').pluck()
    this.#clearMatches = db.prepare('DELETE FROM temp.search_matches')
    this.#docs = db
      .prepare('SELECT rowid, doc FROM work_docs WHERE rowid IN (SELECT value FROM json_each(?))')
      .raw()
    this.#search = db.transaction((query: SearchQuery) => this.#run(query))
    this.#searchFacet = db.transaction((query: SearchQuery, facet: FacetSearch) =>
      this.#runFacetSearch(query, facet),
    )
    this.#results = new ResultCache(version, options.resultCacheSize)
    this.#synonyms = textSynonyms(options.synonyms)
    this.#leadingParts = new MapUntilChange(version)
  }

  search(query: SearchQuery): SearchResult {
    return this.#results.get(query, () => this.#search(query))
  }

  /** The values of one kind among the works the query finds, counted as its facet counts them. */
  searchFacet(query: SearchQuery, facet: FacetSearch): FacetSearchResult {
    return this.#searchFacet(query, facet)
  }

  readonly #resolve: ResolveTag = (kind, value) =>
    this.#resolveTag.get(kindCode(kind), normalizeFacet(value)) as number | undefined

  #run(query: SearchQuery): SearchResult {
    const fts = this.#compileText(query)
    const { kinds, limit } = query.facets
    const disjunctive = disjunctiveKinds(query)
    const counted: Facets = {}
    const { page, perPage } = query
    const offset = (page - 1) * perPage
    const { total, hits, matches } =
      this.#listedHits(query, fts, offset) ?? this.#storedHits(query, fts, offset, disjunctive, counted)
    const own = kinds.filter((kind) => !disjunctive.includes(kind))
    Object.assign(counted, this.#facets.count(own, limit, matches))
    const stats = rangeStats(this.#statements, query.stats, matches)
    // Each disjunctive kind counts over its own matches: the query without the kind's any-of values.
    for (const kind of disjunctive) {
      if (counted[kind] !== undefined) continue
      Object.assign(
        counted,
        this.#facets.count([kind], limit, this.#listMatches(withoutAnyOf(query, kind), fts)),
      )
    }
    this.#clearMatches.run()
    const facets = Object.fromEntries(kinds.map((kind) => [kind, counted[kind]]))
    const result: SearchResult = {
      hits,
      total,
      page,
      perPage,
      totalPages: pageCount(total, perPage),
      facets,
      stats,
    }
    const suggestion = total < FEW_HITS ? didYouMean(query.text, this.#suggest(query.scope)) : undefined
    if (suggestion !== undefined) result.didYouMean = suggestion
    return result
  }

  /**
   * The matches and page of a query the text relevance does not order, read from the list of its matches
   * (`listed-matches.ts`); undefined for any other query.
   */
  #listedHits(query: SearchQuery, fts: FtsQuery, offset: number): Hits | undefined {
    if (orderedByRelevance(query, fts)) return undefined
    const match = matchSql(query, fts, this.#resolve, { ranked: false })
    const cursor = cursorRanges(query)
    const listed = this.#listedAfterCursor(query, fts, match, cursor)
    if (offset >= listed.total) return { total: listed.total, hits: [], matches: listed }
    const walk = this.#walkedIndex(query, listed.total, offset)
    const rowids = listedPage(
      this.#statements,
      query,
      listed,
      offset,
      walk,
      offset === 0 ? cursor : undefined,
    )
    return { total: listed.total, hits: this.#page(query, match, rowids), matches: listed }
  }

  /**
   * The works an unscored query finds, listed. After a cursor on a sort `works` keeps an index for, they
   * are listed without the cursor's condition and those before it dropped: by their values held in memory
   * (`sort-key-column.ts`) once that pays, else by walking the index up to the cursor (`listedAfter`) when
   * fewer works lie there than the matches, rather than reading every match's value from `works`: at 100k
   * works with bodies, page 50 of a rating's 30k works newest first took 19.6 ms that way and 10.0 walking
   * the index, their matches stored (page 1: 8.0).
   */
  #listedAfterCursor(
    query: SearchQuery,
    fts: FtsQuery,
    match: MatchSql,
    cursor: CursorRanges | undefined,
  ): ListedMatches {
    const index = cursor?.before === undefined ? undefined : this.#liveSortIndex(query)
    if (cursor?.before === undefined || index === undefined) return listMatches(this.#statements, match)
    const all = this.#listMatches({ ...query, after: undefined }, fts)
    const { params } = cursor
    const keys = this.#sortKeys.get(sortKey(query.sort))?.current(all.total)
    if (keys !== undefined && 'value' in params && typeof params.value === 'number') {
      const descending = afterOperator(query.sort) === '<'
      return listedAfterKeys(this.#statements, all, keys, { value: params.value, id: params.id }, descending)
    }
    const walk = { index, maxRowid: this.#maxRowid() }
    return (
      listedAfter(this.#statements, all, walk, cursor.before, params) ?? listMatches(this.#statements, match)
    )
  }

  /** The matches and page of a query ordered by text relevance, its matches stored and scored. */
  #storedHits(
    query: SearchQuery,
    fts: FtsQuery,
    offset: number,
    disjunctive: readonly FacetField[],
    counted: Facets,
  ): Hits {
    // Facets and stats read every match; a page alone reads only the ones it ranks.
    const readsAll = query.facets.kinds.length > 0 || query.stats.length > 0
    const { total, match } =
      this.#countingFirst(query, fts, disjunctive, counted) ?? this.#collect(query, fts, readsAll)
    const hits = offset < total ? this.#page(query, match, this.#pageRowids(query, offset)) : []
    return { total, hits, matches: total }
  }

  /**
   * A disjunctive tag kind counts over the matches of the query without its any-of values, which hold the
   * query's own matches. Those are listed (and the kind counted) first; when they are few, they are
   * stored and the query's matches kept from among them by their filter tokens rather than found again
   * through the text index, which costs as much as finding them: at 100k works with bodies, a common word
   * in a small fandom with one rating ("stast", 3 works) was matched twice at ~10 ms each, and reading a
   * stored match's tokens took 1–6 µs. A rating, warning or category, which only a work's own tags give
   * (`filterTags` has none of them), is kept from the relaxed matches of any number by the works' facet
   * codes, when those are held in memory (`FacetCounter.holdingAny`): the text index was otherwise walked
   * a second time for every relaxed match past the few. Returns the query's matches, scored, as
   * `#collect` does, or undefined when they are to be collected the usual way (the kind is counted either
   * way).
   */
  #countingFirst(
    query: SearchQuery,
    fts: FtsQuery,
    disjunctive: readonly FacetField[],
    counted: Facets,
  ): { total: number; match: MatchSql } | undefined {
    const kind = disjunctive.find(isTagKind)
    if (kind === undefined || query.after !== undefined) return undefined
    const relaxed = this.#listMatches(withoutAnyOf(query, kind), fts)
    Object.assign(counted, this.#facets.count([kind], query.facets.limit, relaxed))
    const kept = isFreeTagKind(kind)
      ? undefined
      : this.#facets.holdingAny(relaxed, anyOfCodes(query, kind, this.#resolve))
    if (kept === undefined && relaxed.total > NARROWED_AT_MOST) return undefined
    this.#clearMatches.run()
    this.#statements.get(STORE_LISTED).run(asJsonArray(kept ?? relaxed))
    const total =
      kept?.total ?? relaxed.total - this.#dropMatchesWithout(anyOfTokens(query, kind, this.#resolve))
    const match = matchSql(query, fts, this.#resolve, { ranked: true })
    return { total: this.#scoreStored(query, fts, total), match }
  }

  /** Removes the stored matches whose filters hold none of `tokens`; returns how many it removed. */
  #dropMatchesWithout(tokens: readonly string[]): number {
    const spaced = "' ' || g.filter_tokens || ' '"
    const holds =
      tokens.length === 0 ? '0' : tokens.map((_, i) => `instr(${spaced}, @t${i}) > 0`).join(' OR ')
    const sql = `DELETE FROM temp.search_matches AS m
      WHERE NOT EXISTS (SELECT 1 FROM work_tags AS g WHERE g.rowid = m.rowid AND (${holds}))`
    const params = Object.fromEntries(tokens.map((token, i) => [`t${i}`, ` ${token} `]))
    return this.#statements.get(sql).run(params).changes
  }

  #runFacetSearch(query: SearchQuery, facet: FacetSearch): FacetSearchResult {
    const relaxed = this.#listMatches(withoutAnyOf(query, facet.kind), this.#compileText(query))
    return searchFacetValues(this.#facets.values(facet.kind, relaxed), facet)
  }

  /** Index terms the scope may see, and synonym keys, a word may have been meant as. */
  #suggest(scope: SearchQuery['scope']): (word: string) => string[] {
    const suggest = this.#vocabulary.suggesterFor(scope, this.#synonyms.keys())
    return (word) => (this.#synonyms.has(word) ? [] : suggest(word))
  }

  #compileText({ text, scope }: SearchQuery): FtsQuery {
    return text === '' ? NO_TEXT : compileFtsQuery(text, this.#vocabulary.resolverFor(scope), this.#synonyms)
  }

  /**
   * Replaces the contents of `temp.search_matches` with the works a query ordered by text relevance
   * finds, those that may reach the page scored. Unless `readsAll`, works that cannot reach the page may
   * be counted without being stored.
   */
  #collect(query: SearchQuery, fts: FtsQuery, readsAll: boolean): { total: number; match: MatchSql } {
    this.#clearMatches.run()
    const match = matchSql(query, fts, this.#resolve, { ranked: true })
    // BM25 costs ten times what finding a match does. The tiers (see `Tier`), then the whole match, are
    // scored in turn; once those so far fill the pages up to this one, the rest are added unscored. Of
    // each only the works that may reach those pages are scored (the others come unscored with the rest,
    // when wanted).
    const needed = neededScores(query)
    if (match.filtered) {
      const stored = this.#insertMatches(matchSql(query, fts, this.#resolve, { ranked: false }))
      return { total: this.#scoreStored(query, fts, stored), match }
    }
    // The whole match's best are scored too when the tiers leave the pages short: storing every match
    // scored and sorting them all for the page took "vil trym" (12,181 matches, none in the tiers) 19.9 ms,
    // against 12.9.
    const scored = this.#scoreInTurn(query, fts, 'insert', Number.POSITIVE_INFINITY)
    // Least relevant first, every match is needed, and the whole match's step stored them all.
    if (!Number.isFinite(needed)) return { total: scored, match }
    const rest = matchSql(query, fts, this.#resolve, { ranked: false })
    // The rest holds the scored works too. Counting a common word's matches took half the time of
    // storing them (20k works with bodies, 13,918 matches: 3.6 against 7.5 ms).
    if (!readsAll) return { total: this.#countMatches(rest), match }
    return { total: scored + this.#insertMatches(rest, 'OR IGNORE'), match }
  }

  /**
   * Scores the best of each tier among the `total` matches stored unscored, and of the whole match when
   * the tiers do not fill the pages; returns `total`. For a query that requires tag values,
   * the scored statements then find the text and the filters that bound it alone (`amongStored` in
   * `match-sql.ts`): no rating counted again for each tier's BM25, and no NOT, under which FTS5 scored
   * some works wrong. At 100k works with bodies, the headline mix (text, a fandom or additional tag, one
   * or two ratings, seven facets) measured p50 8.79 -> 7.45 ms and mean 10.77 -> 9.39 against scoring
   * with every filter in the expression (each query the best of 5, the two ways alternated in one
   * process). It stores every match even where a page alone would have counted them: text with ratings
   * alone and no facets measured p50 7.46 -> 8.28 ms.
   */
  #scoreStored(query: SearchQuery, fts: FtsQuery, total: number): number {
    // Bounded by the stored matches too: a search that finds nothing scores nothing.
    this.#scoreInTurn(query, fts, 'update', total)
    return total
  }

  /**
   * Scores the best of the leading tier, the exact tier (when the text has typo corrections) and the
   * whole match in turn (`#scoreBest`), each while those scored so far neither fill the pages up to the
   * query's nor number `matches` (how many there are, when known); returns how many it scored.
   */
  #scoreInTurn(query: SearchQuery, fts: FtsQuery, store: 'insert' | 'update', matches: number): number {
    const needed = neededScores(query)
    const tiers: (Tier | undefined)[] = [
      'leading',
      ...(fts.exact === undefined ? [] : ['exact' as const]),
      undefined,
    ]
    let scored = 0
    for (const tier of tiers) {
      if (scored < needed && scored < matches) scored += this.#scoreBest(query, fts, tier, needed, store)
    }
    return scored
  }

  /**
   * Scores the tier's `needed` best works (the whole match's, without a tier) and every work tied with
   * the last of them, and returns how many were not scored yet: `insert` stores them, `update` scores
   * them among the matches stored already. They are read by score alone, twice as many as needed: the
   * page's order breaks the ties by id. When the ties run past what was read, the tier's best are stored
   * again in the page's order, in one statement, as is the whole tier when every work is needed (the least
   * relevant first).
   */
  #scoreBest(
    query: SearchQuery,
    fts: FtsQuery,
    tier: Tier | undefined,
    needed: number,
    store: 'insert' | 'update',
  ): number {
    const amongStored = store === 'update'
    const parts = this.#partsOf(tier)
    const matchOf = (part: TextPart | undefined, options: MatchOptions) =>
      matchSql(query, fts, this.#resolve, { tier, amongStored, part, ...options })
    const scoredOf = (options: MatchOptions) =>
      parts.reduce((stored, part) => stored + this.#storeScores(matchOf(part, options), amongStored), 0)
    if (!Number.isFinite(needed)) return scoredOf({})
    const limit = 2 * needed + 1
    const bests = parts.map((part) => matchOf(part, { best: limit }))
    const rows = bests
      .flatMap((best) => this.#statements.get(best.sql).raw().all(best.params) as [number, number][])
      .sort((a, b) => a[1] - b[1])
      .slice(0, limit)
    const lastScore = rows[needed - 1]?.[1] ?? Number.POSITIVE_INFINITY
    const kept = rows.filter(([, score]) => score <= lastScore)
    // Each part's ties are in the page's order, but not the ties between parts.
    const tiesById = bests.length === 1 && bests[0]?.tiesById === true
    if (kept.length === limit && !tiesById) return scoredOf({ best: needed, tiesById: true })
    const statement = this.#statements.get(
      amongStored
        ? 'UPDATE temp.search_matches SET score = @score WHERE rowid = @rowid AND score IS NULL'
        : 'INSERT OR IGNORE INTO temp.search_matches (rowid, score) VALUES (@rowid, @score)',
    )
    return kept.reduce((stored, [rowid, score]) => stored + statement.run({ rowid, score }).changes, 0)
  }

  /**
   * Where a tier's works are found: the leading tier's in `work_leads` for the works that have text, and in
   * `work_search` for those without, when the archive has both (see `schema.ts`); all others' in
   * `work_search`.
   */
  #partsOf(tier: Tier | undefined): readonly (TextPart | undefined)[] {
    if (tier !== 'leading') return WHOLE_INDEX
    return this.#leadingParts.through(tier, () => {
      const has = (text: 0 | 1) => this.#statements.get(HAS_TEXT).pluck().get(text) === 1
      return has(1) ? (has(0) ? ['withText', 'withoutText'] : ['withText']) : WHOLE_INDEX
    })
  }

  /**
   * Stores the rows of a scored SELECT (rowid, score), or, `amongStored`, gives their scores to the stored
   * matches among them that have none yet; returns how many rows it stored or scored.
   */
  #storeScores(match: MatchSql, amongStored: boolean): number {
    if (!amongStored) return this.#insertMatches(match, 'OR IGNORE')
    return this.#statements.get(scoreStoredSql(match.sql)).run(match.params).changes
  }

  /** The works the query finds, listed; none scored. */
  #listMatches(query: SearchQuery, fts: FtsQuery): ListedMatches {
    return listMatches(this.#statements, matchSql(query, fts, this.#resolve, { ranked: false }))
  }

  #countMatches(match: MatchSql): number {
    return this.#statements.get(`SELECT count(*) FROM (${match.sql})`).pluck().get(match.params) as number
  }

  #insertMatches(match: MatchSql, conflict: '' | 'OR IGNORE' = ''): number {
    const sql = `INSERT ${conflict} INTO temp.search_matches (rowid, score) ${match.sql}`
    return this.#statements.get(sql).run(match.params).changes
  }

  /** The rowids of the page among the stored matches, in order; the scored ones rank first (`#collect`). */
  #pageRowids(query: SearchQuery, offset: number): number[] {
    const sql = `SELECT m.rowid FROM temp.search_matches AS m CROSS JOIN works AS w ON w.rowid = m.rowid
      WHERE m.score IS NOT NULL ORDER BY ${orderBy(query.sort, true)} LIMIT @limit OFFSET @offset`
    return this.#statements.get(sql).pluck().all({ limit: query.perPage, offset }) as number[]
  }

  /**
   * The sort index to walk for a page of listed matches, with the highest rowid of any work, when it has
   * one and walking it beats sorting the matches. The walk reads about (offset + page size) × works ÷
   * matches entries instead of looking up and sorting every match: at 100k metadata-only works, a page of
   * 35k matches newest first took 41 ms sorted and 0.07 ms walked; among 159 matches, 0.25 ms against 0.71.
   */
  #walkedIndex(query: SearchQuery, total: number, offset: number): IndexWalk | undefined {
    if (sortOrder(query.sort) !== 'desc' || !(sortKey(query.sort) in SORT_INDEXES)) return undefined
    const maxRowid = this.#maxRowid()
    if (total * total <= (offset + query.perPage) * maxRowid) return undefined
    const index = this.#liveSortIndex(query)
    return index === undefined ? undefined : { index, maxRowid }
  }

  /** The highest rowid of any work. */
  #maxRowid(): number {
    return (this.#statements.get(MAX_ROWID).pluck().get() as number | null) ?? 0
  }

  /** The name the index `works` keeps for the query's sort goes by now, if it keeps one. */
  #liveSortIndex(query: SearchQuery): string | undefined {
    const index = SORT_INDEXES[sortKey(query.sort)]
    if (index === undefined) return undefined
    const swapped = `${index}${STAGING_MARK}*`
    return this.#statements.get(LIVE_INDEX).pluck().get({ name: index, swapped }) as string | undefined
  }

  /** The hits of the works at `rowids`, in that order. */
  #page(query: SearchQuery, match: MatchSql, rowids: readonly number[]): SearchHit[] {
    const docs = new Map(
      (this.#docs.all(JSON.stringify(rowids)) as [number, Buffer][]).map(([rowid, doc]) => [
        rowid,
        parseDoc(doc),
      ]),
    )
    const works = new Map(rowids.map((rowid) => [rowid, docs.get(rowid) as WorkSummary]))
    const highlights = query.highlight
      ? highlightHits(this.#statements, query.text, match.textMatch, works)
      : undefined
    return rowids.map((rowid) => {
      const work = works.get(rowid) as WorkSummary
      const marked = highlights?.get(rowid)
      return marked ? { work, highlights: marked } : { work }
    })
  }
}
