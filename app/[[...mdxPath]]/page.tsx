import { generateStaticParamsFor, importPage } from "nextra/pages";
import { LessonEnd } from "@/components/course/lesson-end";
import { PageActions } from "@/components/page-actions/page-actions";
import { markdownPath } from "@/lib/docs/pages";
import { findLesson } from "@/lib/course/lessons";
import { useMDXComponents as getMDXComponents } from "@/mdx-components";

// Serves every page of content/ from the site root, each prerendered by
// `next build`: the parts that read the reader's session stream in behind
// <Suspense> (the navbar, the sidebar's progress, the lesson end).
export const generateStaticParams = generateStaticParamsFor("mdxPath");

type PageProps = { params: Promise<{ mdxPath?: string[] }> };

export async function generateMetadata(props: PageProps) {
  const { mdxPath } = await props.params;
  const { metadata } = await importPage(mdxPath);
  return metadata;
}

const Wrapper = getMDXComponents().wrapper;

export default async function Page(props: PageProps) {
  const params = await props.params;
  const { default: MDXContent, toc, metadata, sourceCode } = await importPage(params.mdxPath);
  const route = params.mdxPath?.join("/") ?? "";
  const lesson = findLesson(route);
  return (
    <Wrapper toc={toc} metadata={metadata} sourceCode={sourceCode}>
      <PageActions markdownHref={markdownPath(`/${route}`)} />
      <MDXContent {...props} params={params} />
      {lesson && <LessonEnd lesson={lesson} />}
    </Wrapper>
  );
}
