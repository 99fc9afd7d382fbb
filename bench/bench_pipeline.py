"""glossator against its peers, in one run: prints a table and writes bench_pipeline.json and .md.

    python bench/bench_pipeline.py [--workdir DIR] [--quick] [--usd-per-core-hour 0.05] [--only NAME,...]

On a generated corpus (bench_corpus.py; 200,000 documents of ~2 KB, cached under --workdir) it measures:
(1) bare fastText predict on lists of the same documents, (2) `glossator tag` end to end, (3) a stock
datatrove pipeline (JsonlReader -> FastTextClassifierFilter, same model -> JsonlWriter), (4) tag with one
worker vs two, (5) peak RSS of one worker tagging a 50 MB and a 1 GB shard, (6) `materialize`, and
(7) projects core-hours and cost for 1 TB of text.

Every measurement runs in a fresh subprocess with one thread per process (OMP/BLAS/Rayon); its CPU time
and peak RSS come from the kernel (wait4). "Per core" is documents (or bytes) per CPU-second of that
process and its workers: it does not depend on what else the machine runs. Wall times are reported too.
Sizes of shards and of "1 TB of text" are uncompressed JSONL bytes.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "bench")]

MODEL = REPO / "classifiers" / "models" / "fasttext.ftz"
THREADS_ENV = {
    k: "1" for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS")
}
SIZES = {
    "full": {"documents": 200_000, "shard_documents": 10_000, "rss_small": 50 * 10**6, "rss_large": 10**9},
    "quick": {
        "documents": 20_000,
        "shard_documents": 2_000,
        "rss_small": 5 * 10**6,
        "rss_large": 100 * 10**6,
    },
}
GOALS = {
    "tag_vs_fasttext": (">=", 0.5),
    "tag_vs_datatrove": (">=", 3.0),
    "two_worker_speedup": (">=", 1.8),
    "rss_growth": ("<", 0.10),
}
CHILD_TIMEOUT_S = 3600
# The shipped cascade with only its fastText stage: the pipeline's own cost next to the same model's.
FASTTEXT_ONLY = {"stages": [{"name": "fasttext"}], "escalation": {}}


# --- children: each measurement runs in its own process -------------------------------------------------


def child_fasttext(spec: dict) -> dict:
    """Bare fastText: read every document first, then time `model.predict` on lists of `batch` lines."""
    import gzip

    import fasttext
    import orjson

    fasttext.FastText.eprint = lambda *args, **kw: None
    lines = []
    for path in sorted(Path(spec["root"]).glob("*.jsonl.gz")):
        with gzip.open(path, "rb") as f:
            lines.extend(orjson.loads(row)["text"].replace("\n", " ") for row in f)
    model = fasttext.load_model(spec["model"])
    batch = spec["batch"]
    cpu, wall = time.process_time(), time.perf_counter()
    for i in range(0, len(lines), batch):
        model.predict(lines[i : i + batch], k=4)
    return {
        "documents": len(lines),
        "timed_cpu_s": time.process_time() - cpu,
        "timed_wall_s": time.perf_counter() - wall,
    }


def child_tag(spec: dict) -> dict:
    from pipeline.config import GlossatorConfig
    from pipeline.tag import tag

    shutil.rmtree(spec["output"], ignore_errors=True)
    config = GlossatorConfig(classifiers=spec.get("classifiers") or {})
    report = tag(spec["inputs"], spec["output"], config, workers=spec["workers"])
    return {"documents": report.documents, "timed_wall_s": report.seconds}


def child_datatrove(spec: dict) -> dict:
    """The stock datatrove pipeline: JsonlReader -> FastTextClassifierFilter (labels only) -> JsonlWriter."""
    from datatrove.executor import LocalPipelineExecutor
    from datatrove.pipeline.filters import FastTextClassifierFilter
    from datatrove.pipeline.readers import JsonlReader
    from datatrove.pipeline.writers import JsonlWriter

    shutil.rmtree(spec["output"], ignore_errors=True)
    started = time.perf_counter()
    executor = LocalPipelineExecutor(
        pipeline=[
            JsonlReader(spec["root"], glob_pattern="*.jsonl.gz"),
            FastTextClassifierFilter(spec["model"], remove_labels=[]),  # label every document, keep all
            JsonlWriter(f"{spec['output']}/data"),
        ],
        tasks=spec["tasks"],
        workers=spec["workers"],
        logging_dir=f"{spec['output']}/logs",
    )
    executor.run()
    documents = _datatrove_documents(Path(spec["output"]) / "logs" / "stats.json")
    return {"documents": documents, "timed_wall_s": time.perf_counter() - started}


def _datatrove_documents(stats_file: Path) -> int:
    for step in json.loads(stats_file.read_text()):
        if "fastText" in step["name"]:
            return int(step["stats"]["total"])
    raise RuntimeError(f"{stats_file}: no fastText step in the stats")


def child_materialize(spec: dict) -> dict:
    from pipeline.config import load_policy
    from pipeline.materialize import materialize

    shutil.rmtree(spec["output"], ignore_errors=True)
    report = materialize(
        spec["inputs"], spec["tags"], load_policy("default"), spec["output"], workers=spec["workers"]
    )
    return {
        "documents": report.totals["read"],
        "timed_wall_s": report.seconds,
        "input_gz_bytes": report.input_bytes,
    }


CHILDREN = {
    "fasttext": child_fasttext,
    "tag": child_tag,
    "datatrove": child_datatrove,
    "materialize": child_materialize,
}


# --- the parent: runs children, collects kernel figures, reports ----------------------------------------


def run_child(kind: str, spec: dict, workdir: Path, name: str) -> dict:
    """Run one measurement in a subprocess; its result plus wall time, CPU time and peak RSS (wait4)."""
    result_file = workdir / "results" / f"{name}.json"
    result_file.unlink(missing_ok=True)
    log = workdir / "logs" / f"{name}.log"
    env = {
        **os.environ,
        **THREADS_ENV,
        "TOKENIZERS_PARALLELISM": "false",
        "HF_HOME": str(workdir / "hf-home"),
    }
    spec = json.dumps({**spec, "result": str(result_file)})
    command = [sys.executable, str(Path(__file__).resolve()), "--child", kind, spec]
    started = time.perf_counter()
    with open(log, "wb") as out:
        proc = subprocess.Popen(
            command, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True
        )
    deadline = started + CHILD_TIMEOUT_S
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            os.killpg(proc.pid, signal.SIGKILL)
            raise TimeoutError(f"{name}: still running after {CHILD_TIMEOUT_S} s; see {log}")
        time.sleep(0.1)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    cpu, rss = usage.ru_utime + usage.ru_stime, usage.ru_maxrss
    for orphan in reap_orphans(deadline=time.perf_counter() + 60):
        cpu += orphan.ru_utime + orphan.ru_stime
    if proc.returncode != 0 or not result_file.exists():
        raise RuntimeError(f"{name}: exited with {proc.returncode}; see {log}")
    return {
        **json.loads(result_file.read_text()),
        "wall_s": wall,
        "cpu_s": cpu,
        "peak_rss_mb": rss / 1024,
    }


def become_subreaper() -> None:
    """Adopt orphaned descendants (datatrove's forkserver outlives its parent) to count their CPU time."""
    import ctypes

    PR_SET_CHILD_SUBREAPER = 36
    if ctypes.CDLL(None, use_errno=True).prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed")


def reap_orphans(deadline: float) -> list:
    """Wait for every adopted descendant to exit; their rusage (which includes the children they reaped)."""
    usages = []
    while True:
        try:
            pid, _, usage = os.wait4(-1, os.WNOHANG)
        except ChildProcessError:
            return usages
        if pid:
            usages.append(usage)
        elif time.perf_counter() > deadline:
            raise TimeoutError("descendants of a measurement still running 60 s after it ended")
        else:
            time.sleep(0.05)


def child_main(kind: str, spec: str) -> None:
    args = json.loads(spec)
    result = CHILDREN[kind](args)
    Path(args["result"]).write_text(json.dumps(result))


def _spin(iterations: int) -> None:
    total = 0
    for i in range(iterations):
        total += i * i


def machine_speedup(iterations: int = 20_000_000) -> float:
    """What this machine gives two processes right now: 2 x time(one spin) / wall time(two spins at once)."""
    import multiprocessing

    started = time.perf_counter()
    _spin(iterations)
    one = time.perf_counter() - started
    started = time.perf_counter()
    procs = [multiprocessing.get_context("fork").Process(target=_spin, args=(iterations,)) for _ in range(2)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(timeout=600)
    return 2 * one / (time.perf_counter() - started)


def load_average() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def measure(args: argparse.Namespace) -> dict:
    from bench_corpus import corpus, single_shard

    sizes = SIZES["quick" if args.quick else "full"]
    work = Path(args.workdir)
    for sub in ("results", "logs", "runs"):
        (work / sub).mkdir(parents=True, exist_ok=True)
    runs = work / "runs"
    say = print

    say(f"corpus: {sizes['documents']:,} documents under {work} (generated once, then reused)")
    main = corpus(work / f"corpus-{sizes['documents']}", sizes["documents"], sizes["shard_documents"])
    small = single_shard(work / f"shard-{sizes['rss_small']}", sizes["rss_small"])
    large = single_shard(work / f"shard-{sizes['rss_large']}", sizes["rss_large"])
    inputs = [main.glob]
    tasks = len(main.shards)
    m: dict[str, dict] = {}
    plan = [
        ("fasttext", "fasttext", {"root": str(main.root), "model": str(MODEL), "batch": 10_000}),
        ("tag_1", "tag", {"inputs": inputs, "output": str(runs / "tag-1"), "workers": 1}),
        ("tag_2", "tag", {"inputs": inputs, "output": str(runs / "tag-2"), "workers": 2}),
        (
            "tag_fasttext",
            "tag",
            {
                "inputs": inputs,
                "output": str(runs / "tag-fasttext"),
                "workers": 1,
                "classifiers": FASTTEXT_ONLY,
            },
        ),
        (
            "datatrove",
            "datatrove",
            {
                "root": str(main.root),
                "model": str(MODEL),
                "output": str(runs / "datatrove"),
                "tasks": tasks,
                "workers": 1,
            },
        ),
        (
            "materialize",
            "materialize",
            {"inputs": inputs, "tags": str(runs / "tag-1"), "output": str(runs / "dataset"), "workers": 1},
        ),
        (
            "rss_small",
            "tag",
            {"inputs": [str(small.paths[0])], "output": str(runs / "tag-small"), "workers": 1},
        ),
        (
            "rss_large",
            "tag",
            {"inputs": [str(large.paths[0])], "output": str(runs / "tag-large"), "workers": 1},
        ),
    ]
    only = set(args.only.split(",")) if args.only else None
    loads = {"before": load_average()}
    scaling = []
    for name, kind, spec in plan:
        if only and name not in only:
            continue
        if name in ("tag_1", "tag_fasttext"):  # just before and just after the two tag runs compared
            scaling.append(machine_speedup())
            say(f"  machine: two processes run {scaling[-1]:.2f}x as fast as one")
        say(f"  {name:<12} ...", end=" ", flush=True)
        m[name] = run_child(kind, spec, work, name)
        m[name]["cores_used"] = m[name]["cpu_s"] / m[name]["wall_s"]
        r = m[name]
        say(f"{r['wall_s']:.1f} s wall, {r['cpu_s']:.1f} s CPU, {r['peak_rss_mb']:.0f} MB peak RSS")
    loads["after"] = load_average()
    corpora = {
        "main": {
            "documents": main.documents,
            "shards": len(main.shards),
            "jsonl_bytes": main.jsonl_bytes,
            "gz_bytes": main.gz_bytes,
        },
        "rss_small": {
            "documents": small.documents,
            "jsonl_bytes": small.jsonl_bytes,
            "gz_bytes": small.gz_bytes,
        },
        "rss_large": {
            "documents": large.documents,
            "jsonl_bytes": large.jsonl_bytes,
            "gz_bytes": large.gz_bytes,
        },
    }
    return {
        "measurements": m,
        "corpora": corpora,
        "load_average": loads,
        "machine_speedup": scaling,
        "mode": "quick" if args.quick else "full",
    }


def derive(run: dict, usd_per_core_hour: float) -> dict:
    """The figures of the issue from the raw measurements."""
    m, main = run["measurements"], run["corpora"]["main"]
    out: dict[str, float | None] = {}

    def per_core(name: str, cpu_key: str = "cpu_s") -> float | None:
        return m[name]["documents"] / m[name][cpu_key] if name in m else None

    out["fasttext_docs_per_core_s"] = per_core("fasttext", "timed_cpu_s")
    out["tag_docs_per_core_s"] = per_core("tag_1")
    out["tag_fasttext_docs_per_core_s"] = per_core("tag_fasttext")
    out["datatrove_docs_per_core_s"] = per_core("datatrove")
    out["tag_docs_per_wall_s_1_worker"] = (
        m["tag_1"]["documents"] / m["tag_1"]["wall_s"] if "tag_1" in m else None
    )
    out["tag_docs_per_wall_s_2_workers"] = (
        m["tag_2"]["documents"] / m["tag_2"]["wall_s"] if "tag_2" in m else None
    )
    out["datatrove_docs_per_wall_s"] = (
        m["datatrove"]["documents"] / m["datatrove"]["wall_s"] if "datatrove" in m else None
    )

    def ratio(a: str, b: str) -> float | None:
        return out[a] / out[b] if out.get(a) and out.get(b) else None

    out["tag_vs_fasttext"] = ratio("tag_docs_per_core_s", "fasttext_docs_per_core_s")
    out["tag_vs_datatrove"] = ratio("tag_docs_per_core_s", "datatrove_docs_per_core_s")
    out["tag_fasttext_vs_fasttext"] = ratio("tag_fasttext_docs_per_core_s", "fasttext_docs_per_core_s")
    out["tag_fasttext_vs_datatrove"] = ratio("tag_fasttext_docs_per_core_s", "datatrove_docs_per_core_s")
    out["two_worker_speedup"] = ratio("tag_docs_per_wall_s_2_workers", "tag_docs_per_wall_s_1_worker")
    # What two workers would give with two free cores: twice the work per CPU-second of the 2-worker run.
    out["two_worker_speedup_cpu_bound"] = (
        2 * m["tag_1"]["cpu_s"] / m["tag_2"]["cpu_s"] if "tag_1" in m and "tag_2" in m else None
    )
    out["cores_used_2_workers"] = m["tag_2"]["cores_used"] if "tag_2" in m else None
    scaling = run.get("machine_speedup") or []
    out["machine_two_process_speedup"] = sum(scaling) / len(scaling) if scaling else None
    out["rss_small_mb"] = m["rss_small"]["peak_rss_mb"] if "rss_small" in m else None
    out["rss_large_mb"] = m["rss_large"]["peak_rss_mb"] if "rss_large" in m else None
    out["rss_growth"] = (
        out["rss_large_mb"] / out["rss_small_mb"] - 1 if out["rss_small_mb"] and out["rss_large_mb"] else None
    )
    if "materialize" in m:
        out["materialize_mb_per_core_s"] = main["jsonl_bytes"] / 1e6 / m["materialize"]["cpu_s"]
        out["materialize_mb_per_wall_s"] = main["jsonl_bytes"] / 1e6 / m["materialize"]["wall_s"]
    bytes_per_doc = main["jsonl_bytes"] / main["documents"]
    out["bytes_per_document"] = bytes_per_doc
    out["usd_per_core_hour"] = usd_per_core_hour
    docs_per_tb = 1e12 / bytes_per_doc
    for key, rate in (
        ("tag", out["tag_docs_per_core_s"]),
        ("datatrove", out["datatrove_docs_per_core_s"]),
        ("fasttext", out["fasttext_docs_per_core_s"]),
    ):
        out[f"tb_{key}_core_hours"] = docs_per_tb / rate / 3600 if rate else None
    if out.get("materialize_mb_per_core_s"):
        out["tb_materialize_core_hours"] = 1e6 / out["materialize_mb_per_core_s"] / 3600
    for key in ("tag", "datatrove", "fasttext", "materialize"):
        hours = out.get(f"tb_{key}_core_hours")
        out[f"tb_{key}_usd"] = hours * usd_per_core_hour if hours else None
    return out


def goals(d: dict) -> dict[str, dict]:
    result = {}
    for key, (op, target) in GOALS.items():
        value = d.get(key)
        met = None if value is None else (value >= target if op == ">=" else value < target)
        result[key] = {"value": value, "goal": f"{op} {target}", "met": met}
    return result


def fmt(value, spec: str = ",.0f", suffix: str = "") -> str:
    return "n/a" if value is None else f"{value:{spec}}{suffix}"


def table(d: dict, g: dict, run: dict) -> list[tuple[str, str, str, str]]:
    """Rows of (item, result, goal, met)."""

    def ok(key: str) -> str:
        return {True: "yes", False: "**no**", None: "n/a"}[g[key]["met"]]

    def rate(key: str) -> str:
        return fmt(d.get(key), suffix=" docs/s/core")

    def times(key: str) -> str:
        return fmt(d.get(key), ".2f", "x")

    def tb(key: str) -> str:
        hours, usd = d.get(f"tb_{key}_core_hours"), d.get(f"tb_{key}_usd")
        return f"{fmt(hours, ',.1f')} core-hours = ${fmt(usd, ',.2f')}"

    small, large = (run["corpora"][k]["jsonl_bytes"] / 1e6 for k in ("rss_small", "rss_large"))
    growth = None if d["rss_growth"] is None else 100 * d["rss_growth"]
    one, two = fmt(d["tag_docs_per_wall_s_1_worker"]), fmt(d["tag_docs_per_wall_s_2_workers"])
    docs_per_tb = 1e12 / d["bytes_per_document"] / 1e6
    return [
        ("1. bare fastText predict (lists of 10k)", rate("fasttext_docs_per_core_s"), "", ""),
        ("2. glossator tag, end to end", rate("tag_docs_per_core_s"), "", ""),
        ("   ratio (2) / (1)", times("tag_vs_fasttext"), ">= 0.5x", ok("tag_vs_fasttext")),
        ("3. stock datatrove (JsonlReader -> FastTextClassifierFilter -> JsonlWriter)",
         rate("datatrove_docs_per_core_s"), "", ""),
        ("   ratio (2) / (3)", times("tag_vs_datatrove"), ">= 3x", ok("tag_vs_datatrove")),
        ("2b. glossator tag, fastText-only cascade", rate("tag_fasttext_docs_per_core_s"), "", ""),
        ("   ratio (2b) / (1); (2b) / (3)",
         f"{times('tag_fasttext_vs_fasttext')}; {times('tag_fasttext_vs_datatrove')}", "(0.5x; 3x)", ""),
        ("4. tag, 2 workers vs 1 (wall)", f"{two} vs {one} docs/s = {times('two_worker_speedup')}", ">= 1.8x",
         ok("two_worker_speedup")),
        ("   the machine meanwhile: 2 spinning processes vs 1", times("machine_two_process_speedup"), "", ""),
        ("   CPU the 2-worker run got; speed-up on 2 free cores (2 x CPU(1) / CPU(2))",
         f"{fmt(d['cores_used_2_workers'], '.2f', ' cores')}; {times('two_worker_speedup_cpu_bound')}",
         "", ""),
        (f"5. peak RSS, one worker, {small:,.0f} MB shard", fmt(d["rss_small_mb"], suffix=" MB"), "", ""),
        (f"   peak RSS, one worker, {large:,.0f} MB shard", fmt(d["rss_large_mb"], suffix=" MB"), "", ""),
        ("   growth", fmt(growth, "+.1f", "%"), "< 10%", ok("rss_growth")),
        ("6. materialize", fmt(d.get("materialize_mb_per_core_s"), ".1f", " MB/s/core"), "", ""),
        (f"7. 1 TB of text ({docs_per_tb:,.0f} M docs): tag",
         f"{tb('tag')} at ${d['usd_per_core_hour']}/core-hour", "", ""),
        ("   1 TB: materialize", tb("materialize"), "", ""),
        ("   1 TB: stock datatrove fastText filter", tb("datatrove"), "", ""),
        ("   1 TB: bare fastText predict", tb("fasttext"), "", ""),
    ]


def markdown(rows: list[tuple[str, str, str, str]], run: dict) -> str:
    c = run["corpora"]["main"]
    lines = [
        "| item | result | goal | met |",
        "| --- | --- | --- | --- |",
        *[f"| {a.strip()} | {b} | {g} | {ok} |" for a, b, g, ok in rows],
        "",
        (
            f"Corpus: {c['documents']:,} documents in {c['shards']} jsonl.gz shards, "
            f"{c['jsonl_bytes'] / 1e6:,.0f} MB of JSONL ({c['gz_bytes'] / 1e6:,.0f} MB gzipped), "
            f"{c['jsonl_bytes'] / c['documents']:,.0f} bytes per document. "
            f"Machine: {run['machine']['cpus']} CPUs, {run['machine']['processor']}; load average "
            f"{run['load_average']['before']} before, {run['load_average']['after']} after; two processes "
            f"ran {', '.join(f'{x:.2f}x' for x in run['machine_speedup'])} as fast as one. "
            f"Mode: {run['mode']}."
        ),
    ]
    return "\n".join(lines) + "\n"


def print_table(rows: list[tuple[str, str, str, str]]) -> None:
    width = max(len(r[0]) for r in rows)
    value_width = max(len(r[1]) for r in rows)
    for item, value, goal, met in rows:
        print(f"{item:<{width}}  {value:<{value_width}}  {goal:<8} {met.replace('*', '')}")


def machine() -> dict:
    model = (
        next(
            (
                line.split(":", 1)[1].strip()
                for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")
            ),
            platform.processor(),
        )
        if Path("/proc/cpuinfo").exists()
        else ""
    )
    return {"cpus": os.cpu_count(), "processor": model, "python": platform.python_version()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--workdir",
        default=str(Path(os.environ.get("TMPDIR", "/tmp")) / "glossator-bench"),
        help="where the generated corpus is cached and runs are written",
    )
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument(
        "--usd-per-core-hour",
        type=float,
        default=0.05,
        help="price of one core for one hour, for the 1 TB projection",
    )
    parser.add_argument("--only", help="comma-separated measurements to run (default: all); results go to "
                        "bench_pipeline.partial.json and .md")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("spec", nargs="?", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_main(args.child, args.spec)
        return
    started = time.time()
    become_subreaper()
    run = measure(args)
    run["machine"] = machine()
    derived = derive(run, args.usd_per_core_hour)
    checked = goals(derived)
    rows = table(derived, checked, run)
    print()
    print_table(rows)
    report = {**run, "derived": derived, "goals": checked, "seconds": time.time() - started}
    stem = Path(args.workdir) / "results" / ("bench_pipeline.partial" if args.only else "bench_pipeline")
    Path(f"{stem}.json").write_text(json.dumps(report, indent=2))
    Path(f"{stem}.md").write_text(markdown(rows, run))
    print(f"\nwritten: {stem}.json, {stem}.md")


if __name__ == "__main__":
    main()
