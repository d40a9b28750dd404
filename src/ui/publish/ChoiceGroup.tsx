interface ChoiceGroupProps<T extends string | number> {
  legend: string;
  name: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A set of radio buttons in a fieldset: arrow keys move between them, as in any radio group. */
export function ChoiceGroup<T extends string | number>({
  legend,
  name,
  value,
  options,
  onChange,
}: ChoiceGroupProps<T>) {
  return (
    <fieldset className="publish-choices">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={String(option.value)} className="publish-choice">
          <input
            type="radio"
            name={name}
            value={String(option.value)}
            checked={option.value === value}
            onChange={() => {
              onChange(option.value);
            }}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
