// Adding or editing a mail account (ADR 0020): server, sign-in, folders to watch, and the rules that decide
// what a message becomes. The password is write-only: never shown again; left empty on edit it stays.
import { useQuery } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import type { inferRouterInputs } from "@trpc/server";
import type { AppRouter } from "@docscan/api/router";
import { errorMessage } from "../errors.ts";
import { trpc, type RouterOutputs } from "../trpc.ts";
import { InlineError } from "./Feedback.tsx";
import { TextField } from "./TextField.tsx";
import "./MailAccounts.css";

type Inputs = inferRouterInputs<AppRouter>;
export type MailAccount = RouterOutputs["mail"]["list"][number];
// The form always fills every field of a rule (the schema's defaults make them optional in the input type).
type Rule = Required<Inputs["mail"]["create"]["rules"][number]>;
type Condition = Rule["conditions"][number];
export type MailAccountInput = Inputs["mail"]["create"];

const FIELDS: { value: Condition["field"]; label: string }[] = [
  { value: "from", label: "From" },
  { value: "to", label: "To / Cc" },
  { value: "subject", label: "Subject" },
  { value: "body", label: "Body text" },
  { value: "attachment", label: "Attachment name" },
];
const IMPORTS: { value: Rule["import"]; label: string }[] = [
  { value: "attachments", label: "Attachments only" },
  { value: "message", label: "The e-mail itself" },
  { value: "both", label: "Attachments and the e-mail" },
];
const AFTER: { value: Rule["after"]; label: string }[] = [
  { value: "seen", label: "Mark as read" },
  { value: "flag", label: "Flag it" },
  { value: "move", label: "Move it to a folder" },
  { value: "delete", label: "Delete it" },
  { value: "none", label: "Leave it as it is" },
];

export const newRule = (): Rule => ({
  name: "",
  conditions: [],
  import: "attachments",
  attachmentNameContains: "",
  minAttachmentBytes: 0,
  folderId: null,
  topicIds: [],
  after: "seen",
  moveTo: "",
});

interface Draft {
  name: string;
  host: string;
  port: string;
  tls: boolean;
  username: string;
  password: string;
  folders: string;
  enabled: boolean;
  rules: Rule[];
}

function draftOf(account: MailAccount | null): Draft {
  if (!account) return { name: "", host: "", port: "993", tls: true, username: "", password: "", folders: "INBOX", enabled: true, rules: [newRule()] };
  return {
    name: account.name,
    host: account.host,
    port: String(account.port),
    tls: account.tls,
    username: account.username,
    password: "",
    folders: account.folders.join(", "),
    enabled: account.enabled,
    rules: account.rules.map((r) => ({ ...newRule(), ...r })),
  };
}

interface Props {
  /** The account to edit; null adds a new one. */
  account: MailAccount | null;
  busy: boolean;
  error: unknown;
  onSubmit: (input: MailAccountInput & { password?: string }) => void;
  onCancel: () => void;
}

