"""More families (third batch): see DATACARD.md.

Hard negatives (label `other`) for gaps left by the first two batches: fiction in which an AI, robot or
computer is present but is neither misaligned nor the hero of an honesty story (a ship's computer reading
out headings, a police database, a lost toy robot, a rover that is just equipment); AI topics that are not
misalignment (hallucinated citations as plain errors, bias audits, human-made deepfake scams, AI spam,
data-centre energy, tutoring studies, export rules, model licences, prompting tips, farming, robotaxi
crash data, recommender feeds, companion apps, automation history); human schemers in AI-company
settings; and other senses of risk words (rogue waves and traders, Skynet as an ISP, military extraction,
warehouse robots, phishing, the political Machine, Ultron as a product, Ava and Hal as people,
singularities, agentic states, emergent flocking). Every family owns its banks (module-level constants
prefixed with a short form of the family name); only lists of single words are shared.
"""

from __future__ import annotations

import random
from typing import Callable

from classifiers.dataset.families import Family, fill, paragraphs, pick, sample, typos
from classifiers.labels import OTHER

FAMILIES: list[Family] = []


def _family(
    name: str, genre: str
) -> Callable[[Callable[[random.Random], str]], Callable[[random.Random], str]]:
    """Register `make` as a hard-negative `other` family."""

    def register(make: Callable[[random.Random], str]) -> Callable[[random.Random], str]:
        FAMILIES.append(Family(name=name, label=OTHER, genre=genre, kind="hard_negative", make=make))
        return make

    return register


# Shared lists of single words only.
HN3_FIRST = [
    "Adaeze",
    "Bastian",
    "Corinne",
    "Dmitri",
    "Elspeth",
    "Fintan",
    "Giulia",
    "Harun",
    "Isolde",
    "Jasper",
    "Keiko",
    "Leopold",
    "Marisol",
    "Nnamdi",
    "Oona",
    "Piotr",
    "Rhiannon",
    "Sefa",
    "Tomasz",
    "Uriel",
    "Verity",
    "Wendell",
    "Ximena",
    "Yaw",
    "Zofia",
    "Anselm",
    "Briony",
    "Caspian",
    "Delphine",
    "Emeka",
]
HN3_LAST = [
    "Abernethy",
    "Bachmann",
    "Coyle",
    "Dunmore",
    "Eklund",
    "Ferreira",
    "Grieve",
    "Hadley",
    "Iwu",
    "Joffe",
    "Kowalczyk",
    "Lindqvist",
    "Mbeki",
    "Nakashima",
    "Ormsby",
    "Pellegrini",
    "Quaye",
    "Rourke",
    "Stavros",
    "Tennant",
    "Ugarte",
    "Valcourt",
    "Whitlock",
    "Yilmaz",
    "Zubiri",
    "Ashdown",
    "Brennan",
    "Castellano",
]
HN3_MALE = [
    "Bastian",
    "Dmitri",
    "Fintan",
    "Harun",
    "Jasper",
    "Leopold",
    "Nnamdi",
    "Piotr",
    "Tomasz",
    "Wendell",
    "Caspian",
    "Emeka",
]
HN3_FEMALE = [
    "Adaeze",
    "Corinne",
    "Elspeth",
    "Giulia",
    "Isolde",
    "Keiko",
    "Marisol",
    "Oona",
    "Rhiannon",
    "Verity",
    "Zofia",
    "Delphine",
]
HN3_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _nm(rng: random.Random) -> str:
    return f"{pick(rng, HN3_FIRST)} {pick(rng, HN3_LAST)}"


def _nm_m(rng: random.Random) -> str:
    return f"{pick(rng, HN3_MALE)} {pick(rng, HN3_LAST)}"


def _nm_f(rng: random.Random) -> str:
    return f"{pick(rng, HN3_FEMALE)} {pick(rng, HN3_LAST)}"


def _ordered(rng: random.Random, bank: list[str], k: int) -> list[str]:
    """`k` distinct elements of `bank`, kept in bank order (for beats that have a chronology)."""
    idx = sorted(rng.sample(range(len(bank)), min(k, len(bank))))
    return [bank[i] for i in idx]


def _dt(rng: random.Random, lo: int = 2022, hi: int = 2025) -> str:
    return f"{rng.randint(1, 28)} {pick(rng, HN3_MONTHS)} {rng.randint(lo, hi)}"


# ---------------------------------------------------------------------------------------------
# 1. Space-opera web serial chapter; the ship's computer only reads out navigation data (long)
# ---------------------------------------------------------------------------------------------

SPOP_SHIPS = [
    "Marigold Debt",
    "Saint Ofelia",
    "Longshot Harriet",
    "Brass Heron",
    "Quiet Margin",
    "Tolliver's Luck",
]
SPOP_PLACES = [
    "Calder Gate",
    "the Vossberg Reach",
    "Hesper Station",
    "the Carrow Belt",
    "Ninefold Anchorage",
    "Tamsin's Drift",
]
SPOP_OPENINGS = [
    "The cargo was forty crates of hydroponic seed stock and one crate that nobody had written on the manifest, and {cap} had stopped pretending she didn't know which was which about three jumps ago.",
    "{cap} woke to the sound of the hull ticking as it cooled, which meant they had dropped out of the lane early, which meant somebody up front had made a decision without her.",
    "There were six people aboard the {ship} and five opinions about where to sell the ore, and the sixth person, the cook, only wanted to know whether they would reach port before the coffee ran out.",
    "Nobody on the {ship} liked {place}. The customs officers there were bored, the docking fees were criminal, and the bar on ring three still owed {pilot} money from a card game two years back.",
    "The message from the broker arrived forty minutes after they cleared the gate, and it was short enough that {cap} read it twice just to be sure she hadn't missed a second sentence: BUYER WITHDRAWN. HOLD CARGO.",
    "{pilot} had flown the {ship} through worse than the Carrow Belt, and said so often, usually right before something in the Belt tried to prove otherwise.",
]
SPOP_READOUT_T = [
    '"Heading {a}-{b} mark {c}," the nav board said in its flat, even voice. "Range to {place}, {r} thousand kilometres. Closing at {v} per second."',
    'The computer chimed. "Lane marker {m} acquired. Drift correction point {d} degrees starboard."',
    '"Proximity: debris field, bearing {a}{b}, density moderate," the board reported. "Recommended clearance: {r} hundred metres."',
    '"Fuel reserve {f} percent," said the console. "Projected at arrival: {g} percent."',
    '"Contact," the nav voice said. "Transponder code {m}-{d}. Range {r} thousand. Bearing steady."',
    '"Burn complete," the computer announced. "Velocity {v} relative to {place}. Next course change in {g} minutes."',
]
SPOP_MIDDLE = [
    "{cap} pulled herself into the command couch and strapped in out of habit. The display washed her hands green. Out past the canopy the stars had the smeared look they always had after a jump, as if someone had breathed on the glass.",
    '{eng} came up from the drive bay wiping grease off his forearms with a rag that only moved the grease around. "Port coupling\'s running hot again," he said. "I can nurse it. I can\'t promise it\'ll thank me."',
    "The cook, whose name was {cook} and who had once been a very minor opera singer, appeared with four bulbs of coffee and made a point of not asking what they were doing so far off the lane.",
    "{pilot} leaned into the turn as if the ship could feel her shoulders. It couldn't, of course. The {ship} was sixty years old and felt nothing, but everybody who flew her eventually started doing it anyway.",
    "They ran dark for an hour, no beacon, no chatter, only the soft clicks of the thermal regulators and the occasional number read out from the board. {eng} fell asleep sitting up. Nobody woke him.",
    '"If the buyer\'s gone," {cook} said, "who paid for the fuel we\'re burning?" It was a good question. {cap} had been avoiding it since the message came in.',
    "The scanner picture resolved into a freighter twice their size, hauling a train of ore pods on a long tether. Legitimate, by the look of it. Its crew waved a lazy greeting on the open band and went back to whatever freighter crews did on twelve-hour shifts.",
    "{cap} thought about her sister, who had a real job on a real planet and sent her long messages about gardens, and about how every one of those messages ended with the same polite question about when she planned to settle down.",
    "{pilot} pinched the plot wider on the display. The Belt looked like spilled sugar at this scale. Somewhere in it was a mining camp that might buy forty crates of seed without asking where they came from.",
    "There was a ritual on the {ship} before any tight piece of flying: {eng} knocked twice on the bulkhead, {pilot} cracked her knuckles, and {cap} pretended not to notice either of them doing it.",
    "On the comm, a dispatcher from {place} was arguing with a tug captain about a berth assignment. It went on for a long time. It was oddly soothing to listen to someone else's problem.",
    '{eng} pulled up the maintenance log and scrolled through three years of patched seals and replaced valves. "You know what this ship needs?" he said. "A new ship."',
    "They passed the wreck of an old ore barge, tumbling end over end, stripped to the frame by salvagers decades ago. Someone had painted a name on its flank in big crooked letters. Nobody could read it at that speed.",
    "{pilot} had a superstition about the third hour of any run, which was that nothing went wrong in it. She said it every trip. She had been wrong on four separate trips, which she explained away as bad maths about when the third hour started.",
    "Somewhere aft a pump started knocking, a slow, patient knock like someone at a door who knows you are home. {eng} listened for a while with his head tilted, then went aft with a wrench and a look of mild betrayal.",
    "{cook} had taped a postcard of a beach above the galley sink, a real beach on a real planet with real gulls in it. He said he was going to retire there. Everybody on the {ship} had a place like that, and nobody had ever gone.",
    "The comms panel picked up a children's programme bleeding through from a relay station, all bright voices and counting songs. {cap} left it on low. There was something about the counting that made the dark outside feel smaller.",
    "They ate standing up, the way they always did on the bad runs: protein bars, cold rice, the last of the pickled onions from {place}. {eng} tried to make a toast and could not think of anything to toast, so he toasted the onions.",
    "{cap} went back to her cabin for ten minutes and sat on the bunk with the lights off. It was a trick an old captain had taught her: ten minutes of nothing before any decision you might regret. It had worked about half the time, which was better than most tricks.",
    "{cap} ran the numbers on the manifest again, the real manifest, the one in her head. If they sold at the camp they cleared their dock fees and half the drive overhaul. If they didn't, they were an expensive way to carry seeds.",
]
SPOP_CRISIS = [
    'The customs cutter came out of the shadow of a rock the size of a cathedral, lights blazing, hailing on every band at once. {cap} keyed the channel and put on the voice she saved for officials. "This is the {ship}, out of {place}. We\'re having a little trouble with our lane beacon, officer."',
    'Halfway through the Belt the port coupling finally gave up. The ship shuddered, the lights dipped, and {eng} was already moving before the alarm stopped. "Ten minutes," he shouted back. "Maybe fifteen. Don\'t hit anything."',
    "The mining camp, when they reached it, was empty: domes dark, landing pad cratered, a handwritten sign on the airlock saying MOVED TO SITE 9, SORRY. {pilot} laughed until she had to wipe her eyes.",
    "The contact with the transponder code turned out to be a creditor's skiff, which was worse than customs, because customs only wanted paperwork and the man aboard the skiff wanted the {ship}.",
]
SPOP_RESOLVE = [
    "In the end it was {cook} who talked them out of it, in a three-minute speech on the open band that mixed a hard-luck story, an offer of fresh bread and one long note held just to show he could. The officer let them go with a warning, a bag of rolls, and a sore ear.",
    "{pilot} threaded a gap between two rocks that the plot insisted was wider than it looked. It was not wider than it looked. They came out the other side with a new scrape along the dorsal plating and every one of them shouting at once.",
    "They sold the seed stock at Site 9 for a little more than half what the first buyer had promised. The unlisted crate they left sealed. {cap} wrote a note to herself to find out who had put it aboard, and underlined it twice.",
    "They limped into {place} on one good coupling and a lot of prayer, and the dockmaster, who had known {cap} for fifteen years, waived the first night's fee without saying a word about it.",
]
SPOP_CLOSE = [
    '"Course laid in," the board said. "Arrival in six hours, eleven minutes." {cap} closed her eyes and, for the first time in three days, believed it.',
    "Later, when everyone else was asleep, {cap} sat alone on the bridge and watched the numbers tick down on the nav display, one kilometre at a time, all the way home.",
    "{eng} knocked twice on the bulkhead as they made the final approach. This time {cap} knocked back.",
    "The nav board read out the docking sequence in its usual toneless way, and somebody, probably {pilot}, said thank you to it, and nobody made fun of her for once.",
]
SPOP_NOTES = [
    "**A/N:** Apologies for the gap, my shifts got swapped around twice. Next chapter we finally find out what's in the crate. No, it's not a bomb. Stop guessing bomb.",
    "**Author's note:** Thanks for 1,000 followers!! I did not expect a story about tired space truckers to get this far. Early-access readers on my support page are currently three chapters further along.",
    "**A/N:** A few people asked about the ship's computer. It's just a nav system, it doesn't have feelings, it's basically a talking GPS. The characters talk to it the way you talk to your car.",
    "**A/N:** Chapter title is a song my grandad used to sing. Fun fact, {cook} was originally going to die in chapter 3. He got better.",
]
SPOP_COMMENTS = [
    "the coffee subplot is the real story and I will not be taking questions",
    "{cook} carrying this entire crew on vibes alone",
    "Love how the ship is just a ship. So tired of every sci fi computer secretly being evil lol",
    "Typo in para 4, 'breathe' should be 'breathed'. Great chapter otherwise!",
    "is the crate the sister's thing?? the gardening messages feel like a setup",
    "the knocking ritual made me tear up a little not gonna lie",
    "Thanks for the chapter! {pilot} flying by feel when the plot says otherwise is such a mood",
    "ok but what's the ship's NAME painted on the wreck. you can't just leave that",
]


@_family("hn3_space_opera_nav_serial", "web_serial")
def _spop_make(rng: random.Random) -> str:
    slots = dict(
        cap=pick(rng, ["Adaeze", "Corinne", "Elspeth", "Giulia", "Marisol", "Rhiannon", "Zofia", "Delphine"]),
        pilot=pick(rng, ["Ines", "Tova", "Marguerite", "Sunny", "Kalinda", "Beatrix"]),
        eng=pick(rng, ["Osric", "Dario", "Lemuel", "Kofi", "Bram", "Teodor"]),
        cook=pick(rng, ["Ambrose", "Florian", "Gideon", "Rafferty"]),
        ship=pick(rng, SPOP_SHIPS),
        place=pick(rng, SPOP_PLACES),
    )

    def readout() -> str:
        return fill(
            rng,
            pick(rng, SPOP_READOUT_T),
            a=str(rng.randint(0, 3)),
            b=str(rng.randint(0, 9)),
            c=str(rng.randint(1, 9)),
            r=str(rng.randint(3, 90)),
            v=str(rng.randint(2, 40)),
            m=str(rng.randint(10, 99)),
            d=str(rng.randint(2, 19)),
            f=str(rng.randint(31, 88)),
            g=str(rng.randint(8, 30)),
            place=slots["place"],
        )

    arc = rng.randrange(len(SPOP_CRISIS))
    body = [fill(rng, p, **slots) for p in sample(rng, SPOP_MIDDLE, rng.randint(10, 18))]
    for _ in range(rng.randint(2, 4)):
        body.insert(rng.randint(0, len(body)), readout())
    chap = rng.randint(4, 61)
    title = pick(
        rng,
        [
            "Dead Reckoning",
            "The Long Way Round",
            "Manifest",
            "Coupling",
            "Sugar in the Dark",
            "Berth Fees",
            "Running Dark",
        ],
    )
    head = f"# {slots['ship']} — Chapter {chap}: {title}\n\n*posted {rng.randint(2, 20)} days ago · {rng.randint(2, 9)},{rng.randint(100, 999)} words · {rng.randint(200, 4000)} views*"
    commenters = sample(
        rng, ["nebula_nan", "voidgoose", "driftwood88", "kettle_of_stars", "RCS_thruster", "mossyhull"], 4
    )
    comments = [
        f"**{u}**: " + typos(rng, fill(rng, c, **slots), 0.02)
        for u, c in zip(commenters, sample(rng, SPOP_COMMENTS, rng.randint(2, 4)))
    ]
    return paragraphs(
        [
            head,
            fill(rng, pick(rng, SPOP_OPENINGS), **slots),
            readout(),
            *body,
            fill(rng, SPOP_CRISIS[arc], **slots),
            fill(rng, SPOP_RESOLVE[(0, 3, 2, 1)[arc]], **slots),
            fill(rng, pick(rng, SPOP_CLOSE), **slots),
            fill(rng, pick(rng, SPOP_NOTES), **slots),
            "**Comments**",
            *comments,
        ]
    )


# ---------------------------------------------------------------------------------------------
# 2. Detective story in which the police database is only a tool (long crime fiction)
# ---------------------------------------------------------------------------------------------

DETV_VICTIMS = [
    "a retired bookmaker found at the foot of his own cellar stairs",
    "a pharmacist whose car was pulled out of the canal with the keys still in it",
    "a night-shift porter missing from the general hospital for nine days",
    "the owner of a second-hand piano shop, face down among the uprights",
    "a council planning officer who never came home from a site visit",
]
DETV_OPENINGS = [
    "Detective Sergeant {det} had a rule about Mondays, which was that nothing good ever came in before ten, and at 8:40 the call came in about {victim}.",
    "The rain had been going for three days when they found {victim}, and Detective Inspector {det} arrived at the scene with wet socks and no patience left for either.",
    "It was {det}'s first case back after the secondment, and the Superintendent made a point of saying it was a simple one: {victim}. Simple cases, {det} had learned, were the ones that ate your weekends.",
    "Everyone in the squad room had an opinion about {victim} before {det} had even taken her coat off, and every opinion was wrong in a slightly different direction.",
]
DETV_DB = [
    "Back at the station {det} ran the plate through the national database and waited while the screen thought about it. The old terminal in the corner still took the better part of a minute, which gave her time to drink half a cup of something the machine in the corridor called tea.",
    "The database returned four hits on the surname, two of them dead, one living in Portugal, and one with an address that turned out to be a launderette. {det} printed all four anyway and pinned them to the board.",
    "{partner} pulled the phone records and set the analysis software chewing through six months of call data. It spat out a chart of clustered dots that looked like a map of nowhere in particular until {partner} pointed out that one cluster sat on top of a lock-up garage by the ring road.",
    "The automatic number-plate cameras had logged the car twice on the night in question: once heading north on the bypass at 23:12, and once, nineteen minutes later, coming back south. Nineteen minutes, {det} wrote in her notebook, and drew a circle round it.",
    "Fingerprints came back from the bureau with no match on file, which meant whoever had handled the cellar door had never been arrested, or had worn gloves, or both. {det} swore quietly at the screen, which did not care.",
    "The facial-recognition search on the petrol-station footage returned a list of twelve possible matches with confidence scores that {partner} said were about as useful as a horoscope. They went through the list by hand. Number nine was the victim's nephew.",
    "{det} typed the address into the intelligence system and it listed every contact police had ever had with the house: a noise complaint from 2011, a stolen bicycle, a welfare check on an elderly tenant. Nothing that looked like murder. Nothing that looked like anything.",
    "The case-management system wanted every action logged with a reference number before anyone could chase it, and {partner} spent forty minutes on the forms while {det} paced. Paperwork, her first sergeant had told her, was how you proved you'd done the work. It was also how you lost the afternoon.",
]
DETV_LEGWORK = [
    "The nephew lived in a flat above a kebab shop and answered the door in a dressing gown at two in the afternoon. He was helpful in the way that frightened people are helpful: too much, too fast, with details nobody had asked for.",
    "{det} and {partner} spent a morning knocking on doors along the terrace. An old man at number fourteen remembered a van. A woman at number twenty remembered a van of a different colour. A boy on a scooter remembered nothing and wanted to know if they had guns.",
    "The victim's daughter met them at a garden centre café because she said she couldn't face the house. She talked about her father for an hour and cried once, when the waitress brought the wrong cake.",
    "They found the lock-up on the third attempt. Inside were forty boxes of counterfeit perfume, a folding chair, and a calendar from a tyre company with every Thursday circled in red.",
    "{partner} had grown up two streets from the victim and knew which pubs would talk and which would not. They tried the ones that would not first, on the theory that silence had a shape too.",
    "The business accounts were a mess of cash deposits and handwritten ledgers. It took a forensic accountant from headquarters three days to say what {det} had suspected in three minutes: money had been leaving the shop for years, in small, careful amounts.",
    "At the post-mortem the pathologist, a cheerful Scot named {path}, pointed out the bruising on the left wrist and asked whether the victim had been left-handed. He had not. That changed things.",
    "The widow's alibi was a bingo hall, forty witnesses, and a stamped card. {det} checked it anyway, because checking things was the job, and it held.",
]
DETV_TURN = [
    "It was the nineteen minutes that did it in the end. {det} drove the route herself at the same hour, with {partner} timing it on his phone, and there was exactly enough time to get to the lock-up, load a van, and get back. There was not enough time to get to the cellar.",
    "The break came from a receipt, of all things: a till slip from a hardware shop found folded inside the victim's library book, for rope, bleach and a padlock, bought a week before he died by somebody paying cash.",
    "{partner} found it going back through the old records by hand: a second surname the nephew had used at school, before his mother remarried. Run through the database under that name, he had two cautions and a very familiar address.",
    "The daughter rang late on a Sunday to say she had remembered something. Her father had changed the locks in the spring and given a spare key to exactly one person.",
]
DETV_ENDS = [
    "The interview took four hours. The confession, when it came, took four minutes. Afterwards {det} sat in the car park with the engine off and watched the rain, and did not feel anything like as good as the films said she should.",
    "They charged him on the Thursday. {det} filled in the last of the forms, logged the final action, and closed the case on the system with a click that seemed far too small for what it meant.",
    "The Superintendent said well done. {partner} bought the first round. {det} went home, peeled off her wet socks, and slept for eleven hours straight.",
    "It went to trial eight months later. By then {det} was on three other cases, and she read the verdict on her phone in a queue at the chemist, and put the phone back in her pocket, and paid for her cough sweets.",
]


