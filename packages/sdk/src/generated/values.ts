// Generated from packages/server/openapi.json by scripts/gen-values.ts (`pnpm gen`). Do not edit.

/** The tag kinds, in the order the API lists them. */
export const TAG_KINDS = [
  "rating",
  "warning",
  "category",
  "fandom",
  "relationship",
  "character",
  "era",
  "freeform"
] as const

/** What each tag kind is called, for one tag and for several (`Fandom`, `Fandoms`). */
export const TAG_KIND_LABELS = {
  "rating": {
    "singular": "Rating",
    "plural": "Ratings"
  },
  "warning": {
    "singular": "Archive warning",
    "plural": "Archive warnings"
  },
  "category": {
    "singular": "Category",
    "plural": "Categories"
  },
  "fandom": {
    "singular": "Fandom",
    "plural": "Fandoms"
  },
  "relationship": {
    "singular": "Relationship",
    "plural": "Relationships"
  },
  "character": {
    "singular": "Character",
    "plural": "Characters"
  },
  "era": {
    "singular": "Canon era",
    "plural": "Canon eras"
  },
  "freeform": {
    "singular": "Additional tag",
    "plural": "Additional tags"
  }
} as const

/** The names `sort` takes. */
export const SORTS = [
  "relevance",
  "updated",
  "published",
  "words",
  "kudos",
  "hits",
  "comments",
  "bookmarks",
  "title",
  "author",
  "kudos_per_hit",
  "bookmarks_per_kudos",
  "random"
] as const
