/**
 * A small vocabulary for the inference unit tests, shaped like the shipped one (a show, its spin-off,
 * a franchise with a meta fandom, shared tropes) but fixed, so the tests do not move when the shipped
 * data grows.
 * @module
 */
import { createVocabulary } from '../tags/build-vocabulary.js'
import { parseVocabularyFile } from '../tags/load-vocabulary.js'
import type { Vocabulary } from '../tags/vocabulary.js'

const SHOWS = `
fandoms:
  - name: Hospital Universe
  - name: Grey's Anatomy
    parents: [Hospital Universe]
    cues:
      - { phrase: Seattle Grace, weight: 0.7 }
      - { phrase: Grey Sloan Memorial, weight: 0.9 }
      - { phrase: McDreamy, weight: 0.8 }
  - name: Private Practice
    parents: [Hospital Universe]
    cues:
      - { phrase: Oceanside Wellness, weight: 0.9 }
      - { phrase: Los Angeles, weight: 0.2 }
  - name: Star Trek
    cues:
      - { phrase: Starfleet, weight: 0.7 }
  - name: "Star Trek: The Original Series"
    parents: [Star Trek]
  - name: "Star Trek: Alternate Original Series (Movies)"
    parents: [Star Trek]
    cues:
      - { phrase: Kelvin, weight: 0.4 }
characters:
  - { name: Meredith Grey, fandom: "Grey's Anatomy", synonyms: [Mer], gender: female, seasons: { "Grey's Anatomy": "2-" } }
  - { name: Lexie Grey, fandom: "Grey's Anatomy", synonyms: [Little Grey], gender: female, seasons: { "Grey's Anatomy": "3-4" } }
  - { name: Ellis Grey, fandom: "Grey's Anatomy", gender: female, seasons: { "Grey's Anatomy": "2-3" } }
  - { name: Mark Sloan, fandom: "Grey's Anatomy", synonyms: [McSteamy], gender: male, seasons: { "Grey's Anatomy": "2-" } }
  - name: Derek Shepherd
    fandom: ["Grey's Anatomy", Private Practice]
    synonyms: [McDreamy]
    gender: male
    seasons: { "Grey's Anatomy": "2-" }
  - name: Addison Montgomery
    fandom: ["Grey's Anatomy", Private Practice]
    synonyms: [Addie]
    gender: female
    seasons: { "Grey's Anatomy": "2-3" }
  - { name: Miranda Bailey (Grey's Anatomy), fandom: "Grey's Anatomy", gender: female }
  - { name: George O'Malley, fandom: "Grey's Anatomy", gender: male, seasons: { "Grey's Anatomy": "2-4" } }
  - { name: Izzie Stevens, fandom: "Grey's Anatomy", gender: female, seasons: { "Grey's Anatomy": "2-" } }
  - { name: Denny Duquette, fandom: "Grey's Anatomy", gender: male, seasons: { "Grey's Anatomy": "2" } }
  - { name: Naomi Bennett, fandom: [Private Practice, "Grey's Anatomy"], gender: female }
  - { name: Sam Bennett, fandom: [Private Practice, "Grey's Anatomy"], gender: male }
  - { name: Maya Bennett, fandom: Private Practice, gender: female }
  - { name: Cooper Freedman, fandom: Private Practice, gender: male }
  - name: James T. Kirk
    fandom: ["Star Trek: The Original Series", "Star Trek: Alternate Original Series (Movies)"]
    synonyms: [Jim]
    gender: male
  - name: Spock
    fandom: ["Star Trek: The Original Series", "Star Trek: Alternate Original Series (Movies)"]
    gender: male
  - name: Leonard McCoy
    fandom: ["Star Trek: The Original Series", "Star Trek: Alternate Original Series (Movies)"]
    synonyms: [Bones]
    gender: male
    addressedAs: [Doctor]
  - name: Reader
    synonyms: [You]
relationships:
  - name: Addison Montgomery/Derek Shepherd
    fandom: ["Grey's Anatomy", Private Practice]
    canon: { "Grey's Anatomy": { married: "2", separated: "3", divorced: "4" } }
  - name: Derek Shepherd/Meredith Grey
    fandom: "Grey's Anatomy"
    canon: { "Grey's Anatomy": { together: "3-4" } }
  - { name: Meredith Grey & Miranda Bailey (Grey's Anatomy), fandom: "Grey's Anatomy", bond: mentor }
  - { name: Lexie Grey & Meredith Grey, fandom: "Grey's Anatomy", bond: siblings }
  - { name: James T. Kirk/Spock, synonyms: [Spirk] }
  - name: George O'Malley/Izzie Stevens
    fandom: "Grey's Anatomy"
    canon: { "Grey's Anatomy": { together: "4" } }
eras:
  - name: Grey's Anatomy Season 2
    fandom: Grey's Anatomy
    order: 2
    years: [2005, 2006]
    cues:
      - { phrase: Archfield, weight: 0.5 }
      - { phrase: Denny Duquette, weight: 0.8 }
  - name: Grey's Anatomy Season 3
    fandom: Grey's Anatomy
    order: 3
    years: [2006, 2007]
    cues:
      - { phrase: Archfield, weight: 0.5 }
      - { phrase: ferry crash, weight: 0.8 }
  - name: Grey's Anatomy Season 4
    fandom: Grey's Anatomy
    order: 4
    years: [2007, 2008]
    cues:
      - { phrase: candle house, weight: 0.6 }
timeline:
  - { phrase: the trailer, seasons: "2-3", weight: 0.3, fandom: "Grey's Anatomy" }
`

