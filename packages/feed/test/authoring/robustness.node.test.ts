// Bad input never crashes an import: whatever the bytes, the result is
// courses/events with reported errors, or an ImportError naming the problem.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { ImportError } from '../../src/authoring/import-error.ts';
import { importCourses } from '../../src/authoring/import-courses.ts';
import { importEvents } from '../../src/authoring/import-events.ts';
import type { Feed } from '../../src/types.ts';
import { validateFeed } from '../../src/validate.ts';

const fixture = (name: string) =>
  readFileSync(new URL(`../fixtures/authoring/${name}`, import.meta.url), 'utf8');
const target = (): Feed => validateFeed(JSON.parse(fixture('target-feed.json'))).feed;

/** A seeded generator, so a failure can be replayed. */
function random(seed: number) {
  return () => (seed = (seed * 48271) % 2147483647) / 2147483647;
}

/** `text` with a few characters deleted, doubled or replaced by ones the formats care about. */
function mutate(text: string, next: () => number, specials: string): string {
  const chars = [...text];
  const edits = 1 + Math.floor(next() * 6);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * chars.length);
    const roll = next();
    if (roll < 0.3) chars.splice(at, 1);
    else if (roll < 0.5) chars.splice(at, 0, chars[at] ?? '');
    else chars.splice(at, 1, specials[Math.floor(next() * specials.length)]);
  }
  return chars.join('');
}

function survives(run: () => unknown, label: string): 'read' | 'refused' {
  try {
    run();
    return 'read';
  } catch (error) {
    assert.ok(error instanceof ImportError, `${label}: ${(error as Error).stack}`);
    assert.match(error.message, /\S/);
    return 'refused';
  }
}

describe('imports survive damaged files', () => {
  it('courses: 300 mutations of the Swedish sheet', () => {
    const next = random(11);
    const source = fixture('courses-sv.csv');
    const outcomes = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const text = mutate(source, next, '";\n\r,\t\u00a0åx9-/');
      outcomes.add(
        survives(() => importCourses(new TextEncoder().encode(text), { feed: target() }), `#${i}`),
      );
    }
    assert.deepEqual([...outcomes].sort(), ['read', 'refused'], 'both outcomes were exercised');
  });

  it('events: 300 mutations of the Outlook calendar', () => {
    const next = random(7);
    const source = fixture('outlook.ics');
    const outcomes = new Set<string>();
    for (let i = 0; i < 300; i++) {
      const text = mutate(source, next, ':;=\r\n ,TZ0139-"');
      outcomes.add(
        survives(() => importEvents(new TextEncoder().encode(text), { feed: target() }), `#${i}`),
      );
    }
    assert.deepEqual([...outcomes].sort(), ['read', 'refused']);
  });

  it('random bytes', () => {
    const next = random(3);
    for (let i = 0; i < 100; i++) {
      const bytes = Uint8Array.from({ length: Math.floor(next() * 400) }, () =>
        Math.floor(next() * 256),
      );
      survives(() => importCourses(bytes), `csv #${i}`);
      survives(() => importEvents(bytes), `ics #${i}`);
    }
  });
});
