import { Browser, expect, Page } from '@playwright/test';

export const DEMO_PASSWORD = 'entraide-demo-2026';

/** A username no other test (or earlier run) uses. */
export function uniqueName(prefix: string): string {
  return `${prefix}-${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`.slice(0, 32);
}

/** Clicks made before hydration are lost: wait until the WASM has taken over. */
export async function waitForHydration(page: Page) {
  await expect(page.locator('body')).toHaveAttribute('data-hydrated', 'true');
}

/** Fails the test on any CSP violation or script error in the page. */
export function watchConsole(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') problems.push(msg.text());
  });
  page.on('pageerror', (err) => problems.push(err.message));
  return problems;
}

export function accountMenu(page: Page, username: string) {
  return page.getByRole('banner').getByLabel(`Account menu for ${username}`);
}

export async function signOut(page: Page, username: string) {
  await accountMenu(page, username).click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
}

/**
 * Signs `login` in through the form and waits for the header to show the
 * account. `javaScript: false` for a context without JavaScript: the plain
 * form posts, with no hydration to wait for.
 */
export async function signIn(page: Page, login: string, password = DEMO_PASSWORD, javaScript = true) {
  await page.goto('/signin');
  if (javaScript) await waitForHydration(page);
  await page.getByLabel('Username or email').fill(login);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(accountMenu(page, login)).toBeVisible();
}

/** Signs a brand-new member up in a fresh browser context. */
export async function newMember(browser: Browser, prefix = 'helper'): Promise<{ page: Page; username: string }> {
  const page = await (await browser.newContext()).newPage();
  const username = uniqueName(prefix);
  await page.goto('/signup');
  await waitForHydration(page);
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Email').fill(`${username}@example.com`);
  await page.getByLabel('Password').fill('a long and unusual passphrase');
  // Enter, as many people submit: `signIn` clicks, this presses the key.
  await page.getByLabel('Password').press('Enter');
  await expect(accountMenu(page, username)).toBeVisible();
  return { page, username };
}

export interface Question {
  title: string;
  category?: string;
  body?: string;
  tags?: string;
  /** 'enter' presses Enter in the Tags field, as many people do. */
  submit?: 'click' | 'enter';
  /** false in a context without JavaScript: the plain form, no hydration to wait for. */
  javaScript?: boolean;
}

const DEFAULT_BODY = 'Since this morning the app shows a blank screen right after the splash logo.';

/**
 * Asks a question through the form as the signed-in member and waits for
 * its page; returns the question's path.
 */
export async function ask(page: Page, q: Question): Promise<string> {
  await page.goto('/ask?step=form');
  if (q.javaScript !== false) await waitForHydration(page);
  await page.getByLabel('Category').selectOption({ label: q.category ?? 'Mobile apps' });
  await page.getByLabel('Title').fill(q.title);
  await page.getByLabel('Body').fill(q.body ?? DEFAULT_BODY);
  await page.getByLabel('Tags').fill(q.tags ?? 'ios');
  if (q.submit === 'enter') {
    await page.getByLabel('Tags').press('Enter');
  } else {
    await page.getByRole('button', { name: 'Post your question' }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: q.title })).toBeVisible();
  return new URL(page.url()).pathname;
}

/** The notifications bell in the header. */
export function bell(page: Page) {
  return page.getByRole('banner').getByRole('link', { name: /^Notifications/ });
}

/** The unread count the bell's accessible name carries. */
export async function unread(page: Page): Promise<number> {
  const name = (await bell(page).getAttribute('aria-label')) ?? '';
  const m = name.match(/\((\d+) unread\)/);
  return m ? Number(m[1]) : 0;
}

/**
 * Gives `username` a role through /admin/members as the signed-in admin on
 * `admin` (a fresh account, so parallel tests never fight over a demo
 * account's role or language).
 */
export async function setRole(admin: Page, username: string, role: 'member' | 'agent' | 'admin') {
  await admin.goto('/admin/members');
  await waitForHydration(admin);
  await expect(admin.getByRole('heading', { name: 'Members' })).toBeVisible();
  await admin.getByRole('searchbox', { name: 'Find a member' }).fill(username);
  await admin.getByRole('button', { name: 'Filter' }).click();
  // Wait for the filtered list itself: the unfiltered first page may show the
  // same row while the filter is still loading, and gets replaced under the click.
  await expect(admin).toHaveURL(/[?&]q=/);
  await expect(admin.getByRole('rowheader')).toHaveCount(1);
  await expect(admin.getByRole('rowheader', { name: username })).toBeVisible();
  await admin.getByRole('combobox', { name: `Role for ${username}` }).selectOption(role);
  await admin.getByRole('button', { name: `Save role for ${username}` }).click();
  await expect(admin.getByRole('status')).toHaveText(`${username} is now ${role}.`);
}
