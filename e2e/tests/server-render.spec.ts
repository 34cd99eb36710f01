import { expect, test } from '../support/test';
import { logIn } from '../support/login';

/** The text of an HTML fragment, tags dropped and whitespace folded, as a reader without JavaScript sees it. */
function textOf(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');
}

function metaContent(html: string, attribute: 'name' | 'property', key: string): string | undefined {
  return html.match(new RegExp(`<meta[^>]*${attribute}="${key}"[^>]*content="([^"]*)"`))?.[1];
}

test.describe('public pages without JavaScript (a plain fetch, as a link preview crawler does)', () => {
  test('the challenge page holds its title and every category', async ({ request }) => {
    const response = await request.get('/challenges/lukuhaaste-2026', { headers: { 'accept-language': 'fi' } });
    expect(response.status()).toBe(200);
    const html = await response.text();
    const text = textOf(html);

    expect(html).toMatch(/<html lang="fi"/);
    expect(html).toContain('<title>Helmet-lukuhaaste 2026 – Lukuhaaste</title>');
    expect(text).toContain('Helmet-lukuhaaste 2026');
    expect(text).toContain('Kirja, jonka kirjoittaja on pohjoismainen');
    expect(text).toContain('Kirja, jonka sait lahjaksi');
    expect(text).toContain('Kirja, joka sijoittuu kaupunkiin, jossa haluaisit käydä');
    expect(metaContent(html, 'property', 'og:title')).toBe('Helmet-lukuhaaste 2026');
    expect(metaContent(html, 'property', 'og:description')).toMatch(/^Viisikymmentä haastekohtaa koko vuodeksi\./);
  });

  test('a category page holds its title, text and link preview, in the reader’s language', async ({ request }) => {
    const response = await request.get('/challenges/lukuhaaste-2026/2', {
      headers: { 'accept-language': 'sv-FI,sv;q=0.9,fi;q=0.5' },
    });
    expect(response.status()).toBe(200);
    const html = await response.text();

    expect(html).toMatch(/<html lang="sv"/);
    expect(html).toContain('<title>En bok du har fått i present – Läsutmaning</title>');
    expect(textOf(html)).toContain('Presentboken som väntat i hyllan får äntligen sin tur.');
    expect(metaContent(html, 'property', 'og:title')).toBe('En bok du har fått i present');
    expect(metaContent(html, 'property', 'og:description')).toBe(
      'Presentboken som väntat i hyllan får äntligen sin tur.',
    );
    expect(metaContent(html, 'name', 'description')).toBe('Presentboken som väntat i hyllan får äntligen sin tur.');
    expect(metaContent(html, 'property', 'og:locale')).toBe('sv_FI');
  });

  test('a remembered language choice wins over Accept-Language', async ({ request }) => {
    const response = await request.get('/challenges/lukuhaaste-2026/2', {
      headers: { 'accept-language': 'fi', cookie: 'lukuhaaste-locale=en' },
    });
    const html = await response.text();

    expect(html).toMatch(/<html lang="en"/);
    expect(html).toContain('<title>A book you got as a gift – Reading Challenge</title>');
  });

  test('links in a page name the configured address, whatever Host the request gave', async ({ request, baseURL }) => {
    const response = await request.get('/challenges/lukuhaaste-2026/2', { headers: { host: 'attacker.example' } });
    expect(response.status()).toBe(200);
    const html = await response.text();

    expect(html).toContain(`<link rel="canonical" href="${baseURL}/challenges/lukuhaaste-2026/2">`);
    expect(metaContent(html, 'property', 'og:url')).toBe(`${baseURL}/challenges/lukuhaaste-2026/2`);
    expect(html).not.toContain('attacker.example');
  });

  test('private pages stay the client-rendered shell', async ({ request }) => {
    const html = await (await request.get('/my-reading')).text();

    expect(html).toContain('<lh-root></lh-root>');
  });
});

