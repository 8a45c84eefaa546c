/** A labelled, uncontrolled <select> of a form, read from the form data by its `name`. */
export function SelectField(props: { id: string; label: string; name: string; options: readonly { value: string | number; label: string }[]; defaultValue?: string }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} className="select" defaultValue={props.defaultValue}>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
