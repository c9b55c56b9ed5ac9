/**
 * What a person chooses before the times: the service, then how (mode), where
 * (centre) and in which language to meet — each narrowed by the element's
 * attributes and by what the feed says the service offers. No DOM.
 */
import type { GuidanceMode, GuidanceService } from '@learning-centre/feed/widget';
import type { AvailabilityQuery } from './booking-client.ts';

/** One complete choice: enough to ask for free times. */
export interface Choice {
  service: string;
  mode: GuidanceMode;
  /** The centre the meeting is at (on site) or whose counsellor it is (phone, video). */
  centre?: string;
  /** Absent when the feed names no languages for the service: any language then. */
  language?: string;
}

/** What can be chosen for one service. */
export interface ChoiceOptions {
  modes: GuidanceMode[];
  centres: string[];
  languages: string[];
}

/** What the page fixed with the element's attributes. */
export interface FixedChoice {
  centre?: string;
  mode?: string;
}

/**
 * The modes, centres and languages `service` offers, narrowed by `fixed`. A
 * service without `centres` is offered at every centre of the feed (`allCentres`).
 */
export function choiceOptions(
  service: GuidanceService,
  allCentres: readonly string[],
  fixed: FixedChoice = {},
): ChoiceOptions {
  return {
    modes: service.modes.filter((m) => !fixed.mode || m === fixed.mode),
    centres: fixed.centre ? [fixed.centre] : [...(service.centres ?? allCentres)],
    languages: [...(service.languages ?? [])],
  };
}

/** Whether there is anything to choose between (else the options step is skipped). */
export function hasChoices(options: ChoiceOptions): boolean {
  return options.modes.length > 1 || options.centres.length > 1 || options.languages.length > 1;
}

/**
 * A complete choice for `service`: what was chosen before where it is still
 * offered, else the first mode and centre, and the page's language when the
 * service is offered in it.
 */
export function defaultChoice(
  service: GuidanceService,
  options: ChoiceOptions,
  pageLanguage: string,
  previous?: Partial<Choice>,
): Choice {
  const keep = <T>(list: readonly T[], value: T | undefined): T | undefined =>
    value !== undefined && list.includes(value) ? value : list[0];
  const page = pageLanguage.split('-')[0]!.toLowerCase();
  return {
    service: service.id,
    mode: keep(options.modes, previous?.mode) ?? service.modes[0]!,
    centre: keep(options.centres, previous?.centre),
    language: keep(options.languages, previous?.language ?? page),
  };
}

/** The availability query for a choice over `from`–`to` (dates, inclusive). */
export function availabilityQuery(choice: Choice, from: string, to: string): AvailabilityQuery {
  return {
    service: choice.service,
    mode: choice.mode,
    centre: choice.centre,
    language: choice.language,
    from,
    to,
  };
}
