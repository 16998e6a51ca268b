import { graphql } from '../../gql';
import type { Attachments_AttachmentFragment } from '../../gql/graphql';
import { formatTime } from '../../ui/States';

export const ATTACHMENTS = graphql(`
  fragment Attachments_attachment on Attachment { id kind contentType url thumbnailUrl signerName signedAt createdAt }
`);

/** The case file's evidence: photos and signatures as thumbnails that open the full image, documents as links. The links are signed and short-lived. */
export function Attachments({ attachments }: { attachments: Attachments_AttachmentFragment[] }) {
  if (attachments.length === 0) return null;
  return (
    <section aria-labelledby="attachments-title">
      <h2 id="attachments-title">Photos and documents</h2>
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
            <span className="small muted">{formatTime(attachment.signedAt ?? attachment.createdAt)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function label(attachment: Attachments_AttachmentFragment): string {
  if (attachment.kind === 'SIGNATURE') return `Signature of ${attachment.signerName ?? 'the customer'}`;
  if (attachment.kind === 'PHOTO') return 'Photo of the work';
  if (attachment.kind === 'REPORT') return 'Service report (PDF)';
  return 'Document (PDF)';
}
