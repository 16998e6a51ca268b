import { Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Matches, MaxLength, ValidateNested } from 'class-validator';
import { TranslationInput } from '../../graphql/translation.types.js';

@InputType('ChecklistItemTranslationsInput')
export class ChecklistItemTranslationsInput {
  @Field(() => ID) @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'checklist item ids: lowercase letters, digits and dashes' }) itemId!: string;
  @Field(() => [TranslationInput], { description: "Replaces the item's translations" })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  translations!: TranslationInput[];
}

@InputType('StandardTextsInput', { description: "A standard's texts for the technician and their translations; what is left out is kept" })
export class StandardTextsInput {
  @Field(() => ID) standardId!: string;
  @Field(() => String, { nullable: true, description: 'The instructions as written; an empty text removes them' })
  @IsOptional()
  @MaxLength(2_000)
  instructions?: string | null;
  @Field(() => [TranslationInput], { nullable: true, description: 'Replaces the translations of the instructions' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  instructionsTranslations?: TranslationInput[] | null;
  @Field(() => [ChecklistItemTranslationsInput], { nullable: true, description: 'Items named here get these translations; the others keep theirs' })
  @IsOptional()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  checklist?: ChecklistItemTranslationsInput[] | null;
}
