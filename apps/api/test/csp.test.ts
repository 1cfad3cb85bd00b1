import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createHarness, type Harness } from "./helpers.ts";

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => {
  await h?.close();
});

describe("content security policy", () => {
  it("lets pdf.js compile WebAssembly and run its module worker from our origin, and nothing else", async () => {
    const res = await h.request("/healthz");
    const csp = res.headers.get("content-security-policy") ?? "";
    const directives = new Map(csp.split(";").map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values]));
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(csp).not.toMatch(/'unsafe-eval'|blob:.*script|worker-src/);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("frame-ancestors")).toEqual(["'none'"]);
  });

  it("keeps the stricter sandbox policy of downloads instead of the console's", async () => {
    const form = new FormData();
    form.append("file", new Blob([Buffer.from("plain words")]), "a.txt");
    const up = (await (await h.request("/api/documents", { method: "POST", body: form })).json()) as { documents: { id: string }[] };
    const res = await h.request(`/api/documents/${up.documents[0]!.id}/file`);
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
  });
});
