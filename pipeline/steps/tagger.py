"""CascadeTagger: runs the classifier cascade over documents, in batches, keeping their order."""

from __future__ import annotations

from datatrove.data import Document, DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from pipeline.records import is_reject, is_shard_end


class CascadeTagger(PipelineStep):
    """Attaches a `classifiers.cascade.Result` to every valid document as `metadata["tags"]`.

    Rejects and shard markers pass through untouched and in place.

    Args:
        classifier_config: the "classifiers" section of glossator's config (None: shipped defaults).
        batch_size: documents per call to the cascade.
    """

    name = "🏷 cascade tagger"
    type = "🔖 - TAGGER"

    def __init__(self, classifier_config: dict | None = None, batch_size: int = 512):
        super().__init__()
        self.classifier_config = classifier_config
        self.batch_size = batch_size
        self._cascade = None

    @property
    def cascade(self):
        # One fresh cascade per task (= per shard), never shared across shards in a process: sharing one
        # made a shard's scores depend on which shards the worker ran before (Ray and local attributes
        # differed in the semantic scores); the cause is not pinned down, see the issue notes.
        if self._cascade is None:
            from classifiers.cascade import load_cascade

            self._cascade = load_cascade(self.classifier_config)
        return self._cascade

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_cascade": None}

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        pending: list[Document] = []
        valid = 0
        for doc in data:
            pending.append(doc)
            if not is_reject(doc) and not is_shard_end(doc):
                valid += 1
            if valid >= self.batch_size or is_shard_end(doc):
                yield from self._flush(pending)
                pending, valid = [], 0
        yield from self._flush(pending)

    def _flush(self, docs: list[Document]) -> list[Document]:
        todo = [d for d in docs if not is_reject(d) and not is_shard_end(d)]
        if todo:
            with self.track_time(unit="batch"):
                results = self.cascade.classify([d.text for d in todo])
            for doc, result in zip(todo, results):
                doc.metadata["tags"] = result
                self.stat_update(result.label)
        return docs