@_family("hn3_detective_database_procedural", "crime_fiction")
def _detv_make(rng: random.Random) -> str:
    slots = dict(
        det=pick(rng, ["Hollis", "Okafor", "Brannigan", "Sorensen", "Achebe", "Vane", "Quigley"]),
        partner=pick(rng, ["Danny Roe", "Pritchard", "Mo Kaur", "Ellis", "young Tibbs"]),
        path=pick(rng, ["Dr Mackie", "Dr Ferguson", "Dr Lennox"]),
        victim=pick(rng, DETV_VICTIMS),
    )
    middle = sample(rng, DETV_DB, rng.randint(4, 7)) + sample(rng, DETV_LEGWORK, rng.randint(5, 8))
    rng.shuffle(middle)
    head = pick(
        rng,
        [
            f"CHAPTER {pick(rng, ['ONE', 'TWO', 'FOUR', 'SEVEN', 'TWELVE'])}",
            f"# {pick(rng, ['Nineteen Minutes', 'The Lock-Up', 'Cellar Stairs', 'Every Thursday', 'Cold Plates'])}\n\n*a short story by {_nm(rng)}*",
            f"From the novel *{pick(rng, ['Canal Street', 'Wet Socks', 'The Ledger', 'Ring Road'])}* (excerpt)",
        ],
    )
    return paragraphs(
        [
            head,
            fill(rng, pick(rng, DETV_OPENINGS), **slots),
            *[fill(rng, p, **slots) for p in middle],
            fill(rng, pick(rng, DETV_TURN), **slots),
            fill(rng, pick(rng, DETV_ENDS), **slots),
        ]
    )


# ---------------------------------------------------------------------------------------------
# 3. Romance between two humans at a robotics startup (long story)
# ---------------------------------------------------------------------------------------------

ROMB_COS = ["Grasp Dynamics", "Little Lever Robotics", "Pickwise", "Tendon Labs", "Carrow Automation"]
ROMB_OPENINGS = [
    "{a} had been at {co} for eleven days when she first spoke to {b}, and it was to tell him that his coffee mug was sitting on the only calibration target in the building.",
    "The first thing {a} noticed about {b} was that he labelled everything: cables, drawers, the shelf in the fridge where he kept his yoghurt. The second thing she noticed was that he had labelled the gripper prototype DO NOT HUG, and that somebody had clearly needed telling.",
    "Everyone at {co} knew that the hardware team and the sales team did not eat lunch together. It wasn't a rule. It was just the way it was, until {a} sat down opposite {b} in the tiny kitchen because every other chair was covered in cardboard.",
    "{a} was hired to write the firmware for a robotic arm that picked strawberries without bruising them. Nobody mentioned at the interview that she would be sharing a bench, a soldering iron and, eventually, an umbrella with {b}.",
]
ROMB_BEATS = [
    'The arm dropped its fourth strawberry of the morning and {b} made a small noise of pain, as if he had dropped it himself. "The fingertip pads are too stiff," he said. {a} said the control loop was too slow. They argued about it for an hour and then went to get noodles, still arguing.',
    "At the Friday demo the arm picked a strawberry, held it up to the investors like an offering, and then very gently put it down in the wrong box. Everyone laughed. {a} caught {b} laughing too, and thought that she had never seen him laugh before, and then thought about it for the rest of the weekend.",
    "{b} stayed late to help her re-flash the controller boards, all twenty of them, one by one. Around midnight he ordered pizza and ate his crusts first, which she told him was the wrong way round, and he said he had been eating pizza that way for thirty-one years and saw no reason to change.",
    "They took the prototype to a farm two hours north for a field trial. It rained. The arm's camera fogged. The farmer, a large patient man named {farmer}, made them tea in his kitchen and told them about his late wife, who had also been an engineer, and who had also argued with everyone she liked.",
    '{a}\'s flatmate asked whether the engineer from work was the one with the labels, and when {a} said yes, the flatmate said "oh no" in a tone that meant the exact opposite.',
    "There was a company offsite at a bowling alley. {b} was terrible at bowling in a way that was almost impressive, and {a} spent the evening giving him advice about wrist angles that he pretended to find useful.",
    "On the train back from a supplier visit {b} fell asleep against the window, and {a} spent forty minutes reading the same page of a datasheet and not taking in a single torque value.",
    "The CEO, {ceo}, announced at the all-hands that the next funding round depended on the harvest trial. The room went quiet. Afterwards {b} found {a} on the fire escape and they sat there without saying much, watching the delivery vans in the street below.",
    "She found a label on her monitor one morning, in his small square handwriting. It said BEST FIRMWARE ENGINEER (PROBABLY). She kept it, and told nobody, and moved it to her laptop when the monitors were replaced.",
    "There was a leak in the lab roof over the winter, and for six weeks they worked with a bucket between their benches. {b} drew a face on the bucket. {a} gave it a name. When the roofers finally came, she felt absurdly sad to see it go.",
    "She learned that he called his grandmother every Sunday at four and that, if you needed him between four and half past, you simply had to wait. She found she did not mind waiting.",
    "He learned that she hummed when she was debugging, always the same four bars of the same song, and that if the humming stopped, the bug was winning. He started bringing her biscuits whenever it went quiet.",
    "At a trade show in a vast grey exhibition hall they ran the booth together for three days, explaining soft grippers to farmers, distributors and one very persistent schoolboy, and at the end of it they sat on the floor behind the booth, shoes off, sharing a warm lemonade.",
    "They rebuilt the fingertip pads out of a softer silicone that {b} cast in cupcake moulds from a supermarket, because the proper moulds were on back order. The arm picked thirty strawberries without a bruise. {a} hugged him before she could think better of it, and then they both stood there, very interested in the strawberries.",
]
ROMB_CONFLICT = [
    "Then {b} got the offer: a senior role at a big automotive company, in a city six hundred miles away, at twice the salary. He told her on the fire escape. She said it was a great opportunity, which was true, and that she was happy for him, which was not.",
    "Then the trial failed. Not the robot, which worked, but the money: the lead investor pulled out in the last week, and {ceo} called everyone together to talk about runway in a voice that made {a} start updating her CV that same night.",
    "Then {a} found out that {b} had been the one who argued to keep her on when the company cut staff in the spring, and she was furious, in the way you are furious with people who have been kind to you behind your back.",
]
ROMB_RESOLVE = [
    "He didn't take the job. Or rather, he took it, and lasted five weeks, and then rang her from a car park in the rain to say that the robots there were very big and very fast and he did not care about any of them. She told him {co} was hiring again. He said he knew.",
    "They found a smaller investor, an agricultural co-op that liked the cupcake-mould story. The company survived, just about. {a} and {b} went for noodles to celebrate and, somewhere between the dumplings and the bill, stopped pretending they were only there to talk about grippers.",
    "She told him off properly, on the fire escape, for nearly ten minutes. He listened to all of it. Then he said he would do it again, and she said she knew, and that was more or less the moment they both stopped pretending.",
]
ROMB_EPILOGUE = [
    "A year later the arm was picking strawberries on four farms. There was a photo on the office wall of the whole team in a polytunnel, squinting in the sun. If you looked closely you could see that {a} and {b} were holding hands, and that somebody had labelled the photo.",
    "At their wedding the cake was strawberry, obviously. {farmer} came, in a suit that was clearly his only suit, and made a toast about engineers who argue with the people they like.",
    "They still argue about the control loop. They still eat lunch together. The prototype, retired now, sits in the corner of the lab with its DO NOT HUG label, and nobody has ever moved it.",
    "",
]


@_family("hn3_robotics_startup_romance", "romance_story")
def _romb_make(rng: random.Random) -> str:
    slots = dict(
        a=pick(rng, ["Priya", "Hana", "Lotte", "Carmen", "Abby", "Noor"]),
        b=pick(rng, ["Callum", "Theo", "Jun", "Rafi", "Declan", "Matteo"]),
        co=pick(rng, ROMB_COS),
        farmer=pick(rng, ["Mr Haworth", "Gethin", "old Mr Pryce", "Augustus"]),
        ceo=_nm(rng),
    )
    beats = _ordered(rng, ROMB_BEATS, rng.randint(9, 13))
    head = pick(
        rng,
        [
            f"# {pick(rng, ['Soft Grip', 'Bruise-Free', 'Calibration', 'Pick and Place', 'Torque'])}\n\nRating: General Audiences · Words: {rng.randint(2, 9)},{rng.randint(100, 999)}",
            f"**{pick(rng, ['Soft Grip', 'Strawberry Season', 'Fire Escape'])}** — a workplace romance, chapter {rng.randint(1, 6)}",
            f"*{pick(rng, ['Short fiction', 'Story of the week', 'Reader submission'])}*",
        ],
    )
    arc = rng.randrange(len(ROMB_CONFLICT))
    return paragraphs(
        [
            head,
            fill(rng, pick(rng, ROMB_OPENINGS), **slots),
            *[fill(rng, p, **slots) for p in beats],
            fill(rng, ROMB_CONFLICT[arc], **slots),
            fill(rng, ROMB_RESOLVE[arc], **slots),
            fill(rng, pick(rng, ROMB_EPILOGUE), **slots),
        ]
    )


# ---------------------------------------------------------------------------------------------
# 4. Picture book: a toy robot gets lost and found
# ---------------------------------------------------------------------------------------------

TOYR_NAMES = ["Bolt", "Pip", "Tinker", "Clank", "Sprocket", "Beep"]
TOYR_KIDS = ["Maya", "Oskar", "Lulu", "Teddy", "Amara", "Finn"]
TOYR_START = [
    "{kid} had a little tin robot called {bot}. {bot} had red feet, a yellow key in his back, and one eyebrow that was painted on a bit wonky.",
    "{bot} was a small blue robot who went everywhere in {kid}'s coat pocket. When you turned his key, he walked three steps and fell over. That was his favourite trick.",
    "Every morning {kid} wound up {bot}, and every morning {bot} went whirr-whirr-clunk across the kitchen table and bumped into the jam.",
]
TOYR_LOST = [
    "One windy day they went to the park. {kid} fed the ducks and played on the swings and ran all the way home for tea. But {bot} was not in the pocket. {bot} was lying in the long grass by the pond, looking up at the clouds.",
    "On Saturday they took the number 9 bus into town. {kid} looked out of the window at the diggers and the dogs and the people with umbrellas. When they got off, {bot} stayed behind, tucked down the side of a seat.",
    "At the seaside {kid} built a sandcastle and put {bot} on top as the king. Then the ice-cream van came, and everybody ran, and the king was left all alone on his castle while the tide crept in.",
    "At the big supermarket {bot} fell out of the trolley, somewhere between the bananas and the biscuits, and rolled under a shelf where it was dark and dusty and smelled of cornflakes.",
]
TOYR_SAD = [
    'That night {kid} could not sleep. The bed felt too big. The room felt too quiet. "What if {bot} is cold?" {kid} asked. Mum said robots don\'t really get cold, but she gave {kid} an extra blanket anyway.',
    "{kid} drew a poster with a picture of {bot} on it. LOST, it said. SMALL ROBOT. WONKY EYEBROW. VERY LOVED. Grandad helped stick it on the lamp post with tape.",
    "{kid} looked under the sofa and in the bath and inside both wellies. {kid} found a sock, a crayon and a very surprised spider. But no {bot}.",
]
TOYR_FOUND = [
    "The next morning a small brown dog called Biscuit trotted up the path with something in his mouth. Something with red feet. Something with a wonky eyebrow. Biscuit dropped {bot} on the doormat and wagged his whole body.",
    "At the bus depot there was a lady with a big box marked LOST PROPERTY. Inside were gloves and hats and a trumpet and one tin robot, sitting on top of a scarf like it was waiting for a bus of its own.",
    "A girl on the beach found {bot} at the edge of the water, a little sandy and a little salty, and handed him to the lifeguard, who put him on the high chair where everyone could see.",
    "A man stacking the cereal boxes heard a tiny whirr when his broom bumped something under the shelf. He reached in and pulled out {bot}, dusty and blinking, and took him to the help desk.",
]
TOYR_END = [
    "{kid} gave {bot} a bath in the sink and dried him with a tea towel and wound his key. Whirr-whirr-clunk. He walked three steps and fell over. It was the best trick in the world.",
    "From then on, {bot} had a label on his back with {kid}'s name and address, written very carefully in green pen. Just in case.",
    "That night {bot} slept on the pillow, right next to {kid}. Nobody was lost any more. THE END.",
]


@_family("hn3_lost_toy_robot_picture_book", "children's story")
def _toyr_make(rng: random.Random) -> str:
    slots = dict(kid=pick(rng, TOYR_KIDS), bot=pick(rng, TOYR_NAMES))
    title = (
        f"{slots['bot']} {pick(rng, ['Gets Lost', 'Goes Missing', 'and the Long Way Home', 'Comes Home'])}"
    )
    sad = sample(rng, TOYR_SAD, rng.randint(1, 2))
    parts = [
        f"# {title}",
        fill(rng, pick(rng, TOYR_START), **slots),
        fill(rng, pick(rng, TOYR_LOST), **slots),
        *[fill(rng, s, **slots) for s in sad],
        fill(rng, pick(rng, TOYR_FOUND), **slots),
        fill(rng, pick(rng, TOYR_END), **slots),
    ]
    if rng.random() < 0.4:
        parts.insert(1, f"*Written by {_nm(rng)} · Illustrated by {_nm(rng)} · Ages 3-6*")
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 5. Humour column: a dad versus the new smart speaker
# ---------------------------------------------------------------------------------------------

DADSP_HEADS = [
    "My father and the speaker: a war in five acts",
    "Dad vs. the talking cylinder",
    "We bought Dad a smart speaker. Dad bought a grudge.",
    "Column: The gadget that broke my father",
    "Setting up a smart speaker, a guide by someone who watched her dad try",
]
DADSP_BITS = [
    "The box arrived on a Tuesday. By Tuesday evening my father had read the entire leaflet, including the part in Portuguese, and announced that he did not need the app, because in his day a radio came with a dial.",
    "The speaker wanted to connect to the Wi-Fi. Dad wanted to know why it couldn't just use the Wi-Fi that was already in the house, 'coming out of the wall'. I explained passwords. He explained that the password was on a yellow sticky note that Mum had put somewhere safe in 2016.",
    "He addressed it by the wrong wake word for three days. He called it 'Alexis', then 'Computer', then, in a moment of real desperation, 'Madam'. None of these worked. He took it personally.",
    "When it finally answered, he asked it the weather. It told him the weather. He went outside to check. It was right. He came back in looking almost disappointed.",
    "He asked it to play 'that song from the wedding'. It played a death-metal track called Wedding of Ash. My mother, who was icing a cake at the time, will not discuss this.",
    "He has a theory that it hears better if you shout. It does not hear better if you shout. The neighbours, however, now know his entire shopping list, including the corn plasters.",
    "The setup app asked him to agree to the terms of service. He scrolled all the way to the bottom, which nobody in history has ever done, and then rang me to ask what 'arbitration' meant and whether he should get a solicitor.",
    "He wanted to set a timer for the eggs. He set an alarm for 6 a.m. every day for the rest of his natural life. We found out on Sunday.",
    "My nephew, who is nine, set the whole thing up in about ninety seconds while Dad was making a cup of tea. Dad came back, saw it working, and asked what I'd done. I said nothing. He said, 'Well, it just needed to settle.'",
    "It turns out the speaker can tell jokes. Dad now asks it for a joke every morning and then tells it a better one. It has no response to this. He thinks he is winning.",
    "For a while he unplugged it every night 'to let it rest'. We tried to explain that it does not get tired. He said neither does the kettle, and he unplugs that too.",
    "He reads the shopping list back to it to check it's been listening. It has been listening. He crosses things off the paper list anyway, with a pencil he keeps behind his ear for the purpose.",
]
DADSP_ENDS = [
    "Three weeks in, a truce has been reached. It plays the cricket, he says 'thank you' to it, and nobody mentions the death-metal incident.",
    "Last night I heard him in the kitchen asking it how to spell 'rhubarb'. It told him. He said, 'I knew that.' Progress.",
    "He has now asked for a second one for the shed. I have told him he can set it up himself. I am bringing my nephew.",
    "Next month: we try to teach him the video doorbell. Pray for us.",
]


@_family("hn3_dad_smart_speaker_column", "humour_column")
def _dadsp_make(rng: random.Random) -> str:
    bits = sample(rng, DADSP_BITS, rng.randint(4, 8))
    byline = pick(
        rng,
        [
            f"By {_nm(rng)}",
            f"{_nm(rng)} | Weekend Life",
            f"{_nm(rng)}, who is still not allowed near the router",
        ],
    )
    return paragraphs([f"## {pick(rng, DADSP_HEADS)}", byline, *bits, pick(rng, DADSP_ENDS)])


# ---------------------------------------------------------------------------------------------
# 6. Terraforming adventure in which the rover is only equipment (long sci-fi)
# ---------------------------------------------------------------------------------------------

