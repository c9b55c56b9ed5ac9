/**
 * The texts of the form, the receipt, the status page and the prepared
 * e-mail, loaded with them; the rules' texts (messages.ts) are included. A
 * page rewords or translates them with core's
 * `registerMessages(lang, { 'examRequest.…': '…' })`.
 */
import { defineWidgetMessages, type MessageValue } from '@learning-centre/core';
import { examRequestEn, examRequestSv } from './messages.ts';

/** Swedish: the reference table. */
const sv = {
  ...examRequestSv,
  'examRequest.formHeading': 'Skicka en förfrågan',
  'examRequest.mailFormHeading': 'Gör i ordning ett mejl till oss',
  'examRequest.mailIntro':
    'Fyll i uppgifterna, så gör vi i ordning ett mejl med allt ifyllt. Du skickar det från din egen e-post.',
  'examRequest.examGroup': 'Tentamen',
  'examRequest.youGroup': 'Om dig',
  'examRequest.optional': '{label} (frivilligt)',
  'examRequest.chooseUniversity': 'Välj lärosäte',
  'examRequest.otherUniversity': 'Ett annat lärosäte',
  'examRequest.label.provider': 'Lärosäte',
  'examRequest.label.university': 'Lärosätets namn',
  'examRequest.label.courseCode': 'Kurskod',
  'examRequest.label.courseName': 'Kursens namn',
  'examRequest.label.date': 'Datum',
  'examRequest.label.start': 'Starttid',
  'examRequest.label.minutes': 'Skrivtid i minuter',
  'examRequest.label.support': 'Stöd',
  'examRequest.label.supportNote': 'Mer om vad du behöver',
  'examRequest.label.name': 'Namn',
  'examRequest.label.email': 'E-post',
  'examRequest.label.phone': 'Telefon',
  'examRequest.label.municipality': 'Kommun där du är folkbokförd',
  'examRequest.label.consent': 'Godkännande',
  'examRequest.label.centre': 'Lärcentrum',
  'examRequest.label.fee': 'Avgift',
  'examRequest.dateHint': 'Tidigast {date}. Tentor skrivs {days}, inte på helgdagar.',
  'examRequest.startHint': 'Som lärosätet har bestämt. Tentor skrivs mellan {from} och {to}.',
  'examRequest.minutesHint':
    'Som lärosätet har angett, med förlängd skrivtid om du har fått det. Fem timmar är 300 minuter.',
  'examRequest.ends': 'Tentan slutar {time}.',
  'examRequest.supportGroup': 'Behöver du stöd?',
  'examRequest.supportLabel.computer': 'Dator',
  'examRequest.supportLabel.extended-time': 'Förlängd skrivtid',
  'examRequest.supportLabel.separate-room': 'Eget rum',
  'examRequest.emailHint': 'Hit skickar vi besked om din förfrågan.',
  'examRequest.municipalityHint': 'Avgör om du behöver betala.',
  'examRequest.noIdNumber': 'Vi frågar aldrig efter ditt personnummer.',
  'examRequest.feeFree': 'Ingen avgift för dig.',
  'examRequest.feeYou': 'Avgift för dig: {amount}.',
  'examRequest.consent':
    'Jag godkänner att lärcentrumet använder mina uppgifter för att ordna min tentamen.',
  'examRequest.privacy': 'Så behandlar vi dina personuppgifter',
  'examRequest.newTab': '(öppnas i en ny flik)',
  'examRequest.send': 'Skicka förfrågan',
  'examRequest.sending': 'Skickar din förfrågan…',
  'examRequest.prepare': 'Gör i ordning mejlet',
  'examRequest.summary': 'Kontrollera det här',

  'examRequest.error.required': 'Fyll i det här.',
  'examRequest.error.choose': 'Välj ett lärosäte.',
  'examRequest.error.format': 'Kontrollera att det är rätt skrivet.',
  'examRequest.error.email': 'Skriv en e-postadress, till exempel namn@exempel.se.',
  'examRequest.error.minutes': 'Skriv skrivtiden i hela minuter, till exempel 300.',
  'examRequest.error.time': 'Skriv tiden som timmar och minuter, till exempel 09:00.',
  'examRequest.error.text-too-long': 'Texten är för lång.',
  'examRequest.error.must-be-true': 'Du behöver godkänna det för att kunna skicka förfrågan.',
  'examRequest.error.past': 'Det datumet har redan varit. Välj ett datum efter i dag.',
  'examRequest.error.too-late':
    'Det är för sent att fråga om den dagen. Första möjliga datum är {date}.',
  'examRequest.error.weekday': 'Vi tar inte emot tentor på en {weekday}. Tentor skrivs {days}.',
  'examRequest.error.holiday': '{date} är {holiday} och då har vi stängt. Välj en annan dag.',
  'examRequest.error.closed': 'Lärcentrumet har stängt den dagen. Välj en annan dag.',
  'examRequest.error.closedNote': 'Lärcentrumet har stängt den dagen: {note}. Välj en annan dag.',
  'examRequest.error.too-early': 'Tentor kan börja tidigast {time}.',
  'examRequest.error.ends-too-late': 'Tentan slutar för sent: alla tentor ska vara klara {time}.',
  'examRequest.error.too-long': {
    one: 'Så lång skrivtid kan vi inte erbjuda: högst # minut.',
    other: 'Så lång skrivtid kan vi inte erbjuda: högst # minuter.',
  },
  'examRequest.error.no-session': 'Tentan ska rymmas i ett av passen {sessions}.',
  'examRequest.error.university':
    'Det lärosätet tar inte emot tentor hos oss. Fråga lärosätet var du kan skriva.',
  'examRequest.error.support': 'Det stödet kan vi inte ordna. Vi kan ordna {support}.',
  'examRequest.error.full': 'Alla platser den dagen är redan bokade. Välj ett annat datum.',

  'examRequest.problem.network':
    'Vi fick ingen kontakt med lärcentrumet. Kontrollera anslutningen och försök igen – inget du har fyllt i är borta.',
  'examRequest.problem.unavailable':
    'Det går inte att nå lärcentrumets bokning just nu. Försök igen om en stund eller mejla oss.',
  'examRequest.problem.not-offered':
    'Det här lärcentrumet tar inte emot förfrågningar via webben. Mejla oss i stället – vi har fyllt i allt åt dig.',
  'examRequest.problem.not-found':
    'Vi hittar ingen förfrågan bakom den här länken. Kontrollera att du har fått med hela länken. Förfrågningar tas bort en tid efter tentan.',
  'examRequest.problem.started': 'Tentan har redan börjat och kan inte avbokas här. Ring oss.',
  'examRequest.mailInstead': 'Mejla förfrågan i stället',

  'examRequest.receiptHeading': 'Tack! Vi har tagit emot din förfrågan',
  'examRequest.statusHeading': 'Din förfrågan om tentamen',
  'examRequest.loading': 'Hämtar din förfrågan…',
  'examRequest.status': 'Status',
  'examRequest.status.pending': 'Väntar på besked från lärcentrumet',
  'examRequest.status.confirmed': 'Bekräftad: din plats är bokad',
  'examRequest.status.declined': 'Nekad',
  'examRequest.status.cancelled': 'Avbokad',
  'examRequest.pendingNext':
    'Lärcentrumet går igenom din förfrågan och mejlar dig när det är klart.',
  'examRequest.reason': 'Skäl: {reason}',
  'examRequest.exam': 'Tentamen',
  'examRequest.time': 'Tid',
  'examRequest.where': 'Plats',
  'examRequest.noFee': 'Ingen avgift',
  'examRequest.giveAddress': 'Ge lärosätet den här adressen när du anmäler dig till tentan:',
  'examRequest.statusLink': 'Se status eller avboka',
  'examRequest.statusLinkHint':
    'Spara länken, till exempel som bokmärke. Den är din nyckel till förfrågan: vi sparar ingenting i din webbläsare, och den som har länken kan se och avboka förfrågan.',
  'examRequest.cancel': 'Avboka',
  'examRequest.cancelQuestion': 'Vill du avboka tentan? Det går inte att ångra.',
  'examRequest.cancelYes': 'Ja, avboka',
  'examRequest.cancelNo': 'Nej, behåll den',
  'examRequest.newRequest': 'Gör en ny förfrågan',
  'examRequest.calendarFile': 'tentamen.ics',

  'examRequest.mailHeading': 'Ditt mejl är klart',
  'examRequest.mailText':
    'Öppna mejlet, läs igenom det och skicka det. Fungerar inte länken kan du kopiera texten nedan och mejla den till {email}.',
  'examRequest.openMail': 'Öppna mejlet till {email}',
  'examRequest.mailSubject': 'Förfrågan om tentamen: {course}, {date}',
  'examRequest.mailBody': 'Mejlets text',
  'examRequest.edit': 'Ändra uppgifterna',
} as const;

