// Which errors mean "the database or the object store is away" (503 with Retry-After), and that REST and tRPC
// share the mapping through toTRPCError.
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import { expect, it } from "vitest";
import { toTRPCError } from "../src/errors.ts";
import { isOutage } from "../src/outage.ts";

const wrapped = (cause: unknown) => Object.assign(new Error("Failed query: select 1"), { cause });
const system = (code: string) => Object.assign(new Error(`${code}: something`), { code });
const server = (code: string) => Object.assign(new Error("server said no"), { code, severity: "FATAL" });

it("connection errors of the driver and of Postgres, and a store refusing writes, are outages", () => {
  for (const err of [
    wrapped(system("ECONNREFUSED")),
    wrapped(system("CONNECT_TIMEOUT")),
    wrapped(system("CONNECTION_CLOSED")),
    wrapped(server("57P01")),
    wrapped(server("57P03")),
    wrapped(server("08006")),
    system("EROFS"),
    system("EPERM"),
    Object.assign(new AggregateError([system("ECONNREFUSED"), system("ECONNREFUSED")]), {}),
  ]) {
    expect(isOutage(err), String((err as Error).message)).toBe(true);
  }
});

it("query errors and unknown errors are not", () => {
  for (const err of [wrapped(server("23505")), wrapped(server("42P01")), new Error("boom"), system("ENOENT"), null, "text"]) {
    expect(isOutage(err)).toBe(false);
  }
});

it("an outage maps to 503 for REST and tRPC alike, with a message that names no internals", () => {
  const mapped = toTRPCError(wrapped(system("ECONNREFUSED")));
  expect(mapped?.code).toBe("SERVICE_UNAVAILABLE");
  expect(getHTTPStatusCodeFromError(mapped!)).toBe(503);
  expect(mapped?.message).not.toMatch(/select|ECONNREFUSED/);
});
