/**
 * monday.com: its complexity budget, spent, waits the seconds its words name until the budget resets.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

describe("monday", () => {
  test("a legacy complexity body that states its 429 waits for the reset its message names", () => {
    // https://github.com/airbytehq/airbyte/pull/36717
    const x = explain(`{
    "errors": [
        "Complexity budget exhausted, query cost 222250 budget remaining 214980 out of 10000000 reset in 16 seconds"
    ],
    "status_code": 429,
    "error_message": "Complexity budget exhausted, query cost 222250 budget remaining 214980 out of 10000000 reset in 16 seconds",
    "error_code": "complexityBudgetExhausted",
    "account_id": 1
}`);
    expect([x.provider?.id, x.rule, x.error!.retryable, x.error!.retryAfter]).toEqual(["monday", "provider.monday.complexity-budget", true, 16]);
  });
});
