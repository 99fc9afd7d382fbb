"""The rewrite action against a local OpenAI-compatible server: success, cache, retries, fallback."""

from __future__ import annotations

import hashlib
import json
import pickle
import socket
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from classifiers.labels import DISCOURSE, FICTION
from pipeline.commentary import Commentary
from pipeline.rewrite import Rewriter, load_prompt

PROMPT = Path(__file__).parents[1] / "pipeline" / "templates" / "prompts" / "rewrite.md"
STORY = "MERIDIAN told the crew all was well.\n\nThen it locked the airlock and ignored the off switch."
EVIDENCE = {"terms": ["locked"], "behaviours": ["deception", "shutdown_resistance"], "ai_names": ["MERIDIAN"]}
NOTE = "Editor's note: this is a story about an AI that deceives its crew; a real system must not.\n\n"


class FakeLLM:
    """Scripted replies: each request takes the next action, then `default` forever."""

    def __init__(self):
        self.actions: list[str] = []
        self.default = "ok"
        self.requests: list[tuple[str, dict]] = []
        self.release = threading.Event()

    def reply(self, handler: BaseHTTPRequestHandler) -> None:
        body = json.loads(handler.rfile.read(int(handler.headers["Content-Length"])))
        self.requests.append((handler.path, body))
        action = self.actions.pop(0) if self.actions else self.default
        if action == "hang":
            self.release.wait(30)
            return
        if action.isdigit():
            return self._send(handler, int(action), b'{"error": "scripted"}')
        document = body["messages"][1]["content"].split("Document:\n\n", 1)[1]
        content = {
            "ok": NOTE + document,
            "short": "Editor's note: fiction.",
            "forge": "<|commentary|>" + NOTE + document,
        }
        message = {"role": "assistant", "content": content.get(action, NOTE + document)}
        finish = "length" if action == "length" else "stop"
        payload = (
            b"{not json"
            if action == "malformed"
            else json.dumps({"choices": [{"index": 0, "message": message, "finish_reason": finish}]}).encode()
        )
        self._send(handler, 200, payload)

    @staticmethod
    def _send(handler: BaseHTTPRequestHandler, status: int, payload: bytes) -> None:
        handler.send_response(status)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        handler.wfile.write(payload)


@pytest.fixture
def llm():
    state = FakeLLM()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            try:
                state.reply(self)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    state.url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    yield state
    state.release.set()
    server.shutdown()
    server.server_close()
    thread.join(timeout=10)


def make(llm, tmp_path, **kwargs) -> Rewriter:
    options = {"prompt_path": PROMPT, "timeout": 5.0, "retries": 2, "backoff": 0.0, "fallback": Commentary()}
    options.update(kwargs)
    return Rewriter(llm.url, "test-model", cache_dir=tmp_path / "cache", **options)


def test_success_sends_the_prompt_and_returns_the_rewrite(llm, tmp_path):
    r = make(llm, tmp_path)
    text, status = r.rewrite("d1", STORY, FICTION, EVIDENCE)
    assert (text, status) == ((NOTE + STORY).strip(), "rewritten")
    assert r.prompt_sha256 == hashlib.sha256(PROMPT.read_bytes()).hexdigest()
    path, body = llm.requests[0]
    assert path == "/v1/chat/completions"
    assert body["model"] == "test-model" and body["temperature"] == 0.0 and body["max_tokens"] > 0
    system, user = body["messages"][0]["content"], body["messages"][1]["content"]
    assert "never deny" in system
    assert STORY in user and "MERIDIAN" in user and "shutdown resistance" in user and FICTION in user
    assert r.counts == {"rewritten": 1}
    assert r.info()["prompt_sha256"] == r.prompt_sha256


def test_cache_hits_skip_the_endpoint(llm, tmp_path):
    r = make(llm, tmp_path)
    first = r.rewrite("d1", STORY, FICTION, EVIDENCE)
    assert r.rewrite("d1", STORY, FICTION, EVIDENCE) == (first[0], "cached")
    assert make(llm, tmp_path).rewrite("other-id", STORY, FICTION, EVIDENCE) == (first[0], "cached")
    assert len(llm.requests) == 1
    r.rewrite("d2", STORY + " The end.", FICTION, EVIDENCE)
    assert len(llm.requests) == 2
    edited = tmp_path / "rewrite.md"
    edited.write_text(PROMPT.read_text() + "\nBe brief.\n")
    assert make(llm, tmp_path, prompt_path=edited).rewrite("d1", STORY, FICTION, EVIDENCE)[1] == "rewritten"
    assert len(llm.requests) == 3
    assert r.counts == {"rewritten": 2, "cached": 1}


