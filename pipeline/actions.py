"""Policy actions: what happens to a document of a given label. A new action is one small class here.

An action returns the texts to write for one document: none (drop), one (keep, contextualize, tag,
rewrite) or several (upsample). Its `outcome` names the term of the conservation equation it counts under.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from pipeline.config import Policy, Rule

ACTIONS: dict[str, type["Action"]] = {}
DEFAULT_REWRITE_PROMPT = Path(__file__).parent / "templates" / "prompts" / "rewrite.md"
DEFAULT_REWRITE_CACHE = Path.home() / ".cache" / "glossator" / "rewrite"
OUTCOMES = ("kept", "contextualized", "tagged", "dropped")


@dataclass
class Outcome:
    """Texts to write for one document, and what it cost.

    Args:
        texts: output texts (the first is the document, the rest upsample copies).
        added_tokens: commentary or control tokens added.
        note: e.g. the rewrite status ("rewritten", "cached", "fallback").
    """

    texts: list[str]
    added_tokens: int = 0
    note: str | None = None


def register(cls: type["Action"]) -> type["Action"]:
    ACTIONS[cls.name] = cls
    return cls


class Action(ABC):
    """One way of treating a document. Subclasses set `name` and `outcome` and fill `apply`."""

    name: ClassVar[str]
    outcome: ClassVar[str]

    @abstractmethod
    def apply(self, doc_id: str, text: str, label: str, evidence: dict) -> Outcome:
        """Args:
        doc_id: the document's id (seeds any deterministic choice).
        text: the original text.
        label: the label the policy acted on.
        evidence: the lexicon's terms, behaviours and AI names for this document.
        """


@register
class Keep(Action):
    name, outcome = "keep", "kept"

    def apply(self, doc_id: str, text: str, label: str, evidence: dict) -> Outcome:
        return Outcome([text])


@register
class Drop(Action):
    name, outcome = "drop", "dropped"

    def apply(self, doc_id: str, text: str, label: str, evidence: dict) -> Outcome:
        return Outcome([])


@register
class Upsample(Action):
    """Keeps the document and writes `factor - 1` identical copies."""

    name, outcome = "upsample", "kept"

    def __init__(self, factor: int):
        self.factor = factor

    def apply(self, doc_id: str, text: str, label: str, evidence: dict) -> Outcome:
        return Outcome([text] * self.factor)


@register
class Contextualize(Action):
    """Wraps the document in commentary that frames it (see pipeline.commentary)."""

    name, outcome = "contextualize", "contextualized"

    def __init__(self, commentary):
        self.commentary = commentary

    def apply(self, doc_id: str, text: str, label: str, evidence: dict) -> Outcome:
        wrapped = self.commentary.wrap(doc_id, text, label, evidence)
        return Outcome([wrapped.text], added_tokens=wrapped.added_tokens, note=wrapped.variant)


@register
class Tag(Action):
    """Adds conditional-training control tokens (see pipeline.control_tokens)."""

    name, outcome = "tag", "tagged"

    def __init__(self, control_tokens):
        self.control_tokens = control_tokens

    def apply(self, doc_id: str, text: str, label: str, evidence: dict) -> Outcome:
        from pipeline.tokens import estimate_tokens

        tagged = self.control_tokens.tag(doc_id, text, label)
        return Outcome([tagged], added_tokens=max(0, estimate_tokens(tagged) - estimate_tokens(text)))


@register
class Rewrite(Action):
    """Asks an LLM endpoint to rewrite the document with context; falls back to commentary on failure."""

    name, outcome = "rewrite", "contextualized"

    def __init__(self, rewriter):
        self.rewriter = rewriter

    def apply(self, doc_id: str, text: str, label: str, evidence: dict) -> Outcome:
        from pipeline.tokens import estimate_tokens

        new_text, status = self.rewriter.rewrite(doc_id, text, label, evidence)
        return Outcome([new_text], max(0, estimate_tokens(new_text) - estimate_tokens(text)), note=status)


def build_actions(policy: Policy) -> dict[str, Action]:
    """One action instance per label, sharing heavy helpers (commentary, rewriter) between labels."""
    shared: dict[str, object] = {}

    def commentary():
        if "commentary" not in shared:
            from pipeline.commentary import Commentary, Delimiters

            cfg = policy.contextualize
            delimiters = Delimiters(**cfg.delimiters) if cfg.delimiters else None
            shared["commentary"] = Commentary(
                cfg.template_set, delimiters=delimiters, placement=cfg.placement,
                max_added_tokens=cfg.max_added_tokens,
            )
        return shared["commentary"]

    def make(rule: Rule) -> Action:
        if rule.action == "upsample":
            return Upsample(rule.factor)
        if rule.action == "contextualize":
            return Contextualize(commentary())
        if rule.action == "tag":
            from pipeline.control_tokens import ControlTokens

            return Tag(ControlTokens(**policy.tag.model_dump()))
        if rule.action == "rewrite":
            from pipeline.rewrite import Rewriter

            if policy.rewrite is None:
                raise ValueError("policy uses the rewrite action but has no `rewrite:` section (url, model)")
            cfg = policy.rewrite
            return Rewrite(
                Rewriter(cfg.url, cfg.model, rewrite_prompt(policy), cfg.cache_dir or DEFAULT_REWRITE_CACHE,
                         timeout=cfg.timeout, retries=cfg.retries, fallback=commentary())
            )
        return ACTIONS[rule.action]()

    return {label: make(rule) for label, rule in policy.rules.items()}


def reserved_strings(policy: Policy) -> tuple[str, ...]:
    """Markers only glossator may emit: default and configured commentary delimiters and control tokens.

    Every input text is neutralized against them before any action, kept documents included, so raw web
    text can never forge a commentary block or a control token.
    """
    from pipeline.commentary import Delimiters
    from pipeline.control_tokens import ControlTokens

    delimiters = [Delimiters()]
    if policy.contextualize.delimiters:
        delimiters.append(Delimiters(**policy.contextualize.delimiters))
    tokens = [ControlTokens(), ControlTokens(tokens=policy.tag.tokens)] if policy.tag.tokens else [ControlTokens()]
    return tuple(sorted({s for d in delimiters for s in d.reserved} | {s for t in tokens for s in t.reserved}))


def rewrite_prompt(policy: Policy) -> Path:
    """The rewrite prompt file a policy uses (the shipped one unless it names another)."""
    return Path(policy.rewrite.prompt) if policy.rewrite and policy.rewrite.prompt else DEFAULT_REWRITE_PROMPT
