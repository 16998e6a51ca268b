/**
 * A graphql-codegen plugin: the names of the portal's own operations, one JSON array. The server
 * labels its request metrics with these names and counts anything else as `other`, so a client
 * cannot grow the metrics without bound by inventing names.
 */
module.exports = {
  plugin(_schema, documents) {
    const names = new Set();
    for (const { document } of documents) {
      for (const definition of document?.definitions ?? []) {
        if (definition.kind === 'OperationDefinition' && definition.name) names.add(definition.name.value);
      }
    }
    return `${JSON.stringify([...names].sort(), null, 2)}\n`;
  },
};
