import { useMutation } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { useIsAdmin } from "../auth.ts";
import { fieldErrors, formError } from "../errors.ts";
import { percent, plural } from "../format.ts";
import { thresholdText, toTopicInput, validateTopic } from "../topic-validation.ts";
import { queryClient, trpc, type Topic } from "../trpc.ts";
import { TopicFields, type TopicDraft } from "./TopicFields.tsx";

interface Props {
  topic: Topic;
  onDelete: () => void;
  onSaved?: () => void;
  globalThreshold?: number | undefined;
}

/** Whether a topic is shared by everyone or only the caller's (the list holds no one else's personal topics). */
export function TopicScopeBadge({ personal }: { personal: boolean }) {
  return (
    <span className={`scope-badge ${personal ? "scope-personal" : "scope-global"}`} title={personal ? "Only you see this topic" : "Everyone sees this topic"}>
      {personal ? "Personal" : "Global"}
    </span>
  );
}

export function TopicItem({ topic, onDelete, onSaved, globalThreshold }: Props) {
  // ADR 0010: one's own personal topics, and global ones only for admins (the api answers 403 otherwise).
  const canChange = useIsAdmin() || topic.personal;
  const [draft, setDraft] = useState<TopicDraft | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const update = useMutation(
    trpc.topics.update.mutationOptions({
      onSuccess: async () => {
        setDraft(null);
        onSaved?.();
        await Promise.all([
          queryClient.invalidateQueries(trpc.topics.pathFilter()),
          queryClient.invalidateQueries(trpc.documents.pathFilter()),
        ]);
      },
      onError: (err) => setErrors(fieldErrors(err)),
    }),
  );

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!draft) return;
    const found = validateTopic(draft);
    setErrors(found);
    if (Object.keys(found).length === 0) update.mutate({ id: topic.id, ...toTopicInput(draft) });
  }

  if (draft) {
    const serverError = formError(update.error);
    return (
      <li className="topic-item topic-editing">
        <form onSubmit={submit} noValidate aria-label={`Edit topic ${topic.name}`}>
          <TopicFields draft={draft} onChange={setDraft} errors={errors} globalThreshold={globalThreshold} />
          <div className="form-actions">
            <button type="submit" className="btn btn-primary btn-sm" disabled={update.isPending}>
              {update.isPending ? "Saving…" : "Save"}
            </button>
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={() => {
                setDraft(null);
                update.reset();
              }}
            >
              Cancel
            </button>
            {serverError && (
              <span className="inline-error" role="alert">
                {serverError}
              </span>
            )}
          </div>
        </form>
      </li>
    );
  }

  return (
    <li className="topic-item">
      <span className="swatch" style={{ background: topic.color }} aria-hidden="true" />
      <div className="topic-main">
        <p className="topic-name">
          {topic.name} <TopicScopeBadge personal={topic.personal} />
        </p>
        <p className={topic.description ? "topic-description" : "topic-description muted"}>{topic.description || "No description."}</p>
      </div>
      <span className="topic-count">
        {plural(topic.documentCount, "document")}
        <span className={topic.threshold == null ? "topic-threshold muted" : "topic-threshold"} title="Confidence needed to apply this topic">
          {topic.threshold == null ? `Threshold: global${globalThreshold === undefined ? "" : ` (${percent(globalThreshold)})`}` : `Threshold: ${percent(topic.threshold)}`}
        </span>
      </span>
      {canChange ? (
        <div className="row-actions">
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            aria-label={`Edit ${topic.name}`}
            onClick={() => {
              setErrors({});
              setDraft({ name: topic.name, description: topic.description, color: topic.color, threshold: thresholdText(topic.threshold) });
            }}
          >
            Edit
          </button>
          <button type="button" className="btn btn-danger-ghost btn-sm" aria-label={`Delete ${topic.name}`} onClick={onDelete}>
            Delete
          </button>
        </div>
      ) : (
        <p className="topic-readonly">Read-only: managed by an admin</p>
      )}
    </li>
  );
}
