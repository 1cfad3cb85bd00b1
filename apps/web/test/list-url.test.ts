// The list's URL ↔ documents.list input (ADR 0021): every parameter survives listUrlOf → listInputFromParams,
// and what the URL cannot mean (a range without its field, "best match" without a query) is dropped.
import { beforeAll, expect, test, vi } from "vitest";
import type * as ListUrl from "../src/list-url.ts";

let listUrl: typeof ListUrl;

beforeAll(async () => {
  // list-url.ts reaches i18n.ts (through Pagination), which reads the browser's languages when it loads.
  vi.stubGlobal("navigator", { languages: ["en-US"], language: "en-US" });
  listUrl = await import("../src/list-url.ts");
});

const params = (url: string) => new URL(url, "http://console.test").searchParams;
const ID = (n: number) => `0190c0de-0000-7000-8000-00000000000${n}`;

test("every filter parameter round-trips: URL → list input → the same URL", () => {
  const url =
    `/documents?q=invoice&sort=name&topic=${ID(1)}&correspondent=${ID(2)}&status=done&from=2024-01-05&to=2024-02-29` +
    `&dfrom=2023-12-01&dto=2023-12-31&field=${ID(3)}&fmin=10.5&fmax=200&folder=${ID(4)}&owner=${ID(5)}&ocr=low&per=50`;
  const input = listUrl.listInputFromParams(params(url));
  expect(input).toEqual({
    q: "invoice",
    sort: "name",
    perPage: 50,
    topic: ID(1),
    correspondent: ID(2),
    status: "done",
    folder: ID(4),
    owner: ID(5),
    createdFrom: new Date(2024, 0, 5),
    // `to` is inclusive in the URL, an exclusive bound in the input: the start of the next day.
    createdBefore: new Date(2024, 2, 1),
    datedFrom: "2023-12-01",
    datedTo: "2023-12-31",
    field: ID(3),
    fieldMin: "10.5",
    fieldMax: "200",
    lowOcrConfidence: true,
  });
  // Every parameter the list reads is in the test's URL, and comes back out unchanged.
  expect(new Set(params(url).keys())).toEqual(new Set(listUrl.LIST_FILTER_PARAMS));
  expect(Object.fromEntries(params(listUrl.listUrlOf(input)))).toEqual(Object.fromEntries(params(url)));
  expect(listUrl.listUrlOf(input).startsWith("/documents?")).toBe(true);
});

test("each parameter alone round-trips, and touches nothing else", () => {
  const single: [string, string][] = [
    ["q", "ledger"], ["sort", "oldest"], ["topic", ID(1)], ["correspondent", ID(2)], ["status", "failed"],
    ["from", "2024-03-31"], ["to", "2024-12-31"], ["dfrom", "2020-02-29"], ["dto", "2021-01-01"], ["folder", ID(4)],
    ["owner", "me"], ["owner", "none"], ["ocr", "low"], ["per", "10"],
  ];
  for (const [key, value] of single) {
    const url = listUrl.listUrlOf(listUrl.listInputFromParams(new URLSearchParams({ [key]: value })));
    expect([key, Object.fromEntries(params(url))]).toEqual([key, { [key]: value }]);
  }
});

test("the defaults leave the URL bare; what the URL cannot mean is dropped", () => {
  expect(listUrl.listUrlOf(listUrl.listInputFromParams(new URLSearchParams()))).toBe("/documents");
  // 25 per page is the default; a page size the console does not offer falls back to it.
  expect(listUrl.listInputFromParams(new URLSearchParams("per=25")).perPage).toBe(25);
  expect(listUrl.listInputFromParams(new URLSearchParams("per=7")).perPage).toBe(25);
  // "Best match" needs a query; a range needs its field; ocr means only "low".
  expect(listUrl.listInputFromParams(new URLSearchParams("sort=relevance")).sort).toBeUndefined();
  expect(listUrl.listInputFromParams(new URLSearchParams("sort=relevance&q=x")).sort).toBe("relevance");
  const orphan = listUrl.listInputFromParams(new URLSearchParams("fmin=1&fmax=2"));
  expect([orphan.fieldMin, orphan.fieldMax]).toEqual([undefined, undefined]);
  expect(listUrl.listInputFromParams(new URLSearchParams("ocr=high")).lowOcrConfidence).toBeUndefined();
  expect(listUrl.listUrlOf({ field: undefined, fieldMin: "1" })).toBe("/documents");
});