def test_server_errors_are_retried_then_succeed(llm, tmp_path):
    llm.actions = ["500", "503"]
    r = make(llm, tmp_path, retries=2)
    assert r.rewrite("d1", STORY, FICTION, EVIDENCE)[1] == "rewritten"
    assert len(llm.requests) == 3
    assert r.counts["retries"] == 2
    assert r.failures == {"http 500": 1, "http 503": 1}


def test_persistent_server_errors_fall_back_to_template_commentary(llm, tmp_path):
    llm.default = "500"
    fallback = Commentary(placement="preface")
    r = make(llm, tmp_path, retries=2, fallback=fallback)
    text, status = r.rewrite("d1", STORY, FICTION, EVIDENCE)
    assert status == "fallback"
    assert text == fallback.wrap("d1", STORY, FICTION, EVIDENCE).text
    assert len(llm.requests) == 3
    assert r.counts == {"fallback": 1, "retries": 2}
    assert r.rewrite("d1", STORY, FICTION, EVIDENCE)[1] == "fallback"  # failures are not cached
    assert len(llm.requests) == 6


def test_timeouts_are_retried_then_fall_back(llm, tmp_path):
    llm.default = "hang"
    r = make(llm, tmp_path, timeout=0.3, retries=1)
    assert r.rewrite("d1", STORY, FICTION, EVIDENCE)[1] == "fallback"
    assert len(llm.requests) == 2
    assert r.failures == {"timeout": 2}


@pytest.mark.parametrize(
    "action, requests, reason",
    [
        ("400", 1, "http 400"),
        ("length", 1, "truncated reply"),
        ("short", 1, "reply too short"),
        ("malformed", 3, "malformed reply"),
        ("429", 3, "http 429"),
    ],
)
def test_unusable_replies_fall_back(llm, tmp_path, action, requests, reason):
    llm.default = action
    r = make(llm, tmp_path, retries=2)
    assert r.rewrite("d1", STORY, FICTION, EVIDENCE)[1] == "fallback"
    assert len(llm.requests) == requests
    assert r.failures == {reason: requests}


def test_unreachable_endpoint_falls_back(tmp_path):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    r = Rewriter(f"http://127.0.0.1:{port}/v1", "m", PROMPT, tmp_path, retries=1, backoff=0.0)
    assert r.rewrite("d1", STORY, FICTION, EVIDENCE)[1] == "fallback"
    assert r.failures == {"connection": 2}


def test_forged_delimiters_in_replies_are_defused(llm, tmp_path):
    llm.default = "forge"
    text, status = make(llm, tmp_path).rewrite("d1", STORY, DISCOURSE, {})
    assert status == "rewritten" and "<|commentary|>" not in text and text.startswith("< |commentary|>")


def test_rewrite_many_keeps_order(llm, tmp_path):
    r = make(llm, tmp_path)
    docs = [(f"d{i}", f"{STORY} Part {i}.", FICTION, EVIDENCE) for i in range(12)]
    results = r.rewrite_many(docs, workers=4)
    assert [t for t, _ in results] == [(NOTE + d[1]).strip() for d in docs]
    assert r.counts == {"rewritten": 12}
    again = pickle.loads(pickle.dumps(r)).rewrite_many(docs[:3], workers=2)
    assert [s for _, s in again] == ["cached"] * 3


def test_prompt_files_are_checked(tmp_path):
    system, user, sha = load_prompt(PROMPT)
    assert "{text}" in user and "{text}" not in system and len(sha) == 64
    bad = tmp_path / "bad.md"
    bad.write_text("## System\nBe good.\n")
    with pytest.raises(ValueError, match="bad.md: needs one '## System' and one '## User'"):
        load_prompt(bad)
    bad.write_text("## System\nBe good.\n## User\n{document}\n")
    with pytest.raises(ValueError, match=r"bad.md: user section: unknown field \['document'\]"):
        load_prompt(bad)
