// Facts several rules read from the same document (its contacts, version tables, PGP blocks) are
// computed once per document model: a keystroke builds a new model, so nothing goes stale.
import type { PolicyDocument } from './document';

/** `compute`, remembered per document model for as long as the model lives. */
export function perDocument<T>(compute: (doc: PolicyDocument) => T): (doc: PolicyDocument) => T {
  const cache = new WeakMap<PolicyDocument, T>();
  return (doc) => {
    if (cache.has(doc)) return cache.get(doc)!;
    const value = compute(doc);
    cache.set(doc, value);
    return value;
  };
}

/** `compute`, called on the first call only; later calls return what it returned. */
export function once<T>(compute: () => T): () => T {
  let done: { value: T } | undefined;
  return () => (done ??= { value: compute() }).value;
}
