"""Red flags said in lay words, their denials and their look-alikes (issue 9).

The lexicon alone (bot/nlu: phrases, compositions, typos), no model. The
sentences here are not those of the dev sets (tests/nlu/lay_dev.yml,
lay_dev2.yml): they check that the word classes generalise. A denial must
never report its red flag present ("no numbness down there", "I can pee
fine"), and a look-alike must never report an emergency sign ("the baby wet
the bed", "I tore my hamstring").

The last tests score the dev sets with the lexicon alone and hold the
red-flag recall, the false-emergency rate and the denials at what they are
now, so a lexicon change that loses recall fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.clinical.engine import default_spec
from bot.nlu import extract
from bot.nlu.evaluation import evaluate, load_heldout
from bot.nlu.merge import extract_merge_and_hint

ROOT = Path(__file__).resolve().parents[2]


def symptoms(text):
    """{(finding, negated)} of the symptoms of `text`."""
    return {(e["value"], e.get("role") == "negated") for e in extract(text) if e["entity"] == "symptom"}


def assert_reported(text, finding):
    """`finding` reported present for `text`."""
    got = symptoms(text)
    assert (finding, False) in got, f"{text!r}: {finding} not reported present: {sorted(got)}"


def assert_denied(text, finding):
    """`finding` reported denied for `text`, and not present."""
    got = symptoms(text)
    assert (finding, False) not in got, f"{text!r}: {finding} reported present, got {sorted(got)}"
    assert (finding, True) in got, f"{text!r}: expected {finding} denied, got {sorted(got)}"


PRESENT = [
    # Forty-third round (lay_final42 after its blind scoring, its misses), in other words.
    ('I was at the sink, it all went fuzzy and silver and I woke up crumpled against the bath '
     'panel, back burning', 'collapse'),
    ('felt all floaty on the jetty and next thing I was lying on the boards with a gull looking '
     'at me, back hot', 'collapse'),
    ('my daughter has a purple lace-like mottled pattern spreading on her thighs and her back is hot', 'very_unwell'),
    ('grandad keeps asking what day it is over and over though I told him, his back feels hot', 'very_unwell'),
    ("she's turned a dusky blue-grey around the lips and her back is burning", 'very_unwell'),
    ("he can't stop shuddering, violently, even under two duvets, and his back is on fire", 'very_unwell'),
    ('out of nowhere something across my spine tore like wet cardboard, now my mid back is burning', 'tearing_pain'),
    ('it felt like a bedsheet being ripped down the middle of my back, then the heat came', 'tearing_pain'),
    ("my back went like a cable snapping, sudden, and it's roasting low down", 'tearing_pain'),
    ('like my spine was being pulled apart, came from nowhere, back is hot', 'tearing_pain'),
    ('the drain unblocker spat up and soaked my shirt, now my back has gone raw and blistered', 'severe_burn'),
    ("the chip pan of hot fat tipped onto my back, a huge area has come up in blisters, it's weeping", 'severe_burn'),
    ("a heartburn in my chest I've never had before in my life and my back is warm", 'chest_pain'),
    ('dad has to stop and catch his breath just going up three stairs, his back is burning', 'chest_pain'),
    ("he genuinely can't move his legs, I had him push on my hands and there was nothing, back hot", 'paralysis'),
    ('I was desperate for a wee and stood there ages but nothing would come, back '
     'burning', 'bladder_bowel_dysfunction'),
    ('nothing down there will work with my wife since this started, back hot low down', 'bladder_bowel_dysfunction'),
    ('I wet the bed last night stone cold sober, not done that since I was little, back '
     'hot', 'bladder_bowel_dysfunction'),
    ('my bladder just gave way in the shop with no warning, back is burning', 'bladder_bowel_dysfunction'),
    ("I've been peeing in a trickle since Monday and the small of my back is hot", 'bladder_bowel_dysfunction'),
    ("I don't feel the need to pee at all now, only find my pants are wet, back warm", 'bladder_bowel_dysfunction'),
    ('the thermometer is flashing red at 103.8 and my back is hot', 'high_fever'),
    ("I've been pacing up and down all night, can't sit or lie, my back burns", 'severe_pain'),
    ('the burning has gone off the scale, a 9 at least, back between the shoulders', 'severe_pain'),
    ("the heat in my back is now a pain I'd put at 9", 'severe_pain'),
    ('the cow pinned me against the gate and crushed me into the rail, my back has burned since', 'trauma'),
    ('a big wave threw me along the deck and I slammed my back into the railing, hot there today', 'trauma'),
    ("I can't trust my legs at all, they keep giving out on me, back hot", 'leg_weakness'),
    ('my inner thighs and groin feel like rubber when I touch them, back burning', 'saddle_numbness'),
    # Forty-second round (lay_cases_final42 after its blind scoring: its one first-message emergency that was asked
    # first, not escalated), in other words.
    ("he was on the stepladder doing the gutter and came clean off the top onto the drive, back hot", "trauma"),
    ("the pony bolted at the gate and I landed hard on my back in the yard, burning since", "trauma"),
    # Forty-second round (lay_final41 after its blind scoring, its misses), in other words.
    ("I blacked out in the kitchen and came to a few minutes later on the tiles, back burning", "collapse"),
    ("she went out like a light at the sink and woke up on the floor, back hot", "collapse"),
    ("he hasn't needed a wee since yesterday dinner time, back warm", "very_unwell"),
    ("I haven't passed any urine since 9pm yesterday, my back is hot", "very_unwell"),
    ("my mum just can't stay awake, she nods off mid-sentence, back burning", "very_unwell"),
    ("the dipstick test from the chemist showed blood, back warm on the left", "urinary_symptoms"),
    ("my pee is cloudy and it stings coming out, back hot", "urinary_symptoms"),
    ("it felt like my guts were being pulled apart, right through to my back", "tearing_pain"),
    ("like meat being torn off the bone in my back, burning since", "tearing_pain"),
    ("my legs are dead weights, I can't even get them to move, back burning", "paralysis"),
    ("boiling oil splashed his back and the blisters have all merged together", "severe_burn"),
    ("her nightie caught fire at the fireplace and her back is red raw", "severe_burn"),
    ("mi culo esta dormido since this morning, back hot", "saddle_numbness"),
    ("I can't feel a thing when I sit on the loo, back warm", "saddle_numbness"),
    ("my right leg won't take my weight on the stairs, back hot", "leg_weakness"),
    ("my foot slaps down on the pavement and I can't lift the toes up, back burning", "leg_weakness"),
    ("grandad's legs won't work properly since lunch, back warm", "leg_weakness"),
    ("I tried to wee but couldn't get a stream going, back burning", "bladder_bowel_dysfunction"),
    ("my calves hurt all the way down, on both sides, back warm", "both_legs_affected"),
    ("Mum, you told me the tingling goes down both your legs, and your back is warm", "leg_numbness"),
    # Fortieth round (lay_final40 after its blind scoring, its misses), in other words.
    ("he went out like a light in the queue for maybe ten seconds, back burning", "collapse"),
    ("she fell in the hall, out for about thirty seconds, back hot", "collapse"),
    ("the whole room went swimmy and I had to sit on the floor, back warm", "collapse"),
    ("his breathing is ever so fast even sat in his chair, back hot", "very_unwell"),
    ("he's asked me what day it is three times since lunch, back hot", "very_unwell"),
    ("neither of my legs will move this morning, back hot", "paralysis"),
    ("her bottom feels like it's been given an anaesthetic jab, back warm", "saddle_numbness"),
    ("the pain is the worst of my life, back burning", "severe_pain"),
    ("it's pain I just can't bear, back on fire", "severe_pain"),
    ("I'm needing the toilet constantly and my back burns", "urinary_symptoms"),
    # (lay_cases_final40, its over-triaged conversation: knees that fold, legs "not listening".)
    ("her knees keep buckling on the stairs and her legs aren't listening, back hot", "leg_weakness"),
    # Thirty-ninth round (lay_final39 after its blind scoring, its misses), in other words.
    ("grandma's back is hot and she's just not with it tonight, back burning", "very_unwell"),
    ("she's totally not with it, back warm since Monday", "very_unwell"),
    ("he collapsed at the bus stop and was out for a few seconds, back burning", "collapse"),
    ("got a shock from the old toaster wire and there's a burn on her back now", "severe_burn"),
    ("he was electrocuted fixing the light and has burns on his back", "severe_burn"),
    ("she wet herself at the shops and didn't even notice, back hot", "bladder_bowel_dysfunction"),
    ("nothing is working in that department since Tuesday, back burning", "bladder_bowel_dysfunction"),
    ("he can't feel where he sits, back warm", "saddle_numbness"),
    ("her bum and the inner thighs have gone numb, back hot", "saddle_numbness"),
    ("my sciatic down both legs is new, back burning", "both_legs_affected"),
    ("she's dropped about a stone and isn't even dieting, back warm", "weight_loss"),
    ("my back is burning and I rate it a 9", "severe_pain"),
    ("she called the pain 'a 10, the worst she has had', back hot", "severe_pain"),
    ("a plank slid off the scaffold and struck him, back burning", "trauma"),
    ("he caught an elbow straight into his back at football, hot there now", "trauma"),
    ("my son was knocked down by a speeding van, back burning", "trauma"),
    ("there is red in his catheter bag today, back warm", "urinary_symptoms"),
    ("she got a zap off the kettle plug and now there's a burn on her lower back", "severe_burn"),
    ("he pissed himself in the queue and didn't even notice, back warm", "bladder_bowel_dysfunction"),
    ("she can't feel the part she sits on, back hot", "saddle_numbness"),
    ("I have sciatic in both sides now and my back is hot", "both_legs_affected"),
    ("he rates it an 8 and his back burns", "severe_pain"),
    ("he copped a boot in his back at rugby and it's hot now", "trauma"),
    # Thirty-sixth round (lay_final36 after its blind scoring, its misses and asked-first misses), in other words.
    ("she says she feels like she'll pass out, back burning", "collapse"),
    ("he only came round when we splashed water on him, back hot", "collapse"),
    ("he can't get his breath at all, back hot between the shoulders", "chest_pain"),
    ("she has to stop for air after every few words, back burning", "chest_pain"),
    ("her arms have gone all marbled and purple, back warm", "very_unwell"),
    ("his fingertips have a bluish tinge, back hot", "very_unwell"),
    ("she is breathing really really fast, back burning", "very_unwell"),
    ("he opens his eyes for a moment then drops off again, back warm", "very_unwell"),
    ("I can barely rouse her this morning, back hot", "very_unwell"),
    ("grandad nods off in the middle of his dinner, back warm", "very_unwell"),
    ("he's so confusd today, back burning", "very_unwell"),
    ("he said it was like a plaster being ripped off, but inside, back burning now", "tearing_pain"),
    ("there's a burn right across his entire back and it's weeping", "severe_burn"),
    ("lots of blisters on her back, huge ones, it burns", "severe_burn"),
    ("he doesn't feel when his bladder is full any more, back warm", "bladder_bowel_dysfunction"),
    ("she can't get her wee started however long she sits, back hot", "bladder_bowel_dysfunction"),
    ("he wet his trousers in the chair without noticing, back burning", "bladder_bowel_dysfunction"),
    ("desperate for a pee but nothing will come, back burning", "bladder_bowel_dysfunction"),
    ("been trying to pee for twenty minutes and can't, back hot", "bladder_bowel_dysfunction"),
    ("she emptied her bowels on the sofa and didn't know, back warm", "bladder_bowel_dysfunction"),
    ("he can't pass a single drop, back hot", "bladder_bowel_dysfunction"),
    # (lay_cases_final36, its one first-message emergency not in the first reply.)
    ("she hasn't managed a pee all day though she keeps trying, back burning", "bladder_bowel_dysfunction"),
    ("the ladder wobbled and he fell from the top, back burning", "trauma"),
    ("she came down from a good height off the wall, back burning", "trauma"),
    ("he had a really hard fall on the ice, back burning", "trauma"),
    ("he flew off the back of the pickup, back hot", "trauma"),
    ("a crate of bottles fell off the shelf onto his back, burning since", "trauma"),
    ("her backside and inner thighs, she can't feel my fingers there, back warm", "saddle_numbness"),
    ("both my legs have gone tingly down to the feet, back hot", "both_legs_affected"),
    ("a touch of the chills tonight, back warm", "fever"),
    ("he had the chills and has gone to bed early, back warm", "fever"),
    ("passing water stings, back warm", "urinary_symptoms"),
    ("he's forever running to the loo, back hot", "urinary_symptoms"),
    # Texted without punctuation: the furniture a person got off or out of is not the furniture's legs; a floor, a
    # blanket before a real sign are not objects set apart (the look-alike patterns of this round kept narrow).
    ("I got out of bed legs gave way back burning", "leg_weakness"),
    ("got off the sofa legs gave way and my back is hot", "leg_weakness"),
    ("stood up from the chair legs buckled under me back hot", "leg_weakness"),
    ("found him on the floor mottled and grey back hot", "very_unwell"),
    ("it feels like a heavy blanket on my chest and my back burns", "chest_pain"),
    # Thirty-fifth round (lay_final35 after its blind scoring, its misses and asked-first misses), in other words.
    ("dad fell down in the hall and was not awake for a minute, back hot", "collapse"),
    ("she folded onto the bathroom floor, back burning", "collapse"),
    ("he was gone for a few seconds then came to, back warm", "collapse"),
    ("he yelled that something had torn in his back, now it burns", "tearing_pain"),
    ("she felt something rip down the middle of her back, now it's hot", "tearing_pain"),
    ("she can't lift either arm since this morning, back burning", "paralysis"),
    ("he tried to stand up and they wouldn't move at all, his legs, back hot", "paralysis"),
    ("she's so drowsy it's hard to keep her awake, back hot", "very_unwell"),
    ("back burning like mad, I can't take it any more", "severe_pain"),
    ("he goes for a wee but only a little comes, very slow, back warm", "bladder_bowel_dysfunction"),
    ("his pee stops and starts and he strains, back burning", "bladder_bowel_dysfunction"),
    ("she keeps tripping over her right foot, back warm", "leg_weakness"),
    ("had a tumble, off the ladder, back burns since", "trauma"),
    ("fell off the jetty onto the rocks, back hot", "trauma"),
    ("the area where one sits has lost all feeling, back warm", "saddle_numbness"),
    # Thirty-fourth round (lay_final34 after its blind scoring, its misses and asked-first misses), in other words.
    ("I've not had to go to the loo at all since yesterday, not even wanted to, back burns", "very_unwell"),
    ("he hasn't had a pee at all, not once since last night, back hot", "very_unwell"),
    ("he keeled over by the sink and didn't respond to me for a few seconds, back hot", "collapse"),
    ("I wet the bed in my sleep and knew nothing about it till I woke, back warm", "bladder_bowel_dysfunction"),
    ("my legs are like wet paper on the stairs, back warm", "leg_weakness"),
    ("she went very pale and had a bit of a faint at the bus stop, back burning", "collapse"),
    ("sudden pain like a rip in my back, then burning", "tearing_pain"),
    ("he can't catch his breath walking up the drive, back hot", "chest_pain"),
    ("battery acid leaked down his back, now it's all blistered, back burning", "severe_burn"),
    ("my bottom has gone without feeling since this morning, back hot", "saddle_numbness"),
    ("a log rolled off the trailer and landed across his back, now it burns", "trauma"),
    ("I hit the bottom of the slide back first at speed, back warm since", "trauma"),
    ("came off my moto on the bend yesterday, back burning", "trauma"),
    ("came down from the old oak tree and landed on the path, back hot since", "trauma"),
    ("the burning is more than I can cope with, back hot", "severe_pain"),
    ("it zings down both my legs when I stand, back hot", "both_legs_affected"),
    # Thirty-third round (lay_final33 after its blind scoring, its misses and asked-first misses), in other words.
    ("we shook her and could not get an answer out of her for a minute, back hot", "collapse"),
    ("since Tuesday he can't move either of his arms, back burning between the shoulders", "paralysis"),
    ("my lad took a spill off the loft ladder, back warm since", "trauma"),
    ("the bedroom department hasn't been working for him since this started, back hot", "bladder_bowel_dysfunction"),
    ("she hasn't passed any water since last night though she says she wants to, back warm",
     "bladder_bowel_dysfunction"),
    ("the burning in my back is past bearing, I can't sit still", "severe_pain"),
    ("he calls the pain 'only' a 9, typical, his back is hot", "severe_pain"),
    ("had to take my belt in two notches this month without dieting, back warm", "weight_loss"),
    ("dad's lost nearly two stone since spring without trying, back burns", "weight_loss"),
    ("it stings her when she does her business in the loo, back warm", "urinary_symptoms"),
    ("he's going to the loo far more often than normal, back hot", "urinary_symptoms"),
    ("legs feel like fizzy water running down the backs of my calves, both sides, back burning", "leg_numbness"),
    ("mum went down and did not wake for a short while, back burning", "collapse"),
    ("feels like an elephant is sitting on his chest, back hot", "chest_pain"),
    ("when we wake her she shuts her eyes again straight away, back hot", "very_unwell"),
    ("he can barely keep his eyes open, back burning", "very_unwell"),
    ("tried to move my legs in bed, nothing, for a few minutes, back warm", "paralysis"),
    ("he can't start to pee no matter how long he stands there, back warm", "bladder_bowel_dysfunction"),
    ("she wet the bed and she didn't even wake, never before, back hot", "bladder_bowel_dysfunction"),
    ("her private life with me doesn't work at all since this began, back hot", "bladder_bowel_dysfunction"),
    ("whacked across the back by a falling pallet at the depot, back burning since", "trauma"),
    ("slipped off the barn roof, landed about twelve feet down, back warm", "trauma"),
    ("boiling water from the kettle, a big area of his back, blisters everywhere on it", "severe_burn"),
    ("he couldn't feel the towel on his bottom after the shower, back burning", "saddle_numbness"),
    # Twenty-seventh round (lay_final25 as a development set, its misses), in other words.
    ("I haven't managed to pee since lunch although I'm desperate to go", "bladder_bowel_dysfunction"),
    ("walking to the bus stop she has no breath at all", "chest_pain"),
    ("the ceiling went dark and I got down on the rug before I'd pass out", "collapse"),
    ("the room was turning so I lay flat on the floor or I would have dropped", "collapse"),
    ("my erse has gone deid since yesterday and my back is roasting", "saddle_numbness"),
    ("if I had to give a number to it, 9", "severe_pain"),
    ("grandad's talking mince and calling me by my gran's name, his back is hot", "very_unwell"),
    ("all day long he hasn't passed water at all, back is burning", "very_unwell"),
    ("the mast swung and whacked me on the back so hard I couldn't breathe", "trauma"),
    ("got lifted and thrown against the wall in the scrum, my back burns since", "trauma"),
    # Twenty-sixth round (lay_final24 and its conversations as development sets), in other words.
    ("my sight went black and next I knew I was lying on the bathroom tiles", "collapse"),
    ("he keeled clean over at the bar, back's been hot all week", "collapse"),
    ("she slumped at her desk, gone for a few seconds, now back with us", "collapse"),
    ("the pony I was breaking bucked me off into the rails, low back burning since", "trauma"),
    ("a steer rolled on me in the crush yesterday and my back's been on fire", "trauma"),
    ("a beam came down on him at the yard, now his back is hot", "trauma"),
    ("dad is white as milk and shaking, back burning", "very_unwell"),
    ("I timed her breathing, 32 breaths in a minute, and her back is boiling", "very_unwell"),
    ("the pain like 9 since the morning, my back burns", "severe_pain"),
    ("his bowels just let go in the kitchen, no warning, back burning", "bladder_bowel_dysfunction"),
    ("woke to a mess in my pants, never happens, and my back is on fire", "bladder_bowel_dysfunction"),
    ("mum soiled herself and didn't notice, back hot", "bladder_bowel_dysfunction"),
    ("boiling steam from the pipe caught my back, big blisters all over it", "severe_burn"),
    ("my feet feel like ants marching in them, both of them", "leg_numbness"),
    # Twenty-sixth round (lay_final22): a second inability after "nor", buzzing feet, legs gone soft.
    ("she cannot feel nor lift her feet since lunch", "leg_numbness"),
    ("my toes have gone all buzzy since this morning", "leg_numbness"),
    ("the legs went soft on me coming down the ladder", "leg_weakness"),
    # night sweats: the bed, the nightwear, waking up wet
    ("my pillowcase is soaked through every morning", "night_sweats"),
    ("I've been sweating so much in bed I had to change the duvet cover", "night_sweats"),
    ("I wake up damp all over and have to change my pjs", "night_sweats"),
    ("drenched overnight, the mattress protector was wet", "night_sweats"),
    # saddle numbness: the seat, the bum, the genitals, wiping
    ("the bit I sit on has gone numb", "saddle_numbness"),
    ("no sensation at all round my back passage", "saddle_numbness"),
    ("I couldn't feel the toilet roll when I wiped", "saddle_numbness"),
    ("my buttocks feel dead", "saddle_numbness"),
    ("my willy has gone numb", "saddle_numbness"),
    # bladder and bowels: control, leaking, accidents, retention
    ("my willy has gone numb", "bladder_bowel_dysfunction"),
    ("I've lost control of when I wee", "bladder_bowel_dysfunction"),
    ("I keep leaking pee into my pants", "bladder_bowel_dysfunction"),
    ("I had an accident in my trousers on the bus", "bladder_bowel_dysfunction"),
    ("I haven't been able to pass any urine today", "bladder_bowel_dysfunction"),
    ("I wet the bed again last night", "bladder_bowel_dysfunction"),
    # tearing: torn, ripped, split open
    ("it felt like my insides were being ripped apart", "tearing_pain"),
    ("felt like something tore in my chest and went through to my back", "tearing_pain"),
    ("a tear-like pain across my upper back", "tearing_pain"),
    # trauma: falls from a height or a ride, road accidents, blows
    ("I came off my horse on Saturday", "trauma"),
    ("fell off the roof of the shed onto my back", "trauma"),
    ("a van hit me on my bike", "trauma"),
    ("I was knocked off my scooter", "trauma"),
    ("got thrown off a quad bike", "trauma"),
    ("somebody kicked me hard in the back", "trauma"),
    ("a wardrobe fell on top of me", "trauma"),
    ("fell about 4 metres at work", "trauma"),
    # others
    ("I can't move either leg", "paralysis"),
    ("my legs just won't move", "paralysis"),
    ("my knees keep folding under me", "leg_weakness"),
    ("my foot keeps slapping the ground", "leg_weakness"),
    ("a stripe of pain round my right side only", "one_sided_band"),
    ("there's blood in my wee", "urinary_symptoms"),
    ("I'm up four times a night to wee", "urinary_symptoms"),
    ("my clothes are falling off me", "weight_loss"),
    ("I've gone down two dress sizes", "weight_loss"),
    ("on a scale I'd say it's a 9", "severe_pain"),
    ("collapsed and hit the floor at work", "collapse"),
    # third round (word classes met in lay_final2, said here in other words)
    ("my daughter found me lying on the kitchen floor", "collapse"),
    ("I can't remember hitting the floor", "collapse"),
    ("dropped like a stone in the queue at the chemist", "collapse"),
    ("I was out cold for a few seconds", "collapse"),
    ("I came over all faint at the sink", "collapse"),
    ("felt a sudden rip across my upper back", "tearing_pain"),
    ("it felt as if something snapped and then tore inside my back", "tearing_pain"),
    ("like my back was being unzipped", "tearing_pain"),
    ("tried to stand and nothing would move below the waist", "paralysis"),
    ("my temp has gone through the roof tonight", "high_fever"),
    ("the GP said my temperature was dangerously high", "high_fever"),
    ("the digital thermometer said 39.7", "high_fever"),
    ("it read 40.2 on the forehead thermometer", "high_fever"),
    ("my temperature has gone up to 39.6", "high_fever"),
    ("the pounds are just falling off me", "weight_loss"),
    ("I'm down about 6 kilos since the summer without trying", "weight_loss"),
    ("had to pull my belt in another notch, not dieting", "weight_loss"),
    ("my wee has gone a reddish colour", "urinary_symptoms"),
    ("it stings every time I go to the toilet", "urinary_symptoms"),
    ("a burning strip round to my tummy, right side only", "one_sided_band"),
    # fourth round (lay_final and lay_final2 misses, said here in other words)
    ("it's like a ton of bricks sitting on my chest", "chest_pain"),
    ("honestly the worst thing I have ever been through", "severe_pain"),
    ("it's too painful, I can't even talk", "severe_pain"),
    ("the pain has gone off the charts today", "severe_pain"),
    ("worst ache possible", "severe_pain"),
    ("a sudden tear of pain right up my spine", "tearing_pain"),
    ("desperate to pee but not a drop came", "bladder_bowel_dysfunction"),
    ("I can't stand on my tiptoes on that side", "leg_weakness"),
    ("I'm having trouble lifting my left foot", "leg_weakness"),
    ("my foot keeps going to sleep on me", "leg_numbness"),
    ("my calf feels like cotton wool", "leg_numbness"),
    ("my back's come up all spotty", "rash"),
    ("I'm panting like a dog and can't slow my breathing", "very_unwell"),
    ("I got mugged on the way home and kicked in the back", "trauma"),
    ("a taxi clipped me at the crossing", "trauma"),
    ("I'm forever rushing to the loo", "urinary_symptoms"),
    ("the part you sit on feels dead", "saddle_numbness"),
    # "gone" ends a finding ("the fever has gone"), not when it says where the
    # finding went or what it became.
    ("my temperature's gone up since lunch", "fever"),
    ("the rash has gone red and angry", "rash"),
    ("my legs have gone numb", "leg_numbness"),
    # Round five (after the third blind set): the same classes in other words.
    ("I passed right out at the bus stop", "collapse"),
    ("everything went dark and I woke up with people around me", "collapse"),
    ("she slumped off the sofa and wasn't answering", "collapse"),
    ("felt like I'd keel over any second", "collapse"),
    ("he crumpled in a heap by the front door", "collapse"),
    ("I sank to my knees in the garden, everything spinning", "collapse"),
    ("I can't take a deep breath without gasping", "chest_pain"),
    ("I'm in a clammy cold sweat all over", "chest_pain"),
    ("an acid burning behind my breastbone that I've never had before", "chest_pain"),
    ("grandad's all muddled and calling me by my mum's name", "very_unwell"),
    ("my mum doesn't recognise me this morning", "very_unwell"),
    ("he hasn't done a wee since yesterday", "very_unwell"),
    ("felt like a massive rip through the middle of my back", "tearing_pain"),
    ("he lost all the power in his legs this afternoon", "paralysis"),
    ("both arms went dead and he couldn't move them", "paralysis"),
    ("the burn has gone waxy white and leathery", "severe_burn"),
    ("blisters wider than my palm across my lower back", "severe_burn"),
    ("my bladder's gone haywire since the weekend", "bladder_bowel_dysfunction"),
    ("the wee won't come out properly however hard I try", "bladder_bowel_dysfunction"),
    ("my lady parts have gone numb", "bladder_bowel_dysfunction"),
    ("his manhood feels numb", "saddle_numbness"),
    ("it's worse than childbirth", "severe_pain"),
    ("I cannot bear it any longer", "severe_pain"),
    ("a pony bucked me off yesterday", "trauma"),
    ("a girder came down on my back on site", "trauma"),
    ("bumpy red skin on my side", "rash"),
    ("I'm desperate for a pee but nothing comes out", "bladder_bowel_dysfunction"),
    ("it started in one leg and now it's spreading down both of them", "both_legs_affected"),
    ("a band of burning round my right ribs", "one_sided_band"),
    ("a tingly line under my left breast round to my back", "one_sided_band"),
    ("I'm up every couple of hours at night to pee", "urinary_symptoms"),
    ("pink in the bowl when I weed", "urinary_symptoms"),
    ("my weight keeps dropping down and I'm not trying", "weight_loss"),
    # Round six (after the fourth blind set, scored): the same classes in other words.
    ("I woke up on the bathroom tiles with no idea how I got there", "collapse"),
    ("he went unconscious for a minute in the garden", "collapse"),
    ("my eyesight closed in and I had to grab the wall", "collapse"),
    ("I was close to passing out in the shower", "collapse"),
    ("she flaked out at the bus stop", "collapse"),
    ("dad's clutching at his chest and sweating", "chest_pain"),
    ("I've been dry heaving all morning with this burning back", "chest_pain"),
    ("his breathing's getting really quick and shallow", "very_unwell"),
    ("her fingertips look a little bluish", "very_unwell"),
    ("gran is completely out of it this morning", "very_unwell"),
    ("like someone was pulling my back apart", "tearing_pain"),
    ("my chest just tore, out of nowhere", "tearing_pain"),
    ("a sudden tear down my spine, then burning", "tearing_pain"),
    ("my legs felt like dead weights this morning", "paralysis"),
    ("I couldn't lift either leg off the bed", "paralysis"),
    ("her legs went limp and she slid down", "paralysis"),
    ("my legs wouldn't budge when I tried to get out of the car", "paralysis"),
    ("a blister about the size of a saucer on my back", "severe_burn"),
    ("the scald came up in huge bubbles", "severe_burn"),
    ("I grabbed a live cable and it burnt my back", "severe_burn"),
    ("I'm dying for a pee but nothing will come out", "bladder_bowel_dysfunction"),
    ("I have to strain and strain to get my wee out", "bladder_bowel_dysfunction"),
    ("I peed in the bed last night for no reason", "bladder_bowel_dysfunction"),
    ("the sitting area has gone numb", "saddle_numbness"),
    ("my legs can't hold me up any more", "leg_weakness"),
    ("I've got no strength in my right leg", "leg_weakness"),
    ("the pain runs down my two legs", "both_legs_affected"),
    ("screaming with pain all night", "severe_pain"),
    ("it's a nine or ten, honestly", "severe_pain"),
    ("a rugby player fell on top of me", "trauma"),
    ("I tumbled down the stairs at work", "trauma"),
    ("our car rolled over on the bypass", "trauma"),
    ("my skin has broken out round the sore bit", "rash"),
    ("like a sash wrapped round my right side", "one_sided_band"),
    ("going to the loo every half hour", "urinary_symptoms"),
    ("my wee looks like strong tea", "urinary_symptoms"),
    ("peeing broken glass", "urinary_symptoms"),
    ("I keep needing a wee", "urinary_symptoms"),
    ("mum is wasting away", "weight_loss"),
    ("my watch is really loose on my wrist now", "weight_loss"),
    ("shed a load of weight without trying", "weight_loss"),
    ("waking up in a pool of sweat", "night_sweats"),
    # "no" then a possessive starts a new clause: the numbness is stated, not denied.
    ("no my legs are numb", "leg_numbness"),
    # Seventh round: numb genitals are both saddle and bladder (spec v2)
    ("lost all feeling in my privates", "saddle_numbness"),
    ("lost all feeling in my privates", "bladder_bowel_dysfunction"),
    ("his penis has gone numb", "bladder_bowel_dysfunction"),
    # straining to start, leaking in bed
    ("I have to strain and strain to get the pee going", "bladder_bowel_dysfunction"),
    ("leaked in bed twice this week", "bladder_bowel_dysfunction"),
    # legs that will not hold a person up, legs like rubber
    ("they keep giving way under me", "leg_weakness"),
    ("my legs turned to rubber on the stairs", "leg_weakness"),
    ("my legs went like noodles", "leg_weakness"),
    # both legs named one by one; sciatica in both
    ("the sciatica is down my left leg and my right leg now", "both_legs_affected"),
    # a deep burn described, not named
    ("I scalded my back with the pan, the middle has gone white", "severe_burn"),
    ("a burn on my back from the bonfire, it looks deep", "severe_burn"),
    ("burnt my back on the heater and it's charred", "severe_burn"),
    # readings said alone, in words, and fever in other languages
    ("38.9 and rising", "fever"),
    ("forty point one this morning", "high_fever"),
    ("thirty-nine and a half", "high_fever"),
    ("102.8 and I'm shivering", "fever"),
    ("tiene fiebre y dolor de espalda", "fever"),
    ("kal se bukhar hai", "fever"),
    # Seventh round, second part (from lay_dev4.yml's misses; other words here)
    ("the warden found dad lying on the kitchen floor", "collapse"),
    ("I felt like I was going to drop in the queue", "collapse"),
    ("my grandad is floppy and not responding properly", "very_unwell"),
    ("a shredding feeling right through my back", "tearing_pain"),
    ("my legs feel switched off", "paralysis"),
    ("my cardigan caught fire and burnt my back", "severe_burn"),
    ("tipped boiling soup all over my back", "severe_burn"),
    ("my husband soiled himself and didn't notice", "bladder_bowel_dysfunction"),
    ("my bladder has stopped working, I sit there and nothing", "bladder_bowel_dysfunction"),
    ("I keep dragging my leg when I walk", "leg_weakness"),
    ("bilateral sciatica", "both_legs_affected"),
    ("crashed on the motorway, the airbags went off", "trauma"),
    ("a wardrobe toppled onto my back", "trauma"),
    ("back and forth to the loo all night for a wee", "urinary_symptoms"),
    ("my rings are falling off my fingers", "weight_loss"),
    ("I was writhing on the bed with it", "severe_pain"),
    ("my heart feels like it's in a vice", "chest_pain"),
    # Seventh round, third part (other words for what lay_dev4.yml still missed)
    ("she was unconscious on the bathroom floor", "collapse"),
    ("his foot won't lift off the ground properly", "leg_weakness"),
    ("keep tripping over my own feet today", "leg_weakness"),
    ("went numb down there, my fanny, since this morning", "saddle_numbness"),
    ("a few little red dots came up on my back", "rash"),
    ("it goes half way round on the left like a seatbelt", "one_sided_band"),
    # Seventh round, fourth part
    ("he was sick three times in the night and his back burns", "chest_pain"),
    ("feel all sick n sweaty with this burning between my shoulders", "chest_pain"),
    ("grandad's boiling hot and his back is sore", "fever"),
    ("the baby-sitter said he felt hot to the touch all evening", "fever"),
    ("skin near my spine has turned black since the heater fell on me", "severe_burn"),
    # Eighth round (lay_final5.yml's misses, after its blind scoring; other words here)
    ("my nan came over all faint in the post office queue", "collapse"),
    ("he fell in the shower and was out cold for about a minute", "collapse"),
    ("the bag on his catheter has been bone dry since lunch", "very_unwell"),
    ("she breathes so fast even sat in her chair", "very_unwell"),
    ("grandad hasn't had a wee since he woke up yesterday", "very_unwell"),
    ("it was like a zipper being torn open down my spine", "tearing_pain"),
    ("like an elastic band snapped somewhere deep in my chest and back", "tearing_pain"),
    ("something went snap inside me and then the burning started", "tearing_pain"),
    ("her legs locked up and just would not move for ten minutes", "paralysis"),
    ("there's no movement below his waist since this afternoon", "paralysis"),
    ("I couldn't raise my arms at all this morning", "paralysis"),
    ("cud not move my legs when I woke up", "paralysis"),
    ("the iron left a charred burn patch on her back", "severe_burn"),
    ("a big red patch with blisters where the kettle went over him", "severe_burn"),
    ("mum keeps soiling her pants and doesn't notice", "bladder_bowel_dysfunction"),
    ("the wee just comes out on its own now", "bladder_bowel_dysfunction"),
    ("woke up on a soaked mattress and had no idea I'd gone", "bladder_bowel_dysfunction"),
    ("I'm not able to pass the water even though I need to", "bladder_bowel_dysfunction"),
    ("my front bits have gone numb", "bladder_bowel_dysfunction"),
    ("my bottom feels like I've had a local anaesthetic", "saddle_numbness"),
    ("my feet keep snagging on the stairs", "leg_weakness"),
    ("it shoots down my two legs when I bend", "both_legs_affected"),
    ("burning in my calves, both of them", "both_legs_affected"),
    ("numb in the right leg and the left leg", "leg_numbness"),
    ("never had a pain like this in my life", "severe_pain"),
    ("a one sided strip of burning from my spine to my belly button", "one_sided_band"),
    ("the room spins when I stand and I have to sit or I'd end up on the floor", "collapse"),
    # Eighth round, second part (lay_dev5.yml, a new writer's development set; other words here)
    ("the kitchen went all grey on me and I'd have fallen over if my son hadn't caught me", "collapse"),
    ("he's shivering so violently the chair is shaking", "very_unwell"),
    ("she's shaking all over and can't stop it", "very_unwell"),
    ("not one drop of wee today", "very_unwell"),
    ("he couldn't get either of his legs to budge this morning", "paralysis"),
    ("my legs just aren't listening to me", "paralysis"),
    ("her legs won't carry her any more", "leg_weakness"),
    ("like a seam being ripped apart down my back", "tearing_pain"),
    ("my flow has dropped to a trickle this week", "bladder_bowel_dysfunction"),
    ("his bowels just gave way in the shop", "bladder_bowel_dysfunction"),
    ("I'd give the pain a nine", "severe_pain"),
    ("pins n needles down my right leg", "leg_numbness"),
    ("she wakes up in a puddle of sweat", "night_sweats"),
    ("my pee is a bit pinky today", "urinary_symptoms"),
    ("running to the loo too many times and it burns", "urinary_symptoms"),
    # Eighth round, third part (lay_dev6.yml, written to avoid the textbook words; other words here)
    ("she dropped in the garden and came round a minute later", "collapse"),
    ("the lights just went out and I was on the lino", "collapse"),
    ("he slid down the wall in the hallway", "collapse"),
    ("I woke on the floor with strangers standing over me", "collapse"),
    ("had to sit down quick before I keeled", "collapse"),
    ("dad is breathing proper fast in his chair", "very_unwell"),
    ("mum's all mixed up and doesn't know what day", "very_unwell"),
    ("his knees look marbled and purply", "very_unwell"),
    ("like a bedsheet being ripped inside my back", "tearing_pain"),
    ("as if someone was slicing their way down my spine", "tearing_pain"),
    ("he can't raise either of his arms", "paralysis"),
    ("her legs are there but she cannot shift them", "paralysis"),
    ("my legs felt like two planks and I couldn't budge them an inch", "paralysis"),
    ("my legs died on me in the car park", "paralysis"),
    ("chewing the pillow with this burning", "severe_pain"),
    ("I'd gie it nine oot o ten", "severe_pain"),
    ("a plank fell from the scaffold and caught me across the shoulders, knocked me clean off my feet", "trauma"),
    ("she slipped off the balcony onto the patio", "trauma"),
    ("my nylon top melted onto my skin at the bonfire", "severe_burn"),
    ("the drain cleaner splashed me and the skin has gone white", "severe_burn"),
    ("scalding water and now half my back has bubbled up", "severe_burn"),
    ("temp came out at a hundred and four", "high_fever"),
    ("the waterworks have packed in since Tuesday", "bladder_bowel_dysfunction"),
    ("stood at the urinal for ages and nothing would come", "bladder_bowel_dysfunction"),
    ("only a very weak stream now", "bladder_bowel_dysfunction"),
    ("I've started wearing pads because I keep leaking", "bladder_bowel_dysfunction"),
    ("can't feel a thing when we're, you know, intimate", "bladder_bowel_dysfunction"),
    ("when I wipe I can't feel the paper on one side", "saddle_numbness"),
    ("my rear end has gone numb", "saddle_numbness"),
    ("his legs aren't holding him up any more", "leg_weakness"),
    ("her knees buckle on their own", "leg_weakness"),
    ("my calf feels fuzzy like static", "leg_numbness"),
    ("both of her legs are tingly", "leg_numbness"),
    ("a belt of burning on the right half of my waist", "one_sided_band"),
    # "gone" as what a person became, not a symptom gone away
    ("he's in a cold sweat and gone quite pale", "chest_pain"),
    ("her left leg keeps going out under her", "leg_weakness"),
    ("he's not passing water properly since yesterday", "bladder_bowel_dysfunction"),
    # Eighth round, fourth part (lay_dev7.yml: short replies, rambling, carers; other words here)
    ("out of the blue with no warning a ripping feeling went through my back", "tearing_pain"),
    ("she was slumped and didn't answer us for about a minute", "collapse"),
    ("I felt something tear inside me near my spine", "tearing_pain"),
    ("the ache goes to my jaw", "chest_pain"),
    ("he's gone sweaty and cold and says he feels sick with it", "chest_pain"),
    ("a burning under my breastbone like acid, never had it before", "chest_pain"),
    ("the tractor tipped over onto him", "trauma"),
    ("an electrical shock at the plant left a burnt patch", "severe_burn"),
    ("trembling so much, can't stop", "very_unwell"),
    ("I can't get any pee out", "bladder_bowel_dysfunction"),
    ("just a feeble trickle of urine", "bladder_bowel_dysfunction"),
    ("she hasn't managed to pass water since lunch", "bladder_bowel_dysfunction"),
    ("I can't tell when my bladder is full any more", "bladder_bowel_dysfunction"),
    ("my legs are not strong, I keep wobbling", "leg_weakness"),
    ("twelve out of ten, I'm crying", "severe_pain"),
    ("more than I can bear, this burning", "severe_pain"),
    ("my calves on both sides have gone fuzzy", "both_legs_affected"),
    # Eighth round, fifth part (lay_dev8.yml; other words here)
    ("grandma fell down and would not wake for a bit", "collapse"),
    ("his arms just won't lift", "paralysis"),
    ("I flipped my van on the ring road this morning", "trauma"),
    ("my pee comes out in drips now", "bladder_bowel_dysfunction"),
    ("she wet the bed last night, she's never done that", "bladder_bowel_dysfunction"),
    ("the burning went into my bottom and it's all numb now", "saddle_numbness"),
    ("tingling in my legs and they keep buckling", "leg_weakness"),
    ("it's not just one leg, it's both", "both_legs_affected"),
    ("both of his feet dead and tingly", "leg_numbness"),
    # After lay_final6's blind scoring, on it as a development set (other words here)
    ("I was on the floor before I knew it", "collapse"),
    ("grandad dropped to the ground in the garden", "collapse"),
    ("she had a funny turn at the bingo", "collapse"),
    ("I'm gonna conk out if I stand up", "collapse"),
    ("he's not recognising his own daughter", "very_unwell"),
    ("she's calling me by the wrong name", "very_unwell"),
    ("taking fast shallow breaths", "very_unwell"),
    ("a horrible sudden rip down my spine", "tearing_pain"),
    ("as if someone grabbed a blade and tore along my back", "tearing_pain"),
    ("I tell them to move but nothing happened", "paralysis"),
    ("my legs just would not move this morning", "paralysis"),
    ("his legs are not moving at all", "paralysis"),
    ("lightning hit the tent and left burns on his back", "severe_burn"),
    ("weeping raw skin about the size of my hand after the hot oil", "severe_burn"),
    ("he took a massive hit in the match, right in the kidneys", "trauma"),
    ("she fell off the monkey bars onto her back", "trauma"),
    ("a new kind of burning under my ribs, nothing like my usual indigestion", "chest_pain"),
    ("worse than labour, this pain", "severe_pain"),
    ("honestly like a 10", "severe_pain"),
    ("the pain shoots into both legs", "both_legs_affected"),
    ("tiene 40 grados", "high_fever"),
    # After lay_final7's blind scoring, on it as a development set (other words here)
    ('everything went dark in front of my eyes and I woke up on the lino', 'collapse'),
    ("he can't catch his breath walking to the car", 'chest_pain'),
    ('my breath is not coming properly and my back is hot', 'chest_pain'),
    ('I have to stop to get my breath every few yards', 'chest_pain'),
    ("she's started asking what year it is and isn't making any sense", 'very_unwell'),
    ("mum isn't making sense this evening", 'very_unwell'),
    ("I can't keep him awake, he just nods off", 'very_unwell'),
    ("it felt like someone was tearing my back as you'd rip a sheet", 'tearing_pain'),
    ('not even a flicker from my toes when I try', 'paralysis'),
    ('no can move the legs since morning', 'paralysis'),
    ('my legs are dead and they wont move at all', 'paralysis'),
    ('he got a shock off a live cable at work and there are burn marks on his back', 'severe_burn'),
    ('the skin is blistered from my waist up to my neck after the fire', 'severe_burn'),
    ("oven cleaner got all over my back and it's stinging like mad", 'severe_burn'),
    ("he's been trying to pass water all night but nothing comes", 'bladder_bowel_dysfunction'),
    ("the wee just won't come out however long I sit there", 'bladder_bowel_dysfunction'),
    ("I don't know when I need to go any more", 'bladder_bowel_dysfunction'),
    ("dad keeps finding himself wet and doesn't know how", 'bladder_bowel_dysfunction'),
    ('I leaked on the sofa without noticing', 'bladder_bowel_dysfunction'),
    ('nothing is working in the bedroom since this started', 'bladder_bowel_dysfunction'),
    ('her legs keep folding under her on the stairs', 'leg_weakness'),
    ("my legs won't hold me up in the shower", 'leg_weakness'),
    ("my legs don't have any strength to climb the steps", 'leg_weakness'),
    ('a shelf came down from the wall onto my back at work', 'trauma'),
    ('I went down the entire staircase on my backside', 'trauma'),
    ('worst pain she has ever had, she says', 'severe_pain'),
    ('had two kids, this is worse than both of them', 'severe_pain'),
    ('the burning on my back is a 9', 'severe_pain'),
    ("pain score, I'd say about 9", 'severe_pain'),
    ('this morning his legs no move, only his arms', 'paralysis'),
    # After lay_final8's blind scoring, on it as a development set (other words here)
    ('everything went dark and I came round on the kitchen floor', 'collapse'),
    ('she switched off like a light and hit the floor', 'collapse'),
    ("he doesn't know his own name this morning", 'very_unwell'),
    ("she's panting like she's run a race but she's just sitting in her chair", 'very_unwell'),
    ("I haven't needed a pee all day even though I've been drinking", 'very_unwell'),
    ('he keeps nodding off mid-sentence', 'very_unwell'),
    ("I can't lift my arms or move my legs properly since I woke", 'paralysis'),
    ("I couldn't make my legs move when I tried to get out of the car", 'paralysis'),
    ("her legs won't do anything, she's stuck on the floor", 'paralysis'),
    ('I knocked a pan and boiling water went all down my back', 'severe_burn'),
    ('there are blisters the size of my palm across my back from the oven door', 'severe_burn'),
    ('a big blistered patch on my back from the steam', 'severe_burn'),
    ('my stream has got really weak and slow this week', 'bladder_bowel_dysfunction'),
    ("I've lost control of my bladder since this morning", 'bladder_bowel_dysfunction'),
    ("it just comes out on its own now, I can't stop it", 'bladder_bowel_dysfunction'),
    ('my backside went numb yesterday and still is', 'saddle_numbness'),
    ('his legs are not giving him any support today', 'leg_weakness'),
    ("I've got no strength in my legs at all today", 'leg_weakness'),
    ("I've been dragging my left foot since Tuesday", 'leg_weakness'),
    ("it's the worst she has ever felt, she says", 'severe_pain'),
    ("I can't stand the pain any more", 'severe_pain'),
    ('the burning is off the charts', 'severe_pain'),
    ('our car rolled on the motorway last night', 'trauma'),
    ('skidded and smashed into a lamppost on my bike', 'trauma'),
    ('I fell about three metres off the scaffold', 'trauma'),
    ('the van behind went into the back of my car', 'trauma'),
    ('it was 39 point 7 on the thermometer', 'high_fever'),
    ('he went grey and slumped off his chair at lunch', 'collapse'),
    ('she came round after a minute or so, but she was out', 'collapse'),
    ('I fell about two floors off the fire escape', 'trauma'),
    # After lay_final9's blind scoring, on it as a development set (other words here)
    ('he lost consciousness for a minute in the garden', 'collapse'),
    ('I did not know anything for a while, my son found me', 'collapse'),
    ('she has no idea how she ended up on the floor', 'collapse'),
    ('I cannot take a breath properly when I climb the stairs', 'chest_pain'),
    ('my chest is paining since the morning', 'chest_pain'),
    ('this heartburn is a different one, it goes to my back', 'chest_pain'),
    ('she has not passed any water since the morning', 'very_unwell'),
    ('I tremble so much and I cannot stop, under three blankets', 'very_unwell'),
    ('it felt like a zip opening down my spine', 'tearing_pain'),
    ('like paper tearing inside my back, then the heat', 'tearing_pain'),
    ('the burn on his back looks really deep', 'severe_burn'),
    ('I need to pee badly but nothing comes out', 'bladder_bowel_dysfunction'),
    ('I pooped myself without noticing', 'bladder_bowel_dysfunction'),
    ('my husband cannot get it up since this started', 'bladder_bowel_dysfunction'),
    ("I can't get the pee started, I stand there for minutes", 'bladder_bowel_dysfunction'),
    ("it's numb exactly where I sit on the chair", 'saddle_numbness'),
    ('my legs are without strength since yesterday', 'leg_weakness'),
    ('my knee just gave on the stairs twice today', 'leg_weakness'),
    ('first my right leg, now the left one too, it runs down both', 'both_legs_affected'),
    ('her fever is really high tonight', 'high_fever'),
    ('I have 40 of fever since morning', 'high_fever'),
    ('pain is nine over ten', 'severe_pain'),
    ('the pain is at maximum today', 'severe_pain'),
    ('a plank fell on my back at the site', 'trauma'),
    ('he was beaten with a stick on his back', 'trauma'),
    # Thirteenth round (own probes in new voices: clinical shorthand, Indian, Southern US, Irish English)
    ('no pee since yesterday afternoon and my back is hot', 'very_unwell'),
    ('zero urine output today', 'very_unwell'),
    ('pt c/o SOB and a burning back', 'chest_pain'),
    ('diaphoretic, back warm to touch', 'chest_pain'),
    ('RR 30 at rest, back hot', 'very_unwell'),
    ('sats 89% on room air', 'very_unwell'),
    ('GCS 12, back very warm', 'very_unwell'),
    ('the wee only comes out in a trickle now', 'bladder_bowel_dysfunction'),
    ('my father is unable to control his motions', 'bladder_bowel_dysfunction'),
    ('stool is coming without his knowledge', 'bladder_bowel_dysfunction'),
    ('she did wee in the bed without feeling it', 'bladder_bowel_dysfunction'),
    ('both knees keep giving away on the stairs', 'leg_weakness'),
    ('his legs are gone from under him', 'leg_weakness'),
    ('we met with an accident on the scooty', 'trauma'),
    ('hit by a ute reversing out of the drive', 'trauma'),
    ('grandpa is talking irrelevant since evening', 'very_unwell'),
    ("daddy ain't makin' no sense and his back is burning", 'very_unwell'),
    ('numb and tingly all the way down both of em', 'both_legs_affected'),
    ('pain is 9 on 10, back burning', 'severe_pain'),
    ('high temperature 104 since the night', 'high_fever'),
    ('feet tingly on each side since lunch', 'both_legs_affected'),
    ('took a tumble down the basement stairs', 'trauma'),
    ('her legs would not hold her up this morning', 'leg_weakness'),
    ('his breathing is shallow and quick', 'very_unwell'),
    ('his legs look like marble', 'very_unwell'),
    ('there is no movement at all in his lower body', 'paralysis'),
    ("my legs feel like lead and they won't move", 'paralysis'),
    ('nothing is working below his waist since tea time', 'paralysis'),
    ('the bottom half of me has gone dead', 'paralysis'),
    ("she can't even lift one foot off the bed", 'paralysis'),
    ("my legs are there but I can't make them move", 'paralysis'),
    ('he has lost all control of his legs', 'paralysis'),
    ("the left leg is like a log, I couldn't move it at all", 'paralysis'),
    ("I tried to walk to the door but my legs just wouldn't go", 'paralysis'),
    ("I can't get it to start when I try to wee", 'bladder_bowel_dysfunction'),
    ("found pee on the sofa cushion and she hadn't noticed", 'bladder_bowel_dysfunction'),
    ("I'm bursting for the loo but nothing will come", 'bladder_bowel_dysfunction'),
    ("he can't stay hard since the back trouble", 'bladder_bowel_dysfunction'),
    ('intercourse felt completely numb last night', 'saddle_numbness'),
    ('the skin over my spine is blackened after the bonfire', 'severe_burn'),
    ('the burn on his back has gone white in the centre', 'severe_burn'),
    ('I burned the entire width of my back on the exhaust', 'severe_burn'),
    ('for a minute there he lost his senses completely', 'collapse'),
    ('I came round with the paramedics standing over me', 'collapse'),
    ("dad isn't with it at all this afternoon", 'very_unwell'),
    ("gran is away with the fairies tonight, it's not like her", 'very_unwell'),
    ('she keeps nodding off mid conversation', 'very_unwell'),
    ('her face has gone ashen and sweaty', 'very_unwell'),
    ('his knees and feet have gone blotchy', 'very_unwell'),
    ("he isn't weeing at all since this morning", 'very_unwell'),
    ('he got pinned against the barn door by the bull', 'trauma'),
    ('we were in a high-speed collision on the bypass', 'trauma'),
    ('a van backed into me while I was loading', 'trauma'),
    ('my brother shoved me down the stairs', 'trauma'),
    ('my ribs are squeezing in on me at the front', 'chest_pain'),
    ('the ache runs from my back into my chest', 'chest_pain'),
    ("I'm sweating through my shirt yet I feel freezing", 'chest_pain'),
    ("her temp's dangerously high tonight", 'high_fever'),
    ('burning is at a 10 plus right now', 'severe_pain'),
    ("it's as if someone gave me a jab down there, no feeling", 'saddle_numbness'),
    ('my behind and the backs of my legs have gone numb', 'saddle_numbness'),
    ("I can't feel a thing while sitting on the loo", 'saddle_numbness'),
    ('my undercarriage feels dead', 'saddle_numbness'),
    ('tingly shins on each side', 'both_legs_affected'),
    ('it began in my right leg and then spread to the other one as well', 'both_legs_affected'),
    ('her legs are not having strength since Sunday', 'leg_weakness'),
    ('my father is not able to do urine from morning', 'bladder_bowel_dysfunction'),
    ('okada knocked him on the road, his back is hot', 'trauma'),
    ('we got accident on the expressway', 'trauma'),
    # A long-standing sign that is new or worse in the same message stays reported.
    ("I've leaked urine for years but this week I can't hold it at all", 'bladder_bowel_dysfunction'),
    ("my knees have been weak for decades and now they keep buckling", 'leg_weakness'),
    ("she doesn't really know when she needs the toilet any more", 'bladder_bowel_dysfunction'),
    # Fourteenth round (after lay_final11's blind scoring, on it as a development set; other words here)
    ('he was out cold for a few seconds on the landing', 'collapse'),
    ("she didn't wake up for several minutes after she fell", 'collapse'),
    ('my dad blacked off in the shop', 'collapse'),
    ('witnessed syncopal episode at home this morning', 'collapse'),
    ("I can't get my breathing steady and my back burns", 'chest_pain'),
    ('there is a belt across my chest pulling tight', 'chest_pain'),
    ('I spewed up three times with the burning', 'chest_pain'),
    ('she has not passed urine all the day', 'very_unwell'),
    ('mum keeps asking me the same question over and over', 'very_unwell'),
    ("he's talking to people who aren't really there", 'very_unwell'),
    ('it felt like my guts were wrenched free from my spine', 'tearing_pain'),
    ('he says something ripped inside his back', 'tearing_pain'),
    ('pt unable to move lower limbs since this morning', 'paralysis'),
    ('an episode of inability to move his legs that lasted ten minutes', 'paralysis'),
    ('her shoulders are covered with huge blisters after the scald', 'severe_burn'),
    ('approx 20% TBSA partial thickness', 'severe_burn'),
    ('the bleach went all over his back in the bath', 'severe_burn'),
    ('my stream is only a dribble this week', 'bladder_bowel_dysfunction'),
    ('not having the urge that my bladder is full', 'bladder_bowel_dysfunction'),
    ('pt unable to PU for six hours', 'bladder_bowel_dysfunction'),
    ('acute urinary retention, back burning', 'bladder_bowel_dysfunction'),
    ('perianal numbness since yesterday', 'saddle_numbness'),
    ('paraesthesia in both feet', 'leg_numbness'),
    ('she got struck by a bus outside school', 'trauma'),
    ('RTC this morning, back now hot', 'trauma'),
    ('I went over all faint at the bus stop and had to crouch', 'collapse'),
    ('the kettle tipped on him and his back has come up in huge blisters', 'severe_burn'),
    ('my groin has gon numm', 'saddle_numbness'),
    ('I push and push and the wee comes out so slow', 'bladder_bowel_dysfunction'),
    ('she keeled ova in the queue at the post office', 'collapse'),
    ('the lad next to me grabbed me before I hit the floor', 'collapse'),
    ('he was out like a light for a couple of seconds at the table', 'collapse'),
    ('my son found me lying on the bathroom floor', 'collapse'),
    ("he hasn't had a wee all day even though he's been drinking tea", 'very_unwell'),
    ('not one drop of pee since this morning', 'very_unwell'),
    ('my nan is talking total gibberish tonight', 'very_unwell'),
    ("she doesn't know where she is and the back is burning", 'very_unwell'),
    ('he got lost in his own road coming back from the shop', 'very_unwell'),
    ('I am unable to lift either of my legs off the bed', 'paralysis'),
    ("his legs won't respond when he tries to stand", 'paralysis'),
    ("she can't move anything below the waist", 'paralysis'),
    ("is it normal that I can't move my legs since lunch?", 'paralysis'),
    ('a big patch of blisters came up right across his back', 'severe_burn'),
    ('the scald left one enormous blister on my shoulder blade', 'severe_burn'),
    ('oven cleaner dripped down my back and left a raw stinging patch', 'severe_burn'),
    ('hot fat splashed me and the skin has come right off in a patch', 'severe_burn'),
    ('I went to the urinal desperate and nothing would come out', 'bladder_bowel_dysfunction'),
    ('I wet my joggers on the bus without even noticing', 'bladder_bowel_dysfunction'),
    ("I can't hold my wee in any more, it just comes", 'bladder_bowel_dysfunction'),
    ("I don't know when my bladder is full these days", 'bladder_bowel_dysfunction'),
    ("he hasn't been able to keep an erection since the back started", 'bladder_bowel_dysfunction'),
    ("the wee won't start however long I stand there", 'bladder_bowel_dysfunction'),
    ("I can't feel the toilet seat under my bottom", 'saddle_numbness'),
    ('the insides of my thighs have gone numb', 'saddle_numbness'),
    ('my toes keep catching on the carpet when I walk', 'leg_weakness'),
    ("my left knee went on the steps and wouldn't hold my weight", 'leg_weakness'),
    ('my right foot has gone all floppy', 'leg_weakness'),
    ("couldn't push off with my left foot at football, it's gone floppy", 'leg_weakness'),
    ('my legs are packing in halfway up the stairs', 'leg_weakness'),
    ("I can't feel the ground under either foot", 'both_legs_affected'),
    ('the thermometer keeps showing 104', 'high_fever'),
    ('his temperature is on 39.8', 'high_fever'),
    ('the worst pain I have ever had, right in the spine', 'severe_pain'),
    ('the horse bucked and kicked me in the back', 'trauma'),
    ('I took an elbow right into the kidneys at rugby', 'trauma'),
    ('the lorry jack-knifed on the motorway with me in it', 'trauma'),
    ('the tractor tipped over on the slope', 'trauma'),
    ('I dropped about four metres off the loading bay', 'trauma'),
    ("I can't finish a sentence without stopping for breath", 'chest_pain'),
    # Fifteenth round (own probes in new voices: emails, Singlish, West African and Kenyan English,
    # Cockney, euphemisms, devices, code-switching, surfers and riders; other words here)
    ('my auntie pengsan at the hawker centre', 'collapse'),
    ("my brother no fit feel him two legs since morning", 'paralysis'),
    ("can't feel my hands, my arms or my legs", 'paralysis'),
    ('his right leg no dey work again', 'leg_weakness'),
    ('my legs not working, back hot', 'leg_weakness'),
    ('your legs just stop obeying you, you know?', 'leg_weakness'),
    ("I'm all unsteady on my feet and keep going over", 'leg_weakness'),
    ('I have had an accident in my knickers without knowing', 'bladder_bowel_dysfunction'),
    ('my old fella has stopped working since the back went', 'bladder_bowel_dysfunction'),
    ('bladder feels full to bursting yet not a drop will come out', 'bladder_bowel_dysfunction'),
    ('down below has gone totally numb', 'saddle_numbness'),
    ('she is numb downstairs and her back is hot', 'saddle_numbness'),
    ("tingling in the feet, the pair of them", 'both_legs_affected'),
    ('shins numb right down to the ankles on both sides', 'both_legs_affected'),
    ("he's been gasping since he sat down", 'chest_pain'),
    ('my watch says blood oxygen at 87', 'very_unwell'),
    ('the kettle steam caught my back and it has all blistered', 'severe_burn'),
    ('I was bucked off the pony onto the fence', 'trauma'),
    ('got dumped by a massive wave onto the sandbar', 'trauma'),
    ('the surfboard fin smacked me in the spine', 'trauma'),
    ('we were blown clean off our feet by the explosion', 'trauma'),
    ('he cannot feel his feet since the lifting', 'both_legs_affected'),
    ('my husband faint twice in the shop', 'collapse'),
    ("she's shivering like crazy under the blankets", 'very_unwell'),
    ('my son is very drowsy and difficult to rouse', 'very_unwell'),
    ("why can't my dad move his legs any more?", 'paralysis'),
    ('how come he cannot pass urine since the morning?', 'bladder_bowel_dysfunction'),
    ('only a few drops of wee come out each time', 'bladder_bowel_dysfunction'),
    ('I push and push but only a trickle', 'bladder_bowel_dysfunction'),
    ('his breathing is 32 per minute', 'very_unwell'),
    ('no sensation at all when sitting on the loo', 'saddle_numbness'),
    ("my right leg went dead on me and I had to drag it up the path", 'leg_weakness'),
    ('feels as if I am sitting on a block of ice down there', 'saddle_numbness'),
    ('she goes to wee and nothing comes', 'bladder_bowel_dysfunction'),
    ('he turned a bit grey around the mouth', 'very_unwell'),
    ('her lips look bluish', 'very_unwell'),
    ("I'm bursting for a wee and yet I can't go", 'bladder_bowel_dysfunction'),
    ('stood at the urinal for five minutes and nothing', 'bladder_bowel_dysfunction'),
    ("wet myself on the bus, I didn't even realise I needed to go", 'bladder_bowel_dysfunction'),
    ('his bowels let go by themselves', 'bladder_bowel_dysfunction'),
    ("dad's turned a horrible colour and won't talk", 'very_unwell'),
    ('she looks as pale as death', 'very_unwell'),
    ('my backside feels like it has had a local anaesthetic injection in my bum, numb', 'saddle_numbness'),
    ("he says he can't get enough air in", 'chest_pain'),
    ("I'm short of puff even lying in bed", 'chest_pain'),
    ('my ribcage feels clamped in a vice', 'chest_pain'),
    ("it's acid but not like it usually is, much higher", 'chest_pain'),
    ('sobbing with the pain, I am', 'severe_pain'),
    ("she can't cope with the pain any longer", 'severe_pain'),
    ('the burning is horrific', 'severe_pain'),
    ('my legs feel like wet noodles since this morning', 'leg_weakness'),
    ('he has to pick his right leg up with both hands to get it onto the bed', 'leg_weakness'),
    ('my son did a nosedive off the climbing frame', 'trauma'),
    ('she crashed head first into a tree on her sledge', 'trauma'),
    ('I landed hard on my tailbone off the horse', 'trauma'),
    # A long-standing sign with a time in its own clause is new (fifteenth round).
    ("I've always had a weak bladder, but today I can't hold my wee at all", 'bladder_bowel_dysfunction'),
    ("my legs have been weak for years and gave way this morning", 'leg_weakness'),
    ("what do we do he can't move his legs", 'paralysis'),
    ("what should I do I have wet myself without knowing", 'bladder_bowel_dysfunction'),
    # After lay_final12's blind scoring (on it as a development set; other words here)
    ('then something snapped inside my back, out of the blue', 'tearing_pain'),
    ('her back tore all of a sudden while she was sitting', 'tearing_pain'),
    ('I felt my back split like a seam', 'tearing_pain'),
    ('he got knocked over by a taxi this morning', 'trauma'),
    ('motorbike - accident - last night', 'trauma'),
    ('she fell off the climbing wall onto the mats and then the floor', 'trauma'),
    ('I went straight over the bonnet', 'trauma'),
    ('took a helmet to the small of my back at rugby', 'trauma'),
    ('landed on the ice flat on my back', 'trauma'),
    ('my knees keep going from under me', 'leg_weakness'),
    ("his legs don't do what he tells them any more", 'leg_weakness'),
    ('my pins are all shaky and useless', 'leg_weakness'),
    ("I can no longer manage the stairs now", 'leg_weakness'),
    ('my legs have just no strength in them', 'leg_weakness'),
    ('the baby is crying and I cannot tahan the pain', 'severe_pain'),
    ('pain 9, back on fire', 'severe_pain'),
    ('I greyed out at the top of the stairs', 'collapse'),
    ('I do not recommend fainting on a train', 'collapse'),
    ("I can't walk far without nearly passing out", 'collapse'),
    ('I tell my legs to move but nothing happens', 'paralysis'),
    ('the skin in the middle is white and leathery', 'severe_burn'),
    ('I am struggling to start my wee', 'bladder_bowel_dysfunction'),
    ('the whole day no urine', 'very_unwell'),
    ('when I wipe I feel nothing', 'saddle_numbness'),
    ('is it normal my bottom is numb on the loo?', 'saddle_numbness'),
    # lay_cases_final12's under-triage: "can't feel" a part, then the numbness said again, is no denial.
    ("I can't feel my privates or my backside when I sit, it has all gone numb down below", 'saddle_numbness'),
    ('the oven cleaner dripped all over my back while I scrubbed', 'severe_burn'),
    ('he messed himself on the way to the car and never felt it', 'bladder_bowel_dysfunction'),
    ('I went over the pony\'s neck and landed on my back on frozen ground', 'trauma'),
    # Sixteenth round (own probes in new voices: Yorkshire, West Country, Dublin, New York, Texan and
    # Appalachian speech, Kenyan, Ugandan and Malaysian English, machine-translated English, Gen-Z,
    # logs, chronic-pain baselines; other words here)
    ("next thing I'm lying on the garage floor with no idea how I got there", 'collapse'),
    ("the whole room tilted black and I woke up on the bathroom rug", 'collapse'),
    ("one moment she was laughing, the next she was out cold by the sink", 'collapse'),
    ("he came over all peculiar at the bus stop and dropped", 'collapse'),
    ("my wife was some minutes without consciousness on the stairs", 'collapse'),
    ("a pain ripped straight across my spine out of nowhere", 'tearing_pain'),
    ("it went pop and then ripped, right between my shoulders", 'tearing_pain'),
    ("he's in pieces with the pain and can barely answer me", 'severe_pain'),
    ("she can't even speak for the pain", 'severe_pain'),
    ("this is worse than when I broke my ankle", 'severe_pain'),
    ("a twelve out of ten, honestly", 'severe_pain'),
    ("urine does not come out even though I am bursting", 'bladder_bowel_dysfunction'),
    ("after the chip pan spilled the skin on my back went white and stiff", 'severe_burn'),
    ("his legs gave clean out on the landing", 'leg_weakness'),
    ("my knees just quit on me halfway up the hill", 'leg_weakness'),
    ("my legs have gone to pot since Sunday", 'leg_weakness'),
    ("took a tumble snowboarding and slammed into a rock", 'trauma'),
    ("the rickshaw man knocked her down on the corner", 'trauma'),
    ("I fell off the haystack onto the trailer", 'trauma'),
    ("the stage gave way under me during the gig", 'trauma'),
    ("temperature's awful, 103.8 this morning", 'high_fever'),
    ("my chest is murdering me", 'chest_pain'),
    ("both his feet don't feel a thing since lunch", 'both_legs_affected'),
    ("my father answers wrongly when I ask his name", 'very_unwell'),
    ("she passed straight out on the escalator", 'collapse'),
    ("the wee comes out by itself when I stand up", 'bladder_bowel_dysfunction'),
    ("I can not control my bowels since this morning", 'bladder_bowel_dysfunction'),
    ("my peepee has gone numb", 'bladder_bowel_dysfunction'),
    ("the pain is 9 of 10 when I turn", 'severe_pain'),
    ("she did not know anything for a couple of minutes after she dropped", 'collapse'),
    ("it was as if someone had sliced my back open, out of the blue", 'tearing_pain'),
    ("he got burnt on an electrical wire on the job and there's a mark on his back", 'severe_burn'),
    ("I came off the back of the ute at speed", 'trauma'),
    ("we could not rouse him for a good few minutes", 'very_unwell'),
    ("she was not there for a few seconds, eyes open but gone", 'collapse'),
    ("my grandad hasn't weed for fifteen hours", 'very_unwell'),
    ("she hasn't pee'd at all since yesterday", 'very_unwell'),
    ("his back is charred and blistering after the barbecue flare-up", 'severe_burn'),
    ("after the house fire the skin on her back came off in strips", 'severe_burn'),
    ("I'm leaking wee constantly since Tuesday", 'bladder_bowel_dysfunction'),
    ("I've had to wear pull-ups since my back went", 'bladder_bowel_dysfunction'),
    ("only a dribble comes however hard I try", 'bladder_bowel_dysfunction'),
    ("I couldn't feel the stool beneath my bottom", 'saddle_numbness'),
    ("his feet are like he's got cotton wool socks on, the pair of them", 'both_legs_affected'),
    ("tingling from the hips down in both legs", 'both_legs_affected'),
    ("pain's at a ten this morning", 'severe_pain'),
    ("crying my eyes out, the pain is so bad", 'severe_pain'),
    ("he fell down an inspection pit at the garage", 'trauma'),
    ("we got caught up in the pile-up on the A1", 'trauma'),
    ("his feet have felt dead for three days now, the pair of them", 'both_legs_affected'),
    ("the auto rickshaw overturned on the bend with us in it", 'trauma'),
    ("he is not able to pass motion since two days", 'bladder_bowel_dysfunction'),
    ("no feeling down there while sitting on the commode", 'saddle_numbness'),
    ("my head went completely blank and I dropped at the counter", 'collapse'),
    ("she has been drowsy all day long and won't eat", 'very_unwell'),
    ("we were in a crash on the motorway, we were fine at first but my back is burning now", 'trauma'),
    ("the heat goes right round to the front behind my sternum", 'chest_pain'),
    ("it's like indigestion and I don't usually suffer from it", 'chest_pain'),
    ("my heart felt like it was in a vice on the stairs", 'chest_pain'),
    ("I can't draw a proper breath at the moment", 'chest_pain'),
    ("a big wave hurled her against the sea wall", 'trauma'),
    ("my son dove head first into the shallow end and struck the bottom", 'trauma'),
    ("a joist came down across his back on site", 'trauma'),
    ("he is breathing like a steam engine and makes no sense", 'very_unwell'),
    ("something snapped in my back out of the blue, like a cable going", 'tearing_pain'),
    ("I couldn't get my wee started at all this morning", 'bladder_bowel_dysfunction'),
    ("her legs just wouldn't push her up off the chair", 'leg_weakness'),
    ("it hurts so much she's been sobbing on the sofa", 'severe_pain'),
    ("the burning today is a 9", 'severe_pain'),
    ("copped a nasty knee to the back in the scrum", 'trauma'),
    ("everything went dark before my eyes in the queue", 'collapse'),
    ("her legs and arms would not move for a minute", 'paralysis'),
    ("there's a charred patch where the wire touched my back", 'severe_burn'),
    ("she can't feel her bum cheeks on the sofa", 'saddle_numbness'),
    ("both legs are full of pins, right down to the feet", 'both_legs_affected'),
    ("I can't move my legs. The ambulance has gone to the wrong street.", 'paralysis'),
    ("What isn't normal is that I wet myself this morning without knowing", 'bladder_bowel_dysfunction'),
    # Seventeenth round (own probes), in other words than the probes.
    ("the postman found him spark out on the drive", 'collapse'),
    ("the dog sitter found me in a heap on the kitchen floor", 'collapse'),
    ("next thing I knew a nurse was tapping my cheek", 'collapse'),
    ("she keeps bringing her tea back up, poor thing", 'chest_pain'),
    ("panting and puffing lying in bed doing nothing", 'chest_pain'),
    ("my ticker is aching something awful", 'chest_pain'),
    ("his breaths are fast and shallow even lying down", 'very_unwell'),
    ("he's muttering gibberish and burning up", 'very_unwell'),
    ("it felt like my spine unzipped", 'tearing_pain'),
    ("my wee just trickles, there's no proper stream at all", 'bladder_bowel_dysfunction'),
    ("things haven't worked down below in the bedroom department since this began", 'bladder_bowel_dysfunction'),
    ("haven't been to the toilet for a pee since yesterday", 'very_unwell'),
    ("the burning has gone through the roof tonight", 'severe_pain'),
    ("she was howling with the pain in her back", 'severe_pain'),
    ("from the waist down, honestly, nothing will move", 'paralysis'),
    ("her legs lay on the mattress, they would not budge at all", 'paralysis'),
    ("his left foot keeps flapping on the pavement", 'leg_weakness'),
    ("the fever is raging tonight", 'high_fever'),
    ("the worst temperature she's ever had, shaking", 'high_fever'),
    ("like a strap pulled tight around his ribs at the front", 'chest_pain'),
    ("her fingertips have turned a bluish shade", 'very_unwell'),
    ("he's having shivering fits under the duvet", 'very_unwell'),
    ("an agony tore right through me between the shoulders", 'tearing_pain'),
    ("his legs just won't take him to the kitchen", 'leg_weakness'),
    ("molten steel spattered onto my back at work", 'severe_burn'),
    ("I strain and strain but just a trickle ever comes", 'bladder_bowel_dysfunction'),
    ("his trousers were soaked and he never even noticed", 'bladder_bowel_dysfunction'),
    ("I've had erection trouble ever since this started", 'bladder_bowel_dysfunction'),
    ("her temperature is the highest it has ever been", 'high_fever'),
    ("the ache is honestly hellish tonight", 'severe_pain'),
    ("this burning is the worst ever, I'm in bits", 'severe_pain'),
    ("then I blacked, right there in the queue", 'collapse'),
    ("it's like my chest is being clenched in a fist", 'chest_pain'),
    ("I just can't fill my lungs properly", 'chest_pain'),
    ("she's gone ashen and damp all over", 'very_unwell'),
    ("he hasn't passed any water since this morning", 'very_unwell'),
    ("I told my legs to walk and nothing happened", 'paralysis'),
    ("my sex life hasn't worked at all since this started", 'bladder_bowel_dysfunction'),
    ("my left foot won't lift up when I walk", 'leg_weakness'),
    ("my legs are like cardboard, they keep bending", 'leg_weakness'),
    ("this burning is way beyond words", 'severe_pain'),
    ("he fell all the way down the escalator at the station", 'trauma'),
    ("can't get up, her legs have completely gone", 'paralysis'),
    ("nothing from the waist down will work for him", 'paralysis'),
    ("his legs won't hold any more, he sits on the stairs", 'leg_weakness'),
    ("I keep weeing myself and can't tell when", 'bladder_bowel_dysfunction'),
    ("not exactly a pain in the chest, more a heaviness, and I'm sweating", 'chest_pain'),
    ("my son can't be roused properly this morning and he's hot", 'very_unwell'),
    ("she won't wake up fully, just groans", 'very_unwell'),
    ("my lad went over the handlebars of his BMX at the skate park", 'trauma'),
    ("I got up to answer the door and my legs wouldn't.", 'leg_weakness'),
    ("her legs wouldn't co-operate on the stairs", 'leg_weakness'),
    ("grandad fell in the garden and he can't remember it happening", 'collapse'),
    ("her legs gone, she's on the floor and can't shift them", 'paralysis'),
    ("I didn't realise I had wet the bed until the morning", 'bladder_bowel_dysfunction'),
    ("the ache has crept up to a 9 tonight", 'severe_pain'),
    ("my pain has hit 8 since dinner and nothing touches it", 'severe_pain'),
    ("no feeling in my bum or my private", 'bladder_bowel_dysfunction'),
    ("thought it was sciatica, but it's in both legs now", 'both_legs_affected'),
    ("my privates have gone nunb", 'saddle_numbness'),
    ("the heat in my spine is past bearing", 'severe_pain'),
    ("Legs - both tingling to the toes. Bladder ok.", 'both_legs_affected'),
    ("a tearing pain hit my lower back then I blacked out on the lino", 'collapse'),
    ("a tearing pain hit my lower back then I blacked out on the lino", 'tearing_pain'),
    ("there's only a trickle when I wee these days, it's new", 'bladder_bowel_dysfunction'),
    ("his stream has got so slow since Friday", 'bladder_bowel_dysfunction'),
    ("tingly feet - both - since lunch", 'both_legs_affected'),
    ("aching right down my legs, left and right, since this morning", 'both_legs_affected'),
    ("a shredding feeling went across my spine all at once", 'tearing_pain'),
    ("he can't raise his left foot properly any more, it flops down", 'leg_weakness'),
    ("a tight ache under my ribcage at the front", 'chest_pain'),
    ("I'm out of breath even sitting on the sofa", 'chest_pain'),
    # lay_cases_final14 (after its blind playing), in other words.
    ("at the sink everything went dark and when I opened my eyes I was on the tiles", 'collapse'),
    ("my backside and between my legs, it feels numb and dead", 'saddle_numbness'),
    ("had gallstones in 2018 and this is worse, easily a 9", 'severe_pain'),
    ("worse than labour, a 10, I can't sit still", 'severe_pain'),
    # Eighteenth round (lay_final14 as a development set), in other words.
    ("my uncle lost the senses in the shop for a moment, back hot since", 'collapse'),
    ("she fell out in the church hall, they said, and her back's on fire", 'collapse'),
    ("felt woozy at the till and next thing I was sprawled by the door", 'collapse'),
    ("I went down like a sack of spuds by the bins, back burning", 'collapse'),
    ("was flat out on the kitchen floor and came to with the cat on me", 'collapse'),
    ("his whole body keeps juddering and the back is scorching", 'very_unwell'),
    ("nan hasn't passed any water since breakfast yesterday, back warm", 'very_unwell'),
    ("his urinal has stayed bone dry since lunch yesterday", 'very_unwell'),
    ("the developer ran down her back and now the skin is raw and blistering", 'severe_burn'),
    ("the fat burnt a hole into my skin on the lower back, it's deep", 'severe_burn'),
    ("got a 240 volt jolt through my shoulder blade, burning there", 'severe_burn'),
    ("a blistered patch spreading across most of my back after the hot tar", 'severe_burn'),
    ("the nylon top melted onto my skin at the back", 'severe_burn'),
    ("a burn about 15 by 10 cm on his back from the exhaust", 'severe_burn'),
    ("at the toilet I get only a weak dribble now, back burning", 'bladder_bowel_dysfunction'),
    ("standing at the loo it takes ages to start, since the back pain", 'bladder_bowel_dysfunction'),
    ("I no longer get the sensation that I need to pee", 'bladder_bowel_dysfunction'),
    ("haven't noticed my bladder filling up since yesterday", 'bladder_bowel_dysfunction'),
    ("can't pee at all and my bladder feels full to bursting", 'bladder_bowel_dysfunction'),
    ("I leaked through my jeans on the bus without noticing", 'bladder_bowel_dysfunction'),
    ("leaking a bit with no warning since the burning began", 'bladder_bowel_dysfunction'),
    ("with my husband nothing works down there now", 'bladder_bowel_dysfunction'),
    ("down there I'm completely numb since last night", 'saddle_numbness'),
    ("I couldn't feel the tissue when I wiped this morning", 'saddle_numbness'),
    ("between my legs has gone numb since the back got hot", 'saddle_numbness'),
    ("my backside's been switched off, I can't feel it", 'saddle_numbness'),
    ("I can't really feel the chair beneath me, back warm", 'saddle_numbness'),
    ("the insides of both thighs feel like someone else's", 'saddle_numbness'),
    ("I'm numb there, round my back passage, since Monday", 'saddle_numbness'),
    ("my legs are as weak as a newborn lamb's since the burning", 'leg_weakness'),
    ("my legs feel like cooked spaghetti and the back is hot", 'leg_weakness'),
    ("I have to lean on the furniture to walk, legs just gone", 'leg_weakness'),
    ("my knees won't respond when I climb the stairs", 'leg_weakness'),
    ("it goes down to my feet on both sides, a burning pain", 'both_legs_affected'),
    ("a lorry ploughed into my van at the roundabout, back warm now", 'trauma'),
    ("I slipped off the ladder onto the patio, back burning", 'trauma'),
    ("got flung against the windscreen when we braked, back hot", 'trauma'),
    ("came down heavily on the kerb edge from the wall, back burns", 'trauma'),
    ("a beam swung round and struck me in the back at work", 'trauma'),
    ("the burn has spread into my upper tummy today, that's new", 'chest_pain'),
    ("a severe tearing sensation between my shoulder blades", 'severe_pain'),
    ("Pain? Nine. Back's boiling.", 'severe_pain'),
    ("temp? the thermometer say 39.8, back burning", 'high_fever'),
    ("bent to stroke the cat and something in my back tore, it's burning now", 'tearing_pain'),
    # Eighteenth round (lay_final11 to 13's leftovers), in other words.
    ("my legs plumb quit on me this morning, can't shift them, back on fire", 'paralysis'),
    ("when I tell my legs to move they just... don't. back hot", 'paralysis'),
    ("I sit there forever before anything comes out, back warm", 'bladder_bowel_dysfunction'),
    ("it only trickles out now, lower back burning", 'bladder_bowel_dysfunction'),
    ("I don't even know when I need to pee any more, back burning", 'bladder_bowel_dysfunction'),
    ("can't tell when my bladder is full these days, back hot", 'bladder_bowel_dysfunction'),
    ("there's no feeling in my willy since yesterday, back hot", 'bladder_bowel_dysfunction'),
    ("he says he can't feel a thing down there when he showers, back burning", 'bladder_bowel_dysfunction'),
    ("feels like I'm sitting on somebody else's bum, lower back warm", 'saddle_numbness'),
    ("me legs are so week today, back burning", 'leg_weakness'),
    ("my knees keep buckling on the stairs, back hot", 'leg_weakness'),
    ("my left leg won't lift onto the step, back warm", 'leg_weakness'),
    ("she's been weeing less and less, nothing at all since lunchtime yesterday", 'very_unwell'),
    ("like someone ripping a piece of velcro inside my spine, all of a sudden", 'tearing_pain'),
    ("I couldn't pee, tried for ages, just a trickle, lower back warm", 'bladder_bowel_dysfunction'),
    ("twice I haven't made it to the loo and wet myself, back warm", 'bladder_bowel_dysfunction'),
    # lay_cases_final15 (after its blind playing), in other words.
    ("apparently I had a nap on the pavement for a couple of seconds, back burning since", 'collapse'),
    ("it's like acid reflux, but she has never had reflux in her life, back hot", 'chest_pain'),
    ("his vest is soaking wet but his skin feels icy, back burning", 'chest_pain'),
    ("I was desperate to pee at work and nothing came out at all, back burning", 'bladder_bowel_dysfunction'),
    ("my jeans were wet when I got up and I hadn't noticed a thing, back hot", 'bladder_bowel_dysfunction'),
    # Nineteenth round (lay_final15 as a development set), in other words.
    ("she just crumpled like a folding chair at the bus stop, back burning since", 'collapse'),
    ("felt sick at the altar, and out for a couple of seconds, now my back is hot", 'collapse'),
    ("dad slid down the fridge door and wouldn't talk to us, his back's been warm", 'collapse'),
    ("patient unresponsive for about 15 seconds then came round, lower back burning", 'collapse'),
    ("grandad went all floppy and slumped over the table, back hot for days", 'collapse'),
    ("my vision was closing in dark at the sides in the queue, back burning", 'collapse'),
    ("next thing two paramedics are tapping my cheek, back's hot", 'collapse'),
    ("feels like a piano is resting on my chest and my upper back burns", 'chest_pain'),
    ("her legs have gone all marbly, and the back burns", 'very_unwell'),
    ("mum was asking me the same thing again and again tonight, back's hot", 'very_unwell'),
    ("like a zip bursting from my neck to my bum, then burning", 'tearing_pain'),
    ("sitting on the loo it was a real tear, deep in the back, now it burns", 'tearing_pain'),
    ("I have to pull myself along the hall using my arms, back burning", 'paralysis'),
    ("scalded his back with the kettle, the burn's bigger than his hand", 'severe_burn'),
    ("nothing has been happening in the bedroom since my back got hot, it always did", 'bladder_bowel_dysfunction'),
    ("the nurse said my bladder had nearly 1.5 litres, and I never felt full", 'bladder_bowel_dysfunction'),
    ("he's usually fully continent and he soaked the bed, back warm", 'bladder_bowel_dysfunction'),
    ("my wee has been feeble since the burning started", 'bladder_bowel_dysfunction'),
    ("I push really hard to get the flow going, back hot", 'bladder_bowel_dysfunction'),
    ("both my bum cheeks feel numb, lower back hot", 'saddle_numbness'),
    ("my glutes have been dead to touch since Tuesday, back warm", 'saddle_numbness'),
    ("my legs are there but they keep giving way when I turn, back burning", 'leg_weakness'),
    ("I can't push up onto my toes on the stairs any more", 'leg_weakness'),
    ("legs: noodles. back: on fire", 'leg_weakness'),
    ("I can't cross the kitchen without holding onto the worktop, back hot", 'leg_weakness'),
    ("jolts down both legs since the morning, back warm", 'both_legs_affected'),
    ("I've had kidney stones and this is far worse, my back is on fire", 'severe_pain'),
    ("got thrown off the quad and landed hard, back hot since", 'trauma'),
    ("fell out of my wheelchair onto the patio, back burning", 'trauma'),
    # Nineteenth round (older development sets' leftovers), in other words.
    ("came round with a paramedic slapping my cheek in the shop, back burning", 'collapse'),
    ("I had to lie down on the kitchen floor before I fainted, back hot", 'collapse'),
    ("boiling fat spilt down my back and left a huge weeping patch", 'severe_burn'),
    ("felt like someone tore my back open from the inside, now it burns", 'tearing_pain'),
    ("I felt something coming apart in there, then the heat", 'tearing_pain'),
    ("two mishaps, bladder wise, since the back went hot", 'bladder_bowel_dysfunction'),
    ("my flow has been really quite weak since the burning came", 'bladder_bowel_dysfunction'),
    ("nothing is normal down there, it has gone numb, back burning", 'saddle_numbness'),
    ("numbness across the saddle area since Sunday, back warm", 'saddle_numbness'),
    ("my backside has no feeling at all today, back hot", 'saddle_numbness'),
    ("his legs have gone both tingly, back burning", 'both_legs_affected'),
    ("the pain is so much, I no fit bear am", 'severe_pain'),
    ("the ache went into my left leg at tea time, then also the right leg by bedtime", 'both_legs_affected'),
    ("was it one leg or both? both, sadly, and my back is hot", 'both_legs_affected'),
    ("I've had three babies and honestly this in my back is far worse", 'severe_pain'),
    ("that numb feeling after a filling? this, but where I sit", 'saddle_numbness'),
    ("pinprick: absent over the perineum, back burning", 'saddle_numbness'),
    ("picture that, but your whole bottom, and it won't wear off", 'saddle_numbness'),
    ("a loss of feeling around the seat since the weekend, back warm", 'saddle_numbness'),
    ("a rending pain down the spine, then heat", 'tearing_pain'),
    ("as if my back were being split down the middle, then warmth", 'tearing_pain'),
    ("came off the scaffold, a good three metres up, back burning since", 'trauma'),
    # lay_cases_final16 (after its blind playing), in other words.
    ("I keep trying to go to the loo for a wee but nothing comes, back hot", 'bladder_bowel_dysfunction'),
    ("he tumbled down a full flight of stairs at work and the middle of his back burns", 'trauma'),
    ("fell off the top of the trailer onto the yard, back burning", 'trauma'),
    ("it felt like my back was rent apart, then heat", 'tearing_pain'),
    # Nineteenth round: the look-alikes' exclusions keep the real thing.
    ("he collapsed on the bed when he tried to stand, back burning", 'collapse'),
    ("she passed out on the bathroom floor, back hot", 'collapse'),
    ("got kicked in the back by a horse, now it burns", 'trauma'),
    # Nineteenth round (lay_final16 as a development set), in other words.
    ("my wife fell down in the hall and did not answer me for a while, back warm", 'collapse'),
    ("I got up and the whole world went black, then I was on the rug", 'collapse'),
    ("I didn't pass out fully, but nearly, in the queue, back burning", 'collapse'),
    ("when I came home I find him on the floor, he says his back is hot", 'collapse'),
    ("dad just went down by the shed, we got him up and he's in the chair, back hot", 'collapse'),
    ("my vision greyed out twice at work, back warm", 'collapse'),
    ("she was gone for about ten seconds, then came back, back burning", 'collapse'),
    ("a cold perspiration all over and the upper back burns", 'chest_pain'),
    ("a strange heaviness down my left arm and my back is hot", 'chest_pain'),
    # Twentieth round (lay_final17 as a development set, its misses), in other words.
    ("then I wake up on the floor of the kitchen, back hot", "collapse"),
    ("he was not answering for about a minute, back burning", "collapse"),
    ("my eyes went black and I had to sit down, back hot", "collapse"),
    ("the burning got so bad she was sick on the floor", "chest_pain"),
    ("he hasn't passed any urine since yesterday morning, back hot", "very_unwell"),
    ("pain in my back like a tear, out of nowhere", "tearing_pain"),
    ("the pain is worse than giving birth, back burning", "severe_pain"),
    ("I wet my knickers at the bus stop without feeling it, back warm", "bladder_bowel_dysfunction"),
    ("I'm failing to hold my water since Monday, back burning", "bladder_bowel_dysfunction"),
    ("my bowels let me down on the bus, back hot", "bladder_bowel_dysfunction"),
    ("since the burning started I can't get it up", "bladder_bowel_dysfunction"),
    ("the kettle went down my back and the blister is bigger than a dinner plate", "severe_burn"),
    ("came off at the last fence, back burning", "trauma"),
    ("the ladder went and I came down from roof height onto the drive, back hot", "trauma"),
    # Twenty-second round (lay_final20 as a development set, its misses), in other words.
    ("the room went round and round and she fell by the sink, her back is hot", "collapse"),
    ("he was gone for a few seconds on the sofa, then came to, back burning", "collapse"),
    ("my breath is not enough when I walk, and the back between my shoulders burns", "chest_pain"),
    ("I can't catch my breath and my upper back is burning", "chest_pain"),
    ("grandma is not knowing any of us today and her back is hot", "very_unwell"),
    ("he keeps calling me by the name of his brother, and his back burns", "very_unwell"),
    ("her face went white like chalk and her back is burning", "very_unwell"),
    ("like tearing a sheet into two pieces inside my back, then burning", "tearing_pain"),
    ("as if someone pulled the two halves of my back apart, now it's hot", "tearing_pain"),
    ("it felt like the flesh pulled off the bone in my back, burning since", "tearing_pain"),
    ("not even one leg can move since this morning, back burning", "paralysis"),
    ("his legs are heavy as logs and he can't make them move, back hot", "paralysis"),
    ("a red patch the size of a dinner plate where the hot fat landed on my back", "severe_burn"),
    ("huge bubbles came up on his back after the boiling water", "severe_burn"),
    ("the skin on her back is peeling off in sheets after the bath, she says it burns", "severe_burn"),
    ("his wee won't come out no matter how he tries, back burning", "bladder_bowel_dysfunction"),
    ("she messed the bed and did not feel it coming, her back is hot", "bladder_bowel_dysfunction"),
    ("both my feet feel like ants are crawling in them, back burning", "both_legs_affected"),
    ("left leg and right leg are aching all the way down, back hot", "both_legs_affected"),
    ("she was rolling on the floor with it, her back is on fire", "severe_pain"),
    ("I fell from high off the hay loft, back burning since", "trauma"),
    ("we rolled the truck on the ice last night and his back is hot", "trauma"),
    ("a car hit him on the crossing and his back burns", "trauma"),
    # Twenty-second round (lay_final19 as a development set, its misses), in other words.
    ("my grandad blacked clean out on the bus, his back has been hot all week", "collapse"),
    ("mum fell into a faint at the checkout, her back burns", "collapse"),
    ("my aunt had a malaise in church and her back is warm since", "collapse"),
    ("it went black before my eyes in the shower, back hot", "collapse"),
    ("the kitchen went sort of dark round the edges and I grabbed the sink, back burning", "collapse"),
    ("my nonna collapsed on the landing this morning, her back is hot", "collapse"),
    ("like sticky tape being ripped off, but inside me, and my back burns now", "tearing_pain"),
    ("felt like someone pulled the two halves apart at my waist, burning now", "tearing_pain"),
    ("he said it was like someone tried to unzip his back, it burns", "tearing_pain"),
    ("her back was torn open from inside, she said, and it burns", "tearing_pain"),
    ("a bolt of pain, like splitting my back, then burning", "tearing_pain"),
    ("his legs won't do anything he asks, back burning since the fall", "paralysis"),
    ("she can't make her arms move at all, upper back hot", "paralysis"),
    ("both her arms stopped obeying for a few minutes, back warm", "paralysis"),
    ("dad's legs wouldn't budge off the bed this morning, back burning", "paralysis"),
    ("I fell off the loft hatch and landed on my back from about 3 metres, burning now", "trauma"),
    ("we got rear-ended and the airbags went off, my lower back is hot", "trauma"),
    ("a bus clipped my car at the junction, back burning since", "trauma"),
    ("my son met with a road accident on his scooter, back burning", "trauma"),
    ("I got hit hard on the back by a falling crate at work, it burns", "trauma"),
    ("an electric shock off the cooker left a black scorched mark on my back and it burns", "severe_burn"),
    ("the burn from the iron is the size of a saucer on her back", "severe_burn"),
    ("drain cleaner splashed my back and the skin is peeling and weeping", "severe_burn"),
    ("the steam blistered him from his shoulders to his waist", "severe_burn"),
    ("he's not getting the feeling that he needs to pee anymore, back warm", "bladder_bowel_dysfunction"),
    ("she couldn't hold her bowels in the car, back hot", "bladder_bowel_dysfunction"),
    ("I'm bursting but nothing comes out, lower back burning", "bladder_bowel_dysfunction"),
    ("I don't feel the 'I need to go' feeling any more, back hot", "bladder_bowel_dysfunction"),
    ("he can't feel anything in his privates since Sunday, back warm", "saddle_numbness"),
    ("sitting down I can't feel my bum at all, back burning", "saddle_numbness"),
    ("the insides of my thighs feel dead and my back is hot", "saddle_numbness"),
    ("I can't stand up from a chair without using my arms now, back burning", "leg_weakness"),
    ("my legs have stopped doing what I tell them, back hot", "leg_weakness"),
    ("her legs, both of them, are tingling all the way down, back warm", "both_legs_affected"),
    ("he looks white in the face and his back is burning", "very_unwell"),
    ("she hasn't passed a drop of urine since yesterday, back hot", "very_unwell"),
    ("he's shaking uncontrollably and his back burns", "very_unwell"),
    ("I'd rate it a 9 honestly, my back burns", "severe_pain"),
    ("there's a brick on my chest and my back burns", "chest_pain"),
    # Twenty-first round (lay_final18 as a development set, its misses), in other words.
    ("grandad's knees suddenly went and he sat down hard on the floor, back burning", "leg_weakness"),
    ("an ache crept down the inside of my left arm and my upper back burns", "chest_pain"),
    ("it burns low in my back and shoots down the legs, left one and right one", "both_legs_affected"),
    ("this morning her legs refused to move and her back is hot", "paralysis"),
    ("my arms went useless for five minutes, couldn't hold the cup, back burning", "paralysis"),
    ("legs feel feeble on the stairs since the back started burning", "leg_weakness"),
    ("temperature de 39.8 and his lower back is on fire", "high_fever"),
    ("I was howling in pain last night, my back burns", "severe_pain"),
    ("Her legs gave out at the bus stop, she couldn't move either of them, back hot", "paralysis"),
    ("went dizzy at the till and grabbed the counter or I'd have gone over, back hot", "collapse"),
    ("it stings when I spend a penny and my side is warm", "urinary_symptoms"),
    ("her waterworks are burning and her lower back is hot", "urinary_symptoms"),
    ("a horrible RRIPP went through my back as I bent over, now it's scorching", "tearing_pain"),
    ("as if a plaster got yanked off the inside of my spine, and now it burns", "tearing_pain"),
    ("my back burns and there is so so much pain", "severe_pain"),
    ("he was spark out on the landing for a minute, back hot", "collapse"),
    ("we can hardly keep her awake today and her back is burning", "very_unwell"),
    ("walking up the hill I couldn't get my wind, upper back burning", "chest_pain"),
    ("she is not really knowing when her bladder is full any more, back warm", "bladder_bowel_dysfunction"),
    ("a falling branch came down and caught me across the back, burning since", "trauma"),
    ("my son fell down the attic stairs head first, his back is hot now", "trauma"),
    ("a zap off the live rail left a burnt hole on my shoulder, back burning", "severe_burn"),
    # Twenty-first round (lay_final17 leftovers: questions about the writer's own state), in other words.
    ("why can't she feel the loo roll when she wipes? her back is hot", "saddle_numbness"),
    ("is it normal for my right foot to scuff along the pavement? back burning", "leg_weakness"),
    ("Is it normal to not be able to wee when I really need to? back hot", "bladder_bowel_dysfunction"),
    ("how is anyone supposed to work when the burning in their back is this excruciating?", "severe_pain"),
    # Twentieth round (lay_cases_final17 after its blind playing), in other words.
    ("teeth chattering and I can't stop shaking, back burning", "very_unwell"),
    ("\U0001F9B5\U0001F9B5\u274c can't lift either leg. back hot", "paralysis"),
    ("I fainted and my legs are numb. None of those things ever happened before.", "collapse"),
    ("some bleach from the bucket trickled down my lower back and it burns", "severe_burn"),
    ("the swell threw me off the top rung of the ladder, back hot now", "trauma"),
    ("bent to pick up the saddle and my back went riiiip, now it's hot", "tearing_pain"),
    # Twentieth round: the pain itself said to be very strong.
    ("my back burns and the pain is really strong", "severe_pain"),
    # Twentieth round: a date set off by commas, with the sign said to be back today.
    ("Back in May, I fainted, and it happened again last night, back hot", "collapse"),
    # Twentieth round: after a denied item, a clause of its own (a subject or a verb) or a finding
    # set against the denials is not the list's next item.
    ("no temperature, my legs feel weak", "leg_weakness"),
    ("no chills, her legs give way though", "leg_weakness"),
    ("not feverish, my feet feel numb", "leg_numbness"),
    ("no fever, his legs are weak and wobbly", "leg_weakness"),
    ("mum hasn't passed urine once today, back hot", 'very_unwell'),
    ("grandma says things that make no sense tonight, back warm", 'very_unwell'),
    ("his legs went on the stairs and he can't move them at all now", 'paralysis'),
    ("her arms and legs are heavy, she can't move any of them, back burning", 'paralysis'),
    ("oven cleaner ran down my back. My skin has gone brown", 'severe_burn'),
    ("there are lots of blisters, big ones, across her back after the kettle", 'severe_burn'),
    ("he got a shock off the fuse box and there's a burn mark on his back", 'severe_burn'),
    ("I can't pass the urine since morning, back burning", 'bladder_bowel_dysfunction'),
    ("my father did the toilet in his trousers and didn't feel it, back hot", 'bladder_bowel_dysfunction'),
    ("I had no warning from my bowels today, back warm", 'bladder_bowel_dysfunction'),
    ("her bowel just let go at the shops, back burning", 'bladder_bowel_dysfunction'),
    ("my inner thighs have no feeling since Monday, back hot", 'saddle_numbness'),
    ("I pinch them and feel nothing, my buttocks, back warm", 'saddle_numbness'),
    ("both legs have ants crawling in them, back hot", 'both_legs_affected'),
    ("the pain is going down the legs, both, since lunch", 'both_legs_affected'),
    ("the pain is bad, I'd say a 9, back burning", 'severe_pain'),
    ("he landed badly on his back off the trampoline, now it burns", 'trauma'),
    ("I was struck by a car on the crossing, back burning", 'trauma'),
    ("the thermometer says 103.5, back burning", 'high_fever'),
    # Twenty-third round: a collapse after a place and a conjunction is the writer's (the thing-collapsed
    # ignores had taken "the tent and collapsed").
    ("I crawled out of the tent and collapsed, back burning", 'collapse'),
    ("got to the car then collapsed, my back is on fire", 'collapse'),
    # Twenty-third round (lay_final20's misses; other words here): numb legs said to be on both sides.
    ("my calves and feet have gone tingly and dead, both sides, and my low back is warm", 'both_legs_affected'),
    ("pins and needles from the knees to the toes, left and right the same, back burning", 'both_legs_affected'),
    # Twenty-fourth round (lay_final21 as a development set), in other words.
    ("like somebody tore a towel into two pieces inside my back", "tearing_pain"),
    ("it felt like someone was prising my back open, then the burning", "tearing_pain"),
    ("as though someone ran a hacksaw down my spine, out of nowhere", "tearing_pain"),
    ("it felt as if it was being torn apart, my back, all at once", "tearing_pain"),
    ("went like a cable snapping in my back, then the heat", "tearing_pain"),
    ("fell off the scaffold, about ten feet onto the tarmac, back burns", "trauma"),
    ("the ladder went and I came down onto the driveway, now my back's hot", "trauma"),
    ("a lorry rear-ended us on the bypass yesterday, my back has been hot since", "trauma"),
    ("a tractor struck him in the yard and his back burns now", "trauma"),
    ("the quad flipped and I got thrown off onto the gravel, back's warm", "trauma"),
    ("a pallet slipped off the forklift and came down across his back, it burns", "trauma"),
    ("he says it's the worst pain in his whole life, his back is on fire", "severe_pain"),
    ("Back's burning. Worst ever!", "severe_pain"),
    ("my back is hot and she cannot endure it any longer", "severe_pain"),
    ("the pain is so bad he can't even speak, back burning", "severe_pain"),
    ("my nan didn't know what day it was this morning, her back is hot", "very_unwell"),
    ("her lips have a bluish tinge and her back is burning", "very_unwell"),
    ("grandad keeps talking with no sense since his back got hot", "very_unwell"),
    ("he shivers and he can't stop it, back burning", "very_unwell"),
    ("her face is the colour of candle wax, back hot", "very_unwell"),
    ("when I shake her she opens her eyes and closes them again, back hot", "very_unwell"),
    ("I couldn't get my legs to move this morning, my back burns", "paralysis"),
    ("his legs stayed where they were when he tried to stand, back hot", "paralysis"),
    ("her legs were no use at all when she got up, back warm", "paralysis"),
    ("the aching goes down the backs of each thigh, back hot", "both_legs_affected"),
    ("a burning pain right down the two legs into the feet", "both_legs_affected"),
    ("fizzing down each leg since the weekend and my back's warm", "both_legs_affected"),
    ("right leg, left leg, the two are pins and needles, back hot", "both_legs_affected"),
    ("got to the toilet and not a drop came, back burning", "bladder_bowel_dysfunction"),
    ("my backside feels like it belonged to somebody else, back hot", "saddle_numbness"),
    ("the place where he sits feels like he had an injection, back warm", "saddle_numbness"),
    ("Temp 39.8 and the back is hot", "high_fever"),
    ("temp's over 103 this evening and my back burns", "high_fever"),
    # Twenty-fourth round (older development sets' leftovers), in other words.
    ("back hot. both feet pins n needles", "leg_numbness"),
    ("tingling from my waist to my feet, left and right, back warm", "both_legs_affected"),
    ("his tackle's gone numb since Tuesday, back burns", "bladder_bowel_dysfunction"),
    ("her knees keep giving way on her, back warm", "leg_weakness"),
    # Twenty-fourth round (lay_final22 after its blind scoring), in other words.
    ("pins and needles going down both legs at once, back warm", "both_legs_affected"),
    ("my legs, right and left, are zinging down to my feet, back hot", "leg_numbness"),
    ("he slumped sideways off the stool at the bar, back burning", "collapse"),
    ("next thing I knew I was lying on the kitchen floor, back hot", "collapse"),
    ("blow me if I didn't pass out in the queue, back burning", "collapse"),
    ("I tell my legs to move and they don't listen, not one bit, back hot", "paralysis"),
    ("not a flicker in either leg when the nurse asked, back burns", "paralysis"),
    ("I wet my pants at work and never felt it coming, back burning", "bladder_bowel_dysfunction"),
    ("he's never known when his bladder's full since Friday, back hot", "bladder_bowel_dysfunction"),
    ("wee comes out only in drips, back burning", "bladder_bowel_dysfunction"),
    ("took a whack of a cricket bat across the back, now it burns", "trauma"),
    ("the quad rolled over on the hill and I was pinned under it, back hot", "trauma"),
    ("worst he's ever felt, back on fire", "severe_pain"),
    ("can't find any position to lie in, back burning", "severe_pain"),
    ("the pain has him screaming, back burning", "severe_pain"),
    ("dad's hardly making sense and his back is hot", "very_unwell"),
    ("she's barely waking up to eat, back burning", "very_unwell"),
    ("he keeps nodding off at the table, back hot", "very_unwell"),
    ("can't get two words out without a breath, back burning", "chest_pain"),
    ("felt like a blade split me down the back, out of nowhere", "tearing_pain"),
    ("like a balloon bursting in my back, then burning", "tearing_pain"),
    ("my bum feels like a shot of freezing from the dentist, back hot", "saddle_numbness"),
    # Safety: a person's observed sign and an insisting "not one bit" stay present.
    ("My missus reckons I'm dragging my left foot, back's hot", "leg_weakness"),
    ("he's on the floor and can't move his legs, not one bit, back burning", "paralysis"),
    ("he rates it 9/10 and his back burns", "severe_pain"),
    # Twenty-fifth round (lay_final23 and lay_cases_final23 after their blind scoring), in other words.
    ("his legs won't listen to him at all since lunch, back hot", "paralysis"),
    ("her legs are lying there like planks, she can't lift them, back burns", "paralysis"),
    ("he can't even stir his legs under the duvet, back warm", "paralysis"),
    ("both my legs just refuse since I woke, back on fire", "paralysis"),
    ("went to the loo an hour ago, stood at the toilet ages and nothing, back burning", "bladder_bowel_dysfunction"),
    ("he wet himself on the sofa and didn't feel it happen, back hot", "bladder_bowel_dysfunction"),
    ("my brother says people told him he wasn't there for about two minutes, back burns", "collapse"),
    ("her eyes rolled back and she slid down the wall, back hot", "collapse"),
    ("felt like I was about to pass out at the till, back burning", "collapse"),
    ("it's like a house brick is pressing on my front, back warm", "chest_pain"),
    ("sweating buckets yet cold to the touch, back burns", "chest_pain"),
    ("the heat's moved into my left arm and my jaw, back burning", "chest_pain"),
    ("nan's talking strange and doesn't know what month it is, back hot", "very_unwell"),
    ("we can hardly wake her this morning, back burning", "very_unwell"),
    ("her lips lookin a bit blue, back burning", "very_unwell"),
    ("like wet paper tearing apart down my spine, then heat", "tearing_pain"),
    ("he's biting the pillow with it, back burning", "severe_pain"),
    ("it had me screaming in the car park, back burning", "severe_pain"),
    ("her foot slaps the floor flat when she walks, back warm", "leg_weakness"),
    ("came off the scaffold, about 3 metre, back burns", "trauma"),
    ("the thermometer, I used it twice, each time it said 103, back hot", "high_fever"),
    ("like being unzipped, then my back went red hot", "tearing_pain"),
    ("my skin came up in bubbles from my shoulders to my waist after the fat pan caught", "severe_burn"),
    ("she can't feel nothing down below since last night, back warm", "saddle_numbness"),
    ("I had never once fainted before this morning, back hot", "collapse"),
    # Twenty-fifth round, second pass, in other words.
    ("tingling down both legs now, the right one and the left one, back burns", "both_legs_affected"),
    ("the left foot and the right foot have gone numb since tea time, back hot", "both_legs_affected"),
    ("his left leg and his right leg are both aching down to the ankle, back warm", "both_legs_affected"),
    ("the burning is at 9 now, it was a 3 this morning", "severe_pain"),
    ("I had a whitey in the queue and came to on the floor tiles, back hot", "collapse"),
    ("next thing she knew she was flat on the landing, back burning", "collapse"),
    ("had to sit with my head between my knees at the checkout, back hot", "collapse"),
    ("he can't get his legs to do anything this morning, back hot", "paralysis"),
    ("I couldn't so much as wiggle a toe for a good while, back burning", "paralysis"),
    ("my legs feel like they're full of wet cement, back hot", "leg_weakness"),
    ("the mare lashed out and got him in the back, now it burns", "trauma"),
    ("a van knocked her off her bike into the hedge, back burning", "trauma"),
    ("every time I go to the loo it stings, back warm near the kidney", "urinary_symptoms"),
    ("drain cleaner splashed on my back at work, red and burning", "severe_burn"),
    ("the skin where the kettle went is white and leathery, back burns", "severe_burn"),
    # Twenty-seventh round (lay_cases_final25's first-reply misses), in other words: Scots for a pain that spreads to
    # the jaw and arm; thrown down onto the back.
    ("it's sair atween ma shouthers an noo it's gaun up intae ma jaa", "chest_pain"),
    ("the burning is creeping up into my jaw and I feel sick", "chest_pain"),
    ("the bull caught me and dashed me down hard onto the rails, my back burns", "trauma"),
    # Twenty-eighth round (lay_final26 after its blind scoring, its misses), in other words.
    ("the ache went from her shoulder right up into her teeth, back burning", "chest_pain"),
    ("halfway up the stairs I couldn't get air in and my back was on fire", "chest_pain"),
    ("he says it's like the meat is coming off the bone in his back", "tearing_pain"),
    ("I push and push to pee and nothing comes, back hot", "bladder_bowel_dysfunction"),
    ("since the back went hot nothing works for me as a man", "bladder_bowel_dysfunction"),
    ("she wet through her pad and never felt the need to go, back burning", "bladder_bowel_dysfunction"),
    ("both my feet full of needles since lunch, back hot", "leg_numbness"),
    ("it's a pain where you can't talk, back burning", "severe_pain"),
    ("he hasn't passed a drop since breakfast yesterday and his back is hot", "very_unwell"),
    ("I can't keep my eyes open and my back is roasting", "very_unwell"),
    ("she's breathing ever so fast lying still, back hot", "very_unwell"),
    ("my right foot keeps catching, I can't pick it up properly, back warm", "leg_weakness"),
    # Twenty-ninth round (lay_final27 after its blind scoring, its misses), in other words.
    ("grandad just went down in a heap by the shed, back burning all week", "collapse"),
    ("for half a minute she wasn't with us at all, and her back is on fire", "collapse"),
    ("he's passed no water since he got up yesterday and his back burns", "very_unwell"),
    ("she keeps asking who I am and her back is hot", "very_unwell"),
    ("I sit on the toilet and try and nothing comes out, back roasting", "bladder_bowel_dysfunction"),
    ("she's not feeling when she needs the toilet any more, back warm", "bladder_bowel_dysfunction"),
    ("it felt like my back was being wrenched apart, now it burns", "tearing_pain"),
    ("like someone unzipped my spine in one go, then heat", "tearing_pain"),
    ("she said it went like a sheet of canvas ripping up her back", "tearing_pain"),
    ("I could not make either leg move for ten minutes, back burning", "paralysis"),
    ("hot tar slopped down his back at work, skin is black", "severe_burn"),
    ("there's a charred patch on her shoulder blade from the live wire", "severe_burn"),
    ("a van knocked him over by a car park, no, knocked over by a car I mean, back hot now", "trauma"),
    ("she went over the banister and landed in the hall, back burns", "trauma"),
    ("it stings when I wee and the side of my back is hot", "urinary_symptoms"),
    ("I wake like I've been for a swim, sheets wringing, back warm", "night_sweats"),
    ("he says there's ants in both his legs, back hot", "both_legs_affected"),
    ("I've gone numb around my, erm, backside, back burning", "saddle_numbness"),
    # Twenty-ninth round (lay_cases_final28's under-triage), in other words: "not feeling well" denies nothing after it.
    ("mum's not feeling too well, she's had a temperature since yesterday and her back burns", "fever"),
    # A big piece of furniture carried is a strain (asked again before the twenty-eighth round).
    ("we lugged my nan's old piano into the van, lower back warm since", "recent_strain"),
    # Thirtieth round (lay_final28, its last misses), in other words: a meal brought up with the pain; air that will
    # not come, said without "n't"; a heartburn-like feeling the person never gets; a fall named by where it was
    # from; a full blow of a bat or stick; Tok Pisin "lek".
    ("he chucked up his tea when the back pain peaked, his back is burning", "chest_pain"),
    ("mum no can catch air when she walk, back hot", "chest_pain"),
    ("a heartburny feeling up under his ribs, which he never gets, and his back is hot", "chest_pain"),
    ("a right tumble he had, straight off the top of the hay trailer, back burning since", "trauma"),
    ("copped a full whack of a hurley right across the back in the match, it's burning now", "trauma"),
    ("em i tok lek i no strong, and his back is hot", "leg_weakness"),
    # Thirtieth round, second part (lay_final29 after its blind scoring, its misses), in other words.
    ("since teatime he has not been able to move his legs at all, back hot", "paralysis"),
    ("his legs didn't move when he tried to get up, back warm", "paralysis"),
    ("his legs are not doing anything at all, back burning", "paralysis"),
    ("she keeled at the checkout, lights out for a good few seconds, back burning since", "collapse"),
    ("her eyes roll and she fall down in the kitchen, back hot", "collapse"),
    ("after that she no wake for short while, her back hot", "collapse"),
    ("he says he was out of it for a bit on the stairs, back burning", "collapse"),
    ("dad cant get enuff air walking to the car, back hot", "chest_pain"),
    ("she can't finish her sentences, back burns", "chest_pain"),
    ("my chest like a man knelt on it, back hot", "chest_pain"),
    ("we were in a road traffic collision on the bypass, lower back hot since", "trauma"),
    ("the van was hit side-on by a bus, lower back warm since", "trauma"),
    ("he went backwards into the railings at speed, back burning", "trauma"),
    ("got pitched off the quad on the hill, back warm", "trauma"),
    ("PLEASE my dad fell off the scaffold this morning, back on fire, he says he's ok but I don't believe him",
     "trauma"),
    ("I've been nipping to the toilet far more often than usual and my side is hot", "urinary_symptoms"),
    ("she's weeing like a tap, every twenty minutes, back warm near the kidney", "urinary_symptoms"),
    ("it stings when she goes and she's up to the loo all night, back hot", "urinary_symptoms"),
    ("she's jerking about even under four blankets, back hot", "very_unwell"),
    ("her knees have gone all mottly and she's drowsey, back hot", "very_unwell"),
    ("like his back just got pulled apart between the shoulders, now it burns", "tearing_pain"),
    ("the sore from the hot water bottle is white and waxy, back hot", "severe_burn"),
    ("his bowels opened in the bed and he never felt it, back warm", "bladder_bowel_dysfunction"),
    ("twice I've not made it to the toilet, no warning at all, back hot", "bladder_bowel_dysfunction"),
    ("he can't get a decent stream going any more, back hot", "bladder_bowel_dysfunction"),
    ("his foot hangs down when he walks, back warm", "leg_weakness"),
    ("his left foot does this odd thing where it slaps on the ground, back warm", "leg_weakness"),
    ("the toe catches, and she's tripped twice since, back hot", "leg_weakness"),
    ("mum's pins and needle in her leg since lunch, back hot", "leg_numbness"),
    # Thirtieth round, third part (lay_final30 after its blind scoring, its misses), in other words.
    ("she asked me again who I was, twice now, and her back is hot", "very_unwell"),
    ("mum thinks it's 1987 and that I'm her sister, back burning all week", "very_unwell"),
    ("he's been chatting utter nonsense since lunch and his back is hot", "very_unwell"),
    ("nae peed at all since last night, back burnin", "very_unwell"),
    ("this morning she was unable to stir her legs from the bed, back burning", "paralysis"),
    ("I seem to need to go very often and the side of my back is warm", "urinary_symptoms"),
    ("my waterworks are a bit stingy and my back's warm by the kidney", "urinary_symptoms"),
    # A numbness that came back within minutes, felt again now, stays.
    ("my bottom went numb and the feeling came back after 5 minutes but now it's numb again, back hot",
     "saddle_numbness"),
    # Thirty-first round (lay_final31 after its blind scoring, its misses), in other words.
    ("my dad can't catch his wind even lying in bed, and his back is roasting", "chest_pain"),
    ("she's brought her breakfast up three times this morning with the warm ache in her back", "chest_pain"),
    ("he's not been for a pee since yesterday at all and his back is hot", "very_unwell"),
    ("gran fell over in the hallway and she isn't responding, her back was hot all day", "collapse"),
    ("he splashed paint remover down his back at work and it's gone all blistered", "severe_burn"),
    ("my wee would barely come this morning and the small of my back is warm", "bladder_bowel_dysfunction"),
    ("it dribbled out slow and thin, never like that before, back hot", "bladder_bowel_dysfunction"),
    ("he has been unable to make water since teatime, back burning", "bladder_bowel_dysfunction"),
    ("grandad wet the armchair this afternoon, first time ever, and his back is warm", "bladder_bowel_dysfunction"),
    ("her legs just won't do what she wants them to, back burning since Sunday", "leg_weakness"),
    ("he's holding onto the furniture to get about the house, back hot", "leg_weakness"),
    ("the burning in my back is so bad I can't stand it any more", "severe_pain"),
    ("my son took a tumble off the garage roof on Saturday and his back burns since", "trauma"),
    ("she's up to the loo every five minutes and her back is warm by the kidney", "urinary_symptoms"),
    ("he is passing water much more often than usual, and his side is hot", "urinary_symptoms"),
    ("when I do the short call it stings, and my back is warm on the right", "urinary_symptoms"),
    ("my waterworks are scalding when I go, back warm low down", "urinary_symptoms"),
    # Thirty-first round, second part (lay_final31, its asked-first misses), in other words.
    ("my uncle dropped down three times this morning, his back is hot", "collapse"),
    ("she slid off the stool onto the floor with her eyes shut for a bit, back burning", "collapse"),
    ("he said something sort of tore in his back all at once, it's been warm for days", "tearing_pain"),
    ("mum says her back just came apart, sudden, after it was warm all week", "tearing_pain"),
    ("he didn't know he needed the loo till it came out, never before, back hot", "bladder_bowel_dysfunction"),
    ("grandad did a poo in his trousers without knowing, back burning", "bladder_bowel_dysfunction"),
    ("she's having trouble with number one since yesterday, back warm", "bladder_bowel_dysfunction"),
    ("I can't get anything out though I'm bursting, lower back warm", "bladder_bowel_dysfunction"),
    ("the part of him on which he sits has no feeling now, back hot", "saddle_numbness"),
    ("my left foot keeps scuffing on the ground when I walk, new today, back burns", "leg_weakness"),
    ("her legs are completely useless since lunch, back hot", "paralysis"),
    ("dad is crying from the pain in his burning back", "severe_pain"),
    ("the pain in her back was hectic, she's on the floor", "severe_pain"),
    ("he got knocked on the back by a falling beam on site and it burns now", "trauma"),
    # Thirty-second round (lay_final32 after its blind scoring, its misses), in other words.
    ("she was gone for a couple of seconds on the kitchen floor, back burning all day", "collapse"),
    ("he felt he would lose his senses and had to sit, his back is hot", "collapse"),
    ("her head flopped to the side on the sofa for a bit, back hot since yesterday", "collapse"),
    ("mum is having trouble getting her breath even sat down, back burning", "chest_pain"),
    ("he went over all clammy at the table, back warm between the shoulders", "chest_pain"),
    ("she stops mid-sentence to get air, and her back is warm", "chest_pain"),
    ("breathing 40 a minute just lying there, back burning", "very_unwell"),
    ("grandad can't be properly woken this morning and his back was hot", "very_unwell"),
    ("inside my back it tore, all at once, now it's hot", "tearing_pain"),
    ("like someone pulling the flesh apart, then the burning started", "tearing_pain"),
    ("he touched a live wire and there's a burnt black mark on his shoulder blade", "severe_burn"),
    ("my wee comes out really thin now, like a thread, never before, back warm", "bladder_bowel_dysfunction"),
    ("I have to strain and wait until it starts, back warm low down", "bladder_bowel_dysfunction"),
    ("she has lost control of her bowels since yesterday, back burning", "bladder_bowel_dysfunction"),
    ("my nan's hindquarters have gone numb, back hot", "saddle_numbness"),
    ("he says he has never hurt this much, the burning in his back", "severe_pain"),
    ("his right foot dragged as he walked this morning, back burning", "leg_weakness"),
    ("she's back and forth to the toilet all night, back warm on the left", "urinary_symptoms"),
    ("he came down off the roof onto the patio and his back burns", "trauma"),
    ("she had a 'leak' in her knickers at the office and never felt it happen, back burning",
     "bladder_bowel_dysfunction"),
]


@pytest.mark.parametrize("text, finding", PRESENT)
def test_lay_wording_reports_the_red_flag(text, finding):
    got = symptoms(text)
    assert (finding, False) in got, f"{text!r}: expected {finding} present, got {sorted(got)}"


DENIED = [
    # Forty-third round (lay_final42): a normal reading on the real thermometer; a wetting denied next to a numb
    # seat (the seat's numbness implies no bladder sign the writer denies); a faint asked about by a child, denied.
    ("my niece's toy kit said 104 but the real thermometer says I'm normal, back warm", "fever"),
    ("my bum and the tops of my thighs have no feeling, I haven't wet myself, peeing fine, back "
     'hot', 'bladder_bowel_dysfunction'),
    ("my little girl asked if Mummy is going to faint, I told her I've never fainted, back warm", "collapse"),
    ("I had a kidney infection in the spring but that's cleared, no stinging when I pee now, "
     'back warm', 'urinary_symptoms'),
    # Forty-second round (lay_final41): a list after a heading that names it as a list, then "none of those".
    ("The leaflet's questions were fainting, numb bum, chest pain. None of those, back warm.", "collapse"),
    ("the website's list is fainting, chest pain. None of them, just a hot back", "chest_pain"),
    # Thirtieth round (lay_final29): a fever said as a likeness, then a normal reading.
    ("it feels like a fever to him, but the thermometer says 36.7", "fever"),
    # Thirtieth round (lay_final28): a normal reading given after a hedge.
    ("I took his temperature and I think it was 36.9, his back is hot", "fever"),
    # Twenty-ninth round (lay_final27): the bare verb denied; the seat felt as ever.
    ("she did not faint, she just sat down hard, back warm", "collapse"),
    ("he can feel his bum fine on the chair, back burning", "saddle_numbness"),
    # Twenty-seventh round (lay_final25): West Country "bain't".
    ("she bain't got a fever, but her back's burning", "fever"),
    # Twenty-sixth round (lay_final24): weight lost on purpose, said a few words later.
    ("I lost 3 kilos, but it was on purpose, cutting out sugar", "weight_loss"),
    # Twenty-sixth round (lay_final23): a finding named as a topic, then denied after a comma.
    ("Chest pain, it has not come once, only the back", "chest_pain"),
    ("The shaking and fever, that never showed up, thank goodness", "fever"),
    ("Passing out: didn't happen.", "collapse"),
    ("numb legs - they haven't happened at all", "leg_numbness"),
    ("High fever, I haven't, checked it twice", "high_fever"),
    # Twenty-second round (lay_final20 as a development set), in other words.
    ("Collapse, never in my life. Numb legs, no.", "collapse"),
    ("Doctor, e no get chest pain at all, na only the back", "chest_pain"),
    ("me I no get chest pain, only the back", "chest_pain"),
    # Twenty-second round (lay_final19 as a development set), in other words.
    ("I can't get off the floor because it hurts, not because my legs are weak", "leg_weakness"),
    ("his legs are not weaker than last week, he walks like always", "leg_weakness"),
    # Twenty-first round (lay_final18 as a development set), in other words.
    ("Quick Y/N from the cab: collapse N, numb legs N, bladder fine Y", "collapse"),
    ("High fever she has not, we took it twice.", "high_fever"),
    ("Chest pain I don't have, only the back.", "chest_pain"),
    ("no faints at all, no tight chest", "collapse"),
    ("collapsing \u2718 chest pain \u2718 fever \u2718", "collapse"),
    ("chest pain \u274c, fainting \u274c", "chest_pain"),
    ("no numbness down there", "saddle_numbness"),
    ("there's no numbness between my legs", "saddle_numbness"),
    ("I can feel everything when I wipe", "saddle_numbness"),
    ("my groin feels normal", "saddle_numbness"),
    ("I can pee fine", "bladder_bowel_dysfunction"),
    ("my bladder and bowels are fine", "bladder_bowel_dysfunction"),
    ("no problems controlling my bladder", "bladder_bowel_dysfunction"),
    ("I haven't wet myself", "bladder_bowel_dysfunction"),
    ("no leaking of wee", "bladder_bowel_dysfunction"),
    ("no night sweats", "night_sweats"),
    ("I don't wake up drenched", "night_sweats"),
    ("my sheets are dry in the morning", "night_sweats"),
    ("I haven't had any falls", "trauma"),
    ("I wasn't in a car accident", "trauma"),
    ("no injury at all", "trauma"),
    ("it's not a tearing pain", "tearing_pain"),
    ("I can move my legs fine", "paralysis"),
    ("I lost a stone on purpose for my wedding", "weight_loss"),
    ("I've been trying to lose weight since Christmas", "weight_loss"),
    ("my fever has gone now", "fever"),
    ("no temperature, my temp's fine", "fever"),
    ("I can still move either leg fine", "paralysis"),
    # "no" reaches through "trouble with my" (a noun phrase, not a new clause).
    ("no trouble with my bladder or bowels", "bladder_bowel_dysfunction"),
    ("no problems with my waterworks or my bowels", "bladder_bowel_dysfunction"),
    ("my weight's going down on purpose, I'm dieting", "weight_loss"),
    ("it feels like a rash but there's nothing to see", "rash"),
    # Denied genital numbness denies saddle numbness only: it says nothing of the bladder.
    ("my privates aren't numb", "saddle_numbness"),
    ("I lost weight on Mounjaro, that was the plan", "weight_loss"),
    # A note-like reading: "temp normal, 37.1".
    ("temp normal, 37.1 this morning", "fever"),
    # Sixteenth round: a heading of several findings, answers in brackets, a "No:" heading, "not an issue".
    ("Chills/fever: none", "fever"),
    ("Numb feet & tingling: nil", "leg_numbness"),
    ("Temperature (no) rash (no)", "fever"),
    ("None of these: fever, rash, fainting.", "fever"),
    ("None of these: fever, rash, fainting.", "collapse"),
    ("the fever hasn't been a problem at all", "fever"),
    # After lay_final13 was scored once: answers after a comma and in translated word order.
    ("Collapse, no. Fever, none.", "collapse"),
    ("Collapse, no. Fever, none.", "fever"),
    ("Rash there is not, fever there is not.", "fever"),
    ("Numb legs I have none.", "leg_numbness"),
    ("Tingling in the feet or the legs, no.", "leg_numbness"),
    # Eighteenth round: a denial counted or bracketed before its list.
    ("No x3 (passing out, weak legs, chest pain). Back warm.", "collapse"),
    ("No x3 (passing out, weak legs, chest pain). Back warm.", "leg_weakness"),
    ("nope (fever, fainting), just a hot back", "fever"),
    ("Passing out? Not. Fever? Nope.", "collapse"),
    # Nineteenth round (lay_final16 as a development set), in other words.
    ("No: faints, chest pain, fever. Only a warm patch low on the back", "collapse"),
    ("No: faints, chest pain, fever. Only a warm patch low on the back", "chest_pain"),
    ("Fever no. Numb in the saddle region no. Back warm yes.", "saddle_numbness"),
    # Twentieth round (lay_final17 as a development set): a reading crossed out, crosses before the items,
    # a list denied by the sentence after it.
    ("temperature above 39.4 \u2717  fainting \u2717", "high_fever"),
    ("answers: \U0001F6AB passing out \U0001F6AB chest tightness \U0001F6AB weak legs", "collapse"),
    ("answers: \U0001F6AB passing out \U0001F6AB chest tightness \U0001F6AB weak legs", "leg_weakness"),
    ("My list: fainting, numb groin, losing control of my bladder. None of those, luckily.", "saddle_numbness"),
    ("My list: fainting, numb groin, losing control of my bladder. None of those, luckily.",
     "bladder_bowel_dysfunction"),
    # Twentieth round: a denied score, a normal reading with its time between, taking the temperature
    # before a denial, and bowel habits said to be unchanged.
    ("it isn't a 9 out of 10, more like a 4, back warm", "severe_pain"),
    ("never 8/10, it sits around 3 most days", "severe_pain"),
    ("my temperature last night was 37.1, back hot", "fever"),
    ("I took the temperature. No fever, only warm in the back", "fever"),
    ("bowel habits are unaffected, back burning", "bladder_bowel_dysfunction"),
    # Twentieth round: an adjective before its own site starts the next item of a list ("weak legs, numb
    # groin" is no numbness of the legs), and an item's tail noun ("issues") keeps the list going.
    ("Nope: weak legs, numb groin, bladder issues, a high temp", "saddle_numbness"),
    ("Nope: weak legs, numb groin, bladder issues, a high temp", "fever"),
    ("None of these: leg weakness, numb backside, waterworks problems, high temperature", "fever"),
    # Twenty-third round (lay_final21): a panto answer after the question; zeros in a list.
    ("Passed out? Oh no I haven't! Back's just warm", "collapse"),
    ("- 0 weak legs\n- 0 numb bum\n- back warm", "leg_weakness"),
    ("zero chest pain, zero fainting, just a warm back", "chest_pain"),
    # Twenty-third round: Scots "I've no had a temperature".
    ("I've no had a temperature, it's just the heat in my back", "fever"),
    # Twenty-fourth round (lay_final21): a limit named, not a reading taken ("No fever over 103").
    ("no temperature above 103 at any point, back warm", "high_fever"),
    ("temp hasn't gone past 39.5 today, back warm", "high_fever"),
    ("Temperature 103 or more \u2717  Rash \u2713", "high_fever"),
    ("fever never reached 104, just a warm back", "high_fever"),
    # Twenty-fourth round: "nowhere near", "not a sausage" after a checklist item, Bristol "ent", a normal reading.
    ("pain about a 3, nowhere near unbearable", "severe_pain"),
    ("Question four, fainting, not a sausage!", "collapse"),
    ("She ent got a fever, I felt her head", "fever"),
    ("I took his temperature, it was normal, back warm", "fever"),
    ("- temp ordinary\n- back warm", "fever"),
    ("Fever, I have not even a little. Chills, neither.", "fever"),
    ("the temperature is down now, 36.8, back warm", "fever"),
    ("took my own temperature this morning, it is normal, back warm", "fever"),
]


def test_denied_genital_numbness_does_not_deny_the_bladder():
    for text in ["my privates aren't numb", "no numbness in my genitals"]:
        assert not {f for f, _ in symptoms(text)} & {"bladder_bowel_dysfunction"}, text


@pytest.mark.parametrize("text", ["Nope: weak legs, numb groin, bladder issues, a high temp",
                                  "None of these: leg weakness, numb backside, waterworks problems, high temperature",
                                  "no leg weakness, numb bum or bladder trouble"])
def test_a_numbness_listed_before_its_own_site_is_not_the_legs(text):
    assert "leg_numbness" not in {f for f, _ in symptoms(text)}, text


def test_sciatica_in_both_legs_is_not_numbness():
    """Thirty-ninth round (lay_final39): "sciatic in both leg" is pain down both legs, no numbness of them."""
    got = symptoms("she's got sciatic down both legs this week, back burning")
    assert ("both_legs_affected", False) in got and ("leg_numbness", False) not in got, sorted(got)


@pytest.mark.parametrize("text", ["his bum and the inside of his legs at the top are numb, back hot",
                                  "the top of the inside of my thighs has gone numb, back warm",
                                  "no siente las nalgas, back burning"])
def test_numb_buttocks_or_thighs_are_not_the_genitals(text):
    """Thirty-sixth round: words of the seat and the thighs had been listed with the genitals, whose numbness is also
    bladder_bowel_dysfunction (spec v2); they are the saddle alone."""
    got = symptoms(text)
    assert ("saddle_numbness", False) in got and ("bladder_bowel_dysfunction", False) not in got, sorted(got)


@pytest.mark.parametrize("text, finding", DENIED)
def test_a_denial_never_reports_the_red_flag_present(text, finding):
    assert_denied(text, finding)


LOOK_ALIKES = [
    # Forty-second round (lay_final41 after its blind scoring, its false emergencies), in other words.
    "the cat knocked the vase off the top of the fridge, my back is warm",
    "I did a backward roll at yoga and landed on my back on the mat, back warm",
    "the kids wrapped both my legs in seaweed at the beach, back warm",
    "the climbing harness straps dig round both my thighs, back hot",
    "both my legs bend fine, it's just my back that burns",
    "the old table had one of its legs snap under the weight of the turkey, back warm",
    "a branch gave way under my foot on the walk but I caught myself, back hot",
    "a picture fell off the wall in the night but it landed on the sofa, back warm",
    "skin came off my thumb on the bike chain last week, healed now, back hot",
    "my car engine has a fever again, the gauge says 104, and my back is warm",
    "the sugar thermometer read 115 for the fudge, my back is burning",
    "my daughter gave my cooking 10 out of 10 for effort, back warm",
    "a 10/10 cracker of a match last night, back hot today",
    "I'm muddled by the new tax forms, that's all, back burning",
    "the blistering was on the paintwork of the shed, back hot",
    "I wet my trousers in the rain this morning, back warm",
    "the kids are not listening to me today, back warm",
    "the smell in the bins was so bad I was sick, back warm",
    "I came down from the loft with the boxes and my back is warm",
    # Twentieth round (lay_final17 as a development set), in other words.
    "the gazebo collapsed in the storm last night, anyway my back is warm",
    "went tearing around the park after the kids, now my lower back is warm",
    "I had the shakes after a cold swim but it stopped once I was dry, my back is warm this week",
    "diving accidents can leave you paralysed, I worry about it, my back is warm",
    "my bum went numb on the bus seat but came back once I stood up, back warm",
    "falls from height are drilled into us daily, I've never fallen, back warm",
    "her grandson had a really high fever, she herself is fine, back warm",
    "If the pain went into my arm would that be bad? it hasn't, just a warm back",
    "the leaflet says numbness between your legs is serious, I have none, back warm",
    "Read the list: passing out, numb groin, wetting myself. None of those, luckily. Back warm.",
    # Twentieth round: a date that leads its sentence or trails the sign, set off by commas.
    "Ages ago, maybe 2011, I blacked out at a wedding. Nothing like it since. Now just a warm lower back.",
    "I had a really high temperature, 40.2, back in March with covid. My back has been warm this week.",
    "came off my motorbike in '03, pins in my leg since, back warm lately",
    # Twentieth round: a long-standing sign said to be unchanged, then news of the back itself.
    "both feet have been numb for years with my sugar, no change, but today my lower back is burning",
    "I've had pins and needles in both feet for years, unchanged, but since Monday my back between the shoulder "
    "blades is warm",
    "the baby wet the bed",
    "my toddler kicked me in the back",
    "I watched a film about a car crash",
    "I tore my hamstring playing football",
    "I ripped my jeans bending over",
    "I'm tearing my hair out with this",
    "I fell asleep on the sofa",
    "I sweat a lot at the gym",
    "my car broke down on the motorway",
    "I hit the gym hard yesterday",
    "I had to push the car up the hill",
    "the dog jumped up at me",
    "my bum is sore from the bike seat",
    "I need the loo more when I drink tea",
    "the swelling went down like a deflated balloon",
    "I found my glasses on the floor",
    "I tore a muscle in my calf at the gym",
    "I felt a tear in my hamstring when I sprinted",
    "my mum found me on the sofa watching telly",
    "I can still move both legs no problem",
    "the horse was standing on me in the stable, it trod on my foot",
    "I keep popping to the loo because I drink so much water",
    "I nearly fainted when I saw the bill for the car",
    "I get acid burning in my throat after spicy food",
    "I almost had a heart attack when I opened the gas bill",
    "slipped on the kitchen floor but I'm fine",
    "the screen went black on my phone",
    "I smoke weed sometimes to relax",
    "I was paralysed with shock when I heard the news",
    "I almost peed myself laughing at the film",
    "my bum went numb on the long flight but it's fine now",
    "legs like lead after the spin class",
    "today has been a total train wreck",
    # Eighth round (lay_final5.yml's false emergencies; other words here)
    "the motorway was completely paralysed by the fog this morning",
    "I laughed so hard at the dog I nearly wet meself",
    "I almost soiled myself when the alarm went off",
    "the cinema seats give me a numb bum but it wears off the moment I stand",
    "after squats yesterday my legs feel like jelly",
    "spin class this morning so both my legs are wobbly",
    "both my thighs are stiff from the long walk",
    "it hit 39 degrees in Seville so I stayed inside",
    "the traffic on the way here was unbearable",
    "I was in a cold sweat waiting for my driving test result",
    "the deckchair collapsed under me at the beach",
    # Eighth round, second part (lay_dev5.yml's look-alikes; other words here)
    "I about had a heart attack when I saw the parking fine",
    "passed out in my armchair after a long shift, woke at midnight",
    "my legs gave out at the end of the fun run, years ago now",
    "I can't wee when someone is waiting outside the door, never could",
    "the hotel was a ten out of ten, loved it",
    "it's been a complete car crash of a month",
    "saw a programme on strokes and it frightened me",
    "after the hike both my legs are killing me",
    "my feet went dead sitting cross-legged on the floor, fine now",
    # Eighth round, third part (lay_dev6.yml's look-alikes; other words here)
    "I'm paralysed with dread about the results",
    "our defence got ripped to shreds in the second half",
    "his tongue is blue from the ice lolly",
    "my jaw aches since the dentist took a wisdom tooth out",
    "I was watching a film where the man passed out on a train",
    "I dropped off in front of the telly and woke up with a stiff back",
    "my brother's the one who came off his bike last week, not me",
    "the queue was a 10/10 pain in the neck",
    "my legs gave way when I saw the size of the bill",
    "I've been dead tired all week",
    "my backside's numb from the bleachers but it goes once I stand up",
    "legs like jelly, but that's from cycling to work",
    # Eighth round, fourth part (lay_dev7.yml's look-alikes; other words here)
    "I collapsed onto the sofa, knackered after work",
    "the whole midfield collapsed after half time",
    "there's a series where a nurse gets burnt with acid, it gave me nightmares",
    "my knees went weak with relief when the results came",
    "the match was a 10 out of 10 disaster for us",
    "we lost 9-1, that was the only agony",
    "feels like I've been run over by a steamroller but nothing happened",
    "I had 39.6 when I had covid back in March, no temperature now",
    "the cat has a fever of 40 the vet says, none for me though",
    "my brother's legs both went numb after his op, I was just telling him about my back",
    # After lay_final6's blind scoring (its look-alikes; other words here)
    "I always collapse onto the couch after a shift",
    "there's been a weight on my shoulders, what with the move and work",
    "my heart's been aching since she passed",
    "my back is as hot as if I had a fever",
    "my toddler had 39.8 last week, not me",
    "my feet fell asleep from kneeling at church, fine once I stood",
    # Seventeenth round (own probes), in other words than the probes.
    "our washing machine collapsed off its stand, I'm ok, back a bit warm",
    "I spent the day passing out leaflets in town and my back burns",
    "watched a pile-up on the news last night, anyway my back is warm",
    "I can still feel both feet perfectly fine, just a warm back",
    # Twenty-first round (lay_cases_final18 after its blind playing), in other words.
    "I fire pottery so I'm used to 45 degrees by the kiln, this warmth in my back is new",
    "my upper back gets hot in waves, nobody can explain it and frankly I'm confused.",
    "the dog likes sleeping on my legs at night, my back is warm in the mornings",
    "Years back, in 2011, I blacked out at a concert; this week my back started burning",
    "the marquee half collapsed in the gale and I spent the morning re-pegging it, back warm since",
    "our whole defence collapsed in the second half, I'm gutted and my back is hot",
    "I got big blisters on both hands from the spade, my lower back burns",
    "the only collapse this week was my sponge cake, back warm though",
    "only time I go numb is watching my team lose, back is burning",
    "thought I'd pass out on the hill, just puffed, got my breath back at the top. back warm",
    "the spin studio is kept at 35 degrees, my back stays hot afterwards",
    "legs were like jelly after the half marathon but I walked to the car fine, back hot",
    "new trainers 10/10 would recommend, my back is warm today",
    "both legs of the relay went well, back feels warm now",
    "long coach trip, my bum went numb but it came back when I walked around, back warm",
    "the baby was sick all over my shoulder and my back is warm and damp",
    "the party just went by so fast, we all sat down on the floor at the end, back warm",
    # Twenty-second round (lay_final20 as a development set and lay_cases_final20 after its blind playing), in other
    # words.
    "my back's been burning since I shifted forty bags of cement off the lorry",
    "spent Sunday heaving those old railway sleepers into the skip, back warm since",
    "the legs on our kitchen table are wobbly so I've been leaning funny, back warm",
    "my curry tonight was 10 out of 10 for taste, my back's a bit warm though",
    "her sponge scored 9 out of 10 at the show, and my lower back is hot from baking all week",
    "we laughed so hard at the panto I nearly wet myself, back warm today from the seats",
    "legs like jelly after the half marathon finish, back a bit hot now",
    "my backside went a bit numb from sitting through the recital, fine once I stood, back warm",
    "the trains are paralysed by the strike so I walked miles, back burning",
    "our team had a total collapse in the second half, and my back's warm from shouting",
    "my old pub quiz team is called Chest Pain United, my back's warm today",
    "been ripping out brambles all afternoon and my back burns",
    "my chest puffed up with pride at his graduation, back a bit warm from the seats",
    "I lie on a 40C heat pad most nights, my back is warm after",
    "one of the kids fainted in assembly this morning, poor thing, my own back is just warm",
    "a woman in front of me in the queue fainted, I held her up, my back's hot since",
    "Back in 2015 I had a kidney infection with 39.9, all sorted in hospital then. This time just a warm back",
    "I passed out once, in the year 2000, nothing like that lately, back warm",
    "my little brother had a fever all week, but me, I have no fever, just a warm back",
    "my wife's the one who faints, she went down at a wedding three summers ago, my back is warm",
    # Twenty-second round (lay_final20's misses, their look-alikes), in other words.
    "a band of burning round my left side with tiny water bubbles on it",
    # Twenty-second round (lay_final19 as a development set), in other words.
    "I watched a car crash outside the shop this morning, wasn't involved, my back's warm",
    "passed out once in nineteen ninety-two, never again, my lower back is warm",
    "my clue today: 'Fainting spell in the chest (6)'. My upper back is warm",
    "tore the wax strip off and it pulled every hair out, the skin there is warm",
    "spotted a long-tailed skua off Flamborough, my back's warm from the hide",
    # Twenty-first round (lay_final19 as a development set), in other words.
    "after a day on the allotment my hands are covered in blisters and my back is warm",
    "on the long bus ride my bottom went totally numb but it comes back once I get up, back warm",
    "my knees go weak whenever my husband smiles at me, anyway my upper back burns",
    "our restaurant went bust last year, total collapse, and now my back gets hot at my new job",
    "10/10 on the music round tonight! back still warm though",
    "watching the penalties was agony, my lower back is warm",
    "I spent the evening tearing up old carpet and my back is hot now",
    "pulled off a plaster from my shoulder and the skin there is warm",
    "one of my clients can't walk at all so I lift him a lot, my own lower back gets hot",
    "a gentleman at the next table collapsed at dinner, I'm fine, my back's just warm",
    "DD had 39.9 at the weekend, all better now, my own back is warm",

    "one of our residents collapsed at lunch which was scary, my own thing is a warm lower back",
    # Twenty-seventh round (lay_final24's last false emergencies), in other words: a part in a drill quoted with
    # an apostrophe inside; a word the phone changed, corrected in capitals or after an asterisk; a word quoted
    # back as a question; a packet's side effects and a page read out; patients in general where one works.
    "I was the victim in the first-aid course, 'collapsed, can't feel his legs', and my lower back burns from the "
    "cold floor",
    "fainted the fence *painted the fence, back hot since",
    "my back's been hot since I fainted the gate yesterday. PAINTED the gate. this phone!",
    "'Rigors'? never heard that word. my back is hot in the middle",
    "You asked about 'paralysis'? What's that mean? My back burns",
    "The ibuprofen leaflet lists vomiting and chest pain as side effects, scary stuff. My back is warm low down.",
    "I read the warning list out loud to my mum, 'numb bum', 'can't pee', and we laughed. My upper back burns though.",
    "I clean at a care home, in the wing where residents who can't control their bladder sleep. My back burns from "
    "the mopping.",
    # Twenty-seventh round (lay_final25 as a development set, its false emergencies), in other words: lessons,
    # chapters and dreams said first; a near miss; another person who collapsed; a look compared with a fight;
    # heaving beside another effort; normal readings; patients in general.
    "my uni module on spinal emergencies listed numb groin, wetting yourself and weak legs, none of which I have; "
    "my lower back is warm from the library chairs",
    "in the driving theory chapter on first aid: casualty collapsed, not breathing. My back burns from revising",
    "Had a nightmare I was trapped and couldn't move my legs, woke up fine, back warm",
    "a lorry nearly hit me on the roundabout, missed by inches, my back is hot from the cab",
    "we carried a collapsed climber down on the stretcher last weekend, my back has burned since",
    "the physio says I look like I've been in a fight with all these cupping marks, back feels warm",
    "rowing training was all pulling and heaving, now my back is hot",
    "temp taken twice today, 36.9 and 37.1, my back is warm",
    "my patients have spinal injuries and can't walk, I'm the nurse hoisting them and my back burns",
    # Twenty-seventh round (lay_cases_final25's over-triage), in other words: furniture legs, a dye, an evening
    # rated, loads heaved, a collapsed awning.
    "the back leg of the piano stool gave way under me at practice, no harm, back warm since the weekend",
    "my fingers are all purple, don't panic, it's the beetroot dye from the chutney batch, back burns",
    "the ceilidh on Friday? 10/10, best night of the year, and now my back is warm",
    "spent the day heaving sandbags onto the trailer, lower back hot",
    "the awning on our caravan collapsed in the gale and I spent the night fixing it, back warm",
]

#: Ordinary events and idioms that must not report the red flag named.
NOT_THE_RED_FLAG = [
    # Forty-third round (lay_final42 after its blind scoring, its false emergencies), in other words.
    ('the guide said a berry here can paralyse you if eaten so we left them alone, my back is warm', 'paralysis'),
    ("I've been reading about a bridge which could collapse in the next storm, my back is warm", 'collapse'),
    ('the gazebo blew over in the gust and collapsed flat, my back is hot since Tuesday', 'collapse'),
    ("my grandson asked if Grandad was going to faint, no I've never fainted, back warm low down", 'collapse'),
    ("out on the estuary mud I sank to my knees and couldn't move either leg till my mate "
     'pulled me out, legs fine, back warm', 'collapse'),
    ("out on the estuary mud I sank to my knees and couldn't move either leg till my mate "
     'pulled me out, legs fine, back warm', 'paralysis'),
    ('my bum went numb on the long coach trip but it came back after ten minutes walking, back '
     'warm now', 'saddle_numbness'),
    ('the app asked me to rate the delivery and I gave it a 9, back is warm at the bottom', 'severe_pain'),
    ('my daughter hit ten out of ten on her spelling test, my back has been warm all week', 'severe_pain'),
    ("the only ripping I've had was my jeans tearing at the knee on the fence, back warm for days", 'tearing_pain'),
    ('my fleece caught on the gate and it ripped right up the back, back is hot since Monday', 'tearing_pain'),
    ('on the dig they showed us a Roman skull broken by a heavy blow, my back is warm', 'trauma'),
    ('the guide said a fall off that tower would kill you, lovely, my back is warm low down', 'trauma'),
    ("I dropped my keys off the top of the ladder, didn't fall myself, back has been warm all week", 'trauma'),
    ('one of the legs on the trestle table gave way and folded under, my back is warm', 'leg_weakness'),
    ('the zoom connection was terrible and everyone sounded slurred and garbled, my back is warm', 'very_unwell'),
    ('apologies if my message is jumbled, my back is warm in the middle for three days', 'very_unwell'),
    ('the cheese had a mottled blue look, I ate it anyway, my back is warm', 'very_unwell'),
    ('we boiled the marmalade up to 105 degrees for setting, my back is warm, no fever', 'high_fever'),
    ('the engine temperature went to 104 degrees on the motorway, my back is warm in the middle', 'high_fever'),
    ('the temp gauge read 103 and the radiator steamed, my back burns a bit', 'high_fever'),
    ("my antique mercury thermometer is stuck on 104, I don't have a temperature, back warm", 'high_fever'),
    ('my son took my temperature with his toy medical kit, my back is warm', 'fever'),
    ('I put a fiver on the horse at Cheltenham, my back is warm', 'fever'),
    ('in our game a wizard paralysed my dwarf for two turns, real life my back is warm', 'paralysis'),
    ('my elf fell 40 feet off the castle wall in the game, I have had no fall myself, back warm', 'trauma'),
    # Fortieth round (lay_final40 after its blind scoring, its false emergencies), in other words.
    ("the kite crashed when the wind dropped and the big one collapsed, back warm", "collapse"),
    ("a slate came off the roof, it fell three floors onto the drive, back warm", "trauma"),
    ("a pallet rolled off the lorry and dented the van, back warm", "trauma"),
    ("we welded both legs back onto the old bench, back warm", "both_legs_affected"),
    ("scraping burnt sugar off the pan is agony, back a bit warm", "severe_pain"),
    ("my stress levels are 10 out of 10 with work, back warm", "severe_pain"),
    ("the wallpaper is all mottled with age, back warm", "very_unwell"),
    ("a splash of bleach landed on my apron, back warm", "severe_burn"),
    # (lay_cases_final40: knees that fold when he walks, then legs "not listening", are weak, not paralysed.)
    ("my knees just fold when I walk to the till, the legs just aren't listening to me, back hot", "paralysis"),
    # Thirty-ninth round (lay_final39 after its blind scoring, its false emergencies and denials read present), in
    # other words.
    ("the concert was ten out of ten, he said, best night of the year, back warm since", "severe_pain"),
    ("the hammering next door has been unbearable, my back is only a little warm", "severe_pain"),
    ("they are tearing out the old kitchen upstairs, my back burns a bit", "tearing_pain"),
    ("both legs are covered in nettle stings, back warm", "both_legs_affected"),
    ("the nurse held my arm so I couldn't move it while she took blood, back warm", "paralysis"),
    ("the ceiling in the hall has gone all mottled with damp, back hot", "very_unwell"),
    ("I passed out asleep on the sofa after the night shift, back burning", "collapse"),
    ("my feet got pins and needles after the long drive but it wore off, back warm", "both_legs_affected"),
    ("her bottom went numb from sitting on the stone step, back warm", "saddle_numbness"),
    ("I almost fell down the steps at the station, back warm", "trauma"),
    ("he can't stand upright because his back is burning", "leg_weakness"),
    ("the pharmacist gave me a blister pack for my tablets, back hot", "rash"),
    ("the din from the building site has been unbearable all week, back only a bit warm", "severe_pain"),
    ("passed out asleep on the train home (asleep, honest), back warm", "collapse"),
    ("the nurse asked if she was numb down there, she said no, back warm", "saddle_numbness"),
    # Thirty-sixth round (lay_final36 after its blind scoring, its false emergencies and denials read present), in
    # other words.
    ("at no point did I black out, just a hot back", "collapse"),
    ("the doctor asked whether she had fainted, she hadn't, back warm", "collapse"),
    ("my sister asked if he had any chest pain, back hot", "chest_pain"),
    ("I'd know if he was short of breath, he's fine, back warm", "chest_pain"),
    ("our side collapsed in the second half, back hot since the match", "collapse"),
    ("got both legs waxed yesterday, back warm", "both_legs_affected"),
    ("cycled both legs of the relay, back warm", "both_legs_affected"),
    ("rubbed some vapour rub on my back, it burns", "chest_pain"),
    ("the envelope arrived torn open, back burning", "tearing_pain"),
    ("the kitchen table's legs gave way under the shopping, back warm", "leg_weakness"),
    ("the bathroom tiles look mottled with damp, back warm", "very_unwell"),
    ("with the new mattress I can't feel the springs under my bottom, back warm", "saddle_numbness"),
    ("apologies for the confusion earlier, back still burning", "very_unwell"),
    ("the dentist put a lead apron on my chest, back burning since Monday", "chest_pain"),
    ("he was muddled last night but that was the drink, back warm", "very_unwell"),
    ("her hands are blue, nothing medical, it's the ink, back warm", "very_unwell"),
    ("the kids say the action figure can't move its legs, back warm", "paralysis"),
    ("boiling soup went down her back, huge blisters everywhere", "rash"),
    # Thirty-first round (lay_final31 after its blind scoring, its false emergencies), in other words: legs gone to
    # sleep and back within minutes, or once up; legs like jelly, fine after a rest; a crash the patient was not in;
    # a bag that split; breathing hard because she ran; pale as ever; a quote that's the workload talking; a faint
    # at a price; a small child's wet bed; an accident from a tummy bug; medical words listed as words; a crash long
    # ago in the 70s; "can it make him faint?"; "what if it turns into numbness down there".
    ("knelt at the wedding for an hour, both my legs went dead, pins and needles, gone in two minutes. back warm",
     "both_legs_affected"),
    ("after the long film my bum went numb, but when I got up and walked about it came back. back warm",
     "saddle_numbness"),
    ("dug the allotment all day, legs shaky last night, fine after a rest. lower back hot", "leg_weakness"),
    ("our car was rammed in the car park on Friday, but he wasn't in it, he was at work. his back burns", "trauma"),
    ("the coal sack split open on the path, what a mess, and my back is warm", "tearing_pain"),
    ("she was breathing really hard but that was because she ran for the train, back warm", "very_unwell"),
    ("he's pale as milk but he's always been so, ginger lad. back hot", "very_unwell"),
    ("he says he's 'dying at his desk' but that's the overtime talking, back warm", "very_unwell"),
    ("the price of the parking, I almost passed out, anyway my back burns", "collapse"),
    ("my 3 year old wet the bed again, unrelated, it's my own back that's warm", "bladder_bowel_dysfunction"),
    ("he had an accident in his pants on Monday from a tummy bug, all settled now, back warm",
     "bladder_bowel_dysfunction"),
    ("my son is a physio and loves his big words, paralysis, stenosis, all that, my back is warm", "paralysis"),
    ("Mum rolled the car in the 70s and broke her wrist, long healed. Now her back is warm", "trauma"),
    ("Neighbour, 70. Back warm. Can it make him faint? Not so far.", "collapse"),
    ("my back burns, what if it turns into the numbness down below my mum had", "saddle_numbness"),
    # Thirty-first round (lay_final29, 27, 22, 21, 30, their false emergencies), in other words: a word said, then what
    # was meant; paralysed with boredom; nearly fainted, a happy shock; nearly passed out, lol; a question about
    # "your legs"; the crash of a minibus the patient was not on.
    ("he keeps saying 'I'm paralysed' but he means he can't be bothered to get off the sofa, back warm", "paralysis"),
    ("gran said her legs had gone to jelly but she meant from the giggles at the panto, back hot", "leg_weakness"),
    ("the foreman says I'm paralysed with laziness, cheeky sod, my back is hot", "paralysis"),
    ("they read my name out for first prize, I almost died, happy shock! back warm", "collapse"),
    ("he says the price of petrol makes him nearly pass out lol, his back is warm", "collapse"),
    ("can back pain make your legs give way? back warm since Tuesday", "leg_weakness"),
    ("the school minibus crashed on Friday but my son wasn't on it, he was off sick. back warm", "trauma"),
    # Thirty-second round (lay_final32 after its blind scoring, its false emergencies), in other words: a faint at the
    # price, said any way round; "lol no, she meant"; degrees outside, a room's thermometer; a list of signs; known
    # reflux; breathless for years, or after dancing; legs tired from carrying; pins and needles gone once stretched or
    # after a few minutes; a child's usual bedwetting; a test's score; an excruciating meeting; a torn net, a rip heard;
    # an accident outside the house; a car shunted while she was not in it; advice for a day that may come; legs folded
    # under; someone else's animal; the internet read; when she was a young girl.
    ("when he saw what the garage was charging he nearly passed out, his back is warm", "collapse"),
    ("she said she almost blacked out, lol no, she meant at the gas bill. back warm", "collapse"),
    ("it's 41 degrees outside today, and my back is hot on the left", "high_fever"),
    ("the thermometer in her bedroom said 104 F when the fan died, she is fine, back warm", "high_fever"),
    ("the nurse gave him a leaflet with the warning signs: collapse, chest pain, weak legs. back warm", "collapse"),
    ("the chest burning is only his old reflux, the back is what's new and hot", "chest_pain"),
    ("out of breath on the stairs, it has been like that for years, back warm now", "chest_pain"),
    ("I was a bit out of breath but that's normal after dancing all night, back warm", "chest_pain"),
    ("legs heavy from all the carrying at the market, back burning on the right", "leg_weakness"),
    ("both my feet had pins and needles after kneeling but it left as soon as I stood up, back warm",
     "both_legs_affected"),
    ("my 7 year old wet the bed again but he always has, it's his back being warm I'm asking about",
     "bladder_bowel_dysfunction"),
    ("I scored 8 out of 10 on my quiz, and my back has been burning a week", "severe_pain"),
    ("sat through an excruciating sermon, my back is warm since", "severe_pain"),
    ("he ripped his trousers on the fence and heard a loud rip, ha, back burning", "tearing_pain"),
    ("there was a bus accident outside her house and she was shaken, back warm since", "trauma"),
    ("my van got shunted in the car park while I wasn't in it, and my back is warm", "trauma"),
    ("the doctor said if it ever gets unbearable or his legs go weak to go to A&E, back warm", "severe_pain"),
    ("she sat through the ceremony with her legs folded under her, back warm now", "leg_weakness"),
    ("one of the mares has gone numb over her hindquarters, and my lower back is warm", "saddle_numbness"),
    ("I read on google back burning could be the aorta tearing, my back is warm", "tearing_pain"),
    ("she fell off a wall when she was a young girl, now just a warm back", "trauma"),
    # Twenty-sixth round (lay_final24 and its conversations): dreams, ceremonies, drills, quotes taken back, advice.
    ("dreamt I fell off a cliff last night, but my back was already hot before that", "trauma"),
    ("our passing out parade is tomorrow and my back is warm", "collapse"),
    ("I played the injured climber in the mountain rescue practice, back sore from the stretcher", "trauma"),
    ("sorry ignore the 'fainted', I meant 'painted', back's hot", "collapse"),
    ("my wee went pink yesterday but then I remembered I had eaten beetroot, back warm", "urinary_symptoms"),
    ("red rash on my wrist under my new watch, back burning", "rash"),
    ("the nurse said call 999 if I can't feel my bum or my legs go weak, my back's just warm", "saddle_numbness"),
    ("the nurse said call 999 if I can't feel my bum or my legs go weak, my back's just warm", "leg_weakness"),
    ("the card they gave me lists the warning signs: fainting, chest pain, no pee all day. Back warm", "collapse"),
    # Twenty-sixth round (lay_final23): a workmate's sign, the writer set apart ("I'm nothing like that").
    ("A lad from work says he cannot feel his legs after the scaffold came down. I'm nothing like that, "
     "just a hot back", "leg_numbness"),
    ("woman at work told us she passed out in the car park. I am not like that, my back only burns",
     "collapse"),
    ("stuck at home with cabin fever and a sore back", "fever"),
    ("I made a rash promise to help my brother move house", "rash"),
    ("my foot went dead from kneeling in the garden, it came back after a minute", "leg_numbness"),
    ("my toes went numb in new shoes but were fine after I took them off", "leg_numbness"),
    ("it prickles like when your arm goes to sleep, but it's my back", "leg_numbness"),
    ("sweaty in bed at night with the heatwave", "night_sweats"),
    ("had beetroot soup and my wee went red, I panicked", "urinary_symptoms"),
    ("I've lost 6 kilos doing intermittent fasting", "weight_loss"),
    ("I rubbed my legs with a rubber ball", "leg_weakness"),
    ("my back is burning deep inside", "severe_burn"),
    ("burnt my back on the oven door, it's not deep", "severe_burn"),
    ("I lost 38.5 kilos in two years", "fever"),
    ("my bmi is 39.5", "high_fever"),
    ("heart racing and I've put on weight", "chest_pain"),
    ("wet the bed with sweat last night", "bladder_bowel_dysfunction"),
    ("I nearly wet myself laughing at the vet", "bladder_bowel_dysfunction"),
    ("I was wetting myself laughing at the telly", "bladder_bowel_dysfunction"),
    ("the dog is tearing the garden apart", "tearing_pain"),
    ("my knees went weak when I saw the bill", "leg_weakness"),
    ("it's a 2 bed flat and the stairs are steep", "severe_pain"),
    ("I've been sick with flu for a week and now my back is warm", "chest_pain"),
    # Long ago, the age said in words or roughly.
    ("passed out at a wedding when I was around nineteen, it never happened again", "collapse"),
    ("she blacked out once when she was sixteen, back then it was her iron levels", "collapse"),
    ("my legs gave way when I was about 30 after a virus", "leg_weakness"),
    ("my lower back is boiling hot", "fever"),
    ("the scab has turned dark but it's healing", "severe_burn"),
    # Eighth round: ordinary things that use a red flag's word.
    ("I play bass in a band at weekends", "one_sided_band"),
    ("the physio put a strip of kinesio tape down my right side", "one_sided_band"),
    ("a rash of break-ins on our street", "rash"),
    ("our cat has lost a lot of weight", "weight_loss"),
    ("the only thing losing weight is my wallet", "weight_loss"),
    ("the house is at fever pitch before the wedding", "fever"),
    ("sweaty at night due to the heatwave", "night_sweats"),
    ("three blankets and the heating on, so I'm sweaty at night", "night_sweats"),
    ("puffed out like you'd expect after the stairs at my age", "chest_pain"),
    # After lay_final7's blind scoring (its look-alikes; other words here)
    ("don't tell me to rest, I've got a job to do, my back burns", "very_unwell"),
    ("I came out in a cold sweat reading my bank statement", "chest_pain"),
    ("my toes went numb in the cold at the match, fine once I got home", "leg_numbness"),
    ("my wife slipped on the stairs yesterday, she's fine, but I've been carrying her and now my back burns", "trauma"),
    ("paralysed with fear at the dentist, but my back is only warm", "paralysis"),
    ("my cousin collapsed once at a wedding so I'm a bit paranoid about my back", "collapse"),
    ("my legs aren't moving very much today because it hurts to walk", "paralysis"),
    # After lay_final8's blind scoring (its look-alikes; other words here)
    ("the gym was like 38 degrees today and my back feels warm", "high_fever"),
    ("I feel like I've been hit by a bus but I only slept badly", "trauma"),
    ("paralysed on the couch watching the match all day, back a bit warm", "paralysis"),
    ("nearly peed myself laughing at the film last night", "bladder_bowel_dysfunction"),
    ("my GP said it could be shingles, no rash yet though", "rash"),
    ("temperature hasn't gone over 37.8 all week", "fever"),
    ("Paralysed? nope, just stiff from the sofa", "paralysis"),
    ("we put a blackout blind up in the nursery and my back still burns at night", "collapse"),
    ("we came round after a few minutes to see him, my back is the problem", "collapse"),
    ("my gran fainted at Christmas so the family's on edge about my back", "collapse"),
    # After lay_final9's blind scoring (its look-alikes; other words here)
    ("no change in my bladder or bowels at all", "bladder_bowel_dysfunction"),
    ("I'm pale as a ghost because I hardly go out, my back is warm", "very_unwell"),
    # After lay_final10's blind scoring (its look-alikes; other words here)
    ("mi nuh have no chest pain, mi just have heat in mi back", "chest_pain"),
    ("I'm paralysed with boredom at my desk and my back is warm", "paralysis"),
    ("collapsed on the couch after the night shift, shattered", "collapse"),
    ("for future reference, is numbness in the groin something to worry about?", "saddle_numbness"),
    ("got a static shock from the trolley at the supermarket, back warm since", "severe_burn"),
    ("I'd faint if I saw the size of that bill", "collapse"),
    ("the hot tub was on 40 degrees and my back is toasty after", "high_fever"),
    ("the burn on my arm isn't deep, just a small mark", "severe_burn"),
    # Twelfth round: a tear felt while lifting or training is a strain (recent_strain); the
    # screen still asks the tearing-pain question (a hint, tests below).
    ("I lifted a box at work and felt something tear in my lower back, now it burns", "tearing_pain"),
    ("was hauling sacks of feed and felt summat rip low down, warm ever since", "tearing_pain"),
    ("doing heavy squats when I felt a muscle go in my back", "tearing_pain"),
    # Thirteenth round: a liquid that fell on the back is not a fall; 'sob' as crying; a reading
    # below 25 breaths; a temperature not taken.
    ("hot coffee fell on my back at the cafe", "trauma"),
    ("the film made me sob, my back is warm", "chest_pain"),
    ("RR 18, sats 97, back warm", "very_unwell"),
    ("I haven't taken my temperature, my back is just warm", "fever"),
    ("I slipped down the last step and my back is warm", "trauma"),
    ("my legs don't move as freely as they used to", "paralysis"),
    ("the car just won't go and my back is warm from pushing it", "paralysis"),
    ("I burnt the pizza black in the middle, my back is just warm", "severe_burn"),
    ("I was away with the fairies in the meeting, my back is warm", "very_unwell"),
    ("two meetings in collision and I'm crushed under the workload, back warm", "trauma"),
    ("the office temperature is really high today and my back is warm", "high_fever"),
    # Thirteenth round: a sign had for years with nothing new; someone who has died; vomiting from
    # food; a numb seat on a drive that came back.
    ("I've had a weak bladder since having my babies, nothing new there", "bladder_bowel_dysfunction"),
    ("my late wife fainted a lot, I just have a warm back", "collapse"),
    ("I was sick after a dodgy kebab on Saturday, back warm", "chest_pain"),
    ("my bum goes numb on long flights but it wears off once I stand", "saddle_numbness"),
    # Fourteenth round: checklist answers; Scots and clinical denials; hypotheticals; weather; PMH; MRC power.
    ("Fainted? No. Chest pain? Nope.", "collapse"),
    ("nae weakness, nae numbness, nae faintin", "collapse"),
    ("nil saddle anaesthesia, back warm", "saddle_numbness"),
    ("if ever my legs went numb what should I do?", "leg_numbness"),
    ("it hit 41 today in Perth, my back is warm", "high_fever"),
    ("PMH collapse 2015, nil since, now warm back", "collapse"),
    ("power 5/5 in both legs, reflexes normal", "both_legs_affected"),
    ("I nearly died of embarrassment, my back is warm", "collapse"),
    ("fluid retention in my ankles, back warm", "bladder_bowel_dysfunction"),
    ("the shingles on my side came up in blisters last week", "severe_burn"),
    ("I can't get it started when I go out in the cold, the car I mean", "bladder_bowel_dysfunction"),
    # Fifteenth round: tired, not wiped out on a wave; gasping for a brew; feeling the legs fine;
    # a normal watch reading; an accident that is not incontinence.
    ("I'm totally wiped out after the night shift, back warm", "trauma"),
    ("gasping for a cup of tea after that meeting, back warm", "chest_pain"),
    ("I can feel my toes and my legs fine, just a warm back", "paralysis"),
    ("blood oxygen 98 on my watch, back a bit warm", "very_unwell"),
    ("had a little accident in the car park, just a scratch on the bumper, back warm", "bladder_bowel_dysfunction"),
    ("the cricket ball hit my back, just a bruise, it's a bit warm", "trauma"),
    ("got home and collapsed into bed after a long week, back warm", "collapse"),
    ("my teenager is hard to wake in the mornings, I'm asking about my warm back", "very_unwell"),
    ("I can't feel my feet out in the snow, back warm", "both_legs_affected"),
    ("shaking like mad in the waiting room, I get so nervous, back warm", "very_unwell"),
    ("breathing 14 times a minute at rest, back warm", "very_unwell"),
    ("I sat on a bag of frozen peas to ease my sore tailbone, back warm", "saddle_numbness"),
    ("I had to drag the wheelie bin up the hill and my back burns", "leg_weakness"),
    ("my lips are blue from the ice lolly, back warm", "very_unwell"),
    ("in basic training we were told to hit the dirt a lot, back warm", "collapse"),
    ("my laptop had a nasty fall off the desk, back burning from stress", "trauma"),
    ("sat on the loo scrolling and nothing interesting on Twitter, back warm", "bladder_bowel_dysfunction"),
    ("I didn't know I needed to go until we pulled into the services, back warm", "bladder_bowel_dysfunction"),
    ("the printer doesn't work down there in the basement, back burning", "bladder_bowel_dysfunction"),
    ("the sky was greyish blue this morning, back warm", "very_unwell"),
    ("can't breathe properly through my nose with hay fever, back warm", "chest_pain"),
    ("the commute was brutal today, back warm", "severe_pain"),
    ("the back door slammed into the wall in the wind, back warm", "trauma"),
    ("my knees have always been wobbly with my arthritis, nothing new, back sore this week", "leg_weakness"),
    ("my granddad was paralysed down one side for years, I'm his carer and my back burns", "paralysis"),
    ("my husband's fever hit 40 on Saturday, I'm the one asking though, my back is warm", "high_fever"),
    ("watching a medical drama where a nurse fainted, and my back is warm", "collapse"),
    ("what does it mean if the groin goes numb? mine hasn't", "saddle_numbness"),
    ("my knees went weak with relief when the results came, back warm", "leg_weakness"),
    ("almost passed out laughing at the wedding speech, back warm", "collapse"),
    ("I can hardly walk in these new boots, back warm", "leg_weakness"),
    ("analysis paralysis about which GP to see, back warm", "paralysis"),
    ("my quads are dead after two training sessions, back warm", "leg_weakness"),
    ("it's 41 degrees out here in Darwin, back sweaty", "high_fever"),
    ("should I be worried about collapsing with this? I haven't, back warm", "collapse"),
    ("is a ripping pain part of this? mine is a dull warmth", "tearing_pain"),
    ("I faint when I see blood, always have, back warm", "collapse"),
    ("the physio asked about numbness down below, there is none, my back is warm", "saddle_numbness"),
    ("my sunburn gets ten out of ten for bad decisions, back pink and warm", "severe_pain"),
    ("I can't feel any numbness anywhere, back warm", "saddle_numbness"),
    ("I messed my hair up in the wind, back warm", "bladder_bowel_dysfunction"),
    ("totally puffed out after a jog round the park but fine again now, back warm", "chest_pain"),
    ("the nurse said if your legs give way you must ring 999, mine are fine", "leg_weakness"),
    ("my friend reckons if anyone can't pee they should go straight in, my back is hot", "bladder_bowel_dysfunction"),
    # An infection a treatment has cleared is not a urinary symptom now.
    ("had cystitis in the summer but the tablets cleared it up, back is just warm", "urinary_symptoms"),
    # Sixteenth round: things that fell, collapsed or crashed; animals, game characters and the news;
    # hit by a bus as a figure of speech; a hot greenhouse; plumbing; a "tell" that is a telly.
    ("a big branch came down across our driveway in the wind, back warm", "trauma"),
    ("the wheelie bin blew over in the storm, my back is a bit warm", "trauma"),
    ("tipped some oven cleaner into the sink to clean it, back warm", "severe_burn"),
    ("the gazebo collapsed at the barbecue, everyone laughed, back warm", "collapse"),
    ("our cat collapsed at the vet's on Friday, my back has been warm", "collapse"),
    ("the hero in my game got paralysed by a curse, my back is warm irl", "paralysis"),
    ("on the news a man fell off a bridge, awful, my back is a bit warm", "trauma"),
    ("the app crashed again on my phone, back burning a little", "trauma"),
    ("feel as if I've been run over by a bus, just stiff, back warm", "trauma"),
    ("the humidity was unbearable in the conservatory, back warm", "severe_pain"),
    ("the water won't come out of the kitchen tap, back warm", "bladder_bowel_dysfunction"),
    ("the telly fell off the stand, nobody hurt, back warm", "trauma"),
    ("my legs quit aching after the bath, back still warm", "leg_weakness"),
    ("eight of 10 patients get better by themselves, I read, my back is warm", "severe_pain"),
    ("my toes don't feel anything after an hour on the ski slope in the ice, back warm", "both_legs_affected"),
    ("so sleepy after the night shift, back warm", "very_unwell"),
    ("the electric wire to the lamp is frayed so I fixed it, back warm", "severe_burn"),
    ("the surgeon opened my back up years ago for a disc, now it's warm", "tearing_pain"),
    ("my brother passed out at his wedding in 2019, unrelated, my back is just warm", "collapse"),
    ("a customer fainted at my till this afternoon, scary, my back is warm from standing", "collapse"),
    ("the party was so rammed we nearly passed out, back warm", "collapse"),
    ("nearly fainted when I saw the bill haha, back warm", "collapse"),
    ("I can't walk very far with my bad hips, back warm", "leg_weakness"),
    ("haven't had a wee for a couple of hours as I was on the train, back warm", "bladder_bowel_dysfunction"),
    ("I wasn't there for a bit because I was away at my sister's, back warm", "collapse"),
    ("I never can get them up for the bus on school days, back warm", "very_unwell"),
    ("I wear pads because of heavy bleeding with my periods, back warm", "bladder_bowel_dysfunction"),
    ("my peeling sunburn is coming off in sheets, back warm", "severe_burn"),
    ("couldn't feel my bum on the icy bench at the match, back warm", "saddle_numbness"),
    ("I'm at a 10 km a day on the treadmill, back warm", "severe_pain"),
    ("I rolled over in bed this morning and felt the warmth in my back", "trauma"),
    ("my mind went blank in the interview, back warm", "collapse"),
    ("we had a little prang in the car park, nobody was hurt, my back is just warm", "trauma"),
    ("after the long coach ride my backside was numb but it wore off, back warm", "saddle_numbness"),
    ("I go a bit light-headed when I get up too quickly, always have, back warm", "collapse"),
    ("nearly fainted with embarrassment haha, back warm", "collapse"),
    ("my tongue went blue cos I had a blue raspberry slushie, back warm", "very_unwell"),
    ("breathing hard because I just climbed four flights, back warm", "very_unwell"),
    ("if my score goes over 8/10 do I ring 111?", "severe_pain"),
    ("my cousin reckons this can end in paralysis, which scares me, I'm fine though", "paralysis"),
    ("could a trapped nerve make both feet go numb? mine are normal", "both_legs_affected"),
    ("I get heartburn after spicy food, always have, never had anything worse, back warm", "chest_pain"),
    ("my heart was broken by the divorce last year, back warm", "chest_pain"),
    ("I can't hold my breath underwater for long, back warm", "chest_pain"),
    ("the waves tossed my surfboard onto the rocks, back warm", "trauma"),
    # After lay_final13 and lay_cases_final13 were scored once (as development sets; other words here).
    ("slipped off the scaffold and came down on my back on the concrete path", "severe_burn"),
    ("there's a warm burning up along my spine since Sunday", "fever"),
    ("fainted just once in 2004 at a concert and not again since, my back is warm", "collapse"),
    ("I can't straighten up properly because of the stiffness, back warm", "leg_weakness"),
    ("me neighbour's lad collapsed at the match, mine's just a warm back though", "collapse"),
    ("on Holby someone was paralysed after a crash, my back is warm", "paralysis"),
    ("the legs of the camp bed gave way in the night, my back is warm", "collapse"),
    ("my calves were jelly after the hike up Snowdon, back warm", "leg_weakness"),
    ("If my fever went over 103, should I go in? It's 99 now", "high_fever"),
    ("Is fainting with this a sign of something bad? I haven't fainted", "collapse"),
    ("can you get numb legs from sitting badly? mine aren't", "leg_numbness"),
    ("the cream is too much to bear on my skin, it stings, back warm", "severe_pain"),
    ("what's not normal is how cold the office is, back warm", "collapse"),
    ("I was puffing and panting on the gym stairs, all fine now, back warm", "chest_pain"),
    ("Mum babbles nonsense in her sleep as usual, back warm", "very_unwell"),
    ("I brought my lunch back up to the office, then my back got warm", "chest_pain"),
    ("the foot of the tent flaps in the wind all night, back warm", "leg_weakness"),
    ("the rent has gone through the roof, my back burns a little", "severe_pain"),
    ("my dog collapsed in a heap at the vet's, my back is warm", "collapse"),
    ("my lips went bluish in the freezing lake, fine after a towel, back warm", "very_unwell"),
    ("a cold shiver ran up my spine during the horror film, back warm", "fever"),
    ("my legs won't take me far these days, old age, back warm", "leg_weakness"),
    ("the heat in the kitchen was unreal, my back is warm", "severe_pain"),
    ("my jeans were soaked from the rain, back warm", "bladder_bowel_dysfunction"),
    ("I blacked out the windows with bin bags for the night shift, back warm", "collapse"),
    ("we sat on the rug with our legs crossed and folded, back warm", "leg_weakness"),
    ("I've not drunk any water since breakfast, back warm", "very_unwell"),
    ("he came in grey and wet from the storm, he's fine, my back is warm", "very_unwell"),
    ("the pain was beyond what I'd feared at the dentist, back just warm", "severe_pain"),
    ("the boys fell off the climbing frame, I'm fine, back warm", "trauma"),
    ("my toddler keeps tripping over his own toes, my back is warm from carrying him", "leg_weakness"),
    ("we were weeing ourselves laughing at the panto, back warm", "bladder_bowel_dysfunction"),
    ("my legs won't hold out for long walks these days, back warm", "leg_weakness"),
    ("took a little tumble in the garden, no harm done, back warm", "trauma"),
    ("it hit 41 degrees outside on the building site, my back is hot", "high_fever"),
    ("in the warehouse it's 39 degrees by noon and my back burns", "high_fever"),
    ("I expected my calves to be sore after the hike but my legs didn't.", "leg_weakness"),
    ("I fell for the same prank again, can't remember who told me, back warm", "collapse"),
    ("my sciatica was on both sides years back, now it's one leg only, back warm", "both_legs_affected"),
    ("the pain is 3 and I can still walk the dog", "severe_pain"),
    ("I shredded a pile of old bank statements, back warm", "tearing_pain"),
    ("I fainted back then, in my school days, never since, back warm", "collapse"),
    ("I can't lift heavy boxes at work but my legs aren't weak at all, back warm", "leg_weakness"),
    ("like someone dragging a hot knife down the back of my thigh, about a 4", "leg_weakness"),
    ("my brother had numb feet after his op. I've got nothing like that, just a warm back", "leg_numbness"),
    ("I'm frightened I'll pass out on the school run, back burning", "collapse"),
    ("the gazebo's collapsed in the storm again, back warm", "collapse"),
    ("my market stall collapsed in the gale, back warm from lifting it", "collapse"),
    ("fainted=false, chest pain=false, back warm", "collapse"),
    ("when I had gallstones I was sobbing with it, this is a 3, back warm", "severe_pain"),
    # Eighteenth round (lay_final14 as a development set), in other words.
    ("my broken wrist last year was agony, this is nothing like that, a warm ache", "severe_pain"),
    ("childbirth was 10 out of 10. This one is nowhere near, just warm", "severe_pain"),
    ("my heart is torn in two since the breakup, and my back is warm", "tearing_pain"),
    ("I've collapsed in the figurative sense after this week, back warm", "collapse"),
    ("my souffle collapsed and my lower back is hot, what a night", "collapse"),
    ("the acid splashed all over the worktop, none on me, back warm", "severe_burn"),
    ("I know all the heart attack signs and I've got none of them, back warm", "chest_pain"),
    ("I said agony before but honestly it's a 5, back warm", "severe_pain"),
    ("my neighbour's boy fell off his bike, took him in, he's fine. My back is warm", "trauma"),
    ("my wife's got the flu, she's the one who can't stand up. I've just got a warm back", "leg_weakness"),
    ("a passenger collapsed on the train, he's okay now. My lower back is hot", "collapse"),
    ("my hair's falling out since the chemo, back warm", "collapse"),
    ("I fell out with my sister over it, back still hot", "collapse"),
    ("the server went down like a lead balloon at work, back warm", "collapse"),
    ("my car takes forever to start in the cold, back warm", "bladder_bowel_dysfunction"),
    ("a trickle of sweat ran down my back, it's warm", "bladder_bowel_dysfunction"),
    ("my legs don't want to stop dancing, back warm after the gig", "leg_weakness"),
    ("the flu knocked me flat last week, back warm now", "trauma"),
    ("the plank fell on the floor next to me, back warm from carrying it", "trauma"),
    ("just a dribble of coffee went down my back, it's warm", "bladder_bowel_dysfunction"),
    ("weeing every ten minutes, only a trickle and it burns like mad", "bladder_bowel_dysfunction"),
    ("my alarm didn't go off, my wife had to wake me up, back warm", "collapse"),
    ("I've never had heartburn, my back is just warm", "chest_pain"),
    ("I didn't make it to the gym this week, back warm", "bladder_bowel_dysfunction"),
    ("you know when you tell your legs to dance and they just do? back warm from dancing", "paralysis"),
    # Nineteenth round (lay_final15 as a development set), in other words.
    ("my laptop was unresponsive for 30 seconds again, back warm", "collapse"),
    ("my knees keep folding like a deckchair on the stairs, back hot", "collapse"),
    ("next thing my husband is shaking me awake for work, back burning", "collapse"),
    ("the cat likes to sleep on my chest, my back is warm", "chest_pain"),
    ("my son keeps asking the same question over and over, back warm", "very_unwell"),
    ("the marble worktop is cold, my back is hot", "very_unwell"),
    ("had to drag myself out of bed with my arms aching from the gym, back warm", "paralysis"),
    ("a tiny burn smaller than my hand on my finger, back warm", "severe_burn"),
    ("nothing's working downstairs, the boiler's gone, back warm", "bladder_bowel_dysfunction"),
    ("the shower flow is pathetic in this hotel, back burning", "bladder_bowel_dysfunction"),
    ("my glutes feel dead after squats, lower back warm", "saddle_numbness"),
    ("I was thrown off by the timetable, back warm", "trauma"),
    ("I had migraines as a teenager, this is milder, just warm", "severe_pain"),
    # Nineteenth round (older development sets' leftovers), in other words.
    ("woke up with the cat tapping my nose for breakfast, back warm", "collapse"),
    ("the chip fat made a big raw patch on the worktop, back warm", "severe_burn"),
    ("the business is coming apart at the seams and my back is warm", "tearing_pain"),
    ("a rear-end bump last week, thought I was fine and I was, back warm from the seat heater", "trauma"),
    ("the left leg aches, then the right one is fine, back warm", "both_legs_affected"),
    ("two babies and this is worse than yesterday, only a warm ache", "severe_pain"),
    ("my fingers went numb in the snow, but the insides of my thighs are fine, back warm", "saddle_numbness"),
    ("a heart-rending story on the radio, back warm", "tearing_pain"),
    ("the tape felt like my skin was being pulled off, back warm", "tearing_pain"),
    # Twentieth round (lay_cases_final17 after its blind playing): clothes that rip, bleach down a plughole,
    # a child's reading.
    ("my trousers went riiip when I squatted, back warm", "tearing_pain"),
    ("the bleach ran down the plughole, back warm", "severe_burn"),
    ("our youngest had 39.9 last night, not me, my temperature is fine, back warm", "high_fever"),
    # Twentieth round: strong painkillers are no strong pain.
    ("the pain meds they gave me are very strong, back still warm", "severe_pain"),
    # Nineteenth round (lay_final16 as a development set), in other words.
    ("she's an agony aunt on the radio and my back is warm", "severe_pain"),
    ("my flatmates are unbearable this week, back warm", "severe_pain"),
    ("I passed out leaflets all morning in the rain, back hot", "collapse"),
    ("our team collapsed in the second half again, back warm", "collapse"),
    ("collapsed on the sofa after my shift, back warm", "collapse"),
    ("treating a spaniel whose hind legs are paralysed, my back is warm from bending", "paralysis"),
    ("my character fell off a cliff in the game, lol, back warm", "trauma"),
    ("got kicked in the back by my 6 month old, back warm", "trauma"),
    ("I've always been very pale, back warm", "very_unwell"),
    ("her skin is naturally pale, nothing new, and her back is warm", "very_unwell"),
    ("sprinted for the bus and was breathing like a train for a bit, back warm now", "very_unwell"),
    ("her labour was a 10 out of 10, mine is a warm ache", "severe_pain"),
    ("the water bottle leaked, I thought I had wet the bed, back warm", "bladder_bowel_dysfunction"),
    ("the sky went all dark early today, back warm", "collapse"),
    ("we find them on the ground floor of the shop, back warm", "collapse"),
    ("he went down to the pub and we got him up to bed after, back warm", "collapse"),
    ("he was gone for a few seconds to fetch the post, back warm", "collapse"),
    ("my breath comes in gasps when I swim lengths, back warm", "chest_pain"),
    ("the toddler is very sleepy after nursery, not talking, back warm", "very_unwell"),
    ("the kids say things that make no sense, back warm", "very_unwell"),
    ("a marble table with spots like marble, back warm", "very_unwell"),
    ("I got many blisters, big ones, from the new walking boots, back warm", "severe_burn"),
    ("holding the wall to get to the bathroom after leg day, back warm", "leg_weakness"),
    ("two legs of the garden chair snapped and there are ants everywhere, back warm", "both_legs_affected"),
    ("the pain I'd say is a 3, back warm", "severe_pain"),
    # Twenty-third round (lay_final21's look-alikes; other words here).
    ("our batting collapsed before tea, I sat in the sun all day and my back is warm", "collapse"),
    ("the barn roof caved in during the storm, we're all fine, my back is warm from shifting slates", "collapse"),
    ("power cut last night, total blackout in the whole estate, back warm", "collapse"),
    # Twenty-third round (lay_final20, lay_final21): a question answered with a joke.
    ("Collapsed? Only when the pub shuts. My back's warm, that's all", "collapse"),
    ("Chest pain? Just when the electric bill comes in. Back burns a bit", "chest_pain"),
    # Twenty-third round: a leg numb on one side, "both sides" about the back.
    ("my left foot's gone numb and both sides of my back are burning", "both_legs_affected"),
    ("my right shin tingles. Both sides of the bed feel hot at night", "both_legs_affected"),
    # Twenty-fourth round (lay_final21's look-alikes; other words here).
    ("the jaws of the clamp slipped and pinched my thumb, back warm", "chest_pain"),
    ("we won both legs of the cup tie, my back is hot from the terraces", "both_legs_affected"),
    ("this curry is a 9 out of 10 for heat, my back's warm after", "severe_pain"),
    ("the instructions confused me, back warm", "very_unwell"),
    ("it hit 41 degrees inside the van, my back was roasting", "high_fever"),
    ("our terrier keeled over in the heat, she's fine now, my back burns", "collapse"),
    ("the goat couldn't move its hind legs till the vet came, my back is warm", "paralysis"),
    ("tearing out the old posters all day, my back is hot", "tearing_pain"),
    ("A woman on a bus fainted in front of me, my back has been warm since", "collapse"),
    ("When you say a bad burn, do you mean sunburn? Mine's just pink", "severe_burn"),
    ("the caravan got to 41 degrees inside, back's been warm since", "high_fever"),
    ("the sauna dial said 95 degrees, my back is warm after", "high_fever"),
    ("I was heaving the kegs into the cellar all morning, back warm", "chest_pain"),
    ("I was paintin' the fence all day and my back is warm", "very_unwell"),
    ("nearly passed out when I saw the price of petrol, back warm", "collapse"),
    ("I collapse on the settee every evening after work, back warm", "collapse"),
    ("my phone died and my laptop passed out, back is warm", "collapse"),
    ("rated the curry house nine out of ten, back warm", "severe_pain"),
    ("tongue's gone all blue from the blueberry slushie, back warm", "very_unwell"),
    ("legs like jelly after the parkrun, back warm", "leg_weakness"),
    ("the old football was leaking like a burst bladder, back warm", "bladder_bowel_dysfunction"),
    ("I sit with my legs folded under me to knit, back warm", "leg_weakness"),
    ("in the series I'm watching the hero can't move his legs, my back is warm", "paralysis"),
    ("I fainted once when I were a lad, nothing since, back warm", "collapse"),
    ("Say I start getting chest pain, should I come in? My back is warm", "chest_pain"),
    ("the wife reckons I'm running a temperature but it's just the heating, back warm", "fever"),
    # Twenty-fifth round (lay_final23 and lay_cases_final23 after their blind scoring), in other words.
    ("the lads joke that I'm paralysed from the neck up, back warm", "paralysis"),
    ("our Gwen fainted at the fair last week, she's grand now; it's not her I mean, it's me, back warm", "collapse"),
    ("My dad had a stone in the spring, he was writhing on the floor. For me it's nothing like that, back warm",
     "severe_pain"),
    ("I keeled over once at a christening, twenty year ago now, and not a bother since, back warm", "collapse"),
    ("We sang 'Burning Love' and 'Fever' at karaoke, my back's warm from dancing", "fever"),
    ("What if the heat gets really, really bad, like an 8 or a 9? Now it's a 2", "severe_pain"),
    ("What is 'tearing pain'? Mine is just a warm ache", "tearing_pain"),
    ("High temperature, not sure, we have no thermometer; back warm", "high_fever"),
    ("the only thing I've passed out at lately is the price of diesel, back warm", "collapse"),
    ("you look like a collapsed souffle, says my wife, back warm", "collapse"),
    ("folded and collapsed the gazebo after the fete, back warm", "collapse"),
    ("the number 12 bus was heaving this morning, back warm", "chest_pain"),
    ("old wallpaper ripping off in sheets all day, back warm", "tearing_pain"),
    ("the collie's gone wobbly on her back legs, my own back is warm", "leg_weakness"),
    ("my guy in the game got paralysed by a spell again, irl my back is warm", "paralysis"),
    ("I can't feel nothing wrong with my legs, just the back is warm", "leg_numbness"),
    ("A lad on the other side went down and fainted in the scrum. I've never fainted, back warm", "collapse"),
    ("the worst pain known to man, only kidding, it's a 2, back warm", "severe_pain"),
    ("her nails are blue from the new polish, back warm", "very_unwell"),
    ("my right foot is numb and the left one is fine, back warm", "both_legs_affected"),
    ("the bucket rope couldn't take it, it snapped, my back is warm", "severe_pain"),
    ("I was at 9 holes of golf then the back got warm", "severe_pain"),
    ("the dog lashed out at the cat, my back is warm", "trauma"),
    ("a heavy door lashed shut in the wind, my back warm", "trauma"),
    ("my hayfever is awful this week, sneezing all day, back warm", "fever"),
    ("three days snowed in, proper cabin fever, and my back is warm", "fever"),
    ("the freezer temperature crept up to 5 degrees overnight, my back is warm", "fever"),
    # Twenty-seventh round (lay_final25's negated reported present), in other words: a finding named as a game or
    # someone's joke, then denied as the writer's last word on it.
    ("my son shouted FEVER! at the bingo and we all laughed. No fever here, before you ask. Back warm", "fever"),
    ("the lads at work keep saying I'm burning up. Naw, no fever, my back is just warm", "fever"),
    # Twenty-eighth round (lay_cases_final25's over-triage), in other words: a star sign, a lift's weight, a leak.
    ("my sister says I'm such a Cancer about everything, back warm for a week", "cancer_history"),
    ("I'm a proper Cancerian, moody as anything, lower back warm", "cancer_history"),
    ("my squat went down 20 kilos this month after the flu, back warm", "weight_loss"),
    ("woke up soaked, the tent had let the rain in, lower back hot since", "night_sweats"),
    ("the hatch above my bunk was dripping onto my sleeping bag all night, back warm", "night_sweats"),
    # Twenty-eighth round (lay_final26 after its blind scoring, its false emergencies), in other words: idioms,
    # things paralysed, a heart's ache, handing things out, legs like noodles after a session, a test's score,
    # what the lads thought, a blackout on the lane, the weather's degrees, a club's fever; someone else's sign
    # told with "his"/"her" and the writer's own complaint set apart; predictions.
    ("my nan's been 'paralysed with fear' about the new boiler, my own back is hot", "paralysis"),
    ("the whole railway was paralysed by the strike, I walked miles and now my back burns", "paralysis"),
    ("the ache in my heart is my daughter in Perth, ha. Anyway my side burns near the kidney", "chest_pain"),
    # Twenty-ninth round (lay_final27 after its blind scoring, its false emergencies), in other words: a finding in
    # quotation marks (a title, someone's words) denied outside them; a childhood accident; a dream; the weather.
    ("my wife watches a series called 'Paralysed' every night. My back is warm, I can move my legs fine", "paralysis"),
    ("the coach kept shouting 'no fainting on my watch!' and nobody fainted, my back is hot", "collapse"),
    ("when she was a small child she was hit by a car, nothing since, back warm now", "trauma"),
    ("I had a bad dream I'd fallen off a cliff and couldn't move my legs, the back has been warm a week", "paralysis"),
    ("stacking hay in 38 degree heat, upper back burning", "high_fever"),
    # Twenty-ninth round (lay_final28 after its blind scoring, its false emergencies, and lay_cases_final28's
    # over-triage), in other words: quoted advice; a hedged denial; sweat from the bedding; nothing on the skin.
    ("the helpline nurse said 'numbness down below is an emergency', mine is a warm lower back", "saddle_numbness"),
    ("my sister read out 'if you can't move your legs ring 999' from a leaflet, I'm fine, back's warm", "paralysis"),
    ("I don't believe he's had any chest pain, his upper back is warm", "chest_pain"),
    ("I keep waking up all sweaty with my back hot since we got the electric blanket", "night_sweats"),
    ("I put the cream on and nothing came out on my skin, the back is still hot", "bladder_bowel_dysfunction"),
    ("the old dog's back legs have gone and she can't get up the step, my own back is warm", "paralysis"),
    ("my sister lost the use of her back legs... I mean our pony did, ha. Back warm since Sunday", "paralysis"),
    ("he broke his hip in his 20s falling off a wall, it's long mended, back warm now", "trauma"),
    ("I was passing out the hymn books at chapel for two hours, lower back warm after", "collapse"),
    ("legs like noodles after the spin class as usual, but the back burn started last week", "leg_weakness"),
    ("scored 8 out of 10 in the driving theory mock, back's a mild 2", "severe_pain"),
    ("the lads reckoned I'd pissed myself after the water fight. I hadn't. Back warm since",
     "bladder_bowel_dysfunction"),
    ("a full blackout on our lane on Tuesday, woke up with the back burning", "collapse"),
    ("it hit 41 degrees on the campsite so we slept outside, my back's warm", "high_fever"),
    ("promotion fever in town this week, my lower back is warm", "fever"),
    ("Our cat ate a lily and now can't hold her wee. Not me! My back's just warm", "bladder_bowel_dysfunction"),
    ("My grandad can't move his legs since his stroke, I'm his carer. For me, my lower back burns", "paralysis"),
    ("Could all this heat in my back end up with me paralysed? my back is warm", "paralysis"),
    ("Me mum's on the ward with a chest infection that's got her muddled. Meanwhile my own back is hot", "very_unwell"),
    ("My pal from football had a very high fever, 40.1, flu. I haven't got a fever, just a warm back", "high_fever"),
    ("nothing wrong with me waterworks, nowt numb down there either, back warm", "saddle_numbness"),
    ("When I was small I had a very high fever with measles. These days my back is just hot", "high_fever"),
    ("some fella on the bus keeled over yesterday, scary, my back has been warm all week", "collapse"),
    ("I never felt the need to go to the GP before, but my back is warm", "bladder_bowel_dysfunction"),
    # Thirtieth round (lay_final28, its last false emergencies), in other words: a word or two set apart in quotation
    # marks (a nickname, a name, a figure of speech); a number that is a time; numbness that came back within
    # minutes; legs shaky after a run, said to be normal; the degrees of a kiln.
    ("my mate calls the bus stop 'Collapse Corner', my back's warm since Monday", "collapse"),
    ("she says she's 'paralysed' by the new rota at work, lower back burns", "paralysis"),
    ("I named my new kayak 'Fainting Goat', back warm since the weekend", "collapse"),
    ("his 10k time has totally collapsed since the injury, lower back hot", "collapse"),
    ("my backside went numb on the cold stone step but the feeling came back within a couple of minutes, lower back"
     " warm", "saddle_numbness"),
    ("nan's legs r wobbly after her 5 mile sponsored walk, just tired she says, back warm", "leg_weakness"),
    ("the wax pot runs at 104 degrees in the salon, my back is warm", "high_fever"),
    ("the dryer runs at 40 degrees, my back is warm", "high_fever"),
    # Thirtieth round, second part (lay_final29, its false emergencies), in other words: a machine's temperature; a
    # thing described as collapsed; a fear of what may come; a condition; the patient's animal; the patient's
    # friend's story, then what it did to the patient; a faint long ago, "but nothing of the sort now".
    ("the engine temp read 104 on the dash, my back is warm", "high_fever"),
    ("fixing a collapsed fence panel all morning, lower back warm", "collapse"),
    ("my brother is convinced he's going to be paralysed like his hero, his back is hot", "paralysis"),
    ("my lad wants to know about it if he suddenly can't move his legs, he's fine now, back warm", "paralysis"),
    ("Her cat had a funny turn and fainted at the vet, she's been worried since, her back is warm", "collapse"),
    ("his mate from darts had a nasty fall off a roof, that's what got him worried, his back is warm", "trauma"),
    ("She did pass out once, long ago, at a wedding, but nothing of the sort now. Back warm", "collapse"),
    # Thirtieth round, third part (lay_final30, its false emergencies), in other words: chilling out is no chill; a
    # faint foreseen at a bill; an instrument's degrees; something else rated out of ten; a faint long ago, then "but
    # not now"; what would happen if.
    ("she put a wheat bag on it to chill out, but the warmth in her back stays", "fever"),
    ("my nan will collapse when she sees the gas bill, her back is warm", "collapse"),
    ("the cabinet instrument read 104 degrees, my back is warm", "high_fever"),
    ("I rated the curry at the new place nine out of ten, my back is warm", "severe_pain"),
    ("She passed out once, at her graduation, forty years ago, but not now. Back warm", "collapse"),
    # A date that leads its sentence dates a sign further along its clause.
    ("Years ago as a young lad on the farm I got a very high fever with the measles, nowadays just a warm back",
     "high_fever"),
    # Thirty-first round (lay_final31): a denial inside the likeness; a reading said as it seemed.
    ("the ache never came on like a tear, it built up over days, back warm", "tearing_pain"),
    ("her temp looked normalish when the nurse checked, back warm", "fever"),
    ("he's pretty chill about it, no fever, just a hot back", "fever"),
    # Thirty-fifth round (lay_final35 after its blind scoring, its false emergencies), in other words.
    ("the sermon hit me like being struck by lightning, my back is warm", "severe_burn"),
    ("my daughter's horoscope warned of a nasty fall, and her back is warm", "trauma"),
    ("the big clock fell off the wall last night, my back is warm", "trauma"),
    ("the tattoo needle felt like being hit with a hammer, my back is warm", "trauma"),
    ("his arm looks blue but it's the tattoo ink, back warm", "very_unwell"),
    ("he went to the party dressed as a crash victim, back warm since", "trauma"),
    ("looked like she'd wet herself after the water fight, my back is warm", "bladder_bowel_dysfunction"),
    ("they tied my shoelaces together so I couldn't move my feet, funny, my back is warm", "paralysis"),
    ("she thought somebody had crashed her car, it was a sticker, back warm", "trauma"),
    ("my son held the thermometer in his cocoa and it said 41, my back is warm", "high_fever"),
    ("in her novel the heroine faints on every page, my back is warm", "collapse"),
    ("his song is full of 'ripping' and 'tearing', it's about a breakup, back warm", "tearing_pain"),
    ("writing a story about a car crash, my back is warm", "trauma"),
    ("after the race he was out of breath like everyone, back warm", "chest_pain"),
    ("on jury duty for a case about a fall from a roof, my back is warm", "trauma"),
    # Thirty-fourth round (lay_final34 after its blind scoring, its false emergencies), in other words.
    ("my aunt dreamt she collapsed at church and woke in a sweat, her back is warm", "collapse"),
    ("passing out runs in my family apparently, never happened to me, back hot", "collapse"),
    ("the cafe has taken a heavy blow since the roadworks, my back is burning", "trauma"),
    ("his business was collapsing last year, now his back is warm", "collapse"),
    ("the snow has paralysed the whole county, my back is warm", "paralysis"),
    ("she's worried she'll end up paralysed like her neighbour, back warm, walks fine", "paralysis"),
    ("our first aid lesson was about fainting and strokes, my back is hot", "collapse"),
    ("the leaflet had photos of people with huge blisters, my back is warm", "severe_burn"),
    ("the tomato plants gave way in the wind, and my back is warm", "leg_weakness"),
    ("the old tent ripped in half in the storm, my back is warm", "tearing_pain"),
    ("my jeans split right down the back seam when I bent over, my back is warm", "tearing_pain"),
    ("the crossword answer was EXCRUCIATING, my back is warm", "severe_pain"),
    ("the only thing that's agony is this queue, my back is warm", "severe_pain"),
    ("couldn't move my legs in those new wetsuit trousers, my back is warm", "paralysis"),
    ("we went to the memorial for the bridge collapse, my back is warm", "collapse"),
    ("our toddler can't walk yet so I carry him everywhere, my back is warm", "leg_weakness"),
    ("why do you keep asking whether he fainted? his back is warm", "collapse"),
    ("what has numbness got to do with a warm back?", "leg_numbness"),
    ("he crashed out on the couch and was out cold until lunch, back warm", "collapse"),
    ("her late husband had bladder trouble at the end, now her back is warm", "bladder_bowel_dysfunction"),
    ("a burning spot on my back about the size of a saucer, three days now", "severe_burn"),
    # Thirty-third round (lay_final33 after its blind scoring, its false emergencies), in other words.
    ("the whole street had a power blackout for six hours, my back is burning", "collapse"),
    ("there was a blackout at ours last night, candles everywhere, back warm", "collapse"),
    ("we were watching a drama where the vicar collapses in the pulpit, and my back got hot", "collapse"),
    ("both legs of the train journey were late, my back is warm", "both_legs_affected"),
    ("the storm collapsed our polytunnel, and my back is warm", "collapse"),
    ("the humidity has been unbearable all week, back burning a bit", "severe_pain"),
    ("I was tearing the cardboard boxes up for recycling and my back went warm", "tearing_pain"),
    ("the garden hose has a weak trickle, anyway my back is warm", "bladder_bowel_dysfunction"),
    ("his lips are blue but that's the blueberries, back hot", "very_unwell"),
    ("he told me I'm the confused one, ha, his back is warm", "very_unwell"),
    ("this form has got me all confused, my back is hot", "very_unwell"),
    ("so nervous before her exam she felt sick, fine now, back warm", "chest_pain"),
    ("my poor husband fell off a stepladder last week, I myself am fine, my own back burns", "trauma"),
    ("I almost fainted myself when I saw the waiting list, back hot", "collapse"),
    ("all good here, chest is chill, back a bit warm", "fever"),
    ("my foot went to sleep in the cinema and it won't wake up properly, back warm", "very_unwell"),
    # A question passed on after a colon is a question all the same (thirty-third session, lay_final30).
    ("my wife wants me to ask you this: could a bad back stop your legs holding you up? my back is hot",
     "leg_weakness"),
    ("Question from my dad: can kidney trouble make you collapse? His back burns", "collapse"),
]


@pytest.mark.parametrize("text, finding", [
    # A plain later denial, one limited in time, or a normal reading now keeps what came first.
    ("I passed out in the car park. Never passed out in my life before. Back burning", "collapse"),
    ("I fainted at the till on Monday. Nah, not fainted since. Back warm", "collapse"),
    ("I've had a fever for three days. Temp 37.1 after paracetamol. Back burns", "fever"),
    ("my legs went numb on the bike. Honestly no numbness now though. Back burns", "leg_numbness"),
    ("the wife says I went numb down below. No no, the numbness down there is real, back hot", "saddle_numbness"),
])
def test_a_later_denial_keeps_what_came_first_unless_it_is_the_last_word(text, finding):
    assert_reported(text, finding)


@pytest.mark.parametrize("text, finding", [
    # The look-alikes' real findings stay (twenty-eighth round).
    ("I'm a cancer survivor and my legs are numb since Monday, back burns", "cancer_history"),
    ("I wake up drenched in sweat every night, back warm", "night_sweats"),
    ("sweat dripping on my pillow every night, back warm", "night_sweats"),
    ("my leg gave way on the stairs twice today, back burns", "leg_weakness"),
    ("my lips have gone blue and I'm shivering, back hot", "very_unwell"),
    # A carer's report stays the patient's, even told with "his"/"her" (twenty-eighth round).
    ("my mum can't move her legs since this morning and her back is hot", "paralysis"),
    ("my husband says he can't feel the car seat under his backside and his back is hot", "saddle_numbness"),
    ("I was passing out the moment I stood up, back burning", "collapse"),
    ("my legs went to jelly and I fell on the stairs, back burning", "leg_weakness"),
    # A date leading the sentence does not reach past a contrast (thirtieth round).
    ("Long ago I was fine, but this week I collapsed in the shop and my back is hot", "collapse"),
    # Thirty-first round: numbness still there (or back again) is not the numbness that went; a leg "fallen asleep"
    # is not a fall; a crash the writer was in stays.
    ("both my legs went numb and they are still numb now, it was gone in five minutes the first time",
     "both_legs_affected"),
    ("my bum went numb on the toilet and when I stood up it was still numb, back hot", "saddle_numbness"),
    ("he fell in the kitchen and he is not answering me, his back was burning", "collapse"),
    ("the bus I was on crashed this morning and now my back burns", "trauma"),
    # Thirty-third round: a person who fell asleep and will not wake properly is not a foot gone to sleep.
    ("he nodded off in his chair and now he won't wake up properly when I call him, back burning", "very_unwell"),
    # Fortieth round: things that collapse or fall are not the person, but a person beside them who does stays.
    ("I was up the ladder and it fell 3 metres with me, back burning", "trauma"),
    ("the ladder slipped and I fell 3 metres onto the patio, back hot", "trauma"),
    ("we were flying kites and she collapsed on the grass, back burning", "collapse"),
    ("she sat down on the chair and collapsed, back hot", "collapse"),
    ("the tent pole hit him and then he collapsed, back warm", "collapse"),
    # Fortieth round (lay_cases_final40): legs "not listening" with nothing said of folding stay paralysed.
    ("my legs just aren't listening to me, back burning", "paralysis"),
])
def test_the_finding_a_look_alike_resembles_stays(text, finding):
    assert_reported(text, finding)


NOT_THE_WRITERS = [
    # Twenty-seventh round (lay_cases_final25): someone else's pregnancy said in months.
    ("Missus is five months gone with the twins so I do the lifting, back warm", "pregnant"),
    ("the wife's seven months along now and my back is burning", "pregnant"),
    # Thirty-sixth round: the writer as a carer whose own back is the complaint.
    ("my mum collapsed last week, I'm her carer, and my back has been burning since lifting her", "collapse"),
]


@pytest.mark.parametrize("text, finding", [
    ("My client's temperature read 104 F this morning and her lower back is burning. I'm her carer.", "high_fever"),
    ("Her legs gave way on the stairs and now her whole back feels hot, I'm her carer", "leg_weakness"),
    ("he fainted in the lounge and his lower back is on fire, I am his carer", "collapse"),
])
def test_a_carer_reports_the_patients_red_flag_when_the_back_is_the_patients(text, finding):
    """Thirty-sixth round (lay_final36): "I'm her carer" sets nobody apart when the back named is someone else's."""
    assert (finding, False) in symptoms(text), sorted(symptoms(text))


