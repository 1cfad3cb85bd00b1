// Outlook messages (.msg) and web pages saved as MHTML: typed from the bytes, read like e-mail.
import { describe, expect, it } from "vitest";
import { extractText, ExtractionError } from "../src/index.ts";
import { sniffBytes } from "../src/sniff.ts";
import * as fx from "../src/testing.ts";

const MSG = "application/vnd.ms-outlook";

describe("Outlook messages (.msg)", () => {
  const message = () =>
    fx.makeMsg({
      subject: "Rechnung März — 4711",
      from: { name: "Jürgen Müller", email: "juergen@example.com" },
      to: [
        { name: "Accounts", email: "accounts@example.com" },
        { name: "Boss", email: "boss@example.com", cc: true },
      ],
      body: "Please pay 1 234 EUR by Friday.\r\nRegards",
      date: new Date("2026-03-03T10:00:00Z"),
      attachments: [
        { name: "invoice-4711.pdf", data: fx.makePdf(["Invoice 4711"]) },
        { name: "logo.png", data: fx.makePng(), hidden: true },
      ],
    });

  it("is typed from its bytes and read for sender, recipients, date, subject, body and attachment names", async () => {
    const bytes = await message();
    expect(await sniffBytes(bytes)).toEqual({ ok: true, mime: MSG, ext: ".msg" });
    const { text, pageCount } = await extractText(bytes, MSG);
    expect(pageCount).toBe(1);
    expect(text).toBe(
      [
        "From: Jürgen Müller <juergen@example.com>",
        "To: Accounts <accounts@example.com>",
        "Cc: Boss <boss@example.com>",
        "Date: 2026-03-03T10:00:00.000Z",
        "Subject: Rechnung März — 4711",
        "",
        "Please pay 1 234 EUR by Friday.",
        "Regards",
        "",
        // The hidden picture belongs to the body, not to the attachments.
        "Attachments: invoice-4711.pdf",
      ].join("\n"),
    );
  });

  it("hands on the attachment's bytes; the body's hidden picture stays in the message", async () => {
    const { attachments } = await extractText(await message(), MSG);
    expect(attachments?.map((a) => a.filename)).toEqual(["invoice-4711.pdf"]);
    expect(Buffer.from(attachments![0]!.bytes).equals(Buffer.from(fx.makePdf(["Invoice 4711"])))).toBe(true);
  });

  it("an HTML-only body is read as text", async () => {
    const bytes = await fx.makeMsg({
      subject: "Contract",
      from: { name: "Legal", email: "legal@example.com" },
      to: [{ name: "Me", email: "me@example.com" }],
      html: "<html><body><h1>Contract 12</h1><p>Signed <b>today</b>.</p><script>alert(1)</script></body></html>",
    });
    const { text } = await extractText(bytes, MSG);
    expect(text).toContain("Contract 12");
    expect(text).toContain("Signed today.");
    expect(text).not.toContain("alert");
  });

  it("other compound files (.doc) stay refused, and a damaged message fails with a reason", async () => {
    const { burn } = await import("@kenjiuno/msgreader/lib/Burner.js");
    const doc = burn([
      { name: "Root Entry", type: 5, length: 0, children: [1] },
      { name: "WordDocument", type: 2, length: 4096, binaryProvider: () => new Uint8Array(4096) },
    ]);
    expect(await sniffBytes(doc)).toEqual({ ok: false, mime: "application/x-cfb", reason: "unsupported file type: application/x-cfb" });

    const bytes = await message();
    const damaged = bytes.slice(0, 1024);
    expect(await sniffBytes(damaged)).toMatchObject({ ok: true, mime: MSG });
    const error = await extractText(damaged, MSG).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ExtractionError);
    expect(error).toMatchObject({ code: "corrupt", message: expect.stringMatching(/^could not read the Outlook message: /) });
  });
});

describe("web pages saved as MHTML", () => {
  it("read as the page: its address, title and visible text, not a made-up sender or its pictures", async () => {
    const boundary = "----MultipartBoundary--abc";
    const bytes = new TextEncoder().encode(
      [
        "From: <Saved by Blink>",
        "Snapshot-Content-Location: https://shop.example/order/4711",
        "Subject: Order 4711 =?utf-8?Q?=E2=80=94?= Shop",
        "Date: Tue, 3 Mar 2026 10:00:00 -0000",
        "MIME-Version: 1.0",
        `Content-Type: multipart/related; type="text/html"; boundary="${boundary}"`,
        "",
        `--${boundary}`,
        "Content-Type: text/html",
        "Content-ID: <frame-1@mhtml.blink>",
        "Content-Transfer-Encoding: quoted-printable",
        "Content-Location: https://shop.example/order/4711",
        "",
        "<html><body><h1>Order 4711</h1><p>Total: 99.00 =E2=82=AC</p><img src=3D\"cid:img-1@mhtml.blink\"></body></html>",
        `--${boundary}`,
        "Content-Type: image/png",
        "Content-Transfer-Encoding: base64",
        "Content-Location: https://shop.example/logo.png",
        "",
        Buffer.from(fx.makePng()).toString("base64"),
        `--${boundary}--`,
        "",
      ].join("\r\n"),
    );
    expect(await sniffBytes(bytes)).toEqual({ ok: true, mime: "message/rfc822", ext: ".eml" });
    const { text } = await extractText(bytes, "message/rfc822");
    expect(text).toContain("Saved from: https://shop.example/order/4711");
    expect(text).toContain("Subject: Order 4711 — Shop");
    expect(text).toContain("Total: 99.00 €");
    expect(text).not.toContain("Saved by Blink");
    expect(text).not.toContain("Attachments");
  });
});
