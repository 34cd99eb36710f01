export * from './lib/locales';
export * from './lib/account-limits';
export * from './lib/field-errors';
export * from './lib/text-rules';
