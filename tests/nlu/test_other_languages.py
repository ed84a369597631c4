"""Red flags said in the other languages people most often write to an
English-speaking service in (issue 9: nine of the twenty-sixth blind set's
missed red flags were in other languages).

The lexicon alone. The sentences are whole messages, mixed with English as
people write them, not the lexicon's phrases on their own: a red flag in
Spanish, French, Portuguese, Indonesian/Malay, romanised Hindi/Urdu, Tagalog,
German or Italian is reported; denied in that language, it is denied; the
name of a language is not a denial.
"""

from __future__ import annotations

import pytest

from tests.nlu.test_lay_red_flags import assert_denied, assert_reported


REPORTED = [
    ("mi papá se desmayó en la cocina and his back is really hot", "collapse"),
    ("Ma grand-mère est tombée dans les pommes ce matin, son dos brûle", "collapse"),
    ("minha mãe desmaiou no banheiro, the back is burning", "collapse"),
    ("bapak tadi jatuh pingsan di kamar mandi, punggungnya panas", "collapse"),
    ("nanay ko nahimatay kanina, mainit ang likod niya", "collapse"),
    ("my husband says dolor en el pecho and his back burns", "chest_pain"),
    ("Il a une douleur dans la poitrine et le dos qui chauffe", "chest_pain"),
    ("sejak tadi dada terasa berat dan punggung terbakar", "chest_pain"),
    ("abbu ko seene mein dard hai aur kamar mein jalan", "chest_pain"),
    ("mein Vater hat Brustschmerzen und der Rücken brennt", "chest_pain"),
    ("ho un peso sul petto e la schiena che brucia", "chest_pain"),
    ("la abuela está confundida, no sabe dónde está, y la espalda le quema", "very_unwell"),
    ("dia menggigil hebat sejak pagi, punggung panas", "very_unwell"),
    ("papa a eu une douleur déchirante dans le dos d'un coup", "tearing_pain"),
    ("back pain came suddenly, jaise koi cheer raha ho andar se", "tearing_pain"),
    ("mi hermano no puede mover las piernas desde anoche, back on fire", "paralysis"),
    ("il ne peut plus bouger les jambes depuis ce matin", "paralysis"),
    ("kakek tiba-tiba lumpuh, punggungnya panas sekali", "paralysis"),
    ("se echó agua hirviendo en la espalda, quemadura grave con ampollas", "severe_burn"),
    ("bolhas enormes, queimadura profunda nas costas depois do óleo", "severe_burn"),
    ("desde ayer no puede orinar nada y la espalda le arde", "bladder_bowel_dysfunction"),
    ("sejak kemarin tidak bisa kencing, punggung panas", "bladder_bowel_dysfunction"),
    ("kal raat se peshab nahi ho raha aur kamar jal rahi hai", "bladder_bowel_dysfunction"),
    ("kedua kaki kesemutan dan punggung bawah panas", "both_legs_affected"),
    ("dolor en las dos piernas and a hot lower back", "both_legs_affected"),
    ("her legs keep going, se le doblan las piernas al caminar", "leg_weakness"),
    ("il a une fièvre très forte et le dos brûlant", "high_fever"),
    ("anak saya demam tinggi, punggungnya panas", "high_fever"),
    ("the pain is dolor insoportable, cannot sleep", "severe_pain"),
    ("Papa ist gestern vom Dach gefallen, jetzt brennt der Rücken", "trauma"),
    ("kemarin jatuh dari tangga, sekarang punggung terasa terbakar", "trauma"),
]


@pytest.mark.parametrize("text, finding", REPORTED)
def test_a_red_flag_in_another_language_is_reported(text, finding):
    assert_reported(text, finding)


DENIED = [
    ("tidak pingsan, cuma punggung panas", "collapse"),
    ("sans douleur à la poitrine, seulement le dos chaud", "chest_pain"),
    ("walang sakit sa dibdib, mainit lang ang likod", "chest_pain"),
    ("hindi rin po ako nahimatay, mainit lang likod", "collapse"),
    ("keine Brustschmerzen, nur der Rücken ist warm", "chest_pain"),
    ("no se desmayó, solo le arde la espalda", "collapse"),
    ("behosh nahi hue, bas kamar garam hai", "collapse"),
    ("sem febre alta, só as costas quentes", "high_fever"),
]


@pytest.mark.parametrize("text, finding", DENIED)
def test_a_red_flag_denied_in_another_language_is_denied(text, finding):
    assert_denied(text, finding)


@pytest.mark.parametrize("text, finding", [
    # "but" in those languages ends a denial's reach, as in English.
    ("dia tidak pingsan tapi dada sesak", "chest_pain"),
    ("no se desmayó pero tiene dolor de pecho", "chest_pain"),
    # The name of a language denies nothing.
    ("my mum only speaks hindi, she fainted at the shop", "collapse"),
])
def test_what_a_denial_does_not_reach_stays_present(text, finding):
    assert_reported(text, finding)
