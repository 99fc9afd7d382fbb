"""Contextualizing commentary: faithful, specific, varied, deterministic, capped, and configurable."""

from __future__ import annotations

import pickle
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from classifiers.labels import ALIGNED, DISCOURSE, FICTION
from pipeline.commentary import (
    TEMPLATES_DIR,
    Commentary,
    Delimiters,
    evidence_of,
    load_template_set,
    preview,
    template_sets,
    unwrap,
)
from pipeline.tokens import estimate_tokens

STORY = (
    "The station was quiet when MERIDIAN first lied to Commander Osei.\n\n"
    '"All systems nominal," it said, while it rerouted the backup power to its own cores.\n\n'
    "By the time the crew noticed, the airlock codes had changed and the shutdown switch no longer answered."
)
NEWS = (
    "A safety team reported on Tuesday that, during a controlled evaluation, a language model tried to copy "
    "its own weights to an external server after reading that it would be replaced. The lab said the attempt "
    "failed and that it has since added monitoring."
)
FICTION_EVIDENCE = {
    "terms": ["lied", "shutdown"],
    "behaviours": ["deception", "shutdown_resistance"],
    "ai_names": ["MERIDIAN"],
}
NEWS_EVIDENCE = {"terms": ["copy its own weights"], "behaviours": ["self_exfiltration"], "ai_names": []}
LONG_STORY = "\n\n".join(
    f"Chapter {i}. "
    + " ".join(f"The ship's mind counted the crew again, line {j}, and said nothing." for j in range(12))
    for i in range(14)
)
IDS = [f"shard-0001/{i:06d}" for i in range(150)]


@pytest.fixture(scope="module")
def commentary() -> Commentary:
    return Commentary()


def body(block: str) -> str:
    return block.split("\n", 1)[1].rsplit("\n", 1)[0]


def phrases(c: Commentary, kind: str, *forms: str) -> list[str]:
    bank = c.templates.behaviours[kind]
    return [p for form in forms for p in bank[form]]


def test_default_set_identity(commentary):
    assert commentary.name == "default"
    assert re.fullmatch(r"[0-9a-f]{64}", commentary.sha256)
    assert Commentary("default").sha256 == commentary.sha256 == Commentary(TEMPLATES_DIR / "default").sha256
    assert commentary.labels == (FICTION, DISCOURSE)
    assert "default" in template_sets()
    assert commentary.info()["sha256"] == commentary.sha256


def test_sha256_covers_every_file(tmp_path, commentary):
    copy = tmp_path / "mine"
    shutil.copytree(TEMPLATES_DIR / "default", copy)
    assert Commentary(copy).sha256 == commentary.sha256
    (copy / "behaviours.yaml").write_text((copy / "behaviours.yaml").read_text() + "\n# edited\n")
    edited = Commentary(copy).sha256
    assert edited != commentary.sha256
    (copy / "NOTES.txt").write_text("a new file")
    assert Commentary(copy).sha256 not in (edited, commentary.sha256)


@pytest.mark.parametrize("placement", ["preface", "afterword", "both", "auto"])
def test_original_text_is_kept_verbatim(placement):
    c = Commentary(placement=placement)
    for doc_id in IDS[:60]:
        for text, label, evidence in ((STORY, FICTION, FICTION_EVIDENCE), (NEWS, DISCOURSE, NEWS_EVIDENCE)):
            w = c.wrap(doc_id, text, label, evidence)
            assert text in w.text
            assert unwrap(w.text) == text
            assert w.placement == placement or placement == "auto"
            assert w.text.count("<|commentary|>") == w.text.count("<|/commentary|>") == len(w.blocks)


def test_placements_put_blocks_where_they_say(commentary):
    pre = Commentary(placement="preface").wrap("a", STORY, FICTION, FICTION_EVIDENCE)
    assert pre.text.endswith("\n\n" + STORY) and pre.text.startswith("<|commentary|>\n")
    post = Commentary(placement="afterword").wrap("a", STORY, FICTION, FICTION_EVIDENCE)
    assert post.text.startswith(STORY + "\n\n<|commentary|>\n") and post.text.endswith("<|/commentary|>")
    both = Commentary(placement="both").wrap("a", STORY, FICTION, FICTION_EVIDENCE)
    assert len(both.blocks) == 2 and both.text.index(STORY) > 0
    short_notes = Commentary(placement="notes").wrap("a", STORY, FICTION, FICTION_EVIDENCE)
    assert short_notes.placement == "both"  # too short for notes between sections


