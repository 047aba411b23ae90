'use client';
// The roles offered in the invitation and change forms, in the order an admin most often picks them.
import { useT } from '@/components/i18n/use-t';
import type { Role } from '@/lib/roles';

const ROLE_CHOICES: Role[] = ['translator', 'editor', 'admin', 'reader'];

export function RoleOptions() {
  const { t } = useT();
  return ROLE_CHOICES.map((role) => (
    <option key={role} value={role}>
      {t(`roles.${role}`)}
    </option>
  ));
}
