import type { Citation } from '../../src/data/schema';
import { locateQuote } from './citations';
import { didYouMean } from './didYouMean';
import type { Problem } from './problems';
import type { ResolvedSource } from './resolveSources';
import type { SourceExtraction } from './sourceExtraction';
import { problemAt, type FieldPath, type YamlFile } from './yamlFile';
import type { QuoteRef } from './annotationSchema';

/** What every step of the compile shares: the annotation file for locating problems, and the sources. */
export class CompileContext {
  readonly problems: Problem[] = [];
  readonly sourceById: ReadonlyMap<string, ResolvedSource>;

  constructor(
    readonly annotations: YamlFile,
    readonly sources: readonly ResolvedSource[],
    readonly extractions: ReadonlyMap<string, SourceExtraction>,
  ) {
    this.sourceById = new Map(sources.map((source) => [source.spec.id, source]));
  }

  fail(path: FieldPath, message: string): void {
    this.problems.push(problemAt(this.annotations, path, message));
  }

  /** Locates each quote in its source; failures become problems, successes keep their index. */
  citations(
    quotes: readonly QuoteRef[],
    base: FieldPath,
  ): { ref: QuoteRef; index: number; citation: Citation }[] {
    const found: { ref: QuoteRef; index: number; citation: Citation }[] = [];
    quotes.forEach((ref, index) => {
      const source = this.sourceById.get(ref.source);
      if (!source) {
        const ids = [...this.sourceById.keys()];
        const hint = didYouMean(ref.source, ids);
        this.fail(
          [...base, index, 'source'],
          hint === ''
            ? `unknown source "${ref.source}" (known: ${ids.join(', ')})`
            : `unknown source "${ref.source}"${hint}`,
        );
        return;
      }
      const result = locateQuote(source, ref.quote, this.sources);
      if (result.ok) found.push({ ref, index, citation: result.citation });
      else this.fail([...base, index, 'quote'], result.message);
    });
    return found;
  }
}

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
