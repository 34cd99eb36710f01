// Maps the tsconfig path aliases (@lukuhaaste/...) to source files for Jest.
const { join } = require('node:path');
const { compilerOptions } = require('../../tsconfig.base.json');

const workspaceRoot = join(__dirname, '..', '..');

function pathsToModuleNameMapper() {
  const mapper = {};
  for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
    mapper[`^${alias.replace(/[/.]/g, '\\$&')}$`] = join(workspaceRoot, target);
  }
  return mapper;
}

module.exports = { pathsToModuleNameMapper };
