import { NativeSelect, type NativeSelectProps } from '@mantine/core';
import type { StaffMember } from '../../../shared/domain/types';

interface Props extends Omit<NativeSelectProps, 'data' | 'value' | 'onChange'> {
  members: StaffMember[];
  value: number | null;
  onChange: (id: number | null) => void;
  /** The first option, meaning "nobody chosen". */
  emptyLabel: string;
  nameOf: (id: number) => string;
}

/** A person from the unit's roster; someone chosen earlier who has since left stays selectable. */
export function PersonSelect({ members, value, onChange, emptyLabel, nameOf, ...props }: Props) {
  const options = members.map((m) => ({ value: String(m.id), label: m.name }));
  if (value !== null && !members.some((m) => m.id === value)) options.push({ value: String(value), label: nameOf(value) });
  return (
    <NativeSelect
      data={[{ value: '', label: emptyLabel }, ...options]}
      value={value === null ? '' : String(value)}
      onChange={(event) => onChange(event.currentTarget.value === '' ? null : Number(event.currentTarget.value))}
      {...props}
    />
  );
}
