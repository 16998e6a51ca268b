// F4's comparison: PostGraphile 5 (Amber preset, no plugins) serving the same tables, as its own
// process on the server's core. Usage: node postgraphile.mjs <databaseUrl>; prints `listening <url>`.
import { createServer } from 'node:http';
import { postgraphile } from 'postgraphile';
import { PostGraphileAmberPreset } from 'postgraphile/presets/amber';
import { makePgService } from 'postgraphile/adaptors/pg';
import { grafserv } from 'postgraphile/grafserv/node';

const [databaseUrl] = process.argv.slice(2);
const pgl = postgraphile({
  extends: [PostGraphileAmberPreset],
  pgServices: [makePgService({ connectionString: databaseUrl, schemas: ['public'], poolConfig: { max: 20 } })],
  grafserv: { watch: false, graphqlPath: '/graphql', graphiql: false },
  grafast: { explain: false },
});
const server = createServer();
await pgl.createServ(grafserv).addTo(server);
server.listen(0, '127.0.0.1', () => process.stdout.write(`listening http://127.0.0.1:${server.address().port}/graphql\n`));
process.on('SIGTERM', async () => {
  server.close();
  await pgl.release();
  process.exit(0);
});
