/**
 * The classifier in a browser: it shows what the SDK's `classify` returns in Node, links
 * and shares, never runs or sends what is pasted, works by keyboard, and passes axe.
 */
import { expect, test } from "@playwright/test";
import { AlterValueError, EXAMPLES, classify, errorPath } from "@alter-ai/alter-sdk";
import { ClassifierPage } from "./pages/classifier-page";
import { sharePath } from "../../src/classifier/share";
import { REAL_RESPONSES } from "../classifier/real-responses";

const GITHUB_403 = [
  "HTTP/2 403",
  "x-github-request-id: C5A2:1F3B:2E4F9A:5C1D3E:6789ABCD",
  "x-oauth-scopes: read:user",
  "x-accepted-oauth-scopes: repo",
  "",
  '{"message": "Resource not accessible by integration", "documentation_url": "https://docs.github.com/rest"}',
].join("\n");

test.describe("classifying", () => {
  test("shows, for every example of the SDK, the class classify() returns in Node", async ({ page }) => {
    test.setTimeout(60_000);
    const c = new ClassifierPage(page);
    await c.open();
    for (const [i, ex] of EXAMPLES.entries()) {
      const expected = classify(ex.text, ex.opts)!.name;
      await c.classify(ex.text, ex.opts);
      await expect(c.resultClass, `example #${i} (${ex.error})`).toHaveText(expected);
      await expect(c.resultClass).toHaveAttribute("href", errorPath(expected));
    }
    expect(c.errors).toEqual([]);
  });

  test("shows for real provider responses what the SDK raises in Node", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    for (const r of REAL_RESPONSES) {
      await c.classify(r.text, r.opts);
      await expect(c.resultClass, r.name).toHaveText(classify(r.text, r.opts)!.name);
      await expect(c.resultClass).toHaveText(r.expected);
      await expect(c.result.getByRole("link", { name: r.rule, exact: true }).first()).toBeVisible();
    }
  });

  test("classifies as you type, with no button", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    await c.input.fill(GITHUB_403);
    await expect(c.resultClass).toHaveText("ScopeReauthRequiredError");
    await expect(c.result).toContainText("quirk.github.scopes");
    await expect(c.fieldRow("missingScopes")).toContainText('["repo"]');
  });

  test("says plainly when a response is not an error", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    await c.classify('HTTP/1.1 200 OK\ncontent-type: application/json\n\n{"ok": true}');
    await expect(c.notAnError).toBeVisible();
    await expect(c.resultClass).toBeHidden();
  });

  test("shows the AlterValueError message for unreadable input, and no stack", async ({ page }) => {
    const text = '{"just": "some json"}';
    let message = "";
    try {
      classify(text);
    } catch (err) {
      expect(err).toBeInstanceOf(AlterValueError);
      message = (err as Error).message;
    }
    const c = new ClassifierPage(page);
    await c.open();
    await c.classify(text);
    await expect(c.unreadable).toBeVisible();
    await expect(c.unreadable).toContainText(message);
    await expect(c.result).not.toContainText(/\n\s+at /);
    await expect(c.resultClass).toBeHidden();
  });

  test("offers the other source in one click when it was detected", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    await c.classify(GITHUB_403);
    await expect(c.result).toContainText("provider, detected");
    await c.result.getByRole("button", { name: "Read it as a backend response" }).click();
    await expect(c.source("Backend")).toBeChecked();
    await expect(c.resultClass).toHaveText(classify(GITHUB_403, { source: "backend" })!.name);
    await expect(c.result).toContainText("backend, as chosen");
  });

  test("shows the WWW-Authenticate challenges, scheme and parameters", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    await c.classify('HTTP/1.1 403\nWWW-Authenticate: Bearer realm="api", error="insufficient_scope", scope="a b"\n\n');
    const challenges = c.result.getByRole("group").filter({ hasText: "WWW-Authenticate challenges" }).getByRole("listitem");
    await expect(challenges).toHaveText([/Bearer\s*realm=api\s*error=insufficient_scope\s*scope=a b/]);
  });
});

