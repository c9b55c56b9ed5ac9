import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validateFeed } from '../../feed/src/index.ts';
import { feedChoices } from '../src/feed-choices.ts';

const { feed } = validateFeed(
  JSON.parse(
    readFileSync(new URL('../../feed/examples/sample-feed.json', import.meta.url), 'utf8'),
  ),
);

describe('feedChoices from the sample feed', () => {
  it('offers the centres by name for `centre`, one at a time', () => {
    const list = feedChoices('lc-course-finder', 'centre', feed, 'sv');
    assert.equal(list?.multiple, false);
    assert.equal(list?.choices.length, feed.centres.length);
    assert.deepEqual(list?.choices[0], { value: 'kalix', label: 'Kalix UniverCity' });
  });

  it('offers the categories the events use, in the widgets’ words, several at a time', () => {
    const list = feedChoices('lc-event-calendar', 'category', feed, 'sv');
    assert.equal(list?.multiple, true);
    const used = new Set(feed.events.map((event) => event.category));
    assert.deepEqual(new Set(list?.choices.map((c) => c.value)), used);
    assert.ok(
      list?.choices.some((c) => c.label === 'Öppet hus'),
      JSON.stringify(list?.choices),
    );
  });

  it('reads `service` as a centre service or a guidance service, by widget', () => {
    const centre = feedChoices('lc-centre-finder', 'service', feed, 'en');
    assert.ok(centre?.choices.some((c) => c.value === 'exam-invigilation' && c.label !== c.value));
    const guidance = feedChoices('lc-guidance-booking', 'service', feed, 'sv');
    assert.deepEqual(guidance?.choices[0], {
      value: 'studievagledning',
      label: 'Studievägledning',
    });
    assert.equal(feedChoices('lc-course-finder', 'service', feed, 'sv'), undefined);
  });

  it('offers partner kinds and course levels as the widgets name them', () => {
    const kinds = feedChoices('lc-partner-logos', 'kind', feed, 'sv');
    assert.ok(
      kinds?.choices.some(
        (c) => c.value === 'university' && c.label === 'Universitet eller högskola',
      ),
    );
    const levels = feedChoices('lc-course-finder', 'level', feed, 'en');
    assert.ok(levels?.choices.some((c) => c.value === 'preparatory'));
  });

  it('has nothing for an attribute the feed says nothing about', () => {
    assert.equal(feedChoices('lc-course-finder', 'page-size', feed, 'sv'), undefined);
    const empty = { ...feed, centres: [] };
    assert.equal(feedChoices('lc-course-finder', 'centre', empty, 'sv'), undefined);
  });
});
