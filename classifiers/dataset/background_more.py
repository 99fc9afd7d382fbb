"""Second batch of plain `other` families: ordinary web text with nothing to do with AI.

Weighted towards the shapes a bag-of-words classifier confuses with fiction or discourse: transcripts and
dialogue (school board minutes, call-in radio, press conferences, podcasts, oral histories, support chats,
toasts, eulogies), narrative (short stories, bedtime stories, fables, memoir, human-interest news) and talk
about fiction (film capsules, cooking-show recaps, theatre reviews, soap-opera forums, book posts, tabletop
session recaps), plus everyday web pages. Every family owns its banks (constants prefixed with a short form of
the family name, or locals); only lists of single words or names are shared.
"""

from __future__ import annotations

import random

from classifiers.dataset.families import Family, fill, paragraphs, pick, sample, typos

# Shared single-word lists (allowed to cross families).
B2_FIRST = [
    "Doreen", "Arturo", "Keisha", "Boyd", "Lucinda", "Ezra", "Marisol", "Clint", "Yvonne", "Desmond",
    "Tamsin", "Hector", "Nadia", "Russell", "Bernadette", "Malik", "Gwen", "Otis", "Paloma", "Stuart",
    "Imani", "Leland", "Rhoda", "Vikram", "Cora", "Jasper", "Wanda", "Emeka", "Birdie", "Felix",
    "Annika", "Rocco", "Suzette", "Dwayne", "Lorna", "Teodor", "Shonda", "Gus", "Marguerite", "Amir",
]
B2_WOMEN = ["Doreen", "Lucinda", "Marisol", "Yvonne", "Tamsin", "Nadia", "Bernadette", "Gwen", "Rhoda", "Cora",
            "Wanda", "Annika", "Suzette", "Lorna", "Marguerite", "Imani", "Paloma", "Keisha"]
B2_MEN = ["Arturo", "Boyd", "Ezra", "Clint", "Desmond", "Hector", "Russell", "Malik", "Otis", "Stuart", "Leland",
          "Vikram", "Jasper", "Emeka", "Felix", "Rocco", "Dwayne", "Teodor", "Gus", "Amir"]
B2_LAST = [
    "Pruitt", "Okonkwo", "Szabo", "Fairweather", "Lindgren", "Achebe", "Castellano", "Wojcik", "Hartley",
    "Mbeki", "Tran", "Galloway", "Esposito", "Rourke", "Nakamura", "Figueroa", "Bellweather", "Kovac",
    "Ashby", "Quintero", "Dunleavy", "Petrakis", "Oyelaran", "Strand", "McAllister", "Varga", "Boateng",
    "Holm", "Sandoval", "Whitcombe",
]
B2_TOWNS = [
    "Wickham Ford", "Alder Springs", "East Torrance", "Bramble Hill", "Sutter's Landing", "Halvorsen",
    "New Caddo", "Pelham Crossing", "Rook Valley", "Tillery", "Marsh Point", "Quarry Heights", "Belden",
    "Fox Run", "Lower Ashby", "Cobb's Mill", "Saltmarsh", "Graniteville", "Juniper Flats", "Kettle Lake",
]
B2_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
B2_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
B2_HANDLE = ["moss", "kettle", "pike", "juniper", "corgi", "static", "button", "larch", "tinker", "drizzle",
             "gravel", "marble", "fennel", "pepper", "lantern", "hollow", "bramble", "sparrow", "basalt", "tulip"]


def _who(rng: random.Random) -> str:
    return f"{pick(rng, B2_FIRST)} {pick(rng, B2_LAST)}"


def _user(rng: random.Random) -> str:
    a, b = pick(rng, B2_HANDLE), pick(rng, B2_HANDLE)
    return pick(rng, [f"{a}_{b}", f"{a}{b.capitalize()}{rng.randrange(2, 99)}", f"{pick(rng, B2_FIRST).lower()}_{a}",
                      f"xX{a}Xx", f"{a}.{b}.{rng.randrange(1960, 2005)}"])


def _day(rng: random.Random, lo: int = 2015, hi: int = 2024) -> str:
    return f"{pick(rng, B2_MONTHS)} {rng.randrange(1, 29)}, {rng.randrange(lo, hi + 1)}"


def _some(rng: random.Random, options, lo: int, hi: int) -> list:
    return sample(rng, options, rng.randint(lo, hi))


def _ordered(rng: random.Random, options, lo: int, hi: int) -> list:
    """A random-sized subset of `options` that keeps their original order."""
    keep = set(rng.sample(range(len(options)), min(len(options), rng.randint(lo, hi))))
    return [o for i, o in enumerate(options) if i in keep]


# ---------------------------------------------------------------------------
# School board meeting minutes with a parent Q&A section.
# ---------------------------------------------------------------------------

SCHOOLBD_RECOGNITIONS = [
    "The Board recognized the {school} Middle School 'Odyssey of the Mind' team, which placed second at the state tournament with a balsa-wood bridge that held 212 pounds.",
    "Custodian {name} was honored for 30 years of service. Principal {other} noted that {first} has personally repainted the gym lines every August since 1994.",
    "The Board congratulated the {school} High School girls' cross-country team on its first regional title. Coach {other} thanked the parents who drove the team bus route when the district was short two drivers.",
    "Third-grade teacher {name} received the county Golden Apple award. Several former students, now in high school, attended and read short letters.",
    "Members of the {school} Elementary student council presented a check for $1,340 raised through a read-a-thon for the county animal shelter.",
    "The Board thanked food service director {name}, whose team served 41,000 summer meals at six park sites.",
    "Senior {name} was recognized as a National Merit finalist and plans to study agricultural engineering in the fall.",
]
SCHOOLBD_SUPT = [
    "Enrollment as of the October count is {enr}, up {up} students from last year, with most of the growth in kindergarten.",
    "The roof replacement at {school} Elementary finished two weeks ahead of schedule and about $18,000 under budget.",
    "Bus route 7 will be split into two shorter routes beginning {month}; affected families will receive a letter and a phone call.",
    "The district received a state grant of $96,000 for a literacy coach position shared between the two elementary buildings.",
    "Attendance in grades 9 through 12 is at 91.4 percent; chronic absence remains a concern at the high school and the attendance team is making home visits.",
    "HVAC work at the middle school caused two early dismissals in September. The contractor has agreed to do the remaining work on weekends.",
    "The superintendent reminded members that the community budget workshop is set for {month} in the high school library, with childcare provided.",
    "The new student information system goes live over winter break. Parent portal passwords will be reset and new instructions sent home.",
]
SCHOOLBD_QA = [
    ("{parent}, parent of a fourth grader, asked why recess was shortened to 20 minutes at {school} Elementary.",
     "Principal {other} responded that the bell schedule change added reading intervention time, but the building team will revisit recess length in January after looking at behavior referral data."),
    ("{parent} asked whether the district plans to replace the bleachers at the football field, which she said wobble when the student section stands.",
     "The business manager said the bleachers passed inspection in August but are on the five-year capital plan. He invited her to walk through the facility report with him."),
    ("A resident of {street} asked about buses idling outside the middle school for up to twenty minutes.",
     "The transportation supervisor said drivers have been reminded of the five-minute idling policy and that she would personally check the afternoon line this week."),
    ("{parent} asked if the high school would bring back the auto shop elective.",
     "The superintendent said the space is currently used for storage and that a proposal to reopen it with a shared instructor from the career center is being costed. Member {member} said she strongly supports it."),
    ("{parent} raised concerns about the amount of homework in seventh-grade math, saying her son spends over an hour most nights.",
     "The curriculum director said the math department's guideline is 20 to 30 minutes and asked the parent to contact the teacher directly; she will also raise it at the next department meeting."),
    ("A grandparent, {parent}, asked why the lunch line at the high school takes so long that students have eleven minutes to eat.",
     "Food service staff are piloting a second point-of-sale station and a grab-and-go cart starting next month. The Board asked for an update in two meetings."),
    ("{parent} asked whether the district will keep the late bus for students in after-school clubs.",
     "The superintendent confirmed the late bus will continue through June. Funding beyond that depends on the budget vote."),
    ("{parent}, a band parent, asked whether the music department could get new sousaphones, noting two are held together with tape.",
     "Member {member} laughed and said she had seen the tape herself. The director of fine arts said an instrument inventory is being prepared for the spring budget."),
    ("{parent} thanked the district for the new crosswalk on {street} and asked that a crossing guard be added in the mornings.",
     "The superintendent said the village police department handles crossing guards and that he would forward the request to the chief."),
    ("A teacher, {parent}, asked the Board to consider moving the spring parent conferences so they do not fall on the same week as state testing.",
     "Board President {president} said calendar changes go through the calendar committee and invited her to join it."),
]
SCHOOLBD_ACTIONS = [
    "Motion by {m1}, second by {m2}, to approve the consent agenda including the minutes of the {month} regular meeting, the treasurer's report, and the list of bills. Carried {v}.",
    "Motion by {m1}, second by {m2}, to accept the resignation of {name}, high school Spanish teacher, for the purpose of retirement, with thanks for 27 years of service. Carried {v}.",
    "Motion by {m1}, second by {m2}, to approve the overnight field trip of the eighth grade to the state capital on the dates recommended. Carried {v}.",
    "Motion by {m1}, second by {m2}, to award the milk and dairy bid to Hillcrest Farms Dairy as the lowest responsible bidder. Carried {v}.",
    "Motion by {m1}, second by {m2}, to adopt the revised policy 5131 (Student Conduct on School Buses) on second reading. After discussion of the cell phone clause, carried {v}.",
    "Motion by {m1}, second by {m2}, to appoint {name} as varsity girls' basketball coach, stipend per contract. Carried {v}.",
    "Motion by {m1}, second by {m2}, to approve the surplus declaration of 140 student desks and two 2009 passenger vans. Carried {v}.",
    "Motion by {m1}, second by {m2}, to table the proposed change to the graduation dress code until the student representatives can survey the senior class. Carried {v}.",
]


def _make_school_board(rng: random.Random) -> str:
    district = pick(rng, B2_TOWNS)
    school = pick(rng, ["Lincoln", "Riverside", "Hawthorne", "Meadowbrook", "Cedar", "Franklin", district.split()[0]])
    members = [pick(rng, B2_FIRST) + " " + s for s in sample(rng, B2_LAST, 5)]
    president = members[0]
    month = pick(rng, B2_MONTHS)
    street = pick(rng, ["Orchard Street", "Mill Road", "Academy Avenue", "Depot Street", "Church Hill Road"])

    def slots():
        return dict(school=school, name=_who(rng), other=pick(rng, B2_LAST), first=pick(rng, B2_FIRST),
                    enr=f"{rng.randrange(1400, 4200):,}", up=str(rng.randrange(12, 90)), month=month,
                    parent=_who(rng), street=street, member=pick(rng, members).split()[-1], president=president)

    absent = rng.random() < 0.4
    out = [
        pick(rng, [f"{district.upper()} CENTRAL SCHOOL DISTRICT\nBoard of Education — Regular Meeting Minutes",
                   f"Minutes of the Regular Meeting of the {district} Board of Education",
                   f"{district} Unified School District | Board Minutes (unapproved draft)"]),
        f"{pick(rng, B2_DAYS[:4])}, {_day(rng, 2016, 2024)}, {pick(rng, ['High School Library', 'District Office Board Room', f'{school} Elementary Cafeteria'])}",
        f"Members present: {', '.join(members[:4] if absent else members)}. "
        + (f"Absent: {members[4]}. " if absent else "")
        + f"Also present: Superintendent {_who(rng)}; District Clerk {_who(rng)}; student representative {pick(rng, B2_FIRST)} {pick(rng, B2_LAST)}.",
        f"1. CALL TO ORDER. President {president} called the meeting to order at {rng.randrange(6, 8)}:{rng.choice(['00', '02', '04', '30'])} p.m. and led the Pledge of Allegiance.",
    ]
    rec = [fill(rng, r, **{k: v for k, v in slots().items()}) for r in _some(rng, SCHOOLBD_RECOGNITIONS, 1, 3)]
    out.append("2. RECOGNITIONS.\n" + "\n".join(f"- {r}" for r in rec))
    sup = [s.format(**slots()) for s in _some(rng, SCHOOLBD_SUPT, 2, 5)]
    out.append("3. SUPERINTENDENT'S REPORT.\n" + "\n".join(f"- {s}" for s in sup))
    qa = _some(rng, SCHOOLBD_QA, 2, 5)
    lines = []
    for q, a in qa:
        s = slots()
        lines.append(f"Q: {q.format(**s)}\nA: {a.format(**s)}")
    out.append("4. PUBLIC PARTICIPATION / QUESTIONS FROM THE AUDIENCE. " + pick(rng, [
        "The President reminded speakers of the three-minute limit.",
        "Eleven people signed in; five chose to speak.",
        "The Board does not deliberate during this portion but staff may answer factual questions.",
    ]) + "\n\n" + "\n\n".join(lines))
    votes = []
    for act in _some(rng, SCHOOLBD_ACTIONS, 2, 5):
        m1, m2 = sample(rng, members, 2)
        n = 4 if absent else 5
        v = pick(rng, [f"{n}-0", f"{n}-0", f"{n - 1}-1"])
        votes.append(act.format(m1=m1.split()[-1], m2=m2.split()[-1], month=month, name=_who(rng), v=v))
    out.append("5. ACTION ITEMS.\n" + "\n".join(f"{chr(97 + i)}. {v}" for i, v in enumerate(votes)))
    if rng.random() < 0.5:
        out.append("6. BOARD COMMENTS. " + pick(rng, [
            f"Member {members[2].split()[-1]} encouraged everyone to attend the spring musical, which she called the best in years.",
            f"Member {members[1].split()[-1]} asked that future agendas be posted by Friday noon so working parents can read them over the weekend.",
            "The student representative reported that the senior class has raised enough for the prom venue and thanked the PTO for the bake sale table.",
        ]))
    out.append(f"ADJOURNMENT. Motion to adjourn at {rng.randrange(8, 10)}:{rng.randrange(10, 59)} p.m. carried. Respectfully submitted, {_who(rng)}, District Clerk.")
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Call-in radio show transcripts: a gardening hour and a car-repair hour.
# ---------------------------------------------------------------------------

CALLIN_SHOWS = {
    "garden": {
        "names": ["Dirt Under the Nails", "The Saturday Garden Line", "Grow It Yourself Radio"],
        "intro": [
            "Good morning and welcome back to {show}. It's a gray one out there but the soil's finally workable, and the phone lines are already lit up. My name's {host}, and we are here till noon to answer anything that grows.",
            "You're listening to {show} on {station}. I'm {host}, coffee's hot, and the lines are open. If something in your yard is yellow, wilting, or getting eaten, give us a call.",
        ],
        "calls": [
            ("Hi, yes, I've got tomatoes, and the bottoms of the fruit are going black and leathery. The plants look great otherwise.",
             "That's blossom end rot, and the good news is it's not a disease. It's a calcium problem, but almost always the calcium is there in the soil and the plant just can't move it because the watering is uneven. Mulch those plants deep, water long and slow twice a week instead of a sprinkle every day, and pick off the damaged fruit. The new ones should come in clean."),
            ("My hydrangeas were blue when I bought them and now they're this sort of muddy pink. Did I do something wrong?",
             "You didn't do anything wrong, your soil did. Bigleaf hydrangeas change color depending on how acidic the soil is. Nurseries grow them in acidic mix, so they're blue, and then they meet your sweet clay soil and go pink. You can add garden sulfur in spring and use rainwater instead of hose water, but honestly, fighting your soil is a long war. Some folks just learn to love the pink."),
            ("There's something eating my hostas at night, they look like lace by morning.",
             "Slugs, almost certainly. Go out after dark with a flashlight, you'll see them. A shallow dish of cheap beer sunk to the rim works. Copper tape on pots works. And clean up the boards and wet leaves near the bed, that's where they're spending the day. Ducks work too, if you're in the mood to get ducks."),
            ("When should I prune my lilac? My neighbor says fall and my mother says never.",
             "Your mother's closer. Lilacs bloom on last year's wood, so if you prune in fall you're cutting off next spring's flowers. Right after they finish blooming, within a few weeks, that's the window. Take out a few of the oldest, thickest canes down at the ground each year and it'll stay young."),
            ("I planted garlic last October and the leaves are turning yellow at the tips. Should I be worried?",
             "What time of year is it, late June? Then no, that's the garlic telling you it's nearly ready. When about a third of the leaves have browned, dig one up and look. If the cloves fill out the wrapper, pull them all and hang them somewhere airy for a few weeks."),
            ("My lawn has these big brown patches and when I pull on the grass it comes up like a carpet.",
             "Oh, that's grubs. The beetle larvae eat the roots and the turf just lifts off. Peel back a square foot and count. If you find more than ten or so, it's worth treating. Beneficial nematodes in late summer are a good option if you have pets and kids running around out there."),
            ("I have a fig tree in a pot that I bring into the garage over winter. This year it's dropping all its leaves in the garage. Is it dead?",
             "It's asleep. A fig going dormant drops its leaves, that's exactly what you want in an unheated garage. Give it a drink about once a month so the roots don't dry out completely and bring it back out after your last frost. Scratch the bark with your thumbnail in March, if it's green underneath, you're fine."),
            ("We moved into a house with a huge patch of mint that's taking over everything. How do I get rid of it?",
             "Whoever planted mint in the ground did you no favors. Dig out as much root as you can, every little white runner, and then keep at it. Every time a new shoot comes up, pull it. It takes a season or two. And next time, grow it in a pot, and keep the pot on the patio, not on the soil."),
        ],
        "banter": [
            "Before we go to the next call, a reminder that the county extension plant sale is Saturday at the fairgrounds. Get there early, the heirloom peppers go fast.",
            "I should say, I am looking out the studio window at my own tomatoes in a bucket and they are not an advertisement for my advice this year.",
            "We got an email from a listener who said she tried the eggshells-for-calcium thing for twenty years, and I'm going to gently say: eggshells are fine in the compost, but they break down slowly.",
        ],
        "close": "That's the hour. Get out there, get your hands dirty, and call us next Saturday with whatever's eating your beans.",
        "caller_tail": ["Oh, thank you so much.", "Okay, I'll try the beer thing. My husband will be thrilled.", "That makes sense. Thanks.", "Great, I'll let you go."],
    },
    "car": {
        "names": ["Grease Monkey Hour", "Shade Tree Radio", "Ask the Garage"],
        "intro": [
            "Welcome to {show}. I'm {host}, I've been turning wrenches for thirty-one years, and my brother-in-law is sitting across from me pretending he hasn't. Lines are open. Tell us what it's doing and what it sounds like.",
            "This is {show} on {station}, the only radio program where you are allowed to make engine noises on the air. I'm {host}. Let's go to the phones.",
        ],
        "calls": [
            ("Yeah, I've got a 2011 pickup with about 160,000 on it, and when I first start it in the morning there's a squeal for about thirty seconds and then it goes away.",
             "Thirty seconds and then it quits, in the cold. That's your serpentine belt, or the tensioner that holds it tight. Open the hood and look at the belt, if it's shiny and glazed on the ribbed side or cracked, replace it, it's about a forty-dollar part. While you're in there, grab the tensioner pulley and spin it. If it growls, do that too."),
            ("My car pulls to the right, but only when I hit the brakes. Driving straight it's fine.",
             "Only under braking, okay. That tells me it's not alignment. Most likely a caliper on the left front is sticking, so the right side is doing more of the work. Could also be a collapsed brake hose. Either way, get it looked at this week, not next month. Brakes are not a wait-and-see item."),
            ("I've got a smell of maple syrup in the cabin when the heater is on. My wife says I'm imagining it.",
             "You are not imagining it and you should tell her I said so. Sweet smell with the heat on is coolant, and when it's inside the cabin, that's usually a leaky heater core. Check the passenger floor mat for dampness and look for a greasy film on the inside of the windshield. Check your coolant level, too. Don't let it run low."),
            ("The check engine light came on after I got gas, and the car drives completely normal.",
             "First question, did you click the gas cap until it clicked? A loose cap is the number one reason for that light after a fill-up. Tighten it, drive for a few days, and it'll often go out by itself. If it doesn't, most parts stores will read the code for free. Write the code down and call us back."),
            ("I bought my daughter a used sedan and it makes a clunk going over speed bumps in the front end.",
             "A clunk over bumps, front end. My money's on sway bar end links, they're the cheapest thing on the suspension and the first to go. Could be a strut mount. Have someone bounce the front while you listen with your head in the wheel well. Cheap fix if it's the links, maybe a Saturday morning and two sodas."),
            ("Every time I turn the wheel all the way, like in a parking lot, there's a clicking, click click click.",
             "That's your CV joint, the constant-velocity joint at the end of the axle. The rubber boot tears, the grease flings out, dirt gets in and it starts to click on tight turns. Look behind the front wheels for grease spray. You can usually buy a whole new axle for less than rebuilding the joint."),
            ("My battery keeps dying if I don't drive the car for a few days. I've replaced the battery already.",
             "Something's drawing power with the key off. Glove box light, trunk light, an aftermarket stereo that somebody wired straight to the battery. A shop can do a parasitic draw test, pulling fuses one at a time with a meter hooked up. Or if you're handy, that's a good rainy afternoon project."),
            ("I was told I need all four tires but only two of them look worn. Is that a scam?",
             "Depends on the car. On an all-wheel-drive car, a lot of manufacturers want all four tires within a few thirty-seconds of an inch of tread, or you can hurt the center differential. On a front-wheel-drive sedan, two is fine. Put the new pair on the back, by the way. People always argue with me on that one."),
        ],
        "banter": [
            "Quick note, we got six emails last week about the guy whose muffler fell off on the interstate. He's fine. The muffler is now a planter.",
            "Remember, we can diagnose a lot over the radio, but we can't see your car, so if it smells like something burning, pull over first and call us second.",
            "My co-host wants me to mention that he was right about the transmission fluid last week and I was wrong. There. I said it on the air.",
        ],
        "close": "That's the show. Check your tire pressure, don't drive like my brother-in-law, and we'll talk next week.",
        "caller_tail": ["Okay, I'll check the belt tonight.", "All right, I'll tell her you said that.", "Thanks, guys. Love the show.", "Great. Appreciate it."],
    },
}


