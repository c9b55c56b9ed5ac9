#!/usr/bin/env node
// Launches the TypeScript CLI (src/cli/main.ts) through tsx, a dependency of
// this package. A build that ships compiled JavaScript would point `bin` at it.
import { tsImport } from 'tsx/esm/api';

await tsImport('../src/cli/main.ts', import.meta.url);
