/**
 * AO3 shows a work's language by its own name ("Español", "中文-普通话 國語"); works store an ISO code
 * ("es", "zh"). This maps every name on AO3's language list, and the English names, to ISO 639-1 codes
 * (639-3, or AO3's own code for its conlangs, where a language has none; a region subtag where AO3 splits
 * a language by country).
 * @module
 */

/** Keys are compared after NFC, trimming and lower-casing. */
const CODES: Readonly<Record<string, string>> = Object.fromEntries(
  (
    [
      ['en', 'English'],
      ['es', 'Español', 'Spanish'],
      ['fr', 'Français', 'French'],
      ['de', 'Deutsch', 'German'],
      ['it', 'Italiano', 'Italian'],
      ['pt-BR', 'Português brasileiro', 'Brazilian Portuguese'],
      ['pt-PT', 'Português europeu', 'European Portuguese'],
      ['pt', 'Português', 'Portuguese'],
      ['ru', 'Русский', 'Russian'],
      ['zh', '中文-普通话 國語', '中文-普通话 国语', '中文', 'Chinese', 'Mandarin'],
      ['yue', '中文-广东话 粵語', 'Cantonese', 'Yue Chinese'],
      ['wuu', '中文-吴语', 'Wu Chinese'],
      ['nan', '中文-闽南话 臺語', 'Min Nan Chinese'],
      ['hak', '中文-客家话', 'Hakka Chinese'],
      ['ja', '日本語', 'Japanese'],
      ['ko', '한국어', 'Korean'],
      ['pl', 'Polski', 'Polish'],
      ['nl', 'Nederlands', 'Dutch'],
      ['sv', 'Svenska', 'Swedish'],
      ['da', 'Dansk', 'Danish'],
      ['no', 'Norsk', 'Norwegian'],
      ['fi', 'Suomi', 'Finnish'],
      ['cs', 'Čeština', 'Czech'],
      ['sk', 'Slovenčina', 'Slovak'],
      ['sl', 'Slovenščina', 'Slovenian'],
      ['hu', 'Magyar', 'Hungarian'],
      ['ro', 'Română', 'Romanian'],
      ['tr', 'Türkçe', 'Turkish'],
      ['el', 'Ελληνικά', 'Greek'],
      ['he', 'עברית', 'Hebrew'],
      ['ar', 'العربية', 'Arabic'],
      ['arc', 'ܐܪܡܝܐ | ארמיא', 'Aramaic'],
      ['fa', 'فارسی', 'Persian'],
      ['ps', 'پښتو', 'Pashto'],
      ['ug', 'ئۇيغۇر تىلى', 'Uyghur'],
      ['hi', 'हिन्दी', 'Hindi'],
      ['mr', 'मराठी', 'Marathi'],
      ['pa', 'ਪੰਜਾਬੀ', 'Panjabi', 'Punjabi'],
      ['bn', 'বাংলা', 'Bengali'],
      ['ta', 'தமிழ்', 'Tamil'],
      ['ml', 'മലയാളം', 'Malayalam'],
      ['si', 'සිංහල', 'Sinhala'],
      ['th', 'ไทย', 'Thai'],
      ['my', 'မြန်မာဘာသာ', 'Burmese'],
      ['bo', 'བོད་སྐད་', 'Tibetan'],
      ['mn', 'ᠮᠣᠩᠭᠣᠯ ᠪᠢᠴᠢᠭ᠌ | Монгол Кирилл үсэг', 'Mongolian'],
      ['mnc', 'ᠮᠠᠨᠵᡠ ᡤᡳᠰᡠᠨ', 'Manchu'],
      ['ky', 'Кыргызча', 'Kyrgyz'],
      ['vi', 'Tiếng Việt', 'Vietnamese'],
      ['id', 'Bahasa Indonesia', 'Indonesian'],
      ['ms', 'Bahasa Malaysia', 'Malay'],
      ['jv', 'Basa Jawa', 'Javanese'],
      ['fil', 'Filipino'],
      ['ca', 'Català', 'Catalan'],
      ['eu', 'Euskara', 'Basque'],
      ['gl', 'Galego', 'Galician'],
      ['fur', 'Furlan', 'Friulian'],
      ['cy', 'Cymraeg', 'Welsh'],
      ['ga', 'Gaeilge', 'Irish'],
      ['gd', 'Gàidhlig', 'Scottish Gaelic'],
      ['br', 'Brezhoneg', 'Breton'],
      ['sco', 'Scots'],
      ['is', 'Íslenska', 'Icelandic'],
      ['lb', 'Lëtzebuergesch', 'Luxembourgish'],
      ['nds', 'Plattdüütsch', 'Low German'],
      ['et', 'Eesti keel', 'Estonian'],
      ['lv', 'Latviešu valoda', 'Latvian'],
      ['lt', 'Lietuvių kalba', 'Lithuanian'],
      ['uk', 'Українська', 'Ukrainian'],
      ['be', 'Беларуская', 'Belarusian'],
      ['bg', 'Български', 'Bulgarian'],
      ['mk', 'Македонски', 'Macedonian'],
      ['sr', 'Српски', 'Serbian'],
      ['hr', 'Hrvatski', 'Croatian'],
      ['bs', 'Bosanski', 'Bosnian'],
      ['sq', 'Shqip', 'Albanian'],
      ['hy', 'Հայերեն', 'Armenian'],
      ['ka', 'ქართული', 'Georgian'],
      ['af', 'Afrikaans'],
      ['sw', 'Kiswahili', 'Swahili'],
      ['zu', 'isiZulu', 'Zulu'],
      ['so', 'af Soomaali', 'Somali'],
      ['ha', 'Hausa | هَرْشَن هَوْسَ', 'Hausa'],
      ['la', 'Lingua latina', 'Latin'],
      ['got', '𐌲𐌿𐍄𐌹𐍃𐌺𐌰', 'Gothic'],
      ['gem', 'Sprēkō Þiudiskō', 'Proto-Germanic'],
      ['eo', 'Esperanto'],
      ['ia', 'Interlingua'],
      ['fcs', 'Langue des signes québécoise', 'Quebec Sign Language'],
      ['chn', 'Chinuk Wawa', 'Chinook Jargon'],
      ['tlh', 'tlhIngan-Hol', 'Klingon'],
      ['tok', 'Toki Pona'],
      ['sjn', 'Sindarin'],
      ['qya', 'Quenya'],
      ['qkz', 'Khuzdul'],
      ['tqx', 'Thermian'],
    ] as const
  ).flatMap(([code, ...names]) => names.map((name) => [key(name), code])),
)

