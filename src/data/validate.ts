import type { z } from 'zod';
import { datasetSchema, type Dataset } from './schema';

export interface ValidationIssue {
  /** JSON path of the offending value, e.g. `events[3].actors[0]`. */
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; dataset: Dataset } | { ok: false; issues: ValidationIssue[] };

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

function zodIssues(error: z.ZodError): ValidationIssue[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path), message: issue.message }));
}

/** Checks what a schema cannot: unique ids and references between collections. */
export function crossReferenceIssues(dataset: Dataset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const ids = (name: string, items: readonly { id: string }[]) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      if (seen.has(item.id)) issues.push({ path: `${name}[${i}].id`, message: `duplicate id "${item.id}"` });
      seen.add(item.id);
    });
    return seen;
  };
  const sources = ids('sources', dataset.sources);
  const actors = ids('actors', dataset.actors);
  const events = ids('events', dataset.events);
  const amounts = ids('amounts', dataset.amounts);
  ids('flags', dataset.flags);

  const checkCitations = (base: string, citations: Dataset['events'][number]['citations']) => {
    citations.forEach((c, i) => {
      if (!sources.has(c.source))
        issues.push({ path: `${base}.citations[${i}].source`, message: `unknown source "${c.source}"` });
    });
  };
  dataset.events.forEach((event, i) => {
    event.actors.forEach((actor, j) => {
      if (!actors.has(actor))
        issues.push({ path: `events[${i}].actors[${j}]`, message: `unknown actor "${actor}"` });
    });
    checkCitations(`events[${i}]`, event.citations);
  });
  dataset.amounts.forEach((amount, i) => {
    if (!events.has(amount.eventId))
      issues.push({ path: `amounts[${i}].eventId`, message: `unknown event "${amount.eventId}"` });
    if (!actors.has(amount.donor))
      issues.push({ path: `amounts[${i}].donor`, message: `unknown actor "${amount.donor}"` });
    if (amount.recipient !== null && !actors.has(amount.recipient))
      issues.push({ path: `amounts[${i}].recipient`, message: `unknown actor "${amount.recipient}"` });
    if (amount.partOf != null && !amounts.has(amount.partOf))
      issues.push({ path: `amounts[${i}].partOf`, message: `unknown amount "${amount.partOf}"` });
    if (amount.partOf === amount.id)
      issues.push({ path: `amounts[${i}].partOf`, message: 'an amount cannot be part of itself' });
    checkCitations(`amounts[${i}]`, amount.citations);
  });
  issues.push(...partOfCycles(dataset.amounts));
  const all = new Set([...sources, ...actors, ...events, ...amounts]);
  dataset.flags.forEach((flag, i) => {
    flag.refs.forEach((ref, j) => {
      if (!all.has(ref)) issues.push({ path: `flags[${i}].refs[${j}]`, message: `unknown id "${ref}"` });
    });
  });
  return issues;
}

/** Amounts that are part of themselves through others (`a` part of `b`, `b` part of `a`): no sum can hold them. */
function partOfCycles(amounts: Dataset['amounts']): ValidationIssue[] {
  const wholeOf = new Map(amounts.map((a) => [a.id, a.partOf ?? null]));
  const issues: ValidationIssue[] = [];
  amounts.forEach((amount, i) => {
    const chain: string[] = [];
    const seen = new Set([amount.id]);
    for (let whole = wholeOf.get(amount.id) ?? null; whole !== null; whole = wholeOf.get(whole) ?? null) {
      if (whole === amount.id && chain.length > 0) {
        const through = chain.map((id) => `"${id}"`).join(' and ');
        issues.push({
          path: `amounts[${i}].partOf`,
          message: `"${amount.id}" is part of itself through ${through}`,
        });
        break;
      }
      if (seen.has(whole)) break;
      seen.add(whole);
      chain.push(whole);
    }
  });
  return issues;
}

/** Validates unknown JSON as a dataset: the schema first, then the references between collections. */
export function validateDataset(json: unknown): ValidationResult {
  const parsed = datasetSchema.safeParse(json);
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) };
  const issues = crossReferenceIssues(parsed.data);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, dataset: parsed.data };
}