const SHARED = `
freeforms:
  - name: Romance
    cues:
      - { phrase: "kiss*", weight: 0.8 }
      - { phrase: ex-wife, weight: 0.8 }
      - { phrase: love, weight: 0.4 }
  - name: Romance Tropes
    parents: [Romance]
  - name: Exes to Lovers
    parents: [Romance Tropes]
    cues:
      - { phrase: ex-wife, weight: 0.4 }
      - { phrase: ex-husband, weight: 0.4 }
      - { phrase: still love you, weight: 0.4 }
  - name: Plane Crash
    cues:
      - { phrase: plane crash, weight: 0.9 }
  - name: Hospitals
    cues:
      - { phrase: hospital, weight: 0.3 }
  - name: Angst
  - name: Crossover
  - name: Friendship
  - name: Female Friendship
    parents: [Friendship]
  - name: Mentor/Protégé
  - name: Sisters
  - name: Exes
  - name: Post-Divorce
  - name: Established Relationship
  - name: Getting Back Together
  - name: First Kiss
  - name: Love Triangles
  - name: Cheating
  - name: Workplace Relationship
    synonyms: [Workplace Romance]
  - name: POV Second Person
  - name: POV First Person
  - name: Epistolary
  - name: Present Tense
ratings:
  - name: Explicit
    cues:
      - { phrase: alpha, weight: 0.8 }
      - { phrase: beta, weight: 0.8 }
      - { phrase: gamma, weight: 0.8 }
  - name: Mature
    cues:
      - { phrase: alpha, weight: 0.8 }
      - { phrase: delta, weight: 0.8 }
      - { phrase: epsilon, weight: 0.8 }
warnings:
  - name: Major Character Death
    cues:
      - { phrase: zeta, weight: 0.9 }
      - { phrase: eta, weight: 0.9 }
      - { phrase: theta, weight: 0.9 }
  - name: No Archive Warnings Apply
    cues:
      - { phrase: gamma, weight: 0.9 }
`

let built: Vocabulary | undefined

/** The test vocabulary, built once. */
export function testVocabulary(): Vocabulary {
  built ??= createVocabulary([
    parseVocabularyFile('test/shows.yaml', SHOWS),
    parseVocabularyFile('test/shared.yaml', SHARED),
  ])
  return built
}
