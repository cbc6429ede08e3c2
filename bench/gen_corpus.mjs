// Generates the benchmark corpus: news-like articles made from templates of
// news sentences, with people, organisations, places, numbers and dates drawn
// by a seeded generator, so every run (and every machine) gets the same text.
// Nothing is copied from a data set: the word lists below are written here.
//
//   node bench/gen_corpus.mjs OUT.jsonl [BYTES]   (default 1,000,000 bytes of text)
//
// Output: one JSON object per line, {"id": n, "text": "..."}; this is also
// the input format of `newsmark annotate --jsonl`.
import fs from 'node:fs';

const SEED = 20241020;
const [out, bytesArg] = process.argv.slice(2);
if (!out) {
  console.error('usage: node bench/gen_corpus.mjs OUT.jsonl [BYTES]');
  process.exit(2);
}
const TARGET = Number(bytesArg || 1_000_000);

// mulberry32: small, fast, and identical on every JavaScript engine.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = rng(SEED);
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));
const pick = (list) => list[Math.floor(random() * list.length)];

const FIRST = ['Maria', 'James', 'Aigerim', 'Olu', 'Chen', 'Sofia', 'Rahul', 'Elena', 'Tomasz', 'Fatima', 'Kenji',
  'Amara', 'Lucas', 'Ingrid', 'Mateo', 'Nadia', 'Samuel', 'Yara', 'Pierre', 'Hannah', 'Dmitri', 'Grace', 'Omar',
  'Leila', 'Bruno', 'Akosua', 'Viktor', 'Priya', 'Jonas', 'Camila'];
const LAST = ['Okafor', 'Lindqvist', 'Nurlanova', 'Haddad', 'Moreau', 'Kowalski', 'Tanaka', 'Mensah', 'Romero',
  'Fischer', 'Petrov', 'Sharma', 'Wright', 'Castillo', 'Abubakar', 'Novak', 'Bergstrom', 'Iyer', 'Delgado',
  'Whitfield', 'Osei', 'Varga', 'Kimura', 'Brennan', 'Ahmadi', 'Sato', 'Oyelaran', 'Duarte', 'Holm', 'Farouk'];
const TITLES = ['', '', '', 'Dr. ', 'Mr. ', 'Ms. ', 'Prof. ', 'Sen. ', 'Gov. '];
const ROLES = ['chief executive', 'finance minister', 'spokeswoman', 'spokesman', 'chief economist', 'mayor',
  'director', 'head of research', 'analyst', 'chairman', 'president', 'deputy governor'];
const ORGS = ['Northwind Bank', 'the Central Statistics Office', 'Meridian Telecom', 'Halvorsen Energy',
  'the World Health Organization', 'Apex Logistics', 'the Ministry of Finance', 'Bluewater Capital',
  'Stellar Airlines', 'the European Commission', 'Greenfield Foods', 'the International Monetary Fund',
  'Quantix Labs', 'the Port Authority', 'Orion Motors', 'Atlas Mining Corp.', 'Kestrel Media Group',
  'the National Weather Service', 'Pioneer Insurance Ltd.', 'the University of Eastbridge'];
const PLACES = ['Kazakhstan', 'Nigeria', 'Brazil', 'Germany', 'Japan', 'Canada', 'Kenya', 'Poland', 'Chile',
  'Indonesia', 'Lagos', 'Almaty', 'São Paulo', 'Hamburg', 'Osaka', 'Toronto', 'Nairobi', 'Krakow', 'Santiago',
  'Jakarta', 'New York', 'the Gulf of Mexico', 'the Alps', 'Western Europe', 'Southeast Asia'];
const NOUNS = ['users', 'passengers', 'jobs', 'homes', 'vehicles', 'students', 'patients', 'subscribers',
  'tonnes of wheat', 'barrels of oil', 'visitors', 'households', 'employees', 'cases', 'flights'];
