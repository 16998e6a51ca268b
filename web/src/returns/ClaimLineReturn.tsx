import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../gql';
import type { ClaimLineReturn_LineFragment } from '../gql/graphql';
import { useT } from '../i18n';
import { can, useSession } from '../session/session';
import { ErrorNote } from '../ui/ErrorNote';
import { ReturnActions } from './ReturnActions';
import { ReturnStateNote } from './ReturnState';
import { REQUEST_RETURN } from './returns.documents';

/** What the claim page spreads into its line fragment to mount <ClaimLineReturn line={line} /> on a line. */
export const CLAIM_LINE_RETURN = graphql(`
  fragment ClaimLineReturn_line on ClaimLine { id kind faultySerial returnAuthorization { ...ReturnRow_return } }
`);

/**
 * A claim line's return of its part: where it stands and the viewer's next step, or, for the
 * manufacturer's staff on a PART line naming its faulty serial, "Ask for the part back".
 */
export function ClaimLineReturn({ line }: { line: ClaimLineReturn_LineFragment }) {
  const t = useT();
  const { user } = useSession();
  const [request, requesting] = useMutation(REQUEST_RETURN);
  const [asking, setAsking] = useState(false);
  const [note, setNote] = useState('');
  const ra = line.returnAuthorization;
  if (ra) {
    return (
      <section className="stack small" aria-label={t('returns.ofLine', { number: ra.number })}>
        <span>{ra.number}</span>
        <ReturnStateNote ra={ra} />
        <ReturnActions ra={ra} />
      </section>
    );
  }
  if (line.kind !== 'PART' || !line.faultySerial || !can(user, 'RETURN_REQUEST')) return null;
  return asking ? (
    <form
      className="stack small"
      aria-label={t('returns.request.label', { serial: line.faultySerial })}
      onSubmit={(event) => {
        event.preventDefault();
        void request({ variables: { claimLineId: line.id, note: note.trim() || null } }).catch(() => undefined);
      }}
    >
      <label>
        {t('returns.request.note')}
        <input maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <button type="submit" disabled={requesting.loading}>
        {t('returns.request.submit')}
      </button>
      <ErrorNote error={requesting.error} />
    </form>
  ) : (
    <button type="button" className="secondary" onClick={() => setAsking(true)}>
      {t('returns.request.open')}
    </button>
  );
}
