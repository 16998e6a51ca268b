import { ApiKeysSection } from './ApiKeysSection';

/** An organization admin's integrations: one section each (API keys; webhooks join here), each with its own data. */
export function IntegrationsPage() {
  return (
    <div className="stack">
      <h1>Integrations</h1>
      <ApiKeysSection />
    </div>
  );
}