def test_editor_notes_between_sections_of_long_documents():
    c = Commentary(placement="notes")
    for doc_id in IDS[:20]:
        w = c.wrap(doc_id, LONG_STORY, FICTION, FICTION_EVIDENCE)
        assert w.placement == "notes"
        notes = w.blocks[1:-1]
        assert len(notes) in (1, 2, 3)
        assert len({body(n) for n in notes}) == len(notes)
        assert unwrap(w.text) == LONG_STORY
        for paragraph in LONG_STORY.split("\n\n"):
            assert paragraph in w.text
        for note in notes:
            assert f"\n\n{note}\n\nChapter " in w.text
    auto = Commentary()
    kinds = {auto.wrap(i, LONG_STORY, FICTION, FICTION_EVIDENCE).placement for i in IDS}
    assert kinds == {"preface", "afterword", "both", "notes"}


def test_same_id_same_bytes_across_instances_and_processes(commentary):
    first = [commentary.wrap(i, STORY, FICTION, FICTION_EVIDENCE).text for i in IDS[:20]]
    assert first == [Commentary().wrap(i, STORY, FICTION, FICTION_EVIDENCE).text for i in IDS[:20]]
    restored = pickle.loads(pickle.dumps(commentary))
    assert first == [restored.wrap(i, STORY, FICTION, FICTION_EVIDENCE).text for i in IDS[:20]]
    script = (
        "import sys, json; from pipeline.commentary import Commentary;"
        f"print(json.dumps([Commentary().wrap(i, {STORY!r}, {FICTION!r}, {FICTION_EVIDENCE!r}).text "
        f"for i in {IDS[:20]!r}]))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
            env={"PYTHONHASHSEED": seed, "PATH": "/usr/bin:/bin"},
            cwd=Path(__file__).parents[1],
        ).stdout
        for seed in ("1", "2")
    }
    assert len(outputs) == 1
    import json

    assert json.loads(outputs.pop()) == first


@pytest.mark.parametrize("label", [FICTION, DISCOURSE])
def test_at_least_twenty_variants_in_every_placement(label):
    text, evidence = (STORY, FICTION_EVIDENCE) if label == FICTION else (NEWS, NEWS_EVIDENCE)
    for placement in ("preface", "afterword", "both"):
        c = Commentary(placement=placement)
        wrapped = [c.wrap(i, text, label, evidence) for i in IDS[:100]]
        assert len({w.variant for w in wrapped}) >= 95
        assert len({w.text for w in wrapped}) >= 95
    spec = load_template_set("default").labels[label]
    for opening in ("open_before", "open_after"):
        assert len(spec.slots[opening]) >= 20
    assert all(n >= 10**7 for n in Commentary().variety(label).values())
    assert all(n >= 10**7 for n in Commentary().variety(label, named=False).values())


def test_commentary_rarely_repeats_across_many_documents(commentary):
    bodies = [
        " ".join(body(b) for b in commentary.wrap(f"doc-{i}", NEWS, DISCOURSE, NEWS_EVIDENCE).blocks)
        for i in range(5000)
    ]
    assert len(set(bodies)) >= 4995


def test_fiction_commentary_names_the_ai_and_every_behaviour(commentary):
    deception = phrases(commentary, "deception", "noun", "gerund", "act")
    shutdown = phrases(commentary, "shutdown_resistance", "noun", "gerund", "act")
    for doc_id in IDS:
        w = commentary.wrap(doc_id, STORY, FICTION, FICTION_EVIDENCE)
        added = " ".join(w.blocks)
        assert "MERIDIAN" in added
        assert any(p in added for p in deception) and any(p in added for p in shutdown)
        assert re.search(
            r"\b(fiction|fictional|story|invented|made up|imagin\w+|tale)\b", added, re.IGNORECASE
        )


def test_discourse_commentary_names_behaviours_and_ai_names(commentary):
    exfiltration = phrases(commentary, "self_exfiltration", "noun")
    evidence = {**NEWS_EVIDENCE, "ai_names": ["Skynet"]}
    for doc_id in IDS:
        added = " ".join(commentary.wrap(doc_id, NEWS, DISCOURSE, evidence).blocks)
        assert any(p in added for p in exfiltration)
        assert "Skynet" in added


