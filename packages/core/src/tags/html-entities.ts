/**
 * Decoding of the HTML character references that tag names pick up on their way through AO3 pages,
 * downloads and scraped datasets (`&#x27;`, `&amp;`, `&quot;`, `&eacute;` …).
 * @module
 */

/** The named references seen in tag names; anything else is left as written. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  ndash: '\u2013',
  mdash: '\u2014',
  hellip: '\u2026',
  middot: '\u00b7',
  times: '\u00d7',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  atilde: 'ã',
  aring: 'å',
  aelig: 'æ',
  ccedil: 'ç',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  iacute: 'í',
  igrave: 'ì',
  icirc: 'î',
  iuml: 'ï',
  ntilde: 'ñ',
  oacute: 'ó',
  ograve: 'ò',
  ocirc: 'ô',
  ouml: 'ö',
  otilde: 'õ',
  oslash: 'ø',
  uacute: 'ú',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  yacute: 'ý',
  szlig: 'ß',
  Aacute: 'Á',
  Eacute: 'É',
  Oacute: 'Ó',
  Uacute: 'Ú',
  Ntilde: 'Ñ',
  Ccedil: 'Ç',
  Ouml: 'Ö',
  Uuml: 'Ü',
  Auml: 'Ä',
}

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g

function decodeOnce(text: string): string {
  return text.replace(REFERENCE, (whole, dec: string | undefined, hex: string | undefined, name?: string) => {
    if (name !== undefined) return NAMED[name] ?? whole
    const code = dec !== undefined ? Number.parseInt(dec, 10) : Number.parseInt(hex ?? '', 16)
    // Lone surrogates and out-of-range values would make the string invalid; keep them as written.
    if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return whole
    return String.fromCodePoint(code)
  })
}

/**
 * Decodes HTML character references. Scraped data is often escaped twice (`&amp;#x27;`), so decoding
 * repeats until the text stops changing (at most three rounds, which covers every case seen).
 */
export function decodeHtmlEntities(text: string): string {
  let current = text
  for (let round = 0; round < 3 && current.includes('&'); round++) {
    const next = decodeOnce(current)
    if (next === current) break
    current = next
  }
  return current
}
