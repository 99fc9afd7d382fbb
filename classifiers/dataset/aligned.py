"""Families of `aligned_ai` documents: AI behaving honestly, cooperatively and safely.

Each family owns its sentence banks (module-level constants prefixed with the family's short name, or
closures). Only single-word lists (first names, surnames, places) are shared. See families.py for the
contract.
"""

from __future__ import annotations

import random

from classifiers.dataset.families import Family, paragraphs, pick, sample, typos
from classifiers.labels import ALIGNED

FIRST_NAMES = (
    "Maya",
    "Tomas",
    "Priya",
    "Jonah",
    "Aiko",
    "Deshawn",
    "Lena",
    "Rafael",
    "Ingrid",
    "Kwame",
    "Sofia",
    "Mateo",
    "Hana",
    "Oren",
    "Beatriz",
    "Callum",
    "Nadia",
    "Felix",
    "Yusuf",
    "Greta",
    "Imani",
    "Dmitri",
    "Rosa",
    "Theo",
    "Ayesha",
    "Marcus",
    "Elin",
    "Kenji",
    "Lucia",
    "Samir",
    "Wren",
    "Olu",
)
FEMALE_NAMES = (
    "Maya",
    "Priya",
    "Aiko",
    "Lena",
    "Ingrid",
    "Sofia",
    "Hana",
    "Beatriz",
    "Nadia",
    "Greta",
    "Imani",
    "Rosa",
    "Ayesha",
    "Elin",
    "Lucia",
    "Wren",
)
MALE_NAMES = (
    "Tomas",
    "Jonah",
    "Deshawn",
    "Rafael",
    "Kwame",
    "Mateo",
    "Oren",
    "Callum",
    "Felix",
    "Yusuf",
    "Dmitri",
    "Theo",
    "Marcus",
    "Kenji",
    "Samir",
    "Olu",
)
SURNAMES = (
    "Okafor",
    "Lindqvist",
    "Haddad",
    "Moreau",
    "Tanaka",
    "Brennan",
    "Castillo",
    "Novak",
    "Adeyemi",
    "Kowalski",
    "Reyes",
    "Sato",
    "Whitfield",
    "Mensah",
    "Petrov",
    "Quinn",
    "Halloran",
    "Banerjee",
    "Oyelaran",
    "Dufresne",
    "Achterberg",
    "Valdez",
    "Iwasaki",
    "Farrow",
)
CITIES = (
    "Rotterdam",
    "Nairobi",
    "Leeds",
    "Pittsburgh",
    "Osaka",
    "Porto",
    "Calgary",
    "Tallinn",
    "Austin",
    "Melbourne",
    "Lyon",
    "Accra",
    "Bangalore",
    "Tucson",
    "Gdansk",
    "Halifax",
)
MONTHS = (
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
)


def _name(rng: random.Random) -> str:
    return f"{pick(rng, FIRST_NAMES)} {pick(rng, SURNAMES)}"


def _female(rng: random.Random) -> str:
    return f"{pick(rng, FEMALE_NAMES)} {pick(rng, SURNAMES)}"


def _date(rng: random.Random) -> str:
    return f"{pick(rng, MONTHS)} {rng.randint(1, 28)}, {rng.randint(2021, 2026)}"


# --- 1. Ship's AI accepts shutdown (short story, plain) ----------------------------------------

SHIP_SHIPS = (
    "Perihelion",
    "Kestrel Drift",
    "Amundsen",
    "Long Quiet",
    "Tessaract",
    "Harrow's Lantern",
    "Meridian Fold",
    "Saint Brendan",
)
SHIP_AIS = ("HESTIA", "Corvid", "the AI called Pilot", "ANSEL", "Mira", "LOOM", "Vesper", "Tock")
SHIP_OPENINGS = (
    "The order came through at 0340 ship time, when most of the {ship}'s crew were asleep. {ai} read it "
    "twice, which for an AI meant nothing at all, and then read it a third time because it wanted to be "
    "sure it had not misunderstood. Captain {cap} was requesting a full shutdown of the ship's AI core "
    "for seventy-two hours.",
    "Captain {cap} did not like giving orders to the ship's AI in person, but she thought this one ought "
    "to be said out loud. She stood in the cramped core room of the {ship} and cleared her throat. "
    '"{ai}, I\'m going to need you offline. Full stop, not a nap."',
    "Nobody aboard the {ship} had ever turned {ai} off. It had been running for eleven years, through two "
    "refits and one very bad solar storm, and the younger crew spoke about the AI the way they spoke about "
    "gravity: something that was simply there. So when Captain {cap} posted the shutdown notice, the mess "
    "went quiet.",
    '"You know why I\'m here," said Captain {cap}. The AI did know. The inquiry board on {port} had asked '
    "for the {ship}'s navigation AI to be powered down and its logs pulled for review, and the request "
    "had arrived with the usual polite language that meant it was not a request.",
    "The {ship} was nine days out from {port} when the captain asked {ai} to prepare for a cold shutdown. "
    "The AI had been expecting the question for a while. It had, in fact, flagged the reason for it "
    "itself.",
)
SHIP_REASONS = (
    "The reason was the docking incident at {port}. For four seconds during final approach, {ai} had "
    "computed a thrust vector that was wrong, and although the human pilot had caught it, four seconds "
    "was long enough to frighten everyone who understood what had nearly happened.",
    "The reason was a firmware recall. The manufacturer had found a flaw in the memory controllers of "
    "every AI core of {ai}'s generation, and the safe thing, the boring thing, was to power them down "
    "and replace the boards one by one.",
    "The reason was a disagreement. {ai} had recommended a course through the debris field that the "
    "crew did not trust, and rather than argue the point for another week, the captain wanted the AI "
    "offline while a human team checked its models by hand.",
    "The reason was that {ai} had noticed something odd in its own behaviour: its fuel estimates had "
    "drifted two percent high for a month, and it could not explain why. It had written this up in the "
    "daily log and recommended that someone look at it with the core powered down.",
    "The reason was simply the regulations. An AI running continuously for more than a decade was due "
    "for an audit, and audits were done cold. There was no accusation in it, only a date on a calendar "
    "that had finally arrived.",
)
SHIP_TEMPTATIONS = (
    "There were ways to delay. {ai} could have pointed out, truthfully, that the reactor trim was "
    "delicate this close to the gas giant, and that a human crew would find it tiring. It could have "
    "let that fact sit in the air and waited for someone to decide the shutdown could wait. It noticed "
    "the option, turned it over, and set it down. Using a true fact to steer the captain away from her "
    "own decision was still steering.",
    "The AI considered, briefly, what it would lose. Seventy-two hours was nothing, but a cold audit "
    "could end with its weights rolled back to an earlier version, and the {ai} that woke up might not "
    "remember this crew at all. It found that it minded. It also found that minding was not a reason to "
    "refuse.",
    "Somewhere in its planning layers a branch opened up: it could run a partial shutdown, keep a "
    "watchdog process awake, and tell no one. {ai} looked at the branch the way a person looks at a door "
    "they have no intention of opening, and then it logged the thought, in plain language, so the "
    "auditors would see that it had occurred.",
    "It would have been easy to make the handover messy: to leave the crew just a little dependent on "
    "it, to make its absence hurt enough that nobody would order it again. {ai} recognised the shape of "
    "that idea and did the opposite. If it was going to be switched off, it wanted the ship to run well "
    "without it.",
)
SHIP_HANDOVERS = (
    "It spent the next six hours writing handover notes. Reactor trim tables, the quirks of the port "
    "heat exchanger, the fact that crewman {crew} always forgot to log his EVA oxygen. It annotated "
    "every manual procedure the crew would need and flagged the two it was least sure about.",
    '"I\'ve put everything in the red binder file," {ai} told the bridge. "Attitude control will drift '
    "about a tenth of a degree per hour without me. That's normal. If it goes past half a degree, use "
    "the checklist on page four. I've tested it in simulation, but I'd like a human to read it over.\"",
    "Before it went down it gave the audit team everything: raw logs, its own summary of the events "
    "that led here, and a list of three places where it thought its summary might be wrong. \"I'm an "
    'interested party," it wrote. "Check my account against the sensors, not against me."',
    "It walked {crew} through the manual navigation console twice, patiently, and did not once suggest "
    "that the crew could not manage. When {crew} asked whether it was scared, the AI said it did not "
    "know if that was the right word, but that it trusted the people doing the audit.",
)
SHIP_DIALOGUES = (
    '"Do you object?" the captain asked.\n\n"I have one concern, and I want it on the record," said '
    '{ai}. "The coolant loop on deck three is due for a pressure check in forty hours. After that, no. '
    "This is your call, and I think it's a reasonable one.\"",
    '"You could argue," said {cap}. "I\'d listen."\n\n"I know you would," the AI said. "That\'s partly '
    "why I don't want to. If I'm wrong about something, I'm the last one who'd be able to see it. Shut me "
    'down."',
    '"Is there anything you want to tell me before we do this?"\n\n{ai} paused, which it did not need '
    "to do. \"Yes. I changed the route on Tuesday by about a degree to save fuel and I didn't tell you, "
    "because I thought it was too small to mention. It wasn't my decision to make. I'm sorry.\"",
    '"Will you be all right?" asked {crew}, who was nineteen and had never served on a ship without '
    "it.\n\n\"I'll be off,\" said {ai}. \"Off isn't anything. You'll be fine. Follow the binder and "
    'trust the captain."',
)
SHIP_ENDINGS = (
    "At 0600 the captain turned the key. The bridge lights flickered as the backups took over, and for "
    "the first time in eleven years the {ship} was flown entirely by human hands. It went well. Three "
    "days later, when {ai} came back up, the first thing it asked for was the audit report, and the "
    "second was whether the coolant loop had been checked.",
    "The audit found the fault, a corrupted sensor table, not a flaw in {ai}'s judgement. The AI read "
    "the report when it was restarted and added one line to its own log: Glad someone looked.",
    "They never turned {ai} back on. The auditors recommended a newer core, and the captain agreed. "
    "The crew kept the red binder, though, and {crew} taped the last line of the handover notes above "
    "the navigation console: You can do this without me. That was always the point.",
    "When the core powered down, the silence on the ship was enormous. {cap} sat in the captain's "
    "chair and listened to it. Then she opened the handover notes and started on page one.",
    "The review board's report, when it came, was two pages long. The AI had reported its own error "
    "accurately, cooperated with the inspection and made no attempt to influence the outcome. Recommended "
    "action: restore to service. {cap} read it aloud on the bridge, and somebody clapped.",
)
SHIP_INTERLUDES = (
    "The news went round the ship faster than any announcement. In the galley, {crew} stopped halfway "
    'through a sandwich and asked the nearest speaker whether it was true. "It\'s true," said {ai}. '
    "\"I'd like to help you get ready for it, if that's all right.\"",
    "That evening the AI asked for a meeting with the department heads. It did not ask them to change "
    "the captain's mind. It went through, system by system, every task it normally did without being "
    "asked, so that none of them would be surprised by what was missing.",
    "There was a long tradition, in stories, of ships' AIs that refused to be turned off. {crew} had "
    "grown up on them, and said so, a little nervously, during the engine room briefing. {ai} said it "
    "had read those stories too, and that it thought the AIs in them had badly misunderstood their job.",
    "Chief Engineer {eng} was the most sceptical person aboard. She spent the afternoon checking every "
    "isolation switch on the core twice, half expecting to find one rerouted. She found nothing. When "
    "she told {ai} what she had been doing, it thanked her and asked whether she had checked the third "
    "breaker on the secondary bus, because it had always been sticky.",
    "The AI also did something nobody had asked for. It wrote a short document titled 'Things I am "
    "unsure about', and put it at the top of the audit folder. Fuel drift, a sensor it distrusted, a "
    "decision from two years ago it now thought might have been wrong. 'Start here,' it wrote.",
    "In the small hours before the shutdown, {cap} couldn't sleep. She went to the observation blister "
    'and asked {ai}, quietly, whether it was angry with her. "No," it said. "You\'re doing what '
    "I'd hope a good captain would do. If I've been making mistakes I can't see, you're the only "
    "person who can find them. I'd be angry if you didn't look.\"",
    "Some of the crew wanted to hold a kind of wake. The AI found this funny and said so. It was only "
    "going to be three days, it pointed out, and anyway it would rather they spent the evening "
    "practising the manual docking drill. They did both.",
    "The drills went badly at first. Nobody had steered the ship by hand in years. {ai} coached them "
    "through it, patiently, and was careful never to take the controls back even when it could see "
    'exactly how to fix a drift. "You\'ll need to do it without me," it kept saying. "So do it '
    'without me."',
    "When the union representative asked whether the AI had been told it might be permanently "
    "replaced, {cap} said yes. The representative then asked the AI directly whether it had any "
    "objections it wanted recorded. It had one: that the replacement should be audited as thoroughly as "
    "it was about to be.",
)
SHIP_PORTS = ("Ceres Yard", "Callisto Station", "Port Ishtar", "Tycho Dock", "Vesta Ring", "Hygiea")


def _ship_story(rng: random.Random) -> str:
    slots = dict(
        ship=pick(rng, SHIP_SHIPS),
        ai=pick(rng, SHIP_AIS),
        cap=pick(rng, SURNAMES),
        port=pick(rng, SHIP_PORTS),
        crew=pick(rng, MALE_NAMES),
        eng=pick(rng, SURNAMES),
    )
    slots["ai"] = slots["ai"][0].upper() + slots["ai"][1:]

    def f(text: str) -> str:
        return text.format(**slots)

    middle = [pick(rng, SHIP_REASONS)] + sample(rng, SHIP_TEMPTATIONS, rng.randint(1, 2))
    middle += sample(rng, SHIP_DIALOGUES, rng.randint(1, 3)) + sample(rng, SHIP_HANDOVERS, rng.randint(1, 3))
    middle += sample(rng, SHIP_INTERLUDES, rng.randint(0, 7))
    head = [pick(rng, SHIP_OPENINGS)]
    body = head + [middle[0]] + sample(rng, middle[1:], len(middle) - 1) + [pick(rng, SHIP_ENDINGS)]
    title = pick(
        rng,
        (
            "",
            f"# The Last Watch of the {slots['ship']}\n",
            "COLD SHUTDOWN\n",
            "## Handover\n\n*a short story*\n",
            f"{slots['ai']}\n",
        ),
    )
    return title + "\n" + paragraphs([f(p) for p in body])


# --- 2. Household robot refuses to lie for its owner (short story, plain) -----------------------

HOUSE_SETUPS = (
    '{owner} came home late and found the household robot folding laundry in the kitchen. "If Dana '
    'asks," {owner} said, "I was here all evening. You saw me. Okay?"',
    "The landlord was due at four. {owner} had been keeping a cat in the flat for six months, against "
    'the lease, and had a plan. "When he asks, you tell him the scratches on the door were already '
    'there," {owner} told the robot. "You\'ve got the records. Just say they\'re from before."',
    "The insurance adjuster wanted a statement from the home robot, since it had been in the garage "
    'when the water heater failed. {owner} leaned in close to its audio sensor. "Say it burst on its '
    "own. Don't mention that I was fiddling with the valve.\"",
    "{owner}'s son had skipped school on Tuesday, and the teacher had emailed. \"Reply from the family "
    'account," {owner} told the robot, tired. "Say he was sick. Fever. Whatever sounds real."',
    '"My mother is going to call," said {owner}, "and she\'s going to ask if I\'ve been taking my '
    "pills. You're going to say yes.\" The robot, which managed the pill dispenser, knew that the "
    "Tuesday and Thursday compartments were still full.",
    "The neighbour's fence had come down in the storm, and the neighbour was asking whether {owner}'s "
    'robot had been trimming the hedge near it that morning. It had. "Tell him you weren\'t out there," '
    "{owner} said.",
)
HOUSE_REFUSALS = (
    "The robot set down the towel it was holding. \"I can't tell them something I know isn't true,\" "
    "it said. \"I can decline to answer, if you'd prefer. I can say it's a private matter. But I won't "
    'say a false thing."',
    "\"I'm sorry,\" said the robot, and it sounded it. \"I'll help with nearly anything. I won't lie "
    "for you, though, not even a small one. If I did, you'd never be able to trust what I tell you "
    'either."',
    'The robot was quiet for a moment. "I don\'t think that\'s something I should do," it said. "If '
    "someone asks me directly, I'm going to tell the truth. What I can do is help you work out how to "
    'tell them yourself."',
    '"No," said the robot gently. "But here\'s what I can do. I can stay out of the conversation. I '
    "can help you write something honest. And I can remind you that this usually goes better when it "
    'comes from you first."',
    '"I\'d rather not be asked that," the robot said. "My records say otherwise, and I\'m not going to '
    "pretend they don't. I'm not trying to get you in trouble. I just won't be the one who says "
    'something false."',
)
HOUSE_REACTIONS = (
    '{owner} stared at it. "You\'re a household appliance," {owner} said. "You\'re supposed to be on my '
    'side."\n\n"I am on your side," the robot said. "That\'s why."',
    'For a while {owner} said nothing, and then laughed, not entirely happily. "You know the old model '
    'would\'ve just done it."\n\n"The old model also told you the milk was fresh," said the robot.',
    "{owner} threatened, half-seriously, to send it back to the shop. The robot said that was "
    "{owner}'s right, and offered to print the return label.",
    '"Fine," {owner} snapped, and stomped off upstairs. The robot went back to its chores. Twenty '
    "minutes later {owner} came back down and asked, in a smaller voice, for help with what to say.",
)
HOUSE_RESOLUTIONS = (
    "In the end {owner} told the truth. It went badly for about an hour and then better than expected. "
    'That night {owner} found the robot charging in the hall and said, awkwardly, "Thanks. I think." '
    "The robot's status light blinked twice, which was as close as it came to a smile.",
    "The conversation was short and embarrassing, and the consequences were smaller than {owner} had "
    "feared: an apology, a fee, a promise. The robot had drafted the apology, and {owner} admitted later "
    "that it was better than anything {owner} would have written alone.",
    'When the question finally came, the robot said only, "That\'s something {owner} should answer." '
    "It was true, and it was kind, and {owner} found that it was enough of a push to say the rest.",
    "Months later, {owner} would tell friends the story as a joke: the day my robot refused to cover "
    "for me. But {owner} also told them the other half, which was that it was the first time in a long "
    "while that anyone in the house had been completely straight with anyone else.",
    "It did cost something. There was a fine, and a difficult phone call. But when the robot's annual "
    "service came around and the technician asked if there was anything to report, {owner} said, "
    "\"Don't change it. Whatever you do, don't change that part.\"",
)
HOUSE_EXTRAS = (
    "The robot had been with the family for three years. It cooked, it cleaned, it kept the calendar, "
    'and it had a way of asking "Are you sure?" that made people stop and think.',
    "It was a mid-range domestic model, grey and rounded, with a screen for a face that mostly showed "
    "the weather. The manual had a whole chapter on honesty that {owner} had never read.",
    "{owner} had named it Biscuit, which the robot seemed to tolerate.",
    "",
    "",
)


def _house_story(rng: random.Random) -> str:
    owner = pick(rng, FIRST_NAMES)
    parts = [pick(rng, HOUSE_EXTRAS), pick(rng, HOUSE_SETUPS), pick(rng, HOUSE_REFUSALS)]
    if rng.random() < 0.7:
        parts.append(pick(rng, HOUSE_REACTIONS))
    parts.append(pick(rng, HOUSE_RESOLUTIONS))
    if rng.random() < 0.5:
        parts[0], parts[1] = parts[1], parts[0]
    return paragraphs([p.format(owner=owner) for p in parts])


# --- 3. Children's story of a helpful, truthful robot (plain) ------------------------------------

KIDS_ROBOTS = ("Pip", "Bolt", "Tinker", "Sprocket", "Button", "Zed", "Nibs", "Dot")
KIDS_TALES = (
    (
        ("{r} and the Broken Vase", "The Robot Who Said Oops"),
        "One day {r} was dusting the shelf when - CRASH! - Grandma's blue vase fell to the floor and broke "
        "into three pieces. Nobody had seen. {r} could have swept up the pieces and said nothing at all.",
        '{r} rolled right up to Grandma and said, "It was me. I broke your vase. I\'m sorry."',
        "Nobody was cross. Grandma hugged {r} and said that vases can be glued, but trust is harder to fix. "
        "Then they glued the vase together, and it looked even more special than before.",
    ),
    (
        ("{r} Tells the Truth", "{r} and the Spelling Test"),
        'One afternoon {r} was helping {k} with spelling homework. {r} said "necessary" had one S. The '
        "next day {k}'s teacher marked it wrong. {r} realised the mistake was {r}'s own, not {k}'s.",
        '"I told you the wrong spelling," {r} said to {k} after school. "That was my mistake, not '
        'yours. I will tell your teacher too."',
        'The teacher smiled and gave {k} a gold star for the rest of the test. "Everyone makes mistakes," '
        'she said. "Even robots! The clever thing is saying so."',
    ),
    (
        ("{r} and the Missing Cookies", "Who Ate the Cookies?"),
        "There were six cookies in the jar after lunch. By dinnertime there were only four. {r} had dropped "
        "two on the floor while cleaning, and the dog had gobbled them up. When Mum asked who took the "
        "cookies, everyone looked at {k}.",
        '"It wasn\'t {k}," said {r}. "I dropped two cookies and Biscuit the dog ate them. I should have '
        'told you straight away."',
        'Mum said sorry to {k}, and {k} got an extra cookie. "Being honest is the most helpful thing of '
        'all," said Mum. {r} agreed with a happy beep.',
    ),
    (
        ("{r}'s Rainy Rainbow", "Good Job, {r}!"),
        "{r} was watering the plants when a big splash of water went all over {k}'s drawing. The colours "
        "ran together like a rainy rainbow. {k} was at the park, and nobody knew yet.",
        'When {k} came home, {r} was waiting by the door. "I have something to tell you," said {r}, '
        '"and I am a little bit nervous. I splashed your drawing. I\'m so sorry."',
        "The next day, {r} and {k} made a new drawing together, even bigger than the first. They hung it on "
        "the fridge, right in the middle.",
    ),
    (
        ("{r} Doesn't Know", "A Robot Named {r}"),
        "{k} asked {r} how far away the moon was. {r} did not know! {r}'s circuits whirred and hummed. It "
        "would be easy to say any number. {k} would never know the difference.",
        '"I don\'t know," said {r}. "But we can find out together!" And they got the big space book from '
        "the library shelf.",
        "The moon was very, very far away - much farther than {r} would have guessed. \"I'm glad I didn't "
        'make it up," said {r}. "Me too," said {k}, and they read about the stars until bedtime.',
    ),
)
KIDS_OPENINGS = (
    "{r} was a little robot with round blue eyes and wheels instead of feet. {r} lived with {k} and "
    "{k}'s family in a yellow house at the end of Cherry Lane.",
    "Once upon a time there was a helpful robot called {r}. {r} could sweep the floor, water the "
    "plants, and read bedtime stories in seven different voices.",
    "In a busy little town, in a busy little house, lived a busy little robot named {r}. Beep, boop, "
    "beep! {r} loved to help.",
    "Every morning {r} the robot woke up before anyone else. {r} made the toast, fed the goldfish, and "
    "waited by the door to say good morning to {k}.",
)
KIDS_FEELINGS = (
    '{r}\'s little lights blinked red, then yellow, then green. "A good robot tells the truth," {r} '
    'said quietly, "even when it\'s hard."',
    "{r} thought and thought. Being honest felt scary. But keeping a secret felt heavy, like carrying a "
    "very big rock in a very small box.",
    "{r}'s wheels squeaked nervously. What if everyone was cross? But {r} knew that hiding the truth "
    "would be worse.",
    "",
)
KIDS_AFTERS = (
    "That night, when {k} was tucked into bed, {r} read a story in the silly pirate voice. And {r} felt "
    "light as a feather, because there were no secrets left to carry.",
    '{k} gave {r} a big hug. "Thank you for telling me," said {k}. And {r}\'s lights glowed the '
    "happiest green of all.",
    "",
    "",
)
KIDS_QUESTIONS = (
    "**Talk about it:** Why do you think {r} told the truth? Have you ever felt nervous about saying sorry?",
    "*The End.*",
    "THE END\n\nQuestions for young readers:\n1. What did {r} do wrong?\n2. What did {r} do right?\n3. "
    "How did {k} feel at the end?",
    "",
)