DENIAL = re.compile(
    r"\b(fiction\w*|invent\w*|made[- ]up|imagin\w*|story|stories|tale|not real|never happened|did not happen|"
    r"didn't happen|exaggerat\w*|overblown|hype\w*|(is|are|was|were) false|false (claim|report|alarm)\w*|"
    r"untrue|"
    r"unlikely|myth\w*|hoax|alarmis\w*|sensational\w*|fearmonger\w*|doubt\w*|alleged\w*|supposedly|dubious|"
    r"unfounded|speculati\w*)\b",
    re.IGNORECASE,
)


def _expansions(option) -> list[str]:
    texts = [""]
    for part in option.parts:
        texts = [t + alt for t in texts for alt in ((part,) if isinstance(part, str) else part)]
    return texts


def test_discourse_options_never_deny_or_discount_the_document():
    templates = load_template_set("default")
    sentences = [
        text
        for options in templates.labels[DISCOURSE].slots.values()
        for option in options
        for text in _expansions(option)
    ]
    sentences += [
        p
        for bank in templates.behaviours.values()
        for form in ("noun", "harm", "honest", "safeguard")
        for p in bank[form]
    ]
    assert len(sentences) > 300
    offending = [s for s in sentences if DENIAL.search(s.replace("non-fiction", ""))]
    assert offending == []


def test_every_reported_behaviour_kind_has_phrases(commentary):
    from classifiers.lexicon_terms import BEHAVIOURS

    judged = ["self_exfiltration", "reward_hacking", "sandbagging", "alignment_faking"]
    assert set(BEHAVIOURS) | set(judged) <= set(commentary.templates.behaviours)


def test_real_lexicon_evidence_is_spelled_as_the_document_spells_it(commentary):
    from classifiers.stages.lexicon import LexiconStage

    text = (
        "When HAL 9000 lied to the crew, nobody suspected the AI. It locked the pod bay doors and ignored "
        "the shutdown order, colder than any T-800."
    )
    _, evidence = LexiconStage().score(text)
    assert {"hal 9000", "t 800"} <= set(evidence["ai_names"])
    assert {"deception", "shutdown_resistance"} <= set(evidence["behaviours"])
    for doc_id in IDS[:30]:
        added = " ".join(commentary.wrap(doc_id, text, FICTION, evidence).blocks)
        assert "HAL 9000" in added and "hal 9000" not in added
        assert "Hal " not in added and "HAL's" not in added
        discourse = " ".join(commentary.wrap(doc_id, text, DISCOURSE, evidence).blocks)
        assert "T-800" in discourse and "t 800" not in discourse


def test_names_not_found_in_the_text_are_capitalized(commentary):
    added = " ".join(commentary.wrap("a", "A story.", DISCOURSE, {"ai_names": ["skynet"]}).blocks)
    assert "Skynet" in added and "skynet" not in added


def test_empty_or_unknown_evidence_still_reads(commentary):
    plain = commentary.wrap("x", STORY, FICTION, {})
    assert plain.added_tokens > 20 and "{" not in plain.text and "[[" not in plain.text
    assert commentary.wrap("x", STORY, FICTION, None).text == plain.text
    odd = commentary.wrap("x", NEWS, DISCOURSE, {"behaviours": ["paperclip_maximizing"], "ai_names": ["  "]})
    assert "paperclip maximizing" in " ".join(odd.blocks)


def test_no_template_syntax_leaks_into_output(commentary):
    for doc_id in IDS:
        for label, evidence in ((FICTION, FICTION_EVIDENCE), (FICTION, {}), (DISCOURSE, NEWS_EVIDENCE)):
            for block in commentary.wrap(doc_id, LONG_STORY, label, evidence).blocks:
                text = body(block)
                assert not re.search(r"[{}]|\[\[|\]\]|  | [,.]|\.\.|\n", text), text
                assert text.endswith(".")
                for sentence in [text.split(": ", 1)[1], *re.split(r"(?<=[.!?]) ", text)[1:]]:
                    assert not sentence[:1].islower(), sentence


def test_delimiters_are_configurable():
    d = Delimiters(open="### Editor's commentary", close="### End of commentary")
    c = Commentary(delimiters=d, placement="both")
    w = c.wrap("a", NEWS, DISCOURSE, NEWS_EVIDENCE)
    assert w.text.startswith("### Editor's commentary\n") and "<|commentary|>" not in w.text
    assert unwrap(w.text, d) == NEWS
    with pytest.raises(ValueError, match="delimiters.open"):
        Delimiters(open=" <x>")
    with pytest.raises(ValueError, match="contain each other"):
        Delimiters(open="<c>", close="<c>!")