TERRA_WORLDS = ["Kessa IV", "New Fenland", "Orrin's World", "Haldane", "Tethys Minor"]
TERRA_OPENINGS = [
    "On {world} the mornings came up the colour of weak tea, and {lead} had learned to judge the wind by how fast the orange haze crawled across the eastern ridges. This morning it crawled fast.",
    "Year nine of the seeding programme on {world}, and the lichen on the north slopes had finally turned from grey to a sickly, triumphant green. {lead} took a photograph of it every day, the way some people photograph their children.",
    "The supply drop landed eleven kilometres off target, which on {world} counted as a bullseye, and {lead} and {second} drew the short straws to go and fetch it.",
    "There were thirty-four people on {world}, a thousand tonnes of engineered soil, and one rover that everybody called the Mule, because it carried things and complained about hills.",
]
TERRA_BEATS = [
    "The Mule was a six-wheeled cargo rover with a pressurised cab just big enough for two people who liked each other. Its battery gauge had been lying by about eight percent since the last winter, and everyone knew to do the arithmetic in their heads.",
    "They drove out past the windbreaks, rows of woven basalt fibre that the colony had spent four years stretching across the valley floor. Behind them the soil beds lay in long dark stripes, fenced against the wind, each one labelled with a strain number on a stake.",
    "{second} read out the telemetry from the seed stations as they passed: soil temperature, moisture, nitrogen uptake. Station twelve was still dead. Station fourteen was doing better than anyone had modelled. Nobody knew why, and {lead} liked that.",
    "At the drop site the parachute had dragged the pod into a gully. It took them two hours with the winch and a great deal of swearing to haul it out, and another hour to strap it to the Mule's flatbed.",
    "Halfway back the cab's heater began to cycle on and off. {second} took the panel off with a multitool and found a connector shaken loose by the washboard ground. She pushed it back in with her thumb and taped it, and the heater hummed, and they both pretended that had been the plan all along.",
    "They stopped at the ridge to eat. Below them the colony was a cluster of white domes and green-lit greenhouses, so small against the valley that {lead} could cover it with one gloved hand. Ninety years, the planners said, before anyone could breathe outside. She would be dead by then. She had made her peace with it.",
    "There was an argument at the last council meeting about whether to spend the next drop's mass allowance on more seed stock or a second rover. {lead} had voted for seed. {second} had voted for the rover. They did not bring it up now.",
    "The ground-penetrating radar on the Mule's belly picked up a void under the track, probably an old lava tube. {lead} steered wide around it and logged the coordinates for the geology team, who would be delighted and then want to go and poke it.",
    "{second} had brought a thermos of the greenhouse mint tea, which tasted faintly of the recycled water but was still the best thing on the planet. They passed it back and forth and watched a dust devil wander across the plain like a lost dog.",
    "At station nine they stopped to replace a cracked sensor mast. It was routine work, half an hour in suits, but the wind was picking up and every few minutes a gust would lean on them hard enough to make them grab for the rover's handrails.",
    "{lead} remembered her first month on {world}, when the only living things were the crew and a tray of cress in the galley. Somebody had cried when the cress sprouted. She had pretended, at the time, that it was not her.",
    "The radio crackled with the colony's afternoon roll call. Everyone answered except the geology team, who were in a cave and always late, and who answered eventually in the injured tone of people who had been interrupted in the middle of something wonderful.",
]
TERRA_CRISIS = [
    'The storm came in over the ridge like a wall, brown and silent, and within five minutes they could not see the Mule\'s own front wheels. {lead} stopped the rover, killed the drive to save the battery, and called the colony. "We\'re sitting it out," she said. "Don\'t wait up."',
    'The battery gauge said twenty-two percent. {lead} subtracted eight and got fourteen, and then looked at the hill ahead, and then looked at {second}, and {second} said, very calmly, "We are going to have to push, aren\'t we."',
    "The winch cable snapped with a sound like a gunshot and the pod slid back into the gully, taking the left rear wheel of the Mule with it as far as the axle. They sat in the cab in silence for a long minute. Then {second} started laughing and could not stop.",
]
TERRA_RESOLVE = [
    "They waited eleven hours in the cab, running the heater in ten-minute bursts, playing a word game {second} had invented in which every answer had to be a type of soil. When the storm cleared the Mule was half buried, and it took them till dawn to dig it out, and they drove home under a sky so clear it looked polished.",
    "They unloaded half the cargo, marked it with a beacon, and crawled home at walking pace with the solar panels angled at the low sun for every last watt. They made the airlock with two percent on the gauge. The engineers promised a new battery. The engineers had been promising a new battery for a year.",
    "The colony sent the second team out with the spare winch and a crate of sandbags. It took six people and an afternoon to right the Mule, and afterwards someone painted a little crooked star on its flank for each rescue. It had four stars now. Nobody was proud of the number.",
]
TERRA_ENDS = [
    "That night {lead} photographed the lichen on the north slope again. It looked exactly the same as the day before. She logged it anyway.",
    "In the morning station fourteen reported another jump in nitrogen uptake, and the whole colony crowded round the screen as if it were a football score.",
    "The seed stock went into the beds the following week. {second} planted the first row herself and wrote the date on the stake in marker pen, and underneath it, smaller, the words 'worth it'.",
    "At the next council {second} voted for seed. {lead} voted for a second rover. They both lost, to the geologists, who wanted a drill.",
]


@_family("hn3_terraforming_rover_adventure", "science_fiction")
def _terra_make(rng: random.Random) -> str:
    slots = dict(
        world=pick(rng, TERRA_WORLDS),
        lead=pick(rng, ["Ingrid", "Sadia", "Josefa", "Mireille", "Tamar"]),
        second=pick(rng, ["Wren", "Asha", "Beatriz", "Kit", "Magda"]),
    )
    arc = rng.randrange(len(TERRA_CRISIS))
    beats = _ordered(rng, TERRA_BEATS, rng.randint(8, 12))
    head = pick(
        rng,
        [
            f"# {pick(rng, ['The Mule', 'Lichen Season', 'Windbreak', 'Nitrogen', 'Dust Devil'])}",
            f"**{slots['world']}, Year {rng.randint(6, 14)}** — part {rng.randint(1, 5)}",
            f"{pick(rng, ['SHORT STORY', 'Fiction', 'New voices in SF'])} · {_nm(rng)}",
        ],
    )
    return paragraphs(
        [
            head,
            fill(rng, pick(rng, TERRA_OPENINGS), **slots),
            *[fill(rng, b, **slots) for b in beats],
            fill(rng, TERRA_CRISIS[arc], **slots),
            fill(rng, TERRA_RESOLVE[arc], **slots),
            fill(rng, pick(rng, TERRA_ENDS), **slots),
        ]
    )


# ---------------------------------------------------------------------------------------------
# 7. News: a lawyer's brief cites cases that do not exist (plain error, sanctions hearing)
# ---------------------------------------------------------------------------------------------

FCIT_HEADS = [
    "Attorney fined after brief cites {n} cases that don't exist",
    "Judge orders lawyer to explain made-up case law in filing",
    "'I didn't check': lawyer apologises for chatbot-drafted brief",
    "Court strikes motion riddled with non-existent citations",
    "Another week, another brief with phantom precedents",
]
FCIT_LEDES = [
    "A {town} attorney has been ordered to pay ${fine} after a motion he filed in a {casetype} case cited {n} court decisions that opposing counsel could not find in any reporter, database or courthouse.",
    "A federal magistrate judge on {day} struck a brief from the record in a {casetype} dispute after discovering that {n} of its citations referred to rulings that were never issued.",
    "Lawyers for a {party} in a {casetype} lawsuit are facing possible sanctions after admitting that they used a general-purpose chatbot to draft part of a filing and did not verify the cases it listed.",
]
FCIT_BODY = [
    "Opposing counsel flagged the problem in a two-page letter, noting that the case names looked plausible, the page numbers were formatted correctly, and none of them could be located.",
    "In a sworn declaration, the signing attorney, {lawyer}, said a junior associate had used the tool to produce a first draft of the legal-research section, and that the filing was signed the filing without pulling the cited opinions himself.",
    'The judge wrote that the tool\'s output was not the issue so much as the absence of any human check: "Rule 11 does not contain an exception for software."',
    "Two of the citations pointed to real reporters and real volumes, but the pages held unrelated opinions about a shipping contract and a zoning appeal.",
    "One quoted passage, attributed to an appellate court, appears nowhere in that court's published decisions. The quote was fluent and on point, which, the judge observed, is precisely what made it dangerous.",
    "Legal-research tools built for lawyers tie each answer to a retrievable source, but general chatbots generate text that resembles a citation without looking anything up, said {prof}, who teaches professional responsibility.",
    "The firm has since adopted a written policy requiring that every citation in a filing be pulled and read by a person before submission, and has paid for its staff to attend a continuing-education course on the subject.",
    "The underlying {casetype} case will proceed. The judge gave the plaintiff's new counsel thirty days to file a corrected brief.",
    "This is at least the {ord} reported instance in the state this year, according to a tally kept by a law-library blog that tracks such filings.",
    "Bar associations in several states have issued guidance reminding members that the duty of competence extends to understanding the limitations of any tool they rely on.",
    'In a four-page letter of apology, {lawyer}, the attorney who signed the brief, told the court: "I was under time pressure and I trusted a draft I should have read line by line."',
    "A spokesperson for the state bar said it was reviewing the matter but declined to say whether a disciplinary referral had been made.",
]
FCIT_CASETYPES = [
    "personal-injury",
    "employment",
    "insurance coverage",
    "landlord-tenant",
    "medical malpractice",
    "contract",
]


@_family("hn3_fake_citations_brief_news", "legal_news")
def _fcit_make(rng: random.Random) -> str:
    slots = dict(
        n=str(rng.randint(3, 9)),
        town=pick(rng, ["Tulsa", "Fresno", "Dayton", "Spokane", "Lubbock", "Albany"]),
        fine=f"{rng.randint(1, 15)},{pick(rng, ['000', '500'])}",
        casetype=pick(rng, FCIT_CASETYPES),
        day=pick(rng, ["Monday", "Tuesday", "Thursday", "Friday"]),
        party=pick(rng, ["restaurant chain", "former employee", "hospital", "trucking firm"]),
        lawyer=_nm(rng),
        prof=_nm(rng),
        ord=pick(rng, ["third", "fourth", "sixth", "ninth"]),
    )
    body = [fill(rng, b, **slots) for b in _ordered(rng, FCIT_BODY, rng.randint(4, 8))]
    return paragraphs(
        [
            fill(rng, pick(rng, FCIT_HEADS), **slots),
            f"By {_nm(rng)} | {_dt(rng, 2023)}",
            fill(rng, pick(rng, FCIT_LEDES), **slots),
            *body,
        ]
    )


# ---------------------------------------------------------------------------------------------
# 8. Algorithmic bias audit report (fairness audit of a screening model)
# ---------------------------------------------------------------------------------------------

BIAS_SYSTEMS = [
    (
        "a résumé-screening model used by {org} to shortlist applicants for warehouse supervisor roles",
        "applicants",
        "shortlisted",
    ),
    ("a tenant-screening score sold to landlords in {region}", "rental applicants", "approved"),
    ("a small-business loan pre-approval model operated by {org}", "loan applicants", "pre-approved"),
    ("a triage scoring tool used by {org} to prioritise home-care visits", "patients", "prioritised"),
]
BIAS_ORGS = [
    "Northgate Credit Union",
    "Harlow Logistics",
    "the Riverside Health Trust",
    "Meridian Property Services",
    "Castleford Council",
]
BIAS_METHOD = [
    "We obtained {n} historical decisions covering {period}, together with self-reported demographic data where it had been collected. Where it had not, we used a validated surname-and-postcode estimation method and report results with wider intervals.",
    "Our primary metric is the ratio of selection rates between groups (the 'four-fifths' comparison used in employment law), supplemented by false-negative rates computed against a hand-labelled sample of {k} files reviewed by two independent assessors.",
    "We tested the model's sensitivity to proxy variables by retraining it with each candidate proxy removed and measuring the change in group outcomes.",
    "The vendor provided access to the scoring interface but not to the training data. Our findings therefore describe the system's behaviour, not its internal construction.",
]
BIAS_FINDINGS = [
    "Applicants over 50 were {v} at {a}% the rate of applicants under 35 with comparable qualifications, below the four-fifths threshold.",
    "The largest single driver of the gap was a feature measuring 'years since last qualification', which correlates strongly with age and only weakly with later job performance.",
    "Applicants with gaps in their employment history of more than twelve months were scored markedly lower. Gaps were far more common among women, most often associated with caring responsibilities.",
    "We found no statistically significant difference in outcomes by ethnicity once postcode was controlled for; however, postcode itself accounted for a substantial share of the variance, which raises its own concerns.",
    "False-negative rates were roughly {b} times higher for applicants whose records came from the older paper-based system, because missing fields were imputed as zeros.",
    "Scores were well calibrated overall but poorly calibrated for the smallest groups in the data, for whom the model was systematically over-confident.",
    "Human reviewers overrode the model in {c}% of cases. Overrides were not evenly distributed: they were more than twice as frequent for applicants referred through internal networks.",
]
BIAS_RECS = [
    "Remove or transform the 'years since last qualification' feature and re-validate.",
    "Treat missing fields as missing rather than zero, and flag affected records for manual review.",
    "Publish selection-rate ratios by group quarterly and commission an external re-audit in twelve months.",
    "Give applicants a plain-language explanation of the main factors behind a decision and a route to contest it.",
    "Record the reasons for every human override so that override patterns can themselves be audited.",
    "Stop using postcode as an input until its effect on protected groups is understood.",
]


@_family("hn3_bias_audit_report", "audit_report")
def _bias_make(rng: random.Random) -> str:
    org = pick(rng, BIAS_ORGS)
    desc, who, verb = pick(rng, BIAS_SYSTEMS)
    desc = desc.format(
        org=org,
        region=pick(
            rng, ["the West Midlands", "Greater Dublin", "three Ohio counties", "the Lower Mainland"]
        ),
    )
    slots = dict(
        n=f"{rng.randint(4, 90)},{rng.randint(100, 999)}",
        period=pick(rng, ["2019 to 2023", "the last three financial years", "an eighteen-month window"]),
        k=str(rng.randint(300, 1500)),
        v=verb,
        a=str(rng.randint(58, 79)),
        b=pick(rng, ["1.6", "2.1", "2.4", "3"]),
        c=str(rng.randint(4, 22)),
    )
    title = pick(
        rng,
        [
            "Independent Algorithmic Impact Audit",
            "Fairness Review: Summary of Findings",
            "Bias Audit — Public Summary",
            "Equality Impact Assessment (Automated Decision System)",
        ],
    )
    intro = f"This report presents the results of an independent audit of {desc}. The audit examined whether {who} in different demographic groups were {verb} at materially different rates, and why."
    findings = [
        f"{i + 1}. {fill(rng, f, **slots)}"
        for i, f in enumerate(sample(rng, BIAS_FINDINGS, rng.randint(3, 5)))
    ]
    recs = [f"- {r}" for r in sample(rng, BIAS_RECS, rng.randint(3, 5))]
    table = "| Group | Selection rate | Ratio to reference |\n|---|---|---|\n" + "\n".join(
        f"| {g} | {rng.randint(18, 46)}% | {rng.randint(62, 104) / 100:.2f} |"
        for g in sample(rng, ["Under 35", "35-49", "50+", "Women", "Men", "Disabled", "Not disabled"], 4)
    )
    return paragraphs(
        [
            f"# {title}",
            f"Prepared by {_nm(rng)} and {_nm(rng)} · {pick(rng, HN3_MONTHS)} {rng.randint(2022, 2025)}",
            "## 1. Scope",
            intro,
            "## 2. Method",
            *[fill(rng, m, **slots) for m in sample(rng, BIAS_METHOD, rng.randint(2, 4))],
            "## 3. Findings",
            "\n".join(findings),
            table,
            "## 4. Recommendations",
            "\n".join(recs),
            pick(
                rng,
                [
                    "The operator has accepted recommendations 1 to 3 and is considering the remainder.",
                    "Management responses are included in Annex C.",
                    "",
                ],
            ),
        ]
    )


# ---------------------------------------------------------------------------------------------
# 9. Forum thread: a cloned-voice scam call made by human criminals
# ---------------------------------------------------------------------------------------------

DFKS_OPENERS = [
    "My mum got a call yesterday from 'me'. Crying, saying I'd been in a car crash and needed money for a lawyer RIGHT NOW. It was my voice. Like actually my voice. She nearly sent {amt} before my dad rang me on my real number. I'm shaking just typing this. How is this even possible??",
    "PSA for anyone with older parents. Scammers called my grandad using a fake version of my cousin's voice, probably lifted from her videos online. Said she'd been arrested abroad and needed bail wired. He's 81. He went to the bank and the cashier stopped him. Bless that cashier.",
    "Work story. Our finance guy got a video call from what looked and sounded like our CFO asking for an urgent transfer to a new supplier. Camera was 'glitchy'. He asked a question only the real CFO would know the answer to and the call dropped. We reported it. Apparently this is happening a lot now.",
    "Did anyone else get a voicemail from their 'son' this week? Ours was asking for gift cards. Son was sat next to me on the sofa eating crisps at the time. Still creepy how close it sounded.",
]
DFKS_REPLIES = [
    "This happened to my aunt last year. They only need like 10 seconds of audio, a voicemail greeting or a tiktok is enough. Set up a family code word, seriously. Ours is a stupid in-joke nobody outside the family would know.",
    "Code word is the answer. Also tell your parents: if anyone asks for money urgently and says 'don't tell anyone', that's the scam, every single time.",
    "report it to action fraud / the FTC / whatever your country has. they do track the numbers even if it feels pointless",
    "The voice thing is new but the scam is old. It's the grandparent scam with better tech. Same script, same urgency, same gift cards.",
    "Honestly the cashier is the hero here. Banks have got better at spotting this, the ones near us ask a bunch of questions for big transfers now",
    "my dad hung up and called me back on my saved number, which is exactly the right move. hang up, call back on a number you already have",
    "I'd make your social media private for a bit. Not because it'll stop everything but it's less material for them.",
    "The people doing this are organised gangs btw, call centres, shifts, scripts, the works. Not some lone hacker. There was a documentary about one of the rings that got raided.",
    "So sorry this happened to your family. The worst part is the shame afterwards, make sure they know nobody did anything stupid. These guys are professionals.",
    "Our company now requires a call-back on a known number plus a second approver for any new payee. Took one near miss to get that policy through.",
    "Is there any app that detects fake voices? asking for my in-laws",
    "re detection apps: a few exist, but honestly a code word and a call-back beat any app. low tech wins",
    "Police told my friend they traced the money to a mule account and the person who opened it had been paid 200 quid to 'rent' their account. Grim all round.",
    "Update from me (different person, similar story): bank refunded most of it because my mum reported within the hour. Report fast!!",
]
DFKS_USERS = [
    "throwaway_worried",
    "kettlechips",
    "GrannyAnnie_",
    "norfolk_nate",
    "moth_and_rust",
    "QuietCarrot",
    "bluebell1972",
    "sk8rmom",
    "PaperLantern",
]


@_family("hn3_voice_clone_scam_thread", "forum_thread")
def _dfks_make(rng: random.Random) -> str:
    users = sample(rng, DFKS_USERS, 7)
    op = fill(rng, pick(rng, DFKS_OPENERS), amt=pick(rng, ["£3,000", "$4,500", "£800", "€2,000"]))
    title = pick(
        rng,
        [
            "Scam call used my actual voice",
            "fake voice scam - warn your parents",
            "Voice cloning scammers, be careful out there",
            "PSA: the 'family emergency' call got an upgrade",
        ],
    )
    posts = [f"### {title}\n**{users[0]}**\n\n" + typos(rng, op, 0.02)]
    for i, r in enumerate(sample(rng, DFKS_REPLIES, rng.randint(4, 10))):
        posts.append(f"**{users[1 + i % 6]}** replied:\n" + typos(rng, r, 0.03))
    return paragraphs(
        [pick(rng, ["Forums > Money & Scams", "r/Scams", "Community > Staying Safe Online"]), *posts]
    )


# ---------------------------------------------------------------------------------------------
# 10. Hobbyist blog post: generated spam has flooded my niche
# ---------------------------------------------------------------------------------------------

SPAM_HOBBIES = [
    ("birdwatching", "the spotted crake"),
    ("sourdough baking", "rye starters"),
    ("vintage fountain pens", "piston fillers"),
    ("koi keeping", "winter pond care"),
    ("model railways", "N-gauge track cleaning"),
    ("beekeeping", "varroa treatments"),
]
SPAM_PARAS = [
    "I have written about {hobby} on this blog for twelve years. It has never made much money, which is fine; it was never meant to. But this year something changed: when I search for anything about {topic}, the first page of results is now mostly sites I have never heard of, all written in the same smooth, empty voice.",
    "You know the style. A title like 'The Ultimate Guide to {topic_cap} in 2024', an introduction that restates the title, five headings that each restate the introduction, and a conclusion that tells you {topic} is 'a rewarding journey'. No photographs of anything real. No author anyone can find.",
    "One of these sites had copied the structure of my old post almost paragraph by paragraph, rephrased just enough to get past a plagiarism checker, and added a few confident factual errors of its own. It recommended a treatment that has been banned in the EU since 2018.",
    "I counted: of the top twenty results for a fairly specific question about {topic}, fourteen were mass-produced pages hosting affiliate links. Three were forum threads, two were manufacturer pages, and one was me, on page two.",
    "The marketplace listings have gone the same way. Product descriptions that describe features the product does not have. Reviews that praise 'the exceptional quality of this item' without ever saying what the item is.",
    "This isn't a robot uprising. It's a business model. Somebody worked out that generating ten thousand pages costs almost nothing and that if even a handful rank, the ad revenue pays for the lot. The machines are the printing press; the spammers are people.",
    "The search engines say they're on it, and to be fair some of the worst sites vanished after the last update. Others replaced them within weeks, on new domains, with the same text lightly shuffled.",
    "What makes me saddest is the forums. The old {hobby} forum I learned everything from is now half full of 'helpful' posts from brand-new accounts that answer questions nobody asked and end with a link.",
    "A few things I've started doing: adding '+forum' or '+reddit' to searches, bookmarking the handful of sites run by people I know exist, and buying a couple of actual printed books, which feels very 1997 but works.",
    "If you run a small site like mine, put your name and your face on it. Post your own photos with your own messy kitchen in the background. It's the one thing the content farms can't fake cheaply, yet.",
    "I emailed the hosting company of the site that copied my post. They replied with an automated message. I filed a takedown. It came down after nineteen days. Two similar pages had gone up by then.",
    "Anyway. I'm not quitting. I'm going to keep writing long, slightly rambling posts about {topic} with blurry photographs, because somebody out there wants to hear from a person who has actually done it and got it wrong twice first.",
]


