/**
 * The preset dictionary work documents are compressed with: the JSON a stored document repeats from every
 * other (its keys in stored order, the fixed tag names, a provenance entry of each shape), so that a
 * document of ~2.4 KB compresses to ~570 bytes where deflate alone, with nothing earlier to refer back to,
 * left ~880. Deflate finds the nearest copy first and codes near ones shorter, so the most repeated text
 * (the provenance entries) comes last.
 *
 * The dictionary is part of the stored format: a document compressed with one can only be read with the
 * same one, so changing a byte of it needs a new schema version.
 * @module
 */

const FIXED_TAGS = [
  '"warnings":["Creator Chose Not To Use Archive Warnings","Graphic Depictions Of Violence","Major Character Death","Rape/Non-Con","Underage"]',
  '"rating":"Not Rated","rating":"Explicit","rating":"Mature","rating":"Teen And Up Audiences"',
  '"categories":["Gen","Multi","Other","F/F","M/M"]',
]

const WORK = [
  '{"id":"","title":"","titleDerived":false,"authors":[""],"summary":"","notes":"","language":"en",',
  '"rating":"General Audiences","warnings":["No Archive Warnings Apply"],"categories":["F/M"],',
  '"fandoms":[""],"relationships":["/"],"characters":[""],"eras":[],"freeforms":["Alternate Universe - "],',
  '"crossover":false,"filterTags":{"fandom":[""],"relationship":[""],"character":[""],"era":[],',
  '"freeform":["Alternate Universe","Romance"]},"series":null,"words":1000,',
  '"chapters":{"posted":1,"expected":1},"complete":true,"publishedAt":1600000000,"updatedAt":1700000000,',
  '"kudos":10,"hits":100,"comments":0,"bookmarks":0,"visibility":"public","contentHash":"",',
]

const PROVENANCE = [
  '"provenance":[{"kind":"rating","tag":"","source":"inferred","confidence":1,"evidence":[{"phrase":"","count":1}]},',
  '{"kind":"fandom","tag":"","source":"author","wrangled":false},',
  '{"kind":"relationship","tag":"","source":"author","wrangled":false},',
  '{"kind":"character","tag":"","source":"author","wrangled":false},',
  '{"kind":"freeform","tag":"","source":"author","original":"","wrangled":true},',
  '{"kind":"freeform","tag":"","source":"author","wrangled":false}],"source":""}',
]

export const DOC_DICTIONARY: Buffer = Buffer.from([...FIXED_TAGS, ...WORK, ...PROVENANCE].join(''))