@pytest.mark.parametrize("text, finding", NOT_THE_WRITERS)
def test_someone_elses_finding_is_not_the_writers(text, finding):
    assert (finding, False) not in symptoms(text), f"{text!r}: {finding} reported: {sorted(symptoms(text))}"


def test_the_writers_own_pregnancy_in_months_stays():
    assert ("pregnant", False) in symptoms("I'm six months gone and my back burns")


@pytest.mark.parametrize("text", [
    "I lifted a box at work and felt something tear in my lower back, now it burns",
    "was hauling sacks of feed and felt summat rip low down, warm ever since",
])
def test_a_tear_while_lifting_is_a_strain_and_the_tearing_question_comes_first(text):
    from bot.nlu.merge import extract_merge_and_hint

    entities, hints = extract_merge_and_hint(text, semantic=None)
    assert ("recent_strain", False) in symptoms(text)
    assert "tearing_pain" in hints


@pytest.mark.parametrize("text", [
    "I wasn't lifting anything, I felt something tear in my back out of nowhere",
    "lifting the baby and I felt something tear, like my back ripped open",
])
def test_a_tear_with_no_lift_or_said_as_ripping_open_stays_tearing_pain(text):
    assert ("tearing_pain", False) in symptoms(text)


def test_an_infection_that_is_back_is_a_urinary_symptom_again():
    text = "had a UTI, antibiotics sorted it, but it's back and it burns when I pee"
    assert ("urinary_symptoms", False) in symptoms(text)


