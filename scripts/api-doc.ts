// Generates docs/api.md from the contract, so the document and the contract cannot drift apart:
// `npm run docs:api` writes it, and a test fails when the committed file differs.
import { z } from 'zod';
import { EVENT_DESCRIPTIONS, REQUESTS, REQUEST_NAMES, type EventName } from '../shared/api/contract';
import { WEBSOCKET_PATH } from '../shared/api/wire';

function schemaOf(input: z.ZodType): string {
  return JSON.stringify(z.toJSONSchema(input, { io: 'input', unrepresentable: 'any' }), null, 2);
}

export function renderApiDoc(): string {
  const lines: string[] = [
    '# Observation Station API',
    '',
    'Generated from `shared/api/contract.ts` by `npm run docs:api`; a test fails when this file and the contract differ.',
    '',
    'Every program that talks to a station uses these requests and events. The Electron app carries them over IPC;',
    `the headless server (\`npm run serve\`) carries them over a WebSocket at \`${WEBSOCKET_PATH}\` on its 127.0.0.1 address.`,
    'Every input is validated by the station core; an invalid input changes nothing.',
    '',
    '## WebSocket messages',
    '',
    'Request (client to station):',
    '',
    '```json',
    '{ "type": "request", "id": 7, "method": "session.recordObservation", "input": { "sessionId": "…", "spo2": 97, "by": "Ana" } }',
    '```',
    '',
    'Response (one per request, same `id`):',
    '',
    '```json',
    '{ "type": "response", "id": 7, "ok": true, "result": { } }',
    '{ "type": "response", "id": 7, "ok": false, "error": { "code": "invalid-input", "message": "SpO2 must be between 50 and 100 %", "issues": [{ "path": "spo2", "message": "SpO2 must be between 50 and 100 %" }] } }',
    '```',
    '',
    'Error codes: `invalid-input` (the input does not match the schema below), `not-found`, `not-allowed` (the',
    'request is refused in the session\'s current state; the message says why), `unknown-request`, `internal`.',
    '',
    'Event (station to every connected client):',
    '',
    '```json',
    '{ "type": "event", "event": "board", "payload": { } }',
    '```',
    '',
    'Times are ISO 8601 strings; durations are milliseconds. Result types are defined in `shared/api/views.ts`.',
    '',
    '## Requests',
    '',
  ];
  for (const name of REQUEST_NAMES) {
    const spec = REQUESTS[name];
    lines.push(`### \`${name}\``, '', spec.description, '', `Result: \`${spec.result}\``, '', 'Input (JSON Schema):', '', '```json', schemaOf(spec.input), '```', '');
  }
  lines.push('## Events', '');
  for (const [name, e] of Object.entries(EVENT_DESCRIPTIONS) as Array<[EventName, { payload: string; description: string }]>) {
    lines.push(`### \`${name}\``, '', e.description, '', `Payload: \`${e.payload}\``, '');
  }
  return lines.join('\n');
}
