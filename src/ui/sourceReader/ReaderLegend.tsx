import type { ReaderModel } from './passages';

const plural = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;

/** What each mark in the text means, with how many of each there are; marks that do not occur are left out. */
export function ReaderLegend({ counts }: { counts: ReaderModel['counts'] }) {
  const items: { key: string; swatch: string; text: string }[] = [
    { key: 'focus', swatch: 'sr-focus', text: 'The quote you opened' },
    {
      key: 'cited',
      swatch: 'sr-cited',
      text: `Cited: ${plural(counts.cited, 'passage')}, each followed by its links`,
    },
  ];
  if (counts.draft > 0)
    items.push({
      key: 'draft',
      swatch: 'sr-cited sr-draft',
      text: `Cited by a draft: ${plural(counts.draft, 'passage')}`,
    });
  if (counts.money > 0)
    items.push({
      key: 'money',
      swatch: 'sr-uncovered sr-uncovered-money',
      text: `Money not annotated: ${plural(counts.money, 'mention')}`,
    });
  if (counts.date > 0)
    items.push({
      key: 'date',
      swatch: 'sr-uncovered sr-uncovered-date',
      text: `Date not annotated: ${plural(counts.date, 'mention')}`,
    });
  if (counts.excluded > 0)
    items.push({
      key: 'excluded',
      swatch: 'sr-excluded',
      text: `Not news (caption, boilerplate): ${plural(counts.excluded, 'part')}`,
    });
  return (
    <div className="sr-legend">
      <h3 className="visually-hidden">Marks in the text</h3>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <span className={`sr-swatch ${item.swatch}`} aria-hidden="true">
              Aa
            </span>
            {item.text}
          </li>
        ))}
      </ul>
    </div>
  );
}
