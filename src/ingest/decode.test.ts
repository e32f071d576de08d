import iconv from 'iconv-lite';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isDossierError } from '../core/errors.ts';
import { decodeBytes, prescanCharset } from './decode.ts';
import { isMojibake } from './mojibake.ts';
import { SAMPLES } from './samples.test-data.ts';

/** Encodes original text with iconv-lite and checks that it is detected back without any hint. */
const CASES: readonly [keyof typeof SAMPLES, string, string][] = [
  ['russian', 'windows-1251', 'windows-1251'],
  ['russian', 'koi8-r', 'koi8-r'],
  ['korean', 'euc-kr', 'euc-kr'],
  ['japanese', 'shift_jis', 'shift_jis'],
  ['chinese', 'gb18030', 'gb18030'],
  ['spanish', 'iso-8859-1', 'iso-8859-1'],
  ['french', 'windows-1252', 'windows-1252'],
];

/** KOI8-R has no guillemets or em dash. */
function koi8Safe(text: string): string {
  return text.replace(/[«»]/g, '"').replace(/—/g, '-');
}

function codeOf(fn: () => unknown): string | null {
  try {
    fn();
    return null;
  } catch (e) {
    return isDossierError(e) ? e.code : 'not a DossierError';
  }
}

describe('decodeBytes without hints', () => {
  it.each(CASES)('detects %s in %s', (lang, encoding, expected) => {
    const text = encoding === 'koi8-r' ? koi8Safe(SAMPLES[lang]) : SAMPLES[lang];
    const bytes = iconv.encode(text, encoding);
    const decoded = decodeBytes(bytes, 'sample');
    expect(decoded.encoding).toBe(expected);
    expect(decoded.text).toBe(text);
  });

  it.each(Object.keys(SAMPLES) as (keyof typeof SAMPLES)[])('reads %s as UTF-8, with and without BOM', (lang) => {
    const text = SAMPLES[lang];
    expect(decodeBytes(Buffer.from(text, 'utf8'), 's')).toMatchObject({ text, encoding: 'utf-8', basis: 'utf-8' });
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    expect(decodeBytes(withBom, 's')).toMatchObject({ text, encoding: 'utf-8', basis: 'bom' });
  });

  it.each(['russian', 'korean', 'japanese', 'chinese', 'french'] as const)('reads %s as UTF-16 LE and BE with a BOM', (lang) => {
    const text = SAMPLES[lang];
    expect(decodeBytes(iconv.encode(text, 'utf-16le', { addBOM: true }), 's')).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decodeBytes(iconv.encode(text, 'utf-16be', { addBOM: true }), 's')).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it.each(['russian', 'korean', 'japanese', 'chinese', 'french', 'english'] as const)('detects %s as UTF-16 without a BOM', (lang) => {
    const text = SAMPLES[lang];
    expect(decodeBytes(iconv.encode(text, 'utf-16le'), 's')).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decodeBytes(iconv.encode(text, 'utf-16be'), 's')).toMatchObject({ text, encoding: 'utf-16be' });
  });
});

/** ISO-2022-JP from EUC-JP: the same JIS X 0208 code points with the high bit cleared, between escapes. */
function iso2022jp(text: string): Buffer {
  const euc = iconv.encode(text, 'euc-jp');
  const out: number[] = [];
  let jis = false;
  for (let i = 0; i < euc.length; i++) {
    if (euc[i] < 0x80) {
      if (jis) out.push(0x1b, 0x28, 0x42);
      jis = false;
      out.push(euc[i]);
    } else {
      if (!jis) out.push(0x1b, 0x24, 0x42);
      jis = true;
      out.push(euc[i] & 0x7f, euc[i + 1] & 0x7f);
      i++;
    }
  }
  if (jis) out.push(0x1b, 0x28, 0x42);
  return Buffer.from(out);
}

describe('7-bit and other Japanese encodings', () => {
  it('detects ISO-2022-JP (valid ASCII, so before UTF-8) and EUC-JP', () => {
    expect(decodeBytes(iso2022jp(SAMPLES.japanese), 's')).toMatchObject({ encoding: 'iso-2022-jp', text: SAMPLES.japanese });
    expect(decodeBytes(iconv.encode(SAMPLES.japanese, 'euc-jp'), 's')).toMatchObject({ encoding: 'euc-jp', text: SAMPLES.japanese });
  });
});

