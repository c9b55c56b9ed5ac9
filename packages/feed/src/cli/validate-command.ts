import { type LinkResult, checkLinks } from '../authoring/check-links.ts';
import { FeedLoadError } from '../load.ts';
import type { FeedIssue } from '../schema/dsl.ts';
import type { Feed } from '../types.ts';
import { formatIssue } from '../validate.ts';
import type { LinkCheckSettings } from './args.ts';
import type { CliIO } from './io.ts';
import { SourceError, readFeed } from './read-feed.ts';

/** How many items of each kind a widget would show. */
export interface FeedCounts {
  centres: number;
  providers: number;
  subjects: number;
  courses: number;
  events: number;
  partners: number;
  guidanceServices: number;
}

/** What `lc-feed validate --json` prints. */
export interface ValidateReport {
  source: string;
  /** No error issues (warnings are allowed). */
  valid: boolean;
  issues: FeedIssue[];
  /** Null when the feed is not usable at all or could not be read. */
  counts: FeedCounts | null;
  /** Why the feed could not be read (exit 2) or used at all. */
  error?: { kind: string; message: string };
  /** With `--check-links`: every address checked; broken ones are also error issues. */
  links?: LinkResult[];
}

/** Exit codes: the feed is valid, invalid, or could not be read. */
export const EXIT = { valid: 0, invalid: 1, unreadable: 2 } as const;

/**
 * `lc-feed validate`: strict where widgets are lenient. Any error issue (an
 * item widgets would leave out included) makes the feed invalid; warnings do not.
 */
export async function validateCommand(
  source: string,
  json: boolean,
  io: CliIO,
  linkCheck?: LinkCheckSettings,
): Promise<number> {
  const { report, code } = await check(source, linkCheck);
  if (json) io.out(`${JSON.stringify(report, null, 2)}\n`);
  else if (code === EXIT.unreadable)
    io.err(`lc-feed: cannot read ${source}: ${report.error?.message}\n`);
  else io.out(describeReport(report));
  return code;
}

async function check(
  source: string,
  linkCheck: LinkCheckSettings | undefined,
): Promise<{ report: ValidateReport; code: number }> {
  try {
    const { feed, issues } = await readFeed(source);
    const links = linkCheck && (await checkLinks(feed, source, linkCheck));
    for (const link of links ?? [])
      if (!link.ok)
        for (const path of link.paths)
          issues.push({
            path,
            message: `${link.url} ${link.problem}`,
            severity: 'error',
            rule: 'semantic',
          });
    const valid = !issues.some((issue) => issue.severity === 'error');
    return {
      report: { source, valid, issues, counts: countItems(feed), ...(links && { links }) },
      code: valid ? EXIT.valid : EXIT.invalid,
    };
  } catch (error) {
    if (error instanceof SourceError)
      return { report: failed(source, 'unreadable', error.message, []), code: EXIT.unreadable };
    if (error instanceof FeedLoadError) {
      const issues = error.issues.length ? error.issues : [feedIssue(error.message)];
      return { report: failed(source, error.kind, error.message, issues), code: EXIT.invalid };
    }
    throw error;
  }
}

function failed(
  source: string,
  kind: string,
  message: string,
  issues: FeedIssue[],
): ValidateReport {
  return { source, valid: false, issues, counts: null, error: { kind, message } };
}

function feedIssue(message: string): FeedIssue {
  return { path: '', message, severity: 'error', rule: 'schema' };
}

export function countItems(feed: Feed): FeedCounts {
  return {
    centres: feed.centres.length,
    providers: feed.providers.length,
    subjects: feed.subjects.length,
    courses: feed.courses.length,
    events: feed.events.length,
    partners: feed.partners.length,
    guidanceServices: feed.guidance?.services.length ?? 0,
  };
}

/** One issue per line (`path: message`), then a summary line. */
export function describeReport(report: ValidateReport): string {
  const lines = report.issues.map(
    (issue) => `${formatIssue(issue)}${issue.severity === 'warning' ? ' (warning)' : ''}`,
  );
  const errors = report.issues.filter((issue) => issue.severity === 'error').length;
  const warnings = report.issues.length - errors;
  const { source, counts } = report;
  if (report.links) {
    const broken = report.links.filter((link) => !link.ok).length;
    lines.push(
      `${plural(report.links.length, 'link')} checked: ${broken ? `${broken} broken` : 'all answer'}`,
    );
  }
  if (!counts) lines.push(`${source}: invalid — widgets cannot use this feed at all`);
  else if (report.valid)
    lines.push(
      `${source}: valid — ${shown(counts)}${warnings ? ` (${plural(warnings, 'warning')})` : ''}`,
    );
  else
    lines.push(
      `${source}: invalid — ${plural(errors, 'error')}${warnings ? `, ${plural(warnings, 'warning')}` : ''}; ` +
        `widgets would show ${shown(counts)}`,
    );
  return `${lines.join('\n')}\n`;
}

function shown(counts: FeedCounts): string {
  return [
    plural(counts.centres, 'centre'),
    plural(counts.courses, 'course'),
    plural(counts.events, 'event'),
    plural(counts.partners, 'partner'),
  ].join(', ');
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
