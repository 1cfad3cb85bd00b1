// Page-by-page PDF view with pdf.js. Only this module imports pdf.js, and only dynamically: it is a
// separate chunk fetched the first time a PDF is opened, never part of the console's initial bundle.
import type * as PdfJs from "pdfjs-dist";
import type { PDFDocumentProxy as PdfDocument } from "pdfjs-dist";
import workerUrl from "pdfjs-dist/build/pdf.worker.min.mjs?url";
import { useEffect, useRef, useState } from "react";
import { errorMessage } from "../errors.ts";
import { formatNumber } from "../format.ts";
import { defineMessages, messagesOf, useMessages } from "../i18n.ts";
import { Spinner } from "./Feedback.tsx";

const messages = defineMessages({
  en: {
    fileGone: "The file is gone from storage.",
    couldNotFetch: (status: number) => `Could not fetch the file (HTTP ${status}).`,
    couldNotShow: "The preview could not be shown.",
    rendering: "Rendering the PDF…",
    pdfLabel: (filename: string, pages: number) => `${filename}, ${pages === 1 ? "1 page" : `${pages} pages`}`,
    showing: (shown: number, total: number) => `Showing ${shown} of ${total} pages.`,
    showMore: (n: number) => `Show ${n} more`,
    page: (n: number) => `Page ${n}`,
    pageFailed: "This page could not be drawn.",
    password: "The PDF is password-protected. Download it to open it.",
    invalid: "The file is not a valid PDF. Download it to inspect it.",
    viewerFailed: "The PDF viewer could not be loaded. Reload the page and try again.",
  },
  de: {
    fileGone: "Die Datei ist nicht mehr im Speicher.",
    couldNotFetch: (status: number) => `Die Datei konnte nicht abgerufen werden (HTTP ${status}).`,
    couldNotShow: "Die Vorschau konnte nicht angezeigt werden.",
    rendering: "Das PDF wird dargestellt…",
    pdfLabel: (filename: string, pages: number) => `${filename}, ${pages === 1 ? "1 Seite" : `${formatNumber(pages)} Seiten`}`,
    showing: (shown: number, total: number) => `${formatNumber(shown)} von ${formatNumber(total)} Seiten angezeigt.`,
    showMore: (n: number) => `${formatNumber(n)} weitere zeigen`,
    page: (n: number) => `Seite ${formatNumber(n)}`,
    pageFailed: "Diese Seite konnte nicht gezeichnet werden.",
    password: "Das PDF ist passwortgeschützt. Laden Sie es herunter, um es zu öffnen.",
    invalid: "Die Datei ist kein gültiges PDF. Laden Sie sie herunter, um sie zu prüfen.",
    viewerFailed: "Die PDF-Anzeige konnte nicht geladen werden. Laden Sie die Seite neu und versuchen Sie es noch einmal.",
  },
});

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
  const m = useMessages(messages);
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
          if (!res.ok) throw new Error(res.status === 404 ? m.fileGone : m.couldNotFetch(res.status));
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
  }, [url, m]);

  if (error) {
    return (
      <div className="preview-empty" role="alert">
        <p className="empty-title">{m.couldNotShow}</p>
        <p className="muted small">{pdfErrorMessage(error)}</p>
      </div>
    );
  }
  if (!doc) return <Spinner label={m.rendering} />;

  const count = Math.min(shown, doc.numPages);
  return (
    <div className="pdf-pages" aria-label={m.pdfLabel(filename, doc.numPages)} role="group">
      {Array.from({ length: count }, (_, i) => (
        <PdfPage key={i + 1} doc={doc} pageNumber={i + 1} />
      ))}
      {doc.numPages > count && (
        <div className="pdf-more">
          <span className="muted small">{m.showing(count, doc.numPages)}</span>
          <button type="button" className="btn btn-secondary btn-sm" onClick={() => setShown((n) => n + PAGE_BATCH)}>
            {m.showMore(Math.min(PAGE_BATCH, doc.numPages - count))}
          </button>
        </div>
      )}
    </div>
  );
}

/** One page: sized from its viewport at once, drawn when it scrolls near the viewport. */
function PdfPage({ doc, pageNumber }: { doc: PdfDocument; pageNumber: number }) {
  const m = useMessages(messages);
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
        <canvas ref={ref} className="pdf-canvas" aria-label={m.page(pageNumber)} role="img" />
        {state === "failed" && <p className="pdf-page-error">{m.pageFailed}</p>}
      </div>
      <figcaption className="muted small">{m.page(pageNumber)}</figcaption>
    </figure>
  );
}

function pdfErrorMessage(err: unknown): string {
  const m = messagesOf(messages);
  if (err instanceof Error) {
    if (err.name === "PasswordException") return m.password;
    if (err.name === "InvalidPDFException") return m.invalid;
    if (/dynamically imported module|importing a module script/i.test(err.message)) return m.viewerFailed;
  }
  return errorMessage(err);
}
