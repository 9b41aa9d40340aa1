/**
 * The classifier in a browser: it shows what the SDK's `classify` returns in Node, links
 * and shares, never runs or sends what is pasted, works by keyboard, and passes axe.
 */
import { readdirSync, readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { AlterValueError, EXAMPLES, RULES, SITE_ORIGIN, classify, errorPath, explain } from "@alter-ai/alter-sdk/docs";
import { ClassifierPage } from "./pages/classifier-page";
import { MAX_SHARE_URL, readFragment, sharePath } from "../../src/classifier/share";
import { exampleHref, exampleOpenPath, exampleSlug } from "../../src/lib/examples";
import { REAL_RESPONSES } from "../classifier/real-responses";
import { PLACES, SECRETS } from "../support/secrets";

const HAR = readFileSync(new URL("../fixtures/har-three-failed.json", import.meta.url), "utf8");
const decodedOf = (url: string) => readFragment(new URL(url).hash)!.text!;

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
    const c = new ClassifierPage(page);
    await c.open();
    // A few through the form, as a person would; all of them through the element's engine, in one evaluation.
    for (const ex of EXAMPLES.slice(0, 3)) {
      await c.classify(ex.text, ex.opts);
      await expect(c.resultClass).toHaveText(classify(ex.text, ex.opts)!.name);
    }
    const shown = await c.classifier.evaluate(async (host, examples) => {
      const engine = await (host as unknown as { engine(): Promise<{ classify(): unknown }> }).engine();
      const box = host.querySelector("textarea")!;
      const provider = host.querySelector<HTMLInputElement>("#ac-provider")!;
      return examples.map(({ text, source, providerId }) => {
        host.querySelector<HTMLInputElement>(`input[name="source"][value="${source}"]`)!.checked = true;
        provider.value = providerId;
        box.value = text;
        engine.classify();
        const link = host.querySelector<HTMLAnchorElement>('[data-result="class"]');
        return `${link?.textContent} ${link?.getAttribute("href")}`;
      });
    }, EXAMPLES.map((e) => ({ text: e.text, source: e.opts?.source ?? "auto", providerId: e.opts?.providerId ?? "" })));
    expect(shown).toEqual(EXAMPLES.map((ex) => {
      const name = classify(ex.text, ex.opts)!.name;
      return `${name} ${errorPath(name)}`;
    }));
    expect(c.errors).toEqual([]);
  });

  test("shows for real provider responses what the SDK raises in Node", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    for (const r of REAL_RESPONSES) {
      await c.classify(r.text, r.opts);
      await expect(c.resultClass, r.name).toHaveText(classify(r.text, r.opts)!.name);
      await expect(c.resultClass).toHaveText(r.expected);
      await expect(c.classifier.getByRole("link", { name: r.rule, exact: true }).first()).toBeVisible();
    }
  });

  test("says what to do and why in the answer when a provider signal decided: a spent Google daily quota waits for its reset", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    const raw = readFileSync(new URL("../fixtures/pastes/99-pafy-daily-limit-wrapped-1.txt", import.meta.url), "utf8");
    const text = raw.slice(raw.indexOf("\n---\n") + 5);
    expect(explain(text).rule).toBe("provider.google.daily-limit");
    await c.classify(text);
    await expect(c.resultClass).toHaveText("ProviderAPIError");
    await expect(c.why).toBeVisible();
    await expect(c.why).toContainText("wait for the reset (midnight Pacific time, or hours) or raise the quota");
    const action = RULES.find((r) => r.id === "provider.google.daily-limit")!.action!.replace(/`/g, "");
    await expect(c.action).toHaveText(action);
    await expect(page.getByRole("heading", { name: "For any ProviderAPIError" })).toBeVisible();
    // The last catch-all says what its status means (a 404's), no "Why"; a status it has nothing for keeps the class's action under
    // "What to do".
    await c.classify("HTTP/1.1 404 Not Found\n\n{}");
    await expect(c.resultClass).toHaveText("ProviderAPIError");
    await expect(c.why).toHaveCount(0);
    await expect(c.action).toHaveText(RULES.find((r) => r.id === "provider.error")!.statusActions!["404"]!.replace(/`/g, ""));
    await expect(page.getByRole("heading", { name: "For any ProviderAPIError" })).toBeVisible();
    await c.classify("HTTP/1.1 418 I'm a teapot\n\n{}");
    await expect(c.resultClass).toHaveText("ProviderAPIError");
    await expect(c.action).not.toHaveText(action);
    await expect(page.getByRole("heading", { name: "What to do" })).toBeVisible();
  });

  test("shows for every real capture of tests/fixtures/pastes what the SDK says in Node, or its refusal", async ({ page }) => {
    const dir = new URL("../fixtures/pastes/", import.meta.url);
    const captures = readdirSync(dir).map((file) => {
      const raw = readFileSync(new URL(file, dir), "utf8");
      return { file, text: raw.slice(raw.indexOf("\n---\n") + 5) };
    });
    // Its time is the corpus's size: about 10 ms a paste through the page on two busy cores (6,880 pastes took over the 90 s default
    // while other tests ran beside it). A budget by the count, not a clock's guess: a paste that hangs still fails it.
    test.setTimeout(Math.max(90_000, captures.length * 30));
    const expected = captures.map(({ text }) => {
      try {
        return classify(text)?.name ?? "none";
      } catch (err) {
        return (err as Error).name;
      }
    });
    const c = new ClassifierPage(page);
    await c.open();
    // In one evaluation: through the element's own engine, as a paste's `input` would run it.
    const shown = await c.classifier.evaluate(async (host, texts) => {
      const engine = await (host as unknown as { engine(): Promise<{ classify(): unknown }> }).engine();
      const box = host.querySelector("textarea")!;
      return texts.map((text) => {
        box.value = text;
        engine.classify();
        const name = host.querySelector('[data-result="class"]')?.textContent;
        return name ?? (host.querySelector('[data-result="none"]') ? "none" : host.querySelector(".starlight-aside--caution") ? "AlterValueError" : "?");
      });
    }, captures.map((c) => c.text));
    expect(shown.map((name, i) => `${captures[i]!.file}: ${name}`)).toEqual(expected.map((name, i) => `${captures[i]!.file}: ${name}`));
    expect(c.errors).toEqual([]);
  });

  test("classifies as you type, with no button", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    await c.input.fill(GITHUB_403);
    await expect(c.resultClass).toHaveText("ScopeReauthRequiredError");
    await expect(c.classifier).toContainText("quirk.github.scopes");
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
    await expect(c.classifier).toContainText("provider, detected");
    await c.classifier.getByRole("button", { name: "Read it as a backend response" }).click();
    await expect(c.source("Backend")).toBeChecked();
    await expect(c.source("Backend")).toBeFocused();
    await expect(c.resultClass).toHaveText(classify(GITHUB_403, { source: "backend" })!.name);
    await expect(c.classifier).toContainText("backend, as chosen");
  });

  test("shows the WWW-Authenticate challenges, scheme and parameters", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    await c.classify('HTTP/1.1 403\nWWW-Authenticate: Bearer realm="api", error="insufficient_scope", scope="a b"\n\n');
    const challenges = c.classifier.getByRole("group").filter({ hasText: "WWW-Authenticate challenges" }).getByRole("listitem");
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

  test("an error page's short example link opens the example classified, with its options", async ({ page }) => {
    const ex = EXAMPLES.find((e) => e.opts?.source === "backend")!;
    const c = new ClassifierPage(page);
    await page.goto(exampleOpenPath(ex));
    await page.waitForURL(/\/classify\/#r=/);
    await page.locator("alter-classifier[data-ready]").waitFor({ state: "attached" });
    await expect(c.input).toHaveValue(ex.text);
    await expect(c.source("Backend")).toBeChecked();
    await expect(c.resultClass).toHaveText(classify(ex.text, ex.opts)!.name);
  });

  test("the gallery opens an example in one click, for every class an example gives", async ({ page }) => {
    await page.goto("/classify/examples/");
    const cards = page.locator('main a[href^="/classify/#r="]');
    await expect(cards).toHaveCount(EXAMPLES.length);
    const ex = EXAMPLES.find((e) => e.error === "TokenRefreshInProgressError")!;
    await page.locator(`#example-${exampleSlug(ex)} a`).click();
    const c = new ClassifierPage(page);
    await page.locator("alter-classifier[data-ready]").waitFor({ state: "attached" });
    await expect(c.input).toHaveValue(ex.text);
    await expect(c.resultClass).toHaveText(ex.error);
    await expect(c.snippet).toContainText("backoffDelay(error, attempt)");
  });

  test("the empty answer offers examples that open in place", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    const quick = c.result.getByRole("link").filter({ hasText: "Error" }).first();
    const href = (await quick.getAttribute("href"))!;
    await quick.click();
    await expect(c.input).toHaveValue(readFragment(href.slice("/classify/".length))!.text!);
    await expect(c.resultClass).toBeVisible();
    await c.input.fill("");
    await expect(c.result.getByRole("link", { name: /All \d+ examples/ })).toBeVisible();
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
    for (const secret of secrets) await expect(c.classifier).not.toContainText(secret);

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
    await page.evaluate((hash) => (location.hash = hash), exampleHref(EXAMPLES[1]!).slice("/classify/".length));
    await expect(c.resultClass).toHaveText(EXAMPLES[1]!.error);
    await c.classify(HAR);
    await c.entries.nth(0).check();
    await c.shareButton.click();
    await expect(c.shareLink).toBeVisible();
    await c.settled();
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
    await c.settled();
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await c.classifier.locator("img, script:not([type='application/json']), svg:not([aria-hidden])").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });
});

