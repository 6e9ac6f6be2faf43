import { expect, test } from './fixtures';
import { ask, bell, newMember, signIn, uniqueName, unread, waitForHydration, watchConsole } from './helpers';

test('an asker sees the answer arrive, the bell rise and votes move, without a reload', async ({ browser }) => {
  test.setTimeout(120_000);
  const a = await newMember(browser, 'asker');
  const problems = watchConsole(a.page);
  const title = `Blank screen after the splash logo ${uniqueName('l')}`;
  const question = await ask(a.page, { title });
  await waitForHydration(a.page);
  // Askers follow their own question.
  await expect(a.page.getByRole('button', { name: 'Following', exact: true })).toHaveAttribute('aria-pressed', 'true');
  // A starts typing an answer of their own: live updates must not touch it.
  await a.page.getByLabel('Your answer').fill('Draft: I will try reinstalling');
  const before = await unread(a.page);
  // Marks the document: a reload would lose it.
  await a.page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

  const b = await (await browser.newContext()).newPage();
  await signIn(b, 'lucas');
  await b.goto(question);
  await waitForHydration(b);
  const follow = b.getByRole('button', { name: 'Follow', exact: true });
  await expect(follow).toHaveAttribute('aria-pressed', 'false');
  await b.getByLabel('Your answer').fill('Force-quit the app, then clear its cache under Settings → Storage.');
  await b.getByRole('button', { name: 'Post your answer' }).click();
  await expect(b.getByRole('article', { name: 'Answer by lucas' })).toBeVisible();
  // Answering follows the question too.
  await expect(b.getByRole('button', { name: 'Following', exact: true })).toBeVisible();

  // A: the answer waits behind a bar, the bell rises, the draft is intact.
  await expect(a.page.getByRole('status').filter({ hasText: '1 new answer' })).toBeVisible();
  await expect(bell(a.page)).toHaveAttribute('aria-label', `Notifications (${before + 1} unread)`);
  await expect(a.page.getByLabel('Your answer')).toHaveValue('Draft: I will try reinstalling');
  await a.page.getByRole('button', { name: 'show' }).click();
  await expect(a.page.getByRole('article', { name: 'Answer by lucas' })).toBeVisible();

  // B upvotes the question: A's score follows live.
  const questionOnA = a.page.getByRole('article', { name: `Question by ${a.username}` });
  await expect(questionOnA.getByLabel('Score')).toHaveText('0');
  await b
    .getByRole('article', { name: `Question by ${a.username}` })
    .getByRole('button', { name: 'Upvote' })
    .click();
  await expect(questionOnA.getByLabel('Score')).toHaveText('1');
  await expect(bell(a.page)).toHaveAttribute('aria-label', `Notifications (${before + 2} unread)`);

  // B comments on the question: it appears on A's page, and A is notified.
  const onB = b.getByRole('article', { name: `Question by ${a.username}` });
  await onB.getByText('Comment', { exact: true }).click();
  await onB.getByLabel('Comment on this question').fill('Which iOS version are you on?');
  await onB.getByRole('button', { name: 'Add a comment' }).click();
  await expect(questionOnA.getByText('Which iOS version are you on?')).toBeVisible();
  await expect(bell(a.page)).toHaveAttribute('aria-label', `Notifications (${before + 3} unread)`);

  expect(await a.page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
  expect(problems).toEqual([]);

  // The inbox lists all three, and reading them clears the bell.
  await bell(a.page).click();
  await expect(a.page.getByRole('heading', { name: 'Notifications' })).toBeVisible();
  await expect(a.page.getByRole('link', { name: `lucas answered “${title}”` })).toBeVisible();
  await expect(a.page.getByRole('link', { name: `lucas commented on your question in “${title}”` })).toBeVisible();
  await expect(a.page.getByRole('link', { name: `lucas upvoted your question in “${title}”` })).toBeVisible();
  await waitForHydration(a.page);
  await a.page.getByRole('button', { name: 'Mark all as read' }).click();
  await expect(a.page.getByText('Nothing unread.')).toBeVisible();
  await expect(bell(a.page)).toHaveAttribute('aria-label', 'Notifications');
});

test('a list shows questions asked meanwhile behind a bar', async ({ page, browser }) => {
  await signIn(page, 'lucas');
  await page.goto('/c/mobile-apps');
  await waitForHydration(page);
  // Following a category from its page.
  const follow = page.getByRole('button', { name: /^Follow(ing)?$/ });
  if ((await follow.getAttribute('aria-pressed')) === 'true') {
    await follow.click();
    await expect(page.getByRole('button', { name: 'Follow', exact: true })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Follow', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Following', exact: true })).toHaveAttribute('aria-pressed', 'true');

  const other = await newMember(browser, 'lister');
  const title = `App crashes when I rotate the phone ${uniqueName('r')}`;
  await ask(other.page, { title });

  // Other tests may ask in this category at the same moment: 1 or more.
  await expect(page.getByRole('status').filter({ hasText: /\d+ new questions?/ })).toBeVisible();
  await page.getByRole('button', { name: 'show' }).click();
  await expect(page.getByRole('link', { name: title })).toBeVisible();
  // lucas follows the category: the new question is in his inbox too.
  await page.goto('/notifications');
  await expect(page.getByRole('link', { name: `${other.username} asked “${title}”` })).toBeVisible();
});

test('notification settings keep what the member chose', async ({ page }) => {
  await signIn(page, 'omar-dev');
  await page.goto('/settings/notifications');
  await waitForHydration(page);
  const upvotes = page.getByLabel('Upvotes on your posts');
  await expect(upvotes).toBeChecked();
  await upvotes.uncheck();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Upvotes on your posts')).not.toBeChecked();
  await page.getByLabel('Upvotes on your posts').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
});
