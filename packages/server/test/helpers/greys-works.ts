/**
 * A Grey's Anatomy Universe archive for the tag tests, written the way authors tag: ship names,
 * first-name pairings, short era names, narrow tropes. Works carry their season in the id; one work's
 * pairing and trope were inferred from its text rather than tagged by its author.
 * @module
 */
import type { WorkInput } from '@ficdex/core'

const day = (iso: string) => Date.parse(`${iso}T12:00:00Z`) / 1000

interface Tags {
  fandoms?: string[]
  relationships?: string[]
  characters?: string[]
  eras?: string[]
  freeforms?: string[]
}

const work = (id: string, tags: Tags, extra: Partial<WorkInput> = {}): WorkInput => ({
  id,
  title: `Work ${id}`,
  authors: ['seattlegrace'],
  fandoms: ["Grey's Anatomy"],
  words: 2000,
  complete: true,
  publishedAt: day('2022-01-01'),
  updatedAt: day('2022-01-01'),
  text: [{ body: `The text of ${id}.` }],
  ...tags,
  ...extra,
})

export const GREYS_WORKS: WorkInput[] = [
  work('ga-s1', { eras: ['Season 1'], freeforms: ['Fluff'] }),
  work('ga-s2-addek', {
    relationships: ['Addek'],
    characters: ['Addison', 'McDreamy'],
    eras: ['S2'],
    freeforms: ['Mutual Pining'],
  }),
  work('ga-s3-addek', { relationships: ['Addison/Derek'], eras: ['Season 3'], freeforms: ['Angst'] }),
  work('ga-s4-merder', {
    relationships: ['Meredith Grey/Derek Shepherd'],
    eras: ["Grey's Anatomy Season 4"],
    freeforms: ['slow build'],
  }),
  work('ga-s5', { eras: ['Season 5'], freeforms: ['Hurt/Comfort'] }),
  work('pp-s1-addek', {
    fandoms: ['Private Practice'],
    relationships: ['Addek'],
    eras: ['Season 1'],
    freeforms: ['Angst'],
  }),
  work('ga-s3-locked', { relationships: ['Addek'], eras: ['Season 3'] }, { visibility: 'restricted' }),
  work(
    'ga-inferred',
    { relationships: ['Addek'], freeforms: ['Slow Burn'] },
    {
      provenance: [
        { kind: 'relationship', tag: 'Addek', source: 'inferred', confidence: 0.7 },
        { kind: 'freeform', tag: 'Slow Burn', source: 'inferred', confidence: 0.6 },
      ],
    },
  ),
]

/** Public works by the relationship they carry once wrangled. */
export const ADDEK_PUBLIC = ['ga-inferred', 'ga-s2-addek', 'ga-s3-addek', 'pp-s1-addek']
