import { graphql } from '../../gql';
import type { Attachments_AttachmentFragment } from '../../gql/graphql';
import { useFormat, useT, type MessageId, type MessageValues } from '../../i18n';

export const ATTACHMENTS = graphql(`
  fragment Attachments_attachment on Attachment { id kind contentType url thumbnailUrl signerName signedAt createdAt }
`);

/** The case file's evidence: photos and signatures as thumbnails that open the full image, documents as links. The links are signed and short-lived. */
export function Attachments({ attachments }: { attachments: Attachments_AttachmentFragment[] }) {
  const t = useT();
  const format = useFormat();
  if (attachments.length === 0) return null;
  const label = (attachment: Attachments_AttachmentFragment) => t(...labelOf(attachment));
  return (
    <section aria-labelledby="attachments-title">
      <h2 id="attachments-title">{t('job.attachments.title')}</h2>
      <ul className="thumbnails">
        {attachments.map((attachment) => (
          <li key={attachment.id}>
            {attachment.thumbnailUrl ? (
              <a href={attachment.url} target="_blank" rel="noreferrer">
                <img src={attachment.thumbnailUrl} alt={label(attachment)} width={96} height={96} loading="lazy" />
              </a>
            ) : (
              <a href={attachment.url}>{label(attachment)}</a>
            )}
            <span className="small muted">{format.dateTime(attachment.signedAt ?? attachment.createdAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function labelOf(attachment: Attachments_AttachmentFragment): [MessageId, MessageValues?] {
  if (attachment.kind === 'SIGNATURE')
    return attachment.signerName ? ['job.attachments.signatureOf', { name: attachment.signerName }] : ['job.attachments.signatureOfCustomer'];
  if (attachment.kind === 'PHOTO') return ['job.attachments.photo'];
  if (attachment.kind === 'REPORT') return ['job.attachments.report'];
  return ['job.attachments.document'];
}
