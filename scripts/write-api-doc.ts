import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderApiDoc } from './api-doc';

const file = resolve(__dirname, '..', 'docs', 'api.md');
writeFileSync(file, renderApiDoc());
console.log(`Wrote ${file}`);
