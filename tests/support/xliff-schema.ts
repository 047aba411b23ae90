// Where the OASIS XLIFF 2.0 core schema is, for validating exports with xmllint.
import path from 'node:path';

export const XLIFF_SCHEMA = path.join(path.dirname(new URL(import.meta.url).pathname), 'xliff-schema', 'xliff_core_2.0.xsd');
