"""Messages in a language the assistant does not read (bot/nlu/language.py).

Sentences of my own in each language the lexicon names, English ones in many
voices (dialect, text speak, mixed with another language) that must stay
English, and the section's own checks."""

from __future__ import annotations

import pytest

from bot.nlu.language import LanguageMarkers, LanguagesError, default_markers, other_language


@pytest.mark.parametrize("text, language", [
    ("Hola, tengo la espalda muy caliente desde hace tres días y me duele", "Spanish"),
    ("Bonjour, j'ai le dos qui brûle depuis lundi et je suis très inquiète", "French"),
    ("Olá, eu tenho uma dor nas costas que queima desde ontem", "Portuguese"),
    ("Selamat pagi, punggung saya terasa panas sejak kemarin sore", "Indonesian or Malay"),
    ("Mujhe kal se peeth mein bahut jalan ho rahi hai", "Hindi or Urdu"),
    ("Masakit at mainit ang likod ko simula kanina po", "Tagalog"),
    ("Mein Rücken brennt seit gestern und es tut sehr weh", "German"),
    ("Ho la schiena che brucia da ieri, il dolore è molto forte", "Italian"),
])
def test_a_message_in_another_language_is_told_apart(text, language):
    assert other_language(text) == language


@pytest.mark.parametrize("text", [
    "my back is burning since yesterday",
    "da left one an da right one both tingly, back hot",
    "Mi esposo se cayó del techo, now his back is burning and he can't stand",
    "ma back's been roasting since Tuesday an a dinnae ken why",
    "burning low back 3 days",
    "yes", "no", "hmm", "la la la", "ho ho ho", "",
    "Papa's back, he says 'bahut dard hai', is burning since the morning and he is sweating",
])
def test_english_mixed_or_too_short_is_not_another_language(text):
    assert other_language(text) is None


def test_no_word_is_both_english_and_another_languages():
    markers = default_markers()
    for name, words in markers.others.items():
        assert not words & markers.english, name


def test_a_word_in_both_lists_is_refused():
    with pytest.raises(LanguagesError):
        LanguageMarkers.from_raw({"english": ["the"], "others": {"X": ["the", "zzz"]}})
