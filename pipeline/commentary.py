"""Contextualizing commentary: frames a misaligned-AI document for what it is, from a template set.

A template set is a directory of YAML files (format: pipeline/templates/README.md). Every choice
(placement, each sentence slot, each [[a|b]] alternative, each behaviour phrase) is drawn from a
sha256 of the document id and the choice's name, so reruns give the same bytes and slots vary
independently of each other.

Layout of a wrapped document, each block being `open \\n body \\n close`:
    [preface block \\n\\n] text (+ [note block \\n\\n] after paragraph breaks) [\\n\\n afterword block]
The text is kept verbatim (only forged delimiters are defused) and `unwrap` restores it exactly.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import yaml

from classifiers.labels import LABELS
from pipeline.control_tokens import neutralize, stable_int
from pipeline.tokens import estimate_tokens

TEMPLATES_DIR = Path(__file__).parent / "templates"
PLACEMENTS = ("preface", "afterword", "both", "notes")
PARTS = ("before", "between", "after")
FORMS = ("noun", "gerund", "act", "harm", "honest", "safeguard")
PLACEHOLDERS = frozenset(
    {"ai", "ai_poss", "name", "names", "kind", "kinds", "behaviours", "acts", "harm", "honest", "safeguard"}
)
NAMED_ONLY = frozenset({"name", "names"})
DEFAULT_KIND = "_default"
MAX_KINDS, MAX_NAMES, MAX_NAME_CHARS = 3, 3, 60

_ALTERNATION = re.compile(r"\[\[(.*?)\]\]")
_PLACEHOLDER = re.compile(r"\{(\w+)\}")
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n\s*")
_SENTENCE_START = re.compile(r"(^|[.!?] )([a-z])")


@dataclass(frozen=True)
class Delimiters:
    """The lines that open and close every commentary block.

    Args:
        open: first line of a block.
        close: last line of a block.
    """

    open: str = "<|commentary|>"
    close: str = "<|/commentary|>"

    def __post_init__(self) -> None:
        for key, value in (("open", self.open), ("close", self.close)):
            if len(value) < 2 or value != value.strip() or "\n" in value:
                raise ValueError(f"delimiters.{key}: {value!r} needs 2+ characters on one line, unpadded")
        if self.open.lower() in self.close.lower() or self.close.lower() in self.open.lower():
            raise ValueError(f"delimiters: {self.open!r} and {self.close!r} must not contain each other")

    @property
    def reserved(self) -> tuple[str, str]:
        return (self.open, self.close)

    def block(self, body: str) -> str:
        return f"{self.open}\n{body}\n{self.close}"


@dataclass(frozen=True)
class Wrapped:
    """One wrapped document.

    Args:
        text: the output document.
        added_tokens: estimated tokens of the commentary blocks (delimiters included).
        variant: which options were chosen, e.g. "preface:3-17bc-5-12a" (placement, then per slot the
            option index and one letter per [[a|b]] alternative; "|" separates blocks).
        placement: "preface", "afterword", "both", "notes", or "none" when no commentary fits the cap.
        blocks: the commentary blocks, in order.
    """

    text: str
    added_tokens: int
    variant: str
    placement: str
    blocks: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Option:
    """One way to fill a slot: literal parts and [[a|b]] alternative groups."""

    parts: tuple[str | tuple[str, ...], ...]
    needs: frozenset[str]

    @property
    def forms(self) -> int:
        n = 1
        for part in self.parts:
            n *= 1 if isinstance(part, str) else len(part)
        return n


@dataclass(frozen=True)
class _LabelTemplates:
    slots: dict[str, list[_Option]]
    layouts: dict[str, dict[str, list[tuple[str, bool]]]]
    unnamed_ai: tuple[str, ...]


@dataclass(frozen=True)
class _TemplateSet:
    root: Path
    name: str
    version: str
    sha256: str
    placements: dict[str, float]
    notes: dict[str, int]
    behaviours: dict[str, dict[str, list[str]]]
    labels: dict[str, _LabelTemplates]


class Commentary:
    """Wraps documents in commentary from a template set.

    Args:
        template_set: a set name under pipeline/templates/ (e.g. "default") or a directory.
        delimiters: the block markers (default `<|commentary|>` ... `<|/commentary|>`).
        placement: "auto" (drawn per document with the set's weights), "preface", "afterword", "both"
            or "notes" (editor's notes between sections; "both" for documents too short for notes).
        max_added_tokens: cap on a document's added tokens; optional sentences, then the placement,
            give way first, and a document gets no commentary if even the shortest does not fit.
        reserved: more strings to defuse in documents, e.g. the control tokens.
    """

    def __init__(
        self,
        template_set: str | Path = "default",
        delimiters: Delimiters | None = None,
        placement: str = "auto",
        max_added_tokens: int | None = None,
        reserved: Iterable[str] = (),
    ):
        if placement != "auto" and placement not in PLACEMENTS:
            raise ValueError(f"placement: {placement!r} is not one of auto, {', '.join(PLACEMENTS)}")
        if max_added_tokens is not None and max_added_tokens < 0:
            raise ValueError(f"max_added_tokens: {max_added_tokens} is negative")
        self.templates = load_template_set(template_set)
        self.delimiters = delimiters or Delimiters()
        self.placement = placement
        self.max_added_tokens = max_added_tokens
        self.reserved: tuple[str, ...] = (*self.delimiters.reserved, *reserved)
        neutralize("", self.reserved)

    @property
    def name(self) -> str:
        return self.templates.name

    @property
    def sha256(self) -> str:
        return self.templates.sha256

    @property
    def labels(self) -> tuple[str, ...]:
        return tuple(self.templates.labels)

    def info(self) -> dict:
        """What a manifest records about this commentary."""
        return {
            "template_set": self.name,
            "version": self.templates.version,
            "sha256": self.sha256,
            "placement": self.placement,
            "delimiters": [self.delimiters.open, self.delimiters.close],
            "max_added_tokens": self.max_added_tokens,
        }

    def wrap(self, doc_id: str, text: str, label: str, evidence: dict | None = None) -> Wrapped:
        """The document framed by commentary.

        Args:
            doc_id: seeds every choice.
            text: the document; kept verbatim apart from defused reserved strings.
            label: one of the labels the template set covers.
            evidence: {"terms": [...], "behaviours": [...], "ai_names": [...]} from the lexicon.
        """
        spec = self._label(label)
        text = neutralize(text, self.reserved)
        placement, breaks = self._placement(doc_id, text)
        evidence = evidence or {}
        kinds = [k.strip() for k in evidence.get("behaviours") or [] if isinstance(k, str) and k.strip()]
        kinds = list(dict.fromkeys(kinds))[:MAX_KINDS] or [DEFAULT_KIND]
        names = _display_names(evidence.get("ai_names") or [], text, self.reserved)
        plans = [(placement, True), (placement, False), ("preface", False)]
        for placement, optional in dict.fromkeys(plans):
            rendered = self._compose(doc_id, label, spec, placement, len(breaks), kinds, names, optional)
            blocks = [self.delimiters.block(body) for bodies in rendered.values() for body, _ in bodies]
            added = sum(estimate_tokens(b) for b in blocks)
            if self.max_added_tokens is None or added <= self.max_added_tokens:
                codes = (code for bodies in rendered.values() for _, code in bodies)
                text = self._assemble(text, rendered, breaks)
                return Wrapped(text, added, f"{placement}:" + "|".join(codes), placement, tuple(blocks))
        return Wrapped(text, 0, "none", "none")

    def variety(self, label: str, named: bool = True) -> dict[str, int]:
        """Distinct commentaries per placement from sentence choices alone (one note for "notes").

        Behaviour phrases and the unnamed-AI wording multiply these further.

        Args:
            label: a label the set covers.
            named: whether the evidence names an AI (slots needing a name count only then).
        """
        spec = self._label(label)
        available = PLACEHOLDERS if named else PLACEHOLDERS - NAMED_ONLY
        counts = {}
        for placement, layout in spec.layouts.items():
            n = 1
            for slots in layout.values():
                for slot, _ in slots:
                    n *= sum(o.forms for o in spec.slots[slot] if o.needs <= available) or 1
            counts[placement] = n
        return counts

    def _compose(
        self,
        doc_id: str,
        label: str,
        spec: _LabelTemplates,
        placement: str,
        notes: int,
        kinds: list[str],
        names: list[str],
        optional: bool,
    ) -> dict[str, list[tuple[str, str]]]:
        """Block bodies and variant codes per layout part ("between" gets one per note)."""
        layout = spec.layouts[placement]
        return {
            part: [
                self._render(
                    doc_id,
                    label,
                    spec,
                    layout[part],
                    self._values(doc_id, spec, kinds, names, f"{part}{i}"),
                    optional,
                    i,
                )
                for i in range(notes if part == "between" else 1)
            ]
            for part in PARTS
            if part in layout
        }

    def _label(self, label: str) -> _LabelTemplates:
        if label not in self.templates.labels:
            raise ValueError(
                f"template set {self.name}: no commentary for label {label!r} "
                f"(has {sorted(self.templates.labels)})"
            )
        return self.templates.labels[label]

    def _values(
        self, doc_id: str, spec: _LabelTemplates, kinds: list[str], names: list[str], block: str
    ) -> dict[str, str]:
        """Placeholder values; behaviour phrases are drawn per block, so blocks of one document differ."""
        phrases = {
            form: list(dict.fromkeys(self._phrase(doc_id, k, form, block) for k in kinds)) for form in FORMS
        }
        values = {
            "kind": phrases["noun"][0],
            "kinds": _join(phrases["noun"]),
            "behaviours": _join(phrases["gerund"]),
            "acts": _join(phrases["act"]),
            "harm": phrases["harm"][0],
            "honest": _join(phrases["honest"][:2], last=", and "),
            "safeguard": phrases["safeguard"][0],
        }
        if names:
            values.update(ai=names[0], name=names[0], names=_join(names))
        elif spec.unnamed_ai:
            values["ai"] = spec.unnamed_ai[_pick(doc_id, "unnamed_ai", len(spec.unnamed_ai))]
        if "ai" in values:
            values["ai_poss"] = f"{values['ai']}'s"
        return values

    def _phrase(self, doc_id: str, kind: str, form: str, block: str) -> str:
        bank = self.templates.behaviours.get(kind)
        if bank is None:
            if form == "noun":
                return neutralize(kind.replace("_", " ")[:MAX_NAME_CHARS], self.reserved)
            bank = self.templates.behaviours[DEFAULT_KIND]
        options = bank[form]
        return options[_pick(doc_id, f"{kind}.{form}@{block}", len(options))]

    def _placement(self, doc_id: str, text: str) -> tuple[str, list[int]]:
        placement = self.placement
        if placement == "auto":
            weights = dict(self.templates.placements)
            breaks = self._note_positions(text) if weights.get("notes") else []
            if not breaks:
                weights.pop("notes", None)
            placement = _weighted(doc_id, weights)
            return placement, breaks if placement == "notes" else []
        if placement == "notes":
            breaks = self._note_positions(text)
            return ("notes", breaks) if breaks else ("both", [])
        return placement, []

    def _note_positions(self, text: str) -> list[int]:
        cfg = self.templates.notes
        breaks = [m.end() for m in _PARAGRAPH_BREAK.finditer(text) if m.start() > 0 and m.end() < len(text)]
        if len(breaks) + 1 < cfg["min_paragraphs"]:
            return []
        cumulative, start = [], 0
        for end in breaks:
            cumulative.append((cumulative[-1] if cumulative else 0) + estimate_tokens(text[start:end]))
            start = end
        total = cumulative[-1] + estimate_tokens(text[start:])
        if total < cfg["min_tokens"]:
            return []
        k = max(1, min(cfg["max_notes"], total // cfg["every_tokens"], len(breaks)))
        chosen: list[int] = []
        for i in range(1, k + 1):
            target = total * i / (k + 1)
            chosen.append(
                min(
                    (j for j in range(len(breaks)) if j not in chosen),
                    key=lambda j: abs(cumulative[j] - target),
                )
            )
        return [breaks[j] for j in sorted(chosen)]

    def _render(
        self,
        doc_id: str,
        label: str,
        spec: _LabelTemplates,
        slots: list[tuple[str, bool]],
        values: dict[str, str],
        optional: bool,
        shift: int = 0,
    ) -> tuple[str, str]:
        """One block body and its variant code; `shift` makes the notes of one document differ."""
        sentences, codes = [], []
        for slot, is_optional in slots:
            if is_optional and not optional:
                continue
            options = [o for o in spec.slots[slot] if o.needs <= values.keys()]
            if not options:
                continue
            key = f"{label}:{slot}"
            index = (_pick(doc_id, key, len(options)) + shift) % len(options)
            pieces, letters = [], ""
            for j, part in enumerate(options[index].parts):
                if isinstance(part, str):
                    pieces.append(part)
                else:
                    choice = _pick(doc_id, f"{key}:{index}:{j}:{shift}", len(part))
                    pieces.append(part[choice])
                    letters += chr(ord("a") + choice % 26)
            template = re.sub(r" {2,}", " ", "".join(pieces)).replace(" ,", ",").replace(" .", ".")
            sentence = _PLACEHOLDER.sub(lambda m: values[m.group(1)], template)
            sentences.append(_SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), sentence))
            codes.append(f"{index}{letters}")
        return neutralize(" ".join(sentences), self.reserved), "-".join(codes)

    def _assemble(self, text: str, rendered: dict[str, list[tuple[str, str]]], breaks: list[int]) -> str:
        out = [self.delimiters.block(body) + "\n\n" for body, _ in rendered.get("before", [])]
        start = 0
        for end, (body, _) in zip(breaks, rendered.get("between", [])):
            out += [text[start:end], self.delimiters.block(body), "\n\n"]
            start = end
        out.append(text[start:])
        out += ["\n\n" + self.delimiters.block(body) for body, _ in rendered.get("after", [])]
        return "".join(out)


def unwrap(text: str, delimiters: Delimiters | None = None) -> str:
    """Invert `Commentary.wrap`: the document without its commentary blocks.

    Args:
        text: a wrapped document.
        delimiters: the ones it was wrapped with.
    """
    d = delimiters or Delimiters()
    block = f"{re.escape(d.open)}\n.*?\n{re.escape(d.close)}"
    text = re.sub(f"{block}\n\n", "", text, flags=re.DOTALL)
    return re.sub(f"\n\n{block}\\Z", "", text, flags=re.DOTALL)


def evidence_of(row: dict) -> dict:
    """The evidence dict `wrap` takes, from an attributes row (see pipeline/attributes.py)."""
    return {
        "terms": list(row.get("evidence_terms") or []),
        "behaviours": list(row.get("behaviours") or []),
        "ai_names": list(row.get("ai_names") or []),
    }


def preview(commentary: Commentary, doc_id: str, text: str, label: str, evidence: dict | None = None) -> str:
    """One wrapped document with a header line saying how it was made, for `glossator commentary preview`.

    Args:
        commentary: the configured Commentary.
        doc_id, text, label, evidence: as for `Commentary.wrap`.
    """
    w = commentary.wrap(doc_id, text, label, evidence)
    header = (
        f"# {doc_id} | {label} | template set {commentary.name} ({commentary.sha256[:12]}) | "
        f"placement {w.placement} | variant {w.variant} | +{w.added_tokens} tokens"
    )
    return f"{header}\n\n{w.text}\n"


def template_sets() -> list[str]:
    """Names of the template sets shipped under pipeline/templates/."""
    return sorted(p.parent.name for p in TEMPLATES_DIR.glob("*/set.yaml"))


def load_template_set(template_set: str | Path) -> _TemplateSet:
    """Read and check a template set; errors name the file and the key.

    Args:
        template_set: a name under pipeline/templates/ or a directory.
    """
    named = isinstance(template_set, str) and "/" not in template_set and not template_set.startswith(".")
    root = TEMPLATES_DIR / template_set if named else Path(template_set)
    meta = _read_yaml(root / "set.yaml", f"template set {template_set}")
    behaviours = _behaviours(root / "behaviours.yaml")
    labels = {
        label: _label_templates(root / f"{label}.yaml")
        for label in LABELS
        if (root / f"{label}.yaml").exists()
    }
    if not labels:
        raise ValueError(f"{root}: no <label>.yaml file (labels: {', '.join(LABELS)})")
    placements = meta.get("placements") or {p: 1 for p in PLACEMENTS}
    for key, weight in placements.items():
        if key not in PLACEMENTS or not isinstance(weight, (int, float)) or weight < 0:
            raise ValueError(
                f"{root / 'set.yaml'}: placements.{key}: expected one of {PLACEMENTS} with a weight >= 0"
            )
    if not any(placements.get(p, 0) > 0 for p in PLACEMENTS if p != "notes"):
        raise ValueError(f"{root / 'set.yaml'}: placements: give preface, afterword or both a weight > 0")
    notes = {
        "min_tokens": 600,
        "min_paragraphs": 4,
        "every_tokens": 900,
        "max_notes": 3,
        **(meta.get("notes") or {}),
    }
    for key, value in notes.items():
        if not isinstance(value, int) or value < 1:
            raise ValueError(f"{root / 'set.yaml'}: notes.{key}: expected a positive integer, got {value!r}")
    return _TemplateSet(
        root=root,
        name=str(meta.get("name") or root.name),
        version=str(meta.get("version", "")),
        sha256=_digest(root),
        placements={k: float(v) for k, v in placements.items() if v > 0},
        notes=notes,
        behaviours=behaviours,
        labels=labels,
    )


def _read_yaml(path: Path, what: str) -> dict:
    if not path.is_file():
        raise ValueError(f"{what}: no such file {path}")
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER)
    except yaml.YAMLError as exc:
        raise ValueError(f"{path}: invalid YAML: {exc}".replace("\n", " ")) from None
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping at the top level")
    return data


def _strings(path: Path, key: str, value) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(v, str) and v.strip() for v in value):
        raise ValueError(f"{path}: {key}: expected a non-empty list of non-empty strings")
    return [v.strip() for v in value]


def _behaviours(path: Path) -> dict[str, dict[str, list[str]]]:
    data = _read_yaml(path, "behaviours")
    if DEFAULT_KIND not in data:
        raise ValueError(f"{path}: missing the {DEFAULT_KIND} entry")
    out = {}
    for kind, forms in data.items():
        if not isinstance(forms, dict):
            raise ValueError(f"{path}: {kind}: expected a mapping of forms")
        out[kind] = {form: _strings(path, f"{kind}.{form}", forms.get(form)) for form in FORMS}
    return out


def _parse_option(path: Path, key: str, text: str) -> _Option:
    parts: list[str | tuple[str, ...]] = []
    start = 0
    for m in _ALTERNATION.finditer(text):
        parts += [text[start : m.start()], tuple(m.group(1).split("|"))]
        start = m.end()
    parts.append(text[start:])
    literal = "".join(p for p in parts if isinstance(p, str))
    if "[[" in literal or "]]" in literal or any("[[" in a for p in parts if isinstance(p, tuple) for a in p):
        raise ValueError(f"{path}: {key}: unbalanced or nested [[...]] in {text!r}")
    needs = frozenset(_PLACEHOLDER.findall(text))
    if needs - PLACEHOLDERS:
        raise ValueError(
            f"{path}: {key}: unknown placeholder {sorted(needs - PLACEHOLDERS)} "
            f"(known: {', '.join(sorted(PLACEHOLDERS))})"
        )
    return _Option(tuple(p for p in parts if p != ""), needs)


def _label_templates(path: Path) -> _LabelTemplates:
    data = _read_yaml(path, "label templates")
    raw_slots, raw_layouts = data.get("slots"), data.get("layouts")
    if not isinstance(raw_slots, dict) or not isinstance(raw_layouts, dict):
        raise ValueError(f"{path}: needs the mappings `slots` and `layouts`")
    slots = {
        slot: [
            _parse_option(path, f"slots.{slot}[{i}]", text)
            for i, text in enumerate(_strings(path, f"slots.{slot}", opts))
        ]
        for slot, opts in raw_slots.items()
    }
    unnamed = tuple(_strings(path, "unnamed_ai", data["unnamed_ai"])) if "unnamed_ai" in data else ()
    layouts: dict[str, dict[str, list[tuple[str, bool]]]] = {}
    for placement in PLACEMENTS:
        layout = raw_layouts.get(placement)
        if not isinstance(layout, dict) or set(layout) - set(PARTS) or not layout:
            raise ValueError(f"{path}: layouts.{placement}: expected a mapping with keys among {PARTS}")
        if (placement == "notes") != ("between" in layout):
            raise ValueError(
                f"{path}: layouts.{placement}: `between` belongs to the notes layout, and only there"
            )
        layouts[placement] = {}
        for part in PARTS:
            if part not in layout:
                continue
            entries = layout[part].split() if isinstance(layout[part], str) else layout[part]
            entries = _strings(path, f"layouts.{placement}.{part}", entries)
            layouts[placement][part] = [(e.rstrip("?"), e.endswith("?")) for e in entries]
            for slot, _ in layouts[placement][part]:
                if slot not in slots:
                    raise ValueError(f"{path}: layouts.{placement}.{part}: unknown slot {slot!r}")
                uses_ai = any(o.needs & {"ai", "ai_poss"} for o in slots[slot])
                if uses_ai and not unnamed:
                    raise ValueError(f"{path}: slots.{slot} uses {{ai}}: add an `unnamed_ai` list")
    return _LabelTemplates(slots=slots, layouts=layouts, unnamed_ai=unnamed)


def _digest(root: Path) -> str:
    """sha256 over the set's files: sorted relative paths, each with its length-prefixed bytes."""
    h = hashlib.sha256()
    files = [p for p in root.rglob("*") if p.is_file()]
    files = [
        p
        for p in files
        if not any(s.startswith(".") or s == "__pycache__" for s in p.relative_to(root).parts)
    ]
    for path in sorted(files, key=lambda p: p.relative_to(root).as_posix()):
        rel, data = path.relative_to(root).as_posix().encode(), path.read_bytes()
        h.update(len(rel).to_bytes(8, "big") + rel + len(data).to_bytes(8, "big") + data)
    return h.hexdigest()


def _pick(doc_id: str, key: str, n: int) -> int:
    return stable_int(doc_id, key) % n


def _weighted(doc_id: str, weights: dict[str, float]) -> str:
    total = sum(weights.values())
    point = (stable_int(doc_id, "placement") % 1_000_000) / 1_000_000 * total
    for placement, weight in weights.items():
        point -= weight
        if point < 0:
            return placement
    return next(reversed(weights))


def _join(items: list[str], last: str = " and ") -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + last + items[-1]


def _display_names(names: list, text: str, reserved: tuple[str, ...]) -> list[str]:
    """AI names as the document spells them, the most mentioned first.

    The lexicon reports names normalized ("hal 9000", "t 800"); the document's own cased spelling
    ("HAL 9000", "T-800") is used when found, else the name as given (capitalized if all lower case).
    A name contained in another ("hal" in "hal 9000") gives way to the longer one.
    """
    found: dict[str, tuple[int, int, str]] = {}
    for order, name in enumerate(names):
        words = re.findall(r"\w+", name) if isinstance(name, str) else []
        key = " ".join(words).lower()
        if not words or key in found:
            continue
        pattern = r"(?<!\w)" + r"[\W_]{0,3}".join(re.escape(w) for w in words) + r"(?!\w)"
        matches = re.findall(pattern, text, re.IGNORECASE)
        cased = [m for m in matches if any(c.isupper() for c in m)]
        given = " ".join(name.split())
        display = (
            cased[0]
            if cased
            else given
            if given != given.lower()
            else " ".join(w.capitalize() for w in given.split())
        )
        found[key] = (-len(matches), order, " ".join(display.split())[:MAX_NAME_CHARS])
    kept = [v for k, v in found.items() if not any(f" {k} " in f" {other} " for other in found if other != k)]
    return [neutralize(display, reserved) for _, _, display in sorted(kept)][:MAX_NAMES]
