// `node --import ./register-source-loader.mjs apps/api/src/main.ts`: see source-loader.mjs.
import { register } from 'node:module';

register('./source-loader.mjs', import.meta.url);
