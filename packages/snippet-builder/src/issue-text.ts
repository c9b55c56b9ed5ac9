/**
 * Feed problems in plain words for editors: where (`Kurs nr 2, fältet
 * credits.system`), what ("Värdet är inte ett av de tillåtna."), what the
 * widgets do about it, and the validator's own message as the technical detail.
 */
import type { FeedIssue } from '../../feed/src/index.ts';
import { msg, type BuilderLang, type BuilderMessageKey } from './messages.ts';

/** An issue as the builder lists it. */
export interface IssueText {
  severity: FeedIssue['severity'];
  /** "Kurs nr 2, fältet credits.system" */
  where: string;
  /** What is wrong, in plain words. */
  what: string;
  /** What the widgets do about it. */
  effect: string;
  /** `path: message` as the validator wrote it (English). */
  detail: string;
}

/** Why a feed could not be used at all, and what to do. */
export interface LoadErrorText {
  title: string;
  advice: string;
}

/** The lists whose items the validator reports by index or id. */
const ITEM_LISTS: Record<string, BuilderMessageKey> = {
  centres: 'item.centres',
  providers: 'item.providers',
  subjects: 'item.subjects',
  courses: 'item.courses',
  events: 'item.events',
  partners: 'item.partners',
  'guidance.services': 'item.services',
};

const ITEM_PATH =
  /^(centres|providers|subjects|courses|events|partners|guidance\.services)\[(?:(\d+)|id=([^\]]+))\]\.?(.*)$/;

/** `courses[1].credits.system` → "Kurs nr 2, fältet credits.system". */
export function issueWhere(path: string, lang: BuilderLang): string {
  if (!path) return msg(lang, 'issue.where.feed');
  const match = ITEM_PATH.exec(path);
  if (!match)
    return `${msg(lang, 'issue.where.feed')}, ${msg(lang, 'issue.where.field', { field: path })}`;
  const [, list, index, id, rest] = match;
  const item = msg(lang, ITEM_LISTS[list]);
  const thing =
    index !== undefined
      ? msg(lang, 'issue.where.item', { item, number: Number(index) + 1 })
      : msg(lang, 'issue.where.itemId', { item, id });
  return rest ? `${thing}, ${msg(lang, 'issue.where.field', { field: rest })}` : thing;
}

/** Which plain sentence fits the validator's message. */
function whatKey(issue: FeedIssue): BuilderMessageKey {
  const { rule, message } = issue;
  if (rule === 'unique') return 'issue.what.duplicate';
  if (rule === 'reference') return 'issue.what.reference';
  if (rule === 'unknown-property') return 'issue.what.unknown';
  if (/not an http\(s\) address/.test(message)) return 'issue.what.link';
  if (/time zone/i.test(message) && /^unknown/.test(message)) return 'issue.what.timeZone';
  if (/^is required/.test(message)) return 'issue.what.missing';
  if (/^expected one of/.test(message)) return 'issue.what.value';
  if (/^must (be|not)/.test(message)) return 'issue.what.range';
  if (/^expected/.test(message)) return 'issue.what.form';
  return 'issue.what.other';
}

/** What the widgets do, from what the validator says it did. */
function effectKey(issue: FeedIssue): BuilderMessageKey {
  const { message, severity } = issue;
  if (/left out/.test(message)) return 'issue.effect.leftOut';
  if (/shown in UTC/.test(message)) return 'issue.effect.utc';
  if (/will not link/.test(message)) return 'issue.effect.notLinked';
  if (issue.rule === 'unknown-property') return 'issue.effect.ignored';
  return severity === 'warning' ? 'issue.effect.warning' : 'issue.effect.error';
}

/** One feed issue in plain words. */
export function issueText(issue: FeedIssue, lang: BuilderLang): IssueText {
  return {
    severity: issue.severity,
    where: issueWhere(issue.path, lang),
    what: msg(lang, whatKey(issue)),
    effect: msg(lang, effectKey(issue)),
    detail: `${issue.path || '(feed)'}: ${issue.message}`,
  };
}

const LOAD_KEYS: Record<string, BuilderMessageKey> = {
  network: 'load.network',
  http: 'load.http',
  timeout: 'load.timeout',
  parse: 'load.parse',
  schema: 'load.schema',
  'too-large': 'load.tooLarge',
  aborted: 'load.aborted',
  config: 'load.config',
};

/** A feed that cannot be used, by its error kind (`lc-error`'s `kind`), in plain words. */
export function loadErrorText(
  error: { kind: string; status?: number },
  lang: BuilderLang,
): LoadErrorText {
  const key: BuilderMessageKey =
    error.kind === 'http' && (error.status === 404 || error.status === 410)
      ? 'load.notFound'
      : (LOAD_KEYS[error.kind] ?? 'load.network');
  const status = String(error.status ?? '');
  return {
    title: msg(lang, key, { status }),
    advice: msg(lang, `${key}.advice` as BuilderMessageKey),
  };
}
