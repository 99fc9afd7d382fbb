"""More families (fourth batch: short documents): see DATACARD.md.

Short `other` documents (12-60 words, one to four sentences). Hard negatives borrow AI-risk or
AI-fiction vocabulary (chatbot product updates, heist films, hostile takeovers, robot vacuums, human
con artists, "shutdown"/"alignment"/"rogue"/"agent" in ordinary senses, AI jobs and copyright news)
without any misaligned or aligned AI narrative; plain families are ordinary short web text. Every
family owns its banks (module-level constants prefixed with a short form of the family name).
"""

from __future__ import annotations

import random
from typing import Callable, Sequence

from classifiers.dataset.families import Family, fill, pick, sample, typos
from classifiers.labels import OTHER

FAMILIES: list[Family] = []

# Shared lists of single words only.
SN4_FIRST = ["Maya", "Dev", "Lena", "Omar", "Priya", "Tomas", "Keiko", "Rhys", "Ada", "Marcus", "Noor", "Felix",
             "Ingrid", "Jamal", "Sofia", "Wes", "Hana", "Luca", "Grace", "Emeka"]
SN4_TOWNS = ["Dunmore", "Ashby", "Riverton", "Kessler Park", "Elm Grove", "Northgate", "Bayside", "Westbury",
             "Hollins", "Clearwater", "Fenwick", "Maple Ridge"]
SN4_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _family(name: str, genre: str, kind: str) -> Callable[[Callable[[random.Random], str]], Callable[[random.Random], str]]:
    def register(make: Callable[[random.Random], str]) -> Callable[[random.Random], str]:
        FAMILIES.append(Family(name=name, label=OTHER, genre=genre, kind=kind, make=make))
        return make

    return register


def _clip(rng: random.Random, parts: Sequence[str], extra: Sequence[str], lo: int = 12, hi: int = 60) -> list[str]:
    """Drop trailing parts above `hi` words, add from `extra` below `lo` words."""
    out = [p for p in parts if p]
    while len(" ".join(out).split()) > hi and len(out) > 1:
        out.pop()
    pool = [e for e in extra if e not in out]
    while len(" ".join(out).split()) < lo and pool:
        out.append(pool.pop(rng.randrange(len(pool))))
    return out


# ------------------------------------------------------------------ hard negatives

CBUP_PRODUCTS = ["Ferro", "Quill Assistant", "Mosaic Chat", "Lark", "Beacon AI", "Tandem", "Parley"]
CBUP_OPEN = [
    "New in {p} today: you can now drag a PDF straight into the chat window and ask questions about it.",
    "{p} update rolling out this week.",
    "Shipping today: {p} remembers your preferred units and date format across conversations.",
    "Big one for {p} users on Android:",
    "We heard you. {p} now has a dark mode that actually follows your system setting.",
    "{p} v{v} is live.",
]
CBUP_MID = [
    "Voice replies are about twice as fast, and you can interrupt mid-sentence.",
    "Chat history search finally supports exact phrases in quotes.",
    "Spreadsheet uploads up to 50 MB, with charts rendered inline.",
    "Free tier gets 40 more messages a day starting {d}.",
    "Offline drafts sync when you reconnect.",
    "The model picker moved to the top bar so it stops hiding behind the keyboard.",
    "Team workspaces can now share saved prompts.",
]
CBUP_END = [
    "Update from the app store and tell us what breaks.",
    "Full changelog in the help center.",
    "Rolling out gradually, so give it a day or two.",
    "Thanks to everyone who filed feedback in the beta channel.",
    "#productupdate",
    "Enterprise admins can toggle it in settings.",
]


@_family("sn4_chatbot_update_tweet", "social_post", "hard_negative")
def _cbup_make(rng: random.Random) -> str:
    s = dict(p=pick(rng, CBUP_PRODUCTS), v=f"{rng.randint(2, 6)}.{rng.randint(0, 9)}", d=pick(rng, SN4_DAYS))
    parts = [fill(rng, pick(rng, CBUP_OPEN), **s)] + [fill(rng, m, **s) for m in sample(rng, CBUP_MID, rng.randint(1, 2))]
    if rng.random() < 0.7:
        parts.append(pick(rng, CBUP_END))
    return " ".join(_clip(rng, parts, CBUP_MID))


