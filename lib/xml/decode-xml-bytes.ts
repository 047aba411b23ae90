// The bytes of an uploaded XML file as text: UTF-8, with or without a byte order mark, or UTF-16
// with one. Anything else is refused rather than guessed, so no text is read with wrong letters.
import { AppError } from '../app-error';

export function decodeXmlBytes(bytes: Uint8Array): string {
  const [first, second, third] = bytes;
  let encoding = 'utf-8';
  let start = 0;
  if (first === 0xef && second === 0xbb && third === 0xbf) start = 3;
  else if (first === 0xff && second === 0xfe) [encoding, start] = ['utf-16le', 2];
  else if (first === 0xfe && second === 0xff) [encoding, start] = ['utf-16be', 2];
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(start));
  } catch {
    throw new AppError('invalid_input', {
      message: `The file is not valid ${encoding === 'utf-8' ? 'UTF-8' : 'UTF-16'} text. Save the file as UTF-8 and import it again.`,
    });
  }
}