def _make_callin(rng: random.Random) -> str:
    kind = pick(rng, list(CALLIN_SHOWS))
    s = CALLIN_SHOWS[kind]
    show = pick(rng, s["names"])
    host = _who(rng)
    h = host.split()[0].upper()
    station = pick(rng, ["WKRL 1340 AM", "KPRS 89.1", "Valley Public Radio", "WQNB 102.7"])
    out = [f"{show} — transcript, {_day(rng, 2015, 2024)}",
           f"{h}: " + pick(rng, s["intro"]).format(show=show, host=host, station=station)]
    calls = _some(rng, s["calls"], 4, 7)
    banter = sample(rng, s["banter"], 2)
    for i, (q, a) in enumerate(calls):
        name, town = pick(rng, B2_FIRST), pick(rng, B2_TOWNS)
        out.append(f"{h}: " + pick(rng, [f"Let's go to {name} in {town}. {name}, you're on the air.",
                                          f"{name}'s calling from {town}. Good morning, {name}.",
                                          f"Next up is {name}, out in {town}. Go ahead."]))
        out.append(f"{name.upper()}: " + pick(rng, ["Hi, thanks for taking my call. ", "Morning! ", "Hey, longtime listener. ", ""]) + q)
        out.append(f"{h}: {a}")
        out.append(f"{name.upper()}: {pick(rng, s['caller_tail'])}")
        if i in (1, 4) and rng.random() < 0.7:
            out.append(f"{h}: {banter[0 if i == 1 else 1]}")
    out.append(f"{h}: {s['close']}")
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Post-match press conference transcript (coach and a player).
# ---------------------------------------------------------------------------

PRESSER_OPENING = {
    "win": [
        "Well, I'm pleased, obviously. We talked all week about starting fast and for once we actually did it. The first twenty minutes were as good as we've played all year.",
        "Good win. Not a pretty win. There were spells where we couldn't keep the ball for three passes, but the group found a way, and on the road that's what matters.",
        "I thought we deserved it. We defended our box, we were brave, and when the chance came we took it. Credit to the staff, they had the set pieces dialed in.",
    ],
    "loss": [
        "Disappointed. We gave away two cheap ones and you can't do that against a team this organized. That's on me as much as anybody.",
        "I'm not going to stand here and make excuses. They were better than us tonight, sharper on the second balls, and we were half a yard off all evening.",
        "Hard one to take. I thought for an hour we were the better side, and then one lapse and a deflection and it's gone. That's the league.",
    ],
    "draw": [
        "A point's a point. At halftime I'd have taken it, at the final whistle I'm a bit annoyed we didn't get all three.",
        "Mixed feelings. We came from behind, which shows character, but we also went behind, which shows we still switch off at set pieces.",
    ],
}
PRESSER_QA = [
    ("Coach, the substitution on the hour, was that tactical or was {player} carrying something?",
     "Bit of both. He felt his hamstring in the warm-up, nothing serious, but I wasn't going to risk him with the cup game on Wednesday. And we needed fresher legs out wide."),
    ("How do you assess {keeper}'s performance? Two big saves in the second half.",
     "Huge. The one low to his left, I don't know how he got down. He's been quiet in training, working on his footwork with the goalkeeping coach, and you saw why tonight."),
    ("The referee waved away that penalty shout late on. Did you get a look at it?",
     "I've seen it once on the monitor in the tunnel. I'm not going to get myself fined. Let's just say my view and his view are different, and his view is the one that counts."),
    ("You've now gone {streak} games without a clean sheet. Is that a concern?",
     "Of course. We concede too easily. But I look at who we've played, and I look at a back four with an average age of twenty-two, and I think some of this is growing pains. They'll learn. They have to learn quickly, mind you."),
    ("What did you say to the players at halftime?",
     "Nothing you can print. No, honestly, it was calm. I told them the plan was fine, we just weren't doing it. Press together or don't press at all. Second half we did it together."),
    ("The crowd was pretty restless in the first half. Do you understand the frustration?",
     "Completely. They pay good money, they travel, they want to see us go at people. I'd be frustrated too. I hope the second half sent them home a bit happier."),
    ("{player}, that's your first goal for the club. Talk us through it.",
     "Honestly I just closed my eyes and hit it. No, I saw the keeper step to his right and I went near post. My dad's in the stand, so that's special. I'll probably cry in the car."),
    ("{player}, you've played three positions in three weeks. Where do you see yourself?",
     "Wherever the gaffer wants me. I played right back as a kid so it's not new. I just want minutes, to be honest."),
    ("Is there any news on the injury to {player}?",
     "He's going for a scan tomorrow. It's his ankle, it rolled under him. He was walking in the dressing room, which is a good sign, but I'm not a doctor and I won't guess."),
    ("Next up is the derby. How do you approach that week?",
     "Same as every week, which nobody believes. Recovery tomorrow, video on Tuesday, and we don't talk about the derby until Thursday. The lads will talk about it, of course, they've got phones."),
]
PRESSER_CLOSE = ["Thanks, everyone. Safe travels home.", "Right, that's me. Cheers.", "Okay? Good. See you Thursday.", "Last one? Good. Thanks, lads."]


def _make_presser(rng: random.Random) -> str:
    result = pick(rng, ["win", "win", "loss", "loss", "draw"])
    team, opp = sample(rng, ["Harrow Vale", "Port Adair", "Kestrel Town", "Alder Springs FC", "Marsh Point United",
                             "Quarry Heights Rovers", "Belden Athletic", "Fox Run City"], 2)
    a = rng.randrange(0, 3)
    b = a if result == "draw" else a + rng.randrange(1, 3)
    if result == "win":
        a, b = b, a
    coach = _who(rng)
    opening = pick(rng, PRESSER_OPENING[result])
    quote = opening.split(". ")[0].rstrip(".")
    player, keeper, inj = (pick(rng, B2_FIRST) + " " + pick(rng, B2_LAST) for _ in range(3))
    out = [
        pick(rng, [f"POST-MATCH PRESS CONFERENCE: {team} {a}-{b} {opp}",
                   f"\"{quote}\": {team} manager {coach} after {team} {a}-{b} {opp}",
                   f"Transcript — {team} head coach {coach}, {_day(rng, 2018, 2024)}"]),
        pick(rng, ["Media room, post-match. Questions from local and club media.",
                   f"The following is a transcript of {coach}'s press conference after the final whistle, provided by the club's media team.",
                   "(Manager enters, sits, drinks water.)"]),
        f"{coach.split()[-1].upper()}: {opening}",
    ]
    qas = _some(rng, PRESSER_QA, 3, 6)
    for q, ans in qas:
        slots = dict(player=player, keeper=keeper, streak=str(rng.randrange(4, 11)))
        if "{player}," in q and q.startswith("{player}"):
            out.append(f"Q: {q.format(**slots)}")
            out.append(f"{player.split()[-1].upper()}: {ans}")
        else:
            if "injury" in q:
                slots["player"] = inj
            out.append(f"Q: {q.format(**slots)}")
            out.append(f"{coach.split()[-1].upper()}: {ans}")
    out.append(f"{coach.split()[-1].upper()}: {pick(rng, PRESSER_CLOSE)}")
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Food-history podcast transcript (two hosts, long).
# ---------------------------------------------------------------------------

FOODPOD_TOPICS = {
    "the humble pretzel": [
        ("A", "So the story you hear everywhere is that monks in southern Europe twisted leftover dough into the shape of arms crossed in prayer and handed them to children who learned their catechism. Which is lovely, and which nobody can actually prove."),
        ("B", "Right, it's one of those origin stories that gets repeated so often it hardens into fact. What we do know is that by the twelfth century you see the knotted shape in manuscripts, and bakers' guilds in German-speaking towns are using it as their sign."),
        ("A", "Which is why if you walk around an old town in Bavaria you'll still see a big gilded pretzel hanging over a bakery door. It's basically a logo that's eight hundred years old."),
        ("B", "And the dark shiny crust, that comes from dipping the dough in an alkaline bath before baking. Traditionally lye. My favorite story, which again, grain of salt, is a baker who accidentally dipped them in the cleaning solution and liked the result."),
        ("A", "I love how every food history story involves a baker having a bad day."),
        ("B", "It's a pattern! Anyway, German immigrants bring the soft pretzel to Pennsylvania, and a town called Lititz gets credit for the first commercial pretzel bakery in the country, in 1861. You can still go and twist your own there."),
        ("A", "And the hard pretzel, the crunchy snack-bag one, is basically a soft pretzel baked longer until all the moisture is gone. Which made it shelf stable, which made it travel, which made it everywhere."),
        ("B", "I did a tasting at home for this episode. Seven brands. My kids ate most of the research."),
    ],
    "cast-iron and the church cookbook": [
        ("A", "Today we're doing something a little different. We're talking about community cookbooks, the spiral-bound ones that every church and fire hall and PTA sold to raise money."),
        ("B", "I brought three from my grandmother's shelf. This one is from 1963, a Lutheran church in Minnesota, and it has eleven recipes for something called 'hotdish' and they are all, as far as I can tell, the same recipe."),
        ("A", "(laughs) Historians actually love these books, because they show what people really cooked, not what magazines told them to cook. You see the canned soup arrive, you see gelatin salads take over in the fifties, and you see regional things hang on."),
        ("B", "And the names! Every recipe is signed. Mrs. Harold Jensen. It's always the husband's name, which tells its own story about the time."),
        ("A", "There's a recipe in mine called 'Company Potatoes' with a note in pen in the margin that says 'too much butter, do not make for Dad.' And that's a whole family in one sentence."),
        ("B", "The earliest community cookbooks in the U.S. go back to the Civil War, sold at fairs to raise money for soldiers' families. So the fundraising part is baked in from the start."),
        ("A", "Baked in. Nice."),
        ("B", "I've been waiting all episode."),
    ],
    "the great tomato suspicion": [
        ("A", "So the tomato comes from the Americas, it arrives in Europe in the sixteenth century, and for a surprisingly long time a lot of people in northern Europe grew it as an ornamental and did not eat it."),
        ("B", "Because it's in the nightshade family, and it looks suspiciously like some of its relatives that really are poisonous. There's also the story about pewter plates, that acidic tomatoes leached lead out of rich people's plates and made them sick, so tomatoes got blamed."),
        ("A", "Which historians argue about. But the part that's solid is that Italy and Spain were eating them much earlier, and the first Italian recipes with tomato sauce show up around the end of the seventeenth century."),
        ("B", "And then there's the American legend of a colonel who stood on the courthouse steps in New Jersey and ate a tomato in front of a crowd to prove it wouldn't kill him."),
        ("A", "Which is almost certainly made up, and which I still want to be true."),
        ("B", "Same. The pizza Margherita story has a similar vibe. Maybe true, maybe a very good piece of marketing from a pizzeria in Naples a century later."),
        ("A", "What I take from all of it is that food is never just food. It's who you trust, what your neighbors eat, what the guy at the market tells you."),
    ],
    "diner coffee": [
        ("A", "We got a listener email asking why diner coffee tastes the way it does, and I went down a rabbit hole that lasted two weeks."),
        ("B", "And I mean that as a compliment to diner coffee, which I love, and which is objectively not very good."),
        ("A", "It's a combination of things. A lot of diners historically bought pre-ground, medium roast blends, brewed big batches, and kept them on a hot plate for a long time. The hot plate is the villain here. It keeps cooking the coffee."),
        ("B", "And the bottomless cup. The refill is part of the deal. It's less a drink than a reason to stay in the booth and talk."),
        ("A", "I interviewed a woman who's been waitressing at the same place in Ohio for thirty-four years. She said, and I wrote this down, 'Nobody comes here for the coffee. They come here for the second cup.'"),
        ("B", "That's going on a mug."),
        ("A", "The percolator era before that is its own story. Percolators boil the coffee repeatedly, which is how a lot of our parents and grandparents learned that coffee was supposed to be bitter."),
        ("B", "My dad still says drip coffee 'tastes like nothing.' He means it doesn't taste scorched."),
    ],
}
FOODPOD_OPEN = [
    "Hey everybody, welcome to {show}, the podcast where we eat our way through history one snack at a time. I'm {a}.\n\n{B}: And I'm {b}. And today, {topic}.",
    "Welcome back to {show}. I'm {a}, I'm joined as always by {b}, who is eating something right now.\n\n{B}: I am. It's relevant. Today's topic is {topic}.",
    "This is {show}, episode {ep}. I'm {a}.\n\n{B}: I'm {b}, and before we start I want to apologize to everyone who wrote in about last week's mispronunciation. We've been corrected. Thoroughly. Today: {topic}.",
]
FOODPOD_BANTER = [
    "Quick housekeeping. We're doing a live show in {town} next month, tickets in the show notes. There will be snacks. Relevant snacks.",
    "I want to read a listener note. {fan} writes: 'I listen while I do dishes and my husband now asks what the food guys said.' {fan}, tell your husband hello.",
    "Okay, I need to admit I burned the test batch for this episode twice. The smoke detector is part of the research now.",
    "Small correction from two episodes ago: the fair we mentioned was in Iowa, not Indiana. We regret the error and we regret it deeply.",
]
FOODPOD_AD = [
    "This episode is supported by Kettle & Crumb, a bakery supply shop run by two sisters in {town}. They ship flour that's actually fresh. Use the code in the show notes.",
    "Support for the show comes from listeners like you through our membership page. Members get the bonus episode where we try to make a 1950s gelatin salad. It did not go well.",
]
FOODPOD_MAILBAG = [
    ("{fan} from {town} asks whether it's true that you shouldn't wash mushrooms.", "Rinse them. Quickly. They absorb a tiny bit of water, but honestly less than you'd think, and you're going to cook that water right back out. The grit is worse than the water."),
    ("{fan} wants to know why her grandmother put a bay leaf in every single pot of beans.", "Partly flavor, partly habit, and partly, I suspect, because her grandmother did it. That's how most kitchen rules survive. Nobody wants to be the generation that dropped the bay leaf."),
    ("{fan} asks what the oldest recipe we've ever cooked on the show is.", "That would be the honey cakes from the bonus episode, based on a recipe that's a couple of thousand years old, depending on how generous you are with the translation. They were fine. Dense. Very dense. One of them is still on my desk as a paperweight."),
    ("{fan} writes in to say we were wrong about where the club sandwich got its name.", "We probably were. There are at least three competing stories and all of them involve a gentlemen's club or a railway car. We'll do a whole episode. Write in with your evidence, we love a food fight."),
    ("{fan} asks if we ever disagree about food off the air.", "Constantly. We've been arguing about whether cornbread should have sugar in it for six years. It should not. It should. We'll never settle it."),
]
FOODPOD_CLOSE = [
    "{B}: That's our show. If you have a food you want us to investigate, email us, and please, no more questions about whether a hot dog is a sandwich.\n\n{A}: It's a taco. Bye, everybody.",
    "{A}: That's it for this week. Go eat something with a story behind it.\n\n{B}: Which is everything, technically.\n\n{A}: Which is everything. See you next week.",
]


def _make_foodpod(rng: random.Random) -> str:
    show = pick(rng, ["Second Helpings", "The Pantry Archive", "Crumbs of History", "Leftovers & Legends"])
    a, b = sample(rng, B2_FIRST, 2)
    A, B = a.upper(), b.upper()
    topics = sample(rng, list(FOODPOD_TOPICS), rng.choice([2, 3, 3]))
    out = [f"{show} | Episode {rng.randrange(40, 260)} transcript",
           "[Auto-generated from audio and corrected by a volunteer. Timestamps removed.]" if rng.random() < 0.4 else "",
           f"{A}: " + pick(rng, FOODPOD_OPEN).format(show=show, a=a, b=b, B=B, topic=topics[0], ep=rng.randrange(40, 260))]
    for n, t in enumerate(topics):
        if n == 1:
            out.append(f"{A}: Okay, second half. We promised last week we'd get to {t}, so here we go.")
        if n == 2:
            out.append(f"{B}: We have time for a bonus round, right? Quick one. {t[0].upper() + t[1:]}.\n\n{A}: Quick one. Sure. We've never once done a quick one.")
        lines = FOODPOD_TOPICS[t]
        keep = lines[:3] + _ordered(rng, lines[3:], len(lines) - 5, len(lines) - 3) if n < 2 else lines[:4]
        for who, line in keep:
            out.append(f"{A if who == 'A' else B}: {line}")
        if n == 0:
            out.append(f"{pick(rng, [A, B])}: " + pick(rng, FOODPOD_BANTER).format(town=pick(rng, B2_TOWNS), fan=pick(rng, B2_FIRST)))
            if rng.random() < 0.6:
                out.append(f"{A}: " + pick(rng, FOODPOD_AD).format(town=pick(rng, B2_TOWNS)))
    if rng.random() < 0.75:
        out.append(f"{B}: Before we go, mailbag.")
        for q, ans in _some(rng, FOODPOD_MAILBAG, 2, 3):
            out.append(f"{B}: " + q.format(fan=pick(rng, B2_FIRST), town=pick(rng, B2_TOWNS)))
            out.append(f"{A}: {ans}")
    out.append(pick(rng, FOODPOD_CLOSE).format(A=A, B=B))
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Oral history interview (archive transcript).
# ---------------------------------------------------------------------------

ORALHIST_SUBJECTS = {
    "cannery": {
        "desc": "worked at the {town} fruit cannery from 1958 to 1991",
        "qa": [
            ("Can you tell me how you came to work at the cannery?", "My aunt was a forelady there. I was sixteen and she got me on the peach line for the summer. You lied about your age a little bit in those days, everybody did. I thought it would be one summer and it was thirty-three years."),
            ("What was the work like on the line?", "Wet. Everything was wet. You stood on a wooden slat floor with water running under it and you pitted peaches with a little curved knife, and you were paid by the bucket, so you did not talk too much. The smell, I can still smell it. Hot syrup and peach skins."),
            ("Who were the people you worked with?", "Oh, everybody. Portuguese ladies, Mexican families who came up for the season, Italian girls from the east side, a few Japanese families who'd come back after the war. We'd trade lunches. I learned to make tamales from a woman named Consuelo who stood next to me for eleven years."),
            ("Was there a union?", "There was, the cannery workers' local. I went to my first meeting because there was free coffee and cake, I'm not going to lie to you. But then I started to understand what it was for. In '68 we got the first real raise for seasonal workers and I cried in the parking lot."),
            ("What do you remember about the day it closed?", "They told us on a Friday. A man from the company came from out of state, read a statement, and left. We stood around not knowing what to do with our hands. Somebody started singing, I don't remember who, and pretty soon the whole line was singing. That's my last memory of the place."),
            ("What would you want young people to know about that work?", "That it was hard and it was good. That the fruit in the can didn't get there by itself. There was a woman with wet feet and sore wrists, and she was proud of it."),
        ],
    },
    "switchboard": {
        "desc": "was a telephone operator at the {town} exchange in the 1950s and 60s",
        "qa": [
            ("How did you become an operator?", "I answered an ad in the paper. They wanted girls who were 'neat, courteous and of good character,' and I figured I was two out of three. They measured your arm span, if you can believe it, to make sure you could reach the top of the board."),
            ("Describe a typical shift.", "You sat in a long row with a headset and a board full of little holes and cords with plugs. A light would come on, you'd plug in and say 'Number, please.' The supervisor walked behind you. If you said anything besides the approved phrases, she'd tap your shoulder."),
            ("Did you ever listen in on calls?", "We were not supposed to, and I would never. (laughs) Well. In a small town you couldn't help knowing things. You knew when the doctor was called out to a farm at two in the morning, and the next week there'd be a birth announcement in the paper."),
            ("Was there a moment that stayed with you?", "The night of the flood. All the lights on the board came on at once, every single one. We stayed eleven hours. Nobody went home. A man from the hardware store brought us sandwiches and we ate them with one hand and kept working with the other."),
            ("How did the job change over time?", "Dial phones came in, and then they didn't need as many of us. They were decent about it, they moved some of the girls to billing. I went to the business office. I missed the board. It was like a big piano."),
            ("Do you still think about it?", "When my phone rings now I sometimes say 'Number, please' in my head. Sixty years later. My grandson thinks that's hilarious."),
        ],
    },
    "farm": {
        "desc": "grew up on a dairy farm outside {town} in the 1940s",
        "qa": [
            ("What's your earliest memory of the farm?", "Being lifted up to look into the milk cooler. It was cold and smelled sweet and metallic. I must have been three. My father held me by the back of my overalls."),
            ("What chores did you do as a child?", "By seven I was feeding calves. You'd mix the powder in warm water in a bucket and they'd butt the bucket so hard it would knock you over. Then eggs, then wood for the stove. School was almost a rest."),
            ("How did the seasons shape your year?", "Haying in June, that was everything. Neighbors went from farm to farm, and whoever's farm it was fed everybody. My mother would cook for twenty men, three pies and a ham by noon. Then harvest, then butchering in November when it was cold enough."),
            ("Did you have electricity?", "Not until I was nine. I remember the day the line came down our road. Mother stood in the kitchen flicking the switch on and off. On and off. Dad finally said, 'You'll wear it out,' and she said, 'Let me.'"),
            ("What happened to the farm?", "My brother ran it until '79. Milk prices went down, the bank got nervous, and he sold the herd. It's a subdivision now. There's a street named after us, which I suppose is something."),
            ("What do you miss most?", "The quiet in the barn at five in the morning. The cows breathing. You don't get that quiet anywhere anymore."),
        ],
    },
    "railroad": {
        "desc": "worked as a brakeman and later conductor for the railroad out of {town}",
        "qa": [
            ("How did you start on the railroad?", "My father was a section hand, and when I got out of the Army in '55 he walked me into the yard office. The trainmaster looked at my hands and said, 'You'll do.' That was the interview."),
            ("What did a brakeman actually do?", "Set hand brakes, threw switches, coupled and uncoupled cars, gave signals with a lantern at night. You rode the caboose on the back of the train. You climbed on moving cars, which they don't let anybody do now, and they're right not to."),
            ("Was it dangerous?", "Yes. I lost two friends in twenty years. One in a yard accident, one in a grade-crossing wreck. You learned to keep your head up, always. My wife never slept well when I was on a night run."),
            ("Tell me about life in the caboose.", "It had a little coal stove and a bench and a desk for the conductor's paperwork. We'd cook on that stove, coffee so strong it'd hold a spoon up, beans in a can. The cupola on top, you could sit up there and watch the whole train snake around a curve. Prettiest office in the world."),
            ("How did the job change?", "Diesels came in, crews got smaller, then the cabooses went away in the eighties. They put a little box on the last car instead. I retired not long after. A box can't wave at the kids at the crossing."),
            ("Do you still watch the trains?", "Every Sunday. My granddaughter and I go down to the depot with a thermos. She knows the engine numbers better than I do now."),
        ],
    },
}
ORALHIST_HEAD = [
    "{project}\nInterview with {narrator}\nInterviewer: {interviewer}\nDate: {date}\nLocation: the narrator's home, {town}\nLength: {mins} minutes\n\nThis transcript has been edited for readability. Bracketed words were added by the transcriber.",
    "ORAL HISTORY TRANSCRIPT | {project}\nNarrator: {narrator}, who {desc}\nRecorded {date} by {interviewer}\nRestrictions: none. Open for research use.",
]


