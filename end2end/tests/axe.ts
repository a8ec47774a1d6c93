// axe-core in the page, hydrated or with JavaScript off: shared by the accessibility
// journeys (a11y.spec.ts) and the languages' (i18n.spec.ts).
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';
import type { AxeResults, Result } from 'axe-core';
import { jsEnabled } from './support';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const BLOCKING = new Set(['serious', 'critical']);

/** One violation, with every element it was found on: what to fix, and where. */
function describe(v: Result): string {
  const targets = v.nodes.map((n) => {
    const where = n.target.map(String).join(' ');
    const why = n.failureSummary?.split('\n').slice(1).join('; ').trim();
    return `    - ${where}${why ? ` (${why})` : ''}`;
  });
  return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length}×, ${v.helpUrl})\n${targets.join('\n')}`;
}

/** axe's results for the page as it is now (`include`: only that part of it). */
async function runAxe(page: Page, testInfo: TestInfo, include?: string): Promise<AxeResults> {
  let builder = new AxeBuilder({ page }).withTags(TAGS);
  if (include) builder = builder.include(include);
  if (jsEnabled(testInfo)) return builder.analyze();
  // axe runs in the page and waits on timers (setTimeout(…, 0) between rules), and with
  // scripts off the browser never calls a timer back (dequelabs/axe-core-npm#529), nor
  // queueMicrotask's callbacks. Promise jobs still run inside an evaluation: for the audit
  // the short timers become promise jobs, and the long ones (watchdogs for frames and
  // preloads that finish first here) are dropped. The page's own scripts were skipped when
  // it was parsed and stay so: the DOM audited is the one a browser without JavaScript
  // shows. Legacy mode runs axe in this page alone (otherwise it finishes in a new blank
  // page, where scripts are off too).
  await page.evaluate(() => {
    let next = 1;
    const later = (fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) => {
      if (!ms || ms <= 1) void Promise.resolve().then(() => fn(...args));
      return next++;
    };
    Object.assign(window, { setTimeout: later, clearTimeout: () => {} });
  });
  return builder.setLegacyMode(true).analyze();
}

/**
 * Runs axe on the page as it is now, in the light and in the dark colour scheme (the site
 * follows the system's); fails on serious and critical violations, listing each with its
 * rule, impact, help and the elements' selectors; reports the others.
 */
export async function audit(page: Page, testInfo: TestInfo, name: string, include?: string): Promise<void> {
  const blocking: string[] = [];
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    const results = await runAxe(page, testInfo, include);
    const serious = results.violations.filter((v) => BLOCKING.has(v.impact ?? ''));
    const minor = results.violations.filter((v) => !BLOCKING.has(v.impact ?? ''));
    if (minor.length > 0) {
      const text = minor.map(describe).join('\n');
      testInfo.annotations.push({ type: `a11y: ${name}, ${scheme} (moderate/minor)`, description: text });
      console.log(`[${testInfo.project.name}] ${name}, ${scheme} (${page.url()}): moderate/minor findings:\n${text}`);
    }
    await testInfo.attach(`axe ${name} ${scheme}.json`, {
      body: JSON.stringify(results.violations, null, 2),
      contentType: 'application/json',
    });
    if (serious.length > 0) blocking.push(`${scheme} colour scheme:\n${serious.map(describe).join('\n')}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
  const message = `${name} (${page.url()}): serious or critical accessibility violations:\n${blocking.join('\n')}`;
  expect(blocking, message).toEqual([]);
}

