import { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ask, newMember, setRole, signIn, uniqueName, waitForHydration, watchConsole } from './helpers';

const SPAM = 'Buy cheap followers now, best prices, visit my shop and tell your friends.';

test('a member flags a post, the open desk shows it live, the agent hides it and members no longer see it', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const author = await newMember(browser, 'spammer');
  const title = `Cheap followers for your account ${uniqueName('m')}`;
  const question = await ask(author.page, { title, body: SPAM });

  // The agent's desk is open before the flag arrives.
  const agent = await (await browser.newContext()).newPage();
  const problems = watchConsole(agent);
  await signIn(agent, 'sam-support');
  await agent.getByRole('banner').getByRole('link', { name: 'Desk' }).click();
  await expect(agent.getByRole('heading', { level: 1, name: 'Desk' })).toBeVisible();
  await waitForHydration(agent);
  await agent.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
  const flagged = agent.getByRole('listitem', { name: `Flagged: ${title}` });
  await expect(flagged).toHaveCount(0);

  // A trusted member flags the question.
  const member = await (await browser.newContext()).newPage();
  await signIn(member, 'lucas');
  await member.goto(question);
  await waitForHydration(member);
  const post = member.getByRole('article', { name: `Question by ${author.username}` });
  await post.getByRole('button', { name: 'Flag', exact: true }).click();
  const dialog = member.getByRole('dialog', { name: 'Flag this post' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Spam').check();
  await dialog.getByLabel('Details (optional)').fill('Advertising, nothing to do with the product.');
  await dialog.getByRole('button', { name: 'Send flag' }).click();
  await expect(dialog).toBeHidden();
  await expect(member.getByRole('status').filter({ hasText: 'the moderators will look at it' })).toBeVisible();

  // The desk shows it without a reload, with the reason and who flagged.
  await expect(flagged).toBeVisible();
  await expect(flagged).toContainText('1 flag');
  await expect(flagged).toContainText('Spam — lucas: Advertising');
  expect(await agent.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

  // The agent hides it, with a reason.
  await flagged.getByLabel('Reason').fill('Advertising');
  await flagged.getByRole('button', { name: 'Hide post' }).click();
  await expect(agent.getByRole('status').filter({ hasText: 'Hide: done.' })).toBeVisible();
  await expect(flagged).toHaveCount(0);

  // Members and visitors no longer see it; the agent still does, marked.
  const response = await member.goto(question);
  expect(response?.status()).toBe(404);
  await expect(member.getByRole('heading', { level: 1, name: 'Not found' })).toBeVisible();
  await agent.goto(question);
  await expect(agent.getByText('Hidden — only support staff can see it')).toBeVisible();

  // The audit log has the action with its reason, filterable by agent.
  await agent.goto('/desk/log?agent=sam-support&action=hide');
  const row = agent.getByRole('row').filter({ hasText: 'Advertising' }).first();
  await expect(row).toContainText('sam-support');
  await expect(row).toContainText('Hide');
  await expect(row).toContainText(author.username);
  expect(problems).toEqual([]);
});

test('an overdue unanswered question stands out on the desk, a fresh one does not', async ({ page }) => {
  await signIn(page, 'nadia-support');
  await page.goto('/desk');
  const queue = page.getByRole('region', { name: 'Unanswered questions' });
  // Asked 13 days ago in a category whose target is 24 hours.
  const old = queue.getByRole('listitem', { name: 'Does two-factor support hardware security keys or passkeys?' });
  await expect(old).toContainText('Overdue');
  await expect(old).toContainText('target 24 h');
  // Asked an hour ago.
  const fresh = queue.getByRole('listitem', { name: /Can I pay in EUR instead of USD/ });
  await expect(fresh).toBeVisible();
  await expect(fresh).not.toContainText('Overdue');
  await expect(page.getByRole('navigation', { name: 'Queues' })).toContainText(/Unanswered \(\d+, [1-9]\d* overdue\)/);
});

test('the desk is closed to members and visitors', async ({ browser, page }) => {
  const visitor = await page.goto('/desk');
  expect(visitor?.status()).toBe(403);
  const m = await newMember(browser, 'curious');
  const member = await m.page.goto('/desk');
  expect(member?.status()).toBe(403);
  await expect(m.page.getByRole('heading', { name: 'Not allowed' })).toBeVisible();
  await expect(m.page.getByRole('banner').getByRole('link', { name: 'Desk' })).toHaveCount(0);
});

test('an agent claims a desk item and another agent sees who has it', async ({ browser }) => {
  const ana = await (await browser.newContext()).newPage();
  await signIn(ana, 'sam-support');
  await ana.goto('/desk');
  await waitForHydration(ana);
  const item = (p: Page) =>
    p.getByRole('region', { name: 'Unanswered questions' }).getByRole('listitem', {
      name: 'Is there a sandbox environment for testing the API?',
    });
  const other = await (await browser.newContext()).newPage();
  await signIn(other, 'nadia-support');
  await other.goto('/desk');
  await waitForHydration(other);
  await item(ana).getByRole('button', { name: 'Claim' }).click();
  await expect(item(ana)).toContainText('Claimed by sam-support');
  // The other agent's open desk follows, without a reload.
  await expect(item(other)).toContainText('Claimed by sam-support');
  await expect(item(other).getByRole('button', { name: 'Claim' })).toHaveCount(0);
  await item(ana).getByRole('button', { name: 'Release' }).click();
  await expect(item(other).getByRole('button', { name: 'Claim' })).toBeVisible();
});

test('staff notices and the audit log are written as facts and read in each reader’s language', async ({ browser }) => {
  test.setTimeout(120_000);
  const { page: member, username } = await newMember(browser, 'warned');
  const title = `Where do I find my invoices ${uniqueName('w')}`;
  const question = await ask(member, { title });
  // The member reads the interface in French (kept on their account).
  await member.getByLabel('Language').selectOption({ label: 'Français' });
  await member.getByRole('button', { name: 'Change language' }).click();
  await expect(member.locator('html')).toHaveAttribute('lang', 'fr');

  // A fresh agent, whose interface language this test may change.
  const { page: agent, username: agentName } = await newMember(browser, 'agent');
  const problems = watchConsole(agent);
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, 'camille');
  await setRole(admin, agentName, 'agent');
  await agent.goto(question);
  await waitForHydration(agent);
  const post = agent.getByRole('article', { name: `Question by ${username}` });
  const moderate = async (action: string, fill: Record<string, string>) => {
    await post.getByText('Moderate', { exact: true }).click();
    await post.getByLabel('Action').selectOption({ label: action });
    for (const [label, value] of Object.entries(fill)) await post.getByLabel(label).fill(value);
    await post.getByRole('button', { name: 'Apply' }).click();
  };
  await moderate(`Warn ${username}`, { Reason: 'Please keep it civil' });
  // The warned member reads the notice in French, with the agent's words.
  // (The agent's confirmation can be replaced by the thread's live refresh,
  // so what the action did is checked where it shows.)
  await expect(async () => {
    await member.goto('/notifications');
    await expect(member.getByText(/Un modérateur vous a averti.*Please keep it civil/)).toBeVisible({ timeout: 1000 });
  }).toPass();

  await agent.goto(question);
  await waitForHydration(agent);
  await post.getByText('Moderate', { exact: true }).click();
  await post.getByLabel('Action').selectOption({ label: 'Assign' });
  await post.getByLabel('Reason').fill('Billing question');
  await post.getByLabel('Agent', { exact: true }).fill(agentName);
  // Enter in the last field, as people do.
  const applied = agent.waitForResponse((r) => r.url().includes('/api/moderate'));
  await post.getByLabel('Agent', { exact: true }).press('Enter');
  expect((await applied).ok()).toBe(true);
  await expect(async () => {
    await agent.goto(`/desk/log?action=assign&member=${username}`);
    await expect(agent.getByRole('row').filter({ hasText: `Assigned to ${agentName}` })).toHaveCount(1, {
      timeout: 1000,
    });
  }).toPass();

  // The same log line reads in French once the agent reads French.
  await agent.getByLabel('Language').selectOption({ label: 'Français' });
  await agent.getByRole('button', { name: 'Change language' }).click();
  await expect(agent.locator('html')).toHaveAttribute('lang', 'fr');
  await agent.goto(`/desk/log?action=assign&member=${username}`);
  const row = agent.getByRole('row').filter({ hasText: `Attribuée à ${agentName}` });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Attribuer');
  expect(problems).toEqual([]);
});
