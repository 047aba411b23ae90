// The people API: admins list, invite and change people; an invited person sets their password
// with the one-time link's token (public: the token is the credential).
import { z } from 'zod';
import { ROLES } from '../roles';
import { Id, LanguageCode, Timestamp } from './common';
import { defineOperation } from './operation';
import { named } from './registry';

export const PersonStatus = z.enum(['invited', 'active', 'deactivated']).meta({
  description: '`invited`: has not set a password with their link yet; `active`: can sign in; `deactivated`: cannot sign in, and no session or token of theirs works.',
});

export const Person = named(
  'Person',
  z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    languages: z.array(z.string()).meta({ description: 'The languages a translator translates into; editors and admins work in every language.' }),
    status: PersonStatus,
    lastSignInAt: Timestamp.nullable().meta({ description: 'When they last signed in with their password; null if never (or before this was recorded).' }),
    createdAt: Timestamp,
    invitationExpiresAt: Timestamp.nullable().meta({ description: 'For an invited person: when their newest link expires (it may be past).' }),
  }),
);
export type Person = z.infer<typeof Person>;

export const Role = z.enum(ROLES).meta({ description: 'reader, translator, editor or admin.', examples: ['translator'] });
const Languages = z.array(LanguageCode).max(50);

const PersonId = z.object({ id: Id.meta({ description: 'The person.', examples: ['5f0c7c8e-0f6e-4d7a-9a57-1d3c2b1a0f00'] }) });
const InvitationToken = z.object({
  token: z.string().min(1).max(200).meta({ description: 'The token of the invitation link (/invite/{token}).', examples: ['c2V0LXlvdXItcGFzc3dvcmQtd2l0aC10aGlzLWxpbmsh'] }),
});

export const NewPerson = z.strictObject({
  email: z.email().max(254),
  name: z.string().max(200),
  role: Role,
  languages: Languages.default([]),
});
export type NewPerson = z.input<typeof NewPerson>;

export const PersonChanges = z.strictObject({ role: Role.optional(), languages: Languages.optional(), active: z.boolean().optional() });
export type PersonChanges = z.infer<typeof PersonChanges>;

export const InvitationAcceptance = z.strictObject({ name: z.string().max(200), password: z.string().max(1024) });
export type InvitationAcceptance = z.infer<typeof InvitationAcceptance>;

export const Invitation = z.object({
  id: z.string().meta({ description: 'The person.' }),
  inviteUrl: z.string().meta({ description: 'The one-time link to pass on to the person: shown once, never stored.' }),
  expiresAt: Timestamp,
});
export type Invitation = z.infer<typeof Invitation>;

export const listPeopleOperation = defineOperation({
  method: 'get',
  path: '/api/users',
  operationId: 'listUsers',
  summary: 'People',
  description: 'Admins only. Everyone with an account, invited and deactivated people included, by name.',
  tags: ['People and access'],
  responses: { 200: { description: 'The people.', schema: z.array(Person) }, 403: { description: 'Not an admin.' } },
});

export const invitePersonOperation = defineOperation({
  method: 'post',
  path: '/api/users',
  operationId: 'inviteUser',
  summary: 'Invite a person',
  description:
    'Admins only. Creates the person without a password and answers with a one-time invitation link, valid 7 days, for the admin to pass on (no mail is sent). The link’s page sets the password.',
  tags: ['People and access'],
  body: {
    json: NewPerson,
    maxBytes: 16 * 1024,
    example: { email: 'anna.schmidt@newsroom.example', name: 'Anna Schmidt', role: 'translator', languages: ['de'] },
  },
  responses: {
    201: { description: 'The person and their invitation link.', schema: Invitation },
    403: { description: 'Not an admin.' },
    409: { description: 'Someone has this email already.' },
  },
});

export const updatePersonOperation = defineOperation({
  method: 'patch',
  path: '/api/users/{id}',
  operationId: 'updateUser',
  summary: 'Change a person’s role, languages, or deactivate them',
  description:
    'Admins only. `active: false` deactivates: their sessions end at once, sign-in is refused, their tokens stop working; everything they did keeps their name. `active: true` reactivates. The last active admin cannot be demoted or deactivated.',
  tags: ['People and access'],
  params: PersonId,
  body: {
    json: PersonChanges,
    maxBytes: 16 * 1024,
    example: { role: 'editor' },
  },
  responses: {
    200: { description: 'The person as they are now.', schema: Person },
    403: { description: 'Not an admin.' },
    404: { description: 'No such person.' },
    409: { description: 'The change would leave no active admin.' },
  },
});

export const renewInvitationOperation = defineOperation({
  method: 'post',
  path: '/api/users/{id}/invitation',
  operationId: 'renewInvitation',
  summary: 'A new invitation link',
  description: 'Admins only, for a person who has not set a password yet. The earlier link stops working.',
  tags: ['People and access'],
  params: PersonId,
  responses: {
    201: { description: 'The new link.', schema: Invitation },
    403: { description: 'Not an admin.' },
    404: { description: 'No such person.' },
    409: { description: 'The person has set their password already, or is deactivated.' },
  },
});

export const acceptInvitationOperation = defineOperation({
  method: 'post',
  path: '/api/invitations/{token}',
  operationId: 'acceptInvitation',
  summary: 'Set the password with an invitation link',
  description: 'Public: the link’s token is the credential. Works once, within 7 days. Sign in with the email it answers and the new password.',
  tags: ['People and access'],
  public: true,
  params: InvitationToken,
  body: {
    json: InvitationAcceptance,
    maxBytes: 8 * 1024,
    example: { name: 'Anna Schmidt', password: 'a long passphrase' },
  },
  responses: {
    200: { description: 'The password is set.', schema: z.object({ email: z.string() }) },
    403: { description: 'The person has been deactivated.' },
    404: { description: 'No such link (mistyped, or replaced by a newer one).' },
    409: { description: 'The link was used already, or has expired.' },
  },
});

export const peopleOperations = [listPeopleOperation, invitePersonOperation, updatePersonOperation, renewInvitationOperation, acceptInvitationOperation];
