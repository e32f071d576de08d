/**
 * Data for decoding bytes to text: charset labels, byte-order marks, binary signatures and the
 * mojibake guard. Thresholds say how they were calibrated.
 */

/**
 * Charset labels → the canonical name we record in `RawDocument.encoding` (and decode with).
 * Labels follow the WHATWG Encoding Standard's label table (https://encoding.spec.whatwg.org/#names-and-labels)
 * for the encodings dossier supports; a label not listed here is accepted when iconv-lite knows it
 * and recorded lower-cased. As in browsers, `iso-8859-1`/`us-ascii` content with bytes 0x80–0x9F is
 * decoded as windows-1252 (see `decode.ts`).
 */
export const CHARSET_LABELS: Readonly<Record<string, string>> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8', 'x-unicode20utf8': 'utf-8',
  'utf-16': 'utf-16le', 'utf-16le': 'utf-16le', unicode: 'utf-16le', 'ucs-2': 'utf-16le', 'csunicode': 'utf-16le',
  'utf-16be': 'utf-16be', unicodefffe: 'utf-16be',
  'windows-1251': 'windows-1251', cp1251: 'windows-1251', 'x-cp1251': 'windows-1251',
  'koi8-r': 'koi8-r', koi8: 'koi8-r', koi: 'koi8-r', 'koi8_r': 'koi8-r', cskoi8r: 'koi8-r',
  'koi8-u': 'koi8-u', 'koi8-ru': 'koi8-u',
  'iso-8859-5': 'iso-8859-5', cyrillic: 'iso-8859-5', ibm866: 'ibm866', cp866: 'ibm866',
  'iso-8859-1': 'iso-8859-1', 'iso8859-1': 'iso-8859-1', 'iso_8859-1': 'iso-8859-1', latin1: 'iso-8859-1', l1: 'iso-8859-1',
  'us-ascii': 'iso-8859-1', ascii: 'iso-8859-1', 'ansi_x3.4-1968': 'iso-8859-1', 'iso-ir-100': 'iso-8859-1',
  'windows-1252': 'windows-1252', cp1252: 'windows-1252', 'x-cp1252': 'windows-1252',
  'iso-8859-15': 'iso-8859-15', latin9: 'iso-8859-15', 'iso-8859-2': 'iso-8859-2', 'windows-1250': 'windows-1250',
  'euc-kr': 'euc-kr', 'ks_c_5601-1987': 'euc-kr', 'ks_c_5601-1989': 'euc-kr', ksc5601: 'euc-kr', korean: 'euc-kr', 'windows-949': 'euc-kr', cp949: 'euc-kr',
  shift_jis: 'shift_jis', 'shift-jis': 'shift_jis', sjis: 'shift_jis', 'x-sjis': 'shift_jis', ms_kanji: 'shift_jis', 'windows-31j': 'shift_jis', cp932: 'shift_jis', csshiftjis: 'shift_jis',
  'euc-jp': 'euc-jp', 'x-euc-jp': 'euc-jp', 'iso-2022-jp': 'iso-2022-jp',
  gb18030: 'gb18030', gbk: 'gb18030', gb2312: 'gb18030', 'x-gbk': 'gb18030', cp936: 'gb18030', 'chinese': 'gb18030', 'csgb2312': 'gb18030', 'iso-ir-58': 'gb18030',
  big5: 'big5', 'big5-hkscs': 'big5', 'x-x-big5': 'big5', 'cn-big5': 'big5',
};

