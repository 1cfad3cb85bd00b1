import { describe, expect, it } from "vitest";
import { attachmentDisposition } from "../src/index.ts";

describe("attachmentDisposition", () => {
  it("gives an ASCII fallback and the exact name as filename*", () => {
    expect(attachmentDisposition("Rechnung März.pdf")).toBe(
      `attachment; filename="Rechnung M_rz.pdf"; filename*=UTF-8''Rechnung%20M%C3%A4rz.pdf`,
    );
  });

  it("cannot be broken out of: quotes, backslashes and line breaks", () => {
    const header = attachmentDisposition('a"b\\c\r\nSet-Cookie: x=1.pdf');
    expect(header).not.toMatch(/[\r\n]/);
    expect(header).toBe(`attachment; filename="a_b_cSet-Cookie: x=1.pdf"; filename*=UTF-8''a%22b%5CcSet-Cookie%3A%20x%3D1.pdf`);
  });

  it("encodes the characters RFC 5987 reserves", () => {
    expect(attachmentDisposition("it's (1)*.txt")).toContain("filename*=UTF-8''it%27s%20%281%29%2A.txt");
  });

  it("falls back to a name when nothing printable is left", () => {
    expect(attachmentDisposition("\n\t")).toBe(`attachment; filename="download"; filename*=UTF-8''download`);
  });
});
