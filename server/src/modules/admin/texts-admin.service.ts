import { QualityStandard } from '../quality/quality-standard.entity.js';
import { ReasonCode } from '../reason/reason-code.entity.js';
import type { ReasonKind } from '../reason/reason.enums.js';
import { networkChanged } from './admin-event.js';
import { changeState } from '../events/change.js';
import { badInput, notFound } from '../../shared/errors.js';
import { isUuid, type Scope } from '../../shared/scope.js';
import { parseTranslations, type Translations } from '../../shared/translations.js';

type TranslationEntries = readonly { language: string; text: string }[];

export interface StandardTextsData {
  standardId: string;
  instructions?: string | null;
  instructionsTranslations?: TranslationEntries | null;
  checklist?: readonly { itemId: string; translations: TranslationEntries }[] | null;
}

/** The manufacturer sets what a standard tells the technician and the translations of it and of its checklist. */
export async function setStandardTexts({ em, viewer, clock }: Scope, input: StandardTextsData): Promise<QualityStandard> {
  const instructionsTranslations = input.instructionsTranslations ? parseTranslations(input.instructionsTranslations, 'instructionsTranslations') : null;
  const itemTranslations = new Map<string, Translations>();
  for (const { itemId, translations } of input.checklist ?? []) {
    if (itemTranslations.has(itemId)) throw badInput(`Checklist item ${itemId} is named twice`, { field: 'checklist' });
    itemTranslations.set(itemId, parseTranslations(translations, 'checklist'));
  }
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const standard = isUuid(input.standardId) ? await tx.findOne(QualityStandard, { id: input.standardId, productLine: { manufacturer: viewer.orgId } }) : null;
    if (!standard) throw notFound('Quality standard');
    const unknown = [...itemTranslations.keys()].filter((id) => !standard.checklist.some((item) => item.id === id));
    if (unknown.length > 0) throw badInput(`The standard has no checklist item ${unknown.join(', ')}`, { field: 'checklist' });
    if (input.instructions !== undefined && input.instructions !== null) standard.instructions = input.instructions.trim() || null;
    if (instructionsTranslations) standard.instructionsTranslations = instructionsTranslations;
    // A new array, so that the unit of work sees the JSON column change.
    standard.checklist = standard.checklist.map((item) => {
      const translations = itemTranslations.get(item.id);
      return translations === undefined ? item : { ...item, translations };
    });
    networkChanged(change, viewer.orgId, {
      entity: 'QualityStandard',
      id: standard.id,
      change: 'texts',
      after: { instructions: standard.instructions, instructionsTranslations: standard.instructionsTranslations, checklist: standard.checklist },
    });
    return standard;
  });
}

export interface ReasonCodeData {
  kind: ReasonKind;
  code: string;
  label: string;
  translations?: TranslationEntries | null;
  position?: number | null;
  active?: boolean | null;
}

/** Adds a code to the manufacturer's list or changes its label, translations, place or whether it is offered. */
export async function setReasonCode({ em, viewer, clock }: Scope, input: ReasonCodeData): Promise<ReasonCode> {
  const translations = input.translations ? parseTranslations(input.translations, 'translations') : null;
  return changeState(em, { at: clock.now(), actorId: viewer.userId }, async (tx, change) => {
    const existing = await tx.findOne(ReasonCode, { manufacturer: viewer.orgId, kind: input.kind, code: input.code });
    const before = existing && { label: existing.label, translations: existing.translations, position: existing.position, active: existing.active };
    const code =
      existing ??
      tx.create(ReasonCode, {
        manufacturer: viewer.orgId,
        kind: input.kind,
        code: input.code,
        label: input.label.trim(),
        position: (await tx.count(ReasonCode, { manufacturer: viewer.orgId, kind: input.kind })) + 1,
      });
    code.label = input.label.trim();
    if (translations) code.translations = translations;
    if (input.position !== undefined && input.position !== null) code.position = input.position;
    if (input.active !== undefined && input.active !== null) code.active = input.active;
    networkChanged(change, viewer.orgId, {
      entity: 'ReasonCode',
      id: code.id,
      change: existing ? 'set' : 'added',
      ...(before && { before }),
      after: { kind: code.kind, code: code.code, label: code.label, translations: code.translations, position: code.position, active: code.active },
    });
    return code;
  });
}
