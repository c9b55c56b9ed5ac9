/**
 * Storybook is the component workshop: every widget has a story for every
 * state a person can see. The stories' exports are read as text, so this
 * needs no browser.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

/** Each state, and the export names that show it (a calendar's list view is its ready state). */
const STATES: Record<string, string[]> = {
  loading: ['Loading'],
  error: ['ErrorState'],
  empty: ['Empty'],
  ready: ['Ready', 'List'],
  'long text': ['LongText'],
  'right to left': ['RightToLeft'],
  'dark tokens': ['DarkTokens'],
  debug: ['Debug'],
};

const WIDGETS = ['course-finder', 'event-calendar', 'partner-logos', 'centre-finder'];

describe('every widget has a story for every state', () => {
  for (const widget of WIDGETS) {
    it(widget, () => {
      const source = readFileSync(
        new URL(`../../${widget}/stories/${widget}.stories.ts`, import.meta.url),
        'utf8',
      );
      const exported = new Set(
        [...source.matchAll(/^export const (\w+)\s*:\s*Story\b/gm)].map((match) => match[1]),
      );
      const missing = Object.entries(STATES)
        .filter(([, names]) => !names.some((name) => exported.has(name)))
        .map(([state]) => state);
      assert.deepEqual(missing, []);
      // Right to left really is: a right-to-left language or dir="rtl".
      assert.match(source, /RightToLeft: Story = \{[^}]*(lang: 'ar'|dir: 'rtl')/);
      assert.match(source, /DarkTokens: Story = \{[\s\S]*?DARK_TOKENS/);
    });
  }
});
