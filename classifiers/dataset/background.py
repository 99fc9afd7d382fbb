"""Families of plain `other` web text (no AI narrative at all): the bulk of a real web crawl.

Each family below owns its sentence banks (module-level constants prefixed with the family's
short name, or locals of its `make` function). Only lists of single words or names (first names,
surnames, towns, months) are shared. See families.py for the contract.
"""

from __future__ import annotations

import random

from classifiers.dataset.families import Family, fill, paragraphs, pick, sample, typos

OTHER = "other"

# ---------------------------------------------------------------------------
# Shared single-word lists (names, places, months): allowed to cross families.
# ---------------------------------------------------------------------------

FIRST_NAMES = [
    "Linda", "Marcus", "Priya", "Tom", "Rosa", "Daniel", "Aisha", "Greg", "Mei", "Carlos",
    "Hannah", "Jamal", "Olivia", "Frank", "Yusuf", "Beth", "Kenji", "Maria", "Derek", "Fatima",
    "Sean", "Ingrid", "Luis", "Nora", "Walter", "Chloe", "Ravi", "Megan", "Tyrone", "Agnes",
    "Pete", "Sofia", "Bill", "Leah", "Omar", "Carol", "Dmitri", "Janet", "Kwame", "Erin",
]
LAST_NAMES = [
    "Hoffman", "Okafor", "Patel", "Nguyen", "Ramirez", "Kowalski", "Brennan", "Sato", "Lindqvist",
    "Moreau", "Adeyemi", "Fischer", "Castillo", "O'Neill", "Haddad", "Morrison", "Yamada",
    "Delgado", "Whitaker", "Novak", "Gallagher", "Chen", "Ibrahim", "Schultz", "Bianchi", "Kaur",
    "Thompson", "Reyes", "Larsen", "Abernathy", "Dubois", "Mensah", "Holloway", "Park", "Vasquez",
]
TOWNS = [
    "Maple Falls", "Cedar Bluff", "Port Whitney", "Ashford", "Riverton", "Glenwood Springs",
    "Harlow", "Millbrook", "Oak Ridge", "Brookhaven", "Fairmont", "Pine Hollow", "Lakeview",
    "Stonebridge", "Westfield", "Clearwater Junction", "Elmhurst", "Bellamy", "Copper Creek",
    "Dunmore", "Greyson", "Kingsford", "Marlow Bay", "Northvale",
]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
HANDLE_WORDS = [
    "turbo", "garden", "rusty", "night", "coffee", "pixel", "bluebird", "wrench", "mossy",
    "cobalt", "lucky", "prairie", "salty", "quiet", "maple", "granite", "velvet", "ember",
    "badger", "otter", "falcon", "cactus", "willow", "diesel", "banjo", "sprocket",
]


def _person(rng: random.Random) -> str:
    return f"{pick(rng, FIRST_NAMES)} {pick(rng, LAST_NAMES)}"


def _handle(rng: random.Random) -> str:
    style = rng.randrange(4)
    a, b = pick(rng, HANDLE_WORDS), pick(rng, HANDLE_WORDS)
    if style == 0:
        return f"{a}_{b}{rng.randrange(1, 99)}"
    if style == 1:
        return f"{a.capitalize()}{b.capitalize()}"
    if style == 2:
        return f"{pick(rng, FIRST_NAMES).lower()}{rng.randrange(70, 100)}"
    return f"{a}{rng.randrange(100, 9999)}"


def _date(rng: random.Random, year_lo: int = 2014, year_hi: int = 2024) -> str:
    return f"{pick(rng, MONTHS)} {rng.randrange(1, 29)}, {rng.randrange(year_lo, year_hi + 1)}"


def _clock(rng: random.Random) -> str:
    return f"{rng.randrange(1, 13)}:{pick(rng, ['00', '15', '30', '45'])} {pick(rng, ['a.m.', 'p.m.'])}"


def _n(rng: random.Random, lo: int, hi: int) -> str:
    return str(rng.randrange(lo, hi + 1))


def _money(rng: random.Random, lo: int, hi: int, step: int = 1) -> str:
    value = rng.randrange(lo, hi + 1, step)
    return f"${value:,}"


def _k(rng: random.Random, options, lo: int, hi: int) -> list:
    """A random-sized sample of `options` (between lo and hi items)."""
    return sample(rng, options, rng.randint(lo, hi))


# ---------------------------------------------------------------------------
# 1. Recipe blog post with a life-story preamble.
# ---------------------------------------------------------------------------

RECIPE_DISHES = [
    {
        "title": "Grandma's Brown Butter Banana Bread",
        "serves": "1 loaf (10 slices)",
        "ingredients": [
            "3 very ripe bananas (the spottier the better)", "1/2 cup unsalted butter, browned and cooled",
            "2/3 cup packed light brown sugar", "1 large egg, room temperature", "1 tsp vanilla extract",
            "1 tsp baking soda", "1/2 tsp fine sea salt", "1 1/2 cups all-purpose flour",
            "1/2 tsp cinnamon", "1/2 cup toasted walnuts (optional)",
        ],
        "steps": [
            "Heat the oven to 350°F and grease a 9x5 loaf pan, then line it with a strip of parchment.",
            "Brown the butter in a light-colored pan over medium heat, swirling until it smells nutty and the solids turn golden. Pour it into a big bowl so it stops cooking.",
            "Mash the bananas right into the butter, then whisk in the brown sugar, egg and vanilla.",
            "Sprinkle the baking soda, salt and cinnamon over the top and stir well, then fold in the flour until just a few dry streaks remain.",
            "Fold in the walnuts, scrape the batter into the pan and bake 55 to 65 minutes, until a skewer comes out with a few moist crumbs.",
            "Cool in the pan for 10 minutes, then lift it out and let it cool completely before slicing. I know. I never wait either.",
        ],
        "story": "banana bread",
    },
    {
        "title": "Weeknight Chicken Tortilla Soup",
        "serves": "6 bowls",
        "ingredients": [
            "1 tbsp olive oil", "1 yellow onion, diced", "3 cloves garlic, minced", "1 jalapeño, seeded and minced",
            "1 tsp ground cumin", "1 tsp chili powder", "1 (14 oz) can fire-roasted tomatoes",
            "6 cups chicken broth", "1 1/2 lbs boneless chicken thighs", "1 (15 oz) can black beans, drained",
            "1 cup frozen corn", "juice of 1 lime", "tortilla strips, avocado, cilantro and sour cream to serve",
        ],
        "steps": [
            "Warm the oil in a large Dutch oven over medium heat and cook the onion until soft, about 6 minutes.",
            "Add the garlic, jalapeño, cumin and chili powder and stir for one minute until fragrant.",
            "Pour in the tomatoes and broth, nestle the chicken thighs in the pot and bring to a gentle simmer.",
            "Simmer 20 minutes, then pull the chicken out, shred it with two forks and return it to the pot.",
            "Stir in the beans and corn and simmer 5 more minutes. Finish with lime juice and taste for salt.",
            "Ladle into bowls and pile on the toppings. Crunchy tortilla strips are not optional in my house.",
        ],
        "story": "soup",
    },
    {
        "title": "Fluffy Lemon Ricotta Pancakes",
        "serves": "about 12 pancakes",
        "ingredients": [
            "1 cup whole-milk ricotta", "3/4 cup milk", "2 large eggs, separated", "zest of 2 lemons",
            "1 tbsp lemon juice", "2 tbsp sugar", "1 cup all-purpose flour", "1 tsp baking powder",
            "1/4 tsp salt", "butter for the griddle", "maple syrup and blueberries to serve",
        ],
        "steps": [
            "Whisk the ricotta, milk, egg yolks, lemon zest, lemon juice and sugar in a large bowl.",
            "In another bowl combine the flour, baking powder and salt, then stir it into the ricotta mixture.",
            "Beat the egg whites to soft peaks and gently fold them into the batter in two additions.",
            "Heat a griddle over medium-low and brush with butter. Scoop 1/4 cup of batter per pancake.",
            "Cook until the edges look set and bubbles form, about 3 minutes, then flip and cook 2 minutes more.",
            "Serve right away with warm syrup and a handful of berries.",
        ],
        "story": "breakfast",
    },
    {
        "title": "Slow Cooker Sunday Pot Roast",
        "serves": "6 to 8",
        "ingredients": [
            "3 to 4 lb chuck roast", "2 tsp kosher salt", "1 tsp black pepper", "2 tbsp vegetable oil",
            "1 large onion, cut into wedges", "4 carrots, cut into chunks", "1 1/2 lbs baby potatoes",
            "4 cloves garlic, smashed", "2 tbsp tomato paste", "1 cup beef broth", "1/2 cup dry red wine",
            "2 sprigs rosemary and 4 sprigs thyme", "2 tbsp cornstarch mixed with 2 tbsp water",
        ],
        "steps": [
            "Pat the roast dry and season it all over with the salt and pepper.",
            "Sear it in hot oil in a heavy skillet, 4 minutes per side, until deeply browned. Do not skip this.",
            "Put the onion, carrots, potatoes and garlic in the slow cooker and set the roast on top.",
            "Whisk the tomato paste into the broth and wine, pour it around the meat and tuck in the herbs.",
            "Cook on LOW for 8 to 9 hours, until the beef falls apart when you poke it with a fork.",
            "Strain the liquid into a saucepan, bring it to a boil and whisk in the cornstarch slurry to make gravy.",
        ],
        "story": "sunday dinner",
    },
    {
        "title": "Crispy Zucchini Fritters with Garlic Yogurt",
        "serves": "4 (about 14 fritters)",
        "ingredients": [
            "2 medium zucchini, grated", "1 tsp salt", "2 green onions, thinly sliced", "1/3 cup crumbled feta",
            "2 tbsp chopped dill", "1 large egg", "1/2 cup flour", "1/2 tsp baking powder",
            "olive oil for frying", "3/4 cup Greek yogurt", "1 small garlic clove, grated", "squeeze of lemon",
        ],
        "steps": [
            "Toss the grated zucchini with the salt in a colander and let it sit 10 minutes.",
            "Wring the zucchini out in a clean kitchen towel. Really squeeze. Then squeeze again.",
            "Mix the zucchini with the green onions, feta, dill, egg, flour and baking powder.",
            "Heat a thin layer of oil in a skillet and drop in heaping tablespoons of batter, flattening them a little.",
            "Fry 3 minutes per side until golden and crisp, then drain on a paper towel lined plate.",
            "Stir together the yogurt, garlic and lemon and serve it alongside the hot fritters.",
        ],
        "story": "garden glut",
    },
    {
        "title": "Old-Fashioned Peach Cobbler",
        "serves": "8",
        "ingredients": [
            "6 cups sliced peaches (about 7 peaches)", "1/2 cup sugar, divided", "1 tbsp cornstarch",
            "1 tsp lemon juice", "1/2 tsp cinnamon", "1 cup flour", "1 1/2 tsp baking powder",
            "1/4 tsp salt", "6 tbsp cold butter, cubed", "1/2 cup buttermilk", "coarse sugar for the top",
        ],
        "steps": [
            "Heat the oven to 375°F. Toss the peaches with 1/4 cup sugar, the cornstarch, lemon juice and cinnamon and spread them in a buttered baking dish.",
            "Whisk the flour, remaining sugar, baking powder and salt, then cut in the butter until it looks like coarse crumbs.",
            "Stir in the buttermilk just until a shaggy dough forms.",
            "Drop spoonfuls of dough over the peaches, leaving gaps so the juices can bubble through.",
            "Sprinkle with coarse sugar and bake 40 to 45 minutes, until the topping is golden and the filling is bubbling at the edges.",
            "Let it rest 15 minutes. Serve warm with vanilla ice cream, obviously.",
        ],
        "story": "summer",
    },
    {
        "title": "One-Pan Shakshuka for Two (or One Very Hungry Person)",
        "serves": "2",
        "ingredients": [
            "2 tbsp olive oil", "1 red bell pepper, sliced", "1 small onion, sliced", "2 garlic cloves, sliced",
            "1 tsp smoked paprika", "1/2 tsp cumin", "pinch of chili flakes", "1 (28 oz) can crushed tomatoes",
            "4 to 5 eggs", "salt and pepper", "feta and parsley to finish", "crusty bread for dipping",
        ],
        "steps": [
            "Cook the pepper and onion in the oil over medium heat until soft and a little caramelized, 10 minutes.",
            "Add the garlic and spices and stir for a minute.",
            "Pour in the tomatoes, season well and simmer 10 minutes until slightly thickened.",
            "Make little wells with the back of a spoon and crack an egg into each one.",
            "Cover and cook on low 6 to 8 minutes, until the whites are set but the yolks still wobble.",
            "Crumble feta over the top, scatter parsley and eat straight from the pan with bread.",
        ],
        "story": "breakfast",
    },
]

RECIPE_PREAMBLE_OPEN = [
    "Every family has that one recipe that shows up at every single gathering, and in mine it's this one.",
    "Okay, confession time: I have made this {dish} four times in the last two weeks.",
    "If you've been following along on Instagram, you already know we've been in full-on nesting mode around here.",
    "It's finally {season} here in {town} and I could not be happier about it.",
    "I almost didn't post this one because it felt too simple, but then three of you emailed asking for it.",
    "There's a stained index card taped to the inside of my cabinet door, and it's the whole reason this post exists.",
    "Let me set the scene: it's 5:45 on a Tuesday, the dog is barking, and nobody has thought about dinner.",
]
RECIPE_PREAMBLE_STORY = {
    "banana bread": [
        "My grandmother {gran} kept a bowl of blackening bananas on her counter at all times, and as a kid I thought she just forgot about them. It turns out she was planning ahead. Every Saturday the whole house smelled like warm sugar and cinnamon, and my cousins and I would fight over the heel of the loaf.",
        "When she moved into assisted living, my mom found her recipe tucked into a church cookbook from 1974. The only change I've made is browning the butter, which I like to think she'd approve of, even if she'd tell me I was being fancy.",
    ],
    "soup": [
        "This soup got us through the winter my husband {spouse} was working nights and I was home with a newborn. I'd make a huge pot on Sunday and we'd eat it in shifts all week, sometimes standing up at the counter at two in the morning.",
        "It's the kind of thing you can make with whatever is in the pantry, and it tastes even better on day two, which is really all I ask of a recipe these days.",
    ],
    "breakfast": [
        "Weekend mornings at our house are slow and loud and usually involve at least one kid still in pajamas at noon. Breakfast is the one meal we all actually sit down for, so I try to make it a little special.",
        "I first had a version of this at a tiny cafe in {town} on our anniversary trip, and I spent the whole drive home trying to figure out what made it so good. After a few rounds of testing (and a lot of happy taste testers), I think I've nailed it.",
    ],
    "sunday dinner": [
        "Growing up, Sunday meant church in the morning and pot roast in the afternoon, no exceptions. My dad would put it in before we left, and by the time we walked back through the door the whole house smelled incredible.",
        "Now that my own kids are teenagers with jobs and practices and friends, getting everyone at the table at the same time is a small miracle. This recipe is my bribe, and honestly it works.",
    ],
    "garden glut": [
        "Every spring I tell myself I'm only planting two zucchini plants this year. Every spring I plant five. By July my neighbors have started pretending not to be home when I knock.",
        "These fritters are my favorite way to use up the overflow, and they're sneaky enough that my picky eight-year-old eats them without asking what the green stuff is.",
    ],
    "summer": [
        "We drove out to the orchards near {town} last weekend and, as usual, came home with way more peaches than two adults and one toddler could reasonably eat. My mother-in-law {gran} taught me this cobbler the first summer I was dating her son, and I think it's half the reason she let me marry him.",
        "It's not fussy. There's no lattice, no chilling dough overnight. It's just ripe fruit and a buttery biscuit topping, which is exactly what a hot August evening calls for.",
    ],
}
RECIPE_WHY = [
    "It comes together in one bowl (fewer dishes = happier me).",
    "It uses pantry staples you probably already have.",
    "It freezes beautifully, so make a double batch.",
    "Kids and grown-ups both go back for seconds.",
    "You can prep most of it the night before.",
    "It's forgiving, so don't stress about exact measurements.",
    "Leftovers are arguably better than the first day.",
    "It's on the table in under an hour.",
]
RECIPE_TIPS = [
    "**Make ahead:** This keeps in an airtight container in the fridge for up to four days.",
    "**Freezing:** Cool completely, wrap tightly and freeze for up to three months. Thaw overnight in the fridge.",
    "**Substitutions:** I haven't tested this with gluten-free flour, but readers have reported good results with a 1:1 blend.",
    "**Don't overmix.** Stir just until combined or things get tough and dense.",
    "**Salt matters.** Taste at the end and adjust; canned ingredients vary a lot in sodium.",
    "**Equipment:** A heavy-bottomed pan really does make a difference here. Mine is a hand-me-down and I'd fight someone for it.",
]
RECIPE_COMMENTS = [
    "Made this last night and my husband asked if we could have it every week. Thank you!!",
    "Do you think this would work with frozen instead of fresh? That's all I have right now.",
    "I halved the sugar and it was still perfect. Saving this one.",
    "Jumped to recipe like always but came back to read the story about your grandma. So sweet.",
    "Made it exactly as written and it came out great. Five stars.",
    "Mine took about ten minutes longer than you said, but my oven runs cold. Delicious anyway.",
    "Could I make this dairy free? My daughter has an allergy.",
    "This is the third recipe of yours I've tried and every one has been a winner.",
]
RECIPE_FAQ = [
    ("Can I make this ahead of time?", "Yes! This is one of my favorite make-ahead recipes. You can prep everything the day before and keep it covered in the fridge, then finish it right before serving. If anything, the flavors get better overnight."),
    ("Can I double the recipe?", "Absolutely. Just use a bigger pan (or two) and keep an eye on the timing, since a larger batch can take a little longer. I double it every time we have company."),
    ("What can I use instead of dairy?", "I've had good luck with plant-based butter and unsweetened oat milk. The texture is slightly different but still delicious. Several readers in the comments have tried coconut-based swaps too, so scroll down for their notes."),
    ("Why did mine turn out dry?", "Nine times out of ten it's oven temperature or overcooking. Ovens can run 25 degrees hot or cold, so an inexpensive oven thermometer is the best ten dollars you'll ever spend. Start checking a few minutes early."),
    ("Can I use a different pan?", "You can, but the cooking time will change. A darker metal pan cooks faster than glass or ceramic, and a wider, shallower dish will cook faster than a deep one. Watch for the visual cues in the recipe rather than the clock."),
    ("How do I store leftovers?", "Let everything cool, then store it in an airtight container in the refrigerator for three to four days. Reheat gently. The microwave works in a pinch, but the oven or stovetop gives you a better texture."),
    ("Can I cut the sugar or salt?", "You can reduce it a little, but keep in mind it's doing more than adding flavor. Salt brightens everything and sugar affects browning and moisture. I'd start by cutting a quarter and see how you like it."),
]
RECIPE_TANGENTS = [
    "Quick side note before we get to the recipe: thank you all for the sweet messages after my last post. Things have been hectic around here with {spouse} starting a new job and the kids back in school, and reading your comments genuinely made my week.",
    "A word about ingredients. I'm not fussy, and I'm not going to tell you that you need fancy imported anything. But good butter and real vanilla make a difference you can taste, so if you're going to splurge anywhere, splurge there.",
    "I tested this recipe five times over three weeks (my neighbors are very well fed right now). The first version was too sweet, the second too bland, the third fell apart, and the fourth was almost there. Version five is the one below, and I wouldn't change a thing.",
    "Let's talk equipment for a second. You don't need a stand mixer or any special gadgets for this one, just a big bowl, a whisk and a sturdy spatula. If you do have a heavy pan, use it. It holds heat more evenly and helps everything cook at the same rate.",
    "My kids have started helping in the kitchen, which means everything takes twice as long and there is flour on the ceiling somehow. But this recipe is a great one to make together, since there's lots of stirring and mashing and not much that can go wrong.",
]
RECIPE_SEASONS = ["fall", "spring", "soup season", "summer", "the first cold week of the year"]


def _make_recipe_blog(rng: random.Random) -> str:
    dish = pick(rng, RECIPE_DISHES)
    blogger = pick(rng, FIRST_NAMES)
    gran = pick(rng, FIRST_NAMES)
    spouse = pick(rng, FIRST_NAMES)
    town = pick(rng, TOWNS)
    story = [s.format(gran=gran, spouse=spouse, town=town) for s in RECIPE_PREAMBLE_STORY[dish["story"]]]
    opening = pick(rng, RECIPE_PREAMBLE_OPEN).format(dish=dish["title"].split()[-1].lower(), season=pick(rng, RECIPE_SEASONS), town=town)
    why = "\n".join(f"- {w}" for w in _k(rng, RECIPE_WHY, 3, 5))
    prep, cook = rng.randrange(10, 30, 5), rng.randrange(15, 70, 5)
    ingredients = "\n".join(f"- {i}" for i in dish["ingredients"])
    steps = "\n".join(f"{n}. {s}" for n, s in enumerate(dish["steps"], 1))
    tips = "\n\n".join(_k(rng, RECIPE_TIPS, 2, 4))
    comments = []
    for c in _k(rng, RECIPE_COMMENTS, 1, 4):
        comments.append(f"**{pick(rng, FIRST_NAMES)}** — {pick(rng, MONTHS)} {rng.randrange(1, 29)}\n{c}")
    reply = rng.random() < 0.5
    parts = [
        f"# {dish['title']}",
        f"*Posted by {blogger} · {_date(rng, 2016, 2024)} · This post may contain affiliate links.*",
        opening,
        story[0],
        story[1] if rng.random() < 0.8 else "",
        " ".join(_k(rng, RECIPE_TANGENTS, 1, 3)).format(spouse=spouse),
        "## Why you'll love this recipe\n\n" + why,
        f"## {dish['title']}\n\n**Prep:** {prep} min · **Cook:** {cook} min · **Serves:** {dish['serves']}",
        "### Ingredients\n\n" + ingredients,
        "### Instructions\n\n" + steps,
        "## Recipe notes\n\n" + tips,
        "## Frequently asked questions\n\n" + "\n\n".join(f"**{q}**\n{a}" for q, a in _k(rng, RECIPE_FAQ, 2, 5)) if rng.random() < 0.8 else "",
        f"If you make this, leave a comment and a star rating below, or tag me so I can see it! xo, {blogger}",
        "## Comments\n\n" + "\n\n".join(comments) + (f"\n\n**{blogger}** (author)\nSo glad you enjoyed it!" if reply else ""),
    ]
    return paragraphs(parts)


# ---------------------------------------------------------------------------
# 2. Product reviews (marketplace style).
# ---------------------------------------------------------------------------

REVIEW_PRODUCTS = {
    "5.8 Qt Digital Air Fryer": {
        "good": [
            "Fries come out crispy without all the oil and my kids can't tell the difference.",
            "Preheats fast and the basket is dishwasher safe, which sold me.",
            "Chicken wings in 22 minutes, crispy skin, juicy inside. Game changer.",
            "Big enough for a family of four if you don't overload it.",
            "Reheating pizza in this thing is better than the oven, no soggy crust.",
        ],
        "bad": [
            "The nonstick coating started flaking after about four months.",
            "It beeps LOUD and there's no way to turn the sound off.",
            "Takes up a lot of counter space, measure before you buy.",
            "Had a plastic smell the first few uses, went away eventually.",
        ],
    },
    "Wireless Noise Cancelling Earbuds": {
        "good": [
            "Noise cancelling is surprisingly good for the price, blocks out the train completely.",
            "Battery easily lasts my whole work day plus the commute home.",
            "They pair instantly with my phone and laptop and switch between them without drama.",
            "Sound is warm with decent bass, not muddy.",
            "Fit is secure enough that I run with them and they don't fall out.",
        ],
        "bad": [
            "The case feels cheap and the lid is already loose.",
            "Call quality is poor outdoors, people said I sounded like I was in a tunnel.",
            "Left earbud randomly disconnects maybe once a day.",
            "Touch controls are way too sensitive, I pause my music every time I adjust them.",
        ],
    },
    "Men's Waterproof Hiking Boots": {
        "good": [
            "Wore these on a 9 mile muddy trail and my feet stayed completely dry.",
            "Almost no break-in period, which surprised me for a leather boot.",
            "Great ankle support on rocky descents.",
            "Tread grips well on wet rock and the toe cap saved me from a few stubbed toes.",
        ],
        "bad": [
            "Run about a half size small, order up.",
            "Laces frayed within a month, had to replace them.",
            "They're warm. Great in fall, sweaty in July.",
            "The insole is basically cardboard, swap it for something better.",
        ],
    },
    "Ergonomic Mesh Office Chair": {
        "good": [
            "My lower back pain after long work days is noticeably better.",
            "Assembly took about 20 minutes with the included tools.",
            "The mesh back keeps me from getting sweaty in summer.",
            "Lots of adjustments, armrests, lumbar, tilt tension, seat depth.",
        ],
        "bad": [
            "Seat cushion flattened out after a few months of daily use.",
            "One of the screw holes didn't line up and I had to force it.",
            "Squeaks when you lean back, WD-40 helped a bit.",
            "Headrest is useless if you're over about 5'10\".",
        ],
    },
    "10-Inch Pre-Seasoned Cast Iron Skillet": {
        "good": [
            "Seasoning out of the box was decent and it only gets better with use.",
            "Perfect sear on steaks, and it goes from stovetop to oven no problem.",
            "Heavy in a good way, holds heat forever.",
            "Made cornbread in it the first night and it released perfectly.",
        ],
        "bad": [
            "The surface is rougher than the vintage ones my mom has.",
            "Got a small rust spot after I left it in the sink overnight (my fault, but still).",
            "The handle gets hot, obviously, so buy a sleeve.",
        ],
    },
    "Electric Toothbrush with 3 Brush Heads": {
        "good": [
            "My dentist noticed a difference at my last cleaning.",
            "The two minute timer with 30 second pulses keeps me honest.",
            "Charge lasts about three weeks, great for travel.",
            "Much quieter than my old one.",
        ],
        "bad": [
            "Replacement heads are expensive compared to the brush itself.",
            "Charging stand is flimsy and the brush tips over.",
            "Highest setting is way too intense for my gums.",
        ],
    },
}
REVIEW_OPENERS = [
    "I was skeptical after reading some of the negative reviews but decided to give it a shot.",
    "Bought this to replace one that finally died after six years.",
    "Got this as a gift for my dad and ended up buying one for myself.",
    "Update after 3 months of use:",
    "Long time lurker, first time reviewer.",
    "Ordered on a Monday, arrived Wednesday, well packaged.",
    "I did a lot of research before buying this and compared it to two more expensive brands.",
    "",
    "",
]
REVIEW_CLOSERS_HIGH = [
    "Overall, would buy again.", "For the price you really can't beat it.", "Would give 4.5 stars if I could.",
    "Highly recommend.", "Already bought a second one for my sister.", "",
]
REVIEW_CLOSERS_MID = [
    "Recommend, just know what you're getting.", "Not perfect but it does the job.", "Keeping it, but I'd look around first if I were buying again.", "",
]
REVIEW_CLOSERS_LOW = [
    "Returning it. Disappointed.", "Customer service replaced the defective one with no questions asked, which is the only reason this isn't one star.",
    "Spend a little more and get something better.", "Wish I'd kept the receipt.", "",
]
REVIEW_TITLES_HIGH = ["Exactly what I needed", "Worth every penny", "Love it!!", "Great value", "So far so good", "Impressed"]
REVIEW_TITLES_MID = ["Good but not great", "Decent for the price", "Some issues", "Mixed feelings", "It's fine"]
REVIEW_TITLES_LOW = ["Broke after a month", "Save your money", "Not as described", "Disappointed", "Wouldn't buy again"]


def _make_product_review(rng: random.Random) -> str:
    product = pick(rng, list(REVIEW_PRODUCTS))
    bank = REVIEW_PRODUCTS[product]
    good = sample(rng, bank["good"], len(bank["good"]))
    bad = sample(rng, bank["bad"], len(bank["bad"]))
    reviews = []
    n_reviews = rng.choice([1, 1, 2, 3])
    for _ in range(n_reviews):
        stars = rng.choice([5, 5, 4, 4, 3, 2, 1])
        if stars >= 4:
            body = [good.pop() for _ in range(min(2, len(good)))] + ([bad.pop()] if bad and rng.random() < 0.4 else [])
            title, closer = pick(rng, REVIEW_TITLES_HIGH), pick(rng, REVIEW_CLOSERS_HIGH)
        elif stars == 3:
            body = ([good.pop()] if good else []) + ([bad.pop()] if bad else [])
            title, closer = pick(rng, REVIEW_TITLES_MID), pick(rng, REVIEW_CLOSERS_MID)
        else:
            body = [bad.pop() for _ in range(min(2, len(bad)))]
            title, closer = pick(rng, REVIEW_TITLES_LOW), pick(rng, REVIEW_CLOSERS_LOW)
        text = " ".join([pick(rng, REVIEW_OPENERS)] + body + [closer]).strip()
        if rng.random() < 0.4:
            text = typos(rng, text, 0.03)
        helpful = rng.randrange(0, 240)
        block = [
            f"{pick(rng, FIRST_NAMES)} {pick(rng, LAST_NAMES)[0]}.",
            f"{'★' * stars}{'☆' * (5 - stars)} {title}",
            f"Reviewed in the United States on {_date(rng, 2019, 2024)}",
            "Verified Purchase" if rng.random() < 0.8 else "",
            text,
            f"{helpful} people found this helpful" if helpful > 1 else "Helpful | Report",
        ]
        reviews.append("\n".join(b for b in block if b))
    header = f"Customer reviews: {product}\n{rng.randrange(30, 49) / 10} out of 5 · {rng.randrange(120, 38000):,} global ratings" if n_reviews > 1 else f"{product}\nTop review"
    return paragraphs([header] + reviews)


# ---------------------------------------------------------------------------
# 3. Football (soccer) match report.
# ---------------------------------------------------------------------------

MATCH_TEAMS = [
    "Ashford Rovers", "Riverton Athletic", "Cedar Bluff United", "Port Whitney FC", "Millbrook Town",
    "Harlow Wanderers", "Kingsford City", "Dunmore Albion", "Stonebridge Rangers", "Northvale Borough",
]
MATCH_LEDES = [
    "{winner} moved up to {pos} in the table after a {ws}-{ls} win over {loser} at {ground} on {day}.",
    "A {adj} performance from {winner} was enough to see off {loser} {ws}-{ls} in front of {crowd} fans at {ground}.",
    "{loser}'s winless run stretched to {run} games as {winner} came away from {ground} with a {ws}-{ls} victory.",
    "It was far from pretty, but {winner} will not care after grinding out a {ws}-{ls} win against {loser}.",
]
MATCH_DRAW_LEDES = [
    "{home} and {away} shared the points in a {s}-{s} draw at {ground} on {day}, a result that suits neither side.",
    "Honours ended even at {ground} as {home} and {away} played out a {s}-{s} draw in driving rain.",
]
MATCH_GOAL_LINES = [
    "{scorer} opened the scoring in the {m}th minute, sweeping home from the edge of the box after a corner was only half cleared.",
    "{scorer} made it count in the {m}th minute, rising highest at the back post to head in a whipped cross.",
    "In the {m}th minute {scorer} latched onto a long ball over the top, rounded the keeper and slotted into an empty net.",
    "{scorer} converted from the penalty spot in the {m}th minute after a clumsy challenge in the area.",
    "A deflected strike from {scorer} in the {m}th minute looped over the stranded goalkeeper.",
    "{scorer} curled a free kick into the top corner in the {m}th minute, the pick of the afternoon's goals.",
    "{scorer} tapped in from six yards in the {m}th minute after good work down the left.",
]
MATCH_MIDDLE = [
    "The visitors had the better of the opening exchanges but struggled to turn possession into clear-cut chances.",
    "Both sides were guilty of giving the ball away cheaply in a scrappy first half.",
    "The goalkeeper was kept busy throughout, producing a superb double save just before the break.",
    "The referee's decision to wave away a penalty appeal midway through the second half drew howls from the home end.",
    "A yellow card for a late tackle in the centre of the pitch sparked a brief scuffle between both benches.",
    "The pitch, heavy after a week of rain, slowed the game down considerably.",
    "Substitutions just after the hour mark changed the shape of the game, with the home side switching to a back three.",
    "Chances were few and far between after the interval, with both sides seemingly content to sit deep.",
    "A shot cannoned back off the crossbar with twenty minutes left, the closest the losing side came.",
]
MATCH_QUOTES = [
    "\"I thought we were excellent for large spells,\" said {manager}. \"We showed character after a tough week and the lads deserve that.\"",
    "\"We didn't start well enough and you get punished at this level,\" admitted {manager}. \"We'll look at it and go again on Saturday.\"",
    "\"That's three points and a clean sheet, and that's all I asked for,\" said {manager}.",
    "\"I'm not going to talk about the referee,\" said {manager}, before spending two minutes talking about the referee.",
    "{manager} praised the travelling supporters: \"They were fantastic all afternoon, and we owed them that.\"",
]
MATCH_ENDINGS = [
    "{winner} host {other} next weekend, while {loser} travel to {other2}.",
    "Next up for both clubs is the midweek cup round, with {winner} facing {other} at home.",
    "The result leaves {loser} {gap} points from safety with {left} games remaining.",
    "Attendance: {crowd}.",
]
MATCH_ADJ = ["disciplined", "spirited", "clinical", "workmanlike", "dominant", "patient"]


def _make_match_report(rng: random.Random) -> str:
    teams = sample(rng, MATCH_TEAMS, 4)
    home, away, other, other2 = teams
    ground = f"{pick(rng, ['Mill Lane', 'Victoria Park', 'The Meadow', 'Station Road', 'Castle Field', 'Riverside Stadium'])}"
    day = pick(rng, ["Saturday", "Tuesday night", "Sunday afternoon", "Boxing Day", "Wednesday evening"])
    crowd = f"{rng.randrange(400, 18000):,}"
    managers = [_person(rng), _person(rng)]
    lines = []
    if rng.random() < 0.2:
        s = rng.randrange(0, 3)
        lines.append(fill(rng, pick(rng, MATCH_DRAW_LEDES), home=home, away=away, s=str(s), ground=ground, day=day))
        winner, loser, ws, ls = home, away, s, s
        scorers = [f"{pick(rng, FIRST_NAMES)} {pick(rng, LAST_NAMES)}" for _ in range(2 * s)]
    else:
        ws = rng.randrange(1, 5)
        ls = rng.randrange(0, ws)
        winner, loser = (home, away) if rng.random() < 0.6 else (away, home)
        lines.append(fill(rng, pick(rng, MATCH_LEDES), winner=winner, loser=loser, ws=str(ws), ls=str(ls), ground=ground,
                          day=day, crowd=crowd, adj=MATCH_ADJ, pos=pick(rng, ["third", "fifth", "top spot", "eighth", "second"]),
                          run=str(rng.randrange(4, 11))))
        scorers = [f"{pick(rng, FIRST_NAMES)} {pick(rng, LAST_NAMES)}" for _ in range(ws + ls)]
    minutes = sorted(rng.sample(range(3, 91), len(scorers)))
    middle = _k(rng, MATCH_MIDDLE, 2, 4)
    goal_lines = [fill(rng, pick(rng, MATCH_GOAL_LINES), scorer=sc, m=str(m)) for sc, m in zip(scorers, minutes)]
    body = []
    for i, g in enumerate(goal_lines):
        body.append(g + (" " + middle[i] if i < len(middle) else ""))
    body.extend(middle[len(goal_lines):])
    if not goal_lines:
        body.append("Neither goalkeeper was seriously tested in a game short on quality and long on fouls.")
    quotes = [fill(rng, q, manager=m) for q, m in zip(_k(rng, MATCH_QUOTES, 1, 2), managers)]
    ending = fill(rng, pick(rng, MATCH_ENDINGS), winner=winner, loser=loser, other=other, other2=other2,
                  gap=str(rng.randrange(1, 9)), left=str(rng.randrange(3, 15)), crowd=crowd)
    headline = pick(rng, [f"{winner} {ws}-{ls} {loser}: match report", f"Report: {home} v {away}",
                          f"{winner} edge past {loser}", f"MATCH REPORT | {home} {ws if winner == home else ls}-{ls if winner == home else ws} {away}"])
    byline = f"By {_person(rng)}, Sports Reporter"
    lineup = ""
    if rng.random() < 0.5:
        xi = ", ".join(f"{pick(rng, LAST_NAMES)}" for _ in range(11))
        lineup = f"**{home}:** {xi}. Subs: {', '.join(pick(rng, LAST_NAMES) for _ in range(3))}."
    return paragraphs([headline, byline] + lines + body + quotes + [ending, lineup])


# ---------------------------------------------------------------------------
# 4. Local news brief.
# ---------------------------------------------------------------------------

LOCALNEWS_STORIES = {
    "road": {
        "heads": ["{street} to close for three weeks of water main work", "Detour ahead: {street} repaving starts {weekday}"],
        "paras": [
            "Drivers in {town} should plan for delays starting {weekday}, when crews begin replacing a {age}-year-old water main beneath {street}.",
            "The stretch between Elm Avenue and the county fairgrounds will be closed to through traffic, with a posted detour along Route {route}. Residents on the block will still have access to their driveways.",
            "Public works director {official} said the old cast-iron pipe has broken {breaks} times since January. \"We're patching the same holes over and over,\" {official_last} said. \"It's time to replace it.\"",
            "The {cost} project is funded through the city's capital improvement budget and a state infrastructure grant.",
            "Trash and recycling pickup will not be affected. Questions can be directed to the public works office at (555) 0{phone}.",
        ],
    },
    "library": {
        "heads": ["{town} library reopens after {months}-month renovation", "New children's wing, study rooms unveiled at {town} Public Library"],
        "paras": [
            "After {months} months of construction, the {town} Public Library will reopen its doors {weekday} morning with a ribbon-cutting at 10 a.m.",
            "The renovation added a children's wing with a story-time amphitheater, four bookable study rooms and a makerspace with sewing machines and a 3D printer.",
            "\"People kept stopping me at the grocery store asking when we'd be open again,\" said library director {official}. \"I think we're going to be busy.\"",
            "The project cost {cost}, about half of which came from a bond measure voters approved in 2021. The Friends of the Library raised the rest through book sales and a community fundraising campaign.",
            "Overdue fines accrued during the closure have been waived. The library's temporary location in the old bank building on Main Street closed Friday.",
        ],
    },
    "fire": {
        "heads": ["No injuries in {street} house fire", "Family displaced after early-morning fire in {town}"],
        "paras": [
            "A family of {fam} escaped without injury early {weekday} after a fire broke out in their home on the {num} block of {street}, according to the {town} Fire Department.",
            "Firefighters were called at about {time} and arrived to find heavy smoke coming from the attached garage. The fire was under control within 40 minutes.",
            "Fire Chief {official} said a working smoke detector woke the family. \"That alarm did exactly what it's supposed to do,\" {official_last} said. \"Check your batteries.\"",
            "The cause remains under investigation but is not considered suspicious. The home sustained significant damage and the Red Cross is assisting the family.",
            "Neighbors have set up a collection for clothing and household items at the community center on Third Street.",
        ],
    },
    "market": {
        "heads": ["Farmers market returns to {town} square with {vendors} vendors", "Saturday market season kicks off {weekday}"],
        "paras": [
            "The {town} Farmers Market opens for its {nth} season this weekend, with {vendors} vendors selling produce, eggs, honey, baked goods and cut flowers.",
            "The market runs every Saturday from 8 a.m. to 1 p.m. through October on the courthouse square. New this year are a rotating food truck spot and live music from local performers.",
            "Market manager {official} said organizers now accept SNAP benefits and will match up to $20 per visit through a grant-funded program.",
            "\"Half our vendors are within fifteen miles of the square,\" {official_last} said. \"You're shaking hands with the person who grew your tomatoes.\"",
            "Parking is available in the municipal lot behind City Hall. Dogs on short leashes are welcome.",
        ],
    },
    "bakery": {
        "heads": ["Longtime {town} bakery changes hands", "New owners keep the recipes at {street} bakery"],
        "paras": [
            "After {years} years behind the counter, the founders of the bakery on {street} are handing the keys to a couple who started as their Saturday-morning regulars.",
            "New owner {official} said customers should not expect big changes. \"The cinnamon rolls are staying exactly the same. I'd get run out of town otherwise.\"",
            "The bakery will close for one week for repairs to its ovens and a fresh coat of paint, then reopen with the same hours.",
            "The retiring owners plan to spend more time with their grandchildren and, they said, finally sleep past 4 a.m.",
        ],
    },
    "school board": {
        "heads": ["School board approves {cost} budget, adds two bus routes", "{town} schools budget passes on 5-2 vote"],
        "paras": [
            "The {town} Board of Education voted 5-2 {weekday} night to approve a {cost} operating budget for the coming school year.",
            "The budget adds two bus routes to ease overcrowding on the east side and funds a second counselor at the middle school. It also includes a 3 percent raise for teachers under the contract approved last spring.",
            "Board member {official} voted against the budget, saying the district should have waited for final state aid figures before committing to new spending.",
            "Superintendent {official2} said enrollment has grown by about {fam}0 students over two years, mostly in the elementary grades.",
            "The budget now goes to voters at the annual district meeting next month.",
        ],
    },
}
LOCALNEWS_STREETS = ["Oak Street", "Mill Road", "Lincoln Avenue", "Quarry Lane", "Second Street", "Hillcrest Drive", "Bridge Street"]


def _make_local_news(rng: random.Random) -> str:
    kind = pick(rng, list(LOCALNEWS_STORIES))
    story = LOCALNEWS_STORIES[kind]
    official = _person(rng)
    slots = dict(
        town=pick(rng, TOWNS), street=pick(rng, LOCALNEWS_STREETS), weekday=pick(rng, WEEKDAYS),
        age=_n(rng, 60, 110), route=_n(rng, 9, 94), official=official, official_last=official.split()[-1],
        official2=_person(rng), breaks=_n(rng, 3, 9), cost=_money(rng, 400_000, 9_000_000, 25_000),
        phone=_n(rng, 100, 199), months=_n(rng, 8, 20), fam=_n(rng, 3, 6), num=_n(rng, 1, 9) + "00",
        time=_clock(rng), vendors=_n(rng, 18, 60), nth=pick(rng, ["12th", "25th", "third", "40th", "ninth"]),
        years=_n(rng, 18, 41),
    )
    paras = story["paras"]
    keep = [paras[0]] + [p for p in paras[1:] if rng.random() < 0.8]
    body = [p.format(**slots) for p in keep]
    head = pick(rng, story["heads"]).format(**slots)
    byline = pick(rng, [f"By {_person(rng)} | Staff Writer", f"{_person(rng)}, {slots['town']} Courier", "Staff report"])
    stamp = f"Published {_date(rng, 2015, 2024)} at {_clock(rng)}"
    return paragraphs([head, byline, stamp] + body)


# ---------------------------------------------------------------------------
# 5. Weather forecast.
# ---------------------------------------------------------------------------

WEATHER_REGIMES = {
    "cold": {
        "base": (18, 42),
        "intros": [
            "A cold front sliding through the region tonight will bring a sharp change to our weather by {day}.",
            "After a frosty start, we're finally looking at a slow warming trend heading into the weekend.",
            "Lake-effect snow bands will set up downwind of the lake tonight, and totals will vary a lot over short distances.",
            "Bundle up: an arctic air mass settles in behind today's clipper system, and wind chills will be brutal through {day}.",
        ],
        "conditions": ["Sunny and cold", "Mostly cloudy", "Snow showers", "Flurries possible", "Partly cloudy", "Light snow", "Wintry mix early, then clouds", "Clear and frigid"],
        "details": [
            "Winds out of the northwest at 10 to 20 mph, with gusts near 30 at times, making it feel about ten degrees colder.",
            "Snow totals of 1 to 3 inches are possible north of the river, with a dusting elsewhere.",
            "Roads could be slick for the morning drive where any snow lingers, so leave a few extra minutes.",
            "Let those faucets drip overnight if your pipes run along an outside wall.",
        ],
    },
    "mild": {
        "base": (50, 68),
        "intros": [
            "It's going to be a soggy stretch, with a slow-moving area of low pressure parking itself over the valley.",
            "Spring is trying its best this week, with a couple of genuinely pleasant afternoons mixed in with the showers.",
            "A quiet, seasonable pattern takes hold for most of the week, though a system arriving {day} could bring some rain.",
        ],
        "conditions": ["Partly cloudy", "Scattered showers", "Rain likely", "Mostly sunny", "Light drizzle", "Patchy morning fog, then sun", "Breezy and clear"],
        "details": [
            "Rainfall totals of a half inch to an inch are possible, with locally higher amounts under the heaviest showers.",
            "Overnight lows could dip near freezing in the usual cold spots, so bring in tender plants.",
            "Visibility could drop below a quarter mile in dense fog early, so give yourself extra time on the commute.",
            "Pollen counts remain high for tree pollen. Allergy sufferers, you know the drill.",
        ],
    },
    "hot": {
        "base": (80, 96),
        "intros": [
            "High pressure remains firmly in control, so expect more of the same: plenty of sun and hot afternoons.",
            "Humidity is back in a big way, and with it the chance of pop-up afternoon thunderstorms.",
            "A heat advisory is in effect through {day}, with heat index values climbing past 100 in the afternoon.",
        ],
        "conditions": ["Sunny and hot", "Mostly sunny", "Isolated thunderstorms", "Hazy sunshine", "Partly cloudy, humid", "Scattered afternoon storms"],
        "details": [
            "The UV index will be very high, so grab the sunscreen if you're heading to the lake.",
            "Some storms could produce gusty winds and small hail, mainly after 3 p.m.",
            "Check on elderly neighbors and never leave kids or pets in a parked car.",
            "Overnight lows stay muggy, barely dropping below the mid-70s.",
        ],
    },
}
WEATHER_SIGNOFFS = [
    "Have a great week, and I'll see you tonight at 6.",
    "Stay dry out there!",
    "Follow our team on social media for updates if the storms pop.",
    "Enjoy it while it lasts.",
    "",
]


def _make_weather(rng: random.Random) -> str:
    town = pick(rng, TOWNS)
    regime = WEATHER_REGIMES[pick(rng, list(WEATHER_REGIMES))]
    base = rng.randrange(*regime["base"])
    start = rng.randrange(7)
    days = []
    for i in range(rng.randrange(4, 8)):
        hi = base + rng.randrange(-6, 7)
        lo = hi - rng.randrange(10, 22)
        cond = pick(rng, regime["conditions"])
        wet = any(w in cond.lower() for w in ("snow", "rain", "shower", "storm", "drizzle", "flurr", "mix"))
        pop = rng.choice([30, 40, 50, 60, 70, 80]) if wet else rng.choice([0, 0, 10, 20])
        day = "Today" if i == 0 else ("Tonight" if i == 1 and rng.random() < 0.3 else WEEKDAYS[(start + i) % 7])
        days.append(f"**{day}:** {cond}. High {hi}°, low {lo}°." + (f" Chance of precipitation {pop}%." if pop else ""))
    meteorologist = _person(rng)
    intro = pick(rng, regime["intros"]).format(day=WEEKDAYS[(start + 2) % 7])
    header = pick(rng, [f"{town} 7-Day Forecast", f"Weather Outlook for {town} and Surrounding Areas", f"Your {WEEKDAYS[start]} forecast for {town}"])
    return paragraphs([
        header,
        f"Updated {_clock(rng)} · {meteorologist}, Chief Meteorologist",
        intro + " " + " ".join(_k(rng, regime["details"], 1, 3)),
        "\n".join(days),
        pick(rng, WEATHER_SIGNOFFS),
    ])


# ---------------------------------------------------------------------------
# 6. Travel blog (long).
# ---------------------------------------------------------------------------

TRAVEL_DESTINATIONS = {
    "Lisbon": [
        "We landed in Lisbon just after sunrise, dropped our bags at a guesthouse in Alfama and went straight out to get lost. That is the only real plan you need here: the neighborhood is a knot of staircases, laundry lines and tiny squares where old men play cards under the jacaranda trees.",
        "Tram 28 is in every guidebook for a reason, but it is also packed shoulder to shoulder by ten in the morning. Our tip: ride it from the Martim Moniz end before eight, or just walk the route. Your calves will hate you, but the views from the miradouros are free.",
        "Food was the highlight. We ate grilled sardines at a plastic table in a side street, split a custard tart still warm from the oven in Belém, and had a bifana (a garlicky pork sandwich) for about three euros that I'm still thinking about.",
        "One evening we went to a small fado house that seats maybe thirty people. The singer stood a few feet from our table and the room went completely silent. I don't understand Portuguese, and I still teared up.",
        "We took the train out to Sintra for a day trip. Go early, buy palace tickets online, and wear shoes with grip because the paths up to the Moorish Castle are steep and slippery in the mist.",
        "Getting around: the metro is clean and cheap, and a reloadable transit card covers trams, buses and the ferries across the river. Uber and Bolt are everywhere too if your legs give out at the bottom of yet another hill.",
    ],
    "Kyoto": [
        "Kyoto in late autumn is busy, and I won't pretend otherwise. But if you're willing to set an alarm, you can have Fushimi Inari almost to yourself at 6:30 a.m., climbing through thousands of orange gates with just the crows for company.",
        "We stayed in a machiya, a restored wooden townhouse, with tatami floors and a deep cedar bath. It cost less than a chain hotel and felt like staying at a friend's grandmother's house.",
        "Nishiki Market is a long covered street of food stalls, and we grazed our way down it: pickles, tamagoyaki on a stick, soy milk doughnuts, grilled mochi. Note that eating while walking is frowned on, so most stalls have a little standing area.",
        "Arashiyama's bamboo grove is smaller than the photos suggest, and crowded by mid-morning. The real find was the quiet moss garden at a temple a short walk further on, where we sat for almost an hour and saw maybe five other people.",
        "Buses are the main way around the city and they get very full. Buy a day pass if you'll ride more than three times, and consider renting bikes, since the city is flat and the river paths are lovely.",
        "On our last night we wandered Gion after dark. Please, if you go: don't chase or photograph the geiko and maiko in the lanes. They're working, and the neighborhood has had to put up signs about it.",
    ],
    "Oaxaca": [
        "Oaxaca had been on my list for years, mostly because of the food, and it did not disappoint. We arrived in the middle of the rainy season, which meant green hills, afternoon downpours and dramatically fewer tourists.",
        "Our first stop was the 20 de Noviembre market, where you walk down an aisle of grills, pick your meat, and carry it to a table where someone sells you tortillas, salsa and grilled onions. It's smoky and chaotic and wonderful.",
        "We took a day trip to Hierve el Agua, the mineral springs that look like frozen waterfalls. The road is rough and the colectivo driver took the curves like a rally driver, but swimming in the pools at the edge of the cliff was worth every bump.",
        "If you like mezcal, book a tour to a small family palenque outside the city. We watched agave hearts being roasted in an earthen pit and crushed by a stone wheel pulled by a very patient horse.",
        "I took a half-day cooking class and learned to make mole negro from scratch. It has over twenty ingredients and takes hours, and I have a new respect for every grandmother in southern Mexico.",
        "Practical stuff: the historic center is very walkable and felt safe to us at night. Bring cash, as many smaller places don't take cards, and a light rain jacket for those afternoon storms.",
    ],
    "the Scottish Highlands": [
        "We rented a small car in Inverness and spent nine days looping through the Highlands with no fixed itinerary beyond a list of places we'd booked to sleep. Best decision we made.",
        "Driving on the left took about a day to feel normal. The single-track roads with passing places took longer. The etiquette is simple: pull in on your left to let oncoming cars by, and give a little wave. Everyone waves.",
        "Glencoe stopped us in our tracks. We did the Pap of Glencoe hike on the one clear morning of the week and could see all the way down Loch Leven. By the afternoon the cloud had rolled in and the mountains vanished.",
        "The Isle of Skye was beautiful but honestly overrun in places. The Fairy Pools car park was full by 9 a.m. We had a much better time on the quieter north end of the island and on the drive out to Applecross.",
        "Midges are real. We laughed at the warnings and then spent an evening at a lochside campsite being eaten alive. Buy the repellent the locals use and a head net. You'll look silly. You won't care.",
        "Food highlights: a bowl of cullen skink in a harbor pub, fresh langoustines from a shack by the pier, and more shortbread than I'm willing to admit to.",
    ],
    "Hoi An": [
        "Hoi An's old town is lit by hundreds of silk lanterns every evening, and even though it's touristy, walking along the river at dusk is one of those travel moments that actually lives up to the photos.",
        "Go to the tailors, but be smart about it. We had two linen shirts and a dress made in 36 hours, with two fittings. Bring a photo of what you want and don't be shy about asking for changes.",
        "The best thing we did was rent bicycles and ride out through the rice paddies to An Bang beach. Water buffalo, kids waving from doorsteps, a coconut at the end. Perfect morning.",
        "Eat the cao lầu, a noodle dish that's only really made here, and the bánh mì from the famous stall near the market. Yes, there's a line. It moves fast.",
        "We took a basket boat ride in the coconut palm forest, which is about as touristy as it gets, complete with a boatman who spins you in circles while music blasts. I'm not above admitting it was really fun.",
        "A note on timing: October and November bring heavy rain and flooding in the old town. We went in March and the weather was warm and dry.",
    ],
}
TRAVEL_OPENERS = [
    "Hi friends! It's been way too long since I posted a proper trip recap, so grab a coffee because this one is long.",
    "I've had a lot of messages asking about our trip to {dest}, so here's everything: where we stayed, what we ate, and what I'd skip next time.",
    "This trip almost didn't happen. Our flight was cancelled twice and we nearly gave up, but I'm so glad we didn't.",
    "For our tenth anniversary, {partner} and I decided to do something a little different and booked {dest} on what can only be described as a whim.",
]
TRAVEL_CLOSERS = [
    "Would I go back? In a heartbeat. Drop your questions in the comments and I'll answer as many as I can.",
    "That's it for {dest}! Next up on the blog: our packing list, and why I'm never checking a bag again.",
    "If you've been and have recommendations for next time, please share them below.",
    "Pin this post for later if you're planning your own trip, and safe travels!",
]
TRAVEL_BUDGET_ITEMS = ["Flights", "Accommodation", "Food and drink", "Transport", "Activities and tours", "Souvenirs (oops)"]


def _make_travel_blog(rng: random.Random) -> str:
    dest = pick(rng, list(TRAVEL_DESTINATIONS))
    bank = TRAVEL_DESTINATIONS[dest]
    partner = pick(rng, FIRST_NAMES)
    nights = rng.randrange(4, 15)
    title = pick(rng, [f"{nights} Days in {dest}: Our Complete Trip Report", f"What We Loved (and Didn't) About {dest}",
                       f"A First-Timer's Guide to {dest}", f"{dest} on a Budget: Honest Travel Diary"])
    body = bank[:1] + sample(rng, bank[1:], rng.randint(3, len(bank) - 1))
    ranges = {"Flights": (600, 2400), "Accommodation": (70 * nights, 220 * nights), "Food and drink": (40 * nights, 120 * nights),
              "Transport": (60, 500), "Activities and tours": (80, 700), "Souvenirs (oops)": (30, 400)}
    budget = "\n".join(f"- {item}: {_money(rng, *ranges[item], 5)}" for item in _k(rng, TRAVEL_BUDGET_ITEMS, 3, 6))
    sections = [
        f"# {title}",
        f"*{_date(rng, 2017, 2024)} · by {pick(rng, FIRST_NAMES)} · {rng.randrange(6, 14)} min read*",
        pick(rng, TRAVEL_OPENERS).format(dest=dest, partner=partner),
    ]
    for i, para in enumerate(body):
        if i and rng.random() < 0.35:
            sections.append(f"## {pick(rng, ['Getting around', 'Where we ate', 'Day trips', 'The highlight', 'Worth it?', 'Tips'])}")
        sections.append(para)
    sections.append(f"## What it cost (for two, {nights} nights)\n\n{budget}")
    sections.append(pick(rng, TRAVEL_CLOSERS).format(dest=dest))
    return paragraphs(sections)


# ---------------------------------------------------------------------------
# 7. Listicle ("10 ways to ...").
# ---------------------------------------------------------------------------

LISTICLE_TOPICS = {
    "Ways to Cut Your Grocery Bill Without Clipping a Single Coupon": [
        ("Shop your pantry first", "Before you write a list, look at what's already in the cupboard. That half bag of lentils and the jar of roasted peppers are a dinner."),
        ("Plan around sales, not cravings", "Check the weekly flyer and build meals around what's discounted instead of deciding on recipes first."),
        ("Buy the ugly produce", "Many stores have a discount bin for bruised or oddly shaped fruit. It's perfect for smoothies and soups."),
        ("Learn the unit price", "That little number on the shelf tag tells you the cost per ounce. The bigger package isn't always cheaper."),
        ("Cook once, eat twice", "Double recipes and freeze the second batch. Future you will be grateful on a busy Thursday."),
        ("Go store brand", "For staples like flour, canned tomatoes and frozen vegetables, the generic version is often made in the same factory."),
        ("Never shop hungry", "It sounds like a cliché because it's true. Studies suggest hungry shoppers spend noticeably more."),
        ("Eat less meat", "Swapping two dinners a week to beans, eggs or lentils can save a surprising amount over a month."),
        ("Use a cash envelope", "Take out your weekly grocery budget in cash. When it's gone, it's gone."),
        ("Stop buying bottled water", "A filter pitcher pays for itself in a few weeks."),
        ("Shop the top and bottom shelves", "Stores put the priciest brands at eye level. The bargains are down by your knees."),
    ],
    "Easy Habits for Better Sleep Tonight": [
        ("Keep the same wake-up time", "Even on weekends. Your body clock loves consistency more than it loves sleeping in."),
        ("Get morning light", "Ten minutes outside soon after waking helps set your rhythm for the whole day."),
        ("Cut caffeine after lunch", "Caffeine can hang around in your system for many hours, so that 4 p.m. latte may be why you're staring at the ceiling."),
        ("Make the bedroom cool and dark", "Most people sleep best in a slightly cool room. Blackout curtains are cheap and effective."),
        ("Put the phone across the room", "Not just for the light, but because scrolling keeps your brain engaged long past bedtime."),
        ("Create a wind-down routine", "A warm shower, a few pages of a paper book, the same order every night. It cues your body that sleep is coming."),
        ("Don't fight it", "If you've been awake for what feels like twenty minutes, get up, do something boring in dim light, and go back when you feel sleepy."),
        ("Watch the nightcap", "Alcohol might make you drowsy, but it fragments sleep in the second half of the night."),
        ("Move during the day", "Regular exercise improves sleep quality, just try not to do intense workouts right before bed."),
        ("Write tomorrow's to-do list", "Getting the worries out of your head and onto paper can quiet the late-night mental chatter."),
    ],
    "Ways to Make Your Backyard a Haven for Bees and Butterflies": [
        ("Plant in clumps", "Pollinators find flowers more easily when the same plant is grouped in patches of three or more."),
        ("Choose native plants", "Local bees evolved alongside local flowers. Ask your extension office or a native plant nursery for a list."),
        ("Aim for blooms all season", "Mix early bloomers like crocus with summer coneflower and autumn asters so there's always something on the menu."),
        ("Skip the pesticides", "Even 'gentle' sprays can harm bees. Hand-pick pests or tolerate a little damage."),
        ("Leave some bare ground", "Most native bees nest in the soil, not in hives. A sunny patch of undisturbed dirt is prime real estate."),
        ("Add a shallow water dish", "Fill a saucer with pebbles and water so insects can drink without drowning."),
        ("Let the herbs flower", "Basil, oregano and thyme blossoms are bee magnets. Let a few plants bolt."),
        ("Host the caterpillars", "Butterflies need host plants for their young, like milkweed for monarchs. Yes, they'll get chewed. That's the point."),
        ("Mow less", "Letting clover and dandelions bloom in the lawn is one of the easiest changes you can make."),
        ("Leave the leaves", "Many insects overwinter in leaf litter and hollow stems, so hold off on the big fall cleanup."),
    ],
    "Simple Ways to Declutter Your Home This Weekend": [
        ("Start with one drawer", "Not the whole kitchen. One drawer. Finish it, and enjoy the tiny win."),
        ("Use the four-box method", "Label boxes Keep, Donate, Sell and Trash and sort every item into one of them. No maybe pile allowed."),
        ("Tackle duplicates", "How many spatulas do you actually use? Keep your favorite and let the rest go."),
        ("Set a timer", "Fifteen minutes a day adds up faster than one exhausting Saturday you'll dread."),
        ("Clear flat surfaces", "Countertops and tables attract clutter like magnets. Clear them and everything feels calmer."),
        ("Empty the car", "It counts! And it's oddly satisfying."),
        ("Digitize paperwork", "Scan manuals, old receipts and kids' artwork, then recycle the paper."),
        ("One in, one out", "Going forward, every new item means an old one leaves the house."),
        ("Schedule the donation drop-off", "Bags of donations living in the trunk for a month defeat the whole point."),
        ("Ask 'would I buy this again today?'", "If the answer is no, you have your decision."),
    ],
}
LISTICLE_INTROS = [
    "We've all been there. Here are some surprisingly simple changes that actually make a difference.",
    "You don't need a total life overhaul. Small tweaks add up, and you can start with any of these today.",
    "Our editors polled readers and experts for their best advice. Here's what made the cut.",
    "Whether you're a beginner or just need a refresher, these tips are easy to put into practice.",
]
LISTICLE_OUTROS = [
    "Which of these will you try first? Let us know in the comments!",
    "Start with one or two and build from there. Progress beats perfection.",
    "Found this helpful? Share it with a friend who needs it.",
    "",
]


def _make_listicle(rng: random.Random) -> str:
    topic = pick(rng, list(LISTICLE_TOPICS))
    items = _k(rng, LISTICLE_TOPICS[topic], 6, 10)
    numbered = rng.random() < 0.7
    lines = []
    for i, (head, text) in enumerate(items, 1):
        lines.append(f"## {i}. {head}\n\n{text}" if numbered else f"**{head}.** {text}")
    return paragraphs([
        f"# {len(items)} {topic}",
        f"By {_person(rng)} · Updated {_date(rng, 2018, 2024)}",
        pick(rng, LISTICLE_INTROS),
        *lines,
        pick(rng, LISTICLE_OUTROS),
    ])


def _thread(rng: random.Random, title: str, posts: list[tuple[str, str]], forum: str, noise: float = 0.02) -> str:
    """Format a forum thread: posts are (username, body)."""
    out = [f"{forum} › {title}" if rng.random() < 0.5 else title]
    year = rng.randrange(2009, 2025)
    month = pick(rng, MONTHS)
    day = rng.randrange(1, 25)
    relative = rng.random() < 0.35
    numbered = rng.random() < 0.4
    minutes = rng.randrange(6 * 60, 22 * 60)
    total = 0
    for i, (user, body) in enumerate(posts):
        gap = rng.randrange(3, 240) if i else 0
        minutes += gap
        total += gap
        if relative:
            stamp = "posted"
        else:
            d, m = divmod(minutes, 24 * 60)
            h, mi = divmod(m, 60)
            stamp = f"{month} {min(day + d, 28)}, {year}, {(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
        tag = f" #{i + 1}" if numbered else ""
        role = " (OP)" if i and user == posts[0][0] and rng.random() < 0.7 else ""
        out.append([f"{user}{role}{tag}", stamp, typos(rng, body, noise), total])
    if relative:
        end = total + rng.randrange(30, 600)
        for entry in out[1:]:
            ago = (end - entry[3]) // 60
            entry[1] = f"{ago}h ago" if ago else f"{max(1, (end - entry[3]) % 60)}m ago"
    out = [out[0]] + [f"{who} · {stamp}\n{body}" for who, stamp, body, _ in out[1:]]
    return "\n\n".join(out)


# ---------------------------------------------------------------------------
# 8. Car repair forum thread.
# ---------------------------------------------------------------------------

CARFORUM_PROBLEMS = {
    "P0420 code": {
        "car": ["2011 Camry 2.5", "2009 Civic", "2014 Silverado 5.3", "2012 Escape"],
        "title": ["P0420 came back AGAIN after replacing O2 sensor", "catalyst efficiency code, is my cat toast?", "P0420 - cheap fix or new converter?"],
        "op": [
            "Check engine light came on last week on my {car}, about {miles}k miles. Code reader says P0420 catalyst system efficiency below threshold bank 1. I replaced the downstream O2 sensor (Denso, not the cheap one) and cleared it, came back after about 60 miles. Car runs fine, no smell, mileage normal. Shop quoted me {price} for a new cat. Is there anything else I should check before I bite the bullet?",
            "So my {car} failed inspection because of a P0420. No other codes. Idle is smooth, no rattling underneath. I really dont want to drop {price} on a catalytic converter if its something dumb. Ideas?",
        ],
        "replies": [
            "Check for exhaust leaks ahead of the downstream sensor first. A tiny leak at the flex pipe or manifold gasket will pull in air and throw that code all day long.",
            "Get a scanner that shows live data and look at the downstream O2 voltage. If it's switching up and down almost as fast as the upstream one, the cat is done. If it's steady around 0.6-0.7V, the cat is probably fine.",
            "Dont buy the cheapest aftermarket cat online. Ask me how I know. Lasted 8 months and the code came back.",
            "At that mileage honestly it's probably just the cat. They don't last forever, especially if it ever burned oil or ran rich.",
            "Some people swear by running a bottle of cataclean through it. I think it's snake oil but for fifteen bucks it won't hurt to try before inspection.",
            "Also check if there's a TSB or extended warranty on emissions parts for your model. Federal emissions warranty is 8 yr / 80k on the cat, some states longer.",
        ],
    },
    "squealing brakes": {
        "car": ["2016 Corolla", "2013 F-150", "2018 Rogue", "2010 Accord"],
        "title": ["Brakes squealing after new pads and rotors??", "high pitched squeal when braking, just did brakes", "New brakes, still squeaking, help"],
        "op": [
            "Did front pads and rotors on my {car} last weekend. Used ceramic pads, new rotors, cleaned and lubed the slide pins. Now there's a high pitched squeal at low speed when I brake lightly, goes away when I press harder. Did I mess something up or do they need to bed in?",
            "Brakes on my {car} were grinding so I replaced pads + rotors myself (first time!). Grinding is gone but now they squeal like crazy backing out of the driveway in the morning. Is this normal?",
        ],
        "replies": [
            "Did you bed them in? Find an empty road, do 8-10 moderate stops from 35 down to 5 without coming to a full stop, then drive a few minutes without braking to cool them. Makes a big difference.",
            "Did you reuse the old abutment clips/shims? Those are usually the culprit. Most pad sets come with new hardware for a reason.",
            "A little squeal in the morning is normal, especially if it's damp. Surface rust on the rotors overnight. If it goes away after a few stops don't worry about it.",
            "Put a thin layer of brake grease on the back of the pads where they touch the caliper piston and the clips. NOT on the friction surface lol.",
            "Check that the wear indicator tab isn't touching the rotor. Sometimes people install the pads on the wrong side and the little squealer tab is on the leading edge.",
            "Cheap rotors can also do this. What brand did you go with?",
        ],
    },
    "AC blowing warm": {
        "car": ["2012 Altima", "2015 Jeep Cherokee", "2008 Tacoma", "2017 Elantra"],
        "title": ["AC blowing warm air, compressor not kicking on", "AC quit during heatwave, where to start?", "Recharged AC and still warm"],
        "op": [
            "AC on my {car} is blowing warm air. I can see the compressor clutch isn't engaging when I turn it on. I bought one of those recharge cans with the gauge and it reads low so I added about half a can, no change. Fuse looks fine. Where do I go from here? Its {temp} degrees here and I'm dying.",
            "My {car} AC went from cold to warm over like two weeks. Cold at highway speed, warm at idle. Shop wants {price} just to diagnose. Any ideas before I go there?",
        ],
        "replies": [
            "If the compressor clutch isn't engaging, check the AC relay. You can swap it with the horn relay (usually same part) and see if the compressor kicks on.",
            "Cold at speed but warm at idle sounds like the condenser fan isn't running. Look at the front of the car with the AC on and see if the fan spins.",
            "Careful with those recharge cans. If you overcharge it you can do more damage. Low refrigerant means a leak somewhere, so it'll just happen again.",
            "Get some UV dye in there and check with a blacklight after a few days. Common leak points are the schrader valves and the condenser (rocks from the road).",
            "Low pressure switch will stop the compressor from engaging if the charge is too low. Thats a safety thing, not a bad compressor necessarily.",
            "Had the same thing on mine. Turned out to be a $12 clutch coil connector that had corroded. Check the wiring at the compressor before anything else.",
        ],
    },
    "rough idle": {
        "car": ["2007 Silverado", "2013 Focus", "2004 Grand Cherokee", "2011 Outback"],
        "title": ["Rough idle, shaking at stoplights, no codes", "Engine stumbling at idle after spark plug change", "Idle bouncing between 600 and 1000 rpm"],
        "op": [
            "My {car} started shaking at idle, like the whole dash vibrates at red lights. No check engine light. Drives fine once moving. {miles}k miles. Plugs were done maybe 30k ago. What should I look at first?",
            "Changed plugs and coils on my {car} yesterday and now it idles rough and sometimes stumbles when I accelerate from a stop. It was fine before!! I think I messed something up but I can't figure out what.",
        ],
        "replies": [
            "Motor mounts. If it's a vibration you feel but the rpm is steady, a broken mount will do exactly that. Have someone watch the engine while you shift from park to drive with your foot on the brake.",
            "Vacuum leak is my first guess. Spray some carb cleaner around the intake gasket and hoses while it's idling and listen for the rpm to change.",
            "Clean the throttle body and the MAF sensor. Takes twenty minutes and fixes a surprising number of idle problems.",
            "Did you gap the new plugs? And make sure all the coil connectors actually clicked in. Easy to leave one half seated.",
            "Did you maybe crack a plug boot or drop something into a cylinder? Pull them back out and check each one.",
            "Even with no CEL, plug in a cheap OBD reader and look at misfire counts per cylinder. Some cars log misfires before they throw a code.",
        ],
    },
}
CARFORUM_FOLLOWUPS = [
    "UPDATE: {fix} Thanks everyone, you saved me a lot of money.",
    "Update for anyone who finds this thread later: {fix}",
    "Ok so I went through everything in this thread. {fix} Marking solved.",
]
CARFORUM_FIXES = [
    "It was a cracked vacuum hose behind the intake, like four dollars at the parts store.",
    "Turned out to be the exact thing the second reply said.",
    "Ended up taking it to an independent shop and they found a leak I never would have seen.",
    "Replaced the part and it's been fine for 300 miles so far.",
    "Cleaning it fixed it. Can't believe how dirty it was.",
]
CARFORUM_SMALLTALK = [
    "Following, having a similar issue on mine.",
    "Search function is your friend, this comes up every week lol. But the advice above is good.",
    "Whatever you do don't go to the dealer for this, they'll throw parts at it.",
    "What year/engine exactly? Makes a difference.",
    "+1 to what everyone said. Start with the cheap stuff.",
    "Post a video of it running if you can, it's hard to diagnose from a description.",
    "Welcome to the forum btw. Good first post, actually has details for once.",
]


def _make_car_forum(rng: random.Random) -> str:
    prob = pick(rng, list(CARFORUM_PROBLEMS))
    b = CARFORUM_PROBLEMS[prob]
    op_user = _handle(rng)
    op = pick(rng, b["op"]).format(car=pick(rng, b["car"]), miles=_n(rng, 88, 210), price=_money(rng, 350, 2400, 50), temp=_n(rng, 94, 109))
    replies = _k(rng, b["replies"], 2, 6) + _k(rng, CARFORUM_SMALLTALK, 0, 3)
    rng.shuffle(replies)
    posts = [(op_user, op)] + [(_handle(rng), r) for r in replies]
    if rng.random() < 0.6:
        posts.insert(rng.randrange(2, len(posts) + 1), (op_user, pick(rng, ["Thanks, I'll check that tomorrow.", "Good call, didn't think of that.", "no codes at all, already checked with my reader", "Hmm ok. Anyone know how hard that is to do in a driveway?"])))
    if rng.random() < 0.5:
        posts.append((op_user, pick(rng, CARFORUM_FOLLOWUPS).format(fix=pick(rng, CARFORUM_FIXES))))
    forum = pick(rng, ["Garage Talk", "DIY Repair & Maintenance", "General Tech", "Engine & Drivetrain"])
    return _thread(rng, pick(rng, b["title"]), posts, forum, 0.025)


# ---------------------------------------------------------------------------
# 9. Gardening forum thread.
# ---------------------------------------------------------------------------

GARDENFORUM_PROBLEMS = {
    "tomatoes": {
        "title": ["Tomato leaves turning yellow from the bottom up", "What is wrong with my tomatoes?? (pics)", "Yellow spotty leaves on Better Boy"],
        "op": "My tomato plants ({variety}) are getting yellow leaves starting at the bottom, and some have brown spots with rings in them. They're in raised beds, watered every morning, zone {zone}. Fruit is still setting but I'm worried I'm going to lose them. Anything I can do?",
        "variety": ["Cherokee Purple and Sungold", "Better Boy", "San Marzano", "Early Girl"],
        "replies": [
            "Brown spots with rings = early blight almost certainly. Pull off the affected lower leaves, bag them (don't compost), and mulch so soil doesn't splash up on the leaves when you water.",
            "Are you watering the leaves or the soil? Water at the base. Wet foliage is an invitation for fungus.",
            "Lower leaves yellowing late in the season is partly normal too. The plant is putting energy into fruit. As long as the top is healthy you'll still get a crop.",
            "Prune the bottom 12 inches of leaves off entirely. Improves airflow and keeps the splash zone clear.",
            "Copper fungicide can slow it down but won't cure leaves that are already hit. Next year rotate where you plant them.",
            "Could also be nitrogen deficiency if it's uniform yellowing without spots. When did you last feed them?",
        ],
    },
    "hydrangea": {
        "title": ["Hydrangea hasn't bloomed in 3 years", "Big leaves, no flowers - hydrangea help", "Did I kill my hydrangea by pruning?"],
        "op": "I have a big leaf hydrangea that my late mother planted about {years} years ago. It used to be covered in blue flowers but the last three summers it's just leaves. Lots of healthy leaves! But no flowers. I usually cut it back in the fall to tidy it up. Zone {zone}, morning sun, afternoon shade.",
        "variety": [""],
        "replies": [
            "There's your problem, the fall pruning. Bigleaf hydrangeas bloom on old wood, so when you cut it back in fall you're cutting off next year's flower buds.",
            "Only prune right after it flowers in summer, and only if you need to. Otherwise just take out the dead stems in spring once you see which ones are leafing out.",
            "Late spring frosts can also kill the buds. If you get a cold snap after it starts to leaf out, throw an old sheet over it overnight.",
            "Too much nitrogen fertilizer (including lawn fertilizer runoff) gives you lots of leaves and no flowers.",
            "If you want one you can whack back every year look at the reblooming types or a panicle hydrangea. Much more forgiving.",
            "Blue means your soil is acidic, by the way. If the flowers come back pink someday, that's the soil pH changing, not a different plant.",
        ],
    },
    "lawn": {
        "title": ["Brown patches spreading in lawn", "Dead spots in grass - grubs or fungus?", "Lawn looks terrible after the heatwave"],
        "op": "We've got brown patches in the front lawn, roughly circular, maybe a foot or two across, and they're getting bigger. Cool season grass (I think fescue), zone {zone}. We water twice a week. The neighbor says grubs, my husband says fungus, I say I don't know anything about grass. Who's right?",
        "variety": [""],
        "replies": [
            "Tug test: grab the dead grass and pull. If it peels up like a carpet with no roots, it's grubs. If the roots hold, probably fungus or drought.",
            "Circular patches in hot humid weather with a dark ring around the edge sounds like brown patch fungus. Water early in the morning, never in the evening.",
            "Dig out a square foot of sod a couple inches deep. More than about 10 white C-shaped grubs per square foot and you need to treat.",
            "Could also just be dog pee if you have a dog lol. Those spots usually have a green ring around them.",
            "Fescue goes semi-dormant in heat. Water deeply and less often, about an inch a week, and raise your mower height to 3.5-4 inches.",
            "Overseed in early fall regardless. That's when cool season grass recovers best.",
        ],
    },
    "aphids": {
        "title": ["Aphids all over my roses, natural solutions?", "Sticky leaves and tiny green bugs on everything", "Aphid explosion on my kale"],
        "op": "Just noticed the new growth on my {variety} is absolutely covered in little green bugs, and the leaves underneath are sticky. I have kids and a dog so I'd rather not spray anything nasty. What works?",
        "variety": ["climbing roses", "kale and broccoli", "milkweed", "pepper plants"],
        "replies": [
            "Hose them off with a hard spray of water every couple of days. Sounds too simple but it really works for light infestations.",
            "Give it a week. Ladybugs and lacewing larvae find aphid colonies fast. If you spray you kill the predators too.",
            "Insecticidal soap is pretty safe, just spray in the evening and hit the undersides of the leaves. Needs direct contact to work.",
            "Check for ants. Ants farm aphids for the honeydew and actually protect them from predators. Deal with the ants and the aphids drop off.",
            "Go easy on the fertilizer. Lots of soft new growth from heavy nitrogen is exactly what aphids love.",
            "I just squish them with my fingers every morning with my coffee. Gross but satisfying.",
        ],
    },
}
GARDENFORUM_EXTRA = [
    "Following! Same problem here in zone 6b.",
    "Any photos? Hard to say without seeing it.",
    "Your local extension office will often diagnose from a sample for free or a few dollars. Worth a call.",
    "Great advice in this thread. Saving it for next year.",
    "I've been gardening 40 years and I still lose a battle or two every season. Don't be too hard on yourself.",
]
GARDENFORUM_THANKS = [
    "Thank you all so much! Going out there this weekend to try this.",
    "Update: did what you said and the new growth looks much better already.",
    "Wow I had no idea. I've been doing it wrong for years. Thanks!!",
]


def _make_garden_forum(rng: random.Random) -> str:
    prob = pick(rng, list(GARDENFORUM_PROBLEMS))
    b = GARDENFORUM_PROBLEMS[prob]
    op_user = _handle(rng)
    zone = f"{rng.randrange(4, 9)}{pick(rng, ['a', 'b', ''])}"
    op = b["op"].format(variety=pick(rng, b["variety"]), zone=zone, years=_n(rng, 12, 30))
    replies = _k(rng, b["replies"], 2, 5) + _k(rng, GARDENFORUM_EXTRA, 0, 2)
    rng.shuffle(replies)
    posts = [(op_user, op)] + [(_handle(rng), r) for r in replies]
    if rng.random() < 0.6:
        posts.append((op_user, pick(rng, GARDENFORUM_THANKS)))
    return _thread(rng, pick(rng, b["title"]), posts, pick(rng, ["Vegetable Gardening", "Ask a Gardener", "Lawn Care", "Pests & Diseases"]), 0.015)


# ---------------------------------------------------------------------------
# 10. Home network help thread.
# ---------------------------------------------------------------------------

NETFORUM_PROBLEMS = {
    "wifi drops": {
        "title": ["WiFi keeps dropping every few hours", "Random wifi disconnects, wired is fine", "Internet cuts out in the evenings"],
        "op": "Wifi in my house drops every couple of hours, for 30 seconds to a couple of minutes. Devices stay connected to the network but nothing loads. Wired PC is fine during the drops. Router is a {router}, ISP is {isp} on the {speed} plan. Already rebooted and updated the firmware. Any ideas?",
        "replies": [
            "If wired stays up, it's the wireless side, not the ISP. Download a wifi analyzer app on your phone and check how crowded your channel is. Apartment buildings are brutal.",
            "Turn off 'smart connect' or band steering and split 2.4 and 5 GHz into separate network names. Some devices freak out when the router pushes them between bands.",
            "Pick a fixed channel instead of auto. On 2.4 use 1, 6 or 11 only.",
            "Check the router's system log around the time of the drops. If you see DFS messages on 5 GHz, it's detecting radar and switching channels. Pick a non-DFS channel like 36-48.",
            "How old is the router? They do degrade, especially if it's been living in a hot cabinet.",
            "Does it happen when the microwave runs? Not a joke, 2.4 GHz and microwaves don't get along.",
        ],
    },
    "port forwarding": {
        "title": ["Port forwarding not working for Minecraft server", "Friends can't connect to my game server", "Opened ports, still closed on port checker"],
        "op": "Trying to host a Minecraft server for my kid and his friends. Set up port forwarding on 25565 TCP to my PC's IP ({ip}) on my {router}. Server works on LAN. Port checker websites say the port is closed. Windows firewall rule is added. What am I missing?",
        "replies": [
            "Check if your ISP uses CGNAT. Compare the WAN IP on your router's status page to what a 'what is my IP' site shows. If they're different, you're behind CGNAT and port forwarding won't work without calling the ISP.",
            "Is the ISP modem also a router? If so you've got double NAT. Put the ISP box in bridge mode or forward the port on both.",
            "Give your PC a DHCP reservation so its IP doesn't change. Otherwise the rule breaks the next time it renews.",
            "Port checkers only show open if something is actually listening. Make sure the server is running when you test.",
            "Easiest workaround if you're stuck behind CGNAT is something like a mesh VPN that the friends install too. Works great for small groups.",
        ],
    },
    "slow speeds": {
        "title": ["Paying for {speed} and getting a fraction on wifi", "Speedtest way lower than my plan", "Slow internet only on some devices"],
        "op": "I'm paying for {speed} from {isp} but speed tests on my laptop over wifi get 60-90 down. My phone standing next to the router gets more. Plugged straight into the modem I get the full speed. Router is a {router}. Is it time for a new router or is something else going on?",
        "replies": [
            "Check what your laptop's wifi card supports. If it's an older 2x2 card on wifi 5, 300-400 is about the best you'll ever see, and 60-90 through walls is normal.",
            "Make sure you're on the 5 GHz band, not 2.4. 2.4 goes through walls better but tops out much lower in practice.",
            "Is the router in a cabinet, behind the TV, or in the basement? Placement matters more than people think. Center of the house, up high, in the open.",
            "Check the cable between modem and router. If it's an old cat5 (not 5e), it might be negotiating at 100 Mbps.",
            "Honestly a lot of people never get close to gigabit on wifi. For the devices that matter, run a cable.",
        ],
    },
}
NETFORUM_ROUTERS = ["Netgear Nighthawk R7000", "TP-Link Archer AX21", "ISP-supplied combo unit", "ASUS RT-AX58U", "Linksys EA7500"]
NETFORUM_ISPS = ["Spectrum", "Comcast", "a local fiber co-op", "AT&T", "Cox"]


def _make_network_forum(rng: random.Random) -> str:
    prob = pick(rng, list(NETFORUM_PROBLEMS))
    b = NETFORUM_PROBLEMS[prob]
    speed = pick(rng, ["300 Mbps", "500 Mbps", "gig", "1 Gbps", "400 meg"])
    op_user = _handle(rng)
    op = b["op"].format(router=pick(rng, NETFORUM_ROUTERS), isp=pick(rng, NETFORUM_ISPS), speed=speed,
                        ip=f"192.168.{pick(rng, ['0', '1', '50'])}.{rng.randrange(2, 200)}")
    replies = _k(rng, b["replies"], 2, 5)
    posts = [(op_user, op)] + [(_handle(rng), r) for r in replies]
    if rng.random() < 0.6:
        posts.insert(2, (op_user, pick(rng, ["Will try this tonight, thanks.", "Router is on a shelf in the living room, nothing around it.", "How do I check that? Not super technical sorry", "Firmware is current, I checked yesterday."])))
    if rng.random() < 0.5:
        posts.append((op_user, pick(rng, ["Solved! Changing the channel did it, no drops for 3 days now.", "Called the ISP, they moved me off CGNAT for free. Works now!", "Yep, old cable. Swapped it and I'm getting full speed. Feel dumb but happy.", "Bought a new router. Night and day difference. Should have done it years ago."])))
    return _thread(rng, pick(rng, b["title"]).format(speed=speed), posts, pick(rng, ["Networking", "Home Networking Help", "Tech Support"]), 0.015)


# ---------------------------------------------------------------------------
# 11. Personal finance advice article.
# ---------------------------------------------------------------------------

FINANCE_TOPICS = {
    "How Big Should Your Emergency Fund Really Be?": [
        "The standard advice is three to six months of expenses, but that range hides a lot. A single renter with a stable government job and no kids has very different risks than a freelancer with a mortgage and two toddlers.",
        "Start by calculating your bare-bones monthly number: rent or mortgage, utilities, groceries, insurance, minimum debt payments, transportation. Not what you spend now, but what you'd spend if you had to tighten your belt after a job loss.",
        "If your income is irregular, or you're the only earner in your household, lean toward six months or more. If you have two stable incomes and good disability coverage, three months might be plenty.",
        "Keep the money somewhere boring and accessible. A high-yield savings account at an insured bank is ideal. Not in the stock market, where it could be down 30 percent exactly when you need it.",
        "Don't let the big target paralyze you. Your first milestone is $1,000, enough to cover a car repair or an urgent vet bill without reaching for a credit card. Then build from there.",
        "Automate it. Set up a transfer on payday, even if it's $25. You'll be surprised how quickly it grows when you stop relying on willpower.",
    ],
    "Debt Snowball vs. Debt Avalanche: Which Should You Use?": [
        "Both methods start the same way: make the minimum payment on every debt, then throw every extra dollar at one target. The difference is which debt you pick first.",
        "With the avalanche, you attack the highest interest rate first. Mathematically, this saves you the most money, sometimes thousands of dollars if you're carrying high-rate credit cards.",
        "With the snowball, you pay off the smallest balance first, regardless of rate. You'll pay a bit more in interest, but you get a quick win, and that first paid-off account can be incredibly motivating.",
        "Research on debt repayment suggests that people who focus on closing individual accounts are more likely to stick with the plan. Behavior matters as much as math.",
        "Our take: if your debts have similar rates, use the snowball. If one of them is a 29 percent store card, kill that first no matter the balance.",
        "Whichever you choose, stop adding new debt while you're paying it down. Take the cards out of your wallet and delete them from your online shopping accounts.",
    ],
    "The 50/30/20 Budget, Explained for Real Life": [
        "The 50/30/20 rule divides your take-home pay into three buckets: 50 percent for needs, 30 percent for wants and 20 percent for savings and extra debt payments.",
        "Needs are the bills you'd have to pay no matter what: housing, utilities, groceries, insurance, minimum loan payments and getting to work.",
        "Wants are everything else you spend on: restaurants, streaming services, travel, hobbies, that upgrade to a nicer phone.",
        "In high-cost cities, housing alone can eat more than half of your income. If that's you, don't give up on the framework. Adjust the ratios, say 60/20/20, and look for savings in the wants category.",
        "The beauty of this method is that it doesn't require tracking every coffee. If your savings goes out automatically and your fixed bills are paid, whatever is left is guilt-free spending money.",
        "Revisit your numbers every time your income changes. A raise is the easiest moment to increase your savings rate, before lifestyle creep gets there first.",
    ],
    "What Actually Moves Your Credit Score": [
        "Payment history is the single biggest factor. One payment more than 30 days late can drop a good score significantly and stays on your report for years. Set up autopay for at least the minimum on every account.",
        "Credit utilization, the share of your available credit you're using, is next. Keeping it below 30 percent helps, and below 10 percent is even better.",
        "The length of your credit history matters, which is why closing your oldest card can backfire. If it has no annual fee, keep it open and use it for a small subscription.",
        "Applying for several new cards or loans in a short window can cause a small, temporary dip. Rate shopping for a mortgage or car loan within a couple of weeks usually counts as one inquiry.",
        "Check your reports from all three bureaus at least once a year. Errors are more common than you'd think, and disputing them is free.",
        "There are no quick fixes. Companies that promise to erase accurate negative information are, at best, wasting your money.",
    ],
}
FINANCE_DISCLAIMERS = [
    "This article is for informational purposes only and does not constitute financial advice. Consult a qualified professional about your specific situation.",
    "Editorial note: we may receive compensation from partners featured on this site, which does not influence our recommendations.",
    "",
]


def _make_personal_finance(rng: random.Random) -> str:
    title = pick(rng, list(FINANCE_TOPICS))
    paras = FINANCE_TOPICS[title]
    body = paras[:1] + sample(rng, paras[1:], rng.randint(3, len(paras) - 1))
    if rng.random() < 0.5:
        name = pick(rng, FIRST_NAMES)
        income = _money(rng, 38_000, 140_000, 1000)
        body.insert(rng.randrange(1, len(body)), f"Take {name}, a reader who earns {income} a year and wrote to us last month. {pick(rng, ['She', 'He', 'They'])} had been putting everything toward retirement while carrying a {_money(rng, 2_000, 19_000, 100)} balance on a card charging {rng.randrange(19, 30)} percent. Shifting priorities for just eight months changed the picture completely.")
    return paragraphs([
        f"# {title}",
        f"By {_person(rng)}, CFP® | Reviewed by {_person(rng)} | {_date(rng, 2018, 2024)}",
        *body,
        pick(rng, FINANCE_DISCLAIMERS),
    ])


# ---------------------------------------------------------------------------
# 12. Real-estate listing.
# ---------------------------------------------------------------------------

LISTING_OPENERS = [
    "Welcome home to this {adj} {style} tucked on a quiet, tree-lined street!",
    "Pride of ownership shows throughout this {adj} {style}.",
    "Don't miss this {adj} {style} in one of {town}'s most sought-after neighborhoods.",
    "Opportunity knocks! {adj} {style} priced to sell.",
    "Move-in ready {style} with room to grow.",
]
LISTING_FEATURES = [
    "The updated kitchen features quartz countertops, stainless appliances and a large island perfect for entertaining.",
    "Original hardwood floors run throughout the main level.",
    "The primary suite offers a walk-in closet and a spa-like bath with double vanity.",
    "A finished basement adds a rec room, home office and plenty of storage.",
    "Enjoy summer evenings on the oversized deck overlooking the fully fenced backyard.",
    "New roof (2021), furnace and water heater mean big-ticket items are already done.",
    "The sunroom floods with natural light year round.",
    "Detached two-car garage with a workshop and 220V power.",
    "Brick fireplace anchors the cozy living room.",
    "Mature landscaping, raised garden beds and a storage shed.",
    "Needs some TLC but the bones are solid. Bring your vision!",
    "Freshly painted interior and new carpet upstairs.",
]
LISTING_CLOSERS = [
    "Walking distance to schools, parks and the farmers market. Quick access to the highway.",
    "Sold as-is. Buyer to verify school assignments and square footage.",
    "Open house Sunday 1-3 PM. Showings begin Friday.",
    "Seller is offering a one-year home warranty. Schedule your private tour today!",
    "Minutes from downtown shops and restaurants. This one won't last!",
]


def _make_real_estate(rng: random.Random) -> str:
    town = pick(rng, TOWNS)
    beds, baths = rng.randrange(2, 6), pick(rng, ["1", "1.5", "2", "2.5", "3", "3.5"])
    sqft = rng.randrange(900, 4200, 10)
    price = _money(rng, 149_000, 989_000, 1000)
    style = pick(rng, ["ranch", "Cape Cod", "colonial", "craftsman bungalow", "split-level", "townhome", "farmhouse", "condo"])
    adj = pick(rng, ["charming", "spacious", "beautifully updated", "sun-filled", "well-maintained", "classic"])
    header = f"{price} · {beds} bd · {baths} ba · {sqft:,} sqft\n{rng.randrange(10, 9999)} {pick(rng, ['Maple', 'Willow', 'Summit', 'Birch', 'Prospect', 'Harbor'])} {pick(rng, ['St', 'Ave', 'Ct', 'Ln', 'Dr'])}, {town}"
    body = " ".join([fill(rng, pick(rng, LISTING_OPENERS), adj=adj, style=style, town=town)] + _k(rng, LISTING_FEATURES, 3, 6) + [pick(rng, LISTING_CLOSERS)])
    facts = "\n".join([
        f"Year built: {rng.randrange(1910, 2022)}",
        f"Lot: {rng.randrange(10, 90) / 100} acres",
        f"Heating: {pick(rng, ['Forced air, gas', 'Heat pump', 'Baseboard, oil', 'Radiant'])}",
        f"HOA: {pick(rng, ['None', '$45/mo', '$210/mo'])}",
        f"Days on market: {rng.randrange(1, 80)}",
    ])
    agent = f"Listing courtesy of {_person(rng)}, {pick(rng, ['Hometown Realty', 'Keystone Properties', 'Bluewater Real Estate Group', 'Summit & Co.'])}"
    return paragraphs([header, body, "Facts & features\n" + facts if rng.random() < 0.7 else "", agent])


# ---------------------------------------------------------------------------
# 13. Job posting.
# ---------------------------------------------------------------------------

JOB_ROLES = {
    "Warehouse Associate - 2nd Shift": {
        "duties": ["Pick, pack and ship customer orders accurately", "Load and unload trucks, including lifting up to 50 lbs", "Operate pallet jacks and (once certified) forklifts", "Keep work areas clean and follow all safety procedures", "Count inventory and report discrepancies to the lead"],
        "reqs": ["High school diploma or GED preferred", "Ability to stand and walk for a full shift", "Forklift certification a plus, we will train", "Reliable transportation"],
        "pay": "$18.50 - $21.00/hour plus shift differential",
        "company": ["Northside Logistics", "Riverbend Supply Co.", "Great Lakes Fulfillment"],
    },
    "Registered Dental Hygienist": {
        "duties": ["Perform prophylaxis, scaling and root planing", "Take and process radiographs", "Educate patients on home care and nutrition", "Chart periodontal findings and update health histories", "Collaborate with Dr. {last} on treatment planning"],
        "reqs": ["Current state RDH license and CPR certification", "Local anesthesia permit preferred", "Friendly, patient-focused attitude", "Experience with Dentrix a plus"],
        "pay": "$42 - $52/hour depending on experience",
        "company": ["Bright Smiles Family Dentistry", "Lakeside Dental Group", "Dr. {last} & Associates"],
    },
    "Line Cook": {
        "duties": ["Prep and cook menu items to recipe and plating standards", "Work the grill and sauté stations during service", "Maintain a clean, organized station and walk-in", "Label and date all product and follow FIFO", "Help with inventory and receiving deliveries"],
        "reqs": ["1+ year of line experience in a high-volume kitchen", "Food handler card (or ability to obtain within 30 days)", "Nights, weekends and holidays required", "A sense of humor helps"],
        "pay": "$17 - $20/hour + tips pooled with BOH",
        "company": ["The Copper Kettle", "Saltgrass Bistro", "Marlowe's Tavern"],
    },
    "Staff Accountant": {
        "duties": ["Prepare monthly journal entries and account reconciliations", "Assist with month-end and year-end close", "Manage fixed asset schedules and depreciation", "Support the annual audit and tax filings", "Process accounts payable in partnership with operations"],
        "reqs": ["Bachelor's degree in accounting or finance", "2-4 years of general ledger experience", "Strong Excel skills (pivot tables, lookups)", "CPA or CPA-track preferred"],
        "pay": "$62,000 - $75,000/year",
        "company": ["Hale & Ortiz CPAs", "Keystone Manufacturing", "Granite Ridge Health System"],
    },
    "HVAC Service Technician": {
        "duties": ["Diagnose and repair residential heating and cooling systems", "Perform seasonal maintenance visits", "Explain repair options clearly to homeowners", "Keep service van stocked and organized", "Complete work orders on a tablet"],
        "reqs": ["EPA 608 certification required", "3+ years field experience", "Valid driver's license and clean driving record", "Willing to participate in on-call rotation"],
        "pay": "$26 - $38/hour + commission on maintenance agreements",
        "company": ["Comfort Air Heating & Cooling", "AllSeasons Mechanical", "Polar Bear HVAC"],
    },
    "3rd Grade Teacher (2024-25 School Year)": {
        "duties": ["Plan and deliver engaging lessons aligned with state standards", "Differentiate instruction for a range of learners", "Communicate regularly with families", "Participate in grade-level team planning and PLCs", "Supervise recess and lunch on a rotating schedule"],
        "reqs": ["Valid state teaching certificate (elementary)", "Student teaching or classroom experience", "Knowledge of structured literacy practices preferred", "Background check required"],
        "pay": "Per district salary schedule ($48,200 - $81,900)",
        "company": ["{town} Unified School District", "{town} Community Schools", "St. Brendan Catholic School"],
    },
}
JOB_ABOUT = [
    "{company} is a family-owned business that has served {town} and the surrounding area for over {years} years.",
    "At {company}, we believe great work starts with great people. We're growing fast and looking for someone to grow with us.",
    "{company} is an equal opportunity employer with locations across three counties.",
    "Join the team at {company}! We're a busy, friendly crew and we take care of each other.",
]
JOB_BENEFITS = [
    "Medical, dental and vision insurance", "401(k) with company match", "Paid time off starting day one",
    "Weekly pay", "Employee discount", "Tuition reimbursement", "Paid holidays", "Free parking",
    "Uniforms provided", "Annual bonus", "Flexible scheduling", "Continuing education allowance",
]


def _make_job_posting(rng: random.Random) -> str:
    role = pick(rng, list(JOB_ROLES))
    r = JOB_ROLES[role]
    town = pick(rng, TOWNS)
    last = pick(rng, LAST_NAMES)
    company = pick(rng, r["company"]).format(town=town, last=last)
    parts = [
        f"**{role}**\n{company} · {town} · {pick(rng, ['Full-time', 'Full-time', 'Part-time', 'Full-time, on-site'])}",
        f"**Pay:** {r['pay']}",
        fill(rng, pick(rng, JOB_ABOUT), company=company, town=town, years=_n(rng, 12, 60)),
        "**What you'll do:**\n" + "\n".join(f"- {d.format(last=last)}" for d in _k(rng, r["duties"], 3, 5)),
        "**What we're looking for:**\n" + "\n".join(f"- {q}" for q in _k(rng, r["reqs"], 2, 4)),
        "**Benefits:**\n" + "\n".join(f"- {b}" for b in _k(rng, JOB_BENEFITS, 3, 6)),
        pick(rng, [f"Apply online or stop by {rng.randrange(100, 999)} Main St. to fill out an application.",
                   "To apply, send your resume to careers@ with the job title in the subject line.",
                   f"Posted {rng.randrange(1, 30)} days ago · {rng.randrange(3, 140)} applicants",
                   "This position is subject to a pre-employment drug screen and background check."]),
    ]
    return paragraphs(parts)


# ---------------------------------------------------------------------------
# 14-16. Academic abstracts: biology, physics, economics.
# ---------------------------------------------------------------------------

def _abstract(rng: random.Random, study: dict, journals: list[str], structured: bool) -> str:
    n_auth = rng.randrange(2, 7)
    authors = ", ".join(f"{pick(rng, FIRST_NAMES)[0]}. {pick(rng, LAST_NAMES)}" for _ in range(n_auth))
    nums = {k: str(rng.randrange(lo, hi + 1)) for k, (lo, hi) in study.get("nums", {}).items()}
    vals = {k: pick(rng, v) for k, v in study.get("slots", {}).items()}
    vals.update(nums)
    sections = [(name, pick(rng, study[name]).format(**vals)) for name in ("background", "methods", "results", "conclusion")]
    if structured:
        body = "\n\n".join(f"**{name.capitalize()}:** {text}" for name, text in sections)
    else:
        body = " ".join(text for _, text in sections)
    year = rng.randrange(2008, 2025)
    meta = f"{pick(rng, journals)} ({year}) {rng.randrange(3, 120)}({rng.randrange(1, 12)}): {rng.randrange(100, 9000)}. doi:10.{rng.randrange(1000, 9999)}/{rng.randrange(100000, 999999)}"
    keywords = "Keywords: " + "; ".join(_k(rng, study["keywords"], 3, 5))
    return paragraphs([pick(rng, study["title"]).format(**vals), authors, meta, "Abstract", body, keywords])


BIO_STUDIES = [
    {
        "title": ["Thermal tolerance of {species} populations along an elevational gradient", "Local adaptation to temperature in {species}"],
        "slots": {"species": ["the alpine salamander Plethodon sp.", "the bumblebee Bombus vosnesenskii", "the intertidal snail Littorina sitkana", "montane Drosophila"]},
        "nums": {"pops": (6, 24), "elev": (900, 3400), "ct": (1, 4)},
        "background": ["Understanding how organisms cope with rising temperatures requires knowing whether thermal limits vary among populations. We examined this question in {species}.", "Populations at different elevations experience contrasting thermal regimes, yet the extent of local adaptation in thermal physiology remains unclear for {species}."],
        "methods": ["We collected individuals from {pops} sites spanning {elev} m of elevation and measured critical thermal maxima (CTmax) after common-garden acclimation.", "Using {pops} populations reared under common conditions, we quantified upper and lower thermal limits and estimated heritability with a half-sib design."],
        "results": ["CTmax declined by approximately 0.{ct} °C per 100 m of elevation, and differences persisted after two generations in the laboratory, indicating a genetic component.", "Low-elevation populations tolerated temperatures up to {ct} °C higher than high-elevation populations, while cold tolerance showed no consistent cline."],
        "conclusion": ["These results suggest that high-elevation populations may be disproportionately vulnerable to warming and should be prioritized in conservation planning.", "Our findings highlight the importance of population-level variation when forecasting species responses to climate change."],
        "keywords": ["thermal tolerance", "local adaptation", "climate change", "CTmax", "elevation", "physiology"],
    },
    {
        "title": ["Gut microbiome composition shifts with diet in {species}", "Seasonal dietary change restructures the gut microbiota of {species}"],
        "slots": {"species": ["wild house mice", "the black-capped chickadee", "captive red pandas", "honey bee workers"]},
        "nums": {"n": (40, 260), "asv": (800, 6000), "pct": (12, 48)},
        "background": ["Host diet is a major driver of gut microbial communities, but longitudinal data from wild or semi-wild animals are scarce.", "The gut microbiota influences nutrition, immunity and behavior, yet how it responds to natural seasonal shifts in diet is poorly understood in {species}."],
        "methods": ["We sampled feces from {n} individuals of {species} across four seasons and sequenced the V4 region of the 16S rRNA gene.", "Fecal samples (n = {n}) were analyzed by 16S rRNA amplicon sequencing, yielding {asv} amplicon sequence variants, and paired with stable isotope estimates of diet."],
        "results": ["Alpha diversity peaked in late summer, and season explained {pct}% of the variation in community composition (PERMANOVA, p < 0.001).", "Bacteroidetes increased during periods of high plant intake, whereas Firmicutes dominated when animal protein was abundant; diet accounted for {pct}% of beta-diversity."],
        "conclusion": ["Gut communities in {species} are highly dynamic, and single time-point studies may substantially misrepresent the typical microbiome.", "These results emphasize the plasticity of host-associated microbial communities in response to resource availability."],
        "keywords": ["microbiome", "16S rRNA", "diet", "seasonality", "host-microbe interactions"],
    },
    {
        "title": ["CRISPR knockout of {gene} disrupts fin regeneration in zebrafish", "A role for {gene} in blastema formation during zebrafish fin regeneration"],
        "slots": {"gene": ["msxb", "fgf20a", "sall4", "wnt10a"]},
        "nums": {"dpa": (3, 14), "pct": (30, 80), "n": (24, 96)},
        "background": ["Zebrafish regenerate amputated fins through the formation of a blastema, a mass of proliferating progenitor cells, but the genes required for blastema formation are incompletely known.", "Appendage regeneration in teleost fish offers a tractable model for identifying factors that control tissue regrowth."],
        "methods": ["We generated {gene} mutant lines using CRISPR/Cas9 and assessed caudal fin regrowth in adult fish (n = {n}) following amputation.", "Adult {gene} mutants and wild-type siblings (n = {n}) were amputated and imaged over time; proliferation was assessed by EdU incorporation."],
        "results": ["Mutants showed a {pct}% reduction in regenerate length at {dpa} days post amputation and markedly fewer proliferating cells in the distal blastema.", "Loss of {gene} delayed blastema formation and reduced regenerate length by {pct}% at {dpa} dpa, although patterning of fin rays was preserved."],
        "conclusion": ["{gene} is required for timely blastema formation, identifying it as a candidate regulator of regenerative capacity.", "Our data place {gene} upstream of the proliferative response during fin regeneration."],
        "keywords": ["regeneration", "zebrafish", "blastema", "CRISPR", "developmental biology"],
    },
    {
        "title": ["Pollinator visitation declines with urbanization in {plant}", "Urban heat and pollinator networks: evidence from {plant}"],
        "slots": {"plant": ["native prairie forbs", "wild blackberry", "community garden squash", "roadside clover"]},
        "nums": {"sites": (12, 40), "hours": (180, 900), "pct": (18, 55)},
        "background": ["Urbanization alters habitat structure and temperature, with potential consequences for plant-pollinator interactions.", "Cities are expanding rapidly, yet the effects of urban land cover on pollination services remain debated."],
        "methods": ["We conducted {hours} hours of standardized observations of {plant} at {sites} sites along an urban-rural gradient and measured seed set.", "Across {sites} sites, we recorded insect visits to {plant} and quantified impervious surface cover within a 500 m radius."],
        "results": ["Visitation rates decreased by {pct}% from rural to highly urban sites, driven primarily by declines in ground-nesting bees, while syrphid flies were unaffected.", "Impervious surface was negatively associated with bee abundance and with seed set, which fell by {pct}% at the most urban sites."],
        "conclusion": ["Maintaining nesting habitat in urban green spaces may help buffer pollination services.", "Urban planning that incorporates floral resources and bare ground could mitigate these losses."],
        "keywords": ["pollination", "urban ecology", "bees", "seed set", "land use"],
    },
]
PHYS_STUDIES = [
    {
        "title": ["Observation of {effect} in twisted bilayer {material}", "Tunable {effect} in moiré {material} heterostructures"],
        "slots": {"effect": ["correlated insulating states", "superconductivity", "an anomalous Hall effect"], "material": ["graphene", "WSe2", "MoTe2"]},
        "nums": {"angle": (9, 14), "tk": (1, 9), "n": (2, 9)},
        "background": ["Moiré superlattices formed by stacking two-dimensional crystals with a small twist angle host flat electronic bands in which interactions dominate.", "Flat bands in twisted van der Waals materials provide a platform for studying strongly correlated electron physics."],
        "methods": ["We fabricated dual-gated devices of twisted bilayer {material} with twist angles near 1.{angle}° and performed transport measurements down to 20 mK.", "Using the tear-and-stack technique, we prepared {n} samples and characterized them by magnetotransport and scanning tunneling spectroscopy."],
        "results": ["We observe {effect} at integer fillings of the moiré band, with characteristic temperatures up to {tk} K, that can be switched on and off by the displacement field.", "The data reveal {effect} whose onset depends sensitively on twist angle, disappearing for deviations larger than 0.1°."],
        "conclusion": ["These results establish twisted {material} as a tunable platform for exploring interaction-driven phases.", "Our findings constrain theoretical models of correlated states in moiré systems."],
        "keywords": ["moiré materials", "2D materials", "strong correlations", "electron transport", "van der Waals heterostructures"],
    },
    {
        "title": ["A search for {signal} in {survey} data", "Constraints on {signal} from {survey}"],
        "slots": {"signal": ["periodic variability in quasars", "faint dwarf galaxies around the Milky Way", "fast radio burst host galaxies"], "survey": ["five years of optical survey", "deep wide-field imaging", "radio interferometric"]},
        "nums": {"n": (120, 9000), "sig": (3, 6), "z": (1, 4)},
        "background": ["Large time-domain and wide-field surveys are enabling statistical studies of rare astrophysical phenomena.", "Identifying {signal} tests models of structure formation and black hole evolution."],
        "methods": ["We analyzed {survey} data covering several thousand square degrees and applied a matched-filter search to {n} candidate sources.", "We developed an injection-recovery pipeline to quantify completeness and applied it to a catalog of {n} objects."],
        "results": ["We identify {sig} new candidates at high significance and place upper limits on the occurrence rate out to redshift z ~ {z}.", "No detection exceeds {sig} sigma after accounting for red noise, and we derive upper limits that are a factor of several below previous estimates."],
        "conclusion": ["Upcoming surveys with greater depth and cadence will be able to test these results decisively.", "Our constraints highlight the importance of careful noise modeling in time-domain searches."],
        "keywords": ["surveys", "galaxies", "time-domain astronomy", "statistical methods", "cosmology"],
    },
    {
        "title": ["Drag reduction by {surface} in turbulent channel flow", "Turbulent skin friction over {surface}"],
        "slots": {"surface": ["superhydrophobic surfaces", "riblet-textured walls", "compliant coatings"]},
        "nums": {"re": (180, 1000), "pct": (5, 35)},
        "background": ["Reducing skin-friction drag in wall-bounded turbulence has broad implications for energy efficiency in pipelines and vehicles.", "Passive surface modifications offer a simple route to drag reduction without active control."],
        "methods": ["We performed direct numerical simulations of turbulent channel flow at friction Reynolds numbers up to {re} with {surface} on both walls.", "Particle image velocimetry measurements were conducted in a water channel at Re_tau = {re} to characterize flow over {surface}."],
        "results": ["Drag reduction of up to {pct}% was obtained, accompanied by weakened near-wall streamwise vortices and a shift in the logarithmic region.", "The drag reduction of {pct}% decreased at higher Reynolds numbers, consistent with the growth of the viscous sublayer relative to texture size."],
        "conclusion": ["The results provide scaling guidance for the design of practical drag-reducing surfaces.", "Our analysis clarifies the mechanisms by which {surface} modify near-wall turbulence."],
        "keywords": ["turbulence", "drag reduction", "DNS", "boundary layers", "fluid mechanics"],
    },
    {
        "title": ["High-efficiency {device} based on {tech}", "Room-temperature {device} using {tech}"],
        "slots": {"device": ["single-photon sources", "frequency combs", "optical isolators"], "tech": ["thin-film lithium niobate", "silicon nitride microresonators", "quantum dots in nanophotonic cavities"]},
        "nums": {"eff": (40, 92), "q": (2, 9)},
        "background": ["Integrated photonics promises compact, scalable components for communication, sensing and quantum information.", "Realizing {device} on a chip remains a key challenge for photonic integrated circuits."],
        "methods": ["We designed and fabricated {device} based on {tech}, with loaded quality factors exceeding {q} million.", "Devices were fabricated using electron-beam lithography and characterized with a tunable continuous-wave laser."],
        "results": ["We demonstrate an efficiency of {eff}% with low loss and stable operation over more than 24 hours.", "Measured performance reaches {eff}% of the theoretical limit, an improvement over previous on-chip implementations."],
        "conclusion": ["This platform is compatible with foundry processes and could enable large-scale photonic systems.", "These results represent a step toward practical integrated {device}."],
        "keywords": ["integrated photonics", "nonlinear optics", "nanofabrication", "quantum optics", "resonators"],
    },
]
ECON_STUDIES = [
    {
        "title": ["Minimum wage increases and {outcome}: evidence from {setting}", "The effect of local minimum wages on {outcome}"],
        "slots": {"outcome": ["teen employment", "restaurant prices", "worker turnover"], "setting": ["county border pairs", "city-level ordinances", "state panel data"]},
        "nums": {"n": (80, 900), "pct": (1, 9), "years": (8, 25)},
        "background": ["A long literature debates the employment effects of minimum wage increases.", "Recent city-level minimum wage ordinances provide new variation to study labor market effects."],
        "methods": ["We exploit {setting} and a difference-in-differences design covering {years} years and {n} local labor markets.", "Using {setting} and a synthetic control approach, we estimate effects on {outcome} for {n} treated areas."],
        "results": ["We find that a 10 percent increase in the minimum wage raised earnings of affected workers by roughly {pct} percent with no statistically significant effect on {outcome}.", "Estimated effects on {outcome} are small: a 10 percent increase is associated with a {pct} percent change, with confidence intervals that exclude large job losses."],
        "conclusion": ["Our results suggest that moderate increases have limited adverse effects in the short run.", "These findings inform the design of regional minimum wage policies."],
        "keywords": ["minimum wage", "labor markets", "difference-in-differences", "employment", "J38"],
    },
    {
        "title": ["Remittances and household investment in {region}", "Do remittances relax credit constraints? Evidence from {region}"],
        "slots": {"region": ["rural Guatemala", "the Philippines", "Senegal", "Nepal"]},
        "nums": {"n": (1200, 9000), "pct": (6, 25)},
        "background": ["International remittances are a large source of external finance for many developing economies.", "Whether remittances are consumed or invested has important implications for long-run development."],
        "methods": ["Using panel data on {n} households in {region}, we instrument remittance receipts with exchange-rate shocks in migrant destination countries.", "We combine household survey data (N = {n}) from {region} with migration histories and use a shift-share instrument."],
        "results": ["A one-standard-deviation increase in remittances raises investment in small enterprises by {pct} percent and increases school enrollment of girls.", "Remittance-receiving households are {pct} percent more likely to own productive assets, with larger effects among those lacking access to formal credit."],
        "conclusion": ["Remittances appear to partly substitute for missing credit markets.", "Policies that lower the cost of sending money could have meaningful development benefits."],
        "keywords": ["remittances", "migration", "development", "credit constraints", "O15"],
    },
    {
        "title": ["Zoning reform and housing supply: evidence from {setting}", "Upzoning and rents in {setting}"],
        "slots": {"setting": ["a large metropolitan area", "mid-sized US cities", "Auckland"]},
        "nums": {"n": (3000, 40000), "pct": (3, 30)},
        "background": ["Restrictive land-use regulation is widely blamed for high housing costs, but causal evidence on the effects of reform is limited.", "Many jurisdictions have recently relaxed zoning rules to allow denser housing."],
        "methods": ["We use parcel-level data on {n} properties in {setting} and compare upzoned and non-upzoned parcels before and after the reform.", "Exploiting the staggered timing of zoning changes across neighborhoods in {setting}, we estimate effects on permits, construction and rents."],
        "results": ["Permitted units on upzoned parcels increased by {pct} percent within five years, with most new construction in the form of townhouses and small apartment buildings.", "We estimate a {pct} percent increase in new construction and modest downward pressure on rents in adjacent areas."],
        "conclusion": ["Zoning reform can meaningfully expand housing supply, though effects take several years to materialize.", "These findings support land-use reform as one tool for addressing housing affordability."],
        "keywords": ["housing", "zoning", "urban economics", "land use", "R31"],
    },
    {
        "title": ["Tariff pass-through to {goods} prices", "Who pays for tariffs? Evidence from {goods}"],
        "slots": {"goods": ["consumer durables", "steel-using manufacturers", "agricultural imports"]},
        "nums": {"pct": (60, 100), "n": (400, 12000)},
        "background": ["The incidence of import tariffs, whether borne by foreign exporters or domestic buyers, is central to evaluating trade policy.", "Recent tariff escalations provide a natural experiment for measuring pass-through."],
        "methods": ["We use customs microdata covering {n} product lines and compare price changes for tariffed and untariffed varieties.", "Using monthly product-level import prices for {n} goods, we estimate pass-through with an event study design."],
        "results": ["We find close to {pct} percent pass-through of tariffs to import prices, implying that the burden fell largely on domestic purchasers.", "Pass-through to retail prices of {goods} was around {pct} percent after six months, with heterogeneity by market concentration."],
        "conclusion": ["Our results indicate substantial costs to domestic consumers and firms.", "The findings have implications for the welfare analysis of trade protection."],
        "keywords": ["tariffs", "trade policy", "pass-through", "prices", "F13"],
    },
]


def _make_abstract_biology(rng: random.Random) -> str:
    return _abstract(rng, pick(rng, BIO_STUDIES), ["Journal of Experimental Biology", "Molecular Ecology", "Ecology Letters", "Development", "Proc. R. Soc. B"], rng.random() < 0.4)


def _make_abstract_physics(rng: random.Random) -> str:
    return _abstract(rng, pick(rng, PHYS_STUDIES), ["Physical Review B", "Astrophysical Journal", "Journal of Fluid Mechanics", "Optica", "Nature Physics"], rng.random() < 0.2)


def _make_abstract_economics(rng: random.Random) -> str:
    return _abstract(rng, pick(rng, ECON_STUDIES), ["Journal of Labor Economics", "Journal of Development Economics", "Journal of Urban Economics", "American Economic Journal: Economic Policy", "NBER Working Paper"], rng.random() < 0.3)


# ---------------------------------------------------------------------------
# 17. Terms of service (long legal text).
# ---------------------------------------------------------------------------

TOS_SECTIONS = [
    ("Acceptance of Terms", [
        "By accessing or using the {service} website, mobile applications or related services (collectively, the \"Services\"), you agree to be bound by these Terms of Service (\"Terms\"). If you do not agree to these Terms, do not use the Services.",
        "These Terms form a legally binding agreement between you and {company} (\"{short},\" \"we,\" \"us\" or \"our\"). Please read them carefully, including the arbitration provision in Section {arb}, which affects how disputes are resolved.",
    ]),
    ("Eligibility", [
        "You must be at least 18 years old, or the age of majority in your jurisdiction, to create an account. If you are using the Services on behalf of an organization, you represent that you have authority to bind that organization to these Terms.",
        "The Services are not directed to children under 13. If we learn that we have collected personal information from a child under 13, we will delete it as required by applicable law.",
    ]),
    ("Your Account", [
        "You are responsible for maintaining the confidentiality of your login credentials and for all activity that occurs under your account. Notify us immediately at {email} if you suspect unauthorized use.",
        "You agree to provide accurate, current and complete information when creating an account and to update it as necessary. We may suspend accounts that contain false or misleading information.",
    ]),
    ("Subscriptions, Billing and Cancellation", [
        "Certain features require a paid subscription. Subscriptions renew automatically at the end of each billing period unless you cancel before the renewal date. You authorize us to charge your payment method for each renewal.",
        "You may cancel at any time from your account settings. Cancellation takes effect at the end of the current billing period, and except where required by law, fees are non-refundable.",
        "We may change subscription prices upon at least 30 days' notice. If you do not agree to a price change, you may cancel before it takes effect.",
    ]),
    ("Orders and Delivery", [
        "All orders are subject to acceptance and availability. Delivery windows are estimates and {short} is not liable for delays caused by carriers, weather or events beyond our reasonable control.",
        "Risk of loss passes to you upon delivery to the address you provide. Please inspect items promptly and report damage within 48 hours of receipt.",
    ]),
    ("User Content", [
        "You retain ownership of content you submit, such as reviews, photos and comments (\"User Content\"). By submitting User Content, you grant {short} a worldwide, non-exclusive, royalty-free license to use, reproduce, modify and display it in connection with operating and promoting the Services.",
        "You represent that you have all rights necessary to grant this license and that your User Content does not infringe the rights of any third party.",
    ]),
    ("Prohibited Conduct", [
        "You agree not to: (a) use the Services for any unlawful purpose; (b) harass, threaten or impersonate any person; (c) upload viruses or other malicious code; (d) scrape or collect data from the Services by automated means without our written permission; (e) interfere with the security or proper functioning of the Services; or (f) resell or commercially exploit the Services except as expressly permitted.",
        "We reserve the right, but have no obligation, to monitor, remove or refuse any content or activity that we believe violates these Terms.",
    ]),
    ("Intellectual Property", [
        "The Services and all content and materials on them, including logos, designs, text, graphics and software, are owned by {short} or its licensors and are protected by copyright, trademark and other laws.",
        "Subject to these Terms, we grant you a limited, revocable, non-transferable license to access and use the Services for your personal, non-commercial use.",
    ]),
    ("Termination", [
        "We may suspend or terminate your access to the Services at any time, with or without notice, if we reasonably believe you have violated these Terms. Upon termination, your right to use the Services ends immediately.",
        "Sections that by their nature should survive termination, including ownership provisions, warranty disclaimers, indemnity and limitations of liability, will survive.",
    ]),
    ("Disclaimer of Warranties", [
        "THE SERVICES ARE PROVIDED \"AS IS\" AND \"AS AVAILABLE\" WITHOUT WARRANTIES OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NON-INFRINGEMENT. WE DO NOT WARRANT THAT THE SERVICES WILL BE UNINTERRUPTED OR ERROR-FREE.",
        "Information provided through the Services, including fitness, nutrition or wellness content, is for general informational purposes only and is not a substitute for professional advice.",
    ]),
    ("Limitation of Liability", [
        "TO THE MAXIMUM EXTENT PERMITTED BY LAW, IN NO EVENT WILL {caps} BE LIABLE FOR ANY INDIRECT, INCIDENTAL, SPECIAL, CONSEQUENTIAL OR PUNITIVE DAMAGES, OR ANY LOSS OF PROFITS OR REVENUES, ARISING OUT OF OR RELATED TO YOUR USE OF THE SERVICES.",
        "OUR TOTAL LIABILITY FOR ANY CLAIM ARISING OUT OF THESE TERMS WILL NOT EXCEED THE GREATER OF ONE HUNDRED DOLLARS ($100) OR THE AMOUNT YOU PAID US IN THE TWELVE MONTHS BEFORE THE CLAIM AROSE.",
    ]),
    ("Indemnification", [
        "You agree to indemnify and hold harmless {short}, its affiliates, officers, employees and agents from any claims, damages, losses and expenses, including reasonable attorneys' fees, arising out of your use of the Services or your violation of these Terms.",
    ]),
    ("Dispute Resolution; Arbitration", [
        "Any dispute arising out of or relating to these Terms or the Services will be resolved by binding individual arbitration rather than in court, except that either party may bring an individual claim in small claims court. YOU WAIVE ANY RIGHT TO PARTICIPATE IN A CLASS ACTION.",
        "You may opt out of this arbitration agreement by sending written notice to {email} within 30 days of first accepting these Terms.",
    ]),
    ("Governing Law", [
        "These Terms are governed by the laws of the State of {state}, without regard to its conflict of laws principles. Subject to the arbitration provision, the state and federal courts located in {county} County, {state} will have exclusive jurisdiction.",
    ]),
    ("Changes to These Terms", [
        "We may update these Terms from time to time. If we make material changes, we will notify you by email or through the Services at least 14 days before they take effect. Your continued use of the Services after that date constitutes acceptance of the revised Terms.",
    ]),
    ("Contact Us", [
        "Questions about these Terms may be sent to {email} or by mail to {company}, Attn: Legal, {addr}.",
    ]),
]
TOS_COMPANIES = [
    ("Harvest Box Meal Kits, Inc.", "Harvest Box", "Harvest Box service"),
    ("StrideFit Labs LLC", "StrideFit", "StrideFit"),
    ("Nookbook Marketplace Corp.", "Nookbook", "Nookbook marketplace"),
    ("PawPal Services, Inc.", "PawPal", "PawPal pet-sitting"),
    ("Trailhead Outfitters Co.", "Trailhead", "Trailhead online store"),
    ("Quillpage Publishing LLC", "Quillpage", "Quillpage reading"),
]
TOS_STATES = ["Delaware", "California", "New York", "Washington", "Colorado", "Texas"]


def _make_terms_of_service(rng: random.Random) -> str:
    company, short, service = pick(rng, TOS_COMPANIES)
    state = pick(rng, TOS_STATES)
    slots = dict(company=company, short=short, service=service, caps=short.upper(), state=state,
                 county=pick(rng, ["New Castle", "Santa Clara", "King", "Denver", "Travis", "Kings"]),
                 email=f"legal@{short.lower()}.com", arb=str(rng.randrange(11, 15)),
                 addr=f"{rng.randrange(100, 9999)} {pick(rng, ['Market', 'Commerce', 'Pine', 'Bay'])} Street, Suite {rng.randrange(100, 900)}")
    chosen = [s for i, s in enumerate(TOS_SECTIONS) if i < 2 or i >= len(TOS_SECTIONS) - 2 or rng.random() < 0.75]
    out = [f"{short} Terms of Service", f"Last updated: {_date(rng, 2019, 2024)}"]
    if rng.random() < 0.5:
        out.append("PLEASE READ THESE TERMS CAREFULLY. THEY CONTAIN A BINDING ARBITRATION AGREEMENT AND CLASS ACTION WAIVER.")
    for n, (title, paras) in enumerate(chosen, 1):
        texts = paras if rng.random() < 0.6 else paras[:1]
        out.append(f"{n}. {title}\n\n" + "\n\n".join(f"{n}.{j} {t.format(**slots)}" if len(texts) > 1 else t.format(**slots) for j, t in enumerate(texts, 1)))
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 18. Software README.
# ---------------------------------------------------------------------------

README_PROJECTS = [
    {
        "name": ["datewise", "whenly", "chronoparse"],
        "tagline": "Parse messy human-written dates into `datetime` objects. Zero dependencies.",
        "lang": "python",
        "install": "pip install {name}",
        "usage": "from {name} import parse\n\nparse(\"next tuesday at 3pm\")\n# datetime.datetime(2024, 3, 12, 15, 0)\n\nparse(\"3 weeks ago\", relative_to=some_date)",
        "features": ["Handles relative expressions (\"in 2 days\", \"last friday\")", "Understands 14 languages", "Strict mode that raises instead of guessing", "Fully typed, works with mypy", "Tiny: under 40 KB"],
    },
    {
        "name": ["tidyfs", "dustpan", "sweep-cli"],
        "tagline": "A small command-line tool that finds and removes duplicate files.",
        "lang": "bash",
        "install": "cargo install {name}",
        "usage": "{name} scan ~/Pictures --min-size 100k\n{name} clean ~/Pictures --keep newest --dry-run",
        "features": ["Fast content hashing with size pre-filtering", "Dry-run mode by default", "Move to trash instead of deleting", "JSON output for scripting", "Respects .gitignore"],
    },
    {
        "name": ["pagecraft", "inkwell-ssg", "quarry"],
        "tagline": "A minimal static site generator for blogs and documentation.",
        "lang": "bash",
        "install": "npm install -g {name}",
        "usage": "{name} new my-blog\ncd my-blog\n{name} serve   # live reload at http://localhost:4000\n{name} build   # output goes to ./public",
        "features": ["Markdown with front matter", "Built-in RSS and sitemap", "Syntax highlighting", "Incremental builds", "Themes are just folders of templates"],
    },
    {
        "name": ["go-ratelimit", "throttle", "bucketeer"],
        "tagline": "Token-bucket rate limiting middleware for Go HTTP servers.",
        "lang": "go",
        "install": "go get github.com/example/{name}",
        "usage": "limiter := {name}.New(10, time.Second) // 10 requests per second\nhttp.Handle(\"/\", limiter.Wrap(myHandler))",
        "features": ["Per-IP or per-key limits", "Redis backend for multi-instance deployments", "Standard `Retry-After` headers", "No global state"],
    },
]
README_SECTIONS_EXTRA = [
    "## Configuration\n\nSettings can be placed in a `{name}.toml` file in your project root or passed as command-line flags. Flags always win.\n\n| Option | Default | Description |\n|---|---|---|\n| `verbose` | `false` | Print extra logging |\n| `color` | `auto` | Colorize output |\n| `workers` | number of CPUs | Parallel jobs |",
    "## Running the tests\n\n```\ngit clone https://github.com/example/{name}\ncd {name}\nmake test\n```",
    "## FAQ\n\n**Does it work on Windows?** Yes, since 0.4. Please open an issue if something breaks.\n\n**Why not use X instead?** X is great! {name} is smaller and does less, on purpose.",
    "## Contributing\n\nPull requests are welcome. For major changes, please open an issue first to discuss what you would like to change. Please make sure to update tests as appropriate and run the linter before submitting.",
    "## Roadmap\n\n- [x] Basic functionality\n- [x] Config file support\n- [ ] Plugin system\n- [ ] Better error messages\n- [ ] Docs site",
    "## Acknowledgements\n\nThanks to everyone who filed bugs and sent patches, and to the maintainers of the libraries this project builds on.",
]


def _make_readme(rng: random.Random) -> str:
    p = pick(rng, README_PROJECTS)
    name = pick(rng, p["name"])
    badges = " ".join(f"![{b}](https://img.shields.io/badge/{b}-{v}-blue)" for b, v in [("build", "passing"), ("version", f"{rng.randrange(0, 3)}.{rng.randrange(0, 20)}.{rng.randrange(0, 10)}"), ("license", pick(rng, ["MIT", "Apache--2.0", "BSD--3"]))][: rng.randrange(1, 4)])
    feats = "\n".join(f"- {f}" for f in _k(rng, p["features"], 3, 5))
    extra = [s.format(name=name) for s in _k(rng, README_SECTIONS_EXTRA, 1, 4)]
    lic = pick(rng, ["MIT", "Apache 2.0", "BSD 3-Clause", "GPL-3.0"])
    return paragraphs([
        f"# {name}",
        badges,
        p["tagline"],
        "## Features\n\n" + feats,
        "## Installation\n\n```\n" + p["install"].format(name=name) + "\n```",
        f"## Usage\n\n```{p['lang']}\n" + p["usage"].format(name=name) + "\n```",
        *extra,
        f"## License\n\n{lic} © {rng.randrange(2016, 2025)} {_person(rng)}",
    ])


# ---------------------------------------------------------------------------
# 19. Software changelog.
# ---------------------------------------------------------------------------

CHANGELOG_ENTRIES = {
    "Added": [
        "Support for reading configuration from environment variables.", "`--quiet` flag to suppress progress output.",
        "Windows ARM64 builds.", "Dark mode for the settings page.", "Export to CSV from the reports view.",
        "Retry with exponential backoff for network requests.", "A `--version` flag that prints build metadata.",
        "Keyboard shortcut (Ctrl+K) to open the command palette.", "Type hints for the public API.",
    ],
    "Changed": [
        "Minimum supported Python version is now 3.9.", "Default timeout increased from 10s to 30s.",
        "Log messages are now written to stderr instead of stdout.", "Improved error message when the config file is missing.",
        "Upgraded bundled SQLite to 3.45.", "Sorting is now stable when two items have the same date.",
        "Renamed `max_items` to `limit` (the old name still works but logs a warning).",
    ],
    "Fixed": [
        "Crash when the input file was empty (#{n}).", "Memory leak when reopening large projects repeatedly.",
        "Incorrect totals when a row contained a negative value (#{n}).", "Timezone offset was applied twice for some locales.",
        "Progress bar flickered on narrow terminals.", "Unicode filenames were mangled on Windows (#{n}).",
        "Race condition that occasionally caused duplicate notifications.", "Broken link in the help menu.",
        "The app no longer forgets window size on restart.",
    ],
    "Deprecated": ["The `legacy` output format will be removed in the next major release.", "`Client.fetch_all()` is deprecated in favor of `Client.iter_all()`."],
    "Removed": ["Dropped support for Node 16.", "Removed the unused `--fast` flag.", "Removed the experimental sync backend."],
    "Security": ["Updated a transitive dependency to address a reported vulnerability.", "Session cookies are now marked `SameSite=Lax`."],
}


def _make_changelog(rng: random.Random) -> str:
    major, minor, patch = rng.randrange(0, 5), rng.randrange(0, 15), rng.randrange(0, 8)
    year = rng.randrange(2018, 2025)
    out = ["# Changelog", "All notable changes to this project will be documented in this file.\n\nThe format is based on Keep a Changelog, and this project adheres to Semantic Versioning."] if rng.random() < 0.6 else ["# Release notes"]
    if rng.random() < 0.4:
        out.append("## [Unreleased]\n\n### Added\n- " + pick(rng, CHANGELOG_ENTRIES["Added"]))
    for _ in range(rng.randrange(1, 4)):
        version = f"{major}.{minor}.{patch}"
        month, day = rng.randrange(1, 13), rng.randrange(1, 29)
        block = [f"## [{version}] - {year}-{month:02d}-{day:02d}"]
        for section in _k(rng, list(CHANGELOG_ENTRIES), 1, 4):
            items = _k(rng, CHANGELOG_ENTRIES[section], 1, 3)
            block.append(f"### {section}\n" + "\n".join(f"- {i.format(n=rng.randrange(100, 2400))}" for i in items))
        out.append("\n\n".join(block))
        if patch:
            patch -= 1
        elif minor:
            minor, patch = minor - 1, rng.randrange(0, 4)
        else:
            year -= 1
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 20. Stack-Overflow-like Q&A about a Python error.
# ---------------------------------------------------------------------------

SOQA_CASES = [
    {
        "title": ["TypeError: 'NoneType' object is not subscriptable when reading config", "Why do I get 'NoneType' object is not subscriptable?"],
        "question": "I have a function that loads settings and then I read a key from the result, but I keep getting this error:\n\n```\nTraceback (most recent call last):\n  File \"app.py\", line {line}, in <module>\n    port = settings[\"port\"]\nTypeError: 'NoneType' object is not subscriptable\n```\n\nHere's the code:\n\n```python\nimport json\n\ndef load_settings(path):\n    with open(path) as f:\n        data = json.load(f)\n    data.setdefault(\"port\", 8080)\n\nsettings = load_settings(\"config.json\")\nport = settings[\"port\"]\n```\n\nThe file definitely exists and has valid JSON. What am I doing wrong?",
        "answers": [
            "Your function never returns anything, so it implicitly returns `None`. Add `return data` at the end of `load_settings`:\n\n```python\ndef load_settings(path):\n    with open(path) as f:\n        data = json.load(f)\n    data.setdefault(\"port\", 8080)\n    return data\n```",
            "Every Python function without an explicit `return` returns `None`. The `json.load` part is fine; it's just that `settings` is `None` because nothing is returned. A quick way to catch this kind of thing is a type checker like mypy, which would flag `settings[\"port\"]` on an `Optional` value.",
        ],
    },
    {
        "title": ["ModuleNotFoundError: No module named 'requests' even though I installed it", "pip install worked but import fails"],
        "question": "I ran `pip install requests` and it said `Successfully installed requests-2.31.0`. But when I run my script:\n\n```\n$ python3 scrape.py\nTraceback (most recent call last):\n  File \"scrape.py\", line 1, in <module>\n    import requests\nModuleNotFoundError: No module named 'requests'\n```\n\nI'm on {os}. What's going on?",
        "answers": [
            "`pip` and `python3` are probably pointing at different interpreters. Use `python3 -m pip install requests` so the package goes into the same Python you're running. You can check with `which python3` and `pip --version`, which prints the Python it belongs to.",
            "Better long-term fix: use a virtual environment per project.\n\n```\npython3 -m venv .venv\nsource .venv/bin/activate\npip install requests\npython scrape.py\n```\n\nInside the venv, `pip` and `python` always match.",
            "If you're running from an IDE, check which interpreter it's configured to use. VS Code shows it in the bottom status bar, and it's often not the one you installed into.",
        ],
    },
    {
        "title": ["KeyError when iterating over a dictionary of lists", "KeyError: 'total' even though the key should be there"],
        "question": "I'm counting orders per customer:\n\n```python\ncounts = {{}}\nfor order in orders:\n    counts[order[\"customer\"]] += 1\n```\n\nThis throws `KeyError: 'C-{line}'` on the very first order. I thought dictionaries created keys automatically?",
        "answers": [
            "Plain dicts don't create keys on access. You can use `dict.get` with a default:\n\n```python\ncounts[order[\"customer\"]] = counts.get(order[\"customer\"], 0) + 1\n```\n\nor, more idiomatically, `collections.Counter`:\n\n```python\nfrom collections import Counter\ncounts = Counter(o[\"customer\"] for o in orders)\n```",
            "You're thinking of `collections.defaultdict`. `counts = defaultdict(int)` will give you 0 for missing keys, and your loop works unchanged.",
        ],
    },
    {
        "title": ["UnicodeDecodeError: 'utf-8' codec can't decode byte 0x92", "Reading a CSV gives UnicodeDecodeError"],
        "question": "Opening a CSV that someone exported from Excel:\n\n```python\nimport csv\nwith open(\"customers.csv\") as f:\n    for row in csv.reader(f):\n        print(row)\n```\n\n```\nUnicodeDecodeError: 'utf-8' codec can't decode byte 0x92 in position {pos}: invalid start byte\n```\n\nIt works for the other files. How do I fix this?",
        "answers": [
            "Byte 0x92 is a curly apostrophe in Windows-1252, which is what Excel often uses on Windows. Open it with that encoding:\n\n```python\nwith open(\"customers.csv\", encoding=\"cp1252\", newline=\"\") as f:\n```\n\nAlso pass `newline=\"\"` when using the csv module, as the docs recommend.",
            "If you don't know the encoding in advance, `errors=\"replace\"` will at least let you read the file, although you'll get replacement characters. The `charset-normalizer` package can guess the encoding if you need to handle many files.",
        ],
    },
    {
        "title": ["RecursionError: maximum recursion depth exceeded in my tree walker", "Recursive function hits maximum recursion depth"],
        "question": "I wrote a function to sum values in a nested structure:\n\n```python\ndef total(node):\n    return node[\"value\"] + sum(total(c) for c in node[\"children\"])\n```\n\nOn small inputs it's fine, but on a real file with about {n} nested levels I get `RecursionError: maximum recursion depth exceeded`. Should I just raise the limit?",
        "answers": [
            "You can raise it with `sys.setrecursionlimit`, but that risks crashing the interpreter with a real stack overflow. For deep structures it's better to use an explicit stack:\n\n```python\ndef total(root):\n    result, stack = 0, [root]\n    while stack:\n        node = stack.pop()\n        result += node[\"value\"]\n        stack.extend(node[\"children\"])\n    return result\n```",
            "Also double-check your data doesn't have a cycle (a child that points back to an ancestor). That gives the same error no matter how high you set the limit.",
        ],
    },
    {
        "title": ["IndentationError: unindent does not match any outer indentation level", "IndentationError but my code looks fine"],
        "question": "I copied a function from a tutorial and now I get:\n\n```\n  File \"bot.py\", line {line}\n    return result\n                 ^\nIndentationError: unindent does not match any outer indentation level\n```\n\nThe indentation looks identical to me in my editor. Is Python broken?",
        "answers": [
            "You've almost certainly mixed tabs and spaces. They look the same in many editors but Python sees them differently. Turn on 'render whitespace' in your editor and convert everything to 4 spaces.",
            "Run `python -m tabnanny bot.py`, which will point at the lines with inconsistent indentation. Most editors also have a 'convert indentation to spaces' command.",
        ],
    },
]
SOQA_COMMENTS = [
    "Please include the full traceback, not just the last line.",
    "Possible duplicate of a question with 2,000 upvotes, but the answer below is clearer.",
    "Can you post a minimal reproducible example?",
    "What Python version are you on?",
    "Oh wow, that was it. Thank you!",
    "This should be the accepted answer.",
]


def _make_so_python(rng: random.Random) -> str:
    case = pick(rng, SOQA_CASES)
    q = case["question"].format(line=rng.randrange(12, 240), os=pick(rng, ["macOS Sonoma", "Ubuntu 22.04", "Windows 11"]),
                                pos=rng.randrange(40, 9000), n=rng.randrange(1500, 20000))
    answers = _k(rng, case["answers"], 1, len(case["answers"]))
    out = [
        pick(rng, case["title"]),
        f"Asked {rng.randrange(1, 9)} years ago · Modified {rng.randrange(1, 11)} months ago · Viewed {rng.randrange(300, 250000):,} times",
        q,
        "python " + " ".join(_k(rng, ["python-3.x", "debugging", "dictionary", "pip", "csv", "recursion", "exception"], 1, 3)),
        f"asked by {_handle(rng)} ({rng.randrange(1, 900)} rep)",
    ]
    if rng.random() < 0.5:
        out.append("Comments:\n- " + "\n- ".join(_k(rng, SOQA_COMMENTS[:4], 1, 2)))
    for i, a in enumerate(answers):
        votes = rng.randrange(2, 800) // (i + 1)
        head = f"{'✓ Accepted answer · ' if i == 0 and rng.random() < 0.7 else ''}{votes} votes · answered by {_handle(rng)}"
        out.extend([head, a])
        if rng.random() < 0.3:
            out.append("– " + pick(rng, SOQA_COMMENTS[4:]))
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 21. Obituary.
# ---------------------------------------------------------------------------

OBIT_OPENERS = [
    "{name}, {age}, of {town}, passed away peacefully on {date}, surrounded by family.",
    "{name}, age {age}, died {date} at {hospice}, after a long illness borne with grace and humor.",
    "Our family is heartbroken to share that {name}, {age}, left us on {date}.",
    "{name} of {town} went home to be with the Lord on {date}. {pron} was {age}.",
]
OBIT_EARLY = [
    "{first} was born on {birth} in {birthplace}, the {nth} of {sibs} children of {parent1} and {parent2}. {pron} graduated from {town} High School, where {pron_l} played clarinet in the marching band.",
    "Born in {birthplace} in {birthyear}, {first} grew up on the family dairy farm and never lost the habit of waking before dawn.",
    "{first} was raised in {birthplace} and moved to {town} in {moveyear}, where {pron_l} would spend the rest of {poss} life.",
]
OBIT_CAREER = [
    "{pron} worked for {years} years as a {job}, retiring in {retire}.",
    "After serving in the {branch}, {first} built a long career as a {job} and was known for never missing a day.",
    "{pron} spent {years} years as a {job} and took great pride in the work, though {pron_l} always said {poss} real job was raising a family.",
]
OBIT_LIFE = [
    "{first} loved fishing on Lake {lake}, tending {poss} prize-winning dahlias, and beating the grandchildren at cribbage.",
    "{pron} was a devoted member of St. {saint} Church, where {pron_l} sang in the choir for more than thirty years.",
    "Anyone who knew {first} knew {poss} laugh, which could fill a room, and {poss} pies, which could end an argument.",
    "{pron} volunteered for decades at the food pantry and never met a stray cat {pron_l} wouldn't feed.",
    "{first} was an avid reader, a terrible golfer by {poss} own admission, and a lifelong fan of the Cubs.",
    "In retirement, {pron_l} and {spouse} traveled to all fifty states in a camper they named 'The Tortoise.'",
]
OBIT_SURVIVED = [
    "{pron} is survived by {poss} {spouse_rel} of {wed} years, {spouse}; children {kid1} ({kid1s}) and {kid2}; {gk} grandchildren; and {ggk} great-grandchildren.",
    "{first} is survived by {poss} children, {kid1} and {kid2}, {gk} grandchildren, and many nieces, nephews and friends. {pron} was preceded in death by {poss} {spouse_rel}, {spouse}, and {poss} brother {sib}.",
]
OBIT_SERVICES = [
    "Visitation will be held {weekday} from 4 to 7 p.m. at {funeral} Funeral Home. A Mass of Christian Burial will follow at 10 a.m. the next morning.",
    "The family will gather for a celebration of {first}'s life this summer. Memorial gifts may be sent to the {charity} in place of flowers.",
    "Services will be private. Online condolences may be shared at the funeral home's website.",
    "Funeral services are {weekday} at 11 a.m. at {funeral} Funeral Home, with burial in {town} Cemetery. Memorials may be directed to the {charity}.",
]
OBIT_JOBS = ["machinist", "nurse at County General", "rural mail carrier", "high school chemistry teacher", "bookkeeper", "union electrician", "school bus driver", "pharmacist"]
OBIT_CHARITIES = ["American Heart Association", "local humane society", "hospice that cared for him so gently", "Alzheimer's Association", "food pantry at First Methodist"]


def _make_obituary(rng: random.Random) -> str:
    female = rng.random() < 0.5
    pron, pron_l, poss = ("She", "she", "her") if female else ("He", "he", "his")
    first = pick(rng, ["Dorothy", "Margaret", "Evelyn", "Joan", "Barbara", "Shirley"]) if female else pick(rng, ["Robert", "Harold", "Eugene", "Richard", "Walter", "Donald"])
    middle = pick(rng, ["Ann", "Mae", "Louise", "Jean"]) if female else pick(rng, ["James", "Lee", "Allen", "Paul"])
    last = pick(rng, LAST_NAMES)
    age = rng.randrange(68, 101)
    year = rng.randrange(2012, 2025)
    birthyear = year - age
    town = pick(rng, TOWNS)
    slots = dict(
        name=f"{first} {middle} {last}" if rng.random() < 0.5 else f"{first} \"{pick(rng, ['Dot', 'Peg', 'Bud', 'Sonny', 'Skip', 'Tootie'])}\" {last}",
        first=first, age=str(age), town=town, date=f"{pick(rng, MONTHS)} {rng.randrange(1, 29)}, {year}",
        hospice=pick(rng, ["Hospice House", "St. Luke's Hospital", "home"]), pron=pron, pron_l=pron_l, poss=poss,
        birth=f"{pick(rng, MONTHS)} {rng.randrange(1, 29)}, {birthyear}", birthyear=str(birthyear),
        birthplace=pick(rng, TOWNS), nth=pick(rng, ["eldest", "second", "third", "youngest"]), sibs=_n(rng, 3, 9),
        parent1=pick(rng, ["Frank", "Earl", "Otto", "Clarence"]), parent2=pick(rng, ["Helen", "Ruth", "Mildred", "Irene"]),
        moveyear=str(birthyear + rng.randrange(20, 40)), years=_n(rng, 22, 41), job=pick(rng, OBIT_JOBS),
        retire=str(birthyear + rng.randrange(60, 67)), branch=pick(rng, ["U.S. Army", "U.S. Navy", "Air Force"]),
        lake=pick(rng, ["Winnemac", "Pleasant", "Shadow", "Greer"]), saint=pick(rng, ["Mary's", "Joseph's", "Paul's", "Agnes"]),
        spouse=pick(rng, FIRST_NAMES), spouse_rel="husband" if female else "wife", wed=_n(rng, 40, 68),
        kid1=pick(rng, FIRST_NAMES), kid1s=pick(rng, FIRST_NAMES), kid2=pick(rng, FIRST_NAMES), sib=pick(rng, FIRST_NAMES),
        gk=_n(rng, 2, 14), ggk=_n(rng, 2, 9), weekday=pick(rng, WEEKDAYS[:6]),
        funeral=pick(rng, ["Hansen-Price", "Oakwood", "Mueller & Sons", "Greenlawn"]), charity=pick(rng, OBIT_CHARITIES),
    )
    parts = [
        f"{slots['name']}\n{birthyear} – {year}",
        pick(rng, OBIT_OPENERS).format(**slots),
        " ".join([pick(rng, OBIT_EARLY), pick(rng, OBIT_CAREER)]).format(**slots),
        " ".join(_k(rng, OBIT_LIFE, 1, 3)).format(**slots),
        pick(rng, OBIT_SURVIVED).format(**slots),
        pick(rng, OBIT_SERVICES).format(**slots),
    ]
    return paragraphs(parts)


# ---------------------------------------------------------------------------
# 22. Wedding announcement.
# ---------------------------------------------------------------------------

WEDDING_OPENERS = [
    "{a} and {b} were married {date} at {venue} in {town}.",
    "{a_full}, daughter of {pa} of {town}, and {b_full}, son of {pb} of {town2}, were united in marriage on {date}.",
    "The wedding of {a} and {b} took place on {date} in an outdoor ceremony at {venue}.",
]
WEDDING_MIDDLES = [
    "The Rev. {officiant} officiated. The bride wore her mother's ivory lace gown, altered to add a sweetheart neckline, and carried a bouquet of white peonies and eucalyptus.",
    "The ceremony was officiated by a friend of the couple, who was ordained online for the occasion and managed not to cry until the vows.",
    "{maid} served as maid of honor, and {best} was best man. Bridesmaids wore dusty blue, and the couple's dog served as ring bearer with only one detour.",
    "A reception followed at {reception}, where guests danced until midnight and the couple cut a three-tier lemon cake made by the bride's aunt.",
    "The couple met {meet}, and {b} proposed {propose}.",
]
WEDDING_ENDINGS = [
    "The bride is a {job_a}. The groom is a {job_b}. After a honeymoon in {honeymoon}, the couple will live in {town}.",
    "The couple honeymooned in {honeymoon} and reside in {town} with their two cats.",
    "{a} is a graduate of {college} and works as a {job_a}. {b} works as a {job_b}. They will make their home in {town}.",
]


def _make_wedding(rng: random.Random) -> str:
    a, b = pick(rng, ["Emily", "Sarah", "Jessica", "Lauren", "Kayla", "Rachel", "Grace"]), pick(rng, ["Michael", "Tyler", "Andrew", "Jacob", "Nathan", "Kevin", "Luke"])
    la, lb = pick(rng, LAST_NAMES), pick(rng, LAST_NAMES)
    slots = dict(
        a=a, b=b, a_full=f"{a} {la}", b_full=f"{b} {lb}", date=_date(rng, 2015, 2024),
        venue=pick(rng, ["St. Bridget's Catholic Church", "the Old Mill at Copper Creek", "Harlow Botanical Garden", "the bride's family farm", "First Presbyterian Church"]),
        town=pick(rng, TOWNS), town2=pick(rng, TOWNS), pa=f"{pick(rng, FIRST_NAMES)} and {pick(rng, FIRST_NAMES)} {la}",
        pb=f"{pick(rng, FIRST_NAMES)} and {pick(rng, FIRST_NAMES)} {lb}", officiant=_person(rng), maid=_person(rng), best=f"{pick(rng, ['Ryan', 'Matt', 'Chris', 'Joe', 'Brandon', 'Eli'])} {pick(rng, LAST_NAMES)}",
        reception=pick(rng, ["the Elks Lodge", "Riverside Country Club", "a barn decorated with string lights", "the Grand Hotel ballroom"]),
        meet=pick(rng, ["in a college statistics class", "through mutual friends at a Fourth of July barbecue", "on a dating app, which they admit to now", "when they both reached for the last bag of ice at a gas station"]),
        propose=pick(rng, ["on a hike at sunrise", "at the same gas station two years later", "on Christmas Eve in front of both families", "at the top of the Ferris wheel at the county fair"]),
        job_a=pick(rng, ["pediatric nurse at Mercy Hospital", "graphic designer at a local design studio", "third grade teacher in the county school district", "loan officer at First Community Bank"]),
        job_b=pick(rng, ["civil engineer", "firefighter", "high school band director", "electrician", "software developer"]),
        honeymoon=pick(rng, ["Maui", "the Amalfi Coast", "Banff", "St. Lucia", "a cabin in the Smokies"]),
        college=pick(rng, ["State University", "Harlow College", "the community college", "Millbrook University"]),
    )
    parts = [pick(rng, ["Weddings", f"{a} {la} & {b} {lb}", "Announcements: Marriage"]), pick(rng, WEDDING_OPENERS).format(**slots)]
    parts += [m.format(**slots) for m in _k(rng, WEDDING_MIDDLES, 2, 4)]
    parts.append(pick(rng, WEDDING_ENDINGS).format(**slots))
    return paragraphs(parts)


# ---------------------------------------------------------------------------
# 23. Movie review (films with no AI).
# ---------------------------------------------------------------------------

MOVIE_FILMS = [
    {
        "title": "The Quiet Season", "genre": "family drama",
        "plot": [
            "Three adult siblings return to their father's apple orchard in upstate New York after his stroke, and have one harvest season to decide whether to sell.",
            "The oldest, a brittle corporate lawyer, wants out; the youngest, who never left, refuses to hear it; the middle sister mostly wants everyone to stop shouting at dinner.",
            "Nothing explodes. There are no villains, just old grievances and a lot of apples.",
        ],
        "praise": ["The ensemble is terrific, especially in a long, mostly wordless scene where the siblings sort through their mother's recipe box.", "The cinematography makes the orchard feel like a fourth sibling, golden and a little overgrown."],
        "gripes": ["At two hours and twenty minutes, it's about twenty minutes too long.", "A late subplot about a developer's offer feels borrowed from a TV movie."],
    },
    {
        "title": "Paper Moon Heist", "genre": "heist comedy",
        "plot": [
            "A retired forger, a nervous museum guard and a grandmother with a suspicious knowledge of alarm systems team up to steal back a painting that was swindled from her family decades ago.",
            "The plan, naturally, goes wrong in every possible way, and then in a few impossible ones.",
            "The villain is a smug art dealer played with delicious sleaze.",
        ],
        "praise": ["The comic timing is sharp and the final act twist genuinely caught me off guard.", "It's the rare comedy that gets funnier as it goes."],
        "gripes": ["The middle drags when the film stops to explain the plan a second time.", "Some of the jokes land with a thud, especially the running gag about the van."],
    },
    {
        "title": "Dust on the Saddle", "genre": "western",
        "plot": [
            "A widowed rancher in 1880s Wyoming hires a drifter to help her drive cattle to the railhead before a land baron's men can stop her.",
            "The film takes its time, letting long silences and wide landscapes do the talking.",
            "The shootout, when it comes, is brief and ugly and all the more effective for it.",
        ],
        "praise": ["The lead performance is flinty and unsentimental, and the score, all lonely harmonica and cello, is gorgeous.", "It understands that westerns are really about weather and distance."],
        "gripes": ["The romance feels obligatory.", "The land baron is a stock villain with a mustache you could hang laundry on."],
    },
    {
        "title": "Second String", "genre": "sports drama",
        "plot": [
            "A washed-up minor league pitcher takes a job coaching a girls' high school softball team in a dying mill town.",
            "You know how this goes: the team is terrible, the coach is a mess, there's a big game at the end.",
            "The film isn't interested in surprising you so much as earning the ending, and it mostly does.",
        ],
        "praise": ["The young cast is natural and funny, and the games are shot with real energy.", "I cried at the state semifinal. I'm not proud of it."],
        "gripes": ["The coach's drinking problem is resolved a little too neatly.", "Every sports movie cliché shows up, right down to the slow clap."],
    },
    {
        "title": "The Hollow at Black Fen", "genre": "horror",
        "plot": [
            "A young couple buys a crumbling farmhouse in the English fens and discovers that the previous owners never actually left.",
            "The ghost story unfolds slowly, through creaking floorboards, a locked room and a diary found in the wall.",
            "It's more unsettling than scary, relying on dread rather than jump scares.",
        ],
        "praise": ["The sound design is superb; I'll never hear a dripping tap the same way.", "The final reveal reframes everything that came before without cheating."],
        "gripes": ["It's so dimly lit that some scenes are basically radio.", "The exposition dump from the local vicar in the third act is clunky."],
    },
    {
        "title": "Letters to Lisbon", "genre": "period romance",
        "plot": [
            "In 1962, a translator in London and a bookseller in Lisbon fall in love through a decade of letters, meeting only twice.",
            "The story is told largely in voiceover, the letters read aloud over scenes of two lives going on without each other.",
            "It's old-fashioned in the best way, unashamed of its big feelings.",
        ],
        "praise": ["Both leads are luminous, and the costume design is a feast.", "The final ten minutes are devastating and perfectly judged."],
        "gripes": ["The voiceover gets repetitive in the middle stretch.", "A subplot involving the bookseller's brother goes nowhere."],
    },
]
MOVIE_VERDICTS = ["★★★★☆", "★★★☆☆", "★★★★★", "★★☆☆☆", "3.5/5", "B+", "7/10", "Grade: A-"]
MOVIE_OPENERS = [
    "Going in, I knew almost nothing about {title} except that my sister wouldn't stop texting me about it.",
    "{title} is the kind of {genre} they supposedly don't make anymore.",
    "There's a moment about forty minutes into {title} when I stopped checking my watch.",
    "It's been a slow year at the multiplex, which might explain why {title} feels like such a relief.",
    "",
]
MOVIE_CLOSERS = [
    "Worth seeing on the big screen if you can.",
    "Wait for streaming, but don't skip it.",
    "Bring tissues. Or don't, and pretend you have allergies like I did.",
    "Not a masterpiece, but a solid, satisfying night at the movies.",
    "Rated PG-13. Runtime {rt} minutes. In theaters {weekday}.",
]


def _make_movie_review(rng: random.Random) -> str:
    film = pick(rng, MOVIE_FILMS)
    director = _person(rng)
    star = _person(rng)
    opener = pick(rng, MOVIE_OPENERS).format(title=film["title"], genre=film["genre"])
    plot = " ".join(film["plot"][: rng.randint(2, 3)])
    cast = f"Directed by {director}, the film stars {star} and {_person(rng)}."
    praise = " ".join(_k(rng, film["praise"], 1, 2))
    gripe = " ".join(_k(rng, film["gripes"], 1, 2))
    closer = pick(rng, MOVIE_CLOSERS).format(rt=rng.randrange(92, 155), weekday=pick(rng, WEEKDAYS))
    if rng.random() < 0.6:
        order = [opener, plot + " " + cast, praise, "That said, " + gripe[0].lower() + gripe[1:], closer]
    else:
        order = [opener, plot + " " + cast, gripe, "Still, " + praise[0].lower() + praise[1:], closer]
    header = f"{film['title']} review: {pick(rng, ['a quiet triumph', 'familiar but charming', 'worth the ticket', 'uneven but heartfelt', 'a crowd-pleaser'])}" if rng.random() < 0.6 else f"Review: {film['title']} ({rng.randrange(2009, 2025)})"
    return paragraphs([header, f"By {_person(rng)} · {pick(rng, MOVIE_VERDICTS)}"] + order)


# ---------------------------------------------------------------------------
# 24. Book club meeting notes.
# ---------------------------------------------------------------------------

BOOKCLUB_BOOKS = [
    {
        "title": "The Salt Keeper's Daughter", "author": "Miriam Ashby",
        "summary": "a family saga set in a Cornish fishing village across three generations of women",
        "points": [
            "Most of us loved the grandmother's chapters and found the modern-day storyline weaker.",
            "{m1} pointed out that the sea is basically a character, and that every major decision happens at the tide line.",
            "There was a spirited debate about whether Nell was right to leave. {m2} said absolutely; {m3} said she abandoned her kids and we should stop romanticizing it.",
            "Several people thought the ending was rushed, especially the reveal about the letters.",
        ],
    },
    {
        "title": "Eleven Winters", "author": "Thomas Reyes-Hall",
        "summary": "a memoir about a doctor's years working in a remote clinic in northern Canada",
        "points": [
            "Everyone agreed the writing about the landscape was stunning. {m1} read the passage about the ice road out loud and we all got quiet.",
            "{m2} worked as a nurse for thirty years and said the clinic scenes rang completely true, down to the bad coffee.",
            "Some of us were uncomfortable with how the author wrote about the community. {m3} felt he sometimes centered himself too much.",
            "We spent a while on the chapter about the medevac flight. Nobody could finish it without tearing up.",
        ],
    },
    {
        "title": "A Murder at Pennywhistle Lane", "author": "Gwen Carraway",
        "summary": "a cozy mystery about a retired schoolteacher who solves a poisoning at a village flower show",
        "points": [
            "A lighter pick after last month's heavy one, and everybody was grateful.",
            "{m1} guessed the culprit by chapter six and was insufferable about it.",
            "{m2} thought the red herrings were too obvious, but admitted she stayed up until 1 a.m. to finish it.",
            "We agreed the vicar was the best character and should get his own series.",
        ],
    },
    {
        "title": "The Weight of Small Things", "author": "Anjali Mehra",
        "summary": "a novel about two sisters running their late father's hardware store in Ohio",
        "points": [
            "Lots of discussion about sibling rivalry. {m1} said it was uncomfortably like reading her own family group chat.",
            "{m2} loved the details about the store, the key-cutting machine, the bins of loose screws, the regulars.",
            "The timeline jumps confused a few people, and {m3} suggested next time we print a family tree.",
            "Most of us rated it highly, though a couple of members felt the husband character was flat.",
        ],
    },
]
BOOKCLUB_EXTRAS = [
    "Thank you to {host} for hosting and for the incredible lemon bars. Recipe has been requested.",
    "Ratings: {r1}, {r2}, {r3}, {r4}, and one abstention from someone who 'ran out of time' (we know who you are).",
    "Reminder that dues for the library donation are due next month.",
    "We welcomed a new member, {new}, who found us through the library bulletin board. Welcome!",
    "Several people asked about doing an author video call. {host} will reach out to the publisher.",
    "Snacks were on theme this time: scones and clotted cream. Thank you {host}!",
]
BOOKCLUB_NEXT = [
    "Next meeting: {weekday}, {month} {day} at 7 p.m. at {host}'s house. We're reading {next}.",
    "Next month we're reading {next}. Same time, same place (back room of the library).",
    "NEXT BOOK: {next}. {host} is hosting. Please RSVP so we know how many chairs to borrow.",
]
BOOKCLUB_NEXT_TITLES = ["The Lighthouse at Gull Point", "Ordinary Saints", "The Bookbinder's Apprentice", "Where the River Bends", "Kitchen Table Years"]
BOOKCLUB_QUESTIONS = [
    "Which character did you find most sympathetic, and did that change by the end?",
    "How did the setting shape the story?",
    "Was the ending satisfying? What would you have changed?",
    "What do you think the title means?",
    "Would you recommend this to a friend? Who?",
]


def _make_book_club(rng: random.Random) -> str:
    book = pick(rng, BOOKCLUB_BOOKS)
    members = sample(rng, FIRST_NAMES, 6)
    m = dict(m1=members[0], m2=members[1], m3=members[2], host=members[3], new=members[4])
    ratings = [f"{rng.randrange(5, 11) / 2:g}/5" for _ in range(4)]
    month = pick(rng, MONTHS)
    parts = [
        pick(rng, [f"Book Club Notes — {month} {rng.randrange(2016, 2025)}", f"Recap: {book['title']}", f"{pick(rng, ['Second Tuesday', 'Wine & Words', 'Maple Street', 'Page Turners'])} Book Club: meeting notes"]),
        f"We had {rng.randrange(6, 14)} people this month to discuss *{book['title']}* by {book['author']}, {book['summary']}.",
    ]
    pts = [p.format(**m) for p in _k(rng, book["points"], 3, 4)]
    if rng.random() < 0.5:
        parts.append("\n".join(f"- {p}" for p in pts))
    else:
        parts.extend(pts)
    if rng.random() < 0.5:
        parts.append("Questions we didn't get to:\n" + "\n".join(f"{i}. {q}" for i, q in enumerate(_k(rng, BOOKCLUB_QUESTIONS, 2, 3), 1)))
    parts += [e.format(r1=ratings[0], r2=ratings[1], r3=ratings[2], r4=ratings[3], **m) for e in _k(rng, BOOKCLUB_EXTRAS, 1, 3)]
    parts.append(pick(rng, BOOKCLUB_NEXT).format(weekday=pick(rng, WEEKDAYS), month=pick(rng, MONTHS), day=rng.randrange(1, 29), host=m["host"], next=pick(rng, BOOKCLUB_NEXT_TITLES)))
    parts.append(f"— {pick(rng, FIRST_NAMES)} (secretary, unofficially)" if rng.random() < 0.5 else "")
    return paragraphs(parts)


# ---------------------------------------------------------------------------
# 25. Song-lyric-like poems.
# ---------------------------------------------------------------------------

LYRIC_THEMES = {
    "highway": {
        "verses": [
            "Mile marker ninety and the radio's gone\nJust static and the headlights and a half-sung song\nYou were asleep with your feet on the dash\nI was counting the towns going by in a flash",
            "Gas station coffee and a map with no folds\nEvery exit sign a story that nobody told\nWe said we'd stop when the sun came around\nBut the sun kept on rising and we kept leaving town",
            "Your daddy's old truck with the window stuck down\nA blue tarp flapping like a flag on the ground\nWe had forty-two dollars and a box of your books\nAnd the whole wide country just begging for a look",
        ],
        "chorus": [
            "So roll on, roll on, under this big black sky\nThere's a light up ahead and it's yours and mine\nRoll on, roll on, don't you look behind\nWe'll be somewhere by morning, we'll be fine",
            "Highway, highway, carry me home\nOr carry me somewhere I've never known\nHighway, highway, long and wide\nI got everything I need in the passenger side",
        ],
        "bridge": ["And if the engine quits in Amarillo\nWe'll just sit on the hood and watch the stars go slow"],
    },
    "hometown": {
        "verses": [
            "There's a water tower with my brother's name\nPainted on the side in a senior year flame\nThe diner's still open but the mill shut down\nAnd the only stoplight blinks yellow in my hometown",
            "Mama still keeps my room the way it was\nTrophies on the shelf collecting twenty years of dust\nI came back for Christmas, said I'd stay a week\nNow I'm learning all the names of the kids on our street",
            "Friday night lights and a borrowed letter jacket\nCheap perfume and a dollar in my pocket\nWe swore we'd get out, me and Jenny and Paul\nNow I'm the only one who left at all",
        ],
        "chorus": [
            "Oh, this little town, it don't let go\nIt's in the dirt road and the radio\nI can run to the city, I can change my name\nBut this little town calls me all the same",
            "Home, home, where the porch light's on\nWhere they still remember every word of my song\nHome, home, I can see it from here\nSame old sky, same old tears",
        ],
        "bridge": ["And the church bell rings like it's calling me back\nDown the county road, down the railroad track"],
    },
    "heartbreak": {
        "verses": [
            "Your coffee cup's still sitting by the sink\nI can't bring myself to wash it, I don't think\nThe house is too quiet and the bed's too wide\nAnd the dog keeps waiting by the door outside",
            "I heard you're doing fine, I heard you moved away\nI heard you cut your hair, I heard you're happy, they say\nAnd I'm glad, I swear, I'm glad for you\nI just wish I didn't have to hear it too",
            "Found your sweater in the back of the car\nSmelled like the summer and that dive bar\nThought about calling, thought about a lot of things\nThen I just sat there listening to the engine ring",
        ],
        "chorus": [
            "And it's raining in the kitchen\nIt's raining on the stairs\nEvery room in this old house\nStill knows that you were there",
            "So go on, go on, I'll be alright\nMaybe not tomorrow, maybe not tonight\nGo on, go on, you were always free\nI just wish you'd taken the rest of you from me",
        ],
        "bridge": ["Maybe someday I'll wake up and you won't be my first thought\nMaybe someday I'll forget the things you never got"],
    },
    "working": {
        "verses": [
            "Alarm at four and the coffee's thin\nSame gray lunch pail, same timeclock grin\nForty years of Monday in my bones\nBuilding other people's homes",
            "Daddy worked the line and his daddy too\nI got his hands and his boots and his blues\nBut I got his laugh when the whistle blows\nAnd that's the part nobody knows",
            "Paycheck's gone by the fifteenth day\nKids need shoes and the truck needs a brake\nBut Friday night there's a band in town\nAnd for three hours we don't back down",
        ],
        "chorus": [
            "So here's to the ones with the calloused hands\nWho hold the world up where it stands\nRaise a glass, raise it high\nTo the ones who work till the day they die",
            "Punch in, punch out, do it all again\nSame old song, same old friends\nPunch in, punch out, but I'm still standing tall\nThey can't take the music, that's all",
        ],
        "bridge": ["And someday I'll sit on a porch of my own\nAnd the quiet will sound like a song I've known"],
    },
    "summer": {
        "verses": [
            "Sunburned shoulders and a cooler full of ice\nYour laugh on the lake sounds like paradise\nWe jumped off the dock at the edge of July\nWith nothing to lose and the whole world nearby",
            "Fireflies blinking in a mason jar\nYou played three chords on a borrowed guitar\nThe night was so warm that we slept on the lawn\nAnd woke to the sprinklers coming on",
            "Corn high as a pickup, sky wide and blue\nAll I ever wanted was a summer with you\nSweet tea and thunder rolling out west\nLying in the hammock with my head on your chest",
        ],
        "chorus": [
            "Hey, hey, summer don't you end\nStay a little longer, be my friend\nHey, hey, we're young and we're gold\nLet's never get cold",
            "Oh, summertime, summertime\nTake it slow, take your time\nOh, summertime, don't say goodbye\nWe got the whole night sky",
        ],
        "bridge": ["And when the leaves start falling and the school bus comes\nI'll still be tasting the salt on your tongue"],
    },
}


def _make_lyric_poem(rng: random.Random) -> str:
    theme = pick(rng, list(LYRIC_THEMES))
    t = LYRIC_THEMES[theme]
    verses = _k(rng, t["verses"], 2, 3)
    chorus = pick(rng, t["chorus"])
    title = pick(rng, {"highway": ["Roll On", "Passenger Side", "Mile Marker 90"], "hometown": ["This Little Town", "Water Tower", "Porch Light"],
                       "heartbreak": ["Raining in the Kitchen", "Go On", "Your Coffee Cup"], "summer": ["Summer Don't End", "Fireflies", "Edge of July"], "working": ["Calloused Hands", "Punch In", "Friday Night Band"]}[theme])
    labels = rng.random() < 0.6
    out = [title if rng.random() < 0.5 else f"{title} (lyrics)"]
    for i, v in enumerate(verses, 1):
        out.append((f"[Verse {i}]\n" if labels else "") + v)
        if i <= 2:
            out.append(("[Chorus]\n" if labels else "") + chorus)
    if rng.random() < 0.5:
        out.insert(len(out) - 1, ("[Bridge]\n" if labels else "") + t["bridge"][0])
    if rng.random() < 0.3:
        out.append(f"Written by {_person(rng)} and {_person(rng)}")
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 26. Children's story about animals.
# ---------------------------------------------------------------------------

KIDSTORY_HEROES = [
    ("Pip", "a little hedgehog", "his", "he"), ("Clover", "a young rabbit", "her", "she"), ("Bramble", "a shy badger", "his", "he"),
    ("Dot", "a ladybug", "her", "she"), ("Oliver", "an otter pup", "his", "he"), ("Mabel", "a mouse with very big ears", "her", "she"),
    ("Tuck", "a baby turtle", "his", "he"), ("Hazel", "a small red squirrel", "her", "she"),
]
KIDSTORY_PROBLEMS = [
    ("lost {poss} favorite blue scarf on the windiest day of the year", "the Blue Scarf", "there, tangled in the branches of the hawthorn, fluttering like a little flag, was the blue scarf"),
    ("wanted more than anything to see the ocean, but had never been past the old stone wall", "the Ocean", "over the last sand dune, sparkling and roaring and bigger than anything, was the ocean"),
    ("could not fall asleep because the night was much too quiet", "a Lullaby", "the crickets began to sing, and the owls began to hoot, and the whole wood hummed a sleepy song"),
    ("was too small to reach the blackberries at the top of the bush", "the Blackberries", "the highest branch bent down low, heavy with the fattest, juiciest blackberries of all"),
    ("had forgotten the way home after chasing a yellow butterfly", "the Way Home", "there was the crooked fence post, and the mossy log, and the round green door of home"),
    ("was nervous about the first day of Forest School", "a Brave Heart", "the classroom under the willow was full of friendly faces, and one of them was waving"),
]
KIDSTORY_HELPERS = [
    "Old Owl, who knew everything about everything, blinked slowly and said, \"Have you tried looking up instead of down?\"",
    "Frog hopped onto a lily pad and croaked, \"I'll help! But first you have to learn my song.\"",
    "A kind grey goose offered a ride, if {name} promised to hold on tight and not wiggle.",
    "The ants marched by in a long line, and the littlest ant called out, \"Follow us, we always know the way!\"",
    "Grandma Mole popped her head out of the ground and said, \"Oh, dear me. Come in for some acorn tea and we'll think.\"",
    "Beaver stopped chewing his stick and said, \"When I have a big problem, I build a bridge. One stick at a time.\"",
    "A family of sparrows chirped all at once, so loudly that {name} could not understand a single word, until the smallest sparrow flew down and whispered the answer.",
]
KIDSTORY_MIDDLES = [
    "{name} looked under the mushroom. Not there. {pron_c} looked behind the tall grass. Not there either. {pron_c} sat on a rock and sighed the biggest sigh a {animal_short} can sigh.",
    "The path went up the hill and down the hill and around the big oak tree three times. {name}'s paws were very tired.",
    "It began to rain, plip, plop, plip, and {name} hid under a wide green leaf to wait.",
    "{name} tried jumping. {pron_c} tried stretching. {pron_c} even tried standing on a pinecone, which wobbled and rolled away.",
    "A cold wind whooshed through the meadow and {name} felt a little bit scared and a little bit brave, both at the same time.",
]
KIDSTORY_ENDINGS = [
    "And that night, {name} curled up snug in {poss} bed and fell asleep smiling. The End.",
    "\"Thank you,\" said {name}. \"I couldn't have done it alone.\" And {pron} never forgot that being little is not the same as being alone.",
    "From that day on, whenever anyone in the forest had a problem, {name} was the first to say, \"I'll help!\"",
    "Everyone cheered, and they all shared a picnic of clover and berries under the big oak tree until the stars came out.",
    "{name} giggled. It had been a very long day, and a very good one.",
]
KIDSTORY_QUESTIONS = [
    "Talk about it: Have you ever felt nervous like {name}? What helped you feel better?",
    "Can you count how many friends helped {name}?",
    "What would YOU have done?",
]


def _make_kids_story(rng: random.Random) -> str:
    name, animal, poss, pron = pick(rng, KIDSTORY_HEROES)
    problem, goal, found = pick(rng, KIDSTORY_PROBLEMS)
    pron_c = pron.capitalize()
    animal_short = animal.split()[-1]
    slots = dict(name=name, poss=poss, pron=pron, pron_c=pron_c, animal_short=animal_short)
    season = pick(rng, ["one bright spring morning", "on a crunchy autumn afternoon", "early one summer day", "on the first snowy day of winter"])
    parts = [
        pick(rng, [f"{name} and the Big Adventure", f"{name} Finds {goal}", f"Little {name}", f"A Story for Bedtime: {name}"]),
        f"Once upon a time, in a cozy hollow at the edge of Willowbrook Wood, there lived {animal} named {name}. And {season}, {name} {problem.format(poss=poss)}.",
    ]
    helpers = _k(rng, KIDSTORY_HELPERS, 2, 3)
    middles = _k(rng, KIDSTORY_MIDDLES, 2, 3)
    for h, m in zip(helpers, middles):
        parts.append(m.format(**slots))
        parts.append(h.format(**slots))
    parts.append(pick(rng, [
        f"And then, right when {pron} least expected it, {found}. {name} could hardly believe {poss} eyes!",
        f"So {name} tried one more time, with all {poss} friends cheering, and this time it worked.",
        f"{name} took a deep breath, remembered what {poss} friends had said, and took one small step, and then another.",
    ]))
    parts.append(pick(rng, KIDSTORY_ENDINGS).format(**slots))
    if rng.random() < 0.35:
        parts.append(pick(rng, KIDSTORY_QUESTIONS).format(**slots))
    return paragraphs(parts)


# ---------------------------------------------------------------------------
# 27. Sermon excerpt.
# ---------------------------------------------------------------------------

SERMON_TEXTS = {
    "Luke 15:11-32": {
        "title": ["The Father Who Runs", "Two Lost Sons", "Coming Home"],
        "paras": [
            "We all know this story. Maybe too well. A younger son asks for his inheritance early, which in that culture was like saying to his father, I wish you were already dead. He takes the money, goes to a far country, and spends it all.",
            "And then there is that wonderful line: when he came to himself. Some of us have had that moment. Standing in the pigpen of our own choices, we suddenly see clearly.",
            "But notice what the father does. While the son is still a long way off, the father sees him, and he runs. Friends, in the ancient Near East, dignified older men did not run. He had to hike up his robes and show his legs. He made himself ridiculous for love.",
            "And the son has his speech all rehearsed. I am no longer worthy to be called your son; make me like one of your hired servants. But the father doesn't even let him finish. He calls for the robe, the ring, the sandals, the party.",
            "Now we come to the older brother, standing outside in the dark, listening to the music. He's angry. He's done everything right, and nobody ever threw him a party. Church, I have to confess that I am often the older brother.",
            "The story ends without telling us whether the older brother goes in. That's on purpose. The door is open. The question is left for us.",
        ],
    },
    "Matthew 6:25-34": {
        "title": ["Consider the Lilies", "Do Not Worry", "Enough for Today"],
        "paras": [
            "Do not worry about your life. Well, that's easy for Jesus to say, some of you are thinking. He didn't have a mortgage. He didn't have a teenager learning to drive.",
            "But look at how he makes his point. He doesn't scold. He points. Look at the birds. Consider the lilies. He invites us to pay attention to a world that is held together by a care we did not earn.",
            "Worry is, in a way, a kind of time travel. It drags tomorrow's troubles into today, where we can do nothing about them except lose sleep.",
            "I think of my grandmother, who raised six children through hard years. She kept a small card taped above her sink: Give us this day our daily bread. Not this week. Not this year. This day.",
            "Seek first the kingdom. That doesn't mean we stop planning or stop working. It means we put first things first, and trust that we are not alone in the rest.",
            "So this week, I want to give you some homework. When the worry comes, and it will, name it, and then go outside and find one bird or one flower and just look at it for a full minute.",
        ],
    },
    "Galatians 6:2": {
        "title": ["Carrying One Another", "Bear One Another's Burdens", "The Law of Love"],
        "paras": [
            "Bear one another's burdens, and so fulfill the law of Christ. It's one short verse, but it describes the whole life of a church.",
            "Paul is writing to a community that has been arguing about rules, about who's in and who's out. And in the middle of all that, he says: here's the only rule that really matters. Help each other carry the load.",
            "I saw this last winter when the Hendersons' furnace went out. Within a day, someone had brought space heaters, someone else had called a repairman who was a cousin of a cousin, and the youth group showed up with soup. Nobody made an announcement. It just happened.",
            "But bearing burdens also means letting others carry ours. And that, for many of us, is the harder part. We'd rather be the helper than the helped.",
            "There's a verse a few lines later that says each one should carry their own load. It sounds like a contradiction, but the words are different in Greek. One is a crushing weight; the other is a backpack. We carry our own backpack. We help with each other's boulders.",
            "So who is carrying a boulder in your life right now? And who might be waiting for you to let them help carry yours?",
        ],
    },
    "Psalm 23": {
        "title": ["The Lord Is My Shepherd", "Through the Valley", "A Table Before Me"],
        "paras": [
            "We read this psalm at funerals, and that's right and good. But it was not written as a funeral psalm. It's a psalm for the middle of life, for the Tuesday afternoons.",
            "The Lord is my shepherd. Shepherds in David's time didn't drive sheep from behind like cattle. They walked ahead, and the sheep followed the voice they knew.",
            "Even though I walk through the valley of the shadow of death. Notice: through. Not into, not stuck in. Through. The valley is real, but it is not the destination.",
            "You prepare a table before me in the presence of my enemies. Isn't that a strange picture? The enemies haven't gone away. But there's a meal, and there's a host, and we are invited to sit down anyway.",
            "And then, surely goodness and mercy shall follow me. The Hebrew word there is stronger than follow. It means pursue, chase. God's goodness is chasing you down.",
        ],
    },
    "Ruth 1:16-17": {
        "title": ["Where You Go", "Loyal Love", "The Road from Moab"],
        "paras": [
            "The book of Ruth begins with a funeral, then another, then another. Naomi has lost her husband and both her sons in a foreign land. She decides to go home to Bethlehem, and she tells her daughters-in-law to go back to their own families.",
            "One of them, Orpah, kisses her and goes. And let's be clear: Orpah is not the villain of this story. She does the sensible thing. She does what Naomi asked.",
            "But Ruth clings to her. Where you go, I will go. Where you lodge, I will lodge. Your people shall be my people, and your God my God. These words are read at a lot of weddings, but they were spoken by a young widow to her mother-in-law on a dusty road.",
            "The Hebrew word that runs through this book is hesed. It's hard to translate. Loyal love, steadfast kindness, love that goes further than it has to. Ruth shows hesed to Naomi. Boaz will show it to Ruth. And behind them both, the writer wants us to see the hesed of God.",
            "Who in your life has stayed when they could have left? Who walked the road with you when it would have been easier to turn back?",
            "And here's the harder question: who is walking a road right now where you could be the one who stays?",
        ],
    },
    "Mark 4:35-41": {
        "title": ["Peace, Be Still", "Asleep in the Storm", "Who Is This?"],
        "paras": [
            "It was evening, and Jesus said, let us go across to the other side. Some of these disciples were professional fishermen. They knew that lake. They knew how fast the wind could come down off those hills.",
            "And sure enough, a great windstorm arose, and the waves beat into the boat, so that it was already filling. And where is Jesus? Asleep. In the stern. On a cushion. Mark gives us that detail, the cushion, and I love him for it.",
            "Teacher, do you not care that we are perishing? Have you ever prayed that prayer? I have. Maybe not in those words. But the feeling that God is asleep while the boat fills up, most of us know it.",
            "He wakes up and speaks to the wind the way you'd speak to a barking dog. Peace. Be still. And there was a great calm.",
            "Notice that the disciples are more afraid after the storm stops than during it. Who then is this, that even the wind and the sea obey him?",
            "The storm in your life may not stop tonight. But you are not alone in the boat. That's the promise. Not that there will be no storms, but that he is in the boat.",
        ],
    },
}
SERMON_OPENERS = [
    "Good morning, church. Please turn with me to {ref}.",
    "Let us pray. Lord, may the words of my mouth and the meditations of all our hearts be acceptable in your sight. Amen. You may be seated.",
    "Before we begin, I want to thank the choir for that beautiful anthem. Our text this morning is {ref}.",
    "It's good to see so many of you here, especially with the game on later. I'll try to have you out in time. No promises.",
]
SERMON_CLOSERS = [
    "Let's pray together.",
    "May it be so. Amen.",
    "And all God's people said: Amen.",
    "Go in peace, and I'll see you at the potluck.",
]


def _make_sermon(rng: random.Random) -> str:
    ref = pick(rng, list(SERMON_TEXTS))
    s = SERMON_TEXTS[ref]
    paras = s["paras"]
    keep = sorted(sample(rng, range(len(paras)), rng.randint(4, len(paras))))
    pastor = f"{pick(rng, ['Rev.', 'Pastor', 'Fr.', 'Rev. Dr.'])} {_person(rng)}"
    return paragraphs([
        f"\"{pick(rng, s['title'])}\" | {ref}",
        f"{pastor} · {pick(rng, ['Grace Community Church', 'First Baptist Church', 'St. Andrew Lutheran', 'Hope Methodist'])} · {_date(rng, 2012, 2024)}",
        pick(rng, SERMON_OPENERS).format(ref=ref),
        *[paras[i] for i in keep],
        pick(rng, SERMON_CLOSERS),
    ])


# ---------------------------------------------------------------------------
# 28. History article (long-form).
# ---------------------------------------------------------------------------

HISTORY_TOPICS = {
    "The Erie Canal: The Ditch That Built an Empire State": [
        "When New York governor DeWitt Clinton proposed digging a canal from the Hudson River to Lake Erie, critics mocked it as 'Clinton's Ditch.' The route would run more than 360 miles through forest, swamp and rock, rising over 500 feet along the way, at a time when the country had almost no trained engineers.",
        "Construction began in 1817 near Rome, New York, on the flattest stretch of the route. Much of the early work was done with shovels, wheelbarrows and horses. Contractors invented a stump puller and a plow that could cut through roots, and the project became something of a school for American engineering.",
        "The labor force was a mix of local farmers, hired hands and, increasingly, Irish immigrants. Work in the Montezuma marshes was brutal; malaria swept the camps in the summer of 1819, and work there had to be suspended until colder weather.",
        "The greatest challenge came near Lockport, where the canal had to climb the Niagara Escarpment. Engineers built a double flight of five locks, one set for boats going up and one for boats going down, and blasted a deep cut through solid rock using black powder.",
        "The canal opened in October 1825. Clinton rode a boat from Buffalo to New York City, and at the end of the journey poured a keg of Lake Erie water into the Atlantic, a ceremony known as the Wedding of the Waters.",
        "The effects were immediate and dramatic. Shipping costs between Buffalo and New York City fell dramatically, and the trip took days instead of weeks. Farmers in Ohio and beyond suddenly had a cheap route to eastern markets, and towns like Syracuse, Rochester and Buffalo boomed.",
        "New York City, already an important port, became the dominant gateway to the American interior. Many historians argue that the canal, more than any other single project, made New York the commercial capital of the country.",
        "Railroads eventually overtook the canal, and it was enlarged and rerouted several times. Today much of it is used by pleasure boats and the towpath has become a long-distance bike trail, but the cities strung along its route still trace their existence to the ditch.",
    ],
    "Boston's Great Molasses Flood of 1919": [
        "On a mild January afternoon in 1919, residents of Boston's North End heard a sound some later described as a machine gun, others as a train. A giant steel storage tank on Commercial Street, filled with more than two million gallons of molasses, had burst apart.",
        "A wave of molasses estimated at up to 25 feet high at its peak swept through the neighborhood at a speed that witnesses compared to a running horse. It knocked buildings off their foundations, buckled the steel supports of the elevated railway and swept wagons, people and horses into the harbor.",
        "Twenty-one people died and around 150 were injured. Rescuers waded through waist-deep syrup, which grew thicker and harder to move through as the winter air cooled it. Some victims were not found for days.",
        "The tank belonged to a company that used molasses to make industrial alcohol, which was in heavy demand for munitions. It had been built hastily a few years earlier and, according to later testimony, leaked so badly that the company painted it brown to hide the streaks.",
        "The cleanup took weeks. Crews used salt water from fireboats to wash the streets, and the harbor was stained brown well into the summer. Longtime residents claimed that on hot days, the neighborhood smelled sweet for decades afterward.",
        "Survivors and families filed a class action suit, one of the first of its kind in Massachusetts. After years of hearings, a court-appointed auditor found the company responsible, rejecting its claim that anarchists had blown up the tank.",
        "The disaster helped push Massachusetts and other states to require that engineers and architects sign off on the plans for large structures, an early step toward modern building codes.",
    ],
    "The Hanseatic League: Medieval Europe's Trading Network": [
        "For roughly three centuries, a loose association of merchant towns dominated trade across the North Sea and the Baltic. It had no king, no permanent army and, for much of its history, no formal membership list. Historians call it the Hanseatic League, or simply the Hansa.",
        "The Hansa grew out of groups of German merchants who banded together for protection while traveling abroad. Over time, the towns themselves, led by Lübeck, began to cooperate, sharing privileges and coordinating their policies at occasional assemblies called Diets.",
        "Its trade followed a simple logic. Furs, wax, timber and grain flowed west from Russia, Poland and Scandinavia. Cloth, salt, wine and metal goods flowed east from Flanders, England and the Rhineland. Salted herring, caught in enormous numbers off southern Sweden, fed much of Catholic Europe on fasting days.",
        "The workhorse of this trade was the cog, a broad, sturdy ship with a single square sail. Cogs were slow, but they could carry large cargoes and be defended from pirates by raised wooden castles at the bow and stern.",
        "Hanseatic merchants maintained major trading posts called Kontore in London, Bruges, Bergen and Novgorod. The London post, known as the Steelyard, was a walled compound with its own warehouses, hall and rules, where merchants lived in a kind of bachelor community.",
        "At its height, the Hansa was powerful enough to fight a war against the King of Denmark and win, securing trading privileges in the Treaty of Stralsund in 1370.",
        "Its decline was gradual. The rise of strong territorial states, the shifting of herring shoals, competition from Dutch and English merchants and the opening of Atlantic trade routes all chipped away at the league's advantages. The last Diet met in 1669.",
        "The league's legacy survives in the brick Gothic architecture of towns from Bruges to Tallinn, and in the official names of cities like Hamburg and Bremen, which still call themselves Free Hanseatic Cities.",
    ],
    "Black Sunday and the Dust Bowl": [
        "On April 14, 1935, a wall of dust hundreds of miles wide rolled across the southern Great Plains. People caught outside said the day turned to midnight in minutes. It became known as Black Sunday, the most infamous of the storms that defined the Dust Bowl.",
        "The disaster had been decades in the making. In the early twentieth century, high wheat prices and new machinery encouraged farmers to plow up millions of acres of native grassland in Kansas, Oklahoma, Texas, Colorado and New Mexico. The deep-rooted prairie grasses that had held the soil in place for thousands of years were gone.",
        "Then came drought. Beginning in 1930, rain failed year after year. Crops withered, and the bare, dry topsoil simply blew away. Dust drifted against fences like snow and seeped through window frames into kitchens and bedrooms.",
        "The human toll was severe. Children and the elderly developed a respiratory illness called dust pneumonia. Livestock died with their stomachs full of dirt. Families who had lost their crops also lost their farms as banks foreclosed during the Depression.",
        "Hundreds of thousands of people left the Plains, many heading west to California in search of farm work. They were often met with hostility and lumped together under the slur 'Okies,' regardless of where they came from.",
        "The federal government responded with new programs. The Soil Conservation Service promoted contour plowing, crop rotation and cover crops, and paid farmers to take the most vulnerable land out of production. A shelterbelt project planted millions of trees as windbreaks across the region.",
        "Rain finally returned in the late 1930s. The conservation practices introduced during the crisis are still in use, and the Dust Bowl remains one of the most vivid examples of how human decisions and natural forces can combine into catastrophe.",
    ],
    "The Halifax Explosion of 1917": [
        "On the morning of December 6, 1917, two ships collided in the narrow strait connecting Halifax Harbour to Bedford Basin. One of them, the French cargo ship Mont-Blanc, was loaded with thousands of tons of wartime explosives.",
        "The collision itself was minor, but it started a fire on the Mont-Blanc's deck, where drums of highly flammable benzol were stored. The crew, knowing what was in the hold, abandoned ship and rowed frantically for the opposite shore, shouting warnings that few on land could understand.",
        "The burning ship drifted toward the Richmond district, a working-class neighborhood of homes, factories and rail yards. Crowds gathered along the waterfront and at windows to watch the spectacular fire.",
        "About twenty minutes after the collision, the ship exploded. It was one of the largest human-made explosions before the atomic age. A pressure wave flattened much of the Richmond district, and a tsunami washed over the shoreline. Windows shattered miles away.",
        "Roughly 2,000 people were killed and thousands more injured. Many of the injuries were to the eyes, caused by flying glass among people who had been watching the fire from their windows.",
        "A blizzard struck the next day, hampering rescue efforts and leaving survivors without shelter. Relief poured in from across Canada and especially from Boston, which sent a train loaded with doctors, nurses and supplies that fought its way through the snow.",
        "Halifax still sends a large Christmas tree to Boston every year as thanks, a tradition that has continued for decades and is lit on Boston Common each holiday season.",
        "The disaster led to advances in the treatment of eye injuries and in the organization of disaster relief, and the rebuilt Richmond neighborhood, with its distinctive concrete-block houses, still stands as a reminder.",
    ],
    "Tulip Mania: Fact, Legend and a Lot of Flowers": [
        "In the winter of 1636 and 1637, prices for certain tulip bulbs in the Dutch Republic rose to extraordinary heights and then collapsed within weeks. The episode, known as tulip mania, is often cited as history's first speculative bubble.",
        "Tulips had arrived in Western Europe from the Ottoman Empire in the sixteenth century and became prized status symbols. The most coveted varieties had dramatic flames and streaks of color on their petals, an effect we now know was caused by a virus.",
        "Because bulbs could only be dug up and moved during a few months of the year, traders began buying and selling promises to deliver bulbs in the future. Much of this trade happened in taverns, in informal gatherings called colleges.",
        "Famous anecdotes describe single bulbs traded for a house, or a sailor mistakenly eating a bulb he thought was an onion. Many of these stories were popularized by a nineteenth-century book and may be exaggerated or invented.",
        "Modern historians have argued that the mania was smaller than legend suggests. The trade involved a relatively limited circle of merchants and artisans, and there is little evidence that the crash caused widespread economic damage.",
        "Courts largely declined to enforce the contracts after the collapse, and many were eventually settled for a small fraction of their value.",
        "Whatever its real scale, tulip mania endures as a cautionary tale, invoked whenever prices of some asset seem to float free of reason. And the tulip, for its part, remains a national symbol of the Netherlands.",
    ],
}
HISTORY_INTROS = [
    "Some chapters of history are remembered with monuments and holidays. Others survive mainly in local lore and the occasional museum placard. This is one worth knowing.",
    "In this installment of our series on overlooked turning points, we look at a story that shaped the places we live in more than most of us realize.",
    "",
    "",
]
HISTORY_FURTHER = [
    "Further reading: local historical society archives, contemporary newspaper accounts, and several excellent popular histories listed at the end of this article.",
    "Have a family story connected to these events? We'd love to hear it. Write to us using the form below.",
    "This article was originally published in our print quarterly and has been lightly updated.",
    "",
]


def _make_history_article(rng: random.Random) -> str:
    title = pick(rng, list(HISTORY_TOPICS))
    paras = HISTORY_TOPICS[title]
    n = rng.randint(len(paras) - 2, len(paras))
    keep = sorted([0] + sample(rng, range(1, len(paras)), n - 1))
    body = []
    for j, i in enumerate(keep):
        if j and j % 3 == 0 and rng.random() < 0.5:
            body.append(f"## {pick(rng, ['A Difficult Beginning', 'Turning Point', 'Aftermath', 'The People Involved', 'Legacy', 'What Changed'])}")
        body.append(paras[i])
    return paragraphs([f"# {title}", f"By {_person(rng)} | {pick(rng, ['History', 'Heritage', 'Then & Now', 'Features'])}", pick(rng, HISTORY_INTROS)] + body + [pick(rng, HISTORY_FURTHER)])


# ---------------------------------------------------------------------------
# 29. Health advice article.
# ---------------------------------------------------------------------------

HEALTH_TOPICS = {
    "Headaches: When to Treat at Home and When to See a Doctor": {
        "body": [
            "Most headaches are tension-type headaches, often described as a tight band around the forehead. They're commonly triggered by stress, poor sleep, skipped meals or long hours hunched over a screen.",
            "Over-the-counter pain relievers can help, but using them more than two or three days a week can lead to rebound headaches. Keep a simple diary of when headaches happen and what you were doing beforehand.",
            "Staying hydrated, taking regular breaks from screens and gentle neck stretches can prevent many tension headaches.",
            "Migraines are different: often one-sided, throbbing, and accompanied by nausea or sensitivity to light and sound. If you have frequent migraines, talk with your doctor about preventive options.",
        ],
        "warning": "Seek emergency care for a sudden, severe headache (often described as 'the worst headache of my life'), a headache with fever and stiff neck, confusion, weakness, vision loss, or a headache after a head injury.",
    },
    "Seasonal Allergies: Practical Relief That Works": {
        "body": [
            "If your eyes itch and your nose runs every spring, you're far from alone. Pollen from trees, grasses and weeds is one of the most common allergy triggers.",
            "Check the daily pollen forecast and keep windows closed on high-count days, especially in the morning when levels often peak.",
            "Shower and change clothes after spending time outside, and don't dry laundry outdoors during peak season.",
            "Non-drowsy antihistamines and steroid nasal sprays are effective for many people. Nasal sprays work best when used daily, starting before symptoms get bad.",
            "A saline rinse can flush pollen from your nasal passages. Use distilled or previously boiled water, never straight from the tap.",
        ],
        "warning": "See a doctor if over-the-counter remedies don't help, if you have wheezing or shortness of breath, or if symptoms last most of the year. Allergy testing and immunotherapy may be options.",
    },
    "Low Back Pain: Keep Moving": {
        "body": [
            "Low back pain is one of the most common reasons people visit a doctor, and the good news is that most episodes improve within a few weeks.",
            "Bed rest used to be standard advice, but research now shows that staying gently active, like walking, helps you recover faster than lying down.",
            "Heat packs can relax tight muscles. Some people find ice more helpful in the first day or two. Use whatever feels better.",
            "Pay attention to how you lift: bend at the hips and knees, keep the load close to your body and avoid twisting.",
            "Once the pain eases, exercises that strengthen your core and hips can help prevent it from coming back. A physical therapist can design a program for you.",
        ],
        "warning": "Get medical care right away if back pain comes with numbness in the groin area, loss of bladder or bowel control, leg weakness, fever, or follows a serious fall or accident.",
    },
    "How Much Water Do You Really Need?": {
        "body": [
            "You've probably heard you should drink eight glasses of water a day. It's an easy rule to remember, but needs vary with body size, activity, climate and health.",
            "Food counts too. Fruits, vegetables, soups and even coffee and tea contribute to your daily fluid intake.",
            "A simple check: if your urine is pale yellow and you rarely feel thirsty, you're probably getting enough.",
            "Older adults may not feel thirst as strongly, so it helps to keep a glass of water within reach and sip throughout the day.",
            "During hot weather or intense exercise, you lose salt as well as water. For long workouts, a sports drink or salty snack can help.",
        ],
        "warning": "People with heart failure or kidney disease may need to limit fluids. Follow your care team's advice, and seek care for signs of severe dehydration such as confusion, fainting or very little urine.",
    },
}
HEALTH_TOPICS.update({
    "Heartburn: Simple Changes That Help": {
        "body": [
            "That burning feeling behind your breastbone after a big meal is heartburn, caused by stomach acid moving up into the esophagus. Occasional heartburn is very common.",
            "Eat smaller meals, and try not to lie down for two to three hours after eating.",
            "Common triggers include spicy or fatty foods, chocolate, peppermint, coffee, alcohol and citrus. Triggers vary from person to person, so notice what affects you.",
            "If heartburn wakes you at night, raising the head of your bed by six inches with blocks under the legs can help. Extra pillows usually don't, because they bend you at the waist.",
            "Antacids can relieve occasional symptoms. If you need them more than twice a week, talk with your doctor.",
        ],
        "warning": "Chest pain can be a sign of a heart attack, especially with shortness of breath, sweating or pain spreading to the arm, jaw or back. Call 911. Also see a doctor for trouble swallowing, vomiting blood, black stools or unexplained weight loss.",
    },
    "Sprained Ankle: What to Do in the First 48 Hours": {
        "body": [
            "Ankle sprains happen when the ligaments that hold the joint together are stretched or torn, usually from rolling the foot inward.",
            "Rest the ankle and avoid activities that cause pain, but gentle movement as soon as you can tolerate it helps recovery.",
            "Apply ice wrapped in a thin towel for 15 to 20 minutes every few hours during the first day or two.",
            "An elastic bandage can reduce swelling. Wrap from the toes toward the leg, snug but not tight, and loosen it if your toes tingle or turn pale.",
            "Keep the ankle raised above the level of your heart when you can, especially in the evening.",
            "Once the pain settles, balance exercises such as standing on one foot can help prevent the next sprain.",
        ],
        "warning": "See a doctor if you can't put any weight on the foot, if there is tenderness directly over the ankle bones, if the foot looks deformed, or if swelling and pain aren't improving after a few days.",
    },
})
HEALTH_FOOTERS = [
    "This page offers general health information and should never replace a visit with your own doctor, who knows your history.",
    "Medically reviewed by {reviewer}, MD. Last reviewed {date}.",
    "Questions? Call our nurse advice line, available 24 hours a day.",
]


def _make_health_advice(rng: random.Random) -> str:
    title = pick(rng, list(HEALTH_TOPICS))
    t = HEALTH_TOPICS[title]
    body = t["body"][:1] + _k(rng, t["body"][1:], 2, len(t["body"]) - 1)
    bullets = rng.random() < 0.4
    parts = [f"# {title}", f"{pick(rng, ['Health Library', 'Wellness', 'Patient Education', 'Healthy Living'])} · {_date(rng, 2016, 2024)}"]
    if bullets:
        parts.append(body[0])
        parts.append("**Tips:**\n" + "\n".join(f"- {b}" for b in body[1:]))
    else:
        parts.extend(body)
    parts.append(pick(rng, ["## When to see a doctor", "## Red flags", "**When to get help**"]) + "\n\n" + t["warning"])
    parts += [f.format(reviewer=_person(rng), date=_date(rng, 2020, 2024)) for f in _k(rng, HEALTH_FOOTERS, 1, 2)]
    return paragraphs(parts)


# ---------------------------------------------------------------------------
# 30. Fitness log.
# ---------------------------------------------------------------------------

FITLOG_LIFTS = {
    "Squat": (135, 365), "Bench": (95, 275), "Deadlift": (185, 455), "OHP": (65, 185), "Barbell row": (95, 225),
    "RDL": (135, 315), "Front squat": (95, 255), "Incline DB press": (35, 90),
}
FITLOG_ACCESSORIES = ["Pull-ups 3x8", "Dips 3x10", "Face pulls 3x15", "Lunges 3x10/leg", "Plank 3x45s", "Curls 3x12", "Leg press 3x12", "Hanging leg raises 3x10", "Lat pulldown 3x10"]
FITLOG_NOTES = [
    "Felt heavy today, slept like 5 hours.", "Last set was a grinder but no form breakdown.", "PR!!", "Left knee a bit cranky, kept it light.",
    "Gym was packed, had to wait forever for the rack.", "Belt on for top sets.", "Moved well. Warm-up made a big difference.",
    "Cut it short, had to pick up the kids.", "Bar speed was good, going up 5 next week.", "Tried the new program, not sure about the volume yet.",
    "Bodyweight {bw} this morning.", "Ate like garbage yesterday and it showed.",
]
FITLOG_CARDIO = ["Easy run {d} mi @ {p}/mi", "Zone 2 bike {m} min", "Incline walk {m} min", "Rowing {m} min, intervals", "Long run {d} mi @ {p}/mi, legs dead after"]


def _make_fitness_log(rng: random.Random) -> str:
    user = _handle(rng)
    title = pick(rng, [f"{user}'s training log", "Training journal - week " + _n(rng, 2, 40), "Log: cut phase", "Back at it after a layoff (log)"])
    intro = pick(rng, [
        f"Age {rng.randrange(22, 58)}, {rng.randrange(150, 240)} lb, running a {pick(rng, ['5/3/1', 'upper/lower', 'PPL', 'linear progression'])} program. Goals: {pick(rng, ['1000 lb total', 'lose 20 lb without losing strength', 'first bodyweight bench', 'half marathon in the spring'])}.",
        "Keeping myself accountable. Roast me if I skip days.",
        "",
    ])
    entries = []
    month = rng.randrange(1, 13)
    day = rng.randrange(1, 20)
    for _ in range(rng.randrange(3, 7)):
        day += rng.randrange(1, 3)
        cardio = rng.random() < 0.25
        lines = [f"**{month}/{day}**" + ("" if cardio else pick(rng, ["", " - Lower", " - Upper", " - Push", " - Pull"]))]
        if cardio:
            lines.append(pick(rng, FITLOG_CARDIO).format(d=rng.randrange(3, 14), p=f"{rng.randrange(7, 12)}:{rng.randrange(0, 60):02d}", m=rng.randrange(20, 60)))
        else:
            for lift in _k(rng, list(FITLOG_LIFTS), 1, 2):
                lo, hi = FITLOG_LIFTS[lift]
                w = rng.randrange(lo, hi, 5)
                lines.append(f"{lift} {w}x{rng.randrange(3, 9)}x{rng.randrange(2, 6)}" + (f", top set {w + rng.randrange(10, 40, 5)}x{rng.randrange(1, 4)}" if rng.random() < 0.4 else ""))
            lines.extend(_k(rng, FITLOG_ACCESSORIES, 1, 3))
        if rng.random() < 0.6:
            lines.append(pick(rng, FITLOG_NOTES).format(bw=rng.randrange(150, 240)))
        entries.append("\n".join(lines))
    return typos(rng, paragraphs([title, intro] + entries), 0.01)


# ---------------------------------------------------------------------------
# 31. Parenting blog.
# ---------------------------------------------------------------------------

PARENTING_TOPICS = {
    "Surviving the 18-Month Sleep Regression": [
        "If your formerly decent sleeper has suddenly decided that 2 a.m. is party time, welcome. You're not doing anything wrong. Around 18 months, a lot of toddlers go through a rough patch.",
        "Part of it is developmental. They're learning words at a crazy pace, testing their independence and suddenly very aware of when you leave the room.",
        "What helped us most was boring consistency: same bath, same two books, same song, same goodnight phrase. Every. Single. Night.",
        "We also moved bedtime earlier by thirty minutes, which felt backwards, but an overtired toddler fights sleep harder.",
        "And honestly? Sometimes you just have to ride it out. Ours lasted about three weeks. It felt like three years.",
        "Take turns with your partner if you can. Sleep deprivation is no joke, and nobody gets a medal for doing every wake-up alone.",
    ],
    "My Picky Eater and Me: A Truce": [
        "My son ate exactly five foods for most of last year: plain pasta, apple slices, cheddar, chicken nuggets (one brand only) and yogurt tubes. I know some of you are nodding.",
        "Our pediatrician told me something that changed everything: my job is to decide what, when and where. His job is whether and how much.",
        "So now I put one 'safe' food on his plate at every meal, along with whatever the rest of us are eating, and then I stop talking about it. No bribes, no 'three more bites.'",
        "It took weeks, but he started touching things. Then licking. Then, one glorious Tuesday, he ate a piece of broccoli and announced it was 'a tree for dinosaurs.'",
        "Getting him involved in cooking helped a lot too. Kids are way more likely to try something they stirred themselves.",
        "Is he an adventurous eater now? No. But meals aren't a battle anymore, and that feels like a win.",
    ],
    "Screen Time Rules That Actually Work in Our House": [
        "I used to feel guilty every time I handed over the tablet. Then I realized the guilt wasn't helping anyone, and a plan might.",
        "Rule one: screens are off at the dinner table, and that includes the grown-ups. This one was harder for me than for the kids.",
        "Rule two: no screens in bedrooms. Devices charge in the kitchen overnight.",
        "Rule three: we talk about what they're watching. I sit down for ten minutes of whatever video game world they're building and ask questions.",
        "We use a simple visual timer for the little one. When it beeps, it's done, and the timer is the bad guy, not me.",
        "Weekends are looser. Movie night on Fridays is sacred. Balance, not perfection.",
    ],
    "Getting Ready for Kindergarten (For Them and For You)": [
        "I'm not crying, you're crying. My baby starts kindergarten in three weeks and I have feelings.",
        "We've been doing practice runs: walking past the school, playing on the playground, talking about what a school day looks like.",
        "Practical skills matter more than reading at this age. Can they open their lunch containers? Zip their coat? Ask a grown-up for help? We've been practicing all of those.",
        "Our library has a great shelf of first-day-of-school picture books, and reading them at bedtime has opened up lots of conversations about worries.",
        "For us parents: plan something for yourself after drop-off that first morning. Coffee with a friend, a walk. Do not sit in the car in the parking lot. (I will be sitting in the car in the parking lot.)",
        "Remember that some kids take weeks to settle in, and that's normal. Talk to the teacher early if something seems off.",
    ],
}
PARENTING_SIGNOFFS = [
    "Hang in there, mama. You've got this. ❤️",
    "Tell me in the comments what's worked for your family!",
    "As always, I'm not an expert, just a tired parent sharing what worked for us.",
    "More soon, if the toddler lets me.",
]


def _make_parenting_blog(rng: random.Random) -> str:
    title = pick(rng, list(PARENTING_TOPICS))
    paras = PARENTING_TOPICS[title]
    keep = [paras[0]] + _k(rng, paras[1:], 3, len(paras) - 1)
    kids = pick(rng, ["two kids under four", "three boys", "a toddler and a newborn", "twins", "one very opinionated preschooler"])
    return paragraphs([
        f"## {title}",
        f"{pick(rng, FIRST_NAMES)} | {_date(rng, 2015, 2024)} | {rng.randrange(2, 80)} comments",
        pick(rng, [f"Quick reminder for new readers: I'm a former teacher and mom of {kids} living in {pick(rng, TOWNS)}.", "", ""]),
        *keep,
        pick(rng, PARENTING_SIGNOFFS),
    ])


# ---------------------------------------------------------------------------
# 32. School newsletter.
# ---------------------------------------------------------------------------

SCHOOLNEWS_PRINCIPAL = [
    "Dear {school} Families,\n\nWhat a busy month it has been! Our students have been working hard, and it shows in the hallways, which are covered in {project}. Thank you for everything you do to support learning at home.",
    "Hello Eagles!\n\nAs the weather turns, please make sure your child comes to school with a jacket labeled with their name. Our lost-and-found bin is overflowing, and anything left after the {month} break will be donated.",
    "Dear Families,\n\nI want to start by thanking our amazing PTA for the staff appreciation lunch last week. Our teachers felt so celebrated. Here's what's coming up.",
]
SCHOOLNEWS_ITEMS = [
    "**Picture Day** is {weekday}, {month} {day}. Order forms went home in Friday folders. Retakes will be in late {month2}.",
    "**Book Fair:** The Scholastic Book Fair runs all next week in the library. Families are welcome after school until 4:30.",
    "**Car line reminder:** Please stay in your car and pull all the way forward. Staff will help students out. Do not drop off in the bus loop.",
    "**Field trip:** 4th graders will visit the science museum on {month} {day}. Permission slips and $12 are due by {weekday}.",
    "**Spirit Week!** Monday is Pajama Day, Tuesday is Crazy Hair Day, Wednesday is Twin Day, Thursday is Sports Day and Friday is School Colors Day.",
    "**Attendance matters.** Please call the front office by 9 a.m. if your child will be absent. Every day counts!",
    "**Lice notice:** We have had a few cases reported in the 2nd grade. Please check your child's hair this weekend. No need to panic.",
    "**Volunteers needed** for the Fall Festival. Sign up for a 1-hour shift running a game booth. No experience required, just enthusiasm.",
    "**Parent-teacher conferences** are {month} {day} and {day2}. Use the online sign-up link to pick a time slot.",
    "**Nurse's corner:** Flu shot clinic will be held in the gym on {weekday} afternoon. Consent forms are available in the office.",
    "**Congratulations** to our Spelling Bee winners! {kid1} (5th grade) and {kid2} (4th grade) will represent us at the district bee.",
    "**Math Night** is {weekday} at 6 p.m. in the cafeteria. Come play math games with your child. Pizza provided!",
]
SCHOOLNEWS_LUNCH = ["Chicken nuggets", "Cheese pizza", "Tacos", "Spaghetti with meat sauce", "Grilled cheese & tomato soup", "Breakfast for lunch (pancakes)", "Turkey sandwich", "Fish sticks", "Bean and cheese burrito"]


def _make_school_newsletter(rng: random.Random) -> str:
    school = f"{pick(rng, TOWNS)} {pick(rng, ['Elementary', 'Elementary School', 'Primary', 'Intermediate School'])}"
    month = pick(rng, MONTHS)
    slots = dict(school=school, project=pick(rng, ["poetry projects", "paper-mache planets", "self-portraits", "family tree posters"]),
                 month=month, month2=pick(rng, MONTHS), weekday=pick(rng, WEEKDAYS[:5]), day=str(d1 := rng.randrange(1, 27)),
                 day2=str(d1 + 1), kid1=pick(rng, FIRST_NAMES), kid2=pick(rng, FIRST_NAMES))
    items = [i.format(**slots) for i in _k(rng, SCHOOLNEWS_ITEMS, 4, 7)]
    parts = [
        f"{school.upper()} | {pick(rng, ['Family Newsletter', 'The Weekly Roar', 'Principal Update', 'Eagle Express'])} | {month} {rng.randrange(2015, 2025)}",
        pick(rng, SCHOOLNEWS_PRINCIPAL).format(**slots),
        "\n\n".join(items),
    ]
    if rng.random() < 0.5:
        menu = "\n".join(f"{d}: {m}" for d, m in zip(WEEKDAYS[:5], sample(rng, SCHOOLNEWS_LUNCH, 5)))
        parts.append("**Lunch Menu This Week**\n" + menu)
    parts.append(f"{pick(rng, ['Warmly', 'Go Eagles!', 'With gratitude', 'Have a great week'])},\n{_person(rng)}, Principal")
    return paragraphs(parts)


# ---------------------------------------------------------------------------
# 33. E-commerce product description.
# ---------------------------------------------------------------------------

SHOP_PRODUCTS = [
    {
        "name": "Classic Canvas Tote Bag", "price": (24, 48), "blurb": "Our everyday tote is cut from heavyweight 16 oz cotton canvas and built to haul groceries, library books and beach towels for years.",
        "bullets": ["Heavyweight 16 oz cotton canvas", "Interior zip pocket for keys and phone", "Reinforced stitching at stress points", "Machine washable, cold, hang dry", "Measures 15\" x 16\" x 5\" with 11\" handle drop"],
        "colors": ["Natural", "Navy", "Olive", "Charcoal"],
    },
    {
        "name": "Stoneware Pour-Over Coffee Dripper", "price": (22, 42), "blurb": "Hand-glazed in small batches, this ceramic dripper holds heat for an even extraction and a clean, bright cup.",
        "bullets": ["Fits standard #2 cone filters", "Makes 1-2 cups", "Spiral ribs for consistent flow", "Dishwasher safe", "Each glaze is unique, so color may vary slightly"],
        "colors": ["Speckled White", "Matte Black", "Sage"],
    },
    {
        "name": "Merino Wool Hiking Socks (3-Pack)", "price": (28, 54), "blurb": "Soft, breathable merino keeps feet warm in winter, cool in summer and surprisingly un-stinky on multi-day trips.",
        "bullets": ["68% merino wool, 30% nylon, 2% spandex", "Cushioned sole and heel", "Seamless toe to prevent blisters", "Naturally odor resistant", "Available in S, M, L, XL"],
        "colors": ["Heather Grey", "Forest", "Rust"],
    },
    {
        "name": "Solid Oak Cutting Board", "price": (55, 120), "blurb": "Made from a single piece of kiln-dried white oak and finished with food-safe mineral oil and beeswax.",
        "bullets": ["Generous 18\" x 12\" x 1\" size", "Juice groove on one side, flat on the other", "Gentle on knife edges", "Hand wash only, oil monthly", "Made in Vermont"],
        "colors": ["Natural Oak"],
    },
    {
        "name": "Kids' Waterproof Rain Jacket", "price": (34, 68), "blurb": "Puddle-proof and playground-tough, with a lined hood and reflective trim for gray mornings at the bus stop.",
        "bullets": ["Fully seam-sealed waterproof shell", "Soft jersey lining", "Reflective piping front and back", "Packs into its own pocket", "Sizes 2T to 14"],
        "colors": ["Yellow", "Red", "Cobalt", "Pink Dots"],
    },
]
SHOP_EXTRAS = [
    "Free shipping on orders over $50. Easy 30-day returns.",
    "Ships in 1-2 business days.",
    "Only {n} left in stock!",
    "★★★★★ ({n} reviews)",
    "Pairs well with: our {pair}.",
    "Care instructions are included on the label.",
]


def _make_ecommerce(rng: random.Random) -> str:
    p = pick(rng, SHOP_PRODUCTS)
    price = f"${rng.randrange(*p['price'])}.{pick(rng, ['00', '95', '99', '50'])}"
    sale = rng.random() < 0.3
    parts = [
        p["name"],
        f"{price}" + (f"  ~~${int(float(price[1:]) * 1.3)}.00~~  SALE" if sale else ""),
        f"Color: {' / '.join(_k(rng, p['colors'], 1, len(p['colors'])))}",
        p["blurb"],
        "Features:\n" + "\n".join(f"• {b}" for b in _k(rng, p["bullets"], 3, 5)),
        *[e.format(n=rng.randrange(3, 900), pair=pick(rng, ["travel mug", "linen apron", "canvas pouch", "gift box"])) for e in _k(rng, SHOP_EXTRAS, 1, 3)],
    ]
    return paragraphs(parts)


# ---------------------------------------------------------------------------
# 34. Event listings.
# ---------------------------------------------------------------------------

EVENTS_BANK = [
    ("Bluegrass in the Park", "Bring a lawn chair and a picnic for an evening of live bluegrass from local bands. Food trucks on site.", "Free", "6:30 p.m.", "Riverside Park Pavilion"),
    ("Community Blood Drive", "Walk-ins welcome, but appointments are encouraged. Donors get a free T-shirt and cookies.", "Free", "10 a.m.-3 p.m.", "Rec Center gym"),
    ("Beginner Pottery Workshop", "Learn to throw a bowl on the wheel in this two-hour hands-on class. All materials included; pieces are glazed and ready in two weeks.", "$45", "6 p.m.", "Community Arts Center"),
    ("Trivia Night at the Rusty Anchor", "Teams of up to six. Prizes for first place and best team name. Kitchen open late.", "$5 per player", "7:30 p.m.", "the Rusty Anchor"),
    ("Spring Plant Sale", "Master Gardeners sell native perennials, vegetable starts and herbs. Cash or card. Proceeds fund school gardens.", "Free admission", "8 a.m.-noon", "County Fairgrounds, Building C"),
    ("Toddler Story Time", "Stories, songs and bubbles for ages 0-3 with a caregiver. No registration needed.", "Free", "10:30 a.m.", "Public Library, children's room"),
    ("Historic Downtown Walking Tour", "A 90-minute guided walk covering the architecture and scandals of Main Street. Wear comfortable shoes.", "$12, kids free", "2 p.m.", "meet at the courthouse steps"),
    ("Pancake Breakfast Fundraiser", "All-you-can-eat pancakes, sausage and coffee hosted by the volunteer fire department.", "$8 adults / $5 kids", "7-11 a.m.", "Fire Station No. 2"),
    ("5K Turkey Trot", "Costumes encouraged. Packet pickup the night before at the rec center. Strollers welcome at the back.", "$30 (includes shirt)", "8 a.m.", "Town Square"),
    ("Open Mic Night", "Musicians, poets and comedians welcome. Sign-up sheet goes out at 6:30. Five-minute limit.", "Free", "7 p.m.", "Bean There Coffeehouse"),
    ("Classic Car Cruise-In", "Hot rods, muscle cars and antique trucks fill the square. DJ, 50/50 raffle and ice cream social.", "Free to spectators", "5-8 p.m.", "Town Square"),
    ("Watercolor for Adults", "A relaxed evening class. No experience necessary. BYOB.", "$35", "6:30 p.m.", "Community Arts Center"),
    ("Estate Planning 101", "An attorney answers common questions about wills, trusts and powers of attorney. Light refreshments.", "Free, RSVP required", "1 p.m.", "Public Library, Meeting Room B"),
    ("Family Movie Night: outdoor screening", "Bring blankets. Popcorn sold by the PTO. Movie starts at dusk.", "Free", "8:15 p.m.", "Lincoln Elementary field"),
]


def _make_event_listings(rng: random.Random) -> str:
    town = pick(rng, TOWNS)
    month = pick(rng, MONTHS)
    events = _k(rng, EVENTS_BANK, 3, 7)
    days = sorted(rng.sample(range(1, 29), len(events)))
    lines = [pick(rng, [f"Things to Do in {town} This Week", f"Community Calendar: {month}", f"WEEKEND PICKS | {town}", f"What's happening around {town}"])]
    start = rng.randrange(7)
    for (name, desc, price, time, venue), d in zip(events, days):
        lines.append(f"**{name}**\n{WEEKDAYS[(start + d) % 7]}, {month} {d} · {time} · {venue}\n{desc} {price}.")
    lines.append(pick(rng, ["Submit your event at least two weeks in advance to be included.", "Listings are provided by organizers; call ahead to confirm.", ""]))
    return paragraphs(lines)


# ---------------------------------------------------------------------------
# 35. Classified ads (short).
# ---------------------------------------------------------------------------

CLASSIFIED_ADS = [
    "FOR SALE: {year} Honda Civic, {miles}k miles, one owner, new tires, minor dent rear bumper. ${price} OBO. Cash only, no trades. Call or text {phone}.",
    "Queen bed frame, solid wood, disassembled and ready to go. Mattress NOT included. ${small}. You pick up, third floor no elevator, sorry!",
    "FREE: Piano. Needs tuning. You haul. Must be gone by {weekday}. Bring 3 strong friends.",
    "LOST CAT: orange tabby, answers to Biscuit, white paws, missing since {weekday} near {street}. Very shy. Reward. Please call {phone}.",
    "Babysitter available weekday evenings and weekends. CPR certified, college student, great references. $18/hr. {phone}.",
    "Firewood: seasoned oak and maple, split. ${small}/face cord, delivered within 10 miles. Stacking extra.",
    "WANTED: old motorcycles, running or not, any condition. Cash paid, I'll haul. Text {phone}.",
    "Garage sale {weekend}, 8am-2pm, {num} {road}. Baby clothes, tools, fishing gear, Christmas decorations, lots more. No early birds!",
    "Room for rent in quiet house, ${price_small}/mo includes utilities and wifi. Shared kitchen. No smokers, no pets. Available the 1st.",
    "FOUND: set of keys with a blue carabiner and a Mickey Mouse keychain at {street} bus stop. Describe to claim.",
    "Lawn mowing, leaf cleanup, gutter cleaning. Reliable, insured, free estimates. Senior discount. {phone}.",
    "Kids' bike, 20 inch, purple, training wheels included. Outgrown. ${tiny}.",
    "Piano lessons for beginners of all ages, in your home or mine. First lesson half price. {phone}.",
    "Puppies! Lab mix, 8 weeks, first shots done, mom on site. ${small} rehoming fee. Ready now.",
]


def _make_classifieds(rng: random.Random) -> str:
    slots = dict(year=_n(rng, 2004, 2016), miles=_n(rng, 90, 210), price=f"{rng.randrange(2, 9)},{rng.randrange(0, 10)}00",
                 phone=f"555-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}", small=_n(rng, 40, 300),
                 tiny=_n(rng, 15, 60), price_small=_n(rng, 450, 900), weekday=pick(rng, WEEKDAYS), weekend=pick(rng, ["Fri-Sat", "Sat & Sun", "Saturday only", "Thurs-Sat"]), road=pick(rng, ["Birch Lane", "Harbor Road", "Maple Ave", "Pheasant Run"]),
                 street=pick(rng, ["Elm & 5th", "Birch Lane", "Harbor Road", "Maple Ave", "the Oak St."]), num=_n(rng, 100, 999))
    n = rng.choice([1, 2, 2, 3])
    ads = [a.format(**slots) for a in sample(rng, CLASSIFIED_ADS, n)]
    if n > 1:
        return pick(rng, ["Classifieds", "CLASSIFIEDS - MISC.", f"{pick(rng, TOWNS)} Community Board"]) + "\n\n" + "\n\n".join(ads)
    where = pick(rng, TOWNS)
    return f"{ads[0]}\n\nPosted {rng.randrange(1, 30)} days ago · {where} · {pick(rng, ['for sale by owner', 'services', 'lost & found', 'general'])} · post id {rng.randrange(7000000000, 7999999999)}"


# ---------------------------------------------------------------------------
# 36. Podcast show notes.
# ---------------------------------------------------------------------------

PODCAST_SHOWS = [
    {
        "show": "The Slow Money Hour", "topic": "personal finance", "code": "SLOW",
        "creds": ["a fee-only financial planner", "author of a bestselling book on budgeting", "a former bank loan officer"],
        "episodes": [
            ("Why We Overspend on Weddings", "wedding budgets, family expectations and the one line item every couple regrets", ["What the average wedding really costs", "Talking money with parents", "The regret list", "Listener question: elopement guilt"]),
            ("Renting vs. Buying, Again", "the rent-vs-buy debate with updated numbers for today's mortgage rates", ["The five-year rule", "Hidden costs of owning", "When renting wins", "Rapid-fire myths"]),
        ],
    },
    {
        "show": "Dirt Under the Nails", "topic": "gardening", "code": "DIRT",
        "creds": ["a county extension agent", "owner of a native plant nursery", "a master gardener and longtime listener"],
        "episodes": [
            ("Seed Starting Without the Tears", "grow lights, soil blocks and why your seedlings are leggy", ["Timing by last frost date", "Light: how close is too close", "Damping off and how to avoid it", "Hardening off"]),
            ("Native Plants for Tiny Yards", "how to turn a postage-stamp yard into a habitat", ["Why native matters", "Top five shrubs for small spaces", "Dealing with HOA rules", "Listener garden tour"]),
        ],
    },
    {
        "show": "Overtime: A Basketball Podcast", "topic": "sports", "code": "OT",
        "creds": ["a former pro turned coach", "a beat writer who has covered the league for fifteen years", "a college scout"],
        "episodes": [
            ("Trade Deadline Winners and Losers", "every move from deadline week and which teams got better", ["The blockbuster nobody saw coming", "Cap space winners", "Who stood pat and why", "Playoff picture"]),
            ("The Greatest Sixth Men Ever", "bench legends and the art of coming in cold", ["Defining the role", "Our all-time top ten", "Current candidates", "Mailbag"]),
        ],
    },
    {
        "show": "Past Tense", "topic": "history", "code": "PAST",
        "creds": ["a professor of history at State University", "author of a new book on the subject", "a museum curator"],
        "episodes": [
            ("The Year Without a Summer", "the 1815 volcanic eruption that caused snow in June and crop failures across two continents", ["Mount Tambora erupts", "Frost in New England", "Famine in Europe", "Frankenstein's rainy summer"]),
            ("Lighthouse Keepers", "the lonely, heroic and occasionally very strange lives of lighthouse keepers", ["The job description", "Women keepers", "Famous rescues", "Automation and the end of an era"]),
        ],
    },
]
PODCAST_INTRO = [
    "This week on {show}, {host} sits down with {guest} to talk about {desc}.",
    "{host} and {cohost} dig into {desc}.",
    "In episode {ep}, we're joined by {guest}, {cred}, for a conversation about {desc}.",
]
PODCAST_SPONSORS = [
    "This episode is brought to you by a meal kit company. Use code {code} for 50% off your first box.",
    "Thanks to our sponsor, a mattress company. Visit the link in our show notes and use code {code} for $100 off.",
    "Support the show on Patreon for ad-free episodes and bonus content.",
]
PODCAST_LINKS = [
    "Follow us on Instagram and leave a review wherever you listen. It really helps!",
    "Send your questions to our listener mailbag. We read every one.",
    "Full transcript available on our website.",
    "Music by a local band, used with permission.",
    "Edited by {editor}.",
]


def _make_podcast_notes(rng: random.Random) -> str:
    show = pick(rng, PODCAST_SHOWS)
    title, desc, chapters = pick(rng, show["episodes"])
    ep = rng.randrange(12, 340)
    host, cohost, guest = _person(rng), _person(rng), _person(rng)
    t = 0
    stamps = []
    for ch in ["Intro"] + chapters[: rng.randint(2, len(chapters))] + [pick(rng, ["Wrap-up", "Outro", "Listener shout-outs"])]:
        stamps.append(f"({t // 60:02d}:{t % 60:02d}) {ch}")
        t += rng.randrange(4, 17)
    parts = [
        f"{show['show']} · Ep. {ep}: {title}",
        f"{_date(rng, 2018, 2024)} · {rng.randrange(35, 95)} min",
        pick(rng, PODCAST_INTRO).format(show=show["show"], host=host, cohost=cohost, guest=guest, desc=desc, ep=ep, cred=pick(rng, show["creds"])),
        "Timestamps:\n" + "\n".join(stamps),
        pick(rng, PODCAST_SPONSORS).format(code=show["code"] + _n(rng, 10, 99)) if rng.random() < 0.7 else "",
        "\n".join(_k(rng, PODCAST_LINKS, 1, 3)).format(editor=_person(rng)),
    ]
    return paragraphs(parts)


# ---------------------------------------------------------------------------
# 37. Cooking forum thread.
# ---------------------------------------------------------------------------

COOKFORUM_THREADS = [
    {
        "title": ["Why is my bread so dense?", "Dense, gummy sandwich loaf - what am I doing wrong", "Bread never rises enough"],
        "op": "Third attempt at a basic white sandwich loaf and it's coming out dense and kind of gummy in the middle. I'm using {flour}, instant yeast, following the recipe exactly. It rises maybe half as much as the pictures. Kitchen is around {temp}°F. Help!",
        "replies": [
            "Kitchen at that temp is on the cool side. Rise times in recipes assume a warm kitchen. Go by how the dough looks (doubled), not the clock.",
            "Are you measuring flour by cups? Scoop-and-level can add a lot of extra flour. Get a cheap scale, it changed my baking completely.",
            "Gummy middle usually means underbaked. Check internal temp, should be around 190-200F for sandwich bread.",
            "Let it cool completely before cutting. Slicing hot bread makes it gummy even if it's baked through.",
            "How long are you kneading? Do the windowpane test, stretch a small piece thin enough to see light through it.",
            "Check your yeast isn't old. Proof a pinch in warm water with sugar, should foam within 10 min.",
        ],
    },
    {
        "title": ["Rust on my cast iron, did I ruin it?", "Left cast iron soaking overnight, now orange", "Help restore grandma's skillet"],
        "op": "My {person} left my cast iron skillet soaking in the sink overnight (not naming names) and now there's orange rust on the bottom and sides. It was my grandma's. Is it ruined?",
        "replies": [
            "Not ruined at all! Scrub the rust off with steel wool and a little water, dry it on the stove, then rub a very thin layer of oil all over and bake it upside down at 450 for an hour.",
            "Cast iron is almost impossible to kill. People restore pans that have been buried in barns for 50 years.",
            "Key word is THIN layer of oil. Wipe it on, then wipe it off like you made a mistake. Too much oil = sticky finish.",
            "For heavy rust, a 50/50 vinegar and water soak for an hour or two works, but don't leave it longer or it starts eating the iron.",
            "Then just cook with it. Fry some bacon, make cornbread. Seasoning builds with use.",
        ],
    },
    {
        "title": ["Buttermilk substitute that actually works?", "No buttermilk for pancakes, what can I use?", "Buttermilk swap for biscuits"],
        "op": "Making {dish} tomorrow morning and realized I don't have buttermilk. Store is closed. What's the best substitute? I have regular milk, yogurt, lemons and sour cream.",
        "replies": [
            "1 cup milk + 1 tbsp lemon juice or white vinegar, let it sit 5-10 minutes. Works fine in most recipes.",
            "Thin plain yogurt with milk to buttermilk consistency. Honestly I like this better than the lemon trick, more tang.",
            "Sour cream thinned with milk also works. About 3/4 cup sour cream + 1/4 cup milk.",
            "For biscuits the yogurt version gives the most tender result in my experience.",
            "Powdered buttermilk is worth keeping in the pantry for exactly this reason. Lasts forever in the fridge.",
        ],
    },
    {
        "title": ["Sourdough starter not bubbling after a week", "Day 8 and my starter is dead?", "Starter smells like nail polish"],
        "op": "Started my first sourdough starter {days} days ago with {flour} and water. It bubbled like crazy on day 2, then nothing. Now it just sits there and smells kind of like nail polish remover. Did I kill it?",
        "replies": [
            "That day 2 burst is bacteria, not yeast, everyone gets fooled by it. The quiet phase after is normal. Keep feeding.",
            "Nail polish smell = hungry. Feed it more often, twice a day, and discard more before feeding.",
            "Add some whole wheat or rye flour to the feedings, gives the yeast more to work with.",
            "Keep it somewhere warm, like the oven with just the light on. Cold starters are very slow.",
            "Use filtered or dechlorinated water if your tap water is heavily chlorinated.",
            "Mine took almost three weeks to get going. Patience. It's not dead.",
        ],
    },
]


def _make_cooking_forum(rng: random.Random) -> str:
    t = pick(rng, COOKFORUM_THREADS)
    op_user = _handle(rng)
    op = t["op"].format(flour=pick(rng, ["all purpose flour", "bread flour", "a whole wheat blend"]), temp=_n(rng, 62, 68),
                        person=pick(rng, ["husband", "roommate", "teenager", "brother-in-law"]), dish=pick(rng, ["pancakes", "biscuits", "fried chicken", "a chocolate cake"]),
                        days=_n(rng, 6, 12))
    posts = [(op_user, op)] + [(_handle(rng), r) for r in _k(rng, t["replies"], 2, 5)]
    if rng.random() < 0.6:
        posts.append((op_user, pick(rng, ["Thank you all!! Will report back.", "Update: it worked!!! Best batch yet.", "Ok I'm buying a scale. You've convinced me.", "Crisis averted. You guys are the best."])))
    return _thread(rng, pick(rng, t["title"]), posts, pick(rng, ["Baking", "Cooking Q&A", "Home Cooking", "Kitchen Help"]), 0.02)


# ---------------------------------------------------------------------------
# 38. Fashion blog.
# ---------------------------------------------------------------------------

FASHION_TOPICS = {
    "How I Built a 30-Piece Fall Capsule Wardrobe": [
        "Every September I get the urge to buy an entirely new wardrobe. This year I did the opposite: I pulled everything out of my closet, kept thirty pieces, and boxed up the rest.",
        "The rules were simple. Thirty items, not counting shoes, underwear, workout gear or pajamas. Everything had to work with at least three other pieces.",
        "My color palette is camel, cream, chocolate brown and denim, with one pop of rust. Neutrals make mixing effortless, and the rust keeps it from feeling boring.",
        "The workhorses: a camel wool coat, two chunky knit sweaters, a cream turtleneck, straight-leg jeans in two washes, a brown corduroy skirt and a striped long-sleeve tee.",
        "Shoes: brown leather ankle boots, white sneakers and loafers. That's it. I didn't miss anything else.",
        "Honestly, getting dressed has never been easier. Fewer choices, better outfits. Who knew.",
    ],
    "Five Ways to Style Wide-Leg Jeans": [
        "Wide-leg jeans are everywhere right now, and after years of skinny jeans they can feel a little intimidating. Here's how I wear mine.",
        "With a fitted top. Balance the volume on the bottom with a tucked-in bodysuit or a cropped tee.",
        "With a platform or a block heel, so the hem skims the floor without dragging. Get them hemmed for your favorite shoes.",
        "With a cropped cardigan buttoned all the way up, very seventies, very cozy.",
        "With a blazer for the office. Dark wash, tailored jacket, loafers. Polished but comfortable.",
        "With sneakers and an oversized sweatshirt for weekends. Just make sure something is defined, a tuck or a rolled cuff, so you don't get lost in fabric.",
    ],
    "What to Wear to a Summer Wedding as a Guest": [
        "Summer wedding season is here, and my group chat is full of the same question: what do I wear?",
        "First, read the invitation. 'Garden party' and 'black tie optional' mean very different things.",
        "For outdoor daytime weddings, breathable fabrics are your friend. Think linen, cotton voile, silk. Avoid anything that shows sweat, which rules out a lot of satin.",
        "Florals are classic for a reason. Midi length is the sweet spot: dressy but practical if you'll be on grass.",
        "Block heels or dressy flat sandals. Stilettos on a lawn are a recipe for sinking.",
        "And please, unless the couple has asked for it, skip white, cream and anything that could photograph as bridal.",
    ],
    "My Best Thrifting Tips After 10 Years": [
        "About eighty percent of my closet is secondhand, and people always ask how I find good stuff. The honest answer is: go often, and be picky.",
        "Shop by fabric, not by size. Run your hand along the rack and pull anything that feels like wool, silk, linen or heavy cotton. Then check the size.",
        "Look at the men's section for sweaters, button-downs and blazers. The quality is often better and the prices lower.",
        "Check everything carefully: armpits, hems, zippers, and hold it up to the light for moth holes.",
        "Go on weekday mornings when new stock has just been put out.",
        "Budget for tailoring. A ten-dollar blazer plus a twenty-dollar alteration looks better than most new ones off the rack.",
    ],
}


FASHION_TOPICS["Packing Light: One Carry-On for Two Weeks"] = [
    "I just got back from two weeks in Portugal with nothing but a carry-on and a small tote, and I didn't once wish I'd packed more. Here's how.",
    "Pick a color story and stick to it. Mine was navy, white and tan, so every top worked with every bottom.",
    "Count outfits, not items. Four tops, two bottoms and one dress gave me more than a dozen combinations.",
    "Wear your bulkiest pieces on the plane: the jacket, the sneakers, the chunky sweater.",
    "Choose fabrics that don't wrinkle and dry fast. Merino and linen blends are my go-to. I washed things in the sink twice and they were dry by morning.",
    "Shoes are the enemy of light packing. Two pairs, maximum: one for walking, one that can be dressed up.",
]


def _make_fashion_blog(rng: random.Random) -> str:
    title = pick(rng, list(FASHION_TOPICS))
    paras = FASHION_TOPICS[title]
    body = [paras[0]] + _k(rng, paras[1:], 3, len(paras) - 1)
    if rng.random() < 0.5:
        body = [body[0], "\n".join(f"{i}. {p}" for i, p in enumerate(body[1:], 1))]
    return paragraphs([
        f"# {title}",
        f"{pick(rng, ['Style', 'Outfit Ideas', 'Closet Diaries', 'Fashion'])} · {pick(rng, FIRST_NAMES)} · {_date(rng, 2016, 2024)}",
        *body,
        pick(rng, ["*This post contains affiliate links. I may earn a small commission at no cost to you.*", "Shop the post below! 👇", "What's your go-to? Tell me in the comments.", ""]),
    ])


# ---------------------------------------------------------------------------
# 39. Pet care article / Q&A.
# ---------------------------------------------------------------------------

PETS_TOPICS = {
    "New Kitten Checklist: Everything You Need Before Day One": [
        "Bringing home a kitten is exciting, and a little chaotic. A bit of preparation goes a long way.",
        "Set up a small 'base camp' room with food, water, a litter box, a bed and a few toys. Kittens feel safer starting in a small space before exploring the whole house.",
        "Choose an unscented, clumping litter and a low-sided box that tiny legs can climb into. The general rule is one box per cat plus one.",
        "Feed a food formulated for kittens, which is higher in calories and protein. Ask the shelter or breeder what they've been eating and transition slowly.",
        "Kitten-proof like you would for a toddler: tie up blind cords, tuck away phone chargers, and check that no toxic plants like lilies are within reach.",
        "Book a vet visit within the first week for a checkup, vaccines and a conversation about spaying or neutering.",
        "Scratching is normal. Give them a sturdy post, and reward them every time they use it.",
    ],
    "Helping a Dog with Separation Anxiety": [
        "If your dog howls, chews the door frame or has accidents only when you're gone, separation anxiety might be the issue.",
        "Start with very short absences. Step outside for thirty seconds, come back calmly, and gradually build up the time.",
        "Keep arrivals and departures boring. Big emotional goodbyes can make things worse.",
        "A food puzzle or frozen stuffed toy gives your dog something positive to focus on when you leave.",
        "Exercise helps. A tired dog is generally a calmer dog, so a good walk before you leave can make a difference.",
        "For severe cases, talk to your veterinarian. A certified behaviorist and sometimes medication can help.",
        "Avoid punishment. Your dog isn't being spiteful; they're genuinely distressed.",
    ],
    "What Should My Rabbit Eat?": [
        "Rabbits are often sold as easy starter pets, but their diet is more particular than many people expect.",
        "Unlimited hay should make up the bulk of the diet. Timothy or orchard grass hay for adults; alfalfa is richer and better for young rabbits.",
        "Offer a daily portion of leafy greens such as romaine, cilantro, parsley and dandelion greens.",
        "Pellets should be a small part of the diet, and choose a plain variety without seeds or colorful bits.",
        "Carrots and fruit are treats, not staples. A small slice a few times a week is plenty.",
        "Fresh water should always be available. Many rabbits prefer a heavy bowl to a bottle.",
    ],
    "How to Cycle a New Aquarium (and Why You Must)": [
        "The number one reason new aquarium fish die is 'new tank syndrome,' and it's almost entirely avoidable.",
        "Fish produce ammonia, which is toxic. In an established tank, beneficial bacteria convert ammonia to nitrite and then to less harmful nitrate. A new tank doesn't have those bacteria yet.",
        "Cycling means growing that bacteria before you add fish. Add a source of ammonia and test the water every few days.",
        "You'll see ammonia rise, then nitrite rise as ammonia falls, then both drop to zero with nitrate appearing. That process usually takes four to eight weeks.",
        "Using filter media from an established tank can speed things up considerably.",
        "Once cycled, add fish a few at a time, and keep up with weekly partial water changes.",
    ],
}


def _make_pet_care(rng: random.Random) -> str:
    title = pick(rng, list(PETS_TOPICS))
    paras = PETS_TOPICS[title]
    body = [paras[0]] + _k(rng, paras[1:], 3, len(paras) - 1)
    pet = pick(rng, ["Biscuit", "Luna", "Moose", "Pickles", "Juniper", "Waffles", "Ziggy"])
    parts = [f"{title}", f"{pick(rng, ['Pet Health', 'Ask the Vet', 'Pet Parent Guide'])} · by {_person(rng)}{pick(rng, [', DVM', '', ', CPDT-KA'])}"]
    if rng.random() < 0.4:
        parts.append(f"Reader question: \"We just adopted {pet} and I want to get this right. Where do I start?\" — {pick(rng, FIRST_NAMES)} in {pick(rng, TOWNS)}")
    parts += body
    parts.append(pick(rng, ["Every pet is an individual. When in doubt, call your vet.", "Have a question for our vet? Send it in and it may be featured in a future column.", ""]))
    return paragraphs(parts)


# ---------------------------------------------------------------------------
# 40. DIY project how-to.
# ---------------------------------------------------------------------------

DIY_PROJECTS = {
    "Build a Cedar Raised Garden Bed in an Afternoon": {
        "materials": ["(6) 2x6 cedar boards, 8 ft", "(1) 4x4 cedar post, 8 ft", "3\" exterior deck screws", "Landscape fabric or cardboard", "Drill/driver, saw, tape measure, square"],
        "steps": ["Cut two of the 8 ft boards in half for the short sides, giving you a 4x8 bed.", "Cut the 4x4 post into four 11-inch corner blocks.", "Screw the boards to the corner blocks, two rows high, checking for square as you go.", "Set the bed in a sunny, level spot and lay cardboard or fabric in the bottom to smother grass.", "Fill with a mix of topsoil and compost, roughly 60/40, and water well before planting."],
    },
    "Fix a Leaky Kitchen Faucet": {
        "materials": ["Replacement cartridge (bring the old one to the store)", "Adjustable wrench", "Allen keys", "Flathead screwdriver", "Plumber's grease", "Rag"],
        "steps": ["Shut off the water supply under the sink and open the faucet to drain the lines.", "Pry off the decorative cap and remove the handle screw.", "Unscrew the retaining nut and pull the old cartridge straight out. Take a photo of its orientation first.", "Grease the O-rings on the new cartridge and insert it the same way.", "Reassemble, turn the water back on slowly and check for drips."],
    },
    "Paint Your Kitchen Cabinets Like a Pro": {
        "materials": ["Degreaser", "120 and 220 grit sandpaper", "Bonding primer", "Cabinet enamel paint", "Foam roller and angled brush", "Painter's tape, drop cloths"],
        "steps": ["Remove doors and hardware and label everything with tape. You will not remember which door goes where.", "Clean every surface with degreaser. Kitchen grime is the enemy of paint adhesion.", "Scuff-sand with 120 grit, wipe the dust away, and apply a bonding primer.", "Sand lightly with 220 between coats and apply two thin coats of enamel with a roller, brushing only the profiles.", "Let the doors cure for several days before rehanging; the paint takes weeks to fully harden."],
    },
    "Patch a Hole in Drywall": {
        "materials": ["Self-adhesive mesh patch (small holes) or drywall scrap (large holes)", "Joint compound", "6\" and 10\" putty knives", "Sanding sponge", "Primer and paint"],
        "steps": ["Clean up the edges of the hole with a utility knife.", "Apply the mesh patch, or for larger holes cut a square of drywall and screw it to a backer board inside the wall.", "Spread a thin coat of compound over the patch, feathering it several inches past the edges.", "Let it dry, sand lightly, and apply a second wider coat. Repeat until smooth.", "Prime before painting or the patch will show through as a dull spot."],
    },
    "Install Floating Shelves That Actually Hold Weight": {
        "materials": ["Floating shelf brackets rated for your load", "Stud finder", "Level", "3\" wood screws", "Drill", "Shelves pre-drilled to fit the brackets"],
        "steps": ["Find and mark the studs. Heavy shelves need at least two studs; drywall anchors alone won't cut it.", "Hold the bracket in place, level it and mark the screw holes.", "Drive screws into the studs, checking level again before the last one is tight.", "Slide the shelf onto the bracket rods. A rubber mallet can help persuade a snug fit.", "Secure the shelf to the bracket from underneath if your kit includes set screws."],
    },
}
DIY_PROJECTS.update({
    "Replace a Worn Toilet Flapper": {
        "materials": ["Universal or model-specific flapper", "Sponge and bucket", "Rubber gloves", "Scrub pad"],
        "steps": ["Turn off the water at the shutoff valve behind the toilet and flush to empty the tank.", "Unhook the old flapper's chain from the handle lever and pop the flapper's ears off the pegs on the overflow tube.", "Scrub the valve seat where the flapper sits; mineral buildup can cause leaks even with a new flapper.", "Attach the new flapper and clip the chain to the lever, leaving about half an inch of slack.", "Turn the water back on, let the tank fill and flush a few times to test. Add a drop of food coloring to the tank to check for silent leaks."],
    },
    "Re-Caulk a Bathtub": {
        "materials": ["Caulk removal tool or plastic scraper", "Rubbing alcohol and rags", "Mildew-resistant silicone caulk", "Caulk gun", "Painter's tape"],
        "steps": ["Remove every bit of the old caulk. A plastic scraper and some patience beat a razor blade, which can scratch the tub.", "Clean the joint with rubbing alcohol and let it dry completely, ideally overnight.", "Fill the tub with water before caulking. The weight opens the joint to the size it will be in use.", "Run painter's tape on both sides of the joint, cut the nozzle small, and apply a steady bead.", "Smooth with a wet finger, pull the tape while the caulk is wet, and wait at least 24 hours before showering."],
    },
})
DIY_INTROS = [
    "I put this off for way too long, and it turned out to be easier than I expected.",
    "This is a great beginner project, and it'll save you a service call.",
    "Total cost for me was about {cost}, and it took {hours} hours including a trip to the hardware store.",
    "Before you start: take your time, measure twice, and don't be afraid to watch a couple of videos first.",
]
DIY_TIPS = [
    "Pro tip: buy one extra of everything. You'll use it, or you'll return it.",
    "Safety first: wear eye protection when cutting or drilling overhead.",
    "If you're renting, check with your landlord before starting.",
    "Don't rush drying times. Patience is the difference between amateur and pro results.",
    "Keep a small bin for screws and parts so nothing rolls under the fridge.",
]


def _make_diy(rng: random.Random) -> str:
    title = pick(rng, list(DIY_PROJECTS))
    p = DIY_PROJECTS[title]
    diff = pick(rng, ["Easy", "Beginner", "Intermediate", "Moderate"])
    cost, hours = _money(rng, 25, 320, 5), rng.randrange(1, 7)
    parts = [
        f"# {title}",
        f"Difficulty: {diff} · Time: {hours} hrs · Cost: about {cost}",
        " ".join(_k(rng, DIY_INTROS, 1, 2)).format(cost=cost, hours=hours),
        "## What you'll need\n\n" + "\n".join(f"- {m}" for m in p["materials"]),
        "## Steps\n\n" + "\n\n".join(f"**Step {i}.** {s}" for i, s in enumerate(p["steps"], 1)),
        "\n\n".join(_k(rng, DIY_TIPS, 1, 2)),
    ]
    if rng.random() < 0.4:
        parts.append(f"**{_handle(rng)}:** {pick(rng, ['Did this last weekend, worked perfectly. Thanks!', 'What size screws did you use?', 'Wish I had read this before I tried it the hard way.', 'Great write-up, very clear.'])}")
    return paragraphs(parts)


# ---------------------------------------------------------------------------
# 41. Game patch notes.
# ---------------------------------------------------------------------------

PATCH_GAMES = {
    "Ironvale Legends": {
        "heroes": ["Warden", "Ember Witch", "Stalker", "Paladin", "Tidecaller", "Brawler"],
        "abilities": ["Shield Bash", "Flame Lance", "Shadow Step", "Holy Ground", "Riptide", "Haymaker"],
    },
    "Starfall Arena": {
        "heroes": ["Vex", "Nova", "Korrin", "Sable", "Quill", "Havoc"],
        "abilities": ["Pulse Grenade", "Blink", "Gravity Well", "Overclock", "Barrier Drone", "Rail Shot"],
    },
    "Hollow Crown Online": {
        "heroes": ["Ranger", "Cleric", "Berserker", "Necromancer", "Bard", "Knight"],
        "abilities": ["Volley", "Mend", "Rampage", "Bone Spear", "Ballad of Haste", "Shield Wall"],
    },
}
PATCH_CHANGES = [
    "{ability} damage reduced from {a} to {b}.",
    "{ability} cooldown increased from {c}s to {d}s.",
    "{ability} cooldown reduced from {d}s to {c}s.",
    "Base health increased from {h1} to {h2}.",
    "Movement speed during {ability} reduced by {p}%.",
    "{ability} now correctly applies its slow to shielded targets.",
    "{ability} radius increased from {r1}m to {r2}m.",
]
PATCH_DEV_NOTES = [
    "{hero} has been dominating high-level play for a few weeks now. We're toning down the burst while keeping the core fantasy intact.",
    "{hero} has fallen behind the rest of the roster, especially in solo queue. These changes should make them feel more rewarding without being oppressive.",
    "We've heard your feedback about {hero} feeling frustrating to play against. This is a first pass; we'll keep an eye on it.",
]
PATCH_BUGFIXES = [
    "Fixed an issue where players could get stuck in the terrain near the north bridge.",
    "Fixed a crash that could occur when alt-tabbing during the loading screen.",
    "Fixed the scoreboard occasionally showing the wrong player names after a reconnect.",
    "Fixed an issue where the shop would not refund items purchased by mistake.",
    "Fixed a visual bug where cosmetic capes clipped through armor.",
    "Fixed voice chat cutting out after a round restart.",
    "Fixed a rare issue where daily quests did not reset at midnight UTC.",
    "Fixed audio cues for footsteps being too quiet on stone surfaces.",
]
PATCH_GENERAL = [
    "Ranked season {s} begins with this patch. Placement matches have been reduced from 10 to 5.",
    "New map: {map} is now available in Quick Play and Custom Games.",
    "Matchmaking times in low-population regions should be improved.",
    "Added a colorblind mode option for enemy highlights (Settings > Accessibility).",
    "The holiday event returns! Log in daily for free rewards through the end of the month.",
    "Server-side performance improvements during large team fights.",
]
PATCH_KNOWN = [
    "Some players may see a black screen on first launch after updating. Restarting the client resolves it.",
    "Controller vibration may not work on some third-party gamepads.",
    "Friends list occasionally shows players as offline.",
]


def _make_patch_notes(rng: random.Random) -> str:
    game = pick(rng, list(PATCH_GAMES))
    g = PATCH_GAMES[game]
    version = f"{rng.randrange(1, 9)}.{rng.randrange(0, 30)}.{rng.randrange(0, 5)}"
    parts = [f"{game} - Patch {version} Notes", f"{_date(rng, 2016, 2024)} · {pick(rng, ['Dev Team', 'Community Manager', 'Balance Team'])}"]
    parts.append("## General\n" + "\n".join(f"- {x}" for x in _k(rng, PATCH_GENERAL, 1, 3)).format(s=rng.randrange(3, 20), map=pick(rng, ["Saltmarsh Docks", "Ashen Keep", "Orbital Station 9", "Frosthollow"])))
    block = ["## Hero Changes"]
    idx = sample(rng, range(len(g["heroes"])), rng.randint(2, 4))
    for i in idx:
        hero, ability = g["heroes"][i], g["abilities"][i]
        a = rng.randrange(40, 160)
        c = rng.randrange(6, 20)
        h1 = rng.randrange(400, 700, 25)
        r1 = rng.randrange(3, 8)
        changes = [ch.format(ability=ability, a=a, b=a - rng.randrange(5, 20), c=c, d=c + rng.randrange(1, 5), h1=h1, h2=h1 + 25, p=rng.randrange(5, 20), r1=r1, r2=r1 + 1) for ch in _k(rng, PATCH_CHANGES, 1, 3)]
        entry = f"### {hero}\n" + "\n".join(f"- {c}" for c in changes)
        if rng.random() < 0.5:
            entry += "\n\n*Developer note: " + pick(rng, PATCH_DEV_NOTES).format(hero=hero) + "*"
        block.append(entry)
    parts.append("\n\n".join(block))
    parts.append("## Bug Fixes\n" + "\n".join(f"- {b}" for b in _k(rng, PATCH_BUGFIXES, 2, 5)))
    if rng.random() < 0.6:
        parts.append("## Known Issues\n" + "\n".join(f"- {k}" for k in _k(rng, PATCH_KNOWN, 1, 2)))
    parts.append(pick(rng, ["See you in the arena!", "Thanks for playing, and keep the feedback coming.", "GLHF!", ""]))
    return paragraphs(parts)


# ---------------------------------------------------------------------------
# 42. Crypto market chatter (short).
# ---------------------------------------------------------------------------

CRYPTO_POSTS = [
    "{coin} just reclaimed {price} and nobody is talking about it. Weekly close above this level and we're going much higher. Not financial advice. {tag}",
    "Funding rates are flipping negative while price holds. Shorts are getting way too comfortable here. Expecting a squeeze this week. {tag}",
    "Every cycle people say 'this time is different.' Every cycle I buy the fear and sell the euphoria. DCA and chill. {tag}",
    "Down {pct}% on my alt bag this month. Still holding. Conviction or stupidity, we'll find out in 6 months lol",
    "Reminder: not your keys, not your coins. Move your stack off the exchange. Took me 10 min to set up a hardware wallet. {tag}",
    "The amount of gas I just paid to move $40 is criminal. L2s can't come fast enough.",
    "{coin} dominance at {pct}% and climbing. Alt season is not here yet, be patient. {tag}",
    "Another rug pull on a token with a dog logo, shocking absolutely nobody. Do your own research, people.",
    "Bought the top, sold the bottom, now I'm a long-term investor by necessity. Classic.",
    "Big green candle on {coin}. Whoever is market buying at 3am, I salute you. {tag}",
    "Chart looks like a cup and handle on the daily if you squint. I am squinting very hard. {tag}",
    "Halving is priced in. Halving is not priced in. Nobody knows anything. Zoom out.",
]
CRYPTO_REPLIES = ["wagmi", "this is the way", "ngmi with that attitude", "source?", "ser this is a casino", "lfg 🚀", "been saying this for weeks", "rekt"]
CRYPTO_COINS = ["BTC", "ETH", "SOL", "$BTC", "$ETH"]


def _make_crypto_chatter(rng: random.Random) -> str:
    n = rng.choice([1, 2, 2, 3])
    out = []
    for post in sample(rng, CRYPTO_POSTS, n):
        coin = pick(rng, CRYPTO_COINS)
        text = post.format(coin=coin, price=_money(rng, 1800, 72000, 100), pct=rng.randrange(12, 68), tag=" ".join(_k(rng, ["#Bitcoin", "#crypto", "#ETH", "#altseason", "#HODL", "📈", "🚀"], 1, 3)))
        user = "@" + _handle(rng)
        meta = f"{rng.randrange(1, 59)}{pick(rng, ['m', 'h'])} · {rng.randrange(0, 900)} likes · {rng.randrange(0, 200)} reposts"
        block = f"{user}\n{text}\n{meta}"
        for _ in range(rng.randrange(0 if n > 1 else 2, 4)):
            block += "\n  ↳ @" + _handle(rng) + ": " + pick(rng, CRYPTO_REPLIES)
        out.append(block)
    return "\n\n".join(out)


# ---------------------------------------------------------------------------
# 43. Customer complaint letter.
# ---------------------------------------------------------------------------

COMPLAINT_CASES = [
    {
        "to": "Customer Relations, {airline}", "subject": "Flight {code} cancellation and lost baggage",
        "body": [
            "I am writing to express my frustration with the handling of my trip on {date}. Flight {code} was cancelled two hours after the scheduled departure time, with no explanation given at the gate.",
            "I was rebooked on a flight the following afternoon, which meant paying for a hotel near the airport. When I finally arrived at my destination, my checked bag did not.",
            "It took {days} days and eleven phone calls for my bag to be delivered. In that time I had to buy clothing and toiletries for a work conference.",
            "I have attached receipts totaling {amount} for the hotel, meals and essential purchases.",
        ],
        "ask": "I am requesting full reimbursement of these expenses and compensation for the cancelled flight as required under your customer service plan.",
    },
    {
        "to": "Billing Department, {utility}", "subject": "Incorrect bill for account #{acct}",
        "body": [
            "My most recent bill, dated {date}, shows a charge of {amount}, roughly four times my usual monthly amount.",
            "My household usage has not changed. We were, in fact, away for two weeks during the billing period.",
            "When I called customer service, I was told the bill was based on an 'estimated reading' and that I would need to wait for the next cycle for it to be corrected. That is not acceptable when the payment is due in ten days.",
            "I have enclosed photos of my meter showing the actual reading, along with the last six months of bills for comparison.",
        ],
        "ask": "Please correct the bill based on the actual meter reading and confirm in writing that no late fees will be applied while this is resolved.",
    },
    {
        "to": "Customer Service Manager, {store}", "subject": "Damaged sofa and missed delivery appointments",
        "body": [
            "On {date} I purchased a sectional sofa from your store for {amount}, with delivery scheduled for the following week.",
            "The delivery team missed the first appointment entirely and did not call. I took a second day off work for the rescheduled delivery.",
            "When the sofa finally arrived, one section had a large tear in the fabric and a broken leg. The delivery team acknowledged the damage but said they could not take it back.",
            "It has now been {days} days, and I still have a damaged sofa in my living room and no replacement date.",
        ],
        "ask": "I would like either a replacement delivered within two weeks or a full refund, including the delivery fee, and for the damaged piece to be collected at your expense.",
    },
    {
        "to": "Property Manager, {building}", "subject": "Ongoing heating failure in Unit {unit}",
        "body": [
            "I am writing to formally document that the heat in my apartment, Unit {unit}, has not worked properly since {date}.",
            "I submitted maintenance requests on three separate occasions. Each time, a technician came, adjusted the thermostat and left. The problem returned within a day.",
            "Indoor temperatures have dropped to {temp} degrees overnight. I have a young child and have had to buy space heaters, which have significantly increased my electric bill.",
            "Under the lease and local housing code, landlords are required to maintain adequate heat.",
        ],
        "ask": "Please arrange for a qualified repair within five business days. If this is not resolved, I will contact the city housing inspector and consult about withholding rent into escrow as permitted by law.",
    },
]


def _make_complaint_letter(rng: random.Random) -> str:
    c = pick(rng, COMPLAINT_CASES)
    name = _person(rng)
    year, month = rng.randrange(2016, 2025), rng.randrange(1, 11)
    letter_date = f"{MONTHS[month + rng.randrange(0, 2)]} {rng.randrange(1, 29)}, {year}"
    slots = dict(airline=pick(rng, ["Skyway Airlines", "Coastal Air", "Meridian Airways"]), code=f"{pick(rng, ['SW', 'CA', 'MR'])}{rng.randrange(100, 2999)}",
                 date=f"{MONTHS[month - 1]} {rng.randrange(1, 29)}, {year}", days=_n(rng, 6, 30), amount=f"${rng.randrange(180, 2400)}.{rng.randrange(10, 99)}",
                 utility=pick(rng, ["Valley Power & Light", "Tri-County Water Authority", "Northern Gas Co."]), acct=_n(rng, 100000, 999999),
                 store=pick(rng, ["HomeStyle Furniture", "Comfort Living Outlet", "Oak & Linen Home"]), building=pick(rng, ["Parkview Apartments", "The Residences at Mill Creek", "Linden Court"]),
                 unit=f"{rng.randrange(1, 5)}{pick(rng, ['A', 'B', 'C', 'D'])}", temp=_n(rng, 52, 61))
    body = c["body"]
    parts = [
        f"{name}\n{rng.randrange(10, 999)} {pick(rng, ['Walnut', 'Cherry', 'Spruce', 'Orchard'])} Street\n{pick(rng, TOWNS)}",
        letter_date,
        c["to"].format(**slots),
        f"Re: {c['subject'].format(**slots)}",
        pick(rng, ["Dear Sir or Madam,", "To Whom It May Concern:", "Dear Customer Service Team,"]),
        *[p.format(**slots) for p in body],
        c["ask"],
        pick(rng, ["I have been a loyal customer for many years and hope this can be resolved quickly.", "I look forward to your prompt response.", "If I do not hear back within 14 days, I will escalate this complaint to the appropriate consumer protection agency."]),
        f"Sincerely,\n{name}\n{pick(rng, ['Enclosures: receipts, photos', 'Phone: 555-' + _n(rng, 100, 999) + '-' + _n(rng, 1000, 9999), ''])}",
    ]
    return paragraphs(parts)


# ---------------------------------------------------------------------------
# 44. Press release.
# ---------------------------------------------------------------------------

PRESS_KINDS = {
    "expansion": {
        "head": "{company} to Open New Distribution Center in {town}, Creating {jobs} Jobs",
        "paras": [
            "{company}, a regional supplier of {goods}, today announced plans to build a {sqft}-square-foot distribution center in {town}. The facility is expected to open in {year} and create approximately {jobs} full-time jobs.",
            "The {cost} investment will allow the company to shorten delivery times to customers across the region and expand its product line.",
            "\"{town} gives us access to great people and great highways,\" said {ceo}, president and CEO of {company}. \"We've been growing steadily for a decade and this facility sets us up for the next one.\"",
            "The project received support from the county economic development corporation, which approved a property tax abatement tied to hiring targets.",
            "Hiring is expected to begin about six months before opening, with positions in warehouse operations, logistics, maintenance and administration.",
        ],
    },
    "product": {
        "head": "{company} Introduces {product}, Its Lightest {category} Yet",
        "paras": [
            "{company} today unveiled the {product}, a {category} designed for {audience}. The new model weighs just {weight} ounces and will be available at retailers and online starting {month} {day}.",
            "Developed over two years with feedback from hundreds of testers, the {product} features a recycled-fabric upper, a redesigned cushioning system and a price of {price}.",
            "\"We listened to our customers, and what they wanted was simple: lighter, more comfortable and built to last,\" said {ceo}, vice president of product at {company}.",
            "The {product} will be offered in six colorways and in extended sizes.",
        ],
    },
    "hire": {
        "head": "{company} Names {newhire} Chief Financial Officer",
        "paras": [
            "{company} today announced the appointment of {newhire} as chief financial officer, effective {month} {day}. {newhire_last} succeeds {retiree}, who is retiring after {years} years with the company.",
            "{newhire_last} brings more than twenty years of financial leadership experience, most recently serving as vice president of finance at a national food manufacturer.",
            "\"{newhire_last}'s experience leading through growth makes this an ideal fit,\" said {ceo}, chief executive officer. \"We're grateful to {retiree} for years of steady stewardship.\"",
            "{newhire_last} holds a bachelor's degree in accounting and an MBA and is a certified public accountant.",
        ],
    },
    "nonprofit": {
        "head": "{org} Raises {raised} at Annual Spring Gala",
        "paras": [
            "{org} raised a record {raised} at its annual Spring Gala on {month} {day}, held at the {venue}. More than {guests} supporters attended.",
            "Proceeds will fund the organization's after-school tutoring program, summer meals and a new teen mentoring initiative.",
            "\"Every dollar raised tonight goes directly to kids in our community,\" said executive director {ceo}. \"We are so grateful for the generosity of our sponsors, volunteers and guests.\"",
            "Highlights of the evening included a live auction, a performance by the youth choir and remarks from a former program participant now studying nursing.",
        ],
    },
}
PRESS_BOILER = {
    "expansion": "About {company}: Founded in {founded}, {company} distributes {goods} to more than 4,000 businesses across the Midwest. The company is headquartered in {hq}.",
    "product": "About {company}: {company} designs performance footwear and apparel for everyday athletes. Founded in {founded}, the company is based in {hq}.",
    "hire": "About {company}: {company} is a family-owned food company founded in {founded} and headquartered in {hq}, with products sold in grocery stores nationwide.",
    "nonprofit": "About {org}: Since {founded}, {org} has provided academic support and enrichment to young people in {hq}. Learn more on our website.",
}


def _make_press_release(rng: random.Random) -> str:
    kind = pick(rng, list(PRESS_KINDS))
    k = PRESS_KINDS[kind]
    newhire = _person(rng)
    slots = dict(
        company=pick(rng, ["Hartwell Supply Co.", "Prairie State Distributors", "Summit Trail Footwear", "Brightmeadow Foods", "Keel & Compass Outfitters"]),
        town=pick(rng, TOWNS), jobs=_n(rng, 45, 400), goods=pick(rng, ["plumbing and HVAC parts", "restaurant supplies", "building materials"]),
        sqft=f"{rng.randrange(80, 600)},000", year=_n(rng, 2019, 2026), cost=f"${rng.randrange(12, 90)} million", ceo=_person(rng),
        product=pick(rng, ["TrailRunner 3", "Swift Lite", "Ridgeline Pro", "Cloudstep 2"]), category=pick(rng, ["trail running shoe", "hiking boot", "road shoe"]),
        audience=pick(rng, ["runners who want one shoe for road and trail", "weekend hikers", "new runners"]), weight=_n(rng, 7, 14),
        month=pick(rng, MONTHS), day=_n(rng, 1, 28), price=f"${rng.randrange(110, 190)}", newhire=newhire, newhire_last=newhire.split()[-1],
        retiree=_person(rng), years=_n(rng, 12, 30), org=pick(rng, ["Bright Futures Youth Center", "Reading Buddies Alliance", "Eastside Kids Club"]),
        raised=f"${rng.randrange(120, 900)},{rng.randrange(100, 999)}", venue=pick(rng, ["Grand Ballroom", "Riverside Event Center", "Historic Armory"]),
        guests=_n(rng, 150, 600), founded=_n(rng, 1952, 2010), hq=pick(rng, TOWNS),
    )
    city = pick(rng, TOWNS).upper()
    pr_year = rng.randrange(2015, 2025)
    slots["year"] = str(pr_year + rng.randrange(1, 3))
    paras = [k["paras"][0]] + [p for p in k["paras"][1:] if rng.random() < 0.85]
    body = [p.format(**slots) for p in paras]
    body[0] = f"{city}, {pick(rng, MONTHS)} {rng.randrange(1, 29)}, {pr_year} /PRNewswire/ -- " + body[0] if rng.random() < 0.5 else f"{city} -- " + body[0]
    return paragraphs([
        pick(rng, ["FOR IMMEDIATE RELEASE", "NEWS RELEASE", ""]),
        k["head"].format(**slots),
        *body,
        PRESS_BOILER[kind].format(**slots),
        f"Media Contact:\n{_person(rng)}\n555-{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}",
        "###",
    ])


# ---------------------------------------------------------------------------
# 45. City council meeting transcript (long).
# ---------------------------------------------------------------------------

COUNCIL_PUBLIC_COMMENTS = [
    "Good evening. I live on {street} and I'm here again about the speeding. I've been coming for six months. Last week a car went through my neighbor's fence. We have kids on bikes out there. We need speed bumps, or a stop sign, or something, before someone gets hurt. Thank you.",
    "Hi, I'm with the {town} Youth Soccer League. I just want to thank Parks and Rec for fixing the lights at Field 3. We had over four hundred kids playing this fall. And we'd like to ask the council to keep the restrooms open later on weekends. Thanks.",
    "I'm here to speak against the rezoning on the agenda tonight. I understand we need housing, I do. But the traffic on that road is already terrible at school pickup, and nobody has explained to me where all those cars are going to go.",
    "I'm here to speak in favor of the apartment project. My daughter is a nurse at the hospital and she can't afford to live in the town she grew up in. My son-in-law commutes forty minutes. We need places for people like them.",
    "My name is on the sign-up sheet, so. I just want to say that the new trash pickup schedule is confusing. Half my street put their bins out on the wrong day. Could the city send out a postcard or something? Not everybody checks the website.",
    "Good evening, council. I represent the downtown merchants association. The construction on Main Street has hurt foot traffic a lot. We're asking for better signage saying businesses are open, and maybe some free parking validation during the holidays.",
    "I've lived here 52 years. I want to talk about the library hours. When they cut Sunday hours, a lot of us seniors lost the one day our kids could drive us. Please put them back in the budget.",
    "I'd like to thank the fire department for their response when my husband had his heart attack in March. They were there in four minutes. He's sitting right here. That's all. Thank you.",
]
COUNCIL_ITEMS = [
    {
        "title": "Public hearing and first reading: Ordinance {num}, rezoning 14.2 acres at the former Hillside Dairy property from Agricultural to Planned Residential",
        "lines": [
            ("STAFF", "Thank you, Mayor. The applicant is proposing 168 units: a mix of townhomes and two three-story apartment buildings, with a small commercial pad at the corner. The Planning Commission recommended approval 5 to 2 with conditions, including a traffic signal at the entrance paid for by the developer and a sidewalk connection to the elementary school."),
            ("C1", "How many of those units would be considered affordable?"),
            ("STAFF", "The applicant has committed to twenty percent of the apartment units at eighty percent of area median income for thirty years. That's written into the development agreement."),
            ("C2", "My concern continues to be the school. I talked to the superintendent, and she told me the elementary is already at capacity. Did we get any numbers from the district on this?"),
            ("STAFF", "We did. The district estimates between forty and fifty additional students over the build-out period. They indicated they could accommodate that with the planned addition, but it's tight."),
            ("C3", "I want to say, I've gotten more emails about this than anything since I've been on council, and they're split almost exactly down the middle. I appreciate everyone who reached out."),
            ("C4", "I'll just say I think the conditions are strong. The signal was the thing I needed to see, and it's there."),
        ],
        "motion": "to approve Ordinance {num} on first reading with the conditions recommended by the Planning Commission",
    },
    {
        "title": "Consideration of a contract with {vendor} for the Maple Avenue resurfacing project in an amount not to exceed {amount}",
        "lines": [
            ("STAFF", "We received four bids. The low bidder came in about eight percent under the engineer's estimate. They've done work for the county and for two neighboring cities with good references. Work would begin in April and be complete by the end of June, weather permitting."),
            ("C2", "Will the road be fully closed?"),
            ("STAFF", "No, we'll maintain one lane in each direction with flaggers during work hours. There will be a couple of nights where we do a full closure for the final paving, and we'll notify residents at least a week ahead."),
            ("C1", "Can we make sure the businesses on that stretch get direct notice? Not just a press release. Somebody knocking on the door."),
            ("STAFF", "Absolutely. We'll have the project manager do that."),
            ("C4", "What about the drainage issue by the car wash? Every time it rains there's a lake there."),
            ("STAFF", "That's included. We're replacing two storm inlets and regrading that section. It should fix it."),
        ],
        "motion": "to authorize the City Manager to execute the contract",
    },
    {
        "title": "Resolution {num} approving the naming of the new park at Cedar and Fifth as '{parkname} Park'",
        "lines": [
            ("STAFF", "The Parks Board held two public input sessions and an online survey that received about 1,100 responses. The name honors a longtime teacher and coach who died last year. The family has given their blessing and several members are here tonight."),
            ("C3", "I had her for seventh grade science. She was the toughest teacher I ever had and the best. I'm honored to vote on this."),
            ("C1", "I'd just like to recognize the family. Would you all stand? Thank you for sharing her with us."),
            ("MAYOR", "Let the record reflect a standing ovation from the audience."),
        ],
        "motion": "to adopt Resolution {num}",
    },
    {
        "title": "Budget amendment: transfer of {amount} from the general fund reserve to the Police Department for vehicle replacement",
        "lines": [
            ("STAFF", "Three patrol vehicles are past 140,000 miles and have had repeated transmission issues. Maintenance costs on those three alone were over thirty thousand dollars last year. This amendment would allow us to replace them now rather than waiting for the next budget cycle."),
            ("C2", "What does this do to the reserve? I want to make sure we're still above the policy minimum."),
            ("STAFF", "After this transfer, the reserve would be at about 19 percent of operating expenditures. Policy minimum is 15."),
            ("C4", "Are these hybrids? I know some cities have gone that way."),
            ("CHIEF", "Two of the three would be hybrid pursuit-rated vehicles. The third would be the larger SUV for our K-9 unit. We expect meaningful fuel savings."),
            ("C3", "I'll support it. But next year I'd like a full fleet replacement schedule in the budget so we're not doing this piecemeal."),
        ],
        "motion": "to approve the budget amendment",
    },
    {
        "title": "Discussion and possible action: parking restrictions on {street} near the high school",
        "lines": [
            ("STAFF", "Residents submitted a petition with 41 signatures asking for residential permit parking on the two blocks nearest the high school. Students are parking there during the day and residents report blocked driveways and litter."),
            ("C1", "Did we talk to the school? Because if we push those kids out, where do they go?"),
            ("STAFF", "We did. The school is adding about sixty spaces in the south lot over the summer. They're supportive of the permit program as long as it starts after that."),
            ("C2", "How much would a permit cost residents?"),
            ("STAFF", "We're proposing the first two permits per household free, with a small fee for a third."),
            ("C4", "I'd like to see a six-month review built in, so we can see if it just moves the problem to the next street over."),
        ],
        "motion": "to direct staff to draft an ordinance establishing a residential permit parking zone, effective at the start of the fall semester, with a six-month review",
    },
    {
        "title": "Presentation: quarterly update from the Parks and Recreation Department",
        "lines": [
            ("STAFF", "Summer camp enrollment was up 22 percent over last year, and we added a second session of the teen leadership program. The pool had its best attendance in a decade, helped, honestly, by a very hot July."),
            ("STAFF", "On the capital side, the splash pad at Lincoln Park is complete and the pickleball courts at Meadow Park are being striped next week. Yes, I know. I hear about pickleball every day."),
            ("C3", "Any update on the trail connection to the county greenway?"),
            ("STAFF", "We're waiting on the easement from the railroad. Legal has been working on it. I'd love to give you a date and I can't yet."),
            ("C1", "I just want to say the concert series was wonderful this year. Every Thursday I saw families I'd never seen before."),
        ],
        "motion": "",
    },
]
COUNCIL_OPEN = [
    "MAYOR: Good evening, everyone. I'll call this regular meeting of the {town} City Council to order at {time}. Please rise for the Pledge of Allegiance.",
    "MAYOR: All right, it's {time}, let's get started. Welcome to the regular meeting of the {town} City Council. Would everyone please stand for the Pledge.",
]
COUNCIL_CLOSE = [
    "MAYOR: Is there any other business to come before the council? Seeing none, I'll entertain a motion to adjourn.\n\n{c1}: So moved.\n\n{c2}: Second.\n\nMAYOR: All in favor? We are adjourned at {time2}. Drive safely, everyone.",
    "MAYOR: Council comments? Anyone? All right. Thank you all for being here, and thank you to staff for all the work on tonight's agenda. We're adjourned.",
]


def _make_council_transcript(rng: random.Random) -> str:
    town = pick(rng, TOWNS)
    surnames = sample(rng, LAST_NAMES, 8)
    members = [f"Council Member {n}" for n in surnames[:4]]
    mayor = f"Mayor {_person(rng)}"
    clerk = pick(rng, FIRST_NAMES)
    staff = [f"{t} {n}" for t, n in zip(sample(rng, ['Planning Director', 'Public Works Director', 'Finance Director', 'City Manager', 'Parks Director'], 3), surnames[4:7])]
    hour = rng.randrange(6, 8)
    out = [
        f"CITY OF {town.upper()}\nREGULAR MEETING OF THE CITY COUNCIL\nVERBATIM TRANSCRIPT\n{pick(rng, WEEKDAYS[:4])}, {_date(rng, 2015, 2024)}",
        f"Present: {mayor}; {'; '.join(members)}. Also present: {'; '.join(staff)}; City Clerk {clerk} {pick(rng, LAST_NAMES)}.",
        pick(rng, COUNCIL_OPEN).format(town=town, time=f"{hour}:0{rng.randrange(0, 5)} p.m."),
        "(Pledge of Allegiance.)",
        "MAYOR: Madam Clerk, would you call the roll?\n\nCLERK: " + ". ".join(f"{m.split()[-1]}? Here" for m in members) + ". Mayor? Here. You have a quorum.",
        "MAYOR: Next is the consent agenda, which includes the minutes of the last regular meeting and the monthly financial report. Is there a motion?\n\n"
        + f"{members[rng.randrange(4)].upper()}: Move to approve.\n\n{members[rng.randrange(4)].upper()}: Second.\n\nMAYOR: All in favor? Any opposed? Motion carries.",
        "MAYOR: We'll move to public comment. Each speaker has three minutes. Please state your name and address for the record.",
    ]
    speakers = _k(rng, COUNCIL_PUBLIC_COMMENTS, 2, 5)
    street = pick(rng, ["Ridgeway Drive", "Jefferson Street", "Quarry Road", "Holly Lane"])
    for s in speakers:
        who = f"{pick(rng, FIRST_NAMES).upper()} {pick(rng, LAST_NAMES).upper()}"
        out.append(f"{who}: " + s.format(street=street, town=town))
        if rng.random() < 0.4:
            out.append(pick(rng, ["MAYOR: Thank you. Staff, can we follow up with her on that?", "MAYOR: Thank you for coming out.", "MAYOR: Thank you. Your time is up, but we have your written comments as well.", "(Applause.)"]))
    out.append("MAYOR: Seeing no one else signed up, we'll close public comment and move to the regular agenda.")
    items = _k(rng, COUNCIL_ITEMS, 2, 4)
    num = f"{rng.randrange(2015, 2025)}-{rng.randrange(10, 60)}"
    role = {"C1": members[0], "C2": members[1], "C3": members[2], "C4": members[3], "MAYOR": "MAYOR", "CHIEF": f"POLICE CHIEF {pick(rng, LAST_NAMES)}"}
    for n, item in enumerate(items, 1):
        slots = dict(num=num, vendor=pick(rng, ["Tri-State Paving", "Heartland Asphalt", "Miller & Sons Construction"]), amount=_money(rng, 140_000, 1_900_000, 1000),
                     parkname=pick(rng, ["Eleanor Voss", "Coach Dolores Pruitt", "Margaret Ann Kim", "Rosa Delgado Memorial"]), street=pick(rng, ["Chestnut Street", "College Avenue", "Park Drive"]))
        st = staff[n % len(staff)]
        out.append(f"MAYOR: Item {n}. " + item["title"].format(**slots) + f". {st}, whenever you're ready.")
        for who, line in item["lines"]:
            speaker = st.upper() if who == "STAFF" else role[who].upper()
            out.append(f"{speaker}: {line}")
        if item["motion"]:
            mover, seconder = sample(rng, members, 2)
            ayes = rng.randrange(3, 5)
            out.append(f"MAYOR: Any further discussion? Hearing none, is there a motion?\n\n{mover.upper()}: I'll move {item['motion'].format(**slots)}.\n\n{seconder.upper()}: Second.\n\nMAYOR: Roll call, please.\n\nCLERK: The motion carries, {ayes} to {4 - ayes}.")
        else:
            out.append("MAYOR: Thank you for the update. That was informational only, no action needed.")
    out.append(pick(rng, COUNCIL_CLOSE).format(c1=members[0].upper(), c2=members[2].upper(), time2=f"{hour + rng.randrange(1, 3)}:{rng.randrange(10, 59)} p.m."))
    return paragraphs(out).replace("p.m..", "p.m.")


# ---------------------------------------------------------------------------
# 46. Everyday social posts (short).
# ---------------------------------------------------------------------------

SOCIAL_POSTS = [
    "Just watched a man parallel park a boat trailer on the first try and honestly I need to lie down. Some people have gifts.",
    "the {food} at the new place on {street} is unreal. went twice this week. will be going again tomorrow. no regrets",
    "Toddler asked why the moon follows our car and I said 'because it loves you' and now she waves at it every night. Parenting win.",
    "Reminder that the library lets you borrow a museum pass for free. Took the kids to the science center for $0 today.",
    "Nothing humbles you faster than a 6am spin class taught by a 22 year old who calls you 'friend' while you die.",
    "Day {n} of trying to get my sourdough starter to do literally anything. It's just sitting there. Judging me.",
    "Power's been out since 4 and I've rediscovered board games. The kids are destroying me at Uno. Send candles.",
    "Unpopular opinion: pineapple on pizza is fine and everyone needs to relax.",
    "If you see a golden retriever named {pet} loose near {street}, she's mine, she's friendly, and she WILL try to get in your car. Please DM!",
    "My grandpa is 91 and just beat me at chess in 14 moves. Then asked if I wanted to 'try again, sweetheart.' Brutal.",
    "Spent 40 minutes on hold with the cable company to be told to restart my router. Which I had done. Three times.",
    "The tomatoes are finally ripening!! First BLT of summer is happening tonight 🍅",
    "Ran my first 10K today!! {time} which is slower than I wanted but I didn't walk once. Crying a little.",
    "Why does every store start Christmas music on November 1st. Let me have my Thanksgiving.",
    "Update on the stray cat: she now has a name ({pet}), a bed, and my husband's heart. We are keeping her apparently.",
    "Our high school band just qualified for state for the first time in 20 years. So proud of these kids. 🎺",
]


def _make_social_posts(rng: random.Random) -> str:
    n = rng.choice([2, 2, 3])
    out = []
    for p in sample(rng, SOCIAL_POSTS, n):
        text = p.format(food=pick(rng, ["birria tacos", "pho", "fried chicken sandwich", "cardamom bun"]), street=pick(rng, ["Main", "5th Ave", "Oak & Pine", "the square"]),
                        n=rng.randrange(4, 19), pet=pick(rng, ["Penny", "Marmalade", "Rosie", "Pumpkin"]), time=f"{rng.randrange(52, 75)}:{rng.randrange(0, 60):02d}")
        if rng.random() < 0.3:
            text = typos(rng, text, 0.04)
        who = pick(rng, [f"@{_handle(rng)}", f"{_person(rng)} (@{_handle(rng)})", _person(rng)])
        meta = pick(rng, [f"{rng.randrange(1, 23)}h", f"{pick(rng, MONTHS)[:3]} {rng.randrange(1, 29)}", f"{rng.randrange(2, 400)} likes · {rng.randrange(0, 60)} comments"])
        out.append(f"{who} · {meta}\n{text}")
    return "\n\n".join(out)


# ---------------------------------------------------------------------------
# 47. Restaurant review (Yelp style).
# ---------------------------------------------------------------------------

RESTO_PLACES = {
    "Taqueria El Sol": {
        "dishes": ["al pastor tacos", "carne asada burrito", "horchata", "chips and salsa verde", "birria with consommé"],
        "notes": ["The salsa bar is self-serve and the roasted habanero one will clear your sinuses.", "Cash only, ATM in the corner.", "Line out the door at lunch but it moves fast.", "Tortillas are made fresh, you can watch them do it."],
    },
    "Nonna's Trattoria": {
        "dishes": ["cacio e pepe", "veal marsala", "tiramisu", "burrata with roasted tomatoes", "house red"],
        "notes": ["Reservations are a must on weekends.", "Portions are huge, we took half home.", "It's loud, tables are close together, very much a neighborhood spot.", "The owner came by every table to chat."],
    },
    "Golden Lotus": {
        "dishes": ["soup dumplings", "dry-fried green beans", "mapo tofu", "scallion pancakes", "salt and pepper shrimp"],
        "notes": ["Don't let the strip mall location fool you.", "Service is fast but not chatty.", "Lunch specials are a steal.", "Ask for the Chinese menu, it's got a lot more."],
    },
    "The Copper Pot Diner": {
        "dishes": ["biscuits and gravy", "patty melt", "chocolate malt", "hash browns extra crispy", "slice of coconut cream pie"],
        "notes": ["Breakfast served all day, which is the correct policy.", "Our server called everyone 'hon' and refilled my coffee without being asked.", "Booths are cracked vinyl and I wouldn't change a thing.", "Parking is a nightmare after church lets out."],
    },
    "Saffron House": {
        "dishes": ["lamb biryani", "chicken tikka masala", "garlic naan", "saag paneer", "mango lassi"],
        "notes": ["Tell them your spice level honestly. 'Medium' here is hot.", "Lunch buffet on weekdays is great value.", "Takeout packaging is solid, nothing leaked on the drive home.", "Small dining room, cozy, can get warm."],
    },
}
RESTO_LINES_GOOD = [
    "The {dish} was the best I've had around here, hands down.",
    "We split the {dish} and immediately ordered another.",
    "The {dish} was perfectly done, seasoned well, came out hot.",
    "Don't skip the {dish}. Trust me.",
]
RESTO_LINES_MEH = [
    "The {dish} was fine but nothing special, a little under-seasoned.",
    "The {dish} came out lukewarm, which was a bummer.",
    "I'd pass on the {dish} next time.",
]
RESTO_OPEN = [
    "Came here for my mom's birthday on a {weekday} night.",
    "Finally tried this place after driving past it for years.",
    "Third visit, writing a review because it keeps being great.",
    "Stopped in for a quick lunch.",
    "Was in {town} for work and a coworker recommended it.",
]


def _make_restaurant_review(rng: random.Random) -> str:
    name = pick(rng, list(RESTO_PLACES))
    p = RESTO_PLACES[name]
    stars = rng.choice([5, 5, 4, 4, 3, 2])
    town = pick(rng, TOWNS)
    dishes = sample(rng, p["dishes"], 3)
    lines = [pick(rng, RESTO_OPEN).format(weekday=pick(rng, WEEKDAYS), town=town)]
    lines.append(pick(rng, RESTO_LINES_GOOD).format(dish=dishes[0]))
    if stars <= 3:
        lines.append(pick(rng, RESTO_LINES_MEH).format(dish=dishes[1]))
        lines.append(pick(rng, ["Service was slow, we waited 25 minutes for our entrees.", "Prices have gone up a lot since last time.", "Our table was wobbly and sticky."]))
    else:
        lines.append(pick(rng, RESTO_LINES_GOOD).format(dish=dishes[1]))
    lines.extend(_k(rng, p["notes"], 1, 3))
    lines.append(pick(rng, ["Will be back!", "Solid spot.", "Probably won't rush back.", "10/10 recommend.", ""]))
    text = " ".join(l for l in lines if l)
    if rng.random() < 0.3:
        text = typos(rng, text, 0.02)
    user = f"{pick(rng, FIRST_NAMES)} {pick(rng, LAST_NAMES)[0]}."
    return paragraphs([
        f"{name} · {pick(rng, ['$', '$$', '$$$'])} · {town}",
        f"{user}\n{rng.randrange(0, 300)} friends · {rng.randrange(1, 500)} reviews",
        f"{'★' * stars}{'☆' * (5 - stars)}  {rng.randrange(1, 13)}/{rng.randrange(1, 29)}/{rng.randrange(2015, 2025)}",
        text,
        f"Useful {rng.randrange(0, 40)} · Funny {rng.randrange(0, 10)} · Cool {rng.randrange(0, 20)}",
    ])


# ---------------------------------------------------------------------------
# 48. Encyclopedia entry about a small town.
# ---------------------------------------------------------------------------

ENCYC_LEDES = [
    "{town} is a city in {county} County, {state}, United States. The population was {pop} at the {census} census. It is the county seat of {county} County.",
    "{town} is a village in {county} County, {state}, United States, located along the {river} River. As of the {census} census, the village had a population of {pop}.",
    "{town} is a town in {county} County in the U.S. state of {state}. It had a population of {pop} as of the {census} census, up from {pop2} in the previous count.",
]
ENCYC_HISTORY = [
    "The area was originally inhabited by Indigenous peoples for thousands of years before European-American settlement. The first permanent settlers arrived in the {decade}s, drawn by fertile bottomland along the {river}.",
    "{town} was platted in {founded} by the {railroad} Railroad, which named the new station after {namesake}, one of its directors. A post office opened the following year.",
    "The town grew rapidly after the discovery of {resource} nearby in the late nineteenth century. By 1900 it had an opera house, two newspapers and a brick courthouse.",
    "A fire in {fireyear} destroyed much of the downtown business district. The buildings that replaced it, mostly two-story brick commercial blocks, now form a historic district listed on the National Register of Historic Places.",
    "The closing of the {industry} plant in the 1980s led to a period of population decline. In recent decades the town has sought to attract tourism and light manufacturing.",
]
ENCYC_GEO = [
    "According to the United States Census Bureau, the city has a total area of {area} square miles, of which {water} square miles is water.",
    "{town} lies in the valley of the {river} River at an elevation of {elev} feet. State Route {route} passes through the center of town.",
    "The town has a humid continental climate, with warm summers and cold, snowy winters.",
]
ENCYC_ECON = [
    "Major employers include the county government, the regional hospital, the school district and a food processing plant.",
    "Agriculture remains important to the local economy, with corn, soybeans and dairy the principal products.",
    "The historic downtown has seen a revival, with antique shops, restaurants and a brewery occupying formerly vacant storefronts.",
    "A state park and reservoir north of town draw visitors for fishing, camping and boating.",
]
ENCYC_EDU = [
    "{town} is served by the {town} Community School District, which operates two elementary schools, a middle school and {town} High School, whose teams are known as the {mascot}.",
    "The town has a public library, a Carnegie library building constructed in {libyear}.",
    "{town} is home to a campus of {college}, a two-year community college.",
]
ENCYC_ROLES = ["Major League Baseball pitcher", "state senator", "jazz trumpeter", "Olympic wrestler", "novelist", "Civil War general", "aviation pioneer", "country singer", "newspaper publisher", "botanist"]


def _make_encyclopedia_town(rng: random.Random) -> str:
    town = pick(rng, TOWNS)
    pop = rng.randrange(800, 42000)
    slots = dict(
        town=town, county=pick(rng, ["Marshall", "Jackson", "Clay", "Warren", "Franklin", "Lincoln", "Douglas"]),
        state=pick(rng, ["Iowa", "Ohio", "Wisconsin", "Missouri", "Pennsylvania", "Kansas", "Indiana", "Minnesota"]),
        pop=f"{pop:,}", pop2=f"{int(pop * rng.uniform(0.85, 1.1)):,}", census=pick(rng, ["2010", "2020"]),
        river=pick(rng, ["Cedar", "Wapsipinicon", "Fox", "Little Blue", "Muskingum", "Kickapoo"]), decade=_n(rng, 182, 186) + "0",
        founded=_n(rng, 1850, 1885), railroad=pick(rng, ["Chicago, Burlington and Quincy", "Illinois Central", "Chicago and North Western", "Wabash"]),
        namesake=_person(rng), resource=pick(rng, ["coal", "lead", "limestone", "natural gas"]), fireyear=_n(rng, 1885, 1915),
        industry=pick(rng, ["tractor", "meatpacking", "glass", "shoe"]), area=f"{rng.randrange(20, 120) / 10:.2f}", water=f"{rng.randrange(1, 30) / 100:.2f}",
        elev=_n(rng, 600, 1400), route=_n(rng, 3, 150), mascot=pick(rng, ["Tigers", "Rams", "Blue Devils", "Pioneers", "Golden Eagles"]),
        libyear=_n(rng, 1902, 1918), college=pick(rng, ["Prairie Valley Community College", "Tri-County Technical College"]),
    )
    hist = _k(rng, ENCYC_HISTORY, 2, 4)
    notable = "\n".join(f"* {_person(rng)}, {pick(rng, ENCYC_ROLES)}" for _ in range(rng.randrange(2, 6)))
    return paragraphs([
        town,
        "From Wikipedia, the free encyclopedia" if rng.random() < 0.5 else "",
        pick(rng, ENCYC_LEDES).format(**slots),
        "History\n\n" + "\n\n".join(h.format(**slots) for h in hist),
        "Geography\n\n" + " ".join(g.format(**slots) for g in _k(rng, ENCYC_GEO, 1, 3)),
        f"Demographics\n\nAs of the census of {slots['census']}, there were {slots['pop']} people, {int(pop / rng.uniform(2.2, 2.6)):,} households, and {int(pop / rng.uniform(3.2, 4.0)):,} families living in the city. The median age was {rng.randrange(33, 47)}.{rng.randrange(0, 10)} years.",
        "Economy\n\n" + " ".join(_k(rng, ENCYC_ECON, 1, 3)),
        "Education\n\n" + " ".join(e.format(**slots) for e in _k(rng, ENCYC_EDU, 1, 2)),
        "Notable people\n\n" + notable,
    ])


# ---------------------------------------------------------------------------
# 49. "Am I the jerk?" style advice post with comments.
# ---------------------------------------------------------------------------

AITA_POSTS = [
    {
        "title": "AITJ for not letting my sister bring her dog to my wedding?",
        "body": "I ({age}F) am getting married in {months} months. My sister ({age2}F) has a {dog} named {pet} who she treats like her child, which is fine, I love {pet}. But the venue doesn't allow pets and honestly I don't want a dog at my wedding. She says {pet} is 'family' and that if {pet} isn't invited she's 'not sure she can come.' My mom says I should just ask the venue for an exception to keep the peace. My fiancé says it's my call. AITJ?",
        "comments": ["NTJ. It's a venue rule, not even your rule. Your sister is making this about herself.", "NTJ but have you offered to help find a sitter? That might smooth it over.", "Your mom is doing the classic 'keep the peace' thing where the reasonable person has to give in. Don't.", "Info: is the dog a trained service animal? Because that changes things. If not, NTJ.", "She's not going to skip your wedding over a dog. Call her bluff."],
    },
    {
        "title": "AITJ for asking my roommate to pay more for utilities?",
        "body": "My roommate ({age}M) started working from home full time {months} months ago. Since then our electric bill has basically doubled because he runs a space heater, two monitors and a gaming PC from 8am until 2am. I ({age2}M) work in an office and I'm barely home. We've always split utilities 50/50. I suggested he pay 65% and he got really offended and said I was 'nickel and diming' him. AITJ?",
        "comments": ["NTJ. The bill doubled because of his usage. That's just math.", "Slight YTJ for the exact percentage, maybe. Propose splitting the baseline 50/50 and him covering the increase. Harder to argue with.", "Get a plug-in power meter and show him the numbers. Takes the emotion out of it.", "NTJ, but check your lease to see when it ends. This is the kind of thing that ruins roommate situations."],
    },
    {
        "title": "AITJ for not going to my coworker's baby shower on a Saturday?",
        "body": "Coworker ({age}F) invited our whole team to her baby shower, which is on a Saturday at her house an hour and a half away. I ({age2}F) like her fine but we're not close. I already chipped in $30 for the group gift. I told her I couldn't make it and now two other coworkers are acting weird with me and one said it was 'kind of cold.' AITJ?",
        "comments": ["NTJ. You contributed to the gift. That's more than enough for a work friend.", "Weekend events are optional by definition. The coworkers need to mind their business.", "NTJ. Send a card with a nice note and move on.", "Honestly some offices are just like this. Doesn't make you wrong though."],
    },
    {
        "title": "AITJ for refusing to lend my car to my brother again?",
        "body": "I ({age}M) lent my car to my younger brother ({age2}M) three times this year. The first time he returned it with an empty tank. The second time there was a parking ticket I found out about two months later when it doubled. The third time he 'bumped' someone in a parking lot and wanted me to handle it through my insurance. He asked again this week and I said no. Now my parents are saying I'm being petty because 'he needs it for a job interview.' AITJ?",
        "comments": ["NTJ. Three strikes. He's out.", "Offer to drive him to the interview yourself. Then you're helping without handing over the keys.", "Your parents can lend him their car if they feel so strongly.", "NTJ. And if he has an accident in your car, it's YOUR insurance that goes up."],
    },
]


def _make_aita(rng: random.Random) -> str:
    p = pick(rng, AITA_POSTS)
    slots = dict(age=_n(rng, 24, 38), age2=_n(rng, 22, 41), months=_n(rng, 3, 9), dog=pick(rng, ["husky", "doodle", "chihuahua", "beagle"]), pet=pick(rng, ["Bear", "Mochi", "Gus", "Lola"]))
    out = [
        f"r/AmITheJerk · Posted by u/{_handle(rng)} · {rng.randrange(2, 23)}h",
        p["title"],
        typos(rng, p["body"].format(**slots), 0.015),
    ]
    if rng.random() < 0.4:
        out.append("EDIT: " + pick(rng, ["wow this blew up. thank you all, I feel a lot less crazy.", "To everyone asking, no, we haven't talked since.", "Update: we talked and it's mostly resolved. Thanks for the perspective.", "Some of you are being really mean in the DMs. Please stop."]))
    out.append(f"{rng.randrange(50, 9000)} upvotes · {rng.randrange(30, 2000)} comments")
    for c in _k(rng, p["comments"], 2, len(p["comments"])):
        out.append(f"u/{_handle(rng)} · {rng.randrange(5, 4000)} points\n{typos(rng, c, 0.02)}")
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 50. Small-business FAQ page.
# ---------------------------------------------------------------------------

FAQ_BUSINESSES = {
    "bakery": {
        "name": ["Sweet Crumb Bakery", "Flour & Fig", "Rise Bakehouse"],
        "qa": [
            ("Do you take custom cake orders?", "Yes! We ask for at least one week's notice for custom cakes, and two to three weeks for wedding cakes. Fill out the order form or call the shop."),
            ("Do you have gluten-free options?", "We offer a rotating selection of gluten-free treats, but our kitchen handles wheat flour daily, so we cannot guarantee against cross-contact."),
            ("What time do you sell out?", "On weekends our croissants are usually gone by 10 a.m. Pre-orders placed by 3 p.m. the day before are guaranteed."),
            ("Do you deliver?", "We deliver within 10 miles for orders over $40. Wedding and event deliveries are scheduled separately."),
            ("Can I bring my dog?", "Dogs are welcome on our patio, and we keep a jar of peanut butter dog biscuits by the register."),
        ],
    },
    "dog grooming": {
        "name": ["Pampered Paws Grooming", "Sudsy Pup", "The Dapper Dog"],
        "qa": [
            ("How long does a groom take?", "Most grooms take 2 to 4 hours depending on size, coat condition and how much your pup enjoys the dryer. We'll text you when they're ready."),
            ("Do you require vaccinations?", "Yes, we require proof of current rabies, distemper and bordetella vaccines for all dogs."),
            ("What if my dog is matted?", "Severe matting often has to be shaved out for your dog's comfort. We'll always call you before doing a short shave. A dematting fee may apply."),
            ("Do you groom cats?", "We groom cats on Tuesday mornings only, by appointment."),
            ("What is your cancellation policy?", "Please give us 24 hours' notice. No-shows may be charged 50% of the service price."),
        ],
    },
    "moving company": {
        "name": ["Two Brothers Moving", "Easy Haul Movers", "Hometown Moving & Storage"],
        "qa": [
            ("How far in advance should I book?", "For summer weekends and end-of-month dates, book at least four to six weeks ahead. Weekday moves are easier to schedule."),
            ("How is the price calculated?", "Local moves are billed hourly with a minimum of three hours, plus a flat travel fee. Long-distance moves are priced by weight and distance."),
            ("Do you provide boxes?", "We sell new and gently used boxes, tape and packing paper, and we can pack for you for an additional fee."),
            ("Are you insured?", "Yes. We are fully licensed and insured. Basic valuation coverage is included, and full-value protection is available."),
            ("Is there anything you won't move?", "We cannot move hazardous materials such as paint, propane tanks, gasoline or ammunition, and we don't move live plants across state lines."),
        ],
    },
    "dental office": {
        "name": ["Lakeside Family Dental", "Bright Path Dentistry", "Maple Street Dental"],
        "qa": [
            ("Do you accept my insurance?", "We're in network with most major PPO plans. Call our front desk with your plan information and we'll verify your benefits before your visit."),
            ("What should I bring to my first visit?", "Please bring a photo ID, your insurance card and a list of current medications. Arrive 15 minutes early to complete paperwork."),
            ("Do you see children?", "Yes! We see patients of all ages and recommend a first visit by age one."),
            ("What if I have a dental emergency?", "Call our office right away. We reserve time each day for emergencies. After hours, follow the instructions on our voicemail."),
            ("Do you offer payment plans?", "We offer financing through a third-party provider and an in-house membership plan for patients without insurance."),
        ],
    },
}


def _make_faq_page(rng: random.Random) -> str:
    kind = pick(rng, list(FAQ_BUSINESSES))
    b = FAQ_BUSINESSES[kind]
    name = pick(rng, b["name"])
    qa = _k(rng, b["qa"], 3, 5)
    style = rng.randrange(3)
    lines = []
    for q, a in qa:
        if style == 0:
            lines.append(f"**{q}**\n{a}")
        elif style == 1:
            lines.append(f"Q: {q}\nA: {a}")
        else:
            lines.append(f"### {q}\n\n{a}")
    return paragraphs([
        f"{name} | {pick(rng, ['FAQ', 'Frequently Asked Questions', 'Questions & Answers'])}",
        *lines,
        f"Still have questions? Call us at (555) {rng.randrange(200, 999)}-{rng.randrange(1000, 9999)} or stop by {rng.randrange(10, 999)} {pick(rng, ['Main St', 'Broadway', 'Center Ave'])}, {pick(rng, TOWNS)}. Open {pick(rng, ['Tue-Sun 7am-3pm', 'Mon-Fri 8am-5pm', 'Mon-Sat 9-6'])}.",
    ])


# ---------------------------------------------------------------------------
# 51. Weekly horoscope.
# ---------------------------------------------------------------------------

HOROSCOPE_SIGNS = ["Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio", "Sagittarius", "Capricorn", "Aquarius", "Pisces"]
HOROSCOPE_LINES = [
    "A conversation you've been avoiding turns out to be easier than you feared.",
    "Money matters need your attention early in the week. Read the fine print.",
    "Someone from your past reaches out. You don't owe them an answer right away.",
    "Your energy is high, but pace yourself. The weekend asks more of you than you think.",
    "Romance sparks in an unexpected place, possibly the grocery store.",
    "A creative project you set aside deserves another look.",
    "Say yes to the invitation. Yes, even that one.",
    "Home and family take center stage. A small gesture goes a long way.",
    "Work feels like a puzzle with a missing piece. Ask for help; it's not weakness.",
    "Rest is productive too. Cancel one plan and don't feel guilty.",
    "Trust your gut on a decision about travel.",
    "You're being noticed for your hard work, even if nobody has said so yet.",
    "Clear out one cluttered corner and watch your mood lift.",
    "The full moon stirs up old feelings. Let them pass through.",
    "A friend needs you to listen, not fix.",
]


def _make_horoscope(rng: random.Random) -> str:
    signs = _k(rng, HOROSCOPE_SIGNS, 1, 4) if rng.random() < 0.6 else HOROSCOPE_SIGNS[:]
    if len(signs) < 12:
        signs = sorted(signs, key=HOROSCOPE_SIGNS.index)
    out = [pick(rng, ["Your Weekly Horoscope", f"Horoscopes for the week of {pick(rng, MONTHS)} {rng.randrange(1, 29)}", "What the Stars Say This Week"])]
    pool = sample(rng, HOROSCOPE_LINES, len(HOROSCOPE_LINES))
    for i, sign in enumerate(signs):
        if len(signs) == 12:
            text = pool[i % len(pool)]
        else:
            text = " ".join(pool.pop() for _ in range(min(len(pool), rng.randint(2, 3))))
        extra = f" Lucky number: {rng.randrange(1, 50)}." if rng.random() < 0.4 else ""
        out.append(f"**{sign}:** {text}{extra}")
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 52. Knitting / crochet pattern.
# ---------------------------------------------------------------------------

KNIT_PATTERNS = [
    {
        "name": ["Easy Ribbed Beanie", "Weekend Watch Cap", "Fisherman's Ribbed Hat"],
        "yarn": "1 skein worsted weight wool (approx. 200 yds)", "needles": "US 7 (4.5 mm) 16\" circular and DPNs",
        "gauge": "20 sts and 26 rnds = 4\" in k2p2 rib, slightly stretched",
        "steps": [
            "CO {co} sts. Place marker and join to work in the round, being careful not to twist.",
            "Work k2, p2 rib until piece measures {len}\" from cast-on edge (fold back half for a cuffed brim).",
            "Crown: Rnd 1: *k2tog, p2tog; rep from * to end. Rnd 2: *k1, p1; rep from * to end.",
            "Rnd 3: *k2tog; rep from * to end. Switch to DPNs when stitches no longer fit comfortably on the circular.",
            "Cut yarn, leaving an 8\" tail. Thread through remaining sts and pull tight. Weave in ends.",
        ],
    },
    {
        "name": ["Granny Square Blanket", "Sunny Days Granny Throw", "Classic Granny Square"],
        "yarn": "Worsted acrylic in 4-6 colors (approx. 1,400 yds total)", "needles": "Size H-8 (5 mm) crochet hook",
        "gauge": "One square = 6\" across",
        "steps": [
            "Ch 4, sl st to first ch to form a ring.",
            "Rnd 1: Ch 3 (counts as dc), 2 dc in ring, ch 2, *3 dc in ring, ch 2; rep from * twice. Sl st to top of ch-3. Fasten off.",
            "Rnd 2: Join new color in any ch-2 corner space. (Ch 3, 2 dc, ch 2, 3 dc) in same space, *ch 1, (3 dc, ch 2, 3 dc) in next corner; rep from * around, ch 1, sl st to join.",
            "Rnds 3-4: Continue in pattern, working 3 dc in each ch-1 side space and (3 dc, ch 2, 3 dc) in each corner.",
            "Make {co} squares. Join with whip stitch or a slip-stitch seam through back loops, then work 2 rounds of dc around the entire blanket.",
        ],
    },
    {
        "name": ["Simple Garter Stitch Scarf", "First Project Scarf", "Chunky Garter Scarf"],
        "yarn": "2 skeins bulky weight yarn (approx. 250 yds)", "needles": "US 11 (8 mm) straight needles",
        "gauge": "Not critical for this project",
        "steps": [
            "CO {co} sts using a long-tail cast on.",
            "Knit every row. That's it! The ridges form on both sides, so the scarf is reversible.",
            "Slip the first stitch of every row purlwise for a neat edge (optional).",
            "Continue until the scarf measures {len}0\" or you run out of yarn, leaving enough to bind off.",
            "Bind off loosely. Weave in ends and add fringe if desired.",
        ],
    },
    {
        "name": ["Cozy Cabled Mittens", "Trailside Cable Mitts", "Fireside Mittens"],
        "yarn": "1 skein DK weight wool (approx. 230 yds)", "needles": "US 5 (3.75 mm) DPNs and a cable needle",
        "gauge": "24 sts and 32 rnds = 4\" in stockinette",
        "steps": [
            "CO {co} sts and divide evenly over DPNs. Join in the round and work k1, p1 rib for {len}\".",
            "Set up cable panel: k6, p2, k8 (cable panel), p2, knit to end. Cable on rnd 4 and every 8th rnd thereafter: slip 4 sts to cable needle, hold in front, k4, k4 from cable needle.",
            "Thumb gusset: increase 2 sts every 3rd rnd at the side opposite the cable until you have 15 gusset sts.",
            "Place gusset sts on waste yarn, cast on 1 st over the gap, and continue the hand until it reaches the tip of your little finger.",
            "Decrease for the top: *k2tog, knit to 2 sts before end of needle, ssk; rep on each needle every rnd until 8 sts remain. Graft or cinch closed. Pick up thumb sts and work 2\" before closing.",
        ],
    },
    {
        "name": ["Market Bag in Filet Mesh", "Farmers Market Mesh Tote", "Stretchy String Bag"],
        "yarn": "2 skeins worsted cotton (approx. 340 yds)", "needles": "Size G-6 (4 mm) crochet hook",
        "gauge": "Gauge is not important; the mesh stretches",
        "steps": [
            "Base: Ch 4 and join. Rnd 1: 12 dc in ring. Rnds 2-5: increase evenly (2 dc in each st, then every 2nd st, and so on) until the base measures about 7\" across.",
            "Mesh: *Ch 5, skip 2 sts, sc in next st; rep from * around. Continue in chain loops, working sc into the center of each ch-5 loop, for {co} rnds.",
            "Top band: Work 3 rnds of sc, working 3 sc into each chain loop on the first rnd.",
            "Handles: On the next rnd, sc 10, ch 40, skip 20 sts, sc to opposite side and repeat. Work 3 more rnds of sc, working sc into each chain of the handle openings.",
            "Fasten off and weave in ends. Wash and block lightly if you want it to hang straight.",
        ],
    },
]
KNIT_NOTES = [
    "Abbreviations: CO = cast on; k = knit; p = purl; k2tog = knit two together; rep = repeat; rnd = round; dc = double crochet; ch = chain; sl st = slip stitch.",
    "This pattern is free for personal use. Please don't sell items made from it without permission, and don't repost the pattern itself. Linking is always welcome!",
    "Sizes: Child (Adult S, Adult L). Instructions are given for the smallest size with larger sizes in parentheses.",
    "Tip: if you're between sizes, go down. Ribbing stretches.",
    "Found a mistake? Leave a comment and I'll fix it. Happy making!",
]


def _make_knitting_pattern(rng: random.Random) -> str:
    p = pick(rng, KNIT_PATTERNS)
    co = pick(rng, ["80", "88", "96", "24", "30", "16 (20, 24)"])
    return paragraphs([
        f"# {pick(rng, p['name'])}",
        f"Designed by {_person(rng)} · Skill level: {pick(rng, ['Beginner', 'Easy', 'Advanced beginner'])}",
        pick(rng, ["I made this one on a long road trip and it's become my go-to gift.", "This is the pattern I teach in my beginner classes.", "A quick, satisfying project you can finish in a weekend.", ""]),
        f"**Materials**\n- Yarn: {p['yarn']}\n- {p['needles']}\n- Tapestry needle, stitch marker",
        f"**Gauge:** {p['gauge']}",
        "**Instructions**\n\n" + "\n\n".join(s.format(co=co, len=rng.randrange(5, 9)) for s in p["steps"]),
        "\n\n".join(_k(rng, KNIT_NOTES, 1, 3)),
    ])


# ---------------------------------------------------------------------------
# 53. Newspaper advice column.
# ---------------------------------------------------------------------------

ADVICE_LETTERS = [
    (
        "My mother-in-law drops by unannounced several times a week. She has a key, which my husband gave her years ago \"for emergencies.\" Last week she let herself in while I was in the shower. My husband says she means well and I'm overreacting. How do I handle this without starting a family war?",
        "You're not overreacting. A key for emergencies is not an open invitation, and walking in while someone is showering is a boundary crossed by anyone's definition. But the person who needs to handle this first is your husband. Sit down with him, away from the heat of the moment, and agree on a rule you can both stand behind: calls or texts before visits, key for genuine emergencies only. Then he should be the one to deliver it to his mother, kindly and clearly. If she can't respect it, the key comes back. You're not starting a war. You're drawing a map.",
    ),
    (
        "I'm 67 and recently widowed. My children keep pressuring me to sell the house and move closer to them, three states away. I love them, but my friends, my church and my garden are here. Am I being selfish?",
        "No. Grief makes big decisions harder, not easier, and many counselors suggest waiting at least a year after a loss before making major moves. Your children's worry comes from love, and it's worth hearing what specifically concerns them: is it your health, the upkeep of the house, being alone? Some of those can be solved without a move. Tell them you're not saying no forever, you're saying not yet. Then enjoy your garden.",
    ),
    (
        "My best friend asked me to be her maid of honor. I'm honored, but money is very tight for me this year and the bachelorette trip alone would cost more than $1,500. I don't know how to tell her without hurting her feelings.",
        "Tell her soon, and tell her the truth. A real friend would rather know now than have you quietly go into debt or back out at the last minute. Say something like: 'I'm so honored and I want to be there for you in every way I can. I need to be honest that I can't afford the trip this year.' Then offer what you can give: time, help with planning, a heartfelt toast. Most brides care far more about the friend than the itinerary.",
    ),
    (
        "My neighbor's dog barks nonstop from 7 a.m. until they get home at 6. I work from home and it's driving me up the wall. I've left a polite note but nothing has changed. What next?",
        "Notes are easy to ignore. Try knocking on the door on a weekend and talking face to face. Many dog owners genuinely don't know what happens after they leave. Keep it friendly and specific: 'I work from home and your dog barks most of the day. I thought you'd want to know, since he might be anxious.' If nothing changes after that, keep a log of dates and times and check your local noise ordinance. But start with the neighborly version. You'll live next to these people for a long time.",
    ),
    (
        "My teenage son wants a part-time job at a fast-food restaurant this summer. My husband thinks it's great. I think he should focus on his grades and take an unpaid internship that would look good on college applications. Who's right?",
        "You both are, which is why this is worth a conversation with your son rather than a ruling handed down to him. A first job teaches things no internship can: showing up on time, dealing with difficult customers, handling your own money. Admissions officers see plenty of internships and genuinely respect real work experience. Ask him what he wants and why. If his grades are solid, let him try it for the summer. If they slip in the fall, you'll revisit.",
    ),
    (
        "I've been invited to my 30th high school reunion. I wasn't happy in high school, and I haven't kept in touch with anyone. Part of me is curious, and part of me would rather have a root canal. Should I go?",
        "Curiosity is a fine reason to go, and so is closure. Thirty years is a long time. The people who made high school miserable have mostly grown up, and many of them carry their own regrets from those years. Go with an exit plan: drive yourself, stay an hour, and leave whenever you like. Bring a friend or spouse if you can. You may find it boring, or you may have a surprisingly warm conversation with someone you never really knew. Either way, you'll have your answer.",
    ),
    (
        "My adult daughter keeps asking to borrow money, and she rarely pays it back. It's not huge amounts, a couple hundred here and there, but it's adding up, and I'm retired on a fixed income. How do I say no without damaging our relationship?",
        "Start by deciding what you can afford to give, not lend. If you can spare a small amount occasionally, think of it as a gift and stop keeping a tally, which breeds resentment. Beyond that, be honest with her: 'I love you, and I'm on a fixed income now. I can't keep lending money.' You might offer help of another kind, such as sitting down together with her budget. A good relationship can survive an honest no. It has a much harder time surviving years of quiet resentment.",
    )
]
ADVICE_SIGNOFFS = [
    ["Fed Up in {town}", "Daughter-in-Law in {town}"], ["Grieving but Grounded", "Staying Put in {town}"],
    ["Broke but Loyal", "Honored but Broke"], ["Sleepless Next Door", "Barking Mad in {town}"],
    ["Worried Mom in {town}", "Torn in {town}"], ["Reluctant Alum", "Class of '94"], ["Tapped Out", "Fixed Income in {town}"],
]


def _make_advice_column(rng: random.Random) -> str:
    letters = [(ADVICE_LETTERS[i], ADVICE_SIGNOFFS[i]) for i in sample(rng, range(len(ADVICE_LETTERS)), rng.randint(1, 2))]
    columnist = pick(rng, ["Dear Margo", "Ask Helen", "Dear Neighbor", "Ask Aunt Ruth"])
    out = [f"{columnist}: {pick(rng, ['Family boundaries', 'Reader mailbag', 'When to say no', 'Your questions answered'])}", f"Syndicated · {_date(rng, 2012, 2024)}"]
    for (q, a), signs in letters:
        out.append(f"DEAR {columnist.split()[-1].upper()}: {q}")
        sign = pick(rng, signs).format(town=pick(rng, TOWNS))
        out.append(f"— {sign}")
        out.append(f"DEAR {sign.split(' in ')[0].upper() if rng.random() < 0.6 else 'READER'}: {a}")
    if rng.random() < 0.5:
        out.append("Have a question? Write to the column. Letters may be edited for length and clarity.")
    return paragraphs(out)


# ---------------------------------------------------------------------------
# 54. Weekend-projects megathread (long forum thread).
# ---------------------------------------------------------------------------

MEGATHREAD_REPLIES = [
    "Finally replaced the garbage disposal that's been humming and doing nothing since June. Took three hours, two trips to the hardware store, and one very creative use of a butter knife to get the old mounting ring off. Works great now. My wife says I'm a hero. I say I'm a hero who needs ibuprofen.",
    "Regrouted the shower. Not glamorous, but the old grout was basically black and crumbling. Used a carbide grout saw to get the old stuff out, which took forever, then premixed urethane grout. Looks brand new. My forearms look like Popeye's.",
    "Built a simple workbench out of 2x4s and a sheet of plywood following the plans pinned at the top of the forum. First real woodworking project. It's not perfectly square but it holds my miter saw and it doesn't wobble, so I'm calling it a win.",
    "Spent Saturday caulking every window on the north side of the house. Nobody tells you how much of homeownership is just caulk. Sunday I did nothing and it was glorious.",
    "Swapped out all the builder-grade boob lights in the hallway for simple flush mounts. Six fixtures, about an hour each because the old boxes weren't mounted well. Turned the breaker off every time, before anyone asks.",
    "Took the kids to the lumber yard and we built a birdhouse together. It's crooked, the roof overhangs on one side, and my youngest painted it lime green. It's perfect and it's going on the fence tomorrow.",
    "Pressure washed the deck. Started out relaxing, ended up finding three boards that are rotted through. So next weekend's project is apparently replacing deck boards. Funny how that works.",
    "Installed a smart thermostat. The wiring diagram said I needed a C-wire, I didn't have one, watched about six videos and ended up using the adapter kit that came in the box. Took twice as long as the box said but it's working.",
    "Pulled up the carpet in the spare bedroom and there's hardwood underneath! Some staples and paint drips to deal with, and a water stain by the window, but I'm so excited. Any tips on refinishing for a first timer?",
    "Cleaned out the gutters and found a tennis ball, a frisbee, and what I can only assume is a small bird's entire life savings of acorns. Also reattached a downspout that had been hanging by one screw for a year.",
    "Painted the front door a deep teal. My HOA approved the color after a three-week process that involved submitting a paint chip in person. The door looks fantastic. The process was not.",
    "Fixed a running toilet. Flapper was warped. Eight dollar part, ten minutes. I've been listening to that thing run for four months. Don't be like me.",
    "Dug up the dead shrubs along the driveway and put in lavender and a couple of small boxwoods. My back is destroyed. The bees are already visiting, so worth it.",
    "Mounted the TV on the wall. Found the studs, used the lag bolts, used a level, checked it three times. It's still a quarter inch off. I can't unsee it. My partner can't see it at all. Leaving it.",
    "Replaced the weatherstripping on the garage door and the door to the house. The garage used to have a daylight gap you could slide a pizza through. Now it's sealed. Hoping it cuts down on the mice.",
    "Helped my dad re-shingle his shed roof. He's 74 and insisted on doing the ladder work himself. I insisted on holding the ladder and bringing him shingles. We argued the whole time. Best Saturday I've had in a while.",
    "Organized the garage with pegboard and those cheap wall-mounted shelf brackets. I can see the floor for the first time since we moved in. Found two sets of hedge trimmers. Still can't find the tape measure.",
    "Patched a hole in the drywall from where the doorknob has been slamming into it for years. Three coats of mud, sanded, primed, painted. You can still kind of see it if the light hits it right, but it's miles better. Also installed a door stop, which is the real fix.",
    "Not a big project, but I finally labeled every breaker in the panel. Took an hour with my kid flipping breakers and yelling from various rooms. Should have done it years ago.",
    "Built raised beds for the garden out of cedar fence pickets. Cheaper than buying boards and they look great. Filled with a mix of topsoil and compost from the county yard waste facility, which is free if you load it yourself.",
    "Tried to replace a single light switch and discovered the previous owner had wired the whole hallway with some truly creative choices. Called an electrician. Sometimes the best DIY is knowing when to stop.",
    "Sealed the driveway. Two five-gallon buckets of sealer and a squeegee. It looks great but I got it on my shoes, my shorts, and somehow my ear.",
    "Replaced the kitchen faucet with a pull-down one. The old supply lines were corroded solid so I had to replace the shutoff valves too. A two-hour job turned into a six-hour job, as is tradition.",
    "Made a headboard out of reclaimed barn wood from a friend's farm. Sanded, a coat of clear matte poly, bolted to the bed frame. Way nicer than anything I could have bought for the price of a six-pack I gave my friend.",
    "Spent the whole weekend sanding and staining the fence. Half done. The other half is next weekend's problem. Maybe the weekend after. Maybe spring.",
]
MEGATHREAD_BANTER = [
    ("quarter inch off", "> It's still a quarter inch off. I can't unsee it.\n\nThis is the most relatable thing I've ever read."),
    ("lime green", "Lime green birdhouse is the best thing in this thread. Post a pic when it's up!"),
    ("tennis ball", "The gutters treasure hunt is real. I found a baseball from what I assume was the 90s."),
    ("hardwood underneath", "Re: hardwood under carpet, rent a drum sander but practice on a scrap sheet of plywood first. They can gouge the floor fast if you let it sit in one spot."),
    ("labeled every breaker", "Labeling the breakers should be required by law at closing."),
    ("Called an electrician", "\"Knowing when to stop\" is the hardest DIY skill. Good call."),
    ("six-hour job", "Every two-hour job is a six-hour job. It's basically physics."),
    ("mice", "Mice will get through a gap the size of a pencil. Steel wool in any holes around pipes helps too."),
    ("HOA approved", "Three weeks for a paint color is wild. Our HOA took two months to approve a mailbox."),
    ("rotted through", "The deck always has more rotten boards than you think. Poke every joist with a screwdriver while you're at it."),
]
MEGATHREAD_INTROS = [
    "Weekend Projects Megathread: what did you work on this weekend? Post your wins, your disasters, your half-finished messes. Pictures encouraged. Be nice.",
    "It's that time again! Tell us what you fixed, built, broke or gave up on this weekend. Rules: no self-promotion, and keep questions to the daily help thread if they need a long answer.",
    "Weekly 'What did you do to your house' thread. Big or small, it all counts. Caulking counts. Changing a lightbulb counts if it was a really tall lightbulb.",
]


def _make_megathread(rng: random.Random) -> str:
    replies = _k(rng, MEGATHREAD_REPLIES, 12, 20)
    posts = [("AutoModerator" if rng.random() < 0.5 else _handle(rng), pick(rng, MEGATHREAD_INTROS))]
    for r in replies:
        posts.append((_handle(rng), r))
        for key, reaction in MEGATHREAD_BANTER:
            if key in r and rng.random() < 0.6:
                posts.append((_handle(rng), reaction))
    title = pick(rng, ["Weekend Projects Megathread", "What did you work on this weekend?", "Weekly DIY wins & fails thread"])
    return _thread(rng, title, posts, pick(rng, ["r/HomeImprovement", "DIY Home Forum", "Homeowners Hub"]), 0.01)


# ---------------------------------------------------------------------------
# 55. Local radio interview transcript (long).
# ---------------------------------------------------------------------------

INTERVIEW_GUESTS = {
    "beekeeper": {
        "intro": "a third-generation beekeeper who runs about {hives} hives in the hills outside {town}",
        "qa": [
            ("How did you get started with bees?", "Honestly, I didn't have much choice. My grandfather kept bees, my mother kept bees, and I was in a veil before I could ride a bike. I remember being maybe six and my grandfather handing me a frame full of bees and saying, 'Don't drop it.' That's the whole training program, right there."),
            ("What does a typical day look like this time of year?", "This time of year it's all about checking the hives for swarm signs. When a colony gets crowded and healthy, half of it will pack up and leave with the old queen. Which is beautiful to watch, but not great for honey production. So I'm opening boxes, looking for queen cells, adding space. By noon it's too hot to be in a bee suit, so I do paperwork and answer emails from people who want to buy honey yesterday."),
            ("People hear a lot about bees being in trouble. How are your hives doing?", "It's been a tough decade. Winters where I lose a third of my colonies used to be a disaster, and now that's almost normal for a lot of beekeepers. Mites are the biggest problem. They spread viruses, and you have to stay on top of them constantly. Weather swings don't help either. A warm week in February gets the bees flying, and then a hard frost comes back."),
            ("Is honey different depending on where the bees forage?", "Oh, completely. Spring honey here is light, almost clear, mostly from clover and black locust. Late summer it gets darker, more robust, with the goldenrod and the buckwheat a neighbor grows. I have customers who will only buy the fall honey. They say it tastes like a barn in the best way."),
            ("What's the biggest misconception people have about bees?", "That they want to sting you. A honey bee that stings you dies. She really doesn't want to. Most of the time when people get stung, it's a yellowjacket, which is a wasp, and those are the ones that crash your picnic. Bees are busy. They have no interest in your potato salad."),
            ("Have you ever been stung badly?", "Oh, sure. I've been stung hundreds of times. The worst was when I knocked over a whole box on a cloudy day, and cloudy days they are grumpy. I got maybe thirty stings in about ten seconds. I walked, calmly, to the truck, closed the door and sat there saying some words I won't repeat on the radio."),
            ("What advice would you give someone who wants to start keeping bees?", "Take a class first, find a local club, and find a mentor. Start with two hives, not one, so you can compare them. And expect to lose some. Everybody does. The people who quit are the ones who thought it would be like having a goldfish."),
            ("Where can people buy your honey?", "Saturdays at the farmers market on the square, and a couple of the grocery stores in town carry it. Or just drive out to the farm. There's an honor box at the end of the driveway. People are very honest, mostly. Somebody left me an IOU on a napkin once and came back the next week with the money."),
            ("Do the bees know you?", "People ask that a lot. There's some research suggesting bees can learn to recognize faces, but honestly I think they mostly recognize how you move. If I'm calm and slow, they're calm. If I'm in a hurry, they know it, and they let me know they know it. My grandfather used to hum to them. I do too, now. I can't prove it helps. It helps me."),
            ("What happens to the hives in winter?", "They cluster. The bees form a tight ball around the queen and shiver their flight muscles to make heat, and the ones on the outside rotate in so nobody freezes. The middle of that cluster stays warm even when it's below zero outside. My job in winter is mostly to make sure they have enough honey stored to eat, keep the wind off them and leave them alone. It's the hardest part for me, leaving them alone."),
            ("What keeps you doing this?", "Opening a hive on a warm morning, that smell of wax and honey and the sound. It's like a humming city. I've done it thousands of times and it still stops me. My granddaughter's started coming out with me. She's seven. She's got her own little veil. So, maybe a fourth generation."),
        ],
    },
    "coach": {
        "intro": "who is retiring this spring after {years} years as head football coach at {town} High School",
        "qa": [
            ("{years} years. How does it feel to hang up the whistle?", "It hasn't sunk in. Ask me in August, when the two-a-days would be starting and I'm sitting on my porch. I think that'll be the hard day. Right now I'm mostly cleaning out an office that has, I'm embarrassed to say, game film on VHS tapes in it."),
            ("How did you end up coaching here?", "I was a history teacher first. The coach at the time needed someone to run the JV offensive line, and I'd played a little in college, so I raised my hand. Three years later he retired and I was the only one dumb enough to apply. That was a long time ago."),
            ("What's the game you remember most?", "People expect me to say the state semifinal, and that was a special night. But the one I think about is a game we lost, 35 to 7, my second year. It was pouring rain, we were outmatched, and in the fourth quarter I looked down our sideline and not one kid had quit. They were muddy and bleeding and still yelling for each other. I knew then we were going to be all right."),
            ("How has the sport changed over your career?", "A lot, and mostly for the better. We take concussions seriously now, which we absolutely did not when I started. We used to tell kids to shake it off. Now we have a trainer at every practice and a protocol that nobody, not the coach, not the parents, can override. Practices are shorter, smarter. Kids are bigger and faster, and they have phones, which is its own challenge."),
            ("What do you hope your players take away?", "That showing up matters. That you do your job even when nobody's watching, especially then. Most of these kids are not going to play football after high school. But they're going to be husbands, wives, dads, moms, employees, neighbors. If they learned how to be on a team, how to lose without making excuses, how to win without being jerks, then I did my job."),
            ("You've coached the children of former players. What's that like?", "It makes me feel about a hundred years old. But it's the best part. I'll be at practice and see a kid make the exact same face his father made when he didn't want to run sprints. Same face. I tell them that and they hate it."),
            ("Who's replacing you?", "One of my assistants, who played for me about fifteen years ago. He's ready. He's smarter than I was at his age, and he's better with the kids' parents than I ever was. The program is in good hands."),
            ("What will you do with your time?", "My wife has a list. It's a long list. There's a bathroom that's been half-remodeled since 2016. After that, fishing, grandkids, and I'll probably be in the stands every Friday night, keeping my mouth shut. That's the plan, anyway."),
            ("What was the hardest part of the job?", "Phone calls at midnight. When a kid gets in trouble, or a family's going through something, or, the worst ones, when there's been an accident. You become part of these families whether you mean to or not. I've sat in a lot of hospital waiting rooms over the years. I've been to funerals I'll never forget. The wins and losses on the field, those fade. That stuff doesn't."),
            ("Did you ever think about leaving for a bigger program?", "Once. I had an offer from a big school down south, more money, nicer facilities, the whole deal. I drove down for the interview and on the way home I stopped at the Dairy Queen here and three of my players were working the counter, and they saw me and started chanting my name. I called and turned the job down the next morning. My wife said she knew I would before I even left."),
            ("Any last words for the community?", "Just thank you. To the parents who trusted me with their kids, to the boosters who fed us for three decades, and to the folks who sat in those cold bleachers win or lose. This town shows up. That's not true everywhere. Don't ever take it for granted."),
        ],
    },
    "baker": {
        "intro": "owner of a bakery on Main Street in {town} that just celebrated {years} years in business",
        "qa": [
            ("Congratulations on the anniversary. What time did you get up this morning?", "Three-fifteen. Which is actually late for me. On Saturdays it's two-thirty. People always ask how I do it and the answer is, I go to bed at eight like a toddler. My social life is entirely conducted between the hours of noon and six."),
            ("How did the bakery start?", "I was working in an office doing insurance claims, and I was miserable. I'd bake on weekends to stay sane and bring everything to work on Monday. Eventually a coworker said, 'You know you could sell this, right?' I started at the farmers market with one folding table. Three years later the old shoe repair shop on Main came up for rent and I took a deep breath and signed the lease."),
            ("What's your best seller?", "The cardamom buns, no question. I make about three hundred on a Saturday and they're usually gone by eleven. It's a Scandinavian-style bun, the dough has cardamom in it and then it's rolled with butter, sugar and more cardamom. People get a little crazy about them. I had a man offer me fifty dollars for the last one once. I said no, because someone had already paid for it."),
            ("Have you had any disasters?", "So many. The worst was the first Thanksgiving. I took too many pie orders, we had a walk-in cooler die the night before, and I was up for forty hours straight. My mom came in and rolled crusts for twelve hours. We got every pie out. I cried in the walk-in afterward. It was warm in there, because it was broken."),
            ("How have rising costs affected a small bakery?", "It's hard. Butter, eggs, flour, all up a lot in the last few years. I've had to raise prices twice and I hate doing it, because I want this to be a place where a kid can come in with two dollars and get a cookie. So we kept a few things cheap on purpose, and we make up for it on the cakes and the catering."),
            ("You employ several young people. Why is that important to you?", "A lot of my staff are high school and college kids, and for most of them this is their first job. I want it to be a good first job. You learn to show up on time, to count change, to talk to an unhappy customer. I've had three former employees go to culinary school. One of them just opened her own place two towns over. I drove out on opening day and cried, again. I cry a lot, I'm realizing."),
            ("Do you have a favorite regular?", "I'm not allowed to say that, they'll all hear it. But there's a couple in their nineties who've come in every Wednesday since we opened. Same order: one sourdough loaf, two coffees, one shared cinnamon roll. When they missed a week last winter I called their daughter to make sure they were okay. He'd had a fall, he's fine now. They were back the next Wednesday."),
            ("What does a day off look like for you?", "I sleep until seven, which feels decadent. Then I go to somebody else's bakery. I can't help it. I'll drive an hour to try a croissant I read about. My husband calls it industrial espionage. I call it research. Then I come home and garden, because it's the one thing that gets me away from flour. Although I grow rhubarb for the pies, so, it's not really a day off."),
            ("How did the community respond during the hard years?", "When we had to close for a few months, people bought gift cards they knew they might not use for a year. Someone set up a fundraiser without telling me. When we reopened for pickup only, there was a line around the block on the first morning, people standing six feet apart in the cold, just to buy a loaf of bread and say hello. I'm a baker. I know what bread is worth. That morning it was worth a lot more than I charge."),
            ("What's next for the bakery?", "We're finally getting a second oven, which will change my life. And I want to start teaching bread classes in the evenings, small groups, because so many people tell me they're scared of yeast. Yeast is not scary. It's just alive. You just have to be patient with it, like people."),
        ],
    },
}
INTERVIEW_SHOWS = ["Main Street Voices", "The Morning Porch", "Hometown Hour", "Neighbors"]


def _make_interview_transcript(rng: random.Random) -> str:
    kind = pick(rng, list(INTERVIEW_GUESTS))
    g = INTERVIEW_GUESTS[kind]
    town = pick(rng, TOWNS)
    years = _n(rng, 18, 36)
    host, guest = _person(rng), _person(rng)
    hi, gi = host.split()[0].upper(), guest.split()[0].upper()
    show = pick(rng, INTERVIEW_SHOWS)
    slots = dict(town=town, years=years, hives=_n(rng, 60, 400))
    qa = g["qa"]
    keep = [qa[0]] + _k(rng, qa[1:-1], len(qa) - 3, len(qa) - 2) + [qa[-1]]
    keep = [qa[0]] + [x for x in qa[1:-1] if x in keep] + [qa[-1]]
    out = [
        f"{show} — Episode transcript",
        f"Aired {_date(rng, 2014, 2024)} on community radio. This transcript has been lightly edited for clarity.",
        f"{hi}: Good morning and welcome to {show}. I'm {host}. My guest today is {guest}, {g['intro'].format(**slots)}. Thanks so much for coming in.",
        f"{gi}: {pick(rng, ['Thanks for having me.', 'Happy to be here. I brought snacks for the studio.', 'Thank you. I have to admit I am a little nervous.'])}",
    ]
    for q, a in keep:
        out.append(f"{hi}: {q.format(**slots)}")
        out.append(f"{gi}: {a.format(**slots)}")
        if rng.random() < 0.25:
            out.append(f"{hi}: {pick(rng, ['(laughs) I bet.', 'That is wonderful.', 'Wow.', 'I did not know that.'])}\n\n{gi}: {pick(rng, ['(laughs)', 'It is, it really is.', 'Yeah.', 'Most people do not.'])}")
    out.append(f"{hi}: {guest}, thank you so much. This has been {show}. Stay tuned for the news and weather at the top of the hour.")
    return paragraphs(out)


# ---------------------------------------------------------------------------
# Registry.
# ---------------------------------------------------------------------------

def _fam(name: str, genre: str, make) -> Family:
    return Family(name=f"bg_{name}", label=OTHER, genre=genre, kind="plain", make=make)


FAMILIES: list[Family] = [
    _fam("recipe_blog", "recipe blog", _make_recipe_blog),
    _fam("product_review", "product review", _make_product_review),
    _fam("match_report", "sports news", _make_match_report),
    _fam("local_news", "local news", _make_local_news),
    _fam("weather_forecast", "weather", _make_weather),
    _fam("travel_blog", "travel blog", _make_travel_blog),
    _fam("listicle", "listicle", _make_listicle),
    _fam("car_repair_forum", "forum", _make_car_forum),
    _fam("gardening_forum", "forum", _make_garden_forum),
    _fam("home_network_forum", "forum", _make_network_forum),
    _fam("personal_finance", "advice article", _make_personal_finance),
    _fam("real_estate_listing", "listing", _make_real_estate),
    _fam("job_posting", "job posting", _make_job_posting),
    _fam("abstract_biology", "research abstract", _make_abstract_biology),
    _fam("abstract_physics", "research abstract", _make_abstract_physics),
    _fam("abstract_economics", "research abstract", _make_abstract_economics),
    _fam("terms_of_service", "legal", _make_terms_of_service),
    _fam("software_readme", "software documentation", _make_readme),
    _fam("changelog", "software documentation", _make_changelog),
    _fam("python_error_qa", "Q&A", _make_so_python),
    _fam("obituary", "obituary", _make_obituary),
    _fam("wedding_announcement", "announcement", _make_wedding),
    _fam("movie_review", "review", _make_movie_review),
    _fam("book_club_notes", "notes", _make_book_club),
    _fam("song_lyrics", "poem", _make_lyric_poem),
    _fam("kids_animal_story", "children's story", _make_kids_story),
    _fam("sermon", "sermon", _make_sermon),
    _fam("history_article", "long-form article", _make_history_article),
    _fam("health_advice", "health article", _make_health_advice),
    _fam("fitness_log", "log", _make_fitness_log),
    _fam("parenting_blog", "blog", _make_parenting_blog),
    _fam("school_newsletter", "newsletter", _make_school_newsletter),
    _fam("ecommerce_description", "product page", _make_ecommerce),
    _fam("event_listings", "listings", _make_event_listings),
    _fam("classified_ads", "classifieds", _make_classifieds),
    _fam("podcast_show_notes", "show notes", _make_podcast_notes),
    _fam("cooking_forum", "forum", _make_cooking_forum),
    _fam("fashion_blog", "blog", _make_fashion_blog),
    _fam("pet_care", "advice article", _make_pet_care),
    _fam("diy_howto", "how-to", _make_diy),
    _fam("game_patch_notes", "patch notes", _make_patch_notes),
    _fam("crypto_chatter", "social media", _make_crypto_chatter),
    _fam("complaint_letter", "letter", _make_complaint_letter),
    _fam("press_release", "press release", _make_press_release),
    _fam("city_council_transcript", "transcript", _make_council_transcript),
    _fam("social_posts", "social media", _make_social_posts),
    _fam("restaurant_review", "review", _make_restaurant_review),
    _fam("encyclopedia_town", "encyclopedia", _make_encyclopedia_town),
    _fam("aita_post", "forum", _make_aita),
    _fam("business_faq", "FAQ", _make_faq_page),
    _fam("horoscope", "horoscope", _make_horoscope),
    _fam("knitting_pattern", "pattern", _make_knitting_pattern),
    _fam("advice_column", "advice column", _make_advice_column),
    _fam("diy_megathread", "forum", _make_megathread),
    _fam("radio_interview", "transcript", _make_interview_transcript),
]
