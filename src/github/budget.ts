/** Thrown (instead of sending) when the time budget for GitHub calls is used up (see client.ts). */
export class BudgetExhaustedError extends Error {
  override readonly name = 'BudgetExhaustedError';
}
