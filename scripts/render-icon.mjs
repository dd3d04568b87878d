// Renders images/icon.svg to images/icon.png (128×128, transparent background) with headless Chromium,
// driven over the DevTools protocol on a pipe: the `--screenshot` flag cannot make a window smaller
// than Chromium's minimum width, so the viewport is set by emulation instead.
// Needs Debian's chromium (`apt-get install -y chromium`); run `node scripts/render-icon.mjs` when the SVG changes.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SIZE = 128;
const svg = await readFile('images/icon.svg', 'utf8');
const html = `<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`;

const profile = await mkdtemp(join(tmpdir(), 'icon-'));
const chromium = spawn(
  'chromium',
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    `--user-data-dir=${profile}`,
    '--remote-debugging-pipe',
  ],
  // The protocol pipe is fd 3 (to Chromium) and fd 4 (from Chromium); messages end with NUL.
  { stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'] },
);
const [toChromium, fromChromium] = [chromium.stdio[3], chromium.stdio[4]];

let nextId = 1;
const pending = new Map();
const events = [];
let buffer = '';
fromChromium.on('data', (chunk) => {
  buffer += chunk.toString('utf8');
  let end;
  while ((end = buffer.indexOf('\0')) >= 0) {
    const message = JSON.parse(buffer.slice(0, end));
    buffer = buffer.slice(end + 1);
    if (message.id && pending.has(message.id)) {
      const { resolve, reject } = pending.get(message.id);
      pending.delete(message.id);
      if (message.error) reject(new Error(message.error.message));
      else resolve(message.result);
    } else if (message.method) {
      for (const waiter of events.splice(0)) waiter(message);
    }
  }
});

function send(method, params = {}, sessionId) {
  const id = nextId++;
  toChromium.write(JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) }) + '\0');
  return new Promise((resolve, reject) => pending.set(id, { resolve, reject }));
}

function waitFor(method) {
  return new Promise((resolve) => {
    const waiter = (message) => (message.method === method ? resolve(message) : events.push(waiter));
    events.push(waiter);
  });
}

try {
  const { targetId } = await send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await send('Target.attachToTarget', { targetId, flatten: true });
  await send('Page.enable', {}, sessionId);
  await send(
    'Emulation.setDeviceMetricsOverride',
    { width: SIZE, height: SIZE, deviceScaleFactor: 1, mobile: false },
    sessionId,
  );
  await send('Emulation.setDefaultBackgroundColorOverride', { color: { r: 0, g: 0, b: 0, a: 0 } }, sessionId);
  const loaded = waitFor('Page.loadEventFired');
  await send('Page.navigate', { url: 'data:text/html;base64,' + Buffer.from(html).toString('base64') }, sessionId);
  await loaded;
  const { data } = await send(
    'Page.captureScreenshot',
    { format: 'png', clip: { x: 0, y: 0, width: SIZE, height: SIZE, scale: 1 } },
    sessionId,
  );
  await writeFile('images/icon.png', Buffer.from(data, 'base64'));
  console.log('wrote images/icon.png');
} finally {
  // Chromium keeps writing its profile until it exits.
  const exited = new Promise((resolve) => chromium.once('exit', resolve));
  chromium.kill();
  await exited;
  await rm(profile, { recursive: true, force: true });
}
