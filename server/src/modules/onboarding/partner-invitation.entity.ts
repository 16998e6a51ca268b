import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Organization } from '../network/organization.entity.js';
import { User } from '../network/user.entity.js';
import { OrgKind } from '../network/network.enums.js';
import { InvitationState } from './onboarding.enums.js';

/** A manufacturer's invitation of a firm into its network, mailed as a signed link (`/join/<token>`). */
@Entity({ tableName: 'partner_invitation' })
@Index({ properties: ['manufacturer', 'createdAt'] })
export class PartnerInvitation {
  [OptionalProps]?: 'state' | 'createdAt' | 'firmName' | 'kind' | 'locale' | 'invitedBy' | 'partner' | 'registeredAt' | 'decidedAt' | 'declineReason';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => Organization })
  manufacturer!: Organization;

  /** Where the link went; a new firm's admin signs in with it. */
  @Property({ type: 'string', length: 320 })
  email!: string;

  /** As the manufacturer wrote it, a suggestion for the registration form. */
  @Property({ type: 'string', length: 200, nullable: true })
  firmName?: string | null = null;

  @Enum({ items: () => OrgKind, nativeEnumName: 'org_kind', nullable: true })
  kind?: OrgKind | null = null;

  /** The language the mail was written in (the inviting admin's unless chosen). */
  @Property({ type: 'string', length: 8, nullable: true })
  locale?: string | null = null;

  @Enum({ items: () => InvitationState, nativeEnumName: 'invitation_state', default: InvitationState.PENDING })
  state: InvitationState = InvitationState.PENDING;

  @ManyToOne({ entity: () => User, nullable: true, deleteRule: 'set null' })
  invitedBy?: User | null = null;

  /** The firm that registered or joined through it. */
  @ManyToOne({ entity: () => Organization, nullable: true, index: true, deleteRule: 'set null' })
  partner?: Organization | null = null;

  @Property({ type: 'timestamptz' })
  expiresAt!: Date;

  @Property({ type: 'timestamptz' })
  createdAt: Date = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  registeredAt?: Date | null = null;

  /** When the manufacturer approved or declined it. */
  @Property({ type: 'timestamptz', nullable: true })
  decidedAt?: Date | null = null;

  @Property({ type: 'text', nullable: true })
  declineReason?: string | null = null;
}

/** The state a reader sees: a pending invitation past its expiry is EXPIRED. */
export const stateOf = (invitation: Pick<PartnerInvitation, 'state' | 'expiresAt'>, now: Date): InvitationState =>
  invitation.state === InvitationState.PENDING && invitation.expiresAt <= now ? InvitationState.EXPIRED : invitation.state;