/** An ISO code already: `en`, `pt-BR`, or AO3's own short form `ptBR`. */
const CODE = /^([a-z]{2,3})(?:-?([A-Z]{2}))?$/

/** AO3's short codes (in its EPUBs) that differ from the ISO code used for the language here. */
const AO3_CODES: Readonly<Record<string, string>> = {
  afr: 'af',
  bod: 'bo',
  bos: 'bs',
  kat: 'ka',
  kir: 'ky',
  mon: 'mn',
  qtp: 'tok',
  slv: 'sl',
  uig: 'ug',
}

/**
 * The ISO code for an AO3 language name; a value that is already a code is kept (AO3's `ptBR` becomes
 * `pt-BR`), and a name not in the table is returned as written rather than guessed.
 * @example
 * languageCode('Español') // 'es'
 * languageCode('ptBR') // 'pt-BR'
 * languageCode('slv') // 'sl'
 */
export function languageCode(name: string): string {
  const trimmed = name.trim()
  const code = CODE.exec(trimmed)
  if (code) return code[2] ? `${code[1]}-${code[2]}` : (AO3_CODES[trimmed] ?? trimmed)
  return CODES[key(trimmed)] ?? trimmed
}

function key(name: string): string {
  return name.normalize('NFC').trim().toLowerCase()
}
