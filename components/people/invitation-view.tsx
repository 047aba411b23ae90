// /invite/{token}: an invited person chooses their password; a used, expired, replaced or
// unknown link gets a page that says so and changes nothing.
import Link from 'next/link';
import { findInvitation } from '@/lib/server/people/find-invitation';
import { getT } from '@/lib/server/ui-language';
import { InvitationForm } from './invitation-form';
import './people.css';

export async function InvitationView({ token }: { token: string }) {
  const [invitation, t] = await Promise.all([findInvitation({ token }), getT()]);
  if (invitation.state === 'valid') {
    return (
      <div className="narrow stack">
        <h1>{t('invite.title')}</h1>
        <p>{t('invite.intro', { email: invitation.email })}</p>
        <InvitationForm token={token} email={invitation.email} name={invitation.name} />
      </div>
    );
  }
  return (
    <div className="narrow stack">
      <h1>{t(`invite.${invitation.state}Title`)}</h1>
      <p>{t(`invite.${invitation.state}Text`)}</p>
      {invitation.state === 'used' && (
        <p>
          <Link href="/login">{t('invite.toSignIn')}</Link>
        </p>
      )}
    </div>
  );
}