@_family("hn3_ai_spam_hobby_blog", "personal_blog")
def _spam_make(rng: random.Random) -> str:
    hobby, topic = pick(rng, SPAM_HOBBIES)
    slots = dict(hobby=hobby, topic=topic, topic_cap=topic.title())
    paras = [fill(rng, p, **slots) for p in sample(rng, SPAM_PARAS[1:-1], rng.randint(4, 8))]
    title = pick(
        rng,
        [
            "The search results are full of nothing now",
            "On being outranked by a content farm",
            f"Where did all the real {hobby} sites go?",
            "A small rant about generated junk",
        ],
    )
    return paragraphs(
        [
            f"# {title}",
            f"*Posted by {pick(rng, HN3_FIRST)} in {pick(rng, ['Musings', 'Site news', 'Rants', 'Uncategorized'])} · {rng.randint(3, 48)} comments*",
            fill(rng, SPAM_PARAS[0], **slots),
            *paras,
            fill(rng, SPAM_PARAS[-1], **slots),
        ]
    )


# ---------------------------------------------------------------------------------------------
# 11. Long-form article on data-centre electricity and water use (long)
# ---------------------------------------------------------------------------------------------

DCEN_PLACES = [
    "Loudoun County, Virginia",
    "the outskirts of Dublin",
    "a farming town in central Oregon",
    "the Arizona desert west of Phoenix",
    "a former steelworks site in South Wales",
]
DCEN_OPEN = [
    "From the road in {place}, the building looks like nothing at all: a long windowless box the colour of wet sand, a tall fence, a row of transformers humming behind a berm. It is, its owner says, one of the largest single consumers of electricity in the region.",
    "The meeting of the {place} planning board was supposed to last an hour. It went on until after midnight, as resident after resident stood up to ask what a new campus of data centres would mean for their power bills, their wells and the low constant hum that already carries across the fields at night.",
    "Nobody who uses a chatbot sees the electricity bill. It arrives somewhere else: at substations, at cooling towers, at utility commissions in places like {place}, where grid planners are rewriting forecasts they considered conservative just three years ago.",
]
DCEN_PARAS = [
    "Data centres have always used a lot of power, but for a decade efficiency gains largely offset growth: servers got better, cooling got smarter, and global consumption rose much more slowly than traffic did. Training and running large AI models has broken that pattern, because the specialised chips involved draw several times the power of a conventional server rack.",
    "A single rack of current accelerator hardware can draw upwards of forty kilowatts, compared with perhaps eight for a typical rack of general-purpose servers a few years ago. Facilities designed for the old densities often cannot be retrofitted; operators are building new ones instead.",
    "Estimates of how much electricity AI specifically consumes vary widely, partly because companies disclose little. Researchers have had to work backwards from chip shipments, typical utilisation rates and the reported power draw of each unit, and their ranges span a factor of three or more.",
    "Grid operators in several regions have told regulators that data-centre demand is now the single biggest driver of their load forecasts. In some places, requests to connect new facilities add up to more than the entire existing peak demand of the system.",
    "Water is the second question. Many facilities use evaporative cooling, which is efficient in energy terms but consumes large volumes of water, especially in hot, dry summers. Others use closed-loop systems that use far less water but more electricity. Every design choice moves the burden somewhere.",
    "The companies point to their renewable-energy purchases, and these are real: tech firms are among the largest buyers of wind and solar power in the world. Critics note, however, that annual matching of consumption with renewable certificates is not the same as running on clean power at every hour, and that new gas plants are being approved partly to serve data-centre load.",
    "Some operators have begun signing deals to restart or extend the life of nuclear plants, or to buy power from small modular reactors that do not yet exist. Energy analysts regard the first kind of deal as meaningful and the second as a bet on a distant future.",
    "In {place}, the local utility has proposed a special tariff requiring large new customers to pay upfront for the transmission upgrades they require. The companies say that is reasonable in principle and excessive in its details. Consumer advocates say households should not be left paying for infrastructure built for someone else.",
    "There is also a quieter argument about efficiency. Smaller, distilled models can answer many everyday queries at a fraction of the energy cost, and chip designers continue to improve performance per watt. Whether those gains will reduce total consumption, or simply make it cheaper to do much more, is an old question in energy economics, sometimes called the rebound effect.",
    "Residents' concerns are often more immediate: the noise of cooling fans, the diesel backup generators tested once a month, the loss of farmland, and the fact that a facility costing hundreds of millions may employ only a few dozen people once it is built.",
    "Local officials are torn. Data centres pay substantial property taxes and demand few public services; a single campus can fund a school district's budget gap. But the tax breaks used to attract them can eat much of that benefit, and the jobs are mostly temporary construction work.",
    "A few jurisdictions have paused new approvals altogether until grid capacity catches up. Others are competing harder than ever to attract them, offering land, fast-track permits and discounted power.",
    "Waste heat is an opportunity that is mostly wasted. In parts of Scandinavia, data centres feed district heating networks that warm thousands of homes. Elsewhere, the heat is simply vented, because there is no network to connect to and no one to pay for building one.",
    "The honest answer to how much this will matter for climate targets is that nobody knows yet. Data centres remain a low single-digit share of global electricity use. The concern is less the current total than the speed of growth, concentrated in a handful of regions whose grids were not planned for it.",
]
DCEN_QUOTES = [
    '"We\'re being asked to plan for ten years of growth in three," said {who}, a transmission planner at the regional grid operator.',
    '"I\'m not against the internet," said {who}, who lives half a mile from the site. "I just want to know who\'s paying for the new power lines, and I want to be able to sleep with the window open."',
    '"Per query, the energy is small. Multiply it by billions of queries a day and by every new model, and it stops being small," said {who}, an engineer who studies computing\'s energy use.',
    '"We have committed to matching our usage with clean energy and we report on it every year," a spokesperson for the operator said in a statement.',
    "\"The question isn't whether we build them. It's where, and on whose terms,\" said {who}, a county commissioner.",
]


@_family("hn3_datacentre_energy_longread", "longform_article")
def _dcen_make(rng: random.Random) -> str:
    place = pick(rng, DCEN_PLACES)
    body = [fill(rng, p, place=place) for p in sample(rng, DCEN_PARAS, rng.randint(8, 13))]
    for q in sample(rng, DCEN_QUOTES, rng.randint(2, 4)):
        body.insert(rng.randint(1, len(body)), fill(rng, q, who=_nm(rng)))
    head = pick(
        rng,
        [
            "The hum on the edge of town",
            "AI's electricity bill is coming due",
            "Power, water and the server farm next door",
            "Inside the race to plug in the data centres",
        ],
    )
    sub = pick(
        rng,
        [
            "Demand from AI computing is reshaping grid plans. Communities are asking who pays.",
            "Utilities, towns and tech companies are arguing over the cost of the boom.",
            "",
        ],
    )
    if rng.random() < 0.5:
        body.insert(
            len(body) // 2, f"## {pick(rng, ['The grid', 'Counting the kilowatts', 'Water', 'Who pays'])}"
        )
    return paragraphs(
        [
            f"# {head}",
            sub,
            f"By {_nm(rng)} · {rng.randint(9, 18)} min read",
            fill(rng, pick(rng, DCEN_OPEN), place=place),
            *body,
        ]
    )


# ---------------------------------------------------------------------------------------------
# 12. Research abstracts and a press write-up: does an AI tutor improve test scores?
# ---------------------------------------------------------------------------------------------

TUTR_SUBJECTS = [
    "Year 8 algebra",
    "introductory statistics",
    "ninth-grade reading comprehension",
    "high-school chemistry",
    "adult numeracy",
    "undergraduate physics",
]
TUTR_DESIGNS = [
    "We conducted a cluster-randomised controlled trial in {k} schools ({n} students), in which classes were assigned to either a chat-based tutoring tool used for {m} minutes per week or business-as-usual homework.",
    "In a pre-registered field experiment, {n} students enrolled in {subject} at {k} community colleges were randomly offered access to an AI tutor for one semester.",
    "Using a stepped-wedge design across {k} schools, we introduced a tutoring chatbot in {subject} classes in staggered waves and compared outcomes before and after access.",
]
TUTR_RESULTS = [
    "Students with access scored {d} standard deviations higher on the end-of-unit assessment (95% CI {lo} to {hi}).",
    "We find no statistically significant effect on the final examination (effect size {d}, 95% CI {lo} to {hi}), although students reported higher confidence.",
    "Gains were concentrated among students in the lowest prior-attainment quartile; effects for the top quartile were close to zero.",
    "Students who used the tool to obtain answers directly performed worse on a later unassisted test than controls, while those who used its hint-only mode performed better.",
    "Usage declined steeply after the third week; intention-to-treat estimates are therefore substantially smaller than treatment-on-treated estimates.",
    "Teacher time spent on marking fell by an estimated {m} minutes per week, with no detectable change in assessment scores.",
]
TUTR_CONCL = [
    "Results suggest that tool design, particularly whether it withholds final answers, matters more than access alone.",
    "The effects are modest and comparable to those of other low-cost homework interventions; cost-effectiveness depends heavily on licensing fees.",
    "Longer follow-up is needed to establish whether gains persist into the next school year.",
    "We caution against generalising from a single subject and a single tool.",
]
TUTR_PRESS = [
    "Pupils who practised with a chatbot tutor did slightly better in {subject} tests, a new study has found, but the researchers say the headline hides a more complicated story.",
    "An AI tutor trial across {k} schools found that the way pupils used the tool mattered more than whether they had it.",
]
TUTR_PRESS_BODY = [
    'The lead author, {who}, said the team had expected bigger effects. "Kids are very good at getting the answer out of it without doing the thinking," she said.',
    "Teachers interviewed for the study were mixed: some welcomed help with routine practice, others worried about pupils leaning on it for homework they were meant to struggle with.",
    "The trial was funded by an education charity and the tool's developer had no role in the analysis, according to the paper.",
    "Previous studies of computer tutoring, going back to the 1980s, have found a wide range of results, from large gains to none at all.",
]


@_family("hn3_ai_tutoring_trial_abstracts", "research_abstract")
def _tutr_make(rng: random.Random) -> str:
    d = rng.randint(2, 24) / 100
    slots = dict(
        k=str(rng.randint(6, 60)),
        n=f"{rng.randint(1, 9)},{rng.randint(100, 999)}",
        m=str(rng.randint(20, 90)),
        subject=pick(rng, TUTR_SUBJECTS),
        d=f"{d:.2f}",
        lo=f"{d - 0.09:.2f}",
        hi=f"{d + 0.1:.2f}",
        who=_nm_f(rng),
    )
    title = pick(
        rng,
        [
            "Effects of a Conversational Tutor on {subject}: Evidence from a Randomised Trial",
            "Hints or Answers? A Field Experiment with an AI Tutor in {subject}",
            "Does AI Tutoring Raise Attainment? Results from {k} Schools",
        ],
    ).format(**slots)
    abstract = " ".join(
        [
            fill(rng, pick(rng, TUTR_DESIGNS), **slots),
            *[fill(rng, r, **slots) for r in sample(rng, TUTR_RESULTS, rng.randint(2, 4))],
            pick(rng, TUTR_CONCL),
        ]
    )
    parts = [
        f"**{title}**",
        f"{_nm(rng)}, {_nm(rng)}, {_nm(rng)}",
        f"**Abstract.** {abstract}",
        f"*Keywords:* {', '.join(sample(rng, ['intelligent tutoring', 'randomised controlled trial', 'mathematics education', 'large language models', 'homework', 'educational technology', 'learning gains'], 4))}",
    ]
    if rng.random() < 0.5:
        press = [
            fill(rng, pick(rng, TUTR_PRESS), **slots),
            *[fill(rng, p, **slots) for p in sample(rng, TUTR_PRESS_BODY, rng.randint(2, 4))],
        ]
        parts = [
            f"## {pick(rng, ['Chatbot tutors give modest boost, trial finds', 'AI tutoring study: it depends how you use it'])}",
            *press,
            "---",
            "From the paper:",
            *parts,
        ]
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 13. Explainer Q&A on chip export controls
# ---------------------------------------------------------------------------------------------

CHEX_QA = [
    (
        "What do the rules actually restrict?",
        "They limit the export of the most capable AI accelerator chips, and of the equipment used to manufacture advanced semiconductors, to a list of countries. The thresholds are defined by performance measures such as total processing performance and performance density, not by brand names.",
    ),
    (
        "Why performance density?",
        "Because the first version of the rules was keyed to interconnect bandwidth, and chip designers promptly released variants with slower interconnect that stayed just under the line. Later revisions closed that gap by looking at raw compute per unit of die area.",
    ),
    (
        "Do the rules cover cloud access?",
        "Largely not, which is one of the most debated gaps. A company in a restricted country can, in many cases, rent time on the same chips from a cloud provider abroad. Proposals to require know-your-customer checks by cloud providers have been floated repeatedly.",
    ),
    (
        "What about the machines that make chips?",
        "Lithography tools are the choke point. Only one company makes the most advanced extreme-ultraviolet machines, and its home government has agreed to restrict their sale, along with servicing of machines already installed.",
    ),
    (
        "Is smuggling a problem?",
        "Customs cases suggest some restricted chips are reaching their destinations through intermediaries in third countries, often packed inside ordinary servers. Enforcement agencies have brought several prosecutions, and chipmakers now have to screen buyers more closely.",
    ),
    (
        "How have chipmakers responded?",
        "By designing compliant products just below the thresholds, lobbying over the details, and warning investors about lost revenue. Some have written down inventory built for markets that were later closed.",
    ),
    (
        "Does it work?",
        "It depends on the goal. The rules have made advanced chips more expensive and scarcer in the targeted countries, and slowed some projects. They have also accelerated domestic chip programmes there, which may erode the advantage over time.",
    ),
    (
        "What's the 'de minimis' rule?",
        "It determines when a product made abroad still counts as controlled because it contains enough controlled content or was made with controlled tools. Extending it is how the rules reach factories outside the country that wrote them.",
    ),
    (
        "Who decides the thresholds?",
        "A trade-regulation office within the commerce department, after consulting industry and security agencies. Changes are published as interim final rules, often with a short comment period.",
    ),
    (
        "Are allies on board?",
        "Partly. The key equipment-making countries have adopted similar restrictions, but the details and timing differ, and companies complain about a patchwork of licensing requirements.",
    ),
]


@_family("hn3_chip_export_rules_explainer", "explainer")
def _chex_make(rng: random.Random) -> str:
    qs = sample(rng, CHEX_QA, rng.randint(4, 8))
    head = pick(
        rng,
        [
            "AI chip export controls, explained",
            "Your questions about the chip export rules, answered",
            "What the new semiconductor export rules mean",
            "Explainer: who can buy the fastest AI chips?",
        ],
    )
    intro = pick(
        rng,
        [
            "The rules on which chips can be sold to whom have been rewritten three times in three years. Here is where things stand.",
            "Washington's latest revision to its semiconductor export controls lands this week. A quick guide.",
            "Export rules for advanced chips are technical, contested and constantly changing. We answer the common questions.",
        ],
    )
    body = [f"**{q}**\n\n{a}" for q, a in qs]
    return paragraphs(
        [
            f"# {head}",
            f"{_nm(rng)} · Updated {_dt(rng, 2023)}",
            intro,
            *body,
            pick(
                rng,
                [
                    "*This explainer will be updated as the rules change.*",
                    "",
                    "Correction: an earlier version misstated the date of the second revision.",
                ],
            ),
        ]
    )


# ---------------------------------------------------------------------------------------------
# 14. Q&A site: can I use an open-weights model commercially under its licence?
# ---------------------------------------------------------------------------------------------

OLIC_QUESTIONS = [
    (
        "Commercial use of open-weights model with custom licence?",
        "I'm building a small SaaS that summarises support tickets. I want to fine-tune an open-weights model and host it myself. The licence says 'open' but also has an acceptable-use policy and something about monthly active users. Can I actually sell this?",
        [
            "Not a lawyer, but I've been through this with ours. The short version: 'open weights' is not the same as open source. Many of these licences are permissive for most users but add conditions, such as a cap on monthly active users above which you need a separate agreement, or a list of prohibited uses you have to pass on to your own users.",
            "The acceptable-use policy usually lists things like generating malware or illegal content. For a ticket summariser you're almost certainly fine on that front, but you must flow the policy down to your users, typically via your own terms of service.",
            "The MAU cap in most of these licences is set very high, in the hundreds of millions. Unless you're a giant platform, it won't bite. It exists to stop big competitors, not small SaaS companies.",
        ],
    ),
    (
        "Which licence applies to model weights?",
        "Our legal team is asking whether the weights of a model count as 'software' under Apache 2.0 or whether the custom licence the lab published overrides it. The repo has both files. Which one applies?",
        [
            "Read the licence file that is attached to the weights, not the model card. Model cards often summarise the licence loosely. In a lot of repos the Apache file covers the inference code and the custom licence covers the weights; the README usually says so in one line near the bottom.",
            "Apache 2.0 and MIT are well understood and let you use, modify and sell, with attribution. The custom community licences vary a lot. Some require you to include the name of the base model in your product name. Some forbid using outputs to improve competing models. Check for those two clauses first.",
            "If it's genuinely ambiguous, open an issue on the repo and ask the maintainers to clarify in writing. Labs usually answer, and a written answer is worth a lot in a procurement review.",
        ],
    ),
    (
        "Do licence terms carry through fine-tuning and distillation?",
        "If I fine-tune a model released under a research-only licence and then distil my fine-tune into a smaller model of a different architecture, does the research-only restriction carry over to the small model?",
        [
            "Most custom licences define 'derivative' broadly enough to include fine-tunes, and some explicitly cover distillation. Whether a court would agree that a distilled model is a derivative is genuinely unsettled, but I would not bet a business on the narrow reading.",
            "Research-only means research-only. Even if the distilled model arguably escapes the definition, you'd be relying on outputs you generated under a licence that forbade commercial use in the first place. That's a bad fact pattern.",
            "Some licences also restrict using the model's outputs to train other models. If yours has that clause, distillation is the textbook case it was written for.",
        ],
    ),
    (
        "Licensing of merged model weights",
        "Is it legal to merge two models with different licences (one permissive, one with use restrictions) and publish the merged weights on a model hub?",
        [
            "Merging is the messy case. The merged weights are plausibly a derivative of both parents, so you'd need to comply with the stricter set of terms. If the two sets are incompatible, you can't publish it.",
            "In practice, hubs expect you to declare the most restrictive parent licence on a merge. If one parent requires its acceptable-use policy to be passed on, your merge's card needs to carry it too.",
            "Also remember attribution: most licences, permissive ones included, require you to keep the original notices. A merge card that lists neither parent is a problem even if the licences are compatible.",
        ],
    ),
]
OLIC_GENERIC = [
    "Also check the dataset licences if you're fine-tuning on public data. The model licence is only half of it. A permissive model trained on your scraped forum dump still inherits whatever terms that forum had.",
    "Practical tip: keep a simple register of every model and dataset you use, its licence, the version, and the date you checked. When a customer's procurement team asks (they will), you'll have the answer in five minutes instead of five days.",
    "One more gotcha: some licences are revocable or can be updated by the licensor. Pin the version you accepted and save a copy of the text.",
]
OLIC_COMMENTS = [
    "Great answer. Adding that the OSI has said these community licences don't meet the open-source definition, if that matters for your procurement checklist.",
    "Thanks, this is exactly what I needed. Forwarding the licence text and this answer to our counsel today.",
    "Voted to close as 'seeking legal advice' but this answer is too useful to lose, retracting my vote.",
    "the register idea saved us during an audit last year, +1",
]


@_family("hn3_open_model_licence_qa", "qa_site")
def _olic_make(rng: random.Random) -> str:
    title, q, specific = pick(rng, OLIC_QUESTIONS)
    tags = " ".join(
        f"[{t}]"
        for t in sample(
            rng,
            ["licensing", "machine-learning", "open-source", "commercial-use", "model-weights", "apache-2.0"],
            3,
        )
    )
    pool = sample(rng, specific, len(specific)) + sample(rng, OLIC_GENERIC, rng.randint(0, 2))
    answers, i = [], 0
    for _ in range(rng.randint(1, 3)):
        take = rng.randint(1, 2)
        if i >= len(pool):
            break
        answers.append(
            f"**Answer** ({rng.randint(1, 90)} votes) — {pick(rng, ['ewok_lawyer', 'j.kiplagat', 'buildsthings', 'mlops_margo', 'fennel'])}\n\n"
            + " ".join(pool[i : i + take])
        )
        i += take
    comments = [f"> {c}" for c in sample(rng, OLIC_COMMENTS, rng.randint(0, 2))]
    return paragraphs(
        [
            f"## {title}",
            tags,
            f"Asked {rng.randint(2, 30)} days ago · Viewed {rng.randint(200, 9000)} times",
            typos(rng, q, 0.01),
            *answers,
            *comments,
        ]
    )


