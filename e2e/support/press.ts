import type { Locator } from '@playwright/test';
import { expect } from './test';

/**
 * Presses a button of a server-rendered page until its outcome shows. A press
 * before hydration does nothing (no event replay, README "Server rendering"),
 * and on a busy machine hydration can finish seconds after the page's `load`.
 */
export async function pressOnceHydrated(button: Locator, outcome: Locator): Promise<void> {
  await expect(async () => {
    if (!(await outcome.isVisible())) await button.click({ timeout: 2_000 });
    await expect(outcome).toBeVisible({ timeout: 3_000 });
  }).toPass();
}