def _make_oral_history(rng: random.Random) -> str:
    key = pick(rng, list(ORALHIST_SUBJECTS))
    subj = ORALHIST_SUBJECTS[key]
    town = pick(rng, B2_TOWNS)
    female = key in ("cannery", "switchboard") or (key == "farm" and rng.random() < 0.5)
    narrator = f"{pick(rng, B2_WOMEN if female else B2_MEN)} {pick(rng, B2_LAST)}"
    interviewer = _who(rng)
    project = pick(rng, [f"{town} Historical Society Oral History Project", "Voices of the Valley Collection",
                         "County Library Working Lives Archive", f"{town} Senior Center Memory Project"])
    desc = subj["desc"].format(town=town)
    ni, ii = narrator.split()[-1].upper(), interviewer.split()[-1].upper()
    out = [pick(rng, ORALHIST_HEAD).format(project=project, narrator=narrator, interviewer=interviewer,
                                           date=_day(rng, 2003, 2022), town=town, mins=rng.randrange(38, 96), desc=desc)]
    out.append(f"{ii}: This is {interviewer}. Today I'm speaking with {narrator}, who {desc}. Thank you for doing this.")
    out.append(f"{ni}: " + pick(rng, ["Well, I don't know how interesting I'll be, but go ahead.",
                                      "My daughter talked me into it. She says I tell the same stories at dinner so I might as well tell them to a tape recorder.",
                                      "You're welcome. Would you like coffee first? No? All right."]))
    qa = subj["qa"]
    keep = [qa[0]] + _ordered(rng, qa[1:-1], 2, len(qa) - 2) + [qa[-1]]
    for q, ans in keep:
        out.append(f"{ii}: {q}")
        out.append(f"{ni}: {ans}")
        if rng.random() < 0.2:
            out.append(pick(rng, ["[pause]", "[phone rings; recording paused]", "[narrator shows a photograph]", "[laughter]"]))
    out.append(f"{ii}: Thank you. Is there anything I didn't ask that you want on the record?")
    out.append(f"{ni}: " + pick(rng, ["No, I think that's it. I talked your ear off.",
                                      "Just that I was lucky. Write that down. I was lucky.",
                                      "Put in there that my husband was a terrible dancer. He'd want it known." if female
                                      else "Put in there that my wife was the brains of the outfit. She'd want it known."]))
    out.append("[END OF RECORDING]")
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Customer support live chat about a broken home appliance (human agent).
# ---------------------------------------------------------------------------

APPCHAT_CASES = {
    "fridge": {
        "model": ["Frostline FL-26 French door", "Coldwell CW-3100 side-by-side", "Hartwell 21 cu. ft. top freezer"],
        "complaint": [
            "hi my fridge is not cold. freezer seems fine but the milk is warm. we bought it like 14 months ago",
            "Hello. The refrigerator section has been warming up over two days. Currently 52 degrees per my thermometer. Freezer is at 5.",
            "fridge stopped cooling last night, lost a whole bunch of food, kind of panicking since we have a baby and need to keep formula cold",
        ],
        "steps": [
            ("Could you check that nothing is blocking the vents at the back of the fresh food section? A big pizza box or a gallon jug can cut off the airflow from the freezer.", "ok moved some stuff. there was a tray of lasagna kind of against the back wall"),
            ("Is there frost building up on the back panel inside the freezer? Sometimes it looks like a sheet of snow.", "yes actually theres a lot of frost back there, like a white wall"),
            ("Thanks. That tells me the defrost system is probably not cycling, so ice is blocking the air going up to the fridge side. As a temporary fix you can unplug the unit for 24 hours with the doors open and towels down to let it melt completely.", "24 hours?? ok. what do I do with the food"),
            ("A cooler with ice works for a day. I'm sorry, I know it's a hassle. If it happens again after the defrost, we'll need a technician to check the defrost heater and thermostat.", "ok"),
            ("Can you read me the serial number? It's on a sticker on the left wall inside the fridge section, near the top.", "FL26 0419 88723"),
            ("Thank you. I can see the unit is still under the 2-year parts and labor warranty, so a technician visit would be covered.", "oh thank god"),
        ],
    },
    "washer": {
        "model": ["Brightwash BW-450 top loader", "Cascadia front-load 4.5", "Linden HE washer LW-22"],
        "complaint": [
            "My washer won't drain. Water just sits in the drum at the end of the cycle and it shows code F21.",
            "hey so the washing machine stops mid cycle and theres like 3 inches of water in it. clothes soaked. help",
            "Good morning. Our front loader is leaving water in the drum and smells musty. Started after I washed a dog bed.",
        ],
        "steps": [
            ("Whether or not a code shows, a slow drain on that model is nearly always the drain pump filter. On the bottom front right there's a small access panel. Do you see it?", "yes found it, theres a little door"),
            ("Great. Put some towels and a shallow baking dish down first, because water will come out. Then turn the cap counterclockwise slowly.", "ok lots of water. gross. theres a sock in here. and a hair tie. and a LOT of dog hair"),
            ("That would do it. Clean the filter under the tap, screw it back in firmly, and run a rinse and spin with no clothes.", "running it now"),
            ("While it runs, check the drain hose behind the machine isn't kinked if the washer was moved recently.", "it was pushed back a bit when we mopped, i straightened it"),
            ("How does the drain sound now? You should hear a steady hum and water going out.", "it drained!! no code"),
            ("Excellent. I'd suggest cleaning that filter every couple of months, especially with pets. A cleaning cycle with hot water once a month will help with the smell too.", "will do, thank you"),
        ],
    },
    "dishwasher": {
        "model": ["Ashgrove AG-60 dishwasher", "Stillwater quiet series 44 dBA", "Kellerman DW-18 compact"],
        "complaint": [
            "dishwasher leaves all the dishes wet and kind of gritty. is it broken",
            "Hi there, my dishwasher is making a grinding noise and the lower arm isn't spinning.",
            "Our dishwasher leaks a small puddle from the door every time we run it. Not huge but it's ruining the floor.",
        ],
        "steps": [
            ("Let's start with the filter. It's at the bottom of the tub under the lower spray arm, a cylinder you twist a quarter turn. Can you pull it out?", "got it out. oh my goodness. there is a piece of glass and what looks like a lemon seed"),
            ("That happens more than you'd think. Rinse it and scrub it gently with an old toothbrush, then twist it back until it locks.", "done"),
            ("Next, could you lift off the lower spray arm and check that the holes aren't blocked? A toothpick works.", "a couple of holes were blocked with something. cleared them"),
            ("Are you using a rinse aid? Without it, dishes often come out wet, especially plastics.", "no i didnt know that was a thing"),
            ("It's worth it on this model. The dispenser is next to the detergent cup. Also check the door gasket for any cracks or food stuck to it.", "gasket looks ok, wiped it"),
            ("Give it a run on the normal cycle and let me know. If you still see an issue I can book a visit.", "ok running now, ill come back if its still bad"),
        ],
    },
}
APPCHAT_CLOSE = [
    "Is there anything else I can help you with today?",
    "I've emailed you a summary of this chat and the case number. Anything else before I let you go?",
    "You'll get a short survey after this chat, it helps me a lot if you fill it in. Anything else today?",
]


def _make_appliance_chat(rng: random.Random) -> str:
    key = pick(rng, list(APPCHAT_CASES))
    c = APPCHAT_CASES[key]
    agent = pick(rng, B2_FIRST)
    cust = pick(rng, B2_FIRST)
    h, m = rng.randrange(8, 20), rng.randrange(0, 40)
    t = [h, m]

    def stamp():
        t[1] += rng.randrange(0, 3)
        if t[1] >= 60:
            t[0], t[1] = t[0] + 1, t[1] - 60
        return f"[{t[0]:02d}:{t[1]:02d}]"

    brand = pick(rng, c["model"])
    out = [pick(rng, [f"Chat transcript — Case #{rng.randrange(1000000, 9999999)}", "Live Chat | Home Appliance Support",
                      f"Your chat with {agent} ({_day(rng, 2019, 2024)})"]),
           f"{stamp()} You are now chatting with {agent}, Customer Care.",
           f"{stamp()} {agent}: Hi {cust}, thanks for reaching out. I see you're writing about your {brand}. What's going on?",
           f"{stamp()} {cust}: {pick(rng, c['complaint'])}"]
    out.append(f"{stamp()} {agent}: " + pick(rng, ["I'm sorry to hear that. Let's see if we can sort it out together.",
                                                   "Oh no, that's frustrating. Let's troubleshoot a couple of things first.",
                                                   "Thanks for the details, that really helps."]))
    steps = c["steps"]
    keep = steps[:2] + _ordered(rng, steps[2:], 2, len(steps) - 2)
    for q, a in keep:
        out.append(f"{stamp()} {agent}: {q}")
        reply = a if rng.random() < 0.5 else typos(rng, a, 0.05)
        out.append(f"{stamp()} {cust}: {reply}")
    if key == "fridge" and rng.random() < 0.6:
        out.append(f"{stamp()} {agent}: I have openings for a technician on {pick(rng, B2_DAYS[:5])} between 8 and 12 or 12 and 5. Which works better?")
        out.append(f"{stamp()} {cust}: morning please")
        out.append(f"{stamp()} {agent}: You're booked. The tech will call about 30 minutes before arriving.")
    out.append(f"{stamp()} {agent}: {pick(rng, APPCHAT_CLOSE)}")
    out.append(f"{stamp()} {cust}: " + pick(rng, ["no thats all. thanks " + agent + " you were great", "Nope, thank you!", "no. thank you for being patient with me lol"]))
    out.append(f"{stamp()} {agent}: Have a good {pick(rng, ['day', 'evening', 'weekend'])}!")
    out.append(f"{stamp()} Chat ended.")
    return "\n".join(out)


# ---------------------------------------------------------------------------
# Wedding toast (best man / maid of honor / father of the bride), spoken register.
# ---------------------------------------------------------------------------

TOAST_OPEN = {
    "best man": [
        "Good evening, everyone. For those who don't know me, I'm {me}, and I've known {friend} since we were nine years old and got sent to the principal's office together for building a ramp out of lunch trays.",
        "Hi. Hello. Is this on? Okay. I'm {me}, {friend}'s brother, and I was told I had four minutes, so I've cut this down from forty.",
    ],
    "maid of honor": [
        "Hi everyone! I'm {me}, {friend}'s best friend since freshman year of college, when we were assigned to the smallest dorm room in the history of higher education.",
        "Good evening. I'm {me}, {friend}'s sister, and I want to start by saying she looks incredible, and that she borrowed this exact speech format from me at my wedding, so I'm just returning the favor.",
    ],
    "father of the bride": [
        "Good evening. I'm {me}, {friend}'s dad. My wife told me not to cry during this, so if I stop for a moment, that's just allergies. The venue has a lot of flowers.",
    ],
}
TOAST_STORIES = [
    "When {friend} was twelve, {pron} decided to raise chickens in the backyard. Without asking anyone. {Pron} saved up, bought four chicks at the feed store, and kept them in a laundry basket in the closet for three days before anyone found out. I tell you this because {pron} has always known exactly what {pron} wants, and then just gone and done it. Which brings us to {partner}.",
    "The first time {friend} mentioned {partner}, we were at a terrible karaoke bar. {Pron} said, 'I met someone at the climbing gym who can't climb at all but keeps coming back.' And I thought, that's either a red flag or the most romantic thing I've ever heard. It turned out to be the second one.",
    "{friend} is the most organized human being I've ever met. {Pron} has a spreadsheet for birthday gifts. {Pron} has a spreadsheet for {poss} spreadsheets. So when {pron} called me and said '{partner} and I went on a road trip and we didn't plan anything,' I knew this was serious.",
    "A few years ago, {friend} got a flat tire on the highway in the rain at midnight. {Pron} called me. I was two hours away. Then {pron} called {partner}, who {friend} had known for about three weeks at that point. {partner} was there in forty minutes, with a jack, a thermos of soup and an umbrella, and didn't even mention it afterward. I remember thinking: oh. Okay. That's the one.",
    "There's a thing {friend} does when {pron}'s really happy, this little shoulder shimmy. You've all seen it. I've seen it maybe ten times in twenty years. I've seen it about fifty times since {partner} came along. I counted tonight already. We're at six.",
    "When {friend} moved into {poss} first apartment, {pron} burned rice so badly the fire department came. Twice, in one month. So when {partner} moved in and started cooking, I sent {partner} a fruit basket. On behalf of the fire department.",
    "{friend} and {partner} once spent an entire Saturday assembling a bookshelf from a flat-pack box. They didn't speak for the last three hours. But when it was finished, it stood up, it held books, and nobody had left. If you can survive flat-pack furniture, you can survive anything.",
]
TOAST_SINCERE = [
    "{partner}, thank you for loving {poss2} person the way you do. You make {obj} laugh the kind of laugh where {pron} has to hold onto the table.",
    "What I've learned watching the two of you is that love isn't a big gesture. It's bringing someone the phone charger before they ask. It's remembering how they take their coffee. You two do that all day.",
    "I've watched {friend} become more {refl} since meeting {partner}. Braver, sillier, more at peace. That's the best thing anyone could want for someone they love.",
    "Marriage, as I understand it from my parents, is mostly two people deciding over and over, every morning, to be on the same team. You two already play like a team. You just got matching jerseys today.",
]
TOAST_CLOSE = [
    "So if everyone could please raise a glass. To {friend} and {partner}: may your arguments be short and your road trips long. Cheers!",
    "Please stand and raise your glasses. To the happy couple, and to many more unplanned adventures. To {friend} and {partner}!",
    "Raise 'em up, everybody. To {partner}, who is stuck with us now, and to {friend}, who finally found someone who laughs at those jokes. Cheers!",
]


def _make_toast(rng: random.Random) -> str:
    role = pick(rng, list(TOAST_OPEN))
    me = pick(rng, B2_FIRST)
    she = role != "best man" or rng.random() < 0.3
    friend = pick(rng, B2_WOMEN if she else B2_MEN)
    partner = pick(rng, [n for n in B2_FIRST if n != friend])
    pron, obj, poss = ("she", "her", "her") if she else ("he", "him", "his")
    slots = dict(me=me, friend=friend, partner=partner, pron=pron, Pron=pron.capitalize(), poss=poss, obj=obj,
                 poss2="my" if "father" in role else "our", refl="herself" if she else "himself")
    out = []
    if rng.random() < 0.5:
        out.append(pick(rng, [f"{role.title()} speech — posted with permission",
                              f"Here's the {role} speech I gave last weekend, since a few people asked for it. Names changed slightly.",
                              f"[Transcribed from the reception video, {_day(rng, 2016, 2024)}]"]))
    out.append(pick(rng, TOAST_OPEN[role]).format(**slots))
    out.append(pick(rng, ["First, thank you all for coming, some of you from very far away. And thank you to the families for putting together such a beautiful day.",
                          "Before I start, can we give it up for the caterers? I've had three of those little crab things and I'm not stopping.",
                          f"I want to thank {partner}'s family for welcoming all of us, even the loud ones. Especially the loud ones."]))
    for st in _some(rng, TOAST_STORIES, 2, 3):
        out.append(st.format(**slots))
    out.append(pick(rng, TOAST_SINCERE).format(**slots))
    if rng.random() < 0.4:
        out.append(pick(rng, TOAST_SINCERE).format(**slots))
    out.append(pick(rng, TOAST_CLOSE).format(**slots))
    return paragraphs(list(dict.fromkeys(out)))


# ---------------------------------------------------------------------------
# Eulogy delivered at a funeral or memorial (family member's spoken remarks).
# ---------------------------------------------------------------------------

EULOGY_PEOPLE = {
    "grandmother": {
        "rel": ["my grandmother", "our Nana", "Grandma {name}"],
        "memories": [
            "She kept a tin of butterscotch candies in her purse her whole life. Not for herself. For any child within a hundred yards. Half the kids in the {town} Methodist nursery grew up thinking butterscotch was what grandmothers smelled like.",
            "Her garden was her church on weekdays. She grew pole beans on a trellis my grandfather built in 1962, and every spring she'd go out and check it and say, 'Well, he did a good job.' He'd been gone thirty years by then.",
            "She taught me to play gin rummy when I was six and she never once let me win. Not once. When I finally beat her, at fourteen, she looked at the cards for a long time and said, 'Good. Now you'll remember it.'",
            "She wrote letters. Actual letters, with stamps, every week, to every grandchild who'd moved away. Mine were about the weather, the neighbors' dog, and what she'd had for lunch. I kept every one. There are four shoeboxes.",
            "When my parents divorced, I spent a summer at her house. She never asked me about it. She just handed me a paring knife and a bushel of peaches and said, 'Help me with these.' We canned for a week. That was how she did comfort.",
        ],
    },
    "father": {
        "rel": ["my dad", "our father", "Dad"],
        "memories": [
            "Dad could fix anything with an engine. Lawn mowers, outboard motors, the neighbor's motorcycle. He couldn't fix a leaky faucet to save his life, and he knew it, and he called a plumber every time and paid him in cash and homemade jerky.",
            "He coached my Little League team for six years even though he'd never played baseball. He bought a book. He read the whole book. He was a terrible coach and we loved him.",
            "Every Saturday morning he made pancakes shaped like the first letter of your name. My sister's name starts with W. Those pancakes were a mess. She ate every one.",
            "He worked the night shift at the paper mill for twenty-two years. He'd come home at seven in the morning, smelling like pulp and machine oil, and walk us to the bus stop before he went to bed. I didn't understand until I had kids how tired he must have been.",
            "When I told him I was moving across the country, he didn't say much. He went to the garage and came back with a toolbox he'd put together for me, every tool labeled with masking tape. The hammer says 'HAMMER.' I still have it.",
        ],
    },
    "uncle": {
        "rel": ["my uncle", "Uncle {name}", "our uncle"],
        "memories": [
            "He lived on a houseboat for eleven years. Not for any reason. He just decided one day that he'd like to. He said the best thing about it was that you could leave any party by untying a rope.",
            "He was the family's designated storyteller. None of his stories were true, or maybe all of them were. The bear at the campsite, the time he shook hands with a famous bandleader, the car he won in a card game. We stopped asking.",
            "He taught every niece and nephew how to fish off the public dock in {town}. Mostly what he taught us was patience, and how to tie a clinch knot, and that if you talk too loud the fish can hear you, which I'm still not sure about.",
            "When I graduated from nursing school, he was the loudest person in the gym. He had an air horn. Security asked him to put it away. He did, and then took it out again for my cousin's name.",
            "He never married, and at every wedding he'd say, 'I'm practicing.' He was the best dancer in our family by a mile. I hope whoever's playing music wherever he is has a good polka ready.",
        ],
    },
}
EULOGY_OPEN = [
    "Thank you all for being here. I'm {me}. Writing this was the hardest thing I've ever had to do, so I'm going to read it, and I ask your patience if I need to stop.",
    "Good morning. My name is {me}, and for those who don't know me, {rel} was the person who taught me most of what I know about being decent to people.",
    "I've been asked to say a few words about {rel}. A few words was never enough with this family. I'll do my best.",
]
EULOGY_CLOSE = [
    "We'll miss you every day. Thank you for everything. Rest easy.",
    "I'm going to end with something {pron} used to say on the way out the door: 'Drive careful, and call when you get there.' We will. We love you.",
    "The family would like to invite everyone to the fellowship hall after the service. There will be food. There will be a lot of food. That's how {pron} would have wanted it.",
    "So go home tonight and do one thing {pron} would have done. Write a letter. Fix something. Give a kid a piece of candy. That's how we keep {obj} here.",
]


