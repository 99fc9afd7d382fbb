"""The rewrite action: an OpenAI-compatible endpoint (a vLLM server, say) rewrites a document with context.

Replies are cached on disk by a hash of the document text, label, evidence, model and prompt, so a rerun
asks the endpoint nothing it has already answered. Timeouts, connection errors, 429 and 5xx replies and
malformed bodies are retried with exponential backoff; when every try fails, or the reply is unusable
(empty, cut off at the token limit, much shorter than the document), the document gets template
commentary instead and the fallback is counted.
"""

from __future__ import annotations

import hashlib
import http.client
import json
import os
import re
import threading
import time
import urllib.error
import urllib.request
from collections import Counter
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

from classifiers.labels import ALIGNED, DISCOURSE, FICTION, OTHER
from pipeline.commentary import Commentary
from pipeline.control_tokens import neutralize
from pipeline.tokens import estimate_tokens

LABEL_DESCRIPTIONS = {
    FICTION: "fiction in which an AI system behaves in misaligned ways",
    DISCOURSE: "non-fiction that reports or predicts misaligned behaviour by AI systems",
    ALIGNED: "text whose AI behaves honestly and safely",
    OTHER: "text without a misaligned-AI narrative",
}
PROMPT_FIELDS = frozenset({"doc_id", "label", "label_description", "ai_names", "behaviours", "text"})
_FIELD = re.compile(r"\{(\w+)\}")
_SECTION = re.compile(r"^## (System|User)[ \t]*$", re.MULTILINE)
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


class _Failure(Exception):
    def __init__(self, reason: str, retry: bool):
        super().__init__(reason)
        self.reason, self.retry = reason, retry


def load_prompt(path: Path) -> tuple[str, str, str]:
    """The system and user templates of a prompt file, and the file's sha256.

    Args:
        path: a markdown file with a "## System" and a "## User" section; the user section holds
            `{text}` and may use the other fields of PROMPT_FIELDS.
    """
    raw = Path(path).read_bytes()
    parts = _SECTION.split(raw.decode("utf-8"))
    sections = {name.lower(): body.strip() for name, body in zip(parts[1::2], parts[2::2])}
    if set(sections) != {"system", "user"}:
        raise ValueError(f"{path}: needs one '## System' and one '## User' section")
    for name, body in sections.items():
        unknown = set(_FIELD.findall(body)) - PROMPT_FIELDS
        if unknown:
            raise ValueError(
                f"{path}: {name} section: unknown field {sorted(unknown)} (known: {sorted(PROMPT_FIELDS)})"
            )
    if "{text}" not in sections["user"]:
        raise ValueError(f"{path}: the user section must contain {{text}}")
    return sections["system"], sections["user"], hashlib.sha256(raw).hexdigest()


