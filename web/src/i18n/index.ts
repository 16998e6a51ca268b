export { I18nProvider, useLocaleSettings } from './I18nProvider';
export { LanguageSwitch } from './LanguageSwitch';
export { T, isMessageId, useFormat, useT, type MessageId, type MessageValues } from './hooks';
export { useEnumLabel } from './enum-labels';
export { LANGUAGES, pickLanguage, type Language } from './languages';
