import type { FeedIssue } from './schema/dsl.ts';
import type { Feed } from './types.ts';
import { sourceIndex } from './schema/dsl.ts';
import { safeUrl } from './safe-url.ts';

type Item = { id: string };

/**
 * The checks JSON Schema cannot express: ids unique per collection, references
 * that resolve, web addresses a widget may link. An item with a duplicate id or a
 * dangling reference is left out (and reported); unsafe addresses only warn,
 * because widgets never link them anyway (see `safeUrl`). `input` is the feed
 * as parsed, used only to tell a missing id from one whose item was left out.
 */
export function checkReferences(
  feed: Feed,
  issues: FeedIssue[],
  input: Record<string, unknown> = {},
): void {
  feed.centres = unique(feed.centres, 'centres', issues);
  feed.providers = unique(feed.providers, 'providers', issues);
  feed.subjects = unique(feed.subjects, 'subjects', issues);
  feed.courses = unique(feed.courses, 'courses', issues);
  feed.events = unique(feed.events, 'events', issues);
  feed.partners = unique(feed.partners, 'partners', issues);

  const centres = targets(feed.centres, input.centres);
  const providers = targets(feed.providers, input.providers);
  const subjects = new Set(feed.subjects.map((s) => s.id));

  feed.courses = keepResolved(feed.courses, 'courses', issues, (course, ref) => {
    ref('provider', course.provider, providers, 'provider');
    course.centres?.forEach((centre, i) => ref(`centres[${i}]`, centre, centres, 'centre'));
    course.sessions?.forEach((session, i) =>
      ref(`sessions[${i}].centre`, session.centre, centres, 'centre'),
    );
  });
  if (feed.subjects.length)
    feed.courses.forEach((course) =>
      course.subjects?.forEach((subject) => {
        if (!subjects.has(subject))
          issues.push(
            warning(
              `courses[id=${course.id}].subjects`,
              `subject "${subject}" is not in the subjects list; its id is shown as its name`,
              'reference',
            ),
          );
      }),
    );
  feed.events = keepResolved(feed.events, 'events', issues, (event, ref) => {
    ref('centre', event.centre, centres, 'centre');
    ref('provider', event.provider, providers, 'provider');
  });
  feed.partners = keepResolved(feed.partners, 'partners', issues, (partner, ref) => {
    partner.centres?.forEach((centre, i) => ref(`centres[${i}]`, centre, centres, 'centre'));
  });
  if (feed.guidance) {
    // A new object: valid parts of the input are shared, never changed.
    feed.guidance = {
      ...feed.guidance,
      services: keepResolved(
        unique(feed.guidance.services, 'guidance.services', issues),
        'guidance.services',
        issues,
        (service, ref) => {
          service.centres?.forEach((centre, i) => ref(`centres[${i}]`, centre, centres, 'centre'));
        },
      ),
    };
  }
  checkLinks(feed, issues);
}

function unique<T extends Item>(items: T[], path: string, issues: FeedIssue[]): T[] {
  const seen = new Set<string>();
  return items.filter((item, index) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return true;
    }
    issues.push({
      path: `${path}[${sourceIndex(item, index)}].id`,
      message: `duplicate id "${item.id}": ids must be unique in ${path}; this one is left out`,
      severity: 'error',
      rule: 'unique',
    });
    return false;
  });
}

/**
 * The ids a reference may point to, and the ids of input items that were left
 * out for errors of their own (so the message can say so instead of "no such id").
 */
interface Targets {
  kept: Set<string>;
  leftOut: Set<string>;
}

function targets(kept: Item[], input: unknown): Targets {
  const ids = new Set(kept.map((item) => item.id));
  const leftOut = new Set<string>();
  if (Array.isArray(input))
    for (const item of input) {
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string' && !ids.has(id)) leftOut.add(id);
    }
  return { kept: ids, leftOut };
}

type RefCheck = (field: string, value: string | undefined, targets: Targets, what: string) => void;

function keepResolved<T extends Item>(
  items: T[],
  path: string,
  issues: FeedIssue[],
  visit: (item: T, ref: RefCheck) => void,
): T[] {
  return items.filter((item) => {
    let ok = true;
    visit(item, (field, value, { kept, leftOut }, what) => {
      if (value === undefined || kept.has(value)) return;
      ok = false;
      issues.push({
        path: `${path}[id=${item.id}].${field}`,
        message: leftOut.has(value)
          ? `${what} "${value}" was left out for its own errors; this item is left out too`
          : `no ${what} with id "${value}" in this feed; this item is left out`,
        severity: 'error',
        rule: 'reference',
      });
    });
    return ok;
  });
}

function warning(path: string, message: string, rule: FeedIssue['rule']): FeedIssue {
  return { path, message, severity: 'warning', rule };
}

const BASE = 'https://feed.invalid/';

function checkLinks(feed: Feed, issues: FeedIssue[]): void {
  const check = (path: string, value: string | undefined) => {
    if (value !== undefined && !safeUrl(value, BASE))
      issues.push(
        warning(
          path,
          `${JSON.stringify(value.slice(0, 60))} is not an http(s) address; widgets will not link it`,
          'semantic',
        ),
      );
  };
  feed.courses.forEach((c) => {
    check(`courses[id=${c.id}].url`, c.url);
    check(`courses[id=${c.id}].applyUrl`, c.applyUrl);
  });
  feed.events.forEach((e) => {
    check(`events[id=${e.id}].url`, e.url);
    check(`events[id=${e.id}].onlineUrl`, e.onlineUrl);
    check(`events[id=${e.id}].registration.url`, e.registration?.url);
  });
  feed.centres.forEach((c) => check(`centres[id=${c.id}].url`, c.url));
  feed.providers.forEach((p) => {
    check(`providers[id=${p.id}].url`, p.url);
    check(`providers[id=${p.id}].logo.src`, p.logo?.src);
  });
  feed.partners.forEach((p) => {
    check(`partners[id=${p.id}].url`, p.url);
    check(`partners[id=${p.id}].logo.src`, p.logo?.src);
    check(`partners[id=${p.id}].logo.monochrome`, p.logo?.monochrome);
  });
}
