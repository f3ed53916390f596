// Browser tests: the release build (dist/), served locally, in Debian's Chromium.
import { defineConfig } from '@playwright/test';

// PW_PORT runs specs beside a suite already serving on 4173 (not the
// sub-path and CORS specs, whose addresses are 4174 and 4175).
const port = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/browser',
  outputDir: 'test-results',
  // A first load on a busy, cold 2-core machine (the server compressing the
  // wasm for the first time) can take several seconds: page.goto in the
  // fixture waits for the page to report it is ready (fixtures.mjs), and
  // assertions wait for a result for up to 15 s.
  timeout: 90_000,
  expect: { timeout: 15_000 },
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/results.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    },
  },
  webServer: [
    {
      command: `node tests/static-server.mjs dist --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // The same build under a sub-path, as a course site or GitHub Pages serves it.
      command: `node tests/static-server.mjs dist --port ${port + 1} --base /courses/ecm/`,
      url: `http://127.0.0.1:${port + 1}/courses/ecm/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
    {
      // The same build from a host that sends Access-Control-Allow-Origin
      // (GitHub Pages does): a sandboxed iframe can load it.
      command: `node tests/static-server.mjs dist --port ${port + 2} --cors`,
      url: `http://127.0.0.1:${port + 2}/`,
      reuseExistingServer: false,
      timeout: 20_000,
    },
  ],
});
