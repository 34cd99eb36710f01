export * from './lib/locales';
export * from './lib/account-limits';
export * from './lib/field-errors';
export * from './lib/text-rules';
export * from './lib/isbn';
export * from './lib/localized-text';
export * from './lib/reading-limits';
export * from './lib/reading-dates';
