import { readFileSync } from 'node:fs';
import { Kind, parse, visit, type DocumentNode, type OperationDefinitionNode } from 'graphql';

export interface PortalDocument {
  /** The operation as the portal sends it: its text with the fragments it spreads. */
  source: string;
  operation: OperationDefinitionNode['operation'];
}

/**
 * Every operation the portal sends, by name. Read from the portal's generated map
 * (web/src/gql/gql.ts), whose keys are the documents as written: operations name their fragments,
 * which are keys of their own, and the portal sends each operation with those it spreads.
 */
export function portalDocuments(): Map<string, PortalDocument> {
  const generated = readFileSync(new URL('../../web/src/gql/gql.ts', import.meta.url), 'utf8');
  const sources = [...generated.matchAll(/^ {4}"(\\n {2}(?:query|mutation|subscription|fragment)[\s\S]*?)": typeof types\./gm)].map(
    (m) => JSON.parse(`"${m[1]}"`) as string,
  );
  const fragments = new Map<string, string>();
  const operations: [OperationDefinitionNode, string][] = [];
  for (const source of sources) {
    for (const definition of parse(source).definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, source);
      else if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) operations.push([definition, source]);
    }
  }
  const spreads = (document: DocumentNode): string[] => {
    const names: string[] = [];
    visit(document, { FragmentSpread: (node) => void names.push(node.name.value) });
    return names;
  };
  const documents = new Map<string, PortalDocument>();
  for (const [operation, source] of operations) {
    const used = new Set<string>();
    const pending = spreads(parse(source));
    while (pending.length > 0) {
      const name = pending.pop()!;
      const fragment = fragments.get(name);
      if (used.has(name) || !fragment) continue;
      used.add(name);
      pending.push(...spreads(parse(fragment)));
    }
    documents.set(operation.name!.value, { source: [source, ...[...used].map((name) => fragments.get(name)!)].join('\n'), operation: operation.operation });
  }
  return documents;
}
