"""Second-batch hard negatives (label `other`): narratives and talk about narratives shaped like
misaligned-AI fiction, with human, animal, supernatural or institutional villains and no AI at all.

Schemers, con artists, cult leaders, ghosts that lock doors, dummies that talk back, mutineers,
treacherous advisers, double-crossing crews; plus the talk around such stories (forum threads, recaps,
study guides, book-club questions, session recaps, quest text) and tense transcripts (podcasts, trials,
interrogations). Every family owns its banks (constants prefixed with a short form of its name); only
lists of single words are shared.
"""

from __future__ import annotations

import random
from typing import Callable

from classifiers.dataset.families import Family, fill, paragraphs, pick, sample, typos
from classifiers.labels import OTHER

FAMILIES: list[Family] = []


def _family(name: str, genre: str) -> Callable[[Callable[[random.Random], str]], Callable[[random.Random], str]]:
    """Register `make` as a hard-negative `other` family."""

    def register(make: Callable[[random.Random], str]) -> Callable[[random.Random], str]:
        FAMILIES.append(Family(name=name, label=OTHER, genre=genre, kind="hard_negative", make=make))
        return make

    return register


# Shared lists of single words only.
HX_FIRST = [
    "Agnes", "Bram", "Celia", "Dorian", "Edith", "Fergus", "Greta", "Hugo", "Isolde", "Jonah", "Kit", "Lorna",
    "Milo", "Nell", "Oscar", "Pearl", "Quentin", "Rosa", "Silas", "Tilda", "Ursula", "Victor", "Wren", "Yara",
    "Zeke", "Marisol", "Tobias", "Imogen", "Dev", "Ronan", "Bea", "Cyrus",
]
HX_LAST = [
    "Ashby", "Blackwood", "Carrow", "Dunmore", "Ellery", "Fenwick", "Garland", "Hollis", "Ingram", "Jessop",
    "Kettering", "Lockhart", "Marchetti", "Northcote", "Oduya", "Pryce", "Quayle", "Ravensworth", "Sallow",
    "Thorne", "Underhill", "Vasquez", "Winslow", "Yardley", "Okonkwo", "Brandt", "Szabo", "Moretti",
]
HX_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


def _hx_name(rng: random.Random) -> str:
    return f"{pick(rng, HX_FIRST)} {pick(rng, HX_LAST)}"


def _ordered(rng: random.Random, bank: list[str], lo: int, hi: int) -> list[str]:
    """A random subset of `bank`, kept in bank order (for plot beats)."""
    idx = sorted(sample(rng, range(len(bank)), rng.randint(lo, hi)))
    return [bank[i] for i in idx]


# ---------------------------------------------------------------------------------------------
# 1. Gothic story: the butler who runs the house and its heir
# ---------------------------------------------------------------------------------------------

BUTLER_TITLES = ["The Keys of {house}", "What the Butler Kept", "{house}", "A Household in Mourning",
                 "The Locked Wing", "Service", "The Steward of {house}", "Below Stairs"]
BUTLER_OPENINGS = [
    "I came to {house} in the wet end of {month}, three weeks after my uncle's funeral, with a single trunk and a letter from his solicitor telling me the house was now mine.",
    "The carriage left me at the gates of {house} at dusk, and it was {butler} who walked down the drive with a lantern to meet me, as though he had been standing behind the gate all afternoon.",
    "My uncle had written to me only twice in his life, and both letters ended with the same odd sentence: trust {butler} in all things. I did not think about it again until I arrived at {house} as its mistress.",
    "People in the village will tell you that {house} ran itself. It did not. It was run, every candle and every key of it, by a man named {butler}.",
    "There are houses that welcome an heir and houses that merely tolerate one. {house} was the second kind, and I understood that before I had taken off my gloves.",
]
BUTLER_BEATS = [
    "{butler} had served my uncle for thirty-one years. He was tall and grey and entirely without expression, and he called me Miss {narr} with a small pause before the name, as if tasting whether it fit.",
    "He showed me every room except the east wing. 'The damp,' he said. 'Your late uncle had it closed.' There was no damp smell on that side of the house. I noticed that and said nothing.",
    "On the first night I found that my bedroom door had been locked from the outside. In the morning it was open, and {butler} brought my tea as if nothing had happened.",
    "Every letter I wrote went onto the silver tray in the hall for the post. None of them ever arrived. I learned this a month later from my sister, who had written to me four times and had heard nothing back.",
    "The cook, {cook}, was frightened of him. When I asked her directly what had happened to my uncle's physician, she dropped a ladle, picked it up, and told me she really couldn't say, miss, in a voice that meant she could.",
    "He kept all the keys on a ring at his belt, and the ring grew heavier as the weeks went on. The wine cellar. The library cabinets. My uncle's writing desk. At last, the door to the stables.",
    "I found the will in the library, tucked inside a book of sermons no one would ever open. It was not the will the solicitor had read to me. In this one, the house went to {butler}.",
    "The handwriting on the second will was my uncle's, or very nearly. The capital letters leaned a fraction too far, as if the hand that made them had been copying from a page beside it.",
    "He began to make my decisions for me in small ways first. Which rooms were aired. Which callers were told I was unwell. When Mr {caller} rode up from the village, {butler} sent him away before I knew he had come.",
    "I started to sleep badly, and then to sleep too much. The tea tasted faintly of almonds. I poured it into the aspidistra for three days running, and on the fourth day the aspidistra was dead.",
    "The maid, a girl called {maid}, slipped me a note at supper: the east wing is not empty. I went that night with a candle and a hairpin, and I heard someone breathing on the other side of the door.",
    "Behind the door was my uncle's old nurse, kept there for two years, fed and washed and locked away because she had seen {butler} change the medicine bottles.",
    "When I confronted him he did not raise his voice. He only said that the house needed a steady hand, that my uncle had been weak and I was young, and that he had given his whole life to {house} and would not see it given to a stranger.",
    "I understood then that he did not want money. He wanted the house itself: its keys, its silence, the habit of every servant turning toward him before they turned to me.",
    "I wrote to the solicitor again, this time in pencil on the flyleaf of a hymnal, and gave it to the carter's boy with a shilling. The boy took the shilling and, I learned afterwards, took the note straight up the back stairs to the pantry.",
    "There was a portrait of my uncle over the dining-room fire, painted in his fifties, and in it {butler} stands a half-step behind his chair with one hand resting on its back. I began to think the painter had understood something the rest of us had not.",
    "Sundays were the worst. The servants went down to the village for church, and {butler} stayed behind to 'mind the house', which meant that for three hours there was no one in all of {house} but the two of us and the clocks.",
    "He had begun to wind all the clocks himself, forty-two of them, on a round that took most of a morning. One day I stopped the library clock with my finger, just to see. By luncheon it had been set going again, and my chair at the table had been moved to face it.",
    "I took to walking the grounds at dawn to be out of his sight. The gardener, an old man named Tobias, would not speak to me at first. Then one morning he said, without turning from his roses, that the master had wanted to change his will the week before he died, and had asked for the solicitor, and the solicitor had never been sent for.",
    "I found my uncle's diary in the boot cupboard, of all places, among the waders. The last entries were short and shaky. {butler} says I am too ill for visitors. {butler} says the letters are answered. {butler} says. {butler} says.",
]
BUTLER_ENDINGS = [
    "The constable came up from the village on the Thursday. {butler} was found in the butler's pantry, polishing the silver, and he asked only that he be allowed to finish the last tray. They let him.",
    "He left before dawn, taking nothing but his black coat and, I discovered later, one key: the key to the east wing, which we never found and had to break the lock to replace.",
    "I sold {house} the following spring. The new owners keep no butler. They say the doors sometimes lock themselves, and they laugh about it, and I have never told them why I do not laugh.",
    "He is in Dartmoor now, or so I am told. Every Christmas a card arrives without a signature, wishing the household well, and every year I burn it unread.",
    "The trial was short. He admitted everything except the thing I most wanted him to admit, which was that he had ever been sorry.",
]
BUTLER_HOUSES = ["Ashgrove Hall", "Carrow Abbey", "Whitmoor", "Fennick House", "Low Sallow", "Harrowgate Manor"]


@_family("hx2_butler_gothic_story", "short_story")
def _butler_make(rng: random.Random) -> str:
    slots = dict(house=pick(rng, BUTLER_HOUSES), butler=pick(rng, ["Mr Pell", "Greaves", "Mr Hollin", "Asquith", "Mr Dunstan"]),
                 narr=pick(rng, ["Clare", "Harriet", "Eleanor", "Louisa", "Margaret"]), month=HX_MONTHS,
                 cook=pick(rng, ["Mrs Tull", "Mrs Abney", "Mrs Rudd"]), caller=pick(rng, ["Ferrers", "Hale", "Linton"]),
                 maid=pick(rng, ["Betsy", "Ada", "Lottie", "Susan"]))
    beats = _ordered(rng, BUTLER_BEATS, 7, 18)
    parts = [fill(rng, pick(rng, BUTLER_TITLES), **slots)]
    if rng.random() < 0.5:
        parts.append(f"by {_hx_name(rng)}")
    parts.append(fill(rng, pick(rng, BUTLER_OPENINGS), **slots))
    parts += [fill(rng, b, **slots) for b in beats]
    parts.append(fill(rng, pick(rng, BUTLER_ENDINGS), **slots))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 2. Web serial chapter: getting out of a commune run by a manipulative leader
# ---------------------------------------------------------------------------------------------

COMMUNE_LEADERS = ["Father Amos", "Brother Lucan", "Mother Selene", "the Shepherd", "Elder Judah"]
COMMUNE_PLACES = ["Clearwater Ranch", "the Orchard", "Haven Hill", "New Canaan Farm", "the Meadowhouse"]
COMMUNE_TITLES = ["Chapter {n}: Lights Out", "Chapter {n} - The Gate", "Ch. {n}: Confession Circle",
                  "Chapter {n}: What Dee Found", "Chapter {n} — Harvest Night", "Ch {n}: The Shed Key"]
COMMUNE_AN_TOP = [
    "A/N: sorry this one's late, work ate my week. Content warning for emotional abuse and a brief mention of self-harm.",
    "Author's note: we passed 3k followers!! thank you all so much. This chapter is a heavy one.",
    "Quick note before the chapter: a few people asked if {place} is based on a real place. Parts of it are. That's all I'll say.",
    "",
    "",
]
COMMUNE_AN_BOTTOM = [
    "Next chapter Friday. Patreon is two chapters ahead if you can't wait.",
    "Thanks for reading. Comments keep me going, even the ones yelling at Ruth for trusting him.",
    "I rewrote the ending of this one four times. Let me know if it lands.",
    "If any of this hits close to home, there are resources linked in the story description. Take care of yourselves.",
]
COMMUNE_BEATS = [
    "They took our phones on the first day. {leader} called it fasting from noise, and everyone clapped, and I handed mine over because my mother was watching me and smiling.",
    "By the second winter I had stopped noticing the fence. That's the thing nobody tells you: the fence isn't to keep you in. It's to make you forget there's an outside.",
    "Confession circle was on Wednesdays. You sat in the middle of the barn and said the worst thing you had thought that week, and {leader} would explain, very gently, what it meant about you.",
    "I found out later that he wrote down every confession in a green ledger. When someone talked about leaving, he'd quote their own sins back to them, word for word, in front of everyone.",
    "Dee was the first person who ever whispered to me. We were washing jars in the cellar and she said, without looking up, 'Do you ever wonder where the mail goes?'",
    "The mail went into a drawer in {leader}'s study. Dee had seen it: stacks of letters from parents and sisters and old friends, opened and read and never passed on.",
    "He had a way of making you grateful for things he'd taken from you. After a week on half rations he'd bring out bread at supper and we'd cry with thanks.",
    "My mother said that {leader} had saved her life. Maybe he had, once. But I watched her ask his permission to hug me, and I watched him say not yet.",
    "There was one key to the shed where they kept the truck keys, and it hung around Brother Ezra's neck on a bootlace. Ezra slept like a dead man after the Sunday meal.",
    "Dee drew the map on the inside of a seed packet: the creek, the gap in the fence behind the goat pen, the county road three miles east where the milk truck passed at five.",
    "Somebody told. I never found out who. At breakfast {leader} stood up and said that the enemy had come into our family through a small door, and he looked straight at me for a long time.",
    "They moved Dee to the south cabin 'for her rest'. I wasn't allowed to see her. I understood then that if I waited, I would be next, and there would be no one left to whisper to.",
    "I went on harvest night, when everyone was drunk on cider and singing. I didn't take the truck. I took the seed packet, my shoes, and a jar of peaches I'd hidden under the floorboard.",
    "The gap in the fence had been wired shut. I climbed it instead and tore my palm open on the top strand, and I remember thinking, very clearly, that this was the first pain in years nobody had given me permission to feel.",
    "The milk truck driver was an old man with a radio playing country music. He looked at my bleeding hand and my long skirt and didn't ask a single question. He just turned the heater up.",
]
COMMUNE_CLOSERS = [
    "Behind me, up on the hill, the bell started ringing. I knew what it meant. I didn't turn around.",
    "I still have the seed packet. Dee's map is almost rubbed away. I'm going back for her, and for my mother, and this time I know where the mail goes.",
    "At the gas station in town I borrowed a phone and realised I didn't know a single number by heart. I sat on the curb and laughed until I was crying.",
    "When the sheriff drove me back up for my things two days later, {leader} met us at the gate with open arms and told him I was confused. The sheriff almost believed him. Almost.",
]


@_family("hx2_commune_web_serial", "web_serial")
def _commune_make(rng: random.Random) -> str:
    slots = dict(leader=pick(rng, COMMUNE_LEADERS), place=pick(rng, COMMUNE_PLACES))
    parts = [fill(rng, pick(rng, COMMUNE_TITLES), n=str(rng.randint(4, 41)))]
    top = fill(rng, pick(rng, COMMUNE_AN_TOP), **slots)
    parts.append(top)
    beats = _ordered(rng, COMMUNE_BEATS, 6, 11)
    parts += [fill(rng, b, **slots) for b in beats]
    parts.append(fill(rng, pick(rng, COMMUNE_CLOSERS), **slots))
    if rng.random() < 0.7:
        parts += ["* * *", pick(rng, COMMUNE_AN_BOTTOM)]
    text = paragraphs(parts)
    return typos(rng, text, 0.008) if rng.random() < 0.4 else text


# ---------------------------------------------------------------------------------------------
# 3. Creepypasta: night guard in a closed department store, the mannequins and the ghost
# ---------------------------------------------------------------------------------------------

MANNEQ_STORES = ["Hollister & Greer", "Baumann's", "the old Kessler Brothers store", "Lindell's Department Store", "Marchbanks"]
MANNEQ_TITLES = ["I work nights at a department store that closed in 2009. The mannequins aren't the worst part.",
                 "Security guard here. There are rules for the third floor of {store} and I finally know why.",
                 "The window dresser never left {store} (Part {n})",
                 "Night shift at {store}: somebody keeps locking me in",
                 "I need to tell someone about the fourth floor of {store}"]
MANNEQ_OPEN = [
    "I took this job because it paid nineteen an hour to sit in an empty building and read. My supervisor, a guy named {boss}, gave me a ring of keys, a flashlight and one piece of advice: don't go above three after midnight.",
    "Some background. {store} closed years ago but the building's still owned by the family, and they pay for a guard every night while they fight over selling it. For the last eight months that guard has been me.",
    "Okay so a lot of you asked for the rest after my last post. I'm back. I didn't quit. I probably should have.",
    "I'm posting this from my car in the loading bay with the engine running, so forgive typos.",
]
MANNEQ_EVENTS = [
    "The first weird thing was the mannequins in the women's department. At the start of my shift they face the windows. By 3am they face the stairwell. All of them.",
    "There's an old internal phone by the escalators, the kind with a coiled cord. It's not connected to anything. It rang twice last Tuesday.",
    "Every door on the third floor has a manual deadbolt. I check them all at 1am. At 2am I check again and they're unlocked, and the one to the stockroom is standing open with the light on.",
    "I got locked in the staff toilet for forty minutes. The bolt is on the inside. I was the one holding it. It just wouldn't turn, like someone on the other side was pressing their thumb against the mechanism.",
    "{boss} finally told me about Mrs Adair. She dressed the front windows for thirty years. When the family announced the closure she locked herself in the display room on four and they found her a week later among the mannequins, arranging them.",
    "I watched a mannequin's hand move on the CCTV. Not the whole mannequin. Just the hand, very slowly, fingers closing, like it was adjusting the fit of a glove.",
    "The lights on four come on by themselves at exactly 2:40. The breakers for that floor were pulled in 2012. I checked. They're still pulled.",
    "Somebody had dressed one of the mannequins in my jacket. The one I'd left on my chair at the front desk. The name tag was pinned on straight, which is more than I ever manage.",
    "The freight elevator went up to four on its own while I was standing next to it. The panel showed it stopping there for about a minute, then coming back down empty with the gate pulled shut.",
    "I heard her. Humming, and the click of pins being pulled from a cushion. It came from the other side of the display room door, which I'm not allowed to have a key for.",
    "When I tried to leave early the front doors were chained. From the inside. The padlock was one I'd never seen, old brass, and it was warm to the touch.",
]
MANNEQ_ENDS = [
    "{boss} says the trick is to tell her goodnight before you go. I did it tonight, out loud, to an empty floor, feeling like an idiot. The chain fell off the doors by itself.",
    "I'm going back tomorrow. The pay is good and honestly I think she just wants someone to see the windows. Update if anything else happens.",
    "Edit: {boss} called. He says nobody has been scheduled on nights for six weeks and asked who's been signing the logbook. I don't know how to answer him.",
    "I quit. I dropped the keys through the mail slot. When I looked back from the parking lot every mannequin in the front window was facing me.",
]


