import { ApiKeysSection } from './ApiKeysSection';
import { WebhooksSection } from './WebhooksSection';
import { useT } from '../../i18n';

/** An organization admin's integrations: one section each (webhooks, API keys), each with its own data. */
export function IntegrationsPage() {
  const t = useT();
  return (
    <div className="stack">
      <h1>{t('integrations.title')}</h1>
      <WebhooksSection />
      <ApiKeysSection />
    </div>
  );
}
