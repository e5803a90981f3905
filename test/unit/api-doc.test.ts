import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REQUEST_NAMES } from '../../shared/api/contract';
import { renderApiDoc } from '../../scripts/api-doc';

describe('docs/api.md', () => {
  it('matches the contract (run `npm run docs:api` after changing the contract)', () => {
    const committed = readFileSync(resolve(__dirname, '../../docs/api.md'), 'utf8');
    expect(committed).toBe(renderApiDoc());
  });

  it('documents every request with its input schema', () => {
    const doc = renderApiDoc();
    for (const name of REQUEST_NAMES) expect(doc).toContain(`### \`${name}\``);
    expect(doc).toContain('"maximum": 300');
  });
});
