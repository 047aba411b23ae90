'use client';
// better-auth's browser client, for the sign-in form and the sign-out button.
import { createAuthClient } from 'better-auth/react';

export const authClient = createAuthClient();
