import { defineConfig } from '@playwright/test';
import * as path from 'path';

// The server under test: the release binary built by
// `cargo leptos build --release` (what `./.ci/start` serves and users run:
// a debug build hides release-only failures), on its own port with a fresh
// SQLite database seeded with demo content.
const port = Number(process.env.E2E_PORT ?? 3100);
const targetDir = process.env.CARGO_TARGET_DIR ?? path.resolve(__dirname, '../target');
const bin = process.env.ENTRAIDE_BIN ?? path.join(targetDir, 'release', 'entraide');
const dataDir = path.resolve(__dirname, '.data');

export default defineConfig({
  testDir: './tests',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `rm -rf "${dataDir}" && mkdir -p "${dataDir}" && "${bin}" seed-demo && exec "${bin}" serve`,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    cwd: path.resolve(__dirname, '..'),
    env: {
      DATABASE_URL: `sqlite://${dataDir}/e2e.db?mode=rwc`,
      SEARCH_INDEX_DIR: `${dataDir}/search-index`,
      LEPTOS_SITE_ADDR: `127.0.0.1:${port}`,
      LEPTOS_SITE_ROOT: process.env.LEPTOS_SITE_ROOT ?? path.resolve(__dirname, '../target/site'),
      ENTRAIDE_COMMUNITY_NAME: 'Acme Help Community',
      RUST_LOG: 'warn',
      // Every test browses from 127.0.0.1: the per-address write limit
      // would count the whole suite as one visitor.
      ENTRAIDE_WRITES_PER_IP: '100000',
      ENTRAIDE_SIGN_UPS_PER_IP: '1000',
      ENTRAIDE_SEARCHES_PER_MINUTE: '100000',
      ENTRAIDE_STREAMS_PER_CLIENT: '1000',
      // The translation test's stand-in provider listens on 127.0.0.1.
      ENTRAIDE_ALLOW_PRIVATE_OUTBOUND: 'true',
    },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
