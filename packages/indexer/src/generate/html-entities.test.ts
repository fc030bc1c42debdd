import { describe, expect, it } from 'vitest'
import { decodeHtmlEntities } from './html-entities.js'

describe('decodeHtmlEntities', () => {
  it.each([
    ['plain text', 'Fluff', 'Fluff'],
    ['hex apostrophe', 'Can&#x27;t Be Tamed', "Can't Be Tamed"],
    ['named quote and ampersand', '&quot;Ripper&quot; &amp; Co', '"Ripper" & Co'],
    ['decimal reference', 'it&#39;s', "it's"],
    ['upper-case hex', '&#X41;', 'A'],
    ['unknown name kept', '&bogus; stays', '&bogus; stays'],
    ['out-of-range code point kept', '&#x110000;', '&#x110000;'],
    ['bare ampersand kept', 'Tom & Jerry', 'Tom & Jerry'],
  ])('%s', (_name, given, want) => {
    expect(decodeHtmlEntities(given)).toBe(want)
  })
})
