import { describe, expect, it } from 'vitest'
import { WorkText, workText } from './work-text.js'

/** The text's sentences, each as its words joined by spaces. */
function sentences(text: WorkText): string[] {
  const out: string[][] = []
  for (const token of text.tokens) {
    out[token.sentence] ??= []
    out[token.sentence]!.push(token.text)
  }
  return out.map((words) => words.join(' '))
}

describe('WorkText splits sentences', () => {
  const cases: [name: string, given: string, want: string[]][] = [
    ['periods', 'She left. He stayed.', ['She left', 'He stayed']],
    ['question and exclamation marks', 'Why now? Stay! Fine.', ['Why now', 'Stay', 'Fine']],
    ['closing quotes after the mark', '"Stay." He said.', ['Stay', 'He said']],
    ['titles are not sentence ends', 'Dr. Bailey and Mrs. Bennet met.', ['Dr Bailey and Mrs Bennet met']],
    ['initials are not sentence ends', 'She flew to L.A. on Monday.', ['She flew to L A on Monday']],
    ['a blank line ends a paragraph', 'No anesthesia\n\nShe left', ['No anesthesia', 'She left']],
    ['a single line break does not', 'a hard-wrapped\nline', ['a hard wrapped line']],
    ['an ellipsis does', 'Derek looked... distraught', ['Derek looked', 'distraught']],
    ['a dash does not', 'her life—again—for weeks', ['her life again for weeks']],
  ]
  it.each(cases)('%s', (_name, given, want) => {
    expect(sentences(new WorkText([given]))).toEqual(want)
  })
})

describe('WorkText tokens', () => {
  it('straightens apostrophes and knows the possessive base', () => {
    const [derek, omalley] = new WorkText(['Derek’s and O’Malley']).tokens.filter((_, i) => i !== 1)
    expect(derek).toMatchObject({ text: "Derek's", base: 'Derek' })
    expect(omalley).toMatchObject({ text: "O'Malley", base: "O'Malley" })
  })

  it('marks the first word of each sentence', () => {
    const opening = new WorkText(['Mark it. Then ask Mark.']).tokens.map((token) => token.opensSentence)
    expect(opening).toEqual([true, false, true, false, false])
  })

  it('drops HTML tags, and block tags end paragraphs', () => {
    expect(sentences(new WorkText(['<p>She <em>left</em></p><p>He stayed</p>']))).toEqual([
      'She left',
      'He stayed',
    ])
  })

  it('decodes HTML entities and drops invisible characters', () => {
    const [grey, , derek] = new WorkText(['<p>Grey&#x27;s Anatomy, Der\u200bek</p>']).tokens
    expect(grey?.text).toBe("Grey's")
    expect(derek?.text).toBe('Derek')
  })

  it('reads title, summary and chapters as separate paragraphs', () => {
    const text = workText({ title: 'Title', summary: 'Summary', text: [{ body: 'One' }, { body: 'Two' }] })
    expect(sentences(text)).toEqual(['Title', 'Summary', 'One', 'Two'])
  })

  it('looks words up by spelling, in lower case and by prefix', () => {
    const text = new WorkText(['Mark will mark it. Marked.'])
    expect(text.positions('Mark', true)).toEqual([0])
    expect(text.positions('mark', false)).toEqual([0, 2])
    expect(text.prefixPositions('mark')).toEqual([0, 2, 4])
    expect(text.hasLowerCase('Mark')).toBe(true)
    expect(text.hasLowerCase('Will')).toBe(true)
    expect(text.hasLowerCase('It')).toBe(true)
    expect(new WorkText(['Mark left.']).hasLowerCase('Mark')).toBe(false)
  })
})

describe('WorkText layout: paragraphs, scenes and dialogue', () => {
  const layout = (parts: string[]) =>
    new WorkText(parts).tokens.map(
      (token) => `${token.text}:${token.paragraph}/${token.scene}/${token.quote}`,
    )

  it('numbers paragraphs, and a paragraph of marks breaks a scene', () => {
    expect(layout(['One.\n\nTwo.\n\n* * *\n\nThree.'])).toEqual(['One:0/0/-1', 'Two:1/0/-1', 'Three:3/1/-1'])
  })

  it('two blank lines in plain text break a scene too', () => {
    expect(layout(['One.\n\n\n\nTwo.'])).toEqual(['One:0/0/-1', 'Two:2/1/-1'])
  })

  it('each part (title, summary, chapter) is a scene of its own', () => {
    expect(layout(['Title', 'Body.'])).toEqual(['Title:0/0/-1', 'Body:2/1/-1'])
  })

  it('knows the words inside quotation marks, straight or curly, by quotation', () => {
    expect(layout(['"Hi," she said. “Bye.”'])).toEqual(['Hi:0/0/0', 'she:0/0/-1', 'said:0/0/-1', 'Bye:0/0/1'])
  })

  it('an unclosed quotation ends with its paragraph', () => {
    expect(layout(['"Wait, she said\n\nHe left.'])).toEqual([
      'Wait:0/0/0',
      'she:0/0/0',
      'said:0/0/0',
      'He:1/0/-1',
      'left:1/0/-1',
    ])
  })

  it('the first word of a quotation opens a clause', () => {
    const tokens = new WorkText(['She said, "Move over."']).tokens
    expect(tokens.map((token) => token.opensClause)).toEqual([true, false, true, false])
  })
})