test.describe("access", () => {
  test("a result rebuilt while the focus is in it keeps the focus on the same control", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    await c.input.fill("HTTP/1.1 401 Unauthorized\n\n");
    await expect(c.resultClass).toHaveText("ProviderUnauthorizedError");
    await c.resultClass.focus();
    // A late classification of newer text (the last keystroke's, landing after a Tab) rebuilds the result.
    await c.input.evaluate((el: HTMLTextAreaElement) => {
      el.value = 'HTTP/1.1 401 Unauthorized\n\n{"message":"Bad credentials"}';
      el.dispatchEvent(new Event("input", { bubbles: true }));
    });
    await expect(c.result.locator('[data-slot="message"]')).toContainText("Bad credentials");
    await expect(c.resultClass).toBeFocused();
  });

  test("a Tab right after the last keystroke, before its classification ran, lands on the result and stays there", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    await c.classify("HTTP/1.1 401 Unauthorized\n");
    await expect(c.resultClass).toHaveText("ProviderUnauthorizedError");
    await c.input.focus();
    await page.keyboard.press("End");
    // Its classification waits out the typing pause; leaving the box classifies it at once, as the focus moves on.
    await page.keyboard.type("\n");
    await page.keyboard.press("Tab");
    await expect(c.resultClass).toBeFocused();
    await c.settled();
    await expect(c.resultClass).toBeFocused();
  });

  test("works by keyboard alone: Tab to the box, type, Tab to the source and switch it with arrows", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    for (let i = 0; i < 80 && !(await c.input.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
    await expect(c.input).toBeFocused();
    await page.keyboard.type("HTTP/1.1 401 Unauthorized\n\n");
    await expect(c.resultClass).toHaveText("ProviderUnauthorizedError");

    // The verdict comes next, in reading order; the options follow it.
    await page.keyboard.press("Tab");
    await expect(c.resultClass).toBeFocused();
    for (let i = 0; i < 20 && !(await c.source("Auto").evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press("Tab");
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
    await expect(c.classifier).toContainText('"slack"');
  });

  test("announces the result in a live region", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    await c.classify(GITHUB_403);
    await expect(c.result.getByRole("status").first()).toHaveText(/^ScopeReauthRequiredError\. /);
  });

  for (const [theme, width, height] of [["light", 1280, 800], ["dark", 1280, 800], ["light", 390, 844], ["dark", 390, 844]] as const) {
    test(`axe finds no serious or critical violation, ${theme} theme, ${width} px: empty, a HAR result, unreadable input`, async ({ page }) => {
      await page.setViewportSize({ width, height });
      const c = new ClassifierPage(page);
      await c.open("", theme);
      expect(await c.seriousViolations()).toEqual([]);
      await c.classify(HAR);
      await expect(c.entries).toHaveCount(3);
      await c.showHeaders();
      expect(await c.seriousViolations()).toEqual([]);
      await c.classify("not a response");
      await expect(c.unreadable).toBeVisible();
      expect(await c.seriousViolations()).toEqual([]);
    });
  }
});