const METRICS = ['revenue', 'net profit', 'inflation', 'unemployment', 'exports', 'imports', 'output',
  'the trade deficit', 'spending', 'turnover', 'operating income', 'home prices', 'wages', 'investment'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const ABBR = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const CURRENCIES = [['$', ''], ['€', ''], ['£', ''], ['', ' yen'], ['', ' euros'], ['', ' dollars']];
const SCALES = ['million', 'billion', 'M', 'B', 'bn', 'thousand'];
const UP = ['rose', 'climbed', 'jumped', 'increased', 'grew', 'surged'];
const DOWN = ['fell', 'dropped', 'declined', 'slipped', 'shrank', 'plunged'];
const SAID = ['said', 'told reporters', 'wrote in a statement', 'said in an interview', 'noted'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', '10th', '21st'];
const APPROX = ['about', 'nearly', 'more than', 'over', 'almost', 'at least', 'roughly', ''];

const person = () => `${pick(TITLES)}${pick(FIRST)} ${pick(LAST)}`;
const surname = () => pick(LAST);
const org = () => pick(ORGS);
const Org = () => { const o = org(); return o[0].toUpperCase() + o.slice(1); };
const place = () => pick(PLACES);
const year = () => int(2015, 2025);
const pct = () => (random() < 0.5 ? `${int(1, 60)}%` : `${int(0, 40)}.${int(1, 9)} percent`);
const num = () => {
  const r = random();
  if (r < 0.3) return `${int(2, 999)}`;
  if (r < 0.6) return `${int(1, 99)},${String(int(0, 999)).padStart(3, '0')}`;
  if (r < 0.85) return `${int(1, 99)}.${int(1, 9)} ${pick(['million', 'billion'])}`;
  return pick(['two', 'three', 'five', 'a dozen', 'hundreds of', 'thousands of', 'ten']);
};
const money = () => {
  const [pre, post] = pick(CURRENCIES);
  const scale = pick(SCALES);
  const sep = scale.length <= 2 ? '' : ' ';
  return `${pre}${int(1, 950)}.${int(0, 9)}${sep}${scale}${post}`;
};
// A date phrase that fits after "from", "by" or "until".
const date = () => {
  const r = random();
  const m = int(0, 11);
  if (r < 0.25) return `${pick(ABBR)} ${int(1, 28)}`;
  if (r < 0.5) return `${MONTHS[m]} ${int(1, 28)}, ${year()}`;
  if (r < 0.65) return `the end of ${pick(['the first', 'the second', 'the third', 'the fourth'])} quarter of ${year()}`;
  if (r < 0.8) return `${year()}-${String(m + 1).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
  return `${MONTHS[m]} ${year()}`;
};
// A complete time adverbial: "last year", "on Oct. 14", "in the third quarter of 2024".
const when = () => {
  const r = random();
  const m = int(0, 11);
  if (r < 0.2) return `on ${pick(ABBR)} ${int(1, 28)}`;
  if (r < 0.35) return `on ${MONTHS[m]} ${int(1, 28)}, ${year()}`;
  if (r < 0.5) return `in the ${pick(['first', 'second', 'third', 'fourth'])} quarter of ${year()}`;
  if (r < 0.7) return pick(['last year', 'last month', 'this week', 'next year', 'yesterday', 'on ' + pick(DAYS), 'a year earlier']);
  if (r < 0.8) return `in ${MONTHS[m]} ${year()}`;
  if (r < 0.9) return `in ${pick(['Q1', 'Q2', 'Q3', 'Q4'])} ${year()}`;
  return `in ${year()}`;
};
const approx = () => { const a = pick(APPROX); return a ? a + ' ' : ''; };

const SENTENCES = [
  () => `${person()}, the ${pick(ROLES)} of ${org()}, ${pick(SAID)} on ${pick(DAYS)} that ${pick(METRICS)} ${pick(UP)} ${pct()} to ${money()} ${when()}.`,
  () => `${Org()} reported ${approx()}${num()} ${pick(NOUNS)} in ${place()}, up from ${num()} a year earlier.`,
  () => `According to ${org()}, ${pick(METRICS)} ${pick(DOWN)} ${pct()} ${when()}, the ${pick(ORDINALS)} decline in a row.`,
  () => `"We expect ${pick(METRICS)} to reach ${money()} by ${year()}," ${surname()} ${pick(SAID)}.`,
  () => `The deal, worth ${approx()}${money()}, was signed in ${place()} ${when()} by ${person()} and ${person()}.`,
  () => `In ${place()}, ${approx()}${num()} ${pick(NOUNS)} were affected, officials said, while ${pct()} of ${pick(NOUNS)} in ${place()} saw no change.`,
  () => `${surname()} joined ${org()} in ${year()} after ${int(2, 30)} years at ${org()}.`,
  () => `Shares of ${org()} ${pick(UP)} ${int(1, 15)}.${int(0, 9)}% at ${int(1, 12)}:${pick(['00', '15', '30', '45'])} ${pick(['a.m.', 'p.m.'])} in ${place()} trading.`,
  () => `The report covers the period from ${date()} to ${date()} and counts ${num()} ${pick(NOUNS)}.`,
  () => `Temperatures reached ${int(20, 48)} degrees Celsius in ${place()}, and ${int(5, 400)} millimetres of rain fell in ${int(2, 72)} hours.`,
  () => `Critics, including ${person()} of ${org()}, warned that the plan could cost ${money()} over ${int(2, 20)} years.`,
  () => `It was the ${pick(ORDINALS)} time since ${year()} that ${org()} had cut its forecast.`,
  () => `The company employs ${approx()}${num()} people and operates ${int(3, 900)} stores across ${place()} and ${place()}.`,
  () => `${Org()} did not respond to a request for comment.`,
  () => `Analysts had expected a figure of ${money()}, according to a poll of ${int(5, 60)} economists.`,
  () => `The changes take effect on ${date()}, ${pick(['the ministry', 'the regulator', 'the board', 'the agency'])} said.`,
  () => `Residents said the situation had improved since the storm, though many roads remained closed.`,
  () => `The proposal still needs the approval of parliament, where the coalition holds a narrow majority.`,
  () => `${person()} said the ${pick(['vote', 'decision', 'merger', 'strike', 'election'])} would be held ${when()}.`,
];
const HEADLINES = [
  () => `${Org()} ${pick(METRICS)} ${pick(UP)} ${pct()} ${when()}`,
  () => `${place()} ${pick(['braces for', 'reports', 'welcomes', 'rejects'])} ${pick(['new tariffs', 'record harvest', 'budget cuts', 'heat wave', 'rate rise'])}`,
  () => `${person()} to lead ${org()}`,
];

const file = fs.openSync(out, 'w');
let total = 0;
let id = 0;
while (total < TARGET) {
  const paragraphs = [];
  const nParagraphs = int(3, 7);
  for (let p = 0; p < nParagraphs; p++) {
    const sentences = [];
    const n = int(2, 5);
    for (let s = 0; s < n; s++) sentences.push(pick(SENTENCES)());
    paragraphs.push(sentences.join(' '));
  }
  const dateline = `${pick(PLACES).toUpperCase()}, ${pick(ABBR)} ${int(1, 28)} (${pick(['Newswire', 'Staff report', 'Wire'])}) - `;
  const text = `${pick(HEADLINES)()}\n\n${dateline}${paragraphs.join('\n\n')}\n`;
  fs.writeSync(file, JSON.stringify({ id, text }) + '\n');
  total += Buffer.byteLength(text);
  id += 1;
}
fs.closeSync(file);
console.error(`gen_corpus: ${id} articles, ${total} bytes of text -> ${out}`);
