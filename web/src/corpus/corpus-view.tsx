import type { JSX } from "preact";
import { useState } from "preact/hooks";
import type { Api } from "../api/client.js";
import { ProblemLine, reasonOf } from "../shared/problem-line.js";
import type {
  AddedJson,
  PlanRowJson,
} from "../../../pipeline/serve/api-types.js";
import { href } from "../shell/route.js";
import { useLoad } from "../shell/use-load.js";
import { useShown, ViewFrame } from "../shell/view-state.js";
import { CorpusDocuments } from "./corpus-documents.js";

const NEW_PLAN = "(new plan)";

/** One file's outcome as the analyst reads it: added where, or refused and why. */
function Outcome({ o }: { readonly o: AddedJson }): JSX.Element {
  return o.kind === "added" ? (
    <li class="added">
      <strong>{o.file}</strong>: added as {o.path}
      {o.problem !== null && ` (${o.problem})`}
    </li>
  ) : (
    <li class="refused">
      <strong>{o.file}</strong>: refused, {o.reason}
    </li>
  );
}

/** Adds PDFs by the file picker or by dropping them, each with the checks of `stp-scan add`. */
function AddDocuments(props: {
  readonly api: Api;
  readonly plans: readonly PlanRowJson[];
  readonly onAdded: () => void;
}): JSX.Element {
  const [plan, setPlan] = useState("");
  const [name, setName] = useState("");
  const [region, setRegion] = useState("");
  const [role, setRole] = useState("plan");
  const [outcomes, setOutcomes] = useState<AddedJson[]>([]);
  const [problem, setProblem] = useState("");
  const [over, setOver] = useState(false);
  const add = async (files: readonly File[]) => {
    setProblem("");
    for (const file of files) {
      const form = new FormData();
      form.append("file", file, file.name);
      form.append("role", role);
      if (plan === NEW_PLAN) {
        form.append("new_plan", name);
        form.append("region", region);
      } else if (plan !== "") form.append("plan", plan);
      try {
        const r = await props.api.addDocument(form);
        setOutcomes((o) => [...o, ...r.outcomes]);
      } catch (e) {
        setOutcomes((o) => [
          ...o,
          { kind: "refused", file: file.name, reason: reasonOf(e) },
        ]);
      }
    }
    props.onAdded();
  };
  return (
    <div
      id="drop-zone"
      class={over ? "drop over" : "drop"}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        void add([...(e.dataTransfer?.files ?? [])]);
      }}
    >
      <div class="toolbar">
        <label>
          Plan{" "}
          <select
            id="add-plan"
            value={plan}
            onChange={(e) => setPlan(e.currentTarget.value)}
          >
            <option value="">choose…</option>
            {props.plans.map((p) => (
              <option key={p.plan_id} value={p.plan_id}>
                {p.plan_name} ({p.plan_id})
              </option>
            ))}
            <option value={NEW_PLAN}>a new plan…</option>
          </select>
        </label>
        {plan === NEW_PLAN && (
          <>
            <label>
              name{" "}
              <input
                id="add-new-plan"
                value={name}
                onInput={(e) => setName(e.currentTarget.value)}
              />
            </label>
            <label>
              region{" "}
              <input
                id="add-region"
                value={region}
                onInput={(e) => setRegion(e.currentTarget.value)}
              />
            </label>
          </>
        )}
        <label>
          Role{" "}
          <select
            id="add-role"
            value={role}
            onChange={(e) => setRole(e.currentTarget.value)}
          >
            <option value="plan">plan</option>
            <option value="summary">summary</option>
            <option value="appendix">appendix</option>
          </select>
        </label>
        <label>
          PDFs{" "}
          <input
            type="file"
            id="add-files"
            accept="application/pdf,.pdf"
            multiple
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = "";
              void add(files);
            }}
          />
        </label>
      </div>
      <p class="dim">
        …or drop PDFs here. Each is checked as <code>stp-scan add</code> checks
        it; added files are read by the next <a href={href.scan()}>scan</a>.
      </p>
      <ProblemLine text={problem} />
      <ul id="add-outcomes" aria-live="polite">
        {outcomes.map((o, i) => (
          <Outcome key={i} o={o} />
        ))}
      </ul>
    </div>
  );
}

/** Corpus: add PDFs, remove documents, see near-duplicates, declare unreadable pages read. */
export function CorpusView({ api }: { readonly api: Api }): JSX.Element {
  const [round, setRound] = useState(0);
  const key = `corpus-${round}`;
  const loaded = useLoad(key, async () => {
    const [{ plans }, listed] = await Promise.all([api.plans(), api.corpus()]);
    const each = await Promise.all(plans.map((p) => api.plan(p.plan_id)));
    return {
      plans,
      documents: each.flatMap((p) => p.documents),
      waiting: listed.waiting,
    };
  });
  useShown(loaded, key);
  const again = () => setRound((r) => r + 1);
  return (
    <ViewFrame title="Corpus" loaded={loaded}>
      <h2>Add PDFs</h2>
      <AddDocuments
        api={api}
        plans={loaded.state === "done" ? loaded.value.plans : []}
        onAdded={again}
      />
      {loaded.state === "done" && loaded.value.waiting.length > 0 && (
        <>
          <h2>Waiting for a scan ({loaded.value.waiting.length})</h2>
          <p class="dim">
            In the corpus folder, not read yet:{" "}
            <a href={href.scan()}>start a scan</a> to read them; until then they
            count nowhere.
          </p>
          <ul id="waiting">
            {loaded.value.waiting.map((d) => (
              <li key={d.document}>
                {d.document} <span class="dim">({d.role})</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h2>Documents</h2>
      {loaded.state === "done" && (
        <CorpusDocuments
          api={api}
          documents={loaded.value.documents}
          onChange={again}
        />
      )}
    </ViewFrame>
  );
}
