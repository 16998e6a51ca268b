// The portal's live-screen code for Node: web/src is written for Vite (imports without extensions,
// TypeScript, JSX in the screens' files), so the F9 probes (portal-probes.mjs) are bundled with it
// by esbuild into one module, with one copy of graphql and Apollo Client's production build, as
// the portal's own build has.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** Bundles the probes; returns the bundle's path and the Live subscription as the portal sends it. */
export async function bundlePortalProbes(root) {
  const outdir = join(root, '.data', 'bench');
  mkdirSync(outdir, { recursive: true });
  const bundle = join(outdir, 'portal-probes.bundle.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./portal-probes.mjs', import.meta.url))],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    jsx: 'automatic',
    // Packages are those of the portal (web/node_modules), in their production builds.
    nodePaths: [join(root, 'web', 'node_modules')],
    conditions: ['production'],
    define: { 'process.env.NODE_ENV': '"production"' },
    // CommonJS packages in the bundle (react) may require Node's own modules.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
    logLevel: 'error',
  });
  const { LIVE_QUERY } = await import(pathToFileURL(bundle).href);
  return { bundle, liveQuery: LIVE_QUERY };
}
