import assert from "node:assert/strict";
import { test } from "node:test";
import {
  checkDisplayName,
  checkEmail,
  checkNewPassword,
  checkPassword,
} from "../../lib/validation";

test("a display name must be text, not blank, at most 100 characters", () => {
  assert.deepEqual(checkDisplayName("  Ada  "), { ok: true, value: "Ada" });
  assert.deepEqual(checkDisplayName("山田 太郎 🚀"), {
    ok: true,
    value: "山田 太郎 🚀",
  });
  assert.equal(
    checkDisplayName("🚀".repeat(100)).ok,
    true,
    "an emoji counts as one character",
  );
  assert.match(message(checkDisplayName("")), /can't be empty/);
  assert.match(message(checkDisplayName(" \t\n ")), /can't be empty/);
  assert.match(message(checkDisplayName("x".repeat(101))), /at most 100/);
  assert.match(message(checkDisplayName(42)), /as text/);
  assert.match(message(checkDisplayName(null)), /Enter a name/);
});

test("emails and passwords", () => {
  assert.deepEqual(checkEmail(" ada@example.com "), {
    ok: true,
    value: "ada@example.com",
  });
  assert.match(message(checkEmail("")), /Enter your email/);
  assert.match(message(checkEmail("ada@")), /like name@example.com/);
  assert.match(message(checkNewPassword("short")), /at least 8/);
  assert.equal(checkNewPassword("long enough").ok, true);
  assert.match(message(checkPassword("")), /Enter your password/);
});

function message(result: { ok: boolean; message?: string }): string {
  assert.equal(result.ok, false);
  return result.message!;
}
