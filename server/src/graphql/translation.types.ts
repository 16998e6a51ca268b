import { Field, InputType, ObjectType } from 'type-graphql';
import { MaxLength } from 'class-validator';
import { TRANSLATION_MAX } from '../shared/translations.js';

/** One translation of a text the manufacturer wrote (shared/translations.ts). */
@ObjectType('Translation', { simpleResolvers: true, description: 'A text the manufacturer wrote, in one language' })
export class TranslationObject {
  @Field(() => String, { description: 'A supported language code: en, de, da, nl, ru, ms, sq' }) language!: string;
  @Field(() => String) text!: string;
}

@InputType('TranslationInput', { description: 'A translation to keep; an empty text removes the language (readers get the text as written)' })
export class TranslationInput {
  @Field(() => String) @MaxLength(8) language!: string;
  @Field(() => String) @MaxLength(TRANSLATION_MAX + 100) text!: string;
}
