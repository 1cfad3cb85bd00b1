import { randomUUID } from "node:crypto";
import { ALLOWED_EXTENSIONS } from "@docscan/shared";
import { describe, expect, it } from "vitest";
import { assertValidKey, makeObjectKey } from "../src/index.ts";

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;

describe("makeObjectKey", () => {
  it("builds owner/document/uuid.ext", () => {
    const owner = randomUUID();
    const documentId = randomUUID();
    const key = makeObjectKey({ owner, documentId, ext: ".pdf" });
    expect(key).toMatch(new RegExp(`^${owner}/${documentId}/${UUID.source}\\.pdf$`));
    expect(() => assertValidKey(key)).not.toThrow();
  });

  it("uses 'unowned' without an owner", () => {
    const documentId = randomUUID();
    expect(makeObjectKey({ owner: null, documentId, ext: ".png" })).toMatch(
      new RegExp(`^unowned/${documentId}/${UUID.source}\\.png$`),
    );
  });

  it("makes a different key every time for the same document", () => {
    const parts = { owner: null, documentId: randomUUID(), ext: ".pdf" };
    expect(makeObjectKey(parts)).not.toBe(makeObjectKey(parts));
  });

  it("accepts every allowed extension", () => {
    for (const ext of ALLOWED_EXTENSIONS) {
      expect(makeObjectKey({ owner: null, documentId: randomUUID(), ext }).endsWith(ext)).toBe(true);
    }
  });

  it("rejects upper-case extensions", () => {
    expect(() => makeObjectKey({ owner: null, documentId: randomUUID(), ext: ".PDF" })).toThrow(/lower-case/);
    expect(() => makeObjectKey({ owner: null, documentId: randomUUID(), ext: ".Jpg" })).toThrow(/lower-case/);
  });

  it("rejects extensions that are not on the allow-list", () => {
    for (const ext of [".exe", ".js", ".svg", "pdf", "", ".pdf/../x", "../.pdf", ".jpeg"]) {
      expect(() => makeObjectKey({ owner: null, documentId: randomUUID(), ext })).toThrow(/not allowed|lower-case/);
    }
  });

  it("rejects owners and document ids that are not UUIDs", () => {
    const id = randomUUID();
    for (const bad of ["", "..", "../etc", "alice", `${id}/x`, `${id}\0`, "not-a-uuid"]) {
      expect(() => makeObjectKey({ owner: bad, documentId: id, ext: ".pdf" })).toThrow(/owner must be a UUID/);
      expect(() => makeObjectKey({ owner: null, documentId: bad, ext: ".pdf" })).toThrow(/documentId must be a UUID/);
    }
  });

  it("has no parameter for, and so never contains, the user's filename", () => {
    const parts = { owner: randomUUID(), documentId: randomUUID(), ext: ".pdf", filename: "Steuer 2024 geheim.pdf" };
    const key = makeObjectKey(parts);
    expect(key).not.toContain("Steuer");
    expect(key).not.toContain("geheim");
    expect(key.split("/")).toHaveLength(3);
  });
});

describe("assertValidKey", () => {
  it("accepts plain relative keys", () => {
    for (const key of ["a", "a/b.pdf", "unowned/x_y-z/1.2.pdf", "A/B/C"]) {
      expect(() => assertValidKey(key)).not.toThrow();
    }
  });

  it.each([
    ["path traversal", "../etc/passwd"],
    ["traversal in the middle", "a/../../b"],
    ["traversal at the end", "a/.."],
    ["'..' inside a segment", "a..b"],
    ["leading slash", "/etc/passwd"],
    ["backslash", "a\\b"],
    ["windows traversal", "..\\..\\win.ini"],
    ["NUL", "a\0b"],
    ["space", "a b"],
    ["percent-encoding", "a%2F..%2Fb"],
    ["non-ASCII", "r\u00e9sum\u00e9.pdf"],
    ["newline", "a\nb"],
    ["empty", ""],
    ["empty segment", "a//b"],
    ["trailing slash", "a/b/"],
    ["dot segment", "a/./b"],
    ["too long", "a".repeat(1025)],
  ])("rejects %s", (_label, key) => {
    expect(() => assertValidKey(key)).toThrow(/invalid object key/);
  });
});
