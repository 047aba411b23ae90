import { describe, expect, it } from 'vitest';
import { decodeXmlBytes } from './decode-xml-bytes';

describe('decodeXmlBytes', () => {
  it('reads UTF-8 with or without a byte order mark, and UTF-16 with one', () => {
    const text = '<a>Kiew – „Zitat“</a>';
    expect(decodeXmlBytes(Buffer.from(text))).toBe(text);
    expect(decodeXmlBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text);
    expect(decodeXmlBytes(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    const bigEndian = Buffer.from(text, 'utf16le').swap16();
    expect(decodeXmlBytes(Buffer.concat([Buffer.from([0xfe, 0xff]), bigEndian]))).toBe(text);
  });

  it('refuses bytes that are not UTF-8 instead of guessing', () => {
    expect(() => decodeXmlBytes(Buffer.from([0x3c, 0x61, 0x3e, 0xe4, 0x3c, 0x2f, 0x61, 0x3e]))).toThrow(/not valid UTF-8 text/);
  });
});
