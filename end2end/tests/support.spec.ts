import { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import {
  accountMenu,
  ask,
  bell,
  newMember,
  signIn,
  uniqueName,
  unread,
  waitForHydration,
  watchConsole,
} from './helpers';

const BILLING = 'My card statement shows the monthly charge twice, on the same day, for one account.';

function status(page: Page, label: string) {
  return page.getByRole('status').filter({ hasText: `Status: ${label}` });
}

test('a member escalates to support, an agent replies, the member sees it live', async ({ browser }) => {
  test.setTimeout(120_000);
  const member = await newMember(browser, 'billed');
  const page = member.page;
  const problems = watchConsole(page);
  const title = `Charged twice for my subscription ${uniqueName('s')}`;
  const question = await ask(page, { title, category: 'Billing & plans', body: BILLING, tags: 'billing' });
  await waitForHydration(page);

  // The asker opens a private conversation from the question.
  await page.getByText('I need help from support', { exact: true }).click();
  await page.getByLabel('What do you need help with?').fill('Two charges of 9.99 on March 3rd, invoice INV-2042.');
  await page.getByRole('button', { name: 'Contact support' }).click();
  await expect(page).toHaveURL(/\/support\/\d+$/);
  const conversation = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1, name: 'Support conversation' })).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toHaveAttribute('href', question);
  await expect(status(page, 'Open')).toBeVisible();
  await expect(page.getByRole('article', { name: `Message from ${member.username}` })).toContainText('INV-2042');
  await waitForHydration(page);
  const before = await unread(page);
  // Marks the document: a reload would lose it.
  await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));

  // An agent, in another browser, finds it and replies.
  const agent = await (await browser.newContext()).newPage();
  await signIn(agent, 'sam-support');
  await agent.goto(conversation);
  await waitForHydration(agent);
  await expect(agent.getByText(`A private conversation with ${member.username}.`)).toBeVisible();
  await expect(agent.getByRole('article', { name: `Message from ${member.username}` })).toContainText('INV-2042');
  await agent
    .getByLabel('Your message')
    .fill('We refunded the second charge: it shows on your statement within **5 days**.');
  await agent.getByRole('button', { name: 'Send' }).click();
  await expect(agent.getByRole('article', { name: 'Message from sam-support' })).toBeVisible();
  await expect(status(agent, 'Waiting on member')).toBeVisible();
  await expect(agent.getByLabel('Your message')).toHaveValue('');

  // The member sees the reply, the status and the bell move, without a reload.
  const reply = page.getByRole('article', { name: 'Message from sam-support' });
  await expect(reply).toContainText('We refunded the second charge');
  await expect(reply.getByText('Support', { exact: true })).toBeVisible();
  await expect(reply.getByText('5 days', { exact: true })).toBeVisible();
  await expect(status(page, 'Waiting on member')).toBeVisible();
  await expect(bell(page)).toHaveAttribute('aria-label', `Notifications (${before + 1} unread)`);
  expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  // The member answers; the agent's page follows, and the agent resolves it.
  await page.getByLabel('Your message').fill('Thank you, I can see the refund is pending.');
  await page.getByRole('button', { name: 'Send' }).click();
  await expect(status(page, 'Open')).toBeVisible();
  await expect(agent.getByText('Thank you, I can see the refund is pending.')).toBeVisible();
  await expect(status(agent, 'Open')).toBeVisible();
  await agent.getByLabel('Status', { exact: true }).selectOption({ label: 'Resolved' });
  await agent.getByRole('button', { name: 'Update status' }).click();
  await expect(status(agent, 'Resolved')).toBeVisible();
  await expect(status(page, 'Resolved')).toBeVisible();
  // Members have no status select.
  await expect(page.getByLabel('Status', { exact: true })).toHaveCount(0);
  expect(problems).toEqual([]);

  // The question page now links to the conversation instead.
  await page.goto(question);
  await expect(page.getByRole('link', { name: 'Support conversation' })).toHaveAttribute('href', conversation);
  await expect(page.getByText('I need help from support', { exact: true })).toHaveCount(0);

  // Another member, and a visitor, are told it does not exist.
  const other = await newMember(browser, 'curious');
  const response = await other.page.goto(conversation);
  expect(response?.status()).toBe(404);
  await expect(other.page.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  await expect(other.page.getByText('INV-2042')).toHaveCount(0);
  await expect(other.page.getByLabel('Your message')).toHaveCount(0);
  await other.page.goto(question);
  await waitForHydration(other.page);
  await expect(other.page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(other.page.getByText('I need help from support', { exact: true })).toHaveCount(0);
  await expect(other.page.getByRole('link', { name: 'Support conversation' })).toHaveCount(0);
  const visitor = await (await browser.newContext()).newPage();
  expect((await visitor.goto(conversation))?.status()).toBe(404);
  await expect(visitor.getByText('INV-2042')).toHaveCount(0);
});

test.describe('JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('a member escalates and replies with plain forms', async ({ page }) => {
    // A new member, signed up with the plain form.
    const username = uniqueName('nojs-billed');
    await page.goto('/signup');
    await page.getByLabel('Username').fill(username);
    await page.getByLabel('Email').fill(`${username}@example.com`);
    await page.getByLabel('Password').fill('a long and unusual passphrase');
    await page.getByRole('button', { name: 'Sign up' }).click();
    await expect(accountMenu(page, username)).toBeVisible();
    const title = `Invoice shows the wrong company name ${uniqueName('n')}`;
    await ask(page, { title, category: 'Billing & plans', body: BILLING, tags: 'billing', javaScript: false });
    // A refused submission keeps the form open with the error.
    await page.getByText('I need help from support', { exact: true }).click();
    await page.getByLabel('What do you need help with?').fill('   ');
    await page.getByRole('button', { name: 'Contact support' }).click();
    await expect(page.getByText('This field is required.')).toBeVisible();
    await page.getByLabel('What do you need help with?').fill('The company name on INV-77 is misspelled.');
    await page.getByRole('button', { name: 'Contact support' }).click();
    await expect(page).toHaveURL(/\/support\/\d+$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Support conversation' })).toBeVisible();
    await expect(page.getByRole('article', { name: `Message from ${username}` })).toContainText('INV-77');
    await page.getByLabel('Your message').fill('It should read "Mensah & Sons Ltd".');
    await page.getByRole('button', { name: 'Send' }).click();
    await expect(page.getByText('It should read "Mensah & Sons Ltd".')).toBeVisible();
    await page.getByRole('button', { name: 'Mark as resolved' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Status: Resolved' })).toBeVisible();
  });
});