export function MailAccountForm({ account, busy, error, onSubmit, onCancel }: Props) {
  const id = useId();
  const [d, setD] = useState<Draft>(() => draftOf(account));
  const [problem, setProblem] = useState<string | null>(null);
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setD((prev) => ({ ...prev, [key]: value }));
  const setRule = (i: number, rule: Rule) => set("rules", d.rules.map((r, j) => (j === i ? rule : r)));

  function submit(e: FormEvent) {
    e.preventDefault();
    const port = Number(d.port);
    const folders = d.folders
      .split(",")
      .map((f) => f.trim())
      .filter(Boolean);
    // The server validates everything again (and says what is wrong); these are the mistakes worth catching early.
    if (!Number.isInteger(port) || port < 1 || port > 65535) return setProblem("the port is a number from 1 to 65535 (IMAP: 993 with TLS, 143 without)");
    if (folders.length === 0) return setProblem("watch at least one folder, e.g. INBOX");
    if (!account && !d.password) return setProblem("enter the password");
    setProblem(null);
    const { password, ...rest } = d;
    onSubmit({ ...rest, port, folders, ...(password ? { password } : {}) } as MailAccountInput);
  }

  return (
    <form className="card card-pad mail-form" onSubmit={submit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{account ? `Edit ${account.name}` : "Add a mail account"}</h2>
      <div className="field-row">
        <TextField label="Name" value={d.name} onChange={(v) => set("name", v)} placeholder="Invoices mailbox" autoComplete="off" />
        <TextField label="IMAP server" value={d.host} onChange={(v) => set("host", v)} placeholder="imap.example.com" autoComplete="off" spellCheck={false} />
      </div>
      <div className="field-row">
        <TextField label="Port" value={d.port} onChange={(v) => set("port", v)} inputMode="numeric" hint="993 with TLS, 143 without" />
        <div className="field">
          <label className="check" htmlFor={`${id}-tls`}>
            <input id={`${id}-tls`} type="checkbox" checked={d.tls} onChange={(e) => set("tls", e.target.checked)} /> Use TLS (recommended)
          </label>
          <label className="check" htmlFor={`${id}-enabled`}>
            <input id={`${id}-enabled`} type="checkbox" checked={d.enabled} onChange={(e) => set("enabled", e.target.checked)} /> Check this account
          </label>
        </div>
      </div>
      <div className="field-row">
        <TextField label="User name" value={d.username} onChange={(v) => set("username", v)} autoComplete="off" spellCheck={false} />
        <TextField
          label="Password"
          type="password"
          value={d.password}
          onChange={(v) => set("password", v)}
          autoComplete="new-password"
          placeholder={account ? "unchanged" : ""}
          hint={account ? "Stored encrypted and never shown again. Leave empty to keep the saved one." : "Stored encrypted and never shown again."}
        />
      </div>
      <TextField
        label="Folders to watch"
        value={d.folders}
        onChange={(v) => set("folders", v)}
        hint="Separated by commas, e.g. INBOX, Invoices. 'Check connection' lists the server's folders."
        spellCheck={false}
      />

      <fieldset className="mail-rules">
        <legend>Rules</legend>
        <p className="hint">
          Checked in order for every new message; the first whose conditions all match decides. A message no rule matches is left alone (and not
          imported).
        </p>
        {d.rules.map((rule, i) => (
          <RuleEditor
            key={i}
            index={i}
            rule={rule}
            count={d.rules.length}
            onChange={(r) => setRule(i, r)}
            onRemove={() => set("rules", d.rules.filter((_, j) => j !== i))}
            onMove={(to) => {
              const next = [...d.rules];
              const [moved] = next.splice(i, 1);
              next.splice(to, 0, moved!);
              set("rules", next);
            }}
          />
        ))}
        <button type="button" className="btn btn-secondary btn-sm" onClick={() => set("rules", [...d.rules, newRule()])}>
          Add a rule
        </button>
      </fieldset>

      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <InlineError error={error} />
      <div className="form-actions">
        <button type="submit" className="btn btn-primary" disabled={busy}>
          {busy ? "Saving…" : account ? "Save account" : "Add account"}
        </button>
        <button type="button" className="btn btn-ghost" onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </form>
  );
}

interface RuleProps {
  index: number;
  rule: Rule;
  count: number;
  onChange: (rule: Rule) => void;
  onRemove: () => void;
  onMove: (to: number) => void;
}

function RuleEditor({ index, rule, count, onChange, onRemove, onMove }: RuleProps) {
  const id = useId();
  const topics = useQuery(trpc.topics.list.queryOptions());
  const folders = useQuery(trpc.folders.list.queryOptions());
  const set = <K extends keyof Rule>(key: K, value: Rule[K]) => onChange({ ...rule, [key]: value });
  const setCondition = (i: number, c: Condition) => set("conditions", rule.conditions.map((x, j) => (j === i ? c : x)));
  const label = rule.name || `Rule ${index + 1}`;

  return (
    <fieldset className="mail-rule" aria-label={label}>
      <div className="mail-rule-head">
        <strong>{index + 1}.</strong>
        <TextField label="Rule name" value={rule.name} onChange={(v) => set("name", v)} placeholder={`Rule ${index + 1}`} className="mail-rule-name" />
        <div className="row-actions">
          <button type="button" className="btn btn-xs" disabled={index === 0} onClick={() => onMove(index - 1)} aria-label={`Move ${label} up`}>
            ↑
          </button>
          <button type="button" className="btn btn-xs" disabled={index === count - 1} onClick={() => onMove(index + 1)} aria-label={`Move ${label} down`}>
            ↓
          </button>
          <button type="button" className="btn btn-danger-ghost btn-xs" onClick={onRemove} aria-label={`Remove ${label}`}>
            Remove
          </button>
        </div>
      </div>

      <div className="mail-conditions">
        <p className="small muted">{rule.conditions.length === 0 ? "Matches every message." : "Matches when all of these hold:"}</p>
        {rule.conditions.map((c, i) => (
          <div className="mail-condition" key={i}>
            <select aria-label="Field" value={c.field} onChange={(e) => setCondition(i, { ...c, field: e.target.value as Condition["field"] })}>
              {FIELDS.map((f) => (
                <option key={f.value} value={f.value}>
                  {f.label}
                </option>
              ))}
            </select>
            <select aria-label="Match" value={c.op} onChange={(e) => setCondition(i, { ...c, op: e.target.value as Condition["op"] })}>
              <option value="contains">contains</option>
              <option value="regex">matches the regular expression</option>
            </select>
            <input aria-label="Text" value={c.value} onChange={(e) => setCondition(i, { ...c, value: e.target.value })} placeholder="invoice" />
            <button type="button" className="btn btn-ghost btn-xs" aria-label="Remove this condition" onClick={() => set("conditions", rule.conditions.filter((_, j) => j !== i))}>
              ×
            </button>
          </div>
        ))}
        <button type="button" className="btn btn-ghost btn-xs" onClick={() => set("conditions", [...rule.conditions, { field: "subject", op: "contains", value: "" }])}>
          Add a condition
        </button>
      </div>

      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-import`}>Import</label>
          <select id={`${id}-import`} value={rule.import} onChange={(e) => set("import", e.target.value as Rule["import"])}>
            {IMPORTS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-after`}>Then, on the server</label>
          <select id={`${id}-after`} value={rule.after} onChange={(e) => set("after", e.target.value as Rule["after"])}>
            {AFTER.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {rule.after === "move" && <TextField label="Move to folder" value={rule.moveTo} onChange={(v) => set("moveTo", v)} placeholder="Archive" />}
      {rule.import !== "message" && (
        <div className="field-row">
          <TextField
            label="Attachment names containing"
            value={rule.attachmentNameContains}
            onChange={(v) => set("attachmentNameContains", v)}
            placeholder=".pdf"
            hint="Empty: every attachment."
          />
          <TextField
            label="Skip attachments smaller than (KB)"
            value={String(Math.round(rule.minAttachmentBytes / 1024))}
            onChange={(v) => set("minAttachmentBytes", Math.max(0, Math.round(Number(v) || 0)) * 1024)}
            inputMode="numeric"
            hint="Logos and signatures are small."
          />
        </div>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-folder`}>File in folder</label>
          <select id={`${id}-folder`} value={rule.folderId ?? ""} onChange={(e) => set("folderId", e.target.value || null)}>
            <option value="">No folder</option>
            {(folders.data ?? []).map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
          {folders.error && <p className="field-error">{errorMessage(folders.error)}</p>}
        </div>
        <fieldset className="field mail-rule-topics">
          <legend>Topics</legend>
          {(topics.data ?? []).length === 0 && <p className="hint">No topics yet: documents are classified as usual.</p>}
          {(topics.data ?? []).map((t) => (
            <label key={t.id} className="check">
              <input
                type="checkbox"
                checked={rule.topicIds.includes(t.id)}
                onChange={(e) => set("topicIds", e.target.checked ? [...rule.topicIds, t.id] : rule.topicIds.filter((x) => x !== t.id))}
              />{" "}
              {t.name}
            </label>
          ))}
        </fieldset>
      </div>
    </fieldset>
  );
}
