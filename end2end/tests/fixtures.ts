import { Browser, BrowserContext, expect, test as base } from '@playwright/test';

/**
 * Every test fails on a script error or a WebAssembly panic in any page it
 * opened, in the default context or one it made with `browser.newContext()`.
 * A panic aborts the whole app (the page then looks alive but nothing on it
 * reacts), so it must never pass unseen.
 */
const PANIC = /panicked at|RuntimeError|unreachable executed|already been disposed/i;

type Collected = { problems: string[] };

function watch(context: BrowserContext, collected: Collected) {
  const onPage = (page: import('@playwright/test').Page) => {
    page.on('pageerror', (err) => collected.problems.push(`pageerror on ${page.url()}: ${err.message}`));
    page.on('console', (msg) => {
      if (PANIC.test(msg.text())) collected.problems.push(`console on ${page.url()}: ${msg.text()}`);
    });
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
}

export const test = base.extend<{ failOnPageErrors: void }, { collected: Collected }>({
  // One list per worker, emptied for each test; contexts made by tests are
  // watched by wrapping the worker's browser once.
  collected: [
    async ({ browser }, use) => {
      const collected: Collected = { problems: [] };
      const newContext = browser.newContext.bind(browser) as Browser['newContext'];
      browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
        const context = await newContext(...args);
        watch(context, collected);
        return context;
      };
      await use(collected);
    },
    { scope: 'worker' },
  ],
  failOnPageErrors: [
    async ({ context, collected }, use) => {
      collected.problems = [];
      watch(context, collected);
      await use();
      expect(collected.problems, 'script errors or panics in the page').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
