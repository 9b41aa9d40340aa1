/**
 * Mailchimp: the Marketing API's problem documents, as its Ruby client Gibbon prints them; a deactivated account is no retry.
 */
import { describe, expect, test } from "vitest";
import { explain } from "../../../sdk/src/index.js";

describe("mailchimp", () => {
  test("Gibbon's MailChimpError for a disabled user: its own signal, not a plain 403", () => {
    // https://github.com/hitobito/hitobito/issues/3712
    const x = explain(`Exception: **Gibbon::MailChimpError**
the server responded with status 403 @title="User Disabled", @detail="This account has been deactivated.", @body={"type"=>"https://mailchimp.com/developer/marketing/docs/errors/", "title"=>"User Disabled", "status"=>403, "detail"=>"This account has been deactivated.", "instance"=>"<redacted>"}, @raw_body="{\\"type\\":\\"https://mailchimp.com/developer/marketing/docs/errors/\\",\\"title\\":\\"User Disabled\\",\\"status\\":403,\\"detail\\":\\"This account has been deactivated.\\",\\"instance\\":\\"<redacted>\\"}", @status_code=403`);
    expect([x.provider?.id, x.rule, x.error!.retryable]).toEqual(["mailchimp", "provider.mailchimp.user-disabled", false]);
    expect(x.error!.requestId).toBeUndefined();
  });
});
