import { expect, test } from './fixtures';
import { signIn, waitForHydration, watchConsole } from './helpers';

// A demo question that the seed marks solved.
const SOLVED = 'Upload of a 4.6 GB video fails at exactly 4 GB every time';

test('asking starts with a search, and a close title shows the solved question', async ({ page }) => {
  const problems = watchConsole(page);
  await signIn(page, 'yuki');
  await page.goto('/ask');
  await waitForHydration(page);
  await page
    .getByLabel('What do you need help with?')
    .pressSequentially('my video upload fails at 4 GB', { delay: 20 });
  const similar = page.getByRole('region', { name: 'Similar questions' });
  const hit = similar.getByRole('listitem').filter({ has: page.getByRole('link', { name: SOLVED }) });
  await expect(hit).toBeVisible();
  await expect(hit.getByText('Solved', { exact: true })).toBeVisible();
  // The accepted answer's start is quoted under it.
  await expect(hit.getByText(/FAT32/)).toBeVisible();
  await hit.getByRole('button', { name: 'This solved my problem' }).click();
  await expect(page.getByRole('heading', { level: 1, name: SOLVED })).toBeVisible();
  expect(problems).toEqual([]);
});

test('the question form keeps showing similar questions while the title is typed', async ({ page }) => {
  await signIn(page, 'yuki');
  await page.goto('/ask');
  await waitForHydration(page);
  await page.getByLabel('What do you need help with?').fill('4 GB video upload');
  await page.getByRole('button', { name: 'None of these: ask a new question' }).click();
  // The form opens with the asker's words as the title.
  await expect(page.getByLabel('Title')).toHaveValue('4 GB video upload');
  await waitForHydration(page);
  await page.getByLabel('Title').fill('Uploading a large video stops at 4 GB');
  await expect(
    page.getByRole('region', { name: 'Similar questions' }).getByRole('link', { name: SOLVED }),
  ).toBeVisible();
});

test('the header suggests questions while typing and opens the search page', async ({ page }) => {
  await page.goto('/');
  await waitForHydration(page);
  const box = page.getByRole('banner').getByLabel('Search', { exact: true });
  await box.pressSequentially('video upload', { delay: 30 });
  await expect(
    page.getByRole('list', { name: 'Suggested questions' }).getByRole('link', { name: SOLVED }),
  ).toBeVisible();
  await box.press('Enter');
  await expect(page).toHaveURL(/\/search\?q=video\+upload/);
  const result = page.getByRole('listitem', { name: `Question: ${SOLVED}` });
  await expect(result).toBeVisible();
  // Matched words are highlighted, and the result says it is solved.
  await expect(result.locator('mark').first()).toBeVisible();
  await expect(result.getByText('Solved', { exact: true })).toBeVisible();
  // Operators: an excluded word removes it.
  await page.goto('/search?q=video+upload+-usb');
  await expect(page.getByRole('listitem', { name: `Question: ${SOLVED}` })).toHaveCount(0);
});

test('bad filters are explained and the query is kept', async ({ page }) => {
  await page.goto('/search?q=upload&from=2024-05-01&to=2024-04-01');
  await expect(page.getByText('The end date must come after the start date.')).toBeVisible();
  await expect(page.getByLabel('Search for')).toHaveValue('upload');
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search form and its filters work', async ({ page }) => {
    await page.goto('/search');
    await page.getByLabel('Search for').fill('video upload');
    await page.getByText('Filters').click();
    await page.getByLabel('State').selectOption({ label: 'Solved' });
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(page.getByRole('listitem', { name: `Question: ${SOLVED}` })).toBeVisible();
    await expect(page.getByRole('status')).toContainText(/\d+ results?/);
  });
});
