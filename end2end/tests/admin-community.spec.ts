import { expect, test } from './fixtures';
import { accountMenu, DEMO_PASSWORD, signIn, uniqueName, waitForHydration } from './helpers';

test('an admin creates a category and a tag', async ({ page }) => {
  await signIn(page, 'camille');
  await accountMenu(page, 'camille').click();
  await page.getByRole('menuitem', { name: 'Categories' }).click();
  await expect(page).toHaveURL(/\/admin\/categories$/);
  await expect(page.getByRole('heading', { name: 'Categories', level: 1 })).toBeVisible();

  // Unique name and slug, so reruns and parallel tests never collide.
  const name = uniqueName('Cat');
  const slug = name.toLowerCase();
  await page.getByLabel('Name', { exact: true }).fill(name);
  await page.getByLabel('Slug', { exact: true }).fill(slug);
  await page.getByLabel('Description', { exact: true }).fill('Created by an end-to-end test.');
  await page.getByRole('checkbox', { name: 'Discussions' }).uncheck();
  await page.getByLabel('Visibility', { exact: true }).selectOption('members');
  await page.getByRole('button', { name: 'Create category' }).click();

  await expect(page.getByRole('status')).toHaveText(`Category “${name}” created.`);
  await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name, exact: true }) });
  await expect(row).toContainText(slug);
  await expect(row).toContainText('Members only');
  await expect(row).toContainText('Questions');
  // The form is empty again, ready for the next category.
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('');

  // The same slug twice is refused next to the field, and what was typed stays.
  await page.getByLabel('Name', { exact: true }).fill(`${name} bis`);
  await page.getByLabel('Slug', { exact: true }).fill(slug);
  await page.getByRole('button', { name: 'Create category' }).click();
  await expect(page.getByText('Another category already uses this slug.')).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(`${name} bis`);

  // Editing fills the form with the category, whatever was typed before.
  await page.getByRole('link', { name: `Edit category ${name}` }).click();
  await expect(page.getByRole('heading', { name: `Edit category “${name}”` })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);
  await expect(page.getByLabel('Slug', { exact: true })).toHaveValue(slug);
  await expect(page.getByLabel('Visibility', { exact: true })).toHaveValue('members');
  await page.getByLabel('Visibility', { exact: true }).selectOption('public');
  await page.getByRole('button', { name: 'Save category' }).click();
  await expect(page.getByRole('status')).toHaveText(`Category “${name}” saved.`);
  await expect(row).toContainText('Public');

  // Tags.
  await accountMenu(page, 'camille').click();
  await page.getByRole('menuitem', { name: 'Tags' }).click();
  await expect(page).toHaveURL(/\/admin\/tags$/);
  await expect(page.getByRole('heading', { name: 'Tags', level: 1 })).toBeVisible();
  const tag = uniqueName('tag');
  await page.getByLabel('Tag name', { exact: true }).fill(tag);
  await page.getByLabel('Tag description', { exact: true }).fill('Created by an end-to-end test.');
  await page.getByRole('button', { name: 'Create tag', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(`Tag “${tag}” created.`);
  const tagRow = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: tag, exact: true }) });
  await expect(tagRow).toBeVisible();
  await expect(tagRow.getByRole('cell').nth(1)).toHaveText('0');
  await expect(tagRow.getByRole('button', { name: `Delete tag ${tag}` })).toBeVisible();
});

