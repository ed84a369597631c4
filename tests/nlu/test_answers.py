"""Clear yes / no / don't know (bot/nlu/answers.py and the StrictAnswerReader component).

The sentences below were written as people answer a yes/no question in chat,
not from the word lists; the ones that are not a clear answer must never be
read as yes or no, whatever the intent classifier says.
"""

from __future__ import annotations

import pytest
from rasa.shared.nlu.constants import INTENT, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.nlu.answers import AFFIRM, DENY, DONT_KNOW, AnswerWords, FreeAnswers, _one_edit_apart, free_answers
from bot.nlu.components import StrictAnswerReader
from bot.nlu.lexicon import default_lexicon

WORDS = AnswerWords.from_raw(default_lexicon().raw["answers"])

CLEAR = {
    AFFIRM: ["yes", "Yes.", "yeah", "yep, I do", "yes I have", "Yeah I have unfortunately", "yup",
             "yes, one of those", "I do", "sure", "yes I did, yesterday", "yess", "Yeah, sadly",
             "definately", "YES", "yes please", "i'm afraid so", "mhm", "uh huh",
             # Thirteenth round: other varieties and languages, and the assistant addressed.
             "yes doctor", "Yes ma'am", "haan ji", "ji haan", "si", "oui", "nah yeah", "that's correct, nurse",
             # Fifteenth round: Singlish particles, Swahili, Tagalog, British "defo", a name for the assistant.
             "yes lah", "ya lor", "ndiyo", "opo", "defo", "afraid so", "yes pet"],
    DENY: ["no", "No.", "nope", "no, not really", "not that I know of", "none of those",
           "no, none of them", "nope, nothing like that", "nah", "I do not", "I haven't",
           "no thanks", "not at all", "none", "No I don't have any of those", "nothing else",
           "neither", "nope!", "noo", "haven't had any of them",
           "no doctor", "No madam", "nahi", "nahin ji", "nae", "nein", "yeah nah", "nah mate",
           "no lah", "eh no", "not at all bud", "hapana", "hindi po", "defo not", "no way", "of course not",
           "'fraid not"],
    DONT_KNOW: ["I don't know", "not sure, honestly", "no idea", "idk", "dunno", "maybe", "I'm not sure",
                "can't remember", "not sure really", "hard to say", "perhaps", "\U0001F937", "\U0001F937 dunno"],
}
NOT_CLEAR = [
    "hmm", "hmmm", "um", "well...", "my back, you know", "Hola, ¿me puede ayudar? No entiendo bien el inglés.",
    "No entiendo", "yes no", "so", "what do you mean?", "why?", "ok", "Yes, a fever", "no but my legs feel weak",
    "", "   ", "\U0001F44D", "is that bad?", "not sure what you mean by band", "no, it's more of an ache",
    "yes and it burns when I pee", "doctor", "please", "ha ha", "hmm doctor", "yes nahi",
    # A thumbs up or down may be "ok" or "that's bad": unclear. Particles alone are not answers.
    "\U0001F44E", "\u274C", "\u2705", "lah", "eh", "o", "yes hapana",
]


@pytest.mark.parametrize("kind, text", [(k, t) for k, texts in CLEAR.items() for t in texts])
def test_clear_answers_are_read(kind, text):
    assert WORDS.read(text) == kind


@pytest.mark.parametrize("text", NOT_CLEAR)
def test_anything_else_is_not_a_clear_answer(text):
    assert WORDS.read(text) is None


@pytest.mark.parametrize("a, b, close", [
    ("yeah", "yeha", True), ("nope", "noep", True), ("nope", "nopes", True), ("yeah", "yea", True),
    ("nope", "rope", True), ("yeah", "yellow", False), ("nope", "hope me", False), ("no", "so", True),
])
def test_one_edit_apart(a, b, close):
    assert _one_edit_apart(a, b) is close


@pytest.mark.parametrize("text", ["hope", "rope", "yellow", "note", "nose"])
def test_a_word_near_an_answer_word_but_not_a_typo_of_it_is_not_an_answer(text):
    assert WORDS.read(text) is None


