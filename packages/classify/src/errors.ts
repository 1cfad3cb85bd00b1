/** The only error the classifiers throw; `message` is meant to be shown to the user. */
export class ClassificationError extends Error {
  override readonly name = "ClassificationError";
  /** True when trying again later may succeed (timeouts, rate limits, server errors). */
  readonly retryable: boolean;

  constructor(message: string, options: { cause?: unknown; retryable?: boolean } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.retryable = options.retryable ?? false;
  }
}
