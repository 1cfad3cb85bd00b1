export type ExtractionErrorCode = "unsupported" | "corrupt" | "encrypted" | "limit" | "empty";

/** An expected failure with a message fit for the user; retrying the same bytes will not help. */
export class ExtractionError extends Error {
  override readonly name = "ExtractionError";

  constructor(
    readonly code: ExtractionErrorCode,
    message: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}