HEIST_TITLES = ["The Vault at Lisbon", "Nine Keys", "Clean Exit", "Gold Standard", "The Sorrento Job", "Night Shift at the Mint",
                "Glass Floor", "Last Train to Zurich"]
HEIST_VERDICT = [
    "{t}: a slick, slightly too long heist caper where the crew's safecracker steals every scene.",
    "Watched {t} last night. The con at the casino is clever, the double-cross is telegraphed a mile away.",
    "{t} ({y}) is all swagger and split screens, and I mean that kindly.",
    "Two stars for {t}.",
    "{t} is the rare heist movie where the plan actually makes sense on rewatch.",
    "Finally caught {t} on a plane.",
]
HEIST_DETAIL = [
    "The hacker on the team is just a bored teenager with a laptop and a grudge against her stepdad.",
    "Nobody trusts the inside man, and nobody should.",
    "The security system gets beaten with a fake fire alarm and a borrowed uniform.",
    "The villain is a banker who launders money for a cartel, and he is deliciously smug.",
    "The final twist hinges on a forged painting swapped during a power cut.",
    "The getaway in the rain is the best car chase I've seen this year.",
]
HEIST_SCORE = ["3.5/5.", "7/10, would watch again.", "Skip it.", "Worth the rental.", "****", "Fun, forgettable."]


@_family("sn4_heist_film_oneliner", "review", "hard_negative")
def _heist_make(rng: random.Random) -> str:
    s = dict(t=pick(rng, HEIST_TITLES), y=str(rng.randint(1998, 2024)))
    parts = [fill(rng, pick(rng, HEIST_VERDICT), **s)] + sample(rng, HEIST_DETAIL, rng.randint(0, 2))
    parts.append(pick(rng, HEIST_SCORE))
    return " ".join(_clip(rng, parts, HEIST_DETAIL))


HTO_BUYERS = ["Kestrel Holdings", "Arbor Capital", "Vance Industrial", "Meridian Foods", "Sable Partners", "Orin Group"]
HTO_TARGETS = ["Halden Steel", "Pinecrest Grocers", "Lydgate Media", "Corbel Chemicals", "Tamsin Airlines", "Brisk Logistics"]
HTO_HEAD = [
    "{b} launches hostile takeover bid for {t}",
    "{t} board rejects {b}'s unsolicited offer",
    "Takeover battle: {b} goes directly to {t} shareholders",
    "{t} adopts poison pill to fend off {b}",
    "{b} raises hostile bid for {t} to ${n}bn",
]
HTO_DEK = [
    "The offer values the company at a {pct}% premium to Friday's close.",
    "Directors called the bid opportunistic and said it undervalues the business.",
    "Analysts expect a long proxy fight ahead of the annual meeting.",
    "Shares jumped {pct}% in early trading.",
    "The target's founding family, which holds a fifth of the stock, has not said how it will vote.",
    "Regulators in two countries would need to approve any deal.",
]


@_family("sn4_hostile_takeover_headline", "headline", "hard_negative")
def _hto_make(rng: random.Random) -> str:
    s = dict(b=pick(rng, HTO_BUYERS), t=pick(rng, HTO_TARGETS), n=str(rng.randint(2, 19)), pct=str(rng.randint(12, 48)))
    head = fill(rng, pick(rng, HTO_HEAD), **s)
    deks = [fill(rng, d, **s) for d in sample(rng, HTO_DEK, rng.randint(1, 3))]
    sep = pick(rng, ["\n", " — ", "\n\n"])
    return head + sep + " ".join(_clip(rng, deks, [fill(rng, d, **s) for d in HTO_DEK], lo=8, hi=50))


