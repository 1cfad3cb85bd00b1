// What a classifier's answer does to a document lives in @docscan/classify, so that the topic trial (ADR 0029)
// decides with the very code the worker runs.
export { REVIEW_MIN_CONFIDENCE, type Decision, decide, keepPersonDecisions } from "@docscan/classify";
