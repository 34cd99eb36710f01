import { defineConfig } from '@playwright/test';

const PORT = Number(process.env['E2E_PORT'] ?? 4310);
const BASE_URL = `http://127.0.0.1:${PORT}`;
const PG_PORT = Number(process.env['E2E_PG_PORT'] ?? 54331);
/** One data dir per database port, so two e2e runs on one machine never share a cluster. */
const PG_DIR = `tmp/e2e/pg-${PG_PORT}`;

/** Chromium flags for this kind of machine: no sandbox as root, no network chatter. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * Journeys against the production build served by the real API on a brand-new
 * embedded PostgreSQL (its own data dir and port, demo data seeded).
 */
export default defineConfig({
  testDir: './tests',
  outputDir: '../tmp/e2e/results',
  timeout: 120_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: '../tmp/test-results/e2e.json' }]],
  use: {
    baseURL: BASE_URL,
    headless: true,
    locale: 'fi-FI',
    trace: 'retain-on-failure',
    launchOptions: { executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  webServer: {
    command: `rm -rf ${PG_DIR} && node dist/apps/api/apps/api/src/main.js`,
    cwd: '..',
    url: `${BASE_URL}/health/ready`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      EMBEDDED_PG_DIR: PG_DIR,
      EMBEDDED_PG_PORT: String(PG_PORT),
      SEED_DEMO_DATA: 'true',
      LOG_LEVEL: 'warn',
    },
  },
});