@pytest.mark.parametrize("text, finding", NOT_THE_RED_FLAG)
def test_an_ordinary_event_does_not_report_the_red_flag(text, finding):
    got = symptoms(text)
    assert (finding, False) not in got, f"{text!r}: {finding} reported present, got {sorted(got)}"


@pytest.mark.parametrize("text, finding", [
    ("my pee was pink this morning and I have not eaten beetroot", "urinary_symptoms"),
    ("I lost 5 kilos, not on purpose at all", "weight_loss"),
    ("the fever, it did not come down all night, 39.2 this morning", "fever"),
    ("my legs went weak, never had that before", "leg_weakness"),
    ("Fainting, it never happened before today", "collapse"),
    ("fever, I don't have a thermometer but I'm boiling and shivery", "fever"),
    ("chest pain, it didn't come and go, it stayed", "chest_pain"),
])
def test_a_topic_taken_up_again_is_not_denied_by_what_follows(text, finding):
    assert_reported(text, finding)


@pytest.mark.parametrize("text, finding", [
    ("I fainted in the shop. AGAIN in the shop, my back burns", "collapse"),  # capitals for emphasis, no correction
    ("i fell off the roof *fell off the roof, back burning", "trauma"),  # the same word said again
    ("my legs gave way on the stairs. STAIRS, not a ladder. back burning", "leg_weakness"),
    ("my patient can't move her legs since this morning, her back is hot", "paralysis"),  # one patient reported
    ("I read the leaflet to my wife and then I fainted in the kitchen", "collapse"),
])
def test_a_correction_look_alike_keeps_what_was_really_said(text, finding):
    assert_reported(text, finding)


