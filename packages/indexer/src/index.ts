/**
 * `@ficdex/indexer`: reads story files in every supported format, turns them into validated work
 * documents, and loads them into a ficdex search engine.
 *
 * @example
 * import { openEmbeddedEngine } from '@ficdex/core'
 * import { indexPaths } from '@ficdex/indexer'
 *
 * const engine = openEmbeddedEngine({ path: 'data/ficdex.db' })
 * const report = await indexPaths(['corpus'], engine, { prune: true })
 * await engine.close()
 * @module
 */
export {
  DEFAULT_BATCH_SIZE,
  type FileRead,
  type IndexFailure,
  type IndexOptions,
  type IndexProgress,
  type IndexReport,
  type RebuildTally,
} from './index-report.js'
export { indexPaths } from './index-works.js'
export { type ChapterCount, parseChapterCount, settleChapters } from './normalize/chapter-count.js'
export { parseDate } from './normalize/dates.js'
export { normalizeWork } from './normalize/normalize-work.js'
export { slugFromPath } from './normalize/slug.js'
export { SourceFields } from './normalize/source-fields.js'
export { countTextWords, countWords } from './normalize/word-count.js'
export { createProgressBar, type ProgressBar, type ProgressStream, summaryLines } from './progress.js'
export { createProgressLines, type ProgressRecord, parseProgressLine } from './progress-lines.js'
export { isReadable, READERS, readerFor } from './read/readers.js'
export { SourceError } from './read/source-error.js'
export type { Reader, ReadItem, SourceWork } from './read/source-work.js'
export { type WalkResult, walkSources } from './read/walk.js'
export { readWorkFile } from './read-file.js'
export { type RebuildPathsOptions, rebuildPaths } from './rebuild-works.js'
export { runCli } from './run-cli.js'
export { type IndexWatcher, type Rerun, type WatchIndexOptions, watchIndex } from './watch/watch-index.js'
