import { useId } from 'react';

export interface SegmentedOption<T extends string> {
  value: T;
  label: string;
}

/** A labelled group of buttons with aria-pressed, one of which is on. */
export function Segmented<T extends string>(props: {
  label: string;
  value: T;
  options: readonly SegmentedOption<T>[];
  onChange: (value: T) => void;
  /** Show the label beside the buttons (with this class), or keep it for assistive technology only. */
  labelClassName?: string;
  className?: string;
}) {
  const id = useId();
  return (
    <div className={props.className}>
      <span id={id} className={props.labelClassName ?? 'visually-hidden'}>
        {props.label}
      </span>
      <div className="segmented" role="group" aria-labelledby={id}>
        {props.options.map((o) => (
          <button
            key={o.value}
            type="button"
            aria-pressed={o.value === props.value}
            onClick={() => {
              props.onChange(o.value);
            }}
          >
            {o.label}
          </button>
        ))}
      </div>
    </div>
  );
}
