import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ManufacturerTextsQuery, ReasonKind, TextsEditor_CodeFragment } from '../../gql/graphql';
import { ErrorNote } from '../../ui/ErrorNote';
import { LANGUAGES, useEnumLabel, useT } from '../../i18n';

/** The languages a text is translated into: the text as written is the English one. */
const TARGETS = LANGUAGES.filter((language) => language.code !== 'en');

const TEXTS = graphql(`
  query ManufacturerTexts {
    productLines {
      id name
      standards {
        id jobType instructionsAsWritten instructionsTranslations { language text }
        checklist { id labelAsWritten translations { language text } }
      }
    }
    declineCodes: reasonCodes(kind: DECLINE, includeRetired: true) { ...TextsEditor_code }
    findingCodes: reasonCodes(kind: FINDING, includeRetired: true) { ...TextsEditor_code }
  }
`);

graphql(`
  fragment TextsEditor_code on ReasonCode { id kind code labelAsWritten active translations { language text } }
`);

const SET_STANDARD_TEXTS = graphql(`
  mutation SetStandardTexts($input: StandardTextsInput!) {
    setStandardTexts(input: $input) { id instructionsAsWritten instructionsTranslations { language text } checklist { id label labelAsWritten translations { language text } } }
  }
`);

const SET_REASON_CODE = graphql(`
  mutation SetReasonCode($input: ReasonCodeInput!) { setReasonCode(input: $input) { ...TextsEditor_code } }
`);

/** Text by language, as the form holds it. */
type ByLanguage = Record<string, string>;
const byLanguage = (translations: readonly { language: string; text: string }[]): ByLanguage =>
  Object.fromEntries(translations.map(({ language, text }) => [language, text]));
const entries = (texts: ByLanguage) => TARGETS.map(({ code }) => ({ language: code, text: texts[code] ?? '' }));

/** One text as written and its translations, a field per language. */
function TranslationRow({ label, written, texts, onChange }: { label: string; written: string; texts: ByLanguage; onChange(texts: ByLanguage): void }) {
  return (
    <tr>
      <th scope="row">{written || '—'}</th>
      {TARGETS.map(({ code, name }) => (
        <td key={code}>
          <input aria-label={`${label} · ${name}`} lang={code} value={texts[code] ?? ''} onChange={(e) => onChange({ ...texts, [code]: e.target.value })} />
        </td>
      ))}
    </tr>
  );
}

function LanguageHeads({ first }: { first: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {TARGETS.map(({ code, name }) => (
          <th key={code} scope="col" lang={code}>
            {name}
          </th>
        ))}
      </tr>
    </thead>
  );
}

type Standard = ManufacturerTextsQuery['productLines'][number]['standards'][number];

/** A standard's instructions and checklist in every language of the network. */
function StandardTexts({ standard }: { standard: Standard }) {
  const t = useT();
  const [instructions, setInstructions] = useState(standard.instructionsAsWritten ?? '');
  const [instructionTexts, setInstructionTexts] = useState(byLanguage(standard.instructionsTranslations));
  const [items, setItems] = useState<Record<string, ByLanguage>>(
    Object.fromEntries(standard.checklist.map((item) => [item.id, byLanguage(item.translations)])),
  );
  const [save, { loading, error, data }] = useMutation(SET_STANDARD_TEXTS);

  function submit(event: FormEvent) {
    event.preventDefault();
    const input = {
      standardId: standard.id,
      instructions,
      instructionsTranslations: entries(instructionTexts),
      checklist: standard.checklist.map((item) => ({ itemId: item.id, translations: entries(items[item.id] ?? {}) })),
    };
    void save({ variables: { input } }).catch(() => undefined);
  }
  return (
    <form onSubmit={submit} className="stack">
      <label>
        {t('translations.editor.instructions')} ({t('translations.editor.asWritten')})
        <textarea value={instructions} maxLength={2000} rows={2} onChange={(e) => setInstructions(e.target.value)} />
      </label>
      <div className="scroll">
        <table className="table">
          <LanguageHeads first={t('translations.editor.asWritten')} />
          <tbody>
            <TranslationRow label={t('translations.editor.instructions')} written={instructions} texts={instructionTexts} onChange={setInstructionTexts} />
            {standard.checklist.map((item) => (
              <TranslationRow
                key={item.id}
                label={item.labelAsWritten}
                written={item.labelAsWritten}
                texts={items[item.id] ?? {}}
                onChange={(texts) => setItems((old) => ({ ...old, [item.id]: texts }))}
              />
            ))}
          </tbody>
        </table>
      </div>
      <ErrorNote error={error} />
      <div className="row">
        <button type="submit" disabled={loading}>
          {t('translations.editor.save')}
        </button>
        {data && !loading && <span role="status">{t('translations.editor.saved')}</span>}
      </div>
    </form>
  );
}

