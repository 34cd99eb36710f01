export { provideI18n } from './lib/provide-i18n';
export { LanguageStore } from './lib/language.store';
export { LOCALE_SOURCES } from './lib/locale-sources';
// Shared with the API (the share card images pick their language the same way).
export { parseAcceptLanguage, resolveInitialLocale, type LocaleSources } from '@lukuhaaste/shared/util-rules';
export { PageMeta, type PageImage, type PageText } from './lib/page-meta.service';
export { TranslatedTitleStrategy } from './lib/translated-title.strategy';
export { scopeTextsResolver } from './lib/scope-texts.resolver';