export type StepMessageKey = keyof typeof sv;

/** English. */
const en: Record<StepMessageKey, MessageValue> = {
  ...examRequestEn,
  'examRequest.formHeading': 'Send a request',
  'examRequest.mailFormHeading': 'Prepare an e-mail to us',
  'examRequest.mailIntro':
    'Fill in the details and we prepare an e-mail with everything filled in. You send it from your own e-mail.',
  'examRequest.examGroup': 'The exam',
  'examRequest.youGroup': 'About you',
  'examRequest.optional': '{label} (optional)',
  'examRequest.chooseUniversity': 'Choose a university',
  'examRequest.otherUniversity': 'Another university',
  'examRequest.label.provider': 'University',
  'examRequest.label.university': 'Name of the university',
  'examRequest.label.courseCode': 'Course code',
  'examRequest.label.courseName': 'Course name',
  'examRequest.label.date': 'Date',
  'examRequest.label.start': 'Start time',
  'examRequest.label.minutes': 'Length in minutes',
  'examRequest.label.support': 'Support',
  'examRequest.label.supportNote': 'More about what you need',
  'examRequest.label.name': 'Name',
  'examRequest.label.email': 'E-mail',
  'examRequest.label.phone': 'Phone',
  'examRequest.label.municipality': 'Municipality where you are registered as living',
  'examRequest.label.consent': 'Consent',
  'examRequest.label.centre': 'Learning centre',
  'examRequest.label.fee': 'Fee',
  'examRequest.dateHint':
    'The earliest is {date}. Exams are written {days}, not on public holidays.',
  'examRequest.startHint':
    'As your university has set it. Exams are written between {from} and {to}.',
  'examRequest.minutesHint':
    'As your university has set it, with extended time if you have been given it. Five hours are 300 minutes.',
  'examRequest.ends': 'The exam ends at {time}.',
  'examRequest.supportGroup': 'Do you need support?',
  'examRequest.supportLabel.computer': 'A computer',
  'examRequest.supportLabel.extended-time': 'Extended time',
  'examRequest.supportLabel.separate-room': 'A separate room',
  'examRequest.emailHint': 'We send the answer to your request here.',
  'examRequest.municipalityHint': 'Decides whether you pay a fee.',
  'examRequest.noIdNumber': 'We never ask for your personal identity number.',
  'examRequest.feeFree': 'No fee for you.',
  'examRequest.feeYou': 'Your fee: {amount}.',
  'examRequest.consent': 'I agree that the learning centre uses my details to arrange my exam.',
  'examRequest.privacy': 'How we handle your personal data',
  'examRequest.newTab': '(opens in a new tab)',
  'examRequest.send': 'Send request',
  'examRequest.sending': 'Sending your request…',
  'examRequest.prepare': 'Prepare the e-mail',
  'examRequest.summary': 'Please check this',

  'examRequest.error.required': 'Fill this in.',
  'examRequest.error.choose': 'Choose a university.',
  'examRequest.error.format': 'Check that this is written correctly.',
  'examRequest.error.email': 'Write an e-mail address, such as name@example.com.',
  'examRequest.error.minutes': 'Write the length in whole minutes, such as 300.',
  'examRequest.error.time': 'Write the time as hours and minutes, such as 09:00.',
  'examRequest.error.text-too-long': 'This text is too long.',
  'examRequest.error.must-be-true': 'You need to agree to this to send the request.',
  'examRequest.error.past': 'That date has passed. Choose a date after today.',
  'examRequest.error.too-late':
    'It is too late to ask for that day. The first possible date is {date}.',
  'examRequest.error.weekday':
    'We do not invigilate exams on a {weekday}. Exams are written {days}.',
  'examRequest.error.holiday': '{date} is {holiday} and we are closed. Choose another day.',
  'examRequest.error.closed': 'The learning centre is closed that day. Choose another day.',
  'examRequest.error.closedNote':
    'The learning centre is closed that day: {note}. Choose another day.',
  'examRequest.error.too-early': 'Exams can start at {time} at the earliest.',
  'examRequest.error.ends-too-late': 'The exam ends too late: every exam must end by {time}.',
  'examRequest.error.too-long': {
    one: 'We cannot offer that long: # minute at most.',
    other: 'We cannot offer that long: # minutes at most.',
  },
  'examRequest.error.no-session': 'The exam must fit within one sitting: {sessions}.',
  'examRequest.error.university':
    'That university does not use us as an exam venue. Ask your university where you can write.',
  'examRequest.error.support': 'We cannot arrange that support. We can arrange {support}.',
  'examRequest.error.full': 'Every seat that day is taken. Choose another date.',

  'examRequest.problem.network':
    'We could not reach the learning centre. Check your connection and try again – nothing you filled in is lost.',
  'examRequest.problem.unavailable':
    'The learning centre’s booking cannot be reached right now. Try again in a while or e-mail us.',
  'examRequest.problem.not-offered':
    'This learning centre does not take requests online. E-mail us instead – we have filled in everything for you.',
  'examRequest.problem.not-found':
    'We cannot find a request behind this link. Check that you have the whole link. Requests are deleted some time after the exam.',
  'examRequest.problem.started':
    'The exam has already started and cannot be cancelled here. Please call us.',
  'examRequest.mailInstead': 'E-mail the request instead',

  'examRequest.receiptHeading': 'Thank you! We have received your request',
  'examRequest.statusHeading': 'Your exam request',
  'examRequest.loading': 'Getting your request…',
  'examRequest.status': 'Status',
  'examRequest.status.pending': 'Waiting for the learning centre to decide',
  'examRequest.status.confirmed': 'Confirmed: your seat is booked',
  'examRequest.status.declined': 'Declined',
  'examRequest.status.cancelled': 'Cancelled',
  'examRequest.pendingNext':
    'The learning centre looks at your request and e-mails you when it has decided.',
  'examRequest.reason': 'Reason: {reason}',
  'examRequest.exam': 'Exam',
  'examRequest.time': 'Time',
  'examRequest.where': 'Where',
  'examRequest.noFee': 'No fee',
  'examRequest.giveAddress': 'Give your university this address when you register for the exam:',
  'examRequest.statusLink': 'See the status or cancel',
  'examRequest.statusLinkHint':
    'Keep this link, as a bookmark for instance. It is your key to the request: we keep nothing in your browser, and anyone with the link can see and cancel the request.',
  'examRequest.cancel': 'Cancel',
  'examRequest.cancelQuestion': 'Do you want to cancel the exam? This cannot be undone.',
  'examRequest.cancelYes': 'Yes, cancel',
  'examRequest.cancelNo': 'No, keep it',
  'examRequest.newRequest': 'Make a new request',
  'examRequest.calendarFile': 'exam.ics',

  'examRequest.mailHeading': 'Your e-mail is ready',
  'examRequest.mailText':
    'Open the e-mail, read it through and send it. If the link does not work, copy the text below and e-mail it to {email}.',
  'examRequest.openMail': 'Open the e-mail to {email}',
  'examRequest.mailSubject': 'Exam request: {course}, {date}',
  'examRequest.mailBody': 'The text of the e-mail',
  'examRequest.edit': 'Change the details',
};

/** A text of the form, receipt, status or e-mail in `locale`. */
export const stepText = defineWidgetMessages<StepMessageKey>({ sv, en });
