/**
 * `--shared-seed`: the real fan work every checkout has beside it at `../shared/corpus/no-anesthesia.txt`
 * (relative to the repository root), indexed along with the sample corpus when present.
 * @module
 */
import { stat } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

/** `packages/indexer/src/commands/` → repository root → its sibling `shared/`. */
export const SHARED_SEED = fileURLToPath(
  new URL('../../../../../shared/corpus/no-anesthesia.txt', import.meta.url),
)

/** The seed's path when the file exists, else null. */
export async function findSharedSeed(path: string = SHARED_SEED): Promise<string | null> {
  return stat(path).then(
    (info) => (info.isFile() ? path : null),
    () => null,
  )
}