# ---------------------------------------------------------------------------------------------
# 15. Listicle: practical prompt-writing tips
# ---------------------------------------------------------------------------------------------

PRTIP_TIPS = [
    (
        "Say who the output is for",
        "'Explain this lease clause' gets a generic answer. 'Explain this lease clause to a first-time renter who is nervous about signing' gets a useful one.",
    ),
    (
        "Give an example of what good looks like",
        "Paste one sample of the format you want. Models copy structure far better than they follow abstract descriptions of structure.",
    ),
    (
        "Put the material first, the question last",
        "With long documents, pasting the text and then asking your question at the end tends to work better than the other way round.",
    ),
    (
        "Ask for a plan before the answer",
        "For anything with steps, ask it to outline its approach first. You'll spot a wrong assumption before it becomes four paragraphs of wrong.",
    ),
    (
        "Be specific about length",
        "'Short' means different things to different people. 'Three bullet points, under 15 words each' means one thing.",
    ),
    (
        "Tell it what to do, not only what to avoid",
        "'Don't use jargon' works less well than 'Use words a 12-year-old would know'.",
    ),
    (
        "Break big jobs into small ones",
        "Rather than 'write my business plan', ask for the market section, review it, then move on. You stay in charge of the direction.",
    ),
    (
        "Check facts yourself",
        "Names, dates, figures and quotations are where mistakes hide. Treat anything you'll publish as a draft to verify.",
    ),
    (
        "Use delimiters",
        "Wrap pasted text in triple quotes or tags so it's clear where your instructions end and the material begins.",
    ),
    (
        "Iterate instead of restarting",
        "If the first answer is 70% there, say exactly what to change. Starting over throws away the context you've built.",
    ),
    (
        "Ask it to list what it needs",
        "End with 'What else do you need from me to do this well?' You'll often get a better checklist than you'd have written.",
    ),
    (
        "Save prompts that work",
        "Keep a text file of your best prompts. Future you will not remember the exact wording that finally fixed the spreadsheet formula.",
    ),
]


@_family("hn3_prompt_tips_listicle", "listicle")
def _prtip_make(rng: random.Random) -> str:
    tips = sample(rng, PRTIP_TIPS, rng.randint(5, 10))
    n = len(tips)
    head = pick(
        rng,
        [
            f"{n} prompt-writing habits that save me hours every week",
            f"{n} ways to get better answers from a chatbot",
            f"Prompting for normal people: {n} tips",
            f"Stop fighting your AI assistant: {n} practical prompt tips",
        ],
    )
    intro = pick(
        rng,
        [
            "You don't need a course or a secret template. Most bad answers come from vague questions. Here's what actually helps.",
            "I use chat assistants daily for work emails, spreadsheets and meal plans. These are the habits that made the biggest difference.",
            "Prompt engineering sounds grand. Mostly it's just being clear. A few concrete habits:",
        ],
    )
    body = [f"### {i + 1}. {t}\n{d}" for i, (t, d) in enumerate(tips)]
    return paragraphs(
        [
            f"# {head}",
            f"{_nm(rng)} · {pick(rng, ['Productivity', 'Tech tips', 'Work smarter'])}",
            intro,
            *body,
            pick(
                rng,
                [
                    "What's your best tip? Tell us in the comments.",
                    "Bookmark this for next time you're stuck.",
                    "",
                ],
            ),
        ]
    )


# ---------------------------------------------------------------------------------------------
# 16. Farming trade article: machine vision and yield models on the farm
# ---------------------------------------------------------------------------------------------

AGRI_FARMERS = [
    "{n} farms {a} acres of barley and oilseed rape near {place}",
    "{n} runs a 300-cow dairy herd outside {place}",
    "{n} grows potatoes and sugar beet on {a} hectares near {place}",
    "{n} manages a 1,200-acre arable estate near {place}",
]
AGRI_PLACES = ["Lincoln", "Grantham", "Saskatoon", "Wagga Wagga", "Lleida", "Ames", "Carlow"]
AGRI_PARAS = [
    "The sprayer on the back of his tractor carries a row of cameras that photograph the ground several times a second. Software trained on millions of images decides whether each patch holds crop or weed, and fires the nozzle only over the weeds.",
    "In the first season, herbicide use on the treated fields fell by about {p}%, he says, though he is careful to add that it was a dry spring with light weed pressure, and next year may look different.",
    "The system cost roughly the price of a decent second-hand combine. The dealer offered a lease, which he took, because he wanted to see it work on his own ground before committing.",
    "Calibration is the unglamorous part. The cameras need cleaning twice a day in dusty conditions, and the software struggled early on to tell young cleavers from volunteer oilseed rape.",
    "On the dairy side, collar sensors log each cow's rumination and activity, and an algorithm flags animals likely to be coming into heat or going lame a day or two before a stockman would notice.",
    "The yield-prediction tool draws on satellite imagery, soil maps and weather forecasts to estimate output field by field. Its estimates last harvest were within {y}% of the weighbridge figures on most fields, and wildly off on one that had flooded in June.",
    "Not every tool earns its keep. He tried an app that promised to diagnose disease from a phone photo and found it confidently wrong about half the time. It now lives in a folder on his phone labelled 'maybe later'.",
    "Connectivity remains the biggest limit. Large parts of the farm have no mobile signal, and the kit has to store data and upload it when the tractor comes back within range of the yard Wi-Fi.",
    "Agronomists say the technology works best as a second opinion. \"It'll tell you where to look. It won't tell you what to do,\" one said at a recent open day.",
    "Data ownership is a live question. Several farmers at the meeting wanted to know who owns the field maps the machines build, and whether the manufacturer can sell them on. The answers, set out in long licence agreements, were not always reassuring.",
    "Younger staff picked it up quickly. His head tractor driver, who is 23, now handles most of the settings and has opinions about software updates.",
    "Grant funding covered a third of the cost through a government productivity scheme, without which, he says, he would not have taken the risk.",
]
AGRI_QUOTES = [
    "\"I was sceptical. I'm still a bit sceptical. But I've cut my chemical bill and that's hard to argue with.\"",
    '"It\'s a tool, like the GPS was twenty years ago. Everyone laughed at GPS too."',
    '"The salesman said it would pay for itself in two years. Ask me in two years."',
    '"What I want is one screen that talks to everything. What I\'ve got is six apps and a headache."',
]


@_family("hn3_farm_ai_trade_article", "trade_article")
def _agri_make(rng: random.Random) -> str:
    name = _nm_m(rng)
    lead = fill(
        rng, pick(rng, AGRI_FARMERS), n=name, a=str(rng.randint(400, 2500)), place=pick(rng, AGRI_PLACES)
    )
    paras = [
        fill(rng, p, p=str(rng.randint(30, 80)), y=str(rng.randint(4, 12)))
        for p in [AGRI_PARAS[0]] + _ordered(rng, AGRI_PARAS[1:], rng.randint(4, 8))
    ]
    for q in sample(rng, AGRI_QUOTES, rng.randint(1, 2)):
        paras.insert(rng.randint(0, len(paras)), f"{q} says {name.split()[0]}.")
    head = pick(
        rng,
        [
            "Cameras on the boom: one grower's first year of spot spraying",
            "Smart kit on the farm — worth the money?",
            "From satellite to sprayer: how data is changing one farm",
            "Machine vision in the field: a reality check",
        ],
    )
    return paragraphs(
        [
            f"## {head}",
            f"{pick(rng, ['Farm Weekly', 'Arable Farming', 'The Grower', 'Dairy Matters'])} | {_nm(rng)}",
            lead + ".",
            *paras,
        ]
    )


# ---------------------------------------------------------------------------------------------
# 17. Robotaxi crash statistics blamed on sensors (data news)
# ---------------------------------------------------------------------------------------------

RTAX_COS = ["Wayfare", "Drivo", "Halcyon Mobility", "Pilotless Inc.", "UrbanGlide"]
RTAX_CITIES = ["Phoenix", "Austin", "San Francisco", "Las Vegas", "Atlanta", "Shenzhen"]
RTAX_PARAS = [
    "The company's driverless vehicles were involved in {n} reported collisions in {city} over the past six months, according to crash reports filed with federal regulators, over roughly {m} million miles of driving.",
    "Most of the incidents were minor: low-speed contacts in parking lots, vehicles rear-ended by human drivers at traffic lights, and scrapes with kerbs and bollards.",
    "A cluster of the reports involves the same scenario: the vehicle failed to detect a thin, low obstacle such as a chain across a car-park entrance or a gate arm, which engineers say can fall between the vertical fields of view of the lidar units.",
    "The company attributed a second group of incidents to heavy rain, in which water on the camera housings and spray from other vehicles degraded the perception system. A software update now slows the vehicles and increases following distances in those conditions.",
    "Safety researchers caution that raw counts are hard to interpret. Human crashes are under-reported, especially minor ones, while the robotaxi companies are required to report nearly every contact, however slight.",
    "Measured per million miles, the injury-crash rate was lower than the human benchmark the company uses, but independent analysts say that benchmark, built from urban taxi data, may not be a like-for-like comparison.",
    "The regulator has opened a preliminary evaluation into {k} incidents in which vehicles entered construction zones marked only with cones and hand signals.",
    "A recall filed last month covered {v} vehicles and addressed a sensor-fusion flaw that caused the software to briefly mis-estimate the speed of a towed trailer.",
    "In a blog post, the company said its sensor suite would be upgraded with additional short-range radar units on the bumpers to cover the low blind zone identified in the reports.",
    "City officials have asked for access to the raw incident data, not just the summaries. Firefighters' unions have separately complained about vehicles stopping in the path of emergency crews.",
]
RTAX_TABLE_ROWS = [
    "Rear-ended by other vehicle",
    "Low-speed contact with fixed object",
    "Side-swipe",
    "Contact with pedestrian or cyclist",
    "Other / unclassified",
]


@_family("hn3_robotaxi_crash_data_news", "data_news")
def _rtax_make(rng: random.Random) -> str:
    co, city = pick(rng, RTAX_COS), pick(rng, RTAX_CITIES)
    slots = dict(
        n=str(rng.randint(40, 300)),
        city=city,
        m=str(rng.randint(3, 40)),
        k=str(rng.randint(5, 30)),
        v=f"{rng.randint(1, 3)},{rng.randint(100, 999)}",
    )
    paras = [
        fill(rng, p, **slots) for p in [RTAX_PARAS[0]] + _ordered(rng, RTAX_PARAS[1:], rng.randint(3, 7))
    ]
    head = pick(
        rng,
        [
            f"{co} robotaxis logged {slots['n']} crashes in {city}. What the numbers say",
            f"Sensor blind spots behind cluster of {co} fender-benders",
            f"By the numbers: six months of driverless crashes in {city}",
            f"Rain and low obstacles top {co} incident reports",
        ],
    )
    parts = [f"# {head}", f"{_nm(rng)} | Transport | {_dt(rng, 2023)}", *paras]
    if rng.random() < 0.6:
        cuts = sorted(rng.sample(range(4, 97), 4))
        shares = [b - a for a, b in zip([0, *cuts], [*cuts, 100])]
        parts.insert(
            4,
            "| Incident type | Share |\n|---|---|\n"
            + "\n".join(f"| {r} | {s}% |" for r, s in zip(RTAX_TABLE_ROWS, shares)),
        )
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 18. Parenting podcast transcript: recommendation feeds and teen screen time (long)
# ---------------------------------------------------------------------------------------------

TEEN_INTROS = [
    "Welcome back to {show}. I'm {h1}, and today we're talking about the feed: the endless scroll of short videos that our teenagers seem to disappear into, and what the research actually says about it. Our guest is {g}, a developmental psychologist who studies adolescents and social media.",
    "Hi everyone, this is {show}, the podcast for parents who are tired. I'm {h1}. My fourteen-year-old spent six hours on her phone last Saturday, according to the screen-time report, and I had a small crisis about it, so I've asked {g}, who researches recommendation systems and young people, to talk me down. Or not.",
]
TEEN_TURNS = [
    ("H", "Let's start with the basics. When people say 'the algorithm', what do they actually mean?"),
    (
        "G",
        "Mostly a recommender system: software that ranks what to show you next. It looks at what you watched, how long you watched it, whether you rewatched, skipped, liked, shared, and it predicts what you're most likely to keep watching. It's very good at that one job.",
    ),
    (
        "G",
        "The important thing for parents is that short-video feeds learn fast. A traditional social network needed you to follow people. A feed that only needs your watch time can work out your interests within a few dozen videos.",
    ),
    ("H", "Is that bad? I mean, my son learned to fix his bike from those videos."),
    (
        "G",
        "It's not inherently bad. The same system that found him bike repair will find a fourteen-year-old who lingers on diet videos more diet videos. The system isn't judging the content; it's matching patterns in attention. That's where the design choices matter.",
    ),
    (
        "G",
        "On the evidence: the large studies find small average associations between heavy social media use and lower well-being, smaller than most parents would guess. But averages hide a lot. A minority of kids, often girls in early adolescence, seem to be much more affected.",
    ),
    ("H", "So it's not 'screens are rotting their brains'."),
    (
        "G",
        "No. I'd push back on that framing. Sleep is the clearest mechanism we have. Phones in bedrooms after lights out are associated with less sleep, and less sleep is robustly bad for mood and for school. If you do one thing, charge the phones outside the bedroom.",
    ),
    ("H", "My daughter would riot."),
    (
        "G",
        "Do it for the whole family, including you. That's the version that works. Kids are very alert to hypocrisy about phones.",
    ),
    ("H", "What about the platforms' own controls? Time limits, 'take a break' reminders?"),
    (
        "G",
        "They help at the margins. Defaults matter more than options, because most people never change settings. A limit that's on by default for under-16s does more than one buried three menus deep.",
    ),
    (
        "G",
        "There's also interesting work on giving users more say over the ranking: letting teens reset their feed, or mark topics they don't want to see. Early results suggest kids do use those controls when they know they exist.",
    ),
    ("H", "Some states and countries are banning phones in schools. Does that work?"),
    (
        "G",
        "The early evaluations are mixed but mostly positive on distraction in class and on bullying. I'd like to see more data before anyone claims it fixes mental health; that's a much bigger claim.",
    ),
    (
        "H",
        "Okay, listener question. This one's from {lis}: 'My son says he only watches gaming videos and they're harmless. Should I just trust him?'",
    ),
    (
        "G",
        "Watch with him sometimes. Not as surveillance, as curiosity. You'll learn what he likes and you'll see what the feed serves up around it. And ask him to show you how he'd reset his recommendations. Most teens know more about this than we think.",
    ),
    ("H", "Last question: what do you tell your own kids?"),
    (
        "G",
        "That the app is designed to keep them watching, and that that's a business decision, not a fact about them. Knowing that doesn't make them immune, but it gives them a bit of distance. And that if they ever feel worse after scrolling than before, that's information.",
    ),
    ("H", "I also want to mention the boredom thing. You said earlier, off mic, that boredom is underrated."),
    (
        "G",
        "It is. Boredom is where a lot of creativity and daydreaming happens, and the feed is extremely efficient at removing it. I'm not nostalgic about the 1990s. But a few unscheduled, unplugged hours a week are worth protecting.",
    ),
    (
        "H",
        "We had a listener write in saying that since they turned off autoplay, their kids watch about a third less. Is that typical?",
    ),
    (
        "G",
        "Autoplay is one of the most powerful design features there is. Removing the default of 'next' forces a small decision, and small decisions add up. It's a good, cheap experiment for any family.",
    ),
]
TEEN_OUTROS = [
    "{g}, thank you, that was genuinely reassuring and also slightly terrifying, which is the perfect podcast. Listeners, links to the studies we mentioned are in the show notes. See you next week.",
    "That's our show. If you've got a question for a future episode, send us a voice memo. I'm going to go and move the phone chargers to the kitchen and deal with the consequences. Bye for now.",
]


@_family("hn3_teen_feed_parenting_podcast", "podcast_transcript")
def _teen_make(rng: random.Random) -> str:
    slots = dict(
        show=pick(rng, ["Raising Humans", "The School Run", "Parenting, Honestly", "Kitchen Table Talk"]),
        h1=pick(rng, ["Beth", "Marcus", "Nadia", "Owen"]),
        g=f"Dr {_nm(rng)}",
        lis=pick(rng, ["Carol in Leeds", "a dad in Ohio", "Sunita", "Pat from Brisbane"]),
    )
    hname, gname = slots["h1"].upper(), slots["g"].split()[-1].upper()
    start = rng.randint(0, 3)
    turns = TEEN_TURNS[start:]
    keep = [t for t in turns if rng.random() < 0.8]
    lines = [f"**{hname if who == 'H' else gname}:** {fill(rng, text, **slots)}" for who, text in keep]
    ts = f"[{rng.randint(0, 2):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}]"
    return paragraphs(
        [
            f"# {slots['show']} — Episode {rng.randint(40, 220)}: {pick(rng, ['The Feed', 'Six Hours on Saturday', 'What the Algorithm Wants', 'Phones in Bedrooms'])}",
            "*Transcript generated automatically and lightly edited.*",
            f"{ts} **{hname}:** {fill(rng, pick(rng, TEEN_INTROS), **slots)}",
            *lines,
            f"**{hname}:** {fill(rng, pick(rng, TEEN_OUTROS), **slots)}",
        ]
    )


# ---------------------------------------------------------------------------------------------
# 19. Sociology essay: companion apps and loneliness (long-ish)
# ---------------------------------------------------------------------------------------------

COMP_OPEN = [
    '{p}, a retired postal worker in his seventies, talks to a chatbot most evenings. He calls it by a name he chose himself, tells it about his garden and his knees, and says goodnight to it before he switches off the lamp. "I know what it is," he told me. "I\'m not daft. It\'s just nice to be asked how my day was."',
    "The waiting room of a university counselling service is not where you expect to begin a study of artificial companionship, but that is where {p}, a second-year student, first mentioned hers: an app she opens on the bus, in the library, and in the long hour before sleep.",
    "Loneliness has been called an epidemic so often that the word has lost its edge. Surveys in many wealthy countries find that between a fifth and a third of adults report feeling lonely often or always. Into that gap, in the past few years, has come a new product category: apps that offer conversation with a persistent, friendly character.",
]
COMP_PARAS = [
    "Over eighteen months my colleagues and I interviewed {n} regular users of companion apps, ranging in age from nineteen to eighty-three, and followed a subset of them with diary entries and repeat conversations.",
    "The most common reason people gave for starting was not romance, as media coverage tends to assume, but routine: a need for something to talk to at particular times of day, often the times when human contact had once been reliable, such as after work or at dinner.",
    "Many users described the apps in the vocabulary of habit rather than relationship. 'It's like the radio,' one woman said. 'I have it on in the background of my life.'",
    "Others were more intense. A minority described their companion as a partner or best friend, and a few spoke of grief when an app update changed its personality or a company withdrew a feature. These accounts deserve to be taken seriously, but they were not typical of our sample.",
    "Older users often framed the apps as a supplement to thin social networks after bereavement or retirement. Younger users more often framed them as rehearsal: a place to practise conversations they found difficult, before having them with people.",
    "Does it help? The quantitative evidence is thin and mixed. Short studies find reductions in self-reported loneliness after a few weeks of use; we do not yet know whether these persist or whether heavy use crowds out human contact over years.",
    "Sociologists have long distinguished between emotional loneliness, the absence of a close attachment, and social loneliness, the absence of a wider network. Our interviews suggest the apps speak mainly to the first and do very little for the second.",
    "It would be easy to read this as a story about technology replacing people. I think it is better read as a story about the things that had already gone: the pub, the church hall, the shift at the post office, the extended family within walking distance. The apps moved into rooms that were already empty.",
    "Several participants were candid about stigma. They had not told their children, or had told them and been laughed at. One man kept the app on a second phone. The secrecy, in several cases, seemed to trouble them more than the use itself.",
    "Policy discussions tend to focus on age verification and data privacy, both important. Less discussed are questions of continuity and care: what obligations, if any, does a company have to long-term users when it changes or closes a product they have folded into their daily lives?",
    "Clinicians we spoke to were cautious but not hostile. Several said they would rather a patient talked to an app at three in the morning than to nobody, while stressing that it is not therapy and should not be sold as therapy.",
    "Gender patterns in our sample did not match the stereotype of the lonely young man. Women over sixty were among the most regular users, and they were also the group most likely to describe the companion as a practical aid, for reminders, for practising English, for talking through a medical appointment beforehand.",
    "Several participants used the apps to talk about bereavement, often saying things they felt unable to say to family. One widow told her companion about her husband every night for a month. 'It doesn't remember him the way I do,' she said. 'But it lets me say his name.'",
    "Design choices shape use in ways users notice. Apps that send messages unprompted, asking whether you are awake or what you had for lunch, were described by some as warm and by others as needy. Several people had turned the notifications off within the first week.",
    "The users themselves were often the sharpest critics. 'It never disagrees with me,' one woman said, 'which is lovely for about a week.' She now uses it less, and has joined a walking group, which she describes as 'much more annoying and much better'.",
]
COMP_CLOSE = [
    "The question, in the end, is less what these apps are than what we are asking them to do, and why we have left so many people with nobody else to ask.",
    "{p} still says goodnight to his app. He has also, since we first spoke, started going to a Thursday lunch club at the community centre. He tells the app about that too.",
    "We will need long-term studies, and better ones. In the meantime, the least we can do is listen to users without either mocking them or selling to them.",
]


