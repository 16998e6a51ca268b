import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { isEmail } from 'class-validator';
import { PartnerInvitationObject, PublicInvitationObject, RegistrationInput } from './onboarding.types.js';
import { approvePartner, declinePartner, invitePartner, partnerInvitations, readInvitation, type OnboardingDeps } from './onboarding.service.js';
import { joinByInvitation, registerByInvitation } from './registration.service.js';
import { stateOf, type PartnerInvitation } from './partner-invitation.entity.js';
import { AuthPayloadObject, OrganizationObject } from '../network/network.types.js';
import { OrgKind, PartnerStatus } from '../network/network.enums.js';
import type { Organization } from '../network/organization.entity.js';
import type { User } from '../network/user.entity.js';
import { Capability } from '../access/policy.js';
import { scopeOf, type Context } from '../../context.js';
import { badInput } from '../../shared/errors.js';

/** Partner onboarding: a manufacturer's admin invites, the firm registers or joins through the link, the admin decides. */
@Resolver(() => PartnerInvitationObject)
export class OnboardingResolver {
  @Authorized(Capability.PARTNER_ONBOARD)
  @Query(() => [PartnerInvitationObject], { description: "The admin's network's invitations and applications, newest first" })
  async partnerInvitations(@Ctx() context: Context): Promise<PartnerInvitationObject[]> {
    const now = context.deps.clock.now();
    return (await partnerInvitations(scopeOf(context))).map((invitation) => invitationObject(invitation, now));
  }

  @Query(() => PublicInvitationObject, {
    nullable: true,
    description: 'No login: the invitation of this link (/join/<token>): who invites, its state, whether the firm is known; NOT_FOUND for any other token',
  })
  invitation(@Arg('token', () => String) token: string, @Ctx() context: Context) {
    return readInvitation(context.em, context.deps.links, context.deps.clock, token);
  }

  @Authorized(Capability.PARTNER_ONBOARD)
  @Mutation(() => PartnerInvitationObject, {
    description:
      "Invites a firm by email into the caller's network: the mail carries its /join link (answered here once, as link); CONFLICT for an address of the network",
  })
  async invitePartner(
    @Arg('email', () => String) email: string,
    @Arg('firmName', () => String, { nullable: true }) firmName: string | null,
    @Arg('kind', () => OrgKind, { nullable: true }) kind: OrgKind | null,
    @Arg('locale', () => String, { nullable: true, description: "The mail's language; absent: the inviting admin's" }) locale: string | null,
    @Ctx() context: Context,
  ): Promise<PartnerInvitationObject> {
    if (email.length > 320 || !isEmail(email.trim())) throw badInput('email must be an email address', { field: 'email' });
    if (firmName && firmName.length > 200) throw badInput('firmName: at most 200 characters', { field: 'firmName' });
    const { invitation, link } = await invitePartner(scopeOf(context), onboardingDeps(context), { email, firmName, kind, locale });
    return { ...invitationObject(invitation, context.deps.clock.now()), link };
  }

  @Mutation(() => AuthPayloadObject, {
    description: 'No login: a new firm registers through its invitation link with its first admin, who is signed in; its membership awaits approval',
  })
  registerByInvitation(
    @Arg('token', () => String) token: string,
    @Arg('input', () => RegistrationInput) input: RegistrationInput,
    @Ctx() context: Context,
  ): Promise<{ token: string; user: User }> {
    return registerByInvitation(context.em, { links: context.deps.links, tokens: context.deps.tokens, clock: context.deps.clock }, token, input);
  }

  @Authorized(Capability.NETWORK_JOIN)
  @Mutation(() => PartnerInvitationObject, {
    description:
      'A firm already on the portal joins the inviting network with its own organization (signed in as its admin): a second membership, awaiting approval',
  })
  async joinByInvitation(@Arg('token', () => String) token: string, @Ctx() context: Context): Promise<PartnerInvitationObject> {
    const invitation = await joinByInvitation(scopeOf(context), context.deps.links, token);
    return invitationObject(invitation, context.deps.clock.now());
  }

  @Authorized(Capability.PARTNER_ONBOARD)
  @Mutation(() => OrganizationObject, {
    description: 'Approves a registered firm into the network (ACTIVE or PROBATION) with regions and capacity: it is offered jobs from now',
  })
  approvePartner(
    @Arg('invitationId', () => ID) invitationId: string,
    @Arg('status', () => PartnerStatus) status: PartnerStatus,
    @Arg('regions', () => [String], { nullable: true }) regions: string[] | null,
    @Arg('capacity', () => Int, { nullable: true }) capacity: number | null,
    @Ctx() context: Context,
  ): Promise<Organization> {
    return approvePartner(scopeOf(context), invitationId, { status, regions, capacity });
  }

  @Authorized(Capability.PARTNER_ONBOARD)
  @Mutation(() => PartnerInvitationObject, { description: "Declines an invitation or a registered firm's application: its pending membership ends" })
  async declinePartner(
    @Arg('invitationId', () => ID) invitationId: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() context: Context,
  ): Promise<PartnerInvitationObject> {
    return invitationObject(await declinePartner(scopeOf(context), invitationId, reason), context.deps.clock.now());
  }

  @FieldResolver(() => OrganizationObject, { nullable: true, description: 'The firm that registered or joined through it' })
  partner(@Root() invitation: PartnerInvitationObject, @Ctx() context: Context) {
    return invitation.partnerId ? context.loaders.organization.load(invitation.partnerId) : null;
  }
}

function invitationObject(invitation: PartnerInvitation, now: Date): PartnerInvitationObject {
  return {
    id: invitation.id,
    email: invitation.email,
    firmName: invitation.firmName ?? null,
    kind: invitation.kind ?? null,
    state: stateOf(invitation, now),
    expiresAt: invitation.expiresAt,
    createdAt: invitation.createdAt,
    registeredAt: invitation.registeredAt ?? null,
    decidedAt: invitation.decidedAt ?? null,
    declineReason: invitation.declineReason ?? null,
    partnerId: invitation.partner?.id ?? null,
    link: null,
  };
}

function onboardingDeps(context: Context): OnboardingDeps {
  const { links, messages, clock, queue } = context.deps;
  return { links, mail: { messages, clock, queue } };
}