/** Byte-order marks, longest first. A BOM is authoritative (WHATWG "BOM sniff"). */
export const BOMS: readonly { readonly bytes: readonly number[]; readonly encoding: string }[] = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** Signatures of common binary formats, so the failure can say what the file is. */
export const BINARY_SIGNATURES: readonly { readonly prefix: string; readonly what: string }[] = [
  { prefix: '%PDF-', what: 'a PDF document' },
  { prefix: '\x89PNG', what: 'a PNG image' },
  { prefix: '\xff\xd8\xff', what: 'a JPEG image' },
  { prefix: 'GIF8', what: 'a GIF image' },
  { prefix: 'PK\x03\x04', what: 'a ZIP archive (or a .docx/.odt/.epub)' },
  { prefix: '\x1f\x8b', what: 'gzip-compressed data' },
  { prefix: '\xd0\xcf\x11\xe0', what: 'an old Microsoft Office document' },
  { prefix: '{\\rtf', what: 'an RTF document' },
  { prefix: 'RIFF', what: 'a RIFF media file' },
  { prefix: '\x7fELF', what: 'an executable' },
  { prefix: 'SQLite format 3', what: 'an SQLite database' },
];

/**
 * How many bytes to inspect for NUL bytes (git's binary heuristic looks at the first 8000 bytes;
 * we look at twice that so a text header in front of binary data does not hide it).
 */
export const BINARY_SNIFF_BYTES = 16_000;

/**
 * Share of control bytes (below 0x20, other than TAB, LF, FF, CR and ESC) above which bytes are
 * binary. Calibrated: uniformly random bytes give ≈ 0.10; the five seed articles and the generated
 * multilingual samples give 0; text from Windows tools sometimes carries a stray 0x1A or 0x0B.
 */
export const CONTROL_RATIO_BINARY = 0.03;

/** How many leading bytes are scanned for `<meta charset>` and the XML declaration (WHATWG prescans 1024; real pages often put long scripts first). */
export const META_PRESCAN_BYTES = 8192;

/**
 * UTF-16 without BOM: share of NUL bytes at one parity (the high byte of ASCII/Latin characters)
 * above which, with almost none at the other parity, bytes are UTF-16. Calibrated on the
 * generated samples: English/French/Russian-with-spaces in UTF-16 give ≥ 0.15 NULs at one parity
 * and 0 at the other. Text of CJK characters only (no ASCII at all) is not detected this way.
 */
export const UTF16_NUL_PARITY_MIN = 0.1;
/**
 * …and the other parity must have at most this fraction of that share: Korean in UTF-16LE has
 * NULs at odd offsets from spaces and digits (≈ 0.2) but also a few at even offsets from syllables
 * like U+AC00 "가" (≈ 0.02); binary data has NULs at both parities alike.
 */
export const UTF16_NUL_OTHER_FRACTION = 0.25;

/**
 * A decoding is implausible as text when more than this share of its characters are control,
 * private-use or unassigned code points. Calibrated: 0 on every generated sample; binary data read
 * as UTF-16 gives well over 0.05.
 */
export const MAX_ODD_CHAR_SHARE = 0.01;

/**
 * The ten most frequent lower-case letters of Russian running text (≈ 60 % of its letters; the
 * same letters are frequent in Ukrainian, Bulgarian and Serbian). Reading a Cyrillic text in the
 * wrong Cyrillic charset (KOI8-R ↔ windows-1251 ↔ ISO-8859-5 ↔ IBM866) scatters letters and
 * swaps case, so the right charset scores highest.
 */
export const FREQUENT_CYRILLIC = 'оеаинтсрвл';

/**
 * Invalid bytes that still contain valid UTF-8 multi-byte sequences: if at least this share of
 * the non-ASCII sequences is valid UTF-8, the file is damaged UTF-8 (E_ENCODING), not a legacy
 * encoding. Legacy text almost never forms valid UTF-8 pairs (that needs, e.g., "Ã" right before
 * a symbol from 0x80–0xBF), so one valid pair in two is already a strong signal.
 */
export const DAMAGED_UTF8_VALID_SHARE = 0.5;

/**
 * Classic mojibake: UTF-8 bytes decoded as windows-1252/latin-1 ("Ã©", "â€™", "Â "), or as
 * windows-1251 ("Ð¿" → "РїС"), and a UTF-8 BOM read as windows-1252 ("ï»¿").
 */
// windows-1252 renderings of UTF-8 continuation bytes 0x80–0xBF.
const CP1252_CONTINUATION =
  '\\u0080-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178';