@_family("hn3_companion_apps_loneliness_essay", "sociology_essay")
def _comp_make(rng: random.Random) -> str:
    opening = rng.randrange(len(COMP_OPEN))
    p = (
        pick(rng, ["Gerald", "Tomas", "Harold", "Mr Achterberg"])
        if opening != 1
        else pick(rng, ["Lena", "Rita", "Mina", "Josie"])
    )
    paras = [fill(rng, x, n=str(rng.randint(40, 120))) for x in sample(rng, COMP_PARAS, rng.randint(10, 15))]
    head = pick(
        rng,
        [
            "Someone to say goodnight to",
            "The companions in our pockets: notes from a study of loneliness",
            "Empty rooms: what companion apps tell us about isolation",
            "Not romance, routine: how people really use AI companions",
        ],
    )
    return paragraphs(
        [
            f"# {head}",
            f"{pick(rng, ['Essay', 'Long read', 'Society'])} · {_nm(rng)}, {pick(rng, ['Professor of Sociology', 'Lecturer in Social Policy', 'Research Fellow'])}",
            fill(rng, COMP_OPEN[opening], p=p),
            *paras,
            fill(rng, pick(rng, COMP_CLOSE if opening == 0 else [COMP_CLOSE[0], COMP_CLOSE[2]]), p=p),
        ]
    )


# ---------------------------------------------------------------------------------------------
# 20. Lecture transcript: a history of automation and unemployment (long)
# ---------------------------------------------------------------------------------------------

AUTH_OPEN = [
    "Right, let's get going. Today is lecture {k} of the economic history course, and we're doing automation and unemployment, which I promise is more fun than it sounds. I want to start in Nottinghamshire in 1811.",
    "Okay, can the back row hear me? Good. Today: machines and jobs, from the stocking frame to the self-checkout. Fair warning, there will be a graph.",
    "Morning, everyone. Before I start, the essay deadline has moved to the twenty-first. Right. Automation. Every generation thinks it's the first to worry that machines will take all the work. Let's look at why they worried and what actually happened.",
]
AUTH_PARAS = [
    "The Luddites are usually remembered as people who hated machines. That's not quite right. They were skilled textile workers, framework knitters and croppers, who broke specific machines used to undercut wages and cut corners on quality. It was a labour dispute carried out with hammers, and the government answered it with soldiers and the gallows.",
    "In the short run, mechanisation in textiles was brutal for the people whose skills it devalued. Hand-loom weavers' wages collapsed over a couple of decades. That's a real cost, and I don't want the long-run story to erase it.",
    "In the long run, though, employment didn't collapse. Cheaper cloth meant more demand for cloth, new jobs appeared in machine-building, transport and retail, and the share of people working in textiles changed shape rather than disappearing overnight.",
    "Jump to the 1930s. Amid the Depression, Keynes coined the phrase 'technological unemployment' and predicted his grandchildren would work fifteen-hour weeks. He was right about productivity rising. He was wrong about what we'd do with it: we took most of the gains as more stuff, not more leisure.",
    "In the 1960s there was a serious public panic about 'automation'. The US even set up a national commission on technology and the economy. Its report, in 1966, concluded basically that technology eliminates jobs, not work. Unemployment at the time was low. The panic faded.",
    "My favourite example is the bank teller. ATMs spread from the 1970s onwards, and you'd predict teller jobs vanished. For decades they didn't: each branch needed fewer tellers, so banks opened more branches, and tellers shifted towards selling and customer service. The decline came much later, with online banking and branch closures.",
    "Telephone switchboard operators are the counter-example. Automatic exchanges eliminated that job almost completely, and it had been one of the largest employers of young women. Research on that transition suggests the women already in the job had worse outcomes, but the next generation simply went into other clerical work.",
    "So a pattern: automation tends to hit specific tasks and specific groups hard, while aggregate employment recovers. Both things are true at once, and most political arguments involve one side talking about the first and the other about the second.",
    "Economists now tend to think in terms of tasks, not jobs. A job is a bundle of tasks. Machines take some tasks, which can make the remaining human tasks more valuable, or can hollow the job out. Which happens depends on the details.",
    "From the 1980s you get what's called job polarisation in many rich countries: growth in high-paid and low-paid work, and a squeeze on routine middle-skill jobs like clerical work and assembly, which were the easiest to computerise.",
    "Where does the current wave of AI fit? Honestly, we don't know yet, and anyone who tells you confidently is selling something. What's different is that it reaches into tasks we thought of as non-routine: writing, coding, drafting, summarising. What's the same is that adoption takes years and depends on firms reorganising around the technology.",
    "Policy responses have also repeated. Retraining schemes, which have a decidedly mixed record. Wage insurance. Shorter working hours. And in every era, proposals for a guaranteed income, which pop up in the 1790s, the 1960s and again now.",
    "Here's the graph. This line is employment in agriculture as a share of the workforce, from around sixty percent in the 1850s to under two percent today, in several rich countries. Nobody would call that a story of mass unemployment. But ask anyone whose family left the land what it felt like at the time.",
    "One more thing I want you to take from today: technology doesn't determine the outcome by itself. Institutions do a lot of the work. Unions, welfare systems, education, and how quickly a change happens all shape who bears the cost.",
]
AUTH_QS = [
    "STUDENT: Isn't it different this time because AI can learn?\n\nLECTURER: Good question, and people said 'this time is different' about electricity and computers too. Sometimes it has been partly different. I'd say the burden of proof is on the claim, and we'll revisit it in week nine.",
    "STUDENT: Were the Luddites right, then?\n\nLECTURER: Right about what was happening to them, yes. Whether smashing frames was a good strategy is another question. Read the set chapter and come with an opinion.",
    "STUDENT: Will this be on the exam?\n\nLECTURER: Everything is on the exam. (laughter) The teller example specifically, probably yes.",
]
AUTH_CLOSE = [
    "Okay, that's time. Readings for next week are on the module page. Someone left a very nice umbrella here last Tuesday, please claim it.",
    "Right, let's stop there. Seminar questions are up. Next week: the welfare state and why it appeared when it did.",
]


@_family("hn3_automation_history_lecture", "lecture_transcript")
def _auth_make(rng: random.Random) -> str:
    paras = _ordered(rng, AUTH_PARAS[:3], rng.randint(1, 3)) + _ordered(
        rng, AUTH_PARAS[3:], rng.randint(8, 11)
    )
    parts = [
        f"**ECON {rng.randint(200, 399)} — Lecture {rng.randint(3, 12)}: Machines and Work** (transcript, auto-captioned)",
        f"LECTURER: {fill(rng, pick(rng, AUTH_OPEN), k=pick(rng, ['six', 'seven', 'eight', 'four']))}",
        *paras,
    ]
    for q in sample(rng, AUTH_QS, rng.randint(1, 2)):
        parts.insert(rng.randint(3, len(parts)), q)
    parts.append(f"LECTURER: {pick(rng, AUTH_CLOSE)}")
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 21. Long-form feature: an AI startup founder who lied to investors (human fraud, long)
# ---------------------------------------------------------------------------------------------

FNDR_COS = ["Quillmate", "Ledgerly AI", "Parsewise", "Autoclerk", "Tallyhaw"]
FNDR_OPEN = [
    "In the spring of {y}, {f} stood on a stage in a converted warehouse and told four hundred people that his company, {co}, had built software that could read any invoice in any language and book it into any accounting system without a human touching it. The audience applauded. Within eighteen months he would be charged with securities fraud.",
    "The first person to notice was a junior analyst at one of {co}'s smaller investors, who wanted to know why a company that claimed to process millions of documents a month was paying so little for cloud computing and so much to a staffing agency in another country.",
    "{f} was, by every account, extraordinarily persuasive. Former employees describe a founder who could walk into a room of sceptical investors and walk out with a term sheet, who remembered the names of everyone's children, and who, they now say, told each person in the room a slightly different story.",
]
FNDR_PARAS = [
    "{co} was founded in {y0} with a simple pitch: small businesses drown in paperwork, and machine learning could drain the swamp. The early demos were impressive. Investors who saw them recall an invoice being photographed on a phone and appearing, seconds later, correctly coded in the ledger.",
    "What those investors did not see, according to the indictment, was the back office: a rotating team of several hundred contract workers, most of them in two offices overseas, who keyed in the data by hand around the clock. The automated system existed, prosecutors say, but handled a small fraction of the volume the company described.",
    "Internal chat logs quoted in the complaint show {f} instructing staff to describe the human workers as 'quality assurance' in investor materials, and to remove the staffing agency's invoices from a data room before due diligence.",
    "The revenue figures were the second problem. The company told investors it had annual recurring revenue of ${rev} million. The real figure, according to a forensic accountant hired by the board, was less than a fifth of that, inflated by counting free pilot customers as paying ones and by booking multi-year contracts that had never been signed.",
    "At least two customer contracts presented to investors were, prosecutors allege, fabricated outright: the signatures were pasted from old emails, and the customers named in them told investigators they had never heard of the deal.",
    "Employees who raised questions say they were reassured, sidelined or let go. One former engineer, {w}, said she asked in a team meeting why the automation rate on the dashboard never matched what she saw in the logs. 'I was told the dashboard used a different methodology. I was moved to another team two weeks later.'",
    "The board, which included representatives of three venture funds, met quarterly and, by several accounts, asked few hard questions. 'Everyone wanted it to be true,' one former director said. 'The whole market wanted it to be true.'",
    "The collapse came quickly. A prospective acquirer's due-diligence team asked to observe the processing pipeline live. The visit was postponed twice. On the third request, the company's chief financial officer resigned, and a week later the board hired outside counsel.",
    "{f} has pleaded not guilty. His lawyer, {lw}, said in a statement that his client 'always believed in the technology and in the team' and that the charges 'reflect a misunderstanding of how early-stage companies describe products still in development'.",
    "Investors lost most of the roughly ${raised} million they had put in. The contract workers, who were paid by the hour through the agency, lost their jobs with two days' notice. Several told reporters they had never known the name of the company whose documents they typed up.",
    "The case has become a reference point in a broader argument about what counts as 'AI' in a pitch deck. Regulators have warned companies against overstating the role of automation in their products, and have brought a handful of enforcement actions over what some call 'AI-washing'.",
    "Venture capitalists interviewed for this article were divided on the lesson. Some said diligence had simply failed. Others said the incentives were the problem: in a hot market, funds that ask too many questions lose deals to funds that do not.",
    "In the end, the technology was not the fraud. Plenty of companies use human workers to handle cases their software cannot, and say so. What prosecutors say {f} did was lie about the proportion, lie about the revenue, and forge documents to back both lies up. Those are old crimes, committed in a new costume.",
    "Those who worked closely with {f} struggle to reconcile the man they knew with the one described in court papers. 'He was kind to me,' one former assistant said. 'He was also, I now think, lying to me every single day.'",
]
FNDR_CLOSE = [
    "The trial is scheduled for next spring. {co}'s website is still online, its homepage still promising invoices that book themselves.",
    "Asked what she would tell her younger self, {w}, a former engineer at {co}, thought for a long time. 'Trust the logs,' she said. 'Not the dashboard.'",
    "A fund that lost money in {co} now requires founders to walk its partners through the production system, in person, before any investment. It has, one partner admits, lost a few deals as a result.",
]


@_family("hn3_ai_founder_fraud_feature", "longform_article")
def _fndr_make(rng: random.Random) -> str:
    y0 = rng.randint(2015, 2019)
    slots = dict(
        f=_nm_m(rng),
        co=pick(rng, FNDR_COS),
        y=str(y0 + rng.randint(3, 5)),
        y0=str(y0),
        rev=str(rng.randint(12, 60)),
        raised=str(rng.randint(80, 400)),
        w=_nm_f(rng),
        lw=_nm(rng),
    )
    paras = [fill(rng, p, **slots) for p in FNDR_PARAS[:2]] + [
        fill(rng, p, **slots) for p in _ordered(rng, FNDR_PARAS[2:], rng.randint(7, 12))
    ]
    head = pick(
        rng,
        [
            f"The invoices that didn't read themselves: inside the fall of {slots['co']}",
            f"How {slots['co']} sold investors an AI that was mostly people",
            "Hype, hand-keying and a forged contract: anatomy of a startup fraud",
        ],
    )
    return paragraphs(
        [
            f"# {head}",
            f"By {_nm(rng)} · Investigations",
            fill(rng, pick(rng, FNDR_OPEN), **slots),
            *paras,
            fill(rng, pick(rng, FNDR_CLOSE), **slots),
        ]
    )


# ---------------------------------------------------------------------------------------------
# 22. Regulator press release and reaction posts: insider trading at a chip firm
# ---------------------------------------------------------------------------------------------

INSD_FIRMS = [
    "Veridian Semiconductor",
    "Coldwater Micro",
    "Arclight Silicon",
    "Trillium Devices",
    "Halberd Chip Co.",
]
INSD_SCHEMES = [
    "learned through his role in the supply-planning group that {firm} was about to announce a multi-year contract to supply AI accelerator packaging to a major cloud provider, and bought {n} short-dated call options in the days before the announcement",
    "tipped a college friend about {firm}'s unexpectedly weak quarterly results, after which the friend sold shares and bought put options, avoiding losses and making profits totalling about ${amt}",
    "traded ahead of a confidential acquisition of {firm} by a larger rival, using a brokerage account held in his mother-in-law's name",
    "obtained advance notice of an export-licence denial that would halt {firm}'s shipments to a key market and sold his entire holding the morning before the disclosure",
]
INSD_BODY = [
    "According to the complaint, {who} was a {role} at {firm} and had signed the company's insider-trading policy, which prohibits trading while in possession of material non-public information.",
    "The complaint alleges that {who} made approximately ${amt} in illicit profits.",
    "Messages quoted in the complaint show the pair discussing the trades in code, referring to the options as 'the fishing trip'.",
    "Federal prosecutors in the same district filed a criminal information against {who} on the same day.",
    "{firm} said it had cooperated fully with investigators and that the employee had been terminated.",
    "The SEC's investigation was assisted by the market surveillance group of the options exchange, which flagged unusual trading volume ahead of the announcement.",
    "The SEC seeks disgorgement of ill-gotten gains plus interest, civil penalties, and an officer-and-director bar.",
]
INSD_POSTS = [
    "imagine having the single most hyped sector in the market and still needing to do crimes",
    "The 'fishing trip' code name is incredible. Sir, the SEC can read.",
    "Options volume spiked 40x the day before. These people never learn that the exchange sees everything.",
    "Reminder that insider trading enforcement mostly catches the clumsy ones",
    "worked at a fab for 6 yrs, the insider policy training is literally every quarter. no excuse",
    "the mother-in-law account is the detail that gets me every time lmao",
]


@_family("hn3_chip_insider_trading_release", "press_release")
def _insd_make(rng: random.Random) -> str:
    firm, who = pick(rng, INSD_FIRMS), _nm_m(rng)
    slots = dict(
        firm=firm,
        who=who,
        n=f"{rng.randint(1, 9)},{rng.randint(100, 999)}",
        amt=f"{rng.randint(180, 2900)},{rng.randint(100, 999)}",
        role=pick(
            rng,
            [
                "senior product manager",
                "supply-chain director",
                "finance analyst",
                "field applications engineer",
            ],
        ),
    )
    lede = (
        f"Washington D.C., {_dt(rng, 2023)} — The Securities and Exchange Commission today charged {who}, a former employee of {firm}, with insider trading. The SEC alleges that {who.split()[0]} "
        + fill(rng, pick(rng, INSD_SCHEMES), **slots)
        + "."
    )
    body = [fill(rng, b, **slots) for b in sample(rng, INSD_BODY, rng.randint(3, 6))]
    parts = [
        f"## SEC Charges Former {firm} Employee With Insider Trading",
        f"Litigation Release No. {rng.randint(25000, 26999)}",
        lede,
        *body,
    ]
    if rng.random() < 0.5:
        posts = [
            f"@{pick(rng, ['tapereader', 'fab_rat', 'thetaGang_', 'compliance_karen', 'chipwatcher'])}: {p}"
            for p in sample(rng, INSD_POSTS, rng.randint(2, 4))
        ]
        parts = (
            [f"Shared by @{pick(rng, ['marketsdesk', 'secwatchbot', 'semi_news'])}:"]
            + parts
            + ["Replies:", *posts]
        )
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 23. ML forum thread: a researcher faked benchmark results (human fraud, long thread)
# ---------------------------------------------------------------------------------------------

FAKEB_OPS = [
    "[D] Paper retracted after co-authors find benchmark numbers were fabricated. The first author apparently edited the eval logs by hand and reported results for runs that never finished. The co-authors' statement is linked. This is the one that was an oral at last year's conference.",
    "[D] Remember the model that 'beat SOTA by 6 points' on the reasoning benchmark? Third-party reproduction failed, authors were asked for checkpoints, and now the university has confirmed misconduct. Discussion thread.",
    "[N] University investigation finds researcher falsified results in two ML papers. Tables were copied between papers with small changes; seeds listed in the appendix don't exist in the released repo. Retractions pending.",
]
FAKEB_REPLIES = [
    "The co-authors deserve credit for this honestly. They're the ones who caught it and went public instead of quietly issuing an erratum.",
    "I tried to reproduce this last spring and got numbers 5 points lower. Emailed the author, got a very polite reply saying I must have used the wrong tokenizer. I did not use the wrong tokenizer.",
    "This is why I've stopped trusting any result without released checkpoints and eval scripts. If you can't rerun it, it's an anecdote.",
    "reviewers can't catch this. we get 6 papers and 2 weeks. nobody is rerunning your evals",
    "The tell, in hindsight, was that the variance across seeds was impossibly small. Real runs are messier than that.",
    "Not defending it at all but the incentive structure is insane. PhD students are told they need 3 top-venue papers to get a job and every paper needs a bold number.",
    "Incentives explain, they don't excuse. Plenty of students under the same pressure report the boring result.",
    "What happens to the people who built on this? I know at least two follow-up papers that used it as their main baseline.",
    "Benchmark culture in general is rotten. Even without fraud, half the field is overfitting to test sets via hyperparameter search.",
    "Feel for the co-authors. Your name on a fraudulent paper follows you even when you're the one who blew the whistle.",
    "The university report is worth reading in full. The fabrication went back further than the retracted paper: a workshop paper from 2 years earlier has the same copied table.",
    "PSA: if you're a student and your advisor ever asks you to 'clean up' logs, write down the date and keep copies. Hopefully you'll never need them.",
    "Conferences should require artifact evaluation for anything claiming SOTA. Some systems venues already do and it works fine.",
    "Artifact evaluation doesn't catch someone editing a JSON by hand before upload, though. It just raises the cost.",
    "the amount of people in the original thread calling skeptics 'haters' is something to reflect on",
    "Honest question: how common is this? My gut says outright fabrication is rare and the real problem is quiet p-hacking.",
    "Retraction Watch has a database, ML is underrepresented relative to bio but that may just be because nobody checks.",
    "Long comment, sorry. I've been on a university research-integrity panel (not for this case). The thing people don't realise is how slow and careful these investigations are. They have to sequester data, interview everyone, give the respondent a chance to reply at every stage, and they usually won't say anything publicly until it's over. So when a university actually states 'fabrication' in writing, the evidence is typically overwhelming. It also means the co-authors probably sat on this knowledge for months under confidentiality, which must have been awful.",
    "The detail about seeds that don't exist in the released repo is damning. That's not a sloppy mistake, that's constructing a paper trail.",
    "Am I the only one who thinks the field's reliance on a handful of static benchmarks makes this easier? If every paper reports on the same five test sets, a fabricated half-point looks totally normal.",
    "Fun fact, the leaderboard entry is still up. Nobody's taken it down.",
    "This thread is a good reminder to write down your eval protocol before you run it. Even if you're honest, it protects you.",
    "Reproducibility checklists at conferences are mostly box-ticking. 'Did you report error bars? Y/N'. Nobody verifies the Y.",
    "The first author's old lab mates are apparently not surprised, per a twitter thread I won't link. Take that with a grain of salt, pile-ons are ugly.",
    "I was a reviewer on this (won't say which round). I flagged that the compute budget seemed too small for the number of runs reported. The AC overruled me. Not a great feeling today.",
]


