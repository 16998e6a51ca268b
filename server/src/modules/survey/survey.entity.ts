import { OptionalProps } from '@mikro-orm/core';
import { randomUUID } from 'node:crypto';
import { Check, Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { ServiceJob } from '../job/service-job.entity.js';

/** The customer's answer to the satisfaction survey: one per closed job. */
@Entity({ tableName: 'survey' })
@Check({ name: 'survey_rating_range', expression: 'rating >= 1 and rating <= 5' })
export class Survey {
  [OptionalProps]?: 'submittedAt';

  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => ServiceJob, unique: true })
  job!: ServiceJob;

  @Property({ type: 'smallint' })
  rating!: number;

  @Property({ type: 'text', nullable: true })
  comment?: string | null = null;

  @Property({ type: 'timestamptz' })
  submittedAt: Date = new Date();
}