// The same, less what legitimately follows a capital accented letter ("CAFÉ»", "É :", "É’s", "É—"):
// nbsp, guillemets, middle dot, curly quotes, dashes and the ellipsis.
const CP1252_CONTINUATION_STRICT =
  '\\u0080-\\u009F\\u00A1-\\u00AA\\u00AC-\\u00B6\\u00B8-\\u00BA\\u00BC-\\u00BF\\u20AC\\u201A\\u0192\\u201E\\u2020\\u2021\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2022\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178';
// windows-1251 renderings of the second byte of UTF-8 Cyrillic letters, less what legitimately
// follows a capital Р or С in Russian/Ukrainian ("ТАСС»", "С 1 января", "Сёмин", "Сірий").
const CP1251_CONTINUATION =
  '\\u0402\\u0403\\u201A\\u0453\\u2020\\u2021\\u20AC\\u2030\\u0409\\u2039\\u040A\\u040C\\u040B\\u040F\\u0452\\u2022\\u2122\\u0459\\u203A\\u045A\\u045C\\u045B\\u045F\\u040E\\u045E\\u0408\\u00A4\\u00A6\\u00A9\\u00AC\\u00AE\\u00B1\\u00B5\\u00B6\\u0458\\u0405\\u0455';
export const MOJIBAKE_PATTERN = new RegExp(
  [
    `[\\u00C2-\\u00DF][${CP1252_CONTINUATION_STRICT}]`, // 2-byte UTF-8 read as windows-1252
    `[\\u00E0-\\u00EF][${CP1252_CONTINUATION}]{2}`, // 3-byte UTF-8 read as windows-1252 ("â€™")
    `[\\u0420\\u0421][${CP1251_CONTINUATION}]`, // Cyrillic UTF-8 read as windows-1251 ("РїС")
    '\\u043F\\u00BB\\u0457', // UTF-8 BOM read as windows-1251
    '\\uFFFD', // replacement character
    '[\\u0080-\\u009F]', // C1 controls: a single-byte decoding that does not fit
  ].join('|'),
  'gu',
);

/**
 * A decoding is rejected as mojibake when its marks make up at least `MOJIBAKE_SHARE` of its
 * non-ASCII characters, or when there are at least `MOJIBAKE_MIN_MARKS` marks making up at least
 * `MOJIBAKE_SHARE_MANY`. Calibrated: a mis-decoded article shows a mark for most accented letters,
 * curly quotes or Cyrillic letters (share 0.3–0.5 on the generated French/Spanish/Russian samples),
 * while a correct one shows none, or a stray one among hundreds of non-ASCII letters.
 */
export const MOJIBAKE_SHARE = 0.2;
export const MOJIBAKE_MIN_MARKS = 3;
export const MOJIBAKE_SHARE_MANY = 0.05;

/**
 * chardet's confidence (0–100) below which a candidate is not tried. Calibrated on generated
 * samples: correct guesses score 40–100 for ≥ 100 characters of Russian, Korean, Japanese, Chinese,
 * French and Spanish; wrong-script candidates for those samples score ≤ 46 but fail the checks.
 */
export const CHARDET_MIN_CONFIDENCE = 10;

/**
 * Statistical detection looks at the first 64 KiB only: chardet's confidence on the samples is
 * settled after a few KiB, and a 20 MiB file would otherwise take seconds per candidate.
 */
export const DETECT_SAMPLE_BYTES = 64 * 1024;

/**
 * For a legacy single-byte decoding, the share of non-ASCII characters that must be letters.
 * Calibrated: real Cyrillic/Latin-1 text is ≥ 0.8 letters (the rest quotes, dashes, «»);
 * random high bytes read as windows-1252 give ≈ 0.5.
 */
export const SINGLE_BYTE_MIN_LETTER_SHARE = 0.7;

