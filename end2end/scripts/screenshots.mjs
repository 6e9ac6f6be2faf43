// Takes the README screenshots from a running server:
//   BASE_URL=http://127.0.0.1:3000 node end2end/scripts/screenshots.mjs
import { chromium } from '@playwright/test';
import { fileURLToPath } from 'url';
import path from 'path';

const base = process.env.BASE_URL ?? 'http://127.0.0.1:3000';
const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../screenshots');
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: 1100, height: 720 } });
const hydrated = () => page.waitForSelector('body[data-hydrated="true"]');

await page.goto(`${base}/`);
await hydrated();
await page.screenshot({ path: `${out}/home.png` });

await page.goto(`${base}/signup`);
await hydrated();
await page.getByLabel('Username').fill('Marie Curie');
await page.getByLabel('Email').fill('marie@');
await page.getByLabel('Password').fill('password123');
await page.getByRole('button', { name: 'Sign up' }).click();
await page.getByText('This password is too common').waitFor();
await page.screenshot({ path: `${out}/signup-errors.png` });

await page.goto(`${base}/signin`);
await hydrated();
await page.getByLabel('Username or email').fill('camille');
await page.getByLabel('Password').fill('entraide-demo-2026');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.getByLabel('Account menu for camille').waitFor();
await page.goto(`${base}/admin/members`);
await hydrated();
await page.getByLabel('Account menu for camille').click();
await page.screenshot({ path: `${out}/admin-members.png` });

// A member's view: a solved thread (votes, accepted answer, follow control,
// the bell) and the notification inbox. The account menu is still open.
await page.getByRole('menuitem', { name: 'Sign out' }).click();
await page.goto(`${base}/signin`);
await hydrated();
await page.getByLabel('Username or email').fill('yuki');
await page.getByLabel('Password').fill('entraide-demo-2026');
await page.getByRole('button', { name: 'Sign in' }).click();
await page.getByLabel('Account menu for yuki').waitFor();
await page.goto(`${base}/questions?status=solved`);
await hydrated();
await page.getByRole('main').getByRole('link').filter({ hasText: /\w{12,}/ }).first().click();
await page.getByText('Accepted answer').first().waitFor();
await page.screenshot({ path: `${out}/thread.png` });
await page.goto(`${base}/notifications`);
await hydrated();
await page.screenshot({ path: `${out}/notifications.png` });
// A reader of French translating an English answer in place, and the
// interface in French for a browser that asks for it.
const reader = await browser.newPage({ viewport: { width: 1100, height: 720 } });
await reader.goto(`${base}/signin`);
await reader.waitForSelector('body[data-hydrated="true"]');
await reader.getByLabel('Username or email').fill('ines');
await reader.getByLabel('Password').fill('entraide-demo-2026');
await reader.getByRole('button', { name: 'Sign in' }).click();
await reader.getByLabel('Account menu for ines').waitFor();
await reader.goto(`${base}/search?q=${encodeURIComponent('4.6 GB video fails')}`);
await reader.getByRole('link', { name: 'Upload of a 4.6 GB video fails at exactly 4 GB every time' }).first().click();
await reader.waitForSelector('body[data-hydrated="true"]');
await reader.getByRole('article', { name: /^Question by/ }).getByRole('button', { name: 'Translate' }).first().click();
await reader.getByText(/Translated from English/).first().waitFor();
await reader.screenshot({ path: `${out}/thread-translated.png` });
const french = await (await browser.newContext({ locale: 'fr-FR', viewport: { width: 1100, height: 720 } })).newPage();
await french.goto(`${base}/questions`);
await french.waitForSelector('body[data-hydrated="true"]');
await french.screenshot({ path: `${out}/questions-fr.png` });
await browser.close();