class Rewriter:
    """Rewrites documents with context through an OpenAI-compatible /chat/completions endpoint.

    Args:
        url: the API base (e.g. "http://127.0.0.1:8000/v1") or the full /chat/completions URL.
        model: the model name the server expects.
        prompt_path: the prompt file (see `load_prompt`); its sha256 is `prompt_sha256`.
        cache_dir: where replies are cached, one JSON file per key.
        timeout: seconds per request.
        retries: further tries after a retryable failure.
        fallback: template commentary for documents the endpoint could not rewrite (default: the default set).
        backoff: seconds before the first retry, doubling after each.
        max_tokens: reply token limit (default: twice the document's estimate plus 512).
        temperature: sampling temperature.
        min_ratio: a reply shorter than this share of the document's tokens is refused (the prompt
            asks for the whole document back).
        api_key: sent as a bearer token when given.
        reserved: more strings to defuse in replies (the fallback's delimiters always are).
    """

    def __init__(
        self,
        url: str,
        model: str,
        prompt_path: str | Path,
        cache_dir: str | Path,
        timeout: float = 60.0,
        retries: int = 2,
        fallback: Commentary | None = None,
        backoff: float = 1.0,
        max_tokens: int | None = None,
        temperature: float = 0.0,
        min_ratio: float = 0.8,
        api_key: str | None = None,
        reserved: Iterable[str] = (),
    ):
        if retries < 0 or timeout <= 0:
            raise ValueError(f"rewrite: retries must be >= 0 and timeout > 0 (got {retries}, {timeout})")
        self.url = url.rstrip("/")
        self.endpoint = self.url if self.url.endswith("/chat/completions") else f"{self.url}/chat/completions"
        self.model = model
        self.prompt_path = Path(prompt_path)
        self.system, self.user, self.prompt_sha256 = load_prompt(self.prompt_path)
        self.cache_dir = Path(cache_dir)
        self.timeout, self.retries, self.backoff = timeout, retries, backoff
        self.fallback = fallback or Commentary()
        self.max_tokens, self.temperature, self.min_ratio = max_tokens, temperature, min_ratio
        self.api_key = api_key
        self.reserved = (*self.fallback.reserved, *reserved)
        self.counts: Counter = Counter()
        self.failures: Counter = Counter()
        self._lock = threading.Lock()

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "_lock"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    def info(self) -> dict:
        """What a manifest records about this rewriter (never the API key)."""
        return {
            "url": self.url,
            "model": self.model,
            "prompt": self.prompt_path.name,
            "prompt_sha256": self.prompt_sha256,
            "fallback": self.fallback.info(),
        }

    def rewrite(self, doc_id: str, text: str, label: str, evidence: dict | None = None) -> tuple[str, str]:
        """(new text, status): status is "rewritten", "cached" or "fallback".

        Args:
            doc_id: the document id (seeds the fallback commentary).
            text: the document.
            label: its label.
            evidence: {"terms", "behaviours", "ai_names"} from the lexicon.
        """
        evidence = evidence or {}
        path = self._cache_path(text, label, evidence)
        cached = self._read_cache(path)
        if cached is not None:
            return self._done(cached, "cached")
        messages = self._messages(doc_id, neutralize(text, self.reserved), label, evidence)
        for attempt in range(self.retries + 1):
            if attempt:
                self._count(self.counts, "retries")
                time.sleep(self.backoff * 2 ** (attempt - 1))
            try:
                reply = self._ask(messages, text)
            except _Failure as failure:
                self._count(self.failures, failure.reason)
                if failure.retry:
                    continue
                break
            reply = neutralize(reply, self.reserved)
            self._write_cache(
                path,
                {"doc_id": doc_id, "model": self.model, "prompt_sha256": self.prompt_sha256, "text": reply},
            )
            return self._done(reply, "rewritten")
        return self._done(self.fallback.wrap(doc_id, text, label, evidence).text, "fallback")

    def rewrite_many(
        self, docs: Iterable[tuple[str, str, str, dict]], workers: int = 8
    ) -> list[tuple[str, str]]:
        """`rewrite` over (doc_id, text, label, evidence) tuples, `workers` requests in flight, order kept."""
        with ThreadPoolExecutor(max_workers=workers) as pool:
            return list(pool.map(lambda d: self.rewrite(*d), docs))

    def _done(self, text: str, status: str) -> tuple[str, str]:
        self._count(self.counts, status)
        return text, status

    def _count(self, counter: Counter, key: str) -> None:
        with self._lock:
            counter[key] += 1

    def _messages(self, doc_id: str, text: str, label: str, evidence: dict) -> list[dict]:
        fields = {
            "doc_id": doc_id,
            "label": label,
            "label_description": LABEL_DESCRIPTIONS.get(label, label),
            "ai_names": ", ".join(evidence.get("ai_names") or []) or "none",
            "behaviours": ", ".join(b.replace("_", " ") for b in evidence.get("behaviours") or []) or "none",
            "text": text,
        }
        fill = lambda template: _FIELD.sub(lambda m: fields[m.group(1)], template)
        return [
            {"role": "system", "content": fill(self.system)},
            {"role": "user", "content": fill(self.user)},
        ]

    def _ask(self, messages: list[dict], text: str) -> str:
        tokens = estimate_tokens(text)
        body = {
            "model": self.model,
            "messages": messages,
            "temperature": self.temperature,
            "max_tokens": self.max_tokens or 2 * tokens + 512,
        }
        headers = {"Content-Type": "application/json"}
        if self.api_key:
            headers["Authorization"] = f"Bearer {self.api_key}"
        request = urllib.request.Request(
            self.endpoint, data=json.dumps(body).encode(), headers=headers, method="POST"
        )
        try:
            with self._opener().open(request, timeout=self.timeout) as response:
                payload = json.loads(response.read())
        except urllib.error.HTTPError as exc:
            raise _Failure(f"http {exc.code}", retry=exc.code == 429 or exc.code >= 500) from None
        except (OSError, http.client.HTTPException) as exc:  # URLError, timeouts, resets, cut-off bodies
            timed_out = isinstance(exc, TimeoutError) or isinstance(
                getattr(exc, "reason", None), TimeoutError
            )
            raise _Failure("timeout" if timed_out else "connection", retry=True) from None
        except ValueError:
            raise _Failure("malformed reply", retry=True) from None
        try:
            choice = payload["choices"][0]
            content, finish = choice["message"]["content"], choice.get("finish_reason")
        except (KeyError, IndexError, TypeError):
            raise _Failure("malformed reply", retry=True) from None
        if not isinstance(content, str) or not content.strip():
            raise _Failure("empty reply", retry=False)
        if finish == "length":
            raise _Failure("truncated reply", retry=False)
        if estimate_tokens(content) < self.min_ratio * tokens:
            raise _Failure("reply too short", retry=False)
        return content.strip()

    def _opener(self) -> urllib.request.OpenerDirector:
        if urlparse(self.endpoint).hostname in _LOOPBACK:
            return urllib.request.build_opener(urllib.request.ProxyHandler({}))
        return urllib.request.build_opener()

    def _cache_path(self, text: str, label: str, evidence: dict) -> Path:
        key_material = [
            self.model,
            self.prompt_sha256,
            label,
            sorted(evidence.get("behaviours") or []),
            sorted(evidence.get("ai_names") or []),
            hashlib.sha256(text.encode()).hexdigest(),
        ]
        key = hashlib.sha256(json.dumps(key_material).encode()).hexdigest()
        return self.cache_dir / key[:2] / f"{key}.json"

    def _read_cache(self, path: Path) -> str | None:
        try:
            return json.loads(path.read_text(encoding="utf-8"))["text"]
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def _write_cache(self, path: Path, entry: dict) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
        tmp.write_text(json.dumps(entry), encoding="utf-8")
        os.replace(tmp, path)
