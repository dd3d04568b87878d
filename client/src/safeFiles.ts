// What Create SECURITY.md may read and write through, judged from workspace.fs.stat (the client has
// no realpath: the workspace may be virtual). Kept free of the vscode module so it can be tested.

/** vscode.FileType's bits; a symlink has SymbolicLink (64) added, so it never equals these. */
const FILE = 1;
const DIRECTORY = 2;

/** A manifest or git file is read only when it is this small (a real one is a few KB). */
export const MAX_FACT_FILE_BYTES = 1_000_000;

export interface FileStat {
  readonly type: number;
  readonly size: number;
}

/**
 * A plain regular file of at most MAX_FACT_FILE_BYTES. A symlink is not followed: it may lead out of
 * the workspace or to a device (`/dev/zero` would be read without end).
 */
export function isReadableFact(stat: FileStat): boolean {
  return stat.type === FILE && stat.size <= MAX_FACT_FILE_BYTES;
}

/** The folder the new policy goes into: missing (created plainly), or a real directory, never a symlink. */
export function isWritableFolder(stat: FileStat | undefined): boolean {
  return stat === undefined || stat.type === DIRECTORY;
}
