// Page-by-page PDF view with pdf.js. Only this module imports pdf.js, and only dynamically: it is a
// separate chunk fetched the first time a PDF is opened, never part of the console's initial bundle.
import type * as PdfJs from "pdfjs-dist";
import type { PDFDocumentProxy as PdfDocument } from "pdfjs-dist";
import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";
import { useEffect, useRef, useState } from "react";
import { errorMessage } from "../errors.ts";
import { plural } from "../format.ts";
import { Spinner } from "./Feedback.tsx";

/** Pages rendered before "Show more" (each page is a canvas; a 2 000-page scan must not render at once). */
const PAGE_BATCH = 20;
/** Render width in CSS pixels; the canvas scales down with its column. */
const RENDER_WIDTH = 820;

let pdfjs: Promise<typeof PdfJs> | null = null;
function loadPdfJs(): Promise<typeof PdfJs> {
  pdfjs ??= import("pdfjs-dist")
    .then((lib) => {
      // A module worker from our own origin (only its URL is in this chunk): the api's CSP allows it.
      lib.GlobalWorkerOptions.workerSrc = workerUrl;
      return lib;
    })
    .catch((err: unknown) => {
      pdfjs = null; // a failed chunk load (e.g. after a deploy) may be retried
      throw err;
    });
  return pdfjs;
}

/** Fonts, CMaps and decoders pdf.js fetches on demand; copied into dist/pdfjs/ by vite.config.ts. */
const ASSETS = `${import.meta.env.BASE_URL}pdfjs/`;

export function PdfPreview({ url, filename }: { url: string; filename: string }) {
  const [doc, setDoc] = useState<PdfDocument | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [shown, setShown] = useState(PAGE_BATCH);

  useEffect(() => {
    let cancelled = false;
    let loaded: PdfDocument | null = null;
    const abort = new AbortController();
    (async () => {
      const [lib, bytes] = await Promise.all([
        loadPdfJs(),
        fetch(url, { signal: abort.signal }).then(async (res) => {
          if (!res.ok) throw new Error(res.status === 404 ? "The file is gone from storage." : `Could not fetch the file (HTTP ${res.status}).`);
          return new Uint8Array(await res.arrayBuffer());
        }),
      ]);
      const task = lib.getDocument({
        data: bytes,
        // The api's CSP has no 'unsafe-eval': pdf.js must not compile font paths with `new Function`.
        isEvalSupported: false,
        cMapUrl: `${ASSETS}cmaps/`,
        cMapPacked: true,
        standardFontDataUrl: `${ASSETS}standard_fonts/`,
        wasmUrl: `${ASSETS}wasm/`,
        iccUrl: `${ASSETS}iccs/`,
        // Annotations with scripts, forms and XFA stay inert: this is a preview, not a viewer.
        enableXfa: false,
      });
      loaded = await task.promise;
      if (cancelled) {
        void loaded.destroy();
        return;
      }
      setDoc(loaded);
    })().catch((err: unknown) => {
      if (!cancelled) setError(err);
    });
    return () => {
      cancelled = true;
      abort.abort();
      void loaded?.destroy();
    };
  }, [url]);

  if (error) {
    return (
      <div className="preview-empty" role="alert">
        <p className="empty-title">The preview could not be shown.</p>
        <p className="muted small">{pdfErrorMessage(error)}</p>
      </div>
    );
  }
  if (!doc) return <Spinner label="Rendering the PDF…" />;

  const count = Math.min(shown, doc.numPages);
  return (
    <div className="pdf-pages" aria-label={`${filename}, ${plural(doc.numPages, "page")}`} role="group">
      {Array.from({ length: count }, (_, i) => (
        <PdfPage key={i + 1} doc={doc} pageNumber={i + 1} />
      ))}
      {doc.numPages > count && (
        <div className="pdf-more">
          <span className="muted small">
            Showing {count} of {doc.numPages} pages.
          </span>
          <button type="button" className="btn btn-secondary btn-sm" onClick={() => setShown((n) => n + PAGE_BATCH)}>
            Show {Math.min(PAGE_BATCH, doc.numPages - count)} more
          </button>
        </div>
      )}
    </div>
  );
}

/** One page: sized from its viewport at once, drawn when it scrolls near the viewport. */
function PdfPage({ doc, pageNumber }: { doc: PdfDocument; pageNumber: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const [state, setState] = useState<"waiting" | "rendering" | "rendered" | "failed">("waiting");
  const [aspect, setAspect] = useState<number | null>(null);

  useEffect(() => {
    const canvas = ref.current;
    if (!canvas) return;
    let cancelled = false;
    let cancelRender: (() => void) | null = null;

    const draw = async () => {
      setState("rendering");
      const page = await doc.getPage(pageNumber);
      if (cancelled) return;
      const base = page.getViewport({ scale: 1 });
      setAspect(base.height / base.width);
      const scale = (RENDER_WIDTH / base.width) * Math.min(2, window.devicePixelRatio || 1);
      const viewport = page.getViewport({ scale });
      canvas.width = Math.floor(viewport.width);
      canvas.height = Math.floor(viewport.height);
      const task = page.render({ canvas, viewport });
      cancelRender = () => task.cancel();
      await task.promise;
      if (!cancelled) setState("rendered");
    };

    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        draw().catch((err: unknown) => {
          if (cancelled || (err instanceof Error && err.name === "RenderingCancelledException")) return;
          setState("failed");
        });
      },
      // Pages scroll inside the preview pane when it has one, else with the page.
      { root: canvas.closest<HTMLElement>("[data-scroll-root]"), rootMargin: "600px 0px" },
    );
    observer.observe(canvas);
    return () => {
      cancelled = true;
      observer.disconnect();
      cancelRender?.();
    };
  }, [doc, pageNumber]);

  return (
    <figure className="pdf-page" data-page={pageNumber} data-state={state}>
      <div className="pdf-canvas-wrap" style={aspect ? { aspectRatio: `1 / ${aspect}` } : undefined}>
        <canvas ref={ref} className="pdf-canvas" aria-label={`Page ${pageNumber}`} role="img" />
        {state === "failed" && <p className="pdf-page-error">This page could not be drawn.</p>}
      </div>
      <figcaption className="muted small">Page {pageNumber}</figcaption>
    </figure>
  );
}

function pdfErrorMessage(err: unknown): string {
  if (err instanceof Error) {
    if (err.name === "PasswordException") return "The PDF is password-protected. Download it to open it.";
    if (err.name === "InvalidPDFException") return "The file is not a valid PDF. Download it to inspect it.";
    if (/dynamically imported module|importing a module script/i.test(err.message)) return "The PDF viewer could not be loaded. Reload the page and try again.";
  }
  return errorMessage(err);
}
