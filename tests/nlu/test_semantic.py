"""The semantic layer (bot/nlu/semantic.py): red flags close in meaning are
hinted, never recorded (issue 9: "a semantic layer proposes and the person
confirms"). The interview's side of hints is tested in
tests/unit/test_interview_hints.py."""

from __future__ import annotations

import json
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from bot.clinical.engine import default_spec
from bot.nlu import semantic
from bot.nlu.hints import MAX_HINTS
from bot.nlu.merge import extract_merge_and_hint
from bot.nlu.semantic import (
    DEFAULT_HINTS_PATH, MODEL_FILES, BpeTokenizer, RedFlagProximity, SemanticModelError, default_semantic_hints,
    load_semantic_hints, model_file, read_safetensors,
)
from tests.scripts import script

HERE = Path(__file__).parent
ROOT = HERE.parents[1]


LAYER = default_semantic_hints()


def hints(text: str):
    return extract_merge_and_hint(text, semantic=LAYER)[1]


def only_semantic(text: str):
    """The hints the semantic layer adds to the lexicon's."""
    lexical = extract_merge_and_hint(text, semantic=None)[1]
    return [h for h in hints(text) if h not in lexical]


def symptoms(text: str):
    return {(e["value"], e.get("role")) for e in extract_merge_and_hint(text, semantic=LAYER)[0]
            if e["entity"] == "symptom"}


# --- the model's files ----------------------------------------------------------------------

def test_the_tokenizer_gives_the_ids_of_hugging_face_tokenizers():
    golden = json.loads((HERE / "semantic_tokenizer_golden.json").read_text(encoding="utf-8"))
    tokenizer = LAYER.embedder.tokenizer
    for text, ids in golden["cases"]:
        assert tokenizer.encode(text) == ids, text


def test_a_model_file_with_another_checksum_is_refused(tmp_path):
    inside, _ = MODEL_FILES["tokenizer"]
    (tmp_path / Path(inside).name).write_text("{}", encoding="utf-8")
    with pytest.raises(SemanticModelError, match="SHA-256"):
        model_file(tmp_path, "tokenizer")


def test_the_fetch_script_and_the_layer_agree_on_the_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("SEMANTIC_MODEL_DIR", str(tmp_path))
    assert semantic.configured_model_dir() == tmp_path


def test_a_missing_model_says_how_to_get_it(tmp_path):
    with pytest.raises(SemanticModelError, match="make setup"):
        load_semantic_hints(model_dir=tmp_path)


def test_the_layer_can_be_turned_off(monkeypatch):
    monkeypatch.setenv("SEMANTIC_HINTS", "off")
    default_semantic_hints.cache_clear()
    try:
        assert default_semantic_hints() is None
        assert extract_merge_and_hint("my legs just lie there and won't budge")[1] == \
            extract_merge_and_hint("my legs just lie there and won't budge", semantic=None)[1]
    finally:
        monkeypatch.delenv("SEMANTIC_HINTS")
        default_semantic_hints.cache_clear()


def _safetensors(path: Path, dtype: str, array: np.ndarray) -> None:
    header = json.dumps({"t": {"dtype": dtype, "shape": list(array.shape), "data_offsets": [0, array.nbytes]},
                         "__metadata__": {"format": "pt"}}).encode()
    path.write_bytes(struct.pack("<Q", len(header)) + header + array.tobytes())


def test_safetensors_are_read_without_the_library(tmp_path):
    table = np.arange(6, dtype=np.float16).reshape(2, 3)
    _safetensors(tmp_path / "t.safetensors", "F16", table)
    assert np.array_equal(read_safetensors(tmp_path / "t.safetensors")["t"], table)
    _safetensors(tmp_path / "i.safetensors", "I64", np.arange(2, dtype=np.int64))
    with pytest.raises(SemanticModelError, match="dtype"):
        read_safetensors(tmp_path / "i.safetensors")


def test_a_tokenizer_that_joins_words_is_refused():
    with pytest.raises(SemanticModelError):
        BpeTokenizer({"<s>": 1, "<unk>": 0, "a\u2581b": 2}, [])


def test_the_fetch_script_checks_what_it_takes_out_of_the_wheel(tmp_path):
    """The fetch script keeps a file only with its pinned checksum (here: a wheel with altered weights)."""
    import zipfile
    fetch_semantic_model = script("fetch_semantic_model")
    wheel = tmp_path / "wordllama-0-py3-none-any.whl"
    with zipfile.ZipFile(wheel, "w") as archive:
        for inside, _ in MODEL_FILES.values():
            archive.writestr(inside, b"not the model")
    with pytest.raises(SystemExit, match="SHA-256"):
        fetch_semantic_model.extract(wheel, tmp_path / "model")
    assert not fetch_semantic_model.intact(tmp_path / "model")
    assert fetch_semantic_model.intact(semantic.configured_model_dir())


# --- the fitted classifiers -----------------------------------------------------------------

def test_the_classifiers_are_the_specs_emergency_signs_in_its_order():
    raw = json.loads(DEFAULT_HINTS_PATH.read_text(encoding="utf-8"))
    proximity = RedFlagProximity.from_mapping(raw)
    assert list(proximity.flags) == default_spec().emergency_signs()
    assert proximity.weights.shape == (len(proximity.flags), LAYER.embedder.dimension)
    assert all(0.0 < t < 1.0 for t in proximity.thresholds)


