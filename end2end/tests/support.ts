import { execFileSync } from 'node:child_process';
import { expect, type Page, type TestInfo } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const pgBase = process.env.HAVEN_PG_BASE ?? 'postgres://haven@127.0.0.1:55432';
/** The primary of the database the e2e server runs on (see scripts/e2e-server.sh). */
export const e2eDatabaseUrl = `${pgBase}/haven_e2e_${port}`;
export const baseURL = `http://127.0.0.1:${port}`;

/** Runs SQL on the e2e primary with psql and returns its unaligned output. */
export function sql(query: string): string {
  return execFileSync('psql', [e2eDatabaseUrl, '-qAtX', '-v', 'ON_ERROR_STOP=1', '-c', query], {
    encoding: 'utf8',
  }).trim();
}

export function jsEnabled(testInfo: TestInfo): boolean {
  return testInfo.project.use.javaScriptEnabled !== false;
}

/** Waits until the WASM has hydrated the page, when JavaScript is on. */
export async function ready(page: Page, testInfo: TestInfo): Promise<void> {
  if (jsEnabled(testInfo)) {
    await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
  }
}
