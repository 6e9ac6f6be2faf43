import { Browser, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { accountMenu, newMember, signIn, waitForHydration } from './helpers';

/** A second signed-in browser for the same member. */
async function secondSession(browser: Browser, username: string, password: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username, password);
  return page;
}

test('a member changes their password and their other sessions end', async ({ browser }) => {
  const { page, username } = await newMember(browser, 'pw');
  const other = await secondSession(browser, username, 'a long and unusual passphrase');

  await accountMenu(page, username).click();
  await page.getByRole('menuitem', { name: 'Edit profile' }).click();
  await page.getByRole('link', { name: 'Change your password' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change your password' })).toBeVisible();
  await waitForHydration(page);

  // A wrong current password: a clear error on that field, nothing changed.
  await page.getByLabel('Current password').fill('not my passphrase at all');
  await page.getByLabel('New password').fill('a brand new passphrase 42');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText('This is not your current password.')).toBeVisible();
  await other.reload();
  await expect(accountMenu(other, username)).toBeVisible();

  // The right one, submitted with Enter.
  await page.getByLabel('Current password').fill('a long and unusual passphrase');
  await page.getByLabel('New password').fill('a brand new passphrase 42');
  await page.getByLabel('New password').press('Enter');
  await expect(page.getByText('Your password was changed. Every other session was signed out.')).toBeVisible();
  await expect(accountMenu(page, username)).toBeVisible();

  await other.reload();
  await expect(other.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await signIn(other, username, 'a brand new passphrase 42');
});

test('without JavaScript a refused password change shows its error, and the URL stays clean', async ({ browser }) => {
  const { page, username } = await newMember(browser, 'nojs');
  const state = await page.context().storageState();
  const plain = await (await browser.newContext({ javaScriptEnabled: false, storageState: state })).newPage();
  await plain.goto('/settings/account');
  await plain.getByLabel('Current password').fill('not my passphrase at all');
  await plain.getByLabel('New password').fill('another new passphrase 7');
  await plain.getByLabel('New password').press('Enter');
  await expect(plain.getByText('This is not your current password.')).toBeVisible();
  // The error came back by a one-time cookie, not in the address.
  expect(plain.url()).not.toContain('__err');
  expect(new URL(plain.url()).pathname).toBe('/settings/account');
  await plain.reload();
  await expect(plain.getByText('This is not your current password.')).toHaveCount(0);
  await expect(plain.getByText(username).first()).toBeVisible();
});

test('a link carrying a made-up form error lands on the clean page', async ({ page }) => {
  const forged = Buffer.from(
    JSON.stringify({ Refused: { message: 'Account locked: call +1 555 0100', echo: {} } }),
  ).toString('base64url');
  await page.goto(`/signin?__path=%2Fapi%2Fsign_in&__err=${forged}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(page.url()).not.toContain('__err');
  await expect(page.getByText('call +1 555 0100')).toHaveCount(0);
});