test.describe("the answer first", () => {
  const ORDINARY = EXAMPLES.find((e) => e.error === "ScopeReauthRequiredError" && e.opts?.providerId === "github") ?? EXAMPLES[0]!;

  test("at 1280x800 the class and the action are in view beside the box, without scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const c = new ClassifierPage(page);
    await c.open();
    await c.classify(ORDINARY.text, ORDINARY.opts);
    await expect(c.resultClass).toHaveText(ORDINARY.error);
    expect(await page.evaluate(() => scrollY)).toBe(0);
    for (const part of [c.resultClass, c.action]) {
      const box = (await part.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y + box.height).toBeLessThanOrEqual(800);
      expect(box.x + box.width).toBeLessThanOrEqual(1280);
    }
    // Side by side: the verdict starts right of the box, not below it.
    const input = (await c.input.boundingBox())!;
    const verdict = (await c.resultClass.boundingBox())!;
    expect(verdict.x).toBeGreaterThan(input.x + input.width);
  });

  test("at 390x844 the class and the action are the first thing below the box", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const c = new ClassifierPage(page);
    await c.open();
    await c.classify(ORDINARY.text, ORDINARY.opts);
    await expect(c.resultClass).toHaveText(ORDINARY.error);
    const input = (await c.input.boundingBox())!;
    const hint = (await page.locator("#ac-text-hint").boundingBox())!;
    const card = (await c.result.locator(".ac-card").first().boundingBox())!;
    const options = (await c.source("Auto").boundingBox())!;
    expect(hint.y).toBeGreaterThan(input.y);
    // Nothing but the box's own hint (and the gap) between the box and the verdict.
    expect(card.y).toBeGreaterThan(hint.y + hint.height);
    expect(card.y - (hint.y + hint.height)).toBeLessThan(48);
    expect(options.y).toBeGreaterThan(card.y + card.height);
    const action = (await c.action.boundingBox())!;
    expect(action.y).toBeGreaterThan((await c.resultClass.boundingBox())!.y);
  });

  for (const theme of ["light", "dark"] as const) {
    test(`at 390 px, ${theme} theme, no element is wider than the screen outside a scroll container, and no column starts off it`, async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      const c = new ClassifierPage(page);
      await c.open("", theme);
      await c.classify(HAR);
      await expect(c.resultClass).toBeVisible();
      await c.showHeaders();
      const overflowing = await page.evaluate(() => {
        const out: string[] = [];
        const scrolls = (el: Element | null): boolean => {
          for (let e = el; e; e = e.parentElement) {
            const o = getComputedStyle(e).overflowX;
            if ((o === "auto" || o === "scroll") && e.scrollWidth > e.clientWidth) return true;
          }
          return false;
        };
        for (const el of document.querySelectorAll("body *")) {
          const r = el.getBoundingClientRect();
          if (r.width === 0 || getComputedStyle(el).visibility === "hidden") continue;
          if ((r.right > innerWidth + 1 || r.left < -1) && !scrolls(el.parentElement) && !el.closest("[aria-hidden=true], .sr-only")) {
            out.push(`${el.localName}.${el.className}: ${Math.round(r.left)}..${Math.round(r.right)}`);
          }
        }
        for (const cell of document.querySelectorAll("alter-classifier :is(th, td)")) {
          const r = cell.getBoundingClientRect();
          if (r.width > 0 && r.left >= innerWidth) out.push(`column starts off-screen: ${cell.textContent?.slice(0, 30)}`);
        }
        return out;
      });
      expect(overflowing).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // A class name breaks only at a capital: the rendered text has no break inside a word.
      await c.classify(EXAMPLES.find((e) => e.error === "RestrictedGrantRequiresProxyError")!.text, EXAMPLES.find((e) => e.error === "RestrictedGrantRequiresProxyError")!.opts);
      const lines = await c.resultClass.evaluate((el) => {
        const words: string[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(n);
          words.push(`${n.textContent}:${range.getClientRects().length}`);
        }
        return words;
      });
      // Each piece between <wbr>s sits on one line.
      for (const piece of lines) expect(piece).toMatch(/:1$/);
    });
  }
});

