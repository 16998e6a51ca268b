/**
 * The portal's entry point. It has no static imports, because ESM links every static import
 * before any code runs: on a Node.js too old for the app, loading it would fail with a stack
 * trace before a version check could speak. So the version is checked first, then the app is
 * loaded with a dynamic import().
 */
const REQUIRED = [22, 12] as const;

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < REQUIRED[0] || (major === REQUIRED[0] && minor < REQUIRED[1])) {
  process.stderr.write(
    `Cannot start the portal: Node.js ${process.versions.node} is too old; it needs ${REQUIRED.join('.')} or later (24 LTS recommended, see .nvmrc). Install it and start again.\n`,
  );
  process.exit(1);
}
await import('./main.js');
export {};
