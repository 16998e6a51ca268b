import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { Capability } from '../access/policy.js';
import { scopeOf, type Context } from '../../context.js';
import { toConnection } from '../../shared/keyset.js';
import {
  MailMessageConnectionObject,
  MailMessageObject,
  MailUnsubscribeObject,
  NotificationPreferenceObject,
  OutboxArgs,
  SetNotificationPreferenceArgs,
  UnsubscribeMailArgs,
} from './mail.types.js';
import { listOutbox, myPreferences, outboxMessage, setPreference, unsubscribe, type PreferenceView } from './mail.service.js';
import type { MailMessage } from './mail-message.entity.js';

@Resolver()
export class MailResolver {
  @Authorized(Capability.OUTBOX_READ)
  @Query(() => MailMessageConnectionObject, { description: "The network's outgoing mail, newest first; without SMTP_URL every message is HELD here" })
  async outbox(@Args(() => OutboxArgs) { status, first, after }: OutboxArgs, @Ctx() context: Context): Promise<unknown> {
    return toConnection(await listOutbox(scopeOf(context), status, first, after));
  }

  @Authorized(Capability.OUTBOX_READ)
  @Query(() => MailMessageObject, { description: "One message of the network's outbox, with its text and HTML" })
  outboxMessage(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<MailMessage> {
    return outboxMessage(scopeOf(context), id);
  }

  @Authorized()
  @Query(() => [NotificationPreferenceObject], { description: "The kinds of mail the viewer's role receives, and whether each is on" })
  myNotificationPreferences(@Ctx() context: Context): Promise<PreferenceView[]> {
    return myPreferences(scopeOf(context));
  }

  @Authorized()
  @Mutation(() => NotificationPreferenceObject, { description: "Switches one kind of the viewer's own mail on or off" })
  setNotificationPreference(
    @Args(() => SetNotificationPreferenceArgs) { kind, enabled }: SetNotificationPreferenceArgs,
    @Ctx() context: Context,
  ): Promise<PreferenceView> {
    return setPreference(scopeOf(context), kind, enabled);
  }

  @Mutation(() => MailUnsubscribeObject, { description: 'No login: the unsubscribe link of a customer mail; no customer mail goes to the address afterwards' })
  unsubscribeMail(@Args(() => UnsubscribeMailArgs) { token }: UnsubscribeMailArgs, @Ctx() context: Context): Promise<{ address: string }> {
    const { links, clock } = context.deps;
    return unsubscribe(context.em, links, clock, token);
  }
}