test.describe("links", () => {
  test("opens a shared link filled and classified, and follows later fragments", async ({ page }) => {
    const [first, second] = [EXAMPLES[0]!, EXAMPLES.find((e) => e.opts?.source === "backend")!];
    const c = new ClassifierPage(page);
    await c.open(sharePath({ text: first.text }).replace("/classify/", ""));
    await expect(c.input).toHaveValue(first.text);
    await expect(c.resultClass).toHaveText(first.error);

    await page.evaluate((hash) => (location.hash = hash), sharePath({ text: second.text, ...second.opts }).replace("/classify/", ""));
    await expect(c.source("Backend")).toBeChecked();
    await expect(c.resultClass).toHaveText(second.error);
  });

  test("an error page's #example-<n> link opens that gallery example classified, with its options", async ({ page }) => {
    const n = EXAMPLES.findIndex((e) => e.opts?.source === "backend");
    const ex = EXAMPLES[n]!;
    const c = new ClassifierPage(page);
    await c.open(`#example-${n}`);
    await expect(c.input).toHaveValue(ex.text);
    await expect(c.source("Backend")).toBeChecked();
    await expect(c.resultClass).toHaveText(classify(ex.text, ex.opts)!.name);
  });

  test("a gallery example fills the box and classifies in one click, as often as asked", async ({ page }) => {
    const ex = EXAMPLES.find((e) => e.error === "TokenRefreshInProgressError")!;
    const c = new ClassifierPage(page);
    await c.open();
    await c.example(ex.story).click();
    await expect(c.input).toHaveValue(ex.text);
    await expect(c.resultClass).toHaveText(ex.error);
    await expect(c.snippet).toContainText("backoffDelay(error, attempt)");

    await c.input.fill("nonsense");
    await expect(c.unreadable).toBeVisible();
    await c.example(ex.story).click();
    await expect(c.resultClass).toHaveText(ex.error);
  });

  test("share link: round trip, with every secret masked out of the URL", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const secrets = ["eyJhbGciOiJSUzI1NiJ9.payload.sig", "sid-9f8e7d", "xoxb-1111-2222-secretslack", "ghp_16C7e42F292c6912E7710c838347Ae178B4a", "ya29.refresh-me"];
    const text = [
      "HTTP/1.1 401 Unauthorized",
      `Set-Cookie: session=${secrets[1]}; Path=/; HttpOnly`,
      'WWW-Authenticate: Bearer realm="example", error="invalid_token"',
      "Content-Type: application/json",
      "",
      JSON.stringify({ error: "invalid_token", echo: `Bearer ${secrets[0]}`, slack: secrets[2], gh: secrets[3], refresh_token: secrets[4] }),
    ].join("\n");
    const c = new ClassifierPage(page);
    await c.open();
    await c.classify(text, { providerId: "google" });
    const expected = classify(text, { providerId: "google" })!.name;
    await expect(c.resultClass).toHaveText(expected);
    for (const secret of secrets) await expect(c.result).not.toContainText(secret);

    await c.shareButton.click();
    await expect(c.page.getByRole("status").filter({ hasText: "Link copied" })).toBeVisible();
    const url = await c.shareLink.inputValue();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
    const shared = new URL(url);
    expect(shared.pathname).toBe("/classify/");
    expect(shared.search).toBe("");
    const r = new URLSearchParams(shared.hash.slice(1)).get("r")!;
    const decoded = Buffer.from(r, "base64url").toString("utf8");
    for (const secret of secrets) expect(decoded).not.toContain(secret);
    expect(decoded).toContain("[masked]");
    expect(decoded).toContain('error="invalid_token"');

    const other = new ClassifierPage(await context.newPage());
    await other.page.goto(url);
    await expect(other.input).toHaveValue(decoded);
    await expect(other.providerId).toHaveValue("google");
    await expect(other.resultClass).toHaveText(expected);
  });

  test("share link without a clipboard: the link is shown to copy by hand", async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(navigator, "clipboard", { value: undefined }));
    const c = new ClassifierPage(page);
    await c.open();
    await c.classify(GITHUB_403);
    await c.shareButton.click();
    await expect(c.shareLink).toBeVisible();
    await expect(c.shareLink).toHaveValue(/\/classify\/#r=[A-Za-z0-9_-]+$/);
    await expect(c.page.getByRole("status").filter({ hasText: "copy the link from the field" })).toBeVisible();
  });
});

