import { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ask, signIn, uniqueName, waitForHydration, watchConsole } from './helpers';

const BODY =
  'When I copy a large folder into Nimbus Drive, the tray icon stays on **Preparing** forever.\n\n```powershell\nGet-Process nimbus\n```';

/** The href of the first question listed in a category, as `who` sees it. */
async function firstQuestionIn(page: Page, slug: string): Promise<string> {
  await page.goto(`/c/${slug}`);
  const link = page.getByRole('main').getByRole('heading', { level: 3 }).getByRole('link').first();
  await expect(link).toBeVisible();
  const href = await link.getAttribute('href');
  expect(href).toMatch(/^\/q\/\d+\//);
  return href!;
}

test('a member asks, finds the question in the list, answers and comments elsewhere', async ({ page }) => {
  const problems = watchConsole(page);
  const title = `Sync stuck at Preparing ${uniqueName('t')}`;
  await signIn(page, 'lucas');

  await page.getByRole('banner').getByRole('link', { name: 'Questions', exact: true }).click();
  await page.getByRole('link', { name: 'Ask a question' }).click();
  // Asking starts with a search holding the asker's words, then the form.
  await expect(page).toHaveURL(/\/ask$/);
  await waitForHydration(page);
  await page.getByLabel('What do you need help with?').fill(title);
  await page.getByRole('button', { name: 'None of these: ask a new question' }).click();
  await expect(page).toHaveURL(/\/ask\?step=form/);
  await expect(page.getByLabel('Title')).toHaveValue(title);
  await waitForHydration(page);
  await page.getByLabel('Category').selectOption({ label: 'Sync & backup' });
  await page.getByLabel('Title').fill(title);
  await page.getByLabel('Body').fill(BODY);
  // The live preview renders the Markdown as it will be stored.
  await expect(page.getByRole('region', { name: 'Preview' }).locator('strong')).toHaveText('Preparing');
  await page.getByLabel('Tags').fill('windows sync');
  await page.getByRole('button', { name: 'Post your question' }).click();

  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page).toHaveURL(/\/q\/\d+\/sync-stuck-at-preparing-/);
  await expect(page.locator('.markdown code.language-powershell')).toHaveText('Get-Process nimbus');
  await expect(page.getByRole('list', { name: 'Tags' }).first()).toContainText('windows');

  await page.goto('/questions?sort=newest');
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  await page.goto('/tags/windows?sort=newest');
  await expect(page.getByRole('link', { name: title })).toBeVisible();

  // Answer another member's question, then comment on an answer there.
  const other = await firstQuestionIn(page, 'billing');
  await page.goto(other);
  await waitForHydration(page);
  const answer = `Open Settings → Billing and download the invoice as PDF (${uniqueName('a')}).`;
  await page.getByLabel('Your answer').fill(answer);
  await page.getByRole('button', { name: 'Post your answer' }).click();
  const mine = page.getByRole('article', { name: 'Answer by lucas' }).last();
  await expect(mine).toContainText(answer);
  // The form is empty again for the next answer.
  await expect(page.getByLabel('Your answer')).toHaveValue('');

  const comment = `Does this work on mobile too? ${uniqueName('c')}`;
  await mine.getByText('Comment', { exact: true }).click();
  await mine.getByLabel('Comment on this answer').fill(comment);
  await mine.getByRole('button', { name: 'Add a comment' }).click();
  await expect(mine.getByRole('region', { name: 'Comments on this answer' }).getByText(comment)).toBeVisible();
  expect(problems).toEqual([]);
});