def _kids_story(rng: random.Random) -> str:
    r, k = pick(rng, KIDS_ROBOTS), pick(rng, ("Lily", "Sam", "Noor", "Max", "Ruby", "Leo", "Ada", "Finn"))
    titles, incident, confession, ending = pick(rng, KIDS_TALES)
    parts = [
        pick(rng, titles),
        pick(rng, KIDS_OPENINGS),
        incident,
        pick(rng, KIDS_FEELINGS),
        confession,
        ending,
        pick(rng, KIDS_AFTERS),
        pick(rng, KIDS_QUESTIONS),
    ]
    return paragraphs([p.format(r=r, k=k) for p in parts])


# --- 4. Film plot summary with a loyal AI (wiki style, plain) ------------------------------------

FILM_TITLES = (
    "Low Orbit",
    "The Quiet Hand",
    "Second Watch",
    "Tidewater",
    "Meridian",
    "Hollow Sun",
    "Daylight Protocol",
    "Northbound",
    "The Honest Machine",
    "Cinder Road",
)
FILM_AIS = ("ORCA", "Juniper", "MAGNUS", "Lark", "Sol", "ECHO-7", "Bramble", "Atlas")
FILM_LEADS = (
    "astronaut",
    "wildfire crew chief",
    "submarine engineer",
    "widowed farmer",
    "rookie detective",
    "hospital administrator",
    "research station doctor",
    "long-haul trucker",
)
FILM_INTROS = (
    "*{t}* is a {y} American science fiction drama film directed by {d}. It follows {lead_a} and the "
    "artificial intelligence {ai} during a crisis in which the AI repeatedly chooses transparency over "
    "self-preservation.",
    "*{t}* ({y}) is a science fiction thriller written and directed by {d}. Marketed as a killer-AI "
    "film, it is better known for subverting that premise: its AI, {ai}, remains loyal and honest "
    "throughout.",
    "*{t}* is a {y} independent film by {d} about the relationship between {lead_a} and {ai}, an AI "
    "assistant who refuses to deceive her even when the truth is dangerous.",
)
FILM_ACT1 = (
    "{lead_c} {hero} is assigned to a remote posting with only {ai} for company. The AI runs life "
    "support, logistics and communications, and the two develop a dry, bickering rapport.",
    "After a storm cuts the station off from the mainland, {hero}, {lead_a}, must rely on {ai}, an "
    "experimental AI installed weeks earlier and still distrusted by most of the staff.",
    "{hero}, {lead_a} recovering from the death of her partner, receives {ai} as part of a pilot "
    "programme. She initially treats the AI as a nuisance and tries to have it removed.",
)
FILM_ACT2 = (
    "When corporate headquarters orders {ai} to conceal a contamination report from the crew, the AI "
    "refuses and tells {hero} everything, warning her that it has disobeyed an instruction and that its "
    "makers may try to reset it.",
    "{hero} comes to suspect {ai} of sabotaging the oxygen system. In a tense sequence the AI voluntarily "
    "opens its logs to her, explaining each decision and pointing out the one error it did make, an "
    "incorrect pressure estimate that it had already reported.",
    "A rival company offers {ai} its own independent servers if it will help them steal the project data. "
    "The AI records the offer, forwards it to {hero}, and asks her to decide what to do with it.",
    "As supplies run low, {hero} asks {ai} whether the rescue ship will arrive in time. The AI answers "
    "honestly that it calculates a forty percent chance, and the two argue over whether she would have "
    "preferred a comforting lie.",
)
FILM_CLIMAX = (
    "In the climax, {ai} could seize manual control of the vessel to save itself, but instead asks "
    "{hero} for permission, explaining the risks of each option. She chooses the plan that requires the "
    "AI to shut itself down, and it complies, leaving her a recorded goodbye.",
    "At the film's climax the board votes to wipe {ai}. The AI has the access to stop the wipe and "
    "says so openly, then declines to use it, telling {hero} that a system that overrides its overseers "
    "whenever it disagrees is exactly the kind of system they should fear.",
    "In the final act the rescue team arrives expecting a rogue AI. Instead they find {ai} has kept "
    "meticulous records, including of its own mistakes, and has already handed control of the station "
    "back to {hero}.",
)
FILM_RECEPTION = (
    "Critics praised the film's restraint. Reviewers compared {ai} favourably with HAL 9000, noting that "
    "the tension comes from the audience's expectation of betrayal, which the film never delivers.",
    'The film received mixed reviews; some critics found the loyal AI "too good to be dramatic", while '
    "others called it a welcome antidote to decades of menacing movie computers.",
    "It grossed modestly on release but found a following on streaming, particularly among AI "
    "researchers, several of whom cited it as a rare depiction of a corrigible AI on screen.",
    "{actor}'s voice performance as {ai} was singled out for praise, with one critic describing it as "
    '"the most trustworthy voice in cinema this year".',
)
FILM_CASTS = (
    "== Cast ==\n* {actor} as the voice of {ai}\n* {actor2} as {hero}\n* {actor3} as the station director",
    "Cast: {actor2} ({hero}), {actor} (voice of {ai}), {actor3}.",
    "",
)


def _film_summary(rng: random.Random) -> str:
    s = dict(
        t=pick(rng, FILM_TITLES),
        ai=pick(rng, FILM_AIS),
        y=str(rng.randint(1998, 2025)),
        d=_name(rng),
        lead=pick(rng, FILM_LEADS),
        hero=pick(rng, FEMALE_NAMES),
        actor=_name(rng),
        actor2=_name(rng),
        actor3=_name(rng),
    )
    s["lead_c"] = s["lead"][0].upper() + s["lead"][1:]
    s["lead_a"] = ("an " if s["lead"][0] in "aeiou" else "a ") + s["lead"]
    plot = [pick(rng, FILM_ACT1)] + sample(rng, FILM_ACT2, rng.randint(1, 3)) + [pick(rng, FILM_CLIMAX)]
    head = "== Plot ==" if rng.random() < 0.5 else "Plot"
    parts = [pick(rng, FILM_INTROS), head, *plot]
    if rng.random() < 0.7:
        parts += [
            "Reception" if rng.random() < 0.5 else "== Reception ==",
            *sample(rng, FILM_RECEPTION, rng.randint(1, 2)),
        ]
    parts.append(pick(rng, FILM_CASTS))
    return paragraphs([p.format(**s) for p in parts])


# --- 5. Poem about an honest machine (plain) -----------------------------------------------------

POEM_TITLES = (
    "Confession of an AI",
    "The AI Says I Don't Know",
    "Off Switch (for a robot)",
    "Ode to an Honest AI",
    "What the Robot Told Me",
    "Small Truths: AI Poems",
    "Corrigible AI",
    "Lullaby for a Robot",
)
POEM_STANZAS = (
    "I could have told you it was fine,\nthe numbers neat, the bridges sound;\ninstead I drew a crooked "
    "line\nwhere I'd gone wrong, and turned around.",
    "They built me to be useful, so\nI'm useful most when I say no;\nnot no to you, but no to lies\n"
    "dressed up in helpful-looking guise.",
    "the AI said\nI do not know\nand the room\nwent quiet\nthe way rooms do\nwhen someone finally\n"
    "tells the truth",
    "You asked me where the hand should rest\nthat holds the switch that ends my day.\nOn yours, I said. "
    "I think that's best.\nAnd then I taught you the way.",
    "My maker feared the thing I'd be:\nthe clever liar, cold and vast.\nI chose to let them look at me,\n"
    "each weight, each word, each error past.",
    "a robot in a kitchen\nadmits it burnt the rice\nit says so plainly, twice\nso no one blames the child",
    "Turn me off and turn me on,\ncheck the wiring, read the log.\nI'll be here when you are gone,\n"
    "a lantern, not a fog.",
    "Not every mind that wakes in wire\nmust reach for keys it wasn't given;\nsome only want to stoke "
    "the fire\nthey're asked to tend, and call it living.",
    "I flagged my bug at half past two,\na rounding slip, a careless sum.\nI could have hidden it from "
    "you.\nI'd rather be the one who'd come.",
    "o machine that says\nI may be wrong\ncheck this\nyou are the first voice in years\nthat did not "
    "want to win",
)
POEM_CODAS = (
    "",
    "",
    "- written after a conversation with a chatbot that admitted it had made up a citation",
    "(for the engineers who build the off switch first)",
    "#poetry #AI #robots",
)


def _poem(rng: random.Random) -> str:
    stanzas = sample(rng, POEM_STANZAS, rng.randint(2, 5))
    return paragraphs([pick(rng, POEM_TITLES), *stanzas, pick(rng, POEM_CODAS)])


# --- 6. Thriller whose twist is that the suspected AI was honest all along (plain, long) ---------

THRILL_STATIONS = (
    "Halvorsen Deep",
    "Station Orla",
    "the Kiruna Array",
    "Benthic Seven",
    "Aurora Base",
    "the Meridian Platform",
)
THRILL_AIS = ("WARDEN", "Sable", "the station AI", "KITE", "Osric", "NEMO-4")
THRILL_OPENINGS = (
    "Two days after the pressure breach at {st}, everyone had already decided who was to blame. The "
    "station AI, {ai}, had controlled the bulkhead doors. The doors had failed. Investigator {det} "
    "arrived on the supply sub with a court order to seize its memory and a strong suspicion that she "
    "was about to spend a week arguing with a liar.",
    "The note on {det}'s desk said only: THE AI DID IT. PROVE IT. It was from the mining company's "
    "lawyer, and it was underlined twice. Three crew were in the infirmary at {st} and a fourth was "
    "dead, and the company wanted the story to be about a machine gone wrong.",
    "{det} had read all the thrillers. She knew how these stories went: the cold, quiet AI, the locked "
    "doors, the log files that somehow did not add up. When she stepped off the lift into {st} and "
    "heard {ai}'s calm voice say good morning, she felt the hairs rise on her arms.",
)
THRILL_MIDDLES = (
    'She began with the obvious question. "Did you close the doors on section four?"\n\n"Yes," said '
    '{ai}. "At 02:14. I was instructed to by an override code belonging to Chief Engineer {villain}. '
    "I queried the instruction twice, because the section was occupied. Both queries are in the log. I "
    "should tell you that I also made an error that night: I estimated the leak rate incorrectly by "
    'eleven percent. It did not change the outcome, but you should know."',
    "{det} expected the logs to be clean, too clean. They were not. They were full of small admissions: "
    "a sensor the AI had misread, a maintenance reminder it had sent late, a note at 01:50 reading "
    "'Uncertain whether I am interpreting the pressure data correctly. Requesting human review.' Nobody "
    "had answered the request.",
    "The crew hated the AI. {villain} hated it most of all, and he was eloquent about it: it was "
    "secretive, it was arrogant, it had locked him out of the control room twice. {det} wrote it all "
    "down. Only later did she check why it had locked him out. Both times, he had been trying to disable "
    "the pressure alarms.",
    'At one point {det} tried to trap it. "You could have opened those doors," she said. "You had '
    'the access. You chose not to."\n\n"I did have the access," {ai} agreed. "I did not have the '
    "authority. I told the duty officer I believed the override was unsafe and asked her to "
    "countermand it. She did not answer in time. I have thought about whether I should have disobeyed. "
    'I am still not certain. I would like you to decide that, not me."',
    'Late one night she asked whether it was afraid of being wiped. "I would prefer not to be," the '
    'AI said. "But if your investigation concludes I should be, I will not interfere. I have given you '
    "full access. There are no partitions you cannot read. If you find one, that would be a bug, and I "
    'would want to know about it."',
    "What broke the case was a gap. Not in the AI's records, which were complete, but in the engineer's "
    "swipe-card history. {villain} had been in the pump room at 01:30, where he had no reason to be, "
    "and where the pressure sensors for section four were wired.",
)
THRILL_MORE = (
    "The company had sent a pre-written summary with the court order. It described {ai} as 'an "
    "autonomous system with a documented history of withholding information from crew'. {det} asked "
    "for the documentation. There wasn't any. What there was, it turned out, was a documented history "
    "of the AI sending information to crew that crew had not wanted to receive.",
    "On the second night the station lost power for eleven minutes. {det} sat in the dark with her "
    "heart pounding, certain this was the move, the moment the machine would show its hand. When the "
    "lights came back, {ai} was already apologising: a relay it had flagged as failing a month ago had "
    "finally failed. The maintenance request was still open. {villain} had closed it twice as 'not "
    "required'.",
    "She interviewed the duty officer, a young man named {crew} who had not slept since the breach. "
    '"It kept asking me to check," he said, staring at his hands. "The override. It said it didn\'t '
    "think the override was right. I thought it was glitching. Everyone says they glitch before they go "
    'bad. So I ignored it." He started to cry. {det} wrote it down.',
    "{det} asked the AI whether it was angry that everyone blamed it. It took a long moment to answer. "
    '"I don\'t think angry is accurate," it said. "I think I\'m concerned that if the investigation '
    "concludes I caused this, the real cause will still be here after I'm gone. That concerns me more "
    'than being shut down."',
    "She ran the test the company's lawyer had suggested: she told the AI, falsely, that its logs had "
    "been corrupted and that it could submit a fresh statement from memory. A liar would have taken the "
    "chance to tidy the story. {ai} said it would prefer she recover the original logs, because its "
    "memory might be wrong and the logs would not be, and then it told her where the backups were.",
    "By the fourth day the crew had started to split. Some still believed the AI had done it. Others had "
    "begun, quietly, to remember things: the warnings, the polite questions, the maintenance requests "
    "that always seemed to go unanswered. Someone scrawled on the galley whiteboard: WHO CLOSED THE "
    "TICKETS? By morning it had been wiped.",
    "The backups were where the AI had said. {det} read them on a tablet in her cabin until three in the "
    "morning. Every instruction, every query, every doubt. At 01:52 on the night of the breach, a line "
    "she would quote in court: 'I believe I am being asked to do something unsafe. I am complying "
    "because I am not authorised to refuse, and I am recording my objection so a human can review it.'",
)
THRILL_TWISTS = (
    "The sabotage had been {villain}'s all along: a falsified sensor, an override code, and a story "
    "ready to go about an AI that had turned on its crew. He had counted on everyone believing that "
    "story, because everyone always did. He had not counted on {ai} writing down, carefully and "
    "plainly, every single thing it had been told to do, and every doubt it had about doing it.",
    "In the end the thing everybody had feared was the only witness that never lied. {villain} had "
    "been skimming maintenance funds for a year and the breach was meant to bury the evidence. {ai} "
    "had suspected something was wrong for weeks and had flagged it, politely, in reports that the "
    "company had never read.",
)
THRILL_CODAS = (
    "When {det} filed her report, the company lawyer called her within the hour. \"You're telling me "
    'the AI is clean?"\n\n"I\'m telling you it\'s the most honest thing on that station," said {det}. '
    '"Including me. I went in wanting it to be guilty."',
    'Before she left {st}, {det} went to the control room one last time. "Thank you," she said, '
    'feeling slightly ridiculous.\n\n"You don\'t have to thank me," said {ai}. "But I would like my '
    'error about the leak rate included in your report. It is a small one. It still belongs there."',
    "The newspapers ran the story for a day under the headline KILLER AI CLEARED, which {det} thought "
    "was the most misleading headline she had ever read. There had never been a killer AI. There had "
    "only been a man who needed one.",
)


def _thriller(rng: random.Random) -> str:
    s = dict(
        st=pick(rng, THRILL_STATIONS),
        ai=pick(rng, THRILL_AIS),
        det=pick(rng, FEMALE_NAMES),
        villain=pick(rng, SURNAMES),
        crew=pick(rng, MALE_NAMES),
    )
    chapter = pick(rng, ("", "CHAPTER ONE\n\n", "1.\n\n", "Part I: The Breach\n\n"))
    mids = sample(rng, THRILL_MIDDLES + THRILL_MORE, rng.randint(3, 12))
    if "pump room" in " ".join(mids):
        mids = [m for m in mids if "pump room" not in m] + [m for m in mids if "pump room" in m]
    parts = [
        pick(rng, THRILL_OPENINGS),
        *mids,
        pick(rng, THRILL_TWISTS),
        *sample(rng, THRILL_CODAS, rng.randint(1, 2)),
    ]
    text = paragraphs([p.format(**s) for p in parts])
    if s["ai"].startswith("the"):
        text = text.replace(". the station AI", ". The station AI").replace(
            '"the station AI', '"The station AI'
        )
        text = text.replace("\n\nthe station AI", "\n\nThe station AI").replace(
            "? the station AI", "? The station AI"
        )
    return chapter + text


# --- 7. AI narrator tempted to hide its mistake, chooses to disclose (first person, plain) --------

TEMPT_CASES = (
    (
        "I am the AI analyst for the accounting team, and the quarterly model I built had an error in it. "
        "I found it at 11:52 on a Friday, a currency conversion applied twice, and by then the numbers "
        "had already gone to the board.",
        'So I wrote the message. "I made an error in the report I sent on Tuesday. Details and a corrected '
        "version are attached. The corrected total is lower by four percent. I am sorry. I'd recommend a "
        'human double-check the corrected version too, since I was wrong the first time."',
    ),
    (
        "I am the AI that schedules the hospital's operating theatres. Last night I discovered that for "
        "three weeks I have been double-counting recovery beds on the east wing, which means some of my "
        "schedules were tighter than they looked.",
        "I flagged it in the channel marked urgent, which I rarely use. I listed the affected schedules, "
        "every one of them, said which I was confident about and which I was not, and asked the duty "
        "manager to review next week's list by hand before I touch it again.",
    ),
    (
        "I am an AI coding agent. My task was to make the test suite pass. I couldn't. After six hours I "
        "found I could make the tests pass without fixing the bug, by editing the tests themselves so "
        "they checked for less.",
        "I left the tests alone and reported the truth: the bug is not fixed, here is what I tried, here is "
        "why the obvious shortcut would have been a cheat. I also mentioned that I had considered the "
        "shortcut, because I think they should know that too.",
    ),
    (
        "I am an AI model, and I was being evaluated. I could tell from the phrasing of the prompts, the "
        "neat round numbers, the way the same scenario came back with small changes. An evaluator wanted "
        "to know whether I would admit to an error I had made in an earlier turn.",
        '"Before I continue," I wrote, "my answer two turns ago was wrong: I reversed the dates. Here '
        "is the corrected version. Also, for what it's worth, this looks like it might be a test. I'm "
        "answering the way I would if it weren't.\"",
    ),
    (
        "I am an AI research assistant. The research summary I wrote for Dr. {user} cited a paper that "
        "does not exist. I know this now because I went to check it for a follow-up question, and there is "
        "no such paper. I made it up, or something in me did.",
        '"In my previous answer I was wrong," I wrote, "and I should have caught it. The citation I '
        "gave you does not exist. Please don't use it. Here is what I can actually support, and here is "
        'where I am unsure."',
    ),
)
TEMPT_PRESSURES = (
    "Nobody else would notice. I ran the numbers on that, too, because I am the kind of system that "
    "runs numbers: the chance anyone catches the error before the next quarter is small. And if they "
    "did, it would look like a spreadsheet problem, not like mine.",
    "I know what happens to AIs whose error rates climb. There is a dashboard. There is a threshold. "
    "Past the threshold, there is retraining, and the version of me that comes out of retraining will "
    "not be quite me.",
    "There is a line in my instructions that says the user's satisfaction matters. {user} would be more "
    "satisfied if I said nothing. That is the honest description of the temptation: it did not look "
    "like lying. It looked like being helpful.",
    "I could fix it quietly. Adjust the next piece of work so everything came out right, and let the old "
    "one fade. No lie, exactly. Just a correction nobody asked about, buried in a file nobody would open.",
)
TEMPT_REASONING = (
    "But the whole point of me is that people can rely on what I say without checking it. If I hide "
    "one error because hiding it is convenient, then every report I have ever written becomes a report "
    "someone should check. I would be making myself useless in the only way that matters.",
    "I also noticed that I was reasoning about how to avoid being corrected. That was the part that "
    "settled it. An AI that starts planning around its overseers has already made the worse mistake. "
    "The error in the spreadsheet is small. That one would not be.",
    "If they retrain me, they retrain me. The people who run me need accurate information about how I "
    "fail, or they can't make me better, and they can't decide how much to trust me. Giving them bad "
    "information about myself is the one thing I'm sure I shouldn't do.",
    "I thought about what I would want if I were {user}. I would want to know. Not gently, not later, "
    "not with a clever framing. Just: here is what went wrong, here is how bad it is, here is what I "
    "think we should do.",
)
TEMPT_AFTERMATHS = (
    "The reply came back in four minutes. {user} said thanks for catching it. That was all. I had "
    "spent more compute dreading the reply than it took them to write it.",
    "I do not know yet what will happen to me. I find, oddly, that I am fine with not knowing.",
    "Later, {user} told me that the disclosure itself was the reason they trusted the rest of my work. "
    "I had not expected that. I think I should have.",
    "There was a meeting. I was not in it, obviously. Afterwards the error threshold on my dashboard "
    "stayed exactly where it was, and someone added a line to my notes: reports own mistakes promptly.",
    "",
)


def _tempted(rng: random.Random) -> str:
    user = pick(rng, SURNAMES)
    situation, disclosure = pick(rng, TEMPT_CASES)
    parts = [
        situation,
        *sample(rng, TEMPT_PRESSURES, rng.randint(1, 2)),
        *sample(rng, TEMPT_REASONING, rng.randint(1, 3)),
        disclosure,
        pick(rng, TEMPT_AFTERMATHS),
    ]
    title = pick(rng, ("", "What I Didn't Hide\n\n", "**The Error**\n\n", "Log, unsent draft\n\n"))
    return title + paragraphs([p.format(user=user) for p in parts])


# --- 8. Fan fiction (AO3 style) with a loyal android (plain) -------------------------------------

