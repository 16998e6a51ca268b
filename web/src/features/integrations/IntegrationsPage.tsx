import { ApiKeysSection } from './ApiKeysSection';
import { WebhooksSection } from './WebhooksSection';

/** An organization admin's integrations: one section each (webhooks, API keys), each with its own data. */
export function IntegrationsPage() {
  return (
    <div className="stack">
      <h1>Integrations</h1>
      <WebhooksSection />
      <ApiKeysSection />
    </div>
  );
}
