// Replies as people read them: Markdown (lists, tables, emphasis, code) rendered by react-markdown
// with GitHub's tables and task lists. It builds React elements, never HTML strings: raw HTML in a
// reply is dropped, and link targets pass its URL filter (no javascript:). Links open outside the
// app (the desktop app hands them to the system browser).
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';
import './Markdown.css';

const plugins = [remarkGfm];

export function Markdown({ text }: { text: string }) {
  return (
    <div className="markdown" dir="auto">
      <ReactMarkdown
        remarkPlugins={plugins}
        skipHtml
        components={{
          a: ({ href, children }) => (
            <a href={href} target="_blank" rel="noopener noreferrer">
              {children}
            </a>
          ),
        }}
      >
        {text}
      </ReactMarkdown>
    </div>
  );
}