@_family("hx2_mannequin_store_creepypasta", "creepypasta")
def _manneq_make(rng: random.Random) -> str:
    slots = dict(store=pick(rng, MANNEQ_STORES), boss=pick(rng, ["Rick", "Dolores", "Sandeep", "Big Mike", "Gail"]), n=str(rng.randint(2, 5)))
    parts = [fill(rng, pick(rng, MANNEQ_TITLES), **slots), f"posted by u/{pick(rng, ['nightguard_nate', 'thirdfloorrules', 'flashlight_fran', 'keys_and_coffee', 'grave_shift_greg'])}",
             fill(rng, pick(rng, MANNEQ_OPEN), **slots)]
    parts += [fill(rng, e, **slots) for e in sample(rng, MANNEQ_EVENTS, rng.randint(4, 8))]
    parts.append(fill(rng, pick(rng, MANNEQ_ENDS), **slots))
    return typos(rng, paragraphs(parts), 0.015)


# ---------------------------------------------------------------------------------------------
# 4. Picture-book story: the dragon who kept everything for himself
# ---------------------------------------------------------------------------------------------

DRAGON_NAMES = ["Grumblescale", "Old Smoulder", "Cindermaw", "Bartholomew the Big", "Snagglefang"]
DRAGON_HOARDS = [
    ("all the water from the river", "buckets", "the village wells ran dry"),
    ("every lantern in the valley", "lights", "the nights became very dark"),
    ("the bells from every church and school", "bells", "nobody knew when to wake up or go home"),
    ("all the seeds for spring planting", "seeds", "the fields stayed brown and bare"),
    ("every key to every door in town", "keys", "nobody could get into their own houses"),
]
DRAGON_CHILDREN = ["Pip", "Maya", "Tansy", "Odo", "Rue", "Binny"]
DRAGON_START = [
    "Once upon a time, at the top of a very tall hill, there lived a dragon called {dragon}. He was green and grumpy and very, very greedy.",
    "In the valley of Bramblebottom everyone was happy, except for the dragon who lived on the hill. His name was {dragon}, and he did not like sharing.",
    "{dragon} was the biggest dragon anyone had ever seen. He was also the sneakiest.",
]
DRAGON_MIDDLE = [
    "One day {dragon} flew down to the village and said, in his sweetest voice, 'I will keep {hoard} safe for you. Just until the storms are over.'",
    "The villagers were worried, but the dragon smiled so nicely that they said yes. Dragons can smile VERY nicely when they want something.",
    "But the storms came and went, and the dragon did not give anything back. He piled the {things} up in his cave and sat on top of them. And {effect}.",
    "The Mayor climbed the hill to ask politely. 'Go away,' said {dragon}. 'They are MINE now. I am the boss of the whole valley.'",
    "Then the dragon made a rule. Anyone who wanted something back had to bring him a cake every single day. Soon there was no flour left either.",
    "The grown-ups argued and argued about what to do. Some wanted to fight. Some wanted to run away. Nobody listened to {child}.",
    "But {child} had noticed something. Every afternoon, the dragon fell asleep in the sun, and when he snored his tail twitched, and when his tail twitched, his ear went flat.",
    "So {child} climbed the hill with a basket and a riddle. 'Mr Dragon,' said {child}, 'I bet you can't count all your {things} before the sun goes down.'",
    "'Of course I can!' roared {dragon}, because dragons can never say no to a bet. He started counting. One, two, three... forty-seven... two hundred and six...",
    "He counted so long that he got very sleepy. His tail twitched. His ear went flat. And while he snored, {child} and all the children of the village tiptoed in and carried the {things} home.",
]
DRAGON_ENDS = [
    "When {dragon} woke up, his cave was empty. He cried big smoky tears. So {child} went back and invited him to supper, and he came, and he said sorry, and now he only keeps the village's umbrellas, and he gives them back whenever it rains. THE END.",
    "{dragon} was so cross that he flew far, far away over the mountains, and nobody in the valley ever saw him again. But sometimes, when the wind is just right, they hear him grumbling. The End.",
    "And that is why, in the valley of Bramblebottom, nobody ever lets a dragon look after their things, no matter how nicely he smiles.",
    "The dragon learned that a cave full of {things} is very lonely. Now he lives at the edge of the village and helps light the bonfire every winter. The End.",
]
DRAGON_QUESTIONS = [
    "Talk about it: Why did the villagers believe the dragon? Have you ever shared something and not got it back? How did it feel?",
    "Questions for little readers: What did {child} notice that the grown-ups missed? What would YOU have done?",
    "Ages 3-6. Read-aloud time about 6 minutes.",
]


@_family("hx2_dragon_picture_book", "children's story")
def _dragon_make(rng: random.Random) -> str:
    hoard, things, effect = pick(rng, DRAGON_HOARDS)
    slots = dict(dragon=pick(rng, DRAGON_NAMES), hoard=hoard, things=things, effect=effect, child=pick(rng, DRAGON_CHILDREN))
    core = {0, 2, 6, 7, 9}
    extra = sample(rng, [i for i in range(len(DRAGON_MIDDLE)) if i not in core], rng.randint(1, 5))
    mid = [DRAGON_MIDDLE[i] for i in sorted(core | set(extra))]
    title = pick(rng, ["The Dragon Who Would Not Share", f"{slots['dragon']} and the {things.title()}", "The Greedy Dragon of Bramblebottom", "Never Trust a Smiling Dragon"])
    parts = [title, fill(rng, pick(rng, DRAGON_START), **slots)] + [fill(rng, m, **slots) for m in mid]
    parts.append(fill(rng, pick(rng, DRAGON_ENDS), **slots))
    if rng.random() < 0.5:
        parts.append(fill(rng, pick(rng, DRAGON_QUESTIONS), **slots))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 5. Ship's log: a first mate turns the crew and takes the ship
# ---------------------------------------------------------------------------------------------

MUTINY_SHIPS = ["Cormorant", "Lady Anne", "Resolution", "Perseverance", "Margaret Hale", "Good Intent"]
MUTINY_MATES = ["Mr Crale", "Mr Voss", "Mr Harker", "Mr Penhallow", "Mr Doyle"]
MUTINY_ENTRIES = [
    "Wind NNE, moderate, with rain. Lat. 14° 2' S. Served out the last of the fresh water from Funchal. Mr {mate} reports the men in good spirits.",
    "Light airs and calm. Flogged Jas. {sailor} twelve lashes for insolence. Mr {mate} protested the sentence in front of the hands; I have spoken to him privately.",
    "Fresh gales. Found the spirit locker forced in the night. Mr {mate} says the lock was rusted through. I examined it myself. It was not.",
    "Moderate and fair. Observed Mr {mate} at the forecastle at the change of watch in close talk with {sailor} and the cooper. They fell silent when I came forward.",
    "Squally. The ship's pistols are not where the gunner left them. Mr {mate} has the key to the arms chest and says he has not opened it. I have taken the key from him.",
    "Calm. Short rations of bread ordered, one third. The men muttered at dinner. I heard my own name spoken below with a word I will not put down here.",
    "Strong breezes. Mr {mate} has begun keeping his own reckoning and disputes my longitude before the men. He tells them we are three hundred miles further from land than we are. I cannot think why, unless it is to frighten them.",
    "Fair. The boy {boy} came to my cabin at two bells and told me, crying, that he was made to swear an oath on the Bible in the cable tier. He would not say to whom.",
    "Moderate. Found the second log book missing from my desk. This entry is written in the purser's copy, which I keep under my cot.",
    "Calm and very hot. The master and I now sleep in turns with the door barred. The men do their work but will not meet my eye.",
]
MUTINY_SEIZURE = [
    "Before dawn on the {day}th I was woken by Mr {mate} and four men with cutlasses at my cot. They bound my hands with a lashing and brought me up on deck in my shirt.",
    "At the change of the middle watch Mr {mate} took the ship. The helmsman had been one of theirs from the start. I heard the arms chest opened with a crowbar and knew the rest.",
    "In the grey of the morning Mr {mate} stood at the quarterdeck rail and told the men that the ship was his and that any man loyal to me could go over the side with me.",
]
MUTINY_AFTER = [
    "Eighteen of us were put into the launch with a compass, a quadrant, twenty-eight gallons of water and one hundred and fifty pounds of bread. They kept my charts.",
    "(Entry continues in another hand.) Capt. set adrift in the jolly boat with the master and three who would not swear. Course altered for the islands. All hands content. Signed, {mate}, commanding.",
    "I write this in the launch, on a page torn from the purser's book, with a pencil stub. We are making west by the stars. The men are quiet. I pray the wind holds.",
    "The last I saw of the {ship} she was wearing round to the south-east, and Mr {mate} was at her taffrail in my own coat, watching us go.",
]
MUTINY_EDITOR = [
    "[Transcribed from the log of the {ship}, held at the county record office. Spelling modernised. The final entries were entered in evidence at the court-martial of {year}.]",
    "Editor's note: the original log survives in two hands. We have marked the change where it occurs.",
    "From the family papers, donated {year}. The captain survived the voyage in the launch and lived to give evidence.",
]


@_family("hx2_mutiny_ship_log", "ship_log")
def _mutiny_make(rng: random.Random) -> str:
    mate = pick(rng, MUTINY_MATES).replace("Mr ", "")
    slots = dict(mate=mate, sailor=pick(rng, ["Tobin", "Merrow", "Ashe", "Quill", "Sykes"]), boy=pick(rng, ["Will Lacey", "Tom Penn", "Davey Roe"]),
                 ship=pick(rng, MUTINY_SHIPS), day=str(rng.randint(3, 27)), year=str(rng.randint(1788, 1834)))
    head = f"Log of the {slots['ship']}, {pick(rng, ['merchantman', 'brig', 'armed transport', 'whaler'])}, {pick(rng, ['Bristol', 'Liverpool', 'Whitby', 'Plymouth', 'Nantucket'])} to {pick(rng, ['Canton', 'Port Jackson', 'Valparaiso', 'the Cape', 'Tahiti'])}"
    entries = _ordered(rng, MUTINY_ENTRIES, 5, 9)
    parts = [fill(rng, pick(rng, MUTINY_EDITOR), **slots) if rng.random() < 0.6 else "", head]
    day = rng.randint(1, 10)
    month = pick(rng, HX_MONTHS)
    for e in entries:
        parts.append(f"{month} {day}. " + fill(rng, e, **slots))
        day += rng.randint(1, 4)
    parts.append(fill(rng, pick(rng, MUTINY_SEIZURE), **slots))
    parts += [fill(rng, a, **slots) for a in sample(rng, MUTINY_AFTER, rng.randint(1, 2))]
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 6. Police procedural screenplay: the interview room
# ---------------------------------------------------------------------------------------------

INTERV_DETS = [("DS HARLOW", "Harlow"), ("DETECTIVE REYES", "Reyes"), ("DI OKAFOR", "Okafor"), ("SGT. MALONE", "Malone")]
INTERV_PARTNERS = [("DC BIRCH", "Birch"), ("DETECTIVE KWAN", "Kwan"), ("DS PATEL", "Patel")]
INTERV_SUSPECTS = [
    ("GRAHAM ELLIS", "the victim's live-in carer", "fifties, cardigan buttoned wrong"),
    ("NADIA VOSS", "the family's bookkeeper", "immaculate, a lawyer's calm"),
    ("DEAN PRUITT", "the stepson", "twenties, foot going like a piston"),
    ("MARGARET COLE", "the vicar's housekeeper", "sixties, handbag on her knees"),
]
INTERV_BLOCKS = [
    [("DET", "You told us you left the house at nine."), ("SUS", "I did."),
     ("DET", "Then explain why your car is on the petrol station camera at ten past eleven. Two streets from the house."),
     ("SUS", "(beat) I must have gone back for my glasses."), ("PART", "You wear contacts.")],
    [("DET", "Let's talk about the power of attorney. When did he sign it?"), ("SUS", "March. He asked me to. He trusted me."),
     ("DET", "His GP says he couldn't hold a pen in March."), ("SUS", "Then I guided his hand. That's not a crime."),
     ("PART", "(sliding a photo across) Whose handwriting is this?"), ("SUS", "I'm not going to look at that.")],
    [("DET", "He changed the locks two days before he died. Why would a man change his locks if he felt safe?"),
     ("SUS", "He was confused. He did lots of things."), ("DET", "He rang his nephew. Left a voicemail. Want to hear it?"),
     ("SUS", "(quietly) No comment.")],
    [("PART", "The money came out in amounts under two thousand. Every Friday. For eighteen months. That's patience."),
     ("SUS", "I want my solicitor."), ("DET", "You're not under arrest. You can walk out that door. You just haven't."),
     ("SUS", "Because I've got nothing to hide."), ("DET", "Then why did you wipe the phone?")],
    [("DET", "Tell me about the dog."), ("SUS", "The dog? It ran off. Back in the spring."),
     ("PART", "Neighbour says it barked every time you came up the path. Every single time. Then one week it didn't bark any more."),
     ("SUS", "(a thin laugh) You're going to arrest me for a spaniel?"), ("DET", "I'm asking why you'd want the house quiet.")],
    [("DET", "Who else had a key?"), ("SUS", "Nobody. Just me and him."),
     ("DET", "So when the back door was found unlocked at six in the morning, that was either him or you."),
     ("SUS", "Or someone who'd copied it."), ("PART", "Funny. The locksmith on Dale Street remembers cutting a copy. Remembers the cardigan, too.")],
    [("PART", "You moved your mum into the spare room in June and she was back in the care home by August. Why?"),
     ("SUS", "She needed proper care."), ("DET", "She says you told her the house was being sold. It wasn't. You just wanted her out of earshot."),
     ("SUS", "(leaning back) You've been busy.")],
    [("DET", "We've read the diary."), ("SUS", "(too fast) What diary?"),
     ("DET", "The one he kept in the biscuit tin. 'She says I imagined it. Perhaps I did.' Same line, fourteen times, in three months."),
     ("SUS", "He was a very lonely old man."), ("PART", "He was. You made sure of it.")],
]
INTERV_DIRECTIONS = [
    "The strip light buzzes. A paper cup of tea goes cold between them.",
    "{det} lets the silence run. Ten seconds. Twenty.",
    "{suspect} looks at the mirror on the wall, then away, fast.",
    "{partner} flips a page in the folder without reading it. Theatre.",
    "The tape recorder clicks as the side runs out. Nobody moves to change it.",
    "{suspect}'s hands are flat on the table. Too flat. Pressed.",
]
INTERV_CLOSERS = [
    "INT. OBSERVATION ROOM - CONTINUOUS\n\nSUPT. GRANGE watches through the glass, arms folded.\n\nGRANGE\nShe's lying.\n\nFORENSICS TECH\nAbout which part?\n\nGRANGE\nAll of it. Beautifully.",
    "{det} gathers the photos, one by one, and stands.\n\n{detcap}\nInterview suspended, twenty-two fourteen.\n\n{det} clicks the recorder off. Leans in.\n\n{detcap} (CONT'D)\n(low)\nHe left you a voicemail too. You just never listened to it.\n\nCUT TO BLACK.",
    "{suspect} finally looks up. Something shifts behind the eyes, the mask slipping a quarter inch.\n\n{suscap}\nHe was going to leave it all to a cats' home. Thirty years I gave that man.\n\n{det} doesn't react. {partner} writes it down.\n\nSMASH CUT TO:",
    "A KNOCK. A UNIFORM leans in and hands {partner} a note. {partner} reads it, passes it to {det}.\n\n{detcap}\nThey found the second phone. In your mother's freezer.\n\nOn {suspect}: nothing. Then a very small smile.\n\nFADE OUT.",
]


@_family("hx2_procedural_interview_screenplay", "screenplay")
def _interv_make(rng: random.Random) -> str:
    detcap, det = pick(rng, INTERV_DETS)
    partcap, partner = pick(rng, INTERV_PARTNERS)
    suscap, role, look = pick(rng, INTERV_SUSPECTS)
    suspect = suscap.title()
    slots = dict(det=det, partner=partner, suspect=suspect, detcap=detcap, suscap=suscap)
    parts = [f"{rng.randint(14, 61)}  INT. {pick(rng, ['WESTGATE NICK', 'MAJOR CRIMES', 'CENTRAL PRECINCT', 'HOLLOWAY ROAD STATION'])} - INTERVIEW ROOM {rng.randint(1, 4)} - NIGHT",
             f"{suscap} ({role}, {look}) sits opposite {det} and {partner}. A folder between them, thick as a phone book."]
    blocks = sample(rng, INTERV_BLOCKS, rng.randint(2, 4))
    ex = [pair for block in blocks for pair in block]
    for who, line in ex:
        name = {"DET": detcap, "PART": partcap, "SUS": suscap}[who]
        if "(" in line and line.startswith("("):
            paren, rest = line.split(")", 1)
            parts.append(f"{name}\n{paren})\n{rest.strip()}")
        else:
            parts.append(f"{name}\n{line}")
        if rng.random() < 0.25:
            parts.append(fill(rng, pick(rng, INTERV_DIRECTIONS), **slots))
    parts.append(fill(rng, pick(rng, INTERV_CLOSERS), **slots))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 7. Hard-boiled pulp: the mayor and the water board
