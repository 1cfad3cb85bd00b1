import { DropZone } from "../components/DropZone.tsx";
import { UploadRow } from "../components/UploadRow.tsx";
import { addFiles, clearFinished, useUploads } from "../uploads.ts";

export function UploadPage() {
  const uploads = useUploads();
  const finished = uploads.filter((u) => u.state === "done" || u.state === "error").length;

  return (
    <section aria-labelledby="upload-title">
      <div className="page-head">
        <div>
          <h1 id="upload-title">Upload</h1>
          <p className="muted">Files are stored, their text extracted and matched to your topics in the background.</p>
        </div>
      </div>
      <div className="upload-layout">
        <div className="card card-pad">
          <DropZone onFiles={addFiles} />
        </div>
        <div className="card card-pad">
          <div className="card-head">
            <h2>Uploads</h2>
            {finished > 0 && (
              <button type="button" className="btn btn-ghost btn-sm" onClick={clearFinished}>
                Clear finished
              </button>
            )}
          </div>
          {uploads.length === 0 ? (
            <p className="muted">Nothing uploaded in this session yet.</p>
          ) : (
            <ul className="uploads" aria-label="Uploads">
              {uploads.map((u) => (
                <UploadRow key={u.key} upload={u} />
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
