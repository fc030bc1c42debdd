import { describe, expect, it } from 'vitest'
import type { TagKind } from '../model/tag-kind.js'
import { defaultVocabulary } from './load-vocabulary.js'
import { wrangle } from './wrangle.js'

const vocab = defaultVocabulary()
const GA = ["Grey's Anatomy"]
const PP = ['Private Practice']
const TOS = ['Star Trek: The Original Series']

interface Row {
  kind: TagKind
  given: string
  want: string
  /** Defaults to true. */
  wrangled?: boolean
  fandoms?: string[]
}

const rows: [string, Row][] = [
  // Fandoms: Unicode, entities, spacing
  ['fandom as canonical', { kind: 'fandom', given: "Grey's Anatomy", want: "Grey's Anatomy" }],
  ['curly apostrophe', { kind: 'fandom', given: 'Grey\u2019s Anatomy', want: "Grey's Anatomy" }],
  ['hex entity', { kind: 'fandom', given: 'Grey&#x27;s Anatomy', want: "Grey's Anatomy" }],
  ['decimal entity', { kind: 'fandom', given: 'Grey&#39;s Anatomy', want: "Grey's Anatomy" }],
  ['entity escaped twice', { kind: 'fandom', given: 'Grey&amp;#x27;s Anatomy', want: "Grey's Anatomy" }],
  [
    'fullwidth letters, apostrophe and space',
    {
      kind: 'fandom',
      given: '\uff27\uff52\uff45\uff59\uff07\uff53\u3000\uff21\uff4e\uff41\uff54\uff4f\uff4d\uff59',
      want: "Grey's Anatomy",
    },
  ],
  ['no apostrophe, lower case', { kind: 'fandom', given: 'greys anatomy', want: "Grey's Anatomy" }],
  ['fandom synonym', { kind: 'fandom', given: 'Private Practice (TV)', want: 'Private Practice' }],
  [
    'extra spaces',
    { kind: 'fandom', given: '  Star   Trek:  The Original Series ', want: 'Star Trek: The Original Series' },
  ],
  ['fandom abbreviation', { kind: 'fandom', given: 'TOS', want: 'Star Trek: The Original Series' }],
  [
    'ampersand entity in a fandom',
    { kind: 'fandom', given: 'P&amp;P', want: 'Pride and Prejudice - Jane Austen' },
  ],

  // Relationships: ship names
  ['ship name', { kind: 'relationship', given: 'Addek', want: 'Addison Montgomery/Derek Shepherd' }],
  [
    'ship name, lower case',
    { kind: 'relationship', given: 'addek', want: 'Addison Montgomery/Derek Shepherd' },
  ],
  ['MerDer', { kind: 'relationship', given: 'MerDer', want: 'Derek Shepherd/Meredith Grey' }],
  ['Slexie', { kind: 'relationship', given: 'Slexie', want: 'Lexie Grey/Mark Sloan' }],
  ['Calzona', { kind: 'relationship', given: 'CALZONA', want: 'Arizona Robbins/Callie Torres' }],
  ['Japril', { kind: 'relationship', given: 'Japril', want: 'April Kepner/Jackson Avery' }],
  ['Jolex', { kind: 'relationship', given: 'Jolex', want: 'Alex Karev/Jo Wilson' }],
  ['Crowen', { kind: 'relationship', given: 'Crowen', want: 'Cristina Yang/Owen Hunt' }],
  ['K/S', { kind: 'relationship', given: 'K/S', want: 'James T. Kirk/Spock' }],
  [
    'three-way ship name',
    { kind: 'relationship', given: 'McSpirk', want: 'James T. Kirk/Leonard McCoy/Spock' },
  ],
  ['ODC', { kind: 'relationship', given: 'ODC', want: 'Elizabeth Bennet/Fitzwilliam Darcy' }],

  // Relationships: order, spacing, names
  [
    'reversed full names',
    {
      kind: 'relationship',
      given: 'Derek Shepherd/Addison Montgomery',
      want: 'Addison Montgomery/Derek Shepherd',
    },
  ],
  [
    'spaces around the slash',
    {
      kind: 'relationship',
      given: ' Derek Shepherd  /  Addison  Montgomery',
      want: 'Addison Montgomery/Derek Shepherd',
    },
  ],
  [
    'fullwidth slash',
    {
      kind: 'relationship',
      given: 'Addison\uff0fDerek',
      want: 'Addison Montgomery/Derek Shepherd',
      fandoms: GA,
    },
  ],
  [
    'first names',
    { kind: 'relationship', given: 'Addison/Derek', want: 'Addison Montgomery/Derek Shepherd', fandoms: GA },
  ],
  [
    'first names reversed',
    { kind: 'relationship', given: 'Derek/Addison', want: 'Addison Montgomery/Derek Shepherd', fandoms: GA },
  ],
  [
    'nickname and first name',
    { kind: 'relationship', given: 'McDreamy/Addie', want: 'Addison Montgomery/Derek Shepherd' },
  ],
  [
    'character nicknames on both sides',
    { kind: 'relationship', given: 'Mer/Der', want: 'Derek Shepherd/Meredith Grey' },
  ],
  ['surnames', { kind: 'relationship', given: 'Wilson/Karev', want: 'Alex Karev/Jo Wilson', fandoms: GA }],
  [
    'title and disambiguated canonical name',
    {
      kind: 'relationship',
      given: 'Dr. Bailey/Ben Warren',
      want: "Ben Warren/Miranda Bailey (Grey's Anatomy)",
      fandoms: GA,
    },
  ],
  [
    'x between names',
    {
      kind: 'relationship',
      given: 'Addison x Derek',
      want: 'Addison Montgomery/Derek Shepherd',
      fandoms: GA,
    },
  ],
  [
    'platonic, first names',
    {
      kind: 'relationship',
      given: 'Meredith & Cristina',
      want: 'Cristina Yang & Meredith Grey',
      fandoms: GA,
    },
  ],
  [
    'platonic with an entity',
    {
      kind: 'relationship',
      given: 'Meredith &amp; Cristina',
      want: 'Cristina Yang & Meredith Grey',
      fandoms: GA,
    },
  ],
  [
    'first names in the spin-off',
    { kind: 'relationship', given: 'Sam/Addison', want: 'Addison Montgomery/Sam Bennett', fandoms: PP },
  ],
  ['reversed, short names', { kind: 'relationship', given: 'Spock/Kirk', want: 'James T. Kirk/Spock' }],
  [
    'synonyms on both sides',
    { kind: 'relationship', given: 'Darcy/Lizzy', want: 'Elizabeth Bennet/Fitzwilliam Darcy' },
  ],
  [
    'pairing not in the vocabulary, written canonically',
    { kind: 'relationship', given: 'Naomi/Addison', want: 'Addison Montgomery/Naomi Bennett', fandoms: PP },
  ],
  [
    'generic character',
    { kind: 'relationship', given: 'Derek/Reader', want: 'Derek Shepherd/Reader', fandoms: GA },
  ],
  [
    'ambiguous surnames stay unknown',
    { kind: 'relationship', given: 'Grey/Sloan', want: 'Grey/Sloan', wrangled: false, fandoms: GA },
  ],
  [
    'first names of unrelated works',
    { kind: 'relationship', given: 'Jane / Mark', want: 'Jane / Mark', wrangled: false },
  ],
  [
    'a character paired with itself',
    { kind: 'relationship', given: 'Addison/Addie', want: 'Addison/Addie', wrangled: false },
  ],
  [
    'unknown character',
    {
      kind: 'relationship',
      given: 'Addison/Original Robot',
      want: 'Addison/Original Robot',
      wrangled: false,
      fandoms: GA,
    },
  ],

  // Characters
  ['character nickname', { kind: 'character', given: 'McSteamy', want: 'Mark Sloan' }],
  ['common misspelling', { kind: 'character', given: 'Christina Yang', want: 'Cristina Yang' }],
  [
    'first name in the fandom',
    { kind: 'character', given: 'addison', want: 'Addison Montgomery', fandoms: GA },
  ],
  [
    'title and surname',
    { kind: 'character', given: 'Dr. Bailey', want: "Miranda Bailey (Grey's Anatomy)", fandoms: GA },
  ],
  [
    'name without disambiguation',
    { kind: 'character', given: 'Teddy Altman', want: "Teddy Altman (Grey's Anatomy)" },
  ],

  // Freeforms
  [
    'decomposed accent (NFD)',
    {
      kind: 'freeform',
      given: 'Alternate Universe - Coffee Shops & Cafe\u0301s',
      want: 'Alternate Universe - Coffee Shops & Cafés',
    },
  ],
  [
    'accent left out',
    {
      kind: 'freeform',
      given: 'alternate universe - coffee shops & cafes',
      want: 'Alternate Universe - Coffee Shops & Cafés',
    },
  ],
  [
    'short form of an AU',
    { kind: 'freeform', given: 'Canon Divergence', want: 'Alternate Universe - Canon Divergence' },
  ],
  [
    'en dash for the hyphen',
    {
      kind: 'freeform',
      given: 'Alternate Universe \u2013 Modern Setting',
      want: 'Alternate Universe - Modern Setting',
    },
  ],
  ['old synonym', { kind: 'freeform', given: 'slow build', want: 'Slow Burn' }],
  ['shouting', { kind: 'freeform', given: 'ANGST', want: 'Angst' }],
  ['trailing space', { kind: 'freeform', given: 'hurt/comfort ', want: 'Hurt/Comfort' }],
  ['spaces around a slash in a trope', { kind: 'freeform', given: 'Hurt / Comfort', want: 'Hurt/Comfort' }],
  ['space for a hyphen', { kind: 'freeform', given: 'Post Canon', want: 'Post-Canon' }],
  ['zero-width space inside', { kind: 'freeform', given: 'Fl\u200buff', want: 'Fluff' }],
  [
    'unknown: entities decoded, spaces collapsed',
    {
      kind: 'freeform',
      given: '  the   ferry boat &amp; scene ',
      want: 'the ferry boat & scene',
      wrangled: false,
    },
  ],
  [
    'unknown: composed to NFC',
    { kind: 'freeform', given: 'Cafe\u0301 Talk', want: 'Caf\u00e9 Talk', wrangled: false },
  ],

  // Eras
  ['season in the fandom', { kind: 'era', given: 'Season 3', want: "Grey's Anatomy Season 3", fandoms: GA }],
  [
    'short season in the spin-off',
    { kind: 'era', given: 'S3', want: 'Private Practice Season 3', fandoms: PP },
  ],
  [
    'AO3-style season tag',
    { kind: 'era', given: 'Season/Series 03', want: 'Star Trek: The Original Series Season 3', fandoms: TOS },
  ],
  ['season with the fandom in it', { kind: 'era', given: 'GA S3', want: "Grey's Anatomy Season 3" }],
  ['season without a fandom', { kind: 'era', given: 'Season 3', want: 'Season 3', wrangled: false }],
  [
    'season in a crossover of two shows',
    { kind: 'era', given: 'Season 3', want: 'Season 3', wrangled: false, fandoms: [...GA, ...PP] },
  ],
  [
    'season named by the meta fandom\u2019s sub-fandom',
    { kind: 'era', given: 's1', want: "Grey's Anatomy Season 1", fandoms: ['greys anatomy'] },
  ],

  // AO3's fixed sets
  ['rating word', { kind: 'rating', given: 'Teen', want: 'Teen And Up Audiences' }],
  ['rating letter', { kind: 'rating', given: 't', want: 'Teen And Up Audiences' }],
  ['film rating', { kind: 'rating', given: 'NC-17', want: 'Explicit' }],
  [
    'warning short form',
    { kind: 'warning', given: 'No Archive Warnings', want: 'No Archive Warnings Apply' },
  ],
  [
    'warning old wording',
    { kind: 'warning', given: 'Choose Not To Warn', want: 'Creator Chose Not To Use Archive Warnings' },
  ],
  ['category reversed', { kind: 'category', given: 'M/F', want: 'F/M' }],
  ['category lower case', { kind: 'category', given: 'gen', want: 'Gen' }],
  ['category word', { kind: 'category', given: 'Femslash', want: 'F/F' }],
  ['unknown rating', { kind: 'rating', given: 'Spicy', want: 'Spicy', wrangled: false }],
]

