import type { AidEvent, Amount } from '../../src/data/schema';
import type { AmountAnnotation } from './annotationSchema';
import type { CompileContext } from './context';
import { unknownId } from './didYouMean';
import { chooseFigure } from './figures';
import { publishedRate, significant, type PublishedRate } from './rates';
import { writtenConversion, type AmountDetail, type Reading } from './readings';

type Usd = Pick<Amount, 'usd' | 'usdBasis' | 'conversion'>;

/** USD in this order: a native USD figure, a conversion written in the text, the day's published rate. */
function toUsd(
  value: number,
  currency: string,
  readings: readonly Reading[],
  published: PublishedRate | null,
): Usd | string {
  if (currency === 'USD') return { usd: value, usdBasis: 'in-text', conversion: null };
  const written = readings.find((r) => r.mention.converted?.currency === 'USD');
  const converted = written?.mention.converted;
  if (written && converted && value > 0) {
    return {
      usd: converted.value,
      usdBasis: 'in-text',
      conversion: {
        rate: significant(converted.value / value),
        rateDate: null,
        series: `written in the text (${written.citation.source})`,
        text: writtenConversion(written),
      },
    };
  }
  if (!published) return `no published ${currency}/USD rate is known for this date`;
  return {
    usd: Math.round(value * published.rate),
    usdBasis: 'rate',
    conversion: { rate: published.rate, rateDate: published.rateDate, series: published.series, text: null },
  };
}

function findCycles(amounts: readonly AmountAnnotation[]): Set<string> {
  const parent = new Map(amounts.map((a) => [a.id, a.partOf ?? null]));
  const inCycle = new Set<string>();
  for (const amount of amounts) {
    const seen = new Set<string>();
    let current: string | null = amount.id;
    while (current !== null && !seen.has(current)) {
      seen.add(current);
      current = parent.get(current) ?? null;
    }
    if (current === amount.id) inCycle.add(amount.id);
  }
  return inCycle;
}

export function resolveAmounts(
  ctx: CompileContext,
  annotations: readonly AmountAnnotation[],
  events: ReadonlyMap<string, AidEvent>,
  eventIds: ReadonlySet<string>,
  actorIds: ReadonlySet<string>,
): AmountDetail[] {
  const details: AmountDetail[] = [];
  const ids = new Set(annotations.map((a) => a.id));
  const cycles = findCycles(annotations);
  const seen = new Set<string>();
  annotations.forEach((annotation, i) => {
    const path = ['amounts', i];
    if (seen.has(annotation.id)) ctx.fail([...path, 'id'], `duplicate amount id "${annotation.id}"`);
    seen.add(annotation.id);
    if (!eventIds.has(annotation.event))
      ctx.fail([...path, 'event'], unknownId('event', annotation.event, eventIds));
    if (!actorIds.has(annotation.donor))
      ctx.fail([...path, 'donor'], unknownId('actor', annotation.donor, actorIds));
    if (annotation.recipient !== null && !actorIds.has(annotation.recipient))
      ctx.fail([...path, 'recipient'], unknownId('actor', annotation.recipient, actorIds));
    const partOf = annotation.partOf ?? null;
    if (partOf !== null) {
      if (partOf === annotation.id) ctx.fail([...path, 'partOf'], 'an amount cannot be part of itself');
      else if (!ids.has(partOf)) ctx.fail([...path, 'partOf'], unknownId('amount', partOf, ids));
      else if (cycles.has(annotation.id))
        ctx.fail([...path, 'partOf'], `part-of relations loop back to "${annotation.id}"`);
    }
    if ((annotation.kind === 'total') !== (annotation.stage === 'cumulative'))
      ctx.fail(
        [...path, 'stage'],
        'a running total has kind "total" and stage "cumulative", and only a total does',
      );

    const located = ctx.citations(annotation.quotes, [...path, 'quotes']);
    const readings: Reading[] = [];
    for (const { ref, index, citation } of located) {
      const choice = chooseFigure(citation.quote, ref.figure ?? annotation.figure);
      if (choice.ok) readings.push({ citation, mention: choice.mention });
      else
        ctx.fail([...path, 'quotes', index, ref.figure === undefined ? 'quote' : 'figure'], choice.message);
    }
    const event = events.get(annotation.event);
    const first = readings[0];
    if (!event || !first || readings.length !== annotation.quotes.length) return;
    for (const reading of readings) {
      if (!event.citations.some((c) => c.source === reading.citation.source))
        ctx.fail(
          [...path, 'event'],
          `event "${event.id}" has no quote from source "${reading.citation.source}", which this amount cites`,
        );
    }
    const { value, valueHigh, currency, bound } = first.mention;
    const published = currency === 'USD' ? null : publishedRate(currency, event.date);
    const usd = toUsd(value, currency, readings, published);
    if (typeof usd === 'string') {
      ctx.fail([...path, 'quotes'], usd);
      return;
    }
    details.push({
      readings,
      published,
      amount: {
        id: annotation.id,
        eventId: annotation.event,
        date: event.date,
        label: annotation.label,
        value,
        ...(valueHigh === null ? {} : { valueHigh }),
        currency,
        ...usd,
        donor: annotation.donor,
        recipient: annotation.recipient,
        kind: annotation.kind,
        stage: annotation.stage,
        partOf,
        ...(annotation.period === undefined ? {} : { period: annotation.period }),
        cumulative: annotation.stage === 'cumulative',
        bound,
        mention: { start: first.mention.start, end: first.mention.end },
        citations: readings.map((r) => r.citation),
        ...(annotation.draft === true ? { draft: true } : {}),
      },
    });
  });
  return details;
}
