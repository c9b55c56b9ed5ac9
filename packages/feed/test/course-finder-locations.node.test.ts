import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { courseLocations } from '../src/query/course-finder-locations.ts';
import type { Centre, Course, CourseSession } from '../src/types.ts';

const centre = (id: string, lat: number, lon: number): Centre => ({
  id,
  name: id,
  municipality: id,
  address: { street: 'Storgatan 1', city: id },
  geo: { lat, lon },
  services: [],
});

const CENTRES = [
  centre('kalix', 65.8537, 23.1565),
  centre('motala', 58.5371, 15.0365),
  centre('vaggeryd', 57.4977, 14.1461),
  centre('flen', 59.0581, 16.5887),
];

const session = (title: string, start: string, at?: string): CourseSession =>
  at === undefined ? { title, start } : { title, start, centre: at };

const course = (centres: string[] | undefined, sessions: CourseSession[] = []): Course => ({
  id: 'c',
  title: 'Kurs',
  provider: 'p',
  level: 'bachelor',
  mode: 'distance',
  ...(centres ? { centres } : {}),
  sessions,
});

const names = (locations: ReturnType<typeof courseLocations>) =>
  locations.centres.map((l) => l.centre.id);

describe('courseLocations', () => {
  it("lists the course's centres in its order, without distances, skipping unknown ids and repeats", () => {
    const result = courseLocations(course(['vaggeryd', 'nowhere', 'kalix', 'vaggeryd']), CENTRES);
    assert.deepEqual(names(result), ['vaggeryd', 'kalix']);
    assert.equal(result.centres[0].distanceKm, undefined);
  });

  it('puts the nearest centre first when the reader is somewhere', () => {
    // Jönköping: Vaggeryd is about 30 km away, Motala about 100, Kalix about 1,000.
    const result = courseLocations(course(['kalix', 'motala', 'vaggeryd']), CENTRES, {
      lat: 57.7826,
      lon: 14.1618,
    });
    assert.deepEqual(names(result), ['vaggeryd', 'motala', 'kalix']);
    const [near, , far] = result.centres.map((l) => l.distanceKm!);
    assert.ok(near > 25 && near < 40, `${near}`);
    assert.ok(far > 950 && far < 1050, `${far}`);
  });

  it('groups sessions under their centre, earliest first, and keeps the rest apart', () => {
    const result = courseLocations(
      course(
        ['kalix', 'motala'],
        [
          session('Tenta', '2026-12-10T09:00+01:00', 'kalix'),
          session('Labb', '2026-10-01', 'kalix'),
          session('Campusdag', '2026-09-01'),
          session('Prov i Flen', '2026-11-01', 'flen'),
          session('Okänd ort', '2026-08-01', 'atlantis'),
        ],
      ),
      CENTRES,
    );
    assert.deepEqual(
      result.centres.map((l) => [l.centre.id, l.sessions.map((s) => s.title)]),
      [
        ['kalix', ['Labb', 'Tenta']],
        ['motala', []],
      ],
    );
    assert.deepEqual(
      result.otherSessions.map((o) => [o.session.title, o.centre?.id]),
      [
        ['Okänd ort', undefined],
        ['Campusdag', undefined],
        ['Prov i Flen', 'flen'],
      ],
    );
  });

  it('keeps sessions whose start cannot be read at the end, in their order', () => {
    const result = courseLocations(
      course(undefined, [session('B', 'sometime'), session('A', '2026-01-01'), session('C', '?')]),
      CENTRES,
    );
    assert.deepEqual(
      result.otherSessions.map((o) => o.session.title),
      ['A', 'B', 'C'],
    );
  });

  it('gives nothing for a course with neither centres nor sessions', () => {
    assert.deepEqual(courseLocations(course(undefined), CENTRES), {
      centres: [],
      otherSessions: [],
    });
  });
});