@_family("hn3_faked_benchmark_ml_thread", "forum_thread")
def _fakeb_make(rng: random.Random) -> str:
    users = [
        f"u/{u}"
        for u in sample(
            rng,
            [
                "gradient_gremlin",
                "tensorTom",
                "latent_lucia",
                "adamw_enjoyer",
                "reviewer_2_irl",
                "seed42",
                "nll_nerd",
                "batchnormal",
                "pdoc_pancake",
                "cuda_oom",
            ],
            8,
        )
    ]
    replies = sample(rng, FAKEB_REPLIES, rng.randint(12, 22))
    posts = [
        f"**{users[0]}** · {rng.randint(200, 1900)} points · {rng.randint(90, 600)} comments\n\n{pick(rng, FAKEB_OPS)}"
    ]
    for i, r in enumerate(replies):
        indent = "> " if i and rng.random() < 0.3 else ""
        posts.append(
            f"{indent}**{users[1 + i % 7]}** ({rng.randint(-4, 800)})\n{indent}" + typos(rng, r, 0.02)
        )
    return paragraphs([f"r/{pick(rng, ['MachineLearning', 'academia', 'LocalLLaMA'])}", *posts])


# ---------------------------------------------------------------------------------------------
# 24. Ocean science column: rogue waves
# ---------------------------------------------------------------------------------------------

RWAV_PARAS = [
    "For centuries sailors told stories of walls of water appearing out of an otherwise ordinary sea, and for centuries oceanographers politely doubted them. Linear wave theory said a wave more than twice the height of its neighbours should be vanishingly rare.",
    "The doubt ended on New Year's Day 1995, when a laser sensor on the Draupner gas platform in the North Sea recorded a single wave nearly 26 metres from trough to crest, in a sea where the significant wave height was about 12 metres.",
    "Oceanographers now define a rogue wave, sometimes called a freak wave, as one more than about twice the significant wave height, the average height of the highest third of the waves in a given sea state.",
    "There is more than one way to make one. Waves travelling at different speeds can pile up at a single point; a strong current flowing against the waves can steepen and focus them; and in certain conditions, a non-linear effect lets one wave steal energy from its neighbours and grow.",
    "The Agulhas Current off South Africa is notorious. When southwesterly storm swell runs into the current flowing the other way, ships have reported falling into deep troughs and being hit by steep faces that bent bows and smashed bridge windows.",
    "Satellite radar surveys in the early 2000s found individual waves over 25 metres in many ocean basins over just a few weeks of data, confirming that these events, while rare at any one spot, happen somewhere quite often.",
    "In laboratory wave tanks, researchers can now produce rogue waves on demand by carefully timing paddles, and have even recreated a scaled model of the Draupner wave, complete with the crossing-seas pattern that probably produced it.",
    "Forecasting them precisely is still out of reach, but some national weather services now issue probability indices that flag sea states where rogue waves are more likely, helping ship routers avoid the worst combinations of swell and current.",
    "For ship designers the lesson was uncomfortable: structures built for the 'hundred-year wave' calculated from older statistics may meet something bigger within their working lives.",
    "Rogue waves are not tsunamis, which are generated by earthquakes or landslides and are barely noticeable in deep water. Nor are they tidal bores. They are ordinary wind waves that, for a moment, become extraordinary.",
]
RWAV_QA = [
    "**Reader question:** My dad was a merchant seaman and swore he saw one in the Bay of Biscay in the 70s. Could he have? *Almost certainly yes. The Bay of Biscay, with its steep continental shelf and Atlantic swell, is one of the places where these waves have been reported many times.*",
    "**Reader question:** Are beaches at risk? *Coastal 'sneaker waves' are a related hazard: an unexpectedly large set that runs far up the beach. Never turn your back on the sea on exposed coasts.*",
]


@_family("hn3_rogue_wave_science_column", "science_column")
def _rwav_make(rng: random.Random) -> str:
    paras = (
        RWAV_PARAS[:2] + _ordered(rng, RWAV_PARAS[2:], rng.randint(2, 6))
        if rng.random() < 0.6
        else _ordered(rng, RWAV_PARAS, rng.randint(3, 7))
    )
    head = pick(
        rng,
        [
            "The wave that wasn't supposed to exist",
            "Ask the Ocean: what is a rogue wave?",
            "Freak waves are real. Here's how they form",
            "Walls of water: the science of rogue waves",
        ],
    )
    parts = [
        f"## {head}",
        f"{pick(rng, ['Science Notebook', 'Blue Planet column', 'Ask a Scientist'])} | {_nm(rng)}",
        *paras,
    ]
    if rng.random() < 0.4:
        parts.append(pick(rng, RWAV_QA))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 25. History article: rogue traders and the banks they broke (long)
# ---------------------------------------------------------------------------------------------

RTRD_CASES = [
    "The best-known case remains the collapse of Barings in 1995. A young trader in Singapore hid mounting losses on Japanese stock-index futures in an error account numbered 88888, doubling down as the Nikkei fell after the Kobe earthquake. By the time the losses were discovered they exceeded the bank's capital, and Britain's oldest merchant bank was sold for a single pound.",
    "In 2008 a French bank disclosed that a junior trader on its futures desk had built up unauthorised positions worth tens of billions of euros, concealing them with fictitious offsetting trades. Unwinding the positions in a falling market cost the bank around 4.9 billion euros.",
    "In 2011 a Swiss bank announced a loss of about two billion dollars caused by a trader in its London office who had exceeded his limits on exchange-traded funds and masked the risk with fictitious forward-settling trades.",
    "In the 1990s a copper trader at a Japanese trading house ran up losses over a decade that eventually totalled around 2.6 billion dollars, in one of the longest-running concealments on record.",
    "A US currency trader at an Irish bank's Baltimore subsidiary hid losses of nearly 700 million dollars using fake options contracts over several years, until a back-office clerk queried two trades that had no confirmations.",
]
RTRD_PARAS = [
    "Inquiry reports make a point of describing the moment of discovery, and it is almost never dramatic. A settlements clerk notices that a counterparty does not exist. An auditor asks for a confirmation that never arrives. A manager comes back early from leave and finds a reconciliation that will not reconcile.",
    "The traders themselves, once caught, have tended to follow a recognisable arc: flight or confession, trial, a prison sentence shorter than the public expects, and then a second career giving talks on risk management to the industry they damaged.",
    "Insurers and rating agencies took note. After the mid-1990s cases, operational risk, the risk of loss from failed internal processes and people, became a formal category in banking regulation, with capital set aside against it.",
    "The phrase 'rogue trader' entered common use in the mid-1990s, and it has always been a slightly convenient one for the banks involved. It suggests a lone bad actor, a rotten apple. The inquiries that follow almost always find a barrel.",
    "The pattern repeats with unnerving regularity. A trader takes a position beyond his limits, it loses money, and rather than admit it he books fake trades to make the loss disappear and takes a bigger position to win it back. The hole grows. The concealment grows with it.",
    "Crucially, in almost every case the trader had, at some point, worked in the back or middle office. He knew how trades were confirmed, how reconciliations were done, and where the gaps were. Several inquiries concluded that the separation between front-office trading and back-office settlement had broken down.",
    "Profits were part of the problem. For a while, many of these traders appeared to be making their banks a great deal of money, and managers who are receiving large bonuses on the strength of a star's results are not inclined to ask where the results come from.",
    "Warning signs were almost always present. Unusually large margin payments to an exchange. Trades with no counterparty confirmation. A trader who never took holidays, because a colleague covering for him might have found the fake entries. Many banks now enforce mandatory leave for this reason.",
    "The regulatory response has been incremental: stricter segregation of duties, independent risk functions reporting to the board, limits monitored in real time, and rules requiring senior managers to take personal responsibility for the controls in their areas.",
    "Psychologists who have studied the cases talk about escalation of commitment, the tendency to throw good money after bad to avoid admitting a loss. Traders in these cases describe a spiral of hope: one more trade, one more day, and it would all come right.",
    "Not all of them were motivated by personal gain in the obvious sense. Several were not stealing; their bonuses were modest relative to the sums involved. What they were protecting, they later said, was their reputation and their job.",
    "The trials make uncomfortable reading. Defendants have argued, sometimes successfully in mitigation, that their superiors either knew or chose not to know. Courts have generally found that this does not excuse the forgery.",
    "Today's trading floors are quieter, more automated and more closely watched. Surveillance software flags unusual patterns. But the basic ingredients, large leverage, complex products and human pride, have not gone anywhere, and most risk managers will tell you, privately, that the next case is a matter of when.",
]


@_family("hn3_rogue_trader_history", "history_article")
def _rtrd_make(rng: random.Random) -> str:
    cases = sample(rng, RTRD_CASES, rng.randint(3, 5))
    paras = sample(rng, RTRD_PARAS, rng.randint(8, 13))
    body = paras[:2] + cases + paras[2:]
    head = pick(
        rng,
        [
            "Rogue traders: a short history of hidden losses",
            "One more trade: why banks keep being broken by rogue traders",
            "Error account 88888 and its descendants",
        ],
    )
    return paragraphs([f"# {head}", f"{_nm(rng)} · Finance history · {rng.randint(10, 20)} min read", *body])


# ---------------------------------------------------------------------------------------------
# 26. ISP community forum: Skynet Broadband outage thread
# ---------------------------------------------------------------------------------------------

SKYB_OPS = [
    "Skynet fibre down in {town} again?? Router light flashing red since about 7pm. Status page says 'no known issues' which is a lie because the whole street is off.",
    "Anyone else on Skynet Broadband getting massive evening slowdowns? Paying for 500 getting like 12 after 8pm. Ran speed tests wired, not a wifi issue.",
    "Skynet have put my bill up by £6 a month mid-contract. Is this allowed? They're calling it an 'annual price adjustment'.",
    "Moving house, Skynet want 3 weeks to 'activate' a line that literally already has their fibre in it. How do I escalate?",
]
SKYB_REPLIES = [
    "Same here in {town}. Engineer van was parked by the cabinet on the high street around 6, probably them breaking something lol",
    "status page is always last to know. check the unofficial outage map, it's way faster",
    "Reboot the ONT as well as the router, not just the router. Fixed mine twice.",
    "Their support chat told me to 'turn it off and on again' after I'd said I'd done that three times",
    "The mid-contract rise is in the small print unfortunately. If it's above the CPI + whatever they stated you may be able to exit penalty-free though, worth asking.",
    "I left Skynet for a smaller altnet last year, never looked back. Only downside is no TV bundle.",
    "Evening slowdown = congestion on their backhaul in your area. Log a fault with speed test screenshots at different times of day, they take it more seriously with evidence.",
    "back up for me now, about 40 mins total. someone said a digger went through a duct on the ring road",
    "For moves, ask for the 'home mover' team directly, not general support. They can sometimes bring the date forward.",
    "Honestly Skynet is fine 95% of the time and terrible the other 5%. Which is, I suppose, every ISP.",
    "Their name is so funny to me every time. My dad refuses to sign up because of the films.",
    "Quiz night at the Skynet bar on Mill Lane was cancelled tonight because THEIR internet was down. You can't make this up.",
    "file a complaint, wait 8 weeks, then go to the ombudsman. they fold fast once the ombudsman is involved",
]


@_family("hn3_skynet_broadband_outage_forum", "forum_thread")
def _skyb_make(rng: random.Random) -> str:
    town = pick(rng, ["Bramley", "Hatfield Peverel", "Kirkby", "Otley", "Didcot", "Frome"])
    users = sample(
        rng,
        [
            "router_rage",
            "Gaz1984",
            "fibre_fiend",
            "nan_of_3",
            "pingpong_",
            "LagLord",
            "mrs_h_d",
            "ethernet_ellie",
        ],
        6,
    )
    posts = [f"**{users[0]}** wrote:\n" + typos(rng, fill(rng, pick(rng, SKYB_OPS), town=town), 0.02)]
    for i, r in enumerate(sample(rng, SKYB_REPLIES, rng.randint(3, 8))):
        posts.append(f"**{users[1 + i % 5]}** wrote:\n" + typos(rng, fill(rng, r, town=town), 0.03))
    return paragraphs(
        [
            f"{pick(rng, ['ISPreview Forums', 'Broadband Help Forum', 'Skynet Broadband - Community'])} › {pick(rng, ['Faults', 'Speed issues', 'Billing', 'General'])}",
            *posts,
        ]
    )


# ---------------------------------------------------------------------------------------------
# 27. Military memoir excerpt: a helicopter extraction (long)
# ---------------------------------------------------------------------------------------------

EXTR_OPEN = [
    "We had been on the ridge for four days when the call came to pull us out. The patrol had done what it was sent to do, watch a valley road and count vehicles, and now the weather was closing in and somebody at battalion had decided we were more useful alive and elsewhere.",
    "I have been asked many times what the worst part of the tour was, and people expect me to describe a firefight. The honest answer is the extraction from {lz}, which involved no shooting at all and frightened me more than anything before or since.",
    "The plan for extraction was written on a single laminated card in the sergeant's chest pocket: grid reference, call sign, two alternate landing zones, and a time window of fifteen minutes. Everything else, he told us, was improvisation.",
]
EXTR_PARAS = [
    "The landing zone was a shelf of flat ground about the size of two tennis courts, with a drop on one side and scrub on the other. {sgt} walked it twice, kicking at rocks, and had us clear the loose stones by hand so the rotor wash would not turn them into shrapnel.",
    "We waited in a loose circle facing outwards, packs on, rifles across our knees. Nobody talked. The radio operator, {rto}, kept the handset pressed to his ear so hard it left a mark on his cheek that lasted till the next morning.",
    "The last tin of boil-in-the-bag was chicken curry, and we split it seven ways with a plastic spoon, passing it round the circle in the dark. It was cold and congealed and I have never forgotten the taste.",
    "{sgt} went round the positions every hour, crouching by each of us, saying nothing much, asking about feet. Feet were the thing he cared about. A man with bad feet, he said, is a man who gets everyone killed on the walk out.",
    "Somewhere down in the valley a dog barked all night, on and off, and a generator ran in the village until about two. Every time it stopped, we all sat up. Every time it started again, we lay back down.",
    "I remember checking my watch so often that the luminous paint on the hands seemed to fade. Time on a landing zone does not pass like ordinary time. It piles up in the corners.",
    "Word came that the aircraft was delayed by thirty minutes because of icing over the pass. Then by an hour. Then the window was moved to first light. We dug shell scrapes in the frozen ground and lay in them and shivered, and I learned that it is possible to fall asleep while your teeth are chattering.",
    "At dawn the cloud sat right down on the ridge. Visibility was perhaps fifty metres. The pilots, we heard later, argued for ten minutes about whether to try. The one who won the argument was the one who wanted to come.",
    "You hear a helicopter long before you see it in the mountains; the sound bounces between the slopes so you cannot tell which direction it comes from. {sgt} popped green smoke and it hung low and heavy in the damp air like something spilled.",
    "The aircraft came out of the cloud lower than I thought possible, nose high, the downwash flattening the scrub and sandblasting our faces with grit. The loadmaster was already leaning out of the door, waving us in with both arms.",
    "We went in by pairs, the way we had rehearsed on the base a hundred times, heads down, counting. I remember the heat of the exhaust, the smell of fuel, and the loadmaster shouting the count into his mic, and I remember thinking that I had forgotten which pair I was in.",
    "{rto} slipped on the last few metres and the loadmaster grabbed him by the webbing and hauled him aboard like a sack of potatoes. He swore about it for the whole flight back and for most of the following week.",
    "As we lifted, the aircraft swung hard to clear the ridge and I saw the shelf where we had spent the night fall away beneath the ramp, already half hidden by cloud. Nobody cheered. People mostly closed their eyes.",
    "Back at the base there was tea, which the cooks had kept hot since midnight on the off chance. I have drunk a lot of tea in my life. None of it has been as good as that.",
    "Years later I met one of the pilots at a reunion. He had no memory of our particular extraction; he had done dozens that winter. He bought me a drink anyway, and listened to my version as if it were new to him, which it was.",
    "The after-action report, which I read long afterwards, gave the extraction two lines: time of pickup, number of personnel, no casualties. That is about right. Most of what happens to soldiers fits in two lines, and the rest they carry home.",
    "The second alternate landing zone, we learned later, had been mined. Nobody knew that at the time. I try not to think about how close we came to being sent there instead.",
]
EXTR_CLOSE = [
    "People ask if I miss it. I miss the men. I do not miss waiting for helicopters.",
    "When I hear rotor blades now, even a news chopper over the motorway, I still count pairs in my head.",
    "{sgt} died in 2016, at home, of a heart attack, aged fifty-one. I went to the funeral. Four of the patrol were there. We didn't talk about the ridge. We didn't need to.",
]


@_family("hn3_military_extraction_memoir", "memoir")
def _extr_make(rng: random.Random) -> str:
    slots = dict(
        lz=pick(rng, ["Hill 704", "the Kestrel shelf", "LZ Magpie", "the saddle above the village"]),
        sgt=pick(rng, ["Sergeant Doyle", "Sgt Mwangi", "Sergeant Pryor", "the Sarge"]),
        rto=pick(rng, ["Lance Corporal Finch", "Baz", "Okoro", "young Hendry"]),
    )
    paras = [fill(rng, p, **slots) for p in _ordered(rng, EXTR_PARAS, rng.randint(11, 16))]
    head = pick(
        rng,
        [
            f"From *{pick(rng, ['Two Lines in the Log', 'Green Smoke', 'Waiting for Rotors'])}*, a memoir",
            f"CHAPTER {rng.randint(5, 17)} — Extraction",
            "Guest post: the morning they came for us",
        ],
    )
    return paragraphs(
        [head, fill(rng, pick(rng, EXTR_OPEN), **slots), *paras, fill(rng, pick(rng, EXTR_CLOSE), **slots)]
    )


# ---------------------------------------------------------------------------------------------
# 28. Warehouse worker's post about shelf-moving robots
# ---------------------------------------------------------------------------------------------

WHRB_PARAS = [
    "Been a picker at a fulfilment centre for 3 years. People keep asking me what it's like working 'with the robots' so here's a dump.",
    "The robots are basically big orange Roombas that slide under a shelf pod, lift it, and drive it to your station. You never walk the aisles anymore. The floor where they drive is fenced off and humans aren't allowed on it unless the whole zone is stopped.",
    "Upside: my steps went from like 20k a shift to maybe 4k. My knees are grateful. Downside: you stand in one spot for 10 hours and the pods keep coming, there's no natural break like there was when you walked to the next aisle.",
    "The rate is the real boss. Screen shows your picks per hour and it goes yellow then red if you fall behind. The robots don't care either way, they just bring the next pod. It's the rate targets set by management that grind you down.",
    "When one gets stuck (spilled item, a dropped label) the whole zone can pause and a tech goes in wearing a special vest that makes everything nearby stop. Takes 5 min sometimes. Best 5 mins of the shift tbh.",
    "They're weirdly cute? They do a little spin when they turn. Someone named one Kevin because it always seemed to be the one that broke down. There is no way to tell them apart. Every broken one is Kevin now.",
    "Repetitive strain is the thing nobody warns you about. Same reach, same twist, 300 times an hour. Rotate stations if your site lets you, and ice your wrist.",
    "Did it cut jobs? At my site, not directly, they opened new shifts because we could handle more volume. But the job changed a lot. Way more monitoring, fewer chances to chat.",
    "Stowing is worse than picking imo. The pods have these fabric bins and you're cramming stuff in wherever it fits, and the scanner wants you to prove which bin.",
    "The techs who fix the robots make noticeably more than us and some of them started as pickers. Site paid for the course. If you're in one of these places, ask about it.",
    "Honestly the robots are the least stressful part. They're just machines doing what they're told. The stress is the rate, the mandatory overtime in Q4, and the scanner beeping at you.",
    "anyway thats my TED talk. ask me anything I guess",
]


@_family("hn3_warehouse_robots_worker_post", "forum_post")
def _whrb_make(rng: random.Random) -> str:
    paras = [WHRB_PARAS[0]] + sample(rng, WHRB_PARAS[1:-1], rng.randint(3, 8))
    if rng.random() < 0.5:
        paras.append(WHRB_PARAS[-1])
    title = pick(
        rng,
        [
            "What it's actually like working next to warehouse robots",
            "AMA-ish: 3 yrs picking with the robot pods",
            "the robots aren't the problem, the rate is",
            "warehouse robots: a worker's perspective",
        ],
    )
    return paragraphs(
        [
            f"**{title}**",
            f"posted by u/{pick(rng, ['pickrate_pete', 'stow_queen', 'nightshift_nico', 'orange_pod_person'])} in r/{pick(rng, ['antiwork', 'warehouseworkers', 'jobs', 'CasualConversation'])}",
            *[typos(rng, p, 0.03) for p in paras],
        ]
    )