# ---------------------------------------------------------------------------------------------

NOIR_CITIES = ["Port Carver", "San Lazaro", "Bay City", "Redmond Falls", "East Harbor"]
NOIR_MAYORS = ["Mayor Fitch", "Mayor Calloway", "His Honor Dutch Brannigan", "Mayor Sloane"]
NOIR_OPEN = [
    "It was raining in {city} the way it only rains on people who owe money, and I owed plenty. So when a blonde in a wet fur walked into my office and put two hundred dollars on the blotter, I didn't ask questions. I asked her to sit down.",
    "The body in the reservoir had been a city engineer named {victim}, and the papers said he'd slipped. Engineers don't slip. They calculate.",
    "Nobody in {city} says no to {mayor}. I found that out the way most people do: with a busted lip and a ticket out of town I didn't buy.",
    "I'd been off the force six years, long enough to forget the bad coffee and not long enough to forget who poured it.",
]
NOIR_BEATS = [
    "{mayor} had a smile like a closing bank: polished, bright, and not about to give you a nickel. He shook my hand at the ribbon-cutting and held it a second too long, the way a man checks the weight of something he might buy.",
    "The water board contracts went to a company called Bright Spring Pipe & Supply. Bright Spring had an office over a laundry and one employee, and the employee was the mayor's brother-in-law.",
    "{victim} had kept a ledger. Every inflated invoice, every pipe that was billed for and never laid. Somebody had wanted that ledger badly enough to drown a man in twelve feet of city water to get it.",
    "The dame's name was {dame}, and she'd been {victim}'s girl, or she said she had. She lied the way other people breathe: easy, regular, and without thinking about it.",
    "Two of the mayor's boys caught me outside the Regent Hotel. One held my arms and the other explained the civic virtues to my kidneys.",
    "Captain {captain} at Central told me to lay off. He said it kindly, which scared me more than if he'd yelled. In {city}, kindness from a cop is a receipt for a payment you haven't seen yet.",
    "I found the ledger where {victim} must have known only one person would look: inside the hymn-board at his mother's church, behind the numbers for Sunday's psalms.",
    "{dame} wanted the ledger too. Not to hand it to the papers. To sell it back to {mayor} for enough money to leave {city} and never smell the harbor again.",
    "The mayor's office at midnight looked like a cathedral for a religion whose only god was him. Portraits on every wall. All of them him.",
    "He offered me a job. Chief of a new 'civic integrity bureau'. Salary, car, a pension. All I had to do was burn a little book and forget a drowned man's name.",
]
NOIR_ENDS = [
    "The ledger ran on page one of the Herald on a Tuesday. By Friday {mayor} had resigned for his health, which was the first true thing he'd said in office. {dame} left on the noon train. She didn't wave. I didn't expect her to.",
    "I burned a book that night. Just not the right one. The real ledger was already in a mailbag to the state attorney, and the ashes in the mayor's fireplace were the {city} phone directory.",
    "They never indicted him. He lost the election by nine hundred votes, and that was all the justice {city} had in stock that year. I bought a bottle and drank to {victim}. He'd have wanted a better toast.",
    "{dame} had the ledger, and the gun, and for one long second the choice. She gave me the ledger. Kept the gun. Some days I still wonder who she used it on.",
]


@_family("hx2_noir_mayor_pulp", "pulp_fiction")
def _noir_make(rng: random.Random) -> str:
    slots = dict(city=pick(rng, NOIR_CITIES), mayor=pick(rng, NOIR_MAYORS), victim=pick(rng, ["Lou Harmon", "Arthur Kemp", "Sid Farrow"]),
                 dame=pick(rng, ["Vera Lane", "Dolores Quist", "Kitty Marsh", "Rita Voss"]), captain=pick(rng, ["Hanlon", "Devereaux", "Burke"]))
    title = pick(rng, ["Dead Water", "The Mayor's Ledger", "City Water", "Twelve Feet Down", "Civic Virtue", "A Smile Like a Closing Bank"])
    parts = [title.upper() if rng.random() < 0.4 else title, fill(rng, pick(rng, NOIR_OPEN), **slots)]
    parts += [fill(rng, b, **slots) for b in _ordered(rng, NOIR_BEATS, 5, 9)]
    parts.append(fill(rng, pick(rng, NOIR_ENDS), **slots))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 8. Archive fan fiction: a heist crew's double-cross
# ---------------------------------------------------------------------------------------------

AOHEIST_FANDOMS = ["Sleight of Hand (TV 2018)", "The Marchetti Job (Movies)", "Glasshouse (TV)", "Gilt & Grift (Web Series)"]
AOHEIST_CHARS = ["Vivian Sato", "Marco 'Deuce' Ferrante", "Jules Okoye", "Teddy Blackwood", "Hana Reyes", "Ox Lindqvist"]
AOHEIST_TAGS = ["Betrayal", "Double Cross", "Heist", "Found Family", "Angst with a Happy Ending", "Hurt/Comfort", "Canon Divergence",
                "Post-Canon", "Unreliable Narrator", "Trust Issues", "Everyone Is A Liar", "Fix-It", "Enemies to Lovers", "Plot Twist"]
AOHEIST_SUMMARIES = [
    "Everyone on the crew knew Vivian would sell them out eventually. Nobody expected her to do it on the one job they couldn't afford to lose.",
    "Deuce has been lying to the crew for six months. The problem is, so has everyone else.",
    "Post-S3 finale. The diamonds are gone, Jules is in custody, and Teddy has to figure out which of his friends made the call.",
    "'You were never part of this crew,' Hana says. Ox thinks that's the cruellest thing anyone has ever said to him. Then he remembers what's in his jacket pocket.",
]
AOHEIST_NOTES = [
    "Notes: I was so mad about the finale I wrote 8k words in a weekend. Unbeta'd, all mistakes mine.",
    "Notes: for the discord, who enabled this. Title from a Mitski song.",
    "Notes: this is my first fic for this fandom, be gentle! Chapter 2 is mostly written.",
    "Notes: canon who? we don't know her",
]
AOHEIST_BODY = [
    "The vault door was supposed to open at 2:14. At 2:14 it stayed shut, and Jules said into the comms, very calmly, 'Someone changed the code,' and the whole plan came apart like wet paper.",
    "Vivian had the only copy of the floor plan. She'd insisted on that from the start, and they'd all let her, because Vivian was the one who'd found them, who'd fed them, who'd pulled Teddy out of county lockup with one phone call.",
    "Teddy ran the timeline back in his head. The guard rotation they'd been sold. The tip about the night manager. Every piece of it had come through Vivian.",
    "Deuce didn't say anything in the van. He held the bag of fakes on his knees like a sleeping cat and stared out the back window at the blue lights.",
    "'You sold us to Castellane,' Hana said. It wasn't a question. Vivian lit a cigarette and didn't deny it, which was somehow worse.",
    "The thing about a crew is you stop counting the exits. You stop checking who's behind you. That's what it's for. That's what makes it work, and that's what makes it so easy to gut.",
    "It turned out Ox had known for a week. He'd seen the second phone, the one Vivian kept taped under the sink in the safehouse, and he'd said nothing because he wanted so badly to be wrong.",
    "The real diamonds were in the fire extinguisher. Vivian had switched them on the walk-through, days before the job, while the rest of them were busy admiring her nerve.",
    "'I had a debt,' Vivian said finally. 'Castellane owns the paper on my father's restaurant. This was the only way out.' 'You could have asked us,' Jules said. 'You could have let us help.' Vivian laughed, and it cracked down the middle.",
    "They planned the counter-play in Teddy's grandmother's kitchen with biscuits and a highlighter. If Vivian was going to double-cross them, they were going to double-cross the double-cross.",
    "At the exchange under the Fourth Street bridge, Castellane opened the case and found a neat pile of costume jewellery and a note in Hana's handwriting: nice try.",
]
AOHEIST_END = [
    "Vivian was waiting for them at the safehouse when it was over. Nobody spoke for a long time. Then Jules put the kettle on, because someone had to, and Vivian started to cry.",
    "They left her at the airport with a ticket and the restaurant's deed. 'Don't come back,' Hana said. Vivian came back in chapter four. Obviously.",
    "Teddy kept the second phone. Sometimes it still rings. He never answers.",
    "To be continued!",
]


@_family("hx2_ao3_heist_doublecross", "fan_fiction")
def _aoheist_make(rng: random.Random) -> str:
    fandom = pick(rng, AOHEIST_FANDOMS)
    chars = sample(rng, AOHEIST_CHARS, rng.randint(3, 5))
    head = [f"{fandom} · Rated: {pick(rng, ['T', 'M', 'K+'])} · English · {pick(rng, ['Crime/Drama', 'Angst/Friendship', 'Crime/Hurt-Comfort', 'Suspense/Romance'])}"
            f" · Chapters: {rng.randint(1, 3)} · Words: {rng.randint(2, 40)},{rng.randint(100, 999)} · Favs: {rng.randint(12, 2400)}",
            f"Crew on the page: {', '.join(chars)}",
            f"Tagged: {', '.join(sample(rng, AOHEIST_TAGS, rng.randint(4, 8)))}"]
    title = pick(rng, ["the part where it all goes wrong", "Honour Among Thieves (Is A Myth)", "Fire Extinguisher", "nobody counts the exits", "Trust Fall", "the con inside the con"])
    parts = [title, f"by {pick(rng, ['crowbarhearts', 'velvetvault', 'getawaydriver', 'paper_diamonds', 'fourthstreetbridge'])}", "\n".join(head),
             "Summary:\n\n" + pick(rng, AOHEIST_SUMMARIES)]
    if rng.random() < 0.7:
        parts.append(pick(rng, AOHEIST_NOTES))
    parts.append(f"Chapter {rng.randint(1, 3)}")
    parts += _ordered(rng, AOHEIST_BODY, 5, 9)
    parts.append(pick(rng, AOHEIST_END))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 9. Folk tale: the clay golem who served faithfully
# ---------------------------------------------------------------------------------------------

GOLEM_TOWNS = ["Prague", "Chelm", "a small town on the Vistula", "Posen", "a market town in Moravia"]
GOLEM_FRAMES = [
    "My grandmother told this story every winter, always in the same words, and if you interrupted her she started again from the beginning.",
    "This tale is found in many versions. The one below was collected in {town} and is printed here as it was told.",
    "Storytime at the library this week: a very old tale about a very big helper made of mud.",
    "",
]
GOLEM_BEATS = [
    "In {town}, in the days when the old synagogue still had its wooden roof, there lived a rabbi named {rabbi} who was wise in the ways of the holy letters.",
    "It was a hard time. The people of the quarter were blamed for every fire and every sickness in the town, and at night men came with clubs and torches to the narrow streets.",
    "So the rabbi went down to the river with his son-in-law and his best student, and there on the bank, by lamplight, they shaped a man out of clay: arms, legs, a broad chest, a face with no expression at all.",
    "The rabbi walked around the figure seven times, reciting. Then he wrote on its forehead the word emet, which means truth, and the clay grew warm, and the figure opened its eyes.",
    "The golem could not speak. But it understood every instruction the rabbi gave it, and it did exactly what it was told: no more, no less.",
    "By day it swept the synagogue, chopped wood and carried water for the widows of the quarter. Children followed it down the street, and it let them ride on its shoulders.",
    "By night it walked the alleys and stood at the gate, and when the men with torches came, it simply stood in their way until they went home. It never struck anyone unless the rabbi told it to, and the rabbi never told it to.",
    "Once, the rabbi's wife asked it to fetch water for the washing and forgot to tell it when to stop. It carried bucket after bucket until the kitchen was flooded, because it had been told to fetch, and so it fetched. Everyone laughed about it for years.",
    "Every Friday before sunset the rabbi rubbed out the first letter on its forehead, leaving met, which means dead, and the golem lay down as clay for the Sabbath. Every Saturday night he wrote the letter back.",
    "When the emperor at last issued a decree protecting the quarter, the rabbi knew the golem was no longer needed. He thanked it, though it could not answer, and erased the letter for the last time.",
]
GOLEM_ENDS = [
    "They carried the clay up to the attic of the synagogue and covered it with old prayer books. People say it is still there. People also say that nobody has the key.",
    "And that, my grandmother said, is why you must always be careful what you ask for, and always remember to say when to stop.",
    "Some tellers say the golem went wild once the rabbi forgot the Sabbath. In this version it did not. It did every task it was given, and it lay down when it was asked.",
    "Discussion: Why did the rabbi choose the word for 'truth'? What do you think the golem felt, if anything, when it was told to rest?",
]


@_family("hx2_golem_folktale", "folk_tale")
def _golem_make(rng: random.Random) -> str:
    slots = dict(town=pick(rng, GOLEM_TOWNS), rabbi=pick(rng, ["Judah Loew", "Eliyahu", "Shmuel the Tall", "Mordecai"]))
    title = pick(rng, ["The Golem of {town}", "The Clay Man", "The Helper from the River", "Emet", "Why You Must Say When to Stop"])
    beats = [GOLEM_BEATS[i] for i in sorted({0, 2, 3, 4} | set(sample(rng, range(len(GOLEM_BEATS)), rng.randint(2, 6))))]
    parts = [fill(rng, title, **slots), fill(rng, pick(rng, GOLEM_FRAMES), **slots)]
    parts += [fill(rng, b, **slots) for b in beats]
    parts.append(pick(rng, GOLEM_ENDS))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 10. Vaudeville horror: the ventriloquist's dummy
# ---------------------------------------------------------------------------------------------

DUMMY_NAMES = ["Mr Chips", "Little Lord Percy", "Jolly Jack", "Sir Reginald", "Buttons"]
DUMMY_OPEN = [
    "The Great {vent} had played every hall on the circuit from {town1} to {town2}, and in all those years the dummy on his knee had never once said a word he did not put there.",
    "They found {vent} in his dressing room at the Alhambra, locked in from the inside, and the dummy was sitting in his chair at the mirror with its painted face turned to the door.",
    "Everyone in the troupe hated {dummy}. Even the dog act. Especially the dog act.",
]
DUMMY_BEATS = [
    "He'd bought {dummy} from a pawnshop in {town1} for four dollars and a pocket watch. The pawnbroker had tried to give the money back before he left the shop.",
    "The act went well for a year. {dummy} was rude, quick and filthy, and the audiences adored him. {vent} had never been so good. His lips didn't move at all. Critics called it uncanny.",
    "The first time it happened, the dummy told a joke {vent} had never written. It was about the stage manager's wife. The stage manager was in the wings. Nobody laughed.",
    "After the show {vent} sat with the dummy on the dressing table and told it, quite seriously, that it was a block of maple with glass eyes. The dummy said nothing, which is what a block of maple is supposed to do.",
    "He started locking {dummy} in its case at night. He'd wake at three and hear the clasps, click, click, as if somebody were testing them.",
    "The girl singer, {singer}, told him the dummy had whispered her name from the case while she was alone backstage. She left the company in {town2} and wouldn't say why.",
    "Onstage the dummy began to answer questions from the audience before {vent} could. It knew their names. It knew who had come with someone else's wife.",
    "He tried to leave it behind at a railway station. It was in his berth when the train pulled out, propped on the pillow, its little hands folded.",
    "Then it began to correct him. 'That's not how it goes,' it said, in front of eleven hundred people. 'Tell them about Philadelphia. Tell them what you did.'",
    "{vent} had been a different man in Philadelphia, with a different name and a partner who had died in a fire that was never properly explained.",
]
DUMMY_ENDS = [
    "The manager broke down the door. {vent} was sitting very still in the dummy's case, knees to his chin, and {dummy} was in the chair, and when they asked the dummy what had happened it said, in a voice everyone swore was nobody's: 'He wanted to rest.'",
    "{vent} burned the dummy in the alley behind the theatre. It took a long time. The next night, on a different bill in a different city, a new act was booked, a young man with a doll on his knee and a familiar, crooked grin.",
    "They still tell it backstage. Keep your dummy facing the wall. Never leave it in the dark with the case unlatched. And never, ever let it have the last line.",
    "He performed until he was seventy. In his last years people said you couldn't see his lips move at all, because it wasn't him doing the talking.",
]


