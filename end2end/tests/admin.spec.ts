import { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { accountMenu, setRole, signIn, uniqueName, waitForHydration } from './helpers';

test('an admin changes a member role at /admin/members', async ({ page, browser }) => {
  // A fresh member, so parallel tests never fight over a demo account's role.
  const username = uniqueName('promo');
  const other = await browser.newPage();
  await other.goto('/signup');
  await waitForHydration(other);
  await other.getByLabel('Username').fill(username);
  await other.getByLabel('Email').fill(`${username}@example.com`);
  await other.getByLabel('Password').fill('a long and unusual passphrase');
  await other.getByRole('button', { name: 'Sign up' }).click();
  await expect(accountMenu(other, username)).toBeVisible();

  await signIn(page, 'camille');
  await accountMenu(page, 'camille').click();
  await page.getByRole('menuitem', { name: 'Members & roles' }).click();
  await expect(page).toHaveURL(/\/admin\/members$/);
  await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible();

  await setRole(page, username, 'agent');

  await page.reload();
  await expect(page.getByRole('combobox', { name: `Role for ${username}` })).toHaveValue('agent');
  // The promoted member sees it in their header after the next page load.
  await other.reload();
  await expect(other.getByRole('banner').getByText('Agent')).toBeVisible();
  // Admins cannot change their own role.
  await page.getByRole('searchbox', { name: 'Find a member' }).fill('camille');
  await page.getByRole('button', { name: 'Filter' }).click();
  await expect(page.getByRole('combobox', { name: 'Role for camille' })).toBeDisabled();
});

test('members and visitors cannot open the members page', async ({ page }) => {
  const visitor = await page.goto('/admin/members');
  expect(visitor?.status()).toBe(401);
  await expect(page.getByRole('heading', { name: 'Please sign in' })).toBeVisible();

  await signIn(page, 'kwame');
  const member = await page.goto('/admin/members');
  expect(member?.status()).toBe(403);
  await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
});

test('an unknown page is a real 404', async ({ page }) => {
  const res = await page.goto('/no/such/page');
  expect(res?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: "We couldn't find that page" })).toBeVisible();
  await expect(page).toHaveTitle(/Page not found/);
});

test('the home page shows the community and its support team', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Acme Help Community');
  await expect(page.getByRole('heading', { name: 'How can we help?' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Our support team' })).toBeVisible();
  await expect(page.getByText('sam-support')).toBeVisible();
});
