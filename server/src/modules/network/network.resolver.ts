import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { AuthPayloadObject, OrganizationObject, PreferencesInput, UserObject } from './network.types.js';
import { setMyPreferences } from './preferences.service.js';
import { User } from './user.entity.js';
import type { Organization } from './organization.entity.js';
import { login } from './auth.service.js';
import type { Context } from '../../context.js';
import { scopeOf } from '../../context.js';
import { badInput, notFound } from '../../shared/errors.js';
import { Capability, capabilitiesOf } from '../access/policy.js';

@Resolver(() => UserObject)
export class UserResolver {
  @Authorized()
  @Query(() => UserObject)
  async me(@Ctx() context: Context): Promise<User> {
    const { viewer } = scopeOf(context);
    const user = await context.loaders.user.load(viewer.userId);
    if (!user) throw notFound('User');
    return user;
  }

  @Authorized()
  @Query(() => [UserObject], { description: "The people of the caller's own organization (e.g. technicians to assign)" })
  colleagues(@Ctx() context: Context): Promise<User[]> {
    const { em, viewer } = scopeOf(context);
    return em.find(User, { organization: viewer.orgId }, { orderBy: { name: 'asc' } });
  }

  @Authorized()
  @Mutation(() => UserObject, {
    description: "The caller's own language and time zone (BAD_USER_INPUT for a language the portal does not speak or an unknown zone)",
  })
  async setMyPreferences(@Arg('input', () => PreferencesInput) input: PreferencesInput, @Ctx() context: Context): Promise<User> {
    const { em, viewer } = scopeOf(context);
    return setMyPreferences(em, viewer, input);
  }

  @Mutation(() => AuthPayloadObject, { description: 'Email and password to a bearer token' })
  async login(
    @Arg('email', () => String) email: string,
    @Arg('password', () => String) password: string,
    @Ctx() context: Context,
  ): Promise<{ token: string; user: User }> {
    if (email.length > 320 || password.length > 1024) throw badInput('Email or password is too long');
    return login(context.em, context.deps.tokens, context.deps.clock, { email, password, address: context.clientAddress });
  }

  @FieldResolver(() => [Capability], { description: "What the user's role may do: the portal offers these, the server decides each step" })
  capabilities(@Root() user: User): Capability[] {
    return capabilitiesOf(user.role);
  }

  @FieldResolver(() => OrganizationObject)
  async organization(@Root() user: User, @Ctx() context: Context): Promise<Organization | null> {
    return context.loaders.organization.load(user.organization.id);
  }
}
