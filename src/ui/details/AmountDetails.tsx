import type { Amount } from '../../data/schema';

/** The details of one money figure: its provenance from quote to USD value. */
export function AmountDetails({ amount }: { amount: Amount }) {
  return (
    <section aria-label={`Figure: ${amount.label}`}>
      <h3>{amount.label}</h3>
    </section>
  );
}
