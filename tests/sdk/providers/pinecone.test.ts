/**
 * Pinecone: named by pinecone.io (api.pinecone.io, an index's host), its clients (`PineconeBadRequestError`,
 * `@pinecone-database/pinecone`, `pinecone.exceptions`) and its own words (its 401's `WWW-Authenticate`, a plan's limits, a vector
 * of another dimension); a plan's monthly allowance spent is not retried. Another vector database's words
 * for a dimension mismatch, and the gRPC-gateway body shape alone, are not it.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";
import { identifyByClient } from "../../../sdk/src/providers/clients.js";
import { paste } from "../../support/pastes.js";

const now = Date.parse("2026-01-01T00:00:00Z");

describe("pinecone", () => {
  test("a plan's monthly allowance spent is not retried", () => {
    // https://docs.pinecone.io/reference/api/database-limits/rate-limits (the monthly limit's error; status line added)
    const monthly = explain("HTTP/1.1 429 Too Many Requests\n\nRequest failed. You've reached your read unit limit for the current month.\nTo continue reading data, upgrade your plan.", { now });
    expect([monthly.provider?.id, monthly.provider?.evidence, monthly.rule, monthly.error!.name, monthly.error!.retryable]).toEqual([
      "pinecone",
      "body shape",
      "provider.pinecone.monthly-limit",
      "ProviderAPIError",
      false,
    ]);
  });

  test("its clients, its words and its index hosts name it", () => {
    // https://github.com/Nutlope/pdftochat/issues/10
    const dimension = explain(paste("198-pinecone-ts-bad-request-dimension-no-status-1.txt"), { now });
    expect([dimension.provider?.id, dimension.provider?.evidence, dimension.error!.retryable]).toEqual(["pinecone", "body shape", false]);
    // https://github.com/FlowiseAI/Flowise/issues/2144 (a 403 page from its front end: not retried)
    const unmapped = explain(paste("198-pinecone-ts-unmapped-403-html-1.txt"), { now });
    expect([unmapped.provider?.id, unmapped.provider?.evidence, unmapped.error!.retryable]).toEqual(["pinecone", "the client in the paste: PineconeUnmappedHttpError", false]);
    // https://github.com/neuron-core/neuron-ai/pull/162 (Guzzle's line, the index's host)
    const guzzle = explain(paste("184-pinecone-php-guzzle-400-namespace-api-version-1.txt"), { now });
    expect([guzzle.provider?.id, guzzle.provider?.evidence]).toEqual(["pinecone", "request URL host <index>.pinecone.io"]);
    // https://github.com/pinecone-io/pinecone-ts-client/issues/211 (a 500: retried)
    expect(explain(paste("189-pinecone-ts-500-internal-upsert-1.txt"), { now }).error!.retryable).toBe(true);
  });

  test("its words name it: a key for another environment, a vector of another dimension", () => {
    // https://github.com/Significant-Gravitas/AutoGPT/issues/541 (the legacy Python client's UnauthorizedException)
    const key = explain(paste("189-pinecone-python-401-invalid-env-1.txt"), { now });
    expect([key.provider?.id, key.rule, key.error!.name]).toEqual(["pinecone", "provider.401", "ProviderUnauthorizedError"]);
    // https://github.com/pinecone-io/examples/issues/153 (the Python client's ApiException, its body the data plane's)
    const query = explain(paste("189-pinecone-python-400-query-dimension-1.txt"), { now });
    expect([query.provider?.id, query.provider?.evidence, query.error!.retryable]).toEqual(["pinecone", "body shape", false]);
  });

  test("its SDKs' names are its clients; a plain ApiException is not", () => {
    expect(identifyByClient("pinecone.exceptions.PineconeApiException: (429)\nReason: Too Many Requests")?.provider.id).toBe("pinecone");
    // https://github.com/pinecone-io/pinecone-ts-client/issues/220
    expect(identifyByClient(paste("158-pinecone-404-index-not-found-ts-1.txt"))?.provider.id).toBe("pinecone");
    expect(identifyByClient("ApiException: (400)\nReason: Bad Request")).toBeUndefined();
  });

  test("another vector database's dimension error and the gRPC-gateway shape alone are not Pinecone's", () => {
    // Qdrant's answer to the same mistake (its `status.error`, "Wrong input: Vector dimension error: expected dim: 768, got 1536")
    const qdrant = explain('HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"status":{"error":"Wrong input: Vector dimension error: expected dim: 768, got 1536"},"time":0.001}', { now });
    expect(qdrant.provider).toBeUndefined();
    const grpc = explain('HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"code":3,"message":"invalid argument","details":[]}', { now });
    expect(grpc.provider).toBeUndefined();
  });
});
