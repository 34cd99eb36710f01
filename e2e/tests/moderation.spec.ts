import { join } from 'node:path';
import { request, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoAxeViolations } from '../support/axe';
import { DEMO_PASSWORD, logIn } from '../support/login';
import { expect, test } from '../support/test';

const SPAM = 'Osta halpoja kirjoja osoitteesta roskaa.example – vain tänään!';
const IDEA = 'Kirja, joka sijoittuu majakkaan';
const SCREENSHOT_DIR = join(__dirname, '../../tmp/e2e/screenshots');
/** A draft of its own, so the journey does not depend on what other specs cloned. */
const DRAFT_YEAR = 2029;

/** A signed-in GraphQL client for one demo user (Bearer token from `login`), for the set-up the journey is not about. */
type GraphqlCall = <T>(query: string, variables?: object) => Promise<T>;

async function apiAs(baseURL: string, email: string): Promise<GraphqlCall> {
  const api: APIRequestContext = await request.newContext({ baseURL });
  const call = async <T>(query: string, variables: object = {}, token?: string): Promise<T> => {
    const response = await api.post('/graphql', {
      data: { query, variables },
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    const body = await response.json();
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data;
  };
  const { login } = await call<{ login: { token: string } }>(
    'mutation($input: LoginInput!) { login(input: $input) { token } }',
    {
      input: { email, password: DEMO_PASSWORD },
    },
  );
  return <T>(query: string, variables?: object) => call<T>(query, variables, login.token);
}

/** The crawl sees the moderation pages empty; these look at them with content, on a phone too. */
async function screenshotWithoutOverflow(page: Page, name: string): Promise<void> {
  for (const { width, height } of [
    { width: 1280, height: 800 },
    { width: 360, height: 780 },
  ]) {
    await page.setViewportSize({ width, height });
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${width}-${name}.png`), fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect.soft(overflow, `${name} at ${width} px: page wider than the window`).toBeLessThanOrEqual(0);
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

async function openQueueItem(librarian: Page) {
  await librarian.getByRole('banner').getByRole('link', { name: 'Moderointi', includeHidden: true }).click();
  await expect(librarian.getByRole('heading', { level: 1, name: 'Moderointijono' })).toBeVisible();
  return librarian.getByRole('listitem').filter({ hasText: SPAM });
}

test('three reports hide a comment; the librarian restores it from the queue and locks the thread', async ({
  page,
  baseURL,
  newContext,
}) => {
  const author = await apiAs(baseURL ?? '', 'lukija04@demo.lukuhaaste.fi');
  const { challenge } = await author<{ challenge: { categories: { id: string }[] } }>(
    '{ challenge(slug: "lukuhaaste-2026") { categories { id position } } }',
  );
  const { categoryThread } = await author<{ categoryThread: { id: string } }>(
    'query($id: ID!) { categoryThread(categoryId: $id) { id } }',
    {
      id: challenge.categories[0].id,
    },
  );
  const { postComment } = await author<{ postComment: { id: string } }>(
    'mutation($input: PostCommentInput!) { postComment(input: $input) { id } }',
    {
      input: { threadId: categoryThread.id, body: SPAM, containsSpoilers: false },
    },
  );
  for (const reporter of ['lukija01', 'lukija02', 'lukija03']) {
    const api = await apiAs(baseURL ?? '', `${reporter}@demo.lukuhaaste.fi`);
    await api('mutation($input: ReportInput!) { report(input: $input) { id } }', {
      input: { commentId: postComment.id, reason: 'SPAM', note: `${reporter}: mainos` },
    });
  }

  // Hidden for patrons: the placeholder instead of the text.
  await logIn(page, 'patron@demo.lukuhaaste.fi');
  await page.goto(`/threads/${categoryThread.id}`);
  await expect(page.getByText('Kirjastonhoitaja piilotti tämän kommentin.').first()).toBeVisible();
  await expect(page.getByText(SPAM)).toHaveCount(0);

  const librarian = await (await newContext({ locale: 'fi-FI' })).newPage();
  await logIn(librarian, 'librarian@demo.lukuhaaste.fi');
  const item = await openQueueItem(librarian);
  await expect(item.getByText('Piilotettu automaattisesti')).toBeVisible();
  await expect(item.getByText('Ilmoituksia: 3')).toBeVisible();
  await expect(item.getByText('Roskaposti: 3')).toBeVisible();
  await expectNoAxeViolations(librarian);
  await screenshotWithoutOverflow(librarian, 'moderation-queue-auto-hidden');

  await item.getByRole('button', { name: 'Palauta…' }).click();
  const restore = librarian.getByRole('dialog', { name: 'Palauta kommentti' });
  await restore.getByLabel('Syy').fill('Kirjaston oma tapahtuma, ei mainos');
  await expectNoAxeViolations(librarian);
  await restore.getByRole('button', { name: 'Palauta' }).click();
  await expect(librarian.getByText('Palautettu. Hylättyjä ilmoituksia: 3.')).toBeVisible();
  await expect(librarian.getByRole('listitem').filter({ hasText: SPAM })).toHaveCount(0);

  // The audit log has the automatic hide and the restore with its reason.
  await librarian.getByRole('link', { name: 'Moderointiloki' }).click();
  await expect(librarian.getByRole('heading', { level: 1, name: 'Moderointiloki' })).toBeVisible();
  await expect(librarian.getByRole('row').filter({ hasText: 'Kirjaston oma tapahtuma, ei mainos' })).toContainText(
    'Palautti',
  );
  await expect(librarian.getByRole('row').filter({ hasText: 'Piilotettiin automaattisesti' }).first()).toBeVisible();
  await expectNoAxeViolations(librarian);
  await screenshotWithoutOverflow(librarian, 'moderation-log-rows');

  await librarian.goto(`/threads/${categoryThread.id}`);
  await librarian.getByRole('button', { name: 'Lukitse', exact: true }).click();
  const lock = librarian.getByRole('dialog', { name: 'Lukitse keskustelu' });
  await lock.getByLabel('Syy').fill('Keskustelu on päättynyt');
  await lock.getByRole('button', { name: 'Lukitse' }).click();
  await expect(librarian.getByRole('button', { name: 'Avaa lukitus' })).toBeVisible();

  await page.reload();
  await expect(page.getByText(SPAM)).toBeVisible();
  await expect(page.getByText('Tämä keskustelu on lukittu: uusia kommentteja ei voi kirjoittaa.')).toBeVisible();
});

test('a patron suggests a category, another votes, and the librarian makes it a draft category', async ({
  page,
  baseURL,
  newContext,
}) => {
  const staff = await apiAs(baseURL ?? '', 'librarian@demo.lukuhaaste.fi');
  const { challenge } = await staff<{ challenge: { id: string } }>('{ challenge(slug: "lukuhaaste-2026") { id } }');
  const { cloneChallenge: draft } = await staff<{ cloneChallenge: { id: string } }>(
    'mutation($id: ID!, $year: Int!) { cloneChallenge(sourceId: $id, year: $year) { id } }',
    {
      id: challenge.id,
      year: DRAFT_YEAR,
    },
  );

  // The librarian closes and opens suggestions in the challenge editor; patrons see which.
  await logIn(page, 'librarian@demo.lukuhaaste.fi');
  await page.goto(`/librarian/challenges/${challenge.id}`);
  const open = page.getByRole('switch', { name: 'Ehdotukset auki' });
  /** The switch flips at once; the patron's page must wait for the save. */
  const toggleSaved = () =>
    Promise.all([
      page.waitForResponse(
        (r) => r.url().endsWith('/graphql') && !!r.request().postData()?.includes('suggestionsOpen'),
      ),
      open.click(),
    ]);
  if (await open.isChecked()) {
    await toggleSaved();
    await expect(open).not.toBeChecked();
  }
  const patron = await (await newContext({ locale: 'fi-FI' })).newPage();
  await logIn(patron, 'patron@demo.lukuhaaste.fi');
  await patron.goto('/challenges/lukuhaaste-2026/suggestions');
  await expect(patron.getByRole('heading', { level: 1, name: 'Ideoita ensi vuoden haastekohdiksi' })).toBeVisible();
  await expect(
    patron.getByText('Ehdotusten jättäminen tähän haasteeseen on päättynyt.', { exact: false }),
  ).toBeVisible();

  await toggleSaved();
  await expect(open).toBeChecked();
  await patron.reload();
  await patron.getByLabel('Ideasi haastekohdaksi').fill(IDEA);
  await patron.getByRole('button', { name: 'Ehdota', exact: true }).click();
  await expect(patron.getByText('Kiitos! Ideasi on listalla.')).toBeVisible();
  await expectNoAxeViolations(patron);

  const voter = await (await newContext({ locale: 'fi-FI' })).newPage();
  await logIn(voter, 'lukija06@demo.lukuhaaste.fi');
  await voter.goto('/challenges/lukuhaaste-2026/suggestions');
  const vote = voter.getByRole('button', { name: `Äänestä ideaa ”${IDEA}”, ääniä: 0` });
  await expect(vote).toHaveAttribute('aria-pressed', 'false');
  await vote.click();
  await expect(voter.getByRole('button', { name: `Äänestä ideaa ”${IDEA}”, ääniä: 1` })).toHaveAttribute(
    'aria-pressed',
    'true',
  );

  await page.goto('/challenges/lukuhaaste-2026/suggestions');
  const idea = page.getByRole('listitem').filter({ hasText: IDEA });
  await idea.getByRole('button', { name: 'Tee luonnokseen haastekohta…' }).click();
  const adopt = page.getByRole('dialog', { name: 'Tee luonnokseen haastekohta' });
  await adopt.getByLabel('Luonnoshaaste').selectOption(draft.id);
  await expect(adopt.getByLabel('Haastekohdan otsikko (suomeksi)')).toHaveValue(IDEA);
  await expectNoAxeViolations(page);
  await adopt.getByRole('button', { name: 'Lisää haastekohta' }).click();
  const added = page.getByText(/Haastekohta \d+ lisätty luonnokseen\./);
  await expect(added).toBeVisible();
  const position = /Haastekohta (\d+)/.exec((await added.textContent()) ?? '')?.[1];
  await expect(idea.getByText(`Haastekohdaksi ${position}: ${IDEA}`)).toBeVisible();

  await page.getByRole('link', { name: 'Avaa luonnos muokkaimessa' }).click();
  await expect(page.getByLabel(`Haastekohdan ${position} otsikko (suomi)`, { exact: true })).toHaveValue(IDEA);
});
