/**
 * AWS: near misses and waits the examples do not show.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

const run = (text: string) => explain(text, { providerId: "aws", now: Date.parse("2026-01-01T00:00:00Z") });

describe("aws", () => {
  test("an explicit deny is not fixed by granting: a plain ProviderAPIError", () => {
    const x = run(`HTTP/1.1 400 Bad Request
Content-Type: application/x-amz-json-1.0

{"__type":"com.amazon.coral.service#AccessDeniedException","message":"User: arn:aws:iam::123456789012:user/example is not authorized to perform: dynamodb:Query on resource: arn:aws:dynamodb:us-east-1:123456789012:table/example with an explicit deny in an identity-based policy"}`);
    expect(x.rule).toBe("provider.aws.explicit-deny");
    expect(x.error!.name).toBe("ProviderAPIError");
    expect(x.error!.retryable).toBe(false);
  });

  test("the IAM action is read from an XML message", () => {
    const x = run(`HTTP/1.1 403 Forbidden

<ErrorResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><Error><Type>Sender</Type><Code>AccessDenied</Code><Message>User: arn:aws:iam::123456789012:user/example is not authorized to perform: iam:ListUsers on resource: arn:aws:iam::123456789012:user/ because no identity-based policy allows the iam:ListUsers action</Message></Error><RequestId>00000000-0000-0000-0000-000000000000</RequestId></ErrorResponse>`);
    expect(x.rule).toBe("provider.aws.access-denied");
    expect((x.error as { missingScopes?: unknown }).missingScopes).toEqual(["iam:ListUsers"]);
  });

  test("a throttled 400 waits x-amz-retry-after milliseconds", () => {
    const x = run(`HTTP/1.1 400 Bad Request
x-amz-retry-after: 2500
Content-Type: application/x-amz-json-1.1

{"__type":"ThrottlingException","message":"Rate exceeded"}`);
    expect(x.rule).toBe("provider.aws.throttling");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.retryAfter).toBe(3);
  });

  test("RequestExpired (clock skew, a request sent long after it was signed) is no dead credential: signed again, it passes", () => {
    const x = run(`HTTP/1.1 400 Bad Request

<Response><Errors><Error><Code>RequestExpired</Code><Message>Request has expired.</Message></Error></Errors><RequestID>00000000-0000-0000-0000-000000000000</RequestID></Response>`);
    expect([x.rule, x.error!.name, x.error!.retryable]).toEqual(["provider.aws.clock-skew", "ProviderAPIError", true]);
  });

  test("the per-day Bedrock token quota is read from a REST-JSON body and its x-amzn-ErrorType", () => {
    const x = run(`HTTP/1.1 429 Too Many Requests
x-amzn-ErrorType: ThrottlingException:http://internal.amazon.com/coral/com.amazon.bedrock/

{"message":"Too many tokens per day, please wait before trying again."}`);
    expect(x.rule).toBe("provider.aws.daily-token-quota");
    expect(x.error!.retryable).toBe(false);
  });

  test("a __type identifies AWS unnamed, namespaced (DynamoDB's throttling 400) or bare beside its message (ECS's); API Gateway's own error body and x-amzn headers do not", () => {
    // https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/Programming.Errors.html (the JSON error shape)
    const x = explain(`HTTP/1.1 400 Bad Request
x-amzn-RequestId: 7Q0BRR1K6HN9V1GKJ4PNNN4T9RVV4KQNSO5AEMVJF66Q9ASUAAJG
Content-Type: application/x-amz-json-1.0

{"__type":"com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException","message":"The level of configured provisioned throughput for the table was exceeded."}`);
    expect(x.provider).toEqual({ id: "aws", name: "AWS", evidence: "body shape" });
    expect(x.rule).toBe("provider.aws.throttling");
    expect(x.error!.retryable).toBe(true);
    expect(x.error!.requestId).toBe("7Q0BRR1K6HN9V1GKJ4PNNN4T9RVV4KQNSO5AEMVJF66Q9ASUAAJG");
    // https://github.com/iann0036/former2/issues/11: the JSON protocol's bare __type (awsJson1_1), from ECS.
    const ecs = explain(`HTTP/1.1 400 Bad Request
x-amzn-RequestId: 6af5fd30-765e-11e9-a5f9-b7e8a953a005
Content-Type: application/x-amz-json-1.1

{"__type":"ThrottlingException","message":"Rate exceeded"}`);
    expect(ecs.provider).toEqual({ id: "aws", name: "AWS", evidence: "body shape" });
    expect(ecs.error!.retryable).toBe(true);
    // API Gateway in front of someone else's API answers with its own body, a message alone.
    const gateway = explain(`HTTP/1.1 429 Too Many Requests
x-amzn-RequestId: 0b6c1e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f
x-amzn-ErrorType: TooManyRequestsException

{"message":"Too Many Requests"}`);
    expect(gateway.provider).toBeUndefined();
  });
});
