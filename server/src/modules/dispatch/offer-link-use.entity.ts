import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { JobOffer } from './job-offer.entity.js';

/**
 * A mailed offer's link that was used, by the link's id: written in the transaction that answers the
 * offer (mailed-offer.service.ts), so of two concurrent presses of one link exactly one acts.
 */
@Entity({ tableName: 'offer_link_use' })
export class OfferLinkUse {
  @PrimaryKey({ type: 'uuid' })
  linkId!: string;

  @ManyToOne({ entity: () => JobOffer, index: true, deleteRule: 'cascade' })
  offer!: JobOffer;

  /** The user the mail went to, as whom the link acted. */
  @Property({ type: 'uuid' })
  userId!: string;

  /** ACCEPT or DECLINE (OfferLinkAction). */
  @Property({ type: 'string', length: 16 })
  action!: string;

  @Property({ type: 'timestamptz' })
  usedAt!: Date;
}
