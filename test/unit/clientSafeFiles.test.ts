// Issue 14 items 6 and 7 in the client: Create SECURITY.md reads only small plain files and never
// writes through a symlinked folder (vscode.FileType bits: File 1, Directory 2, SymbolicLink 64).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isReadableFact, isWritableFolder, MAX_FACT_FILE_BYTES } from '../../client/src/safeFiles';

describe('client: files Create SECURITY.md touches', () => {
  it('reads a plain file up to 1 MB, not a symlink, a device or a larger file', () => {
    assert.equal(isReadableFact({ type: 1, size: 300 }), true);
    assert.equal(isReadableFact({ type: 1, size: MAX_FACT_FILE_BYTES + 1 }), false);
    assert.equal(isReadableFact({ type: 1 | 64, size: 300 }), false, 'symlink to a file');
    assert.equal(isReadableFact({ type: 0 | 64, size: 0 }), false, 'symlink to /dev/zero');
    assert.equal(isReadableFact({ type: 0, size: 0 }), false, 'a FIFO or device');
  });

  it('writes into a missing folder or a real one, never through a symlinked one', () => {
    assert.equal(isWritableFolder(undefined), true);
    assert.equal(isWritableFolder({ type: 2, size: 0 }), true);
    assert.equal(isWritableFolder({ type: 2 | 64, size: 0 }), false);
    assert.equal(isWritableFolder({ type: 1, size: 0 }), false);
  });
});
