import { Args, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { TranslationObject } from '../../graphql/translation.types.js';
import { viewerLanguage } from '../../graphql/viewer-language.js';
import { isPlainObject } from '../../planner/planned-values.js';
import { scopeOf, type Context } from '../../context.js';
import { translate, translationList, type TranslationEntry, type Translations } from '../../shared/translations.js';
import { ReasonCodeObject, ReasonCodesArgs } from './reason.types.js';
import type { ReasonCode } from './reason-code.entity.js';
import { listReasonCodes } from './reason.service.js';

/** A code as an entity, or as the planner's row with the hidden keys of reason.plan.ts. */
type CodeSource = ReasonCode | { labelText: string; labelI18n: Translations | null };

const textsOf = (source: CodeSource): { label: string; translations: Translations | null } =>
  isPlainObject(source)
    ? { label: (source as { labelText: string }).labelText, translations: (source as { labelI18n: Translations | null }).labelI18n }
    : { label: (source as ReasonCode).label, translations: (source as ReasonCode).translations };

@Resolver(() => ReasonCodeObject)
export class ReasonCodeResolver {
  @Authorized()
  @Query(() => [ReasonCodeObject], { description: "A manufacturer's reason codes of one kind, in its order, labels in the viewer's language" })
  reasonCodes(@Args(() => ReasonCodesArgs) args: ReasonCodesArgs, @Ctx() context: Context): Promise<ReasonCode[]> {
    return listReasonCodes(scopeOf(context), args);
  }

  @FieldResolver(() => String)
  async label(@Root() code: CodeSource, @Ctx() context: Context): Promise<string> {
    const { label, translations } = textsOf(code);
    return translate(label, translations, await viewerLanguage(context));
  }

  @FieldResolver(() => String)
  labelAsWritten(@Root() code: CodeSource): string {
    return textsOf(code).label;
  }

  @FieldResolver(() => [TranslationObject])
  translations(@Root() code: CodeSource): TranslationEntry[] {
    return translationList(textsOf(code).translations);
  }
}
