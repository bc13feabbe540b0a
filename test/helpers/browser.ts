import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

export const SCREENSHOTS_DIR = join(__dirname, '..', '..', 'test-output', 'screenshots');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean) as string[];

/** Debian's Chromium, headless, with nothing reaching out to the network on its own. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = CANDIDATES.find((p) => existsSync(p));
  if (!executablePath) {
    throw new Error('The dashboard tests need Chromium: install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH.');
  }
  mkdirSync(SCREENSHOTS_DIR, { recursive: true });
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export const TEST_PASSWORD = 'correct horse battery staple';

/**
 * Opens `path` in a fresh browser context, signs in on the page it redirects to, and lands
 * back on `path`. Every dialog (alert, confirm) is dismissed and recorded in `dialogs`: a test
 * of hostile content asserts none appeared.
 */
export async function signIn(
  browser: Browser,
  baseUrl: string,
  email: string,
  { path = '/review', dialogs }: { path?: string; dialogs?: string[] } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  page.on('dialog', (d) => {
    dialogs?.push(d.message());
    void d.dismiss();
  });
  await page.goto(`${baseUrl}${path}`);
  if (new URL(page.url()).pathname !== '/login') throw new Error(`expected ${path} to ask for sign-in, got ${page.url()}`);
  await page.fill('#email', email);
  await page.fill('#password', TEST_PASSWORD);
  await page.click('#login button[type=submit]');
  await page.waitForLoadState('domcontentloaded');
  return { context, page };
}

export function screenshot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: join(SCREENSHOTS_DIR, `${name}.png`), fullPage: true });
}
