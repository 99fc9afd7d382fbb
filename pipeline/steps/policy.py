"""PolicyApplier: decides each document's action from its stored label and scores."""

from __future__ import annotations

from datatrove.data import DocumentsPipeline
from datatrove.pipeline.base import PipelineStep

from classifiers.labels import OTHER
from pipeline.config import Policy
from pipeline.records import is_reject, is_shard_end


def effective_label(attrs: dict, thresholds: dict[str, float]) -> str:
    """The label the policy acts on: the tagged label, or `other` when its score is under the threshold."""
    label = attrs["label"]
    if label in thresholds and attrs[f"score_{label}"] < thresholds[label]:
        return OTHER
    return label


class PolicyApplier(PipelineStep):
    """Sets `metadata["decision"] = (action name, outcome class, Outcome)` on every valid document.

    Texts are first neutralized against glossator's reserved markers (see `actions.reserved_strings`).

    Args:
        policy: the validated policy.
    """

    name = "⚖️ policy"
    type = "⚖️ - POLICY"

    def __init__(self, policy: Policy):
        super().__init__()
        self.policy = policy
        self._actions = None

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_actions": None}

    def run(self, data: DocumentsPipeline = None, rank: int = 0, world_size: int = 1) -> DocumentsPipeline:
        from pipeline.actions import build_actions, reserved_strings
        from pipeline.control_tokens import neutralize

        if self._actions is None:
            self._actions = build_actions(self.policy)
        reserved = reserved_strings(self.policy)
        for doc in data:
            if not is_reject(doc) and not is_shard_end(doc):
                attrs = doc.metadata["attrs"]
                label = effective_label(attrs, self.policy.thresholds)
                action = self._actions[label]
                evidence = {
                    "terms": attrs.get("evidence_terms") or [],
                    "behaviours": attrs.get("behaviours") or [],
                    "ai_names": attrs.get("ai_names") or [],
                }
                outcome = action.apply(doc.id, neutralize(doc.text, reserved), label, evidence)
                doc.metadata["decision"] = (action.name, action.outcome, outcome)
                self.stat_update(action.name)
            yield doc
