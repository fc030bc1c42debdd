/**
 * What a tag wrangler would give a plain story: the label files of a labelled evaluation set
 * (`<slug>.json` beside `<slug>.txt`). The format is fixed by the set's README; unknown fields are
 * allowed, so a set can carry notes for its readers.
 * @module
 */
import { z } from 'zod'

const Name = z.string().trim().min(1)

export const StoryLabel = z.object({
  /** One fandom, or a list for a crossover. */
  fandom: z.union([Name, z.array(Name).min(1)]),
  main_relationship: z
    .object({
      characters: z.tuple([Name, Name]),
      type: z.enum(['romantic', 'platonic']),
    })
    .nullable(),
  /** Everyone on the page. */
  characters: z.array(Name),
  /** Talked about but not present: neither right nor wrong when inferred. */
  mentioned_only: z.array(Name).default([]),
  era: z
    .object({ fandom: Name, season: z.number().int().nonnegative(), tolerance: z.number().int().min(0) })
    .nullable(),
  tropes: z.array(Name),
  notes: z.string().optional(),
})
export type StoryLabel = z.infer<typeof StoryLabel>

/** The label's fandoms as a list. */
export function labelFandoms(label: StoryLabel): string[] {
  return typeof label.fandom === 'string' ? [label.fandom] : label.fandom
}