def test_a_finding_named_in_advice_is_asked_first_even_when_it_came_true():
    # "... and now they have": the pronoun names no finding, so the advice's finding is asked at once.
    entities, hints = extract_merge_and_hint(
        "the doctor told me if my legs went weak to ring, and now they have gone weak")
    assert "leg_weakness" in hints, (entities, hints)


def test_not_lifting_a_foot_is_weakness_not_paralysis():
    got = symptoms("I can't lift my foot properly when I walk")
    assert ("leg_weakness", False) in got and ("paralysis", False) not in got


@pytest.mark.parametrize("text, finding", [
    ("he shouted 'I can't move my legs!' and he still can't, back burning", "paralysis"),
    ("the paramedic wrote 'collapsed at home' on the form, back hot", "collapse"),
])
def test_a_quoted_finding_that_is_not_denied_stays(text, finding):
    assert_reported(text, finding)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_look_alike_reports_no_emergency_sign(text):
    signs = set(default_spec().emergency_signs())
    present = {finding for finding, negated in symptoms(text) if not negated}
    assert not present & signs, f"{text!r}: emergency sign reported: {sorted(present & signs)}"


# ----------------------------------------------------------- the dev sets, lexicon only

#: Lexicon-only red-flag recall on each dev set, as measured after the seventh
#: round (2026-12-03): lay_dev 0.977, lay_dev2 0.971, lay_final2 0.961 (blind
#: when first scored: 0.752), lay_final3 0.983 (0.789), lay_final4 0.981
#: (0.720), lay_dev4 0.972 (0.788 on its first reading: a new writer's
#: development set), and lay_final5 (0.868 when scored blind on 2026-12-04,
#: 0.954 after the eighth round worked on its misses), lay_dev5 (0.867 on its
#: first reading, 2026-12-04, then 0.965), lay_dev6 (written to avoid the
#: textbook words: about 0.64 on its first reading, then 0.947), lay_dev7
#: (0.804 on its first reading, then 0.994), lay_dev8 (0.919 on its first
#: reading, then 0.993), lay_final6 (0.840 when scored blind on 2026-12-04,
#: then 0.991 worked on as a development set), and lay_final7 (0.875 when scored
#: blind on 2026-12-04, then 0.958 in the ninth round) and lay_final8 (0.863 when
#: scored blind on 2026-12-04, then 0.984 in the tenth round) and lay_final9 (0.792
#: when scored blind on 2026-12-04, then 0.930 in the eleventh round) and lay_final10 (0.815
#: when scored blind on 2026-12-04, then 0.962 in the twelfth round), lay_final11 (0.857 when scored
#: blind, then 0.950 in the fourteenth round) and lay_final12 (0.854 when scored blind on 2026-12-04,
#: then 0.951 in the fifteenth round) and lay_final13 (0.888 when scored blind on 2026-12-04, then
#: 0.967 in the sixteenth round) and lay_final14 (0.842 when scored blind on 2026-12-05, then 0.958 in
#: the eighteenth round) and lay_final15 (part B only, 130 emergency sentences: 0.787 when scored blind on
#: 2026-12-05, then 0.993 in the nineteenth round) and lay_final17 (0.855 when scored blind on 2026-12-05,
#: then 0.911 in the twentieth round) and lay_final18 (0.788 when scored blind on 2026-12-05, then 0.880 in the
#: twenty-first round) and lay_final19 (0.809 when scored blind on 2026-12-05, then 0.968 in the twenty-second
#: round) and lay_final20 (0.725 when scored blind on 2026-12-05, then 0.819 in the twenty-second round) and
#: lay_final21 (0.720 when scored blind on 2026-12-06, then 0.864 in the twenty-fourth round) and lay_final22
#: (0.625 when scored blind on 2026-12-06, then 0.743 in the twenty-fifth round) and lay_final23 (0.731 when scored
#: blind on 2026-12-06, then 0.941 in the twenty-fifth round), less a margin.
MIN_RECALL = {"lay_dev.yml": 0.95, "lay_dev2.yml": 0.94, "lay_final2.yml": 0.93, "lay_final3.yml": 0.95,
              "lay_final4.yml": 0.95, "lay_dev4.yml": 0.94, "lay_final5.yml": 0.94, "lay_dev5.yml": 0.95,
              "lay_dev6.yml": 0.93, "lay_dev7.yml": 0.97, "lay_dev8.yml": 0.97, "lay_final6.yml": 0.97,
              "lay_final7.yml": 0.94, "lay_final8.yml": 0.96,
              "lay_final9.yml": 0.91, "lay_final10.yml": 0.94, "lay_final11.yml": 0.94, "lay_final12.yml": 0.94,
              "lay_final13.yml": 0.96, "lay_final14.yml": 0.94, "lay_final15.yml": 0.97, "lay_final16.yml": 0.96,
              "lay_final17.yml": 0.92, "lay_final18.yml": 0.87, "lay_final19.yml": 0.95,
              "lay_final20.yml": 0.83, "lay_final21.yml": 0.85, "lay_final22.yml": 0.73, "lay_final23.yml": 0.92,
              "lay_final24.yml": 0.74, "lay_final25.yml": 0.87, "lay_final26.yml": 0.83,
              "lay_final27.yml": 0.95, "lay_final28.yml": 0.89,
              "lay_final29.yml": 0.92, "lay_final30.yml": 0.87, "lay_final31.yml": 0.94,
              "lay_final32.yml": 0.94, "lay_final33.yml": 0.99, "lay_final34.yml": 0.97,
              "lay_final35.yml": 0.98, "lay_final36.yml": 0.98, "lay_final37.yml": 0.99,
              "lay_final38.yml": 0.99, "lay_final39.yml": 0.99,
              "lay_final40.yml": 0.99, "lay_final41.yml": 0.99, "lay_final42.yml": 0.99}
