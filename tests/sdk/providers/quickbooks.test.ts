/**
 * QuickBooks: fault 3100 is a scope only on a 403 (an outage sends it as a 500), a fault
 * inside a 200 is an error unless it is one item of a batch, and the bad-token 401 keeps
 * the generic rule.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const now = Date.parse("2026-01-01T00:00:00Z");

const fault = (message: string, code: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<IntuitResponse xmlns="http://schema.intuit.com/finance/v3" time="2020-01-01T00:00:00.000-07:00">
  <Fault type="SERVICE">
    <Error code="${code}">
      <Message>${message}</Message>
    </Error>
  </Fault>
</IntuitResponse>`;

describe("quickbooks", () => {
  test("code 3100 in an outage (a 500) is no scope, and is retried", () => {
    const x = explain(`HTTP/1.1 500 Internal Server Error\nContent-Type: application/xml\n\n${fault("message=InternalServerError; errorCode=003100; statusCode=500", "3100")}`, {
      providerId: "quickbooks",
      now,
    });
    expect(x.rule).toBe("provider.error");
    expect(x.error!.retryable).toBe(true);
  });

  test("a fault in a JSON 200 is an error", () => {
    const x = explain(
      `HTTP/1.1 200 OK
Content-Type: application/json

{"Fault":{"Error":[{"Message":"Duplicate Name Exists Error","Detail":"The name supplied already exists. : Another customer is already using this name.","code":"6240"}],"type":"ValidationFault"},"time":"2020-01-01T00:00:00.000-07:00"}`,
      { providerId: "quickbooks", now },
    );
    expect(x.rule).toBe("provider.quickbooks.fault-in-200");
    expect(x.error!.name).toBe("ProviderAPIError");
    expect(x.error!.retryable).toBe(false);
  });

  test("one faulted item of a batch does not fail the call", () => {
    const x = explain(
      `HTTP/1.1 200 OK
Content-Type: application/xml

<IntuitResponse xmlns="http://schema.intuit.com/finance/v3" time="2020-01-01T00:00:00.000-07:00">
  <BatchItemResponse bId="bid1"><Customer><Id>1</Id></Customer></BatchItemResponse>
  <BatchItemResponse bId="bid2"><Fault type="ValidationFault"><Error code="6240"><Message>Duplicate Name Exists Error</Message></Error></Fault></BatchItemResponse>
</IntuitResponse>`,
      { providerId: "quickbooks", now },
    );
    expect(x.error).toBeNull();
  });

  test("an expired token (fault 3200) is the generic 401", () => {
    const x = explain(`HTTP/1.1 401 Unauthorized\nContent-Type: application/xml\n\n${fault("message=AuthenticationFailed; errorCode=003200; statusCode=401", "3200")}`, {
      providerId: "quickbooks",
      now,
    });
    expect(x.rule).toBe("provider.401");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
  });

  test("intuitlib's AuthClientError names QuickBooks and quotes its intuit_tid", () => {
    // https://github.com/ej2/python-quickbooks/issues/272
    const x = explain(
      `intuitlib.exceptions.AuthClientError: HTTP status 400, error message: b'{"error_description":"Incorrect or invalid refresh token","error":"invalid_grant"}', intuit_tid 1-6283b427-062f1d215a21a12048b92b5e at time Tue, 17 May 2022 14:41:43 GMT`,
    );
    expect(x.provider?.id).toBe("quickbooks");
    expect(x.error!.name).toBe("ProviderUnauthorizedError");
    expect(x.error!.requestId).toBe("1-6283b427-062f1d215a21a12048b92b5e");
  });
});
