import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { MoneyObject } from '../../graphql/money.types.js';
import { TranslationObject } from '../../graphql/translation.types.js';
import { viewerLanguage } from '../../graphql/viewer-language.js';
import { isPlainObject } from '../../planner/planned-values.js';
import type { Context } from '../../context.js';
import { money, type Money } from '../../shared/money.js';
import { translate, translationList, type TranslationEntry, type Translations } from '../../shared/translations.js';
import { ChecklistItemObject, QualityStandardObject } from './quality.types.js';
import type { ChecklistItemData, QualityStandard } from './quality-standard.entity.js';

/** A standard as an entity, or as the planner's row with the hidden keys of quality.plan.ts. */
type StandardSource = QualityStandard | PlannedStandardRow;

interface PlannedStandardRow {
  checklistItems?: ChecklistItemData[];
  instructionsText?: string | null;
  instructionsI18n?: Translations | null;
}

/** The manufacturer's texts as written, whichever shape the standard came in. */
function textsOf(standard: StandardSource): { checklist: ChecklistItemData[]; instructions: string | null; translations: Translations | null } {
  if (isPlainObject(standard)) {
    const row = standard as PlannedStandardRow;
    return { checklist: row.checklistItems ?? [], instructions: row.instructionsText ?? null, translations: row.instructionsI18n ?? null };
  }
  const entity = standard as QualityStandard;
  return { checklist: entity.checklist, instructions: entity.instructions ?? null, translations: entity.instructionsTranslations ?? null };
}

@Resolver(() => QualityStandardObject)
export class QualityStandardResolver {
  @FieldResolver(() => MoneyObject)
  laborRateCeiling(@Root() standard: QualityStandard): Money {
    return money(standard.laborRateCeiling, standard.currency);
  }

  @FieldResolver(() => [ChecklistItemObject])
  async checklist(@Root() standard: StandardSource, @Ctx() context: Context): Promise<ChecklistItemObject[]> {
    const language = await viewerLanguage(context);
    return textsOf(standard).checklist.map((item) => ({
      id: item.id,
      label: translate(item.label, item.translations, language),
      labelAsWritten: item.label,
      translations: translationList(item.translations),
    }));
  }

  @FieldResolver(() => String, { nullable: true })
  async instructions(@Root() standard: StandardSource, @Ctx() context: Context): Promise<string | null> {
    const { instructions, translations } = textsOf(standard);
    return instructions === null ? null : translate(instructions, translations, await viewerLanguage(context));
  }

  @FieldResolver(() => String, { nullable: true })
  instructionsAsWritten(@Root() standard: StandardSource): string | null {
    return textsOf(standard).instructions;
  }

  @FieldResolver(() => [TranslationObject])
  instructionsTranslations(@Root() standard: StandardSource): TranslationEntry[] {
    return translationList(textsOf(standard).translations);
  }
}