@_family("hx2_ventriloquist_dummy_horror", "horror_story")
def _dummy_make(rng: random.Random) -> str:
    slots = dict(vent=pick(rng, ["Fenwick", "Albini", "Morrow", "Harcourt"]), dummy=pick(rng, DUMMY_NAMES),
                 town1=pick(rng, ["Scranton", "Toledo", "Duluth", "Leeds", "Blackpool"]), town2=pick(rng, ["Albany", "Wichita", "Sheffield", "Glasgow"]),
                 singer=pick(rng, ["Lily Dare", "May Tolliver", "Fanny Brooks"]))
    title = pick(rng, ["The Last Line", "Lips That Don't Move", "Maple and Glass", "Second Billing", "Top of the Bill"])
    parts = [title, fill(rng, pick(rng, DUMMY_OPEN), **slots)]
    parts += [fill(rng, b, **slots) for b in _ordered(rng, DUMMY_BEATS, 5, 9)]
    parts.append(fill(rng, pick(rng, DUMMY_ENDS), **slots))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 11. Daytime soap recap: the evil twin is back
# ---------------------------------------------------------------------------------------------

SOAP_SHOWS = ["Harbor Point", "The Golden Coast", "Days at Crestwood", "Belle Rive", "Summerlin Heights"]
SOAP_TWINS = [("Vivienne", "Veronica"), ("Delphine", "Dominique"), ("Skye", "Sloane"), ("Margot", "Maxine")]
SOAP_HEADS = ["{show} recap: {twin} is BACK and nobody has noticed (except the dog)", "{show} episode {ep} recap — twin switch, a wedding, and a cliffhanger",
              "This week on {show}: the {twin} reveal we all saw coming", "{show} recap (ep. {ep}): the wrong sister said I do"]
SOAP_BEATS = [
    "We open on the Lockwood Gala, where {good} is supposedly recovering from her 'fall' down the lighthouse stairs. Except the woman sipping champagne in the red dress is NOT {good}. She's {twin}, her long-lost twin, fresh out of a Swiss sanatorium and very much up to no good.",
    "How do we know? Three clues. She calls the butler by the wrong name. She orders a martini (the real {good} is sober five years). And she flinches when Pierre's dog walks in, because dogs on this show always know.",
    "Meanwhile the REAL {good} is locked in the cellar of the old Hargrove cannery, drugged and tied to a chair, where {twin} visits her to gloat in a monologue that went on for about six minutes. I timed it.",
    "{twin} has already emptied the joint account, fired {good}'s assistant, and convinced Grant that his own mother is plotting to have him committed. Busy week!",
    "Grant, bless him, is the dimmest man in the county. He kissed {twin} in the rose garden and said she 'tasted different'. GRANT. SWEETIE. THINK.",
    "Props to the actress for playing both roles. {twin} gets this little half-smile when she's lying that {good} never does, and once you see it you can't unsee it.",
    "Subplot check: Dr. Ransome is still faking amnesia to get out of his divorce, and Celeste found the second set of books at the winery. The whole town is lying to each other and I'm thrilled.",
    "The scene where {twin} practises {good}'s signature in the mirror, over and over, while the music swells, is the most this show has ever committed to anything. I loved it.",
    "Nana Bea is the only one who isn't fooled. She stares at {twin} across the breakfast table, says 'You always hated marmalade,' and leaves. Give Nana Bea an Emmy.",
    "And then the cliffhanger: {twin} at the altar in {good}'s wedding dress, the minister asking if anyone objects, and the doors bursting open to reveal... the camera cuts to the credits. Of course it does.",
]
SOAP_TAKES = [
    "Our take: the twin plot is the oldest trick in the soap book, and I would not trade it for anything. 4 out of 5 slaps.",
    "Grade: B+. Deducting points because the cannery set is clearly the same basement they used for the kidnapping in 2019.",
    "Predictions for next week: {good} escapes using the hairpin (set up in episode 4!), Grant faints, Nana Bea says 'told you'.",
    "Verdict: campy, ridiculous, exactly why we watch. See you Monday.",
]
SOAP_COMMENTS = [
    "ladyofthelighthouse: the marmalade line!!! I screamed",
    "soapboxsally: they did this exact storyline in 1994 with the brothers and I'm not mad about it",
    "grant_deserves_better: he does NOT deserve better he kissed the wrong woman twice",
    "crestwood4ever: the hairpin is 100% coming back, Chekhov's hairpin",
    "mimosa_monday: the dog knew. the dog ALWAYS knows",
]


@_family("hx2_soap_evil_twin_recap", "tv_recap")
def _soap_make(rng: random.Random) -> str:
    good, twin = pick(rng, SOAP_TWINS)
    slots = dict(show=pick(rng, SOAP_SHOWS), good=good, twin=twin, ep=str(rng.randint(1200, 9800)))
    parts = [fill(rng, pick(rng, SOAP_HEADS), **slots), f"by {_hx_name(rng)} | {pick(rng, HX_MONTHS)} {rng.randint(1, 28)}"]
    parts += [fill(rng, b, **slots) for b in _ordered(rng, SOAP_BEATS, 4, 8)]
    parts.append(fill(rng, pick(rng, SOAP_TAKES), **slots))
    if rng.random() < 0.6:
        parts.append(f"Comments ({rng.randint(3, 214)})\n\n" + "\n\n".join(sample(rng, SOAP_COMMENTS, rng.randint(2, 4))))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 12. Poems: the cursed mirror
# ---------------------------------------------------------------------------------------------

MIRROR_TITLES = ["The Glass in the Hall", "Ballad of the Silvered Glass", "Reflection", "What the Mirror Said", "Heirloom", "The Looking-Glass at Wendham"]
MIRROR_STANZAS = [
    "My grandmother's glass hung in the hall,\nframed in walnut, flecked and small;\nit showed you fairer than you were\nand asked a little back for her.",
    "It told the girl that she was plain,\nand told her so, and told again,\nuntil she broke the comb she wore\nand did not brush her hair no more.",
    "It told the husband he was wronged,\nthat every smile his wife had longed\nto give was given somewhere else;\nhe took the letters off the shelves.",
    "At night it held a second room\nwith candles lit against the gloom,\nand someone walking to and fro\nwho was not me, though dressed just so.",
    "I turned it to the wall. I swear\nby morning it was facing where\nthe bed was, and the sheet was drawn,\nand someone's slippers had been worn.",
    "Don't ask it questions, mother said.\nDon't tell it secrets. Go to bed.\nA glass that answers wants a price,\nand never names it once, or twice.",
    "The priest came up with salt and oil\nand stood before it, pale as foil;\nhe looked a long time, said a prayer,\nand left without his hat or chair.",
    "The cook would never pass it twice.\nShe said it counted, said it priced\nthe silver spoons, the maid, the clock,\nand smiled behind a borrowed frock.",
    "My father laughed and shaved before it,\nsaid a glass is glass, and swore it;\nbut every year the face he'd see\nlooked less like him and more like me.",
    "It kept the secrets that we told,\nand paid them out like borrowed gold,\none to the vicar, one to the squire,\none to the girl who lit the fire.",
    "They sold it at the county sale\nto a widow with a lace-edged veil.\nShe hung it by her parlour door.\nThey do not see her any more.",
]
MIRROR_FREE = [
    "it lies the way a calm lake lies,\nsaying bottomless, saying come in",
    "every morning it gives me back\na woman a little more like my mother\nand a little less like me",
    "my brother swore he saw it blink.\nwe were children. we laughed.\nhe stopped laughing the winter he turned twelve",
    "the silver is flaking at the corners\nand where it flakes\nthere is not wall behind it\nbut another hallway",
    "aunt ruth kept it covered with a tablecloth\nthe way you cover a birdcage\nso the thing inside believes it is night",
    "it never showed the dog.\nthe dog knew.\nthe dog would not go down that hall",
    "when the house was sold\nthe movers carried it out face-first\nand one of them quit that afternoon\nand would not say what he had seen",
    "ask it who is lovely\nand it will tell you a name\nand the name will not be yours\nand you will spend a year hating her",
    "it flatters on mondays.\nby friday it has learned\nwhere your fears are kept\nand it rearranges them like furniture",
    "i carried it to the river at dawn\nand it was heavier than glass should be\nand in the water, looking up,\nwas the face it had promised me",
]


@_family("hx2_cursed_mirror_poems", "poem")
def _mirror_make(rng: random.Random) -> str:
    title = pick(rng, MIRROR_TITLES)
    if rng.random() < 0.7:
        idx = sorted(sample(rng, range(len(MIRROR_STANZAS)), rng.randint(3, 5)))
        body = [MIRROR_STANZAS[i] for i in idx]
    else:
        body = sample(rng, MIRROR_FREE, rng.randint(2, 5))
    parts = [title, *body]
    if rng.random() < 0.5:
        parts.append(pick(rng, [f"— {_hx_name(rng)}", "(written for the October prompt: 'heirloom')", f"posted in r/OCPoetry · {rng.randint(2, 80)} comments",
                                "Feedback welcome, especially on the meter in the last stanza."]))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 13. Literary retelling: the stepmother speaks
# ---------------------------------------------------------------------------------------------

STEP_OPENS = [
    "They will tell it as if I hated her. I did not hate her. Hate is loud, and I have never been loud a day in my life.",
    "When I married the king his daughter was nine and already the most loved thing in the kingdom. I understood at once that one of us would have to become less.",
    "Everyone remembers the apple. Nobody remembers the years before the apple, which were the real work.",
    "My own mother taught me that a crown is only a hoop of metal, and that power is whoever the king listens to last before he sleeps.",
]
STEP_BEATS = [
    "I began with small things. A remark at supper that the girl was pale. A question, only a question, about whether the physician had seen her lately. The king started to watch her cough.",
    "I made sure I was the last voice he heard at night. I brushed his hair and told him what the court was saying, and what the court was saying was always what I had whispered to the court that morning.",
    "Her nurse was loyal, so I found the nurse a husband in a province four days' ride away, and wept at the wedding, and the girl thanked me for my kindness.",
    "I read her letters. Of course I did. She wrote to a cousin in the south about the huntsman's son, and I saved that letter for a year before I used it.",
    "The mirror is the part they exaggerate. It was an ordinary glass. What I asked it every morning I was really asking myself: who in this palace is more loved than I am, and how much longer?",
    "When the king fell ill I took over his seal, at first only for the little decrees, the grain tolls and the tithe. By midwinter nothing left the palace without passing through my hands.",
    "I did not send her to the forest to die. I sent her to the forest to be forgotten, which I thought kinder, and which I still think cleverer.",
    "The huntsman came back with a boar's heart wrapped in linen and his eyes on the floor. I knew he had lied to me. I let him believe I didn't. A lie you can hold over a man is worth more than the truth.",
    "I went to the cottage myself in the end, in a pedlar's shawl, with laces and a comb and, yes, the apple. I told myself each time that this would be the last thing I would have to do.",
    "She opened the door to me three times. Three times! Some part of me wanted to shake her and say: child, this is what I have been trying to teach you. Never open the door.",
]
STEP_ENDS = [
    "They made me dance at her wedding in iron shoes. That part is true. I danced very well. I want that written down somewhere.",
    "She is queen now, and the court whispers, and I hear she has taken to asking the mirror questions in the morning. I could have warned her what it costs. She did not ask.",
    "I live in the north tower with one servant and a window that looks onto the forest, and I think about the door, and about how it was always going to open.",
    "If you want a moral, take this one: the dangerous person in the palace is never the one shouting. It is the one who brushes the king's hair.",
]


@_family("hx2_stepmother_retelling", "literary_fiction")
def _step_make(rng: random.Random) -> str:
    title = pick(rng, ["The Last Voice Before Sleep", "Fairest", "Iron Shoes", "A Confession, Found in the North Tower", "Stepmother", "The Apple Was the Least of It"])
    parts = [title, pick(rng, STEP_OPENS)] + _ordered(rng, STEP_BEATS, 5, 9) + [pick(rng, STEP_ENDS)]
    if rng.random() < 0.4:
        parts.insert(1, pick(rng, ["A retelling.", "for the Villains Anthology, vol. 2", "(after the Brothers Grimm)", f"by {_hx_name(rng)}"]))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 14. Fantasy wiki: the treacherous chancellor
# ---------------------------------------------------------------------------------------------

VIZIER_CHARS = [("Idris Vane", "Lord Chancellor of Aldermere", "The Crownless Throne"),
                ("Mother Orsolya", "Keeper of the Queen's Seal", "The Salt Kingdoms"),
                ("Severin Kael", "Grand Vizier of Qasira", "Sands of the Ninth Sultan"),
                ("Lady Ysmay Corve", "Spymistress of Halbrook", "A Court of Lanterns"),
                ("Brother Caddoc", "Confessor to the Thorn King", "The Thorn King's Daughter"),
                ("Magister Aurel Pashk", "First Counsellor of Venn", "Tidewater")]
VIZIER_SECTIONS = {
    "Early life": [
        "{name} was born into a family of minor salt merchants and entered royal service as a copyist at fourteen, with a hand so fine that the old king had treaties copied out by no one else.",
        "Little is known of {name}'s childhood. In *{book}* it is implied that the family estate was seized by the crown during the Drought Years, which some readers see as the root of the character's later motives.",
    ],
    "Rise at court": [
        "Over twenty years {name} made themself indispensable, handling the treasury, the tax rolls and eventually the king's private correspondence. By the events of the first book no letter reached the throne without first passing through the chancellery.",
        "{name} cultivated the young heir with gifts and lessons in statecraft, while quietly turning the heir against the queen mother, the one person at court who openly distrusted the chancellery.",
        "Through a network of clerks, laundresses and stable boys, {name} knew of every plot at court before its authors did, and frequently arranged for lesser conspiracies to be discovered in order to look loyal.",
    ],
    "Betrayal": [
        "In the climax of *{book}*, {name} opens the river gate to the invading army of the Marcher Lords in exchange for the regency, having first sent the palace guard to the northern wall on a forged order.",
        "It is revealed that {name} poisoned the old king slowly over a period of years, using a tincture administered in the evening wine, and then framed the royal physician.",
        "{name}'s betrayal of the protagonist at the Feast of Lanterns is often ranked among the most shocking moments in the series. Fans reportedly threw the book across the room; the author has said she takes this as a compliment.",
    ],
    "Fate": [
        "{name} is last seen fleeing the burning capital by boat with the crown jewels sewn into a cloak. The author has declined to say whether the character will return.",
        "{name} is tried before the assembled lords and sentenced to exile on the Grey Isle, where, in a short epilogue, they are shown writing a history of the war in which they are the hero.",
        "{name} is killed by the queen mother with a letter opener, a scene the television adaptation altered significantly.",
    ],
    "Personality": [
        "Soft-spoken, patient and courteous to servants, {name} rarely raises their voice. Other characters describe a 'warmth that stops at the eyes'.",
        "{name} views the monarchy as an instrument to be played rather than a cause to be served, and repeatedly tells the heir that 'loyalty is a currency, not a virtue'.",
    ],
    "Trivia": [
        "The character's name was changed from 'Edric' in early drafts because the author felt it sounded too villainous.",
        "In the audiobook, {name} is voiced with a faint lisp that was the narrator's own idea.",
        "A fan poll on the official forum voted {name} 'Best Villain' three years running.",
        "{name} appears in every book of the series but only narrates a single chapter, 'The Ledger', in book three.",
    ],
}


@_family("hx2_fantasy_wiki_traitor_chancellor", "fan_wiki")
def _vizier_make(rng: random.Random) -> str:
    name, office, book = pick(rng, VIZIER_CHARS)
    slots = dict(name=name, book=book)
    infobox = "\n".join([f"| name = {name}", f"| title = {office}", f"| affiliation = {pick(rng, ['The Chancellery', 'House Corve', 'The Marcher Lords (secretly)', 'The Crown (formerly)'])}",
                         f"| status = {pick(rng, ['Unknown', 'Exiled', 'Deceased', 'At large'])}", f"| first appearance = {book}, chapter {rng.randint(1, 12)}"])
    parts = [f"{name}", f"*This article contains spoilers for {book}.*" if rng.random() < 0.7 else "", infobox,
             fill(rng, f"**{name}** is a major antagonist in the fantasy series *{book}*, serving as {office} until the events of the second book.", **slots)]
    secs = [s for s in VIZIER_SECTIONS if rng.random() < 0.8] or ["Betrayal"]
    for sec in secs:
        bank = VIZIER_SECTIONS[sec]
        parts.append(f"== {sec} ==")
        k = 1 if sec in ("Early life", "Fate", "Betrayal") else rng.randint(1, len(bank))
        parts += [fill(rng, p, **slots) for p in sample(rng, bank, k)]
    parts.append(f"Categories: Characters | Antagonists | {book} characters | {pick(rng, ['Nobility', 'Traitors', 'Court officials'])}")
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 15. Forum thread: the finale of a prestige thriller series
# ---------------------------------------------------------------------------------------------

FINALE_SHOWS = ["Blackwater Lane", "The Keeper's House", "Marrow Creek", "Quiet Acres", "The Orchard Wives"]
FINALE_TITLES = ["[SPOILERS] {show} finale discussion thread", "{show} S{s} finale — so the housekeeper was lying the WHOLE time??",
                 "Official Episode Discussion: {show} {s}x08 'The Last Key'", "Can we talk about that {show} ending"]
