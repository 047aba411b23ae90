// The browser's calls to the API token routes: create one (shown once) and revoke one.
import type { CreatedApiToken } from '../api/tokens';
import { callApi, postJson, type ApiResult } from './api-call';

export function createApiTokenCall(name: string): Promise<ApiResult<CreatedApiToken>> {
  return postJson('/api/tokens', { name });
}

export function revokeApiTokenCall(id: string): Promise<ApiResult<null>> {
  return callApi(`/api/tokens/${encodeURIComponent(id)}`, { method: 'DELETE' });
}
