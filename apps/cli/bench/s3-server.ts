// An S3-protocol server (s3rver) in its own process for the ingest benchmark; prints its config as JSON.
import { startS3Server } from "@docscan/storage/testing";

const server = await startS3Server();
process.stdout.write(`${JSON.stringify(server.config)}\n`);
const stop = () => void server.stop().finally(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
