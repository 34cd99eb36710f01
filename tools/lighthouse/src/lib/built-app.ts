import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Builds the API and the web app for production and copies both into
 * `runDir/dist`: the server measured then runs the same files even if
 * dist/ is rebuilt during the runs.
 */
export function buildSnapshot(runDir: string): void {
  rmSync(runDir, { recursive: true, force: true });
  mkdirSync(join(runDir, 'dist/apps'), { recursive: true });
  const build = 'npx nx run-many -t build -p api web --outputStyle=static';
  const copy = `cp -a dist/apps/api dist/apps/web '${join(runDir, 'dist/apps')}/'`;
  execFileSync('sh', ['-c', `${build} && ${copy}`], { stdio: ['ignore', 'ignore', 'inherit'] });
}