def test_short_words_need_the_exact_spelling():
    assert WORDS.read("so") is None and WORDS.read("ni") is None, "'no' and 'so' are one edit apart"


def test_missing_word_lists_are_an_error():
    with pytest.raises(ValueError, match="missing"):
        AnswerWords.from_raw({"affirm": ["yes"]})


def _message(text: str, intent: str, confidence: float = 0.93) -> Message:
    message = Message(data={TEXT: text})
    message.set(INTENT, {"name": intent, "confidence": confidence})
    return message


@pytest.fixture(scope="module")
def reader() -> StrictAnswerReader:
    return StrictAnswerReader({})


@pytest.mark.parametrize("text, classified, expected", [
    ("hmm", "affirm", "nlu_fallback"),  # hesitation is never yes
    ("No entiendo", "deny", "nlu_fallback"),
    ("yes", "out_of_scope", "affirm"),  # a clear yes is yes whatever the classifier said
    ("nope", "nlu_fallback", "deny"),
    ("no idea", "deny", "dont_know"),
    ("my back burns since Tuesday", "inform", "inform"),  # not an answer word: left alone
    ("can I talk to a person", "request_human", "request_human"),
    ("Yes, a fever", "affirm", "affirm"),  # a yes in known words stands; the entity carries the finding
    ("Hola, ¿me puede ayudar? No entiendo bien el inglés.", "deny", "nlu_fallback"),  # a question, another language
    ("no sé", "deny", "nlu_fallback"),
    ("nope, it's never been like this", "deny", "deny"),
    ("I wouldn't say so", "deny", "deny"),
    ("definitely not", "affirm", "deny"),
    ("yes I have none", "affirm", "nlu_fallback"),  # yes and no at once
    ("yes the burning goes round to my tummy", "affirm", "affirm"),  # known words: the yes stands
    ("yes thingy whatsit doodah", "affirm", "nlu_fallback"),  # mostly unknown words
])
def test_the_component_reads_yes_and_no_strictly(reader, text, classified, expected):
    (message,) = reader.process([_message(text, classified)])
    assert message.get(INTENT)["name"] == expected


# ------------------------------------------------- free answers (lexicon `free_answers`)


def test_free_answer_choices_come_from_the_lexicon_in_order():
    words = FreeAnswers.from_raw({
        "choices": {"activity_effect": {"worse_at_rest": ["lying down"], "worse_with_movement": ["walk*"]}},
        "medicines": {"no": ["none"], "filler": ["none", "i", "take", "daily"]},
    })
    assert words.choice("activity_effect", "worse when I'm walking about") == "worse_with_movement"
    assert words.choice("activity_effect", "worst lying down, better when I walk") == "worse_at_rest"
    assert words.choice("activity_effect", "no idea") is None
    assert words.choice("localized", "lying down") is None  # no table for it here
    assert words.says_no_medicines("none") and not words.says_no_medicines("none except ramipril")
    assert words.medicine_name_as_written("I take Ramipril daily") == "Ramipril"


@pytest.mark.parametrize("finding, text, choice", [
    ("activity_effect", "it's worse when I bend over", "worse_with_movement"),
    ("activity_effect", "worst at night in bed", "worse_at_rest"),
    ("activity_effect", "it doesn't matter what I do", "no_change"),
    ("localized", "it's spread right across", "widespread"),
    ("localized", "just one spot", "one_spot"),
])
def test_free_answer_choices_of_the_lexicon(finding, text, choice):
    assert free_answers().choice(finding, text) == choice


def test_free_answer_medicines_of_the_lexicon():
    words = free_answers()
    assert words.says_no_medicines("nothing regular") and words.says_no_medicines("I don’t take any")
    assert not words.says_no_medicines("no, just warfarin")
    assert words.medicine_name_as_written("I take metformin and ramipril daily") == "metformin and ramipril"
    assert words.medicine_name_as_written("just tablets every day") == ""
