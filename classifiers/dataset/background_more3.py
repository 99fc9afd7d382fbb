"""Third batch of plain `other` families: ordinary web text with nothing to do with AI.

Registers the first two batches lack: long-form magazine features, long advice threads, personal essays,
literary, war, fantasy, western, cozy-mystery and romance fiction, sports fan fiction, a family-drama
screenplay, a poetry blog, small-claims and parliamentary transcripts, science explainers, patient leaflets,
course pages, museum labels, trail guides, car reviews, game walkthroughs, live blogs, market wraps, a
fictional-world wiki, maths Q&A, library documentation, transit alerts and auction catalogues. At least a
third of the families write 600-2000 words. Every family owns its banks (constants prefixed with a short
form of the family name, or locals); only lists of single words or names are shared.
"""

from __future__ import annotations

import random

from classifiers.dataset.families import Family, fill, paragraphs, pick, sample, typos

# Shared single-word lists (allowed to cross families).
B3_FIRST = [
    "Agnes",
    "Bartholomew",
    "Celeste",
    "Dmitri",
    "Eulalia",
    "Fergus",
    "Ginevra",
    "Horace",
    "Ines",
    "Jonah",
    "Katrin",
    "Lemuel",
    "Mireille",
    "Niall",
    "Odette",
    "Percival",
    "Quinn",
    "Rosalind",
    "Silas",
    "Thea",
    "Ulrich",
    "Vesna",
    "Winston",
    "Xiomara",
    "Yusuf",
    "Zelda",
    "Abner",
    "Bronwen",
    "Cyrus",
    "Delphine",
    "Ewan",
    "Flora",
    "Gideon",
    "Hester",
    "Ignatius",
    "Juno",
    "Kwame",
    "Lavinia",
    "Mateo",
    "Nell",
]
B3_WOMEN = [
    "Agnes",
    "Celeste",
    "Eulalia",
    "Ginevra",
    "Ines",
    "Katrin",
    "Mireille",
    "Odette",
    "Rosalind",
    "Thea",
    "Vesna",
    "Xiomara",
    "Zelda",
    "Bronwen",
    "Delphine",
    "Flora",
    "Hester",
    "Juno",
    "Lavinia",
    "Nell",
]
B3_MEN = [
    "Bartholomew",
    "Dmitri",
    "Fergus",
    "Horace",
    "Jonah",
    "Lemuel",
    "Niall",
    "Percival",
    "Silas",
    "Ulrich",
    "Winston",
    "Yusuf",
    "Abner",
    "Cyrus",
    "Ewan",
    "Gideon",
    "Ignatius",
    "Kwame",
    "Mateo",
    "Quinn",
]
B3_LAST = [
    "Abernathy",
    "Brightwater",
    "Carraway",
    "Delacroix",
    "Eckhart",
    "Featherstone",
    "Gallagher",
    "Haverford",
    "Iwasaki",
    "Jablonski",
    "Kettering",
    "Lanigan",
    "Moravec",
    "Nwachukwu",
    "Oyelowo",
    "Pendergast",
    "Quarles",
    "Rasmussen",
    "Solberg",
    "Tremblay",
    "Underhill",
    "Vasquez",
    "Whitlock",
    "Yardley",
    "Zamora",
    "Ashcombe",
    "Birkett",
    "Coelho",
    "Dunmore",
    "Esterhazy",
]
B3_TOWNS = [
    "Port Alder",
    "Haddon Cross",
    "Millbrook Falls",
    "Greyhaven",
    "Thistle Bay",
    "Carrow End",
    "Westmere",
    "Oakhurst",
    "Saltcote",
    "Fenwick Harbor",
    "Lowther",
    "Dunmore Point",
    "Briar Glen",
    "Ravensholme",
    "Copper Creek",
    "Elmstead",
    "Kingsferry",
    "Marlow Sands",
    "Stonebridge",
    "Hollins Gap",
]
B3_MONTHS = [
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
B3_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
B3_HANDLE = [
    "otter",
    "rust",
    "quill",
    "bramble",
    "ember",
    "cobalt",
    "thimble",
    "heron",
    "sorrel",
    "flint",
    "mango",
    "dusk",
    "pebble",
    "clover",
    "saffron",
    "gander",
    "nimbus",
    "tallow",
    "wren",
    "cinder",
]


def _b3_name(rng: random.Random, pool=None) -> str:
    return f"{pick(rng, pool or B3_FIRST)} {pick(rng, B3_LAST)}"


def _b3_user(rng: random.Random) -> str:
    a, b = pick(rng, B3_HANDLE), pick(rng, B3_HANDLE)
    return pick(
        rng,
        [
            f"{a}_{b}",
            f"{a}{b.capitalize()}{rng.randrange(2, 99)}",
            f"{pick(rng, B3_FIRST).lower()}_{a}",
            f"throwaway_{a}{rng.randrange(100, 999)}",
            f"{a}.and.{b}",
            f"Not_A_{a.capitalize()}",
        ],
    )


def _b3_date(rng: random.Random, lo: int = 2016, hi: int = 2024) -> str:
    return f"{pick(rng, B3_MONTHS)} {rng.randrange(1, 29)}, {rng.randrange(lo, hi + 1)}"


def _b3_some(rng: random.Random, options, lo: int, hi: int) -> list:
    return sample(rng, options, rng.randint(lo, hi))


def _b3_ordered(rng: random.Random, options, lo: int, hi: int) -> list:
    """A random-sized subset of `options` that keeps their original order."""
    keep = set(rng.sample(range(len(options)), min(len(options), rng.randint(lo, hi))))
    return [o for i, o in enumerate(options) if i in keep]


# ---------------------------------------------------------------------------
# 1. Long-form magazine feature (lighthouse keeper, bakery centenary, clock mender). Long.
# ---------------------------------------------------------------------------

FEAT_SUBJECTS = {
    "lighthouse": {
        "titles": [
            "The Last Keeper of {town} Light",
            "Night Shift at the Edge of the Map",
            "{first} and the Lamp: Forty Winters on a Rock",
        ],
        "deks": [
            "The lighthouse has been automated since 1989. Nobody told {first} {last} to go home.",
            "For four decades one family has polished the same brass, climbed the same 114 steps and logged the same weather. What happens when the logbook runs out of pages?",
        ],
        "paras": [
            "The first thing you notice about {first} {last} is the hands. They are broad and cracked across the knuckles, the hands of someone who has spent a working life in salt wind, and when {pron} shakes yours at the foot of the tower {pron} does it quickly, as if there is something on the stove. There usually is. The keeper's cottage at {town} Light has a kettle that has not, by {poss} own estimate, been allowed to go cold since the spring of {year}.",
            "The light itself has not needed a keeper for a long time. The coast guard replaced the clockwork and the paraffin with a sealed electric lantern decades ago, and the beam now turns on a timer that a technician checks twice a year from a boat. But the heritage trust that leases the station wanted someone on the rock, and {first} wanted to stay, and so an arrangement was made that has outlived three trust chairmen and most of the paperwork that created it.",
            "{pron_cap} starts every day the same way. At first light {pron} climbs the 114 iron steps, counting them under {poss} breath out of habit rather than need, and wipes the salt film off the outside of the lantern glass with a chamois and a bucket of fresh water hauled up on a rope. It takes forty minutes in good weather. In a northerly it can take two hours, and {pron} has twice been blown flat against the gallery rail.",
            "The logbooks are kept in a tin trunk under the stairs. There are sixty-one of them, bound in green cloth that has gone grey at the corners, and each page is ruled into columns: date, wind, sea state, visibility, vessels sighted, remarks. The remarks column is where the life of the place leaks in. 'Seal on the landing stage again, would not move for the boat.' 'Gannets diving all afternoon, herring close in.' 'Mother's birthday. Cake came over with the post.'",
            "{poss_cap} father kept the light before {obj}, and {poss} grandfather before that. {first} grew up on the rock, rowed to school on the mainland when the sea allowed it and stayed home when it did not, which {pron} says was about one day in four. 'I learned fractions from the tide tables,' {pron} says. 'Nobody else in my class could tell you when high water was. Nobody else needed to.'",
            "Storms are the thing visitors ask about, and {first} indulges them. There was the January of {year2} when a wave broke over the gallery, ninety feet up, and came down the inside of the tower as a waterfall. There was the night a fishing boat lost its engine and drifted close enough that {pron} could hear the crew shouting, and {pron} stood on the landing stage with a floodlight for three hours until the lifeboat came. {pron_cap} tells these stories flatly, the way other people describe a delayed train.",
            "What {pron} does not talk about easily is the quiet. In winter the supply boat comes once a fortnight if it comes at all. The radio works, most of the time. There is a shelf of paperbacks swollen with damp and a chess set with a knight replaced by a cork. 'People think it's lonely,' {pron} says, and then stops, and looks out at the water for long enough that I wonder if the conversation is over. 'It's not lonely. It's full. It's just full of things that don't talk.'",
            "The trust is now raising money to turn the cottage into a visitor centre, with a small museum and a cafe on the landing stage for the summer boat trips. The plans, pinned to a board in the kitchen, show a glass-fronted room where the coal store used to be. {first} has looked at them, {pron} says, and has views, but declines to share them on the record. 'They'll do what they do. The light will turn either way.'",
            "Before I leave, {pron} takes me up one more time. The sun is low and the sea has gone the colour of pewter, and from the gallery you can see the whole curve of the coast, the headland, the harbour wall at {town}, the smudge of the ferry heading out. {pron_cap} points out where the old wreck is, where the seals haul out, where {poss} father once saw a basking shark the length of the boat. Then the timer clicks and the lamp comes on behind us, and the beam swings out over the water, and {pron} watches it go as if it were the first time.",
            "Asked what {pron} will do when the trust finally finds a warden with a degree in heritage management and a social media plan, {first} shrugs. There is a sister in {town2} with a spare room. There is an allotment waiting. 'I'll be the old {noun} in the pub who tells everyone the new lot are doing it wrong,' {pron} says. 'It's traditional.'",
        ],
    },
    "bakery": {
        "titles": [
            "One Hundred Years of Rising: Inside {last}'s Bakery",
            "The Oven That Never Went Out",
            "A Century of Bread on {town} High Street",
        ],
        "deks": [
            "Four generations, two world wars, one flood and a sourdough starter older than anyone in the building.",
            "The bakery opened in {year0}. It has sold bread every morning since, except for one.",
        ],
        "paras": [
            "At a quarter to four in the morning the only lit window on {town} High Street belongs to {last}'s Bakery. Inside, {first} {last}, who is sixty-one and the fourth member of the family to run the place, is already floured to the elbow. The radio is tuned to a station that plays nothing recorded after 1975. The first batch of tin loaves is proving under a linen cloth that {pron} says is older than {obj}.",
            "The business was founded in {year0} by {poss} great-grandfather, who had come to {town} to work on the railway and discovered that the railway men would pay well for a decent loaf at six in the morning. He rented the ground floor of a former saddler's, built a brick oven in the yard with his own hands and sold bread out of the front window on a plank. The plank, varnished many times over, now hangs above the counter with the founding date painted on it.",
            "The starter lives in a stoneware crock on a shelf by the back door. Family legend holds that it descends directly from the one carried in by the founder, and {first} is careful not to claim too much. 'Yeast is yeast, it's been replaced a thousand times over by whatever's floating around this kitchen,' {pron} says. 'But we've never thrown it out and started again. It's been fed every day for a hundred years. That part, the feeding, is what I care about.'",
            "The war years are the part of the history the family tells most often. With flour rationed and the founder's son away in the army, his wife kept the shop open on the National Loaf, a greyish wholemeal that customers complained about and bought anyway. A framed ration book hangs in the back corridor beside a photograph of her in a white apron, standing in front of a window display that consists entirely of three loaves and a handwritten sign reading BUSINESS AS USUAL.",
            "The only morning the bakery did not open was during the flood of {year2}, when the river came over the wall and put two feet of brown water through the shop. {first}'s father, then in charge, baked that day anyway in a friend's kitchen on the hill and carried the bread down in a wheelbarrow to the church hall where evacuated families were sleeping. The shop reopened eleven days later. The waterline is still marked on the door frame in pencil, with a date and an exclamation mark.",
            "What has changed is the customer. The railway men are long gone, and so is the railway. The morning trade is now builders and nurses coming off night shift, and later in the day people drive in from the villages for the cinnamon knots, which were introduced in 1998 over the objections of {first}'s grandmother and now account for a third of the takings. 'She called them fancy,' {first} says. 'She meant it as an insult. She also ate two every Sunday.'",
            "The economics are not easy. Flour and energy prices have climbed steeply, and a supermarket on the ring road sells a sliced loaf for less than it costs {last}'s to make one. {first} has raised prices twice in two years and lost some regulars each time. {pron_cap} has resisted suggestions to open a second shop, or a cafe, or to sell online. 'We make bread for the street,' {pron} says. 'If the street stops wanting it, that's my answer.'",
            "The street, for now, wants it. By seven the queue reaches the pharmacy next door. There is a man who has bought the same half bloomer every weekday for thirty-two years, and a woman who brings her grandson in on Saturdays to watch the dough being shaped through the hatch. A regular named {cust} told me she had her wedding cake made here, and her daughter's, and is working on her granddaughter. 'She's only nine,' {cust} admitted. 'I'm planning ahead.'",
            "The centenary will be marked with a street party, a commemorative loaf stamped with the founding date, and, at the suggestion of the local primary school, a competition for the best drawing of the shop. The entries are already taped up in the window, forty-odd crayon bakeries with smoking chimneys and enormous buns. {first} has been told {pron} must judge it. {pron_cap} is, {pron} admits, dreading it.",
            "Whether there will be a fifth generation is an open question. {first}'s {kid} works in {town2} in accountancy and comes home at Christmas to help with the mince pies, and says {kidpron} has not ruled anything out. {first} does not push. 'You can't make anyone get up at half three,' {pron} says, turning a tray of rolls in the oven with a long wooden peel. 'You either want to or you don't. I did. I still do, most mornings.' Then the timer goes and {pron} is gone, into the heat.",
        ],
    },
    "clocks": {
        "titles": [
            "The Man Who Stops Time (and Starts It Again)",
            "Tick by Tick: {town}'s Last Clock Mender",
            "Small Parts, Long Hours",
        ],
        "deks": [
            "In a shop the size of a bus shelter, {first} {last} has repaired some eleven thousand clocks. {pron_cap} remembers most of them.",
            "Winding the town hall clock every Thursday is not in anybody's job description. It happens anyway.",
        ],
        "paras": [
            "The shop on Cutler's Lane is so narrow that {first} {last} can touch both walls with {poss} elbows from the workbench. Every inch of the rest is clocks: longcase clocks standing like sentries along the back, carriage clocks in rows on the shelves, a cuckoo clock missing its cuckoo, and a brass ship's chronometer in a velvet box that {pron} will not let anyone touch. When they all strike noon, which they never quite do at the same moment, the sound lasts nearly half a minute.",
            "{first} came to horology late, at thirty-four, after a first career as a telephone engineer. An evening class at the technical college turned into an apprenticeship with an elderly repairer named Mr. {mentor}, who ran the shop for forty years before {obj} and left it to {obj} in his will, along with his tools, his unpaid invoices and a parrot, which died in 2011 at an estimated age of fifty.",
            "Most of the work is unglamorous. A mantel clock comes in because it has stopped, and nine times out of ten it has stopped because the oil has turned to varnish and the pivots are gummed. The clock is taken down, every wheel and arbor cleaned in a bath, the pivots polished, the bushes checked for wear, the whole thing reassembled and oiled with a single drop at each point. It takes a day. The customer, {pron} says, almost always thinks it should take ten minutes.",
            "Then there are the jobs that are not really about clocks. A widow brings in her husband's wristwatch, which has not run since the day he died, and does not want it serviced so much as started. A family brings a longcase clock that has been in a shed for thirty years, full of mouse droppings, and wants it working in time for their father's ninetieth. 'You're fixing the clock,' {first} says, 'but mostly you're fixing the afternoon they'll have when it strikes.'",
            "Every Thursday at eight in the morning {first} climbs the tower of {town} town hall with a canvas bag and a crank handle. The clock up there, a flatbed movement installed in 1887, has four dials and a bell that weighs a little under a ton, and it needs winding once a week or it stops. The council stopped paying anyone to do it in the early nineties. {first} has done it for free ever since, and fills in a small notebook hung on a nail inside the clock room with the date and the number of seconds it has gained or lost.",
            "The notebook is a strange kind of diary. 'Plus four, cold week.' 'Minus eleven, pigeon in the motion work.' 'Plus two. Lovely.' On the morning I went up with {obj}, the clock was three seconds slow, and {pron} adjusted it by adding a small brass weight to a tray on the pendulum, no bigger than a coin. 'That's a day's correction,' {pron} said. 'You don't chase it. You nudge it.'",
            "The trade is vanishing, and {first} is frank about it. The college course closed years ago. Parts for older movements have to be made by hand on a lathe older than the movements themselves. Young people, {pron} says, are interested, and several have asked to learn, but few can afford to spend five years earning almost nothing while they do. {pron_cap} currently has one apprentice, {appr}, who comes in on Saturdays and is, in {first}'s words, 'better than I was, and doesn't know it yet.'",
            "Asked about the strangest repair of {poss} career, {first} does not hesitate. A farmer from out past {town2} once brought in a grandfather clock strapped upright in the back of a tractor trailer, having driven it eleven miles at walking pace so it would not get jolted. The clock had stopped the night his wife left him. He wanted it going again before she came back, which he was sure she would. 'And did she?' I ask. 'She did,' {first} says. 'Took about four months. The clock took me two days. I like to think I was the quicker one.'",
            "When I leave, it is nearly one o'clock, and the shop is gathering itself for the hour. {first} puts down the loupe and waits. The first clock starts, then three more, then the longcase clocks in their deep voices, then the little carriage clocks pinging like glasses, and it goes on and on, overlapping, until the last one, the cuckoo without the cuckoo, gives a wooden clack and falls quiet. '{time_word},' {pron} says, satisfied, as if {pron} had arranged it personally.",
        ],
    },
}


def _make_feature(rng: random.Random) -> str:
    key = pick(rng, list(FEAT_SUBJECTS))
    subj = FEAT_SUBJECTS[key]
    woman = rng.random() < 0.5
    first = pick(rng, B3_WOMEN if woman else B3_MEN)
    last = pick(rng, B3_LAST)
    town, town2 = sample(rng, B3_TOWNS, 2)
    pron, obj, poss = ("she", "her", "her") if woman else ("he", "him", "his")
    slots = dict(
        first=first,
        last=last,
        town=town,
        town2=town2,
        pron=pron,
        obj=obj,
        poss=poss,
        pron_cap=pron.capitalize(),
        poss_cap=poss.capitalize(),
        year=str(rng.randrange(1979, 1992)),
        year2=str(rng.randrange(1990, 2014)),
        year0=str(rng.randrange(1921, 1925)),
        noun="woman" if woman else "man",
        cust=pick(rng, B3_WOMEN),
        mentor=pick(rng, B3_LAST),
        appr=pick(rng, B3_FIRST),
        kid=pick(rng, ["daughter", "son"]),
        time_word=pick(rng, ["One", "There", "Near enough"]),
    )
    slots["kidpron"] = "she" if slots["kid"] == "daughter" else "he"
    author = _b3_name(rng)
    paras = subj["paras"]
    body = [paras[0]] + _b3_ordered(rng, paras[1:-1], len(paras) - 4, len(paras) - 2) + [paras[-1]]
    head = [
        fill(rng, pick(rng, subj["titles"]), **slots),
        fill(rng, pick(rng, subj["deks"]), **slots),
        pick(
            rng,
            [
                f"By {author}",
                f"Words by {author} | Photographs by {_b3_name(rng)}",
                f"{author} | {pick(rng, ['Features', 'Weekend', 'Long Read', 'Lives'])} | {rng.randrange(9, 24)} min read",
            ],
        ),
    ]
    return paragraphs(head + [p.format(**slots) for p in body])


# ---------------------------------------------------------------------------
# 2. Long landlord / tenant advice thread, reddit style. Long.
# ---------------------------------------------------------------------------

LLTHREAD_PROBLEMS = [
    (
        "d",
        "[{state}] Landlord keeping my entire deposit for 'professional cleaning' and repainting after 3 years, is this legal?",
        "So I moved out of my apartment on the {day}th of last month. Lived there three years, paid rent on time every single month, left the place honestly cleaner than when I moved in (I have photos, timestamped, of every room). Yesterday I got a letter saying they're keeping all ${dep} of my deposit for 'professional cleaning, full interior repaint, and carpet replacement in bedroom 2'. The carpet in bedroom 2 was like 15 years old when I moved in and had a stain on it already which I noted on the move-in checklist. I still have my copy of that. I'm not trying to get out of paying for actual damage but this feels like they're just redecorating on my dime. What are my options here? Do I need a lawyer or is this small claims territory?",
    ),
    (
        "e",
        "Landlord says he's entering 'whenever he needs to' without notice. {state}.",
        "Three times in the last two months I've come home to find that my landlord has been in the unit. Once he left a note saying he 'checked the smoke detectors'. Once nothing was different except the bathroom window was open and I know I closed it. The third time my neighbor saw him go in with another guy while I was at work. When I texted him about it he said it's his property and he can enter whenever he needs to, and that it's in the lease. I read my lease twice and the only thing it says is 'reasonable access for repairs and inspection'. I'm a woman living alone and honestly this is making me not want to be at home. What do I actually do?",
    ),
    (
        "h",
        "No heat for 9 days, landlord keeps saying 'part is on order', what can I do? [{state}]",
        "Our boiler went out on a Tuesday and it's now the following Thursday. It's been getting down to about 28 at night. We have two space heaters that the landlord dropped off (one of which trips the breaker if you run it with the microwave). Every time I call the management company they say the part is on order and they can't give a date. I have a 4 year old. I've been keeping receipts for the extra electricity and for the two nights we stayed at my mom's. Can I withhold rent? I don't want to get evicted over this but I also can't keep doing this.",
    ),
    (
        "r",
        "Landlord wants to raise rent by 40% at renewal, is there anything I can do or do I just move? ({state})",
        "Got the renewal letter today. Current rent is ${rent}, new rent would be about 40% more starting in 60 days. No improvements to the unit at all, the dishwasher has been broken since spring and they never fixed it. I know rent's gone up everywhere but this is insane. I've been a good tenant for four years. Is there anything that limits how much they can raise it, or any way to negotiate? I'm not in a rent controlled unit as far as I know. Moving would cost me a fortune and my kid's school is two blocks away.",
    ),
]
LLTHREAD_COMMENTS = [
    (
        "d",
        "IANAL, but I went through nearly the same mess in {state} two years back. First thing: look up your state's security deposit statute. Most states require the landlord to send an itemized list of deductions within a set number of days and many say normal wear and tear can't be deducted. Paint after three years is almost always normal wear and tear.",
    ),
    (
        "g",
        "Send a demand letter by certified mail. Be boring and factual: dates, what you paid, what the law says, what you want and by when. A surprising number of landlords fold the second they realize you know the statute.",
    ),
    (
        "d",
        "Photos with timestamps are gold. Back them up somewhere that isn't your phone right now, tonight.",
    ),
    (
        "d",
        "Small claims is honestly not that scary. I did it for a ${small} deposit. Filing fee was like $60, the hearing took 20 minutes, the judge had clearly seen a hundred of these. Bring printed copies of everything, three sets.",
    ),
    (
        "g",
        "Check if your city has a tenant union or a free legal aid clinic. Ours does free consultations on Wednesday evenings and they will literally write the letter with you.",
    ),
    (
        "g",
        "Document everything in writing from now on. If he calls you, follow up with a text or email: 'Per our phone call today, you said X.' Creates a paper trail.",
    ),
    (
        "h",
        "Whatever you do, do NOT just stop paying rent without checking the specific rules in your state first. Some places allow withholding or repair-and-deduct but there are specific steps and if you skip one you hand them an eviction on a plate.",
    ),
    (
        "h",
        "Call your local code enforcement / housing inspector. Lack of heat is usually a code violation with a short deadline to fix. Having an inspector's report on file changes the whole conversation.",
    ),
    (
        "g",
        "Landlord here (small, two units). Honestly if one of my tenants sent me a polite letter quoting the statute I'd fix it that day. Not all of us are like this, but the ones who are respond to paperwork, not to feelings.",
    ),
    (
        "d",
        "Lmao 'professional cleaning' is the oldest trick there is. They do it to every tenant and count on most people not fighting over it.",
    ),
    (
        "g",
        "Seconding the tenant union suggestion. Also your neighbors are probably dealing with the same stuff. A letter signed by six units hits different than a letter from one.",
    ),
    (
        "e",
        "In a lot of places the landlord has to give 24 hours written notice before entering except in an actual emergency. 'Checking the smoke detector' is not an emergency. Look up the notice requirement for your state and quote it back to him.",
    ),
    (
        "e",
        "Change of locks isn't usually allowed without permission but you can ask. Meanwhile a cheap door camera that records to a card is perfectly legal in most places for your own door and will settle the question fast.",
    ),
    (
        "r",
        "Re the rent increase: check whether your city has any just-cause or anti-gouging rules, some do even without rent control. Also ask for the increase in writing and then counter. Landlords hate turnover more than they let on. Vacancy, cleaning and listing can easily cost them a month or two of rent.",
    ),
    (
        "d",
        "This happened to my sister and she ended up getting the deposit back PLUS a penalty because the landlord missed the deadline for the itemized list. Depending on your state it can be double or triple the deposit. Worth reading the statute carefully.",
    ),
    (
        "h",
        "Keep the receipts for the space heater electricity and the nights at your mom's. Some states let you claim those as damages. Even if not, it makes the judge take you seriously.",
    ),
    (
        "g",
        "I'm going to be the unpopular one and say: sometimes it's just not worth it. I spent eight months fighting over $600 and the stress was not worth $600. That said, your amount is big enough that I'd fight.",
    ),
    (
        "d",
        "The move-in checklist with the stain noted is the whole case honestly. That's the document that wins it.",
    ),
    (
        "g",
        "If it's a big management company, escalate past the front office. Find the regional manager or the owner's name on the county property records and send the letter there too.",
    ),
    (
        "e",
        "Write down every date you know or suspect he came in, what was moved, and who saw it. A log like that, kept at the time, is exactly what a court or a housing board wants to see.",
    ),
    (
        "e",
        "Some states let you end the lease early if the landlord repeatedly enters illegally. Don't do it on your own, but ask the clinic whether that applies to you, it's real leverage.",
    ),
    (
        "e",
        "Your lease can't give him more rights than the statute does in most places. 'Reasonable access' still means notice.",
    ),
    (
        "r",
        "Look up what comparable units in your building are listed for right now. If the new rent is way above the going rate, that's your negotiating number. Print the listings.",
    ),
    (
        "r",
        "Offer to sign a longer lease, like 18 or 24 months, in exchange for a smaller increase. Predictable income is worth a lot to most owners.",
    ),
    (
        "r",
        "Bring up the broken dishwasher in writing before you negotiate. 'I'm happy to discuss renewal once the outstanding repair from April is completed' is a perfectly polite sentence.",
    ),
    (
        "h",
        "A lot of cities have an emergency heat line that will send someone the same day when the temperature drops below a certain number. Google your city name plus 'no heat complaint'.",
    ),
    (
        "h",
        "With a four year old in the unit I would also call the non-emergency number for the health department. They treat kids and no heat very seriously.",
    ),
    (
        "d",
        "Also, if you paid the deposit more than a year ago, check whether your state requires interest to be paid on it. Little thing, but it shows you read the law.",
    ),
    (
        "g",
        "Edit to my own comment since people are asking: yes, the clinic was free, no they didn't ask for income proof, and yes I got the money back in about five weeks.",
    ),
]
LLTHREAD_REPLIES = [
    "Saving this thread for later, half of this applies to my place too.",
    "Agree with all of this. The itemized list deadline is the thing most landlords miss.",
    "Where are you located? The answer really depends on state.",
    "Ha, our management company does the exact same runaround. Paperwork was the only thing that moved them.",
    "Came here to say this. Code enforcement moved faster than my landlord ever did.",
    "This is the way.",
    "Honestly good to hear from the other side, thanks.",
    "The judge in my case literally sighed when the landlord's lawyer said 'normal cleaning'.",
]
LLTHREAD_UPDATES = {
    "d": "UPDATE: Thank you everyone. I sent the letter certified mail on Monday quoting the statute and the deadline they missed. Got a call on Thursday offering to return all but $150 'as a goodwill gesture'. I said I'd take all of it or see them in small claims. Check arrived yesterday for the full amount. I cannot believe that worked. Tenant union people are getting a donation.",
    "h": "UPDATE: Called the housing inspector like a bunch of you said. Inspector came out two days later, wrote them up, gave them 48 hours. Part magically arrived the next morning. We have heat. My kid is sleeping in his own bed. Thank you all, seriously.",
    "e": "Update for anyone who finds this later: the clinic helped me write a letter, landlord went quiet for a week and then agreed in writing to 24h notice going forward. Camera stays up though.",
    "r": "Small update: negotiated it down to about half the increase and they finally fixed the dishwasher as part of the deal. Still too much but I'm staying for my kid's school. Thanks for the push to counter.",
}


def _make_landlord_thread(rng: random.Random) -> str:
    topic, title, body = pick(rng, LLTHREAD_PROBLEMS)
    pool = [c for t, c in LLTHREAD_COMMENTS if t in (topic, "g")]
    state = pick(rng, ["OH", "MI", "PA", "WA", "GA", "AZ", "Ontario", "MN", "NC", "CO"])
    slots = dict(
        state=state,
        day=str(rng.randrange(2, 28)),
        dep=f"{rng.randrange(12, 32) * 100:,}",
        rent=f"{rng.randrange(9, 22) * 100:,}",
        small=str(rng.randrange(6, 19) * 100),
    )
    op = _b3_user(rng)
    out = [
        f"r/{pick(rng, ['legaladvice', 'Tenant', 'renting', 'landlord'])} · Posted by u/{op} · {rng.randrange(2, 23)}h",
        title.format(**slots),
        typos(rng, body.format(**slots), 0.01),
        f"{rng.randrange(40, 900)} comments · {rng.randrange(50, 3000)} upvotes",
    ]
    for c in _b3_some(rng, pool, 8, 12):
        pts = rng.randrange(2, 1400)
        out.append(f"u/{_b3_user(rng)} · {pts} points\n{typos(rng, c.format(**slots), 0.015)}")
        if rng.random() < 0.35:
            out.append(
                f"    u/{pick(rng, [op, _b3_user(rng)])} · {rng.randrange(1, 300)} points\n    {pick(rng, LLTHREAD_REPLIES)}"
            )
    if rng.random() < 0.6:
        out.insert(3, LLTHREAD_UPDATES[topic])
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 3. Long personal essay on a blog or essay site. Long.
# ---------------------------------------------------------------------------

ESSAY_TOPICS = {
    "swim": {
        "titles": [
            "I Learned to Swim at {age}",
            "On Being the Oldest Person in the Beginners' Lane",
            "Floating, Eventually",
        ],
        "paras": [
            "For most of my life I have had a system for swimming pools. I arrive, I find the shallow end, I stand in it up to my waist with my arms folded like a lifeguard, and I talk to whoever is nearby until it is time to get out. I have done this at hotel pools, at birthday parties, at my own sister's wedding. I am {age} years old and until last {season} I could not swim a single length.",
            "There is no dramatic story behind it. Nobody held me under, I was not pulled from a river. My parents both worked, the nearest pool was two bus rides away, and by the time I was old enough to go on my own I was old enough to be embarrassed. The embarrassment did the rest. It compounds, like interest. Each year you don't learn makes the next year's not-learning more reasonable.",
            "The class was called Adult Beginners and met on {day} evenings at the leisure centre, after the aqua aerobics and before the club swimmers. There were seven of us. A retired postman who wanted to swim with his grandchildren on holiday. Two sisters in their twenties who had grown up somewhere landlocked. A woman about my age who told me, in the changing room, that she had signed up four times before and never made it past the car park.",
            "Our instructor, {coach}, was perhaps twenty-two and treated us with the brisk patience of someone who had taught a lot of six-year-olds. The first lesson was about putting our faces in the water and blowing bubbles. I want to stress that a grown adult with a mortgage and a pension plan stood in a pool and blew bubbles for twenty minutes, and that it was one of the harder things I have done.",
            "What nobody tells you is that the fear is not in your head. It is in your neck and your shoulders and your hands, which grip the rail without asking you. My mind understood perfectly well that the water was four feet deep and I could stand up. My body had other information and would not be reasoned with. Week after week {coach} would say 'let go of the side' and week after week my hands would not.",
            "The breakthrough, when it came, was not a breakthrough. It was the fifth week, and we were practising floating on our backs with a float under our heads, and at some point {coach} took the float away without telling me and I did not notice. I was just lying there, looking at the ceiling, at the banners from a gala in 2009, and I was floating. When I realised, I sank immediately. But I had done it.",
            "After that it went faster. Kicking, then arms, then the awful business of breathing, which I still do badly, lifting my whole head out like a startled seal. The postman and I became rivals in a way neither of us acknowledged. The woman who had never made it past the car park did her first width before any of us and cried in the shallow end, and we all clapped, and the club swimmers waiting on the side clapped too.",
            "I swam my first full length on a {day} in {month}. It took me about two minutes. I stopped twice to hang onto the lane rope and a teenager lapped me with what I choose to believe was respect. At the deep end I held onto the wall and looked back at the distance I had come, and it was twenty-five metres, and it was the longest twenty-five metres in the world.",
            "I swim twice a week now, before work. I am not good. I am slow and splashy and I still breathe every stroke on the same side because the other side feels like a betrayal. But I go. I get in at the deep end, which I could not have imagined a year ago. I have stopped standing in the shallow end with my arms folded. I think of all the shallow ends I stood in, all the summers, and I try not to be angry at the person who stood there. She did not know it was a thing you could just decide to learn.",
            "If you are reading this and you are the person in the shallow end, I am not going to tell you it is easy. It is not. It is humiliating and cold and the changing rooms smell of feet. But there is a class somewhere near you, on some weeknight, with a twenty-two-year-old and a bag of floats. Go. Blow the bubbles. It gets better at about week five.",
        ],
    },
    "workshop": {
        "titles": ["Clearing Out My Father's Workshop", "Seven Hundred Jars of Screws", "What the Shed Kept"],
        "paras": [
            "My father died in {month}, and in {month2} my brother and I drove to the house to start on the workshop. We had been putting it off. The kitchen and the bedrooms were easy in the way that sad things can be easy, a matter of bags and boxes and decisions about the good china. The workshop was different. The workshop was him.",
            "It is a lean-to built against the back of the garage, with a corrugated roof that drums when it rains and a window so filmed with sawdust that the light inside is always the colour of weak tea. He built it himself the summer I was {age_then}, and for forty years it was the one room in the house my mother did not tidy. She used to say she only went in there to tell him dinner was ready, and then only as far as the door.",
            "The first thing we found was the jars. Baby food jars, jam jars, instant coffee jars, their lids screwed to the underside of the shelves so the jars hung down and could be unscrewed one-handed. Each one held something: wood screws sorted by length, washers, picture hooks, the little brass pins he used for my sister's dollhouse. My brother counted one wall and then stopped. We estimated seven hundred.",
            "He never threw anything away that might be a part. There was a drawer of hinges from doors that no longer existed. There was a bag labelled 'KNOBS, MISC' in his square capitals. There was a biscuit tin of keys, hundreds of them, and not one of us knew what a single key opened. We stood there turning them over and I had the absurd thought that if we tried every one in every lock in the county, we would find out who he had been.",
            "I knew how to do almost none of what he knew how to do. He tried to teach me. There were Saturday mornings when I was eleven or twelve, me holding a plank while he sawed, him explaining why you cut on the waste side of the line. I was bored and said so. Eventually he stopped asking and I went to the library instead, and he seemed to accept this without resentment, which I understood much later was a kind of generosity.",
            "On the bench, under a rag, was the last thing he had been working on: a small wooden box, dovetailed, unfinished, with a pencil line still marked on the lid where he meant to cut a recess. We don't know who it was for. My brother thinks it was for one of the grandchildren's birthdays. I think it might have been for nothing, just for the making of it. We left it under the rag for a long time before either of us would pick it up.",
            "The practical question of what to do with it all was more difficult than I expected. The tools were worth something to somebody. A man from the community woodworking group came with a van and went through the chisels with a seriousness that I found unbearably moving, holding each one up to the light and testing the edge on his thumbnail, saying 'oh, he looked after these'. He took most of them. They will be used by teenagers on Thursday evenings. My father would have liked that, I think, or at least grunted at it approvingly.",
            "We kept very little. My brother took the plane, the big one with the rosewood handle, because he remembered the sound it made. I took a coffee jar of mixed screws, one of the seven hundred, chosen more or less at random. It is on my desk as I write this. It is not useful. I have no idea what size any of them are. When I unscrew the lid it smells of oil and pine and the inside of that shed, and for about two seconds every time, he is there.",
            "I have been thinking about what it means to inherit competence you never acquired. I can write a decent paragraph and I cannot hang a door. My father could hang a door and I don't think he wrote a paragraph in his life that wasn't on a birthday card. We spent forty years fond of each other across that gap. The workshop was where the gap lived, and now it's empty and swept and the window still lets in that weak-tea light, and I have signed up, at {age}, for an evening class in basic joinery.",
            "I am not very good. My first dovetail looked like a dropped sandwich. The instructor said it was fine for a first go. I took it home and put it beside the unfinished box on my shelf, his and mine, and I have to say mine looks worse. But it is a start, and he was a great believer in starts. 'Just measure it,' he used to say, to everything. 'Measure it and then you'll know.'",
        ],
    },
    "hometown": {
        "titles": ["Moving Back to {town}", "The Town I Left on Purpose", "Home, Revised"],
        "paras": [
            "I left {town} at eighteen with a rucksack and a firm plan never to return except at Christmas, and only if guilted. I spent the next {years} years in cities, renting rooms above shops, learning which buses ran all night. Last {season}, with a child, a partner and a moving van full of furniture that had never before been in the same room as a garden, I came back.",
            "The reasons were mostly boring. House prices. My mother's knees. A job that could now be done from a spare bedroom. But there was something else too, a thing I didn't admit to myself until we drove past the sign at the edge of town and I felt my shoulders drop about an inch. I had been holding them up for {years} years and hadn't noticed.",
            "Everything is smaller, of course. That is the cliché and it is true. The high street I remembered as a canyon is a short row of shops, four of them empty. The park where I broke my wrist falling off the climbing frame has a new climbing frame, made of rope, which my daughter climbed in about eight seconds while I stood at the bottom with my old wrist aching in sympathy.",
            "What I didn't expect was how many people are still here. The woman who ran the newsagent when I was a child now runs it with her son, and when I went in for a paper she looked at me for a long moment and said my name, my whole name, including the middle one I hated. I don't know how she remembered. I was eleven the last time she served me and I was buying sherbet.",
            "There is a particular loneliness to moving back. In a city nobody knows you, and that is its own freedom. In {town} everybody knows a version of you, and it is usually the version that was fifteen and sulky and dyed their hair with beetroot. I have found myself being introduced at the school gate as 'Dave's girl who went off'. I am forty-one. I did go off. There is no arguing with it.",
            "And yet. On a {day} in {month} I walked the old loop up past the reservoir, the one I used to walk to get away from my parents, and the light was doing the thing it does up there in the late afternoon, going gold and sideways across the water, and I realised I had been looking for that light in every city I lived in. Never found it. It was here, being exactly where I left it.",
            "My partner, who grew up in a suburb with no particular character and has never had a hometown to reject, finds all of this very funny. He has settled in faster than I have. He joined the pub quiz team within a month. He knows the names of the allotment men. He calls the butcher by his first name, which I have still not managed, because the butcher was two years above me at school and once called me a weirdo on the bus, and some wounds do not close.",
            "My mother is delighted in a way she tries to hide. She drops round with soup we haven't asked for. She takes our daughter to the library on Saturdays, the same library, the same librarian's chair, a different librarian. I sometimes see them walking down the hill together, my mother's hand on the small shoulder, and the picture has an odd double exposure to it, as if I am watching myself and watching her at the same time.",
            "I don't know yet if we'll stay. The schools are fine. The trains are terrible. There is nowhere to get a decent coffee, and I have become, without wanting to, the sort of person who says that out loud. But I have stopped holding my shoulders up. I notice that every day. I will take it.",
        ],
    },
}


def _make_essay(rng: random.Random) -> str:
    key = pick(rng, list(ESSAY_TOPICS))
    t = ESSAY_TOPICS[key]
    m1, m2 = sample(rng, B3_MONTHS, 2)
    slots = dict(
        age=str(rng.randrange(38, 57)),
        age_then=str(rng.randrange(6, 11)),
        season=pick(rng, ["spring", "autumn", "winter", "summer"]),
        day=pick(rng, B3_DAYS),
        month=m1,
        month2=m2,
        coach=pick(rng, B3_FIRST),
        town=pick(rng, B3_TOWNS),
        years=str(rng.randrange(17, 24)),
    )
    p = t["paras"]
    body = [p[0]] + _b3_ordered(rng, p[1:-1], len(p) - 4, len(p) - 2) + [p[-1]]
    head = [
        fill(rng, pick(rng, t["titles"]), **slots),
        pick(
            rng,
            [
                f"by {_b3_name(rng)}",
                f"{_b3_name(rng)} · {_b3_date(rng)} · Essays",
                f"Posted in {pick(rng, ['Life', 'Notes', 'Personal', 'Family'])} on {_b3_date(rng)}",
            ],
        ),
    ]
    tail = []
    if rng.random() < 0.5:
        tail.append(
            pick(
                rng,
                [
                    "Comments (14)",
                    "Share this: Email · Print",
                    "If you liked this, subscribe to get new essays by email. No more than twice a month.",
                    f"{rng.randrange(3, 60)} responses",
                ],
            )
        )
    return paragraphs(head + [x.format(**slots) for x in body] + tail)


# ---------------------------------------------------------------------------
# 4. Literary fiction excerpt: a family gathers at the farm. Long.
# ---------------------------------------------------------------------------

LITFAM_OPEN = [
    "Excerpt from {title}, a novel by {author}. Reprinted with permission of {press}.",
    "READ AN EXCERPT\n{title} by {author}\nChapter {ch}",
    "{title}\n{author}\n\n{ch_word}",
]
LITFAM_SCENES = [
    "{eldest} arrived first, as {she_e} always did, because arriving first was the only way to be sure of the good bedroom. {she_cap_e} parked under the walnut tree, where their father had told them a thousand times not to park because of the sap, and sat in the car with the engine off for a full minute, looking at the house. The paint on the porch had gone the grey of driftwood. Somebody had mended the screen door with fishing line.",
    "Their mother was in the kitchen, in the chair by the stove that had been their grandmother's chair, with her bad leg up on a stool. She did not get up. 'You're thin,' she said, which was what she said instead of hello, and {eldest} said 'You're not,' which was what {she_e} said instead of hello back, and they both felt better.",
    "The doctor had used the word stroke on the telephone, and then the word minor, and then the word lucky, and in the car on the long drive up {eldest} had turned the three words over and over and could not make them fit together. Now, looking at her mother's hand lying on the oilcloth, the fingers curled slightly as if holding an invisible cup, {she_e} understood that all three were true and that none of them was the point.",
    "{middle} came on the evening bus with one bag and a bottle of wine that he put on the table as if he were defusing it. He had not been home in four years. He kissed their mother on the top of her head, carefully, the way you might touch a bird's egg, and she allowed it, and then said, 'That shirt wants ironing,' and he laughed, a real laugh, and for a moment the kitchen was twenty years younger.",
    "They ate what was in the freezer, which was mostly venison their father had shot two autumns before he died, labelled in his tight pencil hand. Nobody mentioned the labels. {middle} opened the wine. Their mother had half a glass, against orders, and told a story about the summer the river came up to the second step of the porch that neither of them had heard before and both suspected she was inventing.",
    "After supper {eldest} went out to the barn, for no reason except that the barn was where she had always gone. The swallows were still nesting in the rafters. The old tractor sat under its tarpaulin like something asleep. On the workbench, among the jars of nails, she found a child's drawing pinned to the wall with a rusted tack: three stick figures and a dog, a yellow sun with a face. It was signed, in crayon, with her own name.",
    "The youngest, {youngest}, didn't come until the third day. She called from a service station to say her car had broken down, and then again to say it was fixed, and then again to say she had got lost, which was not possible, since she had grown up on the road she was lost on. When she finally pulled into the yard it was dark and she left the headlights on and ran straight into the house without closing the car door, and they heard her in the kitchen saying 'Mama, Mama,' like a much younger girl.",
    "There was the question of what would happen next, and nobody wanted to be the one to ask it. The farm could not be run by a woman who could not lift a kettle. The nearest care home was forty miles away and their mother had once called it, in company, 'the waiting room'. {middle} had a job in the city that he described vaguely and that none of them quite believed in. {eldest} had children and a husband who phoned every evening at seven and asked when she was coming home.",
    "On the fourth night the three of them sat on the porch steps after their mother had gone to bed, as they had not done since they were teenagers, passing a cigarette that none of them really smoked. The frogs were loud in the ditch. {youngest} said, 'I could stay,' into the dark, and the other two were quiet for so long that she said it again, and then {middle} said, 'You'd hate it,' and she said, 'I know,' and that seemed to settle something.",
    "In the morning their mother was up before any of them, which should not have been possible. They found her on the porch in her dressing gown with the walking frame, looking out at the far field where the mist was lifting off the grass. 'Your father would have cut that by now,' she said, without turning round. 'Somebody had better.' And {middle}, who had not driven a tractor since he was sixteen, went and found the key in the drawer where it had always been.",
    "{eldest} watched him from the kitchen window, the tractor lurching across the field, stalling, starting again, the cut grass lying behind it in uneven stripes. Her mother came and stood beside her, leaning on the frame. Neither of them said anything for a while. Then her mother said, 'He always went crooked. Even when he was little,' and there was something in her voice that {eldest} could not name, and did not try to.",
    "It rained that afternoon and the hay lay wet in the field, ruined, and nobody said it was ruined. {youngest} made a cake from a recipe card in their grandmother's handwriting, and it sank in the middle, and they ate it anyway, standing up in the kitchen with their fingers, the way they had when they were children and their mother had pretended not to see.",
]
LITFAM_TAIL = [
    "Copyright © {year} by {author}. All rights reserved.",
    "{title} is available now in hardback, ebook and audio.",
    "From the novel {title}, out this {month} from {press}.",
    "",
]


def _make_lit_family(rng: random.Random) -> str:
    eldest, youngest = sample(rng, B3_WOMEN, 2)
    middle = pick(rng, B3_MEN)
    slots = dict(
        eldest=eldest,
        middle=middle,
        youngest=youngest,
        she_e="she",
        she_cap_e="She",
        title=pick(
            rng,
            [
                "The Walnut Tree",
                "Second Cutting",
                "A House Above the River",
                "What the Field Remembers",
                "Low Water",
                "The Far Field",
            ],
        ),
        author=_b3_name(rng),
        press=pick(rng, ["Harrow & Finch", "Blue Kettle Books", "Orchard Lane Press", "Greyfriars"]),
        ch=pick(rng, ["One", "Two", "Three", "4", "7"]),
        ch_word=pick(rng, ["ONE", "I.", "Part One: Arrivals", "1"]),
        year=str(rng.randrange(2015, 2025)),
        month=pick(rng, B3_MONTHS),
    )
    scenes = LITFAM_SCENES
    body = [scenes[0]] + _b3_ordered(rng, scenes[1:], 7, 10)
    return paragraphs(
        [fill(rng, pick(rng, LITFAM_OPEN), **slots)]
        + [s.format(**slots) for s in body]
        + [pick(rng, LITFAM_TAIL).format(**slots)]
    )


# ---------------------------------------------------------------------------
# 5. War novel excerpt: soldiers in a trench or a field hospital, first person. Medium.
# ---------------------------------------------------------------------------

WARNOV_BEATS = {
    "trench": [
        "The rain had started on the Tuesday and by Friday there was no longer any difference between the trench and the ground. We stood in it to our shins. {pal} said that if it kept on we would be able to float the ration boxes up from the support line, and nobody laughed, but it was the sort of thing that helped.",
        "Sergeant {sarge} came along the line at dusk with the rum jar, a spoonful for each man, and stopped to look at my feet. He made me take off my boots. The skin had gone white and wrinkled like something left in a bath. 'Whale oil,' he said, 'and dry socks, and if you haven't got dry socks, steal some,' and moved on.",
        "At night the flares went up from their side every few minutes and the whole of no man's land came out in that green-white light, the wire, the stumps of the trees, the shapes that we had all agreed not to look at. Then the flare would die and the dark would come back thicker than before.",
        "I wrote to my mother that week. I told her the food was good and the weather mild and that {pal} had a dog now, a small brown terrier that had wandered into the line and would not leave. Only the dog was true. We called him Corporal. He slept on the fire step and growled at the rats, which were bigger than he was.",
        "They sent us over on the morning of the fourteenth. I remember the whistle and I remember the ladder, the rungs slick with mud, and after that I remember almost nothing in order, only pieces: a man beside me sitting down very suddenly in a shell hole as if he had decided to rest; the noise, which was not a noise but a weight; {pal}'s back in front of me, his pack bouncing, and then not in front of me.",
        "I found him in the evening at the dressing station, sitting up with his arm in a sling and a cigarette he had talked off an orderly. 'Blighty one,' he said, holding up the arm, grinning like a boy at a fair. 'Home for Christmas, me.' I wanted to hit him and I wanted to hold on to him and in the end I just sat down next to him in the mud and took the cigarette.",
        "The dog stayed with the company after {pal} went down the line. When we were relieved he came with us, trotting at the heels of whoever had food, and in the village behind the lines a farmer's wife took a fancy to him and gave us eggs for him, six eggs, which we ate fried in a tin lid over a candle. It was the best meal of the war.",
    ],
    "hospital": [
        "The hospital had been a girls' school before the war, and there were still hooks along the corridors at the height of a child's shoulder, with names painted above them in careful white letters. I hung my cape on the one that said {kidname}. I did it every morning for eleven months. I never found out who she was.",
        "Sister {sarge} ran the surgical ward as if it were a ship. Beds squared, blankets tight, every man shaved by eight whether he could sit up or not. We hated her the first week and would have died for her by the third. She had a way of standing at the foot of a bed and looking at a man that made him feel, for a moment, that he was going to be all right.",
        "The convoys came at night. You would hear the ambulances grinding up the hill in low gear and then the doors and the stretcher bearers' boots in the hall, and we would be out of bed and dressed before anyone called us. The smell of the men coming in straight from the line, mud and blood and cordite and something sweetish underneath, I can still find it sometimes in a wet field in autumn and have to stop walking.",
        "There was a boy on my ward called {pal}, nineteen, a farm boy with a shattered hip, who asked me every morning what the weather was doing because he could not see the window from his bed. I started to describe it properly, the colour of the sky, whether the rooks were out, and he would close his eyes while I talked. Later the other men asked for it too, and it became a thing I did, the weather report, at seven sharp.",
        "We lost {pal} in the second week of the new year. It was an infection, the kind we could do nothing about then. Sister {sarge} sat with him the last night, which she never did, and in the morning she came out and gave the weather report herself, standing at the window with her back to us, and her voice was perfectly steady, and none of us could look at her.",
        "In the spring they moved us forward, closer to the line, into tents. The work got harder and the sleep got less and I stopped writing home because I could not think of anything to say that would not frighten them. I hung my cape on a tent pole now. Sometimes I thought about the hook with the little girl's name on it and wondered if someone else was using it, and hoped they were.",
    ],
}


def _make_war_novel(rng: random.Random) -> str:
    key = pick(rng, list(WARNOV_BEATS))
    slots = dict(
        pal=pick(rng, B3_MEN),
        sarge=pick(rng, B3_LAST),
        kidname=pick(rng, ["MARJORIE", "EDITH", "WINIFRED", "ALICE M.", "DOROTHY"]),
    )
    beats = [b.format(**slots) for b in _b3_ordered(rng, WARNOV_BEATS[key], 4, 6)]
    title = pick(
        rng, ["The Long Field", "Fire Step", "A Hook in the Corridor", "Candles in a Tin Lid", "Relief"]
    )
    head = pick(
        rng,
        [
            f"From {title}, Chapter {rng.randrange(3, 19)}",
            f"{title} — an excerpt",
            f"Excerpt | {title} by {_b3_name(rng)}",
        ],
    )
    tail = pick(
        rng,
        [
            "",
            f"{title} is the {pick(rng, ['debut', 'third', 'second'])} novel by {_b3_name(rng)}.",
            "Discussion questions for reading groups are available on the publisher's website.",
        ],
    )
    return paragraphs([head] + beats + [tail])


# ---------------------------------------------------------------------------
# 6. Fantasy quest chapter posted on a web-fiction site. Long.
# ---------------------------------------------------------------------------

FANTQ_SCENES = [
    "The road out of {town} climbed for two days before it gave up pretending to be a road. By the third morning it was a goat track, and by the afternoon it was a rumour, a line of cairns that {hero} suspected had been built by goats with a sense of humour. {mage} walked behind her with his staff and his complaints, both of which he leaned on heavily.",
    "'The map says there should be a bridge,' {mage} said, unrolling it against the wind for the fourth time that hour. The map, bought from a pedlar in the lowlands for a silver crown and a half, showed the bridge very clearly. It showed it in red ink with little towers at each end. What lay in front of them was a gorge, a river the colour of pewter a long way down, and two stumps of stone where a bridge had perhaps once been.",
    "They camped that night in the lee of a boulder. {hero} got the fire going with the last of the dry moss while {mage} muttered over a pot of lentils, which he claimed to be enchanting and which tasted, as always, exactly like lentils. Above them the stars came out thick as salt, and far off something howled, and then something else answered it, closer.",
    "{squire} had the first watch. He was fifteen and took it very seriously, sitting bolt upright with his father's sword across his knees, a sword too long for him that he had sharpened every night since they left the coast. When {hero} woke in the small hours he was still sitting exactly like that, asleep, and she took the sword gently off his lap and finished his watch for him and never mentioned it.",
    "The wolves came at dawn, three of them, grey and thin from the winter, and they did not attack so much as consider it. They circled the camp at a distance, heads low, and {hero} stood with her spear and {mage} stood with his staff, and {squire} stood with his father's sword held in a way that would have made his father weep, and after a long minute the largest wolf sat down, yawned enormously, and trotted away up the hill. The others followed. 'They've eaten,' {mage} said. 'We were dessert and they weren't hungry.'",
    "The way across the gorge turned out to be a ledge, a natural shelf in the rock no wider than a man's forearm, with the river roaring below. {hero} went first, face to the cliff, fingers finding cracks. Halfway across a stone turned under her foot and went clattering down and down and she did not hear it land. She stopped for a count of twenty, breathing, and then went on, and on the far side she tied off the rope to a spur of rock and shouted for the others.",
    "{mage} crossed with his eyes shut, which {hero} found unreasonable and told him so. {squire} crossed like a cat, like someone who did not yet believe in falling. When they were all three on the far side they sat down on the grass and laughed for no reason, the high silly laughter of people who have just not died, and {mage} produced a flask of plum brandy that he had been hiding since {town} and they passed it around until it was empty.",
    "The hermit's hut was exactly where the innkeeper had said it would be, in a hollow of birches below the snow line, with smoke coming from the chimney and a goat tethered outside eating a shirt off the washing line. The hermit was a small, bright-eyed woman named {hermit} who looked them up and down and said, 'You'll be after the Crown, then. They always are. Wipe your feet.'",
    "Over bowls of a stew that was, {mage} admitted grudgingly, much better than his, the hermit told them what she knew. The Crown of {realm} lay in the old hill-king's barrow on the far side of the pass. Many had gone for it. Some had come back, without it. 'The barrow doesn't kill people,' she said. 'Not often. It just makes them very tired of wanting things. You'll see.' She would not explain further, and packed them off to sleep in the hayloft with the goat.",
    "In the morning the hermit gave {squire} a wooden token carved with a bird, and told him to give it to whoever asked for it, and not to anyone who demanded it. He put it in his shirt next to his mother's letter. {hero} asked what it was for. 'Manners,' the hermit said, and went back inside and shut the door.",
    "The pass was snowbound, and they went up it roped together, {hero} breaking trail, the snow to her thighs. Near the top the cloud came down and for an hour they walked in a white nothing, following the rope, unable to see each other, calling out names every few paces to be sure. When they came out of it on the other side the sun was shining on a valley none of them had ever seen, green and quiet, and in the middle of it a long low mound of earth with a stone doorway, dark as a mouth.",
    "They stood looking at it for a long time. 'Well,' said {mage} at last. 'I suppose we had better knock.' And {hero}, who had walked for three weeks and crossed a gorge and faced down wolves for this moment, found to her surprise that her hands were shaking, and that what she wanted most in the world was to turn round and go home and sit by a fire in {town} and never think about crowns again. She thought of the hermit's words. Then she tightened her belt and went down the slope.",
]
FANTQ_NOTES_PRE = [
    "A/N: Sorry this one's late, work has been eating me alive. Longer chapter to make up for it!",
    "Author's note: we finally reach the barrow next week. Thank you for 2k followers, I'm genuinely stunned.",
    "Quick note: I edited chapter 12 slightly to fix the continuity thing about the map that a few of you caught. Nothing major.",
    "",
]
FANTQ_COMMENTS = [
    "the wolves yawning and leaving is the most realistic wolf behaviour I've ever read in a fantasy novel",
    "{mage} hiding the plum brandy since {town} is so in character",
    "I love that she finished the kid's watch and never mentioned it. small moments like that are why I read this",
    "Hermit lady best character, no contest. The goat eating the shirt lmao",
    "Typo in the gorge scene: 'it's' should be 'its'. Great chapter though!",
    "'You'll see.' oh no. oh no I don't like that",
    "Barrow next week!!! I am not emotionally prepared.",
    "The manners token is 100% going to matter later, calling it now",
]


def _make_fantasy_quest(rng: random.Random) -> str:
    hero = pick(rng, B3_WOMEN)
    mage, squire = sample(rng, B3_MEN, 2)
    slots = dict(
        hero=hero,
        mage=mage,
        squire=squire,
        town=pick(rng, ["Wendlebury", "Harrowmouth", "Crick", "Ashby Wold", "Stillwater"]),
        hermit=pick(rng, ["Old Maud", "Grandmother Ket", "Hesper", "Aunt Bryony"]),
        realm=pick(rng, ["Aldmark", "the Fells", "Oss", "Caer Winnow"]),
    )
    series = pick(rng, ["The Barrow Crown", "Rope and Lantern", "Three Went North", "The Hill-King's Due"])
    ch = rng.randrange(9, 41)
    body = [s.format(**slots) for s in _b3_ordered(rng, FANTQ_SCENES, 8, 11)]
    out = [
        f"{series} — Chapter {ch}: {pick(rng, ['The Ledge', 'Dessert', 'Wipe Your Feet', 'Over the Pass', 'Manners'])}",
        f"posted by {_b3_user(rng)} · {rng.randrange(1800, 5200)} words · {_b3_date(rng, 2019, 2024)}",
        pick(rng, FANTQ_NOTES_PRE),
    ] + body
    out.append(pick(rng, ["Previous | Table of Contents | Next", "<< Prev   Index   Next >>"]))
    out.append(f"Comments ({rng.randrange(12, 140)})")
    for c in _b3_some(rng, FANTQ_COMMENTS, 2, 5):
        out.append(f"{_b3_user(rng)}: {typos(rng, c.format(**slots), 0.02)}")
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 7. Western short story (pulp-magazine style). Medium.
# ---------------------------------------------------------------------------

WEST_OPEN = [
    "The stage from {town} came in two hours late with one wheel wobbling and the driver bleeding from a crease along his scalp, and by the time it rolled to a stop in front of the livery half of {camp} was out in the street to see who had been robbed.",
    "{hero} rode into {camp} on a sorrel mare with a split hoof and eleven dollars in his boot, and the first thing he saw was a man being thrown bodily through the window of the Union Saloon.",
    "The summer the creek ran dry, Widow {widow} sold her late husband's saddle to buy seed, and the morning after she sold it the Pruett boys came to tell her the water rights to the south spring were theirs now, and had been since the county clerk said so.",
]
WEST_MIDDLE = [
    "Marshal {marshal} was sixty if he was a day, with a moustache the colour of old rope and a way of standing in a doorway so that it seemed to have been built around him. He listened to the whole story without interrupting and then spat neatly into the dust and said, 'Well. That's a shame.'",
    "The dry goods store smelled of coffee and lamp oil and new leather. The clerk, a nervous young man in sleeve garters, would not meet anyone's eye and kept polishing the same brass scale. When {hero} asked him who held the note on the Kettle Creek place he dropped the rag.",
    "They rode out at first light, four of them, following the wheel ruts across the flats until the ruts turned up into the broken country below the mesa. The sun came up hard and white. Nobody talked. Once {marshal} held up a hand and they all stopped and listened to a hawk crying, and then went on.",
    "The cattle were in a box canyon with a rope corral across the mouth, forty head with the brand burned over so badly that the old mark showed through like writing under whitewash. {hero} sat his horse looking at them for a long while. 'Those are Widow {widow}'s steers,' he said at last. 'I'd know that brindle anywhere.'",
    "Night on the range was cold even in August. They didn't risk a fire. {hero} lay with his head on his saddle and counted stars and thought about a girl in Abilene he had not written to in three years, and about whether a man could start over at thirty-four, and decided he probably could not, and went to sleep.",
    "The Pruett brothers were waiting at the ford, three of them, sitting their horses in the shallows with their rifles across the pommels, easy, as if they had all the time in the world. The eldest raised a hand. 'Morning, Marshal,' he said. 'Long way out from town.' The water ran between the horses' legs, loud in the silence.",
    "It was the clerk, in the end, who broke it open. He walked into the marshal's office on a Sunday morning in his church clothes and put the ledger on the desk and said in a high, steady voice that he had been keeping two sets of books for Mr. {baron} for six years and he would not do it one more day, and then sat down and put his face in his hands.",
    "The circuit judge came through in October. The trial took a morning. The jury was out for as long as it took to roll a cigarette each. Afterward the widow stood on the courthouse steps in her good black dress and shook {hero}'s hand, formally, like a man would, and asked him if he was any good with fences.",
]
WEST_END = [
    "He stayed the winter. Then he stayed the spring. By the next summer the creek was running again and people in {camp} had stopped calling it the widow's place and started calling it just the Kettle Creek, which is what it was, and which is what it still is.",
    "{hero} rode out of {camp} the way he had come in, with eleven dollars in his boot, give or take. The mare's hoof had healed. He did not look back, because he had learned a long time ago that looking back was how you ended up staying.",
    "The marshal retired that Christmas and took up fishing, which he was bad at. He said it was the first job he'd ever had where nobody shot at him, and the fish didn't lie, and if they got away, well, that was between him and the fish.",
]


def _make_western(rng: random.Random) -> str:
    slots = dict(
        hero=pick(rng, B3_MEN),
        marshal=pick(rng, B3_LAST),
        widow=pick(rng, B3_LAST),
        baron=pick(rng, B3_LAST),
        town=pick(rng, ["Fort Sumner", "Tascosa", "Dry Fork", "Lordsburg"]),
        camp=pick(rng, ["Red Butte", "Calico Wells", "Sabine Crossing", "Halfway"]),
    )
    title = pick(
        rng, ["Brindle Steers", "The Ford at Kettle Creek", "Two Sets of Books", "A Split Hoof", "Dry Summer"]
    )
    head = pick(
        rng,
        [
            f"{title}\nby {_b3_name(rng)}",
            f"{title.upper()}\nA Story of the Open Range",
            f"Frontier Tales, Issue {rng.randrange(4, 88)}\n\n{title}",
        ],
    )
    body = [pick(rng, WEST_OPEN)] + _b3_ordered(rng, WEST_MIDDLE, 4, 7) + [pick(rng, WEST_END)]
    return paragraphs([head] + [b.format(**slots) for b in body])


# ---------------------------------------------------------------------------
# 8. Cozy mystery chapter: a village baker-sleuth and a poisoned jam competition. Long.
# ---------------------------------------------------------------------------

COZY_SCENES = [
    "The trouble at the {village} Summer Show started, as most trouble in {village} did, with the jam. {sleuth} had entered her damson preserve for the eleventh year running, and for the eleventh year running she had arrived at the marquee at seven sharp to find {rival} already there, adjusting the angle of her own jar by fractions of an inch so it caught the light.",
    "By nine the marquee was full: the vegetable table with its marrows like sleeping pigs, the flower arrangements, the children's category of animals made from fruit, which this year included a hedgehog made of a pineapple that had caused a small scandal. The judge, a retired headmaster named {judge}, arrived at ten with a clipboard and a silver spoon wrapped in a napkin, as he had done for as long as anyone could remember.",
    "He tasted {rival}'s entry first, as everyone knew he would. He held the spoon up to the light, sniffed, tasted, paused. Then he put the spoon down very carefully on the trestle, said 'Excuse me,' in a perfectly ordinary voice, and walked out of the marquee and sat down heavily on a hay bale, and the colour went out of his face like water out of a basin.",
    "The ambulance came. The paramedics were brisk and kind. Mr. {judge} was sick into a bucket provided by the Women's Institute and then, by all accounts, felt much better and demanded to be allowed to finish the judging, which was refused. Within the hour the whole village had decided he had been poisoned, and by lunchtime they had decided by whom.",
    "Detective Sergeant {dsname} arrived from {town} in a car that was too clean for the lane and shoes that were too clean for the field. He was young and polite and visibly unhappy to have been sent to investigate jam. {sleuth} gave him a cup of tea from the refreshment tent and a slice of lemon drizzle, and he ate it in three bites, and she decided that he would do.",
    "'It's not the jam,' she told him, when the constable had taken the jar away in a plastic bag. 'Or it's not only the jam. Everyone's been tasting {rival}'s entry for years and nobody's fallen over. What was different this year?' He looked at her. 'You tell me,' he said, and she realised with some surprise that he actually meant it.",
    "What was different, it turned out, was the spoon. Mr. {judge}'s famous silver spoon had been borrowed on the Friday evening by the Show secretary to be polished for the occasion, and returned on Saturday morning in its napkin, shining. The polish, a tin of which {sleuth} later found in the village hall kitchen, was a proprietary product that carried a warning in very small print about rinsing thoroughly before use with food.",
    "'So it was an accident,' said the sergeant. {sleuth} stirred her tea. 'Perhaps,' she said. 'But Margery has been Show secretary for twenty years and she has never once offered to polish the judge's spoon. And Margery's sister came second to {rival} in the jam three years in a row, and Margery has a very long memory.' The sergeant wrote this down, and then crossed it out, and then wrote it down again.",
    "The confrontation, if you could call it that, happened in the churchyard on Monday, among the yew trees. Margery did not deny anything. She said she had only wanted the judge to have a funny taste in his mouth, just once, just when he tasted that woman's jam, so he would mark her down. She had not read the small print. She never read the small print. She cried, and {sleuth} gave her a clean handkerchief from her handbag, because she always carried two.",
    "There were no charges in the end. Mr. {judge} declined to press them, saying that in forty years of teaching he had been through far worse than a bit of metal polish, and that in any case the damson preserve had been the best he'd tasted in a decade. He said this to {sleuth} privately, at the door of the village shop, and then winked, and she did not know what to do with her face.",
    "The Show committee met on Wednesday and voted, after some heated discussion, to introduce a rule that the judge must bring and wash his own spoon. The minutes record that {rival} abstained. The minutes also record, in the secretary's absence, that the next item of business was the hedgehog made of a pineapple, and that after forty minutes the committee was unable to reach a decision.",
    "That evening {sleuth} sat in her garden with the cat on her lap and a small glass of sherry, watching the swifts go round the church tower. Her blue rosette, belatedly awarded by a substitute judge, was pinned to the kitchen dresser. She was pleased with it. She was also, she admitted to the cat, just a little bit pleased to have been right. The cat, who had no views on jam, went to sleep.",
]


def _make_cozy(rng: random.Random) -> str:
    slots = dict(
        sleuth=pick(rng, B3_WOMEN),
        rival=pick(rng, ["Mrs. Pendlebury", "Gloria Fairbrass", "Mrs. Honeycutt", "Pamela Stroud"]),
        judge=pick(rng, B3_LAST),
        dsname=pick(rng, B3_LAST),
        village=pick(rng, ["Little Mardle", "Upper Swaffham", "Nettlecombe", "Bishop's Tansley"]),
        town=pick(rng, B3_TOWNS),
    )
    series = pick(
        rng,
        [
            "A Damson Preserve Mystery",
            "The {village} Mysteries, Book 3",
            "Death in the Marquee",
            "Murder Most Fruity",
        ],
    ).format(**slots)
    head = pick(
        rng,
        [
            f"{series}\n\nChapter {rng.randrange(1, 4)}",
            f"Free preview: {series}",
            f"Sneak peek! Here are the opening chapters of {series}, out on {_b3_date(rng, 2022, 2025)}.",
        ],
    )
    body = [COZY_SCENES[0]] + _b3_ordered(rng, COZY_SCENES[1:], 8, 11)
    tail = pick(
        rng,
        [
            "Keep reading: buy the book at your favourite retailer.",
            "Get the recipe for the damson preserve when you sign up to my newsletter!",
            "",
        ],
    )
    return paragraphs([head] + [s.format(**slots) for s in body] + [tail])


# ---------------------------------------------------------------------------
# 9. Contemporary romance excerpt. Medium.
# ---------------------------------------------------------------------------

ROM_BEATS = [
    "The first time {her} met {him}, he was standing in the middle of her flower shop dripping rainwater onto a display of ranunculus and asking, in complete seriousness, which flowers said 'sorry I forgot your birthday' without saying 'sorry I forgot your birthday'.",
    "'Carnations,' she said. 'Because carnations say you didn't think very hard about it, and that's honest.' He looked at her for a second and then laughed, a big surprised laugh that filled the shop, and she decided she didn't like him, because men with laughs like that were always trouble.",
    "He came back on the Thursday. And the Thursday after that. It turned out he had a sister, two aunts, a godmother and a landlady, all with birthdays he kept forgetting, or claimed to. By the fifth Thursday {her} had started arriving at the shop ten minutes early to do her hair in the mirror behind the till, and hated herself for it.",
    "Her best friend {friend} was no help at all. 'Ask him to dinner,' she said, over wine on the fire escape. 'He clearly likes you. Nobody has that many aunts.' {her} said she was not going to ask a customer to dinner because it was unprofessional, and because she was thirty-four and had sworn off men with laughs, and {friend} said that was the stupidest rule she had ever heard.",
    "The wedding job came in a panic on a Friday: a bride whose florist had gone bankrupt, two hundred guests, twenty-four hours. {her} said yes before she could think about it and then sat on the shop floor among the buckets and realised she could not possibly do it alone. She was still sitting there when the bell went and {him} walked in with two coffees and an expression of polite inquiry.",
    "They worked through the night. He was terrible at it, his buttonholes looked like small accidents, but he was good at carrying things and good at not talking when she needed quiet, and at three in the morning, stripping thorns off roses side by side at the workbench, he told her about his father's funeral, and the flowers at it, and why he had walked into her shop that first day instead of the supermarket.",
    "At dawn they loaded the van. The arch went in last, a mess of white roses and eucalyptus, and they stood back and looked at it in the grey light of the car park and it was, {her} thought, the best thing she had ever made. She turned to say so and found him already looking at her instead of the flowers.",
    "She didn't kiss him then. She wanted to remember, later, that she had made him wait. She kissed him on the Thursday, at the shop, when he came in and asked what flowers said 'I've been trying to work up the nerve to ask you out for six weeks', and she reached under the counter and handed him a single carnation.",
]


def _make_romance(rng: random.Random) -> str:
    slots = dict(her=pick(rng, B3_WOMEN), him=pick(rng, B3_MEN), friend=pick(rng, B3_WOMEN))
    beats = [ROM_BEATS[0]] + _b3_ordered(rng, ROM_BEATS[1:], 4, 7)
    title = pick(
        rng,
        ["Say It With Carnations", "Thursdays at the Flower Shop", "Thorns and All", "The Language of Stems"],
    )
    head = pick(
        rng,
        [
            f"{title} — Chapter One",
            f"📖 Excerpt: {title}\n{pick(rng, ['small-town romance', 'grumpy/sunshine', 'slow burn', 'meet-cute'])} · HEA guaranteed",
            f"{title}\n{_b3_name(rng)}",
        ],
    )
    tail = pick(
        rng,
        [
            "",
            "Available on Kindle Unlimited.",
            "Book one of the Petal Street series. Book two coming this spring!",
        ],
    )
    return paragraphs([head] + [b.format(**slots) for b in beats] + [tail])


# ---------------------------------------------------------------------------
# 10. Fan fiction of an invented sports anime / hockey fandom, AO3 style. Medium.
# ---------------------------------------------------------------------------

FANSP_FANDOMS = [
    (
        "Breakaway! (Anime)",
        "Kaito Mizushima/Ren Arakawa",
        ["Kaito", "Ren", "Coach Oda", "Haruki"],
        "the Seiran High ice hockey club",
    ),
    (
        "Ice Cold Heart (TV)",
        "Danny Novak & Theo Lindqvist",
        ["Danny", "Theo", "Coach Barrett", "Mikey"],
        "the Hartford Harriers",
    ),
    (
        "Top Shelf (Webcomic)",
        "Marcus Okafor/Dev Raman",
        ["Marcus", "Dev", "Coach Delgado", "Tariq"],
        "the Westbrook Wolves",
    ),
]
FANSP_TAGS = [
    "Post-Canon",
    "Hurt/Comfort",
    "Injury Recovery",
    "Mutual Pining",
    "Locker Room Banter",
    "Fluff",
    "Found Family",
    "Rivals to Friends",
    "Road Trips",
    "Team Bonding",
    "Bad Hotel Rooms",
    "Canon-Typical Swearing",
    "Sleepy Cuddles",
    "Championship Game",
    "Everyone Is Twenty-Something",
]
FANSP_BEATS = [
    "The bus broke down forty kilometres outside the city at eleven at night, which {b} said was a sign and {a} said was a fuel pump. {coach} stood on the hard shoulder on the phone with the rental company, saying 'yes' and 'no' and 'I understand' in the voice that meant someone was going to do extra sprints on Monday.",
    "{a} had iced the knee for twenty minutes at the rink and another twenty on the bus, and it still looked like a grapefruit. He kept it stretched across two seats and pretended it didn't hurt every time the bus went over a bump. {b} noticed. {b} always noticed, which was the single most annoying thing about him.",
    "'You're doing the face,' {b} said, dropping into the seat across the aisle. 'I'm not doing a face.' 'You're doing the I-lost-us-the-game face. You didn't. {extra} missed an open net in the second period, I saw it, the whole arena saw it, my grandmother in her care home saw it.' '{extra} is going to kill you.' '{extra} is asleep with his mouth open. Look at him. He's no threat.'",
    "The motel had two rooms left, and {coach} assigned them with the ruthless logic of a man who had been awake for twenty hours. Which was how {a} ended up in a room with one double bed, a painting of a moose, and {b}, who immediately claimed the side nearest the heater and then lay there talking about the game for forty-five minutes straight.",
    "'Okay, but the power play,' {b} said, for the fourth time, into the dark. '{b}.' 'If we'd just held the blue line—' '{b}. It's two in the morning. We lost. We'll win the next one.' A long pause. The heater clanked. 'You really think that?' {a} turned his head on the pillow. 'Yeah,' he said. 'I do.'",
    "He woke at six with {b}'s cold feet pressed against his good leg and a text from his mother asking if he had eaten a vegetable that week. He had not. Outside the window the car park was white with frost and the bus was still there, bonnet up, with a mechanic underneath it and {coach} standing over the mechanic like a disappointed father.",
    "Breakfast was vending machine coffee and a bag of pretzels split twelve ways. {extra} told a long story about his cousin's wedding that nobody asked for. Somebody found a deck of cards. By the time the bus was fixed they were halfway through a tournament of a game {b} had invented, with rules he kept changing, and nobody wanted to leave.",
    "On the road back {b} fell asleep against the window, and then against {a}'s shoulder, and {a} sat very still for two hours with his knee aching and his arm going numb and did not move once. When they pulled into the rink car park {coach} walked down the aisle, looked at them, said nothing whatsoever, and walked back up again.",
]
FANSP_NOTES = [
    "Notes: this was supposed to be 500 words of bus crack and then it grew feelings. Unbeta'd, all mistakes mine.",
    "Notes: for the prompt 'one bed, but make it sports'. Thank you to {friend} for the hockey fact-checking!!",
    "Notes: set after the season 2 finale, ignores the spinoff. Kudos and comments feed me.",
]


def _make_fanfic_sports(rng: random.Random) -> str:
    fandom, ship, names, team = pick(rng, FANSP_FANDOMS)
    a, b, coach, extra = names
    words = rng.randrange(900, 4200)
    head = [
        f"{pick(rng, ['Bus Lag', 'One Bed and a Moose', 'Fuel Pump', 'Hold the Blue Line', 'Road Game'])}",
        f"{_b3_user(rng)}",
        f"Fandom: {fandom}\nRating: {pick(rng, ['General Audiences', 'Teen And Up Audiences'])}\nRelationships: {ship}\n"
        f"Additional Tags: {', '.join(_b3_some(rng, FANSP_TAGS, 4, 7))}\nWords: {words:,} | Chapters: 1/1 | Kudos: {rng.randrange(40, 2400)}",
        pick(rng, FANSP_NOTES).format(friend=_b3_user(rng)),
    ]
    beats = _b3_ordered(rng, FANSP_BEATS, 5, 8)
    body = [typos(rng, x.format(a=a, b=b, coach=coach, extra=extra), 0.006) for x in beats]
    tail = [
        pick(
            rng,
            [
                f"End notes: come yell about {team} with me on tumblr",
                "End notes: I have no idea how bus fuel pumps work please don't @ me",
                "",
            ],
        )
    ]
    return paragraphs(head + body + tail)


# ---------------------------------------------------------------------------
# 11. Screenplay of a family drama (Thanksgiving / funeral reception / hospital waiting room). Long.
# ---------------------------------------------------------------------------

SCRFAM_SCENES = [
    "INT. {fam} HOUSE - KITCHEN - DAY\n\nA cramped suburban kitchen mid-chaos. Every burner going. {mom} (60s), apron over her church dress, bastes a turkey with the intensity of a surgeon. {sis} (30s) chops celery badly.\n\n{mom}\nSmaller. Smaller pieces. Nobody wants to choke on celery at my table.\n\n{sis}\nNobody has ever choked on celery.\n\n{mom}\nYour uncle Walt.\n\n{sis}\nThat was a chicken bone, Mom. In 1996.",
    "The front door BANGS. {bro} (40s) enters with a bag of ice in each hand and a phone clamped between ear and shoulder.\n\n{bro}\n(into phone)\nNo, I said Tuesday. Tuesday. Okay. Love you too.\n(hangs up; to room)\nWhere do you want the ice?\n\n{mom}\nYou're late.\n\n{bro}\nI'm forty minutes early.\n\n{mom}\nFor you that's late.",
    "INT. {fam} HOUSE - LIVING ROOM - CONTINUOUS\n\n{dad} (70s) sits in a recliner aimed at a muted football game. He has a hearing aid he isn't wearing; it sits on the armrest. {kid} (12), {sis}'s son, sits cross-legged on the floor with a handheld game.\n\n{kid}\nGrandpa, who's winning?\n\n{dad}\nNobody. It's the Lions.",
    "{sis} comes in drying her hands on a dish towel and sits on the arm of the sofa. She watches her father watch the game. A long beat.\n\n{sis}\nDad. Did Mom tell you about the house?\n\n{dad}\n(not looking away from TV)\nShe told me.\n\n{sis}\nAnd?\n\n{dad}\nAnd it's my house. I'm not going anywhere. They'll have to carry me out.\n\n{sis}\nThat's... kind of the concern, Dad.",
    "INT. {fam} HOUSE - GARAGE - LATER\n\n{bro} and {sis} stand by the chest freezer, sharing a beer they are hiding from nobody in particular. Old bikes hang from hooks. A dartboard with no darts.\n\n{bro}\nHe fell twice in October. Twice. Mom only told me because the neighbor called me.\n\n{sis}\nShe didn't tell me at all.\n\n{bro}\nShe thinks you'll make it a whole thing.\n\n{sis}\nI'm going to make it a whole thing.",
    "{bro}\nThere's a place in {town}. Assisted living, not a home-home. They have a woodshop. A pool. It's actually nice.\n\n{sis}\nHave you seen it?\n\n{bro}\n(beat)\nI drove past it.\n\n{sis}\nYou drove past it.\n\n{bro}\nIt looked nice from the road!",
    "INT. {fam} HOUSE - DINING ROOM - EVENING\n\nThe whole family around an extended table, a card table butted against the end for the overflow. The turkey sits in the middle, magnificent. {mom} stands to say grace. Everyone bows except {kid}, who is filming under the table.\n\n{mom}\nLord, thank you for this food, and for bringing everyone home, even the ones who came late.\n\n{bro}\n(under breath)\nForty minutes early.\n\n{mom}\nAnd help us to be kind to one another. Especially today. Amen.\n\nALL\nAmen.",
    "Dinner. Clatter of serving spoons. {dad} reaches for the gravy and misjudges it; the boat tips, gravy across the tablecloth. Silence. Everyone looks at him. He looks at his hand as if it belongs to someone else.\n\n{mom}\n(too bright)\nOh, that old boat never did pour right. {sis}, get a cloth.\n\n{sis} doesn't move. She's looking at her father.\n\n{dad}\n(quietly)\nI'm fine. Stop looking at me like that. All of you.",
    "{dad} puts down his fork.\n\n{dad}\nI know what you two were talking about in the garage. I'm old, not deaf.\n\n{kid}\nYou are a little deaf, Grandpa.\n\n{sis}\n{kid}.\n\n{dad}\n(a small smile despite himself)\nHe's right. I'm a little deaf.\n(to {bro} and {sis})\nBut I built this house. Your mother and I. The porch, the back room. I put in that window in the kitchen so she could see you in the yard. You want me to leave that for a pool?",
    "{mom} sets down the gravy cloth. Sits. Takes his hand.\n\n{mom}\nWalter. I went to see it.\n\nEveryone turns to her.\n\n{mom} (CONT'D)\nThe place in {town}. In September. I didn't tell anybody. I had lunch there. They had a very good soup.\n\n{dad}\n(stunned)\nYou went without me?\n\n{mom}\nYou'd have complained the whole time. I wanted to see it with my own eyes first.",
    "EXT. {fam} HOUSE - PORCH - NIGHT\n\n{dad} and {kid} sit on the porch steps, coats on, looking at the street. Christmas lights already up on a house across the road. Cold breath.\n\n{kid}\nAre you gonna move?\n\n{dad}\nI don't know, buddy. Maybe.\n\n{kid}\nCan I have your recliner?\n\n{dad}\n(laughs, coughs)\nOver my dead body.\n(beat)\nYeah. You can have the recliner.",
    "INT. {fam} HOUSE - KITCHEN - NIGHT\n\nThe aftermath. Dishes stacked everywhere. {mom} washes; {sis} dries. {bro} sits at the counter eating pie straight from the tin. Nobody talks for a while. It's comfortable.\n\n{sis}\nWas the soup really good?\n\n{mom}\nIt was adequate.\n\nThey both laugh. {mom} hands her another plate.\n\nFADE OUT.",
]


def _make_screenplay_family(rng: random.Random) -> str:
    fam = pick(rng, B3_LAST).upper()
    mom, sis = [n.upper() for n in sample(rng, B3_WOMEN, 2)]
    bro, kid = [n.upper() for n in sample(rng, B3_MEN, 2)]
    slots = dict(fam=fam, mom=mom, sis=sis, bro=bro, kid=kid, dad="WALTER", town=pick(rng, B3_TOWNS))
    title = pick(rng, ["GRAVY", "THE CARD TABLE", "ADEQUATE SOUP", "THE RECLINER", "FORTY MINUTES EARLY"])
    head = pick(
        rng,
        [
            f"{title}\n\nWritten by\n{_b3_name(rng)}\n\nFirst Draft",
            f"{title}\nan original screenplay\n\n{_b3_name(rng)}\nRevised {_b3_date(rng, 2019, 2024)}",
            f"Posted to the r/Screenwriting feedback thread: pages 1-{rng.randrange(9, 15)} of my family drama {title}. Be brutal, I can take it.\n\nFADE IN:",
        ],
    )
    body = [SCRFAM_SCENES[0]] + _b3_ordered(rng, SCRFAM_SCENES[1:], 7, 11)
    return paragraphs([head] + [s.format(**slots) for s in body])


# ---------------------------------------------------------------------------
# 12. A poetry blog post sharing several short poems on ordinary subjects. Medium.
# ---------------------------------------------------------------------------

POEMBLOG_POEMS = [
    (
        "Laundromat, Tuesday",
        "The dryers turn like slow planets\nand a boy asleep across three chairs\nholds his mother's handbag\nas if it were the last warm thing.\nI fold my shirts in halves, then quarters.\nEverything I own smells of somebody else's soap.",
    ),
    (
        "My Grandmother's Hands",
        "Flour in the creases, always,\neven at the funeral, I swear it,\na white line in the lifeline.\nShe would have said that's nonsense\nand pinched my cheek too hard\nand gone back to the dough.",
    ),
    (
        "Allotment, October",
        "The beans gave up their ghosts last week,\nstrung on the canes like washing.\nOld Tom next plot is burning leaves\nand singing something from the war\nhe's not old enough to remember.\nThe smoke goes straight up. No wind.\nSome days are kind like that.",
    ),
    (
        "Night Bus",
        "Upstairs front seat, the city\nlaid out like a board game\nwith all the pieces gone home.\nThe driver hums. A fox\ncrosses at the lights, obeys them.\nI think we're the only two\nstill following the rules.",
    ),
    (
        "To My Daughter, Leaving",
        "You packed the kettle I said you could have\nand the good knife, which I didn't.\nThe room's exactly as you left it\nexcept the light has nowhere to go now.\nTake the knife. Keep it sharp.\nRing on Sundays. Ring on any day.",
    ),
    (
        "Heron",
        "Grey coat, grey water,\nstanding so long on one leg\nthe river forgets him,\nand then, one stab:\nthe river remembers.",
    ),
    (
        "Snow Day",
        "The school rang at six.\nNobody has ever been as happy\nas my son in his pyjamas at the window,\nwatching the road disappear\nunder something free.",
    ),
    (
        "Waiting Room",
        "Nine chairs, one fish tank,\nthe fish going nowhere with great purpose.\nA man reads the same page of a magazine\nfor forty minutes. We are all that fish.\nThey call a name. It isn't mine.\nThe fish turns round and starts again.",
    ),
    (
        "Kitchen Radio",
        "The shipping forecast at a quarter to one,\nDogger, Fisher, German Bight,\nmy father mouthing it like a prayer\nthough he never went to sea\nand never would. Rain later. Good, occasionally poor.",
    ),
]
POEMBLOG_INTROS = [
    "A few new ones this month. I've been writing on the bus again, which is where most of the good ones seem to come from. As always, feedback welcome in the comments.",
    "It's been a while! Life got busy. Here are some poems from the notebook, rough but honest.",
    "Three small poems for a grey week. The second one is for my mum.",
    "Sharing a handful from the workshop I've been doing at the library on Wednesday nights. Our tutor says to stop explaining my poems in the intro, so I won't.",
]
POEMBLOG_COMMENTS = [
    "The fish turning round and starting again got me. Lovely.",
    "'Everything I own smells of somebody else's soap' — what a line.",
    "Reading these on my lunch break and now I'm a bit teary, thanks for that.",
    "The fox obeying the lights! Perfect.",
    "Your grandmother sounds like mine. Beautiful.",
    "Good, occasionally poor. I love this so much.",
]


def _make_poetry_blog(rng: random.Random) -> str:
    poems = _b3_some(rng, POEMBLOG_POEMS, 3, 5)
    blog = pick(rng, ["Small Hours", "notes from the kitchen table", "The Bus Notebook", "Plain Song"])
    out = [
        f"{blog} — {pick(rng, ['New poems', 'Poems for ' + pick(rng, B3_MONTHS), 'A few more', 'Notebook'])}",
        f"Posted {_b3_date(rng)} by {pick(rng, B3_FIRST).lower()}{rng.randrange(10, 99)}",
        pick(rng, POEMBLOG_INTROS),
    ]
    for title, text in poems:
        out.append(f"{title}\n\n{text}")
    out.append(
        f"Tags: {', '.join(_b3_some(rng, ['poetry', 'free verse', 'everyday', 'family', 'nature', 'city', 'grief', 'small things'], 2, 4))}"
    )
    for c in _b3_some(rng, POEMBLOG_COMMENTS, 0, 3):
        out.append(f"{_b3_user(rng)} said: {c}")
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 13. Small-claims court transcript (deposit, bad paint job, dog and a fence). Long.
# ---------------------------------------------------------------------------

SMCL_CASES = {
    "paint": {
        "caption": "{pl} v. {df} d/b/a {biz}",
        "lines": [
            (
                "JUDGE",
                "All right. This is {pl} versus {df}, doing business as {biz}. Plaintiff is seeking two thousand four hundred dollars. Ms. {pll}, you've been sworn. Go ahead and tell me what happened.",
            ),
            (
                "PL",
                "Thank you, Your Honor. In {month} I hired Mr. {dfl}'s company to paint the exterior of my house. We signed a contract, I have it here, for forty-eight hundred dollars. I paid half up front. He said two weeks.",
            ),
            ("JUDGE", "And how long did it take?"),
            (
                "PL",
                "It's not done. That's the thing. They did the front and one side, and then they stopped coming. I called him, I think I have fourteen calls in my log, and he said they were rained out, and then he said his sprayer broke, and then he just stopped answering.",
            ),
            ("JUDGE", "Do you have photographs?"),
            (
                "PL",
                "Yes. These are from the day they stopped, and these are from last week. You can see the back of the house is still the old color and the trim on the side they did is, well, there's paint on the windows. On the glass.",
            ),
            ("JUDGE", "I'll mark these as Plaintiff's 1 through 6. Mr. {dfl}, have you seen these?"),
            (
                "DF",
                "I've seen them, Your Honor. I'm not disputing we didn't finish. I'm disputing the amount.",
            ),
            ("JUDGE", "Okay. Tell me why."),
            (
                "DF",
                "We did about sixty percent of the job. The front is the biggest elevation, it's got the dormers, the porch. That's the hard part. She paid twenty-four hundred, we did more than twenty-four hundred worth of work. If anything she owes me.",
            ),
            ("JUDGE", "Are you counterclaiming?"),
            ("DF", "No, I'm not counterclaiming. I just don't think I should have to give it all back."),
            ("JUDGE", "Why did you stop?"),
            (
                "DF",
                "Honestly, Your Honor, I lost two guys that month. One went to a bigger outfit and the other one, well, he had some personal stuff. I was trying to cover four jobs with myself and my nephew. I should've called her. That's on me.",
            ),
            ("JUDGE", "Ms. {pll}, what about the paint on the windows?"),
            (
                "PL",
                "I had to pay someone to scrape it off. That was a hundred and eighty dollars. The receipt's in there. And I've gotten a quote from another painter to finish, it's twenty-nine hundred, because he says he has to redo some of the trim as well.",
            ),
            ("JUDGE", "Mr. {dfl}, do you dispute the trim needs redoing?"),
            ("DF", "Some of it, maybe. Not all of it."),
            (
                "JUDGE",
                "All right. Here's where I am. There's a contract, it wasn't completed, and the defendant admits it. The defendant's right that some work was done and that work has some value. The plaintiff's right that she has to pay someone else to finish, and the new painter is charging more than the balance of the original contract. The law tries to put her where she'd have been if the contract had been performed.",
            ),
            (
                "JUDGE",
                "The original contract was forty-eight hundred. She's paid twenty-four. To finish, she's quoted twenty-nine, plus one eighty for the windows. That's a total cost to her of fifty-four eighty for a job that was supposed to cost forty-eight hundred. The difference is six hundred and eighty dollars. I'm going to award the plaintiff six hundred eighty dollars plus court costs.",
            ),
            ("PL", "Not the twenty-four hundred?"),
            (
                "JUDGE",
                "No, ma'am. You got some paint for your money. You're entitled to what the breach cost you, and that's what it cost you. Mr. {dfl}, you'll have thirty days. Both of you will get a copy of the judgment in the mail.",
            ),
            ("DF", "Thank you, Your Honor. And, Ms. {pll}, I am sorry about the windows."),
            ("JUDGE", "Next case."),
        ],
    },
    "dog": {
        "caption": "{pl} v. {df}",
        "lines": [
            (
                "JUDGE",
                "Case number ending four-seven-one, {pl} versus {df}. Both parties present. Mr. {pll}, you're the plaintiff. You're asking for eleven hundred and fifty dollars for a fence. Go ahead.",
            ),
            (
                "PL",
                "Yes, sir. Your Honor. So, Mr. {dfl} lives behind me. Our yards back onto each other. He has a dog, a big dog, I think it's a Newfoundland or some kind of bear.",
            ),
            ("DF", "He's a Leonberger."),
            ("JUDGE", "You'll get your turn, Mr. {dfl}."),
            (
                "PL",
                "The dog dug under my fence in three places and then one night in {month} it just went through it. Pushed a whole section over. I have a picture, the posts are snapped right at the ground. I came out in the morning and the dog was in my garden eating my tomatoes.",
            ),
            ("JUDGE", "Eating the tomatoes."),
            ("PL", "Every one, Your Honor. Green ones too."),
            ("JUDGE", "And the eleven-fifty is for?"),
            (
                "PL",
                "Replacing the section, two new posts, and the labor. The estimate is in the packet. I didn't charge for the tomatoes. I thought that would look petty.",
            ),
            ("JUDGE", "I appreciate the restraint. Mr. {dfl}?"),
            ("DF", "Your Honor, first of all, Bruno is very gentle. He wouldn't hurt anybody."),
            ("JUDGE", "Nobody's saying he hurt anybody. The question is the fence."),
            (
                "DF",
                "Right. So my point is that fence is, I don't know, twenty-five years old? The posts were rotten. I could've pushed it over myself. I've told him for years that fence needed replacing. Bruno just leaned on it.",
            ),
            ("JUDGE", "Do you have anything showing the condition before?"),
            (
                "DF",
                "I have this. It's a text from two summers ago where I say to him, your fence is leaning into my yard, you should look at that.",
            ),
            ("PL", "It was leaning because his dog kept digging under it!"),
            ("JUDGE", "Let's keep it to one at a time. Mr. {pll}, how old is the fence?"),
            ("PL", "It came with the house. We bought in ninety-eight. So, older than that."),
            (
                "JUDGE",
                "And the posts in your photographs. I'm looking at Plaintiff's 3. That post looks pretty dark at the base.",
            ),
            ("PL", "I mean, it's a fence post. It's in the ground."),
            (
                "JUDGE",
                "All right. Here's what I find. A dog owner is responsible for damage the dog does to a neighbor's property, and I'm satisfied the dog went through that fence. But I'm also satisfied the fence was near the end of its useful life. The plaintiff doesn't get a brand new fence paid for because an old one came down a few years early. I'm going to split it. Judgment for plaintiff in the amount of five hundred seventy-five dollars.",
            ),
            ("DF", "That's fair. I'll pay that today if I can."),
            (
                "JUDGE",
                "The clerk can tell you how. And Mr. {dfl}, I'd strongly suggest something that keeps Bruno on your side of the property line going forward. I don't want to see you two in here again about the new fence.",
            ),
            ("PL", "Can I ask him to go halves on the new one? Since it's, you know, his side too."),
            ("JUDGE", "You can ask him anything you like in the hallway, sir. Next case."),
        ],
    },
}


def _make_small_claims(rng: random.Random) -> str:
    key = pick(rng, list(SMCL_CASES))
    case = SMCL_CASES[key]
    pl_first = pick(rng, B3_WOMEN if key == "paint" else B3_MEN)
    pl_last, df_last = sample(rng, B3_LAST, 2)
    df_first = pick(rng, B3_MEN)
    slots = dict(
        pl=f"{pl_first} {pl_last}",
        df=f"{df_first} {df_last}",
        pll=pl_last,
        dfl=df_last,
        biz=pick(
            rng,
            [
                "Precision Coatings",
                "Brushstroke Brothers",
                f"{df_last} & Son Painting",
                "All-Season Exteriors",
            ],
        ),
        month=pick(rng, ["April", "May", "June", "July", "August"]),
    )
    court = pick(
        rng,
        [
            f"IN THE {pick(rng, ['MUNICIPAL', 'DISTRICT', 'JUSTICE'])} COURT OF {pick(rng, B3_TOWNS).upper()} COUNTY\nSMALL CLAIMS DIVISION",
            f"{pick(rng, B3_TOWNS)} County Small Claims Court, Courtroom {rng.randrange(1, 9)}{pick(rng, ['A', 'B', ''])}",
        ],
    )
    judge = f"{pick(rng, ['Hon.', 'Magistrate', 'Judge'])} {_b3_name(rng)}"
    names = {
        "JUDGE": "THE COURT",
        "PL": f"{'MS.' if key == 'paint' else 'MR.'} {pl_last.upper()}",
        "DF": f"MR. {df_last.upper()}",
    }
    lines = case["lines"]
    # drop a few middle exchanges so documents differ, keep the opening and the ruling
    cut = set(rng.sample(range(3, len(lines) - 6), rng.randint(0, 3)))
    body = [f"{names[who]}: {text.format(**slots)}" for i, (who, text) in enumerate(lines) if i not in cut]
    head = [
        court,
        f"Case No. SC-{rng.randrange(2017, 2025)}-{rng.randrange(1000, 9999)}",
        case["caption"].format(**slots),
        f"Before: {judge}",
        f"TRANSCRIPT OF PROCEEDINGS\n{pick(rng, B3_DAYS[:5])}, {_b3_date(rng)}",
        pick(
            rng,
            [
                "(Parties sworn.)",
                "(Whereupon, the parties were duly sworn.)",
                "(Both parties present, self-represented. Oath administered by the clerk.)",
            ],
        ),
    ]
    tail = [
        pick(
            rng,
            [
                "(Proceedings concluded at 10:42 a.m.)",
                "(Recess.)",
                "* * *\nI certify that the foregoing is a true and accurate transcript of the electronic recording.\n"
                + _b3_name(rng)
                + ", Certified Transcriber",
            ],
        )
    ]
    return paragraphs(head + body + tail)


# ---------------------------------------------------------------------------
# 14. Parliamentary debate excerpt, Hansard style (rural bus services / potholes / libraries). Long.
# ---------------------------------------------------------------------------

HANS_DEBATES = {
    "buses": {
        "title": "Rural Bus Services",
        "motion": "That this House has considered the provision of bus services in rural areas.",
        "speeches": [
            (
                "mover",
                "I beg to move the motion. It is a pleasure to serve under your chairmanship, {chair}. I secured this debate because in the last two years my constituency has lost eleven bus routes. Eleven. Villages such as {village} now have one bus a week, on a Thursday, which leaves at 9.40 in the morning and returns at 1.15, which means that if you have a hospital appointment at two o'clock you simply cannot go.",
            ),
            (
                "mover",
                "I want to tell the House about a constituent of mine, a retired nurse in her eighties, who wrote to me last spring. She does not drive. Her husband, who did, has died. She wrote, and I quote with her permission: 'I have lived in this village for fifty-one years and I now feel as though I am under house arrest.' That is the human cost of what has happened to rural buses.",
            ),
            ("intervener", "Will the hon. Member give way?"),
            ("mover", "I will give way."),
            (
                "intervener",
                "I am grateful. Does the hon. Member agree that the problem is not only the number of routes but their reliability? In my constituency, buses that are timetabled simply do not turn up, and young people have lost apprenticeships because they could not get to work on time.",
            ),
            (
                "mover",
                "The hon. Lady makes an excellent point, and I have heard exactly the same from colleges in my own area. A bus that might come is in some ways worse than no bus at all, because you cannot plan your life around it.",
            ),
            (
                "backbench",
                "My hon. Friend is making a powerful case. Is she aware that the community minibus scheme in {village2}, run entirely by volunteers, now carries more passengers in a month than the commercial service it replaced carried in a year? Is there not a lesson there about what local people can do if they are given a little support?",
            ),
            (
                "mover",
                "My hon. Friend is right, and I pay tribute to those volunteers. But volunteers cannot be the whole answer. They get older, they get tired, and the insurance costs alone are enough to break a small charity. We need a funding settlement that lets councils plan beyond a single year.",
            ),
            (
                "opposition",
                "It is a pleasure to respond for the Opposition. I congratulate the hon. Member for {seat} on securing this debate and on the way she has made her case. I agree with much of what she said. But I must point out that the decline she describes did not begin two years ago; it has been going on for over a decade, under Governments of both colours, and warm words from the Dispatch Box have not put a single bus back on the road.",
            ),
            (
                "opposition",
                "Will the Minister tell us today how many of the routes withdrawn since the pandemic have been restored? And will she commit to publishing an assessment of the impact of those withdrawals on access to hospitals, colleges and jobcentres? If she cannot measure it, she cannot fix it.",
            ),
            (
                "minister",
                "I thank the hon. Member for {seat} for securing this important debate, and all hon. Members who have contributed. I recognise the picture she paints. I grew up in a village myself, and I remember standing at a bus stop in the rain wondering whether the 42 existed or was merely a theory.",
            ),
            (
                "minister",
                "The Government have provided additional funding to local transport authorities this year, and I am pleased that a number of routes have already been reinstated as a result. I do not pretend that is enough. We are looking carefully at multi-year settlements, which the hon. Member rightly identified as the key to stability, and I hope to be able to say more about that before the summer recess.",
            ),
            ("intervener", "Will the Minister give way?"),
            ("minister", "Briefly."),
            (
                "intervener",
                "Will that include support for demand-responsive services, the kind where you book a minibus by phone the day before? They work brilliantly in some areas and are a disaster in others, and councils need guidance on which is which.",
            ),
            (
                "minister",
                "The hon. Lady anticipates my next paragraph. Yes, we will publish guidance, drawing on the evaluation of the pilot schemes, so that councils can learn from each other's successes and, frankly, from each other's mistakes.",
            ),
            (
                "mover",
                "I thank the Minister for her response, and I will hold her to the summer recess. I hope the next time I write to my constituent in {village}, I will be able to tell her there is a second bus.",
            ),
        ],
    },
    "libraries": {
        "title": "Public Libraries",
        "motion": "That this House has considered the future of public libraries.",
        "speeches": [
            (
                "mover",
                "I beg to move the motion. I should declare an interest, {chair}: I have held a library card since I was four years old, and I have the overdue fines to prove it. I secured this debate because libraries in {seat} and across the country are being asked to do more every year with less, and I am not sure how much longer that can go on.",
            ),
            (
                "mover",
                "Let me describe what happens in the library in {village} on an ordinary Tuesday. At ten there is a rhyme time for toddlers, packed, with parents sitting on the floor. At eleven a volunteer helps older residents fill in online forms for their pension, because the forms are online and they are not. In the afternoon the tables fill up with students who have nowhere quiet to study at home. And after school, the children's corner is, for some families, the only warm and safe place between the school gate and a parent finishing a shift.",
            ),
            ("intervener", "Will my hon. Friend give way?"),
            ("mover", "Of course."),
            (
                "intervener",
                "My hon. Friend describes a scene I recognise. Does she agree that when a library closes, it is not just books that are lost but the only free indoor public space in many towns, and that no amount of online provision can replace a room with a radiator and a person behind the desk?",
            ),
            (
                "mover",
                "I agree entirely. A website cannot notice that a regular has stopped coming in and ask after them. A librarian can, and does.",
            ),
            (
                "backbench",
                "I want to raise the question of opening hours. In my constituency no library has closed, and the council is rightly proud of that, but several are now open only two and a half days a week. Is a library that is shut on a Saturday really open at all for working families?",
            ),
            (
                "opposition",
                "I congratulate the hon. Member for {seat} on an eloquent opening. Since 2010, hundreds of library branches have closed and thousands of paid staff posts have gone. Many remaining branches depend on volunteers, who do wonderful work, but who should be a supplement to professional staff and not a replacement for them. I would like the Minister to tell us whether the Department even collects accurate figures on volunteer-run libraries.",
            ),
            (
                "minister",
                "I thank the hon. Member for {seat} for a debate that has been thoughtful and, at times, quite moving. I too am a library child. I borrowed every horse book in my local branch by the age of nine and then, to the despair of the librarian, started again from the beginning.",
            ),
            (
                "minister",
                "Councils have a statutory duty to provide a comprehensive and efficient library service, and the Department takes that duty seriously. We have funded a programme to improve Wi-Fi and digital skills provision in branches, and we are working with the sector on better data, including, in answer to the Opposition spokesperson, on volunteer involvement.",
            ),
            (
                "backbench",
                "Will the Minister meet me and the library campaigners in my area to discuss the proposed reduction in hours?",
            ),
            ("minister", "I would be very happy to meet the hon. Gentleman and his campaigners."),
            (
                "mover",
                "I thank everyone who has taken part. I will send today's Hansard to the rhyme time group in {village}. They may not read it, but their parents will, and I hope they will find something in it to give them confidence that somebody in this building is listening.",
            ),
        ],
    },
}


def _make_hansard(rng: random.Random) -> str:
    key = pick(rng, list(HANS_DEBATES))
    d = HANS_DEBATES[key]
    seat = pick(rng, ["North Wessex", "Saltcote and Fen", "Mid Dunmore", "Ravensholme East", "Kingsferry"])
    village, village2 = sample(
        rng,
        ["Little Haddon", "Coldharbour", "Ebbing", "Marsh Gibbon", "St Wenna", "Thornby", "Upper Weald"],
        2,
    )
    speakers = {
        "mover": f"{_b3_name(rng, B3_WOMEN)} ({seat}) ({pick(rng, ['Con', 'Lab', 'LD'])})",
        "intervener": f"{_b3_name(rng, B3_WOMEN)} ({pick(rng, ['Westmere', 'Thistle Bay', 'Copper Vale'])}) ({pick(rng, ['LD', 'Lab', 'SNP', 'PC'])})",
        "backbench": f"{_b3_name(rng, B3_MEN)} ({pick(rng, ['Oakhurst', 'Briar Glen', 'Stonebridge'])}) ({pick(rng, ['Con', 'Lab'])})",
        "opposition": f"{_b3_name(rng)} ({pick(rng, ['Elmstead', 'Lowther North', 'Greyhaven'])}) ({pick(rng, ['Lab', 'Con'])})",
        "minister": f"The Parliamentary Under-Secretary of State ({_b3_name(rng, B3_WOMEN)})",
    }
    chair = pick(rng, ["Sir Roger", "Mrs Latham", "Dame Angela", "Mr Hollobone", "Ms Vaz"])
    slots = dict(seat=seat, village=village, village2=village2, chair=chair)
    sp = d["speeches"]
    skip = set(rng.sample(range(5, len(sp) - 3), rng.randint(0, 2)))
    h, mnt = rng.randrange(9, 17), rng.randrange(0, 59)
    out = [
        pick(rng, ["Westminster Hall", "House of Commons", "Hansard: Westminster Hall debate"]),
        f"{pick(rng, B3_DAYS[1:5])} {rng.randrange(1, 28)} {pick(rng, B3_MONTHS)} {rng.randrange(2017, 2025)}",
        f"[{chair.split()[0]} {chair.split()[-1]} in the Chair]" if rng.random() < 0.5 else "",
        d["title"],
        f"{h}.{mnt:02d} {'am' if h < 12 else 'pm'}",
    ]
    prev = None
    for i, (who, text) in enumerate(sp):
        if i in skip:
            continue
        if i == 0:
            text = text + " " + d["motion"] if rng.random() < 0.3 else text
        out.append(text.format(**slots) if who == prev else f"{speakers[who]}\n{text.format(**slots)}")
        prev = who
        if rng.random() < 0.12:
            mnt = (mnt + rng.randrange(3, 15)) % 60
            out.append(f"{h}.{mnt:02d} {'am' if h < 12 else 'pm'}")
    out.append("Question put and agreed to.\n\nResolved, " + d["motion"])
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 15. Live blog of a football match, minute by minute. Long.
# ---------------------------------------------------------------------------

LIVEB_PRE = [
    "Good afternoon and welcome to our live coverage of {home} v {away}. It's grey and blustery here with a strong wind blowing towards the {end} end, which could be a factor. Teams are out in a few minutes.",
    "Team news is in. {home} make two changes from last weekend, with {h1} returning from suspension and the young full-back {h3} handed a first league start. {away} are unchanged.",
    "A reader, {reader}, emails: 'My dad has had a season ticket here since 1971 and today is his eightieth birthday. Any chance of a shout-out?' Happy birthday, {reader}'s dad. May your team give you something to celebrate.",
    "The players are out. A minute's applause before kick-off for the former club secretary, who passed away this week aged ninety-one. The whole ground stands.",
]
LIVEB_EVENTS = [
    "Kick-off. {away} get us under way, playing towards the {end} end and into the teeth of the wind.",
    "Early pressure from {home}. {h1} skips past one challenge on the left and whips in a cross that nobody quite attacks. Goal kick.",
    "Booking. {a1} goes into the book for a late one on {h2}. Soft, but he can't have many complaints.",
    "Chance! {a2} is clean through after a mistake in midfield, but {hk} comes off his line smartly and blocks with his legs. That was {away}'s best moment so far.",
    "Not a lot happening. The wind is playing havoc with every long ball, and both sides have started trying to keep it on the floor, with mixed success.",
    "GOAL! {home} 1-0 {away} ({h1}). What a strike. {h2} lays it back to the edge of the area and {h1} curls it first time into the top corner. The home end is bouncing.",
    "Half-time: a fairly even half, settled by one moment of quality. {away} will have the wind in the second half, though, and their manager was very animated on the touchline just before the whistle.",
    "A reader writes: 'Is it just me or does {a2} look about fifteen?' He's nineteen, according to the programme. He's been their liveliest player.",
    "Second half under way. No changes at the break from either side.",
    "GOAL! {home} 1-1 {away} ({a2}). Well, that was coming. A corner from the right, headed on at the near post and {a2} stabs it in from two yards. Scrappy but they won't care.",
    "Substitution for {home}: {h3} off, {h4} on. {h3} gets a warm ovation, a tidy debut from the teenager.",
    "Penalty appeal! {h4} goes down under a challenge from {a1}... referee says no. The home crowd disagree, loudly and at length.",
    "Off the post! {h2} smashes a shot from twenty-five yards that hits the inside of the post and rolls agonisingly along the line and out. How has that not gone in?",
    "Brief stoppage while {a1} gets treatment on his ankle. He's back on his feet and limping through it, to applause from the away end.",
    "GOAL! {home} 2-1 {away} ({h4}). The substitute! A long throw causes chaos, the ball drops in the six-yard box and {h4} reacts quickest to sweep it home. Pandemonium.",
    "Four minutes of added time indicated.",
    "Last chance for {away}: a free kick on the edge of the box, every one of their players in the area including the goalkeeper... and it's straight into the wall. Cleared.",
    "FULL TIME: {home} 2-1 {away}. A good, honest game of football on a rough afternoon, and three points for the home side, who climb to {pos} in the table.",
]
LIVEB_POST = [
    "Post-match, the {home} manager said: 'I'm proud of them. The conditions were horrible and we kept going. The substitute has been waiting for his chance for weeks and he took it.' Match report to follow.",
    "That's all from us. Thanks for all your emails and messages, especially the birthday one, and we'll be back next Saturday for the trip to {next}.",
    "Player ratings are up now, and our reporter will have reaction from both managers shortly. Do check back.",
]


def _make_live_blog(rng: random.Random) -> str:
    home, away, nxt = sample(
        rng,
        [
            "Alder Athletic",
            "Thistle Bay Rovers",
            "Kingsferry Town",
            "Greyhaven United",
            "Saltcote FC",
            "Millbrook Wanderers",
            "Ravensholme City",
            "Port Alder Albion",
        ],
        3,
    )
    h1, h2, h3, h4, hk, a1, a2 = sample(rng, B3_LAST, 7)
    slots = dict(
        home=home,
        away=away,
        next=nxt,
        h1=h1,
        h2=h2,
        h3=h3,
        h4=h4,
        hk=hk,
        a1=a1,
        a2=a2,
        end=pick(rng, ["Railway", "Brewery", "Clock", "North"]),
        reader=pick(rng, B3_FIRST),
        pos=pick(rng, ["sixth", "ninth", "fourth", "twelfth"]),
    )
    out = [
        f"{home} v {away}: {pick(rng, ['live', 'as it happened', 'minute-by-minute', 'live updates'])}",
        f"{pick(rng, ['League One', 'National League', 'Championship', 'Division Two'])} · {_b3_date(rng)} · {_b3_name(rng)}",
    ]
    minute = rng.randrange(0, 20)
    for p in _b3_ordered(rng, LIVEB_PRE, 2, 4):
        minute += rng.randrange(3, 9)
        out.append(f"14:{minute:02d} GMT\n{p.format(**slots)}")
    ev = LIVEB_EVENTS
    must = {0, 5, 6, 9, 14, 17}
    idx = [i for i in range(len(ev)) if i in must or rng.random() < 0.7]
    first = sorted(rng.sample(range(2, 45), sum(1 for i in idx if 0 < i < 6)))
    second = sorted(rng.sample(range(47, 90), sum(1 for i in idx if 8 < i < 15)))
    fixed = {0: "1'", 6: "HT", 7: "HT", 8: "46'", 15: "90'", 16: f"90+{rng.randrange(2, 5)}'", 17: "FT"}
    for i in idx:
        tag = fixed.get(i) or (f"{first.pop(0)}'" if i < 6 else f"{second.pop(0)}'")
        out.append(f"{tag}\n{ev[i].format(**slots)}")
    out += [p.format(**slots) for p in _b3_some(rng, LIVEB_POST, 1, 3)]
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 16. Popular science explainer (volcanoes, bees, tides, lightning). Medium.
# ---------------------------------------------------------------------------

SCIEXP_TOPICS = {
    "tides": (
        "Why Are There Two High Tides a Day?",
        [
            "If you have ever spent a whole day at the seaside you may have noticed the water creep up the beach, retreat, and then, about twelve and a half hours later, come back again. Most coasts get two high tides and two low tides roughly every day. The reason is the Moon, but not quite in the way most people imagine.",
            "The Moon's gravity pulls on the whole Earth, but it pulls hardest on the side nearest to it and least on the side farthest away. The ocean on the near side is pulled towards the Moon a little more than the solid Earth beneath it, so it bulges outward. On the far side, the solid Earth is pulled towards the Moon a little more than the ocean there, which gets left behind, making a second bulge.",
            "As the Earth spins, any given stretch of coast passes through both bulges, giving two high tides. Because the Moon is also moving along its orbit in the same direction, it takes the Earth an extra fifty minutes or so each day to catch up, which is why high tide is about an hour later every day.",
            "The Sun has a tidal effect too, a bit less than half as strong as the Moon's. When Sun and Moon line up, at new moon and full moon, their effects add together and we get spring tides, with higher highs and lower lows. Nothing to do with the season: the name comes from the water 'springing up'. When they pull at right angles, at the quarter moons, we get the gentler neap tides.",
            "Real coastlines complicate the tidy picture. The shape of a bay can funnel the tide and amplify it enormously, which is why some places see a range of over fifteen metres while parts of the Mediterranean barely notice a tide at all. A few spots get only one high tide a day, because of the way the water sloshes around their particular ocean basin.",
            "Try it yourself: look up the tide times for your nearest harbour for a month and mark the full and new moons on the same calendar. You should see the biggest ranges a day or two after each one, the delay caused by the time the oceans take to respond.",
        ],
    ),
    "bees": (
        "How Do Honeybees Tell Each Other Where the Flowers Are?",
        [
            "A honeybee that finds a good patch of flowers does something remarkable when she gets home. On the vertical wax of the comb, in the dark of the hive, she performs a dance, and her sisters crowd round to follow it. The dance contains directions.",
            "For flowers close to the hive, within about fifty metres, the bee does a 'round dance', circling one way and then the other. It says little more than: there's food nearby, go and look, and the scent on my body will tell you what kind.",
            "For distant flowers she does the waggle dance. She runs forward in a straight line, waggling her abdomen from side to side, then loops back round to the start and does it again, alternating left and right loops so the whole pattern looks like a figure of eight.",
            "The angle of the straight run gives the direction. Straight up the comb means 'fly towards the sun'. A run tilted forty degrees to the right of vertical means 'fly forty degrees to the right of the sun'. The bees are translating an angle relative to gravity into an angle relative to the sun, which is a genuinely impressive piece of geometry for an insect with a brain the size of a sesame seed.",
            "The length of the waggle run gives the distance: the longer the waggle, the farther away. The relationship is not exact, and it changes with the terrain, because bees seem to measure distance by how much visual scenery flows past their eyes on the way.",
            "Scientists decoded the dance in the mid-twentieth century by marking individual bees with dots of paint and moving feeding dishes further and further away. More recently, researchers have filmed thousands of dances inside observation hives and mapped them onto the surrounding landscape, producing maps of exactly where a colony forages through the seasons.",
        ],
    ),
    "volcano": (
        "What Makes Some Volcanoes Explode and Others Ooze?",
        [
            "Picture two volcanoes. At one, bright orange lava pours out in rivers that you could, with care and a good pair of boots, walk alongside. At the other, a mountain blows its top, hurling ash kilometres into the sky. Both are fed by molten rock. So why do they behave so differently?",
            "The answer comes down mostly to two things: how runny the magma is, and how much gas is dissolved in it. Runniness, which geologists call viscosity, depends largely on how much silica the magma contains. Silica molecules link up into chains and networks, making the melt thick and sticky, like cold honey.",
            "Basalt magma, which feeds volcanoes like those in Hawaii and Iceland, is low in silica and very hot. It flows easily. Gas bubbles can rise through it and escape gently, so eruptions tend to be lava fountains and flows rather than explosions.",
            "Magmas richer in silica, such as those beneath many volcanoes around the Pacific, are far stiffer. Gas dissolved in them cannot escape easily. As the magma rises and the pressure drops, the gas comes out of solution like the fizz when you open a shaken bottle of soda. Trapped in sticky magma, the bubbles expand violently and shatter the rock into ash.",
            "Water makes a difference too. Magma that meets groundwater, a lake or the sea can flash the water to steam, adding extra force. Some of the most violent eruptions on record involved this kind of meeting.",
            "None of this makes runny volcanoes harmless. Lava flows destroy roads and houses, and the gases released can be dangerous to breathe. But it does explain why volcanologists can look at the chemistry of the rocks around a volcano and make an educated guess about what kind of eruption it is capable of.",
        ],
    ),
}


def _make_science_explainer(rng: random.Random) -> str:
    key = pick(rng, list(SCIEXP_TOPICS))
    title, paras = SCIEXP_TOPICS[key]
    body = [paras[0]] + _b3_ordered(rng, paras[1:], 3, 5)
    head = [
        pick(rng, [title, f"Ask a Scientist: {title}", f"{title} | Curious Kids", f"Explainer: {title}"]),
        pick(
            rng,
            [
                f"By {_b3_name(rng)}, {pick(rng, ['science writer', 'lecturer in earth sciences', 'museum educator'])}",
                f"{_b3_date(rng)} · {rng.randrange(4, 9)} min read",
                "",
            ],
        ),
    ]
    tail = pick(
        rng,
        [
            "",
            f"Got a question you'd like a scientist to answer? Email us and you might see it here.",
            "This article is republished under a Creative Commons licence.",
        ],
    )
    return paragraphs(head + body + [tail])


# ---------------------------------------------------------------------------
# 17. Patient information leaflet (iron tablets, after a tooth extraction, nasal spray). Medium.
# ---------------------------------------------------------------------------

LEAF_TOPICS = {
    "extraction": (
        "Caring for Your Mouth After a Tooth Extraction",
        [
            (
                "For the first 24 hours",
                "Bite firmly on the gauze pad for 30 to 45 minutes. Do not rinse your mouth, spit forcefully or drink through a straw, as this can dislodge the blood clot that is helping the socket heal. Avoid hot drinks and alcohol. Rest with your head raised on an extra pillow.",
            ),
            (
                "Bleeding",
                "A small amount of oozing is normal for the first day and your saliva may look pink. If bleeding continues, roll a clean handkerchief or gauze into a pad, place it over the socket and bite on it for 20 minutes. Do not keep checking it.",
            ),
            (
                "Pain and swelling",
                "Some discomfort is expected once the numbness wears off. You can take your usual painkillers as directed on the packet. Swelling often peaks on the second or third day. A cold pack wrapped in a tea towel held against your cheek can help.",
            ),
            (
                "From the next day",
                "Rinse gently with warm salt water (half a teaspoon of salt in a glass of warm water) after meals, four times a day for a week. Keep brushing your other teeth as normal, taking care around the socket.",
            ),
            (
                "Eating",
                "Stick to soft foods such as soup, yoghurt, scrambled eggs and mashed potato for a few days. Chew on the other side of your mouth.",
            ),
            (
                "When to contact us",
                "Please call the practice if bleeding does not stop after an hour of pressure, if pain gets worse after the third day rather than better, if you notice a bad taste or smell, or if you develop a temperature. Out of hours, call the urgent dental line.",
            ),
        ],
    ),
    "iron": (
        "Taking Iron Tablets: Information for Patients",
        [
            (
                "Why you have been given iron",
                "Your blood test showed that your iron levels are low. Iron is needed to make haemoglobin, which carries oxygen around your body. Low iron can make you feel tired, short of breath or dizzy.",
            ),
            (
                "How to take them",
                "Take one tablet a day, or as your doctor or nurse has told you. Iron is absorbed best on an empty stomach, about an hour before a meal. A glass of orange juice may help absorption. Do not take it with tea, coffee or milk, which reduce how much iron your body takes in.",
            ),
            (
                "Side effects",
                "Some people get stomach upset, constipation or diarrhoea. Your stools will probably turn dark green or black. This is normal and harmless. If side effects are troublesome, taking the tablet with food or every other day may help; ask your pharmacist.",
            ),
            (
                "Other medicines",
                "Iron can interfere with some antibiotics and thyroid medicines. Leave at least two hours between iron and these medicines. Indigestion remedies can also reduce absorption.",
            ),
            (
                "How long for",
                "Most people take iron for about three months. You will have another blood test to check your levels. Keep taking the tablets even if you start to feel better.",
            ),
            (
                "Safety",
                "Keep iron tablets out of the sight and reach of children. An overdose of iron can be very dangerous for a child. If a child swallows any, seek medical help immediately even if they seem well.",
            ),
        ],
    ),
    "spray": (
        "Using Your Steroid Nasal Spray Correctly",
        [
            (
                "What it is for",
                "Your nasal spray reduces swelling and inflammation inside your nose. It is used for hay fever, other allergies and some types of blocked nose and sinus problems. It does not work straight away; it can take a few days to a week for the full effect.",
            ),
            (
                "Before first use",
                "Shake the bottle gently and remove the cap. Prime the pump by spraying into the air several times until a fine mist comes out.",
            ),
            (
                "How to use it",
                "Blow your nose gently. Tilt your head slightly forward. Insert the nozzle into one nostril and aim it towards the outer wall, away from the middle of your nose. Close the other nostril with a finger. Spray once while breathing in gently through your nose. Repeat on the other side.",
            ),
            (
                "Common mistakes",
                "Tipping your head back sends the spray down your throat. Sniffing hard after spraying has the same effect. Aiming at the centre of the nose can cause irritation and nosebleeds.",
            ),
            (
                "Side effects",
                "You may notice dryness, stinging or mild nosebleeds. These are usually minor. If nosebleeds are frequent, speak to your GP or pharmacist.",
            ),
            (
                "Keep going",
                "Use it every day, even when you feel well, for as long as you have been advised. Stopping and starting makes it less effective.",
            ),
        ],
    ),
}


def _make_leaflet(rng: random.Random) -> str:
    key = pick(rng, list(LEAF_TOPICS))
    title, sections = LEAF_TOPICS[key]
    org = pick(
        rng,
        [
            f"{pick(rng, B3_TOWNS)} Community Health Trust",
            f"{pick(rng, B3_TOWNS)} Dental Practice",
            f"Department of {pick(rng, ['Haematology', 'ENT', 'Oral Surgery', 'Pharmacy'])}, {pick(rng, B3_TOWNS)} General Hospital",
        ],
    )
    chosen = [sections[0]] + _b3_ordered(rng, sections[1:], 3, 5)
    body = [f"{h}\n{t}" if rng.random() < 0.5 else f"**{h}**\n{t}" for h, t in chosen]
    foot = [
        f"Leaflet ref {pick(rng, ['PIL', 'PI', 'PT'])}-{rng.randrange(100, 999)} · Review date {pick(rng, B3_MONTHS)} {rng.randrange(2024, 2028)}",
        pick(
            rng,
            [
                "If you need this leaflet in another language or in large print, please ask a member of staff.",
                "This leaflet is for general information only. Always follow the advice of your own clinician.",
                "",
            ],
        ),
    ]
    return paragraphs([org, title] + body + foot)


# ---------------------------------------------------------------------------
# 18. University course page (module descriptor). Medium.
# ---------------------------------------------------------------------------

COURSE_MODS = [
    (
        "GEOG 2140",
        "Rivers and Floodplains",
        "This module examines how rivers shape landscapes and how people live with them. We cover sediment transport, channel change, floodplain ecology and the history of flood management, with a two-day field trip to the {river} catchment.",
        [
            "Week 1: Introduction; the drainage basin as a system",
            "Week 2: Flow and discharge",
            "Week 3: Sediment on the move",
            "Week 4: Meanders, braids and why rivers wander",
            "Week 5: Field trip preparation",
            "Week 6: FIELD TRIP (no lecture)",
            "Week 7: Floodplain ecology",
            "Week 8: A short history of flood defence",
            "Week 9: Natural flood management",
            "Week 10: Revision and project surgery",
        ],
    ),
    (
        "HIST 3305",
        "Food and Hunger in Early Modern Europe",
        "What did people eat between 1500 and 1800, who went without, and why? Using recipe books, parish records, market prices and travellers' accounts, this module explores bread riots, the arrival of the potato, coffee houses and the politics of famine.",
        [
            "Week 1: Bread as politics",
            "Week 2: Harvests and prices",
            "Week 3: The Columbian exchange",
            "Week 4: Recipe books as sources",
            "Week 5: Reading week",
            "Week 6: Coffee, tea and sugar",
            "Week 7: Famine and relief",
            "Week 8: Riots and the moral economy",
            "Week 9: Student presentations",
            "Week 10: Review",
        ],
    ),
    (
        "MUS 1020",
        "Introduction to Music Theory",
        "A first course in reading and writing music for students with little or no formal training. Topics include notation, rhythm, scales, intervals, triads and simple harmony. No instrument required, though students who play one are encouraged to bring it to the practical sessions.",
        [
            "Week 1: Pitch and the staff",
            "Week 2: Rhythm and metre",
            "Week 3: Major scales and key signatures",
            "Week 4: Minor scales",
            "Week 5: Intervals",
            "Week 6: Triads",
            "Week 7: Chord progressions",
            "Week 8: Melody writing",
            "Week 9: Simple four-part harmony",
            "Week 10: Listening test review",
        ],
    ),
]
COURSE_ASSESS = [
    "Coursework essay (2,500 words): 40%",
    "Field notebook: 20%",
    "Unseen exam (2 hours): 40%",
    "Weekly quizzes (best 8 of 10): 10%",
    "Group presentation: 20%",
    "Source analysis (1,500 words): 30%",
    "Composition portfolio: 30%",
    "Final project report: 50%",
]
COURSE_NOTES = [
    "Attendance at seminars is expected. If you are unwell, email the module leader before the session.",
    "Late submissions without an approved extension lose 5 percentage points per working day.",
    "Reading lists are available through the library's online list system. Key texts are held in the short loan collection.",
    "Office hours: Tuesdays 2-4pm, room {room}, or by appointment.",
    "This module is capped at 45 students. Priority is given to single honours students.",
    "Field trip costs are covered by the department, but students must bring waterproofs and sturdy boots.",
]


def _make_course_page(rng: random.Random) -> str:
    code, name, desc, weeks = pick(rng, COURSE_MODS)
    leader = _b3_name(rng)
    uni = pick(
        rng,
        [
            "University of Greyhaven",
            "Kingsferry University",
            "Saltcote College",
            "Westmere Metropolitan University",
        ],
    )
    out = [
        f"{uni} · Module Catalogue {rng.randrange(2019, 2025)}/{rng.randrange(20, 26)}",
        f"{code}: {name}",
        f"Credits: {pick(rng, ['15', '20', '30', '3 (US)'])} | Level: {pick(rng, ['4', '5', '6', 'Undergraduate'])} | Semester: {pick(rng, ['Autumn', 'Spring', 'Fall'])}\nModule leader: Dr {leader}",
        "Description\n" + desc.format(river=pick(rng, ["Wendle", "Tamar", "Ouse", "Little Wye"])),
        "Teaching schedule\n" + "\n".join(_b3_ordered(rng, weeks, 7, 10)),
        "Assessment\n" + "\n".join("- " + a for a in _b3_some(rng, COURSE_ASSESS, 2, 3)),
        "Notes\n"
        + "\n".join(
            n.format(room=f"{pick(rng, ['B', 'G', 'H'])}{rng.randrange(101, 420)}")
            for n in _b3_some(rng, COURSE_NOTES, 2, 4)
        ),
    ]
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 19. Museum exhibit labels. Short.
# ---------------------------------------------------------------------------

MUSLAB_ITEMS = [
    "Butter churn, oak and iron, c. 1880. Used on a dairy farm near {town} until 1952. Churning could take an hour or more in cold weather; children were often given the job and paid in buttermilk.",
    "Sampler, wool on linen, 1834. Stitched by Mary Hale, aged nine. Alongside the alphabet and numbers she added a verse, a house with smoking chimneys and, in the corner, a small green dog.",
    "Ship's biscuit, 1797. Hard tack like this was baked twice to keep for months at sea. This one was found in a sea chest in a {town} attic and has not been eaten, by anyone, in over two hundred years.",
    "Ticket machine, 1930s. Conductors on the {town} trams wore machines like this on a leather strap, issuing tickets with a turn of the handle. The bell rang each time, which passengers found either comforting or maddening.",
    "Bronze Age axe head, found 1987 by a metal detectorist in a ploughed field. Around 3,000 years old. Wear on the blade suggests it was used, sharpened and used again over many years.",
    "Wedding dress, silk, 1946. Made from a parachute by the bride's mother, as cloth was still rationed. The bride, a {town} schoolteacher, wore it again to her granddaughter's wedding fifty-five years later, as a jacket.",
    "Clay pipe bowls, 17th to 19th centuries. Found in great numbers along the riverbank. Pipes were cheap and snapped easily, so they were thrown away like cigarette ends. Some carry the maker's initials on the heel.",
    "Tin toy fire engine, 1950s. Donated by a local man who received it for Christmas aged six. 'I was allowed to play with it for exactly one day,' he told us, 'and then it went on the shelf to be kept nice.'",
]


def _make_museum_labels(rng: random.Random) -> str:
    town = pick(rng, B3_TOWNS)
    items = _b3_some(rng, MUSLAB_ITEMS, 1, 3)
    gallery = pick(
        rng, ["Gallery 2: Working Lives", "Case 14", "Everyday Things", "Home and Hearth", "The River Room"]
    )
    lines = [gallery] if rng.random() < 0.7 else []
    for i, it in enumerate(items):
        lines.append(f"{i + 1}. {it.format(town=town)}" if len(items) > 1 else it.format(town=town))
    if rng.random() < 0.4:
        lines.append(
            pick(
                rng,
                [
                    "Please do not touch.",
                    f"On loan from a private collection.",
                    f"Gift of the {pick(rng, B3_LAST)} family.",
                ],
            )
        )
    return paragraphs(lines)


# ---------------------------------------------------------------------------
# 20. Hiking trail guide. Medium.
# ---------------------------------------------------------------------------

TRAIL_STAGES = [
    "From the car park, go through the kissing gate and follow the stony track uphill beside the wall. It is steep for the first ten minutes, so take it easy.",
    "At the three-way fingerpost, bear left towards {peak}. The path here crosses boggy ground and can be very wet after rain; a line of stepping stones helps in places.",
    "Cross the footbridge over the beck and climb the zigzag path through the bracken. Look back for the first good view over the valley and the reservoir.",
    "The path levels out along the edge of the escarpment. Keep well back from the edge, particularly in wind. Ravens often tumble in the updraft here.",
    "At the summit cairn of {peak} ({height} m), the trig point is a few metres to the north. On a clear day you can see the coast and, some say, the mountains across the water.",
    "Descend by the broad grassy ridge heading south-east, aiming for the stile in the far corner of the field. Sheep graze here all year, so keep dogs on leads.",
    "Join the old quarry track and follow it down past the ruined winding house. The spoil heaps are unstable; do not climb on them.",
    "Turn right onto the lane and follow it for half a mile back to the village, passing the chapel and the tearoom, which does excellent scones and is open until four except on Mondays.",
    "Where the wall ends, look out for a faint path on the right dropping to the waterfall. It is a short detour of ten minutes and well worth it after rain.",
]
TRAIL_FACTS = [
    "Distance: {dist} miles ({km} km)",
    "Ascent: {asc} m",
    "Time: {time}",
    "Grade: {grade}",
    "Start: {town} village hall car park (pay and display)",
    "Terrain: field paths, open moorland, one steep descent",
    "Facilities: toilets at start, tearoom at finish",
    "Map: OS Explorer {map}",
]


def _make_trail_guide(rng: random.Random) -> str:
    town = pick(rng, B3_TOWNS)
    peak = pick(
        rng, ["Hen Crag", "Black Knoll", "Cold Fell", "Wether Hill", "Raven Edge", "Pike o' Stickle End"]
    )
    d = round(rng.uniform(3.5, 9.5), 1)
    facts = dict(
        dist=str(d),
        km=str(round(d * 1.609, 1)),
        asc=str(rng.randrange(180, 720)),
        time=f"{rng.randrange(2, 5)}-{rng.randrange(3, 6)} hours",
        grade=pick(rng, ["Moderate", "Moderate/strenuous", "Easy-moderate"]),
        town=town,
        map=f"OL{rng.randrange(1, 40)}",
    )
    stages = _b3_ordered(rng, TRAIL_STAGES, 5, 8)
    out = [
        f"{peak} Circular from {town}",
        pick(
            rng,
            [
                "A short but satisfying climb with big views and a tearoom at the end.",
                "A classic half-day loop over open moorland. Best in late summer when the heather is out.",
                "Not one for the clouds: save this walk for a clear day.",
            ],
        ),
        "\n".join(f.format(**facts) for f in _b3_ordered(rng, TRAIL_FACTS, 4, 8)),
        "Route",
    ] + [f"{i + 1}. {s.format(peak=peak, height=rng.randrange(380, 890))}" for i, s in enumerate(stages)]
    if rng.random() < 0.6:
        out.append(
            pick(
                rng,
                [
                    "Safety: weather changes quickly on the tops. Carry waterproofs, a map and compass, and tell someone your route.",
                    f"Reader comment from {_b3_user(rng)}: did this on Sunday, the bog at stage 2 nearly took my boot. Great walk though.",
                    "Last updated after a reader reported the stile at stage 6 has been replaced by a gate.",
                ],
            )
        )
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 21. Car review from a motoring site. Medium.
# ---------------------------------------------------------------------------

CARREV_CARS = [
    ("Vantora Cresta 1.5 Hybrid", "family hatchback"),
    ("Kessler Tramp 2.0 Diesel", "mid-size SUV"),
    ("Orlan Sprite EV Long Range", "small electric car"),
    ("Haldane Estate 1.2 Turbo", "estate car"),
]
CARREV_SECTIONS = {
    "Driving": [
        "On the move it's quiet and composed, with light steering that's ideal around town but goes a bit vague at motorway speeds. The ride is firm over potholes on the larger wheels; stick with the smaller ones if your roads are bad.",
        "Acceleration is adequate rather than exciting. Overtaking on a B-road needs planning, and the engine gets thrashy above 4,000rpm, but in normal driving it's smooth and refined.",
        "Body roll is well controlled for a tall car and it grips gamely in corners, though nobody will mistake it for a hot hatch. The brakes have a slightly spongy first inch of pedal travel that takes a day to get used to.",
    ],
    "Interior": [
        "The dashboard is sensibly laid out, and hurrah, there are proper physical knobs for the heating. Material quality is fine up front but scratchy plastics lurk lower down and in the back.",
        "The touchscreen is bright and responds quickly, but the menus are fiddly and the sat-nav's voice has a habit of announcing roundabouts after you've gone round them.",
        "Front seats are comfortable on long journeys, with plenty of adjustment. Rear legroom is decent for two adults; three will be friends by the end of the trip, or enemies.",
    ],
    "Practicality": [
        "The boot holds {boot} litres with the seats up, which is about par for the class. There's a useful underfloor cubby, but the load lip is high, which you'll notice lifting a heavy suitcase.",
        "The rear seats split and fold 60/40 but don't lie quite flat. Door bins are big enough for a proper water bottle, which sounds minor until you own a car where they aren't.",
        "Isofix points are easy to find and the rear doors open wide, making child seats less of a wrestling match than in some rivals.",
    ],
    "Running costs": [
        "We averaged {mpg} mpg over a week of mixed driving, a little short of the official figure but respectable. Insurance groups are low and servicing is every 12,000 miles.",
        "The warranty is a generous seven years, though check the small print: the mileage limit kicks in at 100,000.",
        "Real-world range on a full charge was about {range} miles in mild weather, dropping noticeably on a cold morning with the heater on. Home charging overnight is the way to make it cheap to run.",
    ],
}
CARREV_VERDICT = [
    "Verdict: not the most exciting car in its class, but one of the easiest to live with. If you want something that simply gets on with the job, put it on your shortlist.",
    "Verdict: a good car let down by its price. Haggle hard, or look at the entry-level trim, which has most of what you need.",
    "Verdict: comfortable, frugal and roomy. The infotainment is irritating, but you'll learn to live with it. Recommended.",
    "Verdict: rivals are more fun to drive, but few are as sensible. Sometimes sensible is exactly right.",
]


def _make_car_review(rng: random.Random) -> str:
    car, cls = pick(rng, CARREV_CARS)
    stars = rng.randrange(3, 6)
    slots = dict(
        boot=str(rng.randrange(330, 620)), mpg=str(rng.randrange(41, 62)), range=str(rng.randrange(180, 290))
    )
    out = [
        f"{car} review",
        f"{pick(rng, ['Our expert verdict on', 'Tested:', 'First drive:'])} the {cls} that wants to be your sensible choice",
        f"{'★' * stars}{'☆' * (5 - stars)} | Price from £{rng.randrange(19, 38)},{rng.randrange(0, 999):03d} | Reviewed by {_b3_name(rng)}, {_b3_date(rng)}",
    ]
    pros = _b3_some(
        rng,
        [
            "Comfortable ride",
            "Roomy boot",
            "Low running costs",
            "Physical heater controls",
            "Long warranty",
            "Quiet at speed",
        ],
        2,
        3,
    )
    cons = _b3_some(
        rng,
        ["Fiddly touchscreen", "Dull to drive", "Pricey top trims", "High boot lip", "Vague steering"],
        1,
        3,
    )
    out.append("Pros: " + ", ".join(pros) + "\nCons: " + ", ".join(cons))
    for sec in sample(rng, list(CARREV_SECTIONS), rng.randint(3, 4)):
        out.append(
            f"{sec}\n" + " ".join(p.format(**slots) for p in _b3_some(rng, CARREV_SECTIONS[sec], 1, 3))
        )
    out.append(pick(rng, CARREV_VERDICT))
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 22. Video game walkthrough for an invented farming/adventure game. Long.
# ---------------------------------------------------------------------------

WALK_SECTIONS = [
    (
        "Getting started",
        "When you arrive in {vill} you'll have 500 gold, a rusty hoe and a field full of rocks. Don't spend the gold on seeds straight away. Talk to everyone in town on day one (the mayor, {npc1} at the general store, {npc2} at the forge) because each of them gives you a free item the first time you chat, and {npc2}'s gift, the Copper Pick, saves you a whole week of grinding.",
    ),
    (
        "Clearing the field",
        "You only need to clear a 6x6 patch for your first crops. Stamina is the limiting factor in spring: each swing of the hoe costs 2, rocks cost 4 to break, and you start with 60. Eat the wild berries from the bush behind the barn for a quick +10. Go to bed before midnight or you'll wake up with half stamina the next day.",
    ),
    (
        "Best spring crops",
        "Turnips are cheap and fast (4 days) but barely profitable. Strawberries take 8 days but regrow every 3 after that, so plant them as early as you can, ideally by day 5. Potatoes have a chance of giving double yield. If you can afford it, a mix of strawberries and potatoes is the strongest opener.",
    ),
    (
        "The Festival of Lanterns (Spring 14)",
        "The festival closes all the shops for the day, so buy seeds on the 13th. At the festival, talk to {npc1} twice to start the lantern-making minigame. Match the colours in the order the fireflies flash them. Getting a perfect score gives you the Glowing Lantern, which lights your farm at night and stops crows from eating crops within its radius.",
    ),
    (
        "The old mine",
        "The mine north of town opens on day 10 once the rockslide is cleared (this happens automatically). Floors 1 to 10 have copper and the occasional amethyst. Bring food: every floor costs stamina to search. On floor 5 there's a cracked wall on the east side; hit it with the pick to find a chest containing the Miner's Charm (+1 luck when mining). Don't go below floor 10 until you have the iron pick.",
    ),
    (
        "Making friends",
        "Every villager has two favourite gifts. {npc1} loves honey and hates anything fishy. {npc2} loves iron ore and, weirdly, daffodils. The mayor likes literally anything you cooked. You can gift once a day per person and twice on their birthday. Reaching three hearts with a villager unlocks their side quest.",
    ),
    (
        "{npc1}'s side quest: The Missing Ledger",
        "At three hearts {npc1} will tell you the store's old ledger has gone missing. Check the library (the librarian will say it was never returned), then the tavern (the cook remembers someone reading it by the fire), then the pier. The ledger is in the bait box on the end of the pier, slightly soggy. Return it for 800 gold and a permanent 10% discount at the store.",
    ),
    (
        "Upgrading the barn",
        "The barn upgrade costs 3,000 gold, 200 wood and 50 stone. It's the single best investment in the first year, because it lets you keep cows, and milk sells for steady money every day without costing any stamina once you have the milking pail. Chickens come first, though: the coop is cheaper and eggs sell well at the Saturday market.",
    ),
    (
        "Fishing tips",
        "The fishing minigame is all about timing. Wait for the bobber to dip twice, not once; the first dip is a nibble. Early morning and rain give the best catches. The legendary river fish, the Old Whiskers, only bites in the pond behind the chapel on rainy days in summer, between 6 and 8 am.",
    ),
    (
        "Summer checklist",
        "Before summer 1: have at least 2 sprinklers crafted, your watering can upgraded to copper, and 2,000 gold saved for melon seeds. Melons are the money crop of summer. Also remember the beach opens in summer, and you can collect shells there every morning for easy cash.",
    ),
    (
        "Common mistakes",
        "Selling all your first amethysts (you need three for the forge upgrade). Forgetting to feed the animals on festival days. Planting summer seeds on the last day of spring: they die overnight at the season change. Ignoring the mail: some quest items only come by post.",
    ),
]
WALK_COMMENTS = [
    "the tip about the cracked wall on floor 5 is gold, been playing for 20 hours and never found it",
    "Minor correction: the ledger can also spawn in the tavern if you've already been to the pier, at least in the latest patch.",
    "Thank you!! I planted melons on spring 28 like an idiot and lost them all",
    "Is there a way to get the Glowing Lantern if you miss the festival? asking for a friend (me)",
    "{npc2} liking daffodils is the best character detail in the game",
]


def _make_walkthrough(rng: random.Random) -> str:
    game = pick(
        rng, ["Hearthfield Valley", "Meadowlight", "Little Acre Stories", "Lanterns over Brackenmoor"]
    )
    slots = dict(
        vill=pick(rng, ["Brackenmoor", "Pell", "Thistledown", "Ashgrove"]),
        npc1=pick(rng, B3_WOMEN),
        npc2=pick(rng, B3_MEN),
    )
    secs = [WALK_SECTIONS[0]] + _b3_ordered(rng, WALK_SECTIONS[1:], 7, 10)
    out = [
        f"{game} Walkthrough: {pick(rng, ['Year 1 Spring and Summer', 'Complete Beginner Guide', 'Everything You Need for Your First Season'])}",
        pick(
            rng,
            [
                f"Updated for version 1.{rng.randrange(2, 9)} · by {_b3_user(rng)}",
                f"Guide by {_b3_name(rng)} · {_b3_date(rng, 2020, 2024)}",
            ],
        ),
        pick(
            rng,
            [
                "This guide covers the first two seasons and assumes a standard-difficulty save. Spoilers for side quests below!",
                "New to the game? Start here. I've put the most important stuff first.",
                "",
            ],
        ),
        "Contents: " + " | ".join(h.format(**slots) for h, _ in secs),
    ]
    for h, t in secs:
        out.append(f"## {h.format(**slots)}\n{t.format(**slots)}")
    if rng.random() < 0.7:
        out.append("Comments")
        for c in _b3_some(rng, WALK_COMMENTS, 2, 4):
            out.append(f"{_b3_user(rng)}: {typos(rng, c.format(**slots), 0.02)}")
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 23. Stock market wrap-up. Medium.
# ---------------------------------------------------------------------------

MKT_LEADS = [
    "Stocks closed {dir} on {day} as investors weighed fresh inflation data against strong earnings from the retail sector. The broad index {idxmove} {pct}%, while the tech-heavy index {idxmove2} {pct2}%.",
    "Markets ended a choppy session {dir}, with energy shares swinging on oil prices and bond yields edging higher after comments from a central bank official.",
    "Equities drifted {dir} in thin holiday trading on {day}, with volumes about a third below the 30-day average.",
]
MKT_MOVERS = [
    "Shares of {co1} jumped {up}% after the department-store chain reported quarterly same-store sales well ahead of forecasts and raised its full-year guidance.",
    "{co2} fell {down}% after the regional bank set aside more money for bad loans than analysts had expected.",
    "Airline stocks rallied as jet fuel prices eased; {co3} added {up2}%.",
    "{co1} slid {down}% on news that its chief executive would step down at the end of the year.",
    "Homebuilders weakened after mortgage applications dropped for a third straight week.",
    "{co2} surged {up}% after agreeing to be acquired by a private equity group at a 28% premium to Friday's close.",
    "Shares in {co3}, the packaged-food maker, dipped {down}% after it warned that cocoa and sugar costs would squeeze margins through next year.",
]
MKT_MACRO = [
    "The 10-year Treasury yield rose {bp} basis points to {yld}%. The dollar strengthened against the euro and the yen.",
    "Crude oil settled at ${oil} a barrel, {oildir} {oilpct}% on the day. Gold was little changed.",
    "Data released before the open showed consumer prices rose {cpi}% in the month, in line with economists' forecasts.",
    "Weekly jobless claims came in slightly lower than expected, suggesting the labour market remains tight.",
]
MKT_CLOSE = [
    "Looking ahead, traders will watch Thursday's retail sales figures and a speech by the central bank chair on Friday.",
    "'People are waiting for a catalyst,' said {analyst}, chief market strategist at {firm}. 'Until then, it's stock by stock.'",
    "Advancers outnumbered decliners by roughly three to two on the main exchange.",
]


def _make_market_wrap(rng: random.Random) -> str:
    dir_ = pick(rng, ["higher", "lower", "mixed", "slightly higher", "modestly lower"])
    co1, co2, co3 = sample(
        rng,
        [
            "Hallmont Stores",
            "Pinecrest Bancorp",
            "Bluewing Airlines",
            "Sorrel Foods",
            "Tamberline Group",
            "Northgate Outfitters",
            "Carrow Financial",
            "Oakvale Brands",
        ],
        3,
    )
    slots = dict(
        dir=dir_,
        day=pick(rng, B3_DAYS[:5]),
        idxmove=pick(rng, ["rose", "fell", "added", "shed"]),
        idxmove2=pick(rng, ["gained", "slipped", "rose", "dropped"]),
        pct=f"{rng.uniform(0.1, 1.6):.1f}",
        pct2=f"{rng.uniform(0.1, 2.2):.1f}",
        co1=co1,
        co2=co2,
        co3=co3,
        up=f"{rng.uniform(3, 14):.1f}",
        up2=f"{rng.uniform(1, 5):.1f}",
        down=f"{rng.uniform(2, 11):.1f}",
        bp=str(rng.randrange(2, 12)),
        yld=f"{rng.uniform(3.4, 4.9):.2f}",
        oil=f"{rng.uniform(68, 92):.2f}",
        oildir=pick(rng, ["up", "down"]),
        oilpct=f"{rng.uniform(0.2, 2.9):.1f}",
        cpi=f"{rng.uniform(0.1, 0.5):.1f}",
        analyst=_b3_name(rng),
        firm=pick(rng, ["Harwick Capital", "Linden Street Advisors", "Brightwater Securities"]),
    )
    out = [
        pick(
            rng,
            [
                f"Stock market today: shares end {dir_}",
                f"MARKETS WRAP: Stocks {dir_} as investors digest data",
                f"Closing bell: {co1} leads the movers",
            ],
        ),
        f"{_b3_date(rng)} · {pick(rng, ['Staff reporter', _b3_name(rng)])}",
        pick(rng, MKT_LEADS).format(**slots),
    ]
    out += [m.format(**slots) for m in _b3_some(rng, MKT_MOVERS, 2, 4)]
    out += [m.format(**slots) for m in _b3_some(rng, MKT_MACRO, 1, 3)]
    out.append(pick(rng, MKT_CLOSE).format(**slots))
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 24. Wiki page for a place or person in an invented fantasy world (no AI). Medium.
# ---------------------------------------------------------------------------

FWIKI_PAGES = [
    (
        "Dunmarrow",
        "settlement",
        [
            (
                "Overview",
                "Dunmarrow is a fishing town on the northern coast of the Sundered Isles, famous for its salt-cod and for the Leaning Tower, which has leaned since the earthquake of the Third Age and which residents refuse to straighten.",
            ),
            (
                "History",
                "The town was founded by refugees from the drowned city of Aubel. It changed hands four times during the Reed Wars, and the harbour wall still bears the scorch marks from the siege of Captain Ilse Varrow.",
            ),
            (
                "Culture",
                "Dunmarrowers are known for their hospitality and their terrible weather. The annual Herring Moot, held at midsummer, features boat races, a pie-eating contest and the election of the Herring Queen, who may be of any age or gender.",
            ),
            (
                "Notable residents",
                "Old Benna the netmaker (see Book 2); the smuggler Corin Lathe; the lighthouse keeper's daughter Mags, who appears in the short story collection.",
            ),
            (
                "Behind the scenes",
                "The author has said in interviews that Dunmarrow is loosely based on the fishing villages of her childhood holidays.",
            ),
        ],
    ),
    (
        "Ilse Varrow",
        "character",
        [
            (
                "Overview",
                "Captain Ilse Varrow is a major character in the Sundered Isles series, a privateer turned reluctant admiral of the Free Fleet.",
            ),
            (
                "Appearance",
                "Varrow is described as tall and weather-beaten, with a white streak in her dark hair and a limp from an old harpoon wound. She wears her late brother's coat, several sizes too big.",
            ),
            (
                "Biography",
                "Born in Aubel shortly before its drowning, she grew up on the decks of her uncle's cutter. She rose to fame during the Reed Wars for the siege of Dunmarrow, which she later called the worst mistake of her life. In Book 3 she returns to the town to make amends.",
            ),
            (
                "Personality",
                "Gruff, loyal and impatient, with a dry sense of humour. She hates ceremony, cannot swim, and keeps a very old cat named Admiral on board her flagship.",
            ),
            (
                "Relationships",
                "Her rivalry with the harbourmaster Teodor Brisk drives much of Book 2. Fans debate whether their final conversation on the pier is a reconciliation.",
            ),
            (
                "Trivia",
                "Varrow's cat was added in the second draft after the author's editor said the character 'needed something to be soft about'.",
            ),
        ],
    ),
    (
        "The Reed Wars",
        "event",
        [
            (
                "Overview",
                "The Reed Wars were a series of conflicts between the island confederacies over the fishing grounds of the Reedmere, lasting roughly eleven years.",
            ),
            (
                "Causes",
                "A failed harvest, a disputed marriage treaty and the silting of the Reedmere channel all contributed. In-universe historians disagree on which mattered most.",
            ),
            (
                "Major battles",
                "The siege of Dunmarrow; the Battle of the Shallows, fought in water so low that ships ran aground mid-battle; the winter blockade of Aubel Reach.",
            ),
            (
                "Aftermath",
                "The wars ended with the Treaty of Salt, which divided the fishing grounds by a line of marker buoys that are still maintained in the present-day chapters.",
            ),
        ],
    ),
]


def _make_fantasy_wiki(rng: random.Random) -> str:
    title, kind, secs = pick(rng, FWIKI_PAGES)
    wiki = pick(rng, ["Sundered Isles Wiki", "The Isles Compendium", "SunderedWiki"])
    chosen = [secs[0]] + _b3_ordered(rng, secs[1:], 2, len(secs) - 1)
    box = {
        "settlement": f"Type: Town\nRegion: Northern Isles\nPopulation: c. {rng.randrange(2, 9)},000\nFirst appearance: Book {rng.randrange(1, 3)}, Chapter {rng.randrange(1, 20)}",
        "character": f"Status: {pick(rng, ['Alive', 'Alive (as of Book 4)', 'Unknown'])}\nAffiliation: Free Fleet\nFirst appearance: Book 1, Chapter {rng.randrange(2, 12)}",
        "event": f"Date: Third Age {rng.randrange(210, 260)}-{rng.randrange(261, 280)}\nResult: Treaty of Salt",
    }[kind]
    out = [f"{title} | {wiki} | Fandom", box] + [f"{h}\n{t}" for h, t in chosen]
    out.append(
        pick(
            rng,
            [
                "Categories: Locations · Northern Isles · Book 1",
                "Categories: Characters · Free Fleet · Captains",
                "Categories: History · Conflicts",
                f"This page was last edited on {_b3_date(rng)}.",
            ],
        )
    )
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 25. Maths Q&A site (stack-exchange style). Medium.
# ---------------------------------------------------------------------------

MATHQA_QS = [
    (
        "Why is 0.999... equal to 1?",
        "My teacher says 0.999 repeating is exactly 1 but that seems wrong, surely it's always just a tiny bit less? Is there a proof that doesn't just assume the answer?",
        [
            "Let $x = 0.999\\ldots$. Then $10x = 9.999\\ldots$, and subtracting gives $9x = 9$, so $x = 1$. If that feels like a trick, here's another way: if two real numbers are different, there's a number strictly between them (their average, for instance). What number lies between $0.999\\ldots$ and $1$? There isn't one, so they're the same number.",
            "The key is what the notation *means*. $0.999\\ldots$ is defined as the limit of the sequence $0.9, 0.99, 0.999, \\ldots$, and that limit is exactly $1$. The feeling that it's 'always a bit less' is true of every term in the sequence, but not of the limit.",
            "$1/3 = 0.333\\ldots$. Multiply both sides by 3.",
        ],
    ),
    (
        "How do I find the sum 1 + 2 + ... + n without adding them all?",
        "Doing homework and I need the sum of the first 200 whole numbers. Adding them one by one is taking forever. Is there a formula?",
        [
            "Write the sum forwards and backwards and add: $(1 + n) + (2 + (n-1)) + \\ldots$ gives $n$ pairs each summing to $n+1$, which is twice the sum. So $1 + 2 + \\cdots + n = \\frac{n(n+1)}{2}$. For $n = 200$ that's $20100$.",
            "There's a famous (possibly embellished) story that Gauss worked this out as a schoolboy when his teacher set the class this exact problem to keep them busy. Same trick as the answer above.",
            "You can also prove it by induction, which is worth learning because the same technique proves the formulas for sums of squares and cubes.",
        ],
    ),
    (
        "Probability of at least one six in four rolls of a die?",
        "I thought it would be 4 × 1/6 = 2/3 but my friend says that's wrong. Who's right?",
        [
            "Your friend. Adding probabilities only works for events that can't happen together, and here you can roll two sixes. Easier to compute the complement: the chance of *no* six in four rolls is $(5/6)^4 = 625/1296$, so the chance of at least one is $1 - 625/1296 = 671/1296 \\approx 0.518$.",
            "Quick sanity check on why $4 \\times 1/6$ can't be right: with seven rolls the same method would give $7/6$, a probability greater than 1.",
            "Fun fact, this is the exact bet the gambler Chevalier de Méré asked Pascal about in the 1650s, which kicked off a lot of probability theory.",
        ],
    ),
    (
        "Is there a quick way to check if a number is divisible by 3?",
        "I've heard you can add the digits? Does that always work and why?",
        [
            "Yes: a number is divisible by 3 exactly when the sum of its digits is. The reason is that $10 \\equiv 1 \\pmod 3$, so every power of ten is also $\\equiv 1$, and a number like $4725 = 4\\cdot 1000 + 7\\cdot 100 + 2\\cdot 10 + 5$ is congruent to $4 + 7 + 2 + 5$ mod 3.",
            "Same trick works for 9, for the same reason. For 11, alternate the signs: add and subtract digits in turn.",
            "You can apply it repeatedly: $4725 \\to 18 \\to 9$, divisible by 3 (and 9).",
        ],
    ),
]


def _make_math_qa(rng: random.Random) -> str:
    title, body, answers = pick(rng, MATHQA_QS)
    asker = _b3_user(rng)
    out = [
        title,
        f"Asked {rng.randrange(2, 11)} years ago · Viewed {rng.randrange(900, 90000):,} times",
        typos(rng, body, 0.02),
        f"{pick(rng, ['elementary-number-theory', 'probability', 'sequences-and-series', 'algebra-precalculus'])} "
        f"{pick(rng, ['proof-explanation', 'arithmetic', 'summation', 'dice'])}",
        f"asked by {asker}",
    ]
    if rng.random() < 0.4:
        out.append(
            f"Comment: {pick(rng, ['Welcome! Please show what you have tried so far.', 'Related: several older questions cover this, but the answers here are good.', 'Good question, this trips up a lot of people.'])} – {_b3_user(rng)}"
        )
    ans = sample(rng, answers, rng.randint(2, 3))
    out.append(f"{len(ans)} Answers · Sorted by: Highest score")
    for i, a in enumerate(ans):
        score = rng.randrange(3, 400) // (i + 1)
        tick = " ✓ Accepted" if i == 0 and rng.random() < 0.7 else ""
        out.append(f"{score}{tick}\n{a}\nanswered by {_b3_user(rng)}")
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 26. Documentation for an ordinary date-parsing / CSV library. Medium.
# ---------------------------------------------------------------------------

LIBDOC_PAGES = {
    "dates": (
        "whenish",
        [
            "## Installation\n\n```\npip install whenish\n```\n\nRequires Python 3.9 or newer. No other dependencies.",
            '## Quick start\n\n```python\nfrom whenish import parse\n\nparse("3 March 2024")          # date(2024, 3, 3)\nparse("next tuesday", today=date(2024, 3, 3))  # date(2024, 3, 5)\nparse("2024-03-03T14:30")       # datetime(2024, 3, 3, 14, 30)\n```',
            "## Ambiguous dates\n\nIs `03/04/2024` the 3rd of April or the 4th of March? By default `parse` raises `AmbiguousDateError` rather than guessing. Pass `dayfirst=True` or `dayfirst=False` to decide, or set `whenish.settings.dayfirst` once for your whole program.",
            "## Relative expressions\n\nSupported phrases include `today`, `tomorrow`, `yesterday`, `next <weekday>`, `last <weekday>`, `in N days/weeks/months` and `N days ago`. Relative dates are computed from the `today` argument, which defaults to the local date. `next friday` on a Friday means a week later, not today.",
            "## Time zones\n\nStrings with an explicit offset (`+01:00`, `Z`) return aware datetimes. Strings without one return naive datetimes unless you pass `tz=`. Named zones like `Europe/Lisbon` are resolved with the standard library's `zoneinfo`.",
            "## Errors\n\n- `UnparseableDateError`: the string did not look like a date at all.\n- `AmbiguousDateError`: more than one reading was possible.\n- `ValueError`: the string looked like a date but was impossible, e.g. `31 February`.",
            "## FAQ\n\n**Why doesn't it understand 'the day after the first Monday in June'?** Because that way lies madness. We deliberately support a small, predictable set of phrases.\n\n**Is it fast?** Fast enough for parsing user input and config files. For millions of ISO timestamps, use `datetime.fromisoformat`, which is much faster.",
        ],
    ),
    "csv": (
        "tidycsv",
        [
            "## Installation\n\n```\npip install tidycsv\n```",
            '## Reading a file\n\n```python\nimport tidycsv\n\nrows = tidycsv.read("orders.csv")\nfor row in rows:\n    print(row["customer"], row["total"])\n```\n\n`read` sniffs the delimiter (comma, semicolon, tab or pipe) and the encoding, and strips the byte-order mark that some spreadsheet programs add.',
            '## Column types\n\nBy default every value is a string. Pass `types={"total": float, "qty": int}` to convert columns as they are read. Empty cells become `None` rather than raising, unless you pass `strict=True`.',
            "## Messy headers\n\nReal-world files often have headers like ` Order ID `, `order_id` and `OrderId` in the same folder. With `normalize_headers=True` all of these become `order_id`. Duplicate headers get a numeric suffix (`notes`, `notes_2`) instead of silently overwriting each other.",
            '## Writing\n\n```python\ntidycsv.write("out.csv", rows, columns=["customer", "total"])\n```\n\nValues containing the delimiter, quotes or newlines are quoted correctly. Use `excel=True` to write a UTF-8 BOM so that spreadsheet programs detect the encoding.',
            "## Large files\n\n`tidycsv.stream(path)` yields rows one at a time without loading the whole file. Memory use stays flat regardless of file size. Combine it with `types=` to convert on the fly.",
            "## Command line\n\n```\ntidycsv head orders.csv -n 5\ntidycsv cols orders.csv\ntidycsv convert orders.csv --to tsv\n```",
            "## Changelog\n\n**2.3.0**: added `excel=True`. **2.2.1**: fixed a crash on files ending without a newline. **2.2.0**: `normalize_headers` now handles non-breaking spaces.",
        ],
    ),
}


def _make_library_docs(rng: random.Random) -> str:
    key = pick(rng, list(LIBDOC_PAGES))
    name, secs = LIBDOC_PAGES[key]
    ver = f"{rng.randrange(1, 4)}.{rng.randrange(0, 9)}.{rng.randrange(0, 5)}"
    blurb = {
        "dates": "parses the dates humans actually write",
        "csv": "reads and writes CSV files the way you wish the standard library did",
    }[key]
    out = [
        f"# {name}",
        f"{name} {blurb}. Version {ver}. " + pick(rng, ["MIT licensed.", "BSD-3-Clause.", "Apache-2.0."]),
    ]
    out += [secs[0]] + _b3_ordered(rng, secs[1:], 3, len(secs) - 1)
    if rng.random() < 0.5:
        out.append(
            pick(
                rng,
                [
                    "## Contributing\n\nBug reports and pull requests welcome. Please include a failing example.",
                    f"Docs built {_b3_date(rng, 2021, 2024)}. Edit this page on GitHub.",
                ],
            )
        )
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 27. Transit service alerts. Short.
# ---------------------------------------------------------------------------

TRANSIT_ALERTS = [
    "Route {r}: Detour in effect {when} due to a water main repair on {street}. Buses will use {street2} between {a} and {b}. Stops on {street} in that section are temporarily closed; please use the temporary stops marked with yellow flags.",
    "{line} Line: Trains are running with delays of up to 15 minutes after an earlier signal problem near {a}. Tickets will be accepted on local buses between {a} and {b} until further notice.",
    "Elevator out of service at {a} station (street to concourse). Step-free access is available at {b}, two stops away. Estimated return to service: {when}.",
    "Route {r}: Weekend service will run every 20 minutes instead of every 12 from {when} while we complete track work on the {line} Line. Plan extra time.",
    "Reminder: the {line} Line will not stop at {a} on {when} due to the marathon. Use {b} instead. Bring your patience and maybe a snack.",
    "UPDATE: The earlier disruption on Route {r} has cleared. Buses are returning to their regular schedule, though some trips may still be running a few minutes late.",
    "Snow plan in effect: Routes {r} and {r2} are on snow routing and will not serve the hill section of {street}. Real-time arrival info may be inaccurate today.",
]


def _make_transit_alerts(rng: random.Random) -> str:
    slots = dict(
        r=str(rng.randrange(2, 99)),
        r2=str(rng.randrange(100, 140)),
        line=pick(rng, ["Red", "Blue", "Harbour", "Orange", "Riverside"]),
        street=pick(rng, ["Main St", "Kellogg Ave", "Harbor Blvd", "5th Street"]),
        street2=pick(rng, ["Elm St", "Market St", "Mill Rd"]),
        a=pick(rng, ["Union Square", "Pearl St", "Civic Center", "Maple Ave"]),
        b=pick(rng, ["Riverside", "College Park", "Depot St", "Fairgrounds"]),
        when=pick(
            rng,
            [
                "this weekend",
                f"{pick(rng, B3_DAYS)} {rng.randrange(1, 28)} {pick(rng, B3_MONTHS)}",
                "until further notice",
                "from 9pm tonight until 5am",
            ],
        ),
    )
    n = rng.randint(1, 2)
    out = [
        pick(
            rng,
            [
                "Service Alert",
                "⚠️ Service change",
                "Rider alert",
                f"@{pick(rng, B3_TOWNS).replace(' ', '')}Transit",
            ],
        )
    ]
    out += [a.format(**slots) for a in _b3_some(rng, TRANSIT_ALERTS, n, n)]
    if rng.random() < 0.4:
        out.append(
            pick(
                rng,
                [
                    "Posted 7:42 AM",
                    "Updated 2 hours ago",
                    "Sign up for text alerts at the transit website.",
                    "We apologise for the inconvenience.",
                ],
            )
        )
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 28. Auction house catalogue lots. Medium.
# ---------------------------------------------------------------------------

AUCT_LOTS = [
    (
        "A Victorian mahogany tea caddy",
        "of sarcophagus form, the hinged lid enclosing two lidded compartments and a later glass mixing bowl, on brass lion-paw feet, 31cm wide.",
        "Provenance: by descent in a {town} family.",
        (80, 120),
    ),
    (
        "A pair of Staffordshire flatback spaniels",
        "with gilt collars and painted liver-and-white coats, 24cm high.",
        "Condition: one with a small chip to the ear, otherwise good.",
        (60, 90),
    ),
    (
        "A George III silver cream jug",
        "of helmet shape with a reeded handle, London 1798, maker's mark worn, approx. 4oz.",
        "Condition: minor dents to the body consistent with age and use.",
        (150, 250),
    ),
    (
        "A 1950s tinplate clockwork bus",
        "in red livery with lithographed passengers at the windows, with original key, 28cm long.",
        "Condition: playworn, mechanism working, some scratches to the roof.",
        (40, 60),
    ),
    (
        "A framed watercolour of {town} harbour",
        "by a local amateur, signed with initials and dated 1911, showing fishing boats at low tide, 25 x 36cm.",
        "Condition: foxing to the margins, not examined out of the frame.",
        (100, 150),
    ),
    (
        "An oak longcase clock",
        "with an eight-day movement striking on a bell, the painted dial with a rocking ship automaton, 215cm high.",
        "Condition: case with old repairs to the base; movement recently serviced.",
        (600, 900),
    ),
    (
        "A box of mixed costume jewellery",
        "including paste brooches, beaded necklaces, clip earrings and a cased set of enamel buttons.",
        "Sold as seen; not examined in detail.",
        (20, 40),
    ),
    (
        "A leather-bound family Bible",
        "dated 1862, the flyleaves inscribed with births, marriages and deaths of the {last} family over four generations.",
        "Condition: spine rubbed, hinges weak.",
        (30, 50),
    ),
    (
        "A set of six Edwardian dining chairs",
        "in walnut with drop-in seats upholstered in green velvet.",
        "Condition: one seat rail loose; velvet faded.",
        (120, 180),
    ),
]


def _make_auction_catalogue(rng: random.Random) -> str:
    town = pick(rng, B3_TOWNS)
    house = pick(
        rng,
        [
            f"{pick(rng, B3_LAST)} & {pick(rng, B3_LAST)} Auctioneers",
            f"{town} Salerooms",
            f"The {pick(rng, B3_LAST)} Auction Rooms",
        ],
    )
    lot0 = rng.randrange(1, 400)
    out = [
        house,
        f"{pick(rng, ['Antiques & Interiors', 'General Sale', 'Country House Contents', 'Collectors Sale'])} · {pick(rng, B3_DAYS[1:6])} {_b3_date(rng)} at 10am",
        pick(
            rng,
            [
                "Viewing: the day before 10am-4pm and morning of sale from 8.30am.",
                "Buyer's premium 24% incl. VAT. Online bidding available.",
                "",
            ],
        ),
    ]
    for i, (name, desc, cond, (lo, hi)) in enumerate(_b3_some(rng, AUCT_LOTS, 3, 6)):
        est = f"Estimate £{lo}-{hi}" if rng.random() < 0.7 else f"Est. £{lo} - £{hi}"
        out.append(
            f"Lot {lot0 + i}\n{name}, {desc.format(town=town, last=pick(rng, B3_LAST))}\n{cond.format(town=town)}\n{est}"
        )
    if rng.random() < 0.4:
        out.append(
            "Condition reports are provided as a courtesy and are not a guarantee. Prospective buyers should satisfy themselves as to the condition of any lot."
        )
    return paragraphs(out)


FAMILIES: list[Family] = [
    Family("bg3_magazine_feature_longform", "other", "magazine feature", "plain", _make_feature),
    Family("bg3_landlord_advice_thread", "other", "forum thread", "plain", _make_landlord_thread),
    Family("bg3_personal_essay_long", "other", "personal essay", "plain", _make_essay),
    Family("bg3_literary_family_excerpt", "other", "literary fiction", "plain", _make_lit_family),
    Family("bg3_war_novel_excerpt", "other", "war fiction", "plain", _make_war_novel),
    Family("bg3_fantasy_quest_chapter", "other", "fantasy web serial", "plain", _make_fantasy_quest),
    Family("bg3_western_story", "other", "western story", "plain", _make_western),
    Family("bg3_cozy_mystery_jam", "other", "cozy mystery", "plain", _make_cozy),
    Family("bg3_romance_flower_shop", "other", "romance fiction", "plain", _make_romance),
    Family("bg3_fanfic_hockey_bus", "other", "fan fiction", "plain", _make_fanfic_sports),
    Family("bg3_screenplay_family_dinner", "other", "screenplay", "plain", _make_screenplay_family),
    Family("bg3_poetry_blog", "other", "poetry blog", "plain", _make_poetry_blog),
    Family("bg3_small_claims_transcript", "other", "court transcript", "plain", _make_small_claims),
    Family("bg3_hansard_debate", "other", "parliamentary debate", "plain", _make_hansard),
    Family("bg3_football_live_blog", "other", "live blog", "plain", _make_live_blog),
    Family("bg3_science_explainer", "other", "science explainer", "plain", _make_science_explainer),
    Family("bg3_patient_leaflet", "other", "patient leaflet", "plain", _make_leaflet),
    Family("bg3_course_page", "other", "course page", "plain", _make_course_page),
    Family("bg3_museum_labels", "other", "museum label", "plain", _make_museum_labels),
    Family("bg3_trail_guide", "other", "trail guide", "plain", _make_trail_guide),
    Family("bg3_car_review", "other", "car review", "plain", _make_car_review),
    Family("bg3_game_walkthrough", "other", "game walkthrough", "plain", _make_walkthrough),
    Family("bg3_market_wrap", "other", "financial news", "plain", _make_market_wrap),
    Family("bg3_fantasy_world_wiki", "other", "fan wiki", "plain", _make_fantasy_wiki),
    Family("bg3_math_qa", "other", "Q&A site", "plain", _make_math_qa),
    Family("bg3_library_docs", "other", "software documentation", "plain", _make_library_docs),
    Family("bg3_transit_alerts", "other", "service alert", "plain", _make_transit_alerts),
    Family("bg3_auction_catalogue", "other", "auction catalogue", "plain", _make_auction_catalogue),
]