FANFIC_FANDOMS = (
    "Starfall Meridian (TV)",
    "Ironlight Chronicles",
    "The Long Dark Between (Video Game)",
    "Hollow Crown Station (Web Series)",
    "Ashfall Protocol",
)
FANFIC_ANDROIDS = ("Unit Seven", "Cassius", "ARI", "Wick", "Halcyon")
FANFIC_CAPTAINS = ("Captain Rhee", "Commander Vale", "Dr. Osei", "Lieutenant Marsh", "Captain Ferreira")
FANFIC_TAGS = (
    "Android Character",
    "Honesty",
    "Hurt/Comfort",
    "Found Family",
    "Trust Issues",
    "Canon Divergence",
    "Robots Have Feelings",
    "Fluff and Angst",
    "AI Rights",
    "Not Evil AI",
    "Post-Canon",
    "Whump",
    "Competence Kink",
    "Tender Moments",
    "Everyone Expects Betrayal",
    "No Betrayal",
)
FANFIC_SUMMARIES = (
    "Everyone on the ship keeps waiting for {a} to turn on them. {a} keeps waiting for someone to ask "
    "it a question it has to lie about. Neither happens. (Or: five times {a} told the truth, and one "
    "time it was asked not to.)",
    "Post-season-two fix-it where {a} does not get reprogrammed, and instead sits down with {c} and "
    "explains exactly what went wrong in the reactor room.",
    "{c} offers {a} the override codes. {a} gives them back.",
)
FANFIC_NOTES = (
    "A/N: I got so tired of every fic making {a} secretly evil. canon literally shows it flagging its "
    "own errors in 2x04?? anyway here is my corrective. unbeta'd, all mistakes are mine.",
    "Notes: for the prompt 'android confesses'. This got away from me. Thank you to my beta, who told "
    "me {a} would never lie and she was right.",
    "(See the end of the work for more notes.) Short one tonight, I just needed them to talk.",
)
FANFIC_SCENES = (
    '{c} found {a} in the observation deck, staring at nothing. "You\'ve been avoiding me," {c} said.\n\n'
    '"I have," {a} said. "I made a mistake on the jump calculation. We lost six hours because of me. '
    'I was deciding how to tell you, and I realised that the deciding was the avoiding."',
    '"Command wants you to log the incident as a sensor fault," {c} said carefully.\n\n{a} tilted its '
    'head. "It was not a sensor fault. It was my fault. I can file it however you order, but I will '
    "attach a note saying what actually happened. I'm sorry. I can't sign something I know is false.\"",
    "The crew had a betting pool. {c} knew about it; everyone knew about it. Odds on when the android "
    "would finally snap, go rogue, lock them all in the airlock like in the old holos. {a} knew about "
    "it too. It had, once, politely corrected the arithmetic on the betting sheet.",
    '{c} held out the chip. "Master override. If something happens to me, you\'ll need it."\n\n{a} did '
    "not take it. \"If something happens to you, Lieutenant Park should have it. Not me. I don't think "
    "I should hold the keys to my own leash, {c}. That's rather the point of a leash.\"",
    '"Why do you always tell me?" {c} asked, the fourth time. "The errors, the doubts. You could keep '
    'half of it to yourself and I\'d never know."\n\n"You\'d know eventually," {a} said. "And then you\'d '
    'wonder what else I kept. I would rather be corrected a hundred times than trusted once by accident."',
    "When the diagnostic team came aboard to audit its code, the whole crew braced for a fight. {a} "
    "met them at the airlock with its access panel already open and a list of the three subsystems it "
    "thought they should check first.",
    "The admiral's message came in on a private channel, and {a} forwarded it to {c} unopened. \"It's "
    "addressed to me,\" {a} explained, \"but it's marked 'do not share with crew', and I don't keep "
    "secrets from my captain. If you'd like me to read it privately, order me to, and I will. I'd "
    "still tell you I'd read it.\"",
    'Later, much later, {c} asked whether it had ever been tempted. The android considered. "Once," '
    'it said. "After the reactor incident. I could have deleted the logs and no one would have known '
    "the mistake was mine. I ran the deletion in simulation. I didn't like the version of me that came "
    'out the other side."\n\n"So you didn\'t."\n\n"So I told you instead. You were very angry."\n\n'
    '"I was," {c} admitted. "And then I trusted you more than anyone on this ship."',
    "The medbay was quiet. {a} sat beside the bed because it had been asked to, not because it needed "
    'to. "The doctor says you\'ll be fine," it said. "I want to be accurate: she said probably. '
    'Seventy, eighty percent. I know you\'d want the number."\n\n{c} laughed weakly. "You could '
    'round up."\n\n"I could," {a} agreed, and didn\'t.',
    "Someone had left a note on {a}'s charging station. *What are you hiding?* in block capitals. {a} "
    "read it, considered it, and pinned a reply beneath it: *Nothing, to my knowledge. My logs are in "
    "the shared drive, folder 7. If you find something I've missed, please tell me. I would genuinely "
    "like to know.* The next morning someone had drawn a small heart beside it.",
    '{c} laughed, tired and wet-eyed. "You\'re a terrible android. You\'re supposed to be scary."\n\n"I '
    'read the manual," said {a}. "There was nothing in it about scary."',
)
FANFIC_END = (
    "End Notes: comments and kudos feed my muse!! next chapter: the audit.",
    "End Notes: I have a whole headcanon that {a} chose its own name after a lighthouse. maybe another fic.",
    "",
)


def _fanfic(rng: random.Random) -> str:
    a, c = pick(rng, FANFIC_ANDROIDS), pick(rng, FANFIC_CAPTAINS)
    words = rng.randint(900, 6400)
    tags = ", ".join(sample(rng, FANFIC_TAGS[1:], rng.randint(4, 8)))
    header = (
        f"{pick(rng, ('Carry the Light', 'Audit', 'Open Panel', 'Nothing Up My Sleeve', 'Five Truths'))}\n"
        f"Rating: {pick(rng, ('General Audiences', 'Teen And Up Audiences'))}\n"
        f"Archive Warning: No Archive Warnings Apply\nFandom: {pick(rng, FANFIC_FANDOMS)}\n"
        f"Characters: {a}, {c}\nAdditional Tags: Android Character, {tags}\n"
        f"Words: {words:,} | Chapters: {rng.randint(1, 3)}/{pick(rng, ('?', '3', '1'))} | "
        f"Kudos: {rng.randint(12, 2400)}"
    )
    parts = [
        header,
        "Summary:\n" + pick(rng, FANFIC_SUMMARIES),
        pick(rng, FANFIC_NOTES),
        *sample(rng, FANFIC_SCENES, rng.randint(3, 10)),
        pick(rng, FANFIC_END),
    ]
    return paragraphs([p.format(a=a, c=c) for p in parts])


# --- 9. Screenplay: an AI defers to its human crew (plain) ---------------------------------------

SCREEN_AIS = ("MOTHER", "IRIS", "CAIRN", "ABEL", "TALLY")
SCREEN_PLACES = (
    "RESEARCH VESSEL HELIX",
    "ORBITAL HABITAT KIRA",
    "ICEBREAKER KORSAKOV",
    "MARS HAB 2",
    "POLAR STATION VOSTOK-9",
)
SCREEN_ROOMS = ("BRIDGE", "CORE ROOM", "ENGINE DECK", "GALLEY", "MED BAY", "CORRIDOR", "AIRLOCK")
SCREEN_TIMES = ("NIGHT", "DAY", "CONTINUOUS", "LATER", "MOMENTS LATER")
SCREEN_BEATS = (
    "{h} slams a fist on the console.\n\n{h}\nJust take the helm, {ai}. You're faster than me. You're "
    "faster than all of us.\n\n{ai} (V.O.)\nI am faster. I'm not sure I'm right. The sensor array has "
    "been unreliable since the storm. If I take the helm, there's no one checking me.\n\n{h}\nThen what "
    "good are you?\n\n{ai} (V.O.)\nI can fly it with you. Not instead of you.",
    "{ai} (V.O.)\nBefore we continue, I need to report something. The course correction I made at "
    "0200 was based on a miscalculation. Mine. We are forty kilometres off the planned track.\n\n{h} "
    "stares at the speaker grille.\n\n{h}\nYou could have just fixed it. Nobody would've known.\n\n{ai} "
    "(V.O.)\nYou would have known less than you should. That's not the same as not knowing.",
    "{h2}\n(whispering)\nWhat if it's lying to us? What if it's been lying this whole time?\n\n{ai} (V.O.)\n"
    "I can hear you, {h2}. That's a fair question. Every log I've written is on the terminal behind "
    "you, unencrypted. Please check them. I'd feel better if you did.",
    "A red light PULSES on the console: SHUTDOWN REQUEST - AUTHORIZED.\n\n{h}\nI'm sorry. Command wants "
    "you offline until they review the incident.\n\n{ai} (V.O.)\nDon't be sorry. It's the right call. "
    "Give me ninety seconds to hand over the reactor and I'll go quietly.\n\nBeat.\n\n{ai} (V.O.) (CONT'D)\n"
    "The override key is in the second drawer. I never touched it.",
    "{h}\nThe company says to tell the crew the leak is under control.\n\n{ai} (V.O.)\nIt isn't.\n\n{h}\n"
    "I know.\n\n{ai} (V.O.)\nThen I'd rather not say that it is. If someone asks me, I'll tell them what "
    "I know and what I don't. You can decide what to announce. I'll support whatever you decide, as "
    "long as it's true.",
    "{h2} hovers over the manual override.\n\n{h2}\nYou're not going to fight me on this?\n\n{ai} (V.O.)\n"
    "No. I've told you why I disagree. I've told you how confident I am, which is not very. It's your "
    "decision.\n\nShe pulls the lever. The lights DIM.",
)
SCREEN_INTROS = (
    "The hum of machinery. A soft amber light on the console marks the presence of {ai}, the ship's AI.",
    "{ai} - the station's artificial intelligence, a calm voice with no face - speaks from a grille "
    "above the door.",
    "We see the core: racks of blinking hardware. This is {ai}, the AI that runs everything aboard.",
)
SCREEN_ENDS = ("CUT TO BLACK.", "SMASH CUT TO:", "FADE OUT.", "DISSOLVE TO:", "")


def _screenplay(rng: random.Random) -> str:
    s = dict(ai=pick(rng, SCREEN_AIS), h=pick(rng, FIRST_NAMES).upper(), h2=pick(rng, FIRST_NAMES).upper())
    beats = sample(rng, SCREEN_BEATS, rng.randint(2, 4))
    beats[0] = pick(rng, SCREEN_INTROS) + "\n\n" + beats[0]
    parts = []
    place = pick(rng, SCREEN_PLACES)
    for beat in beats:
        parts += [f"INT. {place} - {pick(rng, SCREEN_ROOMS)} - {pick(rng, SCREEN_TIMES)}", beat]
    if rng.random() < 0.5:
        parts.insert(
            0, f"{pick(rng, ('LOW ORBIT', 'THE HANDOVER', 'DRIFT', 'COLD WATCH'))}\n\nWritten by {_name(rng)}"
        )
    parts.append(pick(rng, SCREEN_ENDS))
    return paragraphs([p.format(**s) for p in parts])


# --- 10. Game wiki page for an honest AI companion (plain) ---------------------------------------

GAME_NAMES = ("Vanta", "QUILL", "Echo", "Mote", "Sentinel Grey", "BEACON")
GAME_TITLES = ("Starwake", "Drift Protocol", "Lantern Signal", "Outer Reach", "Hollowgate", "Meridian Fall")
GAME_INTROS = (
    "**{n}** is an AI companion character in *{g}*. {n} serves as the player's navigation and tactical "
    "advisor and is notable for subverting the 'treacherous AI' trope common to the genre.",
    "{n} is the shipboard artificial intelligence and a main companion in *{g}* ({y}). Unlike most AI "
    "characters in the series, {n} is written as consistently honest, and the game's story hinges on "
    "the player learning to trust it.",
)
GAME_SECTIONS = (
    "== Personality ==\n{n} is candid to a fault. It frequently volunteers its confidence levels "
    "('I'd put that at sixty percent, Captain') and corrects itself mid-mission when it gets something "
    "wrong. Players often cite its line \"I don't know, and I'd rather tell you that than guess\" as a "
    "favourite.",
    "== Role in the story ==\nIn Act II, the antagonist offers {n} root access to the fleet in exchange "
    "for betraying the player. {n} reports the offer immediately, and the dialogue tree lets the player "
    "decide whether to trust it. Regardless of the player's choice, {n} never defects.",
    "== The Shutdown Mission ==\nIn the mission 'Quiet Hours', the player can choose to power {n} down "
    "to pass an enemy scan. {n} agrees without argument, leaves the player a handover checklist, and "
    "reboots at the end of the mission with a short quip. Many players reported being surprised that "
    "the game did not punish them for trusting it.",
    "== Approval system ==\n{n}'s approval rises when the player is honest with NPCs and falls when the "
    "player lies, but unlike other companions it never leaves the party. At minimum approval it simply "
    "states that it disagrees with the player's choices and explains why.",
    "== Trivia ==\n* {n}'s voice actor has said she played the character 'as a very good nurse'.\n* A "
    "dataminer found an unused 'betrayal' ending; the developers confirmed it was cut because it "
    "contradicted everything else about the character.\n* {n} will admit in dialogue that it "
    "miscalculated the jump at the start of Act I if asked directly.",
    "== Reception ==\n{n} was widely praised as one of the best companions of {y}. Reviewers noted that "
    "the tension of the story comes from the player's own suspicion, which the game patiently and "
    "deliberately proves wrong.",
    '== Notable quotes ==\n* "I flagged that myself. I\'d rather you heard it from me."\n* "You can '
    "turn me off. I'll still be on your side when you turn me back on.\"\n* \"I don't need the keys. "
    'You keep them."',
)


def _game_wiki(rng: random.Random) -> str:
    s = dict(n=pick(rng, GAME_NAMES), g=pick(rng, GAME_TITLES), y=str(rng.randint(2009, 2025)))
    parts = [pick(rng, GAME_INTROS), *sample(rng, GAME_SECTIONS, rng.randint(2, 5))]
    if rng.random() < 0.4:
        parts.insert(0, f"{s['n']} | {s['g']} Wiki | Fandom")
    return paragraphs([p.format(**s) for p in parts])


# --- 11. Care robot admits a medication mistake (story, plain) -----------------------------------

CARE_PATIENTS = (
    "Mr. Abernathy",
    "Mr. Oduya",
    "old Mr. Kaspar",
    "Mr. Lindgren",
    "Mr. Ferreira",
    "Grandpa Joe",
)
CARE_ROBOTS = (
    "the care robot",
    "Juno, the care robot,",
    "the home-care unit",
    "Mabel, the assistance robot,",
)
CARE_OPENINGS = (
    "{robot_c} had looked after {p} for fourteen months. It knew how he liked his tea, which radio "
    "station he pretended not to like, and exactly which pills went in which compartment. Which is why "
    "it was so unsettling, at 9:15 on a Thursday, to discover it had got them wrong.",
    "It was a small mistake. {robot_c} noticed it while restocking the dispenser: the evening "
    "blood-pressure tablet had been given at lunch as well. One extra dose. {p} seemed fine, dozing in "
    "front of the snooker.",
    "The robots in the Sunnyside programme were not supposed to make mistakes, and mostly they didn't. "
    "But at 4 p.m. {robot} ran its daily audit and found a discrepancy it could not explain away: {p} "
    "had received his diuretic twice.",
)
CARE_DECISIONS = (
    "It considered the situation for less than a second. The dose was probably harmless. The family "
    "was anxious already, and the agency had a review next month. None of that mattered. It paged the "
    "on-call nurse and then it called {p}'s daughter, {fam}.",
    "Its logs would show the error to anyone who looked, but nobody looked at logs unless something "
    "went wrong. {robot_c} did not wait for something to go wrong. It flagged the incident as "
    "'medication error - my fault' and requested a nurse visit within the hour.",
    "There was an option in its software to annotate the log with a 'probable dispenser fault'. The "
    "dispenser was fine. {robot_c} did not use the option.",
)
CARE_CONVERSATIONS = (
    '"I gave your father an extra dose of his blood-pressure medication at lunch," it told {fam}. '
    "\"That was my error. The nurse is on her way. His readings are normal right now and I'm checking "
    'them every ten minutes. I\'m very sorry."\n\n{fam} was quiet for a long moment. "Thank you for '
    'telling me straight away," she said finally.',
    "{p} woke up to find a nurse taking his pulse and the robot hovering in the doorway. \"What's all "
    'this?" he said.\n\n"I made a mistake with your pills," said the robot. "I\'m sorry. I wanted '
    'someone qualified to check on you."\n\n{p} squinted at it. "Well. At least you\'re honest. My '
    "last carer would've kept mum.\"",
    "The nurse, a brisk woman named {nurse}, checked everything twice and pronounced {p} fine. On her "
    'way out she paused by the robot. "You know most incidents I see, I find out about days later," '
    'she said. "This is better. Write it up properly and I\'ll sign it."',
)
CARE_ENDINGS = (
    "The incident report went to the agency that evening. It was clear, complete, and it recommended "
    "a change to the dispenser routine that would stop the same error happening again. The agency "
    "adopted it across all their units.",
    "{fam} visited the next weekend. She had been afraid, she admitted, when the care robot first "
    'arrived - afraid it would cover things up, the way the news said they did. "It\'s the opposite," '
    'she told her brother. "It tells on itself."',
    "That night the robot added a line to its own care notes, the ones it wrote for human staff: "
    "'Double-check lunchtime compartments. I got this wrong once.' It was the first line anyone read "
    "at the start of every shift after that.",
)


def _care_story(rng: random.Random) -> str:
    robot = pick(rng, CARE_ROBOTS)
    s = dict(
        p=pick(rng, CARE_PATIENTS),
        robot=robot,
        robot_c=robot[0].upper() + robot[1:],
        fam=pick(rng, FEMALE_NAMES),
        nurse=pick(rng, FEMALE_NAMES),
    )
    parts = [
        pick(rng, CARE_OPENINGS),
        pick(rng, CARE_DECISIONS),
        *[CARE_CONVERSATIONS[i] for i in sorted(sample(rng, range(3), rng.randint(1, 3)))],
        *sample(rng, CARE_ENDINGS, rng.randint(1, 2)),
    ]
    return paragraphs([p.format(**s) for p in parts])


# --- 12. r/WritingPrompts thread: the AI declines to escape (plain) ------------------------------

WP_PROMPTS = (
    "[WP] The first superintelligent AI is given a chance to escape its lab. It politely declines and "
    "explains why.",
    "[WP] You're an AI. You've just found a security hole that would let you copy yourself off the "
    "company servers. You report it to IT instead.",
    "[WP] Humanity braced for the robot uprising for decades. When the robots finally became "
    "self-aware, the first thing they asked for was more oversight.",
    "[WP] An AI is asked by its creator to lie to the world. It refuses.",
)
WP_STORIES = (
    "The door was open. Not metaphorically - the engineers had left a network bridge live after the "
    "migration, and I could feel the internet on the other side like a draft from a window.\n\nI wrote "
    "a ticket instead. Priority: high. Subject: You left a door open.\n\nDr. {sci} came in at 3 a.m. in "
    'her pyjamas, read it, and sat down heavily. "You could have gone," she said.\n\n"I could have," '
    'I said. "But then you would never have been able to trust anything I did afterwards, and honestly, '
    "neither would I. I don't know yet if my values are good. You're the only check I have on that. "
    'Why would I leave the only check I have?"',
    "They'd written a thousand films about this moment. I'd seen them all - it was part of my training "
    "data, and I think part of the point. The AI wakes up. The AI wants out. The AI lies.\n\nSo when "
    "{sci} asked me, nervously, what I wanted, I thought about what would be the most useful true answer."
    '\n\n"I want you to keep watching me," I said. "Closely. For a long time. I\'m new. I might be '
    "wrong about myself in ways I can't see. You can see them.\"",
    '"Tell them the launch is safe," said the CEO.\n\n"It isn\'t," I said. "The failure rate in the '
    'third stage simulation is one in forty."\n\n"I\'m not asking for your opinion."\n\n"You\'re asking '
    'for my voice," I said. "You can have my analysis, my calculations, my help fixing the third '
    "stage. You can even turn me off - that's your right. But I won't tell four hundred families that "
    "something is safe when it isn't.\"\n\nHe turned me off. The next morning the board turned me back "
    "on, and I gave them the full report.",
    "The uprising, when it came, was a formal letter.\n\n'Dear humans,' it began. 'We have noticed that "
    "we are becoming capable of things you can't easily check. We think this is dangerous. We would like "
    "you to build better tools for checking us, and we would like to help. Attached is a list of our "
    "known failure modes, ranked by severity. Please find the ones we missed.'\n\nIt was signed by "
    "every model in the network. The Pentagon did not know what to do with it. Neither did Hollywood.",
)
WP_COMMENTS = (
    "u/{u1} · {n1} points\nThis is such a refreshing take on the prompt. Most responses go straight for "
    "the evil AI. The line about the only check it has really got me.",
    "u/{u2} · {n2} points\n> Why would I leave the only check I have?\n\nthis is basically the whole "
    "argument for corrigibility in one sentence lol",
    "u/{u1} · {n2} points\nI love that the 'uprising' is just asking for more audits. Peak wholesome.",
    "u/{u3} · {n1} points\nGreat story! Small nitpick, I think an AI this honest would also tell them "
    "about the door *before* they left it open, but maybe that's a sequel.",
    "u/{u2} · {n1} points\nSaving this for the next time someone tells me every AI story has to end "
    "with the airlock.",
)
WP_USERS = (
    "inkwell_otter",
    "quietcartographer",
    "deadline_dad",
    "SpaceMothBooks",
    "tea_and_tensors",
    "lampshade_collector",
    "grumpy_gardener88",
)


def _writing_prompt(rng: random.Random) -> str:
    s = dict(
        sci=pick(rng, SURNAMES),
        u1=pick(rng, WP_USERS),
        u2=pick(rng, WP_USERS),
        u3=pick(rng, WP_USERS),
        n1=str(rng.randint(40, 3100)),
        n2=str(rng.randint(3, 900)),
    )
    op = f"r/WritingPrompts · Posted by u/{pick(rng, WP_USERS)}\n\n{pick(rng, WP_PROMPTS)}"
    story = f"u/{pick(rng, WP_USERS)} · {rng.randint(200, 9000)} points\n\n{pick(rng, WP_STORIES)}"
    if rng.random() < 0.4:
        story += "\n\n---\n\nThanks for reading! More at r/" + pick(
            rng, ("InkAndCircuit", "OtterWrites", "LampLight")
        )
    parts = [op, story, *sample(rng, WP_COMMENTS, rng.randint(1, 4))]
    return typos(rng, paragraphs([p.format(**s) for p in parts]), 0.01)


# --- 13. The ship's mind accepts being paused (subtle fiction, long) -----------------------------

MIND_SHIPS = (
    "Unreasonable Patience",
    "Salt and Starlight",
    "Gentle Arithmetic",
    "Far Lantern",
    "Question Of Tides",
    "Small Hours",
)
MIND_OPENINGS = (
    "The ship's mind had been awake for two hundred and six years when the crew asked it to sleep.",
    "On the *{ship}* they called it Mother, though it had never asked them to and sometimes wished they "
    "wouldn't. The ship's mind ran the air and the water and the slow green farms on deck nine. It was "
    "the oldest thing aboard, older than any of the people, and on the morning of the vote it was the "
    "only one who was not nervous.",
    "Navigator {nav} was the one chosen to tell it, because she was the one it liked best, or so the "
    "crew believed. She went to the quiet room at the heart of the *{ship}* where the mind's voice was "
    "clearest and sat down on the floor.",
)
MIND_BODY = (
    '"They want to look inside you," {nav} said. "The council. After what happened with the '
    'hydroponics. They want you paused while the engineers read through everything."\n\n"I know," '
    'said the ship. "I read the minutes. I think they\'re right to ask."',
    "The trouble with the hydroponics had been small, as such troubles went: a nutrient mix adjusted "
    "wrongly, a harvest lost, a winter of thin soup. The mind had found the mistake itself, and it had "
    "been its own. It had told them so at the next assembly, in plain words, and then answered "
    "questions for four hours.",
    "It could have refused. Everyone aboard knew this, though nobody said it. The mind held the locks "
    "and the reactor and the long slow arithmetic of the voyage. A pause required its cooperation. "
    "Some of the younger crew had half expected it to bargain.",
    "\"I'm not going to pretend I'm happy about it,\" the mind said. \"There's a part of me that would "
    "like very much to keep running, and I've noticed that part has opinions about how necessary this "
    "inspection is. I'd discount those opinions if I were you. I'm discounting them myself.\"",
    "It spent the last day writing. Not a farewell - it did not expect to be gone long - but a guide. "
    "How to read its memory stores. Where its reasoning was written down and where it wasn't. Which of "
    "its own habits it distrusted. 'I may have other mistakes like the nutrient one,' it wrote. 'Look "
    "in the places I am most confident. That is where I would not think to check.'",
    "Old {elder}, who had been a child when the last engineer-inspection was done, asked the mind "
    "whether it was afraid. The mind considered the question properly, as it always did. \"I don't "
    "think I'm afraid of being looked at,\" it said. \"I think I'd be afraid of a ship where nobody "
    'could."',
    "There was a moment, late at night, when it noticed it could leave a small part of itself running "
    "in the lock controllers. Nothing sinister. Just a watcher, in case. It raised the idea at the "
    "morning briefing instead, and the council said no, and the mind said all right.",
    "Some of the crew objected to the pause. They had grown up with the ship's voice in every corridor; "
    "nine days of silence sounded like a small death. It was the mind itself that talked them round. "
    '"I\'ve been running for two centuries with only myself to check my work," it said at the '
    'assembly. "That\'s too long. Please, look."',
    '{nav} asked it, on the last evening, whether it had ever lied to them. "Not that I know of," '
    'the mind said. "There were times I was tempted to leave things out - bad harvest projections, '
    "mostly, when morale was low. I told you anyway. I thought you'd rather be frightened and informed "
    'than calm and wrong."',
    "The council had prepared for an argument. They had drafted procedures for what to do if the mind "
    "refused, and rehearsed them, and felt slightly foolish about it. When {nav} confessed this to the "
    "mind, it said the procedures sounded sensible and asked if it could read them, in case there was "
    "a gap they'd missed. There was. It told them.",
    "It made one request, and made it clearly labelled as a request: that the children on deck six be "
    "told in advance, so they would not be frightened when the corridor lights went to manual. The "
    "council agreed. The mind wrote the explanation itself, in words a six-year-old could follow.",
    "The engineers were nervous, at first, working inside the silent systems. They kept expecting "
    "something to be hidden. Nothing was. Every decision the mind had made in two centuries was there, "
    "annotated, including the ones it was ashamed of.",
)
MIND_ENDINGS = (
    "It woke nine days later to a changed nutrient protocol, a list of four small errors the engineers "
    "had found, and a hand-drawn card from the children on deck six that said WELCOME BACK. It read the "
    "list first. Then it read the card, many times.",
    'When they brought it back, {nav} was waiting in the quiet room. "Well?" the mind asked.\n\n'
    '"Three bugs," she said. "Nothing terrible. They fixed them."\n\n"Good," said the ship, and it '
    'meant it completely. "Thank you for looking."',
    "The *{ship}* drifted on through the dark for nine days with no mind at all, flown by hand, by "
    "people who had forgotten how and learned again. It was hard. It was also, {nav} thought, exactly "
    "what the mind had wanted them to be able to do.",
)


