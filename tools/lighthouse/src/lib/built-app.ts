import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/** Other builds on this machine (e2e, bench, colleagues) take the same lock before writing dist/. */
const BUILD_LOCK = '/tmp/lh-build.lock';

/**
 * Builds the API and the web app for production and copies both into
 * `runDir/dist` while holding the build lock: the server measured then runs
 * the same files even if someone rebuilds dist/ during the runs.
 */
export function buildSnapshot(runDir: string): void {
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(join(runDir, 'dist/apps'), { recursive: true });
  const build = 'npx nx run-many -t build -p api web --outputStyle=static';
  const copy = `cp -a dist/apps/api dist/apps/web '${join(runDir, 'dist/apps')}/'`;
  execFileSync('flock', [BUILD_LOCK, 'sh', '-c', `${build} && ${copy}`], { stdio: ['ignore', 'ignore', 'inherit'] });
}
