import type { Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { logIn } from '../support/login';
import { pressOnceHydrated } from '../support/press';
import { expect, test } from '../support/test';

const BOOK = /Jäniksen vuosi/;
const REPLY = 'Tämä on minunkin suosikkini!';

/** A new patron who has joined this year's challenge (the demo patron already has books in many categories). */
async function newParticipant(page: Page): Promise<void> {
  await page.goto('/register');
  await expect(page.getByLabel('Nimimerkki')).not.toHaveValue('');
  await page.getByLabel('Sähköposti').fill(`keskustelija-${Date.now()}@example.fi`);
  await page.getByLabel('Salasana').fill('pitkä salasana 2026');
  await page.getByRole('button', { name: 'Luo tili' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Profiili', includeHidden: true })).toBeAttached();
  await page.goto('/');
  await pressOnceHydrated(page.getByRole('button', { name: 'Liity lukuhaasteeseen' }), page.getByText('0 / 50'));
}

/** Opens the whole thread of a category from its page. */
async function openCategoryThread(page: Page, position: number): Promise<void> {
  await page.goto(`/challenges/lukuhaaste-2026/${position}`);
  // The category's discussion loads once the reader scrolls to it. For a signed-in reader the
  // server-rendered (anonymous) view is replaced after hydration, so scroll again until it holds.
  const wholeThread = page.getByRole('link', { name: /Avaa koko keskustelu/ });
  await expect(async () => {
    await page.getByRole('heading', { name: 'Keskustelu' }).scrollIntoViewIfNeeded({ timeout: 2_000 });
    await expect(wholeThread).toBeVisible({ timeout: 2_000 });
  }).toPass();
  await wholeThread.click();
  await expect(page).toHaveURL(/\/threads\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${position}.`);
}

test('a book told in its category thread reaches another reader live; their reply notifies the teller', async ({
  page,
  newContext,
}) => {
  const other = await (await newContext({ locale: 'fi-FI' })).newPage();
  await logIn(other, 'patron@demo.lukuhaaste.fi');
  await openCategoryThread(other, 3);

  await newParticipant(page);
  await page.goto('/challenges/lukuhaaste-2026/3');
  await expect(page.getByRole('heading', { name: 'Keskustelu' })).toBeVisible();
  const dialog = page.getByRole('dialog');
  await pressOnceHydrated(page.getByRole('button', { name: 'Merkitse kirja' }), dialog);
  await dialog.getByRole('combobox', { name: 'Kirja' }).fill('jäniksen');
  await page.getByRole('option', { name: BOOK }).click();
  await expect(dialog.getByLabel('Kerro muille haastekohdan keskustelussa')).not.toBeChecked();
  await dialog.getByLabel('Kerro muille haastekohdan keskustelussa').check();
  await dialog.getByRole('button', { name: 'Tallenna' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Näytä', exact: true }).click();
  await expect(page).toHaveURL(/\/threads\/[0-9a-f-]{36}\?comment=[0-9a-f-]{36}$/);
  const commentId = new URL(page.url()).searchParams.get('comment');
  const mine = page.locator(`#comment-${commentId}`);
  await expect(mine).toBeFocused();
  await expect(mine).toContainText(BOOK);

  // The other reader's page did not move: the new comment waits behind the pill.
  const pill = other.getByRole('button', { name: 'Näytä uudet kommentit (1)' });
  await expect(pill).toBeVisible();
  await expect(other.locator(`#comment-${commentId}`)).toHaveCount(0);
  await pill.click();
  const told = other.locator(`#comment-${commentId}`);
  await expect(told).toBeVisible();
  await expect(told.getByRole('link', { name: 'Mitä muut lukivat tähän haastekohtaan' })).toBeVisible();
  await expectNoAxeViolations(other);

  await told.getByRole('button', { name: 'Tykkää, 0' }).click();
  await expect(told.getByRole('button', { name: 'Tykkää, 1' })).toHaveAttribute('aria-pressed', 'true');
  await told.getByRole('button', { name: 'Vastaa' }).click();
  await told.getByRole('textbox', { name: 'Vastauksesi' }).fill(REPLY);
  await told.getByRole('button', { name: 'Lähetä vastaus' }).click();
  await expect(told.getByText(REPLY)).toBeVisible();

  // The teller: the like changes in place, the reply waits behind the pill, the bell counts it.
  await expect(mine.getByRole('button', { name: 'Tykkää, 1' })).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('button', { name: 'Näytä uudet kommentit (1)' })).toBeVisible();
  const bell = page.getByRole('button', { name: 'Ilmoitukset, lukematta: 1' });
  await expect(bell).toBeVisible();
  await bell.click();
  await page.getByRole('menuitem', { name: /vastasi sinulle/ }).click();
  await expect(page).toHaveURL(/\?comment=[0-9a-f-]{36}$/);
  await expect(page.getByRole('article').filter({ hasText: REPLY }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Ilmoitukset' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('links, tags and handlers written in comments never run in the browser', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const payloads = ['[x](javascript:alert(1))', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>'];
  await logIn(page, 'patron@demo.lukuhaaste.fi');
  await openCategoryThread(page, 4);

  for (const payload of payloads) {
    await page.getByRole('textbox', { name: 'Kommenttisi' }).fill(payload);
    await page.getByRole('button', { name: 'Lähetä', exact: true }).click();
    await expect(page.getByRole('textbox', { name: 'Kommenttisi' })).toHaveValue('');
  }
  // The tags arrive as the text that was written.
  await expect(page.getByText('<img src=x onerror=alert(1)>')).toBeVisible();
  await expect(page.getByText('<svg onload=alert(1)>')).toBeVisible();

  const dangerous = await page.locator('main').evaluate((main) => {
    const elements = [main, ...main.querySelectorAll('*')];
    return {
      handlers: elements.flatMap((e) => e.getAttributeNames().filter((name) => name.toLowerCase().startsWith('on'))),
      scriptLinks: elements
        .map((e) => e.getAttribute('href') ?? e.getAttribute('xlink:href') ?? '')
        .filter((href) => href.trim().toLowerCase().startsWith('javascript:')),
      svgOrImg: main.querySelectorAll('.lh-comment-html svg, .lh-comment-html img, .lh-comment-html script').length,
    };
  });
  expect(dangerous).toEqual({ handlers: [], scriptLinks: [], svgOrImg: 0 });
  await page.reload();
  await expect(page.getByText('<svg onload=alert(1)>')).toBeVisible();
  expect(dialogs).toEqual([]);
});