describe('wrangle', () => {
  it.each(rows)('%s', (_name, { kind, given, want, wrangled = true, fandoms }) => {
    const result = wrangle(vocab, kind, given, fandoms === undefined ? {} : { fandoms })
    expect({ canonical: result.canonical, wrangled: result.wrangled }).toEqual({ canonical: want, wrangled })
  })

  it('has the table the brief asks for', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40)
  })

  it('gives all meta tags, transitively, nearest first', () => {
    expect(wrangle(vocab, 'freeform', 'mutual pining').ancestors).toEqual([
      'Pining',
      'Romance Tropes',
      'Romance',
    ])
    expect(wrangle(vocab, 'freeform', 'Exes to Lovers').ancestors).toEqual(['Romance Tropes', 'Romance'])
    expect(wrangle(vocab, 'freeform', 'canon divergence').ancestors).toEqual(['Alternate Universe'])
    expect(wrangle(vocab, 'freeform', 'Regency AU').ancestors).toEqual([
      'Alternate Universe - Historical',
      'Regency',
      'Alternate Universe',
    ])
    expect(wrangle(vocab, 'fandom', 'Private Practice').ancestors).toEqual(["Grey's Anatomy Universe"])
    expect(wrangle(vocab, 'freeform', 'Angst').ancestors).toEqual([])
  })

  it('returns the vocabulary entry, except for unknown tags and pairings built from known characters', () => {
    expect(wrangle(vocab, 'relationship', 'addek').tag?.characters).toEqual([
      'Addison Montgomery',
      'Derek Shepherd',
    ])
    expect(wrangle(vocab, 'relationship', 'Naomi/Addison', { fandoms: PP }).tag).toBeUndefined()
    expect(wrangle(vocab, 'freeform', 'no such trope').tag).toBeUndefined()
  })

  it('returns results the caller may change without affecting later calls', () => {
    wrangle(vocab, 'freeform', 'Mutual Pining').ancestors.push('Mutated')
    expect(wrangle(vocab, 'freeform', 'Mutual Pining').ancestors).not.toContain('Mutated')
  })
})
