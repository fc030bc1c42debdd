import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { atomProblems, parseXml } from '../../../test/helpers/atom-validator.js'
import { createTestApp, type TestApp, wrangledWorks } from '../../../test/helpers/create-test-app.js'
import { expectProblem } from '../../../test/helpers/expect-problem.js'
import { GREYS_WORKS } from '../../../test/helpers/greys-works.js'
import { atomFeed } from './atom-feed.js'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ works: GREYS_WORKS })
})
afterAll(() => t.close())

async function feed(query: string) {
  const res = await t.app.request(`http://ficdex.test/v1/works.atom?${query}`)
  expect(res.status).toBe(200)
  expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
  return res.text()
}
const entryIds = (xml: string) =>
  parseXml(xml)
    .children.filter((c) => c.name === 'entry')
    .map((entry) =>
      entry.children
        .find((c) => c.name === 'id')
        ?.text.split('/')
        .at(-1),
    )

describe('GET /v1/works.atom', () => {
  it("the feed of fandom=Grey's Anatomy is valid Atom, newest update first", async () => {
    const xml = await feed(new URLSearchParams({ fandom: "Grey's Anatomy", sort: 'title' }).toString())
    expect(atomProblems(xml)).toEqual([])
    const ids = entryIds(xml)
    expect(ids.length).toBeGreaterThan(3)
    expect(ids).not.toContain('pp-s1-addek')
    const updated = parseXml(xml)
      .children.filter((c) => c.name === 'entry')
      .map((entry) => entry.children.find((c) => c.name === 'updated')?.text ?? '')
    expect(updated).toEqual([...updated].sort().reverse())
    expect(xml).toContain(
      '<link rel="self" type="application/atom+xml" href="http://ficdex.test/v1/works.atom?',
    )
  })

  it('applies filters and per_page, and an empty search is a valid empty feed', async () => {
    expect(entryIds(await feed('relationship=Addek&per_page=2'))).toHaveLength(2)
    const empty = await feed('q=nothingmatchesthisword')
    expect(atomProblems(empty)).toEqual([])
    expect(entryIds(empty)).toEqual([])
  })

  it('answers a bad parameter with a problem, not a feed', async () => {
    await expectProblem(await t.app.request('/v1/works.atom?per_page=0'), {
      status: 400,
      code: 'validation_failed',
    })
  })
})

describe('atomFeed', () => {
  const work = wrangledWorks(GREYS_WORKS)[0]!
  const summary = {
    ...work,
    title: 'Fish & <Chips> "quoted"\u0000\u0007',
    summary: '',
    authors: [],
  } as never
  it('escapes markup and drops characters XML cannot hold', () => {
    const xml = atomFeed({
      self: 'http://x/f',
      alternate: 'http://x/a',
      workUrl: (id) => `http://x/${id}`,
      title: 't',
      works: [summary],
    })
    expect(atomProblems(xml)).toEqual([])
    expect(xml).toContain('Fish &amp; &lt;Chips&gt; &quot;quoted&quot;</title>')
  })
})

describe('atomProblems (the validator can fail)', () => {
  const cases: [string, string, RegExp][] = [
    ['not XML', '<feed xmlns="http://www.w3.org/2005/Atom"><id>x', /not well-formed/],
    ['wrong namespace', '<feed><id>urn:a</id></feed>', /root must be atom:feed/],
    [
      'missing title',
      '<feed xmlns="http://www.w3.org/2005/Atom"><id>urn:a</id><updated>2024-01-01T00:00:00Z</updated><author><name>a</name></author></feed>',
      /exactly one atom:title/,
    ],
    [
      'bad date',
      '<feed xmlns="http://www.w3.org/2005/Atom"><id>urn:a</id><title>t</title><updated>yesterday</updated><author><name>a</name></author></feed>',
      /RFC 3339/,
    ],
    [
      'relative id',
      '<feed xmlns="http://www.w3.org/2005/Atom"><id>a</id><title>t</title><updated>2024-01-01T00:00:00Z</updated><author><name>a</name></author></feed>',
      /absolute IRI/,
    ],
    [
      'no author',
      '<feed xmlns="http://www.w3.org/2005/Atom"><id>urn:a</id><title>t</title><updated>2024-01-01T00:00:00Z</updated><entry><id>urn:b</id><title>t</title><updated>2024-01-01T00:00:00Z</updated><link href="http://x"/></entry></feed>',
      /must have an author/,
    ],
  ]
  it.each(cases)('%s', (_name, xml, problem) => {
    expect(atomProblems(xml).join('\n')).toMatch(problem)
  })
})
