import { expect, test } from './fixtures';
import { accountMenu, DEMO_PASSWORD, signOut, uniqueName, waitForHydration, watchConsole } from './helpers';

test.describe('with JavaScript', () => {
  test('sign up, see my name, sign out, sign in again', async ({ page }) => {
    const problems = watchConsole(page);
    const username = uniqueName('ana');
    const password = 'a long and unusual passphrase';

    await page.goto('/');
    await waitForHydration(page);
    await page.getByRole('banner').getByRole('link', { name: 'Sign up' }).click();
    await expect(page).toHaveURL(/\/signup$/);
    await expect(page).toHaveTitle(/Sign up · Acme Help Community/);

    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Email').fill(`${username}@example.com`);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign up' }).click();

    await expect(page).toHaveURL(/\/$/);
    await expect(accountMenu(page, username)).toBeVisible();

    await signOut(page, username);
    await expect(accountMenu(page, username)).toHaveCount(0);

    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await page.getByLabel('Username or email').fill(`${username}@example.com`);
    await page.getByLabel('Password').fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(accountMenu(page, username)).toBeVisible();
    expect(problems).toEqual([]);
  });

  test('signing in after hydration does not reload the page', async ({ page }) => {
    await page.goto('/signin');
    await waitForHydration(page);
    await page.evaluate(() => ((window as any).__sameDocument = true));
    await page.getByLabel('Username or email').fill('lucas');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(accountMenu(page, 'lucas')).toBeVisible();
    await expect(page).toHaveURL(/\/$/);
    expect(await page.evaluate(() => (window as any).__sameDocument)).toBe(true);
  });

  test('a wrong password shows an error and keeps the username', async ({ page }) => {
    await page.goto('/signin');
    await waitForHydration(page);
    await page.getByLabel('Username or email').fill('emma_b');
    await page.getByLabel('Password').fill('definitely not it');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'not correct' })).toBeVisible();
    await expect(page.getByLabel('Username or email')).toHaveValue('emma_b');
    await expect(page.getByLabel('Password')).toHaveValue('');
  });

  test('sign-up errors appear next to each field and keep what was typed', async ({ page }) => {
    await page.goto('/signup');
    await waitForHydration(page);
    await page.getByLabel('Username').fill('lucas');
    await page.getByLabel('Email').fill('someone@example.com');
    await page.getByLabel('Password').fill('password123');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(page.getByText('This username is already taken.')).toBeVisible();
    await expect(page.getByText('This password is too common')).toBeVisible();
    await expect(page.getByLabel('Username')).toHaveValue('lucas');
    await expect(page.getByLabel('Email')).toHaveValue('someone@example.com');
    await expect(page.getByLabel('Password')).toHaveValue('');
    await expect(page.getByLabel('Username')).toHaveAttribute('aria-invalid', 'true');
  });

  test('the browser checks a field with the server rule as soon as it is left', async ({ page }) => {
    await page.goto('/signup');
    await waitForHydration(page);
    await page.getByLabel('Username').fill('No Spaces');
    await page.getByLabel('Email').focus();
    await expect(page.getByText('Use only lowercase letters')).toBeVisible();
  });

  test('five failures lock the account from this browser with a clear message', async ({ page }) => {
    const username = uniqueName('locked');
    await page.goto('/signin');
    await waitForHydration(page);
    for (let i = 0; i < 5; i++) {
      await page.getByLabel('Username or email').fill(username);
      await page.getByLabel('Password').fill(`wrong guess ${i}`);
      const failed = page.waitForResponse((r) => r.url().includes('/api/sign_in'));
      await page.getByRole('button', { name: 'Sign in' }).click();
      expect((await failed).status()).toBe(401);
      await expect(page.getByRole('alert').filter({ hasText: 'not correct' })).toBeVisible();
    }
    const response = page.waitForResponse((r) => r.url().includes('/api/sign_in'));
    await page.getByLabel('Password').fill('another guess');
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect((await response).status()).toBe(429);
    await expect(page.getByRole('alert').filter({ hasText: 'Too many failed sign-in attempts' })).toBeVisible();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the sign-in form works', async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('Username or email').fill('yuki');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/$/);
    await expect(accountMenu(page, 'yuki')).toBeVisible();
    // The account menu is a <details>: it opens without JavaScript too.
    await signOut(page, 'yuki');
  });

  test('a wrong password shows an error and keeps the username', async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('Username or email').fill('omar-dev');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'not correct' })).toBeVisible();
    await expect(page.getByLabel('Username or email')).toHaveValue('omar-dev');
    await expect(page.getByLabel('Password')).toHaveValue('');
  });

  test('sign up shows field errors, then succeeds', async ({ page }) => {
    const username = uniqueName('nojs');
    await page.goto('/signup');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Email').fill('not-an-email');
    await page.getByLabel('Password').fill('a long and unusual passphrase');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(page.getByText('Enter an email address like name@example.com.')).toBeVisible();
    await expect(page.getByLabel('Username')).toHaveValue(username);
    await expect(page.getByLabel('Password')).toHaveValue('');

    await page.getByLabel('Email').fill(`${username}@example.com`);
    await page.getByLabel('Password').fill('a long and unusual passphrase');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(accountMenu(page, username)).toBeVisible();
  });
});
