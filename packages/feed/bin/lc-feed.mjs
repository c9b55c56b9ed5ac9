#!/usr/bin/env node
// Launches the TypeScript CLI (src/cli/main.ts) through tsx, which the workspace
// has as a dev dependency. A published package must ship compiled JavaScript and
// point `bin` at it instead, so that users need no TypeScript runtime.
import { tsImport } from 'tsx/esm/api';

await tsImport('../src/cli/main.ts', import.meta.url);
