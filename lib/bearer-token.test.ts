import { describe, expect, it } from 'vitest';
import { readBearerHeader } from './bearer-token';

const token = `rl_${'A'.repeat(40)}a_-`;

describe('readBearerHeader', () => {
  it('reads a Redline token after Bearer, in any case of the scheme', () => {
    expect(readBearerHeader(`Bearer ${token}`)).toEqual({ kind: 'token', token });
    expect(readBearerHeader(`bearer ${token}`)).toEqual({ kind: 'token', token });
    expect(readBearerHeader(`BEARER  ${token} `)).toEqual({ kind: 'token', token });
  });

  it('says none without an Authorization header or with another scheme (a proxy’s Basic)', () => {
    expect(readBearerHeader(null)).toEqual({ kind: 'none' });
    expect(readBearerHeader('')).toEqual({ kind: 'none' });
    expect(readBearerHeader('Basic dXNlcjpwYXNz')).toEqual({ kind: 'none' });
    expect(readBearerHeader(`Token ${token}`)).toEqual({ kind: 'none' });
    expect(readBearerHeader(`Bearertoken ${token}`)).toEqual({ kind: 'none' });
  });

  it('calls every other Bearer header malformed', () => {
    for (const header of ['Bearer', 'Bearer ', `Bearer ${token}x`, `Bearer ${token.slice(0, -1)}`, `Bearer rl_${'é'.repeat(43)}`, `Bearer ${token} extra`, `Bearer xx_${'A'.repeat(43)}`, 'Bearer null']) {
      expect(readBearerHeader(header), JSON.stringify(header)).toEqual({ kind: 'malformed' });
    }
  });
});
