/**
 * The builder's own words, in Swedish and English. `{name}` takes a
 * parameter; a `{ one, other }` message picks its form by `count`.
 */

/** The builder's languages. */
export const BUILDER_LANGS = ['sv', 'en'] as const;
export type BuilderLang = (typeof BUILDER_LANGS)[number];

type Message = string | { one: string; other: string };

const sv = {
  'page.title': 'Kodbyggaren för lärcentrumets widgetar',
  'page.intro':
    'Klistra in adressen till flödet, välj widget och inställningar, se hur det blir och kopiera koden till er webbplats.',
  'page.switch': 'In English',

  'feed.heading': '1. Flödet',
  'feed.label': 'Flödets adress',
  'feed.hint':
    'Adressen till lärcentrumets JSON-fil, till exempel https://larcentrum.example/feed.json',
  'feed.check': 'Kontrollera flödet',
  'feed.sample': 'Prova med exempelflödet',
  'feed.checking': 'Kontrollerar flödet…',
  'feed.ok': 'Flödet fungerar.',
  'feed.contents':
    'Lärcentrum: {centres}. Kurser: {courses}. Evenemang: {events}. Partner: {partners}.',
  'feed.clean': 'Inga problem hittades.',
  'feed.issues': {
    one: 'En sak att rätta eller titta på:',
    other: '# saker att rätta eller titta på:',
  },
  'feed.more': {
    one: '… och en till. Se alla med pnpm lc-feed validate.',
    other: '… och # till. Se alla med pnpm lc-feed validate.',
  },
  'feed.failed': 'Flödet kan inte användas',
  'feed.invalidUrl': 'Skriv en hel adress som börjar med https://',

  'severity.error': 'Fel',
  'severity.warning': 'Varning',
  'issue.detail': 'Tekniskt (engelska):',
  'issue.where.feed': 'Flödet',
  'issue.where.field': 'fältet {field}',
  'issue.where.item': '{item} nr {number}',
  'issue.where.itemId': '{item} ”{id}”',
  'item.centres': 'Lärcentrum',
  'item.providers': 'Utbildningsanordnare',
  'item.subjects': 'Ämne',
  'item.courses': 'Kurs',
  'item.events': 'Evenemang',
  'item.partners': 'Partner',
  'item.services': 'Vägledningstjänst',
  'issue.what.missing': 'En uppgift som krävs saknas.',
  'issue.what.value': 'Värdet är inte ett av de tillåtna.',
  'issue.what.form': 'Värdet har fel form.',
  'issue.what.range': 'Värdet är för stort, för litet eller tomt.',
  'issue.what.reference': 'Det pekar på något som inte finns i flödet.',
  'issue.what.duplicate': 'Samma id finns två gånger.',
  'issue.what.unknown': 'Ett fält som widgetarna inte känner till (kanske felstavat).',
  'issue.what.link': 'Adressen är inte en webbadress (https://).',
  'issue.what.timeZone': 'Tidszonen är okänd.',
  'issue.what.other': 'Något stämmer inte.',
  'issue.effect.leftOut': 'Det lämnas bort i widgetarna.',
  'issue.effect.ignored': 'Det ignoreras.',
  'issue.effect.notLinked': 'Widgetarna länkar inte till den.',
  'issue.effect.utc': 'Tiderna visas i UTC.',
  'issue.effect.error': 'Widgetarna hoppar över eller ersätter det som är fel.',
  'issue.effect.warning': 'Widgetarna fungerar ändå.',

  'load.network': 'Flödet gick inte att nå.',
  'load.network.advice':
    'Kontrollera adressen. Går den att öppna i webbläsaren men inte här, behöver servern tillåta anrop från andra webbplatser (CORS): svarshuvudet Access-Control-Allow-Origin: *.',
  'load.notFound': 'Det finns inget flöde på adressen ({status}).',
  'load.notFound.advice': 'Kontrollera stavningen och om adressen ska börja med https://.',
  'load.http': 'Servern svarade med ett fel ({status}).',
  'load.http.advice': 'Försök igen om en stund, eller kontakta den som sköter servern.',
  'load.timeout': 'Flödet svarade inte inom tio sekunder.',
  'load.timeout.advice':
    'Försök igen. Är servern ofta långsam, be den som sköter den att lägga flödet som en vanlig fil.',
  'load.parse': 'Filen är inte giltig JSON.',
  'load.parse.advice':
    'Ofta saknas ett kommatecken eller ett citattecken. Kontrollera filen med pnpm lc-feed validate eller en JSON-validerare.',
  'load.schema': 'Filen är inte ett flöde som widgetarna kan läsa.',
  'load.schema.advice': 'Flödet måste vara ett JSON-objekt med "version": "1.0". Se docs/feed.md.',
  'load.tooLarge': 'Flödet är större än 5 MB.',
  'load.tooLarge.advice': 'Ta bort gamla evenemang och kurser, eller dela upp flödet.',
  'load.aborted': 'Kontrollen avbröts.',
  'load.aborted.advice': 'Försök igen.',
  'load.config': 'Ange adressen till flödet.',
  'load.config.advice': 'Klistra in adressen i fältet ovan.',

  'widget.heading': '2. Widget',
  'options.heading': '3. Inställningar',
  'options.none': 'Den här widgeten har inga fler inställningar.',
  'options.any': 'Alla (standard)',
  'options.defaultValue': 'Standard: {value}',
  'options.unset': 'Inte angivet (standard)',

  'theme.heading': '4. Färger och form',
  'theme.intro':
    'Ändra bara det som ska skilja sig från standard. Ändringarna hamnar i ett style-block i koden.',
  'theme.dark': 'Använd mörka färger',
  'theme.reset': 'Återställ färger och form',
  'theme.invalid': 'Värdet kan inte användas (tecknen ; { } < > \\ går inte).',

  'preview.heading': 'Förhandsvisning',
  'preview.empty': 'Kontrollera ett flöde, så visas widgeten här.',

  'snippet.heading': '5. Koden',
  'snippet.intro':
    'Klistra in koden där widgeten ska visas, i ett HTML-block i ert publiceringsverktyg (docs/embedding.md beskriver WordPress, Drupal och Sitevision).',
  'snippet.scriptUrl': 'Skriptets adress',
  'snippet.scriptHint': 'Lägger ni skriptet på en egen server, skriv dess adress här.',
  'snippet.label': 'Kod att klistra in',
  'snippet.copy': 'Kopiera koden',
  'snippet.copied': 'Koden är kopierad.',
  'snippet.selected': 'Koden är markerad: tryck Ctrl+C (⌘+C på Mac) för att kopiera den.',
  'snippet.fallback': 'Se utbudet hos {name}',
  'snippet.fallbackPlain': 'Se lärcentrumets utbud',
  'snippet.waiting': 'Kontrollera ett flöde först.',

  'csp.heading': 'Säkerhetsregler (CSP)',
  'csp.intro':
    'Har webbplatsen en Content-Security-Policy behöver den de här raderna. Be den som sköter webbplatsens server att lägga till dem.',
  'csp.label': 'CSP-rader',
  'csp.copy': 'Kopiera raderna',
  'csp.copied': 'Raderna är kopierade.',
  'csp.styleNote':
    "Raden style-src med 'sha256-…' hör till style-blocket i koden: ändrar ni färgerna, kopiera raderna igen.",
} satisfies Record<string, Message>;

