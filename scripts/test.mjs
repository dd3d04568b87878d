// `npm test` after the build: the type check, the linter and the formatter's check run beside the fast tests, which
// leave a core mostly idle on a 2-core machine. Their output is held and printed once each ends,
// so it does not interleave with the test report; the exit status is the first failure's.
import { spawn } from 'node:child_process';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(script, { buffered }) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '--silent', script], {
      stdio: buffered ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      shell: process.platform === 'win32',
    });
    let output = '';
    if (buffered) {
      child.stdout.on('data', (chunk) => (output += chunk));
      child.stderr.on('data', (chunk) => (output += chunk));
    }
    child.on('close', (code) => {
      if (output) process.stdout.write(output);
      if (code !== 0) console.error(`npm run ${script} failed (exit ${code})`);
      resolve(code ?? 1);
    });
  });
}

const codes = await Promise.all([
  run('typecheck', { buffered: true }),
  run('lint', { buffered: true }),
  run('format:check', { buffered: true }),
  run('test:fast', { buffered: false }),
]);
process.exitCode = codes.find((code) => code !== 0) ?? 0;
