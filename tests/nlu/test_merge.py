"""The merger of lexicon and DIET entities, and the Rasa components, without training."""

from __future__ import annotations

from bot.nlu.extractor import analyse
from bot.nlu.merge import merge_entities

LEX = "LexiconEntityExtractor"


def lexicon_entities(text):
    analysis = analyse(text)
    return [dict(e, extractor=LEX) for e in analysis.entities], analysis.suppressed


def diet(entity, value, text, words, role=None, confidence=0.99):
    start = text.index(words)
    e = {"entity": entity, "value": value, "start": start, "end": start + len(words),
         "extractor": "DIETClassifier", "confidence_entity": confidence}
    if role:
        e["role"] = role
        e["confidence_role"] = 0.9
    return e


def merged(text, *diet_entities, **kw):
    lex, suppressed = lexicon_entities(text)
    return merge_entities(text, list(diet_entities) + lex, suppressed=suppressed, **kw)


def test_lexicon_wins_on_overlap():
    text = "no fever but my back burns"
    out = merged(text, diet("symptom", "fever", text, "fever"), diet("sensation", "burns", text, "back burns"))
    assert [(e["entity"], e["value"], e.get("role"), e["extractor"]) for e in out] == [
        ("symptom", "fever", "negated", LEX), ("sensation", "burning", None, LEX)]


def test_diet_entities_outside_the_lexicon_are_kept_with_canonical_values():
    text = "my back is burnign"
    out = merged(text, diet("sensation", "burnign", text, "burnign"))
    assert [(e["entity"], e["value"]) for e in out] == [("sensation", "burning")]
    text = "the lumbar bit is scorchy"
    out = merged(text, diet("body_location", "lumbar bit", text, "lumbar bit"))
    assert [(e["entity"], e["value"]) for e in out] == [("body_location", "lower_back")]


def test_non_canonical_diet_values_are_dropped():
    text = "my back is strange"
    assert merged(text, diet("body_location", "back", text, "back")) == []
    assert merged(text, diet("symptom", "strange", text, "strange")) == []


def test_diet_role_present_is_removed_and_negated_kept():
    text = "burnign yes, no feavr"
    out = merged(text, diet("sensation", "burning", text, "burnign", role="present"),
                 diet("symptom", "fever", text, "feavr", role="negated"))
    assert [(e["value"], e.get("role")) for e in out] == [("burning", None), ("fever", "negated")]


def test_duplicates_are_removed():
    text = "fever and chills"
    out = merged(text)
    assert [(e["entity"], e["value"]) for e in out] == [("symptom", "fever")]


def test_diet_durations_must_name_a_time():
    text = "pins and needles in both feet and a burning back"
    assert not any(e["entity"] == "duration" for e in merged(text, diet("duration", "a", text, " a ".strip())))
    text = "for a fortnite now"
    out = merged(text, diet("duration", "a fortnite now", text, "a fortnite now"))
    assert out == []
    text = "about 3 wks"
    out = merged(text, diet("duration", "3 wks", text, "3 wks"))
    assert [e["value"] for e in out if e["entity"] == "duration"] == ["3 wks"]


def test_uncertain_mentions_suppress_diet():
    text = "I'm not sure if I have a fever"
    assert merged(text, diet("symptom", "fever", text, "fever")) == []


def test_low_confidence_diet_entities_can_be_dropped():
    # (Not "burnign": the lexicon reads that typo itself now, bot/nlu/typos.py.)
    text = "my back is scorchy"
    assert merged(text, diet("sensation", "burning", text, "scorchy", confidence=0.3), min_confidence=0.5) == []
    assert merged(text, diet("sensation", "burning", text, "scorchy", confidence=0.9), min_confidence=0.5) != []


def test_other_entities_pass_through():
    text = "whatever"
    answer = {"entity": "answer", "value": "present", "start": 0, "end": 0, "extractor": "RegexMessageHandler"}
    assert merged(text, answer) == [answer]


def test_rasa_components_process_messages():
    from rasa.shared.nlu.training_data.message import Message

    from bot.nlu.components import LexiconEntityExtractor

    extractor = LexiconEntityExtractor({})
    text = "no fever, lower back burnin"
    message = Message({"text": text, "entities": [diet("symptom", "fever", text, "fever")]})
    extractor.process([message])
    got = [(e["entity"], e["value"], e.get("role"), e["extractor"]) for e in message.get("entities")]
    assert got == [("symptom", "fever", "negated", LEX), ("body_location", "lower_back", None, LEX),
                   ("sensation", "burning", None, LEX)]
    assert "entities" in message.output_properties


def test_the_component_analyses_the_text_once(monkeypatch):
    """Lexicon entities and DIET's negation come from one analysis of the message."""
    from rasa.shared.nlu.training_data.message import Message

    from bot.nlu.components import LexiconEntityExtractor

    extractor = LexiconEntityExtractor({})
    calls = []
    analyse_once = extractor.matcher.analyse
    monkeypatch.setattr(extractor.matcher, "analyse", lambda *a, **k: calls.append(a) or analyse_once(*a, **k))
    text = "burning betwen my shoulder blades, no rash, no feavr"
    message = Message({"text": text, "entities": [diet("symptom", "feavr", text, "feavr")]})
    extractor.process([message])
    # (DIET's own words may be looked up alone, to find their canonical value.)
    assert [a[0] for a in calls].count(text) == 1
    got = [(e["entity"], e["value"], e.get("role")) for e in message.get("entities")]
    assert ("symptom", "fever", "negated") in got and ("sensation", "burning", None) in got
    two_pass = merged(text, diet("symptom", "feavr", text, "feavr"))
    assert got == [(e["entity"], e["value"], e.get("role")) for e in two_pass]


def test_context_rules_decide_negation_of_diet_mentions():
    text = "burning betwen my shoulder blades, no rash, no feavr"
    out = merged(text, diet("symptom", "feavr", text, "feavr"))  # DIET: no role
    assert ("symptom", "fever", "negated") in [(e["entity"], e["value"], e.get("role")) for e in out]
    text = "I'm not sure if I have a feavr"
    assert merged(text, diet("symptom", "feavr", text, "feavr")) == []


def test_real_words_are_not_fuzzy_matched():
    text = "no problems peeing"
    assert merged(text, diet("symptom", "peeing", text, "peeing")) == []