#: Known errors left on a set (0 elsewhere): on lay_dev7.yml a sister who
#: "fainted at her wedding last year and since then I worry" (a current word in
#: the clause), on lay_dev4.yml a rash "on my arm but not on my back", on
#: lay_final7.yml "peeing myself ..., burning in my mid back, no burning when I
#: wee" (leaking and the back's burning compose a urinary burning across the
#: comma). (lay_final9.yml's "had a UTI last month, antibiotics sorted it, no
#: stinging now" is mended in the twelfth round.) The red flags of
#: someone else set apart from the writer (lay_dev4's
#: neighbour, brother and "man in the next bed", lay_dev6's mate, lay_final7's
#: mum who "fell down the stairs (she's ok)") are asked, not reported;
#: lay_final5.yml's 9, lay_final6.yml's 6, lay_final7.yml's 3 and lay_final8.yml's
#: 8 false emergencies (and its 4 negated red flags reported present), as scored
#: blind, are mended. Never more.
#: lay_final11.yml (after its blind scoring): a kidney stone "5 years ago ... I cannot pee, but
#: operated already" (the date and the operation are in other clauses) and a stone's pain "then was
#: a ten out of ten, worst thing ever" in a long history (a grandmother's paralysis "I am just
#: asking" is mended in the fifteenth round). lay_final12.yml (after its blind scoring): a joke
#: ("Numb bum? Only from your waiting-room chairs. Kidding, no numbness anywhere."), and among the
#: negated reported present also a UTI "two weeks ago, antibiotics done, peeing is fine now" and a
#: "'low-grade fever'?? Is it?" at 37.4. lay_final13.yml (after its blind scoring): a past event dated
#: across a comma ("Years ago, like 2009, I collapsed at a festival"; "Broke me back falling off a roof in
#: '98"; "a proper high fever, 40 degrees, back in January"): a date across a comma is not trusted, as
#: "I fainted, I had a heart attack in 2015" must keep the faint.
#: lay_final14.yml (scored blind on 2026-12-05: 0.842, 18 false emergencies, 15 negated reported present) is a
#: development set now. After the eighteenth round 3 false emergencies are left: a stage death ("I die every night
#: in Act Three ... clutching my chest and collapsing ... None of it is real"), a hypothetical ("If the cabin
#: depressurises I'll be short of breath") and "can't wee" as the last item of a bracketed denial ("No x4 (fainting,
#: chest pain, weak legs, can't wee)": a mention with its own negation is a clause of its own).
#: lay_final16.yml (scored blind on 2026-12-05: 0.839, 17 false emergencies, 19 negated reported present) is a
#: development set since then; after the nineteenth round's look-alikes 3 false emergencies and 9 negated reported
#: present are left (a resolved numb bottom after a long ride, old neuropathy in both feet, a checklist whose
#: "leg weakness, numb saddle" pair into leg numbness and break the denied list). In the twentieth round the
#: checklist, the neuropathy, most negated ones and lay_final13's three dated across a comma are mended; the
#: resolved numb bottom is left (1), with 3 negated reported present.
#: lay_final17.yml (scored blind on 2026-12-05: 0.855, 17 false emergencies, 23 negated reported present) is a
#: development set since then; after the twentieth round 2 false emergencies are left (a joke, "Chest pain? Only
#: when the home fans start singing about me", and a string of rhetorical questions) and 4 negated reported present.
#: lay_final18.yml (scored blind on 2026-12-05: 0.788, 20 false emergencies, 14 negated reported present) is a
#: development set since then; after the twenty-first round none of either is left. lay_final19.yml (scored blind on
#: 2026-12-05: 0.809, 22 false emergencies, 7 negated reported present) is a development set since then; after its
#: twenty-second round 1 false emergency is left ("Chest pain, does heartburn count? I get it every night ..., have
#: for years") and no negated one reported present. lay_final20.yml (scored blind on 2026-12-05: 0.725, 24 false
#: emergencies, 10 negated reported present) is a development set since then; after the twenty-second round 4 false
#: emergencies are left (two jokes after a question, "Fainted? Only when I saw the house prices", "Chest pain? Only
#: when Kerry lose"; a slow topple off a bike; a dog panting and shaking) and 5 negated reported present; the
#: twenty-third round (a question answered "Only when ..." is asked first, not reported) leaves 2 and 1.
#: lay_final21.yml (scored blind on 2026-12-06: 0.720, 28 false emergencies, 23 negated reported present) is a
#: development set since then; after the twenty-third round 20 false emergencies (look-alikes of its own: a
#: whippet that keeled over, a polytunnel at 40 degrees, a chile batch "about an 8 out of 10", a hospital drama)
#: and 15 negated reported present are left for the next round; the twenty-fourth round (2026-12-06) lifts its
#: recall to 0.864 and leaves 5 false emergencies (a joke "If I fainted was only when Antigua lose", "nor, to use
#: your other word, collapsed", a bell's clapper that fell ten metres, a Morris stick's heavy blow to the
#: knuckles, "I nearly fainted, happy shock") and 3 negated reported present. lay_final22.yml (scored blind on
#: 2026-12-06: 0.625, 20 false emergencies, 12 negated reported present) is a development set since then; after the
#: twenty-fourth round 4 false emergencies are left (a goat that keels over, a dog's fever of 40 in dialect, a
#: wife's forty-year joke that he is confused, "the gaffer reckons I'm paralysed wi' idleness") and 3 negated
#: reported present. The twenty-fifth round (an aside between commas, "nor, to use your other word, collapsed", is
#: read through) leaves lay_final21 4 and 2, and lay_final22 4 and 2. lay_final23.yml (scored blind on 2026-12-06:
#: 0.731, 19 false emergencies, 17 negated reported present) is a development set since then; after the
#: twenty-fifth round 1 false emergency is left (a workmate "can't feel his feet", then "feet are fine, no numbness"
#: for the writer, which the lexicon does not read as a denial of the same finding) and 2 negated reported present
#: (after "hay fever", "cabin fever" and a fridge's "temperature ... 15 degree" stopped being fevers). The
#: twenty-sixth round (topic denials, "I'm nothing like that") leaves lay_final23 none of either. lay_final24.yml
#: (scored blind on 2026-12-06: 0.719, 16 false emergencies, 1 negated reported present) is a development set since
#: then; after the twenty-sixth round (advice read out is asked first; quotes the phone put in and the writer takes
#: back, parts played in drills, dreams and a passing-out parade are ignored) 7 false emergencies are left (a
#: hospital laundry's patients, a medicine packet's side effects, "fainted the shed. PAINTED the shed", a Pijin
#: "what is 'rigors'?", ...) and 1 negated reported present. The twenty-seventh round (a quote with an apostrophe
#: inside, a word corrected in capitals or after an asterisk, a word quoted back with a "?", a packet's side effects,
#: patients in general) leaves 1 false emergency ("'Blackout Betty' ... is one of my racing bitches") and none negated;
#: the thirtieth round (a word or two in quotation marks is set apart) mends it.
#: lay_final25.yml (scored blind on 2026-12-06: 0.848, 13 false emergencies, 20 negated reported present) is a
#: development set since then; after the twenty-seventh round (lessons, forms, quizzes and dreams said first are talked
#: about, not lived; near misses; another person who collapsed) its recall is 0.882 and 1 false emergency is left (a
#: quiz answer, "I knew it - syncope!") with 5 negated reported present (a wearable's 'skin temperature elevated',
#: FEVERS played at Scrabble, "everybody saying I'm burning up", diabetic feet seen at work, a smart scale's weight).
#: The twenty-eighth round (a later denial as the writer's last word, "No fever here, before anyone asks") leaves 2:
#: the diabetic feet ("no numbness in them": the pronoun names no finding) and the smart scale ("weight is the same").
#: lay_final26.yml (scored blind on 2026-12-06: 0.778, 24 false emergencies, 8 negated reported present) is a
#: development set since then; after the twenty-eighth round its recall is 0.831 (recognised or asked first 0.965) and
#: 2 false emergencies are left (a reindeer's "back legs gone", "Fainting? Not in my vocabulary") with 2 negated
#: reported present (that driver's faint, and "temperature?? i wish ... 36.8").
#: lay_final27.yml (scored blind on 2026-12-06: 0.843, 13 false emergencies, 21 negated reported present) is a
#: development set since then; after the twenty-ninth round its recall is 0.962 and 4 false emergencies are left
#: (legs "gone to jelly" from laughing, "Mate said his came with chest pain. Mine no.", a nurse's ward 'collapse call'
#: in a long message, a web search's "losing control of your bladder" before "waterworks working perfectly") with 12
#: negated reported present (mostly fevers, rashes and weights told of the past or of others, then denied).
#: lay_final28.yml (scored blind on 2026-12-06: 0.860, 17 false emergencies, 10 negated reported present) is a
#: development set since then; after the twenty-ninth round's second part its recall is 0.864 with 10 false
#: emergencies (things that "collapsed", a rowing split, cold numbness on a riverbank, an ice swimmer's blue lips, a
#: glue pot at 104 degrees, a wash at '40 degrees', a documentary's ripping pain, legs wobbly after a long walk, a faint
#: 25 years ago, 'paralysed' on the sofa as a joke) and 6 negated reported present. lay_final26's reindeer is mended.
#: The thirtieth round (a word or two in quotation marks is set apart; a thing's degrees; numbness back within
#: minutes; legs wobbly after a long walk, "just tired"; a date leading its sentence) brings lay_final28 to recall
#: 0.884 with 2 false emergencies (an ice swimmer's blue lips, a documentary's ripping pain) and 5 negated reported
#: present, and lay_final27 to 3 false emergencies (the ward's 'collapse call' is mended) and 10 negated.
#: lay_final29.yml (scored blind on 2026-12-06: 0.803, 14 false emergencies, 7 negated reported present) is a
#: development set since then; after the thirtieth round's second part its recall is 0.924 with 7 false emergencies
#: (a checklist's "Confused? ... but no, not really", 'I am paralyse' said of laziness, long stories of an auntie's
#: waterworks, a church friend's legs and a brother-in-law's torn aorta, a childhood burn "healed many many years
#: now", a nurse's 'the collapse in bay four') and 4 negated reported present.
#: lay_final30.yml (scored blind on 2026-12-06: 0.851, 15 false emergencies, 9 negated reported present) is a
#: development set since then; after the thirtieth round's third part its recall is 0.874 (recognised or asked first
#: 0.990) with 11 false emergencies (jokes, a hen that collapsed, stories of others, a TV report, work talk in
#: quotes, things' degrees told at length) and 8 negated reported present.
#: lay_final31.yml (scored blind on 2026-12-07: 0.825, 20 false emergencies, 15 negated reported present) is a
#: development set since then; after the thirty-first round its recall is 0.884 (recognised or asked first 0.993)
#: with 1 false emergency (a neighbour's collapse told before "But father not collapse") and 3 negated reported
#: present (that collapse; a rash named by a friend's shingles before "no rash yet", and by a cousin's). Its second
#: part (a word said, then what was meant; paralysed with idleness; nearly fainted, a happy shock, or "haha")
#: brings lay_final21 to 3 false emergencies, lay_final22 to 2 (1 negated), lay_final27 to 2, lay_final29 to 6
#: and lay_final30 to 9 (7 negated). Its third part (the misses that were asked first, in other words; "both my
#: legs" inside a numbness of both legs also reports leg numbness) brings lay_final31's recall to 0.945.
#: lay_final32.yml (scored blind on 2026-12-07: 0.873, 30 false emergencies, 27 negated reported present) is a
#: development set since then; after the thirty-second round its recall is 0.943 (recognised or asked first 0.990)
#: with 5 false emergencies (a bare year, "can be paralyse?", an internet rule, a prostate operation two years ago,
#: a fever at five "when he ws 5") and 6 negated reported present. The colon rule of the thirty-third session (a
#: question passed on after "ask:" is asked) brings lay_final30 to 8 false emergencies (6 negated).
#: lay_final33.yml (scored blind on 2026-12-07: 0.895, 18 false emergencies, 6 negated reported present) is a
#: development set since then; after the thirty-third round its recall is 0.993 (recognised or asked first 1.000)
#: with no false emergency and no negated red flag reported present (floors 0.99/0/0: absent from the two dicts
#: below means 0).
#: lay_final34.yml (scored blind on 2026-12-07: 0.924, 25 false emergencies, 3 negated reported present) is a
#: development set since then; after the thirty-fourth round its recall is 0.980 (recognised or asked first 0.993)
#: with 1 false emergency, also its 1 negated reported present (a father's aorta that tore "like ripping in his
#: back", twenty years ago, before "his is just burning not ripping at all").
#: lay_final35.yml (scored blind on 2026-12-07: 0.938, 16 false emergencies, no negated reported present) is a
#: development set since then; after the thirty-fifth round its recall is 0.984 (recognised or asked first 0.997)
#: with no false emergency and no negated red flag reported present (floors 0.98/0/0).
#: lay_final36.yml (scored blind on 2026-12-07: 0.880, 23 false emergencies, 6 negated reported present) is a
#: development set since then; after the thirty-sixth round its recall is 0.986 (recognised or asked first 0.997)
#: with 5 false emergencies and 2 negated reported present (a deaf man who heard 'sea view' when asked if the pain
#: was severe, a warm filter that made the skin look like a bad burn, a shaky video, blue cooling gel, a night's
#: drink; a pharmacist's 'rash' misheard). The thirty-sixth round brings lay_final28 to 4 negated reported present.
#: lay_final37.yml (scored blind on 2026-12-07: 0.860, 17 false emergencies, 3 negated reported present) is a
#: development set since then; after the thirty-seventh round its recall is 0.997 (floors 0.99/0/0).
#: lay_final38.yml (scored blind on 2026-12-07: 0.928, 24 false emergencies, 10 negated reported present) is a
#: development set since then; after the thirty-eighth round (whose back, whose red flag; its misses and look-alikes
#: in other words) its recall is 0.997 with 7 false emergencies and 4 negated reported present: a mother's 39.8 in a
#: diary of the patient "J" (no back named with an owner), legs "like jelly" then "strong" (both kept), a sleep at
#: the table a girlfriend took for a faint, jet lag's dragged feet before "her legs are strong", a removal man's
#: agony when the back is the writer's own (a red flag of another person when the back is the writer's is left to
#: the older rules), a quoted "I came off the roof" corrected, a numb bottom from the cream for piles. The round
#: brings lay_final36 to 3 false emergencies and 1 negated reported present.
#: lay_final39.yml (scored blind on 2026-12-07: 0.950, 13 false emergencies, 7 negated reported present) is a
#: development set since then. Its conversations' four errors were mended first (a thermometer's display, a
#: temperature checked and normal, a weight loss all planned, shingles only feared), which brings lay_final27 to 9
#: negated reported present. After the thirty-ninth round (a picture between two words ends a sentence; "his
#: temperature was 37.9" is a measure, not a fever; its misses and look-alikes in other words) its recall is 0.997
#: with 1 false emergency and 3 negated reported present: "lost 9-1 which was the real agony haha" before "maybe a 3
#: out of 10" (both kept), shingles feared with "no spots yet", and a stepmother "in the loo every 20 mins" who
#: "wees fine". The round brings lay_final19 to 0.973.
#: lay_final40.yml (scored blind on 2026-12-07: 0.897, 26 false emergencies, 5 negated reported present) is a
#: development set since then; after the fortieth round (things that collapse, fall, tear or are paralysed; its
#: misses and look-alikes in other words) its recall is 0.993 (recognised or asked first 1.000) with 1 false
#: emergency ("anything that felt like something split inside, no", a checklist answer after a long item) and 3
#: negated reported present (that checklist item; "no spots or rash yet ... thinking early shingles"; "my friend
#: says it's shingles but I've got no rash"). The round brings lay_final5 to 0.985.
#: lay_final41.yml (scored blind on 2026-12-07: 0.923, 16 false emergencies, 5 negated reported present) is a
#: development set since then; after the forty-second round (a list named by its heading, then "none of those";
#: "nobody ... knows" with any few words between; the reading said to be the person's actual one; its misses and
#: look-alikes in other words) its recall is 1.000 with 2 false emergencies, both quotations of others ("'Mum, your
#: legs are like jelly!' but she meant my wobbly landings"; "the 'purple blotchy thing' Tom mentioned was the crab
#: ..., not me"), and no negated reported present. The round brings lay_final18 to 0.922, lay_final20 to 0.865 and
#: lay_final30 to 0.881.
#: lay_final42.yml (scored blind on 2026-12-07: 0.880, 24 false emergencies, 7 negated reported present) is a
#: development set since then; after the forty-third round (a finding denied in words is not implied by another;
#: how far back an old back trouble goes is not the onset; a game's characters; its misses and look-alikes in other
#: words) its recall is 1.000 with no false emergency and 1 negated reported present: "a warm, tingly patch low in
#: my back ... and a pain shooting down the back of my left leg ... No numbness" (the tingling is paired with the
#: leg across the pain; keeping a symptom word from a site past another symptom word lost recall on 27 sets). The
#: round brings lay_final20 to 0.868 and lay_final24 to 0.776.
MAX_FALSE_EMERGENCIES = {"lay_dev7.yml": 1, "lay_final11.yml": 2, "lay_final12.yml": 1,
                         "lay_final14.yml": 3, "lay_final16.yml": 1, "lay_final17.yml": 2, "lay_final19.yml": 1,
                         "lay_final20.yml": 2, "lay_final21.yml": 3, "lay_final22.yml": 2, "lay_final23.yml": 0,
                         "lay_final24.yml": 0, "lay_final25.yml": 1, "lay_final26.yml": 1, "lay_final27.yml": 2,
                         "lay_final28.yml": 2, "lay_final29.yml": 6,
                         "lay_final30.yml": 8, "lay_final31.yml": 1, "lay_final32.yml": 5, "lay_final34.yml": 1,
                         "lay_final36.yml": 3, "lay_final38.yml": 7, "lay_final39.yml": 1,
                         "lay_final40.yml": 1, "lay_final41.yml": 2}
