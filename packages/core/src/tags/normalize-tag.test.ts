import { describe, expect, it } from 'vitest'
import { decodeHtmlEntities } from './html-entities.js'
import { cleanTag, tagKey } from './normalize-tag.js'

describe('decodeHtmlEntities', () => {
  it.each([
    ['Grey&#x27;s', "Grey's"],
    ['Grey&#39;s', "Grey's"],
    ['&quot;Ripper&quot; Rupert Giles', '"Ripper" Rupert Giles'],
    ['Cuddling &amp; Snuggling', 'Cuddling & Snuggling'],
    ['Caf&eacute;s', 'Cafés'],
    ['&amp;#x27;Swawesome', "'Swawesome"],
    ['&unknown; stays', '&unknown; stays'],
    ['&#0; and &#xD800; stay', '&#0; and &#xD800; stay'],
    ['no entities', 'no entities'],
    ['&#X41;', 'A'],
    ['&#x110000;', '&#x110000;'],
    ['Tom & Jerry', 'Tom & Jerry'],
  ])('%j → %j', (given, want) => {
    expect(decodeHtmlEntities(given)).toBe(want)
  })
})

describe('cleanTag', () => {
  it.each([
    ['  Slow   Burn  ', 'Slow Burn'],
    ['Slow\u00a0Burn\t', 'Slow Burn'],
    ['Fl\u200buff', 'Fluff'],
    ['Cafe\u0301', 'Caf\u00e9'],
    ['Grey\u2019s', 'Grey\u2019s'],
  ])('%j → %j', (given, want) => {
    expect(cleanTag(given)).toBe(want)
  })
})

describe('tagKey', () => {
  it.each([
    ["Grey's Anatomy", 'greys anatomy'],
    ['GREY\u2019S  ANATOMY', 'greys anatomy'],
    ['\uff27\uff52\uff45\uff59\uff07\uff53 \uff21\uff4e\uff41\uff54\uff4f\uff4d\uff59', 'greys anatomy'],
    ['Grey\u00b4s Anatomy', 'greys anatomy'],
    ['Derek Shepherd / Addison Montgomery', 'derek shepherd/addison montgomery'],
    ['Meredith  &  Cristina', 'meredith&cristina'],
    ['Alternate Universe \u2013 Caf\u00e9s', 'alternate universe cafes'],
    ['Post-Canon', 'post canon'],
    ['Star Trek :  TOS', 'star trek:tos'],
    ['Dr. Miranda Bailey', 'dr miranda bailey'],
    ['James T. Kirk', 'james t kirk'],
    ['Season 3.5', 'season 3.5'],
    ['\u201cQuoted\u201d', '"quoted"'],
  ])('%j → %j', (given, want) => {
    expect(tagKey(given)).toBe(want)
  })
})
