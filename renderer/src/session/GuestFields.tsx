import { Button, Group, NativeSelect, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldMessage } from '../../../shared/api/errors';
import { guestSchema } from '../../../shared/api/schemas';
import { STAFF_ROLES, type Guest, type StaffRole } from '../../../shared/domain/types';
import { useAnnounce } from '../app/announcer';
import { usePersonnummerWarning } from '../forms/usePersonnummerWarning';
import { roleLabel } from '../staff/labels';

interface Props {
  guests: Guest[];
  onChange: (guests: Guest[]) => void;
  /** The API's message about the guests, if it refused them. */
  error: string | undefined;
}

/**
 * One-off participants who are not on the roster (a substitute from the staffing centre):
 * name and role only. Enter in the name adds the guest, so it never saves the whole form.
 */
export function GuestFields({ guests, onChange, error }: Props) {
  const { t } = useTranslation();
  const announce = useAnnounce();
  const warning = usePersonnummerWarning();
  const [name, setName] = useState('');
  const [role, setRole] = useState<StaffRole>('careStaff');
  const [nameError, setNameError] = useState<string | undefined>();
  const nameRef = useRef<HTMLInputElement>(null);

  const add = () => {
    const parsed = guestSchema.safeParse({ name, role });
    if (!parsed.success) {
      setNameError(fieldMessage(parsed.error.issues[0]?.message ?? 'validation.invalid'));
      nameRef.current?.focus();
      return;
    }
    setNameError(undefined);
    onChange([...guests, parsed.data]);
    setName('');
    announce(t('session.guests.added', { name: parsed.data.name }));
    nameRef.current?.focus();
  };

  const remove = (index: number) => {
    onChange(guests.filter((_, i) => i !== index));
    nameRef.current?.focus();
  };

  return (
    <div role="group" aria-labelledby="guests-heading" className="stack guests">
      <div>
        <Title order={3} id="guests-heading">
          {t('session.guests.title')}
        </Title>
        <Text size="sm">{t('session.guests.intro')}</Text>
      </div>
      {guests.length === 0 ? (
        <Text>{t('session.guests.none')}</Text>
      ) : (
        <ul className="plain-list">
          {guests.map((guest, index) => (
            <li key={`${guest.name}-${index}`}>
              <Group gap="sm" wrap="nowrap">
                <Text>{t('session.guests.item', { name: guest.name, role: roleLabel(t, guest.role) })}</Text>
                <Button size="xs" variant="default" aria-label={t('session.guests.removeLabel', { name: guest.name })} onClick={() => remove(index)}>
                  {t('session.guests.remove')}
                </Button>
              </Group>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <Text c="var(--mantine-color-error)" size="sm" role="alert">
          {error}
        </Text>
      )}
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          ref={nameRef}
          label={t('session.guests.name')}
          {...warning(name, { refused: true })}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            add();
          }}
          error={nameError}
          autoComplete="off"
        />
        <NativeSelect
          label={t('session.guests.role')}
          data={STAFF_ROLES.map((value) => ({ value, label: roleLabel(t, value) }))}
          value={role}
          onChange={(event) => setRole(event.currentTarget.value as StaffRole)}
        />
        <Button variant="default" onClick={add}>
          {t('session.guests.add')}
        </Button>
      </Group>
    </div>
  );
}