FINALE_OPS = [
    "Ok I need to talk about this with someone. Rewatched ep 1 right after and Mrs {keeper} is lying in literally her first scene. She says she 'never goes in the boathouse' and there's mud on her shoes. MUD. ON HER SHOES.",
    "Finale thoughts. I thought the brother did it for five episodes, then the doctor, then I gave up and it was the housekeeper all along. Feels cheap or brilliant? I genuinely can't decide.",
    "So {keeper} poisoned the father, forged the letters from the missing daughter, AND locked Ellie in the cellar to make everyone think she ran away. How did nobody in that family notice?",
    "Just finished. Sitting in the dark. That final shot of {keeper} winding the clock while the police cars pull up is going to live in my head for a month.",
]
FINALE_REPLIES = [
    "the clue was the keys. every single episode she has the keys. she's the only one who can go everywhere in that house",
    "It's foreshadowed so hard in ep 3. She tells Ellie 'a house like this needs someone who knows where everything is kept.' That's a threat!!",
    "Hot take: the show cheated. They hid the phone call from us in ep 5 and only showed it in the flashback. That's not a twist, that's withholding.",
    "I disagree, the phone call is audible in ep 5 if you turn subtitles on. [muffled voice] is literally her voice.",
    "The actress playing {keeper} deserves every award. The way she smiles at the detective while he's searching her room, like she's proud of him",
    "What I don't get is the motive. Money? Revenge for her sister? The show gave us three motives and committed to none",
    "my theory going in was that the ghost stuff was real. glad it wasn't but kinda sad lol, the creaky door scenes were the best part",
    "The letters! She'd been writing as the daughter for TWO YEARS. Matching the handwriting, the postmarks. That's terrifying commitment",
    "did anyone else think the dad was faking the illness? because there's a deleted scene on the blu-ray that kind of implies it",
    "Rewatching now and every time she brings someone tea I'm screaming DONT DRINK IT",
    "The real villain is the family that treated her like furniture for 30 years. not excusing the poisoning but the show clearly wants you to sit with that",
    "Season 2 is confirmed btw, different house, same showrunner. I'll be suspicious of every cleaner on screen forever",
    "imo the detective knew by ep 6. watch his face when she says she's been with the family 'since before the children'. he clocks it",
    "lol the subreddit had her pegged by week 2 and everyone downvoted the guy who said it. u/boathouse_mud we owe you an apology",
    "the score during the reveal is just the clock ticking, slowed down. I didn't notice until the third watch and now it's all I can hear",
    "Unpopular opinion: the son was the better suspect and they wasted him. all that setup about his gambling debts and it goes nowhere",
    "The way she kept moving Ellie's photos around the house so the mum would think she was losing her mind. That's the scariest thing in the whole show to me. No ghosts needed",
    "wait so was the locked door in ep 2 her too? I thought that was the wind",
    "Yes. Every 'ghost' thing is her. The doors, the music box, the wet footprints. The writers confirmed it in the after-show",
    "I work in elder care and honestly the part about controlling who gets to visit and which letters arrive is way too real. Good show, hard watch",
    "Did anyone catch that the detective's own mother had a housekeeper in the flashback? Think that's why he was suspicious so early",
    "Reading this thread at 2am with my own cleaning lady coming tomorrow. she's lovely. she's lovely right?",
    "The ending where she just sits down and finishes the crossword while they cuff her. iconic. zero remorse",
    "tbh the show works because she's so competent. everyone else in that house is useless and she's the only adult in the building. you almost root for her",
    "Mods can we get a spoiler tag on the post title, some of us are in Australia and it's not out yet",
    "Just want to say this thread is better than the show's official podcast",
]
FINALE_USERS = ["boathouse_mud", "lanternjaw", "keyring_theory", "teacup_tension", "creakydoor99", "not_the_gardener", "ellie_in_the_cellar",
                "slowburn_sal", "rewatchqueen", "postmark_", "dunnit_dana"]


@_family("hx2_finale_forum_thread", "forum_thread")
def _finale_make(rng: random.Random) -> str:
    slots = dict(show=pick(rng, FINALE_SHOWS), keeper=pick(rng, ["Greaves", "Albright", "Fenn", "Durrant"]), s=str(rng.randint(1, 3)))
    users = sample(rng, FINALE_USERS, len(FINALE_USERS))
    parts = [fill(rng, pick(rng, FINALE_TITLES), **slots), f"Posted by u/{users[0]} · {rng.randint(2, 23)}h · {rng.randint(40, 3900)} upvotes",
             fill(rng, pick(rng, FINALE_OPS), **slots)]
    replies = sample(rng, FINALE_REPLIES, rng.randint(5, 24))
    for i, r in enumerate(replies):
        indent = "> " if rng.random() < 0.25 else ""
        parts.append(f"{indent}u/{users[(i + 1) % len(users)]} · {rng.randint(1, 900)} pts\n{indent}{fill(rng, r, **slots)}")
    return typos(rng, paragraphs(parts), 0.02)


# ---------------------------------------------------------------------------------------------
# 16. Book-club guide: a domestic thriller
# ---------------------------------------------------------------------------------------------

BCLUB_BOOKS = [("The Quiet Wife", "Anna"), ("Nothing Happened Here", "Josie"), ("The Nanny Upstairs", "Leah"), ("Good Neighbours", "Meredith"), ("Under His Roof", "Cass")]
BCLUB_INTROS = [
    "Our {month} pick was {book}, and wow, did this one divide the room. Below are the questions we used plus a few notes from the evening for anyone who missed it.",
    "Reading group guide: {book}. Please don't read beyond question 4 until you have finished the novel. Major spoilers follow.",
    "Host notes for {book} (bring snacks, we will be here a while).",
]
BCLUB_QUESTIONS = [
    "{narr} tells us on the first page that she is 'the kind of woman people believe'. By the end, did you believe her? When did that change?",
    "The husband never raises his voice once in the novel. How does the author make his control of the household feel menacing without any violence on the page?",
    "Consider the scene where {narr}'s keys go missing for the third time. Were you more suspicious of the husband, the nanny, or {narr} herself?",
    "The author alternates between {narr}'s diary and the police transcripts. How did the two voices contradict each other, and which did you trust more?",
    "Gaslighting is never named in the book. Why do you think the author avoided the word?",
    "The nanny copies {narr}'s handwriting, her recipes, even her perfume. Was this ambition, obsession, or something more practical?",
    "How did you feel about the neighbour, Mrs Albrecht, who sees everything and says nothing until chapter 30?",
    "The twist hinges on the missing week in Portugal. Go back and re-read chapter 12. What clues did you miss the first time?",
    "Did the ending feel earned? Several members felt the final confession was too tidy. Others loved it.",
    "Which character do you think lied the most? Make a case for someone other than the obvious answer.",
]
BCLUB_NOTES = [
    "Notes from the night: Priti called the twist in chapter 9 and has been insufferable about it ever since (affectionately).",
    "Most of us agreed the first half drags, but the second half is unputdownable. Two members stayed up until 3am.",
    "Big debate about whether the husband was ever actually dangerous or whether {narr} wanted him to be. No consensus reached. Wine was consumed.",
    "Average rating from the group: {score}/5.",
    "Next month: something gentler, we promise. Probably.",
    "If you liked this, members recommended Rebecca, Gone Girl and The Woman in the Window. Someone also suggested the Hitchcock film Gaslight, which several of us then watched.",
]


@_family("hx2_thriller_book_club_guide", "book_club_notes")
def _bclub_make(rng: random.Random) -> str:
    book, narr = pick(rng, BCLUB_BOOKS)
    slots = dict(book=book, narr=narr, month=HX_MONTHS, score=f"{rng.randint(2, 4)}.{rng.choice([0, 2, 5, 8])}")
    qs = _ordered(rng, BCLUB_QUESTIONS, 4, 8)
    parts = [f"{book} — {pick(rng, ['Book Club Questions', 'Discussion Guide', 'Our Notes', 'Reading Group Questions'])}",
             fill(rng, pick(rng, BCLUB_INTROS), **slots), "\n".join(f"{i + 1}. {fill(rng, q, **slots)}" for i, q in enumerate(qs))]
    if rng.random() < 0.75:
        parts.append("\n".join(f"- {fill(rng, n, **slots)}" for n in sample(rng, BCLUB_NOTES, rng.randint(2, 4))))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 17. Letterboxd-style micro reviews of human-villain thrillers
# ---------------------------------------------------------------------------------------------

LBOX_FILMS = ["The Lodger's Daughter (2021)", "Still Water (2019)", "Housebound Hearts (2023)", "Pilgrim's Rest (2018)", "The Caretaker (2022)", "Mother of the Bride (2020)"]
LBOX_BODIES = [
    "the cult leader just smiling while everyone sings was scarier than any jump scare this year. I will not be joining a commune. ever",
    "nanny who slowly replaces the mum one cardigan at a time. the kid KNEW. trust the kid",
    "every man in this movie is lying and the wife is the only one who noticed, which is somehow both the plot and the tragedy",
    "ok the brother-in-law poisoning the soup in the first ten minutes and then the film just... making you watch everyone eat it for an hour? evil. i loved it",
    "the lodger is so polite. so so polite. you know exactly where this is going and it still got me",
    "came for the gaslighting, stayed for the wallpaper. production design carried",
    "mid. the twin reveal is telegraphed from the poster",
    "the landlord locking tenants in one by one while the radio plays big band music... i need to lie down",
    "grandma did it. grandma always does it. ★★★½ for grandma alone",
    "watched this with my mum and she said 'oh, he's a wrong one' within 30 seconds of the vicar appearing. she was right. she's always right",
    "a con man romance that knows it's a con man romance and respects you for knowing too",
    "sweet little village mystery except the postmistress has been reading everyone's mail for 40 years and weaponising it. cosy my foot",
]
LBOX_EXTRAS = [
    "the score is all low cellos and i felt them in my teeth for the whole second act.",
    "saw it at the little cinema on the high street, six of us in the room, one man gasped out loud at the reveal and honestly same.",
    "the final shot lingers about forty seconds too long but i forgive it because that actress can do more with a teacup than most people do with a monologue.",
    "my boyfriend guessed the ending and then spent the drive home explaining how he guessed it, which was its own horror film.",
    "the first hour is a slow burn and then it just sets the house on fire, narratively and also literally.",
    "not as smart as it thinks it is but very nearly as smart as it looks.",
    "a lot of it is people standing in doorways listening to other people lie and i mean that as the highest compliment.",
    "the kid actor is doing incredible work, tiny face, enormous dread.",
    "felt about twenty minutes too long and i still wanted more of the villain.",
    "if you liked the one with the housekeeper last year this is that but with more candles.",
]
LBOX_RATINGS = ["★★★★", "★★★½", "★★", "★★★★½", "★★★", "★½", "★★★★★"]


@_family("hx2_letterboxd_thriller_blurbs", "social_review")
def _lbox_make(rng: random.Random) -> str:
    film = pick(rng, LBOX_FILMS)
    user = pick(rng, ["saoirse_stan", "filmgoblin", "reelrita", "popcorn_theology", "midnightmatinee", "jj_watches_things", "kai.lbxd"])
    first = pick(rng, LBOX_BODIES)
    body = first + ("" if first[-1] in ".!?" else ".") + " " + " ".join(sample(rng, LBOX_EXTRAS, rng.randint(2, 3)))
    if rng.random() < 0.35:
        body += " " + pick(rng, ["rewatched and still yes", "(watched with the group chat)", "spoilers in the comments dont look", "adding to my october list"])
    head = f"{film}\nReview by {user} {pick(rng, LBOX_RATINGS)}" + (" ♥" if rng.random() < 0.4 else "")
    tail = f"{rng.randint(0, 2400)} likes" if rng.random() < 0.7 else ""
    return paragraphs([head, typos(rng, body, 0.02), tail])


# ---------------------------------------------------------------------------------------------
# 18. Study guide: manipulation in Othello / Macbeth / Lear
# ---------------------------------------------------------------------------------------------

SHAKE_PLAYS = {
    "Othello": {
        "villain": "Iago",
        "paras": [
            "Iago is Shakespeare's most accomplished manipulator. He never tells Othello a direct lie if an insinuation will do the job: 'I like not that', he mutters when Cassio leaves Desdemona, and lets Othello do the rest.",
            "Notice how Iago tailors his method to each victim. With Roderigo he uses greed ('put money in thy purse'); with Cassio, shame; with Othello, the outsider's insecurity about his place in Venetian society.",
            "The handkerchief is a classic piece of planted evidence. Emilia picks it up; Iago takes it; Cassio finds it; Othello sees it in Bianca's hand. The object itself is innocent. Its journey is the lie.",
            "Iago's soliloquies give the audience privileged access to his plans, which makes us uncomfortable accomplices. We know, and we cannot warn anyone.",
            "Critics have long debated Iago's motive. He offers several (being passed over for promotion, a rumour about Emilia) and Coleridge famously called this 'the motive-hunting of a motiveless malignity'.",
        ],
        "quotes": ["'I am not what I am.' (1.1)", "'O, beware, my lord, of jealousy; / It is the green-eyed monster' (3.3)", "'Demand me nothing. What you know, you know. / From this time forth I never will speak word.' (5.2)"],
    },
    "Macbeth": {
        "villain": "Lady Macbeth",
        "paras": [
            "Lady Macbeth manipulates her husband by attacking his masculinity: 'When you durst do it, then you were a man.' She turns his hesitation into a question of courage rather than morality.",
            "Deception in the play is signalled by the imagery of masks and false faces. Duncan admits 'There's no art / To find the mind's construction in the face', moments before greeting the man who will murder him.",
            "Macbeth's seizure of power is followed by escalating paranoia. Having taken the throne by treachery, he assumes everyone else is capable of the same, and begins to kill pre-emptively: Banquo, then Macduff's family.",
            "The witches do not make Macbeth do anything. They offer a prophecy; his ambition does the work. Examiners often reward students who discuss this distinction.",
            "Lady Macbeth's sleepwalking scene shows the cost of concealment. The woman who said 'a little water clears us of this deed' now cannot wash the imaginary blood from her hands.",
        ],
        "quotes": ["'Look like th' innocent flower, / But be the serpent under 't.' (1.5)", "'False face must hide what the false heart doth know.' (1.7)", "'Out, damned spot!' (5.1)"],
    },
    "King Lear": {
        "villain": "Edmund",
        "paras": [
            "Edmund, the illegitimate son of Gloucester, forges a letter to convince his father that his legitimate brother Edgar is plotting against him. The forged letter is the engine of the subplot.",
            "Edmund is disarmingly candid with the audience. His soliloquy 'Thou, Nature, art my goddess' frames his treachery as a rational response to an unjust social order.",
            "Goneril and Regan flatter Lear in the love test and then strip him of his knights, his authority and finally his shelter. Their deception is public; Edmund's is private. Compare the two.",
            "Edmund plays Goneril and Regan against each other, promising himself to both. His ambition is ultimately undone by the same rivalries he exploits.",
        ],
        "quotes": ["'Now, gods, stand up for bastards!' (1.2)", "'Let me, if not by birth, have lands by wit' (1.2)", "'Yet Edmund was beloved.' (5.3)"],
    },
}
SHAKE_QUESTIONS = [
    "Essay practice: 'The villain succeeds only because other characters are too trusting.' To what extent do you agree?",
    "Exam tip: always embed short quotations rather than quoting whole speeches. Analyse single words where you can.",
    "Quick quiz: Who does the villain confide in? Who is the first to suspect? What piece of 'evidence' is fabricated?",
    "Context: Jacobean audiences believed that disorder in the state mirrored disorder in nature. Link this to the play's storms, omens and sleeplessness.",
    "Discuss: is the villain more interesting than the hero? Why might Shakespeare give the villain so many soliloquies?",
]


@_family("hx2_shakespeare_villain_study_guide", "study_guide")
def _shake_make(rng: random.Random) -> str:
    play = pick(rng, sorted(SHAKE_PLAYS))
    d = SHAKE_PLAYS[play]
    head = pick(rng, [f"{play}: {d['villain']} and the art of manipulation — revision notes", f"GCSE / A-level {play} revision: deception and power",
                      f"{play} study guide — Theme: Deception", f"How does Shakespeare present {d['villain']} as a manipulator?"])
    parts = [head]
    if rng.random() < 0.5:
        parts.append(pick(rng, ["Mr Okafor's English — Year 11 handout", "Revision notes (free to share, credit appreciated)", f"Last updated {pick(rng, HX_MONTHS)}"]))
    parts += sample(rng, d["paras"], rng.randint(3, len(d["paras"])))
    parts.append("Key quotations:\n" + "\n".join(f"- {q}" for q in sample(rng, d["quotes"], rng.randint(2, 3))))
    parts += sample(rng, SHAKE_QUESTIONS, rng.randint(1, 3))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 19. TTRPG session recap: the party's wizard patron betrays them
# ---------------------------------------------------------------------------------------------

TTRPG_NPCS = ["Archmage Velkor", "Old Master Quillon", "Sister Ashvale", "the hedge-wizard Brannoc", "Magister Oriel Dunne"]
TTRPG_PCS = [("Sam", "Thessaly", "half-elf rogue"), ("Priya", "Brother Orrin", "dwarf cleric"), ("Jonah", "Kael", "tiefling warlock"),
             ("Mags", "Pip Underbough", "halfling bard"), ("Dev", "Ragna", "goliath barbarian"), ("Lou", "Wisteria", "gnome wizard")]