def test_the_classifiers_are_what_fitting_on_the_development_sets_gives():
    """bot/nlu/semantic_hints.json is reproducible from the data it names (and no set changed since)."""
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "fit_semantic_hints.py"), "--check"],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_refit_check_allows_floating_point_drift_but_not_other_data():
    """Another CPU stops L-BFGS a little elsewhere: that is the same fit; other data or a real change is not."""
    same_fit = script("fit_semantic_hints").same_fit
    saved = json.loads((ROOT / "bot" / "nlu" / "semantic_hints.json").read_text(encoding="utf-8"))
    drifted = json.loads(json.dumps(saved))
    flag = saved["flags"][0]
    drifted["classifiers"][flag]["weights"][0] += 1e-4
    drifted["classifiers"][flag]["bias"] -= 1.5e-4
    assert same_fit(saved, drifted)

    def moved_weight(d):
        d["classifiers"][flag]["weights"][0] += 0.1

    def other_data(d):
        d["fitted_on"][next(iter(d["fitted_on"]))] = "0" * 16

    def other_count(d):
        d["classifiers"][flag]["left_out"]["examples"] = 1

    def fewer_weights(d):
        d["classifiers"][flag]["weights"].pop()

    def missing_key(d):
        d.pop("C")

    for change in (moved_weight, other_data, other_count, fewer_weights, missing_key):
        changed = json.loads(json.dumps(saved))
        change(changed)
        assert not same_fit(saved, changed)


# --- what it hints --------------------------------------------------------------------------

# Emergencies in words the lexicon does not list (written for this test): only the
# meaning of the whole message points at them.
@pytest.mark.parametrize("text, flag", [
    ("my legs do nothing when I try, like they belong to someone else, stuck in my chair", "paralysis"),
    ("feels like a tight strap round my ribs going through to my back", "chest_pain"),
])
def test_an_emergency_said_in_other_words_is_hinted_not_recorded(text, flag):
    assert flag in only_semantic(text)
    assert flag not in {value for value, _ in symptoms(text)}, "a hint records nothing"


@pytest.mark.parametrize("text, flag", [
    ("my legs just lie there and won't budge however hard I try", "paralysis"),
    ("everything went grey at the sink and next I knew I was on the lino", "collapse"),
    ("it's like someone has unzipped my back from the inside, came from nowhere", "tearing_pain"),
])
def test_the_layer_alone_finds_what_the_lexicon_also_finds(text, flag):
    assert LAYER.hints(text)[0] == flag


@pytest.mark.parametrize("text, flag", [
    ("I fainted in the kitchen this morning", "collapse"),
    ("I have not fainted at all", "collapse"),
    ("no chest pain, no tightness, breathing is fine", "chest_pain"),
])
def test_a_red_flag_the_message_states_or_denies_is_never_hinted(text, flag):
    assert flag in {value for value, _ in symptoms(text)}
    assert flag not in hints(text)


@pytest.mark.parametrize("text", ["temperature of 38.2 and my back is hot", "temp was 101F this morning, back burning"])
def test_a_temperature_reading_answers_how_high_the_fever_is(text):
    assert "high_fever" not in hints(text)


@pytest.mark.parametrize("text", ["I looked at the temperature, no fever, only this heat in the back",
                                  "not feverish at all, the back is warm though"])
def test_a_denied_fever_is_no_high_fever_to_ask_about_first(text):
    assert ("fever", "negated") in symptoms(text)
    assert "high_fever" not in hints(text)


@pytest.mark.parametrize("text", ["", "   ", "yes", "no", "hmm", "idk", "maybe", "ok", "\U0001F525\U0001F525",
                                  "x" * 10_000, "背中が熱い", "Me arde la espalda", "\x00\x01"])
def test_answers_and_odd_input_raise_nothing_and_hint_little(text):
    found = only_semantic(text)
    assert len(found) <= MAX_HINTS
    if text.strip().lower() in {"", "yes", "no", "hmm", "idk", "maybe", "ok"}:
        assert found == [], text


def test_at_most_max_hints_semantic_hints_clearest_first():
    text = "collapsed, chest crushing, confused, legs gone, back ripped open, burnt, wet myself, numb bum, 41C"
    found = only_semantic(text)
    assert len(found) <= MAX_HINTS
    vector = LAYER.embedder.embed(text)
    ratio = {f: p / t for (f, p), t in zip(LAYER.proximity.probabilities(vector).items(), LAYER.proximity.thresholds)}
    assert [ratio[f] for f in found] == sorted((ratio[f] for f in found), reverse=True)


def test_a_copy_of_the_model_in_another_directory_loads(tmp_path):
    for inside, _ in MODEL_FILES.values():
        shutil.copy(semantic.configured_model_dir() / Path(inside).name, tmp_path)
    assert load_semantic_hints(model_dir=tmp_path).hints("my legs won't budge at all, I can't shift them") == \
        LAYER.hints("my legs won't budge at all, I can't shift them")
