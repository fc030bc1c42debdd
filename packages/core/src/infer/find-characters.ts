/**
 * Finding which characters a text mentions, and where. Every form of every candidate character is looked
 * up with word boundaries and case-sensitively, longest forms first so "Meredith Grey" is one mention and
 * not also a "Grey". A shared form ("Grey": Meredith, Lexie, Ellis…; "Dr. Grey") is given to one of its
 * candidates when exactly one was also named by a full form (else, by an unshared form); when none was,
 * and the fandoms are known, to the first declared, since the vocabulary lists a family's lead first
 * ("Grey" alone is Meredith); otherwise it is left unattributed rather than guessed.
 * @module
 */
import { ascending } from '../model/lower-bound.js'
import type { Evidence } from '../model/work.js'
import type { FandomScope, Vocabulary, VocabularyTag } from '../tags/vocabulary.js'
import { type CharacterForm, characterForms, isTitle } from './character-forms.js'
import { findPhrase } from './find-phrase.js'
import type { WorkText } from './work-text.js'

export interface CharacterMentions {
  readonly tag: VocabularyTag
  /** All mentions, by any form. */
  readonly count: number
  /** Mentions per form as written, most first. */
  readonly evidence: Evidence[]
  /** The sentence of each mention, in text order (repeats when a sentence names them twice). */
  readonly sentences: number[]
  /** Whether a full form (canonical name or synonym) was among the mentions. */
  readonly named: boolean
}

export interface AmbiguousForm {
  readonly form: string
  readonly count: number
  /** Candidate canonical names, in vocabulary order. */
  readonly candidates: string[]
}

/** One mention of a character: the tokens it spans and the form it was written in. */
export interface Mention {
  readonly tag: VocabularyTag
  readonly first: number
  readonly last: number
  readonly form: string
}

export interface FoundCharacters {
  /** Characters mentioned at least once, most mentioned first (then by name). */
  readonly characters: CharacterMentions[]
  /** Every attributed mention, in text order. */
  readonly mentions: Mention[]
  /** Short forms left unattributed because several candidates fit. */
  readonly ambiguous: AmbiguousForm[]
  /** The tokens any character's form covers, attributed or not. */
  readonly covered: (token: number) => boolean
}

export interface FindCharactersOptions {
  /** Only characters of these fandoms; `null` for all fandoms. */
  scope: FandomScope
  /** Phrases whose words are not names ("Grey Sloan Memorial" is a hospital). */
  mask?: readonly string[]
}

interface Hit {
  form: string
  candidates: readonly CharacterForm[]
  sentence: number
  first: number
  last: number
}

/** Forms per vocabulary, computed once: a vocabulary is read-only. */
const formCache = new WeakMap<Vocabulary, CharacterForm[]>()

/**
 * The forms of every character that belongs to a fandom, longest (in words) first. Characters of no
 * fandom ("Original Character(s)", "Reader") are never found in a text: any story has them or none.
 */
function allForms(vocab: Vocabulary): CharacterForm[] {
  let forms = formCache.get(vocab)
  if (forms === undefined) {
    forms = vocab
      .tags('character')
      .filter((tag) => tag.fandoms.length > 0)
      .flatMap((tag) => characterForms(vocab, tag))
    const words = (text: string) => text.split(/[\s.-]+/u).filter(Boolean).length
    forms.sort((a, b) => words(b.text) - words(a.text) || b.text.length - a.text.length)
    formCache.set(vocab, forms)
  }
  return forms
}

/** Per vocabulary, the fandoms that have a character with a form to find. */
const fandomCache = new WeakMap<Vocabulary, ReadonlySet<string>>()

/**
 * Whether `findCharacters` can find anyone in this scope, whatever the text: false when the vocabulary
 * has no character of its fandoms (a work in a fandom it does not know), so callers can skip the text.
 */
export function mayFindCharacters(vocab: Vocabulary, scope: FandomScope): boolean {
  let fandoms = fandomCache.get(vocab)
  if (fandoms === undefined) {
    fandoms = new Set(allForms(vocab).flatMap((form) => form.tag.fandoms))
    fandomCache.set(vocab, fandoms)
  }
  if (scope === null) return fandoms.size > 0
  for (const fandom of scope) if (fandoms.has(fandom)) return true
  return false
}

/** How firmly a kind of form names someone: a full name before a titled surname before a lone word. */
const RANK: Record<CharacterForm['kind'], number> = { name: 0, titled: 1, word: 2 }