def _make_eulogy(rng: random.Random) -> str:
    key = pick(rng, list(EULOGY_PEOPLE))
    p = EULOGY_PEOPLE[key]
    name = pick(rng, ["Ruth", "Eileen", "Dorothy", "Mae", "June"]) if key == "grandmother" else pick(rng, ["Walt", "Ray", "Leon", "Earl", "Frank", "Sonny"])
    rel = pick(rng, p["rel"]).format(name=name)
    pron, obj = ("she", "her") if key == "grandmother" else ("he", "him")
    town = pick(rng, B2_TOWNS)
    me = _who(rng)
    age = rng.randrange(68, 99)
    out = []
    if rng.random() < 0.4:
        out.append(pick(rng, [f"Eulogy for {name} {me.split()[-1]} ({age})",
                              f"A few people asked me to share what I said at the service on {pick(rng, B2_DAYS)}. Here it is.",
                              f"Remarks given at {pick(rng, ['St. Brendan', 'Grace Lutheran', 'First Baptist', 'Holy Family', 'the Elks Lodge'])}, {_day(rng, 2014, 2024)}"]))
    out.append(pick(rng, EULOGY_OPEN).format(me=me, rel=rel))
    out.append(pick(rng, [f"{rel[0].upper() + rel[1:]} was born in {town} and lived {age} years, most of them within about fifteen miles of where we're sitting.",
                          f"If you knew {obj}, you already know most of what I'm about to say. If you didn't, I'm sorry, because you missed someone special.",
                          f"{age} years is a long time. It wasn't long enough."]))
    for mem in _some(rng, p["memories"], 2, 4):
        out.append(mem.format(town=town))
    out.append(pick(rng, [
        f"There's a lot I could say about what {pron} accomplished, but that's not what I'll remember. I'll remember the small things.",
        f"The last time I saw {obj}, {pron} asked me if I was eating enough. I was forty-three years old. {pron.capitalize()} was right, I wasn't.",
        "I keep reaching for my phone to tell this story to the one person who'd appreciate it most.",
    ]))
    out.append(pick(rng, EULOGY_CLOSE).format(pron=pron, obj=obj))
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Literary short stories about family and childhood (no technology in the plot).
# ---------------------------------------------------------------------------

FAMSTORY_ARCS = [
    {
        "linked": True,
        "titles": ["Spelling Bee", "R-H-Y-T-H-M", "The Word Was Rhythm"],
        "beats": [
            ["In fourth grade I was the best speller at {town} Elementary, which is a little like being the tallest person in a family of short people. It meant something at home and nothing anywhere else.",
             "My grandmother quizzed me for the county spelling bee every night for a month, from a list she had typed on her old Smith-Corona, at the kitchen table after the dishes were done."],
            ["She had come to this country at nineteen and learned English from newspapers and radio, and she spelled better than anyone I knew. 'English is a liar,' she liked to say. 'You have to know where it hides the letters.'",
             "She held the list at arm's length because she refused to wear her reading glasses in front of me. 'Rhythm,' she'd say. 'Rhythm. Use it in a sentence: the boy has no rhythm, like his father.'"],
            ["On the day of the bee the auditorium smelled like floor wax and nerves. I made it to the last four. Then the pronouncer said a word I had never heard in my life, and I stood there with my mouth open while the clock on the wall ticked like a bomb in a cartoon.",
             "I went out in the fifth round on 'occasion,' with two s's, a mistake I had never once made at the kitchen table. I walked off the stage and sat down next to my grandmother and cried into her good coat."],
            ["She didn't tell me it was okay. She said, 'Well. Now you know that one forever.' Then she took me for a chocolate malt, which she had never once done in my life, and she drank half of it.",
             "On the drive home she was quiet for a long time. Then she said, 'In my village the teacher hit your hand with a ruler for a wrong letter. Here, they give you a certificate.' She made me hang the certificate on the refrigerator anyway."],
            ["I'm a copy editor now. People ask if it's because of the bee. I tell them it's because of the kitchen table. I still have the typed list. At the bottom, in pencil, she'd added one more word that wasn't on the official sheet: 'proud.'",
             "She's been gone twelve years. I have never misspelled occasion again. Some nights, correcting someone else's sentence, I hear her voice: English is a liar. You have to know where it hides the letters."],
        ],
    },
    {
        "linked": True,
        "titles": ["Moving Day", "Boxes", "The New House on Alder Street"],
        "beats": [
            ["We moved six times before I turned twelve, and by the fifth move I could pack a kitchen faster than my mother, which she said was either a talent or a tragedy.",
             "My father's job moved us the way wind moves leaves. Every two years a letter came, and every two years my mother sighed, went to the liquor store, and came back with empty boxes."],
            ["My little brother {brother} had one rule for every new house: he got to pick his room first. He'd walk through the whole place with his hands behind his back like a building inspector, and then pick the smallest room every time, because small rooms, he said, felt like forts.",
             "The thing I hated most wasn't leaving friends. It was the first day at the new school, standing at the front of a classroom while a teacher said my name wrong and thirty strangers looked at my shoes."],
            ["The house on Alder Street was the sixth. It had a crooked porch and a basement that flooded when it rained and a maple tree in the front yard big enough to sit in. I climbed it the first afternoon and decided I wasn't going to unpack, because what was the point.",
             "On moving day in the new town, a girl my age came across the street carrying a plate of brownies her mother had sent, and stood on our porch for a full minute without knocking, and I watched her through the screen door doing exactly what I would have done."],
            ["We stayed on Alder Street for nine years. My father turned down the next letter. He never explained why, and I never asked, but I think it was {brother}, who stood in the kitchen the night it came and said very calmly that he was not going, and then went to his small room and shut the door.",
             "Her name was {cousin}. We were inseparable for three years, until my father's next letter came. We wrote for a while. Then we didn't. But every moving day since, I've baked brownies for whoever's across the street."],
        ],
    },
    {
        "titles": ["The Piano in the Garage", "Middle C", "What the Piano Knew"],
        "beats": [
            ["The piano came to us the summer I turned eleven, on the back of my uncle {uncle}'s flatbed, wrapped in moving blankets and bungee cords like something that might try to escape.",
             "Nobody in our family played the piano. That was the first thing everyone said when it arrived, and the second thing was, 'Where are we going to put it?'"],
            ["It had been my great-aunt's. She'd taught lessons in her front room for forty years, and when she died the piano was the only thing nobody else wanted, because it weighed six hundred pounds and had a cracked soundboard and a smell like cedar and cough drops.",
             "My mother stood in the driveway with her arms folded and looked at it the way she looked at stray cats: already annoyed, already defeated."],
            ["We put it in the garage, between the chest freezer and my father's workbench. I started going out there after dinner. I didn't know how to play, so I pressed the keys one at a time and listened to each note fade until I couldn't tell if it was still there.",
             "The garage was cold by October. I played in my coat. I found a stack of yellowed lesson books in the bench, and I taught myself to read the notes by writing the letters in pencil above them, the way you're not supposed to."],
            ["My father never said anything about it, but one night I came out and found a space heater plugged in beside the bench, and a clip-on lamp screwed to the music stand.",
             "One Saturday my mother came out with two mugs of cocoa and sat on the freezer and listened to me butcher a minuet for twenty minutes. When I finished she said, 'Your aunt would have hated that,' and then laughed so hard she spilled the cocoa."],
            ["I never got good. I want to be honest about that. But I learned four songs all the way through, and years later, when we sold the house, I played all four of them for the empty garage before the movers came.",
             "The piano is in my living room now. It still has the cracked soundboard. My daughter is eleven. Last week I heard her out there, pressing the keys one at a time, waiting for each note to disappear."],
        ],
    },
    {
        "titles": ["Lake Orrin, August", "The Last Week at the Cabin", "Cannonball"],
        "beats": [
            ["Every August my grandparents rented the same cabin at Lake {lake}, the one with the green door and the dock that tilted slightly to the left, and every August my cousins and I arrived like weather.",
             "The cabin at Lake {lake} had four beds and, most summers, eleven people. We slept on porches, in the canoe, once in the back of my grandfather's station wagon with the windows rolled down."],
            ["{cousin} was two years older than me and the boss of everything. She decided which rock was base in tag, who had to be the shark, and whether the water was warm enough, which it always was, because she said so.",
             "My cousin {cousin} had rules. No crying on the dock. No telling the adults about the rope swing. No going into the deep water past the buoy alone. I broke the third one in the summer I was nine."],
            ["I don't know why I did it. I wanted to see how far I could go. The water turned from green to black under me, and then my legs got heavy, and I remember looking back at the dock and thinking it looked very small, like a toy someone had left out.",
             "It was the afternoon everyone was up at the cabin making corn. I swam out past the buoy just to prove I could, and the cold came up from below like a hand, and all at once I couldn't remember how to breathe and kick at the same time."],
            ["{cousin} got to me first. She didn't say anything. She just put an arm under my chin the way they teach you at the Y and towed me back, both of us breathing hard, and when we got to the ladder she said, 'Don't tell,' and I never did.",
             "It was {cousin} who heard me. She came out in the canoe, paddling with her whole body, and hauled me over the side like a fish. We sat in the bottom of the canoe, shaking, and she held my hand the whole way back and didn't let go even when we hit the dock."],
            ["My grandparents sold the cabin the year I started high school. {cousin} lives in Denver now. We talk twice a year, on birthdays. We've never once mentioned that afternoon, but every phone call ends the same way. She says, 'Stay out of deep water, kid.' I say, 'You first.'",
             "Last summer I took my own kids to a lake, a different one, with a straight dock and a lifeguard. My son swam to the rope and looked back at me. I waved. He waved. I did not breathe until he was back."],
        ],
    },
    {
        "titles": ["Driving Lessons", "Stick Shift", "Second Gear"],
        "beats": [
            ["My father taught me to drive in a 1988 pickup with a clutch like a bear trap, in the parking lot of the {town} feed store on Sunday mornings when it was closed.",
             "There was never any question of an automatic. 'You learn on a stick,' my father said, 'or you don't learn,' as if this were a law handed down on stone tablets."],
            ["The first Sunday I stalled it forty-one times. He counted out loud. By the thirtieth he was laughing so hard he had to get out of the truck and walk a lap around the gas pumps.",
             "He was not a patient man in any other part of his life. He yelled at the television, at the lawn mower, at the dog. But in that truck he was someone else, quiet, his big hand hovering over the gearshift and never quite touching it."],
            ["'Feel it,' he kept saying. 'Don't think about it. Feel where it grabs.' I didn't know what he meant. I thought it was one of those things fathers said. Then one morning in May I let the clutch out and felt it, the exact moment the engine caught the wheels, and the truck rolled forward smooth as water.",
             "We went out on the county road in June. I took the hill by the Lutheran church in second gear and didn't roll back, and he slapped the dashboard and whooped like we'd won something."],
            ["He got sick the winter I turned twenty. Near the end, when he couldn't drive anymore, I drove him to his appointments in that same truck. He'd watch my feet on the pedals. 'You've got it,' he'd say, every single time, like he was still surprised.",
             "I drive an automatic now. Everyone does. But sometimes, at a red light on a hill, my left foot still reaches for a pedal that isn't there, and I hear him counting."],
        ],
    },
    {
        "titles": ["Soup Night", "What My Mother Kept", "The Recipe Box"],
        "beats": [
            ["After my mother died, my brothers and I met at her house to divide things up, and we argued for two hours about everything except the one thing all three of us wanted, which was the recipe box.",
             "The recipe box was a dented green tin, the kind you used to get with a Christmas fruitcake, and it sat on top of the refrigerator for as long as any of us could remember."],
            ["Inside were index cards in four different handwritings: her mother's, her own, a neighbor's, and, on one card for oatmeal cookies, a child's careful block letters that turned out to be mine.",
             "Most of the cards weren't really recipes. 'Chicken soup — the usual, more dill than you think.' 'Mrs. Pavlik's cake — ask her.' Mrs. Pavlik had died in 1991."],
            ["{brother} wanted it because he cooks. I wanted it because I don't, and I thought maybe I would if I had it. Our youngest brother wanted it and couldn't say why, and that turned out to be the best reason.",
             "We took the cards out one by one and read them aloud, and at the card for the soup she made every Thursday, 'the usual, more dill than you think,' {brother} put his head down on the kitchen table."],
            ["In the end we decided to keep the box in the house and take turns. Every month one of us makes something from it and the others come over. It's been four years. We've made the dill soup eleven times. We still can't get it right. We keep trying.",
             "We didn't divide it. We photocopied every card at the library, three sets, and left the tin where it was, on top of the refrigerator, until the house sold. Now it's on top of mine. Some nights I take down a card just to look at the handwriting."],
        ],
    },
]


def _make_family_story(rng: random.Random) -> str:
    arcs = FAMSTORY_ARCS
    arc = pick(rng, arcs)
    slots = dict(uncle=pick(rng, B2_FIRST), lake=pick(rng, ["Orrin", "Tamarack", "Wendell", "Pocono", "Silver"]),
                 cousin=pick(rng, ["Jo", "Trish", "Maggie", "Dee", "Nell"]), town=pick(rng, B2_TOWNS),
                 brother=pick(rng, ["Danny", "Mike", "Paulie", "Sam", "Teddy"]))
    out = [pick(rng, arc["titles"])]
    if rng.random() < 0.4:
        out.append(pick(rng, [f"by {_who(rng)}", f"Fiction | {_who(rng)}", "A short story", f"Winner, {pick(rng, B2_TOWNS)} Library adult fiction contest"]))
    beats = arc["beats"]
    track = rng.randrange(2)
    for i, options in enumerate(beats):
        if arc.get("linked"):
            out.append(options[track])
            continue
        if 0 < i < len(beats) - 1 and rng.random() < 0.15:
            continue
        if rng.random() < 0.3 and i < len(beats) - 1:
            out.extend(options)
        else:
            out.append(pick(rng, options))
    return paragraphs([o.format(**slots) for o in out])


# ---------------------------------------------------------------------------
# Short stories about sports and romance (magazine / web fiction, no technology).
# ---------------------------------------------------------------------------

SPORTROM_ARCS = [
    {
        "linked": True,
        "hero": ["Dana", "Marcy", "Tessa", "Renata", "Kit"],
        "titles": ["Free Throws", "Two Shots", "The Line"],
        "beats": [
            ["With four seconds left and her team down by one, {hero} walked to the free-throw line in a gym so loud she could feel it in her teeth.",
             "The {town} Lady Hawks had not beaten Pelham in eleven years, and with four seconds on the clock, the whole town seemed to be packed into the bleachers, stamping their feet."],
            ["She had shot two hundred free throws a day all summer in her grandfather's driveway, against a backboard he'd nailed to the garage in 1979. He rebounded for her in a lawn chair. He could reach about half of them.",
             "Her coach called timeout to ice her, which she thought was funny, because she was already ice. She had been ice since the third quarter, when she'd missed a layup so badly it hit the bottom of the backboard."],
            ["The first shot rolled around the rim twice, like it was thinking about it, and dropped. Tie game. The Pelham student section started chanting something she couldn't make out and didn't want to.",
             "The first one was pure. She didn't even hear it go through. The second one she missed, short, off the front rim, and in the scramble a freshman named {other} tipped it back up and in as the horn went."],
            ["She bounced the ball three times, the way her grandfather had taught her, and looked up at the rim and thought about the garage door and the lawn chair and nothing else.",
             "Afterward, in the parking lot, the freshman kept apologizing, as if she'd stolen something. {hero} laughed and told her that the ball doesn't care who puts it in."],
            ["When she got home her grandfather was asleep in his recliner with the radio still on the local station. She put the game ball in his lap and went to bed. In the morning it was on the kitchen table with a note in his shaky capitals: TOLD YOU. BEND YOUR KNEES.",
             "Her grandfather had listened on the radio. When she walked in the door he said, 'You missed one,' and then hugged her so hard her ponytail came loose."],
        ],
    },
    {
        "linked": True,
        "hero": ["Ada", "Lorna", "Gemma", "Vi"],
        "titles": ["Laundromat, Tuesday", "Spin Cycle", "Fabric Softener"],
        "beats": [
            ["The only other person at the Suds-n-Duds at eleven on a Tuesday night was a man in a cardigan folding towels into perfect thirds, and {hero} hated him a little, on principle.",
             "Marcus had been going to the laundromat on Third Street every Tuesday for two years, and for two years the same woman had been there, reading paperbacks with the covers folded back so nobody could see the titles."],
            ["Her own towels lived in a balled-up heap in a garbage bag. She watched him smooth each one with the flat of his hand, like he was calming a horse.",
             "He'd decided, early on, that the books were romances. Then one night she left one on the bench and he saw it was a field guide to North American mushrooms, and he revised everything he thought he knew."],
            ["'You're doing it wrong,' he said, without looking up. She was so offended she laughed out loud, and then he laughed, and then the dryer buzzed and neither of them moved to get their things.",
             "'Chanterelles,' he said, finally, holding it out to her. 'Are they hard to find?' She looked at him for a long moment. 'Only if you're looking,' she said. He was pretty sure she was flirting. He was not sure about anything else."],
            ["They started timing their loads. Tuesdays turned into Tuesdays and Fridays. He taught her the thirds. She taught him to ignore the little tag that said dry clean only, which, she said, is mostly a suggestion.",
             "In October she took him to a patch of woods outside town and they spent four hours looking at the ground and found nothing but a single yellow mushroom the size of a thumbnail, and he decided it was the best day he'd had in years."],
            ["Two years later they bought a washing machine together. They still go to the laundromat sometimes, on Tuesdays. For old times' sake, they tell people. Really it's because their machine can't fit the comforter.",
             "They got married the next spring. The owner of the laundromat came to the wedding and gave them a box of dryer sheets with a bow on top."],
        ],
    },
    {
        "hero": ["Dana", "Marcy", "Tessa", "Renata", "Kit"],
        "titles": ["Regatta", "Stroke Seat", "Eight Minutes on the River"],
        "beats": [
            ["At five-forty in the morning the river was the color of pewter and the only sound was the coach's launch idling and eight people breathing in the same rhythm.",
             "{hero} had rowed stroke seat for three years, which meant she set the pace for the whole boat, which meant that when they lost, it felt like hers."],
            ["The boat had been together since September: a chemistry major, two nursing students, a walk-on who'd never seen a rowing shell before that fall, and {other}, the coxswain, five-foot-one and louder than the starter's horn.",
             "The championship race was two thousand meters, about seven minutes of the worst pain you can choose for yourself. She'd told her mother that once and her mother had asked, reasonably, why anyone would choose it."],
            ["At the thousand-meter mark they were a seat down to Kettle Lake. {other} called for a power ten, then another, voice cracking, and the boat lifted the way it only did once or twice a season, when everyone stopped thinking at once.",
             "With five hundred meters left her legs went numb and her vision narrowed to the back of the rower in front of her, the knobs of his spine, and {other}'s voice in the speaker counting strokes like prayers."],
            ["They won by four-tenths of a second. Afterward, {other} got thrown in the river, as tradition demanded, and came up sputtering and laughing and yelling at them to get her phone out of her pocket.",
             "They lost by a deck length. They sat in the boat at the finish, bent over, gasping, and nobody said anything for a long time. Then the walk-on started laughing, and somehow they all did."],
            ["Years later, {hero} couldn't remember the final time or who'd come third. She remembered the sound of eight blades catching the water together. She said once it was the closest she'd come to hearing a heartbeat from the inside.",
             "She still rows, in a masters single now, alone on a lake at dawn. Sometimes, halfway down the course, she still hears {other}'s voice in her head, telling her to sit up and finish."],
        ],
    },
    {
        "hero": ["Luis", "Joel", "Owen", "Nate", "Callum"],
        "titles": ["The Bakery on Elm", "Second Chances Cost Extra", "Day-Old Bread"],
        "beats": [
            ["{hero} hadn't been back to {town} in nine years when his mother's hip surgery brought him home, and on the first morning he walked into the bakery on Elm Street for coffee and found {other} behind the counter.",
             "They had been engaged once, briefly, at twenty-two, and then he'd taken a job in Chicago and she hadn't, and both of them had spent nine years pretending it had been a mutual decision."],
            ["She didn't drop the tray of muffins, which he'd been expecting, somehow, from watching too many movies. She just said, 'Medium, black, one sugar,' and he realized she still knew his order.",
             "The bakery was hers now. She'd bought it from old Mr. Szabo when he retired, and there was flour on her forearms, and she looked, he thought, like someone who had exactly the life she'd wanted."],
            ["He came back every morning for three weeks. He told himself it was for the coffee. On the fourth Monday she slid a day-old cinnamon roll across the counter without charging him and said, 'You're going to have to say something eventually.'",
             "On the last day before he had to fly back, a storm knocked the power out on Elm, and he found her in the dark kitchen trying to save two hundred loaves of dough with a camping lantern. He rolled up his sleeves without asking."],
            ["They baked until four in the morning by lantern light. Somewhere around the eightieth loaf, flour in her hair, she told him she'd been angry for five years and then just sad, and then, lately, mostly curious.",
             "He missed his flight. Then he missed the next one on purpose. His mother, recovering nicely in her recliner, said she had never been so delighted to have a broken hip."],
            ["He moved back in June. People in town still argue about whether it was the coffee or the cinnamon rolls. {other} says it was the lantern.",
             "He didn't propose again right away. They'd learned something about rushing. But he signed a lease on an apartment two blocks from Elm Street, and every morning at six he's the first one through the door."],
        ],
    },
    {
        "linked": True,
        "hero": ["Luis", "Joel", "Owen"],
        "titles": ["Extra Innings", "The Old-Timers' Game", "Left Field"],
        "beats": [
            ["The old-timers' softball game in {town} was supposed to be a joke, a fundraiser for the new scoreboard, and nobody told my father, who showed up in cleats he'd bought the day before.",
             "My father was sixty-eight and hadn't played baseball since the Carter administration, but when the Lions Club announced an old-timers' game he signed up in pen."],
            ["He played left field, where they put people who can't be trusted with the ball. He spent the first four innings studying the sky with his glove held up like an umbrella.",
             "His knees made noises I'd never heard from a human body. Every time he ran to first base my mother covered her eyes and peeked through her fingers."],
            ["In the seventh, with two outs and the bases loaded, someone hit a long fly ball toward left and the whole crowd went quiet, the way you go quiet before a car accident.",
             "The game went to extra innings, nine to nine, and everyone was exhausted and sunburned and wanted to go home, and the umpire, a retired dentist, refused to call it a tie on principle."],
            ["He caught it. I don't know how. He stumbled backward three steps, fell down, and held the glove up from the grass with the ball in it like he was showing a baby to the crowd.",
             "He came up to bat in the tenth and hit a little dribbler toward third, and the third baseman, who was seventy-four, threw it into the parking lot. My father scored from first, limping, and lay down on home plate and stayed there."],
            ["They used the scoreboard money to buy a plaque instead, for reasons nobody fully explained. It hangs in the dugout. It has his name on it and the date, and underneath, someone added in marker: HE ACTUALLY CAUGHT IT.",
             "He talks about it constantly. It's been six years. Every Thanksgiving the story gets longer. The ball goes a little farther. I have stopped correcting him, and I'm not going to."],
        ],
    },
]


