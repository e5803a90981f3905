// The one way the benchmarks talk to a station: the headless server over its WebSocket
// (StationClient, as the end-to-end tests do) or a core in this process (its `handle`, through the
// test support's handleSignedIn). Either way each request goes through the contract's validation,
// as a screen's would, and a `by` naming a person is sent as that person's sign-in token.
import type { RequestInput, RequestName, RequestResult } from '../../shared/api/contract';
import type { StationCore } from '../../electron/station/station-core';
import type { StationClient } from '../../test/e2e/support/station-api';
import { handleSignedIn } from '../../test/support/users';

export interface StationRequests {
  request<K extends RequestName>(method: K, input: RequestInput<K>): Promise<RequestResult<K>>;
}

export function clientRequests(client: StationClient): StationRequests {
  return {
    request: async (method, input) => (await client.request(method, input)) as RequestResult<typeof method>,
  };
}

export function coreRequests(core: StationCore): StationRequests {
  return {
    request: async (method, input) => {
      const response = await handleSignedIn(core, method, input);
      if (!response.ok) throw new Error(`${method} refused: ${response.error.message}`);
      return response.result as RequestResult<typeof method>;
    },
  };
}
