import { createServer } from "node:net";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMBEDDING_DIMENSIONS, EMBEDDING_VERSION } from "@docscan/classify";
import { answerTopics, isChatRequest, serverError, startFakeOpenAI, type FakeOpenAI } from "@docscan/classify/testing";
import { ALL_DOCUMENTS, createTopic, getDocument, getDocumentVector, listDocumentRuns, markForReclassification, updateAiSettings } from "@docscan/db";
import { enqueue, enqueueForDocuments } from "@docscan/jobs";
import { startWorkerHarness, type WorkerHarness } from "./helpers.ts";

// ADR 0014: a model outage never fails a document. The real openai SDK talks to a local server that answers
// 500, or to a closed port; the offline classifier answers in the same job, the run says so, and the LLM
// is asked again later.
let h: WorkerHarness;
let llm: FakeOpenAI;
let down = true;

beforeAll(async () => {
  llm = await startFakeOpenAI((request) => {
    if (!isChatRequest(request)) return undefined;
    if (down) return serverError(500);
    return answerTopics(() => ({ topics: [{ name: "Tax", confidence: 0.9, quote: "tax return" }] }))(request);
  });
  h = await startWorkerHarness({
    prepare: async ({ database: { db }, deps }) => {
      await createTopic(db, { name: "Tax", description: "Tax returns and assessments from the tax office", color: "#ef4444" });
      await createTopic(db, { name: "Recipes", description: "Cooking recipes", color: "#22c55e" });
      await updateAiSettings(db, deps.secretKey, { apiKey: "sk-test-0000", baseUrl: llm.baseURL, model: "gpt-4o-mini", threshold: 0.5 });
    },
  });
});

afterAll(async () => {
  await h?.close();
  await llm?.close();
});

interface JobRow {
  id: string;
  task: string;
  payload: { documentId: string; attempt?: number };
  runAt: Date;
  attempts: number;
  maxAttempts: number;
}

async function jobsOf(documentId: string): Promise<JobRow[]> {
  return (await h.database.db.execute(sql`
    select j.id::text, t.identifier as task, j.payload, j.run_at as "runAt", j.attempts, j.max_attempts as "maxAttempts"
    from graphile_worker._private_jobs j join graphile_worker._private_tasks t on t.id = j.task_id
    where j.key like ${`%:${documentId}`} order by j.id`)) as unknown as JobRow[];
}

