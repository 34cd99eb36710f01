import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import type { LighthouseResult } from './page-figures.ts';

export interface Auditor {
  /** One Lighthouse run (mobile preset: a mid-range phone on a slow 4G, simulated) and its HTML report. */
  audit(url: string): Promise<{ result: LighthouseResult; reportHtml: string }>;
  close(): Promise<void>;
}

/** Chromium without a sandbox (we run as root) or GPU, as the e2e journeys run it. */
export async function openAuditor(): Promise<Auditor> {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const runOnce = async (url: string) => {
    const run = await lighthouse(url, {
      port: chrome.port,
      output: 'html',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices'],
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${url}`);
    return { result: run.lhr, reportHtml: String(run.report) };
  };
  return {
    async audit(url) {
      const first = await runOnce(url);
      if (!first.result.runtimeError) return first;
      // On a busy machine Chromium now and then gives up on a page load (an interstitial); one more try.
      console.warn(`  ${url}: ${first.result.runtimeError.code}, trying once more`);
      return runOnce(url);
    },
    close: async () => chrome.kill(),
  };
}
