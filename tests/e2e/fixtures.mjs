// A hand-written document of the golden article, opened through the page's
// "Open JSON export": the panels, tooltips and exports are tested against a
// fixed document while the real recognisers are still changing.
import { GOLDEN, REFERENCE_DATE } from './helpers.mjs';

export function goldenFixture() {
  const text = GOLDEN;
  const spans = [];
  const find = (needle, nth = 0, after = 0) => {
    let at = after - 1;
    for (let i = 0; i <= nth; i++) {
      at = text.indexOf(needle, at + 1);
      if (at < 0) throw new Error(`fixture: "${needle}" #${nth} not in the golden article`);
    }
    return at;
  };
  const add = (needle, label, extra = {}, nth = 0, after = 0) => {
    const start = find(needle, nth, after);
    const span = { id: 0, start, end: start + needle.length, text: needle, label, ...extra };
    spans.push(span);
    return span;
  };
  add('Meta', 'ORG', { group: 5 });
  add('1.2B', 'CARDINAL', { value: 1.2e9, unit: 'accounts' });
  add('Telegram', 'ORG', { group: 0 }, 0);
  add('Kazakhstan', 'GPE', { group: 1 }, 0);
  add('ASTANA', 'GPE');
  add('Oct. 14', 'DATE', { timex: '2024-10-14' }, 0);
  add('Kazakhstan', 'GPE', { group: 1 }, 1);
  add('Ministry of Digital Development, Innovations, and Aerospace Industry', 'ORG');
  add('Oct. 14', 'DATE', { timex: '2024-10-14' }, 1);
  add('Telegram', 'ORG', { group: 0 }, 1);
  add('Zhaslan Madiyev', 'PERSON', { group: 2 });
  add('Pavel Durov', 'PERSON', { group: 3 });
  add('Dubai', 'GPE');
  add('late August', 'DATE', { timex: '2024-08' });
  add('Durov', 'PERSON', { group: 3 }, 0, text.indexOf('August'));
  const people = add('12.5 million people', 'CARDINAL', { value: 12500000, unit: 'people' });
  add('Kazakhstan', 'GPE', { group: 1 }, 2);
  const pct = add('25%', 'PERCENT', { value: 25 });
  add('last year', 'DATE', { timex: '2023' });
  add('Telegram', 'ORG', { group: 0 }, 2);
  add('WhatsApp', 'ORG');
  add('Meta', 'ORG', { group: 5 }, 1);
  add('about 2 billion users', 'CARDINAL', { value: 2e9, unit: 'users', approx: 'about' });
  add('Apple', 'ORG', { group: 4 });
  const revenue = add('$85.8 billion', 'MONEY', { value: 85.8e9, unit: 'USD' });
  const quarter = add('the third quarter of 2024', 'DATE', { timex: '2024-Q3' }, 0);
  add('Meta', 'ORG', { group: 5 }, 2);
  add('1.2 billion fake accounts', 'CARDINAL', { value: 1.2e9, unit: 'accounts' });
  add('the third quarter of 2024', 'DATE', { timex: '2024-Q3' }, 1);
  add('The U.S. Chamber of Commerce', 'ORG');
  spans.sort((a, b) => a.start - b.start);
  spans.forEach((s, i) => (s.id = i));
  const names = ['Telegram', 'Kazakhstan', 'Zhaslan Madiyev', 'Pavel Durov', 'Apple', 'Meta'];
  const labels = ['ORG', 'GPE', 'PERSON', 'PERSON', 'ORG', 'ORG'];
  const groups = names.map((name, id) => ({ id, label: labels[id], name, mentions: spans.filter((s) => s.group === id).map((s) => s.id) }));
  const sentenceOf = (span) => {
    let a = span.start;
    while (a > 0 && !/[.\n]/.test(text[a - 1])) a--;
    while (a < span.start && text[a] === ' ') a++;
    let b = text.indexOf('.', span.end);
    b = b < 0 ? text.length : b + 1;
    return [a, b];
  };
  const statistics = [
    {
      id: 0,
      value_span: people.id,
      subject: 'monthly users of Telegram in Kazakhstan',
      time_span: null,
      frequency: 'monthly',
      change: { direction: 'up', value: 25, unit: 'percent', baseline: 'last year', span: pct.id },
      source_group: 3,
      sentence: sentenceOf(people),
    },
    {
      id: 1,
      value_span: revenue.id,
      subject: 'revenue of Apple’s own services',
      time_span: quarter.id,
      change: null,
      source_group: 4,
      sentence: sentenceOf(revenue),
    },
  ];
  return { spans, groups, statistics, text, reference_date: REFERENCE_DATE };
}
