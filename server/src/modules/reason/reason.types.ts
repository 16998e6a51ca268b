import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ArrayMaxSize, IsOptional, Matches, MaxLength, Max, Min, ValidateNested } from 'class-validator';
import { TranslationInput, TranslationObject } from '../../graphql/translation.types.js';
import { ReasonKind } from './reason.enums.js';

/** A reason code as written and read: codes are upper-case words joined by underscores. */
export const REASON_CODE = /^[A-Z][A-Z0-9_]{0,39}$/;

@ObjectType('ReasonCode', { simpleResolvers: true, description: "One of a manufacturer's reason codes for declines or findings, with its label" })
export class ReasonCodeObject {
  @Field(() => ID) id!: string;
  @Field(() => ReasonKind) kind!: ReasonKind;
  @Field(() => String, { description: 'Stable: NO_CAPACITY, OUT_OF_AREA, ...' }) code!: string;
  @Field(() => String, { description: "In the viewer's language when the manufacturer translated it, else as written" }) label!: string;
  @Field(() => String, { description: 'As the manufacturer wrote it' }) labelAsWritten!: string;
  @Field(() => [TranslationObject]) translations!: TranslationObject[];
  @Field(() => Int, { description: "Its place in the manufacturer's list" }) position!: number;
  @Field(() => Boolean, { description: 'Retired codes are kept for what named them, and offered no more' }) active!: boolean;
}

@ArgsType()
export class ReasonCodesArgs {
  @Field(() => ReasonKind) kind!: ReasonKind;
  @Field(() => ID, {
    nullable: true,
    description: "Whose list: a partner names one of the manufacturers it serves; the manufacturer's staff read their own (and may leave it out)",
  })
  manufacturerId?: string | null;
  @Field(() => ID, { nullable: true, description: "Or the offer being answered: its manufacturer's list (a partner's own offers only)" })
  offerId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Retired codes too (default: no)' }) @IsOptional() includeRetired?: boolean | null;
}

@InputType('ReasonCodeInput', { description: "Adds a reason code to the manufacturer's list, or changes the one with this kind and code" })
export class ReasonCodeInput {
  @Field(() => ReasonKind) kind!: ReasonKind;
  @Field(() => String) @Matches(REASON_CODE, { message: 'code: upper-case letters, digits and underscores, up to 40' }) code!: string;
  @Field(() => String) @Matches(/\S/, { message: 'label must not be empty' }) @MaxLength(200) label!: string;
  @Field(() => [TranslationInput], { nullable: true, description: 'Replaces the translations (left out: kept)' })
  @IsOptional()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  translations?: TranslationInput[] | null;
  @Field(() => Int, { nullable: true }) @IsOptional() @Min(0) @Max(1000) position?: number | null;
  @Field(() => Boolean, { nullable: true, description: 'false retires the code (default: true)' }) active?: boolean | null;
}
