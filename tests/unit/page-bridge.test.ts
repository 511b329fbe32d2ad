import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { describe, it } from "node:test";
import {
  BRIDGE,
  decide,
  frameOrigin,
  type SandboxFrame,
} from "../../components/sandbox/page-bridge";

// Stand-ins for two windows: the page's sandbox frame and any other frame.
const sandboxWindow = {
  name: "sandbox frame",
} as unknown as MessageEventSource;
const otherWindow = { name: "another frame" } as unknown as MessageEventSource;
const SANDBOX_ORIGIN = "https://2-19-8-sandpack.codesandbox.io";
const frame: SandboxFrame = { window: sandboxWindow, origin: SANDBOX_ORIGIN };

function message(
  data: unknown,
  { origin = SANDBOX_ORIGIN, source = sandboxWindow } = {},
) {
  return { data, origin, source };
}
const request = (call: string, fields?: unknown) => ({
  bridge: BRIDGE,
  id: "r1",
  call,
  fields,
});

describe("the docs page's sandbox bridge", () => {
  it("makes an allowlisted call from its own frame and origin", () => {
    assert.deepEqual(decide(message(request("GET /api/user")), frame), {
      action: "call",
      id: "r1",
      call: "GET /api/user",
      fields: {},
    });
    assert.deepEqual(
      decide(
        message(request("action updateDisplayName", { name: "Ada" })),
        frame,
      ),
      {
        action: "call",
        id: "r1",
        call: "action updateDisplayName",
        fields: { name: "Ada" },
      },
    );
  });

  it("refuses an endpoint outside the allowlist, and says why", () => {
    for (const call of [
      "GET /api/auth/get-session",
      "POST /api/user",
      "GET /api/user?x=1",
      "GET https://evil.example/api/user",
    ]) {
      const decision = decide(message(request(call)), frame);
      assert.equal(decision.action, "refuse", call);
      assert.match(
        (decision as { reason: string }).reason,
        /not on this page's allowlist/,
      );
    }
  });

  it("ignores a message from another origin, even from its own frame", () => {
    // The sandbox navigated its frame to another site: same window, new origin.
    const decision = decide(
      message(request("GET /api/user"), { origin: "https://evil.example" }),
      frame,
    );
    assert.equal(decision.action, "ignore");
  });

  it("ignores a message from another frame, even with the sandbox's origin", () => {
    const decision = decide(
      message(request("GET /api/user"), { source: otherWindow }),
      frame,
    );
    assert.equal(decision.action, "ignore");
  });

  it("never trusts an opaque origin or a frame that is not there yet", () => {
    const opaque = { window: sandboxWindow, origin: frameOrigin("not a url") };
    assert.equal(
      decide(message(request("GET /api/user"), { origin: "null" }), opaque)
        .action,
      "ignore",
    );
    assert.equal(
      decide(message(request("GET /api/user")), {
        window: null,
        origin: SANDBOX_ORIGIN,
      }).action,
      "ignore",
    );
  });

  it("ignores Sandpack's own messages and malformed ones", () => {
    for (const data of [
      null,
      "GET /api/user",
      { codesandbox: true, type: "done" },
      { bridge: BRIDGE, call: "GET /api/user" },
    ]) {
      assert.equal(decide(message(data), frame).action, "ignore");
    }
  });

  it("refuses fields that are not a few short strings", () => {
    for (const fields of [
      { name: 42 },
      { name: "x".repeat(1001) },
      ["Ada"],
      "Ada",
    ]) {
      assert.equal(
        decide(message(request("action updateDisplayName", fields)), frame)
          .action,
        "refuse",
      );
    }
  });

  it("speaks the same protocol as the sandbox's half", () => {
    const sandboxHalf = readFileSync(
      "examples/sandboxes/docs-page-bridge.ts",
      "utf8",
    );
    assert.match(sandboxHalf, new RegExp(`const BRIDGE = "${BRIDGE}";`));
  });
});