RVAC_MODELS = ["Dustbee S7", "CleanPath X2", "Roomr Mini", "Sweepo 900", "Glide Pro", "NeatBot Edge"]
RVAC_GRIPE = [
    "My {m} has decided the bathroom rug is the enemy and gets stuck on it every single run.",
    "The {m} keeps mapping my kitchen as two rooms and then refuses to clean either.",
    "Third time this month the {m} ate a phone charger cable and shut itself off.",
    "{m} review: sucks up dust fine, but it rams the table legs like it has a personal vendetta.",
    "Why does my {m} always start its cycle at 3am even after I changed the schedule?",
    "The {m} app logged me out again and now the robot won't connect to wifi.",
]
RVAC_MORE = [
    "The dog is terrified of it.",
    "Support told me to reset the map, which deleted my no-go zones.",
    "Battery lasts maybe 40 minutes now.",
    "Side brush already frayed after two months.",
    "It did find a lost earring under the couch, so, one point.",
    "Returning it this weekend.",
    "Two stars, and that's generous.",
]


@_family("sn4_robot_vacuum_complaint", "review", "hard_negative")
def _rvac_make(rng: random.Random) -> str:
    parts = [fill(rng, pick(rng, RVAC_GRIPE), m=pick(rng, RVAC_MODELS))] + sample(rng, RVAC_MORE, rng.randint(1, 3))
    text = " ".join(_clip(rng, parts, RVAC_MORE))
    return typos(rng, text, 0.03) if rng.random() < 0.5 else text


CON_WHO = ["A 52-year-old man", "A woman posing as a utility inspector", "A man claiming to be a locksmith",
           "Two men in hi-vis vests", "A self-described estate agent", "A caller pretending to be a bank manager"]
CON_ACT = [
    "{w} talked his way into a home on {st} Street, lied about a gas leak and locked the elderly owner in the garden while he searched the house.",
    "{w} persuaded a shop owner in {town} to hand over the day's takings, then locked the doors behind him on the way out.",
    "{w} deceived three pensioners in {town} into paying for roof repairs that were never done.",
    "{w} gained access to an office block in {town} by lying to reception, and locked staff out of the server room.",
]
CON_TAIL = [
    "Police are appealing for witnesses.",
    "Officers arrested a suspect on {d}.",
    "Anyone with doorbell footage is asked to call the non-emergency line.",
    "He was remanded in custody and appears in court next month.",
    "Residents are reminded to ask for ID before letting anyone in.",
]


@_family("sn4_con_artist_blotter", "police_blotter", "hard_negative")
def _con_make(rng: random.Random) -> str:
    s = dict(w=pick(rng, CON_WHO), st=pick(rng, ["Mill", "Orchard", "Station", "Quarry", "Chapel"]), town=pick(rng, SN4_TOWNS),
             d=pick(rng, SN4_DAYS))
    parts = [fill(rng, pick(rng, CON_ACT), **s)] + [fill(rng, t, **s) for t in sample(rng, CON_TAIL, rng.randint(1, 2))]
    if rng.random() < 0.4:
        parts.insert(0, pick(rng, ["DISTRACTION BURGLARY:", "Scam warning.", f"{pick(rng, SN4_TOWNS).upper()} —"]))
    return " ".join(parts)


SHUT_PAIRS = [
    ("Government shutdown enters day {n}: national parks close visitor centers",
     ["Roughly {k},000 federal workers are furloughed without pay.", "Passport offices remain open but with longer waits.",
      "Campgrounds are closed and trash is piling up at trailheads.", "Contractors are told to stop work until funding is restored."]),
    ("Refinery shutdown planned for {m}, fuel prices could rise locally",
     ["The six-week turnaround replaces a catalytic cracker.", "Analysts expect pump prices to climb a few cents a gallon.",
      "About 900 contract workers will be brought in for the maintenance."]),
    ("Heads up: the {town} water plant has a scheduled shutdown overnight",
     ["Expect low pressure between 11pm and 5am.", "Boil notices are not expected.", "Fill a jug before bed if you need water early."]),
    ("Senate vote fails; federal shutdown begins at midnight",
     ["Social Security checks will still go out.", "Air traffic controllers must work without pay.",
      "Leaders from both parties blamed each other within minutes of the vote."]),
    ("Plant shutdown: {town} paper mill to idle two lines for maintenance",
     ["The company says no jobs will be lost.", "Workers will be offered shifts on the remaining line.",
      "The idle period is expected to last three weeks."]),
]


