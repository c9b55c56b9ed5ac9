/** The widgets' custom elements manifests as committed (Node tests). */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Manifest } from '../../src/catalogue.ts';

const PACKAGES = new URL('../../../', import.meta.url).pathname;

/** Every packages/<name>/custom-elements.json, by package folder name. */
export function committedManifests(): Map<string, Manifest> {
  const manifests = new Map<string, Manifest>();
  for (const name of readdirSync(PACKAGES).sort()) {
    const file = join(PACKAGES, name, 'custom-elements.json');
    if (existsSync(file)) manifests.set(name, JSON.parse(readFileSync(file, 'utf8')) as Manifest);
  }
  return manifests;
}