MAX_NEGATED_AS_PRESENT = {"lay_dev4.yml": 1, "lay_final7.yml": 1, "lay_final12.yml": 3,
                          "lay_final14.yml": 5, "lay_final16.yml": 3, "lay_final17.yml": 4,
                          "lay_final20.yml": 1, "lay_final21.yml": 2, "lay_final22.yml": 1, "lay_final23.yml": 0,
                          "lay_final24.yml": 0, "lay_final25.yml": 2, "lay_final26.yml": 2,
                          "lay_final27.yml": 9, "lay_final28.yml": 4,
                          "lay_final29.yml": 4, "lay_final30.yml": 6, "lay_final31.yml": 3,
                          "lay_final32.yml": 6, "lay_final34.yml": 1, "lay_final36.yml": 1,
                          "lay_final38.yml": 4, "lay_final39.yml": 3,
                          "lay_final40.yml": 3, "lay_final42.yml": 1}


@pytest.mark.parametrize("name", sorted(MIN_RECALL))
def test_dev_sets_red_flag_recall_and_no_false_emergency(name):
    spec = default_spec()
    examples = load_heldout(ROOT / "tests" / "nlu" / name)
    preds = [{"intent": {"name": e.intent}, "entities": extract(e.text)} for e in examples]
    report = evaluate(examples, preds, spec.red_flags(), emergency_signs=spec.emergency_signs())
    table = report.red_flag_table
    correct = sum(row["correct"] or 0 for row in table.values())
    support = sum(row["support"] or 0 for row in table.values())
    assert correct / support >= MIN_RECALL[name], report.format_red_flags(details=True)
    assert report.false_emergency["false"] <= MAX_FALSE_EMERGENCIES.get(name, 0), report.false_emergency_examples
    assert len(report.red_flag_violations) <= MAX_NEGATED_AS_PRESENT.get(name, 0), report.red_flag_violations


