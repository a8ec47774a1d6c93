import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The redeploy journey (make pwa-update-check): one hydrated test that rebuilds the app
// under an open page, so it runs on its own, after the main suite, with its own server
// (scripts/pwa-update.sh).
const port = Number(process.env.PWA_UPDATE_PORT ?? 3160);

export default defineConfig({
  ...base,
  testDir: './update',
  // A release rebuild takes minutes on two cores.
  timeout: 40 * 60_000,
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}`, javaScriptEnabled: true },
  projects: [{ name: 'update' }],
  webServer: undefined,
});
