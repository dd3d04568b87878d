// The files the VSIX holds, as `vsce ls` lists them. vsce walks the whole tree, node_modules included
// (seconds of CPU), so the listing is made once per process and shared by the tests that read it.
import { join } from 'node:path';
import { listFiles, PackageManager } from '@vscode/vsce';

let listing: Promise<string[]> | undefined;

export function packagedFiles(): Promise<string[]> {
  listing ??= listFiles({ cwd: join(__dirname, '../..'), packageManager: PackageManager.None });
  return listing;
}
