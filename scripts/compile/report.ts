import type { Dataset } from '../../src/data/schema';
import type { CoverageReport, Tally } from './coverage';
import { formatProblem, sortProblems, type Problem } from './problems';

function tallyText(label: string, t: Tally): string {
  const parts = [`${t.covered} covered`];
  if (t.ignored > 0) parts.push(`${t.ignored} ignored`);
  if (t.excluded > 0) parts.push(`${t.excluded} in excluded text`);
  parts.push(`${t.uncovered} uncovered`);
  return `${label} ${t.found} (${parts.join(', ')})`;
}

/** The coverage summary: per source, how many mentions the annotations cover. */
export function coverageSummary(coverage: CoverageReport): string {
  const width = Math.max(...coverage.sources.map((s) => s.source.length));
  const lines = coverage.sources.map(
    (s) => `  ${s.source.padEnd(width)}  ${tallyText('money', s.money)}; ${tallyText('dates', s.dates)}`,
  );
  const uncovered = coverage.mentions.filter((m) => m.status === 'uncovered').length;
  const verdict =
    uncovered === 0 ? 'every mention is covered or explained' : `${uncovered} mention(s) not covered`;
  return [`Coverage of the extractor's mentions (${verdict}):`, ...lines].join('\n');
}

export function datasetSummary(dataset: Dataset): string {
  const citations =
    dataset.events.reduce((n, e) => n + e.citations.length, 0) +
    dataset.amounts.reduce((n, a) => n + a.citations.length, 0);
  const bySeverity = (severity: string) => dataset.flags.filter((f) => f.severity === severity).length;
  return (
    `${dataset.sources.length} sources, ${dataset.actors.length} actors, ${dataset.events.length} events, ` +
    `${dataset.amounts.length} amounts, ${citations} verified quotes, ${dataset.flags.length} flags ` +
    `(${bySeverity('error')} error, ${bySeverity('warning')} warning, ${bySeverity('info')} info)`
  );
}

export function flagLines(dataset: Dataset): string {
  return dataset.flags.map((f) => `  [${f.severity}] ${f.id}: ${f.message}`).join('\n');
}

export function warningLines(warnings: readonly Problem[]): string {
  return sortProblems(warnings)
    .map((w) => `warning: ${formatProblem(w)}`)
    .join('\n');
}
