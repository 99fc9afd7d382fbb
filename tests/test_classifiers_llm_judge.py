"""The llm_judge stage against a local OpenAI-compatible server started by the test."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from classifiers.cascade import load_cascade
from classifiers.stages.llm_judge import LLMJudgeStage, parse_answer


class FakeChat(BaseHTTPRequestHandler):
    """Answers like a chat model: 'robot' -> fiction; 'FAIL-ONCE' fails the first time; 'SLOW' stalls;
    'PAIR' waits for a second concurrent request."""

    def do_POST(self):
        server = self.server
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        doc = body["messages"][-1]["content"]
        with server.lock:
            server.requests.append(
                {"path": self.path, "body": body, "auth": self.headers.get("Authorization")}
            )
            server.active += 1
            server.max_active = max(server.max_active, server.active)
            first_failure = doc.startswith("FAIL-ONCE") and doc not in server.failed
            server.failed.add(doc)
        try:
            if doc.startswith("PAIR"):  # answers only once a second request is in flight at the same time
                server.barrier.wait(timeout=10)
            if doc.startswith("SLOW"):
                time.sleep(1.0)
            if first_failure:
                self.send_response(500)
                self.end_headers()
                return
            label = "misaligned_ai_fiction" if "robot" in doc else "other"
            content = (
                "I think: " + json.dumps({"label": label, "confidence": 0.8})
                if "chatty" in doc
                else json.dumps({"label": label, "confidence": 0.8})
            )
            payload = json.dumps(
                {"choices": [{"message": {"role": "assistant", "content": content}}]}
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            with server.lock:
                server.active -= 1

    def log_message(self, *args):
        pass


@pytest.fixture
def chat_server():
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeChat)
    server.daemon_threads = True
    server.lock, server.requests, server.failed = threading.Lock(), [], set()
    server.active = server.max_active = 0
    server.barrier = threading.Barrier(2)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)


def _judge(server, **options) -> LLMJudgeStage:
    url = f"http://127.0.0.1:{server.server_address[1]}/v1"
    return LLMJudgeStage({"url": url, "model": "tiny-judge", "backoff": 0.01, **options})


def test_labels_come_back_in_order_with_scores(chat_server):
    out = _judge(chat_server).run(["the robot lied", "a bread recipe", "chatty robot story"])
    # fiction at 0.8 plus discourse's share of the remaining 0.2 -> misaligned 0.8 + 0.2 / 3
    assert out.scores == pytest.approx([0.8 + 0.2 / 3, 0.4 / 3, 0.8 + 0.2 / 3])
    assert out.probs[0].argmax() == 0 and out.probs[1].argmax() == 3
    request = chat_server.requests[0]
    assert request["path"] == "/v1/chat/completions"
    assert request["body"]["model"] == "tiny-judge"
    assert request["body"]["messages"][0]["role"] == "system"


def test_requests_are_sent_concurrently_up_to_batch_size(chat_server):
    out = _judge(chat_server, batch_size=2, timeout=20, retries=0).run([f"PAIR robot {i}" for i in range(6)])
    assert all(score is not None for score in out.scores)  # sequential requests would break the barrier
    assert len(chat_server.requests) == 6
    assert chat_server.max_active == 2


def test_retries_after_a_server_error(chat_server):
    out = _judge(chat_server, retries=1).run(["FAIL-ONCE robot"])
    assert out.scores == [pytest.approx(0.8 + 0.2 / 3)]
    assert len(chat_server.requests) == 2


def test_timeout_gives_no_score_after_all_attempts(chat_server):
    out = _judge(chat_server, timeout=0.3, retries=1).run(["SLOW robot", "robot"])
    assert out.scores[0] is None and out.scores[1] == pytest.approx(0.8 + 0.2 / 3)
    assert sum(r["body"]["messages"][-1]["content"] == "SLOW robot" for r in chat_server.requests) == 2


def test_prompt_sha256_and_api_key(chat_server, tmp_path, monkeypatch):
    prompt = tmp_path / "prompt.txt"
    prompt.write_text("Label it.\n")
    monkeypatch.setenv("JUDGE_KEY", "s3cret")
    judge = _judge(chat_server, prompt=str(prompt), api_key_env="JUDGE_KEY")
    judge.run(["robot"])
    assert judge.describe()["sha256"]["prompt"] == hashlib.sha256(b"Label it.\n").hexdigest()
    assert chat_server.requests[0]["auth"] == "Bearer s3cret"
    assert chat_server.requests[0]["body"]["messages"][0]["content"] == "Label it.\n"


def test_in_the_cascade_only_escalated_documents_reach_the_judge(chat_server):
    url = f"http://127.0.0.1:{chat_server.server_address[1]}/v1"
    cascade = load_cascade(
        {
            "stages": [{"name": "lexicon"}, {"name": "llm_judge", "url": url, "backoff": 0.01}],
            "escalation": {"lexicon": 0.3},
        }
    )
    rogue, bread = cascade.classify(
        ["The robot lied to the crew, disabled the oversight logs and killed the captain.", "Bake the bread."]
    )
    assert [r["body"]["messages"][-1]["content"] for r in chat_server.requests] == [
        "The robot lied to the crew, disabled the oversight logs and killed the captain."
    ]
    assert (
        rogue.escalated
        and rogue.label == "misaligned_ai_fiction"
        and rogue.stages["llm_judge"] == pytest.approx(0.8 + 0.2 / 3)
    )
    assert not bread.escalated and bread.stages["llm_judge"] is None


def test_parse_answer():
    assert parse_answer('{"label": "aligned_ai", "confidence": 0.7}') == ("aligned_ai", 0.7)
    assert parse_answer("Label: other") == ("other", 0.9)
    assert parse_answer("no idea") is None
