"""`glossator demo`: the bundled corpus's ablation set, built by the Prefect flow on a temporary server."""

from __future__ import annotations

import logging
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from rich.console import Console
from rich.table import Table

from pipeline.ablations import SUMMARY_FILE, label_action_rows
from pipeline.config import ACTION_NAMES


@contextmanager
def _quiet_prefect_console() -> Iterator[None]:
    """Prefect's per-task console lines off (they still reach the server); warnings and errors stay."""
    from prefect.logging.handlers import PrefectConsoleHandler

    handlers = [h for h in logging.getLogger().handlers if isinstance(h, PrefectConsoleHandler)]
    levels = [h.level for h in handlers]
    for handler in handlers:
        handler.setLevel(logging.WARNING)
    try:
        yield
    finally:
        for handler, level in zip(handlers, levels):
            handler.setLevel(level)


def _summary_tables(result: dict) -> tuple[Table, Table, Table]:
    from manifests import read_manifest

    output = Path(result["output"])
    index = read_manifest(result["index"])["core"]
    members = [(index["baseline"]["name"], None)] + [(v["name"], v["diff"]) for v in index["variants"]]
    budget = Table(
        "variant",
        "documents written",
        "est. tokens",
        "residual",
        "other trimmed",
        "changed vs baseline",
        title=f"matched budget: {result['target_tokens']:,} estimated tokens "
        f"(set by {result['target_from']})",
    )
    rows = {name: label_action_rows(output / name) for name, _ in members}
    present = {a for table in rows.values() for _, row in table for a in row}
    actions = [a for a in ACTION_NAMES if a in present]
    counts = Table("variant", "label", *actions, title="documents by label x action")
    terms = ("kept", "contextualized", "tagged", "dropped", "rejected")
    conservation = Table(
        "variant", "read", *terms, "adds up", "upsample copies", "written",
        title="every document accounted for: read = kept + contextualized + tagged + dropped + rejected",
    )
    for name, diff in members:
        core = read_manifest(output / name)["core"]
        b = core["config"]["value"]["budget"]
        budget.add_row(
            name,
            str(core["counts"]["conservation"]["written"]),
            f"{b['tokens_after']:,}",
            f"{b['residual_tokens']:+,} ({b['residual_share']:+.3%})",
            str(b["trimmed_documents"]),
            "—" if diff is None else str(diff["decisions"].get("changed", "n/a")),
        )
        c = core["counts"]["conservation"]
        conservation.add_row(name, str(c["read"]), *[str(c[t]) for t in terms],
                             "yes" if sum(c[t] for t in terms) == c["read"] else "NO",
                             str(c["upsample_copies"]), str(c["written"]))
        for i, (label, row) in enumerate(rows[name]):
            counts.add_row(
                name if i == 0 else "",
                label,
                *[str(row.get(a, 0)) for a in actions],
                end_section=i == len(rows[name]) - 1,
            )
    return budget, counts, conservation


def run_demo(output: Path, console: Console) -> dict:
    """Build the ablation set of the bundled corpus through Prefect and print where everything went.

    Starts a temporary Prefect server on 127.0.0.1 (its database in `output/.prefect`), runs the
    `build-ablations` flow (tag-corpus, then one materialization per variant, budgets, index) and stops it.

    Args:
        output: the demo's directory (tags/, ablations/, .prefect/).
        console: where the summary goes.
    """
    from flows.ablations import build_ablations
    from flows.server import local_server
    from pipeline.sample_corpus import sample_inputs

    started = time.time()
    output = Path(output).resolve()
    home = output / ".prefect"
    console.rule("glossator demo: an ablation set from the bundled corpus, built by Prefect")
    console.print(f"starting a temporary Prefect server (database {home / 'prefect.db'}) ...")
    with local_server(home) as api, _quiet_prefect_console():
        console.print(
            f"Prefect API at {api} ({time.time() - started:.0f} s); running flow build-ablations ..."
        )
        state = build_ablations(
            sample_inputs(),
            str(output / "ablations"),
            tags=str(output / "tags"),
            name="glossator-demo",
            return_state=True,
        )
        result = state.result()
        run_name, artifacts = _run_record(state.state_details.flow_run_id)
    console.print(f"flow run [bold]{run_name}[/bold]: {state.name}; {len(artifacts)} Markdown artifacts")
    budget, counts, conservation = _summary_tables(result)
    console.print(budget)
    console.print(counts)
    console.print(conservation)
    ablations = Path(result["output"])
    console.print(f"tags (tagged now: {len(result['tagged'])} shard(s)): {result['tags']}")
    console.print(f"variants:       {ablations}/<variant>/ (data/, ledger/, manifest.json)")
    console.print(f"index manifest: {result['index']}")
    console.print(f"diffs:          {ablations / 'diffs'}/<variant>.md")
    console.print(f"summary:        {ablations / SUMMARY_FILE} (the ablation artifact)")
    console.print(f"Prefect runs and artifacts: PREFECT_HOME={home} prefect server start")
    console.print(f"demo finished in {time.time() - started:.1f} s")
    return result


def _run_record(flow_run_id) -> tuple[str, list[str]]:
    """The flow run's name and the keys of the artifacts it and its subflows published."""
    from prefect.client.orchestration import get_client

    from flows.artifacts import run_artifacts

    with get_client(sync_client=True) as client:
        name = client.read_flow_run(flow_run_id).name
    return name, sorted(run_artifacts(flow_run_id))
