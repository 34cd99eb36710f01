// `node --import ./tools/node/register-path-aliases.mjs tools/<tool>/src/main.ts`:
// Node strips the tools' types itself but knows nothing of tsconfig paths, so
// this maps the @lukuhaaste/* aliases of tsconfig.base.json to their sources.
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const workspaceRoot = join(import.meta.dirname, '..', '..');
const { paths } = JSON.parse(readFileSync(join(workspaceRoot, 'tsconfig.base.json'), 'utf8')).compilerOptions;
const aliases = new Map(
  Object.entries(paths).map(([alias, [target]]) => [alias, pathToFileURL(join(workspaceRoot, target)).href]),
);

registerHooks({
  resolve(specifier, context, nextResolve) {
    const url = aliases.get(specifier);
    return url ? { url, shortCircuit: true } : nextResolve(specifier, context);
  },
});