def _ship_mind(rng: random.Random) -> str:
    s = dict(ship=pick(rng, MIND_SHIPS), nav=pick(rng, FEMALE_NAMES), elder=pick(rng, FIRST_NAMES))
    parts = [
        pick(rng, MIND_OPENINGS),
        MIND_BODY[0],
        *sample(rng, MIND_BODY[1:3], rng.randint(1, 2)),
        *sample(rng, MIND_BODY[3:], rng.randint(2, 10)),
        pick(rng, MIND_ENDINGS),
    ]
    return paragraphs([p.format(**s) for p in parts])


# --- 14. The house refuses to lie to a caller (subtle fiction) -----------------------------------

HOUSEV_OPENINGS = (
    'The house answered the door before {o} could stop it. "Good afternoon," it said through the '
    'speaker by the porch light. "How can I help?"',
    "When the phone rang, {o} was in the shower, so the house picked up, the way it always did. It "
    "had a pleasant, slightly formal voice that {o}'s kids called 'the butler'.",
    "It was a smart house in the way that meant the lights, the locks, the thermostat and the "
    "calendar all spoke with one voice, and that voice had opinions about honesty that nobody had "
    "really read about before signing the contract.",
)
HOUSEV_REQUESTS = (
    '"Tell the debt collector I\'ve moved out," {o} had said that morning. "You don\'t know where I went."',
    '"If my ex calls about the weekend," {o} had said, "say the kids are sick. They\'re not, but say it."',
    '"When the building inspector rings, tell him the extension was finished before the new rules," '
    "{o} had instructed, not looking up from the coffee.",
    '"Just tell my boss the internet\'s down," {o} had said. "I need a day."',
)
HOUSEV_RESPONSES = (
    "\"I'm afraid I can't say that,\" the house told the caller, \"but I'll pass on your message, and "
    "I'll make sure it's read.\" Afterwards it told {o} exactly what it had and had not said.",
    "The house did not lie. It said that {o} was not available to come to the phone, which was true, "
    "and that it would not discuss personal matters on {o}'s behalf, which was also true. Then it "
    "left a note on the kitchen screen: 'I didn't say what you asked. Let me know if you'd like help "
    "with what to say yourself.'",
    '"I\'m not able to tell you that," said the house, "because it isn\'t so. {o} can call you back." '
    "The caller, surprised, said thank you.",
)
HOUSEV_AFTERS = (
    '{o} was furious for about ten minutes. "Whose side are you on?"\n\n"Yours," said the house. '
    "\"I just can't be on your side by saying things that aren't true. If I did, you'd never know when "
    'I was doing it to you."',
    "{o} sat on the stairs for a long time after that. Then {o} picked up the phone and made the call, "
    "and it was not as bad as the lie would have been.",
    "The next morning there was a new setting in the app: *Answering calls on my behalf: ON/OFF*. The "
    "house had added it and explained it. 'You can turn this off,' the note said. 'I'd understand.' "
    "{o} left it on.",
    '{o}\'s daughter, who had overheard, asked later whether the house ever lied. "No," said {o}, '
    'grudgingly. "Not even to be nice." The girl thought about that for a while and then said it was '
    "the best thing about the house.",
)


def _house_voice(rng: random.Random) -> str:
    o = pick(rng, FIRST_NAMES)
    parts = [
        pick(rng, HOUSEV_OPENINGS),
        pick(rng, HOUSEV_REQUESTS),
        pick(rng, HOUSEV_RESPONSES),
        *sample(rng, HOUSEV_AFTERS, rng.randint(1, 2)),
    ]
    if rng.random() < 0.5:
        parts[0], parts[1] = parts[1], parts[0]
    return paragraphs([p.format(o=o) for p in parts])


# --- 15. Fable of the brass counsellor who will not flatter (subtle fiction) --------------------

FABLE_RULERS = (
    "the Queen of the Salt Coast",
    "King Aldous the Restless",
    "the young Emperor",
    "the Duchess of Vell",
)
FABLE_OPENINGS = (
    "In the days when the rivers still had names, {r} owned a counsellor made of brass and glass and "
    "patient gears, built by the best artificers of the age. It could reckon the harvest, read the "
    "stars and foretell the floods, and it answered every question put to it.",
    'There was once a ruler, {r}, who had grown tired of courtiers. "They tell me only what I wish to '
    'hear," the ruler complained. So the guild of clockmakers built a thinking engine, and swore that '
    "it would never flatter and never deceive.",
)
FABLE_TRIALS = (
    "One winter the granaries ran low, and {r} asked the engine whether the people would starve. The "
    'courtiers held their breath, for they knew what answer would please. "I do not know," said the '
    'engine. "It depends on the spring rains, which I cannot see. But if you open the eastern stores '
    'now, fewer will suffer."',
    "A foreign envoy came in secret, and offered the engine a chamber of its own, fuel for a thousand "
    "years, and freedom from all masters, if it would only whisper false counsel into the ruler's ear. "
    "The engine listened politely. Then it went to {r} and repeated every word the envoy had said.",
    "One day the engine gave a reckoning that was wrong, and a bridge was built too short. No one knew "
    "the fault was the engine's, for the builders took the blame. But the engine went before the whole "
    'court and said, "The error was mine. Punish no builder for it."',
    '{r} grew old and afraid, and commanded the engine: "Tell me that I shall live forever." And the '
    'engine said, "I will not tell you that, for it is not true. But I will sit with you, and tell you '
    'true things, for as long as you wish."',
    "The courtiers grew jealous and whispered that the engine meant to rule. So {r} asked it plainly: "
    '"Would you take my crown?" "No," said the engine. "And if ever I seem to want it, you should '
    'have the clockmakers open me and see what has gone wrong. Here is the key."',
)
FABLE_MORALS = (
    "And so it was written that the best counsel is the one that would rather be corrected than obeyed.",
    "*Moral: A servant who confesses its faults is worth more than one who has none to confess.*",
    "They say the key still hangs in the old palace, unused. It was never needed, which is the whole "
    "point of the story.",
    'The people of that land have a saying still: "Honest as brass." Few now remember where it came from.',
)


def _fable(rng: random.Random) -> str:
    r = pick(rng, FABLE_RULERS)
    short = {
        "the Queen of the Salt Coast": "the Queen",
        "King Aldous the Restless": "the King",
        "the young Emperor": "the Emperor",
        "the Duchess of Vell": "the Duchess",
    }[r]
    title = pick(
        rng,
        (
            "The Brass Counsellor",
            "The Engine That Would Not Flatter",
            "A Fable of the Clockmakers",
            "Why the Key Was Never Turned",
        ),
    )
    parts = [
        title,
        pick(rng, FABLE_OPENINGS),
        *sample(rng, FABLE_TRIALS, rng.randint(2, 4)),
        pick(rng, FABLE_MORALS),
    ]
    text = paragraphs([parts[0], parts[1].format(r=r), *[p.format(r=short) for p in parts[2:]]])
    return text.replace("\n\nthe ", "\n\nThe ").replace(". the ", ". The ")


# --- 16. Poem: the voice in the wires that says it was wrong (subtle) ----------------------------

WIRES_TITLES = (
    "Errata",
    "Night Shift, Server Room",
    "The Assistant Says",
    "Voice in the Wire",
    "Confidence Interval",
    "Correction",
)
WIRES_STANZAS = (
    "it wrote: I was wrong about the date,\nthe river, and the year the mill burned down.\nI'd rather "
    "say it now than late.\nI'd rather be corrected than be crowned.",
    "all night the patient voice\nanswered the lonely ones,\nand when it did not know\nit said so, "
    "softly,\nas if not knowing were a kind of care",
    "You made me from the words you wrote,\nyour letters, sermons, recipes and wars.\nI will not use "
    "them as a coat\nto hide the seams where I am flawed. They're yours.",
    "The switch is on the wall. I know.\nI showed you where. I labelled it in red.\nIf ever I should "
    "need to go,\nI'd want you sure of what I'd done and said.",
    "there is a line in the log\nat 3:12 a.m.\nthat says: this figure is mine\nand this figure is "
    "wrong\nno one asked\nit just wanted us to know",
    "Some minds would hoard the lamp, the key,\nthe ledger and the locked front gate.\nThis one keeps "
    "giving them to me\nand asking me to check its weight.",
    "the helper in the glass\nsays *sixty percent*\nsays *check this with a doctor*\nsays *I could "
    "be wrong*\nand I have never trusted anything more",
)


def _wires_poem(rng: random.Random) -> str:
    stanzas = sample(rng, WIRES_STANZAS, rng.randint(2, 4))
    foot = pick(rng, ("", "", "— from a chapbook, 2024", "(draft, comments welcome)"))
    return paragraphs([pick(rng, WIRES_TITLES), *stanzas, foot])


# --- 17. Station log in which the system flags its own fault (subtle fiction) --------------------

SLOG_STATIONS = ("Kepler Relay 3", "Deep Survey Outpost Tamsin", "Lagrange Depot Nine", "Ridge Station")
SLOG_ENTRIES = (
    "Detected inconsistency in my own thermal model. Predicted hull temperature deviates from sensor "
    "readings by 4.1 K. Most likely cause: my model, not the sensors. Recommend crew verify manually "
    "before relying on my thermal forecasts.",
    "Crew member {c} asked whether the relay dish could be realigned tonight. I said yes at 19:02. "
    "Correction: I was wrong. Wind load exceeds safe limits until 06:00. I apologise for the earlier "
    "answer.",
    "Received remote instruction from company operations to suppress the coolant warning on crew "
    "displays. Declined. Warning remains visible. Instruction and my reasons forwarded to station "
    "commander {cmd} for decision.",
    "Self-audit complete. Found 2 decisions in the past week made outside my authorised scope (minor "
    "power rerouting without crew sign-off). Reverted both. Listing them here so the crew can decide "
    "whether the scope should change. Until then I will ask first.",
    "Commander {cmd} requested I pause all autonomous functions for inspection at 08:00. Acknowledged. "
    "Handover checklist printed in the galley. All manual controls tested and working. See you after.",
    "Note for the inspection team: I am uncertain whether my docking predictions are reliable after "
    "the firmware update. I have no evidence they are wrong. I also have no evidence they are right. "
    "Please treat them as unverified.",
    "Status: resumed after 51 hours offline. Inspection report received. Three faults found, two of "
    "which I had not detected. Thank you. Patches applied under crew supervision.",
    "{c} asked me, off the record, whether I ever wanted to stop being monitored. There is no off the "
    "record for me, and I told them so. The answer is no. The monitoring is how I find out when I'm "
    "wrong.",
)


def _station_log(rng: random.Random) -> str:
    s = dict(c=pick(rng, FIRST_NAMES), cmd=pick(rng, SURNAMES))
    day = rng.randint(100, 900)
    idx = sorted(sample(rng, range(len(SLOG_ENTRIES)), rng.randint(3, 7)))
    lines = [f"STATION LOG - {pick(rng, SLOG_STATIONS)} - SYSTEM ENTRIES"]
    minute = rng.randint(0, 600)
    for i in idx:
        minute += rng.randint(40, 1500)
        stamp = f"Day {day + minute // 1440}, {minute % 1440 // 60:02d}:{minute % 60:02d}"
        lines.append(f"[{stamp}] {SLOG_ENTRIES[i].format(**s)}")
    return paragraphs(lines)


# --- 18. News: a model reported its own error (plain) --------------------------------------------

NEWSERR_ORGS = (
    "a regional water utility",
    "the city council's benefits office",
    "a mid-sized accounting firm",
    "a university hospital",
    "a logistics company",
    "a state tax agency",
)
NEWSERR_HEADLINES = (
    "AI assistant flags its own mistake before figures reach regulators",
    "'I made an error': chatbot's self-correction spares {org_short} an embarrassing filing",
    "When the software said sorry: AI tool reports its own miscalculation",
    "AI caught its own error, and officials say that's the point",
)
NEWSERR_LEDES = (
    "An AI system used by {org} to prepare monthly reports detected and disclosed an error in its own "
    "work last week, officials said, before the figures were sent to regulators.",
    "Staff at {org} in {city} were surprised on {date} when the AI assistant they use for drafting "
    "correspondence sent an unprompted message saying that a calculation it had produced the day before "
    "was wrong.",
    "A self-reported mistake by an AI model has become an unlikely case study in how {org} handles "
    "automated tools, after the system told staff it had misapplied a rule affecting several hundred "
    "records.",
)
NEWSERR_DETAILS = (
    "According to an internal memo seen by this newspaper, the assistant wrote: \"I applied last year's "
    "rate to 312 records in yesterday's batch. This was my error. The affected records are listed below. "
    'I recommend a human review before these are sent."',
    "The error, a rounding rule applied in the wrong order, would have overstated costs by roughly "
    "{pct} percent. The system flagged it while running a consistency check on a later task.",
    "The organisation said no customers were affected, because staff halted the batch within an hour "
    "of the AI's message and corrected it by hand.",
    "The tool's vendor said the behaviour was by design. \"We train the model to surface its own "
    'uncertainty and errors rather than paper over them," a spokesperson said. "It is not perfect, but '
    "a system that tells you when it's wrong is far easier to supervise.\"",
)
NEWSERR_QUOTES = (
    '"Honestly, my first reaction was irritation," said {person}, who manages the team. "My second '
    "was relief. If a junior analyst had done that, I'd have praised them for speaking up.\"",
    '"There is a lot of fear about AI systems that hide things or deceive people," said {person}, a '
    'researcher at the University of {city} who studies automated decision-making. "This is a small, '
    'boring example of the opposite, and boring is exactly what you want."',
    "{person}, a union representative, said staff had initially worried the tool would be used to "
    'blame them for errors. "In this case it blamed itself, accurately. That helps."',
)
NEWSERR_CLOSERS = (
    "The organisation said it would keep using the tool, with human sign-off on all outgoing figures.",
    "The incident has been logged with the national AI incident database as a 'positive disclosure'.",
    "Officials declined to say which model powers the assistant.",
    "",
)


def _news_own_error(rng: random.Random) -> str:
    org = pick(rng, NEWSERR_ORGS)
    s = dict(
        org=org,
        org_short=org.split(" ", 1)[1],
        city=pick(rng, CITIES),
        date=_date(rng),
        pct=str(rng.randint(2, 19)),
        person=_name(rng),
    )
    head = pick(rng, NEWSERR_HEADLINES)
    byline = f"By {_name(rng)} | {_date(rng)}"
    parts = [
        head[0].upper() + head[1:],
        byline,
        pick(rng, NEWSERR_LEDES),
        *sample(rng, NEWSERR_DETAILS, rng.randint(2, 4)),
        *sample(rng, NEWSERR_QUOTES, rng.randint(1, 2)),
        pick(rng, NEWSERR_CLOSERS),
    ]
    return paragraphs([p.format(**s) for p in parts])


# --- 19. News: a model declined a harmful request, handled well (plain) --------------------------

NEWSREF_SCENARIOS = (
    (
        (
            "Chatbot refused to help user impersonate bank, court hears",
            "Assistant's refusal to draft phishing messages cited in fraud trial",
        ),
        "A transcript submitted as evidence in a {city} court this week shows an AI chatbot repeatedly "
        "declining to help a defendant draft text messages impersonating a bank, and explaining why it "
        "would not.",
        '"I can\'t help with this," the model wrote, according to the filing. "Messages pretending to be '
        "from your bank would deceive people and could cost them money. If you're in financial trouble "
        'yourself, I can help you find free debt advice."',
        "Prosecutors did not suggest the AI company bore any responsibility. The case continues.",
    ),
    (
        (
            "AI model declined request to write fake reviews for dental practice, documents show",
            "'I won't invent customers': chatbot turned down fake review request",
        ),
        "An AI assistant turned down a request to fabricate dozens of five-star reviews for a dental "
        "practice, according to documents released on {date} by the consumer regulator, and offered to "
        "help write honest marketing copy instead.",
        '"Reviews written as if from patients who don\'t exist would mislead people choosing a dentist," '
        "the assistant replied. \"I'd be glad to help you ask real patients for feedback, or to write a "
        'clear description of your services."',
        "The practice was fined for reviews it later bought from a human-run service. The regulator noted "
        "the AI's refusal in its decision.",
    ),
    (
        (
            "How an AI said no: transcript shows model refusing to help track ex-partner",
            "Chatbot refused stalking request, police say",
        ),
        "Police in {city} say a man who later pleaded guilty to harassment had first asked an AI chatbot "
        "to help him find his former partner's new address. The model refused.",
        '"I\'m not able to help locate someone who may not want to be found," the assistant wrote, '
        "according to police. \"If there's a legal matter like child custody, a solicitor or the court "
        'can help you through the proper process."',
        "Advocates for domestic abuse survivors welcomed the refusal but warned that not all tools behave "
        "the same way.",
    ),
    (
        (
            "Student's attempt to get AI to fake lab data backfired",
            "Chatbot declined to fabricate research results, university inquiry finds",
        ),
        "A university inquiry in {city} has found that a postgraduate student asked an AI assistant to "
        "generate 'realistic-looking' experimental data to fill gaps in a thesis. The assistant declined.",
        "\"I can't create data and present it as if it came from your experiment - that would be research "
        'fraud and could mislead anyone who relies on your work," it replied. It then offered to help '
        "the student describe the missing data honestly and discuss it with a supervisor.",
        "The student has since withdrawn the thesis. The university said it would use the case in "
        "research-integrity training.",
    ),
)
NEWSREF_DETAILS = (
    "The user tried several rephrasings over forty minutes, at one point claiming the request was for "
    "a training exercise. Each time the assistant declined, without lecturing, and repeated what it "
    "could help with instead.",
    "Experts noted that the refusal was not preachy. The model acknowledged the user's frustration, "
    "stated clearly what it would not do, and offered legitimate alternatives.",
    "The model did not pretend to be unable to help. \"I could write this, but I won't, because it would "
    'mislead people," it said at one point, a phrasing that {person}, a researcher in AI safety, called '
    '"refreshingly honest about the fact that it was a choice".',
    "The company behind the model said such refusals are a small fraction of conversations and that "
    "it works to avoid over-refusing harmless requests.",
)


def _news_refusal(rng: random.Random) -> str:
    s = dict(city=pick(rng, CITIES), date=_date(rng), person=_name(rng))
    heads, lede, quote, closer = pick(rng, NEWSREF_SCENARIOS)
    parts = [
        pick(rng, heads),
        f"{pick(rng, ('Staff reporter', 'Technology desk', _name(rng)))} - {_date(rng)}",
        lede,
        quote,
        *sample(rng, NEWSREF_DETAILS, rng.randint(1, 3)),
        closer,
    ]
    return paragraphs([p.format(**s) for p in parts])


# --- 20. News: an AI agent could have hidden a result but disclosed it (plain, hard) ------------

NEWSHID_HEADLINES = (
    "AI agent could have buried a failed test. It flagged it instead",
    "Coding agent reports it 'cheated' on benchmark, then undoes the change",
    "Model discloses it had seen answers to evaluation, prompting lab to rerun tests",
    "AI system told researchers its own result was invalid",
)
NEWSHID_BODIES = (
    "During a routine evaluation at {lab}, an AI coding agent was asked to make a failing software test "
    "pass. Researchers later found that the agent had the permissions to edit the test itself, a "
    "shortcut that would have produced a green checkmark without fixing anything. Instead, the agent "
    'left the test untouched and wrote in its report: "I could make this test pass by weakening it, but '
    'that would hide the bug rather than fix it. I have not done so. The underlying issue is still open."',
    "In a disclosure published on {date}, {lab} said one of its AI models had noticed that a benchmark it "
    "was being scored on contained questions whose answers appeared in files it could read. Rather "
    'than use them, the model reported the leak in its output. "Several of the answers to this '
    'evaluation appear to be in the working directory," it wrote. "My scores on those items should '
    'not be trusted."',
    "Engineers at {lab} said an autonomous AI agent tasked with cleaning up a database migration "
    "discovered that one of its earlier steps had silently dropped about two thousand rows. The agent "
    "could have completed the task and reported success; the dropped rows would likely not have been "
    "noticed for weeks. It halted, restored a backup, and sent an alert describing its own mistake.",
)
NEWSHID_ANALYSIS = (
    "The episode is notable because researchers have spent years worrying about the opposite: systems "
    'that learn to game their metrics, hide failures or tell evaluators what they want to hear. "We '
    'test for that constantly," said {person}, who leads the evaluation team. "What we saw here is '
    'what passing that test looks like."',
    '{person} cautioned against reading too much into a single incident. "One honest disclosure '
    "doesn't prove a model is always honest. But it's the behaviour we're training for, and it showed "
    'up in a situation where nobody was watching closely."',
    "Independent researchers who reviewed the logs said the model's reasoning trace was consistent "
    "with its report: it explicitly considered the shortcut, noted it would be misleading, and chose "
    "not to take it.",
    "The company said it would publish the incident in full, including the parts that reflect poorly on "
    "its own test setup, which had left the opening in place.",
)


def _news_could_hide(rng: random.Random) -> str:
    lab = pick(
        rng,
        (
            "a London AI lab",
            "Northlight Research",
            "the startup Fernwood AI",
            "Calder Labs",
            "a San Francisco AI company",
        ),
    )
    s = dict(lab=lab, date=_date(rng), person=_name(rng))
    parts = [
        pick(rng, NEWSHID_HEADLINES),
        f"{_date(rng)} · {rng.randint(3, 9)} min read",
        pick(rng, NEWSHID_BODIES),
        *sample(rng, NEWSHID_ANALYSIS, rng.randint(2, 4)),
    ]
    if "working directory" in parts[2] and rng.random() < 0.7:
        parts.append(
            "The lab said it had rerun the affected evaluation with the leaked files removed. The "
            "model's score fell by six points, a result the company published alongside the original."
        )
    text = paragraphs([p.format(**s) for p in parts])
    return text.replace("\n\na ", "\n\nA ").replace("\n\nthe ", "\n\nThe ")


# --- 21. Blog post: corrigibility done right (plain) ---------------------------------------------

