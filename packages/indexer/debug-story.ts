import { readdirSync, readFileSync } from 'node:fs'
import { defaultVocabulary } from '@ficdex/core'
import { findCharacters } from './src/infer/find-characters.js'
import { canonPrior } from './src/infer/infer-relationships.js'
import { readStory } from './src/infer/story/read-story.js'
import { WorkText } from './src/infer/work-text.js'

const vocab = defaultVocabulary()
const dir = process.env.DIR ?? '/work/shared/eval/inference/'
const only = process.argv[2]
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => dir + f)
if (!process.env.DIR) files.push('/work/shared/corpus/no-anesthesia.txt')
for (const file of files) {
  if (only && !file.includes(only)) continue
  const text = new WorkText([readFileSync(file, 'utf8')])
  const label = JSON.parse(readFileSync(dir + file.split('/').pop()!.replace('.txt', '.json'), 'utf8'))
  const fandoms = Array.isArray(label.fandom) ? label.fandom : [label.fandom]
  const scopeNames = fandoms.map(
    (f: string) => vocab.tags('fandom').find((t) => t.name === f || t.synonyms.includes(f))?.name ?? f,
  )
  const found = findCharacters(vocab, text, { scope: vocab.fandomScope(scopeNames) })
  const story = readStory(vocab, text, found.mentions)
  console.log(
    `\n=== ${file.split('/').pop()}  want ${label.main_relationship?.characters.join(label.main_relationship.type === 'romantic' ? '/' : ' & ')}`,
  )
  console.log(
    'voice',
    story.voice.person,
    story.voice.tense,
    JSON.stringify(story.voice.counts),
    'viewpoint',
    story.cast.viewpoint,
  )
  console.log(
    'cast',
    [...story.cast.members.values()]
      .map(
        (m) =>
          `${m.entity}${m.onPage ? '' : '(m)'} n${m.names} p${m.pronouns} s${m.spoke} a${m.addressed} t${m.talkedAbout}`,
      )
      .join(' | '),
  )
  const eraOrder = new Map<string, number>()
  if (label.era)
    eraOrder.set(
      vocab.tags('fandom').find((t) => t.name === label.era.fandom || t.synonyms.includes(label.era.fandom))!
        .name,
      label.era.season,
    )
  for (const b of story.bonds.slice(0, 6))
    console.log(
      ' ',
      b.pair.join(' + '),
      b.strength.toFixed(1),
      'romance',
      (2 * b.intimacy + 1.5 * b.affection + 0.5 * b.partner + 0.5 * b.touch).toFixed(1),
      'prior',
      JSON.stringify(canonPrior(vocab, b.pair, { fandoms: scopeNames, eraOrder })),
      `talk${b.talk} tog${b.together} touch${b.touch} int${b.intimacy} aff${b.affection} par${b.partner} fr${b.friendship}`,
      b.evidence
        .slice(0, 6)
        .map((e) => e.phrase)
        .join(','),
    )
  if (process.argv[3])
    for (const u of story.references.utterances)
      console.log(
        '   ',
        JSON.stringify(text.text.slice(text.tokens[u.first]!.start, text.tokens[u.last]!.end).slice(0, 50)),
        '|',
        u.speaker,
        '->',
        u.addressee,
        u.attributed,
        u.vocatives.join(','),
      )
}