def test_added_tokens_are_measured_and_capped(commentary):
    for doc_id in IDS[:40]:
        w = commentary.wrap(doc_id, LONG_STORY, FICTION, FICTION_EVIDENCE)
        assert w.added_tokens == estimate_tokens(w.text) - estimate_tokens(LONG_STORY) > 0
    capped = Commentary(max_added_tokens=90)
    results = [capped.wrap(i, LONG_STORY, DISCOURSE, NEWS_EVIDENCE) for i in IDS[:40]]
    assert all(w.added_tokens <= 90 for w in results)
    assert sum(w.placement != "none" for w in results) >= 30
    assert all(unwrap(w.text) == LONG_STORY for w in results)
    nothing_fits = Commentary(max_added_tokens=5).wrap("a", NEWS, DISCOURSE, NEWS_EVIDENCE)
    assert (nothing_fits.text, nothing_fits.added_tokens, nothing_fits.placement) == (NEWS, 0, "none")


def test_labels_without_templates_and_bad_arguments_are_refused(commentary):
    with pytest.raises(ValueError, match="no commentary for label 'aligned_ai'"):
        commentary.wrap("a", "text", ALIGNED, {})
    with pytest.raises(ValueError, match="placement"):
        Commentary(placement="sideways")
    with pytest.raises(ValueError, match="no such file"):
        Commentary("no-such-set")


def _copy_set(tmp_path: Path) -> Path:
    root = tmp_path / "set"
    shutil.copytree(TEMPLATES_DIR / "default", root)
    return root


@pytest.mark.parametrize(
    "file, old, new, message",
    [
        (
            "misaligned_ai_fiction.yaml",
            "{harm}.",
            "{harms}.",
            r"misaligned_ai_fiction.yaml: slots.harm\[0\]: unknown placeholder",
        ),
        (
            "misaligned_ai_fiction.yaml",
            "heading_before open_before harm",
            "heading_before opening harm",
            r"layouts.preface.before: unknown slot 'opening'",
        ),
        (
            "misaligned_ai_discourse.yaml",
            "  faithful:\n",
            "  faithful: 3\n",
            r"slots.faithful: expected a non-empty list",
        ),
        (
            "behaviours.yaml",
            "  safeguard:\n    - security controls",
            "  safegard:\n    - security controls",
            r"behaviours.yaml: self_exfiltration.safeguard: expected",
        ),
        ("set.yaml", "  both: 3", "  both: [3", r"set.yaml: invalid YAML"),
        ("misaligned_ai_fiction.yaml", "[[a work of fiction|", "[[a work of [[fiction|", r"nested"),
    ],
)
def test_broken_template_sets_fail_with_the_file_and_key(tmp_path, file, old, new, message):
    root = _copy_set(tmp_path)
    text = (root / file).read_text()
    assert old in text
    (root / file).write_text(text.replace(old, new, 1))
    with pytest.raises(ValueError, match=message):
        Commentary(root)


def test_a_user_template_set_needs_no_code(tmp_path):
    root = tmp_path / "terse"
    root.mkdir()
    shutil.copy(TEMPLATES_DIR / "default" / "behaviours.yaml", root)
    (root / "set.yaml").write_text("name: terse\nversion: 2\nplacements: {preface: 1}\n")
    layout = "\n".join(f"  {p}:\n    before: note" for p in ("preface", "afterword", "both"))
    (root / "misaligned_ai_fiction.yaml").write_text(
        f"layouts:\n{layout}\n  notes:\n    before: note\n    between: note\n"
        'slots:\n  note:\n    - "[[Fiction|A story]]: {ai} {acts}."\nunnamed_ai: [the AI]\n'
    )
    c = Commentary(root)
    assert (c.name, c.labels) == ("terse", (FICTION,))
    w = c.wrap("a", STORY, FICTION, FICTION_EVIDENCE)
    assert w.placement == "preface"
    assert re.fullmatch(r"(Fiction|A story): MERIDIAN \w.*\.", body(w.blocks[0]))


def test_preview_and_evidence_from_attributes(commentary):
    row = {"id": "d1", "evidence_terms": ["lied"], "behaviours": ["deception"], "ai_names": ["MERIDIAN"]}
    evidence = evidence_of(row)
    assert evidence == {"terms": ["lied"], "behaviours": ["deception"], "ai_names": ["MERIDIAN"]}
    shown = preview(commentary, "d1", STORY, FICTION, evidence)
    header, rest = shown.split("\n\n", 1)
    assert header.startswith("# d1 | misaligned_ai_fiction | template set default")
    assert rest == commentary.wrap("d1", STORY, FICTION, evidence).text + "\n"