test.describe("safety", () => {
  test("makes no request while classifying, sharing or opening examples", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const c = new ClassifierPage(page);
    await c.open();
    await page.waitForLoadState("networkidle");
    const requests: string[] = [];
    page.on("request", (r) => {
      // The browser fetches the tab's icon on its own schedule: that is not the page asking.
      if (!r.url().endsWith("/favicon.svg")) requests.push(`${r.method()} ${r.url()}`);
    });

    await c.input.click();
    await page.keyboard.type("HTTP/1.1 429 Too Many Requests\nRetry-After: 3\n\n{}");
    await expect(c.resultClass).toHaveText("ProviderAPIError");
    for (const ex of EXAMPLES.slice(0, 10)) await c.classify(ex.text, ex.opts);
    await c.example(EXAMPLES[1]!.story).click();
    await expect(c.resultClass).toHaveText(EXAMPLES[1]!.error);
    await c.shareButton.click();
    await expect(c.shareLink).toBeVisible();
    await page.waitForTimeout(300);
    expect(requests).toEqual([]);
  });

  test("pasted HTML and script never run, in the body, the headers or the provider id", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { violations: string[] }).violations.push(e.violatedDirective));
    });
    const payloads = ['<img src=x onerror="window.__xss=1;alert(1)">', "<script>window.__xss=2;alert(2)</script>", '"><svg onload=alert(3)>'];
    const c = new ClassifierPage(page);
    await c.open();
    for (const p of payloads) {
      const text = `HTTP/1.1 403 Forbidden\nX-Evil: ${p}\nWWW-Authenticate: Bearer realm="${p.replace(/"/g, "'")}"\nContent-Type: text/html\n\n${p}`;
      await c.classify(text, { providerId: p });
      await expect(c.resultClass).toHaveText(classify(text, { providerId: p })!.name);
      await c.showHeaders();
      await expect(c.fieldRow("X-Evil")).toContainText(p); // shown, as text
    }
    await c.classify("<script>window.__xss=4</script>");
    await expect(c.unreadable).toBeVisible();
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await c.result.locator("img, script, svg:not([aria-hidden])").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });
});

test.describe("access", () => {
  test("works by keyboard alone: Tab to the box, type, Tab to the source and switch it with arrows", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    for (let i = 0; i < 80 && !(await c.input.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(c.input).toBeFocused();
    await page.keyboard.type("HTTP/1.1 401 Unauthorized\n\n");
    await expect(c.resultClass).toHaveText("ProviderUnauthorizedError");

    await page.keyboard.press("Tab");
    await expect(c.source("Auto")).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(c.source("Backend")).toBeChecked();
    await expect(c.resultClass).toHaveText(classify("HTTP/1.1 401 Unauthorized\n\n", { source: "backend" })!.name);
    await page.keyboard.press("ArrowRight");
    await expect(c.source("Provider")).toBeChecked();
    await expect(c.resultClass).toHaveText("ProviderUnauthorizedError");

    await page.keyboard.press("Tab");
    await expect(c.providerId).toBeFocused();
    await page.keyboard.type("slack");
    await page.keyboard.press("Tab");
    await expect(c.result).toContainText('"slack"');
  });

  test("announces the result in a live region", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    await c.classify(GITHUB_403);
    await expect(c.result.getByRole("status").first()).toHaveText(/^ScopeReauthRequiredError\. /);
  });

  for (const theme of ["light", "dark"] as const) {
    test(`axe finds no serious or critical violation with a result shown, ${theme} theme`, async ({ page }) => {
      const ex = EXAMPLES.find((e) => e.error === "ScopeReauthRequiredError")!;
      const c = new ClassifierPage(page);
      await c.open(sharePath({ text: ex.text, ...ex.opts }).replace("/classify/", ""), theme);
      await expect(c.resultClass).toHaveText(ex.error);
      expect(await c.seriousViolations()).toEqual([]);
      await c.classify("not a response");
      await expect(c.unreadable).toBeVisible();
      expect(await c.seriousViolations()).toEqual([]);
    });
  }
});
