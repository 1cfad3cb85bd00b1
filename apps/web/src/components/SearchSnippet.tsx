import { splitSnippet } from "@docscan/shared";

/**
 * Text around a search match. The server marks matches with private-use characters in plain text;
 * splitting on them and rendering text nodes keeps everything else escaped (no HTML from the server).
 */
export function SearchSnippet({ snippet }: { snippet: string }) {
  return (
    <p className="search-snippet small">
      {splitSnippet(snippet).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}
    </p>
  );
}