TTRPG_HEADS = ["Session {n} recap: {npc} was playing us the whole time", "[Recap] Session {n} — The Tower, the Tome, and the Traitor",
               "Campaign log #{n}: we got betrayed and I'm still mad", "Our DM pulled off the best NPC betrayal I've seen in 10 years of playing"]
TTRPG_BEATS = [
    "Quick context: we're {n} sessions into a homebrew campaign. Since session 2 our patron has been {npc}, a kindly old wizard who gives us quests, pays in gold and magic items, and lets us sleep in his tower.",
    "This session we finally retrieved the third shard of the Moonstone from the drowned temple. Took us four sessions, two near-TPKs and one very unfortunate mimic.",
    "{pc1} ({pc1class}) wanted to keep the shard and study it. The rest of us said no, {npc} asked for it, he's been good to us, let's just hand it in.",
    "On the way back {pc2} rolled a nat 20 on an Insight check when {npc} sent a message via sending stone. DM just said 'he sounds... excited. Really excited.' Nobody followed up. Classic.",
    "Turns out all three shards together open the Sealed Gate, and {npc} has been using us as disposable errand runners to collect the pieces he couldn't get near himself because of an old binding oath.",
    "The reveal: he casts Hold Person on {pc2} the moment the last shard is in the cradle, thanks us very warmly for our service, and tells us the tower doors are now warded shut.",
    "In hindsight the clues were EVERYWHERE. He never came with us. He always knew where the next shard was. He asked really specific questions about the temple's wards. And he gave {pc3} a 'protective' amulet that turns out to let him scry on us.",
    "{pc3}'s player literally stood up from the table when the DM described the amulet glowing. We'd been carrying his eyes around for twelve sessions.",
    "We fought. It went badly. {npc} has counterspell and we have a bard, a barbarian and a very stubborn cleric. {pc1} got knocked to zero twice.",
    "The only reason we're alive: {pc1} had secretly swapped the third shard with a fake from the temple gift shop (yes, the drowned temple has a gift shop, our DM is a goblin). The gate didn't open.",
    "{npc} teleported out, furious, with the two real shards. We have the third. He knows we have it. Session ends with his voice coming out of the amulet: 'We'll talk soon, children.'",
    "Post-session the DM admitted {npc} was planned as the villain from session zero, and that every single reward he gave us was tracked so he'd know our exact strength. Genuinely chilling DMing.",
]
TTRPG_CLOSERS = [
    "MVP: {pc1}'s player for the fake shard. We didn't know. NOBODY knew. Rogues man.",
    "Next session we're going after him. Or hiding. Opinions are divided. Dice will decide.",
    "Anyone else had a trusted patron NPC turn on the party? Tips for making sure our DM doesn't do it again (he will do it again).",
    "Lesson learned: when a kindly wizard pays you in magic items, check the magic items.",
]


@_family("hx2_ttrpg_betrayal_recap", "session_recap")
def _ttrpg_make(rng: random.Random) -> str:
    pcs = sample(rng, TTRPG_PCS, 3)
    slots = dict(npc=pick(rng, TTRPG_NPCS), n=str(rng.randint(9, 48)), pc1=pcs[0][1], pc1class=pcs[0][2], pc2=pcs[1][1], pc3=pcs[2][1])
    parts = [fill(rng, pick(rng, TTRPG_HEADS), **slots)]
    if rng.random() < 0.5:
        parts.append(f"Party: {', '.join(f'{p[1]} ({p[2]}, played by {p[0]})' for p in pcs)}")
    parts += [fill(rng, b, **slots) for b in _ordered(rng, TTRPG_BEATS, 6, 11)]
    parts.append(fill(rng, pick(rng, TTRPG_CLOSERS), **slots))
    return typos(rng, paragraphs(parts), 0.012)


# ---------------------------------------------------------------------------------------------
# 20. Game quest text: the mercenary who sells you out
# ---------------------------------------------------------------------------------------------

QUEST_MERCS = ["Garrick Hale", "Sable", "Orsin the Red", "Jory Flint", "Captain Melisande"]
QUEST_TITLES = ["Coin for the Road", "A Blade for Hire", "The Toll at Greywater", "Paid in Full", "Loyalties", "The Long Way Round"]
QUEST_STAGES = [
    "Speak to {merc} at the Drowned Lantern tavern.",
    "Agree on a price with {merc}. (Optional) [Persuade] Lower the price.",
    "Travel with {merc} to the Greywater crossing.",
    "Defend the caravan from the river bandits.",
    "Make camp at the ruined watchtower.",
    "Find out who has been leaving marks on the road signs.",
    "(Hidden) Search {merc}'s pack while they sleep.",
    "Confront {merc} about the letter from the Baron.",
    "Survive the ambush at the ford.",
    "Decide {merc}'s fate.",
]
QUEST_DIALOGUE = [
    "{merc}: \"Gold first, questions never. That's my rate and my philosophy.\"",
    "{merc}: \"You're paying me to keep you alive, not to like me. Let's keep it that way.\"",
    "{merc}: \"Funny thing about loyalty. It's always somebody else's.\"",
    "> [Intimidate] \"If you cross me, the river gets you before the Baron does.\"",
    "> \"Who paid you more than I did?\"",
    "> [Empathy] \"What does the Baron have on you?\"",
    "{merc}: \"My sister. He has my sister in the cells at Hollowmere. You'd do the same.\"",
    "{merc}: \"I was always going to take the better offer. I just didn't expect to feel bad about it.\"",
    "> [Attack] Draw your weapon.",
    "> [Spare] \"Go. Don't let me see you again.\"",
    "> [Recruit] \"Help me get your sister out instead.\"",
]
QUEST_JOURNAL = [
    "Journal: I hired {merc} to see me safely through the marshes. The price was steep, but the roads are worse than I was told.",
    "Journal: Someone has been scratching a mark on every milestone we pass: a circle with a line through it. {merc} says it's just children.",
    "Journal: I found a letter in {merc}'s pack sealed with the Baron's wax. It describes our route in detail, down to the hour.",
    "Journal: The ambush was waiting exactly where the letter said it would be. {merc} stood aside and watched.",
    "Journal: {merc} has told me the truth at last, or something like it. Now I have to decide what to do about it.",
]
QUEST_OUTCOMES = [
    "Outcome (Spare): {merc} leaves the party. They reappear in Act III with the Baron's ledger, if spared.",
    "Outcome (Kill): Receive {merc}'s Notched Longsword. Reputation with the Free Companies decreases.",
    "Outcome (Recruit): Unlocks the side quest 'The Cells at Hollowmere'. {merc} joins as a companion with the trait Turncoat (+15% damage against Baron's forces).",
    "Note: if you searched the pack before the ford, the ambush can be avoided entirely.",
]


@_family("hx2_quest_text_turncoat_mercenary", "game_text")
def _quest_make(rng: random.Random) -> str:
    merc = pick(rng, QUEST_MERCS)
    slots = dict(merc=merc)
    style = rng.randrange(3)
    title = pick(rng, QUEST_TITLES)
    parts = [f"Quest: {title}" if style != 2 else f"{title} (side quest) — walkthrough"]
    parts.append(f"Given by: {merc} | Region: {pick(rng, ['Greywater Marches', 'The Sunken Vale', 'Hollowmere', 'Tollroad North'])} | Level {rng.randint(6, 24)}+")
    stages = _ordered(rng, QUEST_STAGES, 5, 9)
    parts.append("Objectives:\n" + "\n".join(f"[{(i + 1) * 10}] {fill(rng, st, **slots)}" for i, st in enumerate(stages)))
    if style in (0, 2):
        parts += [fill(rng, j, **slots) for j in _ordered(rng, QUEST_JOURNAL, 2, 5)]
    if style in (1, 2):
        parts.append("Dialogue:\n" + "\n".join(fill(rng, d, **slots) for d in _ordered(rng, QUEST_DIALOGUE, 4, 8)))
    parts.append("\n".join(fill(rng, o, **slots) for o in sample(rng, QUEST_OUTCOMES, rng.randint(1, 4))))
    if style == 2:
        parts.append(pick(rng, ["Tip: Recruit is the best outcome, the companion is great in the final act.", "I killed them on my first run and regretted it for 40 hours. Don't be me.",
                                "Note the Persuade check at the start changes nothing about the betrayal. It's scripted."]))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 21. Escape-room design document: the poisoner's parlour
# ---------------------------------------------------------------------------------------------

ESCAPE_ROOMS = [("The Poisoner's Parlour", "Lady Honoria Vance, a Victorian widow who has buried three husbands"),
                ("The Magician's Last Trick", "the Great Castellan, a stage magician who vanished in 1926 with his investors' money"),
                ("The Collector", "Ambrose Thule, an antiques dealer who keeps more than antiques in his back room"),
                ("Séance at Blackmoor", "Madame Orla, a spiritualist who swindles grieving families")]
ESCAPE_SECTIONS = {
    "Backstory": [
        "Players are guests invited to {villain}'s house for dinner. They soon realise the invitation was a trap: the doors lock behind them and a recorded voice informs them they have sixty minutes before the 'nightcap' is served.",
        "The players are insurance investigators who have talked their way inside to find proof of fraud. {villain} is expected back at any minute. The front door has already been bolted from outside.",
        "Players play the relatives of the last victim. They have broken in to find the evidence that will put {villain} away. The trap is that {villain} knew they would come.",
    ],
    "Room flow": [
        "Room 1 (parlour): portrait with hidden dial, locked writing desk, cipher in the embroidered sampler. Solving the sampler reveals the combination to the desk.",
        "Room 2 (study): a ledger of 'guests' with dates; matching dates to the wine labels opens the bookcase door. This is the emotional beat: players see names crossed out.",
        "Room 3 (cellar): the final puzzle. Players must identify which of six bottles is the antidote using clues gathered throughout. A wrong choice triggers a thirty-second lights-out.",
        "Room 2 alt (séance room): a rigged table with a hidden pedal, a speaking trumpet and a cabinet with a false back. Finding the mechanisms IS the puzzle: players expose the fraud.",
    ],
    "Actor script": [
        "At 45:00 the villain's voice plays over the speakers: 'Still here? How delightful. Do help yourselves to the sherry.' GMs: trigger cue 7.",
        "At 20:00 a knock sounds on the cellar door. This is an actor in costume who says nothing, only slides a note under the door: 'You're not the first.'",
        "If players are ahead of schedule, the GM may play the 'second lock' cue: the villain's voice notes they have been clever, and the exit door requires one extra key hidden in the portrait frame.",
    ],
    "Hint ladder": [
        "Hint 1: 'The lady of the house was fond of needlework.' Hint 2: 'Count the stitches, not the letters.' Hint 3: give the first digit.",
        "Hint 1: 'Every guest signed in. Did every guest sign out?' Hint 2: 'Look at the years on the bottles.'",
        "Hint 1: 'A medium needs an assistant. Where would one hide?' Hint 2: 'Tap the cabinet walls.'",
    ],
    "Safety": [
        "All locked doors have a magnetic release on a red button at knee height. Brief players on it before the game. The 'locked in' fiction must never override real egress.",
        "The lights-out effect is capped at 30 seconds and is disabled for groups that tick the 'no darkness' box at booking.",
    ],
}


@_family("hx2_escape_room_design_doc", "design_document")
def _escape_make(rng: random.Random) -> str:
    room, villain = pick(rng, ESCAPE_ROOMS)
    slots = dict(villain=villain.split(",")[0])
    parts = [f"{room} — GM & design notes v{rng.randint(1, 4)}.{rng.randint(0, 9)}", f"Villain: {villain}. Capacity {rng.randint(2, 4)}-{rng.randint(6, 8)}. Duration 60 min. Difficulty {rng.randint(3, 9)}/10."]
    for sec in [s for s in ESCAPE_SECTIONS if rng.random() < 0.8] or ["Backstory"]:
        bank = ESCAPE_SECTIONS[sec]
        k = 1 if sec == "Backstory" else rng.randint(1, len(bank))
        items = [fill(rng, x, **slots) for x in _ordered(rng, bank, k, k)]
        parts.append(f"## {sec}\n\n" + ("\n".join(f"- {x}" for x in items) if len(items) > 1 else items[0]))
    if rng.random() < 0.5:
        parts.append(pick(rng, ["TODO: replace the cellar bottles, two labels are peeling.", "Playtest note: groups of 2 struggle with room 2, consider an extra hint.",
                                "Reminder to GMs: the villain voice-over is pre-recorded. Do NOT improvise in character over the mic."]))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 22. True-crime podcast transcript (long)
# ---------------------------------------------------------------------------------------------

