import * as http from 'http';
import { AddressInfo } from 'net';
import { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { newMember, signIn, waitForHydration, watchConsole } from './helpers';

const VIDEO_QUESTION = 'Upload of a 4.6 GB video fails at exactly 4 GB every time';

/** Opens a seeded question from the questions list by its title. */
async function openQuestion(page: Page, title: string, query = title) {
  await page.goto(`/search?q=${encodeURIComponent(query)}`);
  await page.getByRole('link', { name: title }).first().click();
  await page.waitForURL(/\/q\/\d+/);
  await waitForHydration(page);
}

test('a member who reads French translates an English question in place and back', async ({ page }) => {
  const problems = watchConsole(page);
  // ines reads French only; her browser (and so the interface) is English.
  await signIn(page, 'ines');
  await openQuestion(page, VIDEO_QUESTION);
  await expect(page.getByRole('heading', { level: 1, name: VIDEO_QUESTION })).toBeVisible();
  // Only a reload would lose this marker.
  await page.evaluate(() => ((window as unknown as { marker: string }).marker = 'same page'));
  const question = page.getByRole('article', { name: /^Question by/ });
  await expect(question.getByText('Written in English')).toBeVisible();

  await question.getByRole('button', { name: 'Translate' }).click();
  await expect(question.getByText(/Translated from English · translated by sam-support/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(VIDEO_QUESTION);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/vidéo/i);
  await expect(question.locator('.markdown').first()).toContainText(/ vidéo|fichier|Go/);

  await question.getByRole('button', { name: 'Show original' }).click();
  await expect(page.getByRole('heading', { level: 1, name: VIDEO_QUESTION })).toBeVisible();
  await expect(question.getByText(/Translated from/)).toHaveCount(0);
  await expect(question.getByRole('button', { name: 'Translate' })).toBeVisible();
  // Translating again shows the kept translation at once.
  await question.getByRole('button', { name: 'Translate' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/vidéo/i);
  expect(await page.evaluate(() => (window as unknown as { marker?: string }).marker)).toBe('same page');

  // Answers toggle on their own.
  const answer = page.getByRole('article', { name: /^Answer by/ }).first();
  await answer.getByRole('button', { name: 'Translate' }).first().click();
  await expect(answer.getByText(/Translated from English/).first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/vidéo/i);
  expect(problems).toEqual([]);
});

test('a member who reads Spanish and asks for it gets posts translated without clicking', async ({ browser }) => {
  const { page } = await newMember(browser, 'lector');
  await page.goto('/settings/profile');
  await waitForHydration(page);
  await page.getByRole('checkbox', { name: 'Español' }).check();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await page.waitForLoadState('networkidle');
  await page.goto('/settings/profile');
  await waitForHydration(page);
  await expect(page.getByRole('checkbox', { name: 'Español' })).toBeChecked();
  await page.getByRole('checkbox', { name: "Translate posts in languages I don't read automatically" }).check();
  // Saving reloads the page (to render in the new language): wait for that
  // reload rather than racing it with a navigation of our own.
  const reloaded = page.waitForEvent('framenavigated');
  await page.getByRole('button', { name: 'Save language settings' }).click();
  await reloaded;
  await page.waitForLoadState();
  await expect(
    page.getByRole('checkbox', { name: "Translate posts in languages I don't read automatically" }),
  ).toBeChecked();

  // The question opens already translated: no click.
  await openQuestion(page, VIDEO_QUESTION);
  const question = page.getByRole('article', { name: /^Question by/ });
  await expect(question.getByText(/Translated from English · translated by nadia-support/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/vídeo/i);
  await question.getByRole('button', { name: 'Show original' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: VIDEO_QUESTION })).toBeVisible();
});

test('posts in a language the reader reads get no Translate button', async ({ page }) => {
  await signIn(page, 'ines');
  await openQuestion(page, 'Synchronisation très lente avec mes fichiers RAW (.CR3) sur macOS');
  const question = page.getByRole('article', { name: /^Question by/ });
  await expect(question.getByText('Written in French')).toBeVisible();
  await expect(question.getByRole('button', { name: 'Translate' })).toHaveCount(0);
});

test('a visitor switches the interface language, which follows them from page to page', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Language').selectOption({ label: 'Français' });
  await page.getByRole('button', { name: 'Change language' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('link', { name: 'Poser une question' }).first()).toBeVisible();
  await page.goto('/questions');
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible();
  // And back.
  await page.getByLabel('Langue').selectOption({ label: 'English' });
  await page.getByRole('button', { name: 'Changer de langue' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: 'Sign in' })).toBeVisible();
});

test('the switcher works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/tags');
  await page.getByLabel('Language').selectOption({ label: 'Русский' });
  await page.getByRole('button', { name: 'Change language' }).click();
  await expect(page).toHaveURL(/\/tags$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('link', { name: 'Войти' })).toBeVisible();
  await context.close();
});