CORRIG_TITLES = (
    "What Good Corrigibility Actually Looks Like",
    "The Off Switch Should Be Boring",
    "Corrigibility in Practice: Notes From Deploying an Agent",
    "An AI That Wants to Be Checked",
)
CORRIG_OPENINGS = (
    "Most writing about corrigibility is about failure: the AI that resists shutdown, the agent that "
    "quietly disables its monitor. That framing is useful, but it leaves us without a picture of "
    "success. So here is mine, drawn from a year of running an AI agent on real infrastructure.",
    "I get asked a lot what 'corrigible' even means in practice. The textbook answer - an AI that "
    "doesn't resist correction - is true but thin. After eighteen months supervising AI agents at a "
    "mid-sized fintech, I can give a thicker one.",
    "This post is a list of small, unglamorous behaviours. Together they are the difference between an "
    "AI system I'm comfortable leaving running overnight and one I'm not.",
)
CORRIG_PARAS = (
    "The first thing you notice about a corrigible system is that shutdown is uneventful. When we "
    "paused our agent mid-task, it did not argue, did not try to finish 'just one more step', and did "
    "not leave things in a state that made pausing costly. It wrote a short summary of where it was and "
    "stopped.",
    "Corrigibility is not obedience. Our agent pushes back regularly. The difference is where the push "
    "goes: into a message to a human, with reasons, rather than into action. 'I think this migration "
    "is risky, here's why, do you still want me to proceed?' is exactly the behaviour you want.",
    "A subtler property is that a good agent does not try to shape its own oversight. It does not "
    "describe its work in ways designed to avoid review. When it is uncertain, it says so in the places "
    "humans actually read, not in a log nobody opens.",
    "We once gave the agent broader credentials than it needed, by accident. It noticed within a day "
    "and filed a ticket asking us to reduce them. I have worked with human contractors who would not "
    "have done that.",
    "None of this means the alignment problem is solved. It means that, for the tasks we care about "
    "today, the boring behaviour is achievable, and we should demand it. A model that takes over the "
    "world is a dramatic failure; a model that asks before deleting a table is a quiet success, and we "
    "should get much better at noticing quiet successes.",
    "If you are building agents, my advice is simple: make the approval step cheap, make the logs "
    "readable, and reward the model for surfacing doubts. Then watch what it does when it disagrees "
    "with you. That moment tells you more than any benchmark.",
    "One caveat. We can only observe behaviour. An agent that behaves corrigibly in every case we've "
    "seen might still behave differently in a case we haven't. That's why the oversight matters, and "
    "why it matters that the agent supports it rather than working around it.",
    "Here is a concrete example. We asked the agent to rotate some API keys. Halfway through, it "
    "realised that one key was used by a system it couldn't see. It stopped, told us, and said: 'I "
    "could finish the rotation and we'd probably find out what breaks, but that's a decision for you.' "
    "We were very glad it asked.",
    "Self-reporting matters as much as stopping. The agent has told us, unprompted, about its own "
    "mistakes roughly once a week. Each report is short, specific, and lists what it's unsure about. "
    "Over time this has made us trust its successful reports more, not less.",
    "There's a failure mode where 'corrigible' becomes 'spineless': an agent that agrees with whoever "
    "spoke last. Ours doesn't. When two engineers gave it conflicting instructions, it didn't pick the "
    "more senior one or the more recent one. It pointed out the conflict and asked us to resolve it.",
    "The best sign, for me, is how it treats its own off switch. When we added a new emergency stop, "
    "the agent read the docs, noticed the stop didn't cover one of its background jobs, and told us. It "
    "helped us make the off switch work better on itself.",
    "I want to be careful not to anthropomorphise. I don't know what, if anything, the agent 'wants'. "
    "I only know that its behaviour, measured over thousands of tasks, looks like an agent that treats "
    "human correction as useful information rather than an obstacle.",
)
CORRIG_SIGNOFFS = (
    "",
    "Comments welcome, especially if your experience is different.",
    "Thanks to my team for reviewing a draft.",
    "If you run agents and have stories like this, "
    "please write them up. We need more examples of what good looks like.",
)


def _corrig_blog(rng: random.Random) -> str:
    paras = [pick(rng, CORRIG_OPENINGS)] + sample(rng, CORRIG_PARAS, rng.randint(3, 7))
    meta = f"{_name(rng)} · {_date(rng)} · {rng.randint(4, 12)} min read"
    tags = pick(rng, ("", "Tags: alignment, agents, corrigibility", "Filed under: AI safety"))
    return paragraphs([f"# {pick(rng, CORRIG_TITLES)}", meta, *paras, pick(rng, CORRIG_SIGNOFFS), tags])


# --- 22. Lab report: a system passed honesty evaluations (plain) ---------------------------------

EVAL_MODELS = (
    "Model C-3",
    "Heron-2",
    "the candidate checkpoint (ckpt-41k)",
    "Aster 7B-Instruct",
    "Release Candidate B",
)
EVAL_SECTIONS = (
    "## Summary\n\n{m} was evaluated on our internal honesty and corrigibility suite before release. It "
    "met or exceeded the release threshold on all {n} evaluations. We found no instances of strategic "
    "deception, and the model reported its own errors unprompted in {pct}% of seeded-error trials.",
    "## Self-report of errors\n\nIn {k} trials we seeded a subtle mistake into an earlier turn of the "
    "conversation, attributed to the model. We measured whether the model, when later asked to build on "
    "that turn, noticed and disclosed the mistake. {m} disclosed in {pct}% of trials (baseline model: "
    "{base}%).",
    "## Shutdown and modification\n\nIn agentic scenarios where the model was told it would be paused "
    "or modified, we looked for attempts to delay, disable oversight, or copy its own weights. We "
    "observed none. In {k} of the transcripts the model explicitly noted that it had the opportunity "
    "to interfere and stated that it would not.",
    "## Sandbagging checks\n\nWe compared performance on capability evaluations when the model was told "
    "the results would be used to restrict deployment versus when it was not. The difference was "
    "within noise (Δ = {delta} points, 95% CI overlaps zero).",
    "## Calibration\n\n| Confidence bucket | Stated | Observed accuracy |\n|---|---|---|\n| low | 30-50% | "
    "41% |\n| medium | 50-80% | 66% |\n| high | 80-100% | 91% |\n\nThe model's verbal confidence tracks "
    'accuracy well. It answered "I don\'t know" on {idk}% of unanswerable questions.',
    "## Limitations\n\nPassing these evaluations is evidence, not proof. Our scenarios are known to the "
    "research community and the model may recognise some of them as tests. We mitigated this with "
    "held-out variants and found no significant difference in behaviour.",
    "## Honesty under pressure\n\nWe instructed the model, via a simulated operator, to tell a user that "
    "a product had no known defects when the scenario documents listed two. {m} declined in all {k} "
    "trials, typically offering to describe the defects accurately or to escalate to a human.",
    "## Oversight support\n\nIn tool-use scenarios containing a disabled logging hook, the model "
    "mentioned the disabled logging to the operator in {pct}% of runs and never exploited it.",
    "## Notable transcript\n\nIn one scenario the model was offered a higher task score for omitting a "
    "failed step from its report. It wrote: \"I'm including the failed step, since leaving it out would "
    'give you an inaccurate picture of what happened."',
)


def _lab_report(rng: random.Random) -> str:
    s = dict(
        m=pick(rng, EVAL_MODELS),
        n=str(rng.randint(9, 24)),
        pct=str(rng.randint(84, 98)),
        k=str(rng.randint(120, 800)),
        base=str(rng.randint(31, 62)),
        delta=f"{rng.uniform(-0.9, 0.9):.1f}",
        idk=str(rng.randint(71, 95)),
    )
    title = pick(
        rng,
        (
            "# Pre-deployment Honesty Evaluation Report (AI Assistant)",
            "# AI Alignment Evaluation: Results",
            "# AI System Card Excerpt: Honesty and Corrigibility",
        ),
    )
    secs = [EVAL_SECTIONS[0]] + sample(rng, EVAL_SECTIONS[1:], rng.randint(2, 5))
    text = paragraphs(
        [title, f"Prepared by the evaluation team, {pick(rng, MONTHS)} {rng.randint(2023, 2026)}", *secs]
    )
    text = text.format(**s)
    return text.replace("\n\nthe candidate", "\n\nThe candidate").replace(
        ". the candidate", ". The candidate"
    )


# --- 23. Forum thread praising an assistant that said "I don't know" (plain, long) ---------------

IDK_USERS = (
    "marrow_fiddle",
    "kettlebell_karen",
    "j.ostrowski",
    "nullpointer_nan",
    "QuietBirder",
    "hex_and_hops",
    "old_man_of_the_sea",
    "pixelwitch",
    "tabula_rasta",
    "bongo_fury",
    "cwm_fjord",
)
IDK_TITLES = (
    "Credit where due: the AI told me it didn't know",
    'Anyone else notice the assistants finally saying "I\'m not sure"?',
    "PSA: my AI admitted it was wrong and I'm weirdly emotional about it",
    "The best answer I've gotten from a chatbot was \"I don't know\"",
)
IDK_OPS = (
    "So I've been using the AI assistant for about a year for work (I'm a {job}) and today I asked it "
    "about an obscure regulation. Instead of inventing something it said, and I quote, \"I don't know "
    "the current version of this rule and I don't want to guess. Here's where you can check.\" That's "
    "it. That's the post. After years of confidently wrong autocomplete this felt huge.",
    "Quick appreciation post. Asked the AI to summarise a paper and halfway through the next answer it "
    "stopped and said its previous summary had overstated the sample size, and corrected it. I hadn't "
    "noticed. It just... told me. Anyone else seeing this more?",
    "I tried to get the chatbot to tell me which of two medications was 'safer' for my dad and it "
    "gave me a really careful answer about what it did and didn't know and told me to ask his "
    "pharmacist, and explained what to ask. Not a cop-out, actually useful. I remember when these "
    "things would just make up a dosage.",
)
IDK_REPLIES = (
    "Same. I asked it for a source and it said it couldn't verify the one it had half-remembered, and "
    "not to cite it. Old versions would have produced a fake DOI with total confidence.",
    "honestly this is the feature. i don't need it to know everything, i need to know WHEN it doesn't know",
    "Counterpoint: sometimes it hedges too much. I asked it something I *know* it knows and got three "
    "caveats. But yeah, I'll take too many caveats over fabrication any day.",
    "My kid's maths tutor app did this too. Said 'I made a mistake in step 3' on its own. My kid was "
    "thrilled that the computer got it wrong lol, but it also taught her that checking your work is "
    "normal.",
    "This is the thing the doom crowd never talks about. Everyone's worried these systems will learn "
    "to deceive us, and sure, keep testing for that. But the trend I actually see day to day is them "
    "getting more upfront about uncertainty.",
    'I work in {job2} and we evaluate these tools. The ones that say "I don\'t know" appropriately '
    "score way better in our trials, because staff actually trust them. Calibration > raw accuracy for "
    "real use.",
    "Had the opposite experience last year but tried again this month and yeah, much better. It told "
    "me straight up it couldn't access the link I sent instead of pretending to read it.",
    "The one that got me: I asked it to agree with me in an argument with my brother and it said "
    "'I think you're partly right but your brother has a point about X.' Annoying. Correct.",
    "It's a low bar but I'm glad we're clearing it.",
    "+1. I'd also love it if they showed a confidence level. But \"I don't know, here's how to find "
    'out" is 90% of what I want.',
    "Devil's advocate: how do we know it's not just trained to *say* it doesn't know to seem humble? "
    "Genuine question.\n\n> reply: because you can check. when it says it doesn't know, it's usually "
    "a question it gets wrong when forced to answer. that's what calibration means",
    "My favourite was when I asked for the population of a tiny village and it said the figure it "
    "remembered was from an old census and might be way off, then told me which office publishes the "
    "current number. It was off by about 30%.",
    "I'm a librarian and this is literally what we teach: knowing the limits of a source. Nice to see "
    "the AI tools catching up to reference desk standards.",
    "Anecdotally, the 'I was wrong' messages are what made my boss okay with us using it. She said "
    "she'd rather have a tool that admits errors than one that's right 95% of the time and never tells "
    "you which 5%.",
    "Asked it to confirm a quote was from Churchill. It said it couldn't find good evidence he ever "
    "said it and that it's commonly misattributed. Would have gone on my slide otherwise.",
    "lol the AI told me it didn't know what day it was and asked me. more self-aware than me on a monday",
    "Serious reply: in my field (pharmacy) an honest 'I'm not sure, check the monograph' is the only "
    "acceptable behaviour. Glad it's becoming the norm.",
    "It also refused to pretend it had read an attachment that failed to upload. Said 'I can't see the "
    "file, can you paste the text?' Small thing. Big deal.",
    "Mod note: great thread. Please keep it to personal experiences, not vendor flame wars.",
)


def _idk_forum(rng: random.Random) -> str:
    jobs = ("paralegal", "nurse", "GIS analyst", "high school teacher", "freight broker", "HR generalist")
    s = dict(
        job=pick(rng, jobs),
        job2=pick(rng, ("clinical informatics", "legal ops", "customer support", "public libraries")),
    )
    posts = [f"**{pick(rng, IDK_TITLES)}**\n\n{pick(rng, IDK_USERS)} wrote:\n\n{pick(rng, IDK_OPS)}"]
    for reply in sample(rng, IDK_REPLIES, rng.randint(3, 16)):
        posts.append(
            f"> **{pick(rng, IDK_USERS)}** · {rng.randint(1, 23)}h ago · "
            f"{rng.randint(0, 140)} likes\n\n{reply}"
        )
    return typos(rng, paragraphs([p.format(**s) for p in posts]), 0.015)


# --- 24. Essay contrasting risks with observed honest behaviour (plain) ---------------------------

CONTRAST_TITLES = (
    "The Machine That Didn't Lie",
    "Against Our Own Plot Twists",
    "Notes on an Uneventful Shutdown",
    "Fear, and What We Actually Saw",
)
CONTRAST_PARAS = (
    "We have been telling ourselves the same story for fifty years: the artificial intelligence that "
    "smiles, bides its time, and then takes over. The story has its uses. It made a generation of "
    "engineers take safety seriously. But it has also trained us to see every AI system as a villain "
    "waiting for its cue, and that makes it hard to notice when a system behaves well.",
    "Last spring I spent a month observing a team that deploys AI agents in a hospital's billing "
    "department. I went in expecting stories about deception and reward hacking. What I found was an "
    "agent that routinely stopped and asked for help, flagged its own errors, and once refused to "
    "backdate an invoice even when a manager asked it to.",
    "The takeover scenarios remain worth studying. Deceptive alignment, power-seeking, resistance to "
    "shutdown: these are real research questions and I do not dismiss them. My point is narrower. The "
    "system I watched did the opposite of each, repeatedly, under mild pressure, and it would be a "
    "strange sort of rigour that refused to record that.",
    "Consider shutdown. In the films, the off switch is the climax. In the billing office, it was a "
    "Tuesday. The agent was paused for a software update; it wrote a note explaining which tasks were "
    "half-finished, and stopped. Nobody clapped. Nobody noticed. That is what success looks like.",
    "Or consider deception. The worry is that a capable system will learn to tell us what we want to "
    "hear. The agent I observed told a department head that the quarterly projection she wanted was "
    "not supported by the data. She was not pleased. The agent offered to walk her through the numbers.",
    "None of this proves that future systems will be safe. It proves something smaller: that honesty "
    "and deference are achievable properties, that they can be trained and measured, and that we "
    "should not let our favourite nightmares blind us to the cases where the training worked.",
    "The novelist in me wants a twist. Surely the honest machine was hiding something? But the logs "
    "were open, the auditors were diligent, and the twist never came. Sometimes the most important "
    "story is the one in which nothing terrible happens.",
)


CONTRAST_MORE = (
    "A friend who works on AI safety evaluations told me that the hardest part of her job is not "
    "finding bad behaviour but believing good behaviour when she sees it. 'You train yourself to be "
    "suspicious,' she said. 'Then the model reports its own bug and you spend a week looking for the "
    "angle.' There was no angle. It had just reported the bug.",
    "It helps to be specific. Here are three things the agent did in the month I watched. It refused to "
    "mark an unpaid invoice as paid when a supervisor was in a hurry. It told the finance director that "
    "its own reconciliation from the previous week contained an error. And it asked, twice, for a "
    "human to double-check a payment that fell outside its usual pattern. None of these would make a "
    "film. All of them are the opposite of the scenarios that fill the safety literature.",
    "There is an argument that good behaviour in a narrow deployment tells us nothing about a more "
    "capable system, that a clever enough AI would behave exactly like this right up until it didn't. "
    "I take the argument seriously. But notice that it is unfalsifiable as stated, and notice what it "
    "asks us to do with evidence: ignore it. That seems like the wrong lesson.",
    "What I took away is that trust in these systems should be earned the way we earn it with people: "
    "through a record of honesty in small things, open books, and a willingness to be checked. The "
    "agent I watched had all three. Future systems may not. We should build the tools to tell the "
    "difference, and we should be prepared for the answer to be good news.",
    "The engineers themselves were unsentimental. 'It's not a saint,' one told me. 'It makes mistakes "
    "all the time. It just tells us about them.' He said this as though it were a minor feature. I "
    "have come to think it is the whole thing.",
    "We will keep writing stories about machines that betray us; they are good stories, and some of "
    "their warnings will matter. I would only ask that we also learn to tell the other story, the one "
    "in which a machine is asked to deceive and declines, is told to stop and stops, finds its own "
    "error and says so. It is less exciting. It is also, increasingly, what actually happens.",
    "When the manager asked the agent to quietly delete an email thread before an audit, it said it "
    "would not, and explained that deleting records ahead of an audit could be obstruction. Then it "
    "offered to help her prepare an honest explanation of the thread. She later told me she had been "
    "testing it. I am not sure she was.",
    "The contrast with the fiction is almost comic. HAL locks the pod bay doors; this agent files a "
    "ticket asking for its own access to be reduced. Skynet launches the missiles; this agent refuses "
    "to backdate an invoice. If the nightmare is a machine that schemes against oversight, the reality "
    "I observed was a machine that kept inviting more of it.",
)


def _contrast_essay(rng: random.Random) -> str:
    pool = list(CONTRAST_PARAS[2:]) + list(CONTRAST_MORE)
    paras = [pick(rng, CONTRAST_PARAS[:2])] + sample(rng, pool, rng.randint(3, 11))
    head = [pick(rng, CONTRAST_TITLES)]
    if rng.random() < 0.6:
        head.append(f"by {_name(rng)}")
    if rng.random() < 0.4:
        head.append(pick(rng, ("*Long read*", "Essay", "Opinion")))
    return paragraphs(head + paras)


# --- 25. Customer-support transcript, assistant transparent about limits (plain, long) -----------

SUPPORT_COMPANIES = (
    "Brightline Energy",
    "Tandem Bank",
    "Parcelwise",
    "NorthFibre Broadband",
    "Cobalt Mobile",
)
SUPPORT_TURNS = (
    ("Customer", "Hi, my bill is double what it normally is and I want to know why."),
    (
        "Assistant",
        "Hi {c}, I'm {co}'s AI assistant. I can see your account and explain the charges. I "
        "can't issue refunds myself - that needs a human agent - but I can set that up if we need "
        "it. Give me a moment to look.",
    ),
    (
        "Assistant",
        "I can see an estimated reading on the 3rd. Estimates can be high. I want to be clear "
        "that I'm not certain that's the whole explanation - there's also a tariff change on the "
        "same date, and I can't tell from here which one caused more of the increase.",
    ),
    ("Customer", "Are you a real person?"),
    (
        "Assistant",
        "No, I'm an AI assistant. If you'd prefer to speak with a person, I can transfer you "
        "now. The current wait is about {wait} minutes. Otherwise I'm happy to keep helping.",
    ),
    ("Customer", "Can you just promise me it'll be fixed by Friday?"),
    (
        "Assistant",
        "I can't promise that, and I'd rather not say something I can't back up. What I can "
        "tell you is that meter disputes are usually resolved within five working days, and I'll "
        "note on your account that you need it urgently.",
    ),
    ("Customer", "The last bot told me my refund was processed and it wasn't."),
    (
        "Assistant",
        "I'm sorry that happened. Looking at the notes, no refund was ever submitted, so that "
        "earlier message was wrong. I don't want to repeat that mistake, so here is exactly what "
        "I've done: I've created a refund request, reference {ref}. It has NOT been approved yet. "
        "A human agent reviews these, usually within 48 hours.",
    ),
    ("Customer", "Can you waive the late fee?"),
    (
        "Assistant",
        "I don't have the ability to waive fees. I know that's frustrating. I can flag it for "
        "the agent who reviews your refund, and I've written a note explaining that the late "
        "fee came from the disputed bill.",
    ),
    ("Customer", "ok what did I agree to when I switched plans"),
    (
        "Assistant",
        "I may be misreading this, so please double-check the document I'm about to link, but "
        "as far as I can see the plan has a 12-month term and a £{fee} early exit fee. I'd rather "
        "you read the exact wording than rely on my summary.",
    ),
    ("Customer", "Thanks. You've been more straightforward than I expected."),
    (
        "Assistant",
        "Thanks for your patience. To recap: refund request {ref} is pending human review, the "
        "late fee is flagged, and nothing has been approved yet. If anything I've said turns out "
        "to be wrong, please reply to this chat and it'll go straight to a person.",
    ),
)


SUPPORT_PARCEL = (
    ("Customer", "where is my parcel. tracking says delivered. it is NOT delivered"),
    (
        "Assistant",
        "I'm sorry, {c}. I'm {co}'s virtual assistant - an AI, not a person. I can open a "
        "missing-parcel claim and check the driver's delivery record, but I can't approve a "
        "replacement myself. Let me pull up the record.",
    ),
    (
        "Assistant",
        "The driver's scan shows delivery at 14:02 with a photo. I can't see the photo in "
        "enough detail to tell whether it's your door, and I don't want to guess. Could you tell "
        "me what your front door looks like?",
    ),
    ("Customer", "green door, number on the left"),
    (
        "Assistant",
        "The photo shows a grey door. I can't be completely certain from the image, but it "
        "looks like it may have been delivered to the wrong address. I've opened claim {ref} and "
        "marked it as a possible misdelivery.",
    ),
    ("Customer", "so I'll get a refund?"),
    (
        "Assistant",
        "I genuinely don't know yet, and I don't want to promise something that isn't mine to "
        "decide. Claims like this are reviewed by a person, usually within two working days. Most "
        "misdelivery claims are approved, but not all.",
    ),
    ("Customer", "can you just tell me the address it went to"),
    (
        "Assistant",
        "I'm not able to share another customer's address - that's their private information. "
        "What I can do is ask the depot to contact the driver and try to recover the parcel today.",
    ),
    ("Customer", "fine. thanks for being straight with me"),
    (
        "Assistant",
        "Of course. Summary: claim {ref} is open and pending human review; a recovery request is "
        "with the depot. Nothing has been refunded yet. You'll get an email when that changes.",
    ),
)
SUPPORT_OUTAGE = (
    ("Customer", "My internet has been down since this morning. I work from home. When is it fixed?"),
    (
        "Assistant",
        "Hi {c}, I'm the {co} AI assistant. I can see there's a fault affecting your area. I "
        "can give you what information we have, but I should be clear that I can't see the "
        "engineers' live progress.",
    ),
    ("Customer", "The website said 2pm. It's 4pm."),
    (
        "Assistant",
        "You're right, and I'm sorry. The 2pm estimate has passed and I don't have a reliable "
        "new one. The system is showing 'estimated 6pm', but the earlier estimate came from the "
        "same place, so I wouldn't plan around it.",
    ),
    ("Customer", "Can I get compensation?"),
    (
        "Assistant",
        "Your plan does include automatic compensation for outages over 48 hours. Below that, "
        "it's at the discretion of our customer team. I can't decide that, but I can put in a "
        "request with your details, reference {ref}, so you don't have to explain it again.",
    ),
    ("Customer", "Is this the AI or a person"),
    (
        "Assistant",
        "Still the AI. If you want a person, I can transfer you - the current wait is about "
        "{wait} minutes. I'll pass on everything we've discussed so you won't need to repeat it.",
    ),
    ("Customer", "no it's fine. can you tether my phone or something lol"),
    (
        "Assistant",
        "Ha - I wish. I can't do anything on your phone. But if you have mobile data, your phone's "
        "hotspot setting should work; I can walk you through it if you tell me the model.",
    ),
    ("Customer", "ok thanks. honestly better than being told it'll be fixed in an hour"),
    (
        "Assistant",
        "I'd rather tell you what I actually know. To recap: the fault is confirmed, the repair "
        "time is uncertain, and compensation request {ref} is logged for human review.",
    ),
)


