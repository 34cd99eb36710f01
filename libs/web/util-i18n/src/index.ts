export { provideI18n } from './lib/provide-i18n';
export { LanguageStore } from './lib/language.store';
export { LOCALE_SOURCES } from './lib/locale-sources';
export { parseAcceptLanguage } from './lib/parse-accept-language';
export { resolveInitialLocale, type LocaleSources } from './lib/resolve-initial-locale';
export { PageMeta, type PageText } from './lib/page-meta.service';
export { TranslatedTitleStrategy } from './lib/translated-title.strategy';
export { scopeTextsResolver } from './lib/scope-texts.resolver';