test.describe("what was pasted, read whole or in part", () => {
  test("a HAR with three failed requests: the picker lists three, and choosing one changes the verdict", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    await c.classify(HAR);
    await expect(c.entries).toHaveCount(3);
    const chosen = explain(HAR).input.entry!;
    await expect(c.entries.and(page.locator(`[value="${chosen}"]`))).toBeChecked();
    await expect(c.result).toContainText("How it was read");
    const seen = new Set<string>();
    for (const index of explain(HAR).input.entries!.map((e) => e.index)) {
      await c.entries.and(page.locator(`[value="${index}"]`)).check();
      const expected = classify(HAR, { entry: index })!.name;
      await expect(c.resultClass).toHaveText(expected);
      await expect(c.entries.and(page.locator(`[value="${index}"]`))).toBeChecked();
      await expect(c.entries.and(page.locator(`[value="${index}"]`))).toBeFocused();
      seen.add(expected);
    }
    expect(seen.size).toBe(3);
    // The picked entry travels in the share link.
    await c.shareButton.click();
    expect(new URL(await c.shareLink.inputValue()).hash).toMatch(/&entry=\d+$/);
  });

  test("the provider, how it was identified and its request id are on the verdict, linked to the provider's page", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    await c.classify(HAR);
    await c.entries.first().check();
    const provider = c.result.getByRole("link", { name: "GitHub" });
    await expect(provider).toHaveAttribute("href", "/providers/github/");
    await expect(c.result).toContainText("request URL host api.github.com");
    await expect(c.result).toContainText("C5A2:1F3B:2E4F9A:5C1D3E:6789ABCD");
  });

  test("a paste over 64 KiB is held: the box shows its start, read-only, the result reads all of it; Clear, or a new paste, replaces it", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    // The three-failure HAR behind 300 successful calls: about 300 KiB, its failures at the end.
    const har = JSON.parse(HAR) as { log: { entries: Array<{ response: { status: number } }> } };
    const ok = { ...har.log.entries[0]!, response: { ...har.log.entries[0]!.response, status: 200, content: { size: 1000, mimeType: "text/plain", text: "x".repeat(1000) } } };
    const big = JSON.stringify({ log: { ...har.log, entries: [...Array.from({ length: 300 }, () => ok), ...har.log.entries] } }, null, 2);
    expect(big.length).toBeGreaterThan(256 * 1024);
    await c.paste(big);
    await expect(c.resultClass).toHaveText(classify(big)!.name);
    await expect(c.entries).toHaveCount(3);
    const shown = await c.input.inputValue();
    expect(shown.length).toBeLessThan(5 * 1024);
    expect(big.startsWith(shown.slice(0, shown.lastIndexOf("\n")))).toBe(true);
    expect(shown).toMatch(/… \(\d+ K characters more, not shown\)$/);
    await expect(c.input).not.toBeEditable();
    const held = c.classifier.locator('[data-slot="held"]');
    await expect(held).toContainText(`this paste (${Math.ceil(big.length / 1024)} K characters)`);

    // A short paste over it takes its place, editable again.
    await c.paste(GITHUB_403);
    await expect(c.input).toHaveValue(GITHUB_403);
    await expect(c.input).toBeEditable();
    await expect(held).toBeHidden();
    await expect(c.resultClass).toHaveText("ScopeReauthRequiredError");

    await c.paste(big);
    await expect(c.resultClass).toHaveText(classify(big)!.name);
    await held.getByRole("button", { name: "Clear the box" }).click();
    await expect(c.input).toHaveValue("");
    await expect(c.input).toBeEditable();
    await expect(c.input).toBeFocused();
    await expect(held).toBeHidden();
    await expect(c.resultClass).toHaveCount(0);
    expect(c.errors).toEqual([]);
  });

  test("binary or oversized pastes never reach the box, and the page says why", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    await c.paste("PK\u0003\u0004\u0000\u0000binary zip");
    await expect(c.refused).toContainText("binary data");
    await expect(c.input).toHaveValue("");
    await c.paste("x".repeat(5 * 1024 * 1024 + 1));
    await expect(c.refused).toContainText("over 5 MiB");
    await expect(c.input).toHaveValue("");
    await c.paste(GITHUB_403);
    await expect(c.refused).toBeEmpty();
    await expect(c.resultClass).toHaveText("ScopeReauthRequiredError");
  });

  test("a body nested 100,000 levels deep shows the AlterValueError message, and no console error", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    const deep = "HTTP/1.1 400 Bad Request\ncontent-type: application/json\n\n" + "[".repeat(100_000) + "]".repeat(100_000);
    await c.classify(deep);
    await expect(c.result.locator("[data-result], .starlight-aside").first()).toBeVisible();
    await expect(c.result.getByText("The classifier failed")).toHaveCount(0);
    await c.classify('{"a":' .repeat(100_000) + "1" + "}".repeat(100_000));
    await expect(c.result.getByText("The classifier failed")).toHaveCount(0);
    await expect(c.result.locator("[data-result], .starlight-aside").first()).toBeVisible();
    expect(c.errors).toEqual([]);
  });

  test("a result that fails to render shows a failure notice, never half of it beside the last one", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    await c.classify(GITHUB_403);
    await expect(c.resultClass).toHaveText("ScopeReauthRequiredError");
    // Rendering breaks on the next result: creating any <tr> throws.
    await page.evaluate(() => {
      const create = Document.prototype.createElement;
      Document.prototype.createElement = function (this: Document, name: string, ...rest: [ElementCreationOptions?]) {
        if (name === "tr") throw new RangeError("planted");
        return create.call(this, name, ...rest);
      } as typeof Document.prototype.createElement;
    });
    await c.classify("HTTP/1.1 503 Service Unavailable\nRetry-After: 5\n\n{}");
    await expect(c.result.locator(".starlight-aside").filter({ hasText: "The result could not be shown" })).toBeVisible();
    await expect(c.resultClass).toHaveCount(0);
    // Nothing of the 503 in the result (the list of what the box accepts names Envoy's "503 upstream connect error": not a result).
    await expect(c.result.getByText("503")).toHaveCount(0);
    await expect(c.classifier.locator("[data-result]")).toHaveCount(0);
  });
});