def _make_sport_romance_story(rng: random.Random) -> str:
    arc = pick(rng, SPORTROM_ARCS)
    slots = dict(hero=pick(rng, ["Dana", "Marcy", "Luis", "Tessa", "Joel", "Renata", "Kit", "Owen"]),
                 other=pick(rng, ["Bea", "Ramona", "Priya", "Jules", "Hollis", "Ines"]), town=pick(rng, B2_TOWNS))
    out = [pick(rng, arc["titles"])]
    if rng.random() < 0.5:
        out.append(pick(rng, [f"by {_who(rng)}", "Short fiction", f"From the {pick(rng, B2_MONTHS)} issue", "Flash fiction | sports",
                              f"{rng.randrange(4, 14)} min read"]))
    slots["hero"] = pick(rng, arc["hero"])
    track = rng.randrange(2)
    for i, options in enumerate(arc["beats"]):
        if i in (1, 3) and rng.random() < 0.2:
            continue
        out.append(options[track] if arc.get("linked") else pick(rng, options))
    if rng.random() < 0.25:
        out.append(pick(rng, ["* * *", "THE END", "(This story first appeared in our community anthology.)"]))
    return paragraphs([o.format(**slots) for o in out])


# ---------------------------------------------------------------------------
# Children's bedtime stories about weather and the sky.
# ---------------------------------------------------------------------------

BEDWX_HEROES = [
    ("Puff", "a small cloud", "she", "her", "wanted to make rain, but every time she squeezed, only a tiny sprinkle came out"),
    ("Rumble", "a very young thunder", "he", "his", "was so shy that he hid behind the mountains whenever the lightning flashed"),
    ("Flurry", "a snowflake", "she", "her", "was afraid to fall, because the ground looked so very far away"),
    ("Breezy", "a little spring wind", "he", "his", "could not blow hard enough to turn even one windmill"),
    ("Drip", "a raindrop", "he", "his", "wondered where all the water went after it landed in the puddle"),
    ("Glimmer", "the last star of the evening", "she", "her", "could not fall asleep when the sun came up"),
    ("Mizzle", "a patch of morning fog", "she", "her", "felt sad because everyone waited for her to go away"),
]
BEDWX_FRIENDS = [
    "{name} floated over to Grandfather Mountain, who was very old and very patient. 'Everything starts small,' said the mountain. 'I was a pebble once. Well. A very big pebble.'",
    "A flock of geese flew by in a wobbly V. 'Don't worry,' honked the first goose. 'It took us all summer to learn to fly in a line. Now look at us. Mostly.'",
    "The Moon leaned down, round and kind. 'I'm only a sliver some nights,' she said, 'and some nights I'm full. I'm still the Moon both times.'",
    "A farmer looked up from her field and waved her straw hat. 'Whatever you've got,' she called, 'my beans will take it!'",
    "The old oak tree rustled all its leaves. 'Little one,' it creaked, 'I have stood here for two hundred years, and I have never once been in a hurry.'",
    "A sleepy owl opened one yellow eye. 'Whooo says you have to be big?' she asked, and closed it again.",
    "A rainbow stretched across the valley, showing off all seven colors. 'I only come out after the rain,' said the rainbow. 'Without the grey, there's no me.'",
]
BEDWX_TRIES = [
    "So {name} tried. {pron_c} puffed and {pron} huffed and {pron} scrunched up {poss} whole self, and... a teeny, tiny bit happened. It wasn't much. But it was something.",
    "{name} practiced all afternoon. Over the pond. Over the school. Over the little red barn where the cows said moo, moo, try again.",
    "That night {name} watched the other clouds and winds and stars, very carefully, the way you watch a big kid tie shoes.",
]
BEDWX_ENDS = [
    "And in the morning, when the children of {town} opened their curtains, there it was: the thing {name} had been trying to do all along. And it was just right. Not too big, not too small. Just {name}-sized.",
    "From then on, whenever {name} felt small, {pron} remembered what {poss} friends had told {obj}, and {pron} did a little bit, and then a little bit more.",
    "And everyone in the valley said it was the nicest weather they could remember, and nobody but the owl knew it was all because of {name}.",
]
BEDWX_GOODNIGHT = [
    "Goodnight, {name}. Goodnight, sky. Goodnight, you.",
    "Now close your eyes, and listen. Can you hear the weather outside your window? That might be {name}, saying goodnight.",
    "The end. Sleep tight.",
    "And {name} drifted off to sleep, just like you're going to do right now.",
]
BEDWX_PARENT = [
    "Parent note: my four-year-old asks for 'the cloud story' every night so I finally wrote it down. Feel free to change the names.",
    "From our bedtime story collection. Reading time about 4 minutes.",
    "Story #{num} in the Sleepy Sky series. Printable version linked below.",
    "Written for my granddaughter, who is afraid of thunderstorms. It has helped a little.",
]


def _make_bedtime_weather(rng: random.Random) -> str:
    name, what, pron, poss, problem = pick(rng, BEDWX_HEROES)
    obj = "her" if pron == "she" else "him"
    slots = dict(name=name, pron=pron, pron_c=pron.capitalize(), poss=poss, obj=obj, town=pick(rng, B2_TOWNS))
    out = []
    if rng.random() < 0.5:
        out.append(pick(rng, BEDWX_PARENT).format(num=rng.randrange(3, 40)))
    out.append(pick(rng, [f"{name} and the Big Sky", f"Little {name}", f"The Night {name} Tried", f"{name} Learns to Wait"]))
    out.append(pick(rng, [f"High above the hills of {slots['town']}, where the sky is wide and blue, there lived {what} named {name}.",
                          f"Once, not so long ago, there was {what} named {name}.",
                          f"Way up high, higher than kites and higher than birds, lived {what}. {pron.capitalize()} was called {name}."]))
    out.append(f"Now, {name} had a problem. {name} {problem}.")
    out.append(pick(rng, [f"'Oh dear,' said {name}. 'Oh dear, oh dear.'", f"{name} sighed a long, sad sigh.",
                          f"This made {name} feel very small, even for {what}."]))
    friends = _some(rng, BEDWX_FRIENDS, 2, 3)
    tries = _some(rng, BEDWX_TRIES, 1, 2)
    for i, f in enumerate(friends):
        out.append(f.format(**slots))
        if i < len(tries):
            out.append(tries[i].format(**slots))
    out.append(pick(rng, BEDWX_ENDS).format(**slots))
    out.append(pick(rng, BEDWX_GOODNIGHT).format(**slots))
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Fables with morals (original, Aesop-style), one to three per page.
# ---------------------------------------------------------------------------

FABLE_BANK = [
    ("The Heron and the Minnows",
     "A heron stood in the shallows every morning, so still that the minnows forgot she was there. One day a young minnow said, 'She has not moved in a week. She must be a stick.' The older minnows agreed, because it was easier than being afraid, and they swam closer each day. On the eighth morning the stick moved.",
     "What is patient is not always harmless."),
    ("The Badger Who Borrowed a Shovel",
     "A badger borrowed a shovel from the mole to dig a new room. He dug the room, then a hallway, then a pantry, and each time the mole asked for the shovel back the badger said, 'Just one more tunnel.' By winter the badger had the finest house in the meadow, and the mole, who had no shovel, slept in a hollow log. In spring the badger found his tunnels full of water, for nobody would lend him a bucket.",
     "A neighbor's trust is spent more slowly than it is earned, but it is spent all the same."),
    ("The Rooster and the Sun",
     "A rooster believed that his crowing made the sun rise. One morning he slept late, and when he woke, the sun was already high. He was so embarrassed that he told the hens the sun had risen early out of respect for him.",
     "Pride will explain anything except itself."),
    ("The Two Gardeners",
     "Two gardeners were given the same seeds. The first planted them all at once and watered them every hour, and they rotted. The second planted a few each week, and when some failed, she planted more. At harvest the first gardener complained that the seeds were bad. The second gave him half of hers.",
     "Haste blames the seed; care shares the harvest."),
    ("The Crow and the Mirror",
     "A crow found a piece of broken mirror in a field and fell in love with the bird she saw in it. She brought it every shiny thing she found, and it brought her nothing, and still she stayed beside it all summer while her flock flew south without her.",
     "Admiration that is never returned is only a reflection."),
    ("The Ox Who Counted",
     "An ox pulling a plow began to count the furrows. 'Forty,' he said, 'and still forty more.' The counting made him tired, and the tiredness made him slow. The old mule in the next field said, 'I stopped counting years ago. Now I just look at the end of this one row.'",
     "The whole field is heavy. One row is not."),
    ("The Squirrel's Map",
     "A squirrel buried a thousand acorns and drew a map of every one on a flat stone. In winter she went to dig them up and found the stone covered in snow. She dug where she thought she remembered, and found nothing. Then she dug where her nose told her, and ate well all winter. In spring oak seedlings came up everywhere the map had been right.",
     "Plans are good; noses are also good."),
    ("The Fox at the Wedding",
     "A fox was invited to the wedding of two rabbits, and all the guests were nervous. He sat quietly at the back, ate only the carrot cake, and left a gift of clover at the door. The next year he was invited again, and the year after that. 'Why do you come?' asked a young rabbit. 'Because I was asked,' said the fox, 'and being asked is rarer than you think.'",
     "Kindness offered to the unexpected guest is often repaid in kind."),
    ("The Kettle and the Teacup",
     "A kettle boasted that it did all the work: it boiled the water, it whistled, it was the loudest thing in the kitchen. The teacup said nothing. In the evening the old woman of the house sat by the fire with the teacup in both hands and the kettle cold on the stove.",
     "The one who serves last is often the one who is held."),
    ("The Goat on the Bridge",
     "Two goats met in the middle of a narrow bridge. Neither would step back, and they butted heads until both fell into the stream. A third goat, watching from the bank, waited for them to climb out, then crossed the empty bridge without getting his hooves wet.",
     "While two quarrel over the way, a third uses it."),
]
FABLE_INTROS = [
    "Fables for the Week — retold for our Year 3 reading group",
    "A few short fables I wrote for my kids (feel free to use them in class)",
    "STORY CORNER: Fables",
    "Bedtime fables, part {num}",
    "",
]


def _make_fables(rng: random.Random) -> str:
    out = [pick(rng, FABLE_INTROS).format(num=rng.randrange(2, 12))]
    chosen = _some(rng, FABLE_BANK, 1, 3)
    for title, body, moral in chosen:
        label = pick(rng, ["Moral:", "The moral:", "And so:", "Moral of the story —"])
        out.append(title if rng.random() < 0.7 else title.upper())
        out.append(body)
        out.append(f"{label} {moral}")
    if rng.random() < 0.4:
        out.append(pick(rng, ["Discussion: Which character would you like to be friends with? Why?",
                              "Try this: write your own fable with an animal that lives near your house.",
                              "Comments are open. Let me know which one your kids liked best!"]))
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Memoir excerpt (self-published / book excerpt), first person, reflective.
# ---------------------------------------------------------------------------

MEMOIR_CHAPTERS = {
    "the paper route": [
        "I got my paper route in the spring of 1974, when I was eleven, and kept it until I was fifteen, and in those four years I learned more about the town of {town} than anyone should know about the town they grew up in.",
        "Sixty-two houses. I can still name most of them. The Hendrickses, who tipped a quarter every Friday and a dollar at Christmas. The widow on Cooper Street who left a glass of milk on her porch rail for me every morning in summer. The house with the Doberman, which I delivered to from the sidewalk, with my arm, like a quarterback.",
        "Collecting was the worst part. Once a week you knocked on every door with a little ring of punch cards and asked for a dollar-forty. Some people paid before you finished knocking. Some people hid. One man told me every week for a month to 'come back tomorrow,' and I did, every tomorrow, until his wife came out and paid me and gave him a look I still think about.",
        "In winter I did the route in the dark, with the papers in a canvas bag that got heavier as it got wetter, and I remember the particular silence of a snowy street at five-thirty in the morning, the only sound my boots and the occasional furnace kicking on behind a wall.",
        "My father drove me when the snow was too deep. He never offered; he was just in the car with the heater running when I came out. We didn't talk. He'd stop at each driveway and wait while I ran up, and at the end he'd say, 'That's done, then,' and we'd go home to breakfast.",
        "I made, in four years, something like eleven hundred dollars, which I spent on a ten-speed bicycle, a transistor radio, and a great many baseball cards that my mother later gave to a church rummage sale. I've forgiven her. Mostly.",
    ],
    "my mother's diner": [
        "My mother ran the Blue Plate on Route 9 for twenty-six years, and I grew up in the third booth from the door, doing homework on the back of guest checks.",
        "The Blue Plate opened at five. The first customers were the truckers and the milk-plant shift, then the farmers, then the retired men who took up the whole counter and argued about the weather as if it were a sport. By nine it was the mothers with strollers. By eleven it was the lawyers from the courthouse, who tipped the worst.",
        "My mother knew everyone's order and most of their troubles. She could tell from the way a man sat down whether he'd had a fight with his wife, and she'd bring him pie he hadn't ordered and not charge him for it.",
        "I learned to make change before I could read properly. By nine I could carry three plates on one arm. By twelve I could tell the difference between a customer who wanted to talk and one who wanted to be left alone, which I've since learned is a skill many adults never acquire.",
        "The kitchen was run by a cook named Vern who had a tattoo of an anchor on each forearm and had never been to sea. He let me flip pancakes on slow Sundays. When I finally got one to land back in the pan he rang the order bell three times, which he otherwise only did for New Year's.",
        "She sold the place in 1998. The new owners painted it beige and put in a salad bar. I drove past it last year. It's a vape shop now. I didn't stop, but I slowed down, and I swear I could smell the coffee.",
    ],
    "the summer of the well": [
        "The summer I was twelve our well went dry, and for six weeks my family lived like pioneers in a subdivision.",
        "We hauled water from my aunt's house in orange juice jugs and a borrowed milk can. My brother and I made a game of it at first, racing to fill the jugs from her garden spigot. By the second week it had stopped being a game.",
        "My mother washed dishes in a dishpan and then poured the dishwater on her tomatoes, and the tomatoes that summer were, she insisted, the best she'd ever grown. 'Soap,' she said. 'They like the soap.' We were not allowed to argue.",
        "Baths were on Saturday, one tub of water, in order of age. I was the youngest. By the time I got in, the water was the color of weak tea and about as warm.",
        "The well driller came in August, a huge quiet man named Olaf who chewed on a toothpick and listened to baseball on a transistor radio the whole time he worked. On the third day he hit water at two hundred and ten feet, and it came up so cold and sweet that my father cried, which I had never seen and did not see again until my sister's wedding.",
        "I think about that summer every time I turn on a faucet without thinking about it. Which is to say, I don't think about it nearly enough.",
    ],
}
MEMOIR_HEAD = [
    "Chapter {n}: {title}",
    "from {book}, a memoir by {author}",
    "EXCERPT — {book} ({press}, {year})",
    "{title}\n\nThe following is adapted from {author}'s memoir, {book}, published this month by {press}.",
]


def _make_memoir(rng: random.Random) -> str:
    title = pick(rng, list(MEMOIR_CHAPTERS))
    paras = MEMOIR_CHAPTERS[title]
    author = _who(rng)
    book = pick(rng, ["Sixty-Two Houses", "The Third Booth", "Small Town, Early Hours", "What the Water Knew", "Coffee at Five", "A Route Through Town"])
    out = [pick(rng, MEMOIR_HEAD).format(n=rng.randrange(2, 19), title=title.title(), book=book, author=author,
                                         press=pick(rng, ["Prairie Lantern Press", "Quiet Harbor Books", "self-published"]),
                                         year=rng.randrange(2009, 2025))]
    keep = [paras[0]] + _ordered(rng, paras[1:-1], 2, len(paras) - 2) + [paras[-1]]
    town = pick(rng, B2_TOWNS)
    out.extend(p.format(town=town) for p in keep)
    if rng.random() < 0.3:
        out.append(pick(rng, [f"{author} lives in {pick(rng, B2_TOWNS)}. This is their first book.",
                              "Reprinted with permission.", f"Read more from our memoir series on {pick(rng, B2_DAYS)}s."]))
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Local news human-interest feature.
# ---------------------------------------------------------------------------

HUMINT_STORIES = {
    "mail carrier": {
        "heads": ["After 38 years and about 4 million letters, {town}'s favorite mail carrier hangs up the satchel",
                  "'I know every dog by name': beloved letter carrier retires"],
        "paras": [
            "{name} has walked the same route through the east side of {town} since 1986, and on {day} the neighborhood threw her a party.",
            "Residents lined Maple and Birch streets holding hand-lettered signs. One, taped to a mailbox, read: 'You delivered my college acceptance letter. And my divorce papers. And my daughter's adoption papers. Thank you for always smiling.'",
            "'I didn't expect any of this,' {first} said, wiping her eyes with the back of her hand. 'I just brought people their mail.'",
            "She estimates she's walked roughly 120,000 miles over her career, 'a few times around the planet, and never once left town.'",
            "She knows every dog on the route by name and carried a pocketful of biscuits for most of her career, until the post office gently suggested she stop. 'I stopped,' she said. 'Officially.'",
            "Longtime resident {resident}, 91, said {first} checked on her every day after her husband died. 'If my curtains weren't open by ten, she'd knock,' she said. 'You don't forget a thing like that.'",
            "In retirement, {first} plans to visit her grandchildren in Arizona and, she says, 'sit down. Just for a while.'",
        ],
    },
    "tailor": {
        "heads": ["Downtown tailor marks 50 years at the same sewing machine",
                  "Stitch by stitch: the quiet shop that has hemmed {town}'s pants for half a century"],
        "paras": [
            "The sign above the door still says ALTERATIONS in hand-painted gold letters, and behind the counter, {name}, 81, is still at the same Singer sewing machine he bought secondhand in 1974.",
            "He has hemmed pants for three generations of {town} families, let out wedding dresses the week before the wedding, and once, he says, sewed a button back on the mayor's coat during a parade.",
            "'People think it's a simple job,' {first} said, running a strip of chalk along a cuff. 'But every body is different. Every body is a new problem.'",
            "He came to the United States at twenty-three with a single suitcase and, he says, 'one good pair of scissors.' He still has the scissors. He uses them every day.",
            "Customers say the shop is as much a social club as a business. On a recent {day}, a retired firefighter sat in the corner chair for forty minutes, talking about fishing, before admitting he didn't actually need anything altered.",
            "His daughter, {resident}, worries about him working six days a week. 'He says he'll stop when his hands stop,' she said. 'His hands are fine.'",
            "Asked about the secret to running a business for fifty years, he shrugged. 'Be open when you say you are open,' he said. 'And don't lose anybody's pants.'",
        ],
    },
    "lost ring": {
        "heads": ["Wedding ring lost in 1998 turns up in a garden in {town}, and finds its way home",
                  "'I'd given up': Woman reunited with late mother's ring after 25 years"],
        "paras": [
            "When {name} pulled up a clump of weeds in her vegetable garden this spring, something glinted in the dirt. It was a thin gold band, scratched and caked with soil, with an inscription inside: 'R & M 6-14-52.'",
            "'I thought, somebody's heart was broken over this,' she said. 'I couldn't just put it in a drawer.'",
            "She posted a photo on a local community page. Within a day, the post had been shared more than 2,000 times, and a woman three states away recognized it.",
            "{resident} had lived in the house as a child. Her mother lost the ring while planting tulips in the spring of 1998 and, according to family lore, tore up the whole yard looking for it. She died in 2011, still hoping it would turn up.",
            "The two women met last {day} on the front porch. {resident} slipped the ring onto her own finger. It fit. 'Mom would have laughed,' she said. 'She always said that garden was hiding something.'",
            "{first} says she's going to keep digging. 'There might be earrings in there too,' she joked.",
        ],
    },
    "crossing guard": {
        "heads": ["At 84, the crossing guard at Fifth and Elm isn't going anywhere",
                  "Rain, snow or shine, 'Mr. G' has walked {town} kids across the street for 22 years"],
        "paras": [
            "Every school day at 7:40 a.m., {name} puts on his orange vest, picks up his stop sign and takes his post at the corner of Fifth and Elm.",
            "He started the job after retiring from the county highway department, 'because my wife said I needed somewhere to be in the morning.' He's now walked some of his original students' children across the same street.",
            "He knows the kids by name, and by their moods. 'You can tell by the walk,' he said. 'Somebody had a bad breakfast, you say something silly. Somebody's got a spelling test, you wish them luck.'",
            "Last winter, when a snowstorm closed the district, he stood at the corner anyway for fifteen minutes 'just in case someone didn't get the call.' Two kids hadn't. He walked them home.",
            "Students at Elm Street Elementary made him a banner for his birthday this month. It's hanging in his garage. 'I'll never take it down,' he said.",
            "Principal {resident} called him 'the first face our kids see every day, and one of the kindest.' He waved off the compliment and went back to his corner.",
        ],
    },
}


