import { Arg, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import { Capability } from '../access/policy.js';
import { QualityStandardObject } from '../quality/quality.types.js';
import type { QualityStandard } from '../quality/quality-standard.entity.js';
import { ReasonCodeObject, ReasonCodeInput } from '../reason/reason.types.js';
import type { ReasonCode } from '../reason/reason-code.entity.js';
import { scopeOf, type Context } from '../../context.js';
import { StandardTextsInput } from './texts-admin.inputs.js';
import { setReasonCode, setStandardTexts } from './texts-admin.service.js';

/** The manufacturer's texts for the people who read them: a standard's instructions and checklist translations, the reason codes. */
@Resolver()
export class TextsAdminResolver {
  @Authorized(Capability.TRANSLATIONS_EDIT)
  @Mutation(() => QualityStandardObject, { description: "Sets a standard's instructions and the translations of them and of its checklist" })
  setStandardTexts(@Arg('input', () => StandardTextsInput) input: StandardTextsInput, @Ctx() context: Context): Promise<QualityStandard> {
    return setStandardTexts(scopeOf(context), input);
  }

  @Authorized(Capability.TRANSLATIONS_EDIT)
  @Mutation(() => ReasonCodeObject, { description: "Adds a reason code to the manufacturer's list, or changes the one with this kind and code" })
  setReasonCode(@Arg('input', () => ReasonCodeInput) input: ReasonCodeInput, @Ctx() context: Context): Promise<ReasonCode> {
    return setReasonCode(scopeOf(context), input);
  }
}