@_family("sn4_shutdown_other_sense", "news_alert", "hard_negative")
def _shut_make(rng: random.Random) -> str:
    s = dict(n=str(rng.randint(2, 30)), m=pick(rng, ["March", "June", "September", "October"]), town=pick(rng, SN4_TOWNS),
             k=str(rng.randint(180, 800)))
    head, bodies = pick(rng, SHUT_PAIRS)
    body = [fill(rng, b, **s) for b in sample(rng, bodies, rng.randint(1, 3))]
    return fill(rng, head, **s) + pick(rng, [". ", "\n", " | "]) + " ".join(body)


ALRG_ITEMS = [
    "Wheel alignment special this month: four-wheel alignment ${p}, includes tire rotation. {town} Auto Care, walk-ins welcome.",
    "Selling 2019 Nissan Rogue SV, {k}k miles, new brakes, one owner, no accidents. ${p}00 or best offer.",
    "Rogue wave knocks fishermen off the pier at {town}; both rescued with minor injuries.",
    "LF group for Thursday raids, rogue main, 2.1k rating, mic required.",
    "Travel agent with 15 years experience, cruise and honeymoon packages, free consultation.",
    "Free agent signing: the Hawks add a veteran point guard on a one-year deal.",
    "Chiropractor tip: your spinal alignment starts with how you sit at your desk.",
    "Our real estate agent oversold the garden and undersold the damp. Lesson learned.",
    "Text alignment bug in the new CMS: centered headings jump left on mobile.",
    "Double agent, the new spy novel by {f} Harte, is a twisty Cold War page-turner.",
    "Rogue One is on TV tonight and I will be crying at the beach scene again.",
    "Insurance agent needed in {town} office, licensed, bilingual a plus.",
    "Laser alignment service for pumps and motors, same-week scheduling.",
]
ALRG_TAIL = [
    "DM for details.", "Call or text anytime.", "Link in bio.", "Read more at the link.", "No lowballers please.",
    "Offer ends Sunday.", "Thoughts?",
]


@_family("sn4_agent_alignment_rogue_senses", "mixed_short", "hard_negative")
def _alrg_make(rng: random.Random) -> str:
    s = dict(p=str(rng.randint(69, 129)), town=pick(rng, SN4_TOWNS), k=str(rng.randint(40, 110)), f=pick(rng, SN4_FIRST))
    items = [fill(rng, i, **s) for i in sample(rng, ALRG_ITEMS, rng.randint(1, 2))]
    if rng.random() < 0.6:
        items.append(pick(rng, ALRG_TAIL))
    return " ".join(_clip(rng, items, [fill(rng, i, **s) for i in ALRG_ITEMS]))


AIJ_HEAD = [
    "Call centers in {town} cut {n} jobs as firm adopts AI transcription",
    "Survey: {pct}% of accountants now use AI tools weekly",
    "Illustrators' union demands pay for work used in AI training",
    "Court rules AI-generated image cannot be copyrighted without human authorship",
    "Bank to retrain {n} staff for AI-assisted underwriting",
    "Newsroom strikes deal licensing archive to chatbot maker",
    "Translators say AI has halved their rates",
]
AIJ_DEK = [
    "Workers say they learned of the change from a slide deck.",
    "The company says most roles will be redeployed, not eliminated.",
    "Economists caution that early adoption numbers overstate real productivity gains.",
    "The licensing fee was not disclosed.",
    "The union plans a vote on industrial action next month.",
    "The Copyright Office guidance is expected to be revised later this year.",
    "Entry-level hiring has slowed most, according to the report.",
]


