// The lesson checks: one per lesson, well formed, graded on the server, and
// nothing of the answer in what the client form receives.
//
// checks.ts begins with import "server-only", whose package throws unless it
// is resolved with the "react-server" condition, as Next.js does for server
// code. This file adds that condition for "server-only" alone (a resolve hook,
// registered before checks.ts is imported), so the rest resolves as usual.
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { register } from "node:module";
import { test } from "node:test";
import { LESSONS } from "../../lib/course/lessons";

const SERVER_ONLY_AS_ON_THE_SERVER = `
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== "server-only") return nextResolve(specifier, context);
  return nextResolve(specifier, { ...context, conditions: [...context.conditions, "react-server"] });
}`;
register(
  `data:text/javascript,${encodeURIComponent(SERVER_ONLY_AS_ON_THE_SERVER)}`,
  import.meta.url,
);

const { LESSON_CHECKS, gradeAnswer, publicCheck } =
  await import("../../lib/course/checks");

test("checks.ts is server-only, so the answers never reach a client bundle", async () => {
  const source = await readFile(
    new URL("../../lib/course/checks.ts", import.meta.url),
    "utf8",
  );
  assert.match(source, /^import "server-only";$/m);
});

test("every lesson has exactly one check, and there are no others", () => {
  assert.deepEqual(
    Object.keys(LESSON_CHECKS).sort(),
    LESSONS.map((lesson) => lesson.slug).sort(),
  );
});

for (const { slug } of LESSONS) {
  test(`${slug}: 3 or 4 options with unique kebab-case ids, one of them the answer`, () => {
    const check = LESSON_CHECKS[slug];
    assert.ok(
      check.options.length >= 3 && check.options.length <= 4,
      `${check.options.length} options`,
    );
    const ids = check.options.map((option) => option.id);
    assert.equal(new Set(ids).size, ids.length, `duplicate ids: ${ids}`);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
    assert.ok(
      ids.includes(check.answer),
      `answer ${check.answer} is not one of ${ids}`,
    );
    const labels = check.options.map((option) => option.label);
    assert.equal(new Set(labels).size, labels.length, "duplicate labels");
    // Rendered as plain text: no Markdown code, emphasis or links, and nothing empty.
    for (const text of [check.question, check.explanation, ...labels]) {
      assert.ok(text.trim().length > 0);
      assert.doesNotMatch(text, /[`*[\]]/, text);
    }
  });
}

test("gradeAnswer: the right option is correct, the others are not, each with the explanation", () => {
  for (const { slug } of LESSONS) {
    const check = LESSON_CHECKS[slug];
    for (const option of check.options) {
      assert.deepEqual(gradeAnswer(slug, option.id), {
        ok: true,
        correct: option.id === check.answer,
        explanation: check.explanation,
      });
    }
  }
});

test("gradeAnswer: an option that isn't one of the lesson's is refused with a message", () => {
  const message = "Choose one of the answers.";
  const ids = LESSON_CHECKS["server-component"].options.map(
    (option) => option.id,
  );
  // A real option id, of another lesson.
  const anotherLessonsAnswer = Object.values(LESSON_CHECKS)
    .map((check) => check.answer)
    .find((id) => !ids.includes(id));
  for (const optionId of [
    "",
    "no-such-option",
    anotherLessonsAnswer,
    "toString",
    ` ${ids[0]}`,
    null,
    undefined,
    1,
  ]) {
    assert.deepEqual(
      gradeAnswer("server-component", optionId),
      { ok: false, message },
      String(optionId),
    );
  }
});

test("gradeAnswer: an unknown lesson is refused with a message", () => {
  for (const slug of [
    "no-such-lesson",
    "",
    "__proto__",
    "constructor",
    null,
    undefined,
  ]) {
    const result = gradeAnswer(slug, "redirect-login");
    assert.equal(result.ok, false, String(slug));
    assert.ok(!result.ok && /lesson/i.test(result.message), String(slug));
  }
});

test("publicCheck: the question and the options only, nothing of the answer or the explanation", () => {
  for (const { slug } of LESSONS) {
    const check = LESSON_CHECKS[slug];
    const shown = publicCheck(slug);
    assert.deepEqual(Object.keys(shown).sort(), ["options", "question"]);
    assert.equal(shown.question, check.question);
    assert.deepEqual(
      shown.options,
      check.options.map(({ id, label }) => ({ id, label })),
    );
    for (const option of shown.options) {
      assert.deepEqual(Object.keys(option).sort(), ["id", "label"]);
    }
    // Serialized as the client receives it: no answer field, no explanation text.
    const sent = JSON.stringify(shown);
    assert.doesNotMatch(sent, /"answer"|"explanation"|"correct"/);
    assert.ok(!sent.includes(check.explanation));
    // A copy: the form cannot change the checks the server grades with.
    assert.notEqual(shown.options, check.options);
  }
});