/** Groups forms by text, keeping for each text the candidates of its firmest kind. */
function candidatesByText(forms: readonly CharacterForm[]): Map<string, CharacterForm[]> {
  const byText = new Map<string, CharacterForm[]>()
  for (const form of forms) {
    const list = byText.get(form.text) ?? []
    const held = list[0] === undefined ? undefined : RANK[list[0].kind]
    if (held !== undefined && held < RANK[form.kind]) continue
    if (held !== undefined && held > RANK[form.kind]) list.length = 0
    if (!list.some((other) => other.tag === form.tag)) list.push(form)
    byText.set(form.text, list)
  }
  return byText
}

/** Finds the mentions of the vocabulary's characters in a text. */
export function findCharacters(
  vocab: Vocabulary,
  text: WorkText,
  options: FindCharactersOptions,
): FoundCharacters {
  const scoped = allForms(vocab).filter((form) => vocab.inScope(form.tag, options.scope))
  const byText = candidatesByText(scoped)
  const used = new Uint8Array(text.tokens.length)
  for (const phrase of options.mask ?? []) {
    if (byText.has(phrase)) continue
    for (const match of findPhrase(text, phrase, false)) used.fill(1, match.first, match.last + 1)
  }

  const hits: Hit[] = []
  for (const [form, candidates] of byText) {
    for (const match of findPhrase(text, form, true)) {
      if (used.subarray(match.first, match.last + 1).some((flag) => flag === 1)) continue
      const token = text.tokens[match.first]!
      // A capitalised word opening a sentence may be an ordinary word ("Mark my words") when the text
      // also uses it in lower case.
      if (match.first === match.last && token.opensClause && text.hasLowerCase(form)) continue
      if (match.first === match.last && titlesSomeoneElse(text, match.first)) continue
      used.fill(1, match.first, match.last + 1)
      hits.push({ form, candidates, sentence: token.sentence, first: match.first, last: match.last })
    }
  }

  const named = new Set<VocabularyTag>()
  const unshared = new Set<VocabularyTag>()
  for (const hit of hits) {
    if (hit.candidates.length !== 1) continue
    unshared.add(hit.candidates[0]!.tag)
    if (hit.candidates[0]!.kind === 'name') named.add(hit.candidates[0]!.tag)
  }
  const resolve = (candidates: readonly CharacterForm[]): VocabularyTag | undefined => {
    if (candidates.length === 1) return candidates[0]!.tag
    for (const anchors of [named, unshared]) {
      const anchored = candidates.filter((candidate) => anchors.has(candidate.tag))
      if (anchored.length === 1) return anchored[0]!.tag
      if (anchored.length > 1) return undefined
    }
    return options.scope === null ? undefined : candidates[0]!.tag
  }

  const found = new Map<VocabularyTag, { forms: Map<string, number>; sentences: number[]; named: boolean }>()
  const ambiguous = new Map<string, AmbiguousForm>()
  const mentions: Mention[] = []
  hits.sort((a, b) => a.first - b.first)
  for (const hit of hits) {
    const tag = resolve(hit.candidates)
    if (tag === undefined) {
      const entry = ambiguous.get(hit.form) ?? {
        form: hit.form,
        count: 0,
        candidates: hit.candidates.map((candidate) => candidate.tag.name),
      }
      ambiguous.set(hit.form, { ...entry, count: entry.count + 1 })
      continue
    }
    mentions.push({ tag, first: hit.first, last: hit.last, form: hit.form })
    const entry = found.get(tag) ?? { forms: new Map<string, number>(), sentences: [], named: false }
    entry.forms.set(hit.form, (entry.forms.get(hit.form) ?? 0) + 1)
    entry.sentences.push(hit.sentence)
    entry.named ||= named.has(tag)
    found.set(tag, entry)
  }

  const characters = [...found].map(([tag, entry]) => ({
    tag,
    count: entry.sentences.length,
    evidence: [...entry.forms]
      .map(([phrase, count]) => ({ phrase, count }))
      .sort((a, b) => b.count - a.count || ascending(a.phrase, b.phrase)),
    sentences: entry.sentences.sort((a, b) => a - b),
    named: entry.named,
  }))
  characters.sort((a, b) => b.count - a.count || ascending(a.tag.name, b.tag.name))
  const covered = new Uint8Array(text.tokens.length)
  for (const hit of hits) covered.fill(1, hit.first, hit.last + 1)
  return {
    characters,
    mentions,
    ambiguous: [...ambiguous.values()],
    covered: (token) => covered[token] === 1,
  }
}

/**
 * Whether a lone title ("Captain", said bare to Kirk) stands before another name ("Captain Solo"): then
 * it is that one's title, and the vocabulary does not know them.
 */
function titlesSomeoneElse(text: WorkText, index: number): boolean {
  const token = text.tokens[index]!
  const next = text.tokens[index + 1]
  if (!isTitle(token.text) || next === undefined || next.quote !== token.quote) return false
  return /^\s+$/u.test(text.text.slice(token.end, next.start)) && /^\p{Lu}/u.test(next.text)
}