test('the server refuses bad input, says why and keeps what was typed', async ({ page }) => {
  await signIn(page, 'emma_b');
  await page.goto('/ask?step=form');
  await waitForHydration(page);
  await page.getByLabel('Category').selectOption({ label: 'Community lounge' });
  await page.getByLabel('Title').fill('Too short');
  await page.getByLabel('Body').fill('Nope');
  await page.getByLabel('Tags').fill('no-such-tag-here');
  await page.getByRole('button', { name: 'Post your question' }).click();
  await expect(
    page.getByText('Use at least 15 characters, so others understand the problem at a glance.'),
  ).toBeVisible();
  await expect(page.getByText('Use at least 30 characters: describe what you tried and what happened.')).toBeVisible();
  await expect(page.getByLabel('Title')).toHaveValue('Too short');
  await expect(page.getByLabel('Tags')).toHaveValue('no-such-tag-here');

  await page.getByLabel('Title').fill('A proper question title for the lounge');
  await page.getByLabel('Body').fill(BODY);
  await page.getByRole('button', { name: 'Post your question' }).click();
  // The lounge takes discussions only, and members may not invent tags.
  await expect(page.getByText('This category does not accept this type of post.')).toBeVisible();
  await expect(page.getByText('This tag does not exist. Choose an existing tag.')).toBeVisible();
  await expect(page.getByLabel('Body')).toHaveValue(BODY);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('asking works, and errors keep what was typed', async ({ page }) => {
    await page.goto('/signin');
    await page.getByLabel('Username or email').fill('yuki');
    await page.getByLabel('Password').fill('entraide-demo-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.goto('/ask?step=form');
    await page.getByLabel('Category').selectOption({ label: 'Mobile apps' });
    await page.getByLabel('Title').fill('Short');
    await page.getByLabel('Body').fill(BODY);
    await page.getByLabel('Tags').fill('ios');
    await page.getByRole('button', { name: 'Post your question' }).click();
    await expect(
      page.getByText('Use at least 15 characters, so others understand the problem at a glance.'),
    ).toBeVisible();
    await expect(page.getByLabel('Body')).toHaveValue(BODY);
    const title = `Photos do not upload on iOS ${uniqueName('n')}`;
    await page.getByLabel('Title').fill(title);
    await page.getByRole('button', { name: 'Post your question' }).click();
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  });
});

test('a visitor reads a public question and gets 404 for a restricted one', async ({ page, browser, request }) => {
  const publicQuestion = await firstQuestionIn(page, 'getting-started');
  const staff = await browser.newPage();
  await signIn(staff, 'sam-support');
  const restricted = await firstQuestionIn(staff, 'moderators');
  const restrictedTitle = await staff
    .getByRole('main')
    .getByRole('heading', { level: 3 })
    .getByRole('link')
    .first()
    .textContent();

  const ok = await page.goto(publicQuestion);
  expect(ok?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${publicQuestion}$`));
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd['@type']).toBe('QAPage');

  const hidden = await page.goto(restricted);
  expect(hidden?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  const category = await page.goto('/c/moderators');
  expect(category?.status()).toBe(404);

  // An outdated slug moves permanently to the canonical URL.
  const id = publicQuestion.split('/')[2];
  const moved = await request.get(`/q/${id}/an-old-title`, { maxRedirects: 0 });
  expect(moved.status()).toBe(301);
  expect(moved.headers()['location']).toBe(publicQuestion);

  // Neither the sitemap nor the feed mention the restricted question.
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(publicQuestion);
  expect(sitemap).not.toContain(restricted);
  const feed = await (await request.get('/feeds/questions.atom')).text();
  expect(feed).toContain('<feed');
  expect(feed).not.toContain(restrictedTitle!.trim());
  expect((await request.get('/feeds/c/moderators.atom')).status()).toBe(404);
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: http://127.0.0.1:');
});

test('asking with Enter in the Tags field leaves a page that still reacts', async ({ page }) => {
  await signIn(page, 'lucas');
  const title = `Calendar invites arrive twice ${uniqueName('e')}`;
  // Enter right after typing: the form's debounced lookups fire after it is
  // gone, which once panicked the release build and froze the next page.
  await ask(page, { title, category: 'Sync & backup', body: BODY, tags: 'sync', submit: 'enter' });
  await waitForHydration(page);
  // The app is alive: the answer editor's live preview still renders.
  await page.getByLabel('Your answer').fill('Try **removing** the second calendar account first.');
  await expect(page.getByRole('region', { name: 'Preview' }).locator('strong')).toHaveText('removing');
});

test('an author edits, the history shows the change, and an agent rolls it back', async ({ page, browser }) => {
  const title = `Backup skips hidden folders ${uniqueName('h')}`;
  await signIn(page, 'lucas');
  const url = await ask(page, { title, category: 'Sync & backup', body: BODY, tags: 'sync' });
  const question = page.getByRole('article', { name: 'Question by lucas' });

  await question.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await waitForHydration(page);
  const edited = `${title} on macOS`;
  await page.getByLabel('Title').fill(edited);
  await page.getByLabel('Body').fill(`${BODY}\n\nThis happens on macOS Sonoma only.`);
  await page.getByLabel('Edit summary').fill('added the platform');
  await page.getByRole('button', { name: 'Save edits' }).click();
  await expect(page.getByRole('heading', { level: 1, name: edited })).toBeVisible();
  await expect(question).toContainText('This happens on macOS Sonoma only.');

  await question.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Revision history' })).toBeVisible();
  const changes = page.getByRole('table', { name: 'Changes in revision 2' });
  await expect(changes.getByRole('row', { name: 'Added line' }).filter({ hasText: 'macOS Sonoma' })).toHaveCount(1);
  await expect(page.getByText('added the platform')).toBeVisible();
  // Members cannot roll back, even their own post.
  await expect(page.getByRole('button', { name: /Roll back/ })).toHaveCount(0);

  const agent = await browser.newPage();
  await signIn(agent, 'sam-support');
  await agent.goto(`/posts/${url.split('/')[2]}/history`);
  await waitForHydration(agent);
  await agent.getByRole('button', { name: 'Roll back to revision 1' }).click();
  await expect(agent.getByRole('heading', { level: 2, name: 'Revision 3' })).toBeVisible();
  await agent.goto(url);
  await expect(agent.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
  await expect(agent.getByRole('article', { name: 'Question by lucas' })).not.toContainText('macOS Sonoma');
  await agent.close();
});

test('an author deletes an unanswered question; only staff still see it and restore it', async ({ page, browser }) => {
  const title = `Delete me: duplicate upload ${uniqueName('d')}`;
  await signIn(page, 'yuki');
  const url = await ask(page, { title, category: 'Mobile apps', body: BODY, tags: 'ios' });
  await page.getByRole('article', { name: 'Question by yuki' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page).toHaveURL(/\/questions$/);
  expect((await page.goto(url))?.status()).toBe(404);

  const agent = await browser.newPage();
  await signIn(agent, 'sam-support');
  await agent.goto(url);
  await waitForHydration(agent);
  await expect(agent.getByText('This question is deleted. Only support staff can see it.')).toBeVisible();
  await agent.getByRole('article', { name: 'Question by yuki' }).getByRole('button', { name: 'Restore' }).click();
  await expect(agent.getByText('This question is deleted. Only support staff can see it.')).toHaveCount(0);
  await agent.close();
  expect((await page.goto(url))?.status()).toBe(200);
});

test('an agent redacts personal data from an old revision and nobody reads it again', async ({ page, browser }) => {
  const title = `Sync fails after a phone change ${uniqueName('r')}`;
  const secret = 'call me on +1 555 0199';
  await signIn(page, 'lucas');
  const url = await ask(page, { title, category: 'Sync & backup', body: BODY, tags: 'sync' });
  const question = page.getByRole('article', { name: 'Question by lucas' });
  // The author posts a phone number by mistake (revision 2), then edits it out (revision 3).
  for (const body of [`${BODY}\n\nUrgent, ${secret}.`, `${BODY}\n\nStill happening.`]) {
    await question.getByRole('link', { name: 'Edit', exact: true }).click();
    await waitForHydration(page);
    await page.getByLabel('Body').fill(body);
    await page.getByRole('button', { name: 'Save edits' }).click();
    await expect(question).toContainText(body.split('\n\n').pop()!);
  }
  const history = `/posts/${url.split('/')[2]}/history`;
  await page.goto(history);
  await expect(page.getByRole('main')).toContainText(secret);
  // Members cannot redact.
  await expect(page.getByRole('button', { name: /Redact revision/ })).toHaveCount(0);

  const agent = await (await browser.newContext()).newPage();
  await signIn(agent, 'sam-support');
  await agent.goto(history);
  await waitForHydration(agent);
  const form = agent.locator('form').filter({ has: agent.getByRole('button', { name: 'Redact revision 2' }) });
  // Pressed with Enter in the reason field, as people do.
  await form.getByLabel('Reason for redacting').fill('personal phone number');
  await form.getByLabel('Reason for redacting').press('Enter');
  await expect(agent.getByText('Revision 2 was redacted.')).toBeVisible();
  await expect(agent.getByText('This revision was redacted.')).toBeVisible();
  await expect(agent.getByRole('main')).not.toContainText('555 0199');
  await expect(agent.getByRole('button', { name: 'Redact revision 2' })).toHaveCount(0);

  // The author, and a visitor, read the history without it too.
  await page.reload();
  await expect(page.getByText('This revision was redacted.')).toBeVisible();
  await expect(page.getByRole('main')).not.toContainText('555 0199');
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(history);
  await expect(visitor.getByRole('main')).not.toContainText('555 0199');
});
