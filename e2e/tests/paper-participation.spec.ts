import { expectNoAxeViolations } from '../support/axe';
import { logIn } from '../support/login';
import { openPaperDesk } from '../support/paper-desk';
import { expect, test } from '../support/test';

const SHEETS = [
  {
    lang: 'fi',
    title: 'Helmet-lukuhaaste 2026',
    library: 'Helsingin kaupunginkirjasto',
    second: 'Kirja, jonka sait lahjaksi',
    print: 'Tulosta',
  },
  {
    lang: 'sv',
    title: 'Helmet-läsutmaningen 2026',
    library: 'Helsingfors stadsbibliotek',
    second: 'En bok du har fått i present',
    print: 'Skriv ut',
  },
  {
    lang: 'en',
    title: 'Helmet Reading Challenge 2026',
    library: 'Helsinki City Library',
    second: 'A book you got as a gift',
    print: 'Print',
  },
] as const;

test.describe('the printable challenge list', () => {
  for (const sheet of SHEETS) {
    test(`is served ready to print in ${sheet.lang}, and prints without the app around it`, async ({
      page,
      request,
    }) => {
      const url = `/challenges/lukuhaaste-2026/print?lang=${sheet.lang}`;
      // Rendered on the server: a plain fetch already holds the list.
      const html = await (await request.get(url)).text();
      expect(html).toMatch(new RegExp(`<article[^>]*class="lh-print-sheet"[^>]*lang="${sheet.lang}"`));
      expect(html).toContain(sheet.library);
      expect(html).toContain(sheet.second);

      await page.goto(url);
      const list = page.getByRole('list').filter({ hasText: sheet.second });
      await expect(page.getByRole('heading', { level: 1, name: sheet.title })).toBeVisible();
      await expect(list.getByRole('listitem')).toHaveCount(50);
      await expect(list.getByRole('listitem').nth(1)).toHaveText(sheet.second);
      await expectNoAxeViolations(page);

      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.getByRole('button', { name: sheet.print })).toBeHidden();
      await expect(list.getByRole('listitem').first()).toBeVisible();
    });
  }

  test('is linked from the challenge page in the reader’s language', async ({ page }) => {
    await page.goto('/challenges/lukuhaaste-2026');
    await page.getByRole('link', { name: 'Tulostettava lista' }).click();
    await expect(page).toHaveURL(/\/challenges\/lukuhaaste-2026\/print\?lang=fi$/);
    await page.getByRole('link', { name: 'På svenska' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Helmet-läsutmaningen 2026' })).toBeVisible();
  });
});

test('a librarian records paper returns at the desk, undoes a mistake, and the branch is remembered', async ({
  page,
}) => {
  await logIn(page, 'librarian@demo.lukuhaaste.fi');
  await openPaperDesk(page);
  await expect(
    page.getByRole('heading', { level: 1, name: 'Paperiset palautukset: Helmet-lukuhaaste 2026' }),
  ).toBeVisible();

  await page.getByRole('combobox', { name: 'Kirjasto' }).selectOption({ label: 'Keskustakirjasto Oodi' });
  const count = page.getByRole('spinbutton', { name: 'Täytettyjä kohtia (0–50)' });
  await count.fill('12');
  await count.press('Enter');
  await expect(page.getByText('Kirjattu: 12 kohtaa.')).toBeVisible();
  await expect(count).toBeFocused();
  await expect(count).toHaveValue('');
  await count.fill('50');
  await count.press('Enter');
  await expect(page.getByText('Kirjattu: 50 kohtaa.')).toBeVisible();

  await count.fill('51');
  await count.press('Enter');
  await expect(page.getByText('Kirjoita kokonaisluku väliltä 0–50.')).toBeVisible();

  const recent = page.getByRole('list').filter({ hasText: 'Keskustakirjasto Oodi' });
  await expect(recent.getByRole('listitem')).toHaveCount(2);
  await expectNoAxeViolations(page);
  await recent.getByRole('listitem').first().getByRole('button', { name: 'Peru' }).click();
  await expect(page.getByText('Peruttu: 50 kohtaa.')).toBeVisible();
  await expect(recent.getByRole('listitem')).toHaveCount(1);

  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Kirjasto' })).toHaveValue(/[0-9a-f-]{36}/);
  await expect(page.getByRole('combobox', { name: 'Kirjasto' }).locator('option:checked')).toHaveText(
    'Keskustakirjasto Oodi',
  );
});