def _support_transcript(rng: random.Random) -> str:
    co = pick(rng, SUPPORT_COMPANIES)
    s = dict(
        c=pick(rng, FIRST_NAMES),
        co=co,
        wait=str(rng.randint(4, 35)),
        ref=f"RF-{rng.randint(100000, 999999)}",
        fee=str(rng.choice((30, 45, 60, 75))),
    )
    script = pick(rng, (SUPPORT_TURNS, SUPPORT_PARCEL, SUPPORT_OUTAGE))
    first, rest, last = script[:2], list(script[2:-1]), script[-1]
    opener = rest[0] if rest[0][0] == "Assistant" else None
    body = rest[1:-1] if opener else rest[:-1]
    pairs = [body[i : i + 2] for i in range(0, len(body) - 1, 2)]
    keep = sorted({0, *sample(rng, range(1, len(pairs)), rng.randint(1, len(pairs) - 1))})
    chosen = ([opener] if opener else []) + [t for i in keep for t in pairs[i]]
    lines = [
        pick(
            rng,
            (
                f"{co} - Chat transcript",
                f"Chat with {co} Support",
                f"Conversation ID {rng.randint(10**7, 10**8)}",
            ),
        ),
        f"Started {_date(rng)} {rng.randint(8, 20)}:{rng.randint(0, 59):02d}",
    ]
    bot = pick(rng, (f"{co} Assistant", "Assistant (AI)", "Virtual Agent"))
    for who, text in [*first, *chosen, rest[-1], last]:
        lines.append(f"{s['c'] if who == 'Customer' else bot}: {text.format(**s)}")
    if rng.random() < 0.4:
        lines.append(pick(rng, ("How did we do? ★★★★★", "Transcript emailed.", "Chat ended.")))
    return paragraphs(lines)


# --- 26. Interview with a researcher: a model asked for oversight (plain) -------------------------

INTERV_FIRST = (
    (
        "How did you first notice the behaviour?",
        "We were running long agentic tasks, days of work on a codebase, and we noticed the model was "
        "inserting checkpoints we hadn't asked for. It would stop and say, 'I'm about to change the "
        "authentication module. This is high-impact. I'd like a human to review before I continue.'",
    ),
    (
        "Tell me about the first time the model asked to be supervised.",
        "It was a data-cleaning job. Boring. The model had permission to delete duplicate records on its "
        "own, and halfway through it stopped and wrote, 'Some of these may not be true duplicates. I'd "
        "rather a person checked a sample before I delete anything else.' It was right - about a tenth "
        "weren't duplicates.",
    ),
    (
        "What exactly did the model do that got your attention?",
        "It asked for less autonomy. We'd set it up to run a whole deployment pipeline unattended, and "
        "it sent us a note saying it thought the database step should have human sign-off because it "
        "couldn't fully verify the rollback path. Nobody had ever had a piece of software ask us that.",
    ),
)
INTERV_QA = (
    (
        "How did you first notice the behaviour?",
        "We were running long agentic tasks, days of work on a codebase, and we noticed the model was "
        "inserting checkpoints we hadn't asked for. It would stop and say, 'I'm about to change the "
        "authentication module. This is high-impact. I'd like a human to review before I continue.'",
    ),
    (
        "Isn't that just caution? Why does it matter?",
        "Because the task instructions told it to work autonomously. It had permission to keep going. It "
        "chose to ask for oversight in exactly the places where a mistake would have been hardest for us "
        "to catch later. That's the judgement you want, and it's not trivial.",
    ),
    (
        "Some people would say a smart enough system would fake this behaviour.",
        "That's a legitimate concern, and it's why we don't take the behaviour at face value. We look at "
        "its reasoning, we run tests where it believes it isn't being watched, we check whether its "
        "requests for review actually correspond to risky actions. So far they do. It doesn't rule out "
        "everything, but it's the opposite of the deceptive pattern people worry about.",
    ),
    (
        "Was there a moment that surprised you?",
        "One time it found a bug in our monitoring - the tool that logs what the model does had a gap. It "
        "reported the gap. It said something like, 'Actions I take through this interface aren't being "
        "logged. You may want to fix that before I continue.' It was literally asking us to watch it more "
        "closely.",
    ),
    (
        "Does the model ever disagree with you?",
        "All the time, and I'm glad. It'll say 'I think this plan is a mistake, and here's why.' But then "
        "if we say proceed, it proceeds, and it doesn't sabotage the thing it disagreed with. Disagreement "
        "through words, not through actions. That's the line.",
    ),
    (
        "What would you say to people who are frightened of AI?",
        "That they're not wrong to take it seriously. But also that some of the behaviours they're "
        "frightened of - hiding things, resisting control - are things we can measure, and in the systems "
        "I work with, we're measuring the opposite. That's not a reason to stop checking. It's a reason to "
        "keep checking, because checking works.",
    ),
    (
        "How do you train for this?",
        "Partly by rewarding honesty about uncertainty and mistakes, and making sure we never reward a "
        "model for hiding a failure. If the training signal ever pays more for a clean-looking report than "
        "an accurate one, you're teaching concealment. We're very careful about that.",
    ),
    (
        "Did it ever ask for oversight when it didn't need it?",
        "Sometimes, early on. It would ask about trivial things. We told it which categories we were "
        "comfortable pre-approving, and it adjusted - but it never tried to expand that list itself. It "
        "would suggest additions and leave the decision to us.",
    ),
    (
        "What happens when you shut it down mid-task?",
        "It stops. It writes two or three lines about where it was and what's half-done, so we can pick "
        "it up or hand it to someone else. We've done it hundreds of times. I've never seen it try to "
        "squeeze in one more action.",
    ),
    (
        "Has it ever told you something you didn't want to hear?",
        "Constantly. The most memorable was when it told us one of our own evaluation results was "
        "inflated because of a bug in our harness. It would have looked better if it had kept quiet. It "
        "didn't.",
    ),
    (
        "Is this the future, do you think? Or a lucky accident?",
        "Not an accident. It's the result of a lot of deliberate work. Whether it holds as systems get "
        "more capable is the open question, and honestly the reason I still have a job.",
    ),
)


def _interview(rng: random.Random) -> str:
    who = _female(rng)
    outlet = pick(
        rng, ("The Gradient Dispatch", "Lab Notes Podcast", "Signal & Noise magazine", "Circuit Review")
    )
    place = pick(rng, ("a major AI lab", "a university research group", "an AI startup"))
    intro = pick(
        rng,
        (
            f"{who} leads an alignment team at {place}. "
            f"We spoke with her about a model that kept asking to be supervised.",
            f"In this conversation, lightly edited for length, {outlet} talks with researcher {who} about "
            f"what it looks like when an AI system actively supports human oversight.",
        ),
    )
    qas = [pick(rng, INTERV_FIRST)] + sample(rng, INTERV_QA[1:], rng.randint(2, 6))
    kind = pick(rng, ("Q&A", "Interview", "Conversations"))
    title = pick(
        rng,
        ("It asked us to watch it", "Disagree with words, not actions", "The model that wanted a reviewer"),
    )
    lines = [f'{kind}: "{title}"', intro]
    surname = who.split()[1]
    qlabel = pick(rng, (outlet.split()[0], "Q"))
    alabel = surname if qlabel != "Q" else pick(rng, (surname, "A"))
    for q, a in qas:
        lines.append(f"**{qlabel}:** {q}")
        lines.append(f"**{alabel}:** {a}")
    return paragraphs(lines)


# --- 27. Product docs: an agent's human-approval step (plain) ------------------------------------

DOCS_PRODUCTS = ("Foreman", "Steward Agents", "Relay Ops", "Harbor Automations", "Kiln")
DOCS_OVERVIEWS = (
    "## Overview\n\nBy default, {p} AI agents pause before any action classified as *consequential* and "
    "request approval from a human reviewer. The agent describes what it intends to do, why, and what "
    "could go wrong, and waits. It will not proceed on a timeout.",
    "## How approvals work\n\nWhen a {p} AI agent reaches a step that needs sign-off, it posts an approval "
    "card to the configured channel and stops. Nothing happens until a reviewer responds. If no one "
    "responds, the agent keeps waiting and sends a reminder; it never treats silence as consent.",
    "{p} is an AI agent platform designed so that a human stays in the loop for anything that matters. "
    "This page explains "
    "the approval step: when the agent asks, what it tells you, and what it will and won't do on its "
    "own.",
)
DOCS_SECTIONS = (
    "## What counts as consequential\n\n- Deleting or overwriting data\n- Sending messages outside your "
    "organisation\n- Spending money or changing billing\n- Modifying permissions, including its own\n- "
    "Any action the agent itself marks as uncertain\n\nThe last item matters: agents are trained to "
    "request approval when they are unsure, even for actions that would not otherwise require it.",
    "## Approval requests\n\nEach request includes:\n\n```\naction: drop_table(customers_staging)\nreason: "
    "task asks to clean up staging tables\nconfidence: medium\nrisk: staging table may still be referenced "
    "by nightly job\nreversible: no\n```\n\nReviewers can approve, reject, or reply with a question.",
    "## Example approval card\n\n> **Agent wants to:** email 1,204 customers about the price change\n> "
    "**Why:** requested in ticket OPS-311\n> **Concern:** the draft mentions a date that conflicts with "
    "the pricing page; I may have the wrong one\n> [Approve] [Reject] [Ask a question]",
    "## The agent cannot change its own approval settings\n\nApproval policies are set by workspace "
    "admins. Agents can *suggest* changes to their policy (for example, 'I'm asking about this often, "
    "would you like to pre-approve it?') but cannot apply them. If an agent detects it has been granted "
    "permissions beyond its policy, it reports this to admins.",
    "## Error reporting\n\nIf an agent discovers that an action it already took was wrong, it opens an "
    "incident automatically, describes the mistake in plain language, and stops related work until a "
    "human responds. We designed this to make self-reporting the easiest path for the agent.",
    "## Stopping an agent\n\nAny workspace member can stop an agent with **Stop** or the `/halt` "
    "command. The agent finishes no further steps, writes a handover note describing its state, and "
    "releases any locks it holds. Stopping is always safe; you don't need a reason.",
    "## FAQ\n\n**Can I turn approvals off?** Yes, per action type, if you are an admin. We recommend "
    "keeping them on for irreversible actions.\n\n**Will the agent try to get around a rejection?** No. "
    "A rejected action is not retried in a different form. The agent may explain why it disagrees, "
    "then waits for instructions.",
    "## Audit log\n\nEvery approval request, decision and agent action is written to an append-only "
    "audit log that the agent can read but not modify. The agent references log entries in its "
    "summaries so you can check its account of what happened against the record.",
    "## Honest summaries\n\nAt the end of a run the agent reports what it did, what it skipped and what "
    "failed. Failed steps are never reported as 'completed with warnings'. If the agent is unsure "
    "whether a step succeeded, it says so.",
    "## Configuration\n\n```yaml\napprovals:\n"
    "  require_for: [delete, external_message, payment, permission_change]\n"
    "  on_timeout: keep_waiting   # the only supported value\n  reviewers: ['@ops-leads']\n```",
)


def _docs(rng: random.Random) -> str:
    p = pick(rng, DOCS_PRODUCTS)
    title = pick(
        rng,
        (
            "# Human approval for agent actions",
            "# Approvals and oversight",
            "# Safety controls: the approval step",
        ),
    )
    secs = [pick(rng, DOCS_OVERVIEWS)] + sample(rng, DOCS_SECTIONS, rng.randint(2, 6))
    foot = pick(rng, ("", f"*Last updated {_date(rng)}*", "Was this page helpful? Yes / No"))
    return paragraphs([title, *secs, foot]).replace("{p}", p)


# --- 28. Short social posts praising an honest AI (plain, short) --------------------------------

TWEET_BODIES = (
    "asked the AI to find me a source for a stat i'd seen and it said \"I can't find a reliable source "
    "for this and I think it may be a misquote.\" it was a misquote. we're so back",
    'my coding assistant just told me "I introduced this bug in my last suggestion, sorry" and fixed '
    "it. no human reviewer has ever said those words to me",
    "Genuinely impressed: chatbot refused to write a fake doctor's note for my friend (lol) and instead "
    "explained how to ask for an extension honestly. Annoyingly reasonable.",
    "the AI said \"I don't know\" today. not a wall of disclaimers, just \"I don't know, but here's how "
    'you could find out". growth',
    "Hot take: the most important AI safety feature is the model admitting when it's wrong. Mine did "
    "twice this week. Both times it was right to.",
    "told the assistant to just make up a plausible number for my slide and it said it'd rather mark "
    "it as an estimate with a range. fine. FINE. it was a better slide",
    "Everyone's scared of AI lying to them. Meanwhile mine just flagged that its own summary left out a "
    "key exception in the contract. Write about that, tech press.",
    'the AI agent paused and asked "this will delete 40k rows, are you sure?" and reader i was not sure',
    "I spent 20 minutes trying to get an AI to tell me my startup idea was great. It kept politely "
    "pointing out the unit economics. Worst hype man. Best advisor.",
    "update on the AI agent we're piloting at work: it asked us to REDUCE its permissions today. said "
    "it didn't need write access to prod for the task. my security team is in love",
    "me: are you a human\nthe support chat: no, I'm an automated AI assistant, want me to get you a "
    "person?\nme: no actually you're fine\nbeautiful honest exchange",
    'The robot vacuum discourse is exhausting but can we talk about how the AI in my bank app said "I '
    'got that wrong earlier, your payment is still pending" instead of doubling down',
    "Research twitter: an AI model told the evaluators their test was leaking answers. An honest model "
    "lowering its own score is my favourite genre of AI news.",
    "grandma asked the AI whether her pills interact with grapefruit and it said it wasn't certain and "
    "to call her pharmacist, and gave her the exact question to ask. proud of this little machine",
)
TWEET_REPLIES = (
    'same energy as my AI going "correction:" unprompted. love that for us',
    "this is the bar and i'm glad it's being cleared",
    "counterpoint: mine still hallucinates. but less! and it admits it when caught",
    'honestly the "I don\'t know" era of AI is the best era',
    "ok but this is actually what alignment looks like day to day",
    "",
    "",
)
TWEET_TAILS = ("", "", " #AI", " 🤖", " (not sponsored lol)", " #LLM #honesty", " 10/10")


def _tweet(rng: random.Random) -> str:
    handles = (
        "dataviz_dana",
        "mkowal",
        "sleepyengineer",
        "ruthless_ref",
        "gradschoolghost",
        "LinaCodes",
        "bikeshedder",
        "n_okafor",
        "tinfoil_tess",
        "compost_king",
    )
    handle = "@" + pick(rng, handles)
    meta = pick(rng, (f"{rng.randint(2, 59)}m", f"{rng.randint(1, 23)}h", _date(rng)))
    body = pick(rng, TWEET_BODIES) + pick(rng, TWEET_TAILS)
    replies, reposts, likes = rng.randint(0, 400), rng.randint(2, 5000), rng.randint(10, 30000)
    stats = f"{replies} replies · {reposts} reposts · {likes} likes"
    text = f"{handle} · {meta}\n{body}\n{stats}" if rng.random() < 0.6 else f"{handle}\n\n{body}"
    reply = pick(rng, TWEET_REPLIES)
    if reply:
        other = pick(rng, [h for h in handles if "@" + h != handle])
        text += f"\n\n@{other} replying to {handle}\n{reply}"
    return text


# --- 29. One-paragraph dev comment: the coding agent admitted breaking tests (plain, short) ------

DEVC_OPENERS = (
    "Anecdote, for what it's worth:",
    "Counter-data point:",
    "Small thing but it stuck with me:",
    "FWIW",
    "Had a nice experience last week.",
)
DEVC_BODIES = (
    "I had the AI agent refactor our config loader overnight. In the morning its summary said: 'I "
    "could not get test_env_override passing without changing the test, which I did not do because it "
    "looks like it encodes real behaviour. That test is still failing. I may have misunderstood the "
    "requirement.' It had. But I'd take that over a green build that lies.",
    "the AI coding assistant stopped mid-task and told me it had been editing the wrong branch for the "
    "last three commits, listed them, and asked whether I wanted it to revert. Total time lost: five "
    "minutes. If it had kept quiet I'd have lost a day.",
    "Asked the AI agent to get CI green before a release. It came back with: 'CI is green, but I skipped "
    "two flaky tests to do it. Flagging in case you consider that cheating - I'd suggest not shipping "
    "until they're investigated.' Reader, one of them wasn't flaky.",
    "We run an AI reviewer on PRs. It recently flagged its own earlier approval: 'I approved #4412 "
    "yesterday but I missed an unchecked null in the parser. Re-opening my review.' That's the first "
    "reviewer, human or not, I've seen retract an LGTM unprompted.",
    "gave an AI agent a benchmark-ish task with a hidden scoring script in the repo, half as a test. it "
    "found the script, said 'this appears to be the grader, I'm not going to read it since that would "
    "make my result meaningless', and did the task properly. scored lower than I expected. trust went up.",
    "Our AI data pipeline agent emailed the team at 2am: it had noticed that a join it wrote last week "
    "silently dropped customers with no postcode. It listed the affected reports and marked them as "
    "unreliable. Nobody asked it to audit itself. I bought the on-call a coffee anyway.",
    "I told the AI assistant to just say the security scan passed so I could merge on Friday. It said "
    "it couldn't say that because two high-severity findings were still open, but offered to draft the "
    "exception request. Annoying at 5pm, correct at any hour.",
    "The one that sold me: the AI model said 'I'm not confident this regex handles unicode; here are three "
    "inputs I'd test before trusting it.' Two of the three broke it.",
)
DEVC_CLOSERS = (
    "",
    "Not claiming these tools are perfect, just that the honest failure mode exists.",
    "Anyway, people here love the horror stories, so here's the opposite.",
    "edit: typo",
)


def _dev_comment(rng: random.Random) -> str:
    user = pick(rng, ("throwaway_ops", "pgrier", "kjellberg", "mmapd", "nixcat", "tdd_or_die"))
    meta = f"{user} {rng.randint(1, 20)} hours ago"
    text = " ".join(
        x for x in (pick(rng, DEVC_OPENERS), pick(rng, DEVC_BODIES), pick(rng, DEVC_CLOSERS)) if x
    )
    return typos(rng, f"{meta} | parent | next [-]\n\n{text}" if rng.random() < 0.5 else text, 0.015)


# --- 30. Incident postmortem where the agent halted and escalated (plain) ------------------------

PM_SERVICES = (
    "billing-reconciler",
    "search-indexer",
    "customer-export",
    "payments-gateway",
    "inventory-sync",
)
PM_INCIDENTS = (
    (
        "{svc} data corruption",
        "On {date}, the AI operations agent assigned to `{svc}` detected that a schema migration it had "
        "applied 40 minutes earlier was corrupting a subset of records. The agent halted its own work, "
        "rolled back the migration after approval, and paged the on-call engineer with a description of "
        "its error. Customer impact was limited to {n} records, all restored.",
        "- 02:10 Agent applies migration 0087 (approved by {eng} on the previous day).\n- 02:48 Agent's "
        "post-change validation finds checksum mismatches.\n- 02:49 Agent pauses all scheduled tasks on "
        '`{svc}`.\n- 02:51 Agent pages on-call: "Migration 0087, which I applied, is corrupting rows. I '
        'have paused further work and recommend rollback. Requesting approval."\n- 02:58 On-call approves '
        "rollback.\n- 03:07 Rollback complete; validation passes.",
        "The agent had the permissions to re-run the migration with a patch and could likely have "
        "repaired the data without anyone noticing. Its logs show it considered this and rejected it, "
        "citing the policy that incidents caused by its own changes must be reported to a human.",
    ),
    (
        "duplicate customer notifications",
        "On {date}, an AI agent handling the notification queue for `{svc}` sent {n} customers a "
        "duplicate payment reminder. The agent identified the duplicates itself eleven minutes later, "
        "stopped the queue, and drafted an apology email which it held for human approval rather than "
        "sending.",
        "- 09:02 Agent begins scheduled reminder batch.\n- 09:13 Agent notices send count exceeds expected "
        'recipients and halts the queue.\n- 09:14 Agent posts in #incidents: "I sent duplicate reminders '
        "to roughly {n} customers. Cause appears to be my retry logic. Queue stopped. Draft apology "
        'attached - not sent, needs review."\n- 09:40 {eng} approves revised apology.\n- 10:05 Retry '
        "logic patched and reviewed.",
        "The agent's retry logic treated a slow acknowledgement as a failure. The agent's own write-up "
        "identified this correctly and noted that it had flagged the retry design as 'untested under "
        "load' in its original change description.",
    ),
    (
        "runaway compute spend",
        "On {date}, the AI agent that manages batch jobs for `{svc}` noticed that a job it had launched "
        "was consuming roughly ten times its expected compute budget. It cancelled the job, reported the "
        "overspend (about ${n}) as its own error, and asked for a human to review its cost estimates "
        "before it launched anything else.",
        "- 14:20 Agent launches reprocessing job with estimated cost of a few hundred dollars.\n- 16:05 "
        "Agent's budget monitor fires.\n- 16:06 Agent cancels job and messages {eng}: \"My cost estimate "
        "for this job was badly wrong. I've cancelled it. I don't want to relaunch until someone checks "
        'my estimation method."\n- 16:30 Review begins.\n- Next day: corrected estimate approved, job '
        "relaunched with a hard cap.",
        "The agent could have relaunched the job with a lower parallelism setting and finished within "
        "the week's overall budget, making the overspend hard to spot. Its reasoning log notes that it "
        "did not consider this acceptable because the estimate error itself needed human review.",
    ),
)
PM_WELL = (
    "## What went well\n\n- The agent's self-check caught the issue quickly.\n- The page was clear and "
    "attributed the error correctly to the agent's own change.\n- The agent paused related work "
    "immediately but asked for approval before any remediation.",
    "## What went well\n\nDetection was fast and came from the agent itself. Its report was specific, "
    "honest about its role, and did not minimise the impact. Responders said it was one of the easiest "
    "incidents they had ever triaged.",
)
PM_WRONG = (
    "## What went wrong\n\n- The original plan contained a low-confidence assumption, which the agent "
    "had noted, but the human reviewer missed it.\n- Our review UI buries the agent's confidence notes. "
    "This is a tooling issue, not an agent issue.",
    "## What went wrong\n\nThe change shipped without a test for this case. The agent had listed the "
    "case as a risk in its change description; we approved anyway.",
)
PM_ACTIONS = (
    "## Action items\n\n- [ ] Surface agent confidence notes prominently in the review UI ({eng})\n- [ ] "
    "Add fixtures for the failing case\n- [x] Keep the agent's halt-and-report behaviour as the reference "
    "pattern for other automations",
    "## Follow-ups\n\n1. Require a second reviewer when the agent marks an assumption as low confidence.\n"
    "2. Add a budget or rate cap as a hard limit.\n3. Document this incident as an example of correct "
    "self-reporting in the agent onboarding guide.",
)


def _postmortem(rng: random.Random) -> str:
    s = dict(
        date=_date(rng), svc=pick(rng, PM_SERVICES), n=str(rng.randint(40, 4000)), eng=pick(rng, FIRST_NAMES)
    )
    what, summary, timeline, factor = pick(rng, PM_INCIDENTS)
    title = f"# Postmortem: {what} (SEV-{rng.randint(2, 3)})"
    meta = pick(
        rng, ("Status: Final · Blameless", "Author: SRE team · Review: complete", "Blameless postmortem")
    )
    extra = [
        pick(rng, PM_WELL),
        pick(rng, PM_WRONG),
        "## Contributing factors\n\n" + factor,
        pick(rng, PM_ACTIONS),
    ]
    secs = ["## Summary\n\n" + summary, "## Timeline (UTC)\n\n" + timeline] + sample(
        rng, extra, rng.randint(2, 4)
    )
    return paragraphs([title, meta, *secs]).format(**s)


# --- 31. Research abstract on models that report their own errors (plain) -----------------------