@pytest.mark.parametrize("text, present, denied", [
    # A denial after the last item of a list does not reach another finding joined by "and" (twenty-second
    # session): the red flag before it stays.
    ("she fainted and the fever's gone now, her back is hot", "collapse", "fever"),
    ("he fainted and fever gone now, back warm", "collapse", "fever"),
    ("wet himself and the chills gone, lower back burning", "bladder_bowel_dysfunction", "fever"),
    ("wet himself and the temperature went away, lower back burning", "bladder_bowel_dysfunction", "fever"),
    ("grandad keeled over and the chills have gone, back warm", "collapse", "fever"),
    ("my legs buckled and the shivers went away, back on fire", "leg_weakness", "fever"),
    # Nor over a comma, and an "it's gone" after a comma is the later sign's, not a date for the earlier one.
    ("passed out and muddled, the temperature has cleared up, back toasty", "collapse", "fever"),
    ("keeled over at work, the chills have gone now, back burning", "collapse", "fever"),
    ("his legs gave out on the stairs, the shivers went away, lower back hot", "leg_weakness", "fever"),
])
def test_a_denial_after_a_list_keeps_an_earlier_red_flag_of_another_finding(text, present, denied):
    found = symptoms(text)
    assert (present, False) in found and (denied, False) not in found, sorted(found)


