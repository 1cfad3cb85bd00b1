// Web pages and e-mail: typed from the bytes, read for their text, hostile ones ending in a clear status.
import { describe, expect, it } from "vitest";
import { extractText } from "../src/index.ts";
import { sniffBytes } from "../src/sniff.ts";
import { withoutDeepTags } from "../src/formats/html.ts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const b64 = (s: string) => Buffer.from(s).toString("base64");

describe("web pages", () => {
  it("visible text only: scripts, styles and images dropped, links keep their words, nothing fetched", async () => {
    const html = `<!doctype html><html><head><title>Ignored title</title><style>p{color:red}</style>
      <script>document.write("injected")</script><link rel="stylesheet" href="http://127.0.0.1:9/x.css"></head>
      <body><h1>Invoice 4711</h1><p>Total due: <b>1 234 EUR</b></p><img src="http://127.0.0.1:9/pixel.png" alt="tracker">
      <noscript>enable scripts</noscript><p>Pay to <a href="https://bank.example/pay">our bank</a>.</p>
      <table><tr><th>Item</th><th>Price</th></tr><tr><td>Bread</td><td>4.50</td></tr></table></body></html>`;
    const bytes = utf8(html);
    expect(await sniffBytes(bytes)).toEqual({ ok: true, mime: "text/html", ext: ".html" });
    const { text } = await extractText(bytes, "text/html");
    expect(text).toContain("Invoice 4711");
    expect(text).toContain("Total due: 1 234 EUR");
    expect(text).toContain("Pay to our bank.");
    expect(text).toMatch(/Bread\s+4\.50/);
    expect(text.indexOf("Invoice 4711")).toBeLessThan(text.indexOf("Bread"));
    for (const hidden of ["injected", "color:red", "tracker", "enable scripts", "bank.example", "127.0.0.1"]) expect(text).not.toContain(hidden);
  });

  it("a page of 100 000 nested elements is read within the nesting bound", async () => {
    const deep = "<div>".repeat(100_000) + "deep" + "</div>".repeat(100_000);
    const result = await extractText(utf8(`<!doctype html><p>Top text</p>${deep}`), "text/html");
    expect(result.text).toContain("Top text");
    // Cut at html-to-text's 200 levels, marked as cut.
    expect(result.text).not.toContain("deep");
    expect(result.text).toContain("…");
  });

  it("takes tags nested past the parse bound out before parsing, keeping their text and every tag above it", () => {
    const page = "<p>a</p>" + "<div>".repeat(5) + "<b>x</b><br>" + "</div>".repeat(5) + "<p>z</p>";
    expect(withoutDeepTags(page, 10)).toBe(page);
    expect(withoutDeepTags(page, 3)).toBe("<p>a</p>" + "<div>".repeat(3) + "x<br>" + "</div>".repeat(3) + "<p>z</p>");
  });
});

function mail(headers: string[], body: string): Uint8Array {
  return utf8([...headers, "", body].join("\r\n"));
}

