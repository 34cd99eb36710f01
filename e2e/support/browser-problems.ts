import type { BrowserContext, Page } from '@playwright/test';

/** The name under which pages report CSP violations to the test (see `reportCspViolations`). */
const CSP_BINDING = '__lhReportCspViolation';

/**
 * Collects what a user would never see but a broken page leaves behind:
 * console errors, uncaught exceptions and Content Security Policy violations,
 * from every page of every context it watches.
 */
export class BrowserProblems {
  private readonly seen: string[] = [];

  async watch(context: BrowserContext): Promise<void> {
    await context.exposeBinding(CSP_BINDING, ({ page }, violation: string) =>
      this.seen.push(`CSP violation on ${page.url()}: ${violation}`),
    );
    await context.addInitScript(reportCspViolations, CSP_BINDING);
    context.pages().forEach((page) => this.watchPage(page));
    context.on('page', (page) => this.watchPage(page));
  }

  /** Returns what was seen so far and forgets it (for tests that provoke a problem on purpose). */
  take(): string[] {
    return this.seen.splice(0);
  }

  private watchPage(page: Page): void {
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const { url, lineNumber } = message.location();
      this.seen.push(`console error on ${page.url()}: ${message.text()} (${url}:${lineNumber})`);
    });
    page.on('pageerror', (error) => this.seen.push(`uncaught error on ${page.url()}: ${error.stack ?? error.message}`));
  }
}

/**
 * Runs in the page before its own scripts. Chromium also logs most violations
 * to the console, but not all of them (e.g. report-only ones), and the event
 * names the directive.
 */
function reportCspViolations(binding: string): void {
  document.addEventListener('securitypolicyviolation', (event) => {
    const report = (window as unknown as Record<string, (violation: string) => void>)[binding];
    report?.(
      `${event.violatedDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`,
    );
  });
}