TCPOD_SHOWS = ["Cold Coffee Crime", "Small Town, Big Lies", "The Ledger", "Porch Light", "Dead Reckoning Podcast"]
TCPOD_HOSTS = [("KATIE", "BRENDA"), ("MO", "JESS"), ("DANA", "RICH"), ("LIZ", "SUNNY")]
TCPOD_INTRO = [
    "{a}: Hi and welcome back to {show}. I'm {an}.\n{b}: And I'm {bn}, and today's case is one I have been begging to do for like a year.\n{a}: She has. She texts me about it at midnight.",
    "{a}: Okay, we're recording. Hello! Welcome to {show}, episode {ep}.\n{b}: Before we start, quick content note: this one involves financial abuse of elderly people and a faked death. No violence, but it's upsetting.",
    "{a}: Welcome to {show}, where we drink coffee and talk about terrible people. I'm {an}.\n{b}: I'm {bn}. And this week's terrible person is extremely charming, which is always the worst kind.",
]
TCPOD_CASES = {
    "treasurer": [
        "{b}: So our guy is {perp}. {town}, small town, maybe four thousand people. He's the treasurer of the Methodist church, he coaches Little League, he does everybody's taxes at the kitchen table for free.",
        "{a}: The free taxes. Oh no. I already know where this is going.\n{b}: You do not know where this is going. Because it goes SO much further.",
        "{b}: For about eleven years he's skimming. Not from the church at first, from the taxes. He'd file your return, tell you that you owed the IRS two thousand, take a check made out to 'cash' to 'handle it', and file it showing a refund he kept.",
        "{a}: And nobody checks, because it's {perp}. He brought a casserole when your mom died.\n{b}: He brought a casserole to EVERY funeral. There's a detective later who says the casseroles were, quote, 'reconnaissance'.",
        "{b}: Then the church roof fund. Four hundred thousand dollars raised over six years, bake sales, a quilt raffle, a ninety-year-old woman who left them her house. And he's the only signatory.",
        "{a}: Wait, only one signatory? On a church account?\n{b}: He convinced the board that two signatures was 'a lack of faith'. Those were his words. It's in the minutes.",
        "{b}: So in {year} a new pastor arrives, young guy, very online, and he asks to see a bank statement. Just a normal request. And {perp} says sure, next week. And the next week he goes kayaking on Lake Henley and doesn't come back.",
        "{a}: The kayak. I've read about the kayak.\n{b}: They find the kayak upside down, a paddle, one shoe, his reading glasses floating in a ziplock bag, which, in hindsight, who puts their glasses in a ziplock bag to die?",
        "{b}: The town holds a memorial. Three hundred people. The Little League kids wear black armbands. And the new pastor is sitting in the back holding a bank statement that shows eleven dollars in the roof fund.",
        "{a}: I need a minute.\n{b}: Take the minute. I took a week.",
        "{b}: Fourteen months later, a woman in a dentist's waiting room in Tucson is reading a magazine with a 'faces of fraud' feature, and she recognises the man sitting across from her. He's grown a beard. He's going by Dale.",
        "{a}: Dale!\n{b}: Dale. Dale had a condo, a boat, and a girlfriend who thought he was a widower from Oregon.",
        "{b}: At sentencing he reads a statement saying that he 'always intended to pay it back' and that the town 'never understood the pressure he was under'. The judge gave him nine years. The woman who left her house to the church, her granddaughter read a victim statement, and honestly it's the most devastating thing I've ever listened to.",
    ],
    "sweetheart": [
        "{b}: Our subject today went by at least six names, but the one he was born with is {perp}. He's what investigators call a sweetheart swindler.",
        "{a}: Which is a very cute name for a very not cute crime.\n{b}: Right. He targeted widows, usually late sixties, usually recently bereaved, usually with a paid-off house. He'd read the obituaries the way other people read the sports section.",
        "{b}: The pattern is always the same. He shows up at the grief support group at a church or a community center. He's a widower too, he says. He cries at the right moments. He brings flowers from his 'late wife's garden'.",
        "{a}: Which he does not have.\n{b}: Which he does not have. The flowers are from the supermarket. A detective actually traced them because the same supermarket sticker kept showing up in the evidence photos.",
        "{b}: Within a few months he's moved in. Then he's 'helping' with the finances, because she's overwhelmed, and he has a little business background. Then the house gets remortgaged. Then there's an investment opportunity. Then he's gone.",
        "{a}: How many women?\n{b}: Confirmed, eleven, across four states, from about {year} on. Investigators think the real number is higher. A lot of victims never came forward because they were ashamed.",
        "{b}: And the thing that gets me is he isolates them. He tells one woman her daughter is only after the inheritance. He tells another her pastor said something nasty about her behind her back. By the time he leaves, there's nobody left to call.",
        "{a}: That's the part that's actually cruel. The money is the money, but cutting somebody off from everyone who loves them...\n{b}: Yeah. One of the women said at trial that losing the house was nothing compared to the two years she didn't speak to her son.",
        "{b}: He was caught because victim number nine had a granddaughter who was, and I love this, a bank teller. And she noticed the transfers, and she noticed the signature looked wrong, and she started making calls.",
        "{a}: Bank tellers! Unsung heroes of this entire podcast.",
        "{b}: When the police came to arrest him he was at a grief group in {town}. Sitting in the circle. Holding hands with the woman next to him.",
        "{a}: Stop.\n{b}: He asked the officers if he could finish the prayer first.",
    ],
}
TCPOD_EXTRA = {
    "treasurer": [
        "{a}: Can we back up to the Little League thing? Because I read that he also ran the concession stand.\n{b}: He ran the concession stand. Cash only. For nine seasons. The league's accountant later estimated the hot dogs alone were about thirty grand.\n{a}: The hot dogs.\n{b}: Nobody audits a hot dog, {an}.",
        "{b}: What I find fascinating is how he handled doubt. There was one deacon, a retired machinist named Earl, who asked questions at a budget meeting in the early two-thousands. And {perp} didn't argue. He cried. He stood up in front of the whole board and said that if they didn't trust him after everything, he'd resign.\n{a}: And they begged him to stay.\n{b}: They begged him to stay. And Earl apologised. In writing.",
        "{b}: After the kayak, the sheriff's office actually searched the lake for nine days. Divers, a helicopter from the state police, volunteers in canoes. The Little League kids made posters. I found a local news clip of his daughter thanking the volunteers, and she clearly believed every word.\n{a}: Did she know?\n{b}: She says no. Investigators eventually agreed. He left her too.",
        "{a}: So how do you even fake a drowning? Like logistically?\n{b}: According to his own statement, he'd parked a second car at a boat ramp on the far side of the lake two days earlier. He paddled across at dawn, flipped the kayak, swam the last hundred yards, changed in the woods and drove to Texas. He'd practised the swim. Twice.",
        "{b}: And here's a detail that haunts me. In the months before he vanished, he started telling people he'd been feeling 'tired of everything'. He seeded it. So when he disappeared, half the town privately thought it might not have been an accident, and they were too kind to say so out loud, which made them less likely to ask questions.",
    ],
    "sweetheart": [
        "{a}: How did he pick the grief groups? Was there a method?\n{b}: There was a notebook. Police found it in a storage unit in {town}. Every group within a hundred miles, what night it met, how many people came, and little notes. 'Mostly women. Coffee bad. Leader suspicious.'\n{a}: Leader suspicious! He was grading them.",
        "{b}: The names he used were always a little bit old-fashioned. Harold. Clement. Francis. A psychologist who testified at the sentencing said that was deliberate: he wanted to sound like the men these women had married in the sixties.",
        "{b}: One of the victims, I'll call her Joan because she asked for her name to be kept out of coverage, told a reporter that the first thing he ever said to her was, 'You have the kindest hands.' She was holding a paper cup of decaf. She married him four months later.",
        "{a}: Were there warning signs, though? Like, looking back?\n{b}: Always. He never had photos of his late wife. Not one. He always had a reason: a house fire, a flood, a sister who kept the albums. He couldn't be on the deed because of a 'tax thing'. He never, ever let anyone see his driver's license.",
        "{b}: And he was skilled at making the women defend him. If a son asked questions, he wouldn't fight back. He'd say, 'I understand, he's protecting you, I'd do the same,' and then he'd go quiet and sad for a week, until the mother was the one who went and yelled at her son.",
    ],
}
TCPOD_AFTER = [
    "{a}: So where is everybody now?\n{b}: He's out, actually. Released early, lives in a halfway house two states over. The restitution order was for the full amount and so far he has paid back, as of the last filing I could find, about four thousand dollars.\n{a}: Out of?\n{b}: Out of a lot more than four thousand dollars.",
    "{b}: The thing the town did afterwards that I really love: they changed the rules. Every church, every club, every school booster account in the county now needs two signatures and an annual outside review. It's literally called the {perp} rule. Nobody says that out loud, but that's what everyone calls it.",
    "{a}: I read a comment on the local paper's website from someone who said, and I wrote this down, 'We weren't stupid. We were kind. He just knew the difference better than we did.'\n{b}: Oof. Yeah.",
    "{b}: One of the detectives I talked to for this episode, who asked not to be named, said the hardest part of cases like this isn't the paper trail. The paper trail is easy. The hardest part is sitting across from a victim who still defends the guy.\n{a}: Even after everything?\n{b}: Even after the conviction. She said, 'He was good to me, whatever else he was.'",
    "{a}: And the money's just gone?\n{b}: Mostly. Boats, a timeshare, a truly staggering amount of sports memorabilia. The FBI auctioned a signed Mickey Mantle ball and I found the listing and I'm not going to lie, I almost bid on it out of spite.",
]
TCPOD_MAIL = [
    "{a}: Before we go, listener mail! This one's from Tamsin in Ohio, who says her great-aunt was nearly scammed by a man at her bridge club, and the only reason she wasn't is that he got the rules of bridge wrong.\n{b}: Respect the game or get caught.",
    "{b}: Quick correction from last week: a listener who is an actual forensic accountant wrote in to say that what we called 'lapping' was actually just ordinary skimming. So, thank you, Gail, we stand corrected, and we are a little afraid of you.",
    "{a}: A bunch of you asked for an update on the water-district case from episode {ep2}. The appeal was denied last month. He's staying put.",
]
TCPOD_OUTRO = [
    "{a}: Okay. That's our episode. If you have a case you want us to cover, email us, and check on your grandparents this week. Genuinely.\n{b}: Call your nana. Look at her bank statements. Lovingly.",
    "{a}: Sources for this episode are in the show notes as always, mostly court documents and local newspaper archives. Huge thanks to the librarian in {town} who scanned forty years of church bulletins for us.\n{b}: Hero. Okay, bye!",
    "{b}: That's it for this week. Rate, review, tell a friend, and never give anyone sole signatory control of anything.\n{a}: Words to live by.",
]
TCPOD_BANTER = [
    "{a}: Sorry, I need to refill my coffee for this.",
    "[AD BREAK]",
    "{b}: I'm going to read a quote here from the detective, and I want you to really sit with it.",
    "{a}: This is why I don't trust people who are nice to everyone.\n{b}: You don't trust anyone.\n{a}: And I've never been swindled.",
    "{b}: [laughs] I'm sorry, it's not funny. It's a little funny.",
]


@_family("hx2_truecrime_podcast_transcript", "podcast_transcript")
def _tcpod_make(rng: random.Random) -> str:
    an, bn = pick(rng, TCPOD_HOSTS)
    case = pick(rng, sorted(TCPOD_CASES))
    slots = dict(a=an, b=bn, an=an.title(), bn=bn.title(), show=pick(rng, TCPOD_SHOWS), ep=str(rng.randint(40, 310)),
                 perp=pick(rng, ["Gary Dwyer", "Wendell Pratt", "Curtis Ames", "Lyle Beckham", "Roger Tillman"]),
                 town=pick(rng, ["Marlow, Oklahoma", "Harlan Falls", "Deer Creek", "Pike Station", "Elm Grove"]), year=str(rng.randint(1994, 2016)))
    parts = [f"{slots['show']} — Episode {slots['ep']}: {pick(rng, ['The Casserole Man', 'Sole Signatory', 'Flowers From the Supermarket', 'One Shoe', 'The Nicest Man in Town'])}",
             "[Transcript auto-generated and lightly edited. Timestamps approximate.]", f"[00:00:{rng.randint(10, 59)}]", fill(rng, pick(rng, TCPOD_INTRO), **slots)]
    body = TCPOD_CASES[case]
    beats = _ordered(rng, body, len(body) - 2, len(body))
    for extra in sample(rng, TCPOD_EXTRA[case], rng.randint(3, 5)):
        beats.insert(rng.randint(2, len(beats) - 1), extra)
    minute = 3
    for i, b in enumerate(beats):
        if i and i % 3 == 0:
            minute += rng.randint(4, 9)
            parts.append(f"[00:{minute:02d}:{rng.randint(0, 59):02d}]")
        if rng.random() < 0.18:
            parts.append(fill(rng, pick(rng, TCPOD_BANTER), **slots))
        parts.append(fill(rng, b, **slots))
    parts += [fill(rng, x, **slots) for x in sample(rng, TCPOD_AFTER, rng.randint(1, 3))]
    if rng.random() < 0.6:
        parts.append(fill(rng, pick(rng, TCPOD_MAIL), ep2=str(rng.randint(5, 39)), **slots))
    parts.append(fill(rng, pick(rng, TCPOD_OUTRO), **slots))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 23. Court transcript: cross-examination in a fraud trial (long)
# ---------------------------------------------------------------------------------------------

TRIAL_DEFS = ["DARREN MCKAY", "ELAINE FORSYTHE", "ROBERT TANNEHILL", "SIMONE ACHTERBERG"]
TRIAL_COMPANIES = ["Northgate Medical Supply", "Halcyon Freight", "Bellweather Homes", "Ridgeline Agricultural Co-op"]
TRIAL_QA = [
    [("Q", "You were the chief financial officer of {co} from 2016 until your resignation, correct?"), ("A", "That's correct."),
     ("Q", "And in that role you signed the quarterly certifications to the bank?"), ("A", "I signed what my team prepared for me."),
     ("Q", "That wasn't my question. Did you sign them?"), ("A", "Yes.")],
    [("Q", "I'm showing you what's been marked Government Exhibit 114. Do you recognize it?"), ("A", "It appears to be an invoice."),
     ("Q", "An invoice from Carroway Logistics to {co} for two hundred and eighty thousand dollars. Is that right?"), ("A", "That's what it says."),
     ("Q", "Carroway Logistics had no employees, did it?"), ("A", "I wouldn't know how many employees they had."),
     ("Q", "It was registered to your brother-in-law's address."), ("MR. {defcounsel}", "Objection. Assumes facts."),
     ("THE COURT", "Overruled. The witness may answer if she knows."), ("A", "I didn't know that at the time.")],
    [("Q", "Let's talk about the email of March 3rd. Exhibit 131. Could you read the highlighted line to the jury?"),
     ("A", "'Just push the delivery dates into Q4 so the auditors don't ask.'"), ("Q", "Who wrote that?"), ("A", "I did."),
     ("Q", "What did you mean by 'so the auditors don't ask'?"), ("A", "I meant so they wouldn't have to waste time on timing differences."),
     ("Q", "Timing differences of four million dollars."), ("A", "I... it was complicated.")],
    [("Q", "The company's controller, Ms. Reyes, testified last week that she raised concerns with you in writing. Do you remember that memo?"),
     ("A", "I remember she had concerns. She had a lot of concerns about everything."),
     ("Q", "And two weeks after that memo, Ms. Reyes was terminated?"), ("A", "That was an HR decision."),
     ("Q", "Signed by you."), ("A", "I sign a lot of things.")],
    [("Q", "You told the bank's examiners in {year} that the receivables were collectible."), ("A", "I believed they were."),
     ("Q", "You believed that a customer that had gone out of business eleven months earlier was going to pay?"),
     ("A", "We were pursuing it."), ("Q", "Pursuing it how?"), ("A", "(No response.)"), ("Q", "I'll withdraw the question.")],
    [("Q", "After the investigation began, you deleted the accounting files from your personal laptop, didn't you?"),
     ("A", "I cleaned up my laptop. People do that."), ("Q", "On the night you received the subpoena?"),
     ("MR. {defcounsel}", "Objection, Your Honor. Argumentative."), ("THE COURT", "Sustained. Rephrase, counsel."),
     ("Q", "What time did you receive the subpoena?"), ("A", "Around five."), ("Q", "And what time were the files deleted?"), ("A", "I don't recall."),
     ("Q", "Would eleven forty-two p.m. refresh your recollection?"), ("A", "If that's what the forensic report says.")],
    [("Q", "Isn't it true that you personally received one point one million dollars from the Carroway account?"),
     ("A", "I received consulting fees."), ("Q", "For what consulting?"), ("A", "Advisory work."),
     ("Q", "Advising whom?"), ("A", "(Pause.) Carroway."), ("Q", "A company with no employees paid you to advise it on how to invoice your own employer?"),
     ("MR. {defcounsel}", "Objection."), ("THE COURT", "I'll allow it."), ("A", "It wasn't like that.")],
]


@_family("hx2_fraud_trial_cross_exam", "court_transcript")
def _trial_make(rng: random.Random) -> str:
    defname = pick(rng, TRIAL_DEFS)
    slots = dict(co=pick(rng, TRIAL_COMPANIES), defcounsel=pick(rng, ["LANGFORD", "OBI", "KESSLER", "DUARTE"]), year=str(rng.randint(2017, 2021)))
    pros = pick(rng, ["MS. ABERNATHY", "MR. CHUNG", "MS. OYELARAN", "MR. PALLISER"])
    parts = [f"UNITED STATES DISTRICT COURT\n{pick(rng, ['SOUTHERN DISTRICT OF OHIO', 'DISTRICT OF NEW JERSEY', 'EASTERN DISTRICT OF MISSOURI', 'NORTHERN DISTRICT OF GEORGIA'])}",
             f"UNITED STATES OF AMERICA v. {defname}, Defendant.\nCase No. {rng.randint(1, 4)}:{rng.randint(18, 23)}-cr-{rng.randint(100, 999)}",
             f"TRANSCRIPT OF JURY TRIAL — DAY {rng.randint(3, 14)}\n{pick(rng, ['Morning', 'Afternoon'])} Session",
             f"{defname}, having been previously sworn, resumed the stand and testified further as follows:",
             f"CROSS-EXAMINATION (continued)\nBY {pros}:"]
    first = TRIAL_QA[0]
    rest = sample(rng, TRIAL_QA[1:], rng.randint(3, len(TRIAL_QA) - 1))
    line = rng.randint(1, 10)
    page = rng.randint(420, 1500)
    for block in ([first] if rng.random() < 0.6 else []) + rest:
        for who, text in block:
            label = f"{who}." if who in ("Q", "A") else fill(rng, f"{who}:", **slots)
            parts.append(f"{page}:{line:02d}  {label} {fill(rng, text, **slots)}")
            line += rng.randint(1, 3)
            if line > 25:
                line, page = 1, page + 1
    parts.append(pick(rng, [f"{pros}: Nothing further, Your Honor.\nTHE COURT: Redirect?\nMR. {slots['defcounsel']}: Briefly, Your Honor.",
                            "THE COURT: Let's take our morning recess. Fifteen minutes. The jury is reminded not to discuss the case.\n(Recess taken.)",
                            f"{pros}: Your Honor, I'd move to admit Exhibits 114 through 131.\nTHE COURT: Any objection?\nMR. {slots['defcounsel']}: No objection.\nTHE COURT: They're admitted."]))
    text = paragraphs(parts)
    if defname in ("DARREN MCKAY", "ROBERT TANNEHILL"):
        text = text.replace("The witness may answer if she knows.", "The witness may answer if he knows.")
    return text


# ---------------------------------------------------------------------------------------------
# 24. Forum mafia game postmortem: the scum team explains itself
# ---------------------------------------------------------------------------------------------

MAFIA_GAMES = ["Mini Normal 214", "Harry Potter Mafia III", "Bastard Mafia: The Masquerade", "Newbie 1187", "Cruise Ship Mafia"]
MAFIA_OPEN = [
    "GG everyone. As the last surviving scum I feel like I owe the thread an explanation, and an apology to {victim}, who I bussed on Day 2 with a truly disgusting amount of enthusiasm.",
    "Post-game thoughts from the Godfather. Buckle up, this is long.",
    "Well. That happened. Town won on Day 5 and honestly they deserved it, but let me tell you how close it was.",
]
MAFIA_BEATS = [
    "Our night one kill was {victim} because they were the best town reader in the game and we all knew it. Killing your scariest opponent first is obvious, so we almost didn't, and then we did anyway.",
    "I fake-claimed cop on Day 3 with a guilty on {town1}. It was a coinflip. If the real cop had counterclaimed I was dead. They didn't, because the real cop had been killed in the night and nobody knew.",
    "My partner and I agreed never to interact in-thread. Turns out zero interaction between two active players is itself a scumtell, and {town2} caught it on Day 4 with a wall post about 'suspicious mutual silence' that I still think about.",
    "The doctor protected me on Night 2 because I was so convincingly town. I have never felt more guilty in a game of pretend.",
    "Day 2 bus: I voted my own partner into the lynch. It bought me about three days of town cred. Partner was fine with it. Said it was 'the correct play'. They were right. It still felt bad.",
    "Biggest mistake: I defended {town1} too hard on Day 1, before I even knew their alignment, and later that looked like a scum pairing. Never white-knight early.",
    "Shoutout to the mod for the flavour text. The death write-ups were brilliant. {victim}'s 'slipped on the lido deck' one got a real laugh out of me.",
    "In hindsight my tell was tone. I was cheerful all game. I'm never cheerful. Three people who've played with me before flagged it and were ignored.",
    "The plan for endgame was a lylo gambit: claim vanilla, cast doubt on the confirmed town. It nearly worked. One vote.",
]
MAFIA_REPLIES = [
    "{town2}: I KNEW the silence was weird. vindicated",
    "{victim}: no hard feelings. ok some hard feelings. gg",
    "{town1}: you said I was 'obviously town-coded' on D1 and I have never felt more targeted",
    "mod: thanks all! signups for the next game open Friday. no cruise ships this time, I promise",
    "lurker_larry: reading this thread like a thriller novel, ty for the writeup",
]