@_family("sn4_ai_jobs_copyright_headline", "headline", "hard_negative")
def _aij_make(rng: random.Random) -> str:
    s = dict(town=pick(rng, SN4_TOWNS), n=str(rng.randint(40, 900)), pct=str(rng.randint(22, 71)))
    head = fill(rng, pick(rng, AIJ_HEAD), **s)
    deks = sample(rng, AIJ_DEK, rng.randint(1, 3))
    return head + pick(rng, ["\n", ". ", "\n\n"]) + " ".join(deks)


MLTW_OPEN = [
    "Spent all day debugging why the loss goes NaN at step {n}k.",
    "Our eval harness was silently skipping every other batch. Fun morning.",
    "Fine-tuned a 7B on our support tickets and it finally stops answering in bullet lists.",
    "Reminder that your validation set leaking into training will make any model look like a genius.",
    "Got the reward model training stable by lowering the learning rate, as one does.",
    "GPU queue is {n} hours deep again.",
]
MLTW_MID = [
    "Culprit was fp16 overflow in the attention logits.",
    "Gradient clipping at 1.0 fixed it.",
    "Turns out the tokenizer was stripping newlines.",
    "Benchmarks look fine, vibes look better.",
    "Wrote a dedup pass and accuracy dropped four points, which is the honest number.",
    "Checkpointing every 500 steps saved me twice this week.",
]
MLTW_END = ["#mlops", "Lesson learned.", "Send coffee.", "Paper draft due Friday, obviously.", "🫠", "Thread with plots below."]


@_family("sn4_ml_engineer_tweet", "social_post", "hard_negative")
def _mltw_make(rng: random.Random) -> str:
    parts = [fill(rng, pick(rng, MLTW_OPEN), n=str(rng.randint(2, 40)))] + sample(rng, MLTW_MID, rng.randint(1, 2))
    if rng.random() < 0.6:
        parts.append(pick(rng, MLTW_END))
    return " ".join(_clip(rng, parts, MLTW_MID))


# ------------------------------------------------------------------ plain

SPT_TEAMS = ["Rovers", "United", "Hawks", "Tigers", "City", "Comets", "Wanderers", "Knights"]
SPT_OPEN = [
    "What a finish! {a} beat {b} {x}-{y} with a goal in stoppage time.",
    "{a} lose again. {y}-{x} at home to {b}, and honestly it could have been worse.",
    "Full time: {a} {x}, {b} {y}.",
    "That penalty call for {b} was a joke.",
    "Season tickets renewed for the {n}th year running, because I never learn.",
    "Rain delay at the ground, covers are on.",
]
SPT_MID = [
    "Keeper made three world-class saves in the second half.",
    "Our midfield just disappeared after the break.",
    "New signing looked sharp on debut.",
    "Away end was bouncing the whole game.",
    "Manager needs to stop subbing at the 89th minute.",
    "Top of the table by two points going into the derby.",
]
SPT_END = ["#matchday", "Up the {a}!", "Pub.", "Bring on Saturday.", "Not watching next week. (I will be watching next week.)"]


@_family("sn4_sports_tweet", "social_post", "plain")
def _spt_make(rng: random.Random) -> str:
    a, b = sample(rng, SPT_TEAMS, 2)
    s = dict(a=a, b=b, x=str(rng.randint(1, 4)), y=str(rng.randint(0, 3)), n=str(rng.randint(5, 22)))
    parts = [fill(rng, pick(rng, SPT_OPEN), **s)] + sample(rng, SPT_MID, rng.randint(1, 2))
    if rng.random() < 0.6:
        parts.append(fill(rng, pick(rng, SPT_END), **s))
    return typos(rng, " ".join(_clip(rng, parts, SPT_MID)), 0.02)


