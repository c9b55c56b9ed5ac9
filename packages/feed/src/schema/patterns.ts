/** The text patterns of the feed's fields, shared by the validator and the JSON Schema. */
/** Supported major version: a feed whose `version` is not `1.x` is refused. */
export const VERSION_PATTERN = /^1\.\d+$/;
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
export const LANGUAGE_TAG_PATTERN = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/;
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const DATE_TIME_PATTERN =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d+)?)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;
export const TIME_PATTERN = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;
export const TIME_ZONE_PATTERN = /^(UTC|[A-Za-z_]+(\/[A-Za-z0-9_+-]+)+)$/;
const WEEKDAY = '(MO|TU|WE|TH|FR|SA|SU)';
const MONTHDAY = '-?([1-9]|[12]\\d|3[01])';
const PART = '(FREQ|INTERVAL|COUNT|UNTIL|BYDAY|BYMONTHDAY|WKST)';
/**
 * The RRULE subset we expand: FREQ, INTERVAL, COUNT, UNTIL, BYDAY (with
 * ordinals), BYMONTHDAY, WKST. The lookaheads carry RFC 5545's rules that
 * shape alone does not (each part once, not both COUNT and UNTIL, numbered
 * weekdays only with FREQ=MONTHLY), so any JSON Schema validator enforces them too.
 */
export const RRULE_PATTERN = /* @__PURE__ */ new RegExp(
  `^(?=(.*;)?FREQ=)(?!(.*;)?${PART}=.*;\\3=)(?!(?=(.*;)?COUNT=)(.*;)?UNTIL=)(?!(?=(.*;)?BYDAY=[^;]*\\d)(?!(.*;)?FREQ=MONTHLY))` +
    `((FREQ=(DAILY|WEEKLY|MONTHLY)|INTERVAL=[1-9]\\d*|COUNT=[1-9]\\d*|UNTIL=\\d{8}(T\\d{6}Z?)?` +
    `|BYDAY=[+-]?[1-5]?${WEEKDAY}(,[+-]?[1-5]?${WEEKDAY})*|BYMONTHDAY=${MONTHDAY}(,${MONTHDAY})*|WKST=${WEEKDAY})(;(?!$)|$))+$`,
);
