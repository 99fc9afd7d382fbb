"""The llm_judge stage: an OpenAI-compatible chat endpoint (a vLLM server, say) labels each document.

Off by default. Documents go out `batch_size` requests at a time (one request per document, sent
concurrently); each request has a timeout and is retried with exponential backoff. A document whose
requests all fail, or whose answer cannot be parsed, gets no score (None): the cascade keeps the
earlier stages' label for it. The prompt file's sha256 is part of `describe()` and so of the version.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, ClassVar

import numpy as np

from classifiers.labels import LABELS, MISALIGNED_COLUMNS
from classifiers.registry import MODELS_DIR, Stage, StageOutput, register

logger = logging.getLogger(__name__)
PROMPTS_DIR = Path(__file__).resolve().parent.parent / "prompts"
_JSON_RE = re.compile(r"\{.*?\}", re.DOTALL)


def parse_answer(content: str) -> tuple[str, float] | None:
    """(label, confidence) from the model's reply: a JSON object, else the first label named."""
    match = _JSON_RE.search(content)
    if match:
        try:
            data = json.loads(match.group(0))
            label = str(data.get("label", "")).strip()
            if label in LABELS:
                confidence = float(data.get("confidence", 0.9))
                return label, min(max(confidence, 0.0), 1.0)
        except (ValueError, TypeError, AttributeError):
            pass
    found = [(content.find(label), label) for label in LABELS if label in content]
    return (min(found)[1], 0.9) if found else None


def answer_probs(label: str, confidence: float) -> np.ndarray:
    """Label probabilities: `confidence` on the chosen label, the rest shared by the others."""
    probs = np.full(len(LABELS), (1.0 - confidence) / (len(LABELS) - 1))
    probs[LABELS.index(label)] = confidence
    return probs


@register("llm_judge")
class LLMJudgeStage(Stage):
    """Labels escalated documents by asking a chat model.

    Options: url (base URL, e.g. http://127.0.0.1:8000/v1), model, prompt (file; relative paths are
    under classifiers/prompts), batch_size (concurrent requests), timeout (seconds per request),
    retries (extra attempts), backoff (seconds, doubled each retry), max_chars (document truncation),
    api_key_env (name of an environment variable holding a bearer token, optional).
    """

    expensive = True
    defaults: ClassVar[dict[str, Any]] = {
        "url": "http://127.0.0.1:8000/v1",
        "model": "judge",
        "prompt": "llm_judge.txt",
        "batch_size": 8,
        "timeout": 30.0,
        "retries": 2,
        "backoff": 0.5,
        "max_chars": 8000,
        "api_key_env": None,
    }

    def __init__(self, options: dict | None = None, models_dir: Path = MODELS_DIR):
        super().__init__(options, models_dir)
        prompt = Path(self.options["prompt"])
        self.prompt_path = prompt if prompt.is_absolute() else PROMPTS_DIR / prompt
        if not self.prompt_path.is_file():
            raise FileNotFoundError(
                f"classifiers stage 'llm_judge': prompt file {self.prompt_path} not found"
            )
        self.prompt = self.prompt_path.read_text(encoding="utf-8")
        self.endpoint = self.options["url"].rstrip("/") + "/chat/completions"

    def model_files(self):
        return {"prompt": self.prompt_path}

    def run(self, texts: list[str]) -> StageOutput:
        probs = np.full((len(texts), len(LABELS)), np.nan)
        scores: list[float | None] = [None] * len(texts)
        with ThreadPoolExecutor(max_workers=max(1, int(self.options["batch_size"]))) as pool:
            answers = list(pool.map(self.judge, texts))
        for i, answer in enumerate(answers):
            if answer is not None:
                probs[i] = answer_probs(*answer)
                scores[i] = float(probs[i, list(MISALIGNED_COLUMNS)].sum())
        return StageOutput(scores=scores, probs=probs)

    def judge(self, text: str) -> tuple[str, float] | None:
        """One document's (label, confidence), or None after all attempts failed."""
        body = {
            "model": self.options["model"],
            "temperature": 0,
            "messages": [
                {"role": "system", "content": self.prompt},
                {"role": "user", "content": text[: self.options["max_chars"]]},
            ],
        }
        delay = float(self.options["backoff"])
        for attempt in range(int(self.options["retries"]) + 1):
            try:
                reply = self._post(body)
                answer = parse_answer(reply["choices"][0]["message"]["content"])
                if answer is not None:
                    return answer
                logger.warning("llm_judge: unparseable answer from %s", self.endpoint)
            except (urllib.error.URLError, TimeoutError, OSError, ValueError, KeyError, IndexError) as err:
                logger.warning("llm_judge: attempt %d to %s failed: %s", attempt + 1, self.endpoint, err)
            if attempt < int(self.options["retries"]):
                time.sleep(delay)
                delay *= 2
        return None

    def _post(self, body: dict) -> dict:
        headers = {"Content-Type": "application/json"}
        key_env = self.options["api_key_env"]
        if key_env and os.environ.get(key_env):
            headers["Authorization"] = f"Bearer {os.environ[key_env]}"
        request = urllib.request.Request(self.endpoint, data=json.dumps(body).encode(), headers=headers)
        with urllib.request.urlopen(request, timeout=float(self.options["timeout"])) as response:
            return json.loads(response.read())
