/** The Meilisearch engine's settings when its configuration leaves them out (`engine-config.ts`). */
export const MEILISEARCH_DEFAULTS = {
  index: 'works',
  batchSize: 1000,
  maxBatchBytes: 32 * 1024 * 1024,
  taskTimeoutMs: 10 * 60 * 1000,
  taskPollIntervalMs: 100,
  settingsCheckIntervalMs: 10_000,
} as const
