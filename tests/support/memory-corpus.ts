// Deterministic English news sentences for the translation memory's tests and benchmark: varied
// enough that a paragraph shares common words ("the", "said", "that") with most of them and its
// distinctive words with a few, as a newsroom's memory does.

/** A small deterministic random source (mulberry32): the same seed gives the same corpus. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  return { next, pick };
}

const SUBJECTS = [
  'The mayor of Kyiv', "Ukraine's foreign minister", 'The Kremlin', 'President Zelensky', 'A spokesman for the German government',
  "NATO's secretary general", 'The European Commission', 'The Ukrainian air force', 'Local authorities in Kharkiv', 'The White House',
  'Chancellor Merz', 'The governor of the Odesa region', 'A senior US official', 'The French foreign ministry', 'Poland\'s prime minister',
  'The International Atomic Energy Agency', 'A Russian military blogger', 'The United Nations', 'Emergency services', 'The finance minister',
];
const VERBS = ['said', 'announced', 'warned', 'confirmed', 'denied', 'reported', 'told reporters', 'wrote on Telegram'];
const PLACES = ['Kyiv', 'Kharkiv', 'Odesa', 'Dnipro', 'Zaporizhzhia', 'Lviv', 'Sumy', 'Kherson', 'Mykolaiv', 'Poltava', 'Chernihiv', 'Donetsk'];
const CITIES = ['Istanbul', 'Geneva', 'Riyadh', 'Brussels', 'Berlin', 'Paris', 'Warsaw', 'London', 'Washington', 'Rome'];
const PARTIES = ['Moscow', 'the Russian delegation', 'Washington', 'the European Union', 'Beijing', 'Ankara', 'the G7'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ADJECTIVES = ['unacceptable', 'a first step', 'premature', 'encouraging', 'a pretty big concession', 'not serious', 'long overdue'];
const THINGS = ['power stations', 'residential buildings', 'a hospital', 'grain silos', 'the railway station', 'a school', 'the port', 'gas pipelines'];
const ENDINGS = ['', ' on Thursday', ' on Monday evening', ' in a statement', ', according to Reuters', ', the agency reported', ' late on Sunday', ' at a café in the city centre'];

const CLAUSES: Array<(random: ReturnType<typeof seededRandom>) => string> = [
  (r) => `that ${2 + Math.floor(r.next() * 200)} drones had been shot down over ${r.pick(PLACES)} overnight`,
  (r) => `that talks with ${r.pick(PARTIES)} would continue in ${r.pick(CITIES)} next week`,
  (r) => `that the attack on ${r.pick(PLACES)} had killed ${2 + Math.floor(r.next() * 40)} people and damaged ${r.pick(THINGS)}`,
  (r) => `that sanctions against ${r.pick(PARTIES)} would be extended until ${r.pick(MONTHS)}`,
  (r) => `that the ceasefire proposal was ${r.pick(ADJECTIVES)}`,
  (r) => `that ${r.pick(THINGS)} in ${r.pick(PLACES)} had been hit by missiles`,
  (r) => `that electricity had been restored to ${1000 + Math.floor(r.next() * 90000)} homes in ${r.pick(PLACES)}`,
  (r) => `that a delegation would travel to ${r.pick(CITIES)} to discuss ${r.pick(['security guarantees', 'prisoner exchanges', 'reconstruction', 'air defence', 'grain exports'])}`,
  (r) => `that ${r.pick(PARTIES)} had offered ${r.pick(ADJECTIVES)} in the negotiations over ${r.pick(PLACES)}`,
  (r) => `that the evacuation of ${r.pick(PLACES)} would begin in ${r.pick(MONTHS)}`,
];

/** `count` distinct English sentences, the same for the same seed. */
export function memoryCorpus(count: number, seed = 15): string[] {
  const random = seededRandom(seed);
  const sentences = new Set<string>();
  while (sentences.size < count) {
    sentences.add(`${random.pick(SUBJECTS)} ${random.pick(VERBS)} ${random.pick(CLAUSES)(random)}${random.pick(ENDINGS)}.`);
  }
  return [...sentences];
}

/**
 * A sentence as another story would have it: some words replaced, one dropped, one added (the
 * edits a score of 60 to 90 allows).
 */
export function partlyOverlapping(sentence: string, random: ReturnType<typeof seededRandom>): string {
  const words = sentence.split(' ');
  const replace = Math.max(1, Math.floor(words.length / 8));
  for (let i = 0; i < replace; i++) words[Math.floor(random.next() * words.length)] = random.pick(['reportedly', 'again', 'also', 'several', 'new']);
  words.splice(1 + Math.floor(random.next() * (words.length - 1)), 1);
  words.splice(Math.floor(random.next() * words.length), 0, random.pick(['officially', 'once more', 'finally']));
  return words.join(' ');
}
