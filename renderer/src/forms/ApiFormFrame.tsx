import { Alert, List } from '@mantine/core';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/api/result';

interface Props {
  error: ApiError | null;
  /** The fields this form shows; messages for any other field go into the alert. */
  fields: readonly string[];
  onSubmit: () => void;
  labelledBy: string;
  children: ReactNode;
  actions?: ReactNode;
}

/**
 * A form with the API's answer: the message in an alert above the buttons and the focus on
 * the first refused field, whose message Mantine links to it (aria-describedby).
 */
export function ApiFormFrame({ error, fields, onSubmit, labelledBy, children, actions }: Props) {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!error) return;
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    (invalid ?? alertRef.current)?.focus();
  }, [error]);

  const otherMessages = Object.entries(error?.fields ?? {})
    .filter(([field, message]) => !fields.includes(field) && message !== error?.message)
    .map(([, message]) => message);

  return (
    <form
      ref={formRef}
      noValidate
      aria-labelledby={labelledBy}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      className="stack"
    >
      {children}
      {error && (
        <Alert ref={alertRef} tabIndex={-1} color="red" title={t('form.errorTitle')}>
          {error.message}
          {otherMessages.length > 0 && (
            <List size="sm" mt="xs">
              {otherMessages.map((message) => (
                <List.Item key={message}>{message}</List.Item>
              ))}
            </List>
          )}
        </Alert>
      )}
      {actions && <div className="form-actions">{actions}</div>}
    </form>
  );
}