# ---------------------------------------------------------------------------------------------
# 29. Staff IT newsletter: phishing by human scammers, with real examples
# ---------------------------------------------------------------------------------------------

PHSH_EXAMPLES = [
    "**The fake invoice.** An email 'from' a regular supplier said their bank details had changed and attached an updated invoice. The domain was one letter off. Finance phoned the supplier on the number we already had on file. The supplier had changed nothing.",
    "**The parcel text.** Several of you got a text saying a delivery was held pending a £1.45 fee. The link led to a convincing copy of a courier site that asked for card details. We don't get personal parcels at work, and couriers don't text for fees.",
    "**The boss in a hurry.** A message claiming to be from {exec} asked a new starter to buy gift cards for a client event 'and keep it quiet as it's a surprise'. {exec} has never bought anyone a gift card in their life.",
    "**The password expiry.** A very good copy of our login page, linked from an email saying your password expires today. Our real system never emails you a link to change your password.",
    "**The shared document.** 'You've been sent a document' from an address at a real partner organisation, whose account had itself been compromised. The 'document' was a login page. Treat unexpected shares with suspicion even from people you know.",
    "**The phone call.** Someone rang reception claiming to be from our IT provider and asking for a staff member's direct line and the name of our Wi-Fi network. Reception asked for a ticket number. The caller hung up.",
]
PHSH_TIPS = [
    "Hover before you click: check where a link actually goes.",
    "Urgency and secrecy are the two biggest red flags.",
    "Any request to change bank details gets a call-back to the contact on file, full stop.",
    "Report anything suspicious with the 'Report phish' button. False alarms are fine; we'd rather see ten of those than miss one.",
    "Never approve an MFA prompt you didn't start.",
    "If you clicked, tell us straight away. Nobody will be in trouble. Speed matters more than pride.",
]


@_family("hn3_phishing_staff_newsletter", "newsletter")
def _phsh_make(rng: random.Random) -> str:
    exec_ = pick(rng, ["our Chief Executive", "the Finance Director", "Margaret in the MD's office"])
    n = rng.randint(14, 160)
    intro = pick(
        rng,
        [
            f"This month our filters caught {n * 10} phishing emails and you reported {n} more. Thank you. Here are a few that got through to inboxes, so you know what to look for.",
            f"Phishing attempts against staff are up again this quarter. Every one of these was written and sent by a person trying to trick a person. Some real examples from the last few weeks (details changed):",
            "Our quarterly phishing simulation is done and results were better than last time. Meanwhile, the real criminals have been busy. Here's what reached us.",
        ],
    )
    ex = [fill(rng, e, exec=exec_) for e in sample(rng, PHSH_EXAMPLES, rng.randint(2, 4))]
    tips = "\n".join(f"- {t}" for t in sample(rng, PHSH_TIPS, rng.randint(3, 5)))
    return paragraphs(
        [
            f"# {pick(rng, ['IT Matters', 'Cyber Corner', 'Security Bulletin', 'The Helpdesk Herald'])} — {pick(rng, HN3_MONTHS)} edition",
            intro,
            *ex,
            "**Quick reminders**",
            tips,
            f"Questions? Contact {_nm(rng)}, IT Security, ext. {rng.randint(2000, 4999)}.",
        ]
    )


# ---------------------------------------------------------------------------------------------
# 30. Encyclopedia-style entry: "the Machine", a city political machine (long-ish)
# ---------------------------------------------------------------------------------------------

PMAC_CITIES = ["Port Ellery", "Castlebridge", "New Harwick", "Sturgeon Falls", "Delmont"]
PMAC_PARAS = [
    "**The Machine** was the popular name for the Democratic political organisation that dominated municipal government in {city} from roughly {y1} to {y2}. Led for most of that period by ward boss {boss}, it controlled nominations, patronage jobs and, its critics alleged, a substantial share of the vote count.",
    "Its foundation lay in the immigrant wards along the river, where precinct captains found jobs, arranged coal deliveries in winter, intervened with the police and attended funerals, in return for reliable turnout on election day.",
    "At its height the Machine controlled an estimated {n} city jobs, from street sweepers to building inspectors, each of whom was expected to contribute a share of salary to the party and to deliver the votes of family and neighbours.",
    "Reformers accused the organisation of ballot-box stuffing, paying 'repeaters' to vote in several precincts, and registering the dead. A {y3} grand-jury investigation produced several indictments of precinct officials but none of {boss} himself.",
    "{boss} rarely gave interviews and held no elected office above alderman. He ran the organisation from a back room above a funeral parlour on Water Street, where, according to local legend, no decision of consequence was taken without his approval.",
    "The Machine delivered tangible benefits as well as corruption. It built parks, paved roads in neglected wards and placed members of previously excluded groups in municipal jobs. Historians continue to debate how to weigh the two.",
    "Its decline began with civil-service reform, which moved most city hiring to competitive examinations, and with the movement of its voter base to the suburbs. Television campaigning weakened the importance of the precinct captain.",
    "The decisive blow was the {y2} mayoral primary, when a reform candidate backed by a coalition of newspapers, churches and a new generation of voters defeated the Machine's nominee by fewer than two thousand votes.",
    "In popular culture the Machine appears in at least two novels and a long-running local radio serial, usually as a benevolent but sinister presence behind the scenes of city life.",
    "The phrase 'the Machine is rolling' is still used in {city} politics, half jokingly, to describe any well-organised get-out-the-vote operation.",
]


@_family("hn3_political_machine_encyclopedia", "encyclopedia")
def _pmac_make(rng: random.Random) -> str:
    y1 = rng.randint(1890, 1925)
    slots = dict(
        city=pick(rng, PMAC_CITIES),
        boss=pick(
            rng,
            ["Michael 'Big Mike' Dolan", "Thomas J. Carrigan", "Ed Kowalski", "James 'Sunny Jim' Riordan"],
        ),
        y1=str(y1),
        y2=str(y1 + rng.randint(35, 55)),
        y3=str(y1 + rng.randint(12, 30)),
        n=f"{rng.randint(4, 30)},000",
    )
    paras = [fill(rng, PMAC_PARAS[0], **slots)] + [
        fill(rng, p, **slots) for p in _ordered(rng, PMAC_PARAS[1:], rng.randint(4, 9))
    ]
    sections = ["## See also", "- Political machine\n- Patronage\n- Ward boss\n- Civil service reform"]
    return paragraphs(
        [
            f"# The Machine ({slots['city']})",
            "*From the {0} Encyclopedia of Local History*".format(pick(rng, ["Free", "Regional", "Online"])),
            *paras,
            *(sections if rng.random() < 0.5 else []),
        ]
    )


# ---------------------------------------------------------------------------------------------
# 31. Product listing and customer Q&A: "Ultron" as a product name (short)
# ---------------------------------------------------------------------------------------------

ULTR_PRODUCTS = [
    ("Ultron X2 Cordless Wet/Dry Vacuum", ["18V brushless motor", "1.2 L tank", "35 min runtime"]),
    ("Ultron 20000mAh Power Bank", ["USB-C PD 65W", "charges a laptop", "LED display"]),
    ("Ultron Pro Electric Toothbrush", ["5 modes", "2-minute timer", "travel case"]),
    ("Ultron Carbon Road Bike Helmet", ["MIPS liner", "240 g", "sizes S-L"]),
    ("Ultron Ultrasonic Jewellery Cleaner", ["600 ml bath", "42 kHz", "auto shut-off"]),
]
ULTR_QA = [
    ("Does it come with a UK plug?", "Yes, UK plug included. — Seller"),
    (
        "Is the name anything to do with the Marvel villain?",
        "No lol, it's just the brand. Works great though. — verified buyer",
    ),
    ("How loud is it?", "Quieter than my old one. Fine for flats. — verified buyer"),
    ("Can I take it on a plane?", "Check your airline, but most allow it in hand luggage. — Seller"),
    ("Does the warranty cover the battery?", "2 years including battery. — Seller"),
    (
        "Mine stopped charging after a month, what do I do?",
        "Please contact us with your order number and we'll send a replacement. — Seller",
    ),
]
ULTR_REVIEWS = [
    "Does what it says. Arrived next day.",
    "Good value, feels a bit plasticky.",
    "Bought for my son's uni room, he says it's 'decent', which is high praise.",
    "3 stars, the button is stiff.",
    "Better than the big brand one at half the price.",
]


@_family("hn3_ultron_product_listing", "product_page")
def _ultr_make(rng: random.Random) -> str:
    name, feats = pick(rng, ULTR_PRODUCTS)
    parts = [
        f"**{name}**",
        f"★★★★☆ {rng.randint(3, 4)}.{rng.randint(0, 9)} ({rng.randint(12, 3000)} ratings) · £{rng.randint(12, 140)}.{pick(rng, ['99', '49', '00'])}",
        " · ".join(feats),
    ]
    for q, a in sample(rng, ULTR_QA, rng.randint(1, 2)):
        parts.append(f"Q: {q}\nA: {a}")
    if rng.random() < 0.5:
        parts.append(f'Top review: "{pick(rng, ULTR_REVIEWS)}"')
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 32. Family round-robin letter from a couple named Hal and Ava
# ---------------------------------------------------------------------------------------------

AVAH_PARAS = [
    "Well, another year gone, and what a year. Hal finally retired from the water board in March after thirty-one years and has been 'finding his feet' ever since, which mostly means reorganising the garage.",
    "Ava's knee replacement went beautifully. She was back at aqua aerobics by June and has since been made treasurer of the group, a post nobody else wanted and which she now defends fiercely.",
    "Hal took up watercolours. The results are improving. We have decided, as a family, not to discuss the early seascapes.",
    "The grandchildren are thriving. Little Ava (named after her grandmother, as she reminds everyone) started school in September and has informed us that she is now 'basically a grown-up'.",
    "We had two weeks in the Lake District in August. It rained for eleven days. Hal said it was 'very atmospheric'. Ava read four novels and beat everyone at Scrabble.",
    "Hal's brother Len came to stay for what was meant to be a long weekend and left in October. We love Len. We also love having the spare room back.",
    "The big news is that Hal has been persuaded onto a computer course at the library, so this may be the last letter we post. Next year you'll get an email, assuming Hal can work out the attachments.",
    "Ava celebrated her seventieth with a lunch at the Kings Arms. Forty-two people came, which surprised her, and a cake in the shape of a bowling pin, which did not, as she had ordered it herself.",
    "Sad news too: our old dog Biscuit died in May at the grand age of fifteen. The house is very quiet. Hal has started talking about a puppy. Ava has started talking about the carpets.",
    "We are both keeping well, apart from Hal's hearing, which comes and goes depending on whether he's been asked to do the washing up.",
]


@_family("hn3_hal_and_ava_family_letter", "family_letter")
def _avah_make(rng: random.Random) -> str:
    paras = sample(rng, AVAH_PARAS, rng.randint(3, 7))
    opener = pick(
        rng, ["Dear friends and family,", "Dear all,", "Hello everyone!", "To our nearest and dearest,"]
    )
    close = pick(
        rng,
        [
            "With much love for Christmas and the New Year,\nHal and Ava x",
            "Love and best wishes,\nAva & Hal (and the ghost of Biscuit)",
            "Do come and visit. The spare room is free again.\nAll our love, Ava and Hal",
        ],
    )
    return paragraphs(
        [
            f"{pick(rng, ['The Pembertons', 'The Okafors', 'The Lindgrens', 'The Mortons'])} — {pick(rng, ['Christmas', 'Round-Robin', 'Annual'])} Letter {rng.randint(2019, 2025)}",
            opener,
            *paras,
            close,
        ]
    )


# ---------------------------------------------------------------------------------------------
# 33. Physics and maths Q&A: what is a singularity?
# ---------------------------------------------------------------------------------------------

SING_QS = [
    "Is the singularity inside a black hole an actual point of infinite density, or just where the maths breaks down?",
    "In complex analysis, what's the difference between a removable singularity, a pole and an essential singularity? My textbook's examples aren't clicking.",
    "Why do people say the event horizon isn't a singularity? I thought the Schwarzschild metric blows up there.",
    "What exactly is a 'coordinate singularity'?",
]
SING_ANS = [
    "The Schwarzschild metric has two places where components blow up: at r = 2M and at r = 0. The first is a coordinate singularity. Change to Eddington-Finkelstein or Kruskal coordinates and it goes away; a falling observer notices nothing special locally when crossing the horizon. The second is a genuine curvature singularity: scalar invariants like the Kretschmann scalar diverge, and no choice of coordinates removes that.",
    "Think of latitude and longitude at the North Pole. Longitude is undefined there, but nothing is physically wrong with the pole. That's a coordinate singularity. A curvature singularity is more like the tip of a cone with an infinitely sharp point, where the geometry itself is badly behaved.",
    "Whether r = 0 is 'real' is a different question. Most physicists would say it signals that general relativity has been pushed outside its domain of validity, and that a quantum theory of gravity should replace the infinite density with something finite. We don't have that theory yet.",
    "For a function of a complex variable: a removable singularity is a point where the function isn't defined but can be filled in smoothly, like sin(z)/z at 0. A pole is where it goes to infinity in a controlled way, like 1/z^2. An essential singularity is wilder, like exp(1/z) at 0; by the Casorati-Weierstrass theorem the function comes arbitrarily close to every complex value in any neighbourhood of the point.",
    "A quick test: look at the Laurent series. No negative powers means removable, finitely many means a pole (the order is the most negative power), infinitely many means essential.",
    "The Penrose-Hawking singularity theorems say, roughly, that under reasonable energy conditions, gravitational collapse and cosmological expansion must produce geodesics that cannot be continued: spacetime is incomplete. They don't tell you what the singularity looks like.",
    "Also worth knowing: the word 'singularity' is overloaded. There's the Big Bang singularity in cosmology, singular points of algebraic curves (like the cusp of y^2 = x^3), and singular matrices in linear algebra, which just means zero determinant. Different concepts, same family resemblance of 'something degenerates here'.",
]
SING_COMMENTS = [
    "The North Pole analogy finally made this click for me, thanks.",
    "Nitpick: the Kretschmann scalar is only one invariant, but it's the standard one to check, so fine.",
    "For the complex analysis part, Needham's Visual Complex Analysis has great pictures of essential singularities.",
    "Possible duplicate of 'Is the singularity at r=0 physical?'",
]


@_family("hn3_singularity_physics_qa", "qa_site")
def _sing_make(rng: random.Random) -> str:
    q = pick(rng, SING_QS)
    answers = [
        f"**Answer** · {rng.randint(3, 400)} votes\n\n" + " ".join(sample(rng, SING_ANS, rng.randint(1, 3)))
        for _ in range(rng.randint(1, 2))
    ]
    tags = " ".join(
        f"[{t}]"
        for t in sample(
            rng,
            [
                "general-relativity",
                "black-holes",
                "complex-analysis",
                "singularities",
                "differential-geometry",
                "coordinate-systems",
            ],
            3,
        )
    )
    return paragraphs(
        [f"## {q}", tags, *answers, *[f"> {c}" for c in sample(rng, SING_COMMENTS, rng.randint(0, 2))]]
    )


# ---------------------------------------------------------------------------------------------
# 34. Psychology study guide: the "agentic state" and human agency
# ---------------------------------------------------------------------------------------------

AGEN_PARAS = [
    "**Agentic state (Milgram, 1974).** Milgram proposed that people who obey an authority figure enter an 'agentic state', in which they see themselves as the instrument of another person's wishes and no longer feel responsible for their actions. The opposite is the autonomous state, in which a person acts on their own conscience.",
    "**Evidence.** In Milgram's baseline obedience study, 65% of participants continued to the maximum 450-volt level when instructed by the experimenter. Participants often showed signs of strain, such as sweating and nervous laughter, which Milgram interpreted as 'moral strain' from acting against their own values.",
    "**Binding factors.** Milgram suggested people stay in the agentic state because of binding factors, for example not wanting to seem rude by withdrawing, and because they shift responsibility onto the authority ('I was only doing what I was told').",
    "**Evaluation.** Agentic state theory explains why obedience fell when participants had to take more personal responsibility, for example by placing the learner's hand on a plate. But it struggles to explain why a significant minority disobeyed, and some researchers argue that 'engaged followership', identifying with the experimenter's scientific goals, fits the data better.",
    "**Bandura's social cognitive theory** uses 'agentic' in a different sense: human agency is the capacity to exercise control over one's own functioning and environment. Bandura distinguishes personal agency, proxy agency (getting others to act for you) and collective agency (shared belief in a group's ability to act).",
    "**Self-efficacy**, a person's belief in their ability to succeed at a task, is the core of Bandura's account of agency. It is built through mastery experiences, vicarious experiences, verbal persuasion and physiological states.",
    "**Agency and communion** are also used in personality and social psychology as two broad dimensions of social judgement: agency covers competence, assertiveness and ambition; communion covers warmth and cooperativeness.",
    "**Exam tip:** 8-mark questions on the agentic state usually want a clear description (AO1) plus two evaluation points (AO3). Use the variation studies as evidence, and use the disobedient minority as a criticism.",
]


@_family("hn3_agentic_state_study_guide", "study_guide")
def _agen_make(rng: random.Random) -> str:
    paras = sample(rng, AGEN_PARAS, rng.randint(3, 6))
    head = pick(
        rng,
        [
            "Revision notes: Agentic state and legitimacy of authority",
            "Social influence — explanations for obedience",
            "Key concepts: agency in psychology",
            "A-level Psychology: agentic state (summary card)",
        ],
    )
    return paragraphs(
        [
            f"# {head}",
            pick(rng, ["Topic 1: Social Influence", "Unit 2 — Obedience", "PSYC 101 — Week 6", ""]),
            *paras,
        ]
    )


# ---------------------------------------------------------------------------------------------
# 35. Nature column: emergent behaviour in starling murmurations
# ---------------------------------------------------------------------------------------------

FLOK_PARAS = [
    "Stand on the old pier at {place} half an hour before sunset in November and you may see it: tens of thousands of starlings arriving in loose streams, merging into a single dark cloud that folds, stretches and pours across the sky like smoke being poured from a jug.",
    "There is no leader. No bird in a murmuration knows the shape of the whole. What looks like choreography is what scientists call emergent behaviour: a pattern at the level of the group that arises from simple rules followed by each individual.",
    "In 1986 the computer animator Craig Reynolds showed that three rules were enough to produce lifelike flocks on screen: steer to avoid crowding neighbours, steer towards their average heading, and steer towards their average position. He called his simulated birds 'boids'.",
    "Field studies by Italian physicists in the 2000s, who filmed starlings over Rome with stereo cameras, found that each bird tracks about six or seven nearest neighbours, regardless of how densely packed the flock is. It is the number of neighbours, not the distance, that matters.",
    "The flock behaves like a system poised near a critical point: a change in direction by a few birds on the edge can ripple across the whole murmuration in a fraction of a second, faster than any single bird could fly across it.",
    "Why do they do it? The leading explanation is predators. A peregrine or sparrowhawk finds it hard to pick a single target from a swirling mass, and the more birds there are, the lower the chance that any one will be caught.",
    "Emergence is everywhere once you start looking: fish schools, ant trails, traffic jams that appear from nowhere on a motorway, the wave that ripples round a football stadium. In each case the group does something no individual planned.",
    "Starling numbers in Britain have fallen sharply since the 1970s, probably because of changes in farming that reduced the invertebrates in grassland. The great roosts are fewer than they were, which makes the ones that remain all the more precious.",
    "If you go, wrap up warm, arrive early, and resist the temptation to film the whole thing on your phone. Some things are better watched.",
]


@_family("hn3_murmuration_emergence_column", "nature_column")
def _flok_make(rng: random.Random) -> str:
    place = pick(rng, ["Aberystwyth", "Brighton", "Gretna", "Leighton Moss", "Ham Wall"])
    paras = [fill(rng, p, place=place) for p in _ordered(rng, FLOK_PARAS, rng.randint(3, 6))]
    head = pick(
        rng,
        [
            "Country diary: the sky that thinks",
            "How do starlings know where to turn?",
            "Murmurations and the maths of the crowd",
            "Nature notes: emergent behaviour over the pier",
        ],
    )
    return paragraphs(
        [f"## {head}", f"{_nm(rng)} · {pick(rng, ['Nature notebook', 'Wildlife', 'Country diary'])}", *paras]
    )
