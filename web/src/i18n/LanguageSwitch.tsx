import { useT } from './hooks';
import { useLocaleSettings } from './I18nProvider';
import { LANGUAGES, isLanguage, type Language } from './languages';

/**
 * The header's language choice, each language named in itself. `onChange` lets a signed-in portal
 * store the choice with the user as well.
 */
export function LanguageSwitch({ onChange }: { onChange?: (language: Language) => void }) {
  const t = useT();
  const { language, setLanguage } = useLocaleSettings();
  return (
    <select
      className="language-switch"
      value={language}
      aria-label={t('app.language')}
      onChange={(event) => {
        const next = event.target.value;
        if (!isLanguage(next)) return;
        setLanguage(next);
        onChange?.(next);
      }}
    >
      {LANGUAGES.map(({ code, name }) => (
        <option key={code} value={code} lang={code}>
          {name}
        </option>
      ))}
    </select>
  );
}
