import { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { deflateSync } from 'zlib';
import { DEMO_PASSWORD, signIn, watchConsole } from './helpers';

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let i = 0; i < 8; i++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real RGB PNG (a diagonal gradient), made here so the test needs no fixture file. */
function gradientPng(width: number, height: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const rows = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) rows.set([(x * 4) & 255, (y * 4) & 255, 160], row + 1 + x * 3);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

async function openSettings(page: Page) {
  await page.goto('/settings/profile');
  await expect(page.getByRole('heading', { name: 'Profile picture' })).toBeVisible();
}

// The upload is a plain form post, so it behaves the same with and without
// JavaScript; both are exercised.
for (const javaScriptEnabled of [true, false]) {
  test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled });

    test('a member uploads a picture, sees it on their profile, and removes it', async ({ page }) => {
      const problems = watchConsole(page);
      // Demo members no other test changes; one per run of the loop.
      const username = javaScriptEnabled ? 'priya' : 'jonas';
      await signIn(page, username, DEMO_PASSWORD, javaScriptEnabled);
      const avatar = page.getByRole('img', { name: `Avatar of ${username}` });
      const initial = page.getByRole('main').getByText(username[0].toUpperCase(), { exact: true });

      await openSettings(page);
      await expect(avatar).toHaveCount(0);
      // Something that is not a picture is refused with a reason, next to the field.
      await page.getByLabel('New picture').setInputFiles({
        name: 'notes.png',
        mimeType: 'image/png',
        buffer: Buffer.from('These are my notes, not a picture.'),
      });
      await page.getByRole('button', { name: 'Upload picture' }).click();
      await expect(page.getByRole('alert')).toHaveText('Upload a PNG, JPEG, GIF or WebP image.');
      await expect(page.getByLabel('New picture')).toHaveAttribute('aria-invalid', 'true');

      await page.getByLabel('New picture').setInputFiles({
        name: 'me.png',
        mimeType: 'image/png',
        buffer: gradientPng(120, 80),
      });
      await page.getByRole('button', { name: 'Upload picture' }).click();
      await expect(page.getByRole('status')).toHaveText('Your new picture is saved.');
      await expect(avatar).toBeVisible();

      await page.goto(`/u/${username}`);
      await expect(avatar).toBeVisible();
      if (javaScriptEnabled) {
        // The server made it a 256×256 square, whatever was uploaded.
        await expect
          .poll(() => avatar.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight]))
          .toEqual([256, 256]);
      }
      await expect(initial).toHaveCount(0);

      await openSettings(page);
      await page.getByRole('button', { name: 'Remove avatar' }).click();
      await expect(page.getByRole('status')).toHaveText('Your picture was removed.');
      await expect(page.getByRole('button', { name: 'Remove avatar' })).toHaveCount(0);

      await page.goto(`/u/${username}`);
      await expect(page.getByRole('heading', { level: 1, name: username })).toBeVisible();
      await expect(avatar).toHaveCount(0);
      await expect(initial).toBeVisible();
      expect(problems).toEqual([]);
    });
  });
}
