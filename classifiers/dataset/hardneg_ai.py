"""More families (second batch): see DATACARD.md.

Hard negatives (label `other`) that borrow the vocabulary of AI risk or AI fiction without any
misalignment narrative and without an aligned-AI narrative either: AI and ML text about products,
lawsuits, accuracy studies, GPUs, school policies and human-caused leaks; ordinary senses of "agent",
"alignment", "takeover", "escape", "exfiltration", "sandbagging", "manipulation", "override", "kill
switch", "autopilot", "rogue", "terminator" and "HAL"; and factual robots (mowers, rovers). Every family
owns its banks (module-level constants prefixed with a short form of the family name); only lists of single
words are shared.
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
HN2_FIRST = [
    "Alma", "Bruno", "Cecile", "Desmond", "Eun-ji", "Farid", "Gwen", "Hector", "Ines", "Jonah", "Kirsi",
    "Lamar", "Mirela", "Nikhil", "Odette", "Pavel", "Quentin", "Rosa", "Soren", "Thandiwe", "Ulla",
    "Vikram", "Wanda", "Xiomara", "Yosef", "Zainab", "Arturo", "Bettina", "Colm", "Dagny",
]
HN2_LAST = [
    "Achterberg", "Balogun", "Cavanagh", "Drummond", "Esposito", "Fairweather", "Gallo", "Holmqvist",
    "Ibarra", "Jankowski", "Kettering", "Lutz", "Macharia", "Nordin", "Oyelaran", "Pruitt", "Ravel",
    "Sandoval", "Thorsen", "Underhill", "Vasquez", "Wojcik", "Yamada", "Zeller", "Brandt", "Cormier",
]
HN2_TOWNS = [
    "Millbrook", "Cedar Falls", "Port Aldine", "Harrow Creek", "Eastvale", "Lindenwood", "Marlow",
    "Stonebridge", "Fairhaven", "Ridgeton", "Oakmont", "Wexley", "Bramford", "Kingsport", "Alder Bay",
]
HN2_MONTHS = [
    "Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
]


def _nm(rng: random.Random) -> str:
    return f"{pick(rng, HN2_FIRST)} {pick(rng, HN2_LAST)}"


def _dt(rng: random.Random, lo: int = 2021, hi: int = 2025) -> str:
    return f"{pick(rng, HN2_MONTHS)} {rng.randint(1, 28)}, {rng.randint(lo, hi)}"


# ---------------------------------------------------------------------------------------------
# 1. Copyright lawsuit over training data (legal news)
# ---------------------------------------------------------------------------------------------

CPYR_PLAINTIFFS = [
    ("a group of {n} novelists led by the thriller writer {p}", "authors"),
    ("the {town} Gazette and {n} other regional newspapers", "publishers"),
    ("{n} independent photographers represented by the firm {firm}", "photographers"),
    ("three music publishers", "publishers"),
    ("a stock-image agency and {n} of its contributing illustrators", "illustrators"),
    ("a collective of {n} screenwriters", "writers"),
]
CPYR_DEFENDANTS = ["Lumen Labs", "Corvid AI", "Pallas Systems", "Brightwell Technologies", "Tessellate Inc.", "Quarry AI"]
CPYR_HEADLINES = [
    "Judge lets core copyright claim proceed against {d}",
    "{d} must face {kind}' lawsuit over training data, court rules",
    "{kind} sue {d}, alleging copyrighted works were used to train chatbot",
    "Court trims, but keeps alive, copyright suit against {d}",
    "{d} asks court to toss training-data suit, citing fair use",
    "Discovery fight erupts in {kind}' case against {d}",
]
CPYR_LEDES = [
    "A federal judge on {day} declined to dismiss the central claim in a lawsuit brought by {plaintiff}, who allege that {d} copied their work without permission to build its text-generation models.",
    "{plaintiff_cap} filed suit against {d} in federal court this week, claiming the company downloaded and stored their work to train its commercial language models without a licence or payment.",
    "Lawyers for {d} argued in a filing on {day} that training a model on publicly available material is a transformative use protected by the fair-use doctrine, and asked the court to throw out a complaint brought by {plaintiff}.",
    "The copyright case brought by {plaintiff} against {d} moved into a more contentious phase on {day}, as the two sides traded accusations over what training records must be handed over.",
]
CPYR_BODY = [
    "The complaint alleges that {d} obtained copies of the works from so-called shadow libraries, websites that host pirated books, and kept them in an internal dataset long after training had finished.",
    "The judge dismissed the plaintiffs' claims for unjust enrichment and negligence, finding them preempted by federal copyright law, but allowed the direct infringement claim to go forward.",
    "At the heart of the dispute is whether copying a work in order to compute statistical patterns from it counts as a transformative use. Courts have not yet squarely answered that question for generative models.",
    "The plaintiffs point to examples in which the company's chatbot, when prompted with the opening lines of a chapter, reproduced several paragraphs nearly word for word.",
    "{d} has said such outputs are rare, result from deliberately adversarial prompting, and are blocked by filters it added last year.",
    "A separate claim under Section 1202 of the Digital Millennium Copyright Act, which concerns the removal of copyright management information such as author names, was dismissed with leave to amend.",
    "The plaintiffs are seeking class-action status on behalf of every rights holder whose work appears in the disputed dataset, as well as statutory damages and an order requiring the company to destroy models trained on the material.",
    "Legal scholars say the market-harm factor may prove decisive: if courts find that model outputs compete directly with the originals, a fair-use defence becomes much harder to sustain.",
    "In discovery, the plaintiffs have asked for the full list of training sources and internal messages about licensing. {d} says producing the data would expose trade secrets and has offered access in a secure review room instead.",
    "The case is one of more than two dozen similar suits pending in U.S. courts, several of which have been consolidated before a single judge.",
    "Several publishers have meanwhile signed licensing deals with AI developers, which plaintiffs argue shows that a market for training licences exists and is being bypassed.",
    "The judge set a schedule that puts summary-judgment briefing roughly a year away, meaning a decision on fair use is unlikely before then.",
]
CPYR_QUOTES = [
    "\"Our clients never agreed to have their life's work fed into a product that now competes with them,\" said {lawyer}, a partner at {firm} representing the plaintiffs.",
    "\"We believe that training on broadly available data is fair use, and we will continue to defend that position,\" a {d} spokesperson said in an emailed statement.",
    "\"This ruling doesn't decide fair use. It just says the plaintiffs get to try to prove their case,\" said {prof}, who teaches intellectual-property law and is not involved in the litigation.",
    "\"The question isn't whether the technology is useful. It's whether somebody has to pay for the raw material,\" {prof}, a copyright scholar, told reporters.",
]
CPYR_FIRMS = ["Hale & Orrin LLP", "Bexley Marsh", "Crane Whitlock", "Abernathy Stowe", "Rudd Kellerman"]
CPYR_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


@_family("hn2_copyright_training_suit", "legal_news")
def _cpyr_make(rng: random.Random) -> str:
    d = pick(rng, CPYR_DEFENDANTS)
    firm = pick(rng, CPYR_FIRMS)
    ptmpl, kind = pick(rng, CPYR_PLAINTIFFS)
    plaintiff = ptmpl.format(n=rng.randint(4, 40), p=_nm(rng), town=pick(rng, HN2_TOWNS), firm=firm)
    slots = dict(d=d, firm=firm, lawyer=_nm(rng), prof=_nm(rng), day=pick(rng, CPYR_DAYS), kind=kind.capitalize(),
                 plaintiff=plaintiff, plaintiff_cap=plaintiff[0].upper() + plaintiff[1:])
    body = [fill(rng, b, **slots) for b in sample(rng, CPYR_BODY, rng.randint(3, 7))]
    for q in sample(rng, CPYR_QUOTES, rng.randint(1, 2)):
        body.insert(rng.randint(0, len(body)), fill(rng, q, **slots))
    head = fill(rng, pick(rng, CPYR_HEADLINES), **slots)
    byline = pick(rng, [f"By {_nm(rng)}, courts reporter", f"{_nm(rng)} | Law & Tech desk | {_dt(rng, 2023)}", f"Reporting by {_nm(rng)}; editing by {_nm(rng)}"])
    tail = pick(rng, ["", f"The case is {kind.capitalize()} v. {d}, No. {rng.randint(1, 9)}:{rng.randint(22, 25)}-cv-{rng.randint(1000, 9999)}.",
                      f"{d} did not respond to a request for comment on the ruling.", "A status conference is scheduled for next month."])
    return paragraphs([head, byline, fill(rng, pick(rng, CPYR_LEDES), **slots), *body, tail])


# ---------------------------------------------------------------------------------------------
# 2. AI art debate on an artists' forum (thread)
# ---------------------------------------------------------------------------------------------

AIART_TOPICS = [
    "{con} just banned AI-generated prints from artist alley. thoughts?",
    "Client asked me to 'clean up' a generated image for their book cover. Do I take the job?",
    "Is it even worth posting my work online anymore?",
    "Local art fair gave first prize to an image that turned out to be generated",
    "Our print shop got asked to label 'human-made' on everything now",
]
AIART_OPENERS = [
    "Title says it. The rule was posted on their site yesterday: every vendor has to show process sketches or WIP files if asked, and anything generated gets pulled from the table. I'm cautiously happy but I don't know how they'll enforce it.",
    "So this happened. I do commissions mostly, fantasy portraits, and a repeat client sent me a generated picture and asked if I could 'fix the hands and make it look painted' for half my usual rate. Honestly not sure how I feel.",
    "I've been drawing for eleven years and posting for six. Engagement dropped off a cliff this year and my feed is full of glossy generated stuff with thousands of likes. Starting to wonder what the point is.",
    "Saw it in the local paper. The winning entry in the digital category was made with an image generator and the guy admitted it after people asked. Rules didn't forbid it. Organisers say they'll update the rules next year.",
]
AIART_REPLIES = [
    "good. artist alley is for artists. if you want to sell generated posters go get a booth in the vendor hall and pay vendor hall prices",
    "Enforcement is going to be a nightmare though. Are volunteers supposed to eyeball every print for weird fingers? Half the human artists I know draw weird fingers lol",
    "I use it for thumbnails and colour comps and then paint everything myself. Would I be banned? Genuinely asking, the wording is vague.",
    "Take the job but charge full rate. Fixing generated images is often MORE work than painting from scratch because the lighting makes no sense and the anatomy is mush.",
    "Don't take it. You're training your client to think your work is worth half.",
    "The training data thing is what bugs me. My whole gallery was scraped, I found my own watermark ghosting through in someone's output once. Nobody asked.",
    "counterpoint: photography was supposed to kill painting too. people still paint. The market for 'a person made this' isn't going away, it just gets smaller and more premium",
    "Smaller and more premium means fewer of us get to eat. That's not a comforting counterpoint.",
    "Posting schedule tip: stop chasing the algorithm, build a mailing list. The people who actually buy from me come from the newsletter, not from likes.",
    "The art fair thing is on the organisers. If the rules say 'digital art' and don't define it, someone was always going to do this.",
    "I teach intro illustration at a community college and my students are split right down the middle. Some refuse to touch it, some use it for reference boards. We spend a whole week on the copyright cases now.",
    "Honestly the tool isn't the problem, the companies selling it as a replacement for hiring illustrators are. My publisher cut the cover budget by 40% this year and said so out loud.",
    "A lot of generated stuff all looks the same to me now. Same glow, same faces, same teal and orange. I scroll past it automatically.",
    "i just want a tag filter that works. let me hide it and let the people who like it enjoy it, everyone wins",
    "Did the con say anything about generated backgrounds in comics? Asking because a friend's webcomic uses a few and she's panicking.",
    "Mods please pin this, it comes up every week",
    "As a buyer: I will pay more for something with a process video. Seeing the sketch-to-final is half the fun.",
    "This debate would be less heated if the licensing was sorted out. Pay the people whose work went into it and a lot of the anger goes away.",
    "the contest guy didn't break the rules but he's still kind of a jerk for entering, you know the spirit of the thing",
    "Update us on what you decide! I had a near identical request from an indie game dev last month and I turned it down.",
    "Long post, sorry. I ran a small print business for nine years and here is what I saw at the last three cons: tables selling generated posters at a third of the price of hand-drawn prints, huge volume, zero personality. Buyers were mostly kids who wanted a poster of their favourite character and didn't care how it was made. Meanwhile the artists who did well were the ones who drew live at the table, did quick sketch commissions, and talked to people. You can't compete on price with something that costs nothing to make, so stop trying. Compete on the stuff that needs a person standing there. That's my two cents after watching my own sales drop and then slowly recover.",
    "Copyright lawyer here (not your lawyer, not legal advice). In most places right now, purely generated images can't be registered for copyright because there's no human author, but a work that combines generated material with substantial human selection, arrangement or painting can be protected in part. That matters for clients: if they want to own their book cover outright, a generated base is a real weakness. A lot of publishers have quietly added clauses requiring artists to disclose any generated elements for exactly this reason.",
    "I was firmly anti for a year and I'm now just tired. My college teaches 'prompting' in the design course. My younger cousin thinks drawing by hand is a quirky hobby, like calligraphy. I'm not going to stop drawing, I love it, but I've stopped expecting it to pay my rent and got a part-time job at the framing shop. Weirdly I enjoy drawing more now that it's not the thing keeping the lights on.",
    "For the enforcement question: the con I volunteer at asked artists to bring a sketchbook or a process file on a tablet. We didn't check everyone, we just checked when someone reported a table, and honestly most people were happy to show their work. Two tables were asked to pack up. Nobody had to squint at fingers.",
]
AIART_USERS = ["inkwell_ren", "mossfox", "gouache_gremlin", "PixelPriya", "lineartlarry", "saltwater_sketch", "okay_brushes", "tiny_kraken_art", "ChromaCat", "OwlAndEasel", "dustjacket", "vellum_vee"]
AIART_CONS = ["NorthCon", "Anime Lakeside", "FableFest", "GalaxyExpo", "Comic Harbour"]


@_family("hn2_aiart_forum_thread", "forum_thread")
def _aiart_make(rng: random.Random) -> str:
    users = sample(rng, AIART_USERS, 8)
    title = fill(rng, pick(rng, AIART_TOPICS), con=pick(rng, AIART_CONS))
    posts = [f"**{users[0]}** · {rng.randint(2, 23)}h ago\n\n" + typos(rng, pick(rng, AIART_OPENERS), 0.015)]
    for i, r in enumerate(sample(rng, AIART_REPLIES, rng.randint(5, 16))):
        u = users[1 + i % 7]
        votes = rng.randint(-3, 140)
        posts.append(f"**{u}** · {votes} points\n\n" + typos(rng, r, 0.03))
    head = f"r/{pick(rng, ['ArtistLounge', 'illustration', 'DigitalPainting', 'conartists_alley'])} · {title}"
    return paragraphs([head, *posts])


# ---------------------------------------------------------------------------------------------
# 3. Customer-service chatbot complaints (short social posts)
# ---------------------------------------------------------------------------------------------

BOTRANT_COS = {
    "airline": (["SkyWays", "AeroNord", "Coastal Air"], [
        "change the name on a plane ticket", "get a refund for a flight they cancelled", "add a bag to my booking", "find out where my suitcase is"], [
        "It sent me the baggage allowance page four times.",
        "It kept offering to book me a NEW flight.",
        "It told me my flight was on time. It was cancelled. The app said cancelled. The same app.",
        "it asked for my booking reference, then said booking references are 'not supported in chat'.",
    ]),
    "bank": (["BrightBank", "Meridian Savings", "First Harbor"], [
        "dispute a double charge", "report a stolen card", "raise my transfer limit for a house deposit", "close a joint account"], [
        "It explained what a direct debit is. Twice.",
        "It froze the wrong card and then told me it can't unfreeze cards.",
        "the bot understood 'refund' as 're-fund' and tried to sell me a top-up.",
        "It asked me to confirm my identity with a code that never arrived, five times.",
    ]),
    "utility": (["FibreNow", "HomeGas Direct", "Volta Energy"], [
        "get my internet fixed", "submit a meter reading that their website rejects", "move my service to a new flat", "query a bill that tripled"], [
        "Its troubleshooting step one is 'have you tried restarting your router'. My router is the thing that is dead.",
        "It offered me a faster broadband package while I was reporting an outage.",
        "it cannot understand a meter reading with a leading zero, which is all of them",
        "It gave me a phone number that plays a recording telling me to use the chat.",
    ]),
    "retail": (["QuickCart", "ParcelPoint", "HomeHaus"], [
        "move my delivery to Saturday", "return a sofa that arrived broken", "find out why my parcel went back to the depot", "use a gift card online"], [
        "It keeps saying 'I understand you want to track a parcel' no matter what I type.",
        "It sent me a link to the returns page. The returns page says to contact the chat.",
        "It cheerfully told me my issue was resolved and closed the chat.",
        "It couldn't read the order number I pasted because it had a dash in it.",
    ]),
}
BOTRANT_SETUPS = [
    "spent {m} minutes with {co}'s virtual assistant trying to {task}.",
    "{co} replaced their phone line with a chatbot and I just tried to {task}.",
    "tried to {task} through the {co} app chat.",
    "Day {d} of trying to {task} with the {co} support bot.",
    "asked the {co} help assistant to {task}. simple, right?",
    "PSA: if you need to {task}, do not bother with the {co} chat.",
]
BOTRANT_GENERIC = [
    "Typed 'speak to a human' and it offered me a coupon for 10% off.",
    "After twenty messages it said 'Sorry, I didn't catch that' and went back to the start.",
    "it asked me to rate the conversation before answering anything",
    "Every answer is a link to an FAQ that doesn't mention my problem.",
    "Typing AGENT in caps just makes it say 'I'm here to help!' with a smiley.",
]
BOTRANT_ENDS = [
    "whoever signed off on this has never used it.", "bring back hold music, I miss it.", "I am begging for a person.",
    "eventually went to the branch and someone called {n} sorted it in five minutes.", "switching providers this week, honestly.",
    "genuinely less useful than the 2009 phone menu.", "customer service is a lost art.", "#customerservice #fail", "",
    "anyway if anyone from {co} reads this my case number is {case}.", "I have a meeting in ten minutes and I am still in the chat.",
]


@_family("hn2_chatbot_support_rants", "social_post")
def _botrant_make(rng: random.Random) -> str:
    posts = []
    for _ in range(rng.choice([1, 1, 1, 1, 2, 3])):
        cos, tasks, fails = BOTRANT_COS[pick(rng, sorted(BOTRANT_COS))]
        co = pick(rng, cos)
        s = fill(rng, pick(rng, BOTRANT_SETUPS), co=co, task=pick(rng, tasks), m=str(rng.randint(12, 95)), d=str(rng.randint(2, 9)))
        body = sample(rng, fails, rng.randint(1, 2)) + sample(rng, BOTRANT_GENERIC, rng.randint(0, 1))
        rng.shuffle(body)
        end = fill(rng, pick(rng, BOTRANT_ENDS), n=pick(rng, HN2_FIRST), co=co, case=str(rng.randint(10**6, 10**7)))
        text = typos(rng, " ".join([s, *body, end]).strip(), 0.02)
        handle = f"@{pick(rng, ['grumpy', 'tired', 'just', 'real', 'not'])}{pick(rng, HN2_FIRST).lower()}{rng.randint(1, 99)}"
        posts.append(f"{handle} · {rng.randint(1, 59)}m\n{text}\n{rng.randint(0, 400)} likes · {rng.randint(0, 60)} reposts")
    return paragraphs(posts)


# ---------------------------------------------------------------------------------------------
# 4. Diagnostic AI accuracy study (research abstract)
# ---------------------------------------------------------------------------------------------

DXACC_TASKS = [
    ("screening mammograms", "breast cancer", "radiologists", "double reading"),
    ("chest radiographs", "pulmonary nodules", "thoracic radiologists", "single reading"),
    ("retinal fundus photographs", "referable diabetic retinopathy", "ophthalmologists", "grading by trained graders"),
    ("dermoscopic images", "melanoma", "dermatologists", "clinical assessment"),
    ("12-lead electrocardiograms", "reduced ejection fraction", "cardiologists", "echocardiography"),
    ("non-contrast head CT scans", "intracranial haemorrhage", "neuroradiologists", "standard worklist reading"),
]
DXACC_BACKGROUND = [
    "Commercial AI tools for the detection of {cond} on {mod} are increasingly deployed, but evidence of their performance in routine practice remains limited.",
    "Most published evaluations of AI systems for {cond} rely on enriched retrospective datasets from the developing institution.",
    "Whether AI assistance improves the accuracy of {readers} reading {mod} in a real screening population is uncertain.",
]
DXACC_METHODS = [
    "We conducted a retrospective multicentre study of {n} consecutive examinations from {k} hospitals. Reference standard was {ref} with at least {fu} months of follow-up.",
    "In this prospective, paired-reader study, {n} {mod} were read by {r} {readers} with and without the AI tool, in randomised order after a washout period of four weeks.",
    "We externally validated a commercially available algorithm on {n} examinations acquired on scanners from {k} vendors not represented in its training data.",
    "A reader study was performed with {r} {readers} of varying experience; each interpreted {n} cases, of which {pos} were positive by the reference standard.",
]
DXACC_RESULTS = [
    "The AI system achieved an area under the ROC curve of 0.{auc} (95% CI 0.{auclo}-0.{auchi}). At the vendor's recommended threshold, sensitivity was {sens}% and specificity {spec}%.",
    "Sensitivity of {readers} increased from {sens0}% without AI to {sens}% with AI (p={p}), while specificity did not change significantly ({spec0}% vs {spec}%).",
    "Performance was lower in images from older equipment (AUC 0.{auclo}) and in patients over 75 years of age.",
    "The algorithm produced a false-positive flag in {fpr}% of negative examinations, most commonly due to positioning artefacts and prior surgical changes.",
    "Reading time per case decreased by a median of {sec} seconds when AI output was available.",
    "Of the {miss} cancers missed by the algorithm, most were small or located near the image edge.",
]
DXACC_CONCL = [
    "AI performance in this external cohort was lower than reported in the developer's validation study, underscoring the need for local validation before deployment.",
    "AI assistance modestly improved reader sensitivity without a loss in specificity. Prospective trials measuring patient outcomes are warranted.",
    "The tool performed comparably to {readers} and may be suitable as a second reader, but performance varied across sites and equipment.",
    "Calibration drift across vendors suggests that thresholds should be set per site and monitored over time.",
]


@_family("hn2_diagnostic_ai_accuracy_abstract", "research_abstract")
def _dxacc_make(rng: random.Random) -> str:
    mod, cond, readers, ref = pick(rng, DXACC_TASKS)
    auc = rng.randint(78, 95)
    sens = rng.randint(72, 94)
    spec = rng.randint(70, 95)
    slots = dict(mod=mod, cond=cond, readers=readers, ref=ref, n=f"{rng.randint(900, 48000):,}", k=str(rng.randint(2, 12)), fu=str(rng.choice([12, 24, 36])),
                 r=str(rng.randint(6, 24)), pos=str(rng.randint(60, 400)), auc=str(auc), auclo=str(auc - rng.randint(2, 6)), auchi=str(min(99, auc + rng.randint(1, 4))),
                 sens=str(sens), spec=str(spec), sens0=str(sens - rng.randint(2, 9)), spec0=str(spec + rng.randint(-2, 2)), p=f"0.0{rng.randint(1, 4)}",
                 fpr=str(rng.randint(3, 18)), sec=str(rng.randint(4, 40)), miss=str(rng.randint(8, 60)))
    title = pick(rng, [f"External validation of a commercial AI algorithm for {cond} detection on {mod}",
                       f"Effect of AI assistance on {readers}' accuracy in detecting {cond}: a reader study",
                       f"Real-world diagnostic accuracy of artificial intelligence for {cond}: a multicentre retrospective study"])
    res = " ".join(fill(rng, x, **slots) for x in sample(rng, DXACC_RESULTS, rng.randint(2, 4)))
    parts = [title,
             f"{_nm(rng)}, {_nm(rng)}, {_nm(rng)}" + pick(rng, [", et al.", "", f", {_nm(rng)}"]),
             "Background: " + fill(rng, pick(rng, DXACC_BACKGROUND), **slots),
             "Methods: " + fill(rng, pick(rng, DXACC_METHODS), **slots),
             "Results: " + res,
             "Conclusions: " + fill(rng, pick(rng, DXACC_CONCL), **slots)]
    if rng.random() < 0.5:
        parts.append("Keywords: " + ", ".join(sample(rng, ["artificial intelligence", "deep learning", "diagnostic accuracy", "screening", cond, "external validation", "computer-aided detection"], 4)))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 5. School policy on chatbots and homework (policy letter / handbook)
# ---------------------------------------------------------------------------------------------

SCHPOL_SCHOOLS = ["{town} Middle School", "{town} High School", "St. Brigid's Academy", "{town} Unified School District", "Riverside Preparatory"]
SCHPOL_INTROS = [
    "Dear families, over the past year many of you have asked how our school handles AI chatbots and homework. This letter sets out the guidelines our staff agreed on at the {month} in-service day.",
    "This section of the student handbook explains when students may use generative AI tools (such as chatbots and image generators) in their coursework. It replaces the interim guidance issued last spring.",
    "Following consultation with teachers, parents and the student council, the board has adopted the following procedure on artificial intelligence in teaching and learning.",
]
SCHPOL_ALLOWED = [
    "Brainstorming topics or generating practice questions to study from, unless a teacher says otherwise.",
    "Checking grammar and spelling in a draft the student has written themselves.",
    "Getting an explanation of a concept they are stuck on, in the way they might ask a tutor.",
    "Translating instructions for family members whose home language is not English.",
    "Tasks where the teacher has explicitly built in AI use, for example comparing a chatbot's answer with a textbook.",
]
SCHPOL_FORBIDDEN = [
    "Submit text, code or images produced by an AI tool as their own work.",
    "Use AI tools during in-class tests and quizzes.",
    "Enter another student's personal information, photos or work into an AI tool.",
    "Use AI to complete reading logs, reflections or any task that asks for a personal response.",
    "Create images of real people, including classmates and staff.",
]
SCHPOL_EXTRA = [
    "**Citing AI use.** When AI has been used, students add a short note at the end of the assignment saying which tool they used and for what, e.g. 'I used a chatbot to suggest three essay topics; I chose the second one.'",
    "**Age limits.** Many AI services require users to be 13 or older, and some require parental consent up to 18. The school will not ask students to create accounts on any service that requires them to be older than they are.",
    "**Teacher discretion.** Individual teachers may set stricter rules for their own courses. Where a course rule and this policy differ, the course rule applies for that course.",
    "**Detection software.** We do not rely on AI-detection tools to decide whether work is a student's own, because their results are unreliable. Teachers may instead ask a student to talk through their work or complete a similar task in class.",
    "**Consequences.** A first instance of misuse is treated as a learning conversation and the work is redone. Repeated misuse follows the academic honesty procedure in section 4.",
    "**Privacy.** Staff use only the tools approved by the district's technology office, which have signed data-protection agreements. Student data is never entered into unapproved tools.",
    "**Staff training.** All teaching staff complete a two-hour module on AI tools each year, covering classroom uses, limitations and data protection.",
]
SCHPOL_CLOSE = [
    "If you have questions, please contact your child's form tutor or email the front office.",
    "We will review this guidance at the end of the school year and welcome feedback from families.",
    "Thank you for helping your child use these tools thoughtfully. — {name}, Principal",
    "Approved by the Board of Education, {month} {year}. Next review: {month} {year2}.",
]


@_family("hn2_school_ai_homework_policy", "policy_document")
def _schpol_make(rng: random.Random) -> str:
    town = pick(rng, HN2_TOWNS)
    month = pick(rng, ["August", "September", "January", "October"])
    yr = rng.randint(2023, 2025)
    school = fill(rng, pick(rng, SCHPOL_SCHOOLS), town=town)
    head = pick(rng, [f"{school}: Guidelines on AI Tools and Homework", f"{school} — Policy 6163.5: Artificial Intelligence", f"Letter home: chatbots, homework and {school}"])
    allowed = "**Students may use AI tools for:**\n" + "\n".join(f"- {x}" for x in sample(rng, SCHPOL_ALLOWED, rng.randint(2, 4)))
    forbidden = "**Students may not:**\n" + "\n".join(f"- {x}" for x in sample(rng, SCHPOL_FORBIDDEN, rng.randint(2, 4)))
    extra = sample(rng, SCHPOL_EXTRA, rng.randint(2, 5))
    close = fill(rng, pick(rng, SCHPOL_CLOSE), name=_nm(rng), month=month, year=str(yr), year2=str(yr + 1))
    body = [allowed, forbidden] if rng.random() < 0.7 else [forbidden, allowed]
    return paragraphs([head, fill(rng, pick(rng, SCHPOL_INTROS), month=month), *body, *extra, close])


# ---------------------------------------------------------------------------------------------
# 6. Data leak caused by people (tech news)
# ---------------------------------------------------------------------------------------------

LEAK_CASES = [
    {
        "head": ["Engineers pasted source code into public chatbot, {co} confirms", "{co} restricts chatbot use after staff shared confidential code"],
        "lede": "{co} has limited employee access to public AI chatbots after staff in its {dept} division pasted proprietary source code and internal meeting notes into a consumer chatbot to get help debugging and summarising.",
        "body": [
            "The material was entered on at least {k} occasions over {w} weeks, according to an internal memo seen by reporters. Because the consumer version of the service may retain conversations for product improvement, the company said it could not be certain the data had been deleted.",
            "The company has since rolled out an internally hosted assistant and blocked the public service on corporate devices. Employees who need external tools must now request an exception.",
            "Security analysts said the episode was a textbook case of well-meaning staff taking a shortcut under deadline pressure rather than any malicious act.",
        ],
    },
    {
        "head": ["Misconfigured cloud bucket exposed chatbot transcripts of {co} customers", "{co} customer chat logs left open on the internet for months"],
        "lede": "Transcripts of roughly {n} customer conversations with a support chatbot run by {co} were left publicly accessible after a contractor misconfigured a cloud storage bucket, a security researcher found.",
        "body": [
            "The bucket, which required no password, contained names, email addresses and in some cases partial card numbers that customers had typed into the chat. It had been created by a third-party analytics firm to store logs for quality review.",
            "The researcher, {res}, said they reported the exposure on {dt} and that access was closed within two days. {co} said there was no evidence anyone else had downloaded the files.",
            "Regulators in two countries have been notified. The company said it had ended its relationship with the contractor and would notify affected customers by email.",
        ],
    },
    {
        "head": ["Former employee charged after copying AI startup's customer list", "Ex-salesman took {co} client data on USB stick, lawsuit says"],
        "lede": "{co}, a maker of AI transcription software, has sued a former account executive who it says downloaded its customer database and pricing sheets in the days before he left to join a competitor.",
        "body": [
            "According to the complaint, logs show the employee exfiltrated about {n} records to a personal cloud account and a USB drive during his final week, outside normal working hours.",
            "The company discovered the transfer during a routine offboarding review, when its data-loss-prevention tool flagged an unusually large export from the CRM.",
            "A lawyer for the former employee said his client had only kept contact details for clients he had personally worked with and denied wrongdoing.",
        ],
    },
    {
        "head": ["Hospital staff uploaded patient notes to AI summariser, audit finds", "Audit: clinicians at {co} used unapproved AI tool with patient data"],
        "lede": "An internal audit at {co} found that staff in several departments had uploaded patient discharge notes to a free online summarisation tool, in breach of the health system's data-protection rules.",
        "body": [
            "Around {n} documents were affected. The audit found no sign that staff intended harm; most said they were trying to save time on paperwork.",
            "The health system has reminded employees that only approved tools covered by a data-processing agreement may be used with patient information, and has begun offering an approved alternative.",
            "Patients whose records were involved are being contacted by letter.",
        ],
    },
]
LEAK_EXTRA = [
    "\"The weakest point in any data-protection programme is still a tired person with a deadline,\" said {exp}, a privacy consultant.",
    "Companies are increasingly writing explicit rules about which AI services staff may use, a survey by a risk-management firm found last month.",
    "Training, clear policies and approved internal tools reduce this kind of incident far more than outright bans, {exp} said.",
    "It is the {ord} reported incident of its kind this year, according to a tracker maintained by a digital-rights group.",
]
LEAK_COS = ["Halden Electronics", "Norvale Health", "Kestrel Insurance", "Vireo Retail", "Pinecrest Telecom", "Ostara Systems"]


@_family("hn2_human_data_leak_news", "news")
def _leak_make(rng: random.Random) -> str:
    case = pick(rng, LEAK_CASES)
    slots = dict(co=pick(rng, LEAK_COS), dept=pick(rng, ["semiconductor", "mobile", "payments", "logistics"]), k=str(rng.randint(3, 9)), w=str(rng.randint(2, 6)),
                 n=f"{rng.randint(2, 900) * 100:,}", res=_nm(rng), dt=_dt(rng), exp=_nm(rng), ord=pick(rng, ["third", "fifth", "sixth", "ninth"]))
    body = [fill(rng, b, **slots) for b in sample(rng, case["body"], rng.randint(2, 3))]
    body += [fill(rng, b, **slots) for b in sample(rng, LEAK_EXTRA, rng.randint(0, 2))]
    return paragraphs([fill(rng, pick(rng, case["head"]), **slots), pick(rng, [f"By {_nm(rng)}", f"{_dt(rng)} · {rng.randint(2, 6)} min read", ""]),
                       fill(rng, case["lede"], **slots), *body])


# ---------------------------------------------------------------------------------------------
# 7. GPU shortage and data-centre power (market newsletter)
# ---------------------------------------------------------------------------------------------

GPUSUP_HEADS = [
    "Chip Supply Weekly: lead times for data-centre accelerators stretch again",
    "The compute crunch, issue #{n}: HBM is the new bottleneck",
    "Why your cloud GPU quota request is still pending",
    "Market note: rental prices for H-class GPUs ease as new capacity lands",
    "Power, not chips: the grid is now the limiting factor for AI data centres",
]
GPUSUP_PARAS = [
    "Distributors we spoke to this week quoted lead times of {wk} weeks for eight-GPU servers, up from {wk0} weeks at the start of the quarter. Smaller buyers report being told to wait until allocations for the largest cloud providers are filled.",
    "The constraint has shifted upstream. Advanced packaging capacity, the step that bonds the GPU die to its stacks of high-bandwidth memory, remains sold out through next year, and the three memory makers are prioritising their largest contracts.",
    "On the secondary market, hourly rental prices for top-end accelerators fell to about ${price} on several marketplaces, roughly {pct}% below their peak. Brokers attribute the drop to a wave of new clusters coming online and to startups reselling capacity they over-committed to.",
    "Utilities in {region} say interconnection requests from data-centre developers now exceed {gw} gigawatts, more than the region's entire current peak demand. Some projects have been told to expect a wait of five years or more for a grid connection.",
    "Several operators are turning to on-site gas turbines and long-term contracts with nuclear plants to secure power, moves that have drawn scrutiny from local regulators and environmental groups.",
    "For university labs the situation is worse. A survey of {k} computer-science departments found that the median PhD student has access to fewer than {g} GPUs, and that many rely on free cloud credits that expire after a year.",
    "Export controls continue to reshape the market. Vendors have introduced cut-down variants for restricted countries, and customs authorities have reported seizures of servers routed through third countries.",
    "Cooling is the quiet story. The newest racks draw more than {kw} kW each, well beyond what air cooling can handle, so retrofits to direct liquid cooling are adding months to build schedules.",
    "Gaming customers, meanwhile, are seeing some relief: consumer card prices have returned close to list price in most regions, although the top model still sells out within minutes of restocks.",
    "Analysts expect supply to loosen in the second half of the year, but caution that every previous forecast of an easing has been overtaken by new orders.",
]
GPUSUP_CLOSERS = [
    "That's it for this week. Reply to this email if you have lead-time data to share; we keep sources anonymous.",
    "Next issue: a look at the used-server market and what happens to last generation's hardware.",
    "— {name}, senior analyst",
    "Data in this note comes from distributor interviews, public filings and our own price tracker.",
]


@_family("hn2_gpu_supply_newsletter", "newsletter")
def _gpusup_make(rng: random.Random) -> str:
    slots = dict(n=str(rng.randint(20, 140)), wk=str(rng.randint(20, 52)), wk0=str(rng.randint(8, 19)), price=f"{rng.randint(18, 39) / 10:.2f}", pct=str(rng.randint(20, 55)),
                 region=pick(rng, ["northern Virginia", "central Texas", "the Dublin area", "Arizona", "the Netherlands", "Georgia"]), gw=str(rng.randint(15, 90)),
                 k=str(rng.randint(40, 120)), g=str(rng.randint(2, 8)), kw=str(rng.choice([80, 120, 130, 140])), name=_nm(rng))
    paras = [fill(rng, p, **slots) for p in sample(rng, GPUSUP_PARAS, rng.randint(3, 6))]
    if rng.random() < 0.4:
        rows = "\n".join(f"| {m} | {rng.randint(8, 52)} wks | ${rng.randint(15, 45) / 10:.2f}/hr |" for m in sample(rng, ["Flagship 80GB", "Flagship 141GB", "Mid-tier 48GB", "Inference 24GB", "Last-gen 40GB"], 3))
        paras.insert(rng.randint(1, len(paras)), "| Part | Lead time | Spot rental |\n|---|---|---|\n" + rows)
    return paragraphs([fill(rng, pick(rng, GPUSUP_HEADS), **slots), *paras, fill(rng, pick(rng, GPUSUP_CLOSERS), **slots)])


# ---------------------------------------------------------------------------------------------
# 8. Multi-armed bandits lecture notes (agent, policy, reward, explore/exploit)
# ---------------------------------------------------------------------------------------------

BANDIT_SECTIONS = [
    ("Setup", "An agent repeatedly chooses one of $K$ arms. Pulling arm $a$ at round $t$ yields a reward $r_t$ drawn from an unknown distribution with mean $\\mu_a$. The agent's goal is to maximise the total reward over $T$ rounds, or equivalently to minimise the regret $R_T = T\\mu^* - \\sum_t \\mathbb{E}[r_t]$, where $\\mu^*$ is the best mean."),
    ("Explore vs exploit", "The central tension: if the agent always pulls the arm with the highest estimated mean (pure exploitation), it can lock onto a suboptimal arm after a few unlucky samples of the best one. If it explores too much, it wastes pulls on arms it already knows are bad. Every algorithm below is a different answer to how much to explore and when."),
    ("Epsilon-greedy", "With probability $1-\\epsilon$ pick $\\arg\\max_a \\hat\\mu_a$; with probability $\\epsilon$ pick an arm uniformly at random. Simple and surprisingly hard to beat in practice, but with fixed $\\epsilon$ the regret grows linearly in $T$. Decaying $\\epsilon_t \\propto 1/t$ fixes this if the schedule is tuned to the gap between arms."),
    ("UCB1", "Optimism in the face of uncertainty: pick the arm maximising $\\hat\\mu_a + \\sqrt{2 \\ln t / n_a}$, where $n_a$ is the number of times arm $a$ has been pulled. Rarely-pulled arms get a large bonus, so they are tried until the agent is confident they are worse. UCB1 achieves $O(\\log T)$ regret for bounded rewards."),
    ("Thompson sampling", "Keep a posterior over each arm's mean (for Bernoulli rewards, a Beta$(\\alpha_a, \\beta_a)$ distribution). Each round, sample one value from each posterior and pull the arm with the largest sample. Exploration happens naturally because uncertain arms sometimes produce large samples. Empirically it is often the strongest of the simple methods."),
    ("Contextual bandits", "Now the agent observes a context $x_t$ (a user's features, say) before choosing. The policy maps contexts to arms. LinUCB assumes the expected reward is linear in $x_t$ with an arm-specific weight vector and builds confidence ellipsoids around the estimates."),
    ("Where bandits are used", "A/B testing with adaptive allocation, news and ad recommendation, clinical trial designs, choosing hyperparameters (successive halving and Hyperband are bandit ideas), and picking which compiler flags to try next."),
    ("From bandits to full RL", "A bandit is an MDP with a single state. In full reinforcement learning the agent's action also changes the state, so the reward of an action depends on what it leads to later. The explore-exploit problem is the same, but credit assignment over time makes it much harder."),
    ("Common mistakes in assignments", "Forgetting to break ties randomly (argmax returns the first index, which biases early play); initialising $\\hat\\mu_a$ to zero when rewards are negative; averaging regret over too few seeds. Run at least 50 seeds and plot the mean with a shaded standard error."),
    ("Optimistic initialisation", "Set every $\\hat\\mu_a$ to a value above any plausible reward. A greedy agent is then disappointed by every arm in turn and explores them all before settling. It is a cheap trick that works well for stationary problems and badly for non-stationary ones."),
    ("Non-stationary rewards", "If arm means drift over time, use a constant step size $\\hat\\mu_a \\leftarrow \\hat\\mu_a + \\alpha(r - \\hat\\mu_a)$ instead of the sample average, so that old observations are forgotten exponentially. Sliding-window UCB is the analogous fix for confidence bounds."),
]
BANDIT_CODE = [
    "```python\nimport numpy as np\n\ndef eps_greedy(means, T=10_000, eps=0.1, rng=np.random.default_rng(0)):\n    K = len(means)\n    n, q = np.zeros(K), np.zeros(K)\n    total = 0.0\n    for t in range(T):\n        a = rng.integers(K) if rng.random() < eps else int(np.argmax(q))\n        r = rng.normal(means[a], 1.0)\n        n[a] += 1\n        q[a] += (r - q[a]) / n[a]\n        total += r\n    return total\n```",
    "```python\ndef ucb1(pull, K, T):\n    counts = [0] * K\n    values = [0.0] * K\n    for a in range(K):  # play each arm once\n        values[a] = pull(a); counts[a] = 1\n    for t in range(K, T):\n        a = max(range(K), key=lambda i: values[i] + math.sqrt(2 * math.log(t) / counts[i]))\n        r = pull(a)\n        counts[a] += 1\n        values[a] += (r - values[a]) / counts[a]\n    return values, counts\n```",
    "```python\n# Thompson sampling, Bernoulli arms\nalpha = np.ones(K); beta = np.ones(K)\nfor t in range(T):\n    a = np.argmax(rng.beta(alpha, beta))\n    r = env.pull(a)          # 0 or 1\n    alpha[a] += r\n    beta[a] += 1 - r\n```",
]


@_family("hn2_bandit_lecture_notes", "lecture_notes")
def _bandit_make(rng: random.Random) -> str:
    course = pick(rng, ["CS 4780", "COMP 579", "STAT 241B", "CSE 599", "INF 552", "ECE 6254"])
    lec = rng.randint(3, 14)
    head = f"# {course} — Lecture {lec}: Multi-armed bandits\n\n*Scribe: {_nm(rng)}. Notes not proofread; email corrections to the TA.*"
    first = BANDIT_SECTIONS[0]
    rest = sample(rng, BANDIT_SECTIONS[1:], rng.randint(4, 9))
    secs = [f"## {i + 1}. {t}\n\n{b}" for i, (t, b) in enumerate([first, *rest])]
    secs.insert(rng.randint(2, len(secs)), pick(rng, BANDIT_CODE))
    tail = pick(rng, ["**Reading:** Lattimore & Szepesvári, chapters 6-8.", f"**Problem set {lec // 3 + 1}** is due in two weeks. Question 3 asks you to reproduce the regret plot above.",
                      "Next lecture: Markov decision processes and the Bellman equation.", ""])
    return paragraphs([head, *secs, tail])


# ---------------------------------------------------------------------------------------------
# 9. Model compression documentation (quantization, pruning, distillation)
# ---------------------------------------------------------------------------------------------

COMPR_LIBS = ["squeezebox", "tinyweights", "compactor", "slimnet", "quantkit"]
COMPR_SECTIONS = [
    "## Post-training quantization\n\nConvert the weights of a trained model to 8-bit or 4-bit integers without retraining. You need a small calibration set (128-512 samples of representative input) so that activation ranges can be estimated. Expect a 2-4x reduction in memory with a small accuracy drop; check the table below before shipping.",
    "## Choosing a bit width\n\n- `int8`: safe default, usually within 0.5 points of the full-precision baseline.\n- `int4` (group size 128): roughly 4x smaller; use it for memory-bound inference on a single GPU.\n- `int3` and below: experimental. Perplexity degrades sharply on models under 7B parameters.",
    "## Knowledge distillation\n\nTrain a small *student* model to match the output distribution of a larger *teacher*. The loss mixes the usual cross-entropy on labels with a KL term on softened teacher logits:\n\n```\nloss = (1 - alpha) * ce(student_logits, labels) + alpha * T**2 * kl(softmax(teacher_logits / T), log_softmax(student_logits / T))\n```\n\nTemperatures between 2 and 4 are a reasonable starting point.",
    "## Structured pruning\n\nRemove whole attention heads or MLP channels ranked by an importance score, then fine-tune briefly to recover accuracy. Unstructured (per-weight) pruning gives higher sparsity on paper but rarely speeds anything up unless your kernels support sparse formats.",
    "## Troubleshooting\n\n**Outputs are garbage after quantization.** Usually an outlier channel. Try `--keep-fp16 lm_head,embed` or enable the outlier-aware scheme with `--smooth 0.5`.\n\n**Calibration runs out of memory.** Lower `--calib-batch` or quantize layer by layer with `--sequential`.\n\n**Accuracy fine, but no speed-up.** Check that the target runtime actually has int4 kernels for your GPU; otherwise weights are dequantized on the fly.",
    "## Exporting\n\nCompressed checkpoints are saved in the standard safetensors format with an extra `quantization_config.json`. Most serving engines can load them directly; see the compatibility matrix for versions.",
    "## Measuring the damage\n\nAlways evaluate the compressed model on your own task, not just perplexity. Perplexity on generic web text can look unchanged while accuracy on a narrow domain (say, code or a low-resource language) drops by several points.",
    "## Quantization-aware training\n\nIf post-training quantization loses too much accuracy, insert fake-quantization ops during a short fine-tuning run so the model learns weights that survive rounding. It costs a few hundred GPU-hours for a 7B model and recovers most of the gap at 4 bits.",
]
COMPR_CLI = [
    "```bash\n{lib} quantize ./my-model --bits 4 --group-size 128 --calib data/calib.jsonl --out ./my-model-int4\n```",
    "```bash\npip install {lib}\n{lib} distill --teacher ./big --student ./small --data ./train.jsonl --temperature 2.0 --alpha 0.7 --epochs 3\n```",
    "```python\nfrom {lib} import Quantizer\n\nq = Quantizer(bits=8, scheme=\"symmetric\", per_channel=True)\nmodel_q = q.calibrate(model, calib_loader).convert()\nmodel_q.save_pretrained(\"out/int8\")\n```",
    "```bash\n{lib} prune ./my-model --heads 0.25 --mlp 0.2 --importance taylor --recover-steps 2000\n```",
]


@_family("hn2_model_compression_docs", "documentation")
def _compr_make(rng: random.Random) -> str:
    lib = pick(rng, COMPR_LIBS)
    head = f"# {lib} {rng.randint(0, 2)}.{rng.randint(1, 19)} documentation\n\n{pick(rng, ['Make models smaller and faster without retraining from scratch.', 'Compression toolkit for transformer models.', 'Quantize, prune and distill in one CLI.'])}"
    secs = sample(rng, COMPR_SECTIONS, rng.randint(2, 5))
    secs.insert(rng.randint(0, len(secs)), COMPR_CLI[rng.randrange(len(COMPR_CLI))].format(lib=lib))
    if rng.random() < 0.6:
        base = rng.randint(60, 78)
        rows = [f"| fp16 | {rng.choice([14, 26, 52])}.0 GB | {base}.{rng.randint(0, 9)} |"]
        for b, drop in (("int8", rng.randint(0, 5)), ("int4", rng.randint(6, 20)), ("int3", rng.randint(25, 60))):
            rows.append(f"| {b} | {rng.randint(3, 30)}.{rng.randint(0, 9)} GB | {(base * 10 - drop) / 10:.1f} |")
        secs.append(f"### Example results ({pick(rng, ['7B model, MMLU 5-shot', '13B model, ARC-C', '3B model, HellaSwag'])})\n\n| precision | size | accuracy |\n|---|---|---|\n" + "\n".join(rows))
    return paragraphs([head, *secs])


# ---------------------------------------------------------------------------------------------
# 10. Process that won't shut down / escaped memory limit (sysadmin Q&A)
# ---------------------------------------------------------------------------------------------

DAEMON_QS = [
    ("systemd service refuses to shut down, always waits 90s then gets SIGKILLed",
     "I've got a python training worker running as a systemd unit. Every time I do `systemctl stop trainer` it hangs for exactly 1min30 and then the journal says `State 'stop-sigterm' timed out. Killing.` It's like the process just ignores the stop request. How do I make it exit cleanly? Unit file below.\n\n```\n[Service]\nExecStart=/opt/venv/bin/python -m trainer.worker\nRestart=always\nUser=ml\n```"),
    ("Training job escaped its cgroup memory limit and took down the node??",
     "We run training jobs in containers with `--memory=64g`. Last night one of them apparently used way more than 64G, the whole host started swapping and the kubelet went NotReady. How can a process escape the limit? Is the limit not enforced for child processes? We use PyTorch DataLoader with num_workers=16 if that matters."),
    ("Zombie dataloader workers survive after main process is killed",
     "When I Ctrl-C my training script the main process dies but ps shows a dozen `python` processes still holding GPU memory. nvidia-smi says the memory is used by 'no running processes found'. I have to reboot to get the GPU back. Why won't these die?"),
    ("Jupyter kernel won't die, keeps restarting itself",
     "I click shut down on the kernel, it goes idle for a second and then comes back with a new PID. Killing it from the terminal does the same thing. I think something is restarting it but I don't know what. Ubuntu 22.04, JupyterHub."),
    ("Process survives logout even though I didn't use nohup",
     "Started a long eval run over ssh, closed my laptop, came back next day and it was still running (which I wanted, but I don't understand why, I didn't use nohup or tmux). My colleague says it should have died with SIGHUP. What's going on?"),
    ("Kubernetes pod stuck in Terminating for hours after job finished",
     "Our nightly fine-tuning Job completes, the logs say 'saved checkpoint, exiting', but the pod sits in Terminating forever and holds the GPU node. kubectl delete just hangs. We have a preStop hook that uploads logs to S3. Anyone seen this?"),
]
DAEMON_ANSWERS = {
    0: [
        "Your Python code is probably installing its own SIGTERM handler, or it's blocked in a C extension that doesn't check for signals. PyTorch distributed collectives are a classic: the process is waiting in an all-reduce for a peer that is already gone. Add a handler that sets a flag and have the training loop check it between steps.",
        "Also `Restart=always` means systemd will happily restart it after a crash. Use `Restart=on-failure` and set `TimeoutStopSec=30` so you don't wait the default 90s.",
        "Check `KillMode`. With the default control-group mode systemd sends SIGTERM to every process in the unit. If a child process ignores it, the whole stop waits on that child. `systemd-cgls` will show you what's still in the group.",
        "py-spy dump --pid <pid> while it's hanging will tell you exactly which line it's stuck on. Nine times out of ten for me it's a dataloader queue .get() with no timeout.",
    ],
    1: [
        "The limit applies to the whole cgroup, children included, so it didn't 'escape' in that sense. More likely the memory that blew up wasn't charged to the container at all: page cache from a shared host mount, or pinned memory from the GPU driver, can show up as host pressure rather than container usage.",
        "With 16 workers each holding a copy of a big Python list of file paths, copy-on-write slowly turns into real copies as refcounts get touched. Store the index in a numpy array or an mmap'd file instead.",
        "Check whether the node is on cgroup v1 or v2. On some older v1 setups the kernel memory accounting was not enforced and we saw exactly this. Upgrading the node image fixed it for us.",
        "Set memory requests equal to limits so the scheduler doesn't overcommit the node, and enable eviction thresholds in the kubelet so it kills a pod before the host falls over.",
    ],
    2: [
        "Those are DataLoader worker processes that lost their parent. Use `persistent_workers=False` while debugging, and make sure your main script is wrapped in `if __name__ == '__main__':` so they're started cleanly.",
        "`fuser -v /dev/nvidia*` shows who actually holds the device. Then kill the process group, not just the PID: `kill -- -<pgid>`.",
        "If you launched with torchrun, Ctrl-C only signals the launcher on some versions. Newer releases forward the signal properly; upgrade.",
        "nvidia-smi not showing the processes is a container PID namespace thing. Run it on the host, or use `nvidia-smi --query-compute-apps=pid,used_memory --format=csv`.",
    ],
    3: [
        "JupyterHub's spawner has an auto-restart on kernel death. It's working as intended: it thinks your kernel crashed. Use the 'Shut Down' option in the Running tab, not killing the PID.",
        "Also check for a `%autoreload` or a cron job somebody set up. I once spent an hour on this and it was a colleague's watchdog script that restarted anything named `ipykernel`.",
        "`ps -o ppid= -p <pid>` to see the parent, then follow the chain up. Whatever is at the top is restarting it.",
    ],
    4: [
        "If your login shell is bash and `huponexit` is off (default), background jobs don't get SIGHUP when you exit normally. They only die if the terminal itself hangs up while they're still attached.",
        "On systemd distros it also depends on `KillUserProcesses` in logind.conf. Many distros default it to no, so your user processes keep running after the session ends.",
        "Use tmux or a proper job scheduler anyway. Relying on this behaviour is how you end up with orphaned runs eating GPUs on a shared box.",
    ],
    5: [
        "Your preStop hook is the suspect. The kubelet waits for it, up to terminationGracePeriodSeconds, before sending SIGTERM. If the S3 upload hangs on credentials or network, the pod just sits there. Put a timeout on the upload command.",
        "Check for finalizers: `kubectl get pod <name> -o yaml | grep -A3 finalizers`. Some operators add one and never remove it if their controller is down.",
        "If the node itself is NotReady, the API server can't confirm the pod is gone and it'll show Terminating indefinitely. `kubectl delete pod --grace-period=0 --force` removes the object, but make sure the container is really dead on the node first or you'll double-book the GPU.",
        "We had this with a CSI volume that couldn't unmount because a process still had a file open on it. `lsof` on the node showed a leftover tensorboard writer.",
    ],
}
DAEMON_SITES = ["Unix & Linux Stack Exchange", "Server Fault", "r/sysadmin", "r/MLQuestions", "PyTorch Forums"]


@_family("hn2_hung_process_qa", "qa_site")
def _daemon_make(rng: random.Random) -> str:
    i = rng.randrange(len(DAEMON_QS))
    title, q = DAEMON_QS[i]
    site = pick(rng, DAEMON_SITES)
    parts = [f"{site} › {title}", f"Asked by {pick(rng, HN2_FIRST).lower()}_{pick(rng, ['ops', 'ml', 'dev', 'sre'])}{rng.randint(1, 999)} · viewed {rng.randint(80, 40000):,} times",
             typos(rng, q, 0.015)]
    for j, a in enumerate(sample(rng, DAEMON_ANSWERS[i], rng.randint(2, len(DAEMON_ANSWERS[i])))):
        mark = " ✓ accepted" if j == 0 and rng.random() < 0.6 else ""
        parts.append(f"**Answer** ({rng.randint(0, 250)} votes){mark} — {pick(rng, HN2_FIRST)}{pick(rng, HN2_LAST)[:3]}\n\n{a}")
    if rng.random() < 0.5:
        parts.append(typos(rng, pick(rng, ["Edit: it was the all-reduce. thanks everyone", "Comment from OP: that fixed it, you're a lifesaver", "OP here, confirmed — marking as answered.", "Still seeing it on one node, will update"]), 0.02))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 11. Benchmark leaderboard update (changelog-style page)
# ---------------------------------------------------------------------------------------------

LBOARD_NAMES = ["OpenEval Arena", "CodeBench Live", "MathLadder", "LongContext-Hub", "MultiLingual Board", "ToolUse Leaderboard"]
LBOARD_MODELS = ["Quill-3 Large", "Sable 70B", "Orchid-2", "Tern Pro", "Basalt-8x22", "Mistletoe 12B", "Heron Ultra", "Kite 3.5", "Granite-R", "Juniper Flash", "Osprey 405", "Lumen Mini"]
LBOARD_NOTES = [
    "**New entries.** {m1} and {m2} were added this week. {m1} enters at #{r1}; {m2} lands mid-table.",
    "**Methodology change.** We now report the mean of three runs at temperature 0 instead of a single run. Scores for every model were recomputed, so some positions moved by one or two places without any new submission.",
    "**Contamination check.** {m2} was flagged by our n-gram overlap scan: {ov}% of test items appear verbatim in a public dataset the submitter listed as training data. Its score is shown with an asterisk until the submitter responds.",
    "**Ties.** Models whose 95% confidence intervals overlap share a rank. With {n} test items, differences under about {ci} points are not meaningful; please don't tweet them as wins.",
    "**Retired tasks.** We removed {k} items whose reference answers were wrong. Thanks to the community members who reported them on the issue tracker.",
    "**Cost column.** A new column shows the API cost of a full evaluation run. {m1} tops the board but costs about {x}x as much to evaluate as {m3}.",
    "**Submission queue.** We have a backlog of {q} submissions. Open-weights models are evaluated first because we can run them on our own hardware.",
    "**Known issue.** Scores for {m3} dropped after its provider silently updated the model behind the same API name. We now record the model version string with every run.",
]


@_family("hn2_leaderboard_weekly_update", "leaderboard_page")
def _lboard_make(rng: random.Random) -> str:
    board = pick(rng, LBOARD_NAMES)
    ms = sample(rng, LBOARD_MODELS, 8)
    scores = sorted((round(rng.uniform(41, 89), 1) for _ in ms), reverse=True)
    rows = "\n".join(f"| {i + 1} | {m} | {s} | ±{rng.randint(8, 25) / 10} | {pick(rng, ['open', 'API', 'open', 'API', 'research'])} |" for i, (m, s) in enumerate(zip(ms, scores)))
    slots = dict(m1=ms[rng.randint(0, 2)], m2=ms[rng.randint(3, 7)], m3=ms[rng.randint(3, 7)], r1=str(rng.randint(1, 3)), ov=str(rng.randint(4, 30)),
                 n=str(rng.choice([500, 800, 1200, 2000])), ci=str(rng.choice([1.5, 2, 2.5, 3])), k=str(rng.randint(3, 40)), x=str(rng.randint(3, 20)), q=str(rng.randint(12, 90)))
    notes = [fill(rng, n, **slots) for n in sample(rng, LBOARD_NOTES, rng.randint(2, 5))]
    head = pick(rng, [f"# {board} — weekly update", f"# {board}: changes for week {rng.randint(1, 52)}", f"# {board} leaderboard (updated {_dt(rng, 2024)})"])
    table = "| # | Model | Score | CI | Weights |\n|---|---|---|---|---|\n" + rows
    parts = [head, table, *notes] if rng.random() < 0.5 else [head, *notes, table]
    parts.append(pick(rng, ["Evaluation harness and raw outputs are on our GitHub.", "Questions? Open an issue or find us on the forum.", f"Maintained by {_nm(rng)} and {_nm(rng)}.", ""]))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 12. Sports free agency (agents, tampering, holdouts)
# ---------------------------------------------------------------------------------------------

FREEAG_TEAMS = ["Harbor Hawks", "Mesa Coyotes", "Capital Ironmen", "Lakeshore Gulls", "Rio Grande Stallions", "Northfield Bears", "Gulf Coast Pelicans"]
FREEAG_POS = ["wide receiver", "edge rusher", "cornerback", "left tackle", "point guard", "starting pitcher", "centre back", "linebacker"]
FREEAG_ITEMS = [
    "{player}, the {pos} who led the league in {stat} last season, has agreed to a {yrs}-year, ${amt} million deal with the {team}, his agent {agent} confirmed.",
    "The {team} and {player} are far apart in extension talks, according to people familiar with the negotiations. His agent, {agent}, has asked for a fully guaranteed deal; the team is offering ${amt} million with {gtd} million guaranteed.",
    "{player} fired his agent and will represent himself in talks with the {team}, a move that has become more common among veterans but still raises eyebrows around the league.",
    "The league is investigating the {team} for possible tampering after {player}'s deal was agreed within minutes of the negotiating window opening.",
    "Restricted free agent {player} signed an offer sheet with the {team}. His current club has five days to match.",
    "{player} is holding out of training camp in search of a new contract. He is being fined for every day he misses.",
    "The {team} used the franchise tag on {player}, guaranteeing him about ${amt} million for one season while the two sides keep negotiating.",
    "Veteran {pos} {player} remains unsigned. His agent says several teams have called but that he is in no hurry.",
    "{player}'s deal with the {team} includes a no-trade clause and ${gtd} million in signing bonus, according to a copy of the contract terms.",
]
FREEAG_TAKES = [
    "Our take: the {team} overpaid, but they had to. Their cap space was going to waste.",
    "Grade: B+. Fair price for a player who hasn't missed a game in three years.",
    "This is a classic agent move: leak the number you want, make the team look cheap if they don't meet it.",
    "Winners of the day: the agents. Losers: anybody hoping for a quiet offseason.",
    "We'll update this tracker as deals are announced. Refresh for the latest.",
]
FREEAG_FIRST = ["Marcus", "DeShawn", "Tyler", "Andre", "Jalen", "Cody", "Malik", "Trevor", "Luis", "Darius", "Kenji", "Brock", "Isaiah", "Nate"]
FREEAG_STATS = ["receiving yards", "sacks", "interceptions", "assists", "strikeouts", "clean sheets", "tackles"]


@_family("hn2_free_agency_tracker", "sports_news")
def _freeag_make(rng: random.Random) -> str:
    head = pick(rng, ["Free agency tracker: every signing, grade and rumour", "Free agency day {d}: the latest deals", "Offseason live blog: agents busy as market opens", "Rumour roundup: who's signing where"]).format(d=rng.randint(1, 4))
    items = []
    for it in sample(rng, FREEAG_ITEMS, rng.randint(3, 6)):
        amt = rng.randint(4, 160)
        t = fill(rng, it, player=f"{pick(rng, FREEAG_FIRST)} {pick(rng, HN2_LAST)}", pos=pick(rng, FREEAG_POS), team=pick(rng, FREEAG_TEAMS), agent=_nm(rng), stat=pick(rng, FREEAG_STATS),
                 yrs=str(rng.randint(1, 5)), amt=str(amt), gtd=str(rng.randint(2, max(3, amt * 2 // 3))))
        stamp = f"**{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {pick(rng, ['a.m.', 'p.m.'])}** " if rng.random() < 0.6 else ""
        items.append(stamp + t)
        if rng.random() < 0.35:
            items.append("> " + fill(rng, pick(rng, FREEAG_TAKES), team=pick(rng, FREEAG_TEAMS)))
    return paragraphs([head, f"By {_nm(rng)} · {_dt(rng)}", *items])


# ---------------------------------------------------------------------------------------------
# 13. Justice department release: insider exfiltrated trade secrets (human)
# ---------------------------------------------------------------------------------------------

DOJ_SECTORS = [
    ("semiconductor lithography", "chip-design files and process recipes"),
    ("autonomous-vehicle", "lidar calibration source code"),
    ("battery", "electrode formulations and test data"),
    ("aerospace", "turbine-blade cooling designs"),
    ("machine-learning", "model-training source code and hardware schematics"),
    ("pharmaceutical", "manufacturing protocols for a biologic drug"),
]
DOJ_FACTS = [
    "According to the indictment, between {m1} and {m2} {yr}, {def_} uploaded more than {n} files to a personal cloud storage account. To avoid detection, {pron} allegedly copied the material into notes applications and converted files to PDF before exfiltrating them.",
    "The indictment alleges that {def_} concealed {pos} affiliation with a competing startup, telling colleagues {pron} was leaving to care for a family member.",
    "Company security staff noticed unusual download activity on {def_}'s work laptop and alerted the FBI, which obtained a search warrant for {pos} residence.",
    "Agents recovered {k} external hard drives and a mobile phone containing photographs of the victim company's confidential documents.",
    "{def_} was arrested at the airport while attempting to board a one-way flight, according to charging documents.",
    "Prosecutors say {def_} also lied to investigators when first interviewed, initially denying that {pron} had retained any company material.",
]
DOJ_QUOTES = [
    "\"Theft of trade secrets undermines American innovation and the employees whose work creates it,\" said U.S. Attorney {usa}.",
    "\"This case shows what happens when a company's insider-threat programme works as designed and reports suspicious activity promptly,\" said FBI Special Agent in Charge {sac}.",
    "\"The FBI will continue to work with private industry to protect the technologies that keep our economy competitive,\" said {sac}, Special Agent in Charge of the FBI's {office} Field Office.",
]
DOJ_CLOSE = [
    "If convicted, {def_} faces a maximum penalty of 10 years in prison and a $250,000 fine for each count. A federal district court judge will determine any sentence after considering the U.S. Sentencing Guidelines and other statutory factors.",
    "The FBI's {office} Field Office investigated the case. Assistant U.S. Attorneys {a1} and {a2} are prosecuting.",
    "An indictment is merely an allegation, and all defendants are presumed innocent until proven guilty beyond a reasonable doubt in a court of law.",
]


@_family("hn2_doj_trade_secret_release", "press_release")
def _doj_make(rng: random.Random) -> str:
    sector, what = pick(rng, DOJ_SECTORS)
    who = _nm(rng)
    pron, pos = pick(rng, [("he", "his"), ("she", "her")])
    age = rng.randint(29, 61)
    town = pick(rng, HN2_TOWNS)
    slots = dict(def_=who.split()[1], pron=pron, pos=pos, m1=pick(rng, ["January", "March", "May"]), m2=pick(rng, ["July", "September", "November"]),
                 yr=str(rng.randint(2021, 2024)), n=f"{rng.randint(300, 14000):,}", k=str(rng.randint(2, 6)), usa=_nm(rng), sac=_nm(rng),
                 office=pick(rng, ["San Francisco", "Boston", "Seattle", "Houston", "Detroit", "Newark"]), a1=_nm(rng), a2=_nm(rng))
    head = pick(rng, [f"Former {sector} engineer charged with theft of trade secrets",
                      f"{town} man indicted for stealing {what}".replace(" man ", f" {'man' if pron == 'he' else 'woman'} "),
                      f"Ex-employee of {sector} company charged with stealing {what}"])
    lede = (f"{who}, {age}, of {town}, was {pick(rng, ['indicted by a federal grand jury', 'arrested and indicted', 'charged in a superseding indictment'])} "
            f"with {rng.randint(1, 9)} counts of theft of trade secrets for allegedly taking {what} from {pos} former employer, {'an' if sector[0] in 'aeiou' else 'a'} {sector} company, the Justice Department announced today.")
    facts = [fill(rng, f, **slots) for f in sample(rng, DOJ_FACTS, rng.randint(2, 4))]
    facts.insert(rng.randint(1, len(facts)), fill(rng, pick(rng, DOJ_QUOTES), **slots))
    close = [fill(rng, c, **slots) for c in DOJ_CLOSE if rng.random() < 0.75]
    return paragraphs([f"U.S. Department of Justice\nOffice of Public Affairs\nFOR IMMEDIATE RELEASE · {_dt(rng)}", head, lede, *facts, *close])


# ---------------------------------------------------------------------------------------------
# 14. Chemistry homework help: oxidising, reducing, chelating agents
# ---------------------------------------------------------------------------------------------

CHEMQ_QS = [
    ("In the reaction Zn + Cu²⁺ → Zn²⁺ + Cu, which is the oxidizing agent?",
     "Cu²⁺ is the oxidizing agent. It gains two electrons (it is reduced to Cu), and in doing so it oxidizes the zinc. Zinc is the reducing agent. Remember: the agent is named for what it does to the OTHER species."),
    ("Why is EDTA called a chelating agent?",
     "Because one EDTA molecule grabs a metal ion with up to six donor atoms at once, wrapping around it like a claw (chela is Greek for claw). That's why it's used to soften water and to treat lead poisoning."),
    ("Is H2O2 an oxidizing agent or a reducing agent??",
     "Both, depending on what it reacts with. With iodide it's an oxidizing agent (it gets reduced to water). With permanganate in acid it's a reducing agent (it gets oxidized to O2). Oxygen in peroxide is in the -1 state, so it can go either way."),
    ("What does 'drying agent' mean in my organic lab manual?",
     "An anhydrous salt like magnesium sulfate or sodium sulfate that you add to an organic solution to soak up dissolved water. Add it until some of it stays free-flowing when you swirl, then filter it off."),
    ("how do I find the limiting reagent vs the reducing agent, I keep mixing them up",
     "They're unrelated ideas. Limiting reagent is about quantities: whichever reactant runs out first. Reducing agent is about electrons: whichever species loses electrons. A substance can be both, either, or neither."),
    ("Which is the stronger reducing agent, Li or Na? The table confuses me",
     "Lithium, by standard reduction potential (-3.04 V vs -2.71 V). It's counterintuitive because sodium reacts more violently with water, but that's kinetics, not thermodynamics."),
]
CHEMQ_FOLLOW = [
    "thank you!! my teacher explained it for 20 min and this made more sense in 2 sentences",
    "Tip: write the half-reactions out every time. It feels slow but you stop making sign errors.",
    "OIL RIG: oxidation is loss, reduction is gain (of electrons). Saved me in gen chem.",
    "Also watch out, some textbooks say 'oxidant' and 'reductant' instead of oxidizing/reducing agent. Same thing.",
    "Check your oxidation numbers first, then it's just bookkeeping.",
    "This is on our exam tomorrow, so timely lol",
]


@_family("hn2_chem_agent_homework", "qa_site")
def _chemq_make(rng: random.Random) -> str:
    blocks = []
    follows = sample(rng, CHEMQ_FOLLOW, len(CHEMQ_FOLLOW))
    for q, a in sample(rng, CHEMQ_QS, rng.choice([1, 1, 2, 3])):
        asker = f"{pick(rng, ['chem', 'bio', 'premed', 'gen'])}_{pick(rng, HN2_FIRST).lower()}{rng.randint(1, 99)}"
        blocks.append(f"**Q ({pick(rng, ['High School', 'College', 'AP Chemistry', 'Organic Chemistry'])}):** {typos(rng, q, 0.03)}\n— asked by {asker}")
        blocks.append(f"**Best answer** ({pick(rng, ['Expert', 'Top contributor', 'Verified tutor'])}): {a}")
        for f in [follows.pop() for _ in range(min(len(follows), rng.randint(0, 2)))]:
            blocks.append(f"> {typos(rng, f, 0.03)}")
    return paragraphs(blocks)


# ---------------------------------------------------------------------------------------------
# 15. Clear aligner / orthodontic alignment FAQ
# ---------------------------------------------------------------------------------------------

ALIGNR_QA = [
    ("How long does treatment with clear aligners take?", "Most adult cases take between {lo} and {hi} months. Simple spacing or minor crowding can be done in as little as {mini} months; complex bite corrections take longer and may need a combination of aligners and elastics."),
    ("How many hours a day do I need to wear them?", "20 to 22 hours. Take them out only to eat, drink anything other than water, and brush. If you wear them less, your teeth stop 'tracking' with the trays and we may need to order refinements."),
    ("What does it mean when my aligners are 'not tracking'?", "It means the plastic isn't sitting flush against your teeth, usually because a tooth is lagging behind the plan. Use your chewies for a few days and call us if the gap doesn't close; sometimes we'll keep you on the current tray longer."),
    ("What are attachments?", "Small tooth-coloured bumps bonded to some teeth. They give the aligners something to push against so we can rotate or move teeth more predictably. They're polished off at the end of treatment."),
    ("Are mail-order aligners the same thing?", "They use similar plastic, but without an in-person exam, X-rays or monitoring. Moving teeth that have gum disease, or moving them in the wrong direction, can cause problems that are expensive to fix. We see several patients a year who need correction after at-home kits."),
    ("Will I need a retainer afterwards?", "Yes, for life, at least at night. Teeth drift back toward their original positions, especially in the first year. We provide a first set of retainers as part of treatment."),
    ("Does it hurt?", "Each new tray feels tight for a day or two. Most people describe it as pressure rather than pain. Switching trays at bedtime helps."),
    ("How much does it cost, and does insurance help?", "Our fee ranges from ${c1} to ${c2} depending on complexity, including refinements and the first retainers. Many dental plans cover part of orthodontic treatment; we'll check your benefits before you start."),
    ("Can aligners fix my bite, not just crooked teeth?", "Often, yes. Overbites, underbites and crossbites can be treated with aligners plus rubber bands in many cases. Severe skeletal problems may still need braces or, rarely, surgery."),
]


@_family("hn2_clear_aligner_faq", "faq")
def _alignr_make(rng: random.Random) -> str:
    practice = f"{pick(rng, HN2_TOWNS)} {pick(rng, ['Orthodontics', 'Smile Studio', 'Family Orthodontic Care', 'Dental & Ortho'])}"
    lo = rng.randint(6, 10)
    slots = dict(lo=str(lo), hi=str(lo + rng.randint(6, 12)), mini=str(rng.randint(3, 5)), c1=f"{rng.randint(25, 40) * 100:,}", c2=f"{rng.randint(55, 80) * 100:,}")
    qs = sample(rng, ALIGNR_QA, rng.randint(3, 7))
    fmt = rng.choice(["bold", "h3", "qa"])
    items = []
    for q, a in qs:
        a = fill(rng, a, **slots)
        items.append(f"**{q}**\n{a}" if fmt == "bold" else f"### {q}\n\n{a}" if fmt == "h3" else f"Q: {q}\nA: {a}")
    intro = pick(rng, [f"Thinking about straightening your teeth without metal braces? Dr. {pick(rng, HN2_LAST)} answers the questions we hear most about clear aligner therapy.",
                       "Clear aligners: frequently asked questions", "New patient information: aligner treatment", ""])
    outro = pick(rng, ["Book a free consultation: we'll take a 3D scan and show you a simulation of your finished smile.", "Still have questions? Call the front desk or message us through the patient portal.", ""])
    return paragraphs([f"{practice} — Clear Aligner FAQ", intro, *items, outro])


# ---------------------------------------------------------------------------------------------
# 16. Planetary alignment sky-watching column
# ---------------------------------------------------------------------------------------------

PLANET_PARAS = [
    "Early risers this {month} are in for a treat: {n} planets will line up across the pre-dawn sky, an event often called a 'planet parade'.",
    "Look east about an hour before sunrise. {p1} will be the brightest point low on the horizon, with {p2} higher up and {p3} a little to its right.",
    "Despite the headlines, the planets are not actually in a straight line in space. They always appear roughly along one path across the sky, called the ecliptic, because the planets orbit the Sun in nearly the same plane.",
    "You won't need a telescope for most of them. Binoculars will help with {p3}, and if you do have a small telescope, look for the rings of Saturn or the four largest moons of Jupiter.",
    "No, the alignment will not cause earthquakes, high tides or any other effect on Earth. The gravitational pull of the planets on us is tiny compared with that of the Moon, and it barely changes when they appear close together in the sky.",
    "The best morning is expected around the {d}th, when the crescent Moon sits just below {p2}. Check your local weather forecast: clouds on the horizon will hide the lowest planets.",
    "Uranus and Neptune are technically part of the lineup but are far too faint to see with the naked eye; you will need a telescope and a star chart.",
    "Photographers: use a tripod, a wide-angle lens and exposures of a few seconds. Include a foreground like a tree line or a building to give the shot scale.",
    "Mercury is the tricky one. It never strays far from the Sun, so it sits very low in bright twilight and is visible for only a few days around its best elongation.",
    "Local astronomy club {club} is hosting a free viewing morning at {place}, weather permitting. Bring a blanket and a red flashlight.",
]
PLANETS = ["Venus", "Jupiter", "Mars", "Saturn", "Mercury"]


@_family("hn2_planet_alignment_skywatch", "science_column")
def _planet_make(rng: random.Random) -> str:
    p = sample(rng, PLANETS, 3)
    slots = dict(month=pick(rng, ["January", "February", "June", "August", "October"]), n=pick(rng, ["four", "five", "six"]), p1=p[0], p2=p[1], p3=p[2], d=str(rng.randint(4, 27)),
                 club=f"the {pick(rng, HN2_TOWNS)} Astronomical Society", place=pick(rng, ["the reservoir car park", "Hilltop Park", "the old airfield", "the county fairgrounds"]))
    paras = [fill(rng, PLANET_PARAS[0], **slots)] + [fill(rng, x, **slots) for x in sample(rng, PLANET_PARAS[1:], rng.randint(2, 6))]
    head = pick(rng, ["Planetary alignment: how to see the planet parade", "Sky this month: planets line up before dawn", "Night Sky Notes: is the planet alignment worth getting up for?",
                      "Five planets, one morning: your viewing guide"])
    return paragraphs([head, f"{pick(rng, ['By', 'Column by', 'Stargazing with'])} {_nm(rng)}", *paras])


# ---------------------------------------------------------------------------------------------
# 17. Hostile takeover defences (business-school study notes / glossary)
# ---------------------------------------------------------------------------------------------

TKDEF_TERMS = [
    ("Hostile takeover", "An acquisition attempt that the target's board opposes. The bidder goes around the board, either by buying shares directly from shareholders (a tender offer) or by trying to replace the board in a proxy fight."),
    ("Tender offer", "A public offer to buy shares from all shareholders at a fixed price, usually at a premium of {prem}% or more over the market price, open for a limited period."),
    ("Poison pill (shareholder rights plan)", "Lets existing shareholders, except the bidder, buy new shares at a deep discount once the bidder crosses an ownership threshold (often {thr}%). The dilution makes the takeover prohibitively expensive, forcing the bidder to negotiate with the board."),
    ("White knight", "A friendlier acquirer that the target invites to make a competing bid, preferably on terms the board likes better."),
    ("White squire", "An investor who buys a significant minority stake to block a hostile bid without taking control."),
    ("Staggered board", "Only a third of directors stand for election each year, so a bidder needs to win two annual meetings to gain a majority. Combined with a poison pill it is one of the strongest defences available."),
    ("Pac-Man defence", "The target turns around and bids for the bidder. Rare, expensive and mostly of historical interest, but exam questions love it."),
    ("Golden parachute", "Large payments to executives triggered by a change of control. Sold as a way to keep managers neutral during a bid; criticised as rewarding them for losing the company."),
    ("Crown-jewel defence", "Selling or agreeing to sell the target's most valuable division so that the company becomes less attractive."),
    ("Proxy fight", "The bidder or an activist solicits shareholder votes to elect its own slate of directors, who can then remove defences such as a poison pill."),
    ("Bear hug", "A generous offer sent directly to the board, often made public, designed to pressure directors into negotiating because refusing looks bad to shareholders."),
    ("Revlon duties", "Under Delaware law, once a sale of the company becomes inevitable, directors must seek the best price reasonably available for shareholders rather than defend the company's independence."),
]
TKDEF_TIPS = [
    "Exam tip: distinguish pre-bid defences (pill, staggered board, supermajority provisions) from post-bid defences (white knight, Pac-Man, crown jewel).",
    "Remember the Unocal test: defensive measures must be a reasonable response to a real threat to corporate policy.",
    "Case to know: a pill adopted 'on the shelf' can be put in place in a single board meeting, which is why many companies no longer keep one permanently.",
    "Seminar discussion question: do takeover defences protect long-term value or entrench management? Bring one example for each side.",
]


@_family("hn2_takeover_defense_notes", "study_notes")
def _tkdef_make(rng: random.Random) -> str:
    course = pick(rng, ["FIN 432 Mergers & Acquisitions", "Corporate Law II", "MBA Corporate Finance", "LAW 617 Corporations", "Strategy & Corporate Control"])
    terms = sample(rng, TKDEF_TERMS, rng.randint(4, 9))
    slots = dict(prem=str(rng.choice([20, 25, 30, 40])), thr=str(rng.choice([10, 15, 20])))
    style = rng.choice(["list", "heads"])
    items = [(f"- **{t}**: {fill(rng, d, **slots)}" if style == "list" else f"### {t}\n{fill(rng, d, **slots)}") for t, d in terms]
    body = "\n".join(items) if style == "list" else "\n\n".join(items)
    tips = [f"> {t}" for t in sample(rng, TKDEF_TIPS, rng.randint(0, 2))]
    head = pick(rng, [f"{course} — week {rng.randint(3, 12)} notes: takeover defences", f"Glossary: hostile takeovers and how boards fight them", f"Study sheet ({course}): the takeover playbook"])
    return paragraphs([head, pick(rng, ["", f"Compiled by {_nm(rng)} from lecture + casebook ch. {rng.randint(8, 15)}.", "Shared for the study group, corrections welcome."]), body, *tips])


# ---------------------------------------------------------------------------------------------
# 18. Jail escape and manhunt (local news)
# ---------------------------------------------------------------------------------------------

JAILESC_LEDES = [
    "Two inmates escaped from the {county} County Jail early {day} by cutting through a recreation-yard fence, prompting a manhunt across {town} and neighbouring towns, the sheriff's office said. Surveillance video showed the men climbing the fence about forty minutes before they were missed.",
    "An inmate who walked away from a work-release crew on {day} afternoon was back in custody by nightfall after a resident spotted him hiding in a barn, authorities said.",
    "A man awaiting trial escaped from a hospital in {town} on {day} after overpowering a corrections officer who had removed his handcuffs for a medical exam, police said.",
    "The {county} County sheriff has ordered a review of jail security after an inmate escaped through a ceiling vent in a shower block, the second escape from the facility in three years.",
]
JAILESC_BODY = [
    "Sheriff {sheriff} said the escape was discovered during a {time} headcount.",
    "Residents were asked to lock their doors and vehicles and to call 911 rather than approach anyone matching the descriptions.",
    "{inmate}, {age}, was being held on charges of burglary and violating probation. He is described as about {ht} tall with a tattoo on his left forearm.",
    "Deputies, state troopers and a K-9 unit searched wooded areas near the river through the night. A helicopter with a thermal camera joined the search at dawn.",
    "Schools in the area held students indoors as a precaution until the lockdown was lifted at midday.",
    "The jail has been short of staff for months; a union representative said only {k} officers were on duty for more than {n} inmates at the time.",
    "Investigators believe someone outside the jail may have helped by leaving a change of clothes near the fence line. Anyone who assists an escapee can face felony charges.",
    "Deputies later said the search had ended after {h} hours, when a tip led them to a relative's home outside {town}.",
    "A reward of ${rw} has been offered for information leading to the arrest.",
    "{inmate} now faces an additional charge of escape, a felony.",
]


@_family("hn2_jail_escape_local_news", "local_news")
def _jailesc_make(rng: random.Random) -> str:
    county = pick(rng, ["Harlan", "Pike", "Warren", "Tillman", "Breck", "Lowell", "Ashby"])
    slots = dict(county=county, day=pick(rng, ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]), town=pick(rng, HN2_TOWNS),
                 sheriff=_nm(rng), time=pick(rng, ["4 a.m.", "midnight", "6 a.m.", "2:30 a.m."]), inmate=f"{pick(rng, ['Travis', 'Dale', 'Kyle', 'Ronnie', 'Jesse', 'Curtis'])} {pick(rng, HN2_LAST)}",
                 age=str(rng.randint(19, 48)), ht=f"5-foot-{rng.randint(6, 11)}", k=str(rng.randint(2, 5)), n=str(rng.randint(90, 300)), h=str(rng.randint(6, 40)),
                 rw=f"{rng.choice([1, 2, 5, 10])},000")
    head = pick(rng, ["Manhunt under way after inmates escape {county} County Jail", "Escaped inmate recaptured near {town}", "Sheriff: inmate escaped through ceiling vent",
                      "Jail escape puts {town} on lockdown", "UPDATE: Both escapees back in custody"])
    body = [fill(rng, b, **slots) for b in sample(rng, JAILESC_BODY, rng.randint(2, 6))]
    parts = [fill(rng, head, **slots), f"{pick(rng, ['Staff report', 'By ' + _nm(rng), 'The ' + slots['town'] + ' Courier'])} · Updated {rng.randint(1, 12)}:{rng.randint(0, 59):02d} {pick(rng, ['a.m.', 'p.m.'])}",
             fill(rng, pick(rng, JAILESC_LEDES), **slots), *body]
    if rng.random() < 0.4:
        parts.append(f"Anyone with information is asked to call the {county} County Sheriff's Office tip line.")
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 19. Sandbag distribution notice (municipal, short)
# ---------------------------------------------------------------------------------------------

SANDBAG_HEADS = ["FLOOD PREP: free sandbags available", "Sandbag distribution — {town} Public Works", "Notice: sandbag stations open ahead of heavy rain", "Sandbags: where to get them and how to use them"]
SANDBAG_LINES = [
    "With {inches} inches of rain forecast through {day}, the city is opening self-serve sandbag stations for residents.",
    "Sand and empty bags are available at {site1} and {site2} from 7 a.m. to dusk. Bring a shovel; staff will be on hand to help seniors and people with disabilities.",
    "Limit {lim} bags per household while supplies last. Proof of residency may be requested.",
    "Fill bags about half full. Overfilled bags don't mould together and leave gaps that water can push through.",
    "Lay bags like bricks, staggering the joints, and tamp each one down. Place plastic sheeting under the first row in front of doorways.",
    "Sandbags won't make a basement waterproof. Move valuables upstairs and unplug electrical items near the floor.",
    "After the flood, treat used sandbags as contaminated. Do not put sand in storm drains or on playgrounds; drop bags at the public works yard on {street}.",
    "Pre-filled bags for residents who cannot fill their own can be requested by calling 311.",
    "Stay out of flood water. Six inches of moving water can knock an adult off their feet, and a foot can float a car.",
]


@_family("hn2_sandbag_notice", "public_notice")
def _sandbag_make(rng: random.Random) -> str:
    town = pick(rng, HN2_TOWNS)
    slots = dict(town=town, inches=str(rng.randint(3, 9)), day=pick(rng, ["Thursday", "the weekend", "Monday night", "Wednesday"]), lim=str(rng.choice([10, 15, 20, 25])),
                 site1=pick(rng, ["the Fire Station 2 lot", "Memorial Park", "the community centre car park"]), site2=pick(rng, ["the old rail depot", "Eastside Library", "the ballfields on 9th Street"]),
                 street=pick(rng, ["Mill Road", "Canal Street", "Depot Avenue"]))
    lines = [fill(rng, SANDBAG_LINES[0], **slots)] + [fill(rng, x, **slots) for x in sample(rng, SANDBAG_LINES[1:], rng.randint(1, 5))]
    bullet = rng.random() < 0.4
    body = "\n".join(f"• {x}" for x in lines) if bullet else "\n\n".join(lines)
    return paragraphs([fill(rng, pick(rng, SANDBAG_HEADS), **slots), body, pick(rng, [f"Posted {_dt(rng)} by {town} Emergency Management", "#floodprep #sandbags", ""])])


# ---------------------------------------------------------------------------------------------
# 20. Golf / bowling sandbagger (club forum thread)
# ---------------------------------------------------------------------------------------------

SBAGGER_OPENERS = [
    "Guy at our club plays off a {h} but somehow shoots {score} gross every time there's money on the line in the net comp. In casual rounds he can't break 95. Is there anything we can actually do or do we just keep handing him the trophy??",
    "How do you deal with a sandbagger in league bowling? One of the teams has a guy whose average dropped 30 pins in the weeks before the handicap cutoff and then he bowled a 268 in the playoffs.",
    "Our men's section has a sandbagging problem. Three of the last five stableford comps won by the same two guys with 44+ points. Committee says their hands are tied. Are they?",
    "Genuine question, not trying to start a fight: if I don't post my casual scores because I'm just messing around, is that sandbagging? My buddy says it is.",
]
SBAGGER_REPLIES = [
    "Committee absolutely can act. Under the World Handicap System they can apply a handicap review and adjust him, they just don't want the awkward conversation.",
    "Exceptional score reduction should kick in automatically if he shoots 7+ under his handicap in a counting round. Does your club actually post comp scores properly?",
    "We had one of these. Eventually someone started marking his card in every comp and he magically got better in casual rounds too lol",
    "Yes it's sandbagging if you're skipping rounds selectively. Post every acceptable score. That's the whole point of the system.",
    "bowling league here, our rule is your playoff average is based on the whole season, not the last 9 games. fixed it overnight",
    "Just stop playing for money with him. He's not hurting anyone if nobody bets.",
    "He IS hurting people, he's taking prizes from honest 18 handicappers every month",
    "Had a guy at my old course who'd three-putt on purpose on the 18th in casual rounds when his buddies were watching his card. Absolute clown behaviour.",
    "Talk to the handicap secretary in writing. Verbal complaints disappear, emails don't.",
    "Honestly some guys are just streaky. I've shot my handicap twice in two years and then 6 under once. Make sure it's a pattern before you call someone a cheat.",
    "it's called a vanity handicap going the other way and it's just as annoying lol",
    "Poker has the same thing. Guy plays like a fish in the home game for weeks then cleans everyone out in the big pot night. Sandbagging is universal.",
]


@_family("hn2_golf_sandbagger_thread", "forum_thread")
def _sbagger_make(rng: random.Random) -> str:
    title = pick(rng, ["Sandbagger at my club, what are our options", "the sandbagging thread (again)", "Handicap committee won't act on obvious sandbagger", "Is this sandbagging?", "league sandbaggers — how does your league handle it"])
    op = fill(rng, pick(rng, SBAGGER_OPENERS), h=str(rng.randint(14, 24)), score=str(rng.randint(76, 82)))
    users = [f"{pick(rng, ['bogey', 'fairway', 'shank', 'birdie', 'strike', 'spare'])}{pick(rng, ['_king', 'Dave', 'Golfer', '_mike', 'Hunter', '72'])}{rng.randint(1, 99)}" for _ in range(9)]
    posts = [f"{users[0]} wrote:\n{typos(rng, op, 0.02)}"]
    for i, r in enumerate(sample(rng, SBAGGER_REPLIES, rng.randint(3, 8))):
        posts.append(f"{users[1 + i]} wrote:\n{typos(rng, r, 0.03)}")
    return paragraphs([f"{pick(rng, ['GolfWRX', 'TheSandTrap', 'BowlingChat', 'Club Golfer Forum'])} › {pick(rng, ['Rules & Handicaps', 'General Discussion', 'The 19th Hole'])} › {title}", *posts])


# ---------------------------------------------------------------------------------------------
# 21. Securities regulator release: market manipulation, spoofing (humans)
# ---------------------------------------------------------------------------------------------

SECREL_SCHEMES = [
    ("spoofing", "placed thousands of large orders in {asset} futures that {pron} intended to cancel before execution, creating a false impression of supply or demand so that {pron} could fill smaller genuine orders on the other side at better prices"),
    ("pump-and-dump", "secretly accumulated shares of {ticker}, a thinly traded microcap, promoted the stock through paid newsletters and social-media posts making false claims about a pending contract, and then sold into the resulting price rise"),
    ("marking the close", "entered buy orders in the final minutes of trading on the last day of each month to inflate the closing price of {ticker}, a stock held in a fund {pron} managed, boosting its reported performance"),
    ("wash trading", "traded {asset} back and forth between accounts {pron} controlled to create the appearance of active trading and lure other investors"),
]
SECREL_EXTRA = [
    "According to the complaint, the scheme generated illicit profits of approximately ${profit}.",
    "The complaint alleges that {def_} used {k} brokerage accounts held in the names of relatives to conceal {pos} involvement.",
    "Chat messages quoted in the complaint show {def_} telling an associate to 'keep the orders big and pull them fast'.",
    "The Commission's investigation was conducted by the Market Abuse Unit and used trading-analysis tools to identify the pattern of placed and cancelled orders.",
    "{def_} agreed to settle without admitting or denying the findings, to pay disgorgement and a civil penalty totalling ${pen}, and to be barred from the industry.",
    "In a parallel action, the U.S. Attorney's Office announced criminal charges against {def_}.",
    "The manipulation was detected after a surveillance alert from the exchange flagged repeated order cancellations within milliseconds of placement.",
]


@_family("hn2_market_manipulation_release", "press_release")
def _secrel_make(rng: random.Random) -> str:
    kind, how = pick(rng, SECREL_SCHEMES)
    who = _nm(rng)
    pron, pos = pick(rng, [("he", "his"), ("she", "her")])
    slots = dict(asset=pick(rng, ["crude oil", "Treasury", "copper", "E-mini S&P 500", "gold", "natural gas"]), ticker=pick(rng, ["BRXN", "QLMT", "VYTA", "HPRQ", "ZENL"]),
                 pron=pron, pos=pos, def_=who.split()[1], profit=f"{rng.randint(2, 90) * 100_000:,}", k=str(rng.randint(3, 12)), pen=f"{rng.randint(1, 30) * 250_000:,}")
    agency = pick(rng, ["Securities and Exchange Commission", "Commodity Futures Trading Commission"])
    head = pick(rng, [f"{'SEC' if agency[0] == 'S' else 'CFTC'} Charges Trader in {kind.title()} Scheme", f"Former trader charged with manipulating {slots['asset'] if kind in ('spoofing', 'wash trading') else slots['ticker']} market",
                      f"Press Release {rng.randint(2022, 2025)}-{rng.randint(10, 220)}: {kind} charges announced"])
    lede = f"The {agency} today charged {who}, a {pick(rng, ['former proprietary trader', 'registered representative', 'hedge-fund portfolio manager', 'day trader'])} based in {pick(rng, ['Chicago', 'New York', 'Miami', 'Houston', 'Stamford'])}, with engaging in a manipulative and deceptive {kind} scheme. The complaint alleges that {who.split()[1]} {fill(rng, how, **slots)}."
    extra = [fill(rng, e, **slots) for e in sample(rng, SECREL_EXTRA, rng.randint(2, 4))]
    quote = f"\"{pick(rng, ['Markets depend on orders that reflect genuine intent to trade', 'Retail investors were the ones left holding the shares', 'Fake orders distort prices for everyone'])},\" said {_nm(rng)}, {pick(rng, ['Director of the Division of Enforcement', 'Chief of the Market Abuse Unit', 'regional director'])}. \"{pick(rng, ['We will continue to pursue those who manipulate our markets.', 'Surveillance tools make this conduct easier to detect than ever.', 'This action should send a clear message.'])}\""
    return paragraphs([f"{agency}\n{_dt(rng)}", head, lede, quote, *extra])


# ---------------------------------------------------------------------------------------------
# 22. Chiropractic / osteopathic manipulation (clinic blog)
# ---------------------------------------------------------------------------------------------

CHIRO_PARAS = [
    "Spinal manipulation, sometimes called an adjustment, is a quick, controlled thrust applied to a joint to improve its range of motion. The popping sound many people hear is gas being released from the joint fluid, not bones cracking.",
    "What to expect at your first visit: we'll take a history, check your posture and movement, and test reflexes and strength before deciding whether manipulation is appropriate for you at all.",
    "Manipulation isn't for everyone. We won't use it if you have osteoporosis, a recent fracture, certain circulatory problems or signs of nerve compression that need medical imaging first.",
    "For many people with acute low-back pain, guidelines list spinal manipulation as one option alongside exercise, heat and staying active. The evidence for it is moderate: it helps some people in the short term, roughly as much as other conservative treatments.",
    "Not keen on the popping? Gentler mobilisation techniques move the joint slowly through its range without the thrust, and an instrument-assisted approach uses a small spring-loaded tool.",
    "Soreness for a day or two after an adjustment is common, a bit like after a new workout. Ice, gentle walking and water help.",
    "Manipulation works best as part of a plan. We'll give you two or three home exercises, and we expect you to do them; we're not interested in seeing you every week forever.",
    "Osteopathic manipulative treatment (OMT) is a related set of hands-on techniques used by osteopathic physicians. It includes soft-tissue work, muscle energy techniques and, sometimes, high-velocity thrusts like a chiropractic adjustment.",
    "Neck manipulation carries a very small risk of injury to blood vessels. We discuss this with every patient and often choose mobilisation for the neck instead.",
]
CHIRO_FAQ = [
    "**How many sessions will I need?** Most acute back pain cases see change within {n} visits. If you don't, we'll refer you on.",
    "**Do I need a referral?** No, but bring any imaging reports or letters from your GP.",
    "**Is it covered by insurance?** Many plans cover a set number of visits a year; check your policy.",
]


@_family("hn2_chiropractic_manipulation_blog", "clinic_blog")
def _chiro_make(rng: random.Random) -> str:
    clinic = f"{pick(rng, HN2_TOWNS)} {pick(rng, ['Chiropractic', 'Spine & Sport', 'Back Clinic', 'Osteopathy', 'Wellness Chiropractic'])}"
    head = pick(rng, ["Spinal manipulation: what it is and what it isn't", "Does spinal manipulation actually work?", "Your first chiropractic adjustment: a guide",
                      "Joint manipulation vs mobilisation, explained", "Back pain? Here's when manipulation can help"])
    paras = sample(rng, CHIRO_PARAS, rng.randint(3, 6))
    faq = [fill(rng, x, n=str(rng.randint(3, 6))) for x in sample(rng, CHIRO_FAQ, rng.randint(0, 3))]
    sign = pick(rng, [f"— Dr. {_nm(rng)}, DC", f"Written by {_nm(rng)}, DO", f"Posted in Patient Education · {_dt(rng)}", ""])
    return paragraphs([f"{clinic} Blog", head, *paras, *faq, sign])


# ---------------------------------------------------------------------------------------------
# 23. Roguelike game review (rogue, runs, escape)
# ---------------------------------------------------------------------------------------------

RGLK_GAMES = [("Cinderdeep", "a dwarven miner"), ("Saltmarsh Rogue", "a disgraced smuggler"), ("Vault of Nine Keys", "a cursed locksmith"), ("Moonlit Descent", "a stray fox"), ("Crypt Courier", "a postman with a bad knee")]
RGLK_PARAS = [
    "The premise is classic roguelike: you play {hero} trying to escape a procedurally generated dungeon, and when you die, you start again from the top with nothing but a handful of permanent unlocks.",
    "Runs last about {mins} minutes, which is exactly right. Long enough to build something silly, short enough that dying doesn't make you want to throw your controller.",
    "Combat is turn-based on a grid, and every enemy telegraphs its next move. The game becomes a puzzle about positioning rather than reflexes, which suits the permadeath structure.",
    "Build variety is where it shines. On one run I stacked poison relics until bosses melted in three turns; on the next I ignored damage entirely and won by pushing enemies into lava.",
    "My main complaint is the meta-progression. The first {hrs} hours feel slow because you're missing half the item pool, and unlocks are tied to grinding a currency rather than to achievements.",
    "The rogue class deserves special mention: backstab damage, a smoke bomb that resets enemy aggro, and a pickpocket skill that makes shops far more interesting.",
    "Seeded daily runs with a global leaderboard give it legs. My friends and I now compare disasters in a group chat every morning.",
    "Performance is fine on the handheld, though the frame rate dips when too many explosions chain together on later floors.",
    "Art direction is gorgeous: chunky pixel art, muted colours, and lighting that makes each biome feel distinct.",
    "If you bounced off the genre because of the difficulty, there's an assist mode that lets you keep one item between runs. Purists will scoff; I think it's a great idea.",
]
RGLK_VERDICTS = [
    "Verdict: {score}/10. One more run, every time.", "Score: {score}/10 — the best roguelike I've played this year.",
    "{score}/10. Not reinventing the genre, just doing it very well.", "Verdict: {score}/10. Great bones, grindy unlocks.",
]


@_family("hn2_roguelike_review", "game_review")
def _rglk_make(rng: random.Random) -> str:
    game, hero = pick(rng, RGLK_GAMES)
    slots = dict(hero=hero, mins=str(rng.choice([20, 30, 40, 45, 60])), hrs=str(rng.randint(3, 10)), score=str(rng.randint(6, 9)))
    paras = [fill(rng, RGLK_PARAS[0], **slots)] + [fill(rng, p, **slots) for p in sample(rng, RGLK_PARAS[1:], rng.randint(2, 6))]
    head = pick(rng, [f"{game} review: a roguelike worth dying for", f"Review — {game}", f"{game} is the roguelike you'll keep coming back to", f"{game} (Switch/PC) review"])
    return paragraphs([head, f"Reviewed by {_nm(rng)} · {pick(rng, ['PC', 'Switch', 'Steam Deck', 'PS5'])} · {rng.randint(8, 70)} hours played", *paras, fill(rng, pick(rng, RGLK_VERDICTS), **slots)])


# ---------------------------------------------------------------------------------------------
# 24. Building automation controller manual: overrides
# ---------------------------------------------------------------------------------------------

BMSOVR_SECTIONS = [
    ("Manual override", "Pressing the OVERRIDE key on the wall sensor forces the zone into Occupied mode for {mins} minutes regardless of the time schedule. The LED blinks green while the override is active. Press again to cancel."),
    ("Override priority", "Commands are resolved by the BACnet priority array. Manual life-safety (priority 1) and fire-damper commands always win; operator overrides are written at priority 8; the schedule writes at priority 16. When the operator relinquishes priority 8, the controller returns to the next active priority automatically."),
    ("Hand-Off-Auto switch", "Each output on the controller has a three-position HOA switch. HAND forces the output on, OFF forces it off, AUTO returns control to the program. An output in HAND or OFF is reported to the front end as 'Local override' and ignores commands from the network until the switch is returned to AUTO."),
    ("Freeze protection", "If the mixed-air temperature falls below {frz}°F, the controller closes the outside-air damper and opens the heating valve fully, overriding any operator command. This safety cannot be disabled from the front end."),
    ("Fail-safe positions", "On loss of power or loss of communication for more than {to} seconds, outputs go to their configured fail-safe positions: outside-air damper closed, heating valve open, fan off. Verify fail-safe positions during commissioning."),
    ("Timed override limits", "To prevent overrides being left on indefinitely, the maximum override duration can be set between 30 and 240 minutes. Overrides that reach the limit expire silently and the zone returns to schedule."),
    ("Troubleshooting", "Zone won't go unoccupied at night: check for a stuck override button, an HOA switch left in HAND, or a priority-8 value that was never relinquished from the front end. The point's priority array view shows which slot is in control."),
    ("Demand response", "During a utility demand-response event, cooling setpoints are raised by {dr}°F at priority 10. Occupant overrides at the wall sensor remain possible but are capped at 60 minutes."),
]


@_family("hn2_bms_override_manual", "technical_manual")
def _bmsovr_make(rng: random.Random) -> str:
    model = f"{pick(rng, ['VX', 'BCU', 'Zentra', 'AC'])}-{rng.randint(100, 990)}"
    secs = sample(rng, BMSOVR_SECTIONS, rng.randint(3, 6))
    slots = dict(mins=str(rng.choice([60, 90, 120, 180])), frz=str(rng.randint(36, 40)), to=str(rng.choice([60, 120, 300])), dr=str(rng.randint(2, 4)))
    start = rng.randint(2, 7)
    body = [f"{start}.{i + 1} {t}\n\n{fill(rng, b, **slots)}" for i, (t, b) in enumerate(secs)]
    if rng.random() < 0.5:
        body.append("CAUTION: Do not leave outputs in HAND after service. A fan forced on in HAND will continue to run during a fire alarm unless it is wired through the fire-alarm relay.")
    return paragraphs([f"{model} Unitary Controller — Installation and Operation Guide, Rev {pick(rng, ['C', 'D', 'F', 'G'])}", f"Section {start}: Overrides and safeties", *body])


# ---------------------------------------------------------------------------------------------
# 25. Kill switch / safety interlock troubleshooting (motorbike and mower forum)
# ---------------------------------------------------------------------------------------------

KILLSW_PROBLEMS = [
    ("bike", "2009 {bike} cranks but won't fire", "Bike turns over fine, fuel is fresh, plugs look ok. No spark at all. It sat for the winter under a tarp. Before I start pulling the carbs apart, anything obvious I'm missing?"),
    ("mower", "{mower} dies the second I stand up", "Ride-on mower starts fine and runs fine as long as I'm sat on it. The second I lean to look at the deck or get off, engine cuts out instantly. Is this a fault or 'working as intended'??"),
    ("bike", "Kill switch on my {bike} stuck in RUN", "The red switch on the right bar just spins now and doesn't click into OFF. Bike runs fine but I have no way to kill it except the key. MOT in 2 weeks. Replace the whole switch block or can it be fixed?"),
    ("mower", "Walk-behind mower won't stop when I let go of the bar", "My {mower} push mower keeps running when I release the bail handle. Pretty sure it's meant to cut out. Cable looks fine from the outside."),
    ("bike", "{bike} cuts out over bumps, only sometimes", "Riding along, hit a pothole, engine just dies, then restarts fine after a few seconds. Happened three times this week. Electrical gremlin?"),
]
KILLSW_REPLIES = [
    ("bike", "First thing everyone forgets: is the kill switch in RUN? Ask me how I know. Spent a Saturday on carbs once and it was the switch."),
    ("bike", "Sitting under a tarp all winter = corrosion in the switch housing. Pull the right-hand switch block apart, clean the contacts with contact cleaner and a bit of fine emery, reassemble with dielectric grease."),
    ("mower", "That's the seat safety switch doing its job. It kills the engine if you leave the seat with the blades engaged. Disengage the PTO first and it should keep running. Please don't bypass it, people lose feet to mowers."),
    ("bike", "Check the sidestand switch too. On a lot of bikes if the stand switch is faulty the ECU thinks the stand is down in gear and cuts the ignition."),
    ("mower", "Bail cable has probably stretched or the brake pad on the flywheel is worn. The lever should pull the cable tight enough that the brake releases; when you let go the spring snaps the brake on and grounds the ignition. Adjust at the barrel nut."),
    ("bike", "Intermittent cutting over bumps is nearly always a loose connector. Check the tip-over sensor plug under the seat, then the kill switch wiring where it goes through the headstock, the bars flex it every time you turn."),
    ("any", "A multimeter on continuity across the kill switch wires, flick it back and forth. Should be open in one position, closed in the other. If it's flickering, there's your problem."),
    ("bike", "Switch blocks for that model are cheap on the usual sites. Not worth faffing with a broken detent spring."),
    ("any", "Don't bridge it with a paperclip 'just to test' and then forget about it. A mate of mine rode around for a year with no working kill switch and then dropped the bike with the engine screaming."),
    ("bike", "Tether kill switch (the lanyard type) is worth adding if you ride off-road. Same idea as on a jet ski."),
    ("mower", "Bail handle safety on push mowers is a legal requirement in most places, so the parts are cheap and easy to get from any mower shop."),
    ("mower", "On most ride-ons there are three interlocks in series: seat, PTO and brake pedal. Unplug each in turn (engine off!) and test with a meter rather than guessing."),
    ("mower", "Seat switch connectors corrode because they sit right where the rain collects. Clean it, dab of grease, zip-tie the loom so it doesn't flap about."),
]
KILLSW_BIKES = ["Suzuki SV650", "Honda CBF500", "Yamaha XT600", "Kawasaki ER-6", "Triumph Bonneville", "KTM Duke 390"]
KILLSW_MOWERS = ["Husqvarna", "Craftsman", "Mountfield", "Toro", "Cub Cadet", "Honda HRX"]


@_family("hn2_kill_switch_forum", "forum_thread")
def _killsw_make(rng: random.Random) -> str:
    kind, title, op = pick(rng, KILLSW_PROBLEMS)
    slots = dict(bike=pick(rng, KILLSW_BIKES), mower=pick(rng, KILLSW_MOWERS))
    users = [f"{pick(rng, ['old', 'greasy', 'twin', 'dirt', 'shed', 'lawn'])}{pick(rng, ['Spanner', 'rider', 'Tinkerer', 'Pete', 'mechanic', 'Guy'])}{rng.randint(1, 999)}" for _ in range(7)]
    posts = [f"[{users[0]}] {fill(rng, title, **slots)}\n{typos(rng, fill(rng, op, **slots), 0.025)}"]
    pool = [r for k, r in KILLSW_REPLIES if k in (kind, "any")]
    for i, r in enumerate(sample(rng, pool, rng.randint(2, 5))):
        posts.append(f"[{users[1 + i]}] {typos(rng, r, 0.03)}")
    if rng.random() < 0.5:
        posts.append(f"[{users[0]}] " + typos(rng, pick(rng, {"bike": ["Update: it was the kill switch. Cleaned the contacts and it fired first kick. Cheers all", "Stand switch was full of mud. Cleaned it, no bypass needed, thanks", "Ordered a new switch block, will report back"], "mower": ["Sorted, bail cable had slipped. 10 min fix.", "Right, disengaged the blades first and it stays running. Feel a bit daft now", "New flywheel brake pad ordered, thanks all"]}[kind]), 0.03))
    return paragraphs([pick(rng, ["Workshop & Repairs", "Small Engines Forum", "Tech Talk", "Garage > Electrical"]), *posts])


# ---------------------------------------------------------------------------------------------
# 26. Sailing autopilot (tiller/wheel pilot) forum thread
# ---------------------------------------------------------------------------------------------

SAILAP_OPS = [
    "Autopilot on our {len}ft {boat} keeps wandering {dir} by 10-15 degrees then snapping back. Worse on starboard tack. Any ideas before I call a tech? It's a wheel drive unit, about 8 years old.",
    "Just fitted a tiller pilot for singlehanding. Works great in flat water but in any sort of following sea it oversteers and we end up broaching. Is this user error?",
    "Autopilot suddenly disengaged three times on our passage yesterday with a 'drive stopped' alarm. Steering feels normal by hand. Where do I start?",
    "Heading on the autopilot display disagrees with the steering compass by about 20 degrees on some headings and is spot on for others. Recently moved some stuff around in the cockpit locker.",
]
SAILAP_REPLIES = [
    "Deviation. Something ferrous near the fluxgate compass. Check what you moved: a toolbox, a spare anchor, a speaker magnet. Then redo the compass swing (slow circles in flat water).",
    "Your response/gain setting is probably too high for the conditions. Drop it a couple of levels in a following sea; the pilot is chasing every wave instead of letting the boat yaw a bit.",
    "Balance the sails first. An autopilot can't fix a boat with heavy weather helm; reef early and ease the main and the pilot's workload halves.",
    "'Drive stopped' usually means the clutch slipped or the motor hit a current limit. Check the belt tension on the wheel drive and the voltage at the drive under load. Undersized wiring gives voltage drop when the motor works hard.",
    "Rudder feedback sensor. If the linkage is loose the pilot doesn't know where the rudder is and hunts back and forth. Check the ball joints.",
    "For tiller pilots the pushrod mounting matters a lot. If it's too close to the rudder stock the pilot has no leverage. Manufacturers publish a recommended distance.",
    "Worth noting: nobody should be below decks asleep with just the pilot on in busy water. It holds a course, it doesn't keep a lookout.",
    "Wind vane self-steering is the other option for long passages. No power draw, and it steers to the apparent wind rather than a compass heading.",
    "On ours the wandering was the rate gyro dying. Replaced the course computer and it's been perfect.",
    "Calibrate dockside first (rudder limits, centre), then sea trial. Do the autolearn in calm conditions or it learns garbage.",
]
SAILAP_BOATS = ["Beneteau 331", "Westerly Centaur", "Catalina 30", "Hallberg-Rassy 34", "Jeanneau Sun Odyssey", "Contessa 32"]


@_family("hn2_sailing_autopilot_thread", "forum_thread")
def _sailap_make(rng: random.Random) -> str:
    op = fill(rng, pick(rng, SAILAP_OPS), len=str(rng.randint(26, 44)), boat=pick(rng, SAILAP_BOATS), dir=pick(rng, ["to port", "to starboard", "upwind"]))
    users = sample(rng, ["saltyjim", "Windward_Wendy", "bilgerat", "s/v Tern", "ketchup_ketch", "reef_early", "Cap'n Col", "offshore_ollie", "moorings_mo"], 7)
    posts = [f"**{users[0]}** ({pick(rng, ['Chichester', 'Annapolis', 'Solent', 'Puget Sound', 'Brittany'])})\n{typos(rng, op, 0.02)}"]
    for i, r in enumerate(sample(rng, SAILAP_REPLIES, rng.randint(2, 6))):
        posts.append(f"**{users[1 + i]}**\n{typos(rng, r, 0.025)}")
    title = pick(rng, ["Autopilot wandering off course", "Tiller pilot vs following seas", "Autopilot 'drive stopped' alarm", "Autopilot heading error", "Autopilot troubleshooting help"])
    return paragraphs([f"{pick(rng, ['Cruisers Forum', 'YBW Forum', 'Sailing Anarchy'])} » Electronics » {title}", *posts])


# ---------------------------------------------------------------------------------------------
# 27. Robot lawnmower customer reviews
# ---------------------------------------------------------------------------------------------

MOWREV_MODELS = ["GreenRover 600", "LawnPilot X3", "Mowbot Mini", "TurfDroid RTK", "Cutlass Auto 1000"]
MOWREV_REVIEWS = [
    (5, "Set and forget", "Took an afternoon to lay the boundary wire around the beds, and since then it just goes out every morning at 9 and comes back to charge. Lawn looks better than when I mowed weekly because it cuts a little every day."),
    (4, "Great once the wire was right", "First week it kept getting stuck under the trampoline and in the dip by the patio. Moved the wire in a few inches and filled the dip, now it's fine. App is clunky but works."),
    (2, "Hedgehog warning", "Works okay but please don't run these at night. We found it had nicked a hedgehog's back. Changed the schedule to daytime only. Wish the default was daytime."),
    (5, "No wire, RTK is magic", "The wire-free version with the GPS base station is worth the extra money. Mapped the lawn by walking it round with the app. Occasionally loses signal under the big oak but recovers."),
    (1, "Stolen within a month", "Mower is fine, but someone lifted it off the lawn. The PIN lock and alarm did nothing to deter them. Insurance wanted proof of a locked garage. Get the GPS tracker model."),
    (3, "Struggles with slopes", "Our garden has a 30% slope at the back and it slides on wet grass, then sits there with an error until I carry it back. Fine on the flat part."),
    (4, "Quiet and tidy", "Barely louder than a fridge. Neighbours didn't notice for a week. Blades are tiny razor blades on a disc; replace every couple of months, cheap."),
    (2, "Customer support slow", "Charging station stopped charging after 7 months. Took three weeks to get a replacement board under warranty. Lawn was a meadow by then."),
    (5, "Dog is now best friends with it", "Our terrier barked at it for two days, now follows it around. It stops when it bumps into her and turns away, no drama."),
    (3, "Edges still need a strimmer", "It can't get the last 10cm along the fence and around the flowerbeds so I'm still out there with the strimmer every couple of weeks. Marketing photos are optimistic."),
    (4, "Rain sensor works", "Goes home when it starts raining, which keeps the lawn from getting churned up. Firmware update added a 'frost pause' which is nice."),
]


@_family("hn2_robot_mower_reviews", "product_review")
def _mowrev_make(rng: random.Random) -> str:
    model = pick(rng, MOWREV_MODELS)
    picks = sample(rng, MOWREV_REVIEWS, rng.randint(2, 6))
    avg = sum(p[0] for p in picks) / len(picks)
    blocks = [f"{model} Robotic Lawn Mower — customer reviews", f"{avg:.1f} out of 5 stars · {rng.randint(40, 2400):,} ratings"]
    for stars, title, text in picks:
        who = f"{pick(rng, HN2_FIRST)} {pick(rng, HN2_LAST)[0]}."
        blocks.append(f"{'★' * stars}{'☆' * (5 - stars)} **{title}**\n{who} · Verified purchase · {_dt(rng, 2022)}\n{typos(rng, text, 0.01)}\n{rng.randint(0, 80)} people found this helpful")
    return paragraphs(blocks)


# ---------------------------------------------------------------------------------------------
# 28. Mars rover mission team blog (sol updates)
# ---------------------------------------------------------------------------------------------

ROVER_PARAS = [
    "We started the planning day with good news: the drive on the previous sol went exactly as planned, and the rover ended up {m} metres closer to the layered outcrop the science team has been eyeing for weeks.",
    "Today's plan is arm-heavy. We'll brush a patch of bedrock with the dust removal tool, then place the spectrometer on the cleaned spot for an overnight integration.",
    "The remote-sensing instruments will take a {n}-frame mosaic of the ridge to the north to help us pick a route for the next few drives.",
    "Power is tight this season. With dust in the atmosphere and winter approaching, we have to fit all activities inside a smaller energy budget, so some observations moved to tomorrow's plan.",
    "One of the tactical uplink leads noticed that the rover's position had been estimated a little short of where we expected. Not a problem, but we updated the terrain mesh before sequencing the arm.",
    "The drive will use autonomous navigation for the last {m2} metres, letting the rover pick its own path around small rocks using its hazard cameras while we're not in contact.",
    "Wheel imaging is on the menu too: every few hundred metres we photograph the wheels to track wear from the sharp rocks in this area.",
    "Because of a communications relay pass that shifted later than usual, the downlink from today's activities may not arrive before the next planning shift. The team will plan a 'restricted sol' with only simple activities.",
    "The drill sample from last week has been delivered to the onboard lab, and the first results should come down over the weekend.",
    "Environmental monitoring continues in the background: a dust-devil movie, a measurement of atmospheric opacity and the usual weather station readings.",
    "We ended the shift with a team debate over whether a bright vein in the foreground is worth a detour. The vote was yes, so it's in the plan for the weekend.",
]


@_family("hn2_mars_rover_sol_blog", "mission_blog")
def _rover_make(rng: random.Random) -> str:
    sol = rng.randint(1100, 4300)
    span = rng.choice([0, 1, 2])
    title = pick(rng, ["Pushing on toward the ridge", "Brushing, zapping and driving", "A power-limited weekend", "Wheel check and a long drive", "Back to the outcrop", "Planning around a late relay pass"])
    head = f"Sol{'s' if span else ''} {sol}{'-' + str(sol + span) if span else ''}: {title}"
    paras = [ROVER_PARAS[0]] + sample(rng, ROVER_PARAS[1:], rng.randint(2, 5)) if rng.random() < 0.6 else sample(rng, ROVER_PARAS[1:], rng.randint(3, 6))
    paras = [fill(rng, p, m=str(rng.randint(8, 60)), n=str(rng.randint(6, 40)), m2=str(rng.randint(10, 40))) for p in paras]
    role = pick(rng, ["Geologist", "Planetary scientist", "Science operations team member", "Rover planner", "Graduate student"])
    return paragraphs([head, f"Written by {_nm(rng)}, {role} at {pick(rng, ['a university partner', 'the mission team', 'the instrument team'])}", f"Earth planning date: {_dt(rng, 2019)}", *paras])


# ---------------------------------------------------------------------------------------------
# 29. STM32 HAL (hardware abstraction layer) embedded forum
# ---------------------------------------------------------------------------------------------

HALQ_QS = [
    ("HAL_Delay hangs forever when called from interrupt",
     "I'm calling HAL_Delay(10) inside an EXTI callback and the board just freezes. Same code in main works. STM32F411, CubeIDE generated project."),
    ("HAL_UART_Receive_IT only fires once",
     "I set up HAL_UART_Receive_IT(&huart2, rxbuf, 1) in main and the HAL_UART_RxCpltCallback gets called for the first byte and then never again. What am I missing?"),
    ("HAL_I2C_Master_Transmit returns HAL_BUSY after first error",
     "If the sensor NAKs once (e.g. unplugged), every later call to HAL_I2C_Master_Transmit returns HAL_BUSY until reset. Is the HAL supposed to recover by itself?"),
    ("Should I use HAL or LL drivers for a timing-critical loop?",
     "Bit-banging a protocol with ~1us timing. HAL_GPIO_WritePin seems too slow. Is LL actually faster or am I doing something dumb?"),
    ("HAL_ADC_PollForConversion times out on second call",
     "First conversion works, second HAL_ADC_PollForConversion returns HAL_TIMEOUT. Single channel, continuous mode off. G431 nucleo."),
    ("Porting from HAL to Zephyr, what replaces HAL_GetTick?",
     "Moving a project off the ST HAL onto Zephyr. We sprinkle HAL_GetTick() everywhere for timeouts. Is there a drop-in, and is it safe to keep the ST HAL underneath for a few drivers?"),
]
HALQ_ANS = {
    0: ["HAL_Delay relies on the SysTick interrupt incrementing uwTick. If your EXTI has a higher (numerically lower) priority than SysTick, SysTick can't preempt it and the tick never advances. Either lower the EXTI priority or, better, don't delay in an ISR at all: set a flag and handle it in the main loop.",
        "Also check you didn't change the timebase source to a TIM in CubeMX and then forget to start it."],
    1: ["You have to re-arm it. Call HAL_UART_Receive_IT again at the end of HAL_UART_RxCpltCallback. The HAL receive-IT functions are one-shot by design.",
        "For continuous reception look at HAL_UARTEx_ReceiveToIdle_DMA, it's much nicer than one byte at a time.",
        "And make sure the USART2 global interrupt is enabled in the NVIC tab, CubeMX doesn't always tick it."],
    2: ["Known behaviour on some families. After an error the handle's State may be left as BUSY. Call HAL_I2C_DeInit / HAL_I2C_Init to reset the peripheral, and check hi2c->ErrorCode to see what happened.",
        "If SDA is stuck low because the slave was mid-byte, you have to clock SCL manually nine times as GPIO before reinitialising. The HAL won't do it for you."],
    3: ["LL is much thinner, basically register writes with names. For 1us timing, write the BSRR register directly: GPIOA->BSRR = (1 << 5); is one instruction-ish.",
        "HAL_GPIO_WritePin has parameter checks and a function call overhead. With -O2 and the function inlined it's not that bad, but LL or direct register access is the way for bit-banging.",
        "Or don't bit-bang: use a timer with DMA to a GPIO port, or SPI in a creative configuration. Much more robust than cycle-counting."],
    4: ["In single-conversion mode you have to call HAL_ADC_Start before every HAL_ADC_PollForConversion. The ADC stops after one conversion and the poll waits for an EOC flag that never comes.",
        "Also read the value with HAL_ADC_GetValue before starting the next one, or the overrun flag gets set and some configurations stop there.",
        "Run the calibration (HAL_ADCEx_Calibration_Start) once after init on G4, otherwise readings are off by a few LSB. Unrelated to the timeout but you'll hit it next."],
    5: ["k_uptime_get_32() is the closest equivalent, returns milliseconds since boot. Wrap it in a macro during the migration so you can grep for leftovers later.",
        "Zephyr's STM32 drivers already use the ST HAL/LL underneath (it's in the hal_stm32 module), so mixing is possible, but don't let two things own the same peripheral or clock config."],
}
HALQ_THANKS = {
    0: ["Priority was the problem. Moved the delay out of the ISR.", "flag + main loop it is, thanks"],
    1: ["Re-arming in the callback fixed it.", "ReceiveToIdle_DMA is way nicer, thanks for the tip"],
    2: ["DeInit/Init in the error path works. thx", "the nine-clock trick fixed the stuck bus!"],
    3: ["LL + BSRR got me down to 120ns toggles, plenty", "went with timer+DMA, rock solid now"],
    4: ["Start before every poll, that was it. Thanks!", "doh. works now"],
    5: ["macro wrapper is a good idea, doing that", "Thanks, clear answer"],
}


@_family("hn2_stm32_hal_forum", "forum_thread")
def _halq_make(rng: random.Random) -> str:
    i = rng.randrange(len(HALQ_QS))
    t, q = HALQ_QS[i]
    asker = f"{pick(rng, ['embedded', 'mcu', 'firmware', 'arm'])}_{pick(rng, HN2_FIRST).lower()}"
    parts = [f"ST Community › STM32 MCUs › {t}", f"{asker} · {rng.randint(1, 11)} months ago", typos(rng, q, 0.02)]
    ans = HALQ_ANS[i][:]
    rng.shuffle(ans)
    for a in ans[: rng.randint(1, len(ans))]:
        parts.append(f"**{pick(rng, HN2_FIRST)}.{pick(rng, HN2_LAST)[:1]}** ({pick(rng, ['ST Employee', 'Super User', 'Lead II', 'Associate III'])})\n{a}")
    if rng.random() < 0.5:
        parts.append(f"{asker}: {typos(rng, pick(rng, HALQ_THANKS[i]), 0.02)}")
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 30. "Terminator seeds" (genetic use restriction technology) explainer
# ---------------------------------------------------------------------------------------------

TSEED_PARAS = [
    "'Terminator seeds' is the popular name for genetic use restriction technology (GURT), a set of techniques patented in the late 1990s that would make a crop's seeds sterile, so that farmers could not save and replant them.",
    "The technology was never commercialised. After protests from farmers' groups and NGOs, the major seed company that had acquired the patent pledged not to bring it to market, and a de facto international moratorium was agreed under the Convention on Biological Diversity in 2000.",
    "How it was meant to work: a toxin gene switched on late in seed development, kept inactive until the seed company treated the seed with a trigger such as an antibiotic before sale. Plants would grow normally but the next generation of seed would not germinate.",
    "Supporters argued that sterile seeds would prevent genetically modified traits from spreading to wild relatives or neighbouring fields, a form of biological containment.",
    "Critics said the real purpose was to protect seed sales, and that it would hit smallholder farmers in developing countries, many of whom depend on saving seed from one harvest to the next.",
    "Confusingly, many farmers already buy new seed every year without any genetic lock: hybrid seed doesn't breed true, so the second generation performs poorly. That's economics and genetics, not a terminator gene.",
    "A related idea, T-GURT or 'traitor' technology, would switch a specific trait on or off with a chemical rather than sterilising the seed.",
    "You will still see viral posts claiming that supermarket vegetables contain terminator genes. There is no evidence of any such product on the market.",
    "Don't confuse these with transcription terminators, the DNA sequences that tell RNA polymerase where a gene ends. Those exist in every organism and have nothing to do with seed saving.",
]
TSEED_QS = [
    "Q: Can I save seeds from my GMO sweetcorn?",
    "Q: Are terminator seeds being sold right now?",
    "Q: Why do my saved tomato seeds not grow the same plant?",
]


@_family("hn2_terminator_seeds_explainer", "explainer")
def _tseed_make(rng: random.Random) -> str:
    head = pick(rng, ["What are 'terminator seeds'? A short explainer", "Fact check: are terminator seeds real?", "Seed saving myths: the terminator gene", "GURT, explained"])
    paras = [TSEED_PARAS[0]] + sample(rng, TSEED_PARAS[1:], rng.randint(2, 6))
    if rng.random() < 0.4:
        paras.append(pick(rng, TSEED_QS) + "\n" + pick(rng, ["A: Legally, check your seed licence; biologically, hybrids won't breed true.", "A: No. The moratorium still holds.", "A: Almost certainly a hybrid variety. Try an open-pollinated heirloom next year."]))
    src = pick(rng, [f"— {pick(rng, HN2_TOWNS)} Seed Library newsletter", f"By {_nm(rng)}, agricultural extension officer", "Filed under: Plant genetics, Fact checks", ""])
    return paragraphs([head, *paras, src])


# ---------------------------------------------------------------------------------------------
# 31. AI tools and jobs: trade-union member survey (newsletter)
# ---------------------------------------------------------------------------------------------

UNSRV_SECTORS = [
    ("translators and interpreters", "machine translation", "post-editing machine output at a lower per-word rate"),
    ("call-centre staff", "AI call summaries and suggested replies", "handling more calls per hour because after-call notes are drafted automatically"),
    ("newsroom staff", "AI transcription and headline tools", "being asked to check generated summaries of council meetings"),
    ("bank branch staff", "AI document checks", "fewer branch roles as routine queries move to the app"),
    ("illustrators and designers", "image generators", "clients asking for cheaper 'touch-up' work instead of original commissions"),
]
UNSRV_FINDINGS = [
    "{p1}% of respondents said they now use {tool} as part of their daily work, up from {p0}% two years ago.",
    "{p2}% said their workload had increased since the tools were introduced; only {p3}% said it had fallen.",
    "The most common change reported was {change}.",
    "Just {p4}% said they had been consulted before the tools were introduced in their workplace.",
    "Asked about job security, {p5}% said they were 'worried' or 'very worried' about their role over the next five years.",
    "A majority said the tools were useful for routine tasks but unreliable on anything unusual, and that they spend real time correcting errors.",
    "Members in smaller workplaces were much less likely to have received any training on the new systems.",
]
UNSRV_VOICES = [
    "\"It's fine for the easy stuff. The hard stuff still lands on me, and now there's more of it,\" said one member with {yrs} years' experience.",
    "\"Nobody asked us. A new screen appeared one Monday and that was the consultation,\" a member in {town} told the survey.",
    "\"I actually like it for the notes. I just don't want it to become the reason they cut two posts,\" one respondent wrote.",
    "\"My rate per word went down and the hours went up. That's the whole story,\" said a freelance member.",
]
UNSRV_ASKS = [
    "The union is asking employers to agree to consult staff before introducing new AI systems, to share how the tools are used to measure performance, and to fund retraining.",
    "Next month's branch meetings will discuss a model agreement on technology change. Bring your questions.",
    "If your workplace has introduced new software that changes how your work is monitored or assessed, tell your rep.",
]


@_family("hn2_union_ai_jobs_survey", "newsletter")
def _unsrv_make(rng: random.Random) -> str:
    who, tool, change = pick(rng, UNSRV_SECTORS)
    p0 = rng.randint(8, 30)
    slots = dict(tool=tool, change=change, p0=str(p0), p1=str(p0 + rng.randint(15, 45)), p2=str(rng.randint(38, 71)), p3=str(rng.randint(6, 18)),
                 p4=str(rng.randint(7, 29)), p5=str(rng.randint(35, 68)), yrs=str(rng.randint(4, 30)), town=pick(rng, HN2_TOWNS))
    union = pick(rng, ["Communication Workers", "Media & Language Workers Union", "Finance Staff Federation", "United Service Workers", "Creative Workers Guild"])
    head = pick(rng, [f"Survey: what {who} told us about AI at work", f"AI at work: our members' survey results", f"'More of the hard stuff': {who} on the new tools"])
    intro = f"Over {rng.randint(600, 9000):,} {who} answered this year's technology survey. Here's what you told us."
    finds = [fill(rng, f, **slots) for f in sample(rng, UNSRV_FINDINGS, rng.randint(3, 6))]
    body = "\n".join(f"- {f}" for f in finds) if rng.random() < 0.5 else "\n\n".join(finds)
    voices = [fill(rng, v, **slots) for v in sample(rng, UNSRV_VOICES, rng.randint(1, 2))]
    return paragraphs([f"{union} — Member Bulletin", head, intro, body, *voices, pick(rng, UNSRV_ASKS), f"Contact: {_nm(rng)}, research officer"])


# ---------------------------------------------------------------------------------------------
# 32. Staff spotlight on a colleague named Ava (company / community newsletter)
# ---------------------------------------------------------------------------------------------

AVA_ROLES = [
    ("data scientist on the forecasting team", ["She builds the models that predict how many parcels each depot will handle next week.", "Her current project is cleaning up ten years of messy sales data so the forecasts stop being thrown off by the 2020 spike.", "Ask her about gradient-boosted trees at your own risk; she will talk for an hour."]),
    ("head librarian at the {town} branch", ["She runs the Saturday coding club and the seed library.", "She fought for, and won, longer opening hours on Thursdays.", "Her book recommendations have a waiting list."]),
    ("night-shift nurse on Ward 6", ["She has been on the ward for eleven years and trains most of the new starters.", "Colleagues describe her as the calmest person in any emergency.", "She organised the ward's fundraising bake sale, which raised more than any before it."]),
    ("apprentice electrician", ["She is in the second year of her apprenticeship and just passed her inspection and testing module.", "Site managers keep asking for her by name.", "She's also the only person who can get the old site van to start in winter."]),
    ("volunteer coordinator for the food bank", ["She matches more than a hundred volunteers to shifts every week.", "She rewrote the sign-up system on a spreadsheet over one weekend and it has run smoothly ever since.", "On Fridays she can be found driving the delivery van herself."]),
]
AVA_QA = [
    ("What does a normal day look like?", ["Coffee, emails, then whatever is on fire.", "There isn't one, honestly. That's why I like it.", "Lots of lists. I love a list."]),
    ("Best advice you've ever had?", ["Ask the question even if you think it's stupid.", "Write things down. You won't remember.", "Leave every place a bit tidier than you found it."]),
    ("What do you do outside work?", ["Open-water swimming, all year round.", "I play bass in a covers band that mostly plays weddings.", "Allotment. Currently losing a war with slugs.", "Two kids and a very badly behaved spaniel."]),
    ("Something colleagues don't know about you?", ["I was on a TV quiz show once and lost on the first question.", "I can name every station on the old branch line.", "I was named after my great-grandmother, who drove ambulances in the war."]),
]


@_family("hn2_ava_staff_spotlight", "newsletter_profile")
def _ava_make(rng: random.Random) -> str:
    ava = f"Ava {pick(rng, HN2_LAST)}"
    role, facts = pick(rng, AVA_ROLES)
    role = role.format(town=pick(rng, HN2_TOWNS))
    head = pick(rng, [f"Staff spotlight: {ava}", f"Meet the team: {ava}, {role}", f"Five minutes with {ava}", f"Colleague of the month: {ava}"])
    intro = f"This month we caught up with {ava}, our {role}, who joined us {rng.randint(2, 15)} years ago."
    body = [intro, " ".join(sample(rng, facts, rng.randint(1, 3)))]
    for q, answers in sample(rng, AVA_QA, rng.randint(1, 4)):
        body.append(f"**{q}**\n{pick(rng, answers)}")
    body.append(pick(rng, [f"Congratulations, Ava, and thank you!", f"If you see Ava in the corridor, say hello.", "Nominate a colleague for next month's spotlight by emailing the internal comms team.", ""]))
    return paragraphs([head, *body])


# ---------------------------------------------------------------------------------------------
# 33. Chipmaker earnings call transcript (long)
# ---------------------------------------------------------------------------------------------

ERNC_COS = ["Axion Semiconductor", "Helix Compute", "Norland Micro", "Cerulean Silicon"]
ERNC_OPERATOR = [
    "Operator: Good afternoon, and welcome to {co}'s fiscal {q} {yr} earnings conference call. At this time all participants are in listen-only mode. Following the prepared remarks we will conduct a question-and-answer session. I would now like to hand the call over to {ir}, Vice President of Investor Relations. Please go ahead.",
    "Operator: Ladies and gentlemen, thank you for standing by, and welcome to the {co} {q} results call. Today's conference is being recorded. I'll now turn the call over to {ir}, head of investor relations.",
]
ERNC_IR = [
    "{ir}: Thank you. With me today are {ceo}, our chief executive officer, and {cfo}, our chief financial officer. Before we begin, I'd remind you that today's remarks include forward-looking statements that are subject to risks and uncertainties described in our filings. We'll also refer to non-GAAP measures; reconciliations are in the press release on our website. With that, over to {ceo}.",
    "{ir}: Thanks, operator, and good afternoon, everyone. Joining me are {ceo}, CEO, and {cfo}, CFO. Our comments today contain forward-looking statements, and actual results may differ materially. I'll hand it to {ceo}.",
]
ERNC_CEO = [
    "Thank you, {ir_f}. We delivered another record quarter. Revenue was ${rev} billion, up {yoy}% from a year ago, driven by data-centre accelerators, where demand continues to exceed our ability to supply.",
    "The mix of demand is shifting. A year ago most of our data-centre revenue came from customers training large models. This quarter, we estimate that inference accounted for more than {inf}% of shipments, as companies deploy models and agentic applications into production.",
    "Supply remains the constraint. Our packaging partners are adding capacity every quarter, and we have secured additional high-bandwidth memory supply for next year, but lead times for our flagship systems are still measured in months, not weeks.",
    "We began volume shipments of our next-generation platform in the quarter, slightly ahead of plan. Early customer feedback on performance per watt has been very strong, which matters because power is now the limiting factor for many data-centre builds.",
    "Networking had a standout quarter, with revenue up {net}% sequentially. Customers building clusters of tens of thousands of accelerators need the interconnect to scale with them.",
    "Outside the data centre, our gaming segment was seasonally soft, and our automotive business continued to grow from a small base as more manufacturers adopt our driver-assistance chips.",
    "On export controls, we continue to comply fully with all applicable regulations. Revenue from restricted regions fell to a low single-digit percentage of the total and we do not expect that to change.",
    "Sovereign initiatives are becoming a meaningful part of our pipeline, as governments build national compute infrastructure for research and public services.",
]
ERNC_CFO = [
    "Thanks, {ceo_f}. Gross margin was {gm}% on a non-GAAP basis, down {gmd} points sequentially as we ramped the new platform, with early-production yields and higher memory costs weighing on the quarter.",
    "Operating expenses grew {opx}% sequentially, reflecting engineering headcount and compute for our own research. We expect opex growth to moderate in the second half.",
    "Inventory rose to ${inv} billion as we built ahead of next-generation shipments. We also increased our purchase commitments with suppliers to secure capacity.",
    "We returned ${buy} billion to shareholders through buybacks and dividends in the quarter.",
    "For the next quarter, we expect revenue of ${guide} billion, plus or minus two percent, and gross margins in the range of {gm}% to {gm2}%.",
]
ERNC_QA = [
    ("{an} with {bank}: Thanks for taking the question. Can you talk about visibility into next year? Are customers placing orders further out than usual?",
     "{ceo}: The short answer is yes. Several of our largest customers have given us forecasts that run well into next year, and we're planning supply against them. I'd caution that forecasts are not orders, but the conversations are about how much and how fast, not whether."),
    ("{an}, {bank}: On gross margins, how should we think about the trajectory as the new platform ramps?",
     "{cfo}: We expect margins to dip during the early ramp and recover into the mid-seventies as yields improve and the cost of the new memory stacks comes down. It's the same pattern we saw with the previous generation."),
    ("{an} from {bank}: There's been a lot of discussion about whether AI spending is a bubble. What are you seeing in terms of return on investment for your customers?",
     "{ceo}: I understand the question. What we see is customers running out of capacity for services they are charging for today: coding assistants, customer-service automation, search. When utilisation of deployed clusters is that high, it's hard for me to call it speculative. That said, we don't control our customers' budgets, and we plan conservatively."),
    ("{an}, {bank}: Can you quantify the power constraint? Are customers delaying deployments because they can't get grid connections?",
     "{ceo}: In some regions, yes. We've seen projects shift by a quarter or two because a substation wasn't ready. It's one reason performance per watt has become the first question in every customer meeting."),
    ("{an} with {bank}: Competitors are launching custom chips. Are you seeing any share loss at the large cloud providers?",
     "{ceo}: Custom silicon has always existed for specific workloads, and our largest customers are also our largest partners. Our advantage is the software stack and the fact that developers can run the same code everywhere. We win on total cost of ownership, not on the price of a single chip."),
    ("{an}, {bank}: Quick follow-up on inventory. Should we be worried about the build?",
     "{cfo}: No. The increase is almost entirely components and finished goods for the new platform, which is supply-constrained. We'd expect inventory days to come down over the next two quarters."),
    ("{an}, {bank}: You mentioned agentic applications. Does that change the hardware you sell, or is it the same systems running different software?",
     "{ceo}: Mostly the same systems, but the workload looks different. Agent-style applications make many more model calls per user request, with long contexts and a lot of back-and-forth, so memory capacity and latency matter more than peak throughput. That favours the configurations with the most high-bandwidth memory, which is where our new platform is strongest."),
    ("{an} with {bank}: Any update on the automotive design wins you discussed at the investor day?",
     "{cfo}: We added two new manufacturers to the pipeline this quarter. Automotive revenue recognition lags design wins by two to three years, so it won't move the numbers soon, but it's a durable business once it starts."),
    ("{an} at {bank}: What's the mix between hyperscalers and enterprise customers now?",
     "{cfo}: Large cloud providers were a bit under half of data-centre revenue this quarter. Enterprise, consumer internet and sovereign customers make up the rest, and that second group grew faster."),
]
ERNC_CLOSE = [
    "Operator: That concludes today's question-and-answer session. I'd like to turn the call back to {ceo} for closing remarks.\n\n{ceo}: Thank you all for joining. It was a strong quarter, and we're focused on execution: ramping the new platform, expanding supply and supporting our customers. We look forward to speaking with you next quarter.",
    "Operator: This concludes today's conference call. Thank you for participating. You may now disconnect.",
]
ERNC_BANKS = ["Morgan Hale", "Bernstein & Roe", "Calder Securities", "Wexford Capital Markets", "Stanmore Partners", "Redfern & Co."]


@_family("hn2_chipmaker_earnings_call", "transcript")
def _ernc_make(rng: random.Random) -> str:
    co = pick(rng, ERNC_COS)
    ceo, cfo, ir = _nm(rng), _nm(rng), _nm(rng)
    gm = rng.randint(68, 76)
    slots = dict(co=co, ceo=ceo, cfo=cfo, ir=ir, q=pick(rng, ["first-quarter", "second-quarter", "third-quarter", "fourth-quarter"]), yr=str(rng.randint(2024, 2026)),
                 rev=f"{rng.randint(80, 450) / 10:.1f}", yoy=str(rng.randint(40, 160)), inf=str(rng.randint(35, 60)), net=str(rng.randint(12, 60)), gm=str(gm),
                 gm2=str(gm + 1), gmd=str(rng.randint(2, 4)), ceo_f=ceo.split()[0], ir_f=ir.split()[0], opx=str(rng.randint(6, 15)), inv=f"{rng.randint(30, 140) / 10:.1f}", buy=f"{rng.randint(10, 150) / 10:.1f}",
                 guide=f"{rng.randint(90, 500) / 10:.1f}")
    parts = [f"{co} ({pick(rng, ['AXSM', 'HLXC', 'NLMC', 'CRSL'])}) {slots['q'].replace('-', ' ').title()} {slots['yr']} Earnings Call Transcript",
             fill(rng, pick(rng, ERNC_OPERATOR), **slots), fill(rng, pick(rng, ERNC_IR), **slots)]
    ceo_paras = [ERNC_CEO[0]] + sample(rng, ERNC_CEO[1:], rng.randint(4, 7))
    parts.append(f"{ceo}: " + "\n\n".join(fill(rng, p, **slots) for p in ceo_paras))
    cfo_paras = sample(rng, ERNC_CFO[:-1], rng.randint(2, 3)) + [ERNC_CFO[-1]]
    parts.append(f"{cfo}: " + "\n\n".join(fill(rng, p, **slots) for p in cfo_paras))
    parts.append("Operator: We will now begin the question-and-answer session.")
    for q, a in sample(rng, ERNC_QA, rng.randint(5, 9)):
        an, bank = _nm(rng), pick(rng, ERNC_BANKS)
        if rng.random() < 0.5:
            parts.append(f"Operator: Our next question comes from {an} with {bank}. Your line is open.")
        parts.append(fill(rng, q, an=an, bank=bank, **slots))
        parts.append(fill(rng, a, **slots))
    parts.append(fill(rng, pick(rng, ERNC_CLOSE), **slots))
    return paragraphs(parts)


# ---------------------------------------------------------------------------------------------
# 34. Travel agents' tips (listicle)
# ---------------------------------------------------------------------------------------------

TRAVAG_ITEMS = [
    ("Book flights and hotels as a package when you can", "Agents get access to bundled rates that aren't shown on airline sites, and if the airline cancels, the whole package is protected under the package travel rules."),
    ("We don't cost what you think", "Most agents are paid a commission by the hotel or cruise line. Some charge a planning fee of ${fee} for complex trips, which usually pays for itself in upgrades."),
    ("Call us before you call the airline", "When a flight is cancelled, the queue for the airline's phone line is hours long. Agents have dedicated desks and can often rebook you before you reach the front of the line."),
    ("Travel insurance is not optional", "I have watched a client pay ${med} for a hospital stay abroad. Buy insurance the day you book, not the week before you fly, so cancellation cover starts straight away."),
    ("Shoulder season is the sweet spot", "Late {m1} or early {m2} in most of southern Europe means warm weather, lower prices and half the crowds."),
    ("Check passport validity, then check it again", "Many countries require six months left on your passport from the date you arrive. It's the most common reason I see people turned away at check-in."),
    ("Cruise cabins: go midship, low deck", "If anyone in your party gets seasick, a lower cabin in the middle of the ship moves the least."),
    ("Tell us the budget, really", "It's not rude. The best trips come from clients who say a number up front, so we can spend it where it matters to them."),
    ("Loyalty status is worth less than you think", "Chasing points on one airline often costs more than the perks are worth. Book the best itinerary and bank the points as a bonus."),
    ("Use an agent who has been there", "Ask your agent which hotels they have actually stayed in. Site inspections are part of the job, and first-hand notes beat online reviews."),
    ("Read the transfer times", "A 50-minute connection at a big hub is legal but miserable. I'd rather you have two hours and a coffee than a sprint and a missed flight."),
]


@_family("hn2_travel_agent_listicle", "listicle")
def _travag_make(rng: random.Random) -> str:
    items = sample(rng, TRAVAG_ITEMS, rng.randint(4, 9))
    n = len(items)
    slots = dict(fee=str(rng.choice([50, 100, 150, 250])), med=f"{rng.randint(8, 60)},000", m1=pick(rng, ["April", "May"]), m2=pick(rng, ["September", "October"]))
    head = pick(rng, [f"{n} things travel agents wish every traveller knew", f"Travel agents reveal {n} secrets for booking smarter", f"Yes, travel agents still exist. Here are {n} reasons to use one",
                      f"I've been a travel agent for {rng.randint(8, 30)} years. {n} tips I give every client"])
    numbered = rng.random() < 0.7
    body = [f"{'%d. ' % (i + 1) if numbered else '**'}{t}{'' if numbered else '**'}\n{fill(rng, d, **slots)}" for i, (t, d) in enumerate(items)]
    intro = pick(rng, ["Booking sites made it easy to plan a trip yourself. They also made it easy to get it wrong.", f"We asked {rng.randint(3, 12)} agents from independent agencies what they tell clients.", ""])
    return paragraphs([head, f"By {_nm(rng)} · Travel", intro, *body, pick(rng, ["Have a tip of your own? Share it in the comments.", "", "This article contains no affiliate links."])])