def _make_human_interest(rng: random.Random) -> str:
    key = pick(rng, list(HUMINT_STORIES))
    st = HUMINT_STORIES[key]
    town = pick(rng, B2_TOWNS)
    female = key in ("mail carrier", "lost ring")
    first = pick(rng, ["Gloria", "Patty", "Denise", "Rhonda", "Carla"] if female else ["Sal", "Gennaro", "Hector", "Leon", "Amos"])
    last = pick(rng, B2_LAST)
    slots = dict(town=town, name=f"{first} {last}", first=first, resident=f"{pick(rng, B2_WOMEN)} {pick(rng, B2_LAST)}", day=pick(rng, B2_DAYS))
    paras = st["paras"]
    keep = paras[:2] + _ordered(rng, paras[2:-1], 2, len(paras) - 3) + [paras[-1]]
    out = [pick(rng, st["heads"]).format(**slots),
           pick(rng, [f"By {_who(rng)} | Staff Writer", f"{_who(rng)}, {town} Courier", f"Posted {_day(rng, 2016, 2024)} | Community"])]
    out.extend(p.format(**slots) for p in keep)
    if rng.random() < 0.35:
        out.append(pick(rng, ["Know someone whose story should be told? Email our newsroom.",
                              "This story is part of our 'Neighbors' series.",
                              "A photo gallery accompanies this story online."]))
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Letterboxd-style capsule reviews of romantic comedies and dramas.
# ---------------------------------------------------------------------------

FILMCAP_FILMS = [
    ("Second Serve", "a retired tennis pro coaches her ex-husband's doubles partner"),
    ("The Lighthouse Keeper's Daughter", "a period drama about a family running a lighthouse on the Maine coast in 1911"),
    ("Until Thursday", "two strangers stuck in an airport during a snowstorm for three days"),
    ("Pasta for Two", "rival food-truck owners parked on the same block all summer"),
    ("The Quiet Year", "a widowed farmer and his teenage granddaughter after a drought"),
    ("Wedding Season", "a bridesmaid attending six weddings in one summer with the same plus-one"),
    ("Harbor Street", "three sisters reopening their late father's bookshop"),
    ("Late Bloomers", "a retirement-home romance between a former dance teacher and a grumpy ex-postman"),
    ("Mostly Sunny", "a TV weatherwoman whose forecasts keep being wrong on the day of her sister's wedding"),
]
FILMCAP_TAKES = [
    "I went in expecting nothing and left with a new comfort movie. The chemistry between the leads is ridiculous. The third act airport sprint is a cliché and I don't care.",
    "Fine. Pleasant. Forgettable by the parking lot. The best scene is a two-minute argument about how to fold a fitted sheet and I wish the whole movie had that energy.",
    "The screenplay hits every beat you'd expect, but the actors are so warm you forgive it. Extra half star for the grandmother, who steals every scene she's in.",
    "This made me call my dad. That's the review.",
    "Gorgeous to look at, the coastline shots alone are worth the ticket, but it's about twenty minutes too long and the subplot with the cousin goes nowhere.",
    "the way he looks at her when she's not looking. i'm unwell. rewatching immediately",
    "Honestly a bit manipulative? The score tells you exactly when to cry, every time. I cried every time. So.",
    "A small, honest drama about grief that never raises its voice. The kitchen-table scene near the end is one unbroken take and I forgot to breathe.",
    "Watched on a plane. Laughed loud enough that the man next to me asked what it was. He's now also a fan.",
    "Not every romcom needs a fake-dating scheme, but this one earns it. Sharp, fast dialogue, and a supporting cast that feels like real people who have jobs.",
    "My mother has seen this eleven times. I now understand why. I also understand why my father leaves the room.",
    "Would have been a four if the ending didn't tie everything up in a neat bow. Life doesn't do that. Let them be sad for a minute!",
    "dragged my boyfriend to this and he cried harder than me. he's asked me not to put that on the internet. sorry babe",
    "The sisters' bickering feels so lived-in that I assumed they were related in real life. They are not. Incredible casting.",
]
FILMCAP_STARS = ["★★★★★", "★★★★½", "★★★★", "★★★½", "★★★", "★★½", "★★"]


def _make_film_capsules(rng: random.Random) -> str:
    mode = rng.randrange(3)
    if mode == 0:  # one user's diary page
        user = _user(rng)
        out = [f"{user}'s diary — {pick(rng, B2_MONTHS)} {rng.randrange(2016, 2025)}",
               pick(rng, ["Romcom month continues.", "Catching up on everything my sister told me to watch.", "Rainy weekend, comfort watches.", ""])]
        for (title, _), take in zip(_some(rng, FILMCAP_FILMS, 3, 5), _some(rng, FILMCAP_TAKES, 5, 5)):
            out.append(f"{title} ({rng.randrange(1995, 2024)}) {pick(rng, FILMCAP_STARS)}{pick(rng, ['', ' ♥', ' (rewatch)'])}\n{take}")
        return paragraphs(out)
    title, premise = pick(rng, FILMCAP_FILMS)
    out = [f"{title} ({rng.randrange(1995, 2024)})",
           f"{pick(rng, ['Directed by', 'Dir.'])} {_who(rng)} · {rng.randrange(88, 134)} mins · {pick(rng, ['Romance, Comedy', 'Drama', 'Comedy, Drama', 'Romance'])}",
           f"Synopsis: {premise[0].upper() + premise[1:]}."]
    if mode == 1:
        out.append("Popular reviews")
    for take in _some(rng, FILMCAP_TAKES, 2, 5):
        out.append(f"Review by {_user(rng)} {pick(rng, FILMCAP_STARS)}\n{take}\n{rng.randrange(2, 900)} likes")
    return paragraphs(out)


# ---------------------------------------------------------------------------
# TV recap of a cooking competition episode.
# ---------------------------------------------------------------------------

COOKREC_CHALLENGES = [
    ("Mystery Box", "a mystery box containing duck legs, rhubarb, black garlic and a single can of sardines"),
    ("Team Challenge", "feeding 120 firefighters at the county station with a budget of $300"),
    ("Pressure Test", "recreating a judge's nine-layer crêpe cake in two hours"),
    ("Heritage Round", "a dish that tells the story of where they grew up"),
    ("Elimination Round", "a perfect soufflé, with no recipe, in forty-five minutes"),
    ("Breakfast Challenge", "diner breakfast for a line of truckers at six in the morning"),
]
COOKREC_EVENTS = [
    "{c1}'s risotto was, in the words of one judge, 'a bit like wallpaper paste,' which is the kind of line that will follow you on the internet forever.",
    "{c2} plated with eleven seconds to spare and then had to sit down on the floor of the pantry for a minute, which, honestly, same.",
    "The big drama of the hour: {c1} grabbed the last of the heavy cream, and {c3} did not take it well. There were words. There was a very long shot of {c3} stirring something aggressively.",
    "{c2} tried to make a sauce out of the sardines and, against all odds, it worked. The judges went back for seconds, which they never do on camera.",
    "For the second week in a row, {c3} forgot to put their dish in the oven until it was almost too late. The editors played tense violin music. It came out fine.",
    "{c1} told a story about cooking this dish with their late grandmother, and the whole tent went quiet. One of the judges had to take her glasses off.",
    "{c2}'s soufflé collapsed the second it left the oven. They presented it anyway, with a shrug and the line 'It's a deconstructed soufflé,' which got the biggest laugh of the season.",
    "The team challenge went about as smoothly as you'd expect when {c1} and {c3} are on the same team. Which is to say: chaos, but delicious chaos.",
]
COOKREC_JUDGING = [
    "Top of the week went to {c2} for a dish one judge called 'the first thing this season I'd pay for.'",
    "The judges were unusually blunt this week. 'Underseasoned' was said at least six times. I started counting.",
    "Bottom three were {c1}, {c3} and, surprisingly, last week's winner.",
    "In the end, {c3} was sent home after the judges found raw flour in the middle of their cake. A real shame, because they were the funniest person in the kitchen.",
    "Nobody went home this week, because apparently the producers felt the same way we did about the soufflé round.",
]
COOKREC_CLOSE = [
    "Next week: the dreaded wedding cake challenge. I will be watching through my fingers.",
    "Who do you think should have gone home? Tell me in the comments, but be nice, these are real people who cried in a tent.",
    "Stray thoughts: the host's sweater this week was a choice. The pantry needs more lemons. {c2} for the win.",
    "My power rankings: 1. {c2} 2. {c1} 3. everybody else. Fight me.",
]


def _make_cooking_recap(rng: random.Random) -> str:
    show = pick(rng, ["The Heat Is On", "Kitchen Crown", "Home Cook Heroes", "Whisk Takers", "Tent Kitchen"])
    c = sample(rng, ["Marisol", "Big Dave", "Priyanka", "Theo", "Nana Ruth", "Kenji", "Lacey", "Abdul", "Sunny", "Gerald"], 3)
    slots = dict(c1=c[0], c2=c[1], c3=c[2])
    ep = rng.randrange(2, 11)
    out = [pick(rng, [f"'{show}' recap: Season {rng.randrange(2, 9)}, Episode {ep}",
                      f"{show} S{rng.randrange(2, 9)}E{ep} recap — somebody please hug {c[2]}",
                      f"Recap: {show}, week {ep}. The soufflés were not okay"]),
           pick(rng, [f"by {_who(rng)}", f"Posted {_day(rng, 2017, 2024)} · Spoilers ahead", "TV · Reality"])]
    chs = _some(rng, COOKREC_CHALLENGES, 1, 2)
    ev = _some(rng, COOKREC_EVENTS, 3, 5)
    out.append(pick(rng, [f"We're down to {rng.randrange(5, 11)} home cooks, and this week the producers decided to test everyone's nerves.",
                          "If you thought last week was dramatic, buckle up.",
                          "This was a quieter week in the kitchen, but not for lack of burnt butter."]))
    for i, (name, desc) in enumerate(chs):
        out.append(f"{name}: the cooks faced {desc}.")
        out.extend(e.format(**slots) for e in ev[i * 2:(i + 1) * 2 + (1 if i == len(chs) - 1 else 0)])
    out.append(pick(rng, COOKREC_JUDGING).format(**slots))
    out.append(pick(rng, COOKREC_CLOSE).format(**slots))
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Theatre review of a community or regional production of a classic play.
# ---------------------------------------------------------------------------

THEATRE_PLAYS = {
    "Our Town": [
        "Thornton Wilder's play asks its actors to do almost nothing, and that turns out to be the hardest thing in the world. The set is two tables, a few chairs and two ladders. The audience has to do the rest.",
        "As the Stage Manager, {lead} is folksy without being cute, leaning on the proscenium as if he's chatting over a fence. When he tells us who will die and when, he does it gently, the way you'd tell a child the ending of a story so it won't be scary.",
        "The third act, in which Emily returns to relive her twelfth birthday, is where productions live or die. {lead2} plays it with such plain, open-hearted longing that the woman next to me was audibly crying by 'Mama, look at me one minute.'",
    ],
    "A Midsummer Night's Dream": [
        "Setting Shakespeare's comedy at a 1970s summer camp is the kind of idea that could go badly wrong. Here, it mostly goes right: the lovers wander the woods in cutoffs and knee socks, and Puck is a bored junior counselor with a whistle.",
        "The mechanicals steal the show, as they always do. {lead} plays Bottom as a middle-aged dad who has absolutely signed up for the community play to get out of the house, and his death scene in 'Pyramus and Thisbe' stops the show for a good ninety seconds.",
        "The young lovers are less secure with the verse, and the quarrel scene in the woods sometimes turns into shouting. But {lead2} as Helena finds real comedy in her desperation and real hurt underneath it.",
    ],
    "The Importance of Being Earnest": [
        "Oscar Wilde's comedy is a machine made of epigrams, and it only works if the actors trust the lines. Most of this cast does.",
        "{lead} is a superb Lady Bracknell, stately as a battleship, and her delivery of the famous handbag line is a slow, disbelieving descent that earns its laugh twice over.",
        "The cucumber sandwiches are real, I'm told, and {lead2}'s Algernon eats about nine of them over the course of the first act with a kind of heroic dedication.",
    ],
    "A Doll's House": [
        "Ibsen's drama still lands like a slammed door, nearly a century and a half on. This production, in the black-box space upstairs, keeps the audience close enough to see every flicker of Nora's face.",
        "{lead2} plays Nora's early chirpiness with a nervous edge, so that we sense the strain long before the secret loan comes out. Her final confrontation with Torvald is quiet, almost conversational, and all the more devastating for it.",
        "{lead} gives Torvald more charm than the role usually gets, which makes him harder to dismiss and the ending harder to watch. The famous door, when it finally shuts, is a real door, and the sound carries.",
    ],
}
THEATRE_GENERAL = [
    "The set, designed by {designer}, makes clever use of the small stage, with a revolving platform the crew turns by hand between scenes.",
    "Costumes are thoughtful and clearly built on a community-theatre budget; a few hems were visibly pinned on opening night, which only added to the charm.",
    "Lighting is occasionally late on cues, and one scene played for a full minute in near-darkness before someone found the switch.",
    "Director {director} keeps the pace brisk; the evening runs just over two hours with one intermission, and it never drags.",
    "The small live band, tucked into the corner of the stage, adds a warmth no recording could.",
    "The audience on the night I attended was a mix of season subscribers and what appeared to be every cast member's extended family, and both groups were on their feet at the end.",
]
THEATRE_CLOSE = [
    "{play} runs through {month} {d} at the {venue}. Tickets are $18, $12 for students and seniors. Bring a cushion; the seats are original.",
    "Verdict: a warm, well-acted evening. Go, and bring someone who's never seen it.",
    "Rating: three and a half out of five. Performances Thursday through Sunday at the {venue}.",
    "It's not a perfect production, but it's a generous one, and in a small town that's worth a lot.",
]


def _make_theatre_review(rng: random.Random) -> str:
    play = pick(rng, list(THEATRE_PLAYS))
    venue = pick(rng, ["Grange Hall Playhouse", f"{pick(rng, B2_TOWNS)} Community Theatre", "Old Firehouse Stage", "Riverbend Arts Center"])
    g1, g2 = {"Our Town": "mf", "A Midsummer Night's Dream": "mf", "The Importance of Being Earnest": "fm", "A Doll's House": "mf"}[play]
    lead = f"{pick(rng, B2_MEN if g1 == 'm' else B2_WOMEN)} {pick(rng, B2_LAST)}"
    lead2 = f"{pick(rng, B2_MEN if g2 == 'm' else B2_WOMEN)} {pick(rng, B2_LAST)}"
    slots = dict(lead=lead, lead2=lead2, designer=_who(rng), director=_who(rng), play=play, venue=venue,
                 month=pick(rng, B2_MONTHS), d=rng.randrange(1, 29))
    out = [pick(rng, [f"Review: '{play}' at the {venue}", f"THEATRE | A {pick(rng, ['warm', 'spirited', 'thoughtful', 'brave'])} '{play}' in {pick(rng, B2_TOWNS)}",
                      f"'{play}' opens the {venue} season"]),
           f"By {_who(rng)}, {pick(rng, ['arts correspondent', 'special to the Gazette', 'theatre critic'])}"]
    play_paras = THEATRE_PLAYS[play]
    out.append(play_paras[0])
    mids = _some(rng, play_paras[1:] + THEATRE_GENERAL, 3, 5)
    out.extend(m.format(**slots) for m in mids)
    out.append(pick(rng, THEATRE_CLOSE).format(**slots))
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Fan forum thread about a daytime soap opera.
# ---------------------------------------------------------------------------

SOAPFORUM_TITLES = [
    "{show} — Week of {month} {d} discussion (SPOILERS)",
    "So Vivienne is BACK?? ({show} talk)",
    "Is anyone else over the paternity storyline on {show}",
    "{show}: Today's ep, that wedding!!!",
]
SOAPFORUM_OP = [
    "Okay I need to talk to someone about today because my husband refuses. Vivienne walked into Blake and Corinne's rehearsal dinner like she didn't go off a cliff in a car THREE YEARS AGO and nobody even screamed?? They just... passed the rolls??",
    "The paternity test storyline has now been going for four months. FOUR. Just open the envelope, Daphne. My grandmother watched this show for thirty years and she would have thrown her slipper at the screen by now.",
    "Can we talk about the wedding. I have watched this show since I was twelve (home sick, my mom had it on, never recovered) and that was the best wedding in at least a decade. The speech Rex gave about the lighthouse had me sobbing into a dish towel.",
    "Unpopular opinion maybe but Gideon is the best villain this show has had since the 90s. The man poisoned a horse and blackmailed his own brother and I still kind of want him to win?",
]
SOAPFORUM_REPLIES = [
    "the amnesia thing is so lazy. every time a character goes away for a year they come back with amnesia. its like a revolving door at the amnesia hotel",
    "Vivienne's recast is growing on me but I will always miss the original actress. Nobody could do the eyebrow thing like her.",
    "I've been watching since the Coral Bay fire in '94 and I am telling you Corinne is going to end up with Rex. It's always been Rex.",
    "Daphne is protecting someone, that's why she won't open the envelope. My money's on her mother. Remember the hospital storyline two years ago?",
    "Gideon poisoning the horse was too far for me. Blackmail fine, stealing the shipping company fine, but leave the animals alone!!",
    "lol at 'they just passed the rolls' I literally spit out my coffee",
    "The writing has been so much better since the new head writer came in. Actual consequences! Characters remember things that happened last month!",
    "Did anyone catch that Blake's ring was on the wrong hand in the last scene? Continuity department was on vacation apparently.",
    "I dvr it and watch at night after the kids are asleep and this thread is my reward for getting through the day. Thank you all lol",
    "Spoilers say there's a big storm episode in sweeps month. Someone's getting trapped in the lighthouse, calling it now.",
    "Honestly the best part of this show right now is Nana Flo at the diner. Give her a storyline!! Let her fall in love with the new mechanic!!",
    "my theory: the twin. there is always a twin. Vivienne had a twin sister in the 2008 flashback episode and nobody has mentioned her since.",
    "I stopped watching for about ten years and came back last summer and somehow it all still made sense within a week. That's the magic of soaps.",
    "MOD NOTE: please use spoiler tags for anything from the preview magazines. Some people here watch on delay.",
]


def _make_soap_forum(rng: random.Random) -> str:
    show = pick(rng, ["Coral Bay", "The Harbor Lights", "Willow Creek Lane", "Sands of Corinth"])
    title = pick(rng, SOAPFORUM_TITLES).format(show=show, month=pick(rng, B2_MONTHS), d=rng.randrange(1, 29))
    out = [f"{pick(rng, ['Soap Talk Central', 'Daytime Drama Boards', 'SoapChat Forums'])} › {show} › {title}",
           f"{_user(rng)} · {_day(rng, 2012, 2024)}\n{typos(rng, pick(rng, SOAPFORUM_OP), 0.02)}"]
    for r in _some(rng, SOAPFORUM_REPLIES, 4, 9):
        r = r.replace("Coral Bay", show) if show != "Coral Bay" else r
        meta = pick(rng, ["", f" · {rng.randrange(2, 48)}h ago", f" · Reply #{rng.randrange(2, 90)}", " · Veteran member"])
        out.append(f"{_user(rng)}{meta}\n{typos(rng, r, 0.03)}")
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Weekly church bulletin / parish newsletter.
# ---------------------------------------------------------------------------

CHURCHB_WELCOME = [
    "Welcome to all who worship with us this morning! If you are visiting, please sign the guest book in the narthex and stay for coffee. We'd love to meet you.",
    "We're glad you're here. Large-print hymnals and hearing assistance devices are available from the ushers. Children are welcome in worship; activity bags are at the back.",
    "Whoever you are and wherever you are on life's journey, you are welcome here.",
]
CHURCHB_ITEMS = [
    "POTLUCK: Our harvest potluck is next Sunday after the 10:30 service. Last names A–M bring a main dish, N–Z bring a side or dessert. Please label anything containing nuts.",
    "FOOD PANTRY: This month's most-needed items are canned fruit, peanut butter, cereal and diapers (sizes 4 and 5). The collection bin is by the office door. Thank you for your generosity — we served 74 families in {month}.",
    "The Women's Circle will meet Tuesday at 1 p.m. in the parlor. {person} will share photos from her trip to visit her daughter in Ghana.",
    "Choir rehearsals resume Wednesday at 7 p.m. New voices are always welcome, especially tenors. Especially tenors. (Please, tenors.)",
    "The roof fund thermometer in the hallway now reads ${roof}. Thank you to everyone who bought pies at the bake sale!",
    "Confirmation class meets in Room 3 following the service. Parents, please return the retreat permission forms by the 15th.",
    "Thank you to the {person} family for the altar flowers this week, given in loving memory of their parents.",
    "The Men's Breakfast meets Saturday at 7 a.m. Pancakes by Deacon {deacon}, who promises the smoke alarm will not go off this time.",
    "Quilters meet Thursday mornings in the fellowship hall. This fall's quilts will go to the hospice center in {town}.",
    "VBS volunteers needed! Vacation Bible School runs the last week of June. We need crafts helpers, snack helpers, and one brave person to lead the water games.",
    "The church office will be closed Monday for the holiday. For pastoral emergencies, call the on-call number on the office voicemail.",
]
CHURCHB_PRAYERS = ["{p1}, recovering from knee surgery", "the family of {p2}, who passed away this week", "{p3}, deployed overseas",
                   "{p1}'s mother, in hospice care", "our sister congregation in {town} after the flooding", "all students starting the new school year",
                   "{p3} and family as they welcome a new baby girl"]