export type BuilderMessageKey = keyof typeof sv;

const en: Record<BuilderMessageKey, Message> = {
  'page.title': "The learning centre widgets' snippet builder",
  'page.intro':
    "Paste the feed's address, pick a widget and its options, see how it looks and copy the code to your website.",
  'page.switch': 'På svenska',

  'feed.heading': '1. The feed',
  'feed.label': "The feed's address",
  'feed.hint':
    "The address of the learning centre's JSON file, for example https://larcentrum.example/feed.json",
  'feed.check': 'Check the feed',
  'feed.sample': 'Try the sample feed',
  'feed.checking': 'Checking the feed…',
  'feed.ok': 'The feed works.',
  'feed.contents':
    'Centres: {centres}. Courses: {courses}. Events: {events}. Partners: {partners}.',
  'feed.clean': 'No problems found.',
  'feed.issues': { one: 'One thing to fix or look at:', other: '# things to fix or look at:' },
  'feed.more': {
    one: '… and one more. See them all with pnpm lc-feed validate.',
    other: '… and # more. See them all with pnpm lc-feed validate.',
  },
  'feed.failed': 'The feed cannot be used',
  'feed.invalidUrl': 'Type a whole address that starts with https://',

  'severity.error': 'Error',
  'severity.warning': 'Warning',
  'issue.detail': 'Technical:',
  'issue.where.feed': 'The feed',
  'issue.where.field': 'field {field}',
  'issue.where.item': '{item} no. {number}',
  'issue.where.itemId': '{item} "{id}"',
  'item.centres': 'Centre',
  'item.providers': 'Provider',
  'item.subjects': 'Subject',
  'item.courses': 'Course',
  'item.events': 'Event',
  'item.partners': 'Partner',
  'item.services': 'Guidance service',
  'issue.what.missing': 'Something required is missing.',
  'issue.what.value': 'The value is not one of those allowed.',
  'issue.what.form': 'The value has the wrong form.',
  'issue.what.range': 'The value is too large, too small or empty.',
  'issue.what.reference': 'It points to something that is not in the feed.',
  'issue.what.duplicate': 'The same id is used twice.',
  'issue.what.unknown': 'A field the widgets do not know (a typo?).',
  'issue.what.link': 'The address is not a web address (https://).',
  'issue.what.timeZone': 'The time zone is unknown.',
  'issue.what.other': 'Something is not right.',
  'issue.effect.leftOut': 'It is left out of the widgets.',
  'issue.effect.ignored': 'It is ignored.',
  'issue.effect.notLinked': 'The widgets do not link to it.',
  'issue.effect.utc': 'Times are shown in UTC.',
  'issue.effect.error': 'The widgets skip or replace what is wrong.',
  'issue.effect.warning': 'The widgets still work.',

  'load.network': 'The feed could not be reached.',
  'load.network.advice':
    'Check the address. If it opens in the browser but not here, the server must allow requests from other websites (CORS): the response header Access-Control-Allow-Origin: *.',
  'load.notFound': 'There is no feed at that address ({status}).',
  'load.notFound.advice': 'Check the spelling, and whether the address should start with https://.',
  'load.http': 'The server answered with an error ({status}).',
  'load.http.advice': 'Try again in a while, or contact whoever runs the server.',
  'load.timeout': 'The feed did not answer within ten seconds.',
  'load.timeout.advice':
    'Try again. If the server is often slow, ask whoever runs it to publish the feed as a plain file.',
  'load.parse': 'The file is not valid JSON.',
  'load.parse.advice':
    'Often a comma or a quotation mark is missing. Check the file with pnpm lc-feed validate or a JSON validator.',
  'load.schema': 'The file is not a feed the widgets can read.',
  'load.schema.advice': 'A feed is a JSON object with "version": "1.0". See docs/feed.md.',
  'load.tooLarge': 'The feed is larger than 5 MB.',
  'load.tooLarge.advice': 'Remove old events and courses, or split the feed.',
  'load.aborted': 'The check was cancelled.',
  'load.aborted.advice': 'Try again.',
  'load.config': "Type the feed's address.",
  'load.config.advice': 'Paste the address into the field above.',

  'widget.heading': '2. Widget',
  'options.heading': '3. Options',
  'options.none': 'This widget has no more options.',
  'options.any': 'All (default)',
  'options.defaultValue': 'Default: {value}',
  'options.unset': 'Not set (default)',

  'theme.heading': '4. Colours and shape',
  'theme.intro':
    'Change only what should differ from the default. Your changes go into a style block in the code.',
  'theme.dark': 'Use dark colours',
  'theme.reset': 'Reset colours and shape',
  'theme.invalid': 'This value cannot be used (the characters ; { } < > \\ are not allowed).',

  'preview.heading': 'Preview',
  'preview.empty': 'Check a feed and the widget is shown here.',

  'snippet.heading': '5. The code',
  'snippet.intro':
    'Paste the code where the widget should be, in an HTML block of your content management system (docs/embedding.md covers WordPress, Drupal and Sitevision).',
  'snippet.scriptUrl': "The script's address",
  'snippet.scriptHint': 'If you host the script on your own server, type its address here.',
  'snippet.label': 'Code to paste',
  'snippet.copy': 'Copy the code',
  'snippet.copied': 'The code is copied.',
  'snippet.selected': 'The code is selected: press Ctrl+C (⌘+C on a Mac) to copy it.',
  'snippet.fallback': 'See what {name} offers',
  'snippet.fallbackPlain': "See the learning centre's offer",
  'snippet.waiting': 'Check a feed first.',

  'csp.heading': 'Security rules (CSP)',
  'csp.intro':
    "If the website has a Content-Security-Policy, it needs these lines. Ask whoever runs the website's server to add them.",
  'csp.label': 'CSP lines',
  'csp.copy': 'Copy the lines',
  'csp.copied': 'The lines are copied.',
  'csp.styleNote':
    "The style-src line with 'sha256-…' belongs to the code's style block: if you change the colours, copy the lines again.",
};

const TABLES: Record<BuilderLang, Record<BuilderMessageKey, Message>> = { sv, en };

/** `sv` for Swedish (any region), else `en`. */
export function builderLang(lang: string | null | undefined): BuilderLang {
  return lang?.trim().toLowerCase().split('-')[0] === 'sv' ? 'sv' : 'en';
}

/** One message in `lang`, placeholders filled. */
export function msg(
  lang: BuilderLang,
  key: BuilderMessageKey,
  params: Record<string, string | number> = {},
): string {
  const message = TABLES[lang][key];
  let text: string;
  if (typeof message === 'string') text = message;
  else {
    const count = Number(params.count);
    text = new Intl.PluralRules(lang).select(count) === 'one' ? message.one : message.other;
    text = text.replaceAll('#', new Intl.NumberFormat(lang).format(count));
  }
  return text.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : placeholder,
  );
}
