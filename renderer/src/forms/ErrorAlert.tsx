import { Alert, List } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';

/** An API refusal that belongs to no form field: the message and any field messages. */
export function ErrorAlert({ error, title }: { error: ApiError; title?: string }) {
  const { t } = useTranslation();
  const details = Object.values(error.fields ?? {}).filter((message) => message !== error.message);
  return (
    <Alert color="red" title={title ?? t('form.errorTitle')}>
      {error.message}
      {details.length > 0 && (
        <List size="sm" mt="xs">
          {details.map((message) => (
            <List.Item key={message}>{message}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