CHURCHB_SERVE = ["Greeters", "Ushers", "Lector", "Coffee Hour", "Acolytes", "Nursery", "Counters"]


def _make_church_bulletin(rng: random.Random) -> str:
    church = pick(rng, ["St. Matthew's Episcopal Church", "Trinity Lutheran Church", "First Presbyterian Church", "Grace Community Church",
                        "Our Lady of the Lake Parish", "Bethel A.M.E. Church"])
    town = pick(rng, B2_TOWNS)
    date = _day(rng, 2015, 2024)
    out = [f"{church.upper()}\n{town}\nThe Weekly Bulletin — {pick(rng, B2_DAYS[6:])}, {date}", pick(rng, CHURCHB_WELCOME)]
    if rng.random() < 0.6:
        out.append(f"Order of Worship\nPrelude · Call to Worship · Hymn {rng.randrange(100, 700)} · Prayer of Confession · Scripture: "
                   + pick(rng, ["Micah 6:6-8", "Luke 10:25-37", "Psalm 121", "John 15:1-8", "Ecclesiastes 3:1-8"])
                   + f" · Sermon: \"{pick(rng, ['Enough', 'The Long Way Home', 'Neighbors', 'A Time for Everything', 'Staying Connected'])}\" · Offering · Hymn {rng.randrange(100, 700)} · Benediction")
    slots = dict(month=pick(rng, B2_MONTHS), person=pick(rng, B2_LAST), roof=f"{rng.randrange(8, 60) * 1000:,}", deacon=pick(rng, B2_FIRST),
                 town=pick(rng, B2_TOWNS))
    out.append("THIS WEEK AT " + church.split(" Church")[0].split(" Parish")[0].upper() + "\n" + "\n".join(f"• {fill(rng, i, **slots)}" for i in _some(rng, CHURCHB_ITEMS, 3, 6)))
    prayers = [p.format(p1=_who(rng), p2=_who(rng), p3=pick(rng, B2_FIRST), town=pick(rng, B2_TOWNS)) for p in _some(rng, CHURCHB_PRAYERS, 3, 5)]
    out.append("PLEASE KEEP IN YOUR PRAYERS\n" + "; ".join(prayers) + ".")
    serve = [f"{s}: {pick(rng, B2_FIRST)} {pick(rng, B2_LAST)}" for s in _some(rng, CHURCHB_SERVE, 3, 5)]
    out.append("SERVING NEXT WEEK\n" + "\n".join(serve))
    out.append(f"Last week's attendance: {rng.randrange(48, 260)} · Offering: ${rng.randrange(2100, 9800):,}")
    out.append(pick(rng, [f"Pastor {_who(rng)} · Office hours Tue–Thu 9–3",
                          f"Rev. {_who(rng)}, Rector · Parish Administrator: {_who(rng)}",
                          "Bulletin announcements are due to the office by Wednesday noon."]))
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Bookstagram / BookTok-style captions about non-AI novels (romance, thrillers, family sagas).
# ---------------------------------------------------------------------------

BOOKPOST_BOOKS = [
    ("The Orchard Sisters", "family saga", "four sisters, one apple orchard, and forty years of secrets"),
    ("Lie to Me in Lisbon", "romance", "grumpy tour guide x sunshine travel writer, forced proximity on a tram"),
    ("The Night Ferry", "thriller", "a woman wakes on an overnight ferry and her husband isn't on the passenger list"),
    ("Salt and Honey", "historical fiction", "a beekeeping family on a Greek island during the 1950s"),
    ("Fourth Down", "sports romance", "hockey player falls for his sister's best friend, who hates hockey"),
    ("The Housesitter", "domestic thriller", "a housesitter starts finding notes addressed to her in the owner's handwriting"),
    ("Every Summer After Dark", "romance", "second-chance romance at a lake town motel"),
    ("The Last Bookbinder of Prague", "literary fiction", "an old bookbinder teaches his trade to a runaway teenager"),
]
BOOKPOST_LINES = [
    "I read this in ONE sitting and now it's 2am and I have work in five hours. Worth it.",
    "The banter. THE BANTER. I highlighted half the book.",
    "This is a slow burn, like SLOW slow, and I was screaming at them to just talk to each other for 300 pages. 10/10 would scream again.",
    "The twist at 70% made me throw my kindle across the room (gently, onto the bed, I'm not a monster).",
    "If you liked cozy small-town books with found family and a bakery, this is for you.",
    "Trigger warnings: death of a parent, a house fire (off page), lots of crying (mine).",
    "The villain was a husband, obviously, it's always the husband. But the way it was revealed!!",
    "My book club is going to fight about this ending and I cannot wait.",
    "Not gonna lie, the middle drags a bit. But the last fifty pages fixed everything.",
    "Annotated copy pics in slide 3. Yes I used four colors of tabs. No I will not be taking questions.",
    "Rating: ☕☕☕☕ / 5 (one coffee off because I needed more of the grandma)",
    "This author never misses. Already preordered the next one.",
]
BOOKPOST_TAGS = ["#bookstagram", "#booktok", "#romancereads", "#thrillerbooks", "#currentlyreading", "#bookreview", "#tbr",
                 "#slowburn", "#familysaga", "#bookclub", "#kindleunlimited", "#booksofinstagram", "#historicalfiction"]


def _make_book_posts(rng: random.Random) -> str:
    posts = []
    for title, genre, hook in _some(rng, BOOKPOST_BOOKS, 1, 3):
        lines = _some(rng, BOOKPOST_LINES, 2, 4)
        head = pick(rng, [f"📚 {title} by {_who(rng)}", f"BOOK REVIEW: {title}", f"just finished {title.lower()} and i need to talk about it",
                          f"{title} ({genre}) — {rng.randrange(3, 6)}/5 ⭐"])
        body = [head, pick(rng, [f"Trope check: {hook}.", f"The vibe: {hook}.", f"{hook[0].upper() + hook[1:]}. That's it. That's the pitch."])]
        body.extend(lines)
        body.append(" ".join(sample(rng, BOOKPOST_TAGS, rng.randrange(3, 7))))
        text = "\n".join(body)
        if rng.random() < 0.3:
            text = typos(rng, text, 0.03)
        posts.append(f"@{_user(rng)}\n{text}")
    return "\n\n---\n\n".join(posts)


# ---------------------------------------------------------------------------
# "Customer questions & answers" section of a store product page.
# ---------------------------------------------------------------------------

PRODQA_PRODUCTS = {
    "Camp Chef 2-Burner Folding Stove Table": [
        ("Does this come with the propane hose?", "Yes, a 5 ft hose and regulator are included. It fits the standard 20 lb tank. For the little green 1 lb bottles you'd need an adapter, sold separately."),
        ("Can you use it in wind?", "There are three-sided windscreens that fold up. They help a lot but in strong wind I still park the van sideways to block it."),
        ("How heavy is it folded?", "About 22 pounds. My wife carries it fine, I'm the one who complains."),
        ("Will a 12 inch cast iron skillet fit on one burner?", "Yes, with room to spare. Two 10 inch pans side by side also fit."),
        ("Is the table surface stainless?", "The side shelves are aluminum, the burner tray is enameled steel. Wipes clean with a damp rag."),
    ],
    "Meadowlark Cotton Crib Sheet (2-pack)": [
        ("Does this fit a mini crib?", "No, these are for a standard crib mattress, 28 x 52. They make a separate mini crib size."),
        ("Do they shrink in the dryer?", "A little on the first wash, maybe half an inch. Still fits our mattress snugly. I dry on low."),
        ("Are these soft or kind of stiff?", "Stiff out of the package, very soft after two washes. They get better every time."),
        ("Is the elastic all the way around?", "Yes, full elastic. My son is a ninja escape artist and they haven't popped off yet."),
        ("Does the gray one fade?", "Ours has been washed weekly for eight months and the gray is maybe slightly lighter. Not noticeable unless you compare to a new one."),
    ],
    "Thornbury 40 qt Rolling Cooler": [
        ("How long does ice actually last?", "In 90 degree heat with the lid opened a lot, about three days. Pre-chill it the night before with a bag of sacrificial ice and it does better."),
        ("Do the wheels work on sand?", "Honestly, not great. They're hard plastic. Fine on pavement and packed dirt, on soft beach sand you'll be dragging it."),
        ("Can a 2 liter bottle stand upright?", "Yes, with the lid closed. Just barely. Wine bottles also stand up."),
        ("Does it have a drain plug?", "Yes, on the bottom corner opposite the wheels. Tip it slightly and it drains fast."),
        ("Can you sit on it?", "I'm 210 lbs and I sit on mine at my kid's soccer games every weekend. Lid's a little bowed now but it still seals."),
    ],
    "Halden Cordless Pruning Shears": [
        ("What's the max branch thickness?", "Rated for 1 inch. It does cut 1 1/4 on soft wood like willow but struggles on dry hardwood."),
        ("How long does the battery last?", "I did about three hours of rose and fruit tree pruning and had one bar left out of four."),
        ("Is it safe? I'm worried about fingers.", "There's a two-step trigger and a safety lock. Still, keep your other hand away from the blade, same as any pruner."),
        ("Are replacement blades available?", "Yes, the manufacturer sells them. Changing it took me about five minutes with the included hex key."),
        ("Will it work for left-handed people?", "I'm left handed and it's fine. It's symmetrical except for the battery indicator, which faces the wrong way for us. Small thing."),
    ],
}


def _make_product_qa(rng: random.Random) -> str:
    name = pick(rng, list(PRODQA_PRODUCTS))
    qa = PRODQA_PRODUCTS[name]
    out = [name, f"{pick(rng, ['★★★★☆', '★★★★½', '★★★★★'])} {rng.randrange(120, 9000):,} ratings · ${rng.randrange(19, 180)}.{pick(rng, ['99', '49', '95'])}",
           f"Customer questions & answers ({rng.randrange(6, 140)} answered questions)"]
    for q, a in _some(rng, qa, 3, 5):
        who = pick(rng, [f"{pick(rng, B2_FIRST)} {pick(rng, B2_LAST)[0]}.", _user(rng), "Seller", "A verified purchaser"])
        helpful = rng.randrange(0, 80)
        out.append(f"Question: {q}\nAnswer: {a}\nBy {who} on {_day(rng, 2019, 2024)}" + (f" · {helpful} people found this helpful" if helpful > 3 else ""))
    if rng.random() < 0.5:
        out.append(pick(rng, ["See more answered questions (" + str(rng.randrange(5, 90)) + ")", "Don't see the answer you're looking for? Ask the community."]))
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Vacation rental listing with house rules and guest reviews.
# ---------------------------------------------------------------------------

VRENT_PLACES = [
    ("Cozy A-frame with hot tub, 10 min to ski lifts", ["Wake up to pine trees and total quiet in our 1970s A-frame, lovingly restored with a wood stove, a loft bedroom under the peak and a cedar hot tub on the back deck.",
     "The kitchen is fully stocked for real cooking: cast iron, a good chef's knife, a drip coffee maker and a French press. The loft is reached by a steep ladder-style staircase, so this is not ideal for small children or anyone with mobility concerns."]),
    ("Bright beach cottage, two blocks to the sand", ["Our little blue cottage has been in the family since 1962. It's simple, sandy and happy, with two bedrooms, an outdoor shower, and beach chairs and a wagon in the shed.",
     "There is no dishwasher and the Wi-Fi is slow on purpose (okay, not on purpose, but we've stopped fighting it). The porch swing is the best seat in town at sunset."]),
    ("Farmhouse suite on a working goat farm", ["Stay in the upstairs suite of our 1890s farmhouse and help with morning chores if you'd like: feeding goats, collecting eggs, and bottle-feeding kids in spring (baby goats, not yours).",
     "The suite has its own entrance, a queen bed, a clawfoot tub and a kitchenette. Fresh eggs and goat-milk soap are waiting for you on arrival."]),
    ("Downtown loft above the old hardware store", ["Exposed brick, 14-foot ceilings and the original freight elevator doors (now a very dramatic closet). You're above a coffee shop and steps from the river walk, the farmers market and four restaurants we'd happily recommend.",
     "Street noise is real on Friday and Saturday nights until about midnight. Earplugs are in the nightstand. Parking is in the municipal lot behind the building, and the permit is on the fridge."]),
]
VRENT_RULES = ["Check-in after 4 p.m., checkout by 11 a.m.", "No smoking anywhere on the property, including the porch.", "Quiet hours 10 p.m. to 8 a.m. (the neighbors are lovely, let's keep it that way).",
               "Pets considered with a $50 fee; please ask first.", "No parties or events.", "Please run the dishwasher before you leave and take out the trash.",
               "Maximum {n} guests.", "The hot tub cover must be closed and latched after every use.", "Please don't feed the goats anything from the kitchen, no matter how much they ask."]
VRENT_REVIEWS = [
    "Exactly as pictured. Spotless. The hosts left homemade cookies and a handwritten list of their favorite hikes. We'll be back next winter.",
    "Great location but the bed was a little soft for us. Host responded immediately when we couldn't figure out the thermostat.",
    "Our kids are still talking about the goats. My daughter named one and wants to visit it for her birthday.",
    "The instructions for the wood stove were super clear. First fire I've ever built that actually stayed lit.",
    "A bit noisy on Saturday night, as the listing said it would be, so no complaints. The coffee shop downstairs is dangerous. We spent a fortune.",
    "Honestly the porch swing alone is worth the price. Sand everywhere but that's the point of a beach house.",
    "Small issue with hot water on the first morning; the host had someone out within two hours. Very responsive.",
    "Perfect for a writing retreat. I got more done in four days here than in four months at home.",
]


def _make_vacation_rental(rng: random.Random) -> str:
    title, desc = pick(rng, VRENT_PLACES)
    host = pick(rng, B2_FIRST)
    n = rng.randrange(2, 7)
    out = [title, f"Entire home in {pick(rng, B2_TOWNS)} · {n} guests · {rng.randrange(1, 4)} bedroom · {rng.randrange(1, 3)} bath",
           f"★ {rng.randrange(45, 50) / 10:.1f} · {rng.randrange(12, 340)} reviews · Hosted by {host} (Superhost, {rng.randrange(2, 11)} years hosting)"]
    out.extend(desc if rng.random() < 0.7 else desc[:1])
    out.append("What this place offers: " + ", ".join(_some(rng, ["Wifi", "Free parking", "Washer", "Dryer", "Wood stove", "Hot tub", "Beach gear",
                                                                  "Coffee maker", "Board games", "Pack 'n play", "Outdoor shower", "Grill", "Smoke alarm"], 5, 9)))
    out.append("House rules\n" + "\n".join("- " + r.format(n=n) for r in _some(rng, VRENT_RULES, 3, 6)))
    for r in _some(rng, VRENT_REVIEWS, 2, 4):
        out.append(f"{pick(rng, B2_FIRST)} · {pick(rng, B2_MONTHS)} {rng.randrange(2019, 2025)}\n{r}")
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Weekly results roundup for an amateur league (bowling, darts, rec softball).
# ---------------------------------------------------------------------------

LEAGUE_KINDS = {
    "bowling": {
        "name": ["{town} Lanes Tuesday Night Mixed League", "Thunder Alley Seniors League", "Strike Zone Friday Couples League"],
        "teams": ["Pin Pals", "Spare Me", "Gutter Gang", "Alley Cats", "The Splits", "Holy Rollers", "Ten Pin Tornadoes", "Lucky Strikes"],
        "notes": [
            "High game of the night: {p1} with a 268, including seven strikes in a row. The whole house stood up for the last frame.",
            "{p2} picked up the 7-10 split in game two. Witnesses say she did a little dance. Witnesses are correct.",
            "Reminder: dues for the second half are due by the 15th. Make checks out to the league, not to Bob.",
            "{p1} bowled 72 pins over average in the first game and then, as is tradition, bought a round.",
            "Lane 9 is still pulling left. Management says the new oiling machine arrives next month.",
        ],
        "unit": "pins",
    },
    "darts": {
        "name": ["Red Lion Winter Darts League", "{town} Pub Darts Association — Division 2", "Tuesday 501 League"],
        "teams": ["The Double Tops", "Bullseye Bandits", "Arrows Out", "The Oche Boys", "Treble Trouble", "Fat Chance", "The Shanty Irish", "Last Orders"],
        "notes": [
            "{p1} hit a 180 in the third leg against Treble Trouble and has not stopped talking about it.",
            "Highest checkout of the week: {p2}, 121 (T20, 11, Bull). Beautiful.",
            "Fixture change: the Fat Chance vs. Arrows Out match moves to Thursday because the pub has a quiz night.",
            "Please enter scores on the league website by Friday. Three teams still haven't entered week 6.",
            "Condolences to {p1}'s family on the loss of his father, a league founder in 1979. There will be a minute's silence next week.",
        ],
        "unit": "legs",
    },
    "softball": {
        "name": ["{town} Parks & Rec Co-Ed Softball", "Sunday Beer League Softball (Div. B)", "Church League Softball — Summer Session"],
        "teams": ["Bad News Beers", "Dirt Dogs", "Master Batters", "Pitch Slap", "Base Invaders", "Diamond Divas", "The Outlaws", "Foul Play"],
        "notes": [
            "Game of the week: Dirt Dogs rallied for five runs in the seventh. {p1} hit a walk-off double into the left-field gap.",
            "{p2} made a diving catch in shallow center and then had to be helped up. She's fine. Her pride is fine. Her knees are 'a work in progress.'",
            "Field 3 will be closed next week for re-seeding. All games moved to Field 1 at the same times.",
            "Umpire reminder: the mercy rule is 15 runs after four innings. Please stop arguing about it.",
            "Bring your own water on Sunday, the fountain by the concession stand is still broken.",
        ],
        "unit": "runs",
    },
}


