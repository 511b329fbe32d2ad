import assert from "node:assert/strict";
import { test } from "node:test";
import {
  hiddenInputs,
  isSignedOutExample,
  selfOrigin,
} from "../../lib/signed-out-request";

test("only the listed examples can be requested", () => {
  assert.equal(isSignedOutExample("server-component"), true);
  assert.equal(isSignedOutExample("../admin"), false);
  assert.equal(isSignedOutExample("constructor"), false);
});

test("the origin comes from BETTER_AUTH_URL, or a loopback request, never another Host", () => {
  const saved = process.env.BETTER_AUTH_URL;
  try {
    delete process.env.BETTER_AUTH_URL;
    assert.equal(
      selfOrigin("http://127.0.0.1:3000/api/x"),
      "http://127.0.0.1:3000",
    );
    assert.equal(
      selfOrigin("http://localhost:3000/api/x"),
      "http://localhost:3000",
    );
    assert.equal(selfOrigin("http://internal.example:8080/api/x"), null);
    process.env.BETTER_AUTH_URL = "https://guide.example.com/base";
    assert.equal(
      selfOrigin("http://attacker.example/api/x"),
      "https://guide.example.com",
    );
  } finally {
    if (saved === undefined) delete process.env.BETTER_AUTH_URL;
    else process.env.BETTER_AUTH_URL = saved;
  }
});

test("reads the hidden fields of a server-rendered form", () => {
  const html =
    '<form><input type="hidden" name="$ACTION_REF_1"/><input type="hidden" name="$ACTION_1:0" value="{&quot;id&quot;:&quot;abc&quot;}"/><input name="name" value="x"/></form>';
  assert.deepEqual(hiddenInputs(html), [
    ["$ACTION_REF_1", ""],
    ["$ACTION_1:0", '{"id":"abc"}'],
  ]);
});