/** The document's jobs once the classify job that just ran has been removed by graphile-worker. */
async function jobsAfterFinishedOnesGo(documentId: string): Promise<JobRow[]> {
  for (let i = 0; ; i++) {
    const jobs = await jobsOf(documentId);
    if (!jobs.some((j) => j.task === "classify_document") || i > 100) return jobs;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Resolves when the document has `n` runs. */
async function runs(documentId: string, n: number) {
  for (let i = 0; ; i++) {
    const all = await listDocumentRuns(h.database.db, documentId);
    if (all.length >= n) return all;
    if (i > 1200) throw new Error(`only ${all.length} runs`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const TEXT = "Your tax return for 2024: the tax office assessment is enclosed.";

describe("the LLM fails: the offline classifier answers", () => {
  it("a server answering 500 ends the document done, records the fallback, and the later try of the LLM succeeds", async () => {
    down = true;
    const id = await h.queue(Buffer.from(TEXT), "text/plain", ".txt", "tax.txt");
    const doc = await h.settled(id);
    expect(doc.status).toBe("done");
    const [run] = await runs(id, 1);
    expect(run).toMatchObject({ provider: "local", fallback: true, outcome: expect.not.stringMatching("failed"), error: null });
    expect(run!.note).toMatch(/^gpt-4o-mini failed \(.*500.*\): the offline classifier answered; the model will be asked again in 5 min$/);
    expect(llm.requests.filter(isChatRequest).length).toBeGreaterThan(0);

    // The vector was stored on the way, once.
    const vector = await getDocumentVector(h.database.db, id, EMBEDDING_VERSION);
    expect(vector).toHaveLength(EMBEDDING_DIMENSIONS);

    // graphile-worker deletes a finished job just after the task returns, so the classify job may linger a moment.
    const [retry, ...others] = await jobsAfterFinishedOnesGo(id);
    expect(others).toEqual([]);
    expect(retry).toMatchObject({ task: "retry_llm_classification", payload: { documentId: id, attempt: 1 }, attempts: 0 });
    expect(new Date(retry!.runAt).getTime() - Date.now()).toBeGreaterThan(4 * 60_000);

    // The model is back; the later try (brought forward) files the document with its answer.
    down = false;
    await h.database.db.execute(sql`select graphile_worker.reschedule_jobs(array[${retry!.id}]::bigint[], run_at => now())`);
    const [latest] = await runs(id, 2);
    expect(latest).toMatchObject({ provider: "openai", model: "gpt-4o-mini", fallback: false, outcome: "applied" });
    expect((await getDocument(h.database.db, id, ALL_DOCUMENTS)).topics.map((t) => [t.name, t.source])).toEqual([["Tax", "ai"]]);
    for (let i = 0; (await jobsOf(id)).length > 0; i++) {
      if (i > 100) throw new Error("the retry job stayed");
      await new Promise((r) => setTimeout(r, 100));
    }
  });

  it("a closed port: the same; the last later try leaves the offline answer and schedules no more", async () => {
    const closed = await closedPort();
    await updateAiSettings(h.database.db, h.deps.secretKey, { baseUrl: `http://127.0.0.1:${closed}/v1`, apiKey: "sk-test-0000" });
    try {
      const id = await h.queue(Buffer.from(`${TEXT} (closed port)`), "text/plain", ".txt", "tax2.txt");
      expect((await h.settled(id)).status).toBe("done");
      const [run] = await runs(id, 1);
      expect(run).toMatchObject({ provider: "local", fallback: true });
      expect(run!.note).toMatch(/the offline classifier answered/);

      // The last of the bounded tries: still down, so the offline answer stays and nothing more is queued.
      await h.database.db.transaction((tx) =>
        enqueue(tx, "retry_llm_classification", { documentId: id, attempt: 4 }, { jobKey: `retry_llm_classification:${id}` }),
      );
      const [last] = await runs(id, 2);
      expect(last).toMatchObject({ provider: "local", fallback: true });
      expect(last!.note).toMatch(/no more tries of the model$/);
      expect((await getDocument(h.database.db, id, ALL_DOCUMENTS)).status).toBe("done");
      for (let i = 0; (await jobsOf(id)).length > 0; i++) {
        if (i > 100) throw new Error(`jobs stayed: ${JSON.stringify(await jobsOf(id))}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      await updateAiSettings(h.database.db, h.deps.secretKey, { baseUrl: llm.baseURL, apiKey: "sk-test-0000" });
    }
  });

  it("a document classified after its jobs failed for good keeps no stale failed job", async () => {
    down = false;
    const id = await h.queue(Buffer.from(`${TEXT} (stale)`), "text/plain", ".txt", "tax3.txt");
    await h.settled(id);
    await runs(id, 1);
    expect(await jobsAfterFinishedOnesGo(id)).toEqual([]);
    // A job of the document's that failed for good, as graphile-worker keeps it (e.g. an extraction that ran out of attempts earlier).
    await h.database.db.execute(sql`select graphile_worker.add_job('extract_text', json_build_object('documentId', ${id}::text),
      job_key => ${`extract_text:${id}`}, run_at => now() + interval '1 day', max_attempts => 1)`);
    await h.database.db.execute(sql`update graphile_worker._private_jobs set attempts = max_attempts, last_error = 'boom' where key = ${`extract_text:${id}`}`);
    expect((await jobsOf(id)).map((j) => j.task)).toEqual(["extract_text"]);

    await h.database.db.transaction(async (tx) => enqueueForDocuments(tx, "classify_document", await markForReclassification(tx, [id], ALL_DOCUMENTS)));
    await runs(id, 2);
    for (let i = 0; (await jobsOf(id)).length > 0; i++) {
      if (i > 100) throw new Error(`jobs stayed: ${JSON.stringify(await jobsOf(id))}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  });
});

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
