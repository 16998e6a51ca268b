import { useEffect, useRef, useState } from 'react';
import SignaturePad from 'signature_pad';
import { useSession } from '../../session/session';
import { describeUpload, uploadFile } from './upload';
import { useT } from '../../i18n';

/**
 * The customer signs on the screen (pointer, mouse or touch; signature_pad), gives their name, and the
 * drawing is uploaded as a PNG of kind SIGNATURE with that name; the server records when.
 */
export function SignatureField({
  jobId,
  required,
  signatureId,
  onChange,
}: {
  jobId: string;
  required: boolean;
  signatureId: string | null;
  onChange(id: string | null): void;
}) {
  const { token } = useSession();
  const t = useT();
  const canvas = useRef<HTMLCanvasElement>(null);
  const pad = useRef<SignaturePad | null>(null);
  const [name, setName] = useState('');
  const [drawn, setDrawn] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    const element = canvas.current!;
    // Drawn at the device's pixel density, so the signature is sharp on a phone.
    const ratio = Math.max(window.devicePixelRatio || 1, 1);
    element.width = element.offsetWidth * ratio;
    element.height = element.offsetHeight * ratio;
    element.getContext('2d')!.scale(ratio, ratio);
    const signature = new SignaturePad(element, { penColor: '#14213d', backgroundColor: 'rgba(0,0,0,0)' });
    signature.addEventListener('endStroke', () => setDrawn(!signature.isEmpty()));
    pad.current = signature;
    return () => signature.off();
  }, []);

  function clear() {
    pad.current?.clear();
    setDrawn(false);
    onChange(null);
  }

  async function save() {
    const element = canvas.current!;
    setBusy(true);
    setError(null);
    try {
      const png = await new Promise<Blob>((resolve, reject) =>
        element.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The drawing could not be read'))), 'image/png'),
      );
      onChange(await uploadFile(token, jobId, 'SIGNATURE', png, name.trim()));
    } catch (failure) {
      setError(describeUpload(failure, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <fieldset className="stack">
      <legend>{t(required ? 'work.signature.legendRequired' : 'work.signature.legend')}</legend>
      <canvas ref={canvas} className="signature-pad" aria-label={t('work.signature.pad')} data-testid="signature-pad" />
      <label>
        {t('work.signature.name')}
        <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </label>
      <div className="row">
        <button type="button" onClick={() => void save()} disabled={!drawn || !name.trim() || busy || signatureId !== null}>
          {t(signatureId ? 'work.signature.saved' : busy ? 'work.signature.saving' : 'work.signature.save')}
        </button>
        <button type="button" className="secondary" onClick={clear}>
          {t('work.signature.clear')}
        </button>
      </div>
      {error && (
        <p className="note note-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
