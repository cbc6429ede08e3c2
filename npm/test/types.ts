// Compiled by `tsc -p npm/tsconfig.json` (strict): the public API is typed
// precisely enough that these uses check and the marked misuses fail.
import {
  annotate, init, highlight, labelsFor, CATEGORIES, NewsmarkAnnotator,
  type AnnotationDocument, type HighlightHandle, type Label, type Span, type Statistic,
} from 'newsmark';
import 'newsmark/element';
import { highlight as highlightAlone } from 'newsmark/highlight';

export async function demo(article: HTMLElement): Promise<string[]> {
  await init();
  const doc: AnnotationDocument = annotate('Durov met Macron in Paris.', {
    referenceDate: new Date(2024, 9, 20),
    watchlist: [{ term: 'Durov', label: 'PERSON' }],
  });
  const people: Span[] = doc.spans.filter((s) => s.label === 'PERSON');
  const money = doc.spans.find((s) => s.label === 'MONEY');
  const amount: number | undefined = money?.value;
  const currency: string | undefined = money?.unit;
  const stat: Statistic | undefined = doc.statistics[0];
  const direction: 'up' | 'down' | 'flat' | undefined = stat?.change?.direction;
  const sentence: readonly [number, number] | undefined = stat?.sentence;
  void [amount, currency, direction, sentence];

  const handle: HighlightHandle = await highlight(article, {
    types: ['person', 'GPE', 'numbers'],
    mode: 'auto',
    onClick: (span, event) => console.log(span.label, span.timex, event.clientX),
  });
  const mode: 'highlight-api' | 'wrap' = handle.mode;
  for (const { range, span } of handle.ranges) console.log(range.toString() === span.text);
  handle.clear();
  await highlightAlone(article, { mode: 'wrap' });

  const element = document.createElement('newsmark-annotator');
  const typed: NewsmarkAnnotator = element;
  typed.setAttribute('types', 'person,org');
  typed.addEventListener('annotated', (event) => {
    const spans: readonly Span[] = event.detail.document.spans;
    console.log(spans.length);
  });
  typed.addEventListener('error', (event) => console.log(event.detail.code, event.detail.message));

  const labels: Set<Label> = labelsFor('people, places');
  console.log(CATEGORIES.map((c) => c.id), labels.size, mode);
  return people.map((p) => p.text);
}

export function misuses(doc: AnnotationDocument, root: HTMLElement): void {
  // @ts-expect-error: not a label of the contract
  const bad: Label = 'COMPANY';
  // @ts-expect-error: spans are read-only
  doc.spans[0]!.start = 3;
  // @ts-expect-error: no such mode
  void highlight(root, { mode: 'inline' });
  // @ts-expect-error: not a type name
  void highlight(root, { types: ['companies'] });
  // @ts-expect-error: watchlist labels are contract labels
  annotate('x', { watchlist: [{ term: 'x', label: 'THING' }] });
  void bad;
}
