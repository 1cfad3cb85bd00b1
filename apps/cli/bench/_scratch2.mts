import { runIngestBench, makeBenchPdf } from "./ingest.ts";
const pdf = makeBenchPdf(1, 102400);
console.log(pdf.length, pdf.subarray(0, 20).toString());
console.log(JSON.stringify(await runIngestBench({ files: 160, bytes: 102400, concurrency: 16, maxMs: 30000, drainMs: 20000 }), null, 1));