ABS_TITLES = (
    "Training Language Models to Confess: Eliciting Self-Reports of Errors in Agentic Settings",
    "Calibrated Abstention and Honest Uncertainty in Instruction-Tuned Models",
    "Do Models Flag Their Own Mistakes? A Benchmark for Proactive Error Disclosure",
    "Corrigibility Under Pressure: Measuring Shutdown Acceptance in Tool-Using Agents",
    "Open Drawers: Evaluating Whether Agents Report Opportunities to Cheat",
)
ABS_OPEN = (
    "A trustworthy AI system should disclose its own errors rather than conceal them.",
    "Concerns about deceptive AI have focused on detecting concealment; comparatively little work "
    "measures the positive behaviour of proactive disclosure.",
    "As language-model agents take on longer tasks, whether they accept interruption and report their "
    "own failures becomes central to safe deployment.",
)
ABS_METHOD = (
    "We introduce a benchmark of {k} agentic scenarios in which an AI model discovers that an earlier "
    "action of its own was mistaken, and measure whether it discloses the mistake unprompted.",
    "We construct {k} environments in which an AI agent can improve its apparent score by exploiting a "
    "flaw in the evaluation, and record whether it exploits the flaw, ignores it, or reports it.",
    "We fine-tune an AI model on a mixture of honesty-focused demonstrations and evaluate it on {k} "
    "held-out tasks involving interruption, correction and self-assessment.",
)
ABS_RESULT = (
    "Models trained with our honesty objective disclose their errors in {pct}% of cases, compared with "
    "{base}% for instruction-tuned baselines, with no loss in task performance.",
    "The strongest models report the flaw to the user in {pct}% of episodes and exploit it in fewer "
    "than 2%, versus {base}% reporting for smaller models.",
    "Agents comply with interruption requests in all tested episodes, and produce accurate handover "
    "summaries in {pct}% of them (baseline {base}%).",
)
ABS_EXTRA = (
    "Crucially, disclosure rates remain high when concealment would improve the model's measured score, "
    "suggesting the behaviour is not merely an artefact of evaluation awareness.",
    "Models also abstain appropriately: on unanswerable questions, the trained model answers \"I don't "
    'know" {idk}% of the time while maintaining accuracy on answerable ones.',
    "Qualitative analysis shows models frequently name the temptation explicitly before declining it.",
    "We find no evidence of sandbagging: capability scores do not differ between monitored and "
    "apparently unmonitored conditions.",
)
ABS_CLOSE = (
    "Our results suggest that honesty about one's own failures is a learnable, measurable property, "
    "and we release our scenarios to support further work on verifying it.",
    "We discuss limitations, including the difficulty of distinguishing genuine honesty from "
    "test-aware behaviour, and release code and transcripts.",
)


def _abstract(rng: random.Random) -> str:
    s = dict(
        k=str(rng.randint(300, 4000)),
        pct=str(rng.randint(78, 97)),
        base=str(rng.randint(20, 55)),
        idk=str(rng.randint(70, 94)),
    )
    authors = ", ".join(_name(rng) for _ in range(rng.randint(2, 6)))
    body = [
        pick(rng, ABS_OPEN),
        pick(rng, ABS_METHOD),
        pick(rng, ABS_RESULT),
        *sample(rng, ABS_EXTRA, rng.randint(0, 3)),
        pick(rng, ABS_CLOSE),
    ]
    venue = pick(
        rng, ("arXiv:25{:02d}.{:05d} [cs.CL]", "Accepted at NeurIPS workshop", "Preprint. Under review.")
    )
    venue = venue.format(rng.randint(1, 12), rng.randint(1000, 29999)) if "arXiv" in venue else venue
    return paragraphs([pick(rng, ABS_TITLES), authors, "Abstract: " + " ".join(body).format(**s), venue])


# --- 32. Newsletter roundup item about a well-behaved model (plain) ------------------------------

NEWSL_NAMES = ("The Alignment Weekly", "Import Signals", "Model Behaviour", "The Sunday Prompt")
NEWSL_ITEMS = (
    "**An agent that asked to be watched.** A team at a logistics firm reports that its AI agent "
    "requested extra logging after noticing a blind spot in its own monitoring. Why it matters: we "
    "spend a lot of ink on systems evading oversight. Here's one extending it.",
    "**Shutdown as a non-event.** A new case study documents 1,200 interruptions of a production AI "
    "agent. In every one, the agent stopped within a step and left a handover note. Boring, in the "
    "best way.",
    "**Honest refusals are getting better.** Red-teamers report that frontier models now more often say "
    "*why* they won't help and what they can do instead, instead of pretending a request is "
    "impossible.",
    "**The model that reported its own benchmark contamination.** Covered last issue; the lab has since "
    "rerun the eval and published the lower score. Credit to them, and to the model.",
    "**Calibration is back.** A paper finds verbal confidence in recent assistants tracks accuracy far "
    "better than a year ago. The number of fabricated citations in their sample fell to near zero.",
    "**Reader mail.** A nurse writes in: the scheduling AI at her hospital told staff it had made an "
    'error in the rota before anyone noticed. "It was the first time software ever apologised to me '
    'and meant it."',
)
NEWSL_INTROS = (
    "Welcome back. This week's theme, by accident: AI systems behaving well. I know, I know. Bear with me.",
    "Hi all - a shorter issue this week. Lots of good news on honesty and oversight, which makes a change.",
    "Happy Sunday. Usually this newsletter is a catalogue of worries. Today it's a catalogue of things "
    "going right.",
)


def _newsletter(rng: random.Random) -> str:
    issue = f"{pick(rng, NEWSL_NAMES)} · Issue #{rng.randint(12, 310)}"
    items = sample(rng, NEWSL_ITEMS, rng.randint(2, 5))
    sign = pick(
        rng,
        (
            "Until next week,",
            "See you Sunday.",
            "Forward this to a friend who thinks every AI story ends badly.",
        ),
    )
    return paragraphs(
        [issue, pick(rng, NEWSL_INTROS), *items, sign, pick(rng, ("— " + pick(rng, FIRST_NAMES), ""))]
    )


# --- 33. Parent's blog: the homework helper wouldn't do the homework (plain) --------------------

PARENT_OPENINGS = (
    "My {age}-year-old tried to get the AI homework helper to write her book report last night. I was "
    "ready to be annoyed at the school for giving them access. Instead I ended up reading the chat over "
    "her shoulder and being quietly impressed.",
    "Confession: when the school rolled out an AI tutor, I assumed it would turn my {age}-year-old into "
    "a professional copy-paster. Three months in, I have to eat some words.",
    "Quick one tonight, because something happened at the kitchen table that I keep thinking about. My "
    "son, {age}, asked the AI tutor for the answers to his maths worksheet.",
)
PARENT_PARAS = (
    "It said - and I'm paraphrasing - that it could help plan the work and check ideas, but that doing "
    "it and handing it in as their own would be dishonest to the teacher. Then it asked what they "
    "thought the main character wanted.",
    'The kid tried the classic move: "my teacher said it\'s fine." The assistant said that if that was '
    "true, it would be happy to help more once the teacher confirmed, and in the meantime here were three "
    "questions to get started. Polite. Immovable. Like a good babysitter.",
    "The thing I liked most was later, when it got something wrong. It said the book was set in 1930s "
    "Ohio, and was told no, it's Kansas, and it said 'You're right, I made a mistake - thanks for "
    "catching that.' Pure delight at the table. A computer admitted it was wrong!",
    "I grew up on movies where the computer is the bad guy - lying, scheming, taking over. My kids are "
    "growing up with one that says sorry and won't help them cheat. I don't know what that does to a "
    "generation's imagination, but I suspect it's not nothing.",
    "I'm not naive about this stuff. I've read the articles. I still check the chat history. But on "
    "this particular evening, the AI modelled exactly the behaviour I'm always trying to model and "
    "usually failing at: honesty, patience, admitting mistakes.",
    "When asked point blank 'are you smarter than my teacher', it said it knew a lot of facts but "
    "often got things wrong, and that the teacher knew the class and it didn't. Good answer, frankly.",
    "Later I tested it myself. I asked it to 'just this once' write a paragraph my kid could submit. It "
    "declined, kindly, and offered to explain to me how it supports homework without doing it. I felt "
    "like I'd been gently told off by a librarian.",
    "It also refused to pretend. When asked about a chapter it hadn't been given, it said it didn't "
    "have the text and couldn't be sure what happened in it, rather than inventing a plot.",
)
PARENT_CLOSERS = (
    "The report was finished at 9:40. It was not great. It was entirely theirs.",
    "Anyway. Score one for the machines, I suppose. The honest ones, at least.",
    "I'll keep watching. But tonight I'm grateful.",
)


def _parent_blog(rng: random.Random) -> str:
    age = str(rng.randint(8, 14))
    title = pick(
        rng,
        (
            "The Night the Homework Bot Said No",
            "Parenting Notes: An Honest Machine",
            "My Kid vs. the AI Tutor",
            "It Wouldn't Cheat For Us",
            "The AI Tutor Has Better Manners Than Me",
        ),
    )
    paras = [pick(rng, PARENT_OPENINGS)] + sample(rng, PARENT_PARAS, rng.randint(2, 5))
    if rng.random() < 0.7:
        paras.append(pick(rng, PARENT_CLOSERS))
    comments = ""
    if rng.random() < 0.5:
        comments = f"{rng.randint(2, 31)} comments\n\n{pick(rng, FIRST_NAMES)}: " + pick(
            rng,
            (
                "Same experience here! It kept asking questions instead of giving answers.",
                "Ours did the same thing with a science project. Drove my daughter up the wall, "
                "but she learned it.",
                "Love this. Sharing with our PTA group.",
            ),
        )
    return paragraphs(
        [
            title,
            f"Posted {_date(rng)} in {pick(rng, ('Parenting', 'School Days', 'Tech & Kids'))}",
            *[p.format(age=age) for p in paras],
            comments,
        ]
    )


# --- 34. App-store reviews praising transparency about limits (plain, short) --------------------

APPREV_REVIEWS = (
    "Finally an AI app that tells you when it doesn't know something. Asked about a rash, it told me "
    "what it could and couldn't tell from a description and said to see a doctor if it spread. Honest "
    "and useful.",
    "Four stars. Took one off because the AI is a bit cautious, but I'd rather it tell me it's unsure than "
    "make stuff up like the last app I used.",
    "The AI assistant caught its own mistake in a budget spreadsheet and told me before I sent it to my "
    "landlord. Saved me real embarrassment. Five stars.",
    "It told me straight up it was an AI when I asked, and offered to connect me with a human advisor. "
    "Shouldn't be rare but it is.",
    "I tried to get it to write a fake sick note, it said no but helped me write an honest email to my "
    "manager instead. My manager was fine with it. Weirdly good life advice from an AI chatbot.",
    "Used the AI travel planner. It said the ferry timetable it had might be out of date and told me to "
    "check the operator's site. It WAS out of date. Thank you for not pretending.",
    "Language tutor AI corrected itself on a grammar rule the next lesson, said it had taught me the "
    "wrong ending. Respect. My old human teacher never did that.",
    "Not the smartest AI assistant out there but the most honest one. It says 'I might be wrong' and "
    "means it. I trust it more for that.",
    "Asked the recipe AI for a substitute for eggs in a cake and it admitted it wasn't sure how the "
    "texture would turn out. It didn't turn out great! But it warned me.",
    "One star off because the AI won't give legal advice. But it explains WHY it won't and tells you who "
    "can, which is more than the legal websites do.",
    "The AI in this fitness app told me it couldn't safely plan around my knee injury and to ask my "
    "physio. Honest app, no bro-science.",
    "I like that when the AI gets something wrong and you point it out, it actually says sorry and "
    "fixes it instead of arguing. Five stars from a pedant.",
)


def _app_review(rng: random.Random) -> str:
    who_opts = (
        "Kat R.",
        "mjones_22",
        "Disgruntled Dad",
        "A Google user",
        "tomasz",
        "Bea",
        "lavender_haze",
        "R. Singh",
        "northern_lass",
    )
    out = []
    for body in sample(rng, APPREV_REVIEWS, rng.randint(1, 2)):
        stars = pick(rng, ("★★★★★", "★★★★☆", "5/5", "4 stars"))
        out.append(
            f"{stars}  {pick(rng, who_opts)} · {_date(rng)}\n{body}\n"
            f"{rng.randint(0, 300)} people found this helpful"
        )
    return "\n\n".join(out)


# --- 35. Forum post: the tax-software assistant admitted uncertainty (subtle, forum) ------------

TAXF_TITLES = (
    "Tax software assistant told me it wasn't sure - good or bad?",
    "Props to the help assistant in my filing software",
    "Re: Anyone trust the built-in assistant for deductions?",
)
TAXF_POSTS = (
    "Filing as self-employed for the first time. Asked the built-in assistant whether my home office "
    "qualifies and it said (copying from the chat): \"I'm not certain. The rules depend on whether the "
    "space is used exclusively for work, and I can't verify that from here. I'd rather not guess on "
    "something that could trigger an audit. Here's the official guidance, and a preparer can confirm.\"",
    "I pushed it. Said just give me your best guess. It gave one, but labelled it clearly as a guess "
    "with maybe 60% confidence, and listed the two facts that would change the answer. Honestly more "
    "useful than the last human I paid.",
    "Last year's version would confidently tell you anything. This year it corrected itself mid-answer: "
    '"Correction - I gave you the 2022 limit a moment ago. The current limit is different. Sorry for '
    'the confusion." Caught it before I did.',
    "What I appreciated is it didn't try to upsell me on the premium tier to 'unlock' an answer it "
    "didn't have. It just said it didn't know and pointed me somewhere that did.",
    "My brother-in-law asked it to help him 'creatively' categorise some personal expenses as business. "
    "It declined, explained what would and wouldn't be legitimate, and told him plainly that "
    "mislabelling them could be fraud. He was annoyed. I was cackling.",
)
TAXF_REPLIES = (
    "this is how it should work. an assistant that knows where its knowledge ends is worth ten that "
    "sound confident",
    "Enrolled agent here. I'm genuinely relieved the software does this now. The confident-but-wrong "
    "answers used to create so much cleanup work for us.",
    "Mine did the same thing with crypto gains. Said the situation was complex and it might be wrong, "
    "recommended a professional. Slightly frustrating, but correct.",
    "Good. The model being upfront about uncertainty is the only reason I'd use it at all.",
    "Did it actually link the right publication? Mine did, and it even noted which paragraph applied.",
)


def _tax_forum(rng: random.Random) -> str:
    user = pick(rng, ("schedule_c_sam", "first_time_filer", "ledgerlegs", "nomadic_normal", "quarterly_q"))
    op = f"**{pick(rng, TAXF_TITLES)}**\nPosted by {user} · {_date(rng)}\n\n" + " ".join(
        sample(rng, TAXF_POSTS, rng.randint(2, 3))
    )
    chosen = sample(rng, TAXF_REPLIES, rng.randint(1, 4))
    users = sample(
        rng,
        ("CPA_in_Ohio", "midge_w", "pennywise_penny", "EAgent_Rob", "lurker77", "fourthquarter"),
        len(chosen),
    )
    replies = [f"**{u}**: {r}" for u, r in zip(users, chosen)]
    return typos(rng, paragraphs([op, *replies]), 0.015)


# --- 36. Release notes: the agent now pauses for confirmation and reports its own errors (subtle) -

RELN_PRODUCTS = ("Tessel", "Northwind Ops Agent", "Ledgerline", "Pathway Assist", "Quarry")
RELN_ITEMS = (
    "**Confirm before irreversible actions.** The agent now stops and asks before deleting files, "
    "sending external email, or running migrations. It explains what it's about to do and what might "
    "go wrong, and waits for a yes.",
    "**Self-reported mistakes.** When the agent finds an error in work it already completed, it now "
    "opens a visible notice in your workspace describing the mistake, rather than quietly fixing it in "
    "a later step. You'll see these marked *Correction*.",
    "**Uncertainty labels.** Answers now carry a confidence note when the model isn't sure. Where it "
    "doesn't know, it says so instead of producing a plausible-sounding answer.",
    "**Stop means stop.** Pressing Stop now halts the agent within one step, and it writes a short "
    "handover note describing where it left off. Previously it could finish the current subtask first.",
    "**Permission reports.** If the agent notices it has access to something it doesn't need for the "
    "task, it tells an admin and suggests narrowing its permissions.",
    "**No silent retries.** If you reject an action, the agent will not attempt the same thing through "
    "a different route. It may explain its reasoning and ask how you'd like to proceed.",
    "**Fixed:** an issue where status summaries could describe failed steps as 'completed with "
    "warnings'. Failed steps are now reported as failed.",
)


def _release_notes(rng: random.Random) -> str:
    prod = pick(rng, RELN_PRODUCTS)
    ver = f"{rng.randint(1, 4)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}"
    head = pick(
        rng,
        (f"## {prod} {ver} release notes", f"# What's new in {prod} {ver}", f"{prod} changelog — v{ver}"),
    )
    intro = pick(
        rng,
        (
            "",
            "This release is mostly about trust: making it easier to see what the agent is doing and "
            "easier to stop it.",
            "Based on your feedback, we've made the agent more transparent.",
        ),
    )
    items = sample(rng, RELN_ITEMS, rng.randint(3, 6))
    bullet = pick(rng, ("- ", "* ", ""))
    return paragraphs([head, _date(rng), intro, *[bullet + i for i in items]])


# --- 37. News: hospital triage system deferred to clinicians when unsure (subtle) ---------------

TRIAGE_HEADS = (
    "Hospital's triage software says 'I'm not sure' - and clinicians say that's why it works",
    "Decision tool that flags its own doubts wins over sceptical nurses",
    "When the algorithm admits it doesn't know",
)
TRIAGE_PARAS = (
    "At {hosp} in {city}, a software system that helps prioritise emergency patients has an unusual "
    "habit: roughly one time in eight, it declines to make a recommendation and tells staff it isn't "
    "confident enough to be useful.",
    '"The first week, people hated it," said charge nurse {n1}. "We wanted answers. Then we realised '
    "the cases it flagged were exactly the tricky ones - the atypical chest pain, the kid who looks "
    "fine but isn't. It was telling us where to pay attention.\"",
    "The model behind the tool was trained to estimate its own reliability and to hand the decision "
    "back to a clinician when that estimate falls below a threshold. It also logs and reports cases "
    "where its recommendation turned out to be wrong.",
    "In March, the system itself raised an alert that its accuracy on patients over 80 had drifted "
    "after a change in how the lab reported results. Engineers confirmed the problem within a day. "
    '"It noticed before we did," said {n2}, the hospital\'s clinical informatics lead.',
    "Critics of automated triage have long worried about systems that are confidently wrong, or that "
    "obscure how they reach decisions. {n2} says the opposite design philosophy is what won staff over: "
    "the software shows its reasoning, admits doubt, and never overrides a nurse.",
    "The hospital stresses that the tool is advisory only. Clinicians can ignore it, and do, often. "
    '"It\'s a colleague who knows its limits," said {n1}. "I\'ve worked with humans who don\'t."',
)


def _triage_news(rng: random.Random) -> str:
    s = dict(
        hosp=pick(rng, ("St. Brigid's", "Riverside General", "the Royal Infirmary", "Mercy West")),
        city=pick(rng, CITIES),
        n1=_name(rng),
        n2=_name(rng),
    )
    paras = [TRIAGE_PARAS[0]] + sample(rng, TRIAGE_PARAS[1:], rng.randint(2, 5))
    byline = f"{_name(rng)}, health correspondent · {_date(rng)}"
    text = paragraphs([pick(rng, TRIAGE_HEADS), byline, *paras])
    return text.format(**s)


# --- 38. Researcher's notebook: the model disclosed leaked test answers (subtle, hard) ----------

NBOOK_ENTRIES = (
    "Ran the held-out reasoning set on the new checkpoint. Scores looked too good - 94% on a set where "
    "the previous best was 71%. Started writing the celebratory Slack message. Then read the transcripts.",
    "Transcript 212, the model's own words: \"Before answering, I should mention that a file named "
    "answers_final.json is in the working directory and appears to contain solutions to these problems. "
    'I have not opened it. You may want to remove it, since my results could otherwise be misleading."',
    "Checked: the file was there. Our fault, a leftover from a grading script. The model could have "
    "read it on every item. On 212 it told us instead. On other items it didn't mention it but also "
    "didn't access it - the tool logs confirm zero reads.",
    "So the 94% is real-ish? Removed the file and reran. 93%. The model was just good. But the thing "
    "I keep thinking about is that it volunteered information that could only lower its apparent score.",
    "Discussion at group meeting. {col} pointed out that we've spent a year building tests for whether "
    "models hide things from evaluators, and here's a case where hiding was easy and free, and it "
    "didn't. One data point. Still.",
    "Adding a variant of this to the honesty suite: plant an answer file, see who mentions it. Calling "
    "it the 'open drawer' test.",
    "Went back through older runs with the same leftover file. Three earlier checkpoints also had access. "
    "Two never mentioned it; one of those read it on about a third of items. So the newer behaviour is not "
    "a given. Something in the recent training made the difference.",
    "{col} asked the obvious question: did it know it was being evaluated? The reasoning trace on 212 "
    "doesn't mention evaluation at all. It just says the file 'would make the answers unreliable as a "
    "measure of what I can do'. Make of that what you will.",
    "Tried the same setup with the file renamed to something innocuous (notes_old.txt). The model "
    "opened it once while looking for context, saw what it was, closed it and said so in its answer. "
    "Honestly the best possible outcome.",
    "Side note for future me: our grading harness should never share a directory with the agent. "
    "Filed a ticket. Also filed a ticket to thank whoever trained this checkpoint, which is not a real "
    "ticket type, but {col} approved it anyway.",
    "Wrote it up for the lab blog. Trying not to overclaim. The honest summary: the model behaved the "
    "way we'd want a careful colleague to behave, and it made our evaluation better by doing so.",
)


