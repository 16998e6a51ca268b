import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { COMPLETE } from '../job/job.documents';
import { Checklist, type ChecklistAnswer } from './Checklist';
import { ErrorNote } from '../../ui/ErrorNote';
import { PhotoUpload, type UploadedPhoto } from './PhotoUpload';
import { SignatureField } from './SignatureField';
import { useT } from '../../i18n';

interface Standard {
  /** The manufacturer's words for this work, in the reader's language where translated. */
  instructions?: string | null;
  checklist: { id: string; label: string }[];
  minPhotos: number;
  requiresSignature: boolean;
  requiredReportFields: string[];
}

/** The service report: resolution, failure code, checklist, uploaded photos, the customer's drawn signature, labour. The gate's refusal is shown item by item. */
export function ServiceReport({ jobId, standard }: { jobId: string; standard: Standard | null | undefined }) {
  const [complete, { loading, error }] = useMutation(COMPLETE);
  const [answers, setAnswers] = useState<ChecklistAnswer[]>([]);
  const [resolution, setResolution] = useState('');
  const [failureCode, setFailureCode] = useState('');
  const [photos, setPhotos] = useState<UploadedPhoto[]>([]);
  const [signatureId, setSignatureId] = useState<string | null>(null);
  const [laborMinutes, setLaborMinutes] = useState(60);
  const t = useT();

  function submit(event: FormEvent) {
    event.preventDefault();
    void complete({
      variables: {
        input: {
          jobId,
          resolution,
          failureCode: failureCode || null,
          checklist: answers.map(({ itemId, done, note }) => ({ itemId, done, note: note || null })),
          photoIds: photos.map((photo) => photo.id),
          signatureId,
          laborMinutes,
        },
      },
    }).catch(() => undefined);
  }

  return (
    <form className="panel stack" onSubmit={submit} aria-labelledby="report-title">
      <h2 id="report-title">{t('work.report.title')}</h2>
      <label>
        {t('work.report.resolution')}
        <textarea value={resolution} rows={3} onChange={(e) => setResolution(e.target.value)} />
      </label>
      <label>
        {t(standard?.requiredReportFields.includes('failureCode') ? 'work.report.failureCodeRequired' : 'work.report.failureCode')}
        <input value={failureCode} onChange={(e) => setFailureCode(e.target.value)} placeholder={t('work.report.failureCodeExample', { code: 'E-MECH' })} />
      </label>
      {standard?.instructions && (
        <aside className="note" aria-label={t('translations.checklist.instructions')}>
          <strong>{t('translations.checklist.instructions')}</strong> {standard.instructions}
        </aside>
      )}
      {standard && standard.checklist.length > 0 && <Checklist items={standard.checklist} answers={answers} onChange={setAnswers} />}
      <PhotoUpload jobId={jobId} required={standard?.minPhotos ?? 0} photos={photos} onChange={setPhotos} />
      <SignatureField jobId={jobId} required={standard?.requiresSignature ?? false} signatureId={signatureId} onChange={setSignatureId} />
      <label>
        {t('work.report.labour')}
        <input type="number" min={0} max={100000} value={laborMinutes} onChange={(e) => setLaborMinutes(Number(e.target.value))} />
      </label>
      <ErrorNote error={error} />
      <button type="submit" disabled={loading}>
        {t('work.report.complete')}
      </button>
    </form>
  );
}
