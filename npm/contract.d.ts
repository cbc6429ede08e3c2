// The annotation document of newsmark's CONTRACT.md, as JavaScript sees it:
// offsets count UTF-16 code units, so `text.slice(span.start, span.end)` is
// `span.text`. No DOM types here, so Node projects can use these alone.

/** Named-entity labels (OntoNotes, as spaCy uses them; MISC: a name of unknown type). */
export type NameLabel =
  | 'PERSON' | 'NORP' | 'FAC' | 'ORG' | 'GPE' | 'LOC' | 'PRODUCT' | 'EVENT'
  | 'WORK_OF_ART' | 'LAW' | 'LANGUAGE' | 'MISC';
/** Time labels. */
export type TimeLabel = 'DATE' | 'TIME';
/** Number labels. */
export type NumberLabel = 'PERCENT' | 'MONEY' | 'QUANTITY' | 'ORDINAL' | 'CARDINAL';
/** Every label of the contract. */
export type Label = NameLabel | TimeLabel | NumberLabel;

/** The categories a reader chooses with `types` (each a few labels). */
export type Category = 'person' | 'org' | 'place' | 'group' | 'other' | 'date' | 'number';
/** What `types` accepts: category ids, their plurals, or labels. */
export type TypeName =
  | Category | Label
  | 'people' | 'organisations' | 'organizations' | 'places' | 'groups' | 'others' | 'dates' | 'numbers' | 'statistics';

/** A qualifier of a value; the documented ones, though others may come. */
export type Approx = 'over' | 'about' | 'nearly' | 'at_least' | 'up_to' | (string & {});

/** A highlighted mention. */
export interface Span {
  /** Index of this span in `spans`. */
  readonly id: number;
  /** Start offset (UTF-16 code units). */
  readonly start: number;
  /** End offset, exclusive. */
  readonly end: number;
  /** The exact slice of the input. */
  readonly text: string;
  readonly label: Label;
  /** The entity group (index into `groups`) of a named entity. */
  readonly group?: number;
  /** The number after scale words ("1.2B" → 1200000000); the lower end of a range. */
  readonly value?: number;
  /** The upper end of a range ("10-15%": value 10, value_max 15). */
  readonly value_max?: number;
  /** ISO 4217 code for money (`USD`), a unit name for quantities (`km`, `percentage point`), the counted noun for counts (outside the span: "12.5 million" people). */
  readonly unit?: string;
  readonly approx?: Approx;
  /** DATE/TIME as TIMEX3: `2024-10-14`, `2024-Q3`, `XXXX-10-14`, `P1Y`, an age `P52Y`, a compact range `2024-06-03/2024-06-05`, a clock with its day `2024-06-03T09:00`. */
  readonly timex?: string;
  /** 0..1. */
  readonly confidence?: number;
}

/** Mentions of one real-world entity ("Pavel Durov", "Durov"). */
export interface Group {
  readonly id: number;
  readonly label: Label;
  /** The fullest name among the mentions. */
  readonly name: string;
  /** Span ids of the mentions, in text order. */
  readonly mentions: readonly number[];
}

/** How a statistic changed. */
export interface Change {
  readonly direction: 'up' | 'down' | 'flat';
  /** Size of the change ("a 25% jump": 25). */
  readonly value?: number;
  /** `percent`, `points`, `times`, or the value's own unit. */
  readonly unit?: string;
  /** What it is compared with ("last year"). */
  readonly baseline?: string;
  /** The span holding the change's size. */
  readonly span?: number;
}

/** A number linked to what it measures, when, how it changed and who said it. */
export interface Statistic {
  readonly id: number;
  /** The span holding the number. */
  readonly value_span: number;
  /** What the number counts ("fake accounts"). */
  readonly subject: string | null;
  /** The DATE span giving its time scope. */
  readonly time_span: number | null;
  /** "monthly", when the sentence says how often. */
  readonly frequency?: string;
  readonly change: Change | null;
  /** The entity group it is attributed to. */
  readonly source_group: number | null;
  /** The source's words when it is not a grouped entity ("officials"). */
  readonly source?: string;
  /** The sentence holding it, [start, end). */
  readonly sentence: readonly [number, number];
}

/** A quoted statement and who said it (a later addition to the contract). */
export interface Quote {
  readonly id: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly speaker_group: number | null;
  readonly speaker?: string;
}

/** What `annotate` returns. */
export interface AnnotationDocument {
  /** Sorted by `start`, never overlapping. */
  readonly spans: readonly Span[];
  readonly groups: readonly Group[];
  readonly statistics: readonly Statistic[];
  readonly quotes?: readonly Quote[];
}

/** A term of the reader's own, always highlighted with its label. */
export interface WatchTerm {
  readonly term: string;
  readonly label: Label;
}

/** Options of `annotate`. */
export interface AnnotateOptions {
  /** The day the text was written (`YYYY-MM-DD` or a Date), to resolve "Monday", "last year". */
  readonly referenceDate?: string | Date;
  readonly watchlist?: readonly WatchTerm[];
}

/** A category of labels, with its display name and colour. */
export interface CategoryInfo {
  readonly id: Category;
  readonly name: string;
  readonly labels: readonly Label[];
  readonly colour: string;
}

/** Every label, in the order of the contract. */
export declare const LABELS: readonly Label[];
/** A readable name for each label. */
export declare const LABEL_NAMES: Readonly<Record<Label, string>>;
/** The categories, in display order. */
export declare const CATEGORIES: readonly CategoryInfo[];
/** The category of a label. */
export declare function categoryOf(label: Label): CategoryInfo;
/** The labels that a `types` option selects (all when empty); throws on an unknown name. */
export declare function labelsFor(types?: string | Iterable<TypeName> | null): Set<Label>;
