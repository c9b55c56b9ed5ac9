/**
 * Headless Chromium (through playwright-core) for tests of the staff pages,
 * with axe-core to check each page and a keyboard helper. Undefined when no
 * Chromium is installed: those tests are skipped, not failed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';

const root = new URL('../../../../', import.meta.url);

/** A launched browser, or undefined (with the reason) when there is none. */
export async function launchChromium(): Promise<{ browser?: Browser; reason?: string }> {
  const { CHROMIUM_ARGS, findChromium } = (await import(
    new URL('scripts/find-chromium.mjs', root).href
  )) as { CHROMIUM_ARGS: string[]; findChromium: () => string | undefined };
  const executablePath = findChromium();
  if (!executablePath) return { reason: 'no Chromium (set CHROME_PATH)' };
  const { chromium } = await import('playwright-core');
  return {
    browser: await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS }),
  };
}

/** axe-core's source, found through the browser tests' own dependency (@open-wc/testing → chai-a11y-axe → axe-core). */
function axeSource(): string {
  const fromRoot = createRequire(new URL('package.json', root));
  const fromTesting = createRequire(fromRoot.resolve('@open-wc/testing'));
  const fromChai = createRequire(fromTesting.resolve('chai-a11y-axe'));
  return readFileSync(fromChai.resolve('axe-core/axe.min.js'), 'utf8');
}

let axe: string | undefined;

/**
 * axe's violations on the current page, one line each (`rule: target`).
 * Evaluated through the DevTools protocol, so the page's CSP (no scripts)
 * stays as it is.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  axe ??= axeSource();
  await page.evaluate(axe);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run(
            context: Document,
          ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe.run(document);
    return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(' ')}`));
  });
}

/**
 * Presses Tab until the focused element's accessible text (aria-label, else
 * its text or value) includes `text`; fails after `limit` presses.
 */
export async function tabTo(page: Page, text: string, limit = 40): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const label = el.getAttribute('aria-label');
      const byFor = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : '';
      return `${label ?? ''} ${byFor ?? ''} ${el.textContent ?? ''} ${(el as HTMLInputElement).value ?? ''}`;
    });
    if (focused.includes(text)) return;
  }
  throw new Error(`"${text}" was not reached with ${limit} presses of Tab`);
}
