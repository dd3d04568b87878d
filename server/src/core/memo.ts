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
    cache.set(ownCopy(text), value);
    return value;
  };
}

/**
 * `text` as a string of its own. V8 keeps a string that `slice`, a match or `replace` cut a part
 * from alive for as long as the part lives: a part kept as a cache key would keep the whole policy it
 * came from. The JSON round trip copies it (lone surrogates included).
 */
export function ownCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
