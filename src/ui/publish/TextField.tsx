interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  placeholder: string;
  multiline?: boolean;
  hint?: string;
  onChange: (value: string) => void;
}

/** A labelled text input (or a two-line text area), with an optional hint under it that describes it. */
export function TextField({
  id,
  label,
  value,
  placeholder,
  multiline = false,
  hint,
  onChange,
}: TextFieldProps) {
  const hintId = hint === undefined ? undefined : `${id}-hint`;
  const common = {
    id,
    value,
    placeholder,
    'aria-describedby': hintId,
    maxLength: 400,
    onChange: (e: { target: { value: string } }) => {
      onChange(e.target.value);
    },
  };
  return (
    <div className="publish-field">
      <label htmlFor={id}>{label}</label>
      {multiline ? <textarea rows={2} {...common} /> : <input type="text" {...common} />}
      {hint !== undefined && (
        <p id={hintId} className="publish-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