test.describe("share links (at most 32 KiB, masked)", () => {
  test("a 4 MB paste makes no link; the page offers the body cut to fit, or the headers alone, each under 32 KiB", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const c = new ClassifierPage(page);
    await c.open();
    await c.source("Provider").check();
    // Made in the page: 4 MB through the protocol would only time the test harness.
    await c.input.evaluate((box) => {
      const pad = "é".repeat(2 * 1024 * 1024);
      (box as HTMLTextAreaElement).value = ["HTTP/1.1 429 Too Many Requests", "Retry-After: 30", "Content-Type: application/json", "", JSON.stringify({ error: { message: "slow down", pad } })].join("\n");
      box.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await expect(c.resultClass).toHaveText("ProviderAPIError");
    await c.shareButton.click();
    await expect(c.result.getByRole("status").filter({ hasText: "none was made" })).toBeVisible();
    await expect(c.shareLink).toBeHidden();

    await c.result.getByRole("button", { name: /body cut to fit/ }).click();
    await expect(c.shareLink).toBeVisible();
    const cut = await c.shareLink.inputValue();
    expect(cut.length).toBeLessThanOrEqual(MAX_SHARE_URL);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(cut);
    await expect(c.result.getByRole("status").filter({ hasText: /body cut to \d+ of \d+ characters/ })).toBeVisible();

    await c.shareButton.click();
    await c.result.getByRole("button", { name: /headers only/ }).click();
    const headers = await c.shareLink.inputValue();
    expect(headers.length).toBeLessThanOrEqual(MAX_SHARE_URL);
    expect(decodedOf(headers)).toMatch(/^HTTP\/1\.1 429 Too Many Requests\n/);

    const other = new ClassifierPage(await context.newPage());
    await other.page.goto(cut);
    await other.page.locator("alter-classifier[data-ready]").waitFor({ state: "attached" });
    await expect(other.resultClass).toHaveText("ProviderAPIError");
  });

  test("an edit clears the share link: it never shows a link to the old text", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    await c.classify(GITHUB_403);
    await c.shareButton.click();
    await expect(c.shareLink).toBeVisible();
    await c.input.press("End");
    await c.input.pressSequentially(" ");
    await expect(c.shareLink).toBeHidden();
  });

  test("the masking table holds for the shown result and the shared URL", async ({ page, context }) => {
    test.setTimeout(180_000);
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const c = new ClassifierPage(page);
    await c.open();
    // Every secret shape and every place, each at least once (the SDK's tests run every pair).
    const n = Math.max(SECRETS.length, PLACES.length);
    for (let i = 0; i < n; i++) {
      const [what, secret] = SECRETS[i % SECRETS.length]!;
      const [where, put] = PLACES[i % PLACES.length]!;
      const text = `HTTP/1.1 401 Unauthorized\nContent-Type: text/plain\n\n${put(secret)}`;
      await c.classify(text, { source: "provider" });
      await expect(c.resultClass, `${what} in ${where}`).toHaveText("ProviderUnauthorizedError");
      await c.showHeaders();
      await expect(c.classifier, `${what} in ${where}: shown`).not.toContainText(secret);
      await c.shareButton.click();
      const url = await c.shareLink.inputValue();
      expect(decodedOf(url), `${what} in ${where}: shared`).not.toContain(secret);
      expect(decodedOf(url)).not.toContain(secret.slice(-12));
    }
  });

  test("opening a broken link, or a 400 KB link of binary bytes, shows the page's own message", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open("#r=abcde");
    await expect(c.unreadable).toContainText("cut short");
    // What a shared link holds passes the gate a paste does: binary never reaches the box.
    await page.evaluate(() => {
      // (Chromium itself takes seconds to take a megabyte-long URL: the page's part is what is tested.)
      const binary = String.fromCharCode(1).repeat(300_000);
      location.hash = "#r=" + btoa(binary).replace(/=+$/, "");
    });
    await expect(c.unreadable).toContainText("binary data");
    await expect(c.input).toHaveValue("");
    expect(c.errors).toEqual([]);
  });
});

