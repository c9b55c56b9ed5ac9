// The bar: a 10,000-row spreadsheet imports in at most 2 s. Measured
// in CPU time, which a busy test machine disturbs far less than the wall
// clock; scripts/bench-import.ts gives the figures in full.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exportCourses } from '../../src/authoring/export-courses.ts';
import { importCourses } from '../../src/authoring/import-courses.ts';
import { generateFeed } from '../../scripts/generator/build.ts';

describe('importCourses speed', () => {
  it('reads 10,000 rows in under 2 s of CPU time', (t) => {
    const feed = generateFeed({ courses: 10_000, events: 0 });
    const csv = new TextEncoder().encode(exportCourses(feed));
    const cpu = process.cpuUsage();
    const start = performance.now();
    const result = importCourses(csv, { feed: { ...feed, courses: [] } });
    const used = process.cpuUsage(cpu);
    const ms = (used.user + used.system) / 1000;
    t.diagnostic(
      `10,000 rows: ${ms.toFixed(0)} ms CPU, ${(performance.now() - start).toFixed(0)} ms wall`,
    );
    assert.equal(result.courses.length, 10_000);
    assert.deepEqual(result.errors, []);
    assert.ok(ms < 2000, `${ms.toFixed(0)} ms`);
  });
});