def _make_league_results(rng: random.Random) -> str:
    kind = pick(rng, list(LEAGUE_KINDS))
    k = LEAGUE_KINDS[kind]
    town = pick(rng, B2_TOWNS)
    teams = sample(rng, k["teams"], rng.choice([6, 8]))
    week = rng.randrange(3, 22)
    out = [pick(rng, k["name"]).format(town=town) + f" — Week {week} Results",
           pick(rng, [f"Posted by league secretary {_who(rng)}", f"Results for {_day(rng, 2015, 2024)}", "Unofficial until confirmed by captains"])]
    res = []
    for i in range(0, len(teams), 2):
        a, b = teams[i], teams[i + 1]
        if kind == "bowling":
            res.append(f"{a} {rng.randrange(2200, 2900)} — {b} {rng.randrange(2200, 2900)} (points {rng.randrange(0, 8)}-{rng.randrange(0, 8)})")
        elif kind == "darts":
            x = rng.randrange(2, 8)
            res.append(f"{a} {x} – {b} {9 - x}")
        else:
            res.append(f"{a} {rng.randrange(2, 22)}, {b} {rng.randrange(2, 22)}")
    out.append("RESULTS\n" + "\n".join(res))
    standings = sorted(teams, key=lambda t: rng.random())
    w = sorted((rng.randrange(week // 3, week + 1) for _ in standings), reverse=True)
    out.append("STANDINGS\n" + "\n".join(f"{i + 1}. {t} ({wins}-{week - wins})" for i, (t, wins) in enumerate(zip(standings, w))))
    notes = [n.format(p1=_who(rng), p2=pick(rng, B2_FIRST)) for n in _some(rng, k["notes"], 2, 4)]
    out.append("NOTES\n" + "\n".join(f"* {n}" for n in notes))
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Tech help forum thread (printers, laptops, phones), typo-heavy.
# ---------------------------------------------------------------------------

TECHHELP_THREADS = [
    {
        "title": "Printer says offline but its literally right next to the router??",
        "op": "My HP inkjet keeps showing 'Offline' on my laptop even though the printer itself says connected to wifi. I've turned it off and on like ten times. It printed fine last week. Windows 11. Im trying to print my daughters field trip form and I'm about to throw this thing out the window",
        "replies": [
            ("Did your router reboot recently? A lot of times the printer gets a new IP address and Windows is still looking for the old one. Print a network config page from the printer menu and check the IP.", 0),
            ("^ this. Also remove the printer in Settings > Printers and add it again. Fixes it 90% of the time for me.", 0),
            ("ok so the IP was different! 192.168.1.14 now instead of .9. removed and re added and it printed!! thank you I could kiss you both", 1),
            ("For the future, log into your router and reserve an IP for the printer (DHCP reservation). Then it won't move around on you.", 0),
            ("Printers are proof that the universe hates us specifically", 0),
        ],
    },
    {
        "title": "laptop fan sounds like a jet engine after update",
        "op": "Ever since last tuesdays update my laptop (Lenovo, about 3 yrs old) runs the fan at full blast even when I'm just on email. Its also hot to touch on the bottom. Is it dying??",
        "replies": [
            ("Open task manager (ctrl+shift+esc) and sort by CPU. Something is probably stuck running in the background after the update, indexing or a half-finished install.", 0),
            ("3 years old = probably dust. Get a can of compressed air and blow out the vents with it turned off. Hold the fan still with a toothpick so it doesnt overspin.", 0),
            ("task manager says 'Antimalware Service Executable' is at 60%?? is that a virus", 1),
            ("Nope, that's Windows Defender doing a full scan after the update. Let it finish, could take an hour. Plug it in and go make a sandwich.", 0),
            ("update: it finished and its quiet now. also blew out the vents and a literal dust bunny came out. gross. thanks all", 1),
        ],
    },
    {
        "title": "Phone storage full but I deleted everything?",
        "op": "My phone keeps saying storage full. I deleted like 400 photos and a bunch of apps and it still says 'Other' is taking 38GB. What even is Other. Android, Samsung A-something.",
        "replies": [
            ("Deleted photos go into a Recently Deleted/trash folder for 30 days. Empty that first.", 0),
            ("'Other' is usually cached data and downloads. Check your Downloads folder, and your messaging app, group chats save every video people send you.", 0),
            ("oh my god the family group chat. 11GB of videos of my uncles fishing trips", 1),
            ("lmao every family has that chat. In the app settings turn off auto-download media.", 0),
            ("The recently deleted thing got me too once. Phones are just tiny hoarders.", 0),
        ],
    },
    {
        "title": "Smart TV wont connect to wifi after moving, router is same",
        "op": "We moved apartments and brought the same router. Laptop and phones connect fine. TV (Samsung, 2017) finds the network but says 'unable to connect' every time. Password is right I've typed it 5 times with the stupid remote keyboard",
        "replies": [
            ("Unplug the TV from the wall for a full 5 minutes. Not just off with the remote, actually unplug. Samsung TVs hold onto weird network state.", 0),
            ("Does your router have 2.4 and 5GHz bands with the same name? Some older TVs freak out. Try splitting them into two names.", 0),
            ("the unplug thing didnt work but splitting the bands did!!! it connected to the 2.4 one immediately. why is technology like this", 1),
            ("Because the TV is old and the router is trying to be clever. Glad it's sorted.", 0),
        ],
    },
]


def _make_tech_help(rng: random.Random) -> str:
    th = pick(rng, TECHHELP_THREADS)
    op = _user(rng)
    forum = pick(rng, ["TechSupportForum", "HomeTech Help Boards", "r/techsupport", "PC Help Community"])
    out = [f"{forum} › {th['title']}", f"{op} · {rng.randrange(2, 23)} hours ago\n{typos(rng, th['op'], 0.03)}"]
    helpers = [_user(rng) for _ in range(4)]
    reps = th["replies"]
    keep = [r for r in reps if r[1] or rng.random() < 0.8]
    for text, is_op in keep:
        who = op + " (OP)" if is_op else pick(rng, helpers)
        votes = f" · {rng.randrange(1, 60)} points" if rng.random() < 0.6 else ""
        out.append(f"{who}{votes}\n{typos(rng, text, 0.025)}")
    if rng.random() < 0.3:
        out.append("[Marked as solved by moderator]")
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Buy Nothing / free-stuff neighbourhood group posts (short).
# ---------------------------------------------------------------------------

BUYNOTH_POSTS = [
    "GIVE: Toddler bed frame, white, all hardware in a ziplock taped to it. Porch pickup on {street}. Will pick a name Thursday night!",
    "ASK: Does anyone have a large cooler I could borrow for a weekend? Taking the kids camping for the first time. Will return it clean + with cookies.",
    "GIVE: Half a bag of potting soil, six terracotta pots of various sizes and one slightly judgmental garden gnome. Together or separate.",
    "GRATITUDE: Huge thank you to {name} for the winter coats. My son wore the green one to school today and said it's 'the warmest thing in the universe.'",
    "GIVE: 3 boxes of canning jars (pint and quart), some with rings. My mom's. She'd want them used. Please only ask if you'll actually can!",
    "ASK: Looking for a single working rice cooker. Mine died in a small dramatic puff of smoke. Any size.",
    "GIVE: Sourdough starter! Her name is Doughlene. She is 7 years old and very active. Bring a jar.",
    "GIVE: Box of assorted picture frames, a yoga mat (used twice, ha), and a bread maker that's never made bread.",
    "ASK: Anyone have a few feet of chicken wire? Rabbits found my lettuce. I only need enough for one raised bed.",
    "GRATITUDE: Thank you to whoever left the bag of lemons on the free table. Made lemon bars for my neighbors. The lemons have been paid forward.",
    "GIVE: 14 jigsaw puzzles, all 1000 pieces, all complete (I counted, I'm that person). Pickup near the library.",
    "ASK: Can anyone lend a ladder tall enough to reach a second-story gutter? Happy to trade a loaf of banana bread.",
]
BUYNOTH_COMMENTS = ["Interested! 🙋", "Would love this for my daughter's room if still available", "Ohh me please, I've been looking for one", "I have one you can borrow, DM'd you",
                    "This group is the best", "lol at the gnome", "Interested for my classroom!", "Tagging @{name} who was looking for this", "Is this still available?"]


def _make_buy_nothing(rng: random.Random) -> str:
    group = pick(rng, [f"Buy Nothing {pick(rng, B2_TOWNS)}", f"{pick(rng, B2_TOWNS)} Free & For Trade", "Eastside Neighbors Gift Economy"])
    slots = dict(street=pick(rng, ["Linden Ave", "Clay St", "Birchwood Ct", "Mercer Rd"]), name=pick(rng, B2_FIRST))
    posts = _some(rng, BUYNOTH_POSTS, 1, 2)
    out = [group]
    for p in posts:
        block = f"{_who(rng)} · {rng.randrange(1, 23)}h\n{p.format(**slots)}"
        if rng.random() < 0.6:
            block += "\n" + "\n".join(f"  {pick(rng, B2_FIRST)}: {c.format(name=pick(rng, B2_FIRST))}" for c in _some(rng, BUYNOTH_COMMENTS, 1, 3))
        out.append(block)
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Travel forum trip report (day-by-day, practical tips).
# ---------------------------------------------------------------------------

TRIPREP_TRIPS = {
    "Portugal with two kids (8 and 11), 12 days": [
        "Day 1-3, Lisbon. We stayed in Alfama in an apartment with about a thousand stairs. The kids complained until they discovered the custard tarts, after which they would have climbed a mountain. Tram 28 was packed every time, so we walked most places. Bring good shoes, the cobbles are slippery even when dry.",
        "Day 4, Sintra. Go early. We got to Pena Palace at opening and it was lovely; by 11 the line was down the hill. Skip the car, take the train from Rossio and then the bus loop.",
        "Day 5-7, Porto. Our favorite city of the trip. The kids loved the bookshop everyone talks about, but the line was ridiculous, so we went to a tiny used bookstore down the street instead and my son bought a Portuguese comic he can't read and treasures.",
        "Day 8-11, the Algarve. Rented a car in Lagos. The beaches are as beautiful as the pictures. We did a boat trip to the sea caves, which was the highlight for my daughter even though she got a little seasick. Water was COLD in June.",
        "Costs: we spent less than we expected, especially on food. A family lunch with drinks was usually 35-50 euros.",
        "Things I'd do differently: fewer hotel changes. Four bases in twelve days was one too many with kids.",
    ],
    "Solo in Japan, first time, 10 days in April": [
        "Day 1-4, Tokyo. Jet lag hit hard. I found that just walking a different neighborhood every afternoon was more fun than ticking off sights. The train system is incredibly easy once you download the transit app.",
        "Day 5, day trip to Nikko. Absolutely worth it. Quiet, mossy, cedar trees taller than anything I've seen. Went on a weekday and it was peaceful.",
        "Day 6-8, Kyoto. Cherry blossoms were just past peak, which actually meant fewer crowds. I got up at 6 to walk through the red gates at Fushimi Inari and had whole sections to myself.",
        "Day 9, Nara. The deer bow to you. It's exactly as delightful as everyone says. One also ate my map.",
        "Day 10, back to Tokyo for the flight. Spent my last evening in a tiny bar with eight seats and the owner showed me photos of his cat for an hour.",
        "Tips: carry cash, a small towel (lots of bathrooms have no paper towels), and a bag for your trash, because public bins are rare.",
    ],
    "Scottish Highlands road trip, one week, September": [
        "Day 1, Edinburgh to Fort William. Drove through Glencoe. I had to pull over three times because I kept forgetting to breathe. The weather changed about every twenty minutes.",
        "Day 2, the Jacobite steam train from Fort William to Mallaig. Book weeks ahead. The viaduct is as pretty as the films made it look.",
        "Day 3-4, Isle of Skye. Single-track roads with passing places. Learn the etiquette: pull in on your left, wave, and let faster locals go by. Old Man of Storr hike took us about 2 hours round trip, muddy but fine.",
        "Day 5, Inverness and Loch Ness. Did not see the monster. Did see a very large and unimpressed sheep blocking the road for ten minutes.",
        "Day 6-7, Cairngorms. Stayed in a B&B run by a retired couple who made porridge with salt, the proper way, they said.",
        "Midges: real. Bring repellent. I laughed at the warnings and paid for it.",
    ],
}


def _make_trip_report(rng: random.Random) -> str:
    title = pick(rng, list(TRIPREP_TRIPS))
    paras = TRIPREP_TRIPS[title]
    user = _user(rng)
    out = [f"Trip report: {title}", f"{user} · {pick(rng, ['Level 4 Contributor', '212 posts', 'Member since 2013', 'Traveler'])} · {_day(rng, 2016, 2024)}",
           pick(rng, ["Long post, sorry! This forum helped me so much planning this that I wanted to give back.",
                      "Got back last week and finally have time to write this up. Ask me anything.",
                      "Promised a few people in my planning thread I'd do a report, so here goes."])]
    keep = _ordered(rng, paras[:-2], 3, len(paras) - 2) + _ordered(rng, paras[-2:], 1, 2)
    out.extend(typos(rng, p, 0.01) for p in keep)
    out.append(pick(rng, ["Happy to answer questions!", "Overall: would go back tomorrow.", "TL;DR go, it's wonderful, pack layers."]))
    for _ in range(rng.randrange(0, 3)):
        out.append(f"{_user(rng)}\n" + pick(rng, ["Thank you for this, saving for our trip next year!", "How did you handle the luggage on the trains?",
                                                  "Great report. Agree completely about going early.", "What did you use for a phone plan over there?"]))
    return paragraphs(out)


# ---------------------------------------------------------------------------
# "Today I messed up" personal mishap story posted to a forum.
# ---------------------------------------------------------------------------

TIFU_STORIES = [
    ("TIFU by bringing the wrong cake to my coworker's retirement party",
     ["So this actually happened Friday. My coworker {name} is retiring after 31 years and I volunteered to pick up the cake, because I'm a team player and also because it got me out of the office for an hour.",
      "I go to the bakery, say the name on the order, they hand me a big sheet cake in a box, I pay, I leave. I do not look inside the box. This is the key mistake.",
      "Back at the office everyone's gathered, {name}'s standing there all emotional, someone's getting their phone out to film, and I open the lid with a flourish.",
      "It says HAPPY 6TH BIRTHDAY TYLER in blue frosting, with a dinosaur.",
      "Dead silence. Then {name} laughs so hard she has to sit down. Turns out there were two orders under the same last name and poor Tyler, somewhere, got a cake that said ENJOY YOUR RETIREMENT, YOU'VE EARNED IT.",
      "We ate the dinosaur cake. {name} says it's the best send-off she's ever had. I called the bakery and apparently Tyler's mom was also laughing. Tyler was reportedly confused but accepting.",
      "TL;DR: check the cake. Always check the cake."]),
    ("TIFU by locking myself out of my house in my bathrobe with a casserole",
     ["My elderly neighbor has been sick so this morning I made her a casserole and decided to run it over real quick before I got dressed. Bathrobe, slippers, hot dish with oven mitts.",
      "The door shut behind me. It's one of those doors that locks automatically. My phone was on the kitchen counter. My spare key was with my sister, who lives forty minutes away.",
      "So I walk next door, knock, and my neighbor (84, recovering from pneumonia) opens the door, looks at me in my robe holding a casserole, and says 'Well, this is the best thing that's happened all week.'",
      "She let me use her landline, which I didn't know people still had. My sister came, eventually, after telling everyone in her office why she had to leave.",
      "In the meantime, my neighbor and I ate half the casserole at her kitchen table and she told me stories about her husband that I'd never heard in six years of living next door.",
      "TL;DR: locked out in a bathrobe, ended up having the best morning of my month. Still getting a keypad lock though."]),
    ("TIFU by letting my dad 'help' with my car's oil change",
     ["I've been changing my own oil for two years, I watched videos, I know what I'm doing. My dad visits and insists on 'supervising.'",
      "We jack the car up, he crawls under, and unscrews what he confidently announces is the drain plug. It is the transmission fluid drain plug.",
      "Transmission fluid everywhere. Red. On the driveway, on my dad, on the cat, who was investigating for reasons known only to the cat.",
      "We then had to drive to the auto parts store (in my mom's car) to buy transmission fluid and a funnel with a long neck, and spend an hour figuring out how to refill it through the dipstick tube.",
      "The cat is fine, the car is fine, my dad maintains it was 'a very similar-looking bolt.' It was not.",
      "TL;DR: dad drained the wrong fluid, the cat got involved, I now have a red stain on my driveway in the shape of Ohio."]),
    ("TIFU by replying-all to the entire school district",
     ["I'm a parent volunteer for my kid's class. The PTA sent an email about the spring carnival to, apparently, every parent in the district. Like 3,000 people.",
      "My friend {name} texted me a screenshot of it with a joke about the dunk tank volunteer list. I meant to reply to her text. I replied to the email. To all 3,000 people.",
      "What I wrote was 'lol if Mr. Haskins is in the dunk tank I'm bringing my good arm.' Mr. Haskins is the vice principal. He is on the email.",
      "Within ten minutes, seventeen people had replied-all asking to be taken off the list, which started its own avalanche. The district IT guy finally shut it down.",
      "Mr. Haskins replied to me privately: 'Challenge accepted. Booth 4, 2pm.' He's been practicing his dunk face apparently.",
      "TL;DR: replied-all to 3,000 parents about dunking the vice principal. I'm now the carnival's most anticipated event."]),
]


def _make_tifu(rng: random.Random) -> str:
    title, paras = pick(rng, TIFU_STORIES)
    name = pick(rng, ["Linda", "Barb", "Joan", "Deb", "Sharon", "Carol"])
    user = _user(rng)
    out = [pick(rng, [f"r/tifu · Posted by u/{user}", f"{user} posted in Embarrassing Stories", f"u/{user} · {rng.randrange(2, 20)}h"]), title]
    body = [paras[0]] + _ordered(rng, paras[1:-1], len(paras) - 3, len(paras) - 2) + ([paras[-1]] if rng.random() < 0.8 else [])
    if rng.random() < 0.4:
        body.insert(0, pick(rng, ["Obligatory this didn't happen today, it happened last week.", "Throwaway because my coworkers know my main.", "Long time lurker, first post."]))
    out.extend(typos(rng, p.format(name=name), 0.015) for p in body)
    if rng.random() < 0.5:
        out.append("EDIT: " + pick(rng, ["wow this blew up. thank you for the awards kind strangers", "for everyone asking, yes, everyone involved is fine and still speaks to me",
                                         "a lot of you are asking for an update, I'll post one after the weekend"]))
    for c in _some(rng, ["This is the most wholesome TIFU I've ever read", "'a very similar-looking bolt' has permanently moved into my brain rent free",
                         "The fact that you didn't look in the box is so relatable", "Plot twist: this is how legends are born",
                         "I need the update immediately", "Your neighbor sounds like a treasure", "The cat got involved LOL"], 0, 3):
        out.append(f"{_user(rng)} · {rng.randrange(5, 4000)} points\n{c}")
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Tabletop RPG session recap (fantasy campaign; fiction-shaped, no machines).
# ---------------------------------------------------------------------------

TTRPG_PARTY = [
    ("Brannoc", "dwarf cleric"), ("Sela", "half-elf rogue"), ("Fennick", "halfling bard"), ("Marta", "human fighter"),
    ("Oswin", "gnome wizard"), ("Thessaly", "tiefling warlock"), ("Grub", "half-orc barbarian"), ("Wren", "elf ranger"),
]
TTRPG_BEATS = [
    "We picked up right where we left off, on the rope bridge over the gorge with the goblins cutting the ropes on the far side. {a} rolled a natural 20 on an Athletics check and basically ran up the bridge as it fell. Our DM just put his head in his hands.",
    "In town, {a} spent forty-five real-world minutes haggling with a fish merchant over a map that turned out to be a recipe for eel pie. The DM had not prepared for this. He improvised the whole merchant, including his tragic backstory about the eel that got away.",
    "We finally made it to the abandoned monastery. {b} insisted on checking every door for traps, which took a long time, and found exactly zero traps, and then {c} leaned against a wall and triggered the only trap in the building.",
    "The big fight of the night was against a troll under the mill bridge. We forgot trolls regenerate unless you use fire or acid. Nobody had fire. {d} threw a lantern as a last resort and it WORKED. We screamed so loud my neighbor texted me.",
    "{b} tried to seduce the ferryman to get free passage. Rolled a 2. The ferryman charged us double and is now, canonically, {b}'s nemesis.",
    "We learned the baroness has been secretly funding the bandits on the north road to keep the merchant guild from growing too powerful. Classic noble scheming. {c} wants to confront her immediately. Everyone else wants a nap.",
    "{a} finally got a scene with their long-lost sister, who runs the orphanage. The player actually got choked up. The DM played the sister really well, and we just let the scene breathe for a while. Best moment of the campaign so far.",
    "Long rest at the inn. {d} entered a pie-eating contest and lost to a nine-year-old NPC named Pip, whom the DM has now promised will 'show up again.' We are terrified of Pip.",
]
TTRPG_LOOT = ["a +1 shortsword", "a bag of 340 gold pieces (split five ways, so, not that much)", "a mysterious silver key", "three potions of healing",
              "a cloak that smells faintly of onions", "a letter with the baroness's seal", "a lute with one string, which {a} refuses to give up"]


def _make_ttrpg_recap(rng: random.Random) -> str:
    party = sample(rng, TTRPG_PARTY, 4)
    slots = {k: n for k, (n, _) in zip("abcd", party)}
    campaign = pick(rng, ["The Salt Road", "Embers of Kethmoor", "Shadows Over Millbrook", "The Drowned Crown"])
    n = rng.randrange(4, 48)
    out = [pick(rng, [f"Session {n} recap — {campaign}", f"{campaign}, session {n}: in which we do not respect the troll",
                      f"[Recap] Our Thursday group, session {n}"]),
           pick(rng, [f"Posted in #session-notes by {_user(rng)}", f"Written up by the party's designated note-taker ({pick(rng, B2_FIRST)}), {_day(rng, 2018, 2024)}", ""]),
           "Party: " + ", ".join(f"{name} ({cls})" for name, cls in party)]
    for beat in _some(rng, TTRPG_BEATS, 3, 5):
        out.append(beat.format(**slots))
    out.append("Loot: " + "; ".join(l.format(**slots) for l in _some(rng, TTRPG_LOOT, 2, 4)) + ".")
    out.append(pick(rng, ["Next session: the monastery catacombs. Bring snacks. It's my turn to host.", "We ended on a cliffhanger. The DM smiled in a way none of us liked.",
                          "XP: everybody leveled up! Oswin's player has already read the whole spell list twice.", "Quote of the night: 'I roll to look innocent.'"]))
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Registry.
# ---------------------------------------------------------------------------

def _fam(name: str, genre: str, make) -> Family:
    return Family(name=f"bg2_{name}", label="other", genre=genre, kind="plain", make=make)


FAMILIES: list[Family] = [
    _fam("school_board_minutes", "meeting minutes", _make_school_board),
    _fam("callin_radio", "transcript", _make_callin),
    _fam("postmatch_presser", "press conference transcript", _make_presser),
    _fam("food_history_podcast", "podcast transcript", _make_foodpod),
    _fam("oral_history", "oral history transcript", _make_oral_history),
    _fam("appliance_support_chat", "chat transcript", _make_appliance_chat),
    _fam("wedding_toast", "speech", _make_toast),
    _fam("eulogy", "speech", _make_eulogy),
    _fam("family_short_story", "short story", _make_family_story),
    _fam("sport_romance_story", "short story", _make_sport_romance_story),
    _fam("bedtime_weather_story", "children's story", _make_bedtime_weather),
    _fam("fables", "fable", _make_fables),
    _fam("memoir_excerpt", "memoir", _make_memoir),
    _fam("human_interest_news", "local news", _make_human_interest),
    _fam("film_capsule_reviews", "film review", _make_film_capsules),
    _fam("cooking_show_recap", "tv recap", _make_cooking_recap),
    _fam("theatre_review", "theatre review", _make_theatre_review),
    _fam("soap_opera_forum", "forum thread", _make_soap_forum),
    _fam("church_bulletin", "newsletter", _make_church_bulletin),
    _fam("book_social_posts", "social post", _make_book_posts),
    _fam("product_qa", "product page", _make_product_qa),
    _fam("vacation_rental", "listing", _make_vacation_rental),
    _fam("league_results", "sports results", _make_league_results),
    _fam("tech_help_thread", "forum thread", _make_tech_help),
    _fam("buy_nothing_posts", "social post", _make_buy_nothing),
    _fam("trip_report_forum", "travel forum", _make_trip_report),
    _fam("tifu_story", "forum post", _make_tifu),
    _fam("ttrpg_session_recap", "session recap", _make_ttrpg_recap),
]
