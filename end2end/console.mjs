import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless','--no-sandbox','--disable-gpu'] });
const page = await browser.newPage();
page.on('console', m => console.log('CONSOLE', m.type(), m.text().slice(0, 1500)));
page.on('pageerror', e => console.log('PAGEERROR', e.message.slice(0, 1500)));
await page.goto(process.argv[2]);
await page.waitForTimeout(4000);
console.log('hydrated=', await page.locator('body').getAttribute('data-hydrated'));
await browser.close();
