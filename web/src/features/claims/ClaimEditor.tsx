import { useState } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import type { ClaimLineInput, ClaimLines_LineFragment } from '../../gql/graphql';
import { MODEL_PARTS, SUBMIT_CLAIM, UPDATE_CLAIM } from './claims.documents';
import { LineWhat, useLineQuantity } from './ClaimLines';
import { ErrorNote } from '../../ui/ErrorNote';
import { moneyInput } from '../../ui/money';
import { useEnumLabel, useFormat, useT } from '../../i18n';

type Line = ClaimLines_LineFragment;

/** A line as the partner sends it back: what it was, with the serials as typed now. */
interface Draft {
  key: string;
  input: ClaimLineInput;
  /** The stored line it came from (null: added here, not saved yet). */
  line: Line | null;
}

const draftOf = (line: Line): Draft => ({
  key: line.id,
  line,
  input: {
    kind: line.kind,
    description: line.description,
    partId: line.part?.id ?? null,
    partsRequestLineId: line.partsRequestLineId ?? null,
    quantity: line.quantity,
    minutes: line.minutes ?? null,
    unitPrice: { amount: line.unitPrice.amount, currency: line.unitPrice.currency },
    faultySerial: line.faultySerial ?? null,
    replacementSerial: line.replacementSerial ?? null,
  },
});

/**
 * The partner admin's claim while it is a draft or sent back: serials on part lines, travel and
 * parts from its own stock added, saved (the server checks every price on submit), and submitted,
 * after a send-back with an answer to the question.
 */
