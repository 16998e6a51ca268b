import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ApiKeyObject, CreateApiKeyInput, CreatedApiKeyObject } from './api-key.types.js';
import type { ApiKey } from './api-key.entity.js';
import type { User } from '../network/user.entity.js';
import { createApiKey, listApiKeys, revokeApiKey } from './api-key.service.js';
import { Capability } from '../access/policy.js';
import { scopeOf, type Context } from '../../context.js';

/** An ApiKey as the schema shows it (the role is its integration user's); its creator is the entity, for UserObject's resolvers. */
type ApiKeyView = Omit<ApiKeyObject, 'createdBy'> & { createdBy: User };

const view = (key: ApiKey): ApiKeyView => ({
  id: key.id,
  name: key.name,
  role: key.user.role,
  prefix: key.prefix,
  createdBy: key.createdBy,
  createdAt: key.createdAt,
  lastUsedAt: key.lastUsedAt ?? null,
  revokedAt: key.revokedAt ?? null,
});

@Resolver(() => ApiKeyObject)
export class ApiKeyResolver {
  @Authorized(Capability.INTEGRATIONS_MANAGE)
  @Query(() => [ApiKeyObject], { description: "The caller's organization's API keys, newest first, revoked ones included" })
  async apiKeys(@Ctx() context: Context): Promise<ApiKeyView[]> {
    return (await listApiKeys(scopeOf(context))).map(view);
  }

  @Authorized(Capability.INTEGRATIONS_MANAGE)
  @Mutation(() => CreatedApiKeyObject, { description: "A key for the caller's organization; the answer is the only time its secret is shown" })
  async createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() context: Context): Promise<{ key: ApiKeyView; secret: string }> {
    const { key, secret } = await createApiKey(scopeOf(context), input);
    return { key: view(key), secret };
  }

  @Authorized(Capability.INTEGRATIONS_MANAGE)
  @Mutation(() => ApiKeyObject, { description: 'Refused from then on: at once over HTTP; its open WebSockets are closed within seconds' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<ApiKeyView> {
    return view(await revokeApiKey(scopeOf(context), id));
  }
}
