import { Field, ObjectType } from 'type-graphql';
import { JSONObject } from './scalars.js';

@ObjectType('Phrase', {
  simpleResolvers: true,
  description: "Text the server wrote for people: a stable code and its parameters, for the portal to say in the reader's language, and the English text",
})
export class PhraseObject {
  @Field(() => String, { description: 'Stable, e.g. candidate.capacity; the portal renders server.<code>' }) code!: string;
  @Field(() => JSONObject, { description: 'Plain values: numbers, ISO dates (YYYY-MM-DD), names as typed' }) params!: Record<string, string | number>;
  @Field(() => String, { description: 'In English' }) text!: string;
}
