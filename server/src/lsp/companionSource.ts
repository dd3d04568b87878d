// The repository's other policy file for a document (its security.txt for a SECURITY.md and the
// other way round, facts/companion.ts): the best-placed candidate among the open documents and the
// disk. Node only (file paths, the disk); the browser server has no companion source, so the
// cross-check rules stay silent there.
import { fileURLToPath } from 'node:url';
import type { CompanionSource } from '../config/analysisContext';
import type { Companion } from '../core/types';
import { companionKindFor, companionOf, companionRank, companionRoot } from '../facts/companion';
import { readCompanion } from '../facts/readFacts';

/** `openDocuments`: a companion open in the editor is read as it is there, saved or not. */
export function createCompanionSource(
  openDocuments: () => Iterable<{ readonly uri: string; getText(): string }>,
  readOther: typeof readCompanion = readCompanion,
): CompanionSource {
  // The companion on disk per document file, until a watched file changes.
  const companions = new Map<string, ReturnType<typeof readCompanion>>();
  return {
    async companionFor(uri: string, root: string | undefined): Promise<Companion | undefined> {
      const file = filePath(uri);
      if (file === undefined) return undefined;
      const kind = companionKindFor(file);
      const base = companionRoot(file, root);
      let best: { rank: number; file: string; text: string } | undefined;
      // By the name in the URI first: an editor may hold hundreds of open files, and this runs per analysis.
      const named = kind === 'policy' ? /\/security\.(?:md|markdown)$/i : /\/security\.txt$/i;
      for (const document of openDocuments()) {
        if (!named.test(document.uri)) continue;
        const other = filePath(document.uri);
        const rank = other === undefined || other === file ? undefined : companionRank(kind, base, other);
        if (rank !== undefined && (!best || rank < best.rank)) best = { rank, file: other!, text: document.getText() };
      }
      let pending = companions.get(file);
      if (!pending) {
        pending = readOther(file, root).catch(() => undefined);
        companions.set(file, pending);
      }
      const disk = await pending;
      const diskRank = disk && companionRank(kind, base, disk.path);
      if (disk && diskRank !== undefined && (!best || diskRank < best.rank))
        return { kind: disk.kind, relativePath: disk.relativePath, text: disk.text };
      return best && companionOf(kind, base, best.file, best.text);
    },
    clear() {
      companions.clear();
    },
  };
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}