type Code = TextsEditor_CodeFragment;

/** One reason code: its label as written, its translations, whether partners and auditors are offered it. */
function CodeRow({ code }: { code: Code }) {
  const t = useT();
  const [label, setLabel] = useState(code.labelAsWritten);
  const [texts, setTexts] = useState(byLanguage(code.translations));
  const [active, setActive] = useState(code.active);
  const [save, { loading, error }] = useMutation(SET_REASON_CODE);
  const submit = () =>
    void save({ variables: { input: { kind: code.kind, code: code.code, label, translations: entries(texts), active } } }).catch(() => undefined);
  return (
    <tr>
      <th scope="row">
        <code>{code.code}</code>
        <input aria-label={`${code.code} · ${t('translations.editor.label')}`} value={label} onChange={(e) => setLabel(e.target.value)} />
        <label className="small">
          <input type="checkbox" checked={active} onChange={(e) => setActive(e.target.checked)} /> {t('translations.editor.active')}
        </label>
        <ErrorNote error={error} />
      </th>
      {TARGETS.map(({ code: language, name }) => (
        <td key={language}>
          <input
            aria-label={`${code.code} · ${name}`}
            lang={language}
            value={texts[language] ?? ''}
            onChange={(e) => setTexts({ ...texts, [language]: e.target.value })}
          />
        </td>
      ))}
      <td>
        <button type="button" className="secondary" onClick={submit} disabled={loading || !label.trim()}>
          {t('translations.editor.save')}
        </button>
      </td>
    </tr>
  );
}

/** A manufacturer's reason codes of one kind, and a row to add one. */
function CodeList({ kind, codes, title }: { kind: ReasonKind; codes: readonly Code[]; title: string }) {
  const t = useT();
  const [code, setCode] = useState('');
  const [label, setLabel] = useState('');
  const [add, { loading, error }] = useMutation(SET_REASON_CODE, { refetchQueries: [TEXTS] });
  function submit(event: FormEvent) {
    event.preventDefault();
    void add({ variables: { input: { kind, code, label } } })
      .then(() => {
        setCode('');
        setLabel('');
      })
      .catch(() => undefined);
  }
  return (
    <section className="stack" aria-label={title}>
      <h3>{title}</h3>
      {codes.length === 0 ? (
        <p className="muted">{t('translations.editor.noCodes')}</p>
      ) : (
        <div className="scroll">
          <table className="table">
            <LanguageHeads first={t('translations.editor.label')} />
            <tbody>
              {codes.map((one) => (
                <CodeRow key={one.id} code={one} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      <form onSubmit={submit} className="row">
        <label>
          {t('translations.editor.code')}
          <input value={code} required pattern="[A-Z][A-Z0-9_]{0,39}" onChange={(e) => setCode(e.target.value.toUpperCase())} />
        </label>
        <label className="grow">
          {t('translations.editor.label')}
          <input value={label} required maxLength={200} onChange={(e) => setLabel(e.target.value)} />
        </label>
        <button type="submit" disabled={loading}>
          {t('translations.editor.addCode')}
        </button>
      </form>
      <ErrorNote error={error} />
    </section>
  );
}

/** The manufacturer admin's translations: a standard's texts for the technician, the reason codes for declines and findings. */
export function TextsEditor() {
  const t = useT();
  const enumLabel = useEnumLabel();
  const { data, error } = useQuery(TEXTS);
  const [standardId, setStandardId] = useState('');
  const lines = data?.productLines ?? [];
  const standard = lines.flatMap((line) => line.standards).find((one) => one.id === standardId);
  return (
    <section aria-labelledby="texts-title" className="stack">
      <h2 id="texts-title">{t('translations.editor.title')}</h2>
      <p className="muted">{t('translations.editor.intro')}</p>
      <ErrorNote error={error} />
      <label>
        {t('translations.editor.standard')}
        <select value={standardId} onChange={(e) => setStandardId(e.target.value)}>
          <option value="">{t('translations.editor.chooseStandard')}</option>
          {lines.map((line) =>
            line.standards.map((one) => (
              <option key={one.id} value={one.id}>
                {t('translations.editor.standardName', { line: line.name, jobType: enumLabel('JobType', one.jobType) })}
              </option>
            )),
          )}
        </select>
      </label>
      {standard && <StandardTexts key={standard.id} standard={standard} />}
      <CodeList kind="DECLINE" codes={data?.declineCodes ?? []} title={t('translations.editor.declineCodes')} />
      <CodeList kind="FINDING" codes={data?.findingCodes ?? []} title={t('translations.editor.findingCodes')} />
    </section>
  );
}
