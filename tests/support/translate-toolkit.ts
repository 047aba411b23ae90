// Runs Debian's translate-toolkit (python3-translate-toolkit: /usr/bin/python3 and its converters)
// for the round-trip tests. Missing, it fails the test with how to install it, never skips.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PYTHON = '/usr/bin/python3';

function requireToolkit() {
  if (!existsSync(PYTHON)) throw new Error(`${PYTHON} is missing: apt-get install python3 translate-toolkit (CI installs both).`);
}

/** Runs a Python script with `file` (written to a temp folder) as sys.argv[1]; answers its standard output parsed as JSON. */
export function runPython<T>(script: string, file: { name: string; content: string }): T {
  requireToolkit();
  const folder = mkdtempSync(path.join(tmpdir(), 'redline-toolkit-'));
  try {
    const input = path.join(folder, file.name);
    writeFileSync(input, file.content);
    const output = execFileSync(PYTHON, ['-c', script, input], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return JSON.parse(output) as T;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Converts CSV text with translate-toolkit's csv2tbx; answers the TBX it wrote. */
export function csv2tbx(csv: string): string {
  requireToolkit();
  const folder = mkdtempSync(path.join(tmpdir(), 'redline-csv2tbx-'));
  try {
    writeFileSync(path.join(folder, 'in.csv'), csv);
    execFileSync('/usr/bin/csv2tbx', [path.join(folder, 'in.csv'), path.join(folder, 'out.tbx')], { stdio: ['ignore', 'pipe', 'pipe'] });
    return readFileSync(path.join(folder, 'out.tbx'), 'utf8');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** translate.storage.tbx's reading of a TBX file: per unit source, target and notes. */
export const READ_TBX = `
import json, sys
from translate.storage import tbx
store = tbx.tbxfile(open(sys.argv[1], 'rb'))
print(json.dumps([{'source': u.source, 'target': u.target, 'notes': u.getnotes()} for u in store.units]))
`;

/** translate.storage.csvl10n's reading of a CSV file: per unit source and target. */
export const READ_CSV = `
import json, sys
from translate.storage import csvl10n
store = csvl10n.csvfile(open(sys.argv[1], 'rb'))
print(json.dumps([{'source': u.source, 'target': u.target} for u in store.units]))
`;

/** A CSV as translate-toolkit's csvl10n writes it, from JSON [{source, target, note}] in the input file. */
export const WRITE_CSV = `
import io, json, sys
from translate.storage import csvl10n
store = csvl10n.csvfile()
for term in json.load(open(sys.argv[1])):
    unit = store.addsourceunit(term['source'])
    unit.target = term['target']
    if term.get('note'): unit.addnote(term['note'])
out = io.BytesIO()
store.serialize(out)
print(json.dumps(out.getvalue().decode('utf-8')))
`;
