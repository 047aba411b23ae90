// The demo accounts of DESIGN.md, seeded only into the demo database. Listed in the README.
import type { Role } from '../../roles';

export const DEMO_PASSWORD = 'redline-demo';

export const DEMO_ACCOUNTS: Array<{ email: string; name: string; role: Role; languages: string[] }> = [
  { email: 'translator.de@example.com', name: 'Katharina Weber', role: 'translator', languages: ['de'] },
  { email: 'translator.fr@example.com', name: 'Camille Martin', role: 'translator', languages: ['fr'] },
  { email: 'translator.uk@example.com', name: 'Olena Kovalenko', role: 'translator', languages: ['uk'] },
  { email: 'translator.ar@example.com', name: 'Layla Haddad', role: 'translator', languages: ['ar'] },
  { email: 'editor@example.com', name: 'Daniel Brooks', role: 'editor', languages: [] },
  { email: 'admin@example.com', name: 'Sam Admin', role: 'admin', languages: [] },
];