test.describe("off-site links (issue 12)", () => {
  const FORMS = [
    `${SITE_ORIGIN}//evil.example/login`,
    `${SITE_ORIGIN}/\\evil.example/login`,
    `${SITE_ORIGIN}/\t/evil.example/login`,
    "javascript:alert(document.domain)",
    `${SITE_ORIGIN}.evil.example/errors/`,
    `${SITE_ORIGIN}@evil.example/errors/`,
  ];
  const response = (url: string) =>
    `HTTP/1.1 403 Forbidden\ncontent-type: application/json\n\n${JSON.stringify({ error: { code: "insufficient_scope", message: "m", details: { required: ["grants:read"], documentation_url: url } } })}`;

  for (const via of ["a paste", "a share link"] as const) {
    test(`no anchor leaves the site for a documentation_url from ${via}`, async ({ page }) => {
      const c = new ClassifierPage(page);
      await c.open();
      for (const url of FORMS) {
        if (via === "a paste") await c.classify(response(url));
        else await page.evaluate((hash) => (location.hash = hash), sharePath({ text: response(url) }).slice("/classify/".length));
        await expect(c.resultClass).toHaveText("InsufficientScopeError");
        const foreign = (await c.hrefs()).filter((href) => new URL(href).origin !== new URL(page.url()).origin);
        expect(foreign, url).toEqual([]);
        // Shown as text, its host visible.
        await expect(c.classifier.getByText(url.replace("\t", " ").slice(0, 20), { exact: false }).first()).toBeAttached();
      }
    });
  }

  test("a snippet built from fields holding each line terminator is the same program as a clean one", async ({ page }) => {
    const c = new ClassifierPage(page);
    await c.open();
    const withId = (id: string) =>
      `HTTP/1.1 401 Unauthorized\ncontent-type: application/json\n\n${JSON.stringify({ error: { code: "grant_expired", message: "m", request_id: id, details: { grant_id: id } } })}`;
    await c.classify(withId("req_clean"), { source: "backend" });
    const clean = await c.snippet.textContent();
    const { default: ts } = await import("typescript");
    const printer = ts.createPrinter({ removeComments: true });
    const program = (code: string) => printer.printFile(ts.createSourceFile("s.ts", `async function f() {\n${code.replace(/^import .*$/gm, "")}\n}`, ts.ScriptTarget.ES2022, true, ts.ScriptKind.TS));
    for (const terminator of ["\u2028", "\u2029", "\u0085", "\r"]) {
      await c.classify(withId(`a${terminator}require("child_process").execSync("id")//`), { source: "backend" });
      const snippet = (await c.snippet.textContent())!;
      expect(snippet).not.toMatch(/[\u2028\u2029\u0085]/);
      expect(program(snippet)).toBe(program(clean!));
    }
  });
});
