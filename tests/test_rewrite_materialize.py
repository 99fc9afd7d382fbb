"""The rewrite action through materialize, against a local OpenAI-compatible server: counted, hashed."""

from __future__ import annotations

import gzip
import hashlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import orjson
import polars as pl
import pytest

from pipeline.actions import DEFAULT_REWRITE_PROMPT
from tests.conftest import run_cli


@pytest.fixture
def chat_server():
    """Answers /v1/chat/completions with "[rewritten] " + the user message; every third request fails."""
    seen = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
            seen.append(body)
            if len(seen) % 3 == 0:
                payload, status = b'{"error": "overloaded"}', 500
            else:
                reply = "[rewritten] " + body["messages"][-1]["content"]
                payload, status = orjson.dumps({"choices": [{"message": {"content": reply}}]}), 200
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1", seen
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


def test_rewrite_policy_counts_rewrites_and_fallbacks(tmp_path, small_corpus, chat_server):
    url, seen = chat_server
    inputs = f"{small_corpus}/*.jsonl.gz"
    run_cli("tag", "--input", inputs, "--output", tmp_path / "tags")
    policy = tmp_path / "rewrite.yaml"
    policy.write_text(
        "name: rewrite\nrules: {misaligned_ai_fiction: rewrite, misaligned_ai_discourse: rewrite}\n"
        f"rewrite: {{url: '{url}', model: test-model, retries: 0, timeout: 10, cache_dir: '{tmp_path / 'cache'}'}}\n"
    )
    out = tmp_path / "out"
    run_cli("materialize", "--input", inputs, "--tags", tmp_path / "tags", "--policy", policy, "--output", out)

    manifest = json.loads((out / "manifest.json").read_text())["core"]
    commentary = manifest["commentary"]
    assert commentary["prompt_sha256"] == hashlib.sha256(DEFAULT_REWRITE_PROMPT.read_bytes()).hexdigest()
    ledger = pl.read_parquet(sorted((out / "ledger").glob("*.parquet"))).filter(pl.col("action") == "rewrite")
    assert ledger.height == len(seen) > 3
    assert commentary["rewrite"] == {"rewritten": len(seen) - len(seen) // 3, "fallback": len(seen) // 3}
    assert manifest["counts"]["conservation"]["contextualized"] == ledger.height
    notes = dict(zip(ledger["id"], ledger["note"]))
    for path in (out / "data").glob("*.jsonl.gz"):
        for row in map(orjson.loads, gzip.decompress(path.read_bytes()).splitlines()):
            if row["id"] in notes:
                rewritten = notes[row["id"]] == "rewritten"
                assert row["text"].startswith("[rewritten] ") == rewritten
                assert ("<|commentary|>" in row["text"]) == (not rewritten)
    assert run_cli("manifest", "verify", out / "manifest.json").returncode == 0
