import assert from "node:assert/strict";
import { test } from "node:test";
import { checkNoteInput } from "../../lib/validation";

test("a note needs a title of at most 120 characters; the body is kept as typed", () => {
  assert.deepEqual(checkNoteInput("  Groceries ", "  milk\n  eggs\n"), {
    ok: true,
    value: { title: "Groceries", body: "  milk\n  eggs\n" },
  });
  assert.deepEqual(checkNoteInput("山田 🚀", ""), {
    ok: true,
    value: { title: "山田 🚀", body: "" },
  });
  assert.equal(
    checkNoteInput("🚀".repeat(120), "").ok,
    true,
    "an emoji counts as one character",
  );
  assert.match(message(checkNoteInput("", "x")), /can't be empty/);
  assert.match(message(checkNoteInput(" \t\n", "x")), /can't be empty/);
  assert.match(
    message(checkNoteInput("x".repeat(121), "")),
    /at most 120 characters for the title/,
  );
  assert.match(
    message(checkNoteInput("ok", "x".repeat(10_001))),
    /at most 10,000 characters for the note/,
  );
});

test("anything but text is refused, missing fields included", () => {
  for (const [title, body] of [
    [null, ""],
    ["ok", null],
    [42, ""],
    ["ok", { text: "x" }],
    [new Blob(["x"]), ""],
  ]) {
    assert.match(message(checkNoteInput(title, body)), /as text/);
  }
});

function message(result: { ok: boolean; message?: string }): string {
  assert.equal(result.ok, false);
  return result.message!;
}
