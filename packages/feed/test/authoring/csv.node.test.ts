// The CSV reader and writer: RFC 4180 and what spreadsheets really write.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  CsvSyntaxError,
  type CsvDelimiter,
  parseCsv,
  sniffDelimiter,
  writeCsv,
} from '../../src/authoring/csv.ts';
import { decodeText } from '../../src/authoring/decode.ts';

const cells = (text: string, delimiter?: CsvDelimiter) =>
  parseCsv(text, { delimiter }).records.map((r) => r.cells);

describe('parseCsv', () => {
  it('reads plain cells with comma, semicolon or tab, CRLF or LF', () => {
    assert.deepEqual(cells('a,b,c\r\n1,2,3\r\n'), [
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
    assert.deepEqual(cells('a;b\n1;2'), [
      ['a', 'b'],
      ['1', '2'],
    ]);
    assert.deepEqual(cells('a\tb\n1\t2\n'), [
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('reads quoted cells: delimiters, "" for a quote, line breaks inside', () => {
    const text = 'Kursnamn;Beskrivning\r\n"Logistik; grund";"Säger ""hej""\r\npå två rader"\r\n';
    assert.deepEqual(cells(text), [
      ['Kursnamn', 'Beskrivning'],
      ['Logistik; grund', 'Säger "hej"\npå två rader'],
    ]);
  });

  it('keeps empty cells, also at the end of a line and of the file', () => {
    assert.deepEqual(cells('a;;c;\n;;;\nx;'), [
      ['a', '', 'c', ''],
      ['', '', '', ''],
      ['x', ''],
    ]);
    assert.deepEqual(cells('"";""'), [['', '']]);
  });

  it('skips empty lines but not a line of empty cells', () => {
    const { records } = parseCsv('a,b\n\n1,2\r\n\r\n');
    assert.deepEqual(
      records.map((r) => r.cells),
      [
        ['a', 'b'],
        ['1', '2'],
      ],
    );
  });

  it('keeps a quote inside an unquoted cell as it is, as spreadsheets do', () => {
    assert.deepEqual(cells('15" skärm,ok'), [['15" skärm', 'ok']]);
  });

  it('allows spaces around quoted cells', () => {
    assert.deepEqual(cells('a, "b, c" ,d'), [['a', 'b, c', 'd']]);
  });

  it('ignores a byte-order mark and honours Excel\'s "sep=" line', () => {
    assert.deepEqual(cells('\ufeffa;b\n1;2'), [
      ['a', 'b'],
      ['1', '2'],
    ]);
    const parsed = parseCsv('sep=,\r\nKurs;namn,Poäng\r\nA;B,7\r\n');
    assert.equal(parsed.delimiter, ',');
    assert.deepEqual(parsed.records[0], { cells: ['Kurs;namn', 'Poäng'], line: 2, row: 1 });
  });

  it('knows the line each record starts on, and the row a spreadsheet shows', () => {
    const text = 'h1;h2\n"two\nlines";x\n\nlast;y\n';
    const { records } = parseCsv(text);
    assert.deepEqual(
      records.map(({ line, row }) => [line, row]),
      [
        [1, 1],
        [2, 2],
        [5, 4],
      ],
    );
  });

  it('a quoted cell that is never closed: error on the line where it opens', () => {
    const text = 'a;b\n1;2\n3;"open\nstill open\n';
    assert.throws(
      () => parseCsv(text),
      (error: CsvSyntaxError) => {
        assert.ok(error instanceof CsvSyntaxError);
        assert.equal(error.line, 3);
        assert.match(error.message, /^line 3: a quoted cell starts here and is never closed/);
        return true;
      },
    );
  });

  it('text after a closing quote: error on that line, after embedded breaks', () => {
    const text = 'a;b\n"x\ny";"ok"z\n';
    assert.throws(() => parseCsv(text), {
      name: 'CsvSyntaxError',
      message: /^line 3: unexpected "z"/,
    });
  });

  it('the delimiter given wins over sniffing', () => {
    assert.deepEqual(cells('a;b,c', ','), [['a;b', 'c']]);
  });
});

describe('sniffDelimiter', () => {
  it('picks the separator the header holds most of, outside quotes', () => {
    assert.equal(sniffDelimiter('Kursnamn;Poäng;Start\n'), ';');
    assert.equal(sniffDelimiter('Title,Credits,Start\n'), ',');
    assert.equal(sniffDelimiter('Title\tCredits\n'), '\t');
    assert.equal(sniffDelimiter('"Namn, kort";Poäng\n'), ';');
    assert.equal(sniffDelimiter('Kursnamn\n1,2,3;4\n'), ',', 'only the first line counts');
    assert.equal(sniffDelimiter(''), ',');
  });
});

describe('writeCsv', () => {
  it('writes a BOM, CRLF, and quotes only the cells that need it', () => {
    const text = writeCsv([
      ['Id', 'Titel'],
      ['a', 'semi;colon'],
      ['b', 'quote "x"'],
      ['c', 'two\nlines'],
      ['d', ' padded '],
      ['e', 'comma, fine'],
    ]);
    assert.equal(
      text,
      '\ufeffId;Titel\r\na;"semi;colon"\r\nb;"quote ""x"""\r\nc;"two\nlines"\r\nd;" padded "\r\ne;comma, fine\r\n',
    );
    assert.equal(writeCsv([['a,b', 'c']], { delimiter: ',', bom: false }), '"a,b",c\r\n');
  });

  it('round-trips any cells through parseCsv', () => {
    const alphabet = ['a', 'å', ';', ',', '\t', '"', '""', '\n', '\r\n', ' ', 'x y', '7,5'];
    let seed = 7;
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (const delimiter of [';', ',', '\t'] as const) {
      for (let round = 0; round < 50; round++) {
        const rows = Array.from({ length: 3 }, () =>
          Array.from({ length: 4 }, () =>
            Array.from(
              { length: Math.floor(random() * 4) + 1 },
              () => alphabet[Math.floor(random() * alphabet.length)],
            ).join(''),
          ),
        );
        const back = parseCsv(writeCsv(rows, { delimiter }), { delimiter }).records.map(
          (r) => r.cells,
        );
        assert.deepEqual(
          back,
          rows.map((row) => row.map((cell) => cell.replace(/\r\n/g, '\n'))),
        );
      }
    }
  });
});

describe('decodeText', () => {
  const bytes = (...values: number[]) => new Uint8Array(values);
  it('reads UTF-8 with and without a byte-order mark', () => {
    const utf8 = new TextEncoder().encode('Poäng');
    assert.deepEqual(decodeText(utf8), { text: 'Poäng', encoding: 'utf-8' });
    assert.deepEqual(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8])), {
      text: 'Poäng',
      encoding: 'utf-8',
    });
  });

  it("reads Excel's Windows-1252 CSV, which is not valid UTF-8", () => {
    assert.deepEqual(decodeText(bytes(0x50, 0x6f, 0xe4, 0x6e, 0x67, 0x3b, 0x80)), {
      text: 'Poäng;€',
      encoding: 'windows-1252',
    });
  });

  it('reads UTF-16 with a byte-order mark (Excel\'s "Unicode text")', () => {
    assert.deepEqual(decodeText(bytes(0xff, 0xfe, 0x41, 0x00, 0xe5, 0x00)), {
      text: 'Aå',
      encoding: 'utf-16le',
    });
    assert.deepEqual(decodeText(bytes(0xfe, 0xff, 0x00, 0x41)), {
      text: 'A',
      encoding: 'utf-16be',
    });
  });
});