/**
 * Plausibility of a single-byte decoding (the mojibake guard cannot see a wrong single-byte
 * charset: every byte becomes some letter). Measured on the generated samples:
 * - share of FREQUENT_CYRILLIC among Cyrillic letters: 0.66 for correct Russian; 0.01 for KOI8-R
 *   read as windows-1251 (and the reverse), 0.16 for windows-1251 read as ISO-8859-5;
 * - share of non-ASCII letters among Latin letters: 0.00–0.07 for English, French, Spanish and
 *   German, 0.14 for Icelandic; 1.00 for Russian windows-1251 read as windows-1252;
 * - words mixing Latin and Cyrillic letters: none in real text; French read as windows-1251 turns
 *   every accented word into one ("prйsident").
 * The checks apply only when there are at least PLAUSIBILITY_MIN_LETTERS letters of the script.
 */
export const PLAUSIBILITY_MIN_LETTERS = 30;
/** The checks read the first 64 Ki characters: the proportions are settled long before, and a 20 MiB file would take seconds. */
export const PLAUSIBILITY_SAMPLE_CHARS = 64 * 1024;
export const MIN_FREQUENT_CYRILLIC_SHARE = 0.35;
export const MAX_NON_ASCII_LATIN_SHARE = 0.4;
/** Mixed Latin+Cyrillic words, as a share of the words that contain Cyrillic, above which the decoding is wrong. */
export const MAX_MIXED_SCRIPT_WORD_SHARE = 0.3;

/**
 * Bytes that are valid UTF-8 with at least this many non-ASCII characters are UTF-8, whatever a
 * header or `<meta>` declares: legacy text of more than a couple of non-ASCII characters is
 * practically never valid UTF-8, whereas pages saved from a browser as UTF-8 keep their original
 * `<meta charset=…>`. Calibrated on the generated samples: every UTF-8 sample declared as a
 * CJK charset decodes there without a replacement character, so the declaration cannot be trusted.
 */
export const UTF8_OVERRIDES_DECLARED_MIN = 3;

/**
 * A declared multi-byte CJK charset is overridden when chardet is at least this confident (0–100)
 * in another one, and the declared one scores at least DETECTION_OVERRIDE_MARGIN lower. Calibrated:
 * chardet gives the right CJK charset 100 on every generated sample, wrong CJK charsets ≤ 66.
 */
export const DETECTION_OVERRIDE_CONFIDENCE = 90;
export const DETECTION_OVERRIDE_MARGIN = 30;

/**
 * UTF-16 without BOM whose text has little or no ASCII (Chinese, Japanese): the NUL-parity test
 * cannot see it, so both byte orders are decoded and scored by the share of characters in these
 * common blocks. The right order scores ≈ 1.0 on the generated Chinese and Japanese samples; the
 * wrong one lands in rare blocks (CJK Extension A, Yi, …) and scores ≤ 0.3; binary data fails
 * strict decoding or scores far lower.
 */
export const COMMON_UTF16_BLOCKS: readonly (readonly [number, number])[] = [
  [0x0009, 0x000d], // TAB, LF, VT, FF, CR
  [0x0020, 0x007e], // ASCII
  [0x00a0, 0x024f], // Latin-1 and Latin Extended
  [0x0370, 0x04ff], // Greek, Cyrillic
  [0x2000, 0x206f], // general punctuation
  [0x3000, 0x30ff], // CJK punctuation, Hiragana, Katakana
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xac00, 0xd7a3], // Hangul syllables
  [0xff00, 0xffef], // half- and full-width forms
];
export const UTF16_COMMON_SHARE_MIN = 0.9;

/**
 * BOM-less UTF-16 as the last resort (no legacy charset fitted) must look like prose: at least one
 * space or punctuation mark (ASCII, CJK 、。, full-width ，) per this many characters. Real CJK
 * news prose has one every 10–25 characters in the samples; arbitrary high bytes read as UTF-16BE
 * give unbroken runs of ideographs.
 */
export const UTF16_LAST_RESORT_CHARS_PER_PUNCT = 40;