test('an admin manages a group and its members', async ({ page }) => {
  await signIn(page, 'camille');
  await page.goto('/admin/groups');
  await waitForHydration(page);
  const group = uniqueName('Group');
  await page.getByLabel('Group name', { exact: true }).fill(group);
  await page.getByRole('button', { name: 'Create group' }).click();
  await expect(page.getByRole('status')).toHaveText(`Group “${group}” created.`);

  await page.getByRole('link', { name: `Members of ${group}` }).click();
  await expect(page.getByRole('heading', { name: `Members of ${group}` })).toBeVisible();
  await page.getByLabel('Username', { exact: true }).fill('kwame');
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByRole('status')).toHaveText('kwame added to the group.');
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: group, exact: true }) });
  await expect(row).toContainText('1 member');

  await page.getByLabel('Username', { exact: true }).fill('nobody-here');
  await page.getByRole('button', { name: 'Add member' }).click();
  await expect(page.getByLabel('Username', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  await page.getByRole('button', { name: 'Remove kwame' }).click();
  await expect(row).toContainText('0 members');
  await page.getByRole('button', { name: `Delete group ${group}` }).click();
  await expect(page.getByRole('rowheader', { name: group, exact: true })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a refused category keeps what the admin typed', async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('Username or email').fill('camille');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(accountMenu(page, 'camille')).toBeVisible();

    await page.goto('/admin/categories');
    const name = uniqueName('Nojs');
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Slug', { exact: true }).fill('Not a slug!');
    await page.getByRole('checkbox', { name: 'Questions' }).uncheck();
    await page.getByRole('button', { name: 'Create category' }).click();
    await expect(page.getByText('Use 2–40 lowercase letters a–z, digits and hyphens.')).toBeVisible();
    await expect(page.getByLabel('Name', { exact: true })).toHaveValue(name);
    await expect(page.getByRole('checkbox', { name: 'Questions' })).not.toBeChecked();
    await expect(page.getByRole('checkbox', { name: 'Discussions' })).toBeChecked();

    await page.getByLabel('Slug', { exact: true }).fill(name.toLowerCase());
    await page.getByRole('button', { name: 'Create category' }).click();
    await expect(page.getByRole('rowheader', { name, exact: true })).toBeVisible();
  });
});

test('members and visitors cannot open the community settings', async ({ page }) => {
  const visitor = await page.goto('/admin/categories');
  expect(visitor?.status()).toBe(401);
  await expect(page.getByRole('heading', { name: 'Please sign in' })).toBeVisible();

  await signIn(page, 'kwame');
  for (const path of ['/admin/categories', '/admin/tags', '/admin/groups']) {
    const member = await page.goto(path);
    expect(member?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  }
});

test('an admin merges a tag into another and its questions follow', async ({ page }) => {
  await signIn(page, 'camille');
  await page.goto('/admin/tags');
  await waitForHydration(page);
  const [from, into] = [uniqueName('old'), uniqueName('new')];
  for (const tag of [from, into]) {
    await page.getByLabel('Tag name', { exact: true }).fill(tag);
    await page.getByRole('button', { name: 'Create tag', exact: true }).click();
    await expect(page.getByRole('status')).toHaveText(`Tag “${tag}” created.`);
  }

  await page.goto('/ask?step=form');
  await waitForHydration(page);
  const title = `Which plan includes priority support ${uniqueName('m')}`;
  await page.getByLabel('Category').selectOption({ label: 'Billing & plans' });
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Body').fill('We are comparing plans and need to know which one answers within four hours.');
  await page.getByLabel('Tags').fill(from);
  await page.getByRole('button', { name: 'Post your question' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const question = page.url();

  await page.goto('/admin/tags');
  await waitForHydration(page);
  await page.getByLabel('Merge tag', { exact: true }).selectOption({ label: `${from} (1)` });
  await page.getByLabel('Into tag', { exact: true }).selectOption({ label: `${into} (0)` });
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.getByRole('status')).toHaveText('Tags merged.');
  await expect(page.getByRole('rowheader', { name: from, exact: true })).toHaveCount(0);
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: into, exact: true }) });
  await expect(row.getByRole('cell').nth(1)).toHaveText('1');

  await page.goto(question);
  const tags = page.getByRole('list', { name: 'Tags' }).first();
  await expect(tags).toContainText(into);
  await expect(tags).not.toContainText(from);
});
