import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

/** The card's figures read from warranty claims: one more statement per card that selects them. */
const CLAIM_FIGURES = new Set(['claimRejectionRate', 'claimPerJob', 'networkMedianClaimPerJob', 'medianHoursToSubmit']);

/**
 * Whether a partnerScorecard query asks for claim figures in its weekly trend: each week's card is
 * computed apart, so its claim figures cost a statement per week and are read only when selected.
 */
export function weeksSelectClaimFigures(info: GraphQLResolveInfo): boolean {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  const weeks = Object.values(tree?.fieldsByTypeName.PartnerScorecardDetail ?? {}).filter((field) => field.name === 'weeks');
  return weeks.some((field) => Object.values(field.fieldsByTypeName.PartnerScorecard ?? {}).some((figure) => CLAIM_FIGURES.has(figure.name)));
}
