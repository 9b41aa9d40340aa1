/**
 * The odd half of the hostile inputs every reader must read in linear time (`tests/support/adversarial-inputs.ts`); the even half
 * runs in `parse.test.ts`. Two files, so that Vitest's two workers share the unit stage's largest part.
 */
import { describe } from "vitest";
import { adversarialTests } from "../support/adversarial-inputs.js";

describe("parseResponse, the odd half of the hostile inputs", () => {
  adversarialTests(1);
});