describe("e-mail (.eml)", () => {
  it("headers that matter, encoded words decoded, the HTML body as text, attachments named", async () => {
    const boundary = "b1";
    const bytes = mail(
      [
        "Received: from mx.example by mail.example; Tue, 3 Mar 2026 10:00:00 +0000",
        "From: =?UTF-8?Q?J=C3=BCrgen_M=C3=BCller?= <juergen@example.com>",
        "To: Accounts <accounts@example.com>",
        "Date: Tue, 3 Mar 2026 10:00:00 +0000",
        "Subject: =?UTF-8?B?" + b64("Rechnung März — 4711") + "?=",
        "MIME-Version: 1.0",
        `Content-Type: multipart/mixed; boundary="${boundary}"`,
      ],
      [
        `--${boundary}`,
        "Content-Type: text/html; charset=utf-8",
        "",
        "<html><body><p>Please pay <b>1 234 EUR</b>.</p><script>alert(1)</script></body></html>",
        `--${boundary}`,
        'Content-Type: application/pdf; name="invoice.pdf"',
        'Content-Disposition: attachment; filename="invoice.pdf"',
        "Content-Transfer-Encoding: base64",
        "",
        b64("%PDF-1.4 not really"),
        `--${boundary}--`,
      ].join("\r\n"),
    );
    expect(await sniffBytes(bytes)).toEqual({ ok: true, mime: "message/rfc822", ext: ".eml" });
    const { text } = await extractText(bytes, "message/rfc822");
    expect(text).toMatch(/From: "?Jürgen Müller"? <juergen@example\.com>/);
    expect(text).toMatch(/To: "?Accounts"? <accounts@example\.com>/);
    expect(text).toContain("Date: 2026-03-03T10:00:00.000Z");
    expect(text).toContain("Subject: Rechnung März — 4711");
    expect(text).toContain("Please pay 1 234 EUR.");
    expect(text).not.toContain("alert");
    expect(text).toContain("Attachments: invoice.pdf");
  });

  it("hands on each attachment's bytes with its name, in order; the body's pictures stay in the mail", async () => {
    const bytes = mail(
      ["From: a@example.com", "To: b@example.com", "Subject: two files", "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="m"'],
      [
        "--m",
        'Content-Type: multipart/related; boundary="r"',
        "",
        "--r",
        "Content-Type: text/html",
        "",
        '<p>See the logo <img src="cid:logo@x"></p>',
        "--r",
        "Content-Type: image/png",
        "Content-ID: <logo@x>",
        "Content-Transfer-Encoding: base64",
        "",
        b64("not a real png"),
        "--r--",
        "--m",
        'Content-Type: application/pdf; name="invoice.pdf"',
        'Content-Disposition: attachment; filename="invoice.pdf"',
        "Content-Transfer-Encoding: base64",
        "",
        b64("%PDF-1.4 the invoice"),
        "--m",
        "Content-Type: text/plain",
        "Content-Disposition: attachment",
        "",
        "a note without a name",
        "--m--",
      ].join("\r\n"),
    );
    const { attachments } = await extractText(bytes, "message/rfc822");
    expect(attachments?.map((a) => [a.filename, Buffer.from(a.bytes).toString()])).toEqual([
      ["invoice.pdf", "%PDF-1.4 the invoice"],
      ["attachment-2", "a note without a name"],
    ]);
  });

  it("a mail of 900 attachments hands on the first 100 as files", async () => {
    const parts = Array.from({ length: 900 }, (_, i) => [`--b`, `Content-Type: text/plain; name="a${i}.txt"`, `Content-Disposition: attachment; filename="a${i}.txt"`, "", `part ${i}`].join("\r\n"));
    const bytes = mail(["From: a@example.com", "To: b@example.com", "Subject: many", "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="b"'], [...parts, "--b--"].join("\r\n"));
    const { attachments } = await extractText(bytes, "message/rfc822");
    expect(attachments).toHaveLength(100);
    expect(attachments?.[99]?.filename).toBe("a99.txt");
  });

  it("a saved web page (MHTML) hands on none of its parts", async () => {
    const bytes = mail(
      ["From: <Saved by Blink>", "Snapshot-Content-Location: https://example.com/page", "Subject: A page", "MIME-Version: 1.0", 'Content-Type: multipart/related; type="text/html"; boundary="p"'],
      ["--p", "Content-Type: text/html", "Content-Location: https://example.com/page", "", "<p>Hello page</p>", "--p", "Content-Type: image/png", "Content-Location: https://example.com/a.png", "Content-Transfer-Encoding: base64", "", b64("png"), "--p--"].join("\r\n"),
    );
    const result = await extractText(bytes, "message/rfc822");
    expect(result.text).toContain("Hello page");
    expect(result.attachments).toBeUndefined();
  });

  it("plain text that merely starts like a header is text, not mail", async () => {
    expect(await sniffBytes(utf8("Date: 3 March\nShopping list: bread, milk\n\nmore"))).toMatchObject({ mime: "text/plain" });
  });

  it("a mail with 1 000 attachments fails on the parser's part limit; 900 are read, the list of names bounded", async () => {
    const many = (n: number) => {
      const parts = Array.from({ length: n }, (_, i) => [`--b`, `Content-Type: text/plain; name="a${i}.txt"`, `Content-Disposition: attachment; filename="a${i}.txt"`, "", `part ${i}`].join("\r\n"));
      return mail(["From: a@example.com", "To: b@example.com", "Subject: many", "MIME-Version: 1.0", 'Content-Type: multipart/mixed; boundary="b"'], [...parts, "--b--"].join("\r\n"));
    };
    const error = await extractText(many(1000), "message/rfc822").catch((e: unknown) => e);
    expect(error).toMatchObject({ code: "limit", message: expect.stringContaining("at most 1000 MIME parts") });
    const { text } = await extractText(many(900), "message/rfc822");
    expect(text).toContain("a0.txt, a1.txt");
    expect(text).toContain("and 800 more");
  });

  it("MIME nested 500 deep ends with text or a clear failure, quickly", async () => {
    let body = "Content-Type: text/plain\r\n\r\nthe bottom";
    for (let i = 0; i < 500; i++) body = `Content-Type: multipart/mixed; boundary="n${i}"\r\n\r\n--n${i}\r\n${body}\r\n--n${i}--`;
    const bytes = utf8(`From: a@example.com\r\nTo: b@example.com\r\nSubject: deep\r\nMIME-Version: 1.0\r\n${body}`);
    const started = Date.now();
    const outcome = await extractText(bytes, "message/rfc822").then(
      (r) => r.text,
      (e: unknown) => e,
    );
    expect(Date.now() - started).toBeLessThan(60_000);
    if (typeof outcome === "string") expect(outcome).toContain("Subject: deep");
    else expect(outcome).toMatchObject({ name: "ExtractionError" });
  });
});

describe("RTF", () => {
  it("text with paragraphs, tabs, accents and Unicode; font tables, pictures and hidden destinations skipped", async () => {
    const rtf =
      "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}{\\colortbl;\\red255\\green0\\blue0;}" +
      "{\\*\\generator Riched20;}{\\info{\\title Secret title}}\\pard Rechnung f\\'fcr M\\'e4rz\\par Total:\\tab 1 234 \\'80\\par" +
      "{\\pict\\pngblip 89504e47}Caf\\u233?s \\{braces\\}\\par}";
    const bytes = new TextEncoder().encode(rtf);
    expect(await sniffBytes(bytes)).toEqual({ ok: true, mime: "application/rtf", ext: ".rtf" });
    const { text } = await extractText(bytes, "application/rtf");
    expect(text).toBe("Rechnung für März\nTotal:\t1 234 €\nCafés {braces}");
  });

  it("a million nested groups end quickly", async () => {
    const rtf = "{\\rtf1 " + "{".repeat(1_000_000) + "deep" + "}".repeat(1_000_000) + "}";
    const started = Date.now();
    expect((await extractText(new TextEncoder().encode(rtf), "application/rtf")).text).toBe("deep");
    expect(Date.now() - started).toBeLessThan(60_000);
  });
});