describe('UTF-16 without BOM or NUL bytes', () => {
  it.each(['ロシアの大統領は平壌を訪問した。', '两国领导人签署了条约。首尔表示担忧。', '俄罗斯总统访问平壤，签署条约。'])('detects the short sentence %s', (text) => {
    for (const enc of ['utf-16le', 'utf-16be']) expect(decodeBytes(iconv.encode(text, enc), 's')).toMatchObject({ encoding: enc, text });
  });

  it.each(['japanese', 'chinese'] as const)('detects %s text that has no U+xx00 character', (lang) => {
    const text = [...SAMPLES[lang]].filter((c) => (c.charCodeAt(0) & 0xff) !== 0 && c.charCodeAt(0) > 0xff).join('');
    for (const enc of ['utf-16le', 'utf-16be']) {
      const bytes = iconv.encode(text, enc);
      expect(bytes.includes(0)).toBe(false);
      expect(decodeBytes(bytes, 's')).toMatchObject({ encoding: enc, text });
    }
  });
});

describe('declared charsets', () => {
  it('uses the HTTP charset first, then <meta charset>, then the XML declaration', () => {
    const ru = koi8Safe(SAMPLES.russian);
    expect(decodeBytes(iconv.encode(ru, 'koi8-r'), 's', { headerCharset: 'KOI8-R' })).toMatchObject({ encoding: 'koi8-r', basis: 'header', text: ru });
    const page = iconv.encode(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>${ru}</body></html>`, 'windows-1251');
    expect(decodeBytes(page, 's')).toMatchObject({ encoding: 'windows-1251', basis: 'meta' });
    const xml = iconv.encode(`<?xml version="1.0" encoding="EUC-KR"?><rss><channel><title>${SAMPLES.korean}</title></channel></rss>`, 'euc-kr');
    expect(decodeBytes(xml, 's')).toMatchObject({ encoding: 'euc-kr', basis: 'meta' });
  });

  it('normalises labels and ignores a meta that claims UTF-16', () => {
    expect(prescanCharset(Buffer.from('<meta charset="Shift-JIS">'))).toBe('shift_jis');
    expect(prescanCharset(Buffer.from("<meta charset='ks_c_5601-1987'>"))).toBe('euc-kr');
    expect(prescanCharset(Buffer.from('<meta charset="utf-16">'))).toBe('utf-8');
    expect(prescanCharset(Buffer.from('<meta charset="no-such-charset">'))).toBeNull();
  });

  it('passes over a declared charset that produces mojibake', () => {
    const fr = SAMPLES.french;
    const decoded = decodeBytes(Buffer.from(fr, 'utf8'), 's', { headerCharset: 'iso-8859-1' });
    expect(decoded).toMatchObject({ encoding: 'utf-8', text: fr });
    const ru = decodeBytes(Buffer.from(SAMPLES.russian, 'utf8'), 's', { headerCharset: 'windows-1251' });
    expect(ru).toMatchObject({ encoding: 'utf-8', text: SAMPLES.russian });
    const wrongMeta = Buffer.from(`<meta charset="windows-1252"><p>${fr}</p>`, 'utf8');
    expect(decodeBytes(wrongMeta, 's').encoding).toBe('utf-8');
  });

  it('passes over a declared single-byte charset that does not fit the text', () => {
    const ru = koi8Safe(SAMPLES.russian);
    expect(decodeBytes(iconv.encode(ru, 'koi8-r'), 's', { headerCharset: 'windows-1251' })).toMatchObject({ encoding: 'koi8-r', text: ru });
    expect(decodeBytes(iconv.encode(ru, 'windows-1251'), 's', { headerCharset: 'windows-1252' })).toMatchObject({ encoding: 'windows-1251', text: ru });
    const fr = SAMPLES.french;
    expect(decodeBytes(iconv.encode(fr, 'windows-1252'), 's', { headerCharset: 'windows-1251' })).toMatchObject({ encoding: 'windows-1252', text: fr });
    expect(decodeBytes(iconv.encode(ru, 'windows-1251'), 's', { headerCharset: 'utf-8' })).toMatchObject({ encoding: 'windows-1251', text: ru });
  });

  it('lets a BOM win over a contradicting header', () => {
    const bytes = iconv.encode(SAMPLES.korean, 'utf-16le', { addBOM: true });
    expect(decodeBytes(bytes, 's', { headerCharset: 'euc-kr' })).toMatchObject({ encoding: 'utf-16le', basis: 'bom' });
  });
});

describe('declared charsets that are wrong', () => {
  const NATIVE = { russian: 'windows-1251', korean: 'euc-kr', japanese: 'shift_jis', chinese: 'gb18030', french: 'windows-1252' } as const;
  const DECLARED = ['windows-1251', 'koi8-r', 'euc-kr', 'shift_jis', 'gb18030', 'windows-1252', 'utf-8', 'euc-jp', 'big5'];
  const cases = (Object.keys(NATIVE) as (keyof typeof NATIVE)[]).flatMap((lang) =>
    ['utf-8', NATIVE[lang]].flatMap((actual) => DECLARED.filter((d) => d !== actual).map((declared) => [lang, actual, declared] as const)),
  );
  it.each(cases)('%s in %s declared as %s still decodes correctly', (lang, actual, declared) => {
    const text = SAMPLES[lang];
    const page = iconv.encode(`<html><head><meta charset="${declared}"></head><body><p>${text}</p></body></html>`, actual);
    const decoded = decodeBytes(page, 's');
    expect(decoded.encoding).toBe(actual);
    expect(decoded.text).toContain(text);
  });
});

describe('guards', () => {
  it('repairs UTF-8 that was double-encoded through windows-1252', () => {
    const fr = SAMPLES.french;
    const mojibake = iconv.decode(Buffer.from(fr, 'utf8'), 'windows-1252');
    expect(isMojibake(mojibake)).toBe(true);
    const decoded = decodeBytes(Buffer.from(mojibake, 'utf8'), 's');
    expect(decoded.text).toBe(fr);
    expect(decoded.basis).toBe('repaired');
  });

  it('does not flag clean text as mojibake', () => {
    for (const text of Object.values(SAMPLES)) expect(isMojibake(text)).toBe(false);
    expect(isMojibake('ТАСС» сообщил. С 1 января. Сёмин и Сірий. «CAFÉ» — É : É’s')).toBe(false);
  });

  it('fails damaged UTF-8 with E_ENCODING instead of guessing a legacy charset', () => {
    const good = Buffer.from(SAMPLES.french, 'utf8');
    const damaged = Buffer.from(good);
    // cut two multi-byte sequences in half
    const first = damaged.indexOf(0xc3);
    damaged[first + 1] = 0x20;
    const second = damaged.indexOf(0xc3, first + 10);
    damaged[second + 1] = 0x41;
    expect(codeOf(() => decodeBytes(damaged, 's'))).toBe('E_ENCODING');
  });

  it('never accepts random bytes as text', () => {
    for (let seed = 0; seed < 300; seed++) {
      const chunks: Buffer[] = [];
      for (let k = 0; k < 4 + (seed % 20); k++) chunks.push(createHash('sha256').update(`${seed}:${k}`).digest());
      const code = codeOf(() => decodeBytes(Buffer.concat(chunks), 's'));
      expect([seed, code === 'E_BINARY' || code === 'E_ENCODING']).toEqual([seed, true]);
    }
  });

  it('fails bytes that fit no encoding with E_ENCODING, and binary with E_BINARY', () => {
    const junk = Buffer.from(Array.from({ length: 300 }, (_, i) => [0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x20][i % 6]));
    expect(codeOf(() => decodeBytes(junk, 's'))).toBe('E_ENCODING');
    expect(codeOf(() => decodeBytes(Buffer.from([0x41, 0x00, 0x00, 0x00, 0x42, 0xff, 0x00, 0x13]), 's'))).toBe('E_BINARY');
    expect(codeOf(() => decodeBytes(Buffer.from('%PDF-1.4\n'), 's'))).toBe('E_BINARY');
  });
});
