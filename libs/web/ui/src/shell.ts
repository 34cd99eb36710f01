/**
 * What the app shell shows on every page, behind its own entry point: esbuild
 * places a whole module in the initial bundle once the shell reaches it, so a
 * shell importing the main barrel would pull every form helper the lazy pages
 * use into the first download.
 */
export { LanguageSwitch } from './lib/language-switch/language-switch.component';
