"""Console summaries of tag and materialize runs."""

from __future__ import annotations

from pathlib import Path

from rich.console import Console
from rich.table import Table

from classifiers.labels import LABELS


def print_tag_report(console: Console, report) -> None:
    docs, secs = report.documents, max(report.seconds, 1e-9)
    console.print(
        f"tagged {len(report.tagged)} shard(s), skipped {len(report.skipped)} finished; "
        f"{docs} documents, {report.rejected} rejected; attributes in {report.output / 'attributes'}"
    )
    if report.tagged:
        console.print(f"{docs / secs:,.0f} documents/s over {secs:.1f} s (all shards)")
    counts = report.label_counts()
    table = Table("label", "documents")
    for label in LABELS:
        table.add_row(label, str(counts.get(label, 0)))
    console.print(table)
    if report.rejected:
        console.print(f"rejects (file, line, reason): {report.output / 'rejects'}/*.jsonl")


def label_action_table(by_label_action: dict[str, dict[str, int]]) -> Table:
    actions = sorted({a for row in by_label_action.values() for a in row})
    table = Table("label", *actions, "total")
    for label in LABELS:
        row = by_label_action.get(label, {})
        table.add_row(label, *[str(row.get(a, 0)) for a in actions], str(sum(row.values())))
    return table


def conservation_line(totals: dict[str, int]) -> str:
    return (
        f"read {totals['read']} = kept {totals['kept']} + contextualized {totals['contextualized']} "
        f"+ tagged {totals['tagged']} + dropped {totals['dropped']} + rejected {totals['rejected']}"
        f"   (+ {totals['upsample_copies']} upsample copies; {totals['written']} documents written)"
    )


def print_materialize_report(console: Console, report) -> None:
    console.print(label_action_table(report.by_label_action()))
    console.print(conservation_line(report.totals))
    mb = report.input_bytes / 1e6
    console.print(f"{mb:.1f} MB in {report.seconds:.1f} s ({mb / max(report.seconds, 1e-9):.1f} MB/s)")
    console.print(f"training shards: {report.output / 'data'}")
    console.print(f"decision ledger: {report.output / 'ledger'}")
    console.print(f"manifest:        {report.manifest_path}")


def parent_ids(parents: list[str]) -> list[str]:
    """Parent manifests given as paths become their content ids; anything else is taken as an id."""
    from manifests.io import read_manifest

    ids = []
    for parent in parents:
        path = Path(parent)
        ids.append(read_manifest(path)["content_id"] if path.exists() else parent)
    return ids
