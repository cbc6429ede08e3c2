// The Node entry: synchronous, with the same contract types.
import { annotate, version, type AnnotationDocument, type Group } from 'newsmark/node';

const doc: AnnotationDocument = annotate('Pavel Durov founded Telegram. Durov lives in Dubai.', { referenceDate: '2024-10-20' });
const groups: readonly Group[] = doc.groups;
const v: string = version();
export { groups, v };