test('the browser’s Accept-Language picks the interface language', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'it-IT' });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.getByRole('link', { name: 'Fai una domanda' }).first()).toBeVisible();
  await context.close();
});

/** A stand-in LibreTranslate on loopback: "[fr] text" for every text. */
async function standIn(): Promise<{ url: string; calls: () => number; close: () => Promise<void> }> {
  let calls = 0;
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      calls += 1;
      const { q, target } = JSON.parse(body || '{}');
      const texts = (Array.isArray(q) ? q : [q]).map((t: string) => `[${target}] ${t}`);
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ translatedText: texts }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls: () => calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

test('without a provider the toggle says so; an admin configures one and it translates', async ({ browser }) => {
  test.setTimeout(90_000);
  const provider = await standIn();
  const reader = await (await browser.newContext()).newPage();
  await signIn(reader, 'maria-lopez');
  // An English question with no stored Spanish translation.
  await openQuestion(reader, 'Linux client uses 100% of one CPU core while idle (Fedora 40)', 'CPU core idle Fedora');
  const question = reader.getByRole('article', { name: /^Question by/ });
  await question.getByRole('button', { name: 'Translate' }).first().click();
  await expect(question.getByText('Translation is unavailable right now').first()).toBeVisible();
  await expect(question.locator('.markdown').first()).toContainText('100%');

  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'camille');
  await admin.goto('/admin/translation');
  await waitForHydration(admin);
  await admin.getByLabel('Provider').selectOption({ label: 'LibreTranslate' });
  await admin.getByLabel('Service URL').fill(provider.url);
  await admin.getByRole('button', { name: 'Save translation settings' }).click();
  await expect(admin.getByText('Translation settings saved.')).toBeVisible();
  await admin.getByRole('button', { name: 'Translate a sample sentence' }).click();
  await expect(admin.getByText(/The provider answered: “\[fr\] Hello!/)).toBeVisible();

  try {
    await question.getByRole('button', { name: 'Translate' }).first().click();
    await expect(question.getByText(/Translated from English · machine translation by LibreTranslate/)).toBeVisible();
    await expect(question.locator('.markdown').first()).toContainText('[es]');
    const made = provider.calls();
    // Another reader gets the stored translation: no new provider call.
    await reader.reload();
    await waitForHydration(reader);
    await reader
      .getByRole('article', { name: /^Question by/ })
      .getByRole('button', { name: 'Translate' })
      .first()
      .click();
    await expect(reader.getByText(/machine translation by LibreTranslate/)).toBeVisible();
    expect(provider.calls()).toBe(made);

    // The hourly budget: out of range is refused on its field and kept;
    // in range is saved and shown again.
    const perMember = admin.getByLabel('Per member, per hour');
    await perMember.fill('0');
    await admin.getByRole('button', { name: 'Save translation settings' }).click();
    await expect(admin.getByText('Enter a whole number in the allowed range.')).toBeVisible();
    await expect(perMember).toHaveValue('0');
    await perMember.fill('45');
    await admin.getByLabel('For the whole community, per hour').fill('900');
    await admin.getByLabel('For the whole community, per hour').press('Enter');
    await expect(admin.getByText('Translation settings saved.')).toBeVisible();
    await admin.reload();
    await expect(admin.getByLabel('Per member, per hour')).toHaveValue('45');
    await expect(admin.getByLabel('For the whole community, per hour')).toHaveValue('900');
  } finally {
    await admin.goto('/admin/translation');
    await waitForHydration(admin);
    await admin.getByLabel('Per member, per hour').fill('60');
    await admin.getByLabel('For the whole community, per hour').fill('1000');
    await admin.getByLabel('Provider').selectOption({ index: 0 });
    await admin.getByRole('button', { name: 'Save translation settings' }).click();
    await expect(admin.getByText('Translation settings saved.')).toBeVisible();
    await provider.close();
  }
});
