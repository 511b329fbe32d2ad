import { cacheLife } from "next/cache";
import type { ReactNode } from "react";
import { generateStaticParamsFor, importPage } from "nextra/pages";
import { CourseOverview } from "@/components/course/course-overview";
import { LessonEnd } from "@/components/course/lesson-end";
import { PageActions } from "@/components/page-actions/page-actions";
import { markdownPath } from "@/lib/docs/pages";
import { findLesson } from "@/lib/course/lessons";
import { useMDXComponents as getMDXComponents } from "@/mdx-components";

// Serves every page of content/ from the site root, each prerendered by
// `next build`: the parts that read the reader's session stream in behind
// <Suspense> (the navbar, the sidebar's progress, the lesson end).
export const generateStaticParams = generateStaticParamsFor("mdxPath");
// Any other path is rendered at request time, to the not-found page. Nextra's layout reads
// the path outside <Suspense>, so such a render may block; without this,
// Next.js reports it as an error for every unknown path.
export const instant = false;

type PageProps = { params: Promise<{ mdxPath?: string[] }> };

export async function generateMetadata(props: PageProps) {
  const { mdxPath } = await props.params;
  const { metadata } = await importPage(mdxPath);
  return metadata;
}

const Wrapper = getMDXComponents().wrapper;

export default async function Page(props: PageProps) {
  const { mdxPath } = await props.params;
  const lesson = findLesson(mdxPath?.join("/") ?? "");
  return (
    <DocsPage
      mdxPath={mdxPath}
      lessonEnd={lesson && <LessonEnd lesson={lesson} />}
      courseOverview={<CourseOverview />}
    />
  );
}

type ReaderParts = { lessonEnd: ReactNode; courseOverview: ReactNode };

// The page's content is the same for every reader: cached whole, so a
// request that streams in the reader's parts does not render it again. The
// parts that read the session are made outside and pass through the cache
// untouched (a session read inside "use cache" is an error).
async function DocsPage({
  mdxPath,
  lessonEnd,
  courseOverview,
}: { mdxPath?: string[] } & ReaderParts) {
  "use cache";
  cacheLife("max");
  const {
    default: MDXContent,
    toc,
    metadata,
    sourceCode,
  } = await importPage(mdxPath);
  return (
    <Wrapper toc={toc} metadata={metadata} sourceCode={sourceCode}>
      <PageActions
        markdownHref={markdownPath(`/${mdxPath?.join("/") ?? ""}`)}
      />
      <MDXContent
        params={{ mdxPath }}
        components={{ CourseOverview: () => courseOverview }}
      />
      {lessonEnd}
    </Wrapper>
  );
}
