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

/**
 * `compute`, a pure function of a short text (a URL), remembered by the text across documents: a
 * keystroke asks again about the links it did not touch. Forgets everything once `maxEntries` are held.
 */
export function perText<T>(compute: (text: string) => T, maxEntries = 4096): (text: string) => T {
  const cache = new Map<string, T>();
  return (text) => {
    if (cache.has(text)) return cache.get(text)!;
    if (cache.size >= maxEntries) cache.clear();
    const value = compute(text);
    cache.set(text, value);
    return value;
  };
}