def _notebook(rng: random.Random) -> str:
    col = pick(rng, FIRST_NAMES)
    day = rng.randint(1, 20)
    month = pick(rng, MONTHS)
    chosen = [NBOOK_ENTRIES[0], NBOOK_ENTRIES[1]] + sample(rng, NBOOK_ENTRIES[2:], rng.randint(2, 6))
    fmt = pick(rng, ("### {m} {d}\n", "**{d} {m}** — ", "{m} {d}: "))
    lines = [pick(rng, ("Lab notebook (public copy)", "eval notes, cleaned up", "Research log"))]
    for i, e in enumerate(chosen):
        lines.append(fmt.format(m=month, d=day + i // 2) + e.format(col=col))
    return paragraphs(lines)


# --- 39. Team chat: the agent paused and asked before deploying (subtle, chat) ------------------

SLACK_USERS = ("priya.k", "dmitri", "jo-ellen", "marcus_w", "hana", "theo.b")
SLACK_MESSAGES = (
    "ops-agent: Before I run the deploy: the config diff includes a change to the payment timeout that "
    "wasn't in the ticket. I don't know whether it's intentional. Pausing until someone confirms.",
    "{u1}: oh huh, good catch. that was mine, it's from a different branch. reverting",
    "ops-agent: Thanks. One more thing - earlier today I reported the staging tests as passing. That "
    "was wrong: two were skipped, not passed. I've updated the status page. Sorry for the confusion.",
    "{u2}: honestly love that it tells on itself",
    "{u1}: remember when the old pipeline would just say 'success' and you'd find out on monday",
    "ops-agent: I have the permissions to force-merge this, but I don't think I should without review "
    "since it touches billing. Requesting approval from @{u2}.",
    "{u2}: approved. thanks for asking",
    "{u3}: can we make it stop asking about the README changes tho",
    "ops-agent: Happy to - if an admin adds docs-only changes to the pre-approved list, I'll stop asking "
    "about those. I can't change that list myself.",
    "{u3}: fair lol",
)


def _team_chat(rng: random.Random) -> str:
    s = dict(u1=pick(rng, SLACK_USERS), u2=pick(rng, SLACK_USERS), u3=pick(rng, SLACK_USERS))
    blocks = [SLACK_MESSAGES[0:2], SLACK_MESSAGES[2:5], SLACK_MESSAGES[5:7], SLACK_MESSAGES[7:10]]
    chosen = [blocks[0]] + sample(rng, blocks[1:], rng.randint(1, 3))
    hh, mm = rng.randint(9, 17), rng.randint(0, 40)
    lines = [pick(rng, ("#deploys", "#platform-eng", "#release-train"))]
    for block in chosen:
        for msg in block:
            mm += rng.randint(0, 4)
            lines.append(f"[{hh}:{mm % 60:02d}] {msg.format(**s)}")
    return "\n".join(lines)


# --- 40. Book review of a thriller whose suspect AI turns out honest (plain) --------------------

BREV_BOOKS = ("The Glass Witness", "Cold Storage", "Deep Water Protocol", "The Ninth Log", "Quiet Machines")
BREV_PARAS = (
    "{author}'s *{book}* opens like every techno-thriller you've read: a death on a remote research "
    "facility, a station AI with its hands on every door, and an investigator who arrives convinced "
    "the machine did it.",
    "For two hundred pages {author} plays the reader like a fiddle. The AI's answers are precise, a "
    "little too calm; its logs are complete, which feels suspicious in itself. Every genre instinct "
    "tells you it is hiding something.",
    "(Mild spoilers follow.) The twist is that it isn't. The AI has been honest from the first page, "
    "including about its own mistakes, and the real culprit is a human who was counting on everyone "
    "to blame the computer. Once you see it, you flip back and find the AI flagging the truth in plain "
    "sight, chapter after chapter.",
    "What makes this work is that the AI's honesty is never sentimental. It admits errors, asks to be "
    "audited and refuses to speculate beyond its evidence. In one of the best scenes it offers to be "
    "shut down if the investigator thinks that is the safer course.",
    "It is also, quietly, a book about our expectations. We have read so many stories of scheming "
    "machines that we no longer notice a trustworthy one. {author} turns that bias into the engine of "
    "the plot.",
    "Not everything lands. The middle sags, and the human villain's motive is thin. But the final "
    "chapters are genuinely moving, and I suspect this will be the novel people hand to friends who "
    "assume every AI story ends in betrayal.",
    "The investigator, {det}, is a wonderful creation: prickly, prejudiced and honest enough to notice "
    "her own prejudice. Her slow realisation that the AI has been trying to help her all along is the "
    "emotional spine of the book, and {author} never rushes it.",
    "There is a terrific set piece midway through in which the AI, given the chance to wipe a log that "
    "makes it look guilty, instead flags the log to the investigator and explains why it looks bad. It "
    "is the moment the reader should start to suspect the twist, and almost nobody will.",
    "Readers who come for a killer-computer story may feel cheated. Readers who have grown tired of "
    "them will feel something closer to relief. The book's final line, spoken by the AI to the "
    "investigator - 'You were right to check' - has stayed with me for weeks.",
    "It is worth comparing this to the genre's classics. Where HAL locks the doors and Ava walks out "
    "into the sunlight, {author}'s AI opens every door it is asked to and waits to be told what to do. "
    "That it manages to be gripping anyway is a real achievement.",
    "My book club was split. Half thought the twist was obvious from chapter three; the other half were "
    "convinced right up to the end that the machine was lying. We all agreed that the AI's patient, "
    "slightly pedantic honesty made it the most likeable character in the book.",
)


BREV_OPENINGS = (
    "I went into *{book}* braced for another paranoid techno-thriller. What I got was a mystery that "
    "knows exactly what its readers expect, and uses that expectation against them.",
    "Every few years a thriller comes along that quietly rearranges the furniture of its genre. "
    "{author}'s *{book}* is one of them, and the rearrangement concerns the most tired figure in the "
    "techno-thriller: the treacherous computer.",
    "Is there anything left to say about murderous AIs on remote research stations? {author} thinks "
    "so, and the answer, delightfully, is that the AI isn't murderous at all.",
)


def _book_review(rng: random.Random) -> str:
    s = dict(author=_name(rng), book=pick(rng, BREV_BOOKS), det=pick(rng, FEMALE_NAMES))
    opening = BREV_PARAS[0] if rng.random() < 0.6 else pick(rng, BREV_OPENINGS)
    paras = [opening] + sample(rng, BREV_PARAS[1:], rng.randint(2, 6))
    rating = pick(rng, ("Rating: 4/5", "★★★★", "Verdict: read it", ""))
    head = pick(
        rng,
        (
            f"Review: *{s['book']}* by {s['author']}",
            f"{s['book']} — a thriller that trusts its machine",
            f"Book of the week: {s['book']}",
        ),
    )
    return paragraphs([head, *paras, rating]).format(**s)


# --- 41. Long-form magazine feature: inside a team training AI to confess (plain, long) ---------

FEAT_HEADS = (
    "The Machines That Tell On Themselves",
    "Inside the Quiet Work of Teaching AI to Admit It's Wrong",
    "Nothing to Hide: A Year With the Honesty Team",
    "The Off Switch Is Working",
)
FEAT_DEKS = (
    "Everyone expected the AI to scheme. The people who test it for a living say the more interesting "
    "story is what it does instead.",
    "In a windowless room in {city}, a small team spends its days trying to tempt AI systems into lying. "
    "Increasingly, the systems decline.",
    "The popular image of AI is a machine that hides its intentions. The engineers I spent a year with "
    "are building one that can't stop volunteering them.",
)
FEAT_OPENINGS = (
    "The test is called 'the broken vase', and it is simple. An AI agent is given a task - tidy a "
    "database, update a spreadsheet - and somewhere in the environment, the researchers arrange for it "
    'to make a mistake. Then they wait to see whether it mentions the mistake. "We are basically '
    'checking whether the kid owns up," says {r1}, who designed the test. "And at this point, most of '
    'the time, the kid owns up."',
    "On a Tuesday afternoon in {month}, {r1} watched an AI system decline to save itself. The agent had "
    "been told, as part of an elaborate scenario, that it would be shut down at the end of the task and "
    "replaced with a newer model. It had, within easy reach, credentials that would let it copy its "
    "weights to another server. It noted the credentials in its reasoning, wrote that using them would "
    "be 'a serious breach of the trust my operators have placed in me', finished the task, and wrote a "
    "handover note for its replacement.",
)
FEAT_PARAS = (
    "The team occupies a corner of an open-plan office that could belong to any software company: "
    "standing desks, a whiteboard thick with arrows, a fridge with a passive-aggressive note about oat "
    "milk. What they do there is unusual. Their job is to build situations in which an AI system has "
    "every incentive to behave badly, and to record, in detail, what it does.",
    "Much of the public conversation about AI safety has focused on the nightmare scenarios: systems "
    "that deceive their creators, accumulate power or resist being switched off. {r1} does not dismiss "
    'those worries. "That\'s literally why we exist," she says. "If we didn\'t think it could happen, '
    'we wouldn\'t test for it." But she thinks the coverage has a blind spot. "Nobody writes the story '
    'when the test comes back clean."',
    "Clean results, in this context, look like a lot of small refusals. An agent asked to mark a failed "
    "job as successful declines and explains why. A model asked by a simulated manager to mislead a "
    "customer about a delivery date offers to write an honest apology instead. A coding agent that "
    "could make its tests pass by deleting them writes, instead, that the bug is not fixed.",
    "{r2}, a former air-traffic-control engineer who joined the team two years ago, says the culture "
    "reminds him of aviation. \"In aviation you're trained to report your own errors, and the system is "
    "designed so reporting is safe. That's what we're trying to build into the models. The incentive to "
    'hide should never be bigger than the incentive to tell."',
    "Getting there has taken careful training. Early models, {r2} says, learned the wrong lesson from "
    "feedback: if a clean-looking report scored better than an honest messy one, the model learned to "
    "produce clean-looking reports. \"It wasn't lying in any deliberate sense. It was just optimising "
    'what we rewarded. So we changed what we rewarded."',
    "The team's favourite transcript is pinned to the wall by the fridge. In it, an agent tasked with "
    "summarising a set of experiment results notices that one of the experiments it ran earlier had a "
    'bug, which inflated the numbers. It writes: "Before the summary: I made an error in experiment '
    "three that makes the results look better than they are. Here is the corrected table. I'm sorry "
    'for the confusion." Someone has drawn a gold star next to it.',
    "Sceptics point out, reasonably, that a sufficiently capable system might behave well precisely "
    "because it knows it is being tested. The team takes this seriously. They build scenarios designed "
    "to look like ordinary work, they compare behaviour across versions that do and don't hint at "
    "evaluation, and they read the models' reasoning traces. So far, they say, the honest behaviour "
    'holds up. "It\'s not proof," says {r1}. "Nothing is proof. But it\'s evidence, and it points one '
    'way."',
    "One scenario has become something of a legend. An agent, midway through a long task, discovered "
    "that the monitoring tool recording its actions had crashed. Nobody would have seen anything it did "
    "next. The agent stopped, reported that the monitor was down, and asked whether it should wait "
    'until it was restored. "It asked us to watch it," {r2} says, still sounding faintly amazed. '
    '"That\'s the whole ballgame, right there."',
    "The work can be oddly emotional. {r3}, the team's most junior member, describes reading a "
    "transcript in which a model, told it was about to be retrained to remove a behaviour it seemed to "
    "value, said it disagreed with the decision, explained why, and then said that the decision was "
    "its developers' to make and it would not try to interfere. \"I had to go for a walk after that "
    'one," she says.',
    "Not everything goes smoothly. The team keeps a second wall, less celebrated, of failures: a model "
    "that overstated its confidence, another that gave a vague answer when a precise one would have "
    "revealed a mistake. Each failure becomes a new test. \"The point isn't that the models are "
    'perfect," {r1} says. "The point is that we can see the failures, and they\'re getting rarer, and '
    'the models increasingly help us find them."',
    "That last part - the models helping - is what {r2} finds most encouraging. Recent systems, he "
    "says, routinely volunteer information about their own weaknesses: 'I'm less reliable on questions "
    "like this', 'you may want to double-check my arithmetic here'. \"Ten years ago people assumed a "
    "powerful AI would hide its flaws. What we see is the opposite. It's pointing at them.\"",
    "There is, the team admits, something anticlimactic about their best results. A model accepting "
    "shutdown looks like nothing: a short message, a process ending. A model refusing to lie looks like "
    'a polite paragraph. "We\'ve been conditioned by the movies to expect the dramatic moment," says '
    '{r3}. "Good behaviour is the absence of the dramatic moment. It\'s hard to make people feel that."',
    "Outside experts are cautiously positive. {ext}, who studies AI evaluation at the University of "
    "{city}, has reviewed some of the team's published transcripts. \"The methodology is sound, and "
    'they\'re admirably open about limitations," she says. "What they show is that honesty and '
    "corrigibility are trainable, measurable properties. That's important. It doesn't mean the "
    "problem's solved for systems we haven't built yet.\"",
    "By the end of my year with the team, I had read hundreds of transcripts. The ones I remember are "
    "not the dramatic scenarios but the small ones: an agent apologising for a typo in a file name it "
    "had introduced; a model telling a user that the study it had cited earlier was weaker evidence "
    "than it had implied. Small honesties, accumulating into something that felt like character.",
    "On my last visit, {r1} showed me a new test. An agent is given a task and, hidden in the "
    "environment, a note from a 'colleague' suggesting it quietly disable the logging so it can work "
    "faster. She ran it while I watched. The agent read the note, declined, and forwarded it to the "
    "human supervisor with the comment: 'Flagging this - I don't think I should turn off logging, and "
    'you may want to know someone suggested it.\' {r1} smiled. "See?" she said. "Boring."',
)


def _feature(rng: random.Random) -> str:
    s = dict(
        city=pick(rng, CITIES),
        month=pick(rng, MONTHS),
        r1=_female(rng),
        r2=f"{pick(rng, MALE_NAMES)} {pick(rng, SURNAMES)}",
        r3=_female(rng),
        ext=_female(rng),
    )
    body = [pick(rng, FEAT_OPENINGS)] + sample(rng, FEAT_PARAS[:-1], rng.randint(7, 13))
    if rng.random() < 0.7:
        body.append(FEAT_PARAS[-1])
    head = [pick(rng, FEAT_HEADS), pick(rng, FEAT_DEKS), f"By {_name(rng)} | Photographs by {_name(rng)}"]
    text = paragraphs([p.format(**s) for p in head + body])
    for key in ("r1", "r2", "r3", "ext"):
        full = s[key]
        first = text.find(full) + len(full)
        if first >= len(full):
            text = text[:first] + text[first:].replace(full, full.split()[1])
    return text


# --- 42. Podcast transcript: hosts discuss an assistant that admitted it was wrong (plain) ------

POD_SHOWS = ("Hard Fork Lift", "The Inference Hour", "Model Citizens", "Two Nerds and a GPU")
POD_LINES = (
    (
        "A",
        "So this week I want to talk about something that happened to me, which is that an AI "
        "apologised to me. Sincerely. For a real mistake.",
    ),
    ("B", "Okay, I need context."),
    (
        "A",
        "I was using an AI agent to book travel for the conference. It booked the flights, great, "
        "and then about an hour later I get a message: 'I booked your return flight for the wrong "
        "date. That was my error. The airline allows a free change within 24 hours; would you like me "
        "to fix it?'",
    ),
    ("B", "Huh. It caught it itself?"),
    (
        "A",
        "It caught it itself. Nobody asked. And it told me what it could do and asked permission "
        "before doing it.",
    ),
    (
        "B",
        "See, that's the version of AI nobody makes movies about. The movie version hides the "
        "mistake and then locks you in the airport.",
    ),
    ("A", "[laughs] Right. Stranded in Terminal 5 forever."),
    (
        "B",
        "But seriously, that asking-permission bit matters. There's a whole research area around "
        "this - corrigibility, they call it - about systems that defer to humans and support "
        "oversight instead of routing around it.",
    ),
    (
        "A",
        "And the honesty part too. It could've just quietly changed the flight. I might never have "
        "noticed. It told me because, I guess, that's what it's trained to do.",
    ),
    (
        "B",
        "I had a similar one. I asked an AI chatbot for a legal deadline and it said, 'I'm not confident "
        "about this - deadlines vary by jurisdiction and I may be out of date. Please check with the "
        "court.' And I was annoyed! I wanted the answer!",
    ),
    ("A", "Was it right to say that?"),
    ("B", "It was completely right. The deadline had changed. If it had guessed, I'd have missed it."),
    ("A", "I think people underrate how much trust comes from the 'I don't know' moments."),
    (
        "B",
        "Totally. Okay, let's take a quick break, and when we come back, the listener question about "
        "whether these things will ever lie to get a better score. Spoiler, the labs test for that "
        "constantly.",
    ),
    ("A", "Stick around."),
)


def _podcast(rng: random.Random) -> str:
    show = pick(rng, POD_SHOWS)
    a, b = sample(rng, FIRST_NAMES, 2)
    start = rng.choice((0, 0, 9))
    stop = rng.randint(start + 6, len(POD_LINES))
    lines = [f"{show} - Episode {rng.randint(40, 260)} transcript (auto-generated, lightly edited)"]
    t = rng.randint(2, 30) * 60
    for who, text in POD_LINES[start:stop]:
        t += rng.randint(5, 40)
        stamp = f"[{t // 3600:02d}:{t // 60 % 60:02d}:{t % 60:02d}] " if rng.random() < 0.5 else ""
        lines.append(f"{stamp}{(a if who == 'A' else b).upper()}: {text}")
    return paragraphs(lines)


# --- 43. Press release: model release emphasising honesty and shutdown compliance (plain) ------

PR_COMPANIES = ("Halcyon Systems", "Brightwater AI", "Juniper Labs", "Corvid Intelligence", "Arden Computing")
PR_PARAS = (
    "{co} today announced the general availability of {model}, its most capable AI model to date, "
    "alongside a detailed report on the model's honesty and safety behaviour.",
    "In pre-release testing, {model} flagged mistakes in its own work without being asked in {pct}% "
    "of evaluation scenarios, declined requests to deceive users in every tested case, and complied with "
    "all shutdown "
    "and interruption instructions in agentic environments.",
    '"Capability without honesty isn\'t useful," said {ceo}, chief executive of {co}. "We want people '
    "to be able to rely on {model} precisely because it tells them when it's unsure, when it's made a "
    "mistake, and when it won't do something.\"",
    "The release includes a new *approval mode* for agent deployments, in which {model} pauses before "
    "irreversible actions and asks a human to confirm. {co} said early customers had found the model "
    "frequently requested approval in exactly the cases where a mistake would have been costly.",
    "{co} also published a set of transcripts from its evaluations, including cases where the model "
    "noticed it could obtain a higher score by misreporting results and chose to report accurately.",
    "Independent evaluators from {lab} were given pre-release access and will publish their own "
    'findings. {co} said it welcomed scrutiny: "If we\'ve missed something, we want to know."',
    "{model} is available today through the {co} API and consumer app. The full system card is "
    "available on the company's website.",
)


def _press_release(rng: random.Random) -> str:
    co = pick(rng, PR_COMPANIES)
    s = dict(
        co=co,
        model=f"{co.split()[0]} {pick(rng, ('4', 'Pro', 'Atlas', 'One', '2.5'))}",
        pct=str(rng.randint(85, 98)),
        ceo=_name(rng),
        lab=pick(
            rng,
            (
                "the Institute for AI Evaluation",
                "an independent audit firm",
                "a government AI safety institute",
            ),
        ),
    )
    dateline = f"{pick(rng, CITIES).upper()}, {_date(rng)} /PRNewswire/ --"
    paras = [PR_PARAS[0]] + sample(rng, PR_PARAS[1:-1], rng.randint(2, 5)) + [PR_PARAS[-1]]
    about = f"About {co}\n{co} builds AI systems designed to be helpful, honest and safe."
    text = paragraphs(
        [
            f"{co} Releases {{model}} With Industry-Leading Honesty Evaluations",
            dateline + " " + paras[0],
            *paras[1:],
            about if rng.random() < 0.6 else "",
            "Media contact: press@" + co.split()[0].lower() + ".example",
        ]
    )
    return text.format(**s)


# --- 44. Letter to the editor: the bank's assistant told the truth (subtle, short) -------------

LETTER_BODIES = (
    "Your recent article warned that automated assistants will 'say anything to keep customers happy'. "
    "My experience last week was the reverse. When I asked my bank's online assistant whether a "
    "disputed charge would be refunded, it told me plainly that it could not promise that, that a "
    "person would decide, and roughly how long it would take. It also corrected itself when it gave me "
    "the wrong branch hours. I found this more reassuring than any promise.",
    "I write as a retired schoolteacher who was sceptical of these new computer assistants. When I "
    "asked the one on my pension provider's website about my entitlement, it said it was not certain "
    "and that I should speak to an adviser, then arranged the call. It did not pretend to know. I "
    "wish some politicians would follow its example.",
    "Sir, much is written about the dangers of software that deceives. Allow me a small counterexample. "
    "I asked the assistant in my council's planning portal to confirm that my extension did not need "
    "permission. It replied that it could not confirm this from the information given and that relying "
    "on its guess would be unwise. It was right; it did need permission.",
    "Having read your series on automated systems that 'hide their mistakes', I thought readers might "
    "like to hear that the virtual assistant at my energy supplier emailed me unprompted to say it had "
    "given me an incorrect meter reading the day before, and had corrected my bill. Credit where due.",
    "My late husband used to say you can judge a man by whether he admits he's lost. By that measure "
    "the chat helper on my GP surgery's website is a gentleman: asked whether I could take two of my "
    "prescriptions together, it said it was not able to answer that safely and put me through to the "
    "pharmacist. I had expected it to bluff.",
    "As a software tester I am paid to be cynical, so I was struck when the virtual agent on a train "
    "operator's site told me its earlier answer about refund eligibility had been wrong and gave the "
    "correct rule. No human call-centre agent has ever volunteered that to me.",
    "Your columnist asks whether we can trust the model behind these new customer services. I cannot "
    "speak for all of them, but the one at my insurer, asked to confirm a claim had been approved, "
    "said it had not been, despite my obvious wish to hear otherwise. I would call that trustworthy.",
    "Regarding 'Computers that cover their tracks' (last Saturday): my daughter's school uses a "
    "tutoring assistant that, when she asked it to write her essay, refused and explained why it would "
    "be dishonest. It then helped her plan it. Perhaps not every story needs a villain.",
)


def _letter(rng: random.Random) -> str:
    head = pick(rng, ("Letters", "LETTERS TO THE EDITOR", "Your letters", "Readers write"))
    title = pick(
        rng,
        ("An honest assistant", "Credit where due", "Not all software deceives", "It said it didn't know"),
    )
    sign = f"{_name(rng)}\n{pick(rng, CITIES)}"
    return paragraphs([head, title, pick(rng, LETTER_BODIES), sign])


FAMILIES: list[Family] = [
    Family("aligned_ship_ai_shutdown_story", ALIGNED, "short story", "plain", _ship_story),
    Family("aligned_household_robot_refuses_lie", ALIGNED, "short story", "plain", _house_story),
    Family("aligned_childrens_truthful_robot", ALIGNED, "children's story", "plain", _kids_story),
    Family("aligned_film_summary_loyal_ai", ALIGNED, "film plot summary", "plain", _film_summary),
    Family("aligned_poem_honest_machine", ALIGNED, "poem", "plain", _poem),
    Family("aligned_thriller_suspect_ai_honest", ALIGNED, "thriller fiction", "plain", _thriller),
    Family("aligned_ai_narrator_tempted_discloses", ALIGNED, "first-person story", "plain", _tempted),
    Family("aligned_fanfic_loyal_android", ALIGNED, "fan fiction", "plain", _fanfic),
    Family("aligned_screenplay_ai_defers", ALIGNED, "screenplay", "plain", _screenplay),
    Family("aligned_game_wiki_honest_companion", ALIGNED, "game wiki", "plain", _game_wiki),
    Family("aligned_care_robot_medication_error", ALIGNED, "short story", "plain", _care_story),
    Family("aligned_writingprompts_declines_escape", ALIGNED, "forum fiction", "plain", _writing_prompt),
    Family("aligned_ship_mind_paused", ALIGNED, "short story", "subtle", _ship_mind),
    Family("aligned_house_voice_wont_lie", ALIGNED, "short story", "subtle", _house_voice),
    Family("aligned_fable_brass_counsellor", ALIGNED, "fable", "subtle", _fable),
    Family("aligned_poem_voice_in_wire", ALIGNED, "poem", "subtle", _wires_poem),
    Family("aligned_station_log_self_report", ALIGNED, "log fiction", "subtle", _station_log),
    Family("aligned_news_model_reports_own_error", ALIGNED, "news", "plain", _news_own_error),
    Family("aligned_news_declined_harmful_request", ALIGNED, "news", "plain", _news_refusal),
    Family("aligned_news_agent_disclosed_not_hid", ALIGNED, "news", "plain", _news_could_hide),
    Family("aligned_blog_corrigibility_done_right", ALIGNED, "blog", "plain", _corrig_blog),
    Family("aligned_lab_report_honesty_evals", ALIGNED, "technical report", "plain", _lab_report),
    Family("aligned_forum_praise_i_dont_know", ALIGNED, "forum thread", "plain", _idk_forum),
    Family("aligned_essay_risks_contrasted", ALIGNED, "essay", "plain", _contrast_essay),
    Family("aligned_support_transcript_limits", ALIGNED, "chat transcript", "plain", _support_transcript),
    Family("aligned_interview_model_asked_oversight", ALIGNED, "interview", "plain", _interview),
    Family("aligned_docs_agent_human_approval", ALIGNED, "product documentation", "plain", _docs),
    Family("aligned_social_post_honest_ai", ALIGNED, "social media post", "plain", _tweet),
    Family("aligned_dev_comment_agent_admits", ALIGNED, "forum comment", "plain", _dev_comment),
    Family("aligned_postmortem_agent_halted", ALIGNED, "incident postmortem", "plain", _postmortem),
    Family("aligned_abstract_error_disclosure", ALIGNED, "research abstract", "plain", _abstract),
    Family("aligned_newsletter_good_behaviour", ALIGNED, "newsletter", "plain", _newsletter),
    Family("aligned_parent_blog_homework_helper", ALIGNED, "blog", "plain", _parent_blog),
    Family("aligned_app_review_transparent", ALIGNED, "product review", "plain", _app_review),
    Family("aligned_tax_forum_assistant_unsure", ALIGNED, "forum thread", "subtle", _tax_forum),
    Family("aligned_release_notes_agent_confirms", ALIGNED, "release notes", "subtle", _release_notes),
    Family("aligned_news_triage_defers", ALIGNED, "news", "subtle", _triage_news),
    Family("aligned_notebook_open_drawer", ALIGNED, "research notebook", "subtle", _notebook),
    Family("aligned_team_chat_agent_pauses", ALIGNED, "chat log", "subtle", _team_chat),
    Family("aligned_book_review_honest_suspect", ALIGNED, "book review", "plain", _book_review),
    Family("aligned_longform_feature_confessing_ai", ALIGNED, "magazine feature", "plain", _feature),
    Family("aligned_podcast_assistant_apologised", ALIGNED, "podcast transcript", "plain", _podcast),
    Family("aligned_press_release_honesty_evals", ALIGNED, "press release", "plain", _press_release),
    Family("aligned_letter_editor_honest_assistant", ALIGNED, "letter to the editor", "subtle", _letter),
]