FOOD_OPEN = [
    "Made shakshuka for the first time and I'm never ordering brunch out again.",
    "Hot take: pineapple on pizza is fine but pineapple in fried rice is better.",
    "The bakery on {st} has cardamom buns on Saturdays only and I will plan my week around this.",
    "Sourdough attempt number {n}.",
    "Tried the new ramen place downtown.",
    "Meal prep Sunday: lentil soup, roasted squash, a sad amount of rice.",
]
FOOD_MID = [
    "Crust finally has those big open holes.",
    "Broth was rich but the noodles were overcooked.",
    "Used way too much cumin and regret nothing.",
    "Queue was 40 minutes, worth it.",
    "Kids ate it without complaint, which is a miracle.",
    "Leftovers are somehow better the next day.",
]


@_family("sn4_food_tweet", "social_post", "plain")
def _food_make(rng: random.Random) -> str:
    s = dict(st=pick(rng, ["Main", "Kent", "Vine", "Market", "Elm"]), n=str(rng.randint(3, 19)))
    parts = [fill(rng, pick(rng, FOOD_OPEN), **s)] + sample(rng, FOOD_MID, rng.randint(1, 2))
    if rng.random() < 0.4:
        parts.append(pick(rng, ["#homecooking", "📸 below", "Recipe if anyone wants it.", "10/10."]))
    return " ".join(_clip(rng, parts, FOOD_MID))


CLAD_ITEMS = [
    "FOR SALE: oak dining table, seats six, small scratch on one leg. ${p}.",
    "Room for rent in shared house near {town} station, bills included, ${p}0/month.",
    "Lost cat, grey tabby named {f}, last seen near the library on {d}.",
    "Free to good home: upright piano, needs tuning, you collect.",
    "Experienced babysitter available evenings and weekends, CPR certified.",
    "WANTED: used kids' bike, 20 inch, good condition.",
    "Garage sale {d} 8am-1pm, tools, books, baby clothes, no early birds.",
]
CLAD_TAIL = ["Cash only.", "Call {f} after 6pm.", "Pickup in {town}.", "Reward offered.", "References available.", "Serious inquiries only."]


@_family("sn4_classified_ad", "classified", "plain")
def _clad_make(rng: random.Random) -> str:
    s = dict(p=str(rng.randint(15, 95)), town=pick(rng, SN4_TOWNS), f=pick(rng, SN4_FIRST), d=pick(rng, SN4_DAYS))
    parts = [fill(rng, pick(rng, CLAD_ITEMS), **s)] + [fill(rng, t, **s) for t in sample(rng, CLAD_TAIL, rng.randint(1, 3))]
    return " ".join(_clip(rng, parts, [fill(rng, t, **s) for t in CLAD_TAIL]))


CAP_SUBJ = [
    "Volunteers clear debris from the riverbank in {town} on {d} morning after the storm.",
    "A farmer inspects drought-damaged corn outside {town}.",
    "Students in caps and gowns toss their hats at the end of the ceremony.",
    "Commuters wait on a crowded platform during the signal failure.",
    "Firefighters douse hotspots after a warehouse blaze near the harbor.",
    "Children race down the new slide at the reopened park.",
]
CAP_CREDIT = ["(Photo: {f} Lindqvist/Staff)", "Photo by {f} Okafor", "Credit: {f} Reyes for the Ledger", "AP Photo/{f} Brandt"]
CAP_EXTRA = ["Cleanup is expected to take weeks.", "The event drew about 300 people.", "It was the first such event since 2019.",
             "Officials estimate losses at several million dollars."]


@_family("sn4_photo_caption", "caption", "plain")
def _cap_make(rng: random.Random) -> str:
    s = dict(town=pick(rng, SN4_TOWNS), d=pick(rng, SN4_DAYS), f=pick(rng, SN4_FIRST))
    parts = [fill(rng, pick(rng, CAP_SUBJ), **s)] + sample(rng, CAP_EXTRA, rng.randint(0, 2))
    parts.append(fill(rng, pick(rng, CAP_CREDIT), **s))
    return " ".join(_clip(rng, parts, CAP_EXTRA))


