/**
 * Tag source: with `tagSource: 'author'`, filters of the free kinds match only the tags authors wrote
 * (with their spellings and meta tags), never tags inferred from the text; ratings, warnings and
 * categories filter as ever. Uses its own small works, whose provenance says which tags were inferred.
 * @module
 */
import type { SearchQueryInput } from '../../../model/query.js'
import type { TagKind } from '../../../model/tag-kind.js'
import type { TagProvenance } from '../../../model/work.js'
import type { SearchEngine } from '../../search-engine.js'
import { type ContractGroup, contractCase, expectSearch } from '../contract-case.js'
import { oneShot } from '../fixtures.js'

const ADDEK = 'Addison Montgomery/Derek Shepherd'

const inferred = (kind: TagProvenance['kind'], tag: string, original?: string): TagProvenance => ({
  kind,
  tag,
  source: 'inferred',
  confidence: 0.7,
  ...(original === undefined ? {} : { original }),
})

const work = oneShot

/**
 * - `written`: every tag the author's (no provenance says otherwise), "Romance Tropes" as a meta tag.
 * - `inferred`: its trope and pairing inferred from the text, with their meta tag and spelling.
 * - `mixed`: the author wrote "Fluff" (meta tag "Feel-Good"); "Angst" was inferred beside it.
 */
const WORKS = [
  work('written', {
    rating: 'Mature',
    characters: ['Addison Montgomery'],
    freeforms: ['Angst', 'Slow Burn'],
    filterTags: { freeform: ['Romance Tropes'] },
  }),
  work('inferred', {
    rating: 'Mature',
    relationships: [ADDEK],
    freeforms: ['Slow Burn'],
    filterTags: { relationship: ['Addek'], freeform: ['Romance Tropes', 'slow build'] },
    provenance: [
      inferred('rating', 'Mature'),
      inferred('relationship', ADDEK, 'Addek'),
      inferred('freeform', 'Slow Burn', 'slow build'),
    ],
  }),
  work('mixed', {
    characters: ['Addison Montgomery'],
    freeforms: ['Fluff', 'Angst'],
    filterTags: { freeform: ['Feel-Good'] },
    provenance: [{ kind: 'freeform', tag: 'Fluff', source: 'author' }, inferred('freeform', 'Angst')],
  }),
]

async function seed(engine: SearchEngine): Promise<void> {
  await engine.upsert(WORKS)
}

export const tagSource: ContractGroup = {
  title: 'tag source',
  cases: [
    contractCase('tag source: any (the default) matches inferred tags too', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { tags: { freeform: { all: ['Slow Burn'] } } }, ['written', 'inferred'])
      await expectSearch(engine, { tagSource: 'any', tags: { relationship: { any: ['addek'] } } }, [
        'inferred',
      ])
      await expectSearch(engine, { tags: { freeform: { any: ['Angst'] } } }, ['written', 'mixed'])
    }),
    contractCase('tag source: author matches only the author’s tags and their meta tags', async (engine) => {
      await seed(engine)
      const author = { tagSource: 'author' } as const
      await expectSearch(engine, { ...author, tags: { freeform: { all: ['Slow Burn'] } } }, ['written'])
      await expectSearch(engine, { ...author, tags: { freeform: { all: ['romance tropes'] } } }, ['written'])
      await expectSearch(engine, { ...author, tags: { freeform: { any: ['slow build'] } } }, [])
      await expectSearch(engine, { ...author, tags: { relationship: { any: [ADDEK, 'Addek'] } } }, [])
      await expectSearch(engine, { ...author, tags: { freeform: { any: ['Angst'] } } }, ['written'])
      await expectSearch(engine, { ...author, tags: { freeform: { all: ['Fluff', 'Feel-Good'] } } }, [
        'mixed',
      ])
      await expectSearch(engine, { ...author, tags: { character: { all: ['Addison Montgomery'] } } }, [
        'written',
        'mixed',
      ])
    }),
    contractCase(
      'tag source: any-of filters find the same works when their kind is counted as a facet',
      async (engine) => {
        await seed(engine)
        const cases: [SearchQueryInput, string[]][] = [
          [{ tagSource: 'author', tags: { freeform: { any: ['Angst'] } } }, ['written']],
          [{ tagSource: 'author', tags: { freeform: { any: ['slow build'] } } }, []],
          [{ tagSource: 'author', tags: { relationship: { any: [ADDEK, 'Addek'] } } }, []],
          [{ tags: { freeform: { any: ['Angst'] } } }, ['written', 'mixed']],
          [{ tags: { freeform: { any: ['No Such Tag Anywhere'] } } }, []],
        ]
        for (const [input, expected] of cases) {
          const kind = Object.keys(input.tags ?? {})[0] as TagKind
          await expectSearch(engine, { ...input, facets: { kinds: [kind] } }, expected)
        }
      },
    ),
    contractCase('tag source: author exclusion ignores inferred tags', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { tags: { freeform: { exclude: ['Angst'] } } }, ['inferred'])
      await expectSearch(engine, { tagSource: 'author', tags: { freeform: { exclude: ['Angst'] } } }, [
        'inferred',
        'mixed',
      ])
      await expectSearch(
        engine,
        { tagSource: 'author', tags: { freeform: { exclude: ['Romance Tropes'] } } },
        ['inferred', 'mixed'],
      )
    }),
    contractCase('tag source: author leaves ratings, warnings and categories as they are', async (engine) => {
      await seed(engine)
      await expectSearch(engine, { tagSource: 'author', tags: { rating: { any: ['Mature'] } } }, [
        'written',
        'inferred',
      ])
    }),
  ],
}
