import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults, Result } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG 2.1 level A and AA rules; best practices and AAA are not asked for. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolation {
  rule: string;
  impact: string | null;
  help: string;
  nodes: { target: string; html: string; summary: string }[];
}

/** Runs axe-core in the page as it is now and returns what breaks WCAG 2.1 A/AA, element by element. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, which the portal's Content-Security-Policy does not govern; a script tag it refuses.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    WCAG_21_AA,
  );
  return results.violations.map((violation: Result) => ({
    rule: violation.id,
    impact: violation.impact ?? null,
    help: violation.help,
    nodes: violation.nodes.map((node) => ({ target: node.target.join(' '), html: node.html, summary: node.failureSummary ?? '' })),
  }));
}

/** Violations as a person reads them in a failed test: rule, then each element with why. */
export function formatViolations(screen: string, violations: AxeViolation[]): string {
  const lines = violations.flatMap((violation) => [
    `${screen}: ${violation.rule} (${violation.impact}): ${violation.help}`,
    ...violation.nodes.map((node) => `  ${node.target}\n    ${node.html.slice(0, 160)}\n    ${node.summary.replaceAll('\n', '\n    ')}`),
  ]);
  return lines.join('\n');
}