test('the browser takes over the rendered category page and its reads list without asking the API for them again', async ({
  page,
}) => {
  // Elements removed from the page: hydration should adopt the rendered view, not replace it.
  await page.addInitScript(() => {
    const removed: string[] = [];
    Object.assign(window, { lhRemoved: removed });
    new MutationObserver((records) =>
      records.forEach((record) =>
        record.removedNodes.forEach((node) => node instanceof Element && removed.push(node.textContent ?? '')),
      ),
    ).observe(document, { childList: true, subtree: true });
  });
  const operations: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql')) operations.push(request.postDataJSON()?.operationName);
  });

  await page.goto('/challenges/lukuhaaste-2026/1');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kirja, jonka kirjoittaja on pohjoismainen' }),
  ).toBeVisible();
  // Hydrated: the language switch answers.
  await page.getByRole('banner').getByLabel('Kieli').selectOption('sv');
  await expect(page.locator('html')).toHaveAttribute('lang', 'sv');

  // The session check loads Apollo lazily, so it may still be on its way after the switch answers.
  await expect.poll(() => operations).toContain('Me');
  // A mismatched viewer would reload the view only once the session check has answered.
  await page.waitForLoadState('networkidle');
  expect(operations).not.toContain('ChallengeBySlug');
  expect(operations).not.toContain('CategoryReads');
  const removed = await page.evaluate(() => (window as unknown as { lhRemoved: string[] }).lhRemoved);
  expect(removed.filter((text) => text.includes('Kirja, jonka kirjoittaja on pohjoismainen'))).toEqual([]);
  // What others read: emptied and filled again, it moved everything below it up and back down.
  expect(removed.filter((text) => text.includes('Jäniksen vuosi'))).toEqual([]);
});

test('a search typed before the page has woken up is kept and applied', async ({ page }) => {
  await page.goto('/challenges/lukuhaaste-2026');
  // At once: the server-rendered box takes the keys before hydration would set it back.
  await page.getByRole('searchbox').pressSequentially('lahja');

  await expect(page.getByRole('searchbox')).toHaveValue('lahja');
  await expect(page.getByRole('link', { name: /Kirja, jonka sait lahjaksi/ })).toBeVisible();
  await expect.poll(() => page.locator('lh-category-card').count()).toBeLessThan(50);
});

test('a signed-in reader’s own view replaces the rendered page in place, without a loading state', async ({ page }) => {
  await logIn(page, 'patron@demo.lukuhaaste.fi');
  // Texts of elements removed from the page, and loading states added to it: the anonymous render should be updated in place, not torn down
  // and rebuilt behind the page's loading state.
  await page.addInitScript(() => {
    const removed: string[] = [];
    const added: string[] = [];
    Object.assign(window, { lhRemoved: removed, lhAdded: added });
    new MutationObserver((records) =>
      records.forEach((record) => {
        record.removedNodes.forEach((node) => node instanceof Element && removed.push(node.textContent ?? ''));
        record.addedNodes.forEach((node) => {
          const loading = '.lh-challenge-view__loading';
          if (node instanceof Element && (node.matches(loading) || node.querySelector(loading))) added.push(loading);
        });
      }),
    ).observe(document, { childList: true, subtree: true });
  });
  const operations: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/graphql')) operations.push(request.postDataJSON()?.operationName);
  });
  const observed = () =>
    page.evaluate(() => {
      const { lhRemoved, lhAdded } = window as unknown as { lhRemoved: string[]; lhAdded: string[] };
      return { removed: lhRemoved, added: lhAdded };
    });

  // What only the reader's own view shows: their progress, their book in category 5 (category 2 has none yet,
  // so there the request for their participation is the sign).
  const pages = [
    { path: '/challenges/lukuhaaste-2026', heading: 'Helmet-lukuhaaste 2026', own: page.getByText('12 / 50') },
    { path: '/challenges/lukuhaaste-2026/2', heading: 'Kirja, jonka sait lahjaksi', own: null },
    {
      path: '/challenges/lukuhaaste-2026/5',
      heading: 'Äänikirja',
      own: page.getByRole('button', { name: 'Muokkaa: Jäniksen vuosi' }),
    },
  ];
  for (const { path, heading, own } of pages) {
    operations.length = 0;
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect.poll(() => operations).toContain('MyParticipation');
    if (own) await expect(own).toBeVisible();
    await page.waitForLoadState('networkidle');

    const { removed, added } = await observed();
    expect(removed.filter((text) => text.includes(heading))).toEqual([]);
    expect(added).toEqual([]);
  }
});