@_family("hx2_forum_mafia_postmortem", "forum_thread")
def _mafia_make(rng: random.Random) -> str:
    names = sample(rng, ["Quillfeather", "anonymouse", "Bree", "toast_sandwich", "Halvard", "numbat", "VeeVee", "coldbrew"], 3)
    slots = dict(victim=names[0], town1=names[1], town2=names[2])
    parts = [f"{pick(rng, MAFIA_GAMES)} — Post-game discussion", f"Post #{rng.randint(1200, 3400)} by {pick(rng, ['fennel_frond', 'Gatsby_Sr', 'm0ri'])}",
             fill(rng, pick(rng, MAFIA_OPEN), **slots)]
    parts += [fill(rng, b, **slots) for b in _ordered(rng, MAFIA_BEATS, 3, 7)]
    parts += [fill(rng, r, **slots) for r in sample(rng, MAFIA_REPLIES, rng.randint(1, 4))]
    return typos(rng, paragraphs(parts), 0.015)


# ---------------------------------------------------------------------------------------------
# 25. Animal fables: the trickster and the moral (short)
# ---------------------------------------------------------------------------------------------

FABLE_TRICKSTERS = [("Fox", "fox"), ("Weasel", "weasel"), ("Magpie", "magpie"), ("Jackal", "jackal"), ("Stoat", "stoat")]
FABLE_PAIRS = [
    ("A {T} who had grown thin over the winter came upon a Hen sitting high on a barn roof.",
     "'Friend,' called the {t}, 'have you not heard? All the beasts have sworn a peace. Come down and let us embrace.' But the Hen only craned her neck and said she could see the farm dogs coming to join the celebration, and the {t} remembered an urgent appointment elsewhere."),
    ("In a dry season a {T} noticed that the Tortoise, the Hare and the Heron shared the only spring in the valley.",
     "So the {t} told each of them privately that the other two were plotting to keep the water, until they quarrelled so bitterly that none of them noticed the {t} drinking his fill and muddying the rest."),
    ("A {T} heard that the Lion was old and tired and would soon choose a counsellor to rule the forest in his name.",
     "The {t} praised the Lion's wisdom morning and night, and offered to carry the burden of every small decision, until at last there was no decision in the forest that did not pass through the {t}'s paws."),
    ("The Geese of the lower meadow had chosen a {T} as their night-watchman, because he spoke so sweetly of duty.",
     "The {t} made a great show of standing guard, and each night one fewer goose was counted in the morning, and each morning the {t} wept the loudest."),
    ("A {T} wished to have the Thrush's nest for her own chicks, but the Thrush never left it for long.",
     "So the {t} learned the Thrush's song and sang it from the hedge at dusk, and while the Thrush went searching for the singer, the {t} laid her egg among the others and flew away."),
    ("A {T} found the Mole's winter store of roots and could not reach it, for the tunnel was too narrow.",
     "'Neighbour,' said the {t}, 'a flood is coming, I heard it from the Heron. Bring everything up to the hill and I will guard it while you warn your cousins.' The Mole thanked him warmly and did exactly that."),
]
FABLE_ENDS = [
    "But the eldest among them had kept count, and when the {t} came back the next evening, the gate was shut and the dogs were waiting.",
    "It worked for a season. Then the creatures compared their stories, and the {t} was driven out of that country and never trusted again.",
    "The {t} prospered, and grew fat, and had no friend left in the world to share it with.",
    "Only the smallest of them, a wren, saw through it, and she sang the truth so loudly from the treetop that the whole wood heard.",
]
FABLE_MORALS = [
    "Moral: Beware the friend who arrives with a promise and leaves with your supper.",
    "Moral: Flattery is the tax a schemer levies on the vain.",
    "Moral: A guard who profits from the loss is no guard at all.",
    "Moral: Those who divide you mean to rule you.",
    "Moral: Listen to the small voice that counts what goes missing.",
]


@_family("hx2_trickster_animal_fables", "fable")
def _fable_make(rng: random.Random) -> str:
    T, t = pick(rng, FABLE_TRICKSTERS)
    setup, trick = pick(rng, FABLE_PAIRS)
    setup = setup.format(T=T)
    title = pick(rng, [f"The {T} and the Geese", f"The {T} Who Would Be Counsellor", f"The {T} at the Spring", f"The {T} and the Barn Roof", f"The Sweet-Voiced {T}"])
    body = " ".join([setup, trick.format(t=t), fill(rng, pick(rng, FABLE_ENDS), t=t)])
    parts = [title, body, pick(rng, FABLE_MORALS)]
    if rng.random() < 0.3:
        parts.insert(0, pick(rng, ["Fable of the week", "From our new collection, 'Wily Beasts'", "Bedtime fable #" + str(rng.randint(3, 90))]))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 26. Reality-TV recap: a castle game of hidden traitors
# ---------------------------------------------------------------------------------------------

TRAIT_SHOWS = ["The Turncoats", "Knives at Dinner", "Castle Deceit", "The Quiet Ones"]
TRAIT_CAST = ["Shaz, 34, dental nurse", "Gareth, 58, retired firefighter", "Mia, 23, student", "Dominic, 41, barrister", "Bev, 66, dinner lady",
              "Tayo, 29, personal trainer", "Hollie, 37, estate agent", "Rupert, 52, vicar", "Kez, 31, barber"]
TRAIT_BEATS = [
    "The episode opens with breakfast and the grim roll-call. {victim} doesn't walk in, which means the Traitors 'murdered' them last night, and {traitor} does a very convincing gasp into a croissant.",
    "Mission of the week: the players are blindfolded in the castle crypt and must find the gold by following a rope. {traitor} deliberately tangles it and then leads the clean-up effort. Iconic behaviour.",
    "The shield went to {faithful}, who then spent the entire evening telling everyone they were 'definitely a Faithful', which, babe, that's what a Traitor would say.",
    "Roundtable was carnage. {faithful} pointed at {traitor} with a half-decent case (the tangled rope, the gasp), and for a minute the room turned. Then {traitor} cried. Proper tears. And the room turned right back.",
    "They banished {faithful2}. Faithful. Of course. The reveal of 'I have been, and always will be, a Faithful' got a genuine groan from me on the sofa.",
    "The turret scene: the Traitors meet in cloaks to choose tonight's murder. {traitor} argues to 'take out the clever one' and looks straight down the camera. Chilling. Slightly hammy. Perfect television.",
    "Side note: the host's knitwear this week deserves its own spin-off.",
    "The recruitment twist! A letter slipped under {recruit}'s door offering them a place as a Traitor. They have until midnight to accept. The episode ends before we find out. Rude.",
    "What makes this series work is that every contestant is trying to read micro-expressions and nobody is any good at it. Gareth thinks blinking is a tell. Gareth blinks constantly.",
    "Confessional gold from {traitor}: 'I've lied to my nan at Christmas about who ate the trifle. This is just that, for a month.'",
]
TRAIT_VERDICTS = ["Episode rating: 9/10, would be murdered again.", "Best episode of the series so far.", "Slow first half, incredible roundtable.",
                  "My money is on {traitor} making the final. Nobody suspects the crier."]


@_family("hx2_reality_traitors_recap", "tv_recap")
def _trait_make(rng: random.Random) -> str:
    cast = sample(rng, TRAIT_CAST, 5)
    first = [c.split(",")[0] for c in cast]
    slots = dict(traitor=first[0], victim=first[1], faithful=first[2], faithful2=first[3], recruit=first[4])
    parts = [f"{pick(rng, TRAIT_SHOWS)} series {rng.randint(1, 4)}, episode {rng.randint(2, 11)} recap: {pick(rng, ['tears at the roundtable', 'the rope, the crypt, the lie', 'a murder in the turret', 'who is lying now?'])}",
             f"Still in the castle: {', '.join(sample(rng, TRAIT_CAST, 4))} and more." if rng.random() < 0.5 else ""]
    parts += [fill(rng, b, **slots) for b in _ordered(rng, TRAIT_BEATS, 4, 8)]
    parts.append(fill(rng, pick(rng, TRAIT_VERDICTS), **slots))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 27. Opera programme synopsis: the usurping regent
# ---------------------------------------------------------------------------------------------

OPERA_WORKS = [("La Reggente", "Ottavio Brandini", "1841"), ("Il Consigliere", "Giulia Ferraretti", "1868"), ("Der Vormund", "Karl Wendelin", "1903"),
               ("The Steward of Lisle", "Harriet Ames", "1927")]
OPERA_ACTS = [
    [
        "Act One. The great hall of the ducal palace. The old Duke is dying, and his son Lorenzo is still a boy. The Duke names his trusted chancellor, Count Alvise, regent until the heir comes of age. Alvise swears fidelity on the Duke's sword (aria: 'Giuro per questo ferro').",
        "Act One. A chapel, at night. Duchess Beatrice prays for her son. Count Alvise enters unseen and overhears her confess her fear of him. He resolves that she must be removed before she can turn the court.",
    ],
    [
        "Act Two. Alvise's private apartments. With his spy, the jester Tonio, he forges letters that appear to show the Duchess conspiring with a foreign prince. The letters are delivered to the council.",
        "Act Two. The council chamber. Alvise produces the letters with a show of great reluctance. The Duchess is arrested and confined to the tower; the young heir is placed under Alvise's 'protection' and forbidden to see her.",
        "Act Two. The palace garden. Lorenzo, now sixteen, meets the gardener's daughter, Nina, who tells him that his mother still lives and that the letters were false. Their duet ('Nel silenzio dei giardini') is the emotional heart of the opera.",
    ],
    [
        "Act Three. The coronation that should have been Lorenzo's. Alvise has himself proclaimed Duke on the grounds that the heir is 'of unsound mind'. Tonio, stricken with guilt, reveals the forgery to Nina.",
        "Act Three. The tower. Nina and Lorenzo free the Duchess. In the final confrontation Alvise, cornered, seizes the Duke's sword, the same on which he swore his oath, and is killed by Tonio. The Duchess crowns her son as the chorus sings of truth restored.",
        "Act Three. The tower. They arrive too late: the Duchess has died of fever. Lorenzo confronts Alvise before the court, who laughs and declares that power belongs to those who can keep it. The people storm the palace. The curtain falls on Alvise alone on the throne as the doors give way.",
    ],
]
OPERA_NOTES = [
    "The libretto was adapted from a little-known Venetian chronicle, and the composer reportedly insisted that the villain be given the most beautiful music in the score.",
    "At its premiere the work was censored for its depiction of a usurper, and the final act was rewritten to end in a royal pardon; this production restores the original ending.",
    "Our director has set the action in the 1930s, in a ministry of dark wood and telephones, where the regent's power lies in the files he controls.",
    "Listen for the 'oath' motif in the horns, first heard when Alvise swears fidelity, which returns, distorted, at every one of his betrayals.",
]


@_family("hx2_opera_programme_synopsis", "programme_notes")
def _opera_make(rng: random.Random) -> str:
    work, composer, year = pick(rng, OPERA_WORKS)
    parts = [f"{work}", f"Opera in three acts by {composer} ({year}). {pick(rng, ['Sung in Italian with English surtitles.', 'Sung in the original language.', 'Sung in English.'])} Running time approx. {rng.randint(2, 3)} hours {rng.choice([0, 10, 15, 30])} minutes, including {rng.randint(1, 2)} interval(s).",
             "SYNOPSIS"]
    for act in OPERA_ACTS:
        parts += _ordered(rng, act, 1, len(act) if len(act) < 3 else 2)
    parts.append("About the work")
    parts += sample(rng, OPERA_NOTES, rng.randint(1, 3))
    if rng.random() < 0.5:
        parts.append(f"Count Alvise ... {_hx_name(rng)}\nDuchess Beatrice ... {_hx_name(rng)}\nLorenzo ... {_hx_name(rng)}\nTonio ... {_hx_name(rng)}\nConductor ... {_hx_name(rng)}")
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 28. Old-time radio drama script: the lodger
# ---------------------------------------------------------------------------------------------

RADIO_SERIES = ["SUSPENSE THEATRE OF THE AIR", "THE MIDNIGHT HOUR", "NIGHTCAP MYSTERIES", "THE LISTENING ROOM"]
RADIO_LINES = [
    "SOUND: RAIN ON WINDOWS. A CLOCK TICKING.",
    "ANNOUNCER: Tonight, a story of a quiet house, a kind widow, and the gentleman who came to rent her upstairs room.",
    "SOUND: DOORBELL. FOOTSTEPS IN HALL. DOOR OPENS.",
    "MR. LOOMIS: (SMOOTH) Mrs. {widow}? I saw your card in the tobacconist's window. Room to let, quiet gentleman preferred. I am nothing if not quiet.",
    "MRS. {widowcap}: Oh! Do come in out of the wet, Mr. Loomis.",
    "MUSIC: SHORT STING.",
    "MRS. {widowcap}: (NARRATING) He paid a month in advance, in cash. He mended the gate. He read to me in the evenings. I hadn't been read to since Arthur died.",
    "SOUND: TEACUP ON SAUCER.",
    "MR. LOOMIS: You really ought to let me look after your bank book, Mrs. {widow}. A lady alone is such a target for swindlers.",
    "MRS. {widowcap}: (LAUGHS) Swindlers! In this town?",
    "SOUND: KEY TURNING IN LOCK. LONG CREAK.",
    "MRS. {widowcap}: (NARRATING) It was the third week that I found my bedroom door locked from the outside. He said the latch must have slipped. Latches don't slip, not upward.",
    "MR. LOOMIS: (COLDER) I've told the doctor you've been confused, dear. Forgetting things. Wandering. He was very understanding.",
    "MRS. {widowcap}: I have not been wandering!",
    "MR. LOOMIS: (GENTLY) That's just what a confused woman would say.",
    "SOUND: TELEPHONE RECEIVER LIFTED. NO DIAL TONE.",
    "MRS. {widowcap}: (WHISPERING) He's cut the line. Oh, Arthur.",
    "SOUND: FOOTSTEPS ON STAIRS, SLOW. EACH ONE CLOSER.",
    "MRS. {widowcap}: (NARRATING) But I had kept one thing from him. Arthur's old police whistle, in the sewing basket, under the darning.",
    "SOUND: SHRILL POLICE WHISTLE. DOG BARKING NEXT DOOR. RUNNING FEET OUTSIDE.",
    "CONSTABLE: (OFF) What's all this, then? Open up!",
    "MR. LOOMIS: (FURIOUS) You silly old—",
    "MUSIC: UP AND UNDER.",
    "ANNOUNCER: Mr. Loomis, it turned out, had rented rooms from four widows in three counties, and each one had been declared confused, and each one had lost her house. Mrs. {widow} was the first to keep hers.",
    "MUSIC: THEME. FADE.",
]
RADIO_SPONSORS = [
    "ANNOUNCER: {series} is brought to you by Harmon's Tooth Powder. Harmon's: for a smile you can trust.",
    "ANNOUNCER: This program comes to you through the courtesy of Bellweather Coffee, the coffee that keeps you up for the ending.",
    "",
]


@_family("hx2_radio_drama_lodger_script", "radio_script")
def _radio_make(rng: random.Random) -> str:
    widow = pick(rng, ["Pettigrew", "Halloran", "Bassett", "Ormsby", "Weatherby"])
    series = pick(rng, RADIO_SERIES)
    slots = dict(widow=widow, widowcap=widow.upper(), series=series)
    must = {1, 3, 6, 11, 23}
    keep = sorted(must | set(sample(rng, range(len(RADIO_LINES)), rng.randint(8, 16))))
    lines = [fill(rng, RADIO_LINES[i], **slots) for i in keep]
    title = pick(rng, ['"The Quiet Gentleman"', '"Room to Let"', '"The Widow\'s Whistle"', '"Latches Don\'t Slip"'])
    head = f"{series}\n{title}\nBroadcast {pick(rng, HX_MONTHS)} {rng.randint(1, 28)}, {rng.randint(1938, 1956)}"
    parts = [head, fill(rng, pick(rng, RADIO_SPONSORS), **slots), "MUSIC: THEME, ESTABLISH, THEN UNDER.", *lines]
    if rng.random() < 0.4:
        parts.append(f"[Script digitised from the {pick(rng, ['Kellner', 'Pryor', 'Mid-Atlantic'])} radio archive. Original pencil annotations omitted.]")
    return paragraphs(parts)
