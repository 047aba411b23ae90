import 'server-only';
// Reads an XLIFF file sent as a request body: at most 5 MB, counted as it arrives, so a larger
// upload is refused without being held in memory; then decoded (UTF-8, or UTF-16 with a BOM).
import { AppError } from '../../app-error';
import { decodeXmlBytes } from '../../xliff/decode-xml-bytes';
import { MAX_XLIFF_BYTES } from '../../xliff/xliff-format';
import { tooLarge } from './import-xliff';

export async function readXliffBody(request: Request): Promise<string> {
  if (Number(request.headers.get('content-length') ?? 0) > MAX_XLIFF_BYTES) throw tooLarge();
  if (/^multipart\//i.test(request.headers.get('content-type') ?? '')) {
    throw new AppError('invalid_input', {
      message: 'Send the XLIFF file itself as the request body (curl --data-binary @file.xlf), not as a form.',
    });
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body?.getReader();
  while (reader) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_XLIFF_BYTES) {
      await reader.cancel();
      throw tooLarge();
    }
    chunks.push(value);
  }
  if (size === 0) throw new AppError('invalid_input', { message: 'The request has no body: send the XLIFF file as the body.' });
  return decodeXmlBytes(Buffer.concat(chunks));
}
