import { useEnumLabel } from '../i18n';

/** A select's options for values of a schema enum, each labelled in the reader's language (the catalogue's `enums.<Enum>.<VALUE>`). */
export function EnumOptions({ of, values }: { of: string; values: readonly string[] }) {
  const label = useEnumLabel();
  return (
    <>
      {values.map((value) => (
        <option key={value} value={value}>
          {label(of, value)}
        </option>
      ))}
    </>
  );
}