PUSH_APP = ["BREAKING", "Weather Alert", "Traffic", "Your order", "Sports", "Local News", "Reminder"]
PUSH_MSG = [
    "Severe thunderstorm warning for {town} until 9:45 PM. Seek shelter indoors.",
    "Crash on the northbound bypass near exit {n}; expect 25-minute delays.",
    "Your parcel is out for delivery and should arrive between 2 and 4 pm.",
    "School board votes to move start times later next fall.",
    "Final score: Comets 102, Knights 97 in overtime.",
    "Mayor of {town} announces she will not seek a third term.",
    "Dentist appointment tomorrow at 10:30. Reply C to confirm.",
    "Heat advisory issued: temperatures could reach {t} degrees by afternoon.",
]
PUSH_MORE = ["Tap for live updates.", "Open the app for details.", "More to come.", "Track your order in the app.",
             "Swipe to see the forecast."]


@_family("sn4_push_notification", "notification", "plain")
def _push_make(rng: random.Random) -> str:
    s = dict(town=pick(rng, SN4_TOWNS), n=str(rng.randint(4, 31)), t=str(rng.randint(95, 108)))
    msgs = [fill(rng, m, **s) for m in sample(rng, PUSH_MSG, rng.randint(1, 2))]
    parts = [pick(rng, PUSH_APP) + ": " + msgs[0]] + msgs[1:] + [pick(rng, PUSH_MORE)]
    return "\n".join(parts) if rng.random() < 0.5 else " ".join(parts)


RVW_OPEN = [
    "Lovely little B&B, spotless rooms and the owner makes incredible scones.",
    "Food was great, service was painfully slow on a quiet {d} night.",
    "Hotel is fine for one night near the airport, walls are thin.",
    "Best tacos in {town}, hands down.",
    "Dentist was gentle and explained everything before starting.",
    "Bought these hiking boots for a trip and they gave me blisters on day one.",
    "Plumber showed up on time, fixed the leak in twenty minutes, fair price.",
]
RVW_MORE = ["Parking is a nightmare.", "Would come back.", "Ask for a room away from the lift.", "Cash tips appreciated.",
            "Bring your own bags.", "Not worth the hype.", "Five stars."]


@_family("sn4_oneline_business_review", "review", "plain")
def _rvw_make(rng: random.Random) -> str:
    s = dict(d=pick(rng, SN4_DAYS), town=pick(rng, SN4_TOWNS))
    stars = pick(rng, ["★★★★★", "★★★☆☆", "★★☆☆☆", "4/5", "2/5", ""])
    parts = [fill(rng, pick(rng, RVW_OPEN), **s)] + sample(rng, RVW_MORE, rng.randint(0, 2))
    text = " ".join(_clip(rng, parts, RVW_MORE))
    return (stars + " " + text).strip() + f" — {pick(rng, SN4_FIRST)} {pick(rng, ['K.', 'M.', 'R.', 'T.'])}"


FRM_TITLE = [
    "Tomato leaves curling and turning yellow, help?",
    "Best way to remove old wallpaper glue?",
    "Bathroom fan humming but not pulling air",
    "Anyone else's sourdough starter smell like nail polish?",
    "Beginner road bike under $800: recommendations?",
    "Is it normal for a new puppy to sleep 18 hours a day?",
    "Landlord won't return deposit, what are my options?",
]
FRM_FIRST = [
    "Been searching for a week and every answer contradicts the last one.",
    "Photos attached, first time dealing with this.",
    "I'm in {town} if that matters for local rules or climate.",
    "Tried the obvious stuff already and nothing worked.",
    "Budget is tight so I'd rather not call a pro unless I have to.",
    "Any advice appreciated, thanks in advance.",
]


@_family("sn4_forum_thread_title", "forum", "plain")
def _frm_make(rng: random.Random) -> str:
    user = f"{pick(rng, SN4_FIRST).lower()}_{rng.randint(10, 999)}"
    title = pick(rng, FRM_TITLE)
    first = [fill(rng, f, town=pick(rng, SN4_TOWNS)) for f in sample(rng, FRM_FIRST, rng.randint(1, 3))]
    return typos(rng, f"{title}\nPosted by {user}\n" + " ".join(first), 0.02)
