/**
 * A tiny SMTP server on loopback that accepts every message and keeps it: just
 * enough of RFC 5321 (EHLO/HELO, MAIL, RCPT, DATA, RSET, NOOP, QUIT) for
 * nodemailer, no TLS, no authentication.
 */
import { type AddressInfo, createServer } from 'node:net';

export interface SunkMessage {
  from: string;
  to: string[];
  /** The message as sent: headers and body, CRLF line ends, dot-stuffing undone. */
  data: string;
}

export async function startSmtpSink(): Promise<{
  url: string;
  messages: SunkMessage[];
  close(): Promise<void>;
}> {
  const messages: SunkMessage[] = [];
  const server = createServer((socket) => {
    socket.setEncoding('utf8');
    let buffer = '';
    let envelope: SunkMessage = { from: '', to: [], data: '' };
    let inData = false;
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply('220 sink ESMTP');
    socket.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\r\n'); end >= 0; end = buffer.indexOf('\r\n')) {
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            messages.push(envelope);
            envelope = { from: '', to: [], data: '' };
            reply('250 queued');
          } else {
            envelope.data += `${line.startsWith('..') ? line.slice(1) : line}\r\n`;
          }
          continue;
        }
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') reply('250 sink');
        else if (verb === 'MAIL')
          ((envelope.from = /<(.*)>/.exec(line)?.[1] ?? ''), reply('250 ok'));
        else if (verb === 'RCPT')
          (envelope.to.push(/<(.*)>/.exec(line)?.[1] ?? ''), reply('250 ok'));
        else if (verb === 'DATA') ((inData = true), reply('354 go ahead'));
        else if (verb === 'QUIT') (reply('221 bye'), socket.end());
        else if (verb === 'RSET') ((envelope = { from: '', to: [], data: '' }), reply('250 ok'));
        else reply(verb === 'NOOP' ? '250 ok' : '502 not implemented');
      }
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    messages,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
