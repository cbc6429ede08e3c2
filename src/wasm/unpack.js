// Builds the annotation document from what `pack.rs` writes: every number
// in one Float64Array and every string in one string. The objects have the
// fields, their order and their values that serde-wasm-bindgen gives the
// Rust document (tests/wasm.rs compares the two); `pack.rs` describes the
// layout. Optional fields absent from the Rust document are absent here,
// except those the contract writes as null (a statistic's subject,
// time_span, change and source_group, a quote's speaker_group).

const LABELS = [
  'PERSON', 'NORP', 'FAC', 'ORG', 'GPE', 'LOC', 'PRODUCT', 'EVENT', 'WORK_OF_ART', 'LAW',
  'LANGUAGE', 'MISC', 'DATE', 'TIME', 'PERCENT', 'MONEY', 'QUANTITY', 'ORDINAL', 'CARDINAL',
];
const DIRECTIONS = ['up', 'down', 'flat'];

export function unpack(numbers, strings) {
  let n = 0;
  let s = 0;
  const next = () => numbers[n++];
  const string = () => {
    const end = s + numbers[n++];
    const value = strings.slice(s, end);
    s = end;
    return value;
  };

  const spans = new Array(next());
  for (let id = 0; id < spans.length; id++) {
    const span = { id, start: next(), end: next(), text: string(), label: LABELS[next()] };
    const mask = next();
    if (mask & 1) span.group = next();
    if (mask & 2) span.value = next();
    if (mask & 4) span.value_max = next();
    if (mask & 8) span.unit = string();
    if (mask & 16) span.approx = string();
    if (mask & 32) span.timex = string();
    if (mask & 64) span.confidence = next();
    spans[id] = span;
  }

  const groups = new Array(next());
  for (let id = 0; id < groups.length; id++) {
    const group = { id, label: LABELS[next()], name: string(), mentions: new Array(next()) };
    for (let k = 0; k < group.mentions.length; k++) group.mentions[k] = next();
    groups[id] = group;
  }

  const statistics = new Array(next());
  for (let id = 0; id < statistics.length; id++) {
    const statistic = { id, value_span: next() };
    const mask = next();
    statistic.subject = mask & 1 ? string() : null;
    statistic.time_span = mask & 2 ? next() : null;
    if (mask & 4) statistic.frequency = string();
    statistic.change = mask & 8 ? change() : null;
    statistic.source_group = mask & 16 ? next() : null;
    if (mask & 32) statistic.source = string();
    statistic.sentence = [next(), next()];
    statistics[id] = statistic;
  }

  const quotes = new Array(next());
  for (let id = 0; id < quotes.length; id++) {
    const quote = { id, start: next(), end: next(), text: string() };
    const mask = next();
    quote.speaker_group = mask & 1 ? next() : null;
    if (mask & 2) quote.speaker = string();
    quotes[id] = quote;
  }
  return { spans, groups, statistics, quotes };

  function change() {
    const result = { direction: DIRECTIONS[next()] };
    const mask = next();
    if (mask & 1) result.value = next();
    if (mask & 2) result.unit = string();
    if (mask & 4) result.baseline = string();
    if (mask & 8) result.span = next();
    return result;
  }
}
