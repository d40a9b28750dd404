import type { DatasetFailure, DatasetFailureKind, DatasetOutcome } from './datasetWorker';
import type { Dataset } from './schema';
import type { ValidationIssue } from './validate';

/** A failure to load the dataset, with what a person needs to know to fix it. */
export class DatasetError extends Error {
  constructor(
    message: string,
    readonly kind: DatasetFailureKind,
    readonly issues: readonly ValidationIssue[] = [],
    readonly status?: number,
  ) {
    super(message);
    this.name = 'DatasetError';
  }
}

/** Rebuilds the error a worker (or the fallback) reported as plain data. */
export function datasetErrorFromFailure(failure: DatasetFailure): DatasetError {
  return new DatasetError(failure.message, failure.kind, failure.issues, failure.status);
}

export function datasetFromOutcome(outcome: DatasetOutcome): Dataset {
  if (!outcome.ok) throw datasetErrorFromFailure(outcome.error);
  return outcome.dataset;
}

export function abortError(): DOMException {
  return new DOMException('The dataset request was aborted.', 'AbortError');
}
