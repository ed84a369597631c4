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

ROOT = Path(__file__).resolve().parents[2]


def symptoms(text):
    """{(finding, negated)} of the symptoms of `text`."""
    return {(e["value"], e.get("role") == "negated") for e in extract(text) if e["entity"] == "symptom"}


PRESENT = [
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
]


@pytest.mark.parametrize("text, finding", PRESENT)
def test_lay_wording_reports_the_red_flag(text, finding):
    got = symptoms(text)
    assert (finding, False) in got, f"{text!r}: expected {finding} present, got {sorted(got)}"


DENIED = [
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
]


def test_denied_genital_numbness_does_not_deny_the_bladder():
    for text in ["my privates aren't numb", "no numbness in my genitals"]:
        assert not {f for f, _ in symptoms(text)} & {"bladder_bowel_dysfunction"}, text


@pytest.mark.parametrize("text, finding", DENIED)
def test_a_denial_never_reports_the_red_flag_present(text, finding):
    got = symptoms(text)
    assert (finding, False) not in got, f"{text!r}: {finding} reported present, got {sorted(got)}"
    assert (finding, True) in got, f"{text!r}: expected {finding} denied, got {sorted(got)}"


LOOK_ALIKES = [
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
]

#: Ordinary events and idioms that must not report the red flag named.
NOT_THE_RED_FLAG = [
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
    ("totally puffed out after a jog round the park but fine again now, back warm", "chest_pain"),
    ("the nurse said if your legs give way you must ring 999, mine are fine", "leg_weakness"),
    ("my friend reckons if anyone can't pee they should go straight in, my back is hot", "bladder_bowel_dysfunction"),
    # An infection a treatment has cleared is not a urinary symptom now.
    ("had cystitis in the summer but the tablets cleared it up, back is just warm", "urinary_symptoms"),
]


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


def test_not_lifting_a_foot_is_weakness_not_paralysis():
    got = symptoms("I can't lift my foot properly when I walk")
    assert ("leg_weakness", False) in got and ("paralysis", False) not in got


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
#: when scored blind on 2026-12-04, then 0.962 in the twelfth round), less a margin.
MIN_RECALL = {"lay_dev.yml": 0.95, "lay_dev2.yml": 0.94, "lay_final2.yml": 0.93, "lay_final3.yml": 0.95,
              "lay_final4.yml": 0.95, "lay_dev4.yml": 0.94, "lay_final5.yml": 0.94, "lay_dev5.yml": 0.95,
              "lay_dev6.yml": 0.93, "lay_dev7.yml": 0.97, "lay_dev8.yml": 0.97, "lay_final6.yml": 0.97,
              "lay_final7.yml": 0.94, "lay_final8.yml": 0.96,
              "lay_final9.yml": 0.91, "lay_final10.yml": 0.94, "lay_final11.yml": 0.94}
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
#: operated already" (the date and the operation are in other clauses), a grandmother's paralysis
#: "I am just asking" ("only" ends the other person's clause), and a stone's pain "then was a ten
#: out of ten, worst thing ever" in a long history.
MAX_FALSE_EMERGENCIES = {"lay_dev7.yml": 1, "lay_final11.yml": 3}
MAX_NEGATED_AS_PRESENT = {"lay_dev4.yml": 1, "lay_final7.yml": 1}


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
