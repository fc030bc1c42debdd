/**
 * Meilisearch's facet normalization, which both engines apply so that filters match the same works:
 * trim, Unicode NFKD, lowercase. Case-insensitive but accent-sensitive (NFKD keeps combining marks).
 * @module
 */
export function normalizeFacet(value: string): string {
  return value.trim().normalize('NFKD').toLowerCase()
}
