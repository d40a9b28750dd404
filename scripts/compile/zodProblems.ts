import type { z } from 'zod';
import type { Problem } from './problems';
import { problemAt, type YamlFile } from './yamlFile';

/** Turns every zod issue into a problem located at its field in the YAML file. */
export function zodProblems(yaml: YamlFile, error: z.ZodError): Problem[] {
  const problems: Problem[] = [];
  for (const issue of error.issues) {
    const path = issue.path;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) problems.push(problemAt(yaml, path, 'unknown field', key));
      continue;
    }
    const missing = path.length > 0 && typeof path[path.length - 1] === 'string' && !yaml.doc.hasIn(path);
    const expected =
      issue.code === 'invalid_type'
        ? issue.expected
        : issue.code === 'invalid_value'
          ? `one of ${issue.values.map(String).join(', ')}`
          : null;
    const message = missing
      ? `missing required field${expected === null ? '' : ` (expected ${expected})`}`
      : issue.message;
    problems.push(problemAt(yaml, path, message));
  }
  return problems;
}
