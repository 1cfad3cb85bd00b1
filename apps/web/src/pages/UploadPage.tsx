import { useEffect, useId, useState } from "react";
import { DropZone } from "../components/DropZone.tsx";
import { UploadRow } from "../components/UploadRow.tsx";
import { FolderOptions } from "../components/FolderOptions.tsx";
import { Page } from "../components/Page.tsx";
import { useFolderTree } from "../folder-tree.ts";
import { defineMessages, useMessages } from "../i18n.ts";
import { addFiles, clearFinished, setDropTarget, useUploads, type UploadTarget } from "../uploads.ts";

const messages = defineMessages({
  en: {
    title: "Upload",
    intro: "Files are stored, their text extracted and matched to your topics in the background.",
    uploadInto: "Upload into",
    noFolder: "No folder",
    uploads: "Uploads",
    clearFinished: "Clear finished",
    nothingYet: "Nothing uploaded in this session yet.",
  },
  de: {
    title: "Hochladen",
    intro: "Dateien werden gespeichert, ihr Text erkannt und im Hintergrund Ihren Themen zugeordnet.",
    uploadInto: "Hochladen in",
    noFolder: "Kein Ordner",
    uploads: "Hochgeladene Dateien",
    clearFinished: "Fertige entfernen",
    nothingYet: "In dieser Sitzung wurde noch nichts hochgeladen.",
  },
});

export function UploadPage() {
  const m = useMessages(messages);
  const uploads = useUploads();
  const finished = uploads.filter((u) => u.state === "done" || u.state === "error").length;
  const folderSelectId = useId();
  const folders = useFolderTree();
  const [folderId, setFolderId] = useState("");
  const node = folderId ? folders.tree.byId.get(folderId) : undefined;
  const target: UploadTarget | null = node ? { folderId: node.folder.id, folderPath: node.path } : null;
  const targetPath = target?.folderPath;

  // Files dropped outside the drop zone (anywhere on the page) go to the same folder.
  useEffect(() => {
    setDropTarget(folderId && targetPath ? { folderId, folderPath: targetPath } : null);
    return () => setDropTarget(null);
  }, [folderId, targetPath]);

  return (
    <Page title={m.title} intro={m.intro}>
      <div className="upload-layout">
        <div className="card card-pad">
          {folders.tree.roots.length > 0 && (
            <div className="field upload-target">
              <label htmlFor={folderSelectId}>{m.uploadInto}</label>
              <select id={folderSelectId} value={node ? folderId : ""} onChange={(e) => setFolderId(e.target.value)}>
                <option value="">{m.noFolder}</option>
                <FolderOptions tree={folders.tree} />
              </select>
            </div>
          )}
          <DropZone onFiles={(files) => addFiles(files, target)} />
        </div>
        <div className="card card-pad">
          <div className="card-head">
            <h2>{m.uploads}</h2>
            {finished > 0 && (
              <button type="button" className="btn btn-ghost btn-sm" onClick={clearFinished}>
                {m.clearFinished}
              </button>
            )}
          </div>
          {uploads.length === 0 ? (
            <p className="muted">{m.nothingYet}</p>
          ) : (
            <ul className="uploads" aria-label={m.uploads}>
              {uploads.map((u) => (
                <UploadRow key={u.key} upload={u} />
              ))}
            </ul>
          )}
        </div>
      </div>
    </Page>
  );
}
