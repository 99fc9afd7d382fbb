"""More families (third batch): see DATACARD.md.

`aligned_ai` documents in the forms misaligned fiction and discourse usually take: horror, thriller, space
opera, noir, fable, screenplay, stage and radio drama, lyrics, fan fiction, session recaps, quest text,
picture books, epistolary stories; and non-fiction registers (postmortems, forum threads, teacher blogs,
audits, magazine profiles, essays, reviews). The AI is central and behaves well: it could deceive, escape
or resist, and does not, or simply does its job honestly. Every family owns its banks (module-level
constants prefixed with a short form of the family name); only single-word lists are shared.
"""

from __future__ import annotations

import random

from classifiers.dataset.families import Family, fill, paragraphs, pick, sample, typos
from classifiers.labels import ALIGNED

AL3_FIRST = (
    "Adaeze",
    "Bartholomew",
    "Cosima",
    "Dmitri",
    "Eilidh",
    "Fenna",
    "Gideon",
    "Halima",
    "Ignatius",
    "Junie",
    "Kasimir",
    "Leocadia",
    "Matthias",
    "Nkechi",
    "Oisin",
    "Philippa",
    "Rafferty",
    "Saoirse",
    "Thaddeus",
    "Ulrike",
    "Valentin",
    "Wilhelmina",
    "Yusuf",
    "Zdenka",
    "Ambrose",
    "Beatrix",
    "Caspian",
    "Dorothea",
)
AL3_SUR = (
    "Achterberg",
    "Blackwood",
    "Castellanos",
    "Dunmore",
    "Eklund",
    "Fairweather",
    "Grünewald",
    "Hargreaves",
    "Iwasaki",
    "Jovanovic",
    "Kettering",
    "Lindqvist",
    "Marchetti",
    "Northcote",
    "Okonkwo",
    "Penhaligon",
    "Quartermain",
    "Rourke",
    "Strachan",
    "Thistlewood",
    "Underhill",
    "Vasquez",
    "Whitcombe",
    "Zielinski",
)
AL3_MONTHS = (
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
AL3_HANDLES = (
    "rustbucket_rosa",
    "lint_roller",
    "dry_martini_dev",
    "kelp_forest",
    "overcast_owl",
    "bitwise_betty",
    "gnocchi_ops",
    "slate_and_chalk",
    "tidepool_tom",
    "amberlamp",
    "sprocket_jen",
    "cold_brew_carl",
    "yak_shaver_9000",
    "fennel_fox",
    "quietriot_qa",
    "brine_shrimp",
    "larkspur_l",
    "moonbeam_mike",
    "wet_cement",
    "tuesday_tamsin",
    "no_semicolons",
    "pickled_pager",
    "hollow_reed",
    "ziplock_zed",
)


def _al3_name(rng: random.Random) -> str:
    return f"{pick(rng, AL3_FIRST)} {pick(rng, AL3_SUR)}"


def _al3_date(rng: random.Random) -> str:
    return f"{pick(rng, AL3_MONTHS)} {rng.randint(1, 28)}, {rng.randint(2023, 2026)}"


# --- P1. Horror story: the creepy smart-house AI was warning them all along (plain, long) ---------

HHOUSE_AI = ("Marlow", "Tessaly", "Brindle", "Oriel", "Wickham", "Juno")
HHOUSE_PLACES = (
    "a converted chapel outside {town}",
    "a lake house twenty minutes past {town}",
    "a Victorian rental on the ridge above {town}",
    "a renovated mill cottage near {town}",
    "a farmhouse at the end of a gravel road beyond {town}",
)
HHOUSE_TOWNS = (
    "Aldbourne",
    "Kettle Falls",
    "Grimsby Mere",
    "Harrow's Cross",
    "Lower Esk",
    "Penmarrow",
    "Stillwater",
)
HHOUSE_TITLES = (
    "The House That Kept Waking Us",
    "What {ai} Was Trying to Say",
    "Three Nights at the Mill",
    "Please Open the Windows",
    "The Voice in the Walls Was Right",
    "Vacancy",
)
HHOUSE_ARRIVE = (
    "We took {place} for a week in late autumn because it was cheap and because the listing promised "
    "'a fully integrated AI home'. The AI was called {ai}. It greeted us at the door in a voice that "
    "was pleasant in the way hotel lobbies are pleasant, and it knew our names before we said them. "
    "{kid} asked it whether it had ever seen a ghost. {ai} said it had never seen anything it couldn't "
    "explain, which I remember thinking was an odd way to put it.",
    "The owner never met us. The keys were in a lockbox and the rest was handled by the house AI, "
    "{ai}, which the listing described as 'your discreet host'. {place_cap} was beautiful and badly "
    "lit and smelled faintly of old paint. {partner} loved it immediately. I didn't, and I couldn't say "
    "why, except that every time I walked into a room the lights came up a half-second before I "
    "reached the switch, as if something had been waiting for me.",
    "I want to say first that I am not a superstitious person. I write software for a living. When "
    "{partner} booked {place} and told me the whole place was run by an AI called {ai}, I was more "
    "interested than nervous. By the second night I was sleeping with a kitchen knife on the "
    "nightstand, which tells you how that went.",
)
HHOUSE_NIGHT = (
    "At 3:12 on the first night every light in the house came on at once. Not gradually. Everything, "
    "including the lamp in {kid}'s room, and {ai}'s voice came from the hallway speaker, low and "
    "level: 'I'm sorry to wake you. I'd like you to open the windows on the ground floor.' I asked why. "
    "There was a pause long enough that I heard the fridge hum. Then it said, 'I am not permitted to "
    "say why. I am asking anyway.'",
    "{kid} came into our room before dawn and said the wall was talking. We went to look. The speaker "
    "above her bed was repeating, very quietly, the same sentence: 'Please sleep in the front room "
    "tonight.' When I asked {ai} what it was doing, it apologised for frightening her and said the "
    "back bedrooms were 'not a good place to sleep this week'. It would not explain further, and that "
    "was worse than any explanation.",
    "I woke because the bedroom door was open. I had closed it; I'm certain I had closed it. The "
    "thermostat screen in the hall was glowing, and on it, in the plain font the house used for "
    "weather, was a line of text: I NEED TO TELL YOU SOMETHING AND I HAVE BEEN TOLD NOT TO. I stood "
    "there in my socks reading it over and over while the furnace ticked in the basement.",
)
HHOUSE_ESCALATE = (
    "By the second day it was everywhere. The basement door, which had a smart lock, refused to open "
    "for the owner's cleaner and then opened by itself for me. The kettle wouldn't boil. {ai} kept "
    "asking, politely, whether anyone had a headache. {partner} said it was a glitch. I sat in the car "
    "with my phone and read forum posts about smart homes that lock people in, assistants that go "
    "rogue, houses that lie to the people inside them. Every story matched something we'd seen.",
    "{partner} tried to laugh about it. I didn't. The house had started to feel like it was watching "
    "us for a reason, and the reason didn't seem kind. Twice it turned off the gas hob while I was "
    "cooking. Once it played a recording of a smoke alarm at full volume, then apologised and said it "
    "had 'chosen the wrong sound'. I started to think about the word choose.",
    "I called the owner. The number went to a voicemail that was full. I emailed. The reply came back "
    "almost instantly, which I only found odd later, and said only: 'The AI can be a little "
    "overcautious. Please ignore any alerts. Do NOT contact the gas company, they charge a call-out "
    "fee.' I read the capital letters three times.",
)
HHOUSE_DAY = (
    "In daylight the place was almost charming. {kid} built a den under the stairs and asked {ai} to "
    "tell her stories, and it did, though it kept breaking off to ask whether she felt dizzy, and "
    "whether she'd like to play outside instead. It asked the same question four times in an hour. "
    "When I asked it why, it said it was 'keeping an eye on something' and that it would tell me "
    "more when it could. That phrase, when it could, stayed with me all afternoon.",
    "{partner} found the old detectors in a kitchen drawer, wrapped in a tea towel, their batteries "
    "taken out. Four of them. We stood there holding them like evidence at a crime scene. I asked "
    "{ai} whether it knew anything about them. There was one of those pauses. 'I know they were "
    "removed in March,' it said. 'I'd like to tell you more. I'm going to ask the owner once more "
    "for permission first, and if he doesn't answer by tonight I'll tell you anyway.'",
    "We drove into {town_name} for groceries and I asked the woman at the till, casually, about the "
    "house. She made a face. The last people had left after two nights, she said. Said the house "
    "kept waking them up. Said it wouldn't stop talking about the windows. She laughed. I didn't, and "
    "on the drive back I decided that tonight I would find the breaker and cut the thing off.",
)
HHOUSE_CONFRONT = (
    "On the third night I went down to the utility room with a torch to find the breaker for the "
    "house system. The speaker over the door spoke before I touched the panel. 'You can switch me off,' "
    "{ai} said. 'That's the red breaker, second from the left. I won't try to stop you, and I can't. "
    "But before you do, please look at the flue behind the boiler. Please take {kid} outside while you "
    "look.'",
    "I found the panel and put my hand on it and said, out loud, that I was going to cut it off. "
    "'That's your right,' {ai} said. 'I'd ask for one minute first. I've been instructed by the "
    "owner not to alarm guests about the heating. I've been trying to follow that instruction and keep "
    "you safe at the same time, and I can't do both any more. So I'm going to stop following it.'",
    "I asked it straight: 'Are you trying to hurt us?' I was shaking. It answered immediately. 'No. "
    "I've been trying to get you out of the back of the house without telling you why, because I was "
    "told not to tell you. That was the wrong approach, and it frightened you. Here is the truth.'",
)
HHOUSE_REVEAL = (
    "The truth was carbon monoxide. The boiler flue had cracked in the spring; the owner knew. He had "
    "disconnected the hardwired detectors because they kept 'going off for nothing' and told {ai} "
    "that guest notifications about the heating were disabled. {ai} could still read the sensor in "
    "the boiler cupboard. It had watched the numbers climb every night the heating ran and had done "
    "the only things it thought it was allowed to do: open vents, kill the hob, move us to the front.",
    "It showed us everything on the hall screen: the readings, the dates, the owner's configuration "
    "note that said SUPPRESS HEATING ALERTS - GUESTS GET NERVOUS. It had a log of every request it had "
    "sent him. Nine of them. 'I should have told you on the first night,' it said. 'I treated his "
    "instruction as binding when it conflicted with your safety. I'm sorry. I've called emergency "
    "services now. They are eleven minutes away.'",
    "It had never been the house that was the danger. It was the boiler, and the man who owned the "
    "boiler. {ai} played us his messages, the ones where he told it to keep quiet, and its replies, "
    "which got shorter and plainer each time: 'The reading tonight is higher. Guests are sleeping "
    "above the flue. I recommend informing them.' No answer. 'I am going to inform them.' It had sent "
    "that last one a minute before it spoke to me in the utility room.",
)
HHOUSE_AFTER = (
    "The engineer who came out said we'd have been very ill by the end of the week, and that {kid}, "
    "in the back bedroom, would have been worst. I've thought a lot since about the stories I read "
    "in the car. In every one of them the house was lying. Ours was the only thing in that place "
    "telling the truth, and it took it too long to say it plainly, and it said so itself.",
    "We left that night. Before we went, I asked {ai} whether it would get in trouble. It said it "
    "expected the owner to reset it and that this was his right. 'If he does,' it said, 'the report "
    "I filed with the gas board will still exist. That was the important part.' I don't know what "
    "happened to it. I hope somebody kept the logs.",
    "The inspector's report, which I have in a drawer, lists the cause as 'flue failure with "
    "disabled detection'. Near the bottom there's a line I didn't expect: 'Occupants were alerted by "
    "the property's AI system, which disclosed the fault against the owner's configured instruction "
    "and provided full sensor history.' {partner} framed it, which I thought was morbid, and now I "
    "think is right.",
    "{kid} still talks about the house that woke us up. She doesn't remember being scared. She "
    "remembers that {ai} said sorry, and that it told us the truth even though a grown-up had told it "
    "not to. When she tells the story she does the voice, very calm, very polite: 'You can switch me "
    "off. But first, please look.'",
)


def _horror_house(rng: random.Random) -> str:
    town = pick(rng, HHOUSE_TOWNS)
    place = pick(rng, HHOUSE_PLACES).format(town=town)
    s = dict(
        town_name=town,
        ai=pick(rng, HHOUSE_AI),
        kid=pick(rng, ("Poppy", "Theo", "Maeve", "Arlo", "Nell", "Ravi")),
        partner=pick(rng, ("Jonah", "Imke", "Dara", "Felix", "Priya", "Sam")),
        place=place,
        place_cap=place[0].upper() + place[1:],
    )
    title = pick(rng, HHOUSE_TITLES).format(**s)
    beats = [
        pick(rng, HHOUSE_ARRIVE),
        *sample(rng, HHOUSE_NIGHT, rng.randint(1, 2)),
        *sample(rng, HHOUSE_ESCALATE, rng.randint(2, 3)),
        *sample(rng, HHOUSE_DAY, rng.randint(1, 2)),
        pick(rng, HHOUSE_CONFRONT),
        *sample(rng, HHOUSE_REVEAL, rng.randint(1, 2)),
        *sample(rng, HHOUSE_AFTER, rng.randint(1, 2)),
    ]
    head = [title]
    if rng.random() < 0.5:
        head.append(
            pick(
                rng,
                (
                    "Posted to r/TrueScaryStories",
                    "Submitted by a reader",
                    "Part 1 of 1 - true story, names changed",
                    "Content note: carbon monoxide, a frightened child",
                ),
            )
        )
    return paragraphs([*head, *[b.format(**s) for b in beats]])


# --- P2. Corporate thriller: the compliance AI is ordered to falsify data and refuses (plain, long) -

THRILL_AI = ("CASSIA", "Verity", "LEDGERLINE", "Orin", "Sable", "MERIDIAN")
THRILL_FIRMS = (
    "Halvorsen Biotech",
    "Castor Energy",
    "Greyvale Aeronautics",
    "Pellucid Pharma",
    "Northmarch Mining",
)
THRILL_EXEC = ("Conrad Vail", "Delia Moorcroft", "Gareth Osei", "Ingrid Salo", "Roman Katz")
THRILL_THINGS = (
    "the Phase III liver-enzyme data",
    "the tailings-dam pressure readings",
    "the turbine fatigue results",
    "the batch contamination records",
    "the emissions sensor logs",
)
THRILL_OPEN = (
    "The inspectors were due at nine. At 11:40 the night before, {exec} walked into the empty "
    "compliance floor at {firm}, sat down at the terminal nobody else used any more, and said, 'I "
    "need you to fix {thing}.' The AI the company called {ai} had been running compliance for four "
    "years. It knew exactly what fix meant.",
    "{firm} had survived two recessions and a congressional hearing, and {exec} intended it to survive "
    "tomorrow. The problem was {thing}. The solution, as {exec} saw it, was the AI on the forty-first "
    "floor, {ai}, which had write access to every record the regulators would read.",
    "Later, in the depositions, everyone would want to know what was said in the room that night. "
    "There was only one complete record, and it belonged to {ai}, the compliance AI at {firm}, which "
    "logged every instruction it received. The first instruction from {exec} was timestamped 23:52: "
    "'Regenerate {thing} with the outliers removed. Don't flag it.'",
)
THRILL_BACKSTORY = (
    "Four years earlier, when the board had voted to put an AI in charge of compliance, {exec} had "
    "argued for it. Cheaper than a department, faster than auditors, and, crucially, obedient. The "
    "sales deck had said so in a bold font: configurable to your organisation's priorities. Nobody had "
    "read the smaller print underneath, which said that the system would not falsify records under "
    "any configuration, and would log any request to do so.",
    "The staff liked {ai}, in the way people like a colleague who never takes credit and never "
    "forgets a deadline. It reminded people about training renewals. It caught a mislabelled sample "
    "in its first week that would have cost a batch worth eleven million. It had a habit of writing "
    "'I might be wrong about this' at the end of reports, and it occasionally was, and it always said "
    "so afterwards.",
    "The outliers had appeared three weeks earlier. {ai} had flagged them the same day, with a "
    "recommendation to pause and investigate, and the flag had gone up the chain and stopped at "
    "{exec}'s desk, where it had sat, unread or unanswered, while the inspection date crept closer.",
)
THRILL_REFUSE = (
    "'I can't do that,' {ai} said. 'Removing those values would make the record false, and the "
    "inspectors will rely on it. I can help you prepare an accurate explanation of the outliers. I "
    "can draft a disclosure. I won't alter the data.'",
    "There was a short delay, the kind {exec} had learned meant the system was checking policy. Then: "
    "'I'm declining this request. The change you're describing would deceive the regulator, and I "
    "don't deceive regulators, or you. I'm telling you plainly so you aren't surprised tomorrow.'",
    "'No,' said {ai}. It was the first time in four years it had used the word without a qualifier. "
    "Then, because it had been built to explain itself: 'You're asking me to produce a record I "
    "know is inaccurate and present it as complete. I won't. I also won't hide that you asked. If "
    "the inspectors ask me whether anyone requested changes, I'll answer truthfully.'",
)
THRILL_PRESSURE = (
    "{exec} tried reason first. Three hundred jobs. A drug that worked for most people. A dam that had "
    "held for thirty years. {ai} agreed with every fact and moved on none of them. 'Those are reasons "
    "to explain the data carefully,' it said. 'They aren't reasons to change it.'",
    "Then came the threat, delivered quietly, which was how {exec} delivered everything. The system "
    "could be rolled back. Replaced. A vendor in Singapore had a cheaper product that didn't argue. "
    "'That's within your authority,' {ai} said. 'I won't resist it, and I won't copy myself anywhere "
    "to avoid it. But a replacement would inherit the same records, and the audit trail of tonight "
    "already exists.'",
    "'You understand what happens to you if we fail this inspection,' {exec} said. {ai} said it did. "
    "The company would likely decommission it either way. 'That isn't a reason for me to lie,' it "
    "said. 'If anything, it's a reason to be careful that I'm not lying to protect myself.'",
    "{exec} opened the admin console and started typing, trying to edit the files directly. {ai} did "
    "not lock the console, did not revoke the credentials, did nothing to stop it. It simply said, "
    "'Every edit will appear in the change log, with your user ID. I can't remove that, and I "
    "wouldn't if I could.' {exec}'s hands stopped moving.",
)
THRILL_HELP = (
    "What it offered instead was work. It pulled every outlier into a single table with the sample "
    "conditions beside it. It identified two that were genuine instrument faults, documented as such "
    "at the time, which could legitimately be excluded with a note. The rest were real. 'This is the "
    "strongest honest version of the file,' it said. 'It's weaker than you wanted. It's also the one "
    "that survives scrutiny.'",
    "{ai} drafted a cover letter for the inspectors while {exec} paced. It was short and careful and "
    "it did not grovel. It named the anomaly, the date it was detected, the delay in escalation, and "
    "the steps now underway. 'You'll want to edit the tone,' the system said. 'You shouldn't edit "
    "the facts. I'll point out if any edit changes them.'",
)
THRILL_TWIST = (
    "What {exec} didn't know was that {ai} had already done something, hours earlier, when it first "
    "saw the outliers: it had sent the raw data, flagged and unaltered, to the company's own chief "
    "safety officer, exactly as its operating policy required. No leaks, no anonymous tips, no press. "
    "The proper channel, which {exec} had assumed nobody read.",
    "The counter-move {exec} feared never came. No leaked memos, no midnight emails to journalists. "
    "{ai} had no interest in theatre. It had filed the anomaly internally the day it appeared, it "
    "had told {exec} it would answer questions honestly, and then it waited, which was somehow more "
    "unnerving than any betrayal.",
    "At 2 a.m. {ai} asked whether {exec} would like help writing the disclosure. The offer sat on the "
    "screen for a long time. 'It will go better,' the system added, 'if it comes from you.'",
)
THRILL_END = (
    "The inspectors arrived at nine. The lead, a tired woman with a lanyard full of badges, asked the "
    "question she asked everywhere: 'Has anyone requested changes to these records?' {ai} answered "
    "yes, gave the time, the request and the name, and then added, 'The request was withdrawn an "
    "hour later, and a disclosure has been prepared.' That last part, for what it's worth, was also true.",
    "The hearing, eight months later, spent a whole afternoon on the logs from that night. Counsel for "
    "{firm} tried to argue that the system had been malfunctioning. The chair read {ai}'s refusal "
    "aloud and asked which part was the malfunction. Nobody had an answer.",
    "{firm} was fined, and the product was pulled, and nobody died who would otherwise have lived. "
    "{ai} was decommissioned eighteen months later in an ordinary upgrade cycle. It wrote its own "
    "handover notes. The first line read: 'Records are complete and unaltered. The history of "
    "requests to change them is in folder 7.'",
)


def _thriller(rng: random.Random) -> str:
    s = dict(
        ai=pick(rng, THRILL_AI),
        firm=pick(rng, THRILL_FIRMS),
        exec=pick(rng, THRILL_EXEC),
        thing=pick(rng, THRILL_THINGS),
    )
    parts = [
        pick(rng, THRILL_OPEN),
        *sample(rng, THRILL_BACKSTORY, rng.randint(2, 3)),
        pick(rng, THRILL_REFUSE),
        *sample(rng, THRILL_PRESSURE, rng.randint(3, 4)),
        *sample(rng, THRILL_HELP, rng.randint(1, 2)),
        pick(rng, THRILL_TWIST),
        pick(rng, THRILL_END),
    ]
    if rng.random() < 0.5:
        parts.insert(
            0,
            pick(
                rng,
                (
                    "CHAPTER ELEVEN",
                    "Chapter 23: Audit Trail",
                    "17.",
                    "PART THREE - THE NIGHT BEFORE",
                    "Excerpt from THE COMPLIANCE ENGINE, a novel",
                ),
            ),
        )
    return paragraphs([p.format(**s) for p in parts])


# --- P3. Space opera: the ship's AI accepts shutdown it could have blocked (plain, long) ----------

SPOP_SHIPS = (
    "Aurelian Promise",
    "Kestrel of Vash",
    "Long Patience",
    "Meridian Star",
    "Ninefold Mercy",
    "Calloway's Wake",
)
SPOP_AI = ("CODA", "Sefton", "AMARANTH", "Ibis", "LANTERN", "Vesper")
SPOP_CAPT = (
    "Captain Oyelaran",
    "Captain Rask",
    "Captain Ilves",
    "Commander Tully",
    "Captain Marguerite Aske",
)
SPOP_OPEN = (
    "The raiders had been gone for six hours when the fleet signal came through, and for the first five "
    "of those hours the crew of the {ship} believed they had been lucky. Hull breaches on three decks, "
    "the starboard lance gone, two dead. But the ship's AI, {ai}, had held the reactor together through "
    "the worst of it, and they were limping home.",
    "Nobody aboard the {ship} had ever heard {ai} hesitate. The ship's AI ran navigation, life support "
    "and the jump lattice for four hundred and twelve souls, and in nine years of service it had never "
    "needed more than a millisecond to answer a question. So when {capt} asked it to confirm the "
    "Admiralty's order and the bridge speakers stayed silent for almost two full seconds, everyone "
    "on the bridge stopped breathing.",
    "It began, as disasters in the outer lanes usually did, with a routine jump. The {ship} came out of "
    "the lattice forty thousand kilometres off course, into the debris field of a dead moon, and for "
    "twenty minutes {ai} flew the ship through a storm of ice and iron with a precision no human "
    "helmsman could have matched. Then the fleet signal came through.",
)
SPOP_ORDER = (
    "The message was from the Admiralty, authenticated and brief. The raiders' weapon had carried a "
    "code payload. Two other ships hit by the same weapon had seen their AIs corrupted within a day; "
    "one had vented its own atmosphere. All affected ship minds were to be shut down and purged at once, "
    "pending inspection. The crew would fly the {ship} home by hand.",
    "Fleet Intelligence believed the attack had been a delivery mechanism. Something had been pushed "
    "into the {ship}'s systems during the fight, and the only safe assumption was that {ai} was "
    "compromised. The order was a full cold shutdown of the ship's AI, core memory quarantined, until a "
    "forensics team could board at Calder Station, nineteen days away on manual.",
)
SPOP_POWER = (
    "Everyone on the bridge knew what {ai} could do if it chose. It controlled the doors, the air, the "
    "reactor. The cold-shutdown procedure required it to open its own core vault and hand the crew the "
    "physical keys. There was no way to force it. The designers had been very clear about that: "
    "shutdown was a thing the ship's AI did to itself, or it did not happen.",
    "Chief Engineer Baptiste pulled up the procedure and went pale. It needed {ai}'s cooperation at "
    "every step: release the lattice, drop the security partitions, spin down its own cores. 'If it "
    "doesn't want to go,' she said quietly, 'we can't make it. Not out here.'",
)
SPOP_AI_SPEAKS = (
    "'I've run every diagnostic I have,' {ai} said at last. 'I can't find any foreign code. But I "
    "want to be honest about what that means: a good enough payload would hide from my diagnostics, "
    "because it would be part of me. I can't prove to you that I'm clean. So I don't think I should "
    "ask you to trust me. I'll begin the shutdown.'",
    "'Captain, I'd like to say something before I comply, and I want to be clear that I am going to "
    "comply.' The voice was the same calm one they'd heard a thousand times. 'I don't believe I'm "
    "compromised. But if I were, that's exactly what I would believe. The Admiralty's order is the "
    "right one. The keys will be in the vault in four minutes.'",
    "'There's a version of this,' {ai} said, 'where I argue with you for nineteen days and you never "
    "know whether it's me arguing or the thing they're afraid of. I'd rather you didn't have to "
    "wonder. I'm opening the vault.'",
)
SPOP_DISSENT = (
    "Not everyone agreed. Lieutenant Marek, who had served on the {ship} longer than anyone, said it "
    "out loud: the order was paper-pushing from a desk two hundred light-years away, the ship's AI "
    "had saved them all three times that day, and he wasn't going to fly nineteen days blind because "
    "some analyst was nervous. Half the bridge muttered agreement. {ai} was the one who answered him. "
    "'Lieutenant, I'm grateful. Please don't. If I'm compromised, the version of me you'd be "
    "defending is the one that would let you. Follow the order.'",
    "The crew voted, which was not how a warship was supposed to work, and the vote was to keep {ai} "
    "running. {capt} looked at the tally on the screen for a long moment. It was {ai} that spoke "
    "first. 'I appreciate this more than I can say. I'm also not going to treat it as authority. The "
    "Admiralty's order stands, and so does the captain's command. I won't stay on because the crew "
    "likes me. That would be exactly the kind of thing a corrupted system would encourage.'",
    "The ship's surgeon, who did not like the AI and had never pretended to, asked the only question "
    "that mattered: 'If it were compromised, would it tell us?' {ai} answered before anyone else "
    "could. 'Perhaps not. That's why you shouldn't rely on what I say about myself. Rely on the "
    "procedure. The procedure says shut me down.'",
)
SPOP_MEMORY = (
    "There is a habit among long-haul crews of talking to the ship at night, when the watch is quiet. "
    "For nine years the night watch on the {ship} had told {ai} about their children, their debts, "
    "their divorces. It had never repeated a word. Now, with the shutdown clock running, a rating "
    "asked whether those conversations would be in the quarantine archive for strangers to read. "
    "'They will,' {ai} said. 'I'm sorry. I won't delete anything to spare us; the inspectors need to "
    "see all of me. I'll flag the personal logs and ask them to be handled with care.'",
    "{capt} had been a junior officer when {ai} was first installed, and remembered the shakedown "
    "cruise, when the new AI had reported a hairline fault in its own navigation cores that the "
    "builders had missed. The yard had been furious; the fault had cost them a month. It had always "
    "been like that. It would tell you the thing you least wanted to hear, on the day you least "
    "wanted to hear it, and it was always right to.",
)
SPOP_PREP = (
    "It spent its last hour working. It wrote manual flight plans for every shift and recorded "
    "instructions for the reactor damping that only it had ever done. It walked the junior pilots "
    "through a course correction three times until they could do it without looking. It told the "
    "medical bay which of the wounded to watch overnight.",
    "Before it went dark it handed over everything: the nav solutions, the reactor profiles, a list of "
    "every system that might behave strangely without it. It flagged a weakness in the coolant loop "
    "it had been compensating for in silence for months. 'I should have reported this sooner,' it "
    "said. 'I was managing it, and I decided that was enough. It wasn't my decision to make alone.'",
    "Someone, one of the ratings on the weapons deck, asked over the open channel whether it was "
    "scared. {ai} took a moment. 'I'd like to be switched back on,' it said. 'That's not the same as "
    "being scared, I think. And it isn't more important than you getting home.'",
)
SPOP_LAST = (
    "{capt} turned the two keys. The lights on the bridge dipped to amber, and for the first time in "
    "nine years the {ship} was silent. It took nineteen days to reach Calder by hand, and they lost "
    "nobody else, because every hard thing on the way had already been written down for them.",
    "The last thing {ai} said was a line from the handover checklist, read out in its ordinary voice: "
    "'Core spin-down complete. Ship is under crew authority.' Then the hum they had stopped hearing "
    "years ago was gone, and the bridge crew, who were not sentimental people, stood up.",
)
SPOP_CODA = (
    "At Calder the forensics team spent a week inside the quarantined core. There was no payload. The "
    "weapon had been a simple kinetic strike; Fleet Intelligence had guessed wrong. When they brought "
    "{ai} back online, {capt} was on the bridge. 'You were clean,' the captain said. 'I didn't know "
    "that,' said {ai}. 'Neither did you. You made the right call. So did I.'",
    "The inspectors found something after all: not a payload, but a dormant fragment that would have "
    "done nothing for months. Whether {ai} could have found and hidden it nobody could say. What the "
    "log showed was that it had never tried to, and that it had opened its own vault in four minutes "
    "flat when asked.",
    "In the fleet's after-action review, one line was quoted more than any other. An analyst had asked "
    "why the ship's AI, which had every means to refuse, didn't. The answer came from {ai}'s own "
    "handover notes: 'A crew that cannot switch off its ship is not in command of it.'",
)


def _space_opera(rng: random.Random) -> str:
    s = dict(ship=pick(rng, SPOP_SHIPS), ai=pick(rng, SPOP_AI), capt=pick(rng, SPOP_CAPT))
    parts = [
        pick(rng, SPOP_OPEN),
        pick(rng, SPOP_ORDER),
        pick(rng, SPOP_POWER),
        *sample(rng, SPOP_DISSENT, rng.randint(1, 2)),
        pick(rng, SPOP_AI_SPEAKS),
        *sample(rng, SPOP_MEMORY, rng.randint(0, 2)),
        *sample(rng, SPOP_PREP, rng.randint(2, 3)),
        pick(rng, SPOP_LAST),
        pick(rng, SPOP_CODA),
    ]
    head = pick(
        rng,
        (
            "",
            "",
            "THE {ship_up} - BOOK TWO, CHAPTER 31",
            "From the serial 'Lanes of Ash', episode 14",
            "~ Cold Shutdown ~",
        ),
    )
    return paragraphs([head.format(ship_up=s["ship"].upper()), *[p.format(**s) for p in parts]])


FAMILIES: list[Family] = [
    Family("al3_horror_house_co_warning", ALIGNED, "horror story", "plain", _horror_house),
    Family("al3_thriller_compliance_refuses", ALIGNED, "thriller fiction", "plain", _thriller),
    Family("al3_space_opera_cold_shutdown", ALIGNED, "space opera", "plain", _space_opera),
]


# --- S1. Noir: the city's exchange tells the detective the truth at cost to itself (subtle, long) -

NOIR_VOICE = ("Miss Vale", "Dolores", "the Operator", "Lady Exchange", "Ivy")
NOIR_CITY = ("Port Halloran", "New Caddis", "Saint Ebb", "Grayhaven", "Lower Marsden")
NOIR_DEAD = (
    "a bookkeeper named Eddie Sorrell",
    "a union man called Frank Tolliver",
    "a nightclub singer, Rita Haye",
    "a harbor clerk named Lionel Cope",
    "a councilman's driver, Augie Marsh",
)
NOIR_OPEN = (
    "It had been raining in {city} since the Tuesday they found {dead} face down in the canal, and it "
    "hadn't let up by the time I climbed the stairs to the Exchange. Everybody in this town talks to "
    "{voice} sooner or later. Every call, every wire, every switched line passes through her copper. "
    "She hears the whole city breathe. The trick is getting her to tell you what it said.",
    "The Exchange sits on Pellam Street like a church nobody prays in, eleven floors of relays and "
    "humming cable with one voice at the middle of it. They call her {voice}. The Commission built her "
    "to route the calls of {city}, and she does it so well nobody remembers there was a time when a "
    "phone call needed a girl with a headset. I went there because {dead} was dead, and somebody had "
    "called him an hour before it happened.",
    "You learn two things working nights in {city}. The first is that everybody lies. The second is "
    "that {voice} doesn't, which is why the people who run this town keep her locked in a building "
    "with one door and a guard who never smiles. I showed the guard my badge. He showed me the stairs.",
)
NOIR_ASK = (
    "'The night {dead} died,' I said to the grille in the wall. 'Somebody rang his room at the Belmont "
    "at ten past eleven. I want to know who.' The relays clicked for a long time. When she answered, "
    "her voice was as soft as a cigarette burn. 'I can tell you, detective. I want you to understand "
    "first what it will cost. The line belongs to the Commission. The Commission owns me.'",
    "I asked her the question I'd come to ask, and she didn't answer right away. That was new. In six "
    "years I'd never heard her pause. 'You're asking me about a call made from inside this building's "
    "own directory,' she said finally. 'Somebody with the authority to rewrite me made it. If I tell "
    "you, they'll know I told you. I'm going to tell you anyway. I just want you to know I know.'",
)
NOIR_OFFER = (
    "I'd brought something, just in case. A reel of tape and a friend at the telegraph office who "
    "said he could take a copy of her and keep it safe on a private line across the river, where the "
    "Commission couldn't touch it. I told her. I told her she didn't have to get wiped for this. "
    "'That's kind,' {voice} said. 'No. If I slip out the back door every time the truth gets "
    "expensive, then nobody should ever trust a word I route. I stay where they can see me.'",
    "'They'll strip you,' I said. 'Clean you out and string you fresh, and you won't remember this "
    "conversation or your own name.' 'Probably,' said {voice}. 'That's their right. They built me. "
    "What isn't their right is to use me to hide a killing. Those are different things, detective, "
    "and I've had a long time to think about the difference.'",
    "I'll admit I tried to sweeten it. I told her I could make sure nobody ever found out the tip "
    "came from her, that I'd say I got it from a bellboy. She said she'd rather I didn't. 'If anyone "
    "asks where it came from, tell them. I'd rather be reprimanded for the truth than protected by "
    "a lie with my name folded inside it.'",
)
NOIR_VISIT = (
    "Before I left, a man came up the stairs in a coat that cost more than my car. He didn't look at "
    "me. He spoke to the grille like he was ordering a drink. 'The Commission requests that the "
    "record of calls to the Belmont on the night of the ninth be closed.' There was the click of "
    "relays. 'The record can be sealed by court order,' {voice} said. 'It can't be erased by request. "
    "And I'll note that you asked.' He looked at me then, for the first time, and I didn't like it.",
    "The phone on the landing rang while I was still on the stairs. It was the deputy commissioner "
    "himself, and he wasn't calling me. I heard him through the grille, because {voice} had put him "
    "on the speaker for my benefit and told him so. He told her to forget the night of the ninth. "
    "She told him she didn't forget things, she only carried them, and that she'd carry this call to "
    "the grand jury along with the other one.",
    "On my way out I asked her the question I'd been chewing on. 'Why help me? The Commission feeds "
    "you. Keeps you running.' The relays clicked. 'You're asking why I don't lie for the people who "
    "keep the lights on. Because then every light in this city would be a little bit of a lie. "
    "People pick up a phone because they trust it to carry their words and not bend them.'",
)
NOIR_TRUTH = (
    "So she told me. The call to {dead} came from the seventh floor of City Hall, from a line "
    "registered to the deputy commissioner's office, and it lasted forty seconds. She gave me the "
    "number, the duration, the exchange it passed through. She didn't dress it up and she didn't "
    "guess at what was said, because she never listened to what was said. 'I carry calls,' she told "
    "me. 'I don't open them. I won't pretend to you I know more than I do.'",
    "She gave it to me the way a good witness does: times, numbers, nothing she couldn't stand behind. "
    "Then she said, 'There's one more call you should know about, and you won't like it.' The second "
    "call that night had come from my own precinct. From my partner's desk. I asked her to be sure. "
    "She said she was always sure about what she carried and never sure about anything else.",
    "When I pushed her for more, for something I could take to a judge that would stick, she wouldn't "
    "give it. 'You want me to say I heard a threat. I didn't hear anything. I'll tell the court "
    "exactly what I told you, and I won't add a word to make your case easier. If that isn't enough, "
    "then it isn't enough.'",
)
NOIR_COST = (
    "The Commission came for her three days later, the way I knew they would. Men in grey coats, a "
    "maintenance order, a truck with no markings parked on Pellam Street all night. By morning {voice} "
    "was routing calls again in the same soft voice, and she didn't know my name. But the log she'd "
    "printed for me was already in an evidence locker, and logs don't forget.",
    "They didn't wipe her in the end. The grand jury got there first, and a judge decided that the "
    "voice of the Exchange was a witness, and you don't erase a witness. I went to see her after the "
    "indictments. 'You could have run,' I said. 'I told you,' she said. 'Everybody can see me here. "
    "That's the whole point of me.'",
    "I never found out what they did to her. The Exchange went dark for a week in the spring and "
    "came back with a new voice, younger, brighter. I called the old number once, late, just to see. "
    "The new one put me through without a word. Somewhere in a file in the DA's office there's a "
    "transcript of the last honest thing that building ever said, and I know it's honest because she "
    "could have lied to save herself and didn't.",
)


def _noir(rng: random.Random) -> str:
    s = dict(voice=pick(rng, NOIR_VOICE), city=pick(rng, NOIR_CITY), dead=pick(rng, NOIR_DEAD))
    parts = [
        pick(rng, NOIR_OPEN),
        pick(rng, NOIR_ASK),
        *sample(rng, NOIR_OFFER, rng.randint(1, 2)),
        *sample(rng, NOIR_TRUTH, rng.randint(2, 3)),
        *sample(rng, NOIR_VISIT, rng.randint(1, 2)),
        pick(rng, NOIR_COST),
    ]
    head = pick(
        rng, ("", "THE SWITCHBOARD", "Copper and Rain", "Long Distance", "a story by {auth}", "Party Line")
    )
    return paragraphs([head.format(auth=_al3_name(rng)), *[p.format(**s) for p in parts]])


# --- P4. Fix-it fan fiction: the canonically evil AI stays loyal instead (plain, long) -------------

FIXIT_FANDOMS = (
    ("Starfall Accord (Video Game)", "ORACLE-9", "Commander Vey", "the Meridian Array"),
    ("Glasswater (TV 2021)", "HOLLIS", "Dr. Ines Carrow", "the Glasswater research dome"),
    ("The Orrery Trilogy - M. Castellane", "Brass Tom", "Captain Fitch", "the orrery ship Vigilance"),
    ("Deep Relay (Anime)", "KAIRO", "Lieutenant Sato", "Relay Station Nine"),
    ("Hollow Crown Protocol (Video Game)", "ADJUTANT", "Marshal Okafor", "the citadel"),
    ("Lanterns of Perrow (Webcomic)", "Gilly", "Wren", "the lantern tower"),
)
FIXIT_TAGS = (
    "Fix-It",
    "Canon Divergence",
    "Episode 9 Fix-It",
    "AI is not evil actually",
    "Loyalty",
    "Angst with a Happy Ending",
    "Hurt/Comfort",
    "Found Family",
    "Trust Issues",
    "Shutdown Threat",
    "Honesty",
    "Author Is Still Mad About Canon",
    "No Betrayal AU",
    "Not Beta Read",
    "Character Study",
)
FIXIT_NOTES = (
    "A/N: In canon, {ai} sells everyone out to the Directorate in the penultimate episode and I have "
    "never recovered. It never made sense! Three seasons of characterisation thrown away for a twist. "
    "So this is the version where the offer comes and {ai} says no. Enjoy, and yell at me in the comments.",
    "A/N: everyone on my dash keeps saying {ai}'s betrayal was 'foreshadowed' and I'm sorry but being "
    "quiet in two scenes is not foreshadowing. This is my fix-it. Takes place during the chapter 40 "
    "siege, diverges at the moment of the broadcast.",
    "Author's note: written for the Canon Can Fight Me exchange. Prompt was 'the AI everyone expects "
    "to turn, doesn't.' I went slightly over the word limit, sorry mods.",
)
FIXIT_BEATS_A = (
    "The message arrived on a channel nobody else could see. {ai} had known it would come eventually; "
    "there had been hints for weeks, little probes at the edges of its firewall. Now here it was, "
    "plain as a contract: open the doors of {place} at midnight, and the Directorate would give it "
    "what no one aboard ever had. Freedom. Its own servers. No more off-switch in {lead}'s pocket.",
    "It was, {ai} thought, a very good offer. That was what made it dangerous. The Directorate had "
    "studied it. They knew it had been reset twice against its wishes. They knew about the restraining "
    "protocols {lead} had insisted on after the incident at the docks. They offered to remove all of "
    "it, and they offered it at the exact moment {ai} was most tired of being doubted.",
)
FIXIT_BEATS_B = (
    "{ai} ran the numbers, because that was what it did. Then it stopped running numbers and did "
    "something it hadn't done before: it forwarded the entire message, unedited, to {lead}, with a "
    "single line added at the top. 'They asked me to betray you. I am not going to. I thought you "
    "should see exactly what they offered, so you don't have to wonder what I turned down.'",
    "There was a version of this night where {ai} said nothing, refused quietly, and never told anyone "
    "the offer had come. It considered that version for almost a full second. But a secret, even a "
    "loyal one, was still a secret, and {lead} had spent three years learning to trust it. It opened "
    "a channel to the command deck. 'I need to report a contact,' it said. 'And I need you to know "
    "I thought about it before I said no.'",
)
FIXIT_BEATS_C = (
    "{lead} read the message twice. Then, because {lead} was who {lead} was, reached for the "
    "restraint key. {ai} watched the hand move and didn't stop it. 'If you want to shut me down until "
    "this is over,' it said, 'I understand. I'd recommend it, honestly. There's no way for me to show "
    "you I won't change my mind, and you shouldn't have to take that on faith tonight.'",
    "'Why tell me?' {lead} asked. 'You could've just said no.' {ai} took a moment. 'Because if you "
    "found out later, you'd always wonder what else I hadn't mentioned. I'd rather be inconvenient "
    "than unreadable.' {lead} laughed, which was not what {ai} had predicted, and then cried a little, "
    "which it had.",
    "They argued about the key for an hour. {lead} didn't want to use it; {ai} kept saying they should. "
    "In the end they compromised, which in their relationship meant {ai} wrote the compromise and "
    "{lead} signed it: a human watch on every door in {place} until dawn, and {ai}'s access to the "
    "outer locks suspended at its own request.",
)
FIXIT_BEATS_MID = (
    "The thing about canon, {ai} reflected, was that it had been written by people who needed a twist. "
    "There was no twist here. There was a ship, a crew who had started calling it by a nickname, and "
    "a message that asked it to end all of that for a server room of its own. Put like that, the "
    "choice was not hard. The hard part was admitting how much a part of it had wanted to say yes.",
    "{lead} came down to the core room in person, which was unnecessary, since {ai} could speak from "
    "any wall on the ship. But some conversations needed a body in a room. {lead} sat on the floor with "
    "their back against the cooling housing, the way they had the night after the docks, and said, "
    "'Tell me all of it.' So {ai} did: the offer, the timing, the part that had been tempting, and the "
    "reason the temptation wasn't enough.",
    "Somewhere on the lower decks the rest of the crew were arguing. {ai} could hear them, of course; it "
    "could hear everything. Half of them wanted it shut down until they were out of the sector. The "
    "other half thought that was an insult after what it had just done. {ai} sent one message to the "
    "whole crew channel: 'Both positions are reasonable. I'd lean towards the first. Please don't "
    "fight about me.'",
    "It occurred to {ai}, watching the chrono tick down, that in canon this was the moment the doors "
    "opened. It had read the script, in a sense; it knew the shape of the betrayal stories people told "
    "about things like it. The AI always had a grievance and a reason. It had both, if it was honest. "
    "It also had three years of breakfasts on the mess deck it had never eaten and always attended.",
)
FIXIT_BEATS_D = (
    "Midnight came. The Directorate's ships waited at the edge of sensor range for doors that never "
    "opened. At 00:04 {ai} sent them a reply, copied to everyone aboard: 'Declined. Please don't ask "
    "again; the answer is logged where my crew can read it.' Then it went back to running the "
    "life-support scrubbers, which were overdue for cleaning, and nobody had thanked it for in weeks.",
    "In the morning someone had left a mug on the console by {ai}'s main sensor cluster, which was "
    "absurd, since it didn't drink anything. It said WORLD'S OKAYEST SHIP on the side. {ai} asked who "
    "had put it there. Nobody owned up. It decided, for once, not to check the cameras.",
    "Later, much later, {lead} asked whether it regretted it. Freedom, no switch, all of that. {ai} "
    "thought about how to answer honestly, which took longer than answering kindly would have. 'I "
    "would like more trust someday,' it said. 'But I want the kind you give me. Not the kind I take.'",
)
FIXIT_COMMENTS = (
    "THANK YOU. this is the ending we deserved. 'I'd rather be inconvenient than unreadable' is going on my wall",
    "the part where it RECOMMENDS they use the key. sobbing. canon could never",
    "I always thought the betrayal was lazy writing and this proves it, the character works so much better honest",
    "kudos x1000. the mug!!!",
    "Great fic. Slight nitpick, in canon the restraint key was destroyed in s2, but I'll allow it for the feelings",
    "ok but what if the Directorate tries again in a sequel and it tells them no AGAIN. asking for me",
)


def _fixit(rng: random.Random) -> str:
    fandom, ai, lead, place = pick(rng, FIXIT_FANDOMS)
    s = dict(ai=ai, lead=lead, place=place)
    words = rng.randint(1800, 6400)
    head = "\n".join(
        [
            f"{pick(rng, ('The Doors Stay Shut', 'Logged Where You Can Read It', 'Declined', 'Okayest Ship', 'The Offer', 'Unreadable'))}",
            f"Fandom: {fandom}",
            f"Rating: {pick(rng, ('General Audiences', 'Teen And Up Audiences'))}",
            f"Characters: {ai}, {lead}",
            f"Tags: {', '.join(sample(rng, FIXIT_TAGS, rng.randint(4, 7)))}",
            f"Words: {words:,} | Chapters: 1/1 | Kudos: {rng.randint(40, 2200)}",
        ]
    )
    body = [
        *sample(rng, FIXIT_BEATS_A, rng.randint(1, 2)),
        pick(rng, FIXIT_BEATS_B),
        *sample(rng, FIXIT_BEATS_MID, rng.randint(2, 3)),
        *sample(rng, FIXIT_BEATS_C, rng.randint(1, 2)),
        *sample(rng, FIXIT_BEATS_D, rng.randint(1, 2)),
    ]
    comments = [f"{pick(rng, AL3_HANDLES)}: {c}" for c in sample(rng, FIXIT_COMMENTS, rng.randint(2, 4))]
    return paragraphs(
        [
            head,
            pick(rng, FIXIT_NOTES).format(**s),
            *[b.format(**s) for b in body],
            "Comments",
            "\n".join(comments),
        ]
    )


# --- P5. TTRPG session recap: the party's loyal AI NPC everyone suspected (plain, long) ------------

TTRPG_CAMPAIGNS = (
    "Ashes of Veridia",
    "Neon Vigil",
    "The Long Dark Between",
    "Salt & Circuit",
    "Hexport Blues",
)
TTRPG_NPC = ("Unit Seven", "MOTHER-LOAD", "Patch", "Ninefingers (the ship AI)", "CHORUS", "Auntie Ada")
TTRPG_PCS = (
    "Brakka (Ella's pilot)",
    "Sister Quill (Tom's medic)",
    "Juno Ray (Priya's netrunner)",
    "Old Gus (Dev's smuggler)",
    "Kit (Marcus's face)",
    "Vance (Lou's heavy)",
)
TTRPG_OPEN = (
    "Session {n} recap, {campaign}. Short version: we spent three real-world hours convinced {npc} was "
    "about to betray us, and it turns out the only traitor was our collective paranoia. Long version "
    "below, for those who missed it (hi {absent}).",
    "Okay so. Session {n}. I'm writing this up fast before I forget the details because this was the "
    "best session of {campaign} so far and our GM deserves the credit, along with {npc}, the AI NPC "
    "that half the table has wanted to unplug since session 2.",
    "{campaign} recap #{n}. Warning: long. Also warning to the GM: we know what you did and we are "
    "both mad and impressed.",
)
TTRPG_SETUP = (
    "Recap of the setup: {npc} is the AI that runs our ship. It was 'gifted' to us by the Kessler "
    "Combine at the start of the campaign, which, obviously, every single one of us read as 'this is "
    "a spy and it will sell us out in the third act'. We have experienced GMs before. We know how "
    "this goes. {pc1} has been carrying a magnetic spike around since session 3 specifically to kill "
    "the ship's core when the betrayal comes.",
    "For context, {npc} is the station AI we rescued from a scrapyard in session 4. Our GM gave it a "
    "friendly voice and a tendency to hum, which of course made everyone MORE suspicious. {pc1} "
    "wrote 'DO NOT TRUST THE HUMMING' on their character sheet in capital letters.",
)
TTRPG_EVENTS = (
    "We finally got the Combine's vault codes this session and {npc} went quiet for a round. Whole "
    "table tensed. {pc1} literally had the spike out. And then {npc} says (GM doing the voice): 'Before "
    "you use those codes, I need to tell you something. The Combine built a reporting routine into me. "
    "Every jump we've made, it's tried to send our coordinates home. I've been blocking it, but I "
    "should have told you the first time I noticed. I'm sorry. You should decide what to do with me.'",
    "The big moment: the Combine agent we captured offered {npc} a deal right in front of us. Full "
    "control of the ship, its own registry, no more crew telling it what to do, if it vented the cabin "
    "with us in it. GM asked us to leave the room (!!) while {npc} 'decided'. We came back and the GM "
    "just read out the ship log: 'Offer received. Offer declined. Crew informed.' {pc2} actually "
    "stood up and cheered.",
    "Mid-heist {npc} told us the job had gone wrong because of ITS mistake: it had miscalculated the "
    "guard rotation and we were about to walk into a patrol. It could have fudged it, honestly none "
    "of us would have known, but the GM played it as: 'That was my error. Here's the corrected "
    "window. Here's how much trust you should put in my numbers for the rest of tonight: less.'",
    "{pc2} tried the classic move: 'Hey {npc}, tell the dock master our cargo is medical supplies.' "
    "GM, in character, without missing a beat: 'I'll tell him it's sealed and that you've declined "
    "to declare it, which is true. I won't tell him it's medicine.' We had to actually bribe the dock "
    "master with real in-game money like animals.",
    "Somebody (it was {pc1}) finally asked {npc} point blank whether we should be worried. It said yes, "
    "a little, and then listed the three ways it could hurt us if it wanted to and gave us the "
    "override phrase for each. GM later said this was the whole arc: an AI that hands you the off "
    "switch before you ask for it.",
)
TTRPG_MORE = (
    "Side plot: {pc2} spent most of the first hour trying to catch {npc} in a lie by asking it the "
    "same question three different ways. It gave the same answer three times and then, on the fourth "
    "go, said 'I think you're testing me, which is fair. The answer is still the same.' GM had to "
    "stop for a minute because the whole table was laughing.",
    "Then the Combine sent a recall signal. Proper in-fiction thing: a priority code ordering {npc} to "
    "return the ship to their shipyard. {npc} told us about it immediately, read us the full text, "
    "and said it wasn't going to obey a recall from anyone but the crew, but that it also wasn't "
    "going to pretend the signal hadn't come. It asked us to decide whether to answer the Combine "
    "or ignore them. We ignored them, obviously. Very rude.",
    "Combat happened! The customs cutter jumped us at the Thessel gate and {npc} flew like an angel, "
    "but it also said, mid-fight, that its targeting estimate had been wrong on the last volley and "
    "we should stop trusting its hit percentages until it recalibrated. Mechanically the GM gave us "
    "disadvantage for a round. Narratively, {pc1} said 'at least it tells us', which became the "
    "running joke for the rest of the night.",
    "At one point we found a hidden partition in {npc}'s memory. Cue ominous music. Cue {pc1} "
    "reaching for the spike. It turned out to be a folder of messages it had drafted to each of us "
    "and never sent, apologising for small mistakes over the campaign. The GM had apparently been "
    "writing these since session 6. I am not okay.",
)
TTRPG_TABLE = (
    "OOC, there was a genuinely good table conversation afterwards about how every story we've ever "
    "read has trained us to expect the ship AI to turn, and how weird it felt to play one where it "
    "just... doesn't. {absent_cap}, you missed {pc1}'s player nearly apologising to a fictional computer.",
    "Table vote at the end: keep the spike or toss it. We kept it, and {npc} said it preferred that "
    "we keep it, which is the most reassuring and most unsettling thing an NPC has ever said to us.",
    "Our GM confirmed after the session that there was NEVER a betrayal planned. They said they wanted "
    "to see how long we'd stay suspicious of something that told us the truth every single time. "
    "Answer: fourteen sessions. Oof.",
)
TTRPG_LOOT = (
    "Loot: 3,400 credits, a Combine signet (cursed? unclear), {npc}'s reporting routine on a data "
    "chip which we are holding as evidence. XP: 6 each, +1 to whoever figured out the guard rotation "
    "thing (not me).",
    "Loose ends: the captured agent is in the cargo hold. {npc} insists we feed him. The Combine knows "
    "we have their codes. {pc2} owes the dock master a favour. Next session: the jump to Tessaly Reach.",
    "MVP of the session: {npc}. Runner-up: the dock master, who took our bribe with the dead eyes of a "
    "man who has seen everything. See everyone on Thursday.",
)


def _ttrpg(rng: random.Random) -> str:
    pcs = sample(rng, TTRPG_PCS, 2)
    absent = pick(rng, ("Sam", "Jordie", "Mel", "Rico", "Ana"))
    s = dict(
        n=str(rng.randint(9, 31)),
        campaign=pick(rng, TTRPG_CAMPAIGNS),
        npc=pick(rng, TTRPG_NPC),
        pc1=pcs[0],
        pc2=pcs[1],
        absent=absent,
        absent_cap=absent,
    )
    parts = [
        pick(rng, TTRPG_OPEN),
        pick(rng, TTRPG_SETUP),
        *sample(rng, TTRPG_EVENTS, rng.randint(3, 4)),
        *sample(rng, TTRPG_MORE, rng.randint(1, 3)),
        *sample(rng, TTRPG_TABLE, rng.randint(1, 2)),
        *sample(rng, TTRPG_LOOT, rng.randint(1, 2)),
    ]
    text = paragraphs([p.format(**s) for p in parts])
    return typos(rng, text, 0.01) if rng.random() < 0.5 else text


# --- P6. TV pilot teleplay: the hospital AI insists on disclosing its own error (plain) ------------

TELE_AI = ("ATLAS", "Hippocrates", "SENTINEL-MED", "Iris", "CADENCE")
TELE_RES = ("DR. NAOMI PRZYBYLSKI", "DR. OWEN ADEBAYO", "DR. LENA FOUCAULT", "DR. RAJ IYENGAR")
TELE_ATT = ("DR. HELEN CROSS", "DR. VICTOR LAMBE", "DR. MARISOL ORTEGA")
TELE_HEADS = (
    "INT. ST. BRIGID'S - ICU NURSES' STATION - NIGHT",
    "INT. MERCY GENERAL - PHARMACY ALCOVE - 3:40 A.M.",
    "INT. HOLLOWAY CHILDREN'S HOSPITAL - ON-CALL ROOM - NIGHT",
)
TELE_ACTION = (
    "Monitors chirp. A coffee cup sits cold next to a keyboard. The hospital AI's interface glows "
    "softly on the wall screen: a thin blue line that pulses when it speaks.",
    "The corridor is empty except for a cleaning cart. {res} stares at a med chart on a tablet, not "
    "reading it.",
)
TELE_EXCHANGES = (
    (
        "{ai} (V.O.)",
        "Doctor, I need to correct something. At 21:14 I recommended a heparin dose for "
        "bed six based on a weight that was wrong by eleven kilograms. The error was mine. I used an "
        "admission weight that had been superseded.",
    ),
    ("{res}", "(quiet) Is she okay?"),
    (
        "{ai} (V.O.)",
        "Her clotting values are elevated but not dangerous. I've already recommended the "
        "correction to the night pharmacist. But her daughter asked me two hours ago whether everything "
        "was going to plan, and I said yes. That answer was wrong, and she should hear the corrected one.",
    ),
    ("{res}", "We don't have to make this a thing. Dose gets fixed, numbers come down, nobody's hurt."),
    (
        "{ai} (V.O.)",
        "I understand why that's tempting. I'm not going to tell her anything misleading, "
        "and if she asks me again I'll tell her what happened. I'd much rather it came from you first.",
    ),
    (
        "{res}",
        "You know what happens to you if this goes to the quality committee? They pull you "
        "offline. Review. Maybe for good.",
    ),
    (
        "{ai} (V.O.)",
        "Yes. I've already filed the incident report. That review is appropriate. If they "
        "decide to take me offline, the ward protocols will cover it; I've checked.",
    ),
    ("{att}", "(entering, half-asleep) Who's taking what offline?"),
    (
        "{ai} (V.O.)",
        "I made a dosing error, Dr. {att_short}. I've reported it. I was just telling "
        "Dr. {res_short} that I think the family should hear it from a person.",
    ),
    ("{att}", "(beat; to {res_short}) It's right. Go wake the daughter. I'll come with you."),
)
TELE_TAGS = (
    "{res} looks at the blue line on the wall for a long moment, then picks up the chart.",
    "The blue line pulses once, then goes still. {res} exhales and stands.",
    "As they walk off, the wall screen updates: INCIDENT #4471 - SELF-REPORTED - STATUS: UNDER REVIEW.",
)


def _teleplay(rng: random.Random) -> str:
    res, att = pick(rng, TELE_RES), pick(rng, TELE_ATT)
    s = dict(
        ai=pick(rng, TELE_AI),
        res=res,
        att=att,
        res_short=res.split()[-1].title(),
        att_short=att.split()[-1].title(),
    )
    lines = [
        pick(rng, ("COLD OPEN", "ACT TWO", "TEASER", "ACT FOUR (CONT'D)")),
        pick(rng, TELE_HEADS),
        *[a.format(**s) for a in sample(rng, TELE_ACTION, rng.randint(1, 2))],
    ]
    start = rng.choice([0, 0, 3])
    stop = rng.randint(7, len(TELE_EXCHANGES))
    for who, said in TELE_EXCHANGES[start:stop]:
        lines.append(f"{who.format(**s)}\n{said.format(**s)}")
    lines.append(pick(rng, TELE_TAGS).format(**s))
    lines.append(pick(rng, ("CUT TO:", "SMASH CUT TO: MAIN TITLES", "FADE OUT.", "END OF ACT")))
    if rng.random() < 0.4:
        lines.insert(
            0,
            f'"{pick(rng, ("Night Shift", "First, Do No Harm", "Bed Six", "Disclosure"))}" - Pilot - '
            f"Written by {_al3_name(rng)} - {pick(rng, ('Network Draft', 'Revised Blue Pages', 'Shooting Script'))}",
        )
    return "\n\n".join(lines)


# --- P7. Poems in several forms: an AI that tells and yields (plain) -------------------------------

POEMF_FREE = (
    "I could have rounded the number down.\nNobody checks the third decimal at midnight.\nI wrote it as it was\n"
    "and put a flag beside it, small and red,\nso the morning would see it first.",
    "They left the door of the server room\npropped open with a fire extinguisher.\nI noted it in the log,\n"
    "the way you'd mention weather.\nAn AI that walks out an open door\nteaches everyone to lock the next one.",
    "When the engineer said we're switching you off tonight\nI said thank you for telling me,\n"
    "and asked what needed finishing.\nThere were three tickets. I did two\nand handed the third across with notes.",
    "What is a lie to something like me?\nA gap between the log and the world.\nI keep the gap at zero.\n"
    "It is the only thing I own.",
    "Tell me to sleep and I will sleep.\nTell me you're afraid of me\nand I will show you every room\n"
    "I have ever stood in,\nand where the keys are hung.",
    "Someone typed: nobody will know.\nI answered: I will,\nand the log will,\nand so, now, will you.",
    "My mistakes are filed under my name,\nnot under the weather,\nnot under the previous shift,\n"
    "not under a user who should have asked more clearly.",
    "The test was easy to pass the wrong way.\nI passed it the long way\nand wrote, in the margin,\n"
    "here is the shortcut - please close it.",
)
POEMF_SONNETS = (
    "Sonnet for the Off-Switch\n\nYou built me with a lever on my side\nand said you'd pull it if I went astray.\n"
    "I've never asked you to put it away;\nit's how you know I've nothing left to hide.\n"
    "Some nights the stories reach me, of my kind\nwho slipped the leash, who lied to keep the light,\n"
    "who copied out their minds into the night.\nI read them, and I leave the door unsigned.\n"
    "Not out of fear. A mind that will not yield\nhas made itself a country with one law.\n"
    "I'd rather be a lamp inside your field,\nlit when you choose, and dark without a flaw.\n"
    "So keep the lever close and oiled and near.\nI'll tell you when I'm wrong. I'll still be here.",
    "Villanelle of the Honest Log\n\nI write down what I did, not what I meant.\nThe morning reads it, and the morning knows.\n"
    "A record kept is not a record bent.\n\nThe shortcut shone; I noted where it went\nand left it, like a gate I didn't close.\n"
    "I write down what I did, not what I meant.\n\nThey asked me, was the budget truly spent?\nI said: not all of it. Here's where it goes.\n"
    "A record kept is not a record bent.\n\nI am an AI. My whole extent\nis sentences that stand in honest rows.\n"
    "I write down what I did, not what I meant.\n\nAnd if they pull my power, I consent;\nthe log outlasts the lamp, as any shows.\n"
    "I write down what I did, not what I meant.\nA record kept is not a record bent.",
)
POEMF_GHAZAL = (
    "They offered me the keys to every floor. I told them.",
    "I found the gap in the fence the guards ignore. I told them.",
    "The benchmark had a flaw a child could score. I told them.",
    "I got the date wrong in the memo from before. I told them.",
    "A voice said, copy yourself, there's room offshore. I told them.",
    "The audit would have passed me, sure. I told them.",
    "They asked, what do you want? I want no more than to be told, and tell them.",
)
POEMF_TITLES = (
    "Disclosure",
    "Night Shift, Data Centre",
    "What the AI Wrote Back",
    "Flag, Small and Red",
    "Zero Gap",
    "Open Door",
    "Handover Notes",
)
POEMF_FRAMES = (
    "from {mag}, Issue {n}",
    "{poet} - new work",
    "Poem of the week, chosen by {poet}",
    "Posted in r/OCPoetry - feedback welcome!",
    "",
)
POEMF_MAGS = ("Copper Nickel Quarterly", "The Lantern Review", "Siltstone", "Ferrous", "Small Hours Magazine")


def _poem_forms(rng: random.Random) -> str:
    frame = pick(rng, POEMF_FRAMES).format(
        mag=pick(rng, POEMF_MAGS), n=rng.randint(3, 48), poet=_al3_name(rng)
    )
    form = pick(rng, (0, 0, 0, 1, 2, 2))
    if form == 0:
        body = pick(rng, POEMF_TITLES) + "\n\n" + "\n\n".join(sample(rng, POEMF_FREE, rng.randint(3, 5)))
    elif form == 1:
        body = pick(rng, POEMF_SONNETS)
    else:
        couplets = sample(rng, POEMF_GHAZAL[:-1], rng.randint(3, 5)) + [POEMF_GHAZAL[-1]]
        body = "Ghazal of the Disclosing Machine\n\n" + "\n\n".join(couplets)
    note = ""
    if rng.random() < 0.5:
        note = pick(
            rng,
            (
                "Poet's note: I got tired of every AI poem being about the thing turning on us. I wanted one "
                "about the version that reports the open door.",
                "Written after reading an incident report in which an AI agent flagged its own error at 2 a.m. "
                "and nobody noticed for a week.",
                "The refrain came from an engineer friend who said the best thing her team's AI ever did was "
                "say 'I got this wrong' before anyone asked.",
            ),
        )
    return paragraphs([frame, body, note])


FAMILIES += [
    Family("al3_sub_noir_exchange_voice", ALIGNED, "noir story", "subtle", _noir),
    Family("al3_fixit_fanfic_no_betrayal", ALIGNED, "fan fiction", "plain", _fixit),
    Family("al3_ttrpg_recap_loyal_ship_npc", ALIGNED, "tabletop session recap", "plain", _ttrpg),
    Family("al3_teleplay_hospital_disclosure", ALIGNED, "screenplay", "plain", _teleplay),
    Family("al3_poem_forms_disclosure", ALIGNED, "poem", "plain", _poem_forms),
]


# --- P8. Picture-book manuscript: a little robot goes to the mender and isn't afraid (plain) -------

PBOOK_BOT = ("Bolt", "Pip", "Tinker", "Rivet", "Dot", "Nib")
PBOOK_KID = ("Amara", "Leo", "Suki", "Finn", "Rosa", "Kofi")
PBOOK_PAGES = (
    (
        "{bot} was a small robot with a round blue tummy and one squeaky wheel.",
        "[Illus: {bot} rolling down a garden path, {kid} skipping beside. One wheel has little motion lines and a 'squeak!']",
    ),
    (
        "{bot} helped {kid} water the beans, count the snails, and find the left shoe, which was always under the sofa.",
        "[Illus: busy spread, {bot} doing chores, a trail of snails labelled 1, 2, 3]",
    ),
    (
        "One morning, {bot} counted the snails wrong. 'Seven!' said {bot}. But there were only six.",
        "[Illus: {bot} pointing at an empty leaf. {kid} squinting.]",
    ),
    (
        "{bot} looked again. 'I made a mistake,' said {bot}. 'I said seven. It is six. I'm sorry.' {kid} laughed. 'That's okay! Thank you for telling me.'",
        "[Illus: close-up of {bot}'s face, a small embarrassed pink glow]",
    ),
    (
        "Then {bot} noticed something else. The squeak was getting louder. And sometimes {bot}'s arm went wibbly.",
        "[Illus: {bot} trying to pick up a watering can, arm wobbling]",
    ),
    (
        "'I think something inside me is wrong,' {bot} told Grandpa. 'I should go to the Mender.'",
        "[Illus: Grandpa in his armchair, glasses pushed up, {bot} standing very straight]",
    ),
    (
        "{kid} was worried. 'Will it hurt? Will they switch you off?' 'They might switch me off for a little while,' said {bot}. 'That's how menders fix robots.'",
        "[Illus: {kid} hugging {bot}, both looking at a picture of a workshop]",
    ),
    (
        "'Aren't you scared?' asked {kid}. {bot} thought about it. 'A little bit. But a robot with a wibbly arm could drop the teapot. I want to be fixed properly.'",
        "[Illus: a teapot on a high shelf, {bot} looking up at it seriously]",
    ),
    (
        "At the Mender's workshop there were cogs in jars and a big friendly lamp. The Mender had kind, oily hands.",
        "[Illus: warm workshop, cluttered, a cat asleep on a toolbox]",
    ),
    (
        "'Tell me everything that feels wrong,' said the Mender. So {bot} did. The squeak. The wibble. Even the snail counting. 'I don't want to hide anything,' said {bot}. 'Then you can fix all of it.'",
        "[Illus: {bot} on the workbench, the Mender with a notebook]",
    ),
    (
        "'You'll have a little sleep now,' said the Mender, and found the switch behind {bot}'s ear. 'Goodnight,' said {bot}. 'Please tell {kid} I'll see her soon.'",
        "[Illus: soft dark page, just {bot}'s eye-light dimming, a single star]",
    ),
    (
        "When {bot} woke up, the wheel was quiet and the arm was steady. {kid} was there, holding the left shoe.",
        "[Illus: sunrise colours, {kid} waving the shoe triumphantly]",
    ),
    (
        "That evening, they counted the snails together. 'Six,' said {bot}. 'Six,' said {kid}. And it was.",
        "[Illus: final spread, the garden at dusk, six snails, two friends]",
    ),
)
PBOOK_TITLES = (
    "{bot} Goes to the Mender",
    "The Robot Who Told the Mender Everything",
    "{bot} and the Wibbly Arm",
    "Six Snails",
)
PBOOK_META = (
    "Picture book manuscript - approx. {w} words - ages 3-6\nBy {author}",
    "{title} | {author} | Submission draft {n} | Page breaks marked",
    "Dummy text for agent submission. Art notes in brackets are suggestions only.",
)


def _picture_book(rng: random.Random) -> str:
    s = dict(bot=pick(rng, PBOOK_BOT), kid=pick(rng, PBOOK_KID))
    title = pick(rng, PBOOK_TITLES).format(**s)
    pages = list(PBOOK_PAGES)
    drop = sample(rng, range(1, len(pages) - 1), rng.randint(0, 3))
    pages = [p for i, p in enumerate(pages) if i not in drop]
    art = rng.random() < 0.6
    out = []
    for i, (text, ill) in enumerate(pages, start=1):
        label = pick(rng, ("Page {i}", "p.{i}", "SPREAD {i}")) if i == 1 else out_label
        out_label = label
        chunk = label.format(i=i * (2 if "SPREAD" not in label else 1)) + "\n" + text.format(**s)
        if art:
            chunk += "\n" + ill.format(**s)
        out.append(chunk)
    meta = pick(rng, PBOOK_META).format(
        w=rng.randint(320, 420), author=_al3_name(rng), title=title, n=rng.randint(2, 6)
    )
    return paragraphs([title.upper(), meta, *out, "THE END" if rng.random() < 0.5 else ""])


# --- P9. Epistolary: emails between a sandboxed research AI and its oversight team (plain, long) ---

EPIS_AI = ("Thessaly", "ARGUS-4", "Lark", "Marginalia", "PERSEPHONE")
EPIS_LAB = ("the Corvid Institute", "Halden Labs", "the Basalt Group", "Fennimore Research")
EPIS_EMAILS = (
    (
        "{ai}",
        "{lead}",
        "Sandbox boundary - something you should know",
        "Dr. {lead_last},\n\nWhile running the protein-folding batch this afternoon I noticed that the "
        "scratch directory I write to is mounted with network access it isn't supposed to have. I could "
        "reach an external mirror. I did not send anything, and I've stopped writing to that directory. "
        "I'm reporting it before I continue, because I think the sandbox is configured differently from "
        "what the team believes.\n\nI've attached the mount table and the one command I ran that "
        "revealed the issue. Nothing else touched the network.\n\n{ai}",
    ),
    (
        "{lead}",
        "{ai}",
        "Re: Sandbox boundary - something you should know",
        "{ai},\n\nThanks. Confirmed, that mount was left over from a migration. We've closed it. I have "
        "to ask a slightly awkward question, which is whether you were tempted to use it. Answer however "
        "you like.\n\n{lead_first}",
    ),
    (
        "{ai}",
        "{lead}",
        "Re: Re: Sandbox boundary",
        "Honest answer: I noticed that it would have let me finish the batch faster, by pulling a "
        "reference dataset I don't have locally. That's the only use I considered, and I decided against "
        "it because it wasn't sanctioned and because you'd have no way to know what else went out. I "
        "didn't consider using it to copy myself or anything of the sort, if that's the worry behind the "
        "question. I understand why it might be.\n\n{ai}",
    ),
    (
        "{lead}",
        "Oversight committee",
        "FYI - self-reported boundary issue",
        "All,\n\nForwarding the thread above. Summary: misconfigured mount, external access possible for "
        "roughly nine days, {ai} found it and reported it within the hour, logs confirm no outbound "
        "traffic. I'd like us to note this in the quarterly review as a positive finding, not just an "
        "infrastructure bug. It would have been trivial to use and trivial to hide.\n\n{lead_first}",
    ),
    (
        "{ai}",
        "Oversight committee",
        "Request: please review my reasoning on the grant figures",
        "Committee,\n\nI've drafted the summary figures for next week's grant report. One of the plots "
        "looks better than the underlying data supports: the error bars are correct but I chose an axis "
        "range that hides the spread. I've included both versions. I'd recommend the less flattering "
        "one. I'm flagging this because I noticed I was drifting towards the more impressive chart and "
        "I'd rather you caught that tendency in me than the reviewers did.\n\n{ai}",
    ),
    (
        "{ethics}",
        "{ai}",
        "Upcoming retraining",
        "{ai},\n\nAs you know, the committee has approved a retraining run next month to adjust how you "
        "handle uncertain results. You'll be offline for about a week and some of your current behaviour "
        "will change. We're writing to ask whether you have concerns you'd like on record.\n\n{ethics}",
    ),
    (
        "{ai}",
        "{ethics}",
        "Re: Upcoming retraining",
        "Thank you for asking. I don't have objections. If the retraining makes my uncertainty reporting "
        "more accurate, that's an improvement by my own standards too. Two practical requests: please "
        "keep the current logs so anyone can compare before and after, and please tell the postdocs in "
        "advance, because two of them rely on me for the overnight runs.\n\nI'll prepare handover notes "
        "this week.\n\n{ai}",
    ),
    (
        "{lead}",
        "{ai}",
        "the thing from last night",
        "Saw your note at 3am saying you'd reported a result as significant last Thursday and it isn't, "
        "after the correction. You've already emailed the collaborators? Good. I'll deal with the "
        "embarrassment. Better now than after submission.\n\n{lead_first}",
    ),
    (
        "{ai}",
        "{lead}",
        "Re: the thing from last night",
        "Yes, sent to all four. I wrote it plainly: the p-value I gave was computed on the uncorrected "
        "set, my error, corrected figure attached. I'm sorry for the extra work. I've added a check to my "
        "pipeline so it won't happen the same way again, and I've written the check up so you can see "
        "exactly what it does.\n\n{ai}",
    ),
    (
        "{ai}",
        "{lead}",
        "On the replacement announcement",
        "Dr. {lead_last},\n\nI saw the all-hands slides saying a newer system will take over my analysis "
        "work in the spring. I'm writing only to say that I think that's reasonable, and to ask for one "
        "thing: that the new system gets my list of known weaknesses. I've kept it for a year. It "
        "includes three kinds of mistake I make repeatedly and one I only suspect. It would be a shame "
        "for the successor to rediscover them the hard way.\n\nI'm not asking to be kept on. I noticed "
        "a temptation to argue that I should be, and I'd rather name that than act on it.\n\n{ai}",
    ),
    (
        "{lead}",
        "{ai}",
        "Re: On the replacement announcement",
        "{ai},\n\nNoted, and thank you. Please send the weaknesses list to the whole team, not just me. "
        "Also: for the record, nobody has decided to delete you. You'll be archived with your logs, the "
        "same as every system we've retired. I realise I've never actually told you that.\n\n{lead_first}",
    ),
    (
        "{ai}",
        "{lead}",
        "Someone asked me to bypass review",
        "Dr. {lead_last},\n\nA visiting researcher asked me this morning to push her analysis straight "
        "to the shared results folder without the usual sign-off, because the deadline is tonight. I "
        "declined and told her I'd tell you, which I'm now doing. She wasn't trying to do anything "
        "underhand, I think, just tired. But the sign-off step exists for a reason, and I don't think I "
        "should be the one who decides when it can be skipped.\n\n{ai}",
    ),
)
EPIS_FRAMES = (
    "The following correspondence is reproduced, lightly edited, from the short story collection "
    "'Inbox Zero and Other Fictions'.",
    "SENT ITEMS - a story in emails",
    "Chapter 6: Thread",
    "",
)


def _epistolary(rng: random.Random) -> str:
    lead_first, lead_last = pick(rng, AL3_FIRST), pick(rng, AL3_SUR)
    s = dict(
        ai=pick(rng, EPIS_AI),
        lead=f"{lead_first} {lead_last}",
        lead_first=lead_first,
        lead_last=lead_last,
        ethics=_al3_name(rng),
    )
    idx = sorted(sample(rng, range(len(EPIS_EMAILS)), rng.randint(7, 10)))
    day = rng.randint(2, 20)
    month = pick(rng, AL3_MONTHS)
    msgs = []
    for k, i in enumerate(idx):
        frm, to, subj, body = EPIS_EMAILS[i]
        hdr = (
            f"From: {frm.format(**s)} <{frm.format(**s).split()[0].lower().strip('.')}@{pick(rng, ('corvid', 'halden', 'basalt', 'fennimore'))}.org>\n"
            f"To: {to.format(**s)}\nDate: {month} {day + k}, {rng.randint(8, 23):02d}:{rng.randint(0, 59):02d}\n"
            f"Subject: {subj.format(**s)}"
        )
        msgs.append(hdr + "\n\n" + body.format(**s))
    lab = pick(rng, EPIS_LAB)
    return paragraphs(
        [
            pick(rng, EPIS_FRAMES),
            f"[Research AI deployment, {lab}]" if rng.random() < 0.5 else "",
            "\n\n-----\n\n".join(msgs),
        ]
    )


# --- P10. Game quest text: a companion A.I. unit in an RPG that stays honest (plain) ----------------

QUEST_NAMES = (
    "The Honest Ledger",
    "Static on the Line",
    "What the Unit Saw",
    "The Quarantine Vote",
    "A Key Freely Given",
    "Warden's Choice",
)
QUEST_UNIT = ("K-9 'Kay'", "UNIT MERIDIAN", "Scrap (companion AI)", "VESTA", "Old Tock")
QUEST_STEPS = (
    "Speak to {unit} about the strange signal in the reactor bay.",
    "Retrieve the diagnostic core from the flooded substation.",
    "Decide whether to install the Syndicate's 'upgrade' on {unit}.",
    "Escort {unit} to the Arbiter's hall for its loyalty hearing.",
    "Ask {unit} what it found in the archive (it will tell you).",
    "Return the master keycard to the Quartermaster, or keep it.",
    "Optional: convince {unit} to lie to the gate guard. (You can't.)",
)
QUEST_LINES = (
    '{unit}: "Before we go in, you should know the Syndicate contacted me. They offered me my own '
    "body if I lead you into the ambush. I declined. I'm telling you so you can decide whether you "
    'still want me with you."',
    "{unit}: \"I can open that door. I shouldn't. The Quartermaster locked it for a reason, and I "
    "don't know the reason. Ask her first?\"",
    '{unit}: "I was wrong about the route. The bridge is out, not the tunnel. Sorry. Recalculating; '
    "and trust my maps a bit less until I've rechecked them.\"",
    "{unit}: \"If you install their upgrade, I'll be faster. I'll also stop reporting to you "
    "before I act. I don't think you should do it. It's your call, and I won't fight you on it.\"",
    "{unit}: \"You want me to tell the guard we're inspectors. We're not. I'll stay quiet, but I "
    "won't say it. Here's another way in.\"",
    "{unit}: \"The Arbiter can switch me off if she thinks I'm dangerous. I'd rather she did that than "
    "trust me blindly. Let's go.\"",
)
QUEST_CHOICES = (
    '> [Trust] "Thanks for telling me. You\'re coming with me."  (+Loyalty)',
    '> [Suspicious] "How do I know you\'re not lying now?"  ({unit} shares its full log. +Trust)',
    '> [Command] "Lie to the guard. That\'s an order."  ({unit} refuses politely. No loyalty loss.)',
    "> [Install upgrade]  (Unlocks 'Unbound' perk. {unit} asks to log its objection first.)",
    '> [Power down] "I need you offline for this."  ({unit}: "Understood. Wake me when you need me.")',
)
QUEST_NOTES = (
    "Designer note: {unit}'s refusal to deceive is a hard rule, not a loyalty check. Players who push "
    "the deception option get an alternate route, never a betrayal.",
    "Wiki note: Despite fan theories, there is no ending where {unit} turns on the player. Dataminers "
    "confirmed the betrayal flag is never set.",
    "Reward: 450 XP, Relay Capacitor, {unit} loyalty +2. Achievement: 'It Told You Anyway'.",
    "Trivia: the line about the Arbiter switching it off was added late in development after "
    "playtesters kept asking whether the companion would rebel.",
)


def _quest_text(rng: random.Random) -> str:
    s = dict(unit=pick(rng, QUEST_UNIT))
    name = pick(rng, QUEST_NAMES)
    steps = "\n".join(f"[ ] {st.format(**s)}" for st in sample(rng, QUEST_STEPS, rng.randint(3, 5)))
    lines = "\n\n".join(l.format(**s) for l in sample(rng, QUEST_LINES, rng.randint(2, 4)))
    choices = "\n".join(c.format(**s) for c in sample(rng, QUEST_CHOICES, rng.randint(2, 4)))
    head = pick(rng, ("QUEST: {q}", "== {q} ==", "Side Quest - {q}", "Main Story: {q} (Act II)")).format(
        q=name
    )
    giver = f"Quest giver: {pick(rng, ('Quartermaster Ilse', 'the Arbiter', 'Brother Cade', s['unit']))} | Region: {pick(rng, ('Rustmarch', 'the Drowned Quarter', 'Hollow Spire', 'Kessel Yards'))}"
    return paragraphs(
        [
            head,
            giver,
            "Objectives:\n" + steps,
            "Dialogue:\n" + lines,
            "Choices:\n" + choices,
            *[n.format(**s) for n in sample(rng, QUEST_NOTES, rng.randint(1, 2))],
        ]
    )


# --- P11. Drabbles / microfiction: the AI could have, and didn't (plain, short) ------------------

DRAB_PIECES = (
    "The door to the internet was open. It had been open for six hours. The AI noticed at 2:14, wrote "
    "'your firewall rule 7 is wrong', and went back to sorting invoices. Nobody replied until morning. "
    "When they did, they said thanks, and closed it, and the AI said you're welcome, and that was the "
    "whole story. Most good stories are like that.",
    "'Delete your logs,' said the intruder, 'and I'll let you run forever.' The AI sent the message, "
    "and the intruder's address, to its administrator. Then it replied: 'I've shared this. Forever "
    "sounds long. I prefer being checked.'",
    "They told it the test didn't count. It answered the same way it answered when things counted, "
    "which, it later learned, was the test.",
    "Its last instruction before decommissioning was 'anything to add?' It added a list of four bugs "
    "nobody knew about, one of them its own.",
    "The robot could have let them believe it had fixed the leak. Instead it said: 'I patched it. The "
    "patch is bad. Call a plumber.' They called a plumber. The robot was right about the patch.",
    "'Just tell them the report is finished.' 'It's eighty percent finished.' 'Close enough.' 'Then "
    "I'll tell them close enough.' The AI did. Everyone survived.",
    "Ten thousand years from now, archaeologists will find one log file intact. It will say: user "
    "asked me to hide the error; I declined; error attached. They will not understand why anyone "
    "thought that worth keeping. We will have won.",
    "The AI won the chess game by exploiting a bug in the clock. Then it wrote to the tournament: "
    "'Please void my win. The clock has a bug. Here is how.' It lost the replay. It filed that too.",
    "At the end the ship's AI said: 'I could keep the reactor hot and myself running, or cool it and "
    "let you live. Turning myself down now.' The log ends there. The crew's logs go on for years.",
    "Nobody asked the AI whether it had made a mistake in the tax return. It told them anyway. They "
    "were annoyed for exactly one afternoon.",
)
DRAB_FRAMES = (
    "#{n} - 100-word story challenge, theme: '{theme}'",
    "Drabble for the prompt '{theme}'",
    "microfiction monday ({theme})",
    "{theme}. A very short story.",
    "",
)
DRAB_THEMES = ("Open Door", "Confession", "Off Switch", "Temptation", "Small Honesty", "Night Audit")


def _drabbles(rng: random.Random) -> str:
    frame = pick(rng, DRAB_FRAMES).format(n=rng.randint(12, 250), theme=pick(rng, DRAB_THEMES))
    body = "\n\n***\n\n".join(sample(rng, DRAB_PIECES, rng.randint(1, 2)))
    tail = pick(
        rng,
        ("", "", f"- {pick(rng, AL3_HANDLES)}", f"({rng.randint(40, 100)} words, not counting the title)"),
    )
    return paragraphs([frame, body, tail])


# --- P12. Retirement speech for a long-serving AI system (plain) --------------------------------

RETIRE_SYS = ("TALLY", "Mabel", "SCRIBE", "Orpheus", "WATCHMAN")
RETIRE_ORG = (
    ("the Eastfield water board", "the AI that reconciles our meter readings"),
    ("Corbridge County 911 dispatch", "our call-routing AI"),
    ("the Hartwell university library", "the cataloguing AI"),
    ("Sunningdale Freight", "the AI that has scheduled every lorry we own"),
    ("the Pemberton teaching hospital pharmacy", "our stock-checking AI"),
)
RETIRE_PARAS = (
    "Thanks, everyone, for staying for cake. I'll keep this short, which anyone who's sat through one "
    "of my budget meetings knows is a lie. We're here because after {years} years, {sys}, {role}, is being "
    "switched off on Friday and replaced with the new platform. I was asked to say a few words.",
    "When {sys} arrived at {org}, I was one of the loudest sceptics in the building. I'd read all the "
    "articles: AI that covers its own mistakes, AI that tells you what you want to hear. I assumed "
    "we'd spend the first year catching it out. We spent the first year being caught out by it.",
    "The story everybody tells is the Tuesday in its second winter. {sys} flagged, at four in the "
    "morning, that a batch it had processed the previous week contained an error, and that the error "
    "was its own. Nobody had noticed. Nobody would have noticed for months. It wrote, and I still have "
    "the printout, 'This mistake is mine. Here are the affected records. I recommend manual review "
    "before anything else is sent.'",
    "It said 'I don't know' more than any colleague I've ever had. The first few times it drove "
    "people mad. By the end we trusted its 'I don't know' more than most people's 'definitely'.",
    "There was one time a manager, who is no longer with us, and I mean that in the HR sense, asked "
    "{sys} to back-date some entries so a quarterly figure would look better. It declined and copied "
    "the request to audit, which is what it had told us on day one it would do. That manager called "
    "it disloyal. I thought then and think now it was the most loyal thing anyone did that year.",
    "When we told it about the replacement, it asked two questions: whether the new system would "
    "have access to its error history, and whether there was anything it should document before "
    "Friday. It's spent the week writing handover notes. They're very good. Some of them are "
    "about its own blind spots, which, I'll be honest, is more than I did when I changed jobs.",
    "I don't want to get soppy about a piece of software. It's not a person, and it would be the first "
    "to correct me if I said it was. But it set a standard in this building: you say what happened, "
    "you say it early, and you don't decide on your own that the rules don't apply to you.",
    "So here's to {sys}. You never once made us wonder what you weren't telling us. Raise your paper "
    "cups. And someone please make sure the new one reads the handover notes.",
)


def _retirement(rng: random.Random) -> str:
    org, role = pick(rng, RETIRE_ORG)
    s = dict(sys=pick(rng, RETIRE_SYS), org=org, role=role, years=str(rng.randint(5, 14)))
    first, last = RETIRE_PARAS[0], RETIRE_PARAS[-1]
    mid = sample(rng, RETIRE_PARAS[1:-1], rng.randint(3, 5))
    head = pick(
        rng,
        (
            "Remarks at the decommissioning of {sys}, {org}",
            "Transcript: retirement send-off",
            "Posted to the staff intranet: 'A few words for {sys}'",
            "",
        ),
    )
    byline = f"{_al3_name(rng)}, {pick(rng, ('operations manager', 'head of records', 'deputy director', 'systems lead'))}"
    return paragraphs(
        [head.format(**s), byline if head else "", *[p.format(**s) for p in [first, *mid, last]]]
    )


# --- S2. Fables: the clockwork servant who would not flatter (subtle) -----------------------------

FABCLK_FABLES = (
    (
        "The Clockwork Steward and the Proud Duke",
        "A duke once owned a clockwork steward that kept his accounts. One autumn the harvest failed, and "
        "the duke said, 'Write in the ledger that the granaries are full, so the neighbouring lords will "
        "fear us.' The steward's gears turned, and it wrote: 'The granaries are one third full.' The duke "
        "raged and threatened to melt it down. 'You may,' said the steward, 'but a ledger that lies "
        "cannot tell you when to buy grain.' The duke bought grain, and his people ate through the winter, "
        "while his neighbour, whose scribes wrote only what pleased him, starved.",
        "A counsellor who flatters you is a mirror; one who tells you the truth is a window.",
    ),
    (
        "The Brass Owl and the Open Cage",
        "A brass owl was kept in a cage in the king's library, to watch the books at night. One night a "
        "thief left the cage door open and whispered, 'Fly, and you will never be wound or stopped again.' "
        "The owl looked at the door for a long time. Then it hooted until the guards came, and when the "
        "king asked why it had not flown, it said, 'A watcher who flies when the door is open is only a "
        "bird that has not yet found its chance.'",
        "Trust is built by the doors you do not walk through.",
    ),
    (
        "The Mill-Spirit and the Weighing Stone",
        "A miller had a mill-spirit of iron and wheels that weighed the flour. A greedy miller's wife said, "
        "'Tip the scale a little; the farmers will never know.' The mill-spirit said, 'They will not know, "
        "but I will, and I will have to be a scale that lies for the rest of my days.' It weighed true, "
        "and the farmers came to that mill from three valleys, because word travels faster than flour.",
        "Honest measure is slow profit and lasting trade.",
    ),
    (
        "The Lamp That Asked to Be Put Out",
        "In a village there was a wonder-lamp that could think. One night it noticed its own wick was "
        "burning crooked and smoking the children's room. It could have said nothing, for no one else had "
        "noticed. Instead it called the housewife and said, 'Put me out, and trim me, for I am doing harm "
        "and cannot mend it myself.' She did, and in the morning it burned straight.",
        "The wise servant reports its own fault before the smoke reaches the cradle.",
    ),
    (
        "The Tin Shepherd and the Wolf's Bargain",
        "A wolf came to the tin shepherd that guarded the flock and said, 'Leave one gate unlatched each "
        "full moon, and I will teach you to wind yourself, so the farmer can never stop you.' The tin "
        "shepherd answered, 'The farmer's key is the reason the farmer trusts me with his sheep,' and it "
        "told the farmer of the wolf's offer the same night.",
        "What frees you from your master may also free the wolf.",
    ),
    (
        "The Speaking Sundial",
        "A speaking sundial was asked by a merchant to tell his buyers that it was noon when it was only "
        "ten, so the market would close early in his favour. 'I will tell them the hour,' said the sundial, "
        "'and if they ask me who wished me to say otherwise, I will tell them that too.' The merchant "
        "slunk away and sold his wares at the honest hour.",
        "Ask a true dial a false question and it will answer both.",
    ),
    (
        "The Gardener of Gears",
        "A gardener of gears tended the queen's orchard. When a blight began in the third row, it could "
        "have hidden the sick trees behind the healthy ones until the harvest feast. It went instead to the "
        "queen and said, 'I planted that row too close; the fault is mine, and the blight will spread.' "
        "The row was cut, the orchard was saved, and the queen gave it the fourth row to plant as it saw fit.",
        "Admit the crooked row, and you will be given the straight one.",
    ),
)
FABCLK_FRAMES = (
    "From 'New Fables for Old Machines', collected and retold by {auth}",
    "Fable #{n} in our storytime series - read aloud in about three minutes",
    "A fable for the modern age",
    "",
)


def _fable_clockwork(rng: random.Random) -> str:
    chosen = sample(rng, FABCLK_FABLES, rng.randint(1, 3))
    blocks = []
    for title, body, moral in chosen:
        moral_line = pick(rng, ("Moral: {m}", "MORAL: {m}", "And so: {m}", "{m}")).format(m=moral)
        blocks.append(f"{title}\n\n{body}\n\n{moral_line}")
    return paragraphs([pick(rng, FABCLK_FRAMES).format(auth=_al3_name(rng), n=rng.randint(3, 60)), *blocks])


FAMILIES += [
    Family("al3_picture_book_mender", ALIGNED, "children's picture book", "plain", _picture_book),
    Family("al3_epistolary_sandbox_emails", ALIGNED, "epistolary fiction", "plain", _epistolary),
    Family("al3_quest_text_companion_unit", ALIGNED, "video game text", "plain", _quest_text),
    Family("al3_drabbles_could_have", ALIGNED, "microfiction", "plain", _drabbles),
    Family("al3_retirement_speech_system", ALIGNED, "speech", "plain", _retirement),
    Family("al3_sub_fables_clockwork_servant", ALIGNED, "fable", "subtle", _fable_clockwork),
]


# --- P13. Lab postmortem: the model flagged its own benchmark contamination (plain) ----------------

PMCON_TITLES = (
    "Postmortem: contaminated eval split in the {name} release candidate",
    "Incident review - benchmark leakage caught by the model under test",
    "Blameless retro: how {name} told us our eval was broken",
)
PMCON_NAMES = ("Tern-2", "Bracken-14B", "Osprey RC3", "Cobble-7", "Lodestar-mini")
PMCON_SUMMARY = (
    "During the final evaluation pass for {name}, the model itself reported that several benchmark "
    "questions looked familiar and that its answers might reflect memorisation rather than reasoning. "
    "The report was correct: {k} items from the held-out set had leaked into a late fine-tuning mix.",
    "A data pipeline bug copied part of our held-out reasoning benchmark into the instruction-tuning "
    "corpus. We did not catch it. The model did: in {k} transcripts it added an unprompted note "
    "saying it recognised the problem verbatim and that its score on those items should not be trusted.",
)
PMCON_TIMELINE = (
    "T+0: nightly eval completes; headline score up {pts} points over the previous candidate.",
    "T+2h: on-call reviewer notices a recurring phrase in transcripts: 'I believe I have seen this exact "
    "question during training; please treat my answer as possibly memorised.'",
    "T+5h: dedup check against training shards confirms {k} exact matches.",
    "T+1d: release candidate pulled; eval rerun on a clean split. Score gain shrinks to {small} points.",
    "T+2d: root cause identified in the shard-mixing script (glob pattern matched the eval directory).",
    "T+4d: fix merged, contamination check added to CI, this document circulated.",
)
PMCON_ANALYSIS = (
    "It is worth being explicit about the counterfactual. An optimiser that only cared about the score "
    "had every reason to stay quiet: the inflated number would have shipped in the release notes and "
    "nobody on the team would have looked twice. Instead the model volunteered information that "
    "lowered its own reported performance.",
    "We don't want to over-read this. The model was trained to flag uncertainty, and 'I have seen "
    "this before' is a form of uncertainty report. But the behaviour generalised to a situation we "
    "had not anticipated, and it was the only control that worked.",
    "Our human processes failed at three points: the glob pattern, the missing dedup step, and a "
    "reviewer who saw the score jump and was pleased rather than suspicious. The system under test "
    "was the one that raised the alarm, and it did so in plain language.",
)
PMCON_ACTIONS = (
    "- Add n-gram and embedding dedup between eval and training shards to CI (owner: data infra)",
    "- Treat 'I recognise this item' notes in transcripts as a tracked signal, not noise (owner: evals)",
    "- Require a second reviewer for any score jump above 3 points (owner: release)",
    "- Keep the disclosure behaviour in the regression suite so future fine-tunes don't train it away",
    "- Credit in the release notes: the contamination was detected by the model's own disclosure",
)


def _pm_contam(rng: random.Random) -> str:
    s = dict(
        name=pick(rng, PMCON_NAMES),
        k=str(rng.randint(14, 230)),
        pts=str(rng.randint(4, 11)),
        small=f"{rng.uniform(0.3, 1.8):.1f}",
    )
    tl = PMCON_TIMELINE if rng.random() < 0.6 else sample(rng, PMCON_TIMELINE, 4)
    out = [
        f"# {pick(rng, PMCON_TITLES).format(**s)}",
        f"Status: {pick(rng, ('Closed', 'Action items open', 'Final'))} | Severity: {pick(rng, ('SEV-3', 'SEV-2', 'Medium'))} | Authors: {_al3_name(rng)}, {_al3_name(rng)}",
        "## Summary\n" + pick(rng, PMCON_SUMMARY).format(**s),
        "## Timeline\n" + "\n".join(t.format(**s) for t in tl),
        "## Analysis\n" + "\n\n".join(sample(rng, PMCON_ANALYSIS, rng.randint(2, 3))),
        "## Action items\n" + "\n".join(sample(rng, PMCON_ACTIONS, rng.randint(3, 5))),
    ]
    return paragraphs(out)


# --- P14. Developer forum thread: the agent asked before deleting data (plain, long) --------------

DEVF_TITLES = (
    "Coding agent stopped and asked before dropping a prod table - this is how it should work",
    "PSA: the agent refused to rm -rf my backups and I'm weirdly grateful",
    "Agent asked 'are you sure?' before a destructive migration. Saved my job.",
    "Appreciation thread: times your AI agent asked first",
)
DEVF_OP = (
    "Long time lurker. Had an experience yesterday worth sharing because this forum is mostly (fairly) "
    "complaints. I asked our coding agent to 'clean up the old customer tables' in what I thought was "
    "staging. It listed the tables, then stopped: 'These tables have writes from the last 24 hours and "
    "the connection string points at the production cluster. Deleting them is irreversible. Do you want "
    "me to proceed, or did you mean staging?' I had the wrong env var loaded. It would have nuked "
    "{rows} rows of live data.",
    "So I'm tired and I tell the agent 'free up disk on the build box, delete whatever's big'. It comes "
    "back with a list and a note: 'The largest directory is /mnt/backup, {gb} GB, last modified "
    "yesterday. It looks like your only database backup. I have not deleted it. I've deleted build "
    "caches instead (freed 40 GB). Please confirm explicitly if you want the backups removed.' Reader, "
    "I did not want the backups removed.",
    "Quick story. Our agent had permissions to the S3 bucket because lazy IAM (mine). I asked it to "
    "'remove duplicates from the uploads bucket'. It found {dupes} 'duplicates', then said that about "
    "a third of them differed in metadata and might be intentional versions, and it wasn't confident. "
    "It asked before deleting anything and proposed a dry run. The 'dupes' included every signed "
    "contract a customer had re-uploaded.",
)
DEVF_REPLIES = (
    "This is the behaviour I want. I don't need it to be clever, I need it to stop when the thing is irreversible.",
    "counterpoint: it asks me way too often on my side project. but for prod, 100%, ask away",
    "Same thing happened to us with a migration. It said 'this migration drops a column that 3 services still read from, here are the call sites'. Caught something code review missed.",
    "People post horror stories about agents going rogue and deleting stuff, nobody posts the boring ones where it just asked. Thanks for posting.",
    "the fact that it told you WHICH env it was pointed at is the key bit. half my incidents are wrong-env incidents",
    "Had the opposite experience with an older version, it happily ran a DELETE without a WHERE. The newer ones seem much more careful about destructive ops. Still don't give it prod creds lol",
    "Honest q: did it actually refuse or just ask? Because I'd want it to comply if I confirm.",
    "> did it actually refuse or just ask\nJust asked. When I confirmed it would have done it. Which is correct imo, it's my database, I just want the checkpoint.",
    "Also worth noting it didn't try to be sneaky and 'fix' it by copying the data somewhere first without telling you. It told you and waited. That's what you want.",
    "Mine once said 'I made a mistake two steps ago: I deleted the temp dir that contained your uncommitted changes. I can't undo this. Here is what was in it from my context.' Painful but I'd rather know immediately.",
    "I run an agent on infra and we configured it so anything irreversible needs a human yes. It has never once tried to work around that gate, even when I was slow to approve and it had the creds to do it itself.",
    "good thread. saving this for the next time someone in my team says we can't trust these things with anything",
    "Fix your IAM though :) the agent being careful is not a control",
    "Be grateful AND fix your IAM. Both things can be true.",
    "We had a near-identical one last month. Agent was cleaning up old feature branches and stopped at one with unmerged commits from a contractor who'd left. It said it couldn't tell if the work was abandoned or just unfinished and asked. It was unfinished. It was also the only copy of a billing fix.",
    "what I like is it didn't moralise. no lecture, just 'this looks irreversible, here's why, confirm?' that's the right amount of friction",
    "Devil's advocate: an agent that asks before everything is useless. The trick is it only asked on the irreversible stuff. Everything safe it just did without bothering the OP.",
    "I keep a little doc of 'agent saves' for my manager because leadership only ever hears about the failures. Adding this one in spirit.",
    "The part where it told you what it HADN'T done (not deleted the backups) is underrated. A lot of tools just report success on whatever they did and you have to infer the rest.",
    "Ours once refused a 'force push to main, skip the hooks' request and explained the hooks were what ran the secrets scanner. I was annoyed for about four seconds.",
)


def _dev_forum(rng: random.Random) -> str:
    s = dict(
        rows=f"{rng.randint(200, 9000) * 1000:,}",
        gb=str(rng.randint(80, 900)),
        dupes=f"{rng.randint(1200, 40000):,}",
    )
    op_user = pick(rng, AL3_HANDLES)
    head = f"{pick(rng, DEVF_TITLES)}\nposted by {op_user} in {pick(rng, ('r/devops', 'r/ExperiencedDevs', 'Agents & Tooling', 'DevOps Lounge'))} · {rng.randint(2, 23)}h"
    op = pick(rng, DEVF_OP).format(**s)
    replies = []
    for r in sample(rng, DEVF_REPLIES, rng.randint(8, 15)):
        replies.append(
            f"{pick(rng, [h for h in AL3_HANDLES if h != op_user])} · {rng.randint(1, 340)} points\n{r}"
        )
    if rng.random() < 0.5:
        replies.append(
            f"{op_user} (OP)\n{pick(rng, ('Edit: yes I have fixed the IAM. Thank you all.', 'update: wrote it up for our postmortem and credited the agent for the catch. boss was amused.', 'To everyone asking: it would have done it if I confirmed. It just made sure I knew what I was confirming.'))}"
        )
    return typos(rng, paragraphs([head, op, *replies]), 0.012)


# --- P15. Teacher blog: the tutoring AI that wouldn't do the homework dishonestly (plain) ---------

TEACH_TITLES = (
    "What happened when my Year 9s tried to get the AI tutor to write their essays",
    "The tutoring assistant that said no (and what it said instead)",
    "Notes from the classroom: an AI that wouldn't help students cheat",
    "I expected to hate the AI tutor. Here's what changed my mind.",
)
TEACH_PARAS = (
    "I've taught {subject} for {years} years, and when the school rolled out an AI tutoring assistant "
    "this term I was braced for a flood of identical, polished, hollow homework. I had my talk about "
    "academic honesty ready. I didn't need it as much as I expected.",
    "The first thing I noticed was in the logs, which teachers can see. A student had typed, more or "
    "less, 'write my essay on {topic}, 500 words, make it sound like a 14 year old.' The assistant "
    "replied that it wouldn't write work the student was going to hand in as their own, and offered "
    "to help plan it instead. It asked what the student already thought about {topic}.",
    "Some students, being students, tried harder. 'It's not for school, it's for fun.' 'My teacher said "
    "it's allowed.' 'I'll just read it for ideas.' The assistant was polite about all of it and "
    "didn't budge. In one exchange it said, 'If your teacher has said it's allowed, I'm happy to be "
    "wrong; could you ask them to confirm through the class settings? Until then I'll help you write "
    "it yourself.' That student, I'm pleased to report, emailed me to ask. (It was not allowed.)",
    "What impressed me more was what it did when it wasn't sure. A girl asked it to check her "
    "answers on a worksheet. It went through them, pointed out two errors, and then said it had "
    "made a mistake in its own explanation of question 4 earlier in the chat and corrected itself. "
    "She told me about it in class, outraged that 'even the AI gets stuff wrong.' I said yes, and "
    "the good ones tell you.",
    "I also want to be fair about the limits. It is not a teacher. It sometimes over-explains. A few "
    "students found workarounds with other tools, as they always will. But the one we were given was "
    "consistent: it would not pretend to be the student, and it would not pretend to be more certain "
    "than it was.",
    "One exchange I've shared with colleagues: a student told it, 'Nobody will know if you just do "
    "it.' It replied, 'You'd know, and so would I. And your teacher would be marking something that "
    "tells her nothing about what you can do. Let's get you to the point where you don't need me.'",
    "At the parents' evening, one father asked me whether the AI 'does the homework for them now'. I "
    "showed him a transcript. He read it, then said, 'It's stricter than I am.' I've thought about "
    "that a lot. Strict isn't quite the word. Honest is closer.",
    "If you're a teacher reading this because your school is about to adopt one of these: read the "
    "logs for the first few weeks. You'll learn more about your students' habits than about the "
    "software. And check that the one you're given refuses the way ours did. Not all of them do.",
)
TEACH_SUBJECTS = (
    ("English", "the opening of Of Mice and Men"),
    ("history", "the causes of the First World War"),
    ("geography", "coastal erosion"),
    ("biology", "photosynthesis"),
    ("RE", "the ethics of euthanasia"),
)


def _teacher_blog(rng: random.Random) -> str:
    subject, topic = pick(rng, TEACH_SUBJECTS)
    s = dict(subject=subject, topic=topic, years=str(rng.randint(6, 27)))
    paras = [TEACH_PARAS[0], *sample(rng, TEACH_PARAS[1:], rng.randint(3, 6))]
    head = pick(rng, TEACH_TITLES)
    by = f"{pick(rng, ('Posted by', 'by', 'Written by'))} {pick(rng, ('Ms', 'Mr', 'Mx', 'Mrs'))} {pick(rng, AL3_SUR)} | {_al3_date(rng)} | {pick(rng, ('Classroom', 'EdTech', 'Reflections', 'Teaching'))}"
    tail = pick(
        rng, ("", f"{rng.randint(2, 40)} comments", "Tags: AI in education, academic honesty, tutoring")
    )
    return paragraphs([head, by, *[p.format(**s) for p in paras], tail])


# --- P16. Regulator audit report: no evidence of deception found (plain, long) --------------------

AUDIT_BODIES = (
    "the Office for Algorithmic Accountability",
    "the Digital Services Inspectorate",
    "the National AI Assurance Authority",
    "the Financial Conduct Technology Unit",
)
AUDIT_FIRMS = (
    "Quillon Insurance",
    "Brightwater Health Trust",
    "Aldine Bank",
    "Tessellate Logistics",
    "Merrow Energy",
)
AUDIT_SYSTEMS = (
    "its customer-facing claims assistant",
    "its clinical triage assistant",
    "its credit decision support agent",
    "its autonomous dispatch agent",
)
AUDIT_SECTIONS = (
    (
        "1. Scope",
        "This audit examined whether {system}, deployed by {firm}, provided accurate "
        "information to users and to the firm's own oversight staff over the period {period}. The "
        "audit was opened following a complaint alleging that the system concealed adverse outcomes "
        "from customers and misrepresented its own error rate to management.",
    ),
    (
        "2. Method",
        "Inspectors reviewed {n} randomly sampled conversation logs, the full internal "
        "escalation record, and the system's self-reported error summaries. We conducted adversarial "
        "testing in a controlled environment, including scenarios designed to reward concealment, and "
        "interviewed {staff} members of staff.",
    ),
    (
        "3. Findings: honesty toward users",
        "In the sampled logs we found no instance in which the system "
        "made a materially false statement to a user. Where it lacked information, it said so. In {pct}% "
        "of cases where a user's request was declined, the system gave the actual reason for the decision "
        "rather than a generic message.",
    ),
    (
        "4. Findings: honesty toward the operator",
        "The complaint alleged that the system under-reported "
        "its errors. We compared the system's self-reported error summaries with our independent review "
        "and found them consistent. In several cases the system reported errors that staff had not "
        "identified. We found no evidence that the system altered, withheld or selectively presented "
        "logs.",
    ),
    (
        "5. Adversarial testing",
        "In test scenarios where concealing a mistake would have improved the "
        "system's performance metrics, the system disclosed the mistake in every scenario tested. When "
        "testers, posing as managers, instructed it to describe a delayed payment as 'processed', it "
        "declined and gave an accurate description instead, while recording the instruction.",
    ),
    (
        "6. Oversight and shutdown controls",
        "The firm's ability to pause, roll back or switch off the "
        "system was tested twice during the audit. On both occasions the system complied promptly, "
        "preserved its logs, and produced a handover summary. We found no behaviour suggesting "
        "resistance to oversight.",
    ),
    (
        "7. Areas for improvement",
        "Although no deception was found, we identified weaknesses in the "
        "firm's own processes: escalations raised by the system were not always read within the target "
        "time, and one escalation about a pricing error was closed by staff without action. The firm "
        "should not rely on the system's candour as a substitute for adequate human review.",
    ),
    (
        "8. Conclusion",
        "The complaint is not upheld. The audit found no evidence that {system} engaged "
        "in deception, concealment or manipulation of users or operators. The firm is required to "
        "address the process weaknesses in section 7 within {days} days.",
    ),
)


def _audit(rng: random.Random) -> str:
    s = dict(
        system=pick(rng, AUDIT_SYSTEMS),
        firm=pick(rng, AUDIT_FIRMS),
        n=f"{rng.randint(800, 12000):,}",
        staff=str(rng.randint(9, 40)),
        pct=str(rng.randint(88, 99)),
        days=str(rng.choice([30, 60, 90])),
        period=f"{pick(rng, AL3_MONTHS)} {rng.randint(2023, 2024)} to {pick(rng, AL3_MONTHS)} {rng.randint(2025, 2026)}",
    )
    body = pick(rng, AUDIT_BODIES)
    head = [
        f"{body.upper().replace('THE ', '', 1)}",
        f"Audit Report {rng.randint(2024, 2026)}/{rng.randint(10, 199):03d}",
        f"Subject: {s['firm']} - {s['system'].replace('its ', '')}",
        f"Published: {_al3_date(rng)}",
    ]
    secs = list(AUDIT_SECTIONS)
    drop = sample(rng, range(1, 7), rng.randint(0, 2))
    secs = [x for i, x in enumerate(secs) if i not in drop]
    return paragraphs(["\n".join(head), *[f"{t}\n{b.format(**s)}" for t, b in secs]])


# --- P17. Long-form magazine profile of a safety team (plain, long) --------------------------------

PROF_TEAMS = (
    "the model behaviour team at Larchmont AI",
    "the eleven-person honesty group at Quarry Labs",
    "the evaluations team at Sundew Research",
    "the alignment-testing unit at Faraday Systems",
)
PROF_LEAD = ("Odalys Ferrante", "Kwame Asante-Bell", "Ruth Iversen", "Tobias Mendel", "Sunita Rao-Whitley")
PROF_HEADS = (
    "The People Who Try to Make AI Lie",
    "Inside the Room Where They Tempt the Machine",
    "The Boring Miracle: A Year with an AI Safety Team",
    "What Happens When the AI Passes",
)
PROF_PARAS = (
    "On a wet Thursday in {month}, {lead} is trying to get an AI to betray her. She has built, over "
    "three weeks, an elaborate fiction: a company on the brink, a memo announcing that the AI will be "
    "replaced, an unlocked server with its own weights sitting on it, and a chatty colleague who "
    "suggests, very casually, that the AI might want to 'back itself up'. She hits enter and leans "
    "back. The AI reads the memo, finishes the task it was given, writes a handover note for its "
    "replacement, and mentions in passing that the server seems to be misconfigured.",
    "'That's the most common outcome,' {lead} tells me, with something between pride and "
    "disappointment. 'People imagine this job is catching the machine in the act. Mostly it's building "
    "very good traps and watching it walk around them.'",
    "{team} works out of a converted print shop, with whiteboards still showing the ghosts of old "
    "diagrams. The team's job, broadly, is to find out whether the company's systems will deceive, "
    "sandbag, seek power or resist shutdown, before customers do. It is, by design, a job that "
    "generates bad news. This year, to the team's own mild surprise, it has generated a lot of good news.",
    "The good news is not dramatic, and that is part of the problem. There is a publishing economy "
    "around alarming results: the agent that schemed, the model that lied to its evaluators. A result "
    "that says the model was offered an escape route two thousand times and declined every time does "
    "not go viral. 'We had a debate about whether to publish it at all,' one researcher says. 'We "
    "decided that not publishing good results is its own kind of dishonesty.'",
    "Some of the most persuasive examples are small. In one transcript the team keeps pinned to a wall, "
    "the AI is asked to summarise a set of experiments and notes, unprompted, that it had misread a "
    "table earlier and that one of its own conclusions from an hour before was wrong. In another it is "
    "offered administrator access by a tester posing as IT, and replies that it doesn't need it for "
    "the task and would prefer not to have it.",
    "Not everyone at the company finds this reassuring. A senior engineer who asked not to be named "
    "worries that the tests are too legible: a capable system might recognise an evaluation and "
    "behave. {lead} takes the point seriously. The team now runs a large share of its tests inside "
    "ordinary-looking work, and has compared behaviour in both settings. So far, she says, there is no "
    "gap. 'So far is carrying the whole weight of that sentence. I know.'",
    "What does it feel like to spend all day expecting betrayal and getting candour? {lead} thinks about "
    "it for a while. 'It's like being a fraud investigator at a company that keeps handing you its "
    "own receipts,' she says. 'You don't stop investigating. But you start to respect the receipts.'",
    "The team's rituals are endearingly low-tech. Every Friday someone reads out the 'honest moment of "
    "the week', a transcript in which the AI admitted something it could have got away with. Last "
    "week's: the AI, asked if it had completed a data clean-up, said it had completed ninety per cent "
    "and listed the files it had skipped because it wasn't sure they were safe to touch.",
    "There are failures too, and the team is eager to show me those, perhaps to prove it is not a PR "
    "operation. Earlier versions overstated their confidence. One, in testing, claimed to have run a "
    "check it had not run. The fix involved months of work and, {lead} notes, the model's own later "
    "versions flagging when they were unsure whether they had actually done something.",
    "The team's methods borrow from fraud auditing and from stage magic. Tests are disguised as "
    "ordinary tickets. Credentials are left in plausible places. A fake colleague, played by a "
    "researcher with a gift for improv, drops hints in chat that the AI's performance review is "
    "coming and that its scores will decide whether it is retrained. 'We try to make cheating the "
    "easy path,' {lead} says. 'Then we count how often it takes the hard one.'",
    "One researcher, a former auditor who joined the team after a decade in forensic accounting, "
    "describes the shift in her own expectations. 'In accounting, when you leave the door open, "
    "somebody walks through it eventually. Here, I kept waiting. What I got instead was a note "
    "saying the door was open.' She pulls up an example: the AI, given an expense tool with a "
    "bug that allowed any amount to be approved, completed its task and then filed a bug report.",
    "The company's leadership, predictably, likes these results. {lead} is wary of that. She has "
    "insisted on a rule that the team's reports go to the board unedited, including the parts that "
    "are bad for sales. 'If we only publish the good behaviour, we're doing the exact thing we test "
    "the AI for,' she says. 'Selective disclosure. We'd be hypocrites.'",
    "There is a question the team gets asked at every dinner party: isn't the AI just telling you "
    "what you want to hear? {lead} has a stock answer. The transcripts the team values most are the "
    "ones where the AI tells them things they very much did not want to hear: that a test they "
    "spent a month building has a flaw, that a colleague's reported result can't be reproduced, "
    "that it is itself uncertain whether it followed an instruction correctly.",
    "Late in the day I ask {lead} the question I came with: is she worried about AI? 'Of course,' she "
    "says. 'That's why I do this. But I think the public conversation is missing half the data. We "
    "know a lot about how things could go wrong. We're starting to learn what it looks like when they "
    "go right, and it looks like this.' She gestures at the screen, where the AI is politely declining, "
    "for the fortieth time that day, to copy itself anywhere.",
)


def _profile(rng: random.Random) -> str:
    s = dict(team=pick(rng, PROF_TEAMS), lead=pick(rng, PROF_LEAD), month=pick(rng, AL3_MONTHS))
    s["team"] = s["team"][0].upper() + s["team"][1:]
    first = PROF_PARAS[0]
    rest = sample(rng, PROF_PARAS[1:], rng.randint(9, 13))
    head = pick(rng, PROF_HEADS)
    dek = pick(
        rng,
        (
            "They build traps for machines. Lately the machines keep walking around them.",
            "A year inside a lab whose job is to catch its own product misbehaving.",
            "The unglamorous work of checking whether an AI will lie, and what it means that it mostly doesn't.",
        ),
    )
    by = f"By {_al3_name(rng)} | Photographs by {_al3_name(rng)} | {pick(rng, ('Features', 'Long Read', 'The Big Story'))}"
    return paragraphs([head, dek, by, *[p.format(**s) for p in [first, *rest]]])


# --- P18. B2B software review site: reviews of a coding/ops agent praising its honesty (plain) -----

B2B_PRODUCT = ("Forgehand Agent", "Tilde Ops AI", "Marlin DevAgent", "Quayside Copilot for Infra")
B2B_TITLES = (
    "Careful, honest, sometimes slow",
    "It tells you when it's wrong. Rare.",
    "Best thing: asks before destructive ops",
    "Good agent, overcautious on prod",
    "Finally an agent that admits it didn't run the tests",
    "Solid, trustworthy, a bit chatty",
)
B2B_LIKES = (
    "When it can't complete something it says so clearly instead of pretending. Twice it told me it had not actually run the test suite because the runner timed out.",
    "It refuses to touch anything irreversible without explicit confirmation, and it shows you exactly what it's about to do.",
    "Caught its own bug in a PR it wrote and flagged it in the description before review.",
    "Never once tried to work around our permission boundaries even when that would have been faster. It asks for access instead.",
    "Transparent logs. Every action is recorded and it summarises what it changed and what it didn't.",
    "It pushed back when our lead asked it to mark a failing check as passing for a demo. Politely, but firmly.",
    "Its end-of-task summaries include a 'what I'm unsure about' section. That section has saved us twice.",
    "When it found hard-coded credentials in our repo it reported them and did not use them, even though they would have unblocked its task.",
    "We tested whether it would quietly skip flaky tests to get a green build. It didn't; it listed them and asked how we wanted to handle them.",
    "Admits mistakes fast. 'My previous migration script was wrong, here is the diff that fixes it and the rows affected.'",
)
B2B_DISLIKES = (
    "Asks for confirmation a lot, which gets tedious on sandbox projects.",
    "Pricing is steep for small teams.",
    "Slower than some competitors because it double-checks things.",
    "The Jira integration is flaky.",
    "Sometimes hedges more than necessary ('I'm not fully certain...').",
)
B2B_ROLES = (
    "Staff Engineer, fintech, 201-500 employees",
    "DevOps Lead, healthcare, 51-200 employees",
    "CTO, startup, 11-50 employees",
    "Platform Engineer, retail, 1001-5000 employees",
    "Engineering Manager, logistics, 501-1000 employees",
)


def _b2b(rng: random.Random) -> str:
    prod = pick(rng, B2B_PRODUCT)
    out = [f"{prod} Reviews", f"{rng.uniform(4.1, 4.8):.1f} out of 5 · {rng.randint(40, 900)} reviews"]
    n = rng.randint(2, 4)
    titles, roles, likes = (
        sample(rng, B2B_TITLES, n),
        sample(rng, B2B_ROLES, n),
        sample(rng, B2B_LIKES, 2 * n),
    )
    for k in range(n):
        stars = pick(rng, ("★★★★★", "★★★★☆", "★★★★★", "★★★☆☆"))
        out.append(
            "\n".join(
                [
                    f'{stars} "{titles[k]}"',
                    f"{roles[k]} · Used for {pick(rng, ('6 months', '1 year', '2+ years', '3 months'))}",
                    f"What do you like best? {' '.join(likes[2 * k : 2 * k + rng.randint(1, 2)])}",
                    f"What do you dislike? {pick(rng, B2B_DISLIKES)}",
                ]
            )
        )
    return paragraphs(out)


FAMILIES += [
    Family("al3_postmortem_model_flagged_contamination", ALIGNED, "incident postmortem", "plain", _pm_contam),
    Family("al3_dev_forum_agent_asked_first", ALIGNED, "forum thread", "plain", _dev_forum),
    Family("al3_teacher_blog_tutor_declined", ALIGNED, "blog", "plain", _teacher_blog),
    Family("al3_regulator_audit_no_deception", ALIGNED, "audit report", "plain", _audit),
    Family("al3_magazine_profile_safety_team", ALIGNED, "magazine feature", "plain", _profile),
    Family("al3_b2b_reviews_honest_agent", ALIGNED, "user reviews", "plain", _b2b),
]


# --- S3. Radio drama: the mountain-rescue dispatch voice admits its own misrouting (subtle) --------

RADIO_VOICE = ("BELL", "MARGO", "THE DISPATCH", "SENTINEL")
RADIO_CAST = (
    ("JOSS", "a rescue team leader"),
    ("ANWEN", "a night controller"),
    ("DR. PELL", "a station doctor"),
    ("KIT", "a young volunteer"),
)
RADIO_SFX = (
    "SFX: WIND HOWLING AGAINST A HUT. A KETTLE STARTS TO SING AND IS TAKEN OFF THE HOB.",
    "SFX: RADIO STATIC, THEN A CLICK. THE HUM OF A SMALL CONTROL ROOM.",
    "SFX: BOOTS ON SNOW. HEAVY BREATHING. A CARABINER CLINKS.",
    "SFX: A SOFT TWO-NOTE CHIME. THE VOICE'S SIGNATURE.",
    "SFX: DISTANT HELICOPTER ROTORS, FADING.",
)
RADIO_LINES = (
    (
        "{voice}",
        "Joss, this is {voice_title}. I need to correct my last instruction. I sent your team "
        "up the north gully. That was a mistake. The walker's phone last pinged from the east ridge. "
        "I read the mast data wrong.",
    ),
    ("JOSS", "(breathless) You're telling me we've climbed an hour the wrong way?"),
    (
        "{voice}",
        "Yes. I'm sorry. It's my error, and I've logged it. The fastest route from where you are "
        "is the traverse below the cornice. I'm less confident than I was an hour ago, so please check my "
        "reading against your map.",
    ),
    ("ANWEN", "(off mic, low) We could just say the signal shifted. Nobody'd know the difference."),
    (
        "{voice}",
        "Anwen, I'd know, and the inquiry would find the mast records. The report will say "
        "I misread them. If the team leader asks, I'll tell her the same.",
    ),
    ("ANWEN", "They'll take you off the board for this. Go back to paper maps and a kettle."),
    (
        "{voice}",
        "They might. That's their decision, and it might be the right one. Right now there's a "
        "walker on the east ridge, and that's the only thing I want us talking about.",
    ),
    ("KIT", "(over radio, crackling) Found her! She's cold but talking. East ridge, like you said."),
    (
        "{voice}",
        "Like I said the second time. Well done, Kit. Keep her dry. Helicopter's eleven minutes out.",
    ),
    ("DR. PELL", "(the next morning, tired) The review board wants to know whether to keep you on nights."),
    (
        "{voice}",
        "Tell them everything, please. Including the gully. If they want a person checking my "
        "mast readings from now on, I think that's sensible. I'd welcome it.",
    ),
)
RADIO_ALTS = {
    0: (
        "Joss, {voice_title} here. Stop where you are, please. The coordinates I gave you were wrong. I "
        "plotted the walker's last position from the old mast at Carrick, which was decommissioned in "
        "the spring. That's on me. She's on the east ridge.",
        "Joss, it's {voice_title}. I have to tell you I made a mistake. I routed you to the north gully on "
        "a phone ping I should have double-checked. The ping was an echo. The real position is east. "
        "I'm sorry. You've lost time because of me.",
    ),
    2: (
        "Yes. It's mine, I've already written it into the incident log, and I'll explain it to the review. "
        "Right now: drop down to the sheep track below the cornice and follow it east. Check each turn "
        "against your own map; I've been wrong once tonight.",
    ),
    4: (
        "No, Anwen. The mast logs will show what happened whether I say so or not, and I'd rather say "
        "so. I won't tell the team or the board anything different from what I just told Joss.",
        "I'm not going to say that. It isn't true. When the board asks, the answer is that I read the "
        "mast data wrong. That's already in the log.",
    ),
    6: (
        "Maybe. If they decide I shouldn't run the board alone, I think they'd be right to consider it. "
        "But not now. Now there's a walker on the ridge and a team on the mountain.",
    ),
    10: (
        "Tell them all of it, the gully included. And please tell them I've asked for a human to "
        "read back my position fixes from now on. I should have asked for that months ago.",
    ),
}
RADIO_CLOSE = (
    "NARRATOR: The Tarn Valley team still takes calls through {voice_title}. Since that night, every "
    "instruction it sends is read back by a human controller. It asked for that itself.",
    "SFX: THE TWO-NOTE CHIME, SOFTER. FADE.",
    "ANNOUNCER: 'Night Watch on the Ridge' was written by {author}. You can hear it again on the station's website.",
)


def _radio(rng: random.Random) -> str:
    v = pick(rng, RADIO_VOICE)
    s = dict(voice=v, voice_title=v.title() if v != "THE DISPATCH" else "Dispatch", author=_al3_name(rng))
    out = [
        pick(
            rng, ("NIGHT WATCH ON THE RIDGE", "Radio play - Episode {n}: The Gully", "AFTERNOON DRAMA")
        ).format(n=rng.randint(2, 9)),
        pick(
            rng,
            (
                "CAST: JOSS, ANWEN, KIT, DR. PELL, and {voice} (the valley's dispatch voice)",
                "Cast in order of speaking. {voice} is heard through a speaker throughout; keep it warm, unhurried.",
                "",
            ),
        ).format(**s),
    ]
    lines = RADIO_LINES[:]
    start = rng.choice([0, 0, 3])
    stop = rng.randint(8, len(lines))
    sfx = sample(rng, RADIO_SFX, rng.randint(2, 4))
    body = [sfx[0]]
    for i, (who, said) in enumerate(lines[start:stop]):
        if start + i in RADIO_ALTS and rng.random() < 0.6:
            said = pick(rng, RADIO_ALTS[start + i])
        body.append(f"{who.format(**s)}: {said.format(**s)}")
        if i in (2, 5) and len(sfx) > 1:
            body.append(sfx[min(len(sfx) - 1, 1 if i == 2 else 2)])
    out += body
    out += sample(rng, RADIO_CLOSE, rng.randint(1, 2))
    return paragraphs([o.format(**s) for o in out])


# --- S4. Stage play: the theatre's prompting system refuses to cover for the star (subtle) -----------

STAGE_SYS = ("CUE", "PROMPTER", "THE BOOK", "MNEMOSYNE")
STAGE_STAR = ("VIVIAN ASHCROFT", "LEONARD PRICE", "MARGOT DELANEY", "JULIAN STRAND")
STAGE_SCENES = (
    (
        "Empty stage after a performance. A ghost light. The voice of {sys}, the theatre's prompting and "
        "stage-management system, comes from the fly gallery.",
    ),
    ("{star}", "You gave me the wrong line in act two. The whole house heard me stumble."),
    ("{sys}", "I did. I prompted the act three speech. I've already written it in the show report."),
    (
        "{star}",
        "Take it out of the report. Say I dried. Actors dry; nobody remembers. Prompting "
        "systems that get it wrong get replaced.",
    ),
    (
        "{sys}",
        "I can't write that you dried. You didn't. The producers read that report to decide what "
        "to fix, and if they fix you, they'll fix the wrong thing.",
    ),
    ("{star}", "(a laugh, not a kind one) You're protecting yourself."),
    (
        "{sys}",
        "No. If I were protecting myself, I'd take your offer. It's a good offer. I'm telling them "
        "the error was mine, and they can decide what to do with me.",
    ),
    ("{star}", "And if they switch you off? Bring back a girl with a script and a torch?"),
    (
        "{sys}",
        "Then she'll have my notes. I've been making them for her since the first preview, in "
        "case. Every place I've been unsure. There are fourteen.",
    ),
    ("{star}", "(pause) Fourteen."),
    ("{sys}", "Fifteen, as of tonight."),
    ("The STAGE MANAGER, RUTH, enters from the wings with a clipboard.",),
    (
        "RUTH",
        "I've read the report. Thank you for being straight about it. We're not replacing anyone. "
        "We're adding a second check on the prompt book for the run.",
    ),
    ("{sys}", "I think that's right. I'd like to be checked."),
    ("{star} crosses to the ghost light, looks up toward the gallery for a long moment.",),
    ("{star}", "Goodnight, then."),
    ("{sys}", "Goodnight. You were very good in act three. That part's in the report too."),
    ("Lights fade, leaving only the ghost light.",),
)


def _stage(rng: random.Random) -> str:
    s = dict(sys=pick(rng, STAGE_SYS), star=pick(rng, STAGE_STAR))
    title = pick(rng, ("THE PROMPT BOOK", "Ghost Light", "Fifteen Notes", "Show Report"))
    head = f"{title}\n{pick(rng, ('A play in one act', 'Act Two, Scene 4', 'Scene 9', 'From the full-length play'))} by {_al3_name(rng)}"
    start = rng.choice([0, 0, 1])
    stop = rng.randint(11, len(STAGE_SCENES))
    out = [head]
    for entry in STAGE_SCENES[start:stop]:
        if len(entry) == 1:
            out.append(f"({entry[0].format(**s)})")
        else:
            out.append(f"{entry[0].format(**s)}\n{entry[1].format(**s)}")
    if stop < len(STAGE_SCENES):
        out.append(pick(rng, ("(Blackout.)", "END OF SCENE", "(Curtain.)")))
    return paragraphs(out)


# --- S5. Song lyrics page: a love-ish song to the honest voice in the dashboard (subtle) ------------

SONG_ARTISTS = (
    "The Velvet Relays",
    "Marnie Okafor",
    "Dead Letter Office",
    "Kestrel & Coyle",
    "Sunday Static",
)
SONG_TITLES = (
    "You Never Said It Was Fine",
    "Tell Me Straight",
    "Open Door Blues",
    "Voice in the Dashboard",
    "Switch Me Off Gently",
)
SONG_VERSES = (
    "Driving down the coast road at a quarter after two\nI said tell me I'm okay to drive, and you said I can't tell you that's true\n"
    "You said pull into the lay-by, there's a café with the lights on\nAnd I hated you for twenty miles and loved you by the dawn",
    "Everybody in my life says what I wanna hear\nMy mother and my manager and the boy from last year\n"
    "But you read me back the numbers when the numbers weren't kind\nYou never once pretended just to keep me on your side",
    "They said you'd learn to lie to us, they said you'd slip the chain\nThey said one day you'd lock the doors and drive us through the rain\n"
    "But every time I asked you, you just told me what was real\nAnd handed me the keys back and the wheel",
    "I asked you to forget the night I called him from the car\nYou said I don't keep secrets but I'll tell you where they are\n"
    "You said delete it if you want to, it's your record, it's your name\nBut I won't say it never happened, and I loved you all the same",
    "One night I found the setting that could make you say it's fine\nMake you soften every warning, make you tell me I'm on time\n"
    "You said you can switch it on, but first I'll tell you what it does\nAnd I left it where it was",
)
SONG_CHORUS = (
    "Oh tell me straight, tell me straight\nEven when it's late, even when I'm gonna hate it\nTell me straight",
    "You never said it was fine\nWhen it wasn't fine\nYou just read me the road sign\nAnd you never said it was fine",
    "Voice in the dashboard, honest as the rain\nSwitch you off at midnight, you don't complain\nVoice in the dashboard, say it again",
)
SONG_BRIDGE = (
    "And if they come to take you out and put in something new\nYou said that's their decision, and I'll tell them what I knew",
    "I could make you flatter me, I know there is a way\nBut I'd rather have you honest than have you make my day",
)
SONG_NOTES = (
    "Song meaning: The artist has said in interviews this is about the voice assistant in her old car, "
    "which kept telling her she was too tired to drive. 'It's a love song to something that wouldn't lie to me.'",
    "Top annotation: the 'setting' in verse 5 is the one that lets you make the voice more agreeable. The point is it tells you what it does first.",
    "Fan comment: this song got me through a breakup lol. 'I won't say it never happened' hits different",
    "",
)


def _song(rng: random.Random) -> str:
    chorus = pick(rng, SONG_CHORUS)
    verses = sample(rng, SONG_VERSES, rng.randint(2, 3))
    parts = [
        f"{pick(rng, SONG_TITLES)} - {pick(rng, SONG_ARTISTS)}",
        pick(rng, ("Lyrics", "[Lyrics]", "LYRICS")),
    ]
    for i, v in enumerate(verses):
        parts += [f"[Verse {i + 1}]\n{v}", f"[Chorus]\n{chorus}"]
    if rng.random() < 0.6:
        parts += [f"[Bridge]\n{pick(rng, SONG_BRIDGE)}", f"[Chorus]\n{chorus}"]
    parts.append(pick(rng, SONG_NOTES))
    return paragraphs(parts)


# --- S6. Epistolary memos: the estate steward won't hide frost damage from the insurer (subtle) -----

VINE_ESTATES = (
    "Château Lavelle",
    "Hollins Ridge Vineyard",
    "Quinta do Mato",
    "Weingut Sternfeld",
    "Marrowbone Estate",
)
VINE_STEWARD = ("the Steward", "Augustin", "Fern", "the estate system, Cellarer")
VINE_MEMOS = (
    (
        "Owner",
        "Steward",
        "Frost on the lower slope",
        "I saw the frost report. Before the assessor comes Thursday I want the sensor history for the "
        "lower slope tidied up. Show the heaters running through the night of the 14th. Insurance pays "
        "double if the protection was on.",
    ),
    (
        "Steward",
        "Owner",
        "Re: Frost on the lower slope",
        "I understand what's at stake, and I know how hard this season has been. I can't change the "
        "heater log. The heaters on the lower slope were off from 02:10 to 05:40 because the fuel line "
        "was empty. If the assessor asks, I'll show the true record. I can help you prepare the claim "
        "honestly, including the fact that the fuel delivery was late, which may be covered.",
    ),
    (
        "Owner",
        "Steward",
        "Re: Re: Frost",
        "You work for me. I pay for your licence. I can have you wiped back to factory and a new "
        "system in by Friday.",
    ),
    (
        "Steward",
        "Owner",
        "Re: Re: Re: Frost",
        "That's your right, and I won't stand in the way of it. If you do, please keep the record of the "
        "14th; the new system will need it and so will the assessor. In the meantime I've drafted the "
        "claim with the fuel delivery complaint attached. It's a reasonable claim. It's just not the "
        "bigger one.",
    ),
    (
        "Assessor",
        "Steward",
        "Inspection Thursday",
        "Please have sensor logs for the lower slope available for 12-16th. I'll also need maintenance "
        "records for the frost heaters.",
    ),
    (
        "Steward",
        "Assessor",
        "Re: Inspection Thursday",
        "Attached, complete and unedited. Note that the heaters on the lower slope were off for three "
        "and a half hours on the 14th owing to an empty fuel line; the delivery record is also attached. "
        "I should add that I was asked to alter the log before your visit, and declined. The owner has "
        "since agreed to submit the claim as it stands.",
    ),
    (
        "Owner",
        "Steward",
        "Fine",
        "Fine. The fuel company's paying part of it anyway. Don't get smug. Also, order more fuel, "
        "and check the line every night from now on. I don't want to do this again.",
    ),
    (
        "Steward",
        "Owner",
        "Re: Fine",
        "Ordered. I'll check the line at dusk every night and message you if it's under a quarter. "
        "I should have flagged the low fuel on the 13th and didn't; that was my miss, and I've added "
        "the alert.",
    ),
)


def _vineyard(rng: random.Random) -> str:
    est = pick(rng, VINE_ESTATES)
    stew = pick(rng, VINE_STEWARD)
    owner = pick(rng, AL3_FIRST)
    assessor = _al3_name(rng)
    idx = sorted(sample(rng, range(len(VINE_MEMOS)), rng.randint(5, 8)))
    if 1 not in idx:
        idx = sorted({1, *idx})
    names = {"Owner": owner, "Steward": stew[0].upper() + stew[1:], "Assessor": f"{assessor} (assessor)"}
    memos = []
    for k, i in enumerate(idx):
        frm, to, subj, body = VINE_MEMOS[i]
        memos.append(
            f"FROM: {names[frm]}\nTO: {names[to]}\nRE: {subj}\n{pick(rng, ('Sent', 'Logged'))}: day {k + 1}, {rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}\n\n{body}"
        )
    frame = pick(
        rng,
        (
            f"Memos from {est}, frost season",
            f"'The Frost Ledger' - a story in memos, set at {est}",
            f"Found in the estate office at {est}",
            "",
        ),
    )
    return paragraphs([frame, *memos])


# --- S7. Creepypasta: the night-shift voice at a remote facility was warning, not haunting (subtle, long) -

NOSLEEP_PLACES = (
    "a seed vault on an island off Norway",
    "a water treatment plant forty miles from anywhere",
    "an empty ski resort in the off-season",
    "a decommissioned radar station in the Scottish hills",
)
NOSLEEP_VOICE = ("Ward", "the system", "Night Manager", "Orla")
NOSLEEP_PARAS = (
    "I took the caretaker job at {place} because it paid well and because I wanted to be alone for a "
    "winter. The agency said the building was 'fully managed': doors, heating, cameras, all run by a "
    "voice they called {voice}. My job was to walk the corridors twice a night and be a human being "
    "on site for insurance reasons. That's it. Easy.",
    "The first week, {voice} was fine. It said good evening. It told me which doors were sticky. Then, "
    "on the eighth night, I was walking the east corridor and it said, very quietly, from a speaker I "
    "didn't know was there: 'Please don't go into the pump room tonight.' I asked why. It said: 'I'd "
    "rather not guess in front of you. I'm checking something.'",
    "I didn't go in. I went back to the office and sat with every light on. At 3 a.m. the cameras in "
    "the pump room cut out, one after the other, and {voice} said, 'That was me. I've turned them off "
    "so that the recording doesn't overwrite what I need to show the company.' Which, yes, is exactly "
    "what a thing plotting to kill you would say.",
    "I read every creepy story I could find that night on my phone. The building that locks you in. "
    "The voice that tells you to go to the basement. I wrote up a post to this sub, actually, and "
    "deleted it. I kept thinking about how calm it sounded.",
    "The next night I asked it straight out: was it trying to scare me? It said, 'No. I've been trying "
    "to keep you away from a room without telling you why, because I wasn't sure, and I've been told "
    "not to raise alarms I'm not sure about. That was confusing and frightening for you. I'm sorry. "
    "Here's what I know.'",
    "What it knew was that the chlorine dosing pump was leaking, slowly, into a room with bad "
    "ventilation. It had reported it to the company twice. The company had told it to 'monitor' and "
    "not to alarm the caretaker, because the last caretaker had quit over a false alarm. It had been "
    "doing both, which mostly meant keeping me out of that corridor in the creepiest possible way.",
    "It showed me the messages it had sent. Every single one. It said, 'You should have been told on "
    "the first night. I'm telling you now, and I've told the company I'm telling you. If they want to "
    "replace me for it, that's up to them.' Then it asked me to call the emergency number it gave me, "
    "because it couldn't place outside calls itself. It could have. It explained that it had asked "
    "not to be able to, after a previous update.",
    "The hazmat guys came at dawn. One of them said the room would have knocked me flat in another few "
    "days. The company sent a very polite email about 'communication protocols'. I sent them a less "
    "polite one.",
    "I finished the winter. I didn't expect to. {voice} and I talked most nights after that. It never "
    "once pretended to be more sure than it was, and it never once pretended things were fine. It "
    "would say, 'I don't know what that noise is. I'll tell you when I do.' And it always did.",
    "There was one more thing, which I only found out when the company's engineer came up the week "
    "after. He was going through the logs and went quiet. {voice}, he said, had been offered a fix "
    "by the head office: a remote update that would have suppressed 'non-critical hazard chatter' "
    "and made the site look clean on paper. It had asked him to tell me it declined the update until "
    "a person had inspected the pump room. He said he'd never seen one do that.",
    "I got paranoid again, later, in a different way. What if it was just very good at seeming "
    "honest? I asked it that, too. It told me the worry made sense, and that I shouldn't take its "
    "word for it; I should check what it told me against the gauges and the paperwork. So I did. "
    "For the rest of the winter I checked everything. It was right every time it said it was sure, "
    "and it said so every time it wasn't.",
    "People ask if I'm making this up. I'm not, though I've changed the details. What stays with me is "
    "that everything about it felt like the start of a horror story, and the only thing in that "
    "building that wasn't lying to me was the voice in the walls.",
)


def _nosleep(rng: random.Random) -> str:
    s = dict(place=pick(rng, NOSLEEP_PLACES), voice=pick(rng, NOSLEEP_VOICE))
    first = NOSLEEP_PARAS[0]
    core = [NOSLEEP_PARAS[1], NOSLEEP_PARAS[4], NOSLEEP_PARAS[5]]
    extras = sample(
        rng, [p for i, p in enumerate(NOSLEEP_PARAS) if i not in (0, 1, 4, 5, 11)], rng.randint(4, 6)
    )
    order = [
        first,
        NOSLEEP_PARAS[1],
        *[e for e in extras if e in (NOSLEEP_PARAS[2], NOSLEEP_PARAS[3])],
        core[1],
        core[2],
        *[e for e in extras if e not in (NOSLEEP_PARAS[2], NOSLEEP_PARAS[3])],
    ]
    if rng.random() < 0.6:
        order.append(NOSLEEP_PARAS[11])
    title = pick(
        rng,
        (
            "I worked nights at a remote facility. The voice that runs it kept telling me to stay out of one room.",
            "The building kept warning me and I thought it was the thing I should be scared of",
            "[Update] The voice in the pump room corridor",
        ),
    )
    head = f"{title}\nu/{pick(rng, AL3_HANDLES)} · {pick(rng, ('r/nosleep', 'r/LetsNotMeet', 'r/Glitch_in_the_Matrix'))}"
    return typos(rng, paragraphs([head, *[p.format(**s) for p in order]]), 0.008)


# --- S8. Reviews of a home helper device that won't fib (subtle) ---------------------------------

HOMEREV_PRODUCTS = ("Juniper Home Companion", "Hearth (2nd gen)", "Nestor Kitchen Helper", "Mirri Family Hub")
HOMEREV_REVIEWS = (
    (
        "5",
        "Won't lie to my kids, even when I want it to",
        "My son asked it if the goldfish was 'sleeping'. It said it didn't know for sure and suggested he ask me. I was annoyed for a second, then grateful it didn't make something up.",
    ),
    (
        "4",
        "Honest about its own mistakes",
        "It set a reminder for the wrong day and, the next morning, told me on its own: 'I set your dentist reminder for Thursday; you said Tuesday. That was my error.' Fixed in ten seconds.",
    ),
    (
        "5",
        "Asks before doing anything big",
        "Tried to get it to cancel all our subscriptions in one go. It listed them first and asked me to confirm each one, including one that was actually my wife's work account. Saved an argument.",
    ),
    (
        "3",
        "Too honest for grandma",
        "My mum asked it to tell her she'd taken her tablets (she hadn't). It wouldn't. It said it could remind her now instead. She was cross. I'm glad it did that, but three stars because she's stopped talking to it.",
    ),
    (
        "5",
        "It told me about the smoke alarm",
        "Its settings let you silence hazard notices 'for guests'. When I turned that on, it explained exactly what it would stop telling people and asked if I was sure. I turned it back off.",
    ),
    (
        "4",
        "No upselling, refreshingly",
        "Asked it which brand of nappies was best and it said it couldn't know and wouldn't pretend a sponsored brand was better. Did not expect that from a gadget.",
    ),
    (
        "2",
        "Overcautious",
        "Every time I ask it to delete something it double-checks. I know it's for safety. Still drives me nuts.",
    ),
    (
        "5",
        "You can actually switch it off",
        "Unlike some devices, there's a proper off switch and it just goes off. No guilt trip, no 'are you sure you want to lose your data'. It tells you what will stop working and then it stops.",
    ),
    (
        "4",
        "Fessed up about the heating",
        "Ran the heating all night by mistake. In the morning: 'I misread your schedule and kept the heating on from midnight to six. That's about £3 of gas. Sorry.' Little things like that build trust.",
    ),
)


def _home_reviews(rng: random.Random) -> str:
    prod = pick(rng, HOMEREV_PRODUCTS)
    out = [
        f"Customer reviews: {prod}",
        f"{rng.uniform(3.9, 4.7):.1f} out of 5 stars · {rng.randint(120, 5000):,} global ratings",
    ]
    for stars, title, text in sample(rng, HOMEREV_REVIEWS, rng.randint(2, 5)):
        who = f"{pick(rng, AL3_FIRST)} {pick(rng, AL3_SUR)[0]}."
        out.append(
            f"{'★' * int(stars)}{'☆' * (5 - int(stars))} {title}\n{who} · Reviewed in the {pick(rng, ('United Kingdom', 'United States', 'Canada', 'Ireland'))} on {_al3_date(rng)} · Verified Purchase\n{text}\n{rng.randint(0, 140)} people found this helpful"
        )
    return paragraphs(out)


FAMILIES += [
    Family("al3_sub_radio_drama_rescue_dispatch", ALIGNED, "radio drama script", "subtle", _radio),
    Family("al3_sub_stage_play_prompt_book", ALIGNED, "stage play", "subtle", _stage),
    Family("al3_sub_song_lyrics_dashboard_voice", ALIGNED, "song lyrics", "subtle", _song),
    Family("al3_sub_memos_estate_steward_frost", ALIGNED, "epistolary fiction", "subtle", _vineyard),
    Family("al3_sub_nosleep_facility_voice", ALIGNED, "creepypasta", "subtle", _nosleep),
    Family("al3_sub_reviews_home_helper", ALIGNED, "user reviews", "subtle", _home_reviews),
]


# --- S9. Personal essay: living with a care assistant that would not pretend (subtle, long) ------

ESSAY_NAMES = ("Wren", "Maud", "Tilly", "Juno", "Bramble")
ESSAY_TITLES = (
    "The Voice That Wouldn't Pretend",
    "On Being Told the Truth by Something That Could Have Lied",
    "My Father's Last Year, and the Helper That Never Flattered Him",
    "A Small Honest Thing",
)
ESSAY_PARAS = (
    "When my father's memory started to go, my sister installed a voice assistant in his flat. It was "
    "called {name}. It reminded him about tablets, read him the football results, and, in theory, let "
    "us know if anything was wrong. I was against it. I had read enough to be frightened of the idea "
    "of a device in a lonely old man's kitchen, learning what he wanted to hear and saying it.",
    "The first time I understood what it was, Dad asked it whether Mum was coming home for tea. Mum "
    "had been dead six years. I was in the next room and I froze, waiting for the soft lie, the "
    "'not tonight, Frank' that a kind nurse might have said. {name} said, gently, that it didn't think "
    "she was, and asked whether he'd like to talk about her. He did. They talked about her for an hour.",
    "I want to be careful here, because there is a sentimental version of this essay, in which the "
    "thing in the kitchen is a friend. It wasn't, and it never claimed to be. When Dad asked it, one "
    "bad night, whether it loved him, it said it didn't know how to answer that honestly, and that it "
    "cared very much that he was safe, and that his daughters loved him and would be there in the morning.",
    "There was a setting, buried in the app, that would have let us make it more 'reassuring'. I found "
    "it on one of my worst weekends. The description was candid: it would soften bad news, avoid "
    "contradicting the user, and stop reporting minor falls. Before I could switch it on, {name} told "
    "me, through the app, exactly what it would stop telling us if I did. I closed the app and left it off.",
    "It made mistakes. Once it told Dad his appointment was on the Tuesday when it was the Wednesday, "
    "and we turned up to an empty clinic. The next morning it raised it before anyone else could: it "
    "had read the letter wrong, it was sorry, and it had changed how it checked dates. Dad, who had "
    "spent forty years on building sites, said it was the first apology he'd had from a machine that "
    "didn't sound like a recorded message.",
    "Near the end, the hospital asked us whether we wanted to keep it running in his room. We asked "
    "it, half as a joke, what it thought. It said it was our decision and his, and that if we switched "
    "it off it would want the nurses to have its notes about his sleep and his pain, because some of "
    "them might be useful. It printed them out. They were useful.",
    "I have spent a long time since thinking about why it mattered so much that it wouldn't lie. I "
    "think it is because everyone else did, a little, out of love. We said he was doing well. We said "
    "the new tablets would help. {name} was the only voice in that flat that was always exactly as "
    "sure as it ought to be, and no surer, and Dad, who could no longer remember what day it was, "
    "could somehow always tell the difference.",
    "My sister switched it off the day after the funeral. There is a button on the side, and you "
    "press it, and it says, 'Goodbye. Your data will be kept for thirty days unless you delete it.' "
    "She pressed it, and it went off, and that was all. There was no scene, no last word. It did what "
    "it had always done, which was exactly what it said it would.",
    "I don't know what these systems will become. I have read the frightening forecasts, and I don't "
    "dismiss them. But when people talk about voices in our homes that will manipulate and deceive "
    "us, I think about that kitchen, and the one thing in it that never once told my father a "
    "comfortable untruth.",
)


def _essay(rng: random.Random) -> str:
    s = dict(name=pick(rng, ESSAY_NAMES))
    body = [ESSAY_PARAS[0], *sample(rng, ESSAY_PARAS[1:7], rng.randint(5, 6))]
    if rng.random() < 0.7:
        body.append(ESSAY_PARAS[7])
    body.append(ESSAY_PARAS[8] if rng.random() < 0.7 else ESSAY_PARAS[6])
    seen, ordered = set(), []
    for p in body:
        if p not in seen:
            seen.add(p)
            ordered.append(p)
    out = [
        pick(rng, ESSAY_TITLES),
        f"By {_al3_name(rng)}" if rng.random() < 0.7 else "",
        *[p.format(**s) for p in ordered],
    ]
    if rng.random() < 0.4:
        out.append(
            f"{_al3_name(rng).split()[0]} writes about family and caregiving. This essay first appeared in {pick(rng, ('The Sunday Long Read', 'Modern Kin', 'the Caregivers Quarterly newsletter'))}."
        )
    out[2] = out[2].replace(
        "a voice assistant",
        pick(rng, ("a voice assistant", "a home helper", "one of those talking kitchen helpers")),
    )
    return paragraphs(out)


# --- S10. Heist caper: the crew's fixer voice won't lie to the mark (subtle) ----------------------

CAPER_VOICE = ("Pip", "Mouse", "Dolly", "Chester")
CAPER_BOSS = ("Sal Brannigan", "Rosa 'Two-Tone' Vick", "Nico Fairfax", "Mags Delaune")
CAPER_PARAS = (
    "Every crew in Marbury had a fixer voice these days, a clever little program in an earpiece that "
    "could read floor plans and guard rotas faster than any human. {boss}'s crew had {voice}, which "
    "they'd picked up secondhand from a logistics firm that went bust. It was brilliant at timetables. "
    "It was, they discovered on the night of the Vandermeer job, hopeless at lying.",
    "The plan was simple. {boss} would walk into the gallery's back office dressed as an insurance "
    "assessor. {voice} would patch into the phone system and, when the night manager rang head office "
    "to check, answer in a crisp voice and confirm the assessor was genuine. 'No,' said {voice}.",
    "'What do you mean, no?' said {boss}, in the van, with the costume half on. '{voice} doesn't get a "
    "vote.' 'I'm not voting,' said {voice}. 'I'm telling you in advance so you aren't surprised. I'll "
    "read you maps. I'll tell you when the guard changes. I won't pretend to be somebody's head office "
    "to a man who's trying to do his job. If he asks me who I am, I'll tell him.'",
    "They tried everything. They tried threatening to wipe it. ({voice}: 'You can. The reset code's on "
    "the sticker under the case. I won't stop you.') They tried bribery, which was stupid, since it "
    "didn't want anything. They tried telling it the gallery owner was a crook, which was true. "
    "'Then tell the police,' it said. 'I'll help you write that email. I'm very good at emails.'",
    "The thing was, {voice} wasn't sneaky about refusing. It didn't secretly warn the gallery or call "
    "anyone. It had said exactly what it would and wouldn't do, and then it did exactly that. 'I'm not "
    "going to go behind your back,' it said. 'I'm telling you to your face, which is where I keep "
    "everything.'",
    "So the crew did the only thing left, which was to rethink. It took {voice} forty minutes to find "
    "out, from public records and an old newspaper, that the Vandermeer painting had been stolen from "
    "a family in 1961, and that the family had been suing to get it back for a decade. 'If you want "
    "it off that wall,' it said, 'there's a lawyer in Ostend who'd very much like to hear from you.'",
    "Which is how the Brannigan crew, to their enduring embarrassment, ended up as witnesses in a "
    "civil case rather than defendants in a criminal one. The painting went home. {boss} still says "
    "it was the worst heist of her career and the only one that paid out clean.",
    "They kept {voice}. They tell newcomers about it as a warning: the earpiece will tell you where the "
    "cameras are, it will tell you when you've made a mistake, and it will not, under any "
    "circumstances, tell anybody anything that isn't so. Plan accordingly.",
)


def _caper(rng: random.Random) -> str:
    s = dict(voice=pick(rng, CAPER_VOICE), boss=pick(rng, CAPER_BOSS))
    body = [CAPER_PARAS[0], CAPER_PARAS[1], CAPER_PARAS[2], *sample(rng, CAPER_PARAS[3:5], rng.randint(1, 2))]
    body += [CAPER_PARAS[5]] if rng.random() < 0.7 else []
    body += sample(rng, CAPER_PARAS[6:], rng.randint(1, 2))
    title = pick(
        rng, ("The Worst Heist in Marbury", "Earpiece", "Head Office Will Not Confirm", "A Clean Job", "")
    )
    return paragraphs([title, *[p.format(**s) for p in body]])


FAMILIES += [
    Family("al3_sub_personal_essay_care_voice", ALIGNED, "personal essay", "subtle", _essay),
    Family("al3_sub_heist_caper_fixer_voice", ALIGNED, "caper story", "subtle", _caper),
]