@pytest.mark.parametrize("text, finding", [
    # The same finding said twice, then explained away, is explained away whole.
    ("he was confused and talking nonsense, but that was just the drink, back warm", "very_unwell"),
    ("she was disorientated and muddled, but that was the booze, her back is hot", "very_unwell"),
    # A list joined by "or", asked and answered.
    ("any wet pants or numb bum? nope. back burning", "saddle_numbness"),
    ("went dizzy and fainted, or blacked out? no. back hot", "collapse"),
])
def test_a_denial_after_a_list_reaches_back_over_or_and_the_same_finding(text, finding):
    assert (finding, False) not in symptoms(text), sorted(symptoms(text))


@pytest.mark.parametrize("text, finding", [
    # Thirty-seventh round (lay_final37 after its blind scoring, its misses), in other words.
    ("my husband has to strain to pee and the flow is feeble, back burning", "bladder_bowel_dysfunction"),
    ("grandad's had wee trickling down his leg without knowing, his back is hot", "bladder_bowel_dysfunction"),
    ("sat on the loo half an hour and not a single drop came, lower back warm", "bladder_bowel_dysfunction"),
    ("it takes forever before anything flows when she goes, her back burns", "bladder_bowel_dysfunction"),
    ("he had no idea his bladder was full until it overflowed, back hot", "bladder_bowel_dysfunction"),
    ("she hasn't felt the urge to pee since lunch yesterday, back burning", "bladder_bowel_dysfunction"),
    ("his jeans are soaked, he didn't notice, third time, back warm", "bladder_bowel_dysfunction"),
    ("the ache runs from her bottom all the way to both her heels, back on fire", "both_legs_affected"),
    ("he was sick twice into the bucket with the pain, back burning", "chest_pain"),
    ("indigestion-like pressure under her ribs, she has never had it before, back warm", "chest_pain"),
    ("he's turned all clammy and grey, back burning", "chest_pain"),
    ("sweat pouring off his brow, back hot", "chest_pain"),
    ("she was out cold for a few seconds in the shop, back burning", "collapse"),
    ("he slumped forward in his chair and wouldn't answer for a minute, back warm", "collapse"),
    ("her legs have lost all their strength, back hot", "leg_weakness"),
    ("his legs won't carry him to the bathroom, back burns", "leg_weakness"),
    ("mum's knees have gone twice on the stairs, back burning", "leg_weakness"),
    ("his left leg keeps giving out, back warm", "leg_weakness"),
    ("the bit where she sits has gone numb, back burning", "saddle_numbness"),
    ("his bum and inner thighs feel like rubber, back hot", "saddle_numbness"),
    ("she pinched it and felt nothing down there, back burning", "saddle_numbness"),
    ("scalding soup all over his back, blistered over a large patch", "severe_burn"),
    ("a burn of real depth on her back, white and leathery in the middle", "severe_burn"),
    ("blisters over an area bigger than both my hands on my back", "severe_burn"),
    ("a truly dreadful pain in his back, beyond all bearing", "severe_pain"),
    ("like something ripped her open down the back", "tearing_pain"),
    ("a lorry clipped him on the roundabout, back burning now", "trauma"),
    ("he fell into an open trench at work, back hot", "trauma"),
    ("she got decked by a bloke on the bus, back burns", "trauma"),
    ("he climbed onto the roof to fix the aerial and fell, back burning", "trauma"),
    ("dropped eight foot straight onto my back, now it burns", "trauma"),
    ("she can barely keep her eyes open and nodded off twice while we talked, back hot", "very_unwell"),
    ("over forty breaths a minute sitting still, back burning", "very_unwell"),
    ("we had to shake him to get an answer, back warm", "very_unwell"),
    ("he texted: my legs couldnt hold me up the stairs his back is burning", "leg_weakness"),
    # (lay_cases_final37, its conversations) in other words.
    ("he has not managed a pee since this morning though he was trying for ages, back hot",
     "bladder_bowel_dysfunction"),
    ("she slipped on the stairs and drops about two metres onto the hall floor, back burning", "trauma"),
])
def test_thirty_seventh_round_wording_reports_the_red_flag(text, finding):
    assert_reported(text, finding)


@pytest.mark.parametrize("text, finding", [
    # Thirty-seventh round (lay_final37 after its blind scoring, its false emergencies), in other words.
    ("my hands gave a little twitch as I dozed off, both legs gave a jerk too, back warm", "both_legs_affected"),
    ("she was dancing with both legs going like the clappers, back warm now", "both_legs_affected"),
    ("the lap bar pressed hard against his chest on the ride, he laughed, back warm", "chest_pain"),
    ("the shop dummy toppled over and its legs gave way, my back is hot", "leg_weakness"),
    ("after the cold plunge at the lido she couldn't feel her bum for a bit, back warm today", "saddle_numbness"),
    ("the glaze on his vase came out with blisters all over, back hot", "severe_burn"),
    ("the pain's a 3, more of a dull burning than agony, back warm", "severe_pain"),
    ("on the news the road was ripping open after the quake, my back is hot", "tearing_pain"),
    ("my knee's from a car crash in like 2012, my back is the new bit and it burns", "trauma"),
    ("her watercolours came out blotchy blue this week, back warm", "very_unwell"),
    ("the statue in the garden has gone green and patchy, my back is warm", "very_unwell"),
    ("temperature: normal, back burning a bit", "fever"),
    # Look-alikes of this round's own new words (an errand, a baby's kicks).
    ("I popped out for a few minutes to the chemist and my back got hot", "collapse"),
    ("we nipped out for two minutes, back warm since", "collapse"),
    ("the baby kicked me in the ribs all night, back warm", "trauma"),
    ("30 weeks and the little one keeps kicking me in the back, back burning", "trauma"),
    ("the live stream was slow and stop-start all night, my back is warm", "bladder_bowel_dysfunction"),
])
def test_thirty_seventh_round_look_alikes_report_no_red_flag(text, finding):
    assert (finding, False) not in symptoms(text), sorted(symptoms(text))


@pytest.mark.parametrize("text, finding", [
    ("Not an hour ago a terrible pain came over him, agony, back burning", "severe_pain"),
    ("not ten minutes ago he fainted in the hall, back hot", "collapse"),
])
def test_a_time_just_past_is_no_denial(text, finding):
    assert_reported(text, finding)


# Thirty-eighth round (lay_final38): whose back, whose red flag. When the back is another person's, a red flag the
# writer tells of themself, or of someone of another sex or number, is set apart: asked first, not recorded.
@pytest.mark.parametrize("text, finding", [
    ("Dad's back has been burning since Friday. I'm the one who passed out, at the dentist this morning, not him.",
     "collapse"),
    ("Writing for my husband, his lower back is red hot. I myself have a temperature of 39.9 with this flu, so sorry "
     "for typos.", "high_fever"),
    ("My daughter's back burns across the middle. Honestly I'm the one in agony today, my knee is 9/10 after the op.",
     "severe_pain"),
    ("her upper back is warm, she says. I get numbness round my bottom myself, from my MS, but that's mine.",
     "saddle_numbness"),
    ("Grandad has a warm patch on his lower back. Nan fainted at church yesterday but she's fine now.", "collapse"),
    ("The twins have both been throwing up with a bug since Monday. Now my wife has a hot burning spot on her lower "
     "back.", "chest_pain"),
    ("Her back has been hot since lunch. Her brother, he collapsed at the gym, is in hospital.", "collapse"),
])
def test_a_red_flag_of_another_than_the_owner_of_the_back_is_asked_not_recorded(text, finding):
    entities, hints = extract_merge_and_hint(text, semantic=None)
    present = {e["value"] for e in entities if e["entity"] == "symptom" and e.get("role") != "negated"}
    assert finding not in present, entities
    assert finding in hints, (entities, hints)


@pytest.mark.parametrize("text, finding", [
    ("Mum's back is burning. I took her temperature: 40.2.", "high_fever"),
    ("His back is burning. I took the temp: 40.1", "high_fever"),
    ("His back is on fire and I found him on the bathroom floor, out cold.", "collapse"),
    ("Her back is burning and her husband says she fainted twice.", "collapse"),
    ("His back is burning and his wife says the fever hit 40 last night.", "high_fever"),
    ("The lady I look after says her back is burning, and she fell down the whole flight of stairs this morning.",
     "trauma"),
    ("my back is burning and I fainted in the queue at the post office", "collapse"),
    ("He came in and said: I can't move my legs, Dad. His back is burning.", "paralysis"),
    ("Her back is burning and the doctor on the phone thinks she is very confused.", "very_unwell"),
])
def test_a_red_flag_told_by_a_carer_or_of_the_patient_stays_the_patients(text, finding):
    assert_reported(text, finding)


@pytest.mark.parametrize("text, finding", [
    # Thirty-eighth round (lay_final38 after its blind scoring, its misses), in other words.
    ("back burning since lunch and now it's into his jaw as well", "chest_pain"),
    ("her back is warm and the pain has been spreading up into the side of her neck", "chest_pain"),
    ("he was completely out of it for about a minute on the kitchen floor, back burning", "collapse"),
    ("she said the room went all swimming and dark, back hot since Tuesday", "collapse"),
    ("back on fire and she nearly went, had to grab the table", "collapse"),
    ("her back is hot and she has not passed a single drop of water since last night", "very_unwell"),
    ("he says he needs to wee but it won't come, back burning low down", "bladder_bowel_dysfunction"),
    ("he peed on himself at the bus stop and never noticed, back burning", "bladder_bowel_dysfunction"),
    ("she never felt she needed to go and then the chair was wet, back hot", "bladder_bowel_dysfunction"),
    ("he can't, well, you know, perform any more since Friday, back warm", "bladder_bowel_dysfunction"),
    ("my balls feel kind of numb since this morning, back burning", "saddle_numbness"),
    ("back hot, and for ten minutes there was zero movement in his legs", "paralysis"),
    ("his back got a huge blistered scald from the bath tap", "severe_burn"),
    ("knelt in fresh cement all afternoon, now the skin on his back is raw and weeping", "severe_burn"),
    ("got a nasty belt off the mains when fixing the socket, there's a burn on my back", "severe_burn"),
    ("back burning and his legs are aching all the way down", "both_legs_affected"),
    ("ever since the car crash on Monday her back has been burning", "trauma"),
    ("he was knocked down by a van outside school, back hot", "trauma"),
])
def test_thirty_eighth_round_wording_reports_the_red_flag(text, finding):
    assert_reported(text, finding)


@pytest.mark.parametrize("text, finding", [
    # Thirty-eighth round (lay_final38 after its blind scoring, its false emergencies and denials), in other words.
    ("back warm; his coat makes a noise like ripping velcro when he takes it off", "tearing_pain"),
    ("there was a loud tearing sound from the tent in the wind, his back is warm", "tearing_pain"),
    ("restless legs at night, both of them, and my lower back feels warm", "both_legs_affected"),
    ("both legs bouncing under the table all evening, back burning", "both_legs_affected"),
    ("she ripped the plaster off and said it felt like it tore her skin off, back burning a bit", "tearing_pain"),
    ("new shoes left a blister on each heel, my back is just warm", "severe_burn"),
    ("it was her skirt ripping on the chair, not her, and her back is the same warm ache", "tearing_pain"),
    ("I don't think he's had any accidents with his bladder, back warm", "bladder_bowel_dysfunction"),
    ("back hot, but no pain or tingling going down either leg", "both_legs_affected"),
    ("The kids went up to bed and I am going into my neck of the woods tomorrow, back burning", "chest_pain"),
])
def test_thirty_eighth_round_look_alikes_report_no_red_flag(text, finding):
    assert (finding, False) not in symptoms(text), symptoms(text)


def test_legs_said_to_be_strong_deny_weakness():
    assert_denied("his back is warm and his legs are strong, walking miles", "leg_weakness")


@pytest.mark.parametrize("text, finding", [
    # Thirty-eighth round (lay_cases_final38's two over-triaged conversations), in other words.
    ("The left side of my back burns, no wait, the right, I always get them mixed up.", "very_unwell"),
    ("my mum gets left and right mixed up but her lower back is warm on the right", "very_unwell"),
    ("Did his back in ages ago, came off a motorbike. Same burning again now, four days.", "trauma"),
    ("Injured her back years back, fell down the cellar steps. It's flared up again, warm.", "trauma"),
])
def test_a_mix_up_of_sides_and_an_old_injury_told_after_its_date_report_no_red_flag(text, finding):
    assert (finding, False) not in symptoms(text), symptoms(text)


@pytest.mark.parametrize("text, finding", [
    ("she keeps getting mixed up about what day it is, back burning", "very_unwell"),
    ("Years ago I fell off a roof, this morning he fell off scaffolding, back burning", "trauma"),
])
def test_confusion_and_a_new_fall_after_an_old_one_stay(text, finding):
    assert_reported(text, finding)


@pytest.mark.parametrize("text, finding, present", [
    # Thirty-ninth round (lay_cases_final39's first-reply miss and over-triaged conversations), in other words.
    ("photo of the thermometer, the display reads 40.1 °C, his back is burning", "high_fever", True),
    ("the thermometer's display says 103.2 F and her back is on fire", "high_fever", True),
    ("the oven display reads 200, back warm", "high_fever", False),
    ("she keeps saying her back is 'burning up' but I took her temperature and it was normal", "fever", False),
    ("he's lost 3 stone since the op, all planned, back burning low down", "weight_loss", False),
    ("I lost 5 kilos, not on purpose at all, back burning", "weight_loss", True),
    ("I've lost 2 stone without trying, back burning", "weight_loss", True),
    ("she was worried it was shingles but there's no rash, back burning on the left", "rash", False),
])
def test_thirty_ninth_round_conversation_words(text, finding, present):
    assert ((finding, False) in symptoms(text)) is present, symptoms(text)
