import {
  attribute,
  markdown,
  type WidgetMarkdown,
} from "@/lib/docs/markdown-kit";
import { benchMarkdown, isBenchTopic } from "@/lib/docs/bench-tables";

export const BenchFiguresMarkdown: WidgetMarkdown = (element) => {
  const topic = attribute(element, "topic");
  if (!isBenchTopic(topic)) {
    throw new Error(`<BenchFigures topic="${String(topic)}">: no such topic.`);
  }
  return markdown(benchMarkdown(topic));
};