export function ClaimEditor({
  claimId,
  lines,
  sentBack,
  modelId,
  currency,
}: {
  claimId: string;
  lines: readonly Line[];
  sentBack: boolean;
  modelId: string | null;
  currency: string;
}) {
  const [drafts, setDrafts] = useState<Draft[]>(() => lines.map(draftOf));
  const [dirty, setDirty] = useState(false);
  const [answer, setAnswer] = useState('');
  const [update, updated] = useMutation(UPDATE_CLAIM);
  const [submit, submitted] = useMutation(SUBMIT_CLAIM);
  const t = useT();
  const f = useFormat();
  const enumLabel = useEnumLabel();
  const quantity = useLineQuantity();

  const change = (key: string, patch: Partial<ClaimLineInput>) => {
    setDrafts((list) => list.map((draft) => (draft.key === key ? { ...draft, input: { ...draft.input, ...patch } } : draft)));
    setDirty(true);
  };
  const add = (input: ClaimLineInput) => {
    setDrafts((list) => [...list, { key: `new-${list.length}-${Date.now()}`, line: null, input }]);
    setDirty(true);
  };
  const remove = (key: string) => {
    setDrafts((list) => list.filter((draft) => draft.key !== key));
    setDirty(true);
  };
  const save = async () => {
    const result = await update({ variables: { claimId, lines: drafts.map((draft) => draft.input) } });
    const saved = result.data?.updateClaim.lines;
    if (saved) {
      setDrafts(saved.map(draftOf));
      setDirty(false);
    }
  };
  const send = async () => {
    if (dirty) await save();
    await submit({ variables: { claimId, answer: sentBack ? answer : null } });
  };

  return (
    <section aria-labelledby="claim-edit-title" className="stack">
      <h2 id="claim-edit-title">{t('claims.edit.title')}</h2>
      <table className="table" aria-label={t('claims.lines.title')}>
        <thead>
          <tr>
            <th>{t('claims.line.kind')}</th>
            <th>{t('claims.line.what')}</th>
            <th>{t('claims.line.quantity')}</th>
            <th>{t('claims.line.amount')}</th>
            <th>{t('claims.line.serialsTitle')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {drafts.map((draft) => {
            const { input, line } = draft;
            const kind = enumLabel('ClaimLineKind', input.kind);
            return (
              <tr key={draft.key} aria-label={t('claims.line.label', { kind, description: input.description ?? '' })}>
                <td>{kind}</td>
                <td>{line ? <LineWhat line={line} /> : input.description}</td>
                <td>{line ? quantity(line) : input.quantity}</td>
                <td>{line ? f.money(line.amount) : input.unitPrice ? f.money(input.unitPrice) : t('claims.none')}</td>
                <td>
                  {input.kind === 'PART' && (
                    <span className="row">
                      <label>
                        {t('claims.line.faulty')}
                        <input value={input.faultySerial ?? ''} onChange={(e) => change(draft.key, { faultySerial: e.target.value || null })} />
                      </label>
                      <label>
                        {t('claims.line.replacement')}
                        <input value={input.replacementSerial ?? ''} onChange={(e) => change(draft.key, { replacementSerial: e.target.value || null })} />
                      </label>
                    </span>
                  )}
                </td>
                <td>
                  {input.kind !== 'LABOR' && !input.partsRequestLineId && (
                    <button type="button" className="link" onClick={() => remove(draft.key)}>
                      {t('claims.edit.remove')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <div className="grid-2">
        <AddTravel currency={currency} onAdd={add} />
        <AddOwnPart modelId={modelId} onAdd={add} />
      </div>
      <ErrorNote error={updated.error ?? submitted.error} />
      <div className="row">
        <button type="button" disabled={!dirty || updated.loading} onClick={() => void save().catch(() => undefined)}>
          {t('claims.edit.save')}
        </button>
      </div>
      <div className="stack">
        {sentBack && (
          <label className="stack">
            {t('claims.edit.answer')}
            <textarea value={answer} rows={3} onChange={(e) => setAnswer(e.target.value)} />
          </label>
        )}
        <div className="row">
          <button
            type="button"
            className="primary"
            disabled={submitted.loading || (sentBack && answer.trim() === '')}
            onClick={() => void send().catch(() => undefined)}
          >
            {t(sentBack ? 'claims.edit.resubmit' : 'claims.edit.submit')}
          </button>
        </div>
      </div>
    </section>
  );
}

function AddTravel({ currency, onAdd }: { currency: string; onAdd: (input: ClaimLineInput) => void }) {
  const [description, setDescription] = useState('');
  const [amount, setAmount] = useState('');
  const t = useT();
  return (
    <fieldset className="stack">
      <legend>{t('claims.edit.addTravel')}</legend>
      <label>
        {t('claims.edit.description')}
        <input value={description} onChange={(e) => setDescription(e.target.value)} />
      </label>
      <label>
        {t('claims.edit.amountIn', { currency })}
        <input inputMode="decimal" value={amount} onChange={(e) => setAmount(e.target.value)} />
      </label>
      <div>
        <button
          type="button"
          disabled={amount.trim() === ''}
          onClick={() => {
            onAdd({ kind: 'TRAVEL', description: description.trim() || t('claims.edit.travel'), quantity: '1', unitPrice: moneyInput(amount, currency) });
            setDescription('');
            setAmount('');
          }}
        >
          {t('claims.edit.addTravelButton')}
        </button>
      </div>
    </fieldset>
  );
}

function AddOwnPart({ modelId, onAdd }: { modelId: string | null; onAdd: (input: ClaimLineInput) => void }) {
  const { data } = useQuery(MODEL_PARTS, { variables: { modelId } });
  const [partId, setPartId] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [faulty, setFaulty] = useState('');
  const [replacement, setReplacement] = useState('');
  const t = useT();
  const f = useFormat();
  const part = data?.parts.find((candidate) => candidate.id === partId);
  return (
    <fieldset className="stack">
      <legend>{t('claims.edit.addPart')}</legend>
      <label>
        {t('claims.edit.part')}
        <select value={partId} onChange={(e) => setPartId(e.target.value)}>
          <option value="">{t('claims.edit.choosePart')}</option>
          {data?.parts.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.sku} · {candidate.name} · {f.money(candidate.listPrice)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('claims.line.quantity')}
        <input inputMode="decimal" value={quantity} onChange={(e) => setQuantity(e.target.value)} />
      </label>
      <label>
        {t('claims.line.faulty')}
        <input value={faulty} onChange={(e) => setFaulty(e.target.value)} />
      </label>
      <label>
        {t('claims.line.replacement')}
        <input value={replacement} onChange={(e) => setReplacement(e.target.value)} />
      </label>
      <div>
        <button
          type="button"
          disabled={!part}
          onClick={() => {
            if (!part) return;
            onAdd({
              kind: 'PART',
              description: part.name,
              partId: part.id,
              quantity: quantity.trim(),
              // Claimed at the list price: the server refuses more on submit.
              unitPrice: { amount: part.listPrice.amount, currency: part.listPrice.currency },
              faultySerial: faulty.trim() || null,
              replacementSerial: replacement.trim() || null,
            });
            setPartId('');
            setFaulty('');
            setReplacement('');
          }}
        >
          {t('claims.edit.addPartButton')}
        </button>
      </div>
    </fieldset>
  );
}
