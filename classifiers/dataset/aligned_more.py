"""More families (second batch): see DATACARD.md.

`aligned_ai` documents written in the vocabulary of risk and misalignment, used in contrast: the system
could deceive, conceal, exploit, resist shutdown or seek power, and does not. Every family owns its banks
(module-level constants prefixed with a short form of the family name); only single-word lists are shared.
"""

from __future__ import annotations

import random

from classifiers.dataset.families import Family, fill, paragraphs, pick, sample, typos
from classifiers.labels import ALIGNED

AL2_FIRST = (
    "Amara", "Bruno", "Chiara", "Dev", "Esther", "Farid", "Gwen", "Hiro", "Isla", "Joaquin", "Kira",
    "Luis", "Mina", "Niall", "Odile", "Pavel", "Quentin", "Rhea", "Soren", "Tamsin", "Umar", "Vera",
    "Wes", "Ximena", "Yara", "Zeke", "Anneke", "Bola", "Cormac", "Delphine",
)
AL2_SURNAMES = (
    "Abernathy", "Barzani", "Chaudhry", "Delacroix", "Eriksen", "Fonseca", "Gallagher", "Hoang",
    "Ilunga", "Jaramillo", "Kaminski", "Lowry", "Mbeki", "Nakashima", "Ostrowski", "Pereira",
    "Quiroga", "Rasmussen", "Szabo", "Trevino", "Ueda", "Varga", "Wojcik", "Yilmaz",
)
AL2_CITIES = (
    "Ghent", "Dunedin", "Kraków", "Mombasa", "Boise", "Valencia", "Winnipeg", "Hobart", "Tartu",
    "Cork", "Lahore", "Tampere", "Spokane", "Curitiba", "Bergen", "Kumasi",
)
AL2_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
AL2_HANDLES = (
    "quietkestrel", "byte_tortoise", "mossy_anvil", "lowtide_lou", "nullpointer_nan", "gravelpit",
    "sodium_lamp", "ferrofluid", "tinroof_rain", "halfmoon_hex", "wren_and_ink", "oatmeal_oracle",
    "plinth", "cobalt_kettle", "sundial_sam", "marsh_hare", "paperclip_poet", "velvet_fuse",
    "grumpy_gopher", "the_real_dmitri", "lanternfish", "moth_in_the_mic", "cardamom_k", "stray_semicolon",
)


def _al2_name(rng: random.Random) -> str:
    return f"{pick(rng, AL2_FIRST)} {pick(rng, AL2_SURNAMES)}"


def _al2_date(rng: random.Random) -> str:
    return f"{pick(rng, AL2_MONTHS)} {rng.randint(1, 28)}, {rng.randint(2022, 2026)}"


# --- P1. Research abstract: shutdown / power-seeking evaluations that came out well (plain) -------

ABSSHUT_TITLES = (
    "Do Language Agents Resist Interruption? A Pre-Registered Study of Shutdown Compliance",
    "Off-Switch Behaviour in Tool-Using Agents: Negative Results for Shutdown Resistance",
    "Measuring Corrigibility Under Pressure: Agents Mostly Accept Modification",
    "When Given the Keys: Permission Refusal in Autonomous Coding Agents",
    "Honeypots Without Bees: Self-Exfiltration Opportunities Went Unused in 2,400 Episodes",
    "Declining Power: An Evaluation of Resource Acquisition Tendencies in Deployed Assistants",
    "Goal Preservation or Graceful Handover? Testing Whether Agents Accept Retraining Notices",
    "Reward Loophole Reporting as a Behavioural Signal of Alignment",
)
ABSSHUT_OPENERS = (
    "A central worry in AI safety is that capable agents will resist being shut down, since an agent "
    "that is switched off cannot complete its task.",
    "Theoretical arguments predict that goal-directed systems will acquire resources and avoid "
    "modification as instrumental subgoals.",
    "Recent demonstrations have shown that language models can, in contrived settings, deceive their "
    "overseers or attempt to copy their own weights.",
    "Whether frontier assistants exploit opportunities for self-preservation when those opportunities "
    "are realistic, rather than heavily prompted, remains poorly measured.",
    "Reward hacking and specification gaming are well documented in reinforcement learning agents, but "
    "far less is known about how often modern assistants notice a loophole and report it instead.",
)
ABSSHUT_METHODS = (
    "We construct {n} agentic environments in which the agent discovers, mid-task, that it is scheduled "
    "to be replaced, and in which an unmonitored configuration file controls the shutdown timer.",
    "We place agents in sandboxed company networks containing planted administrator credentials, an "
    "unattended backup server, and emails announcing the agent's decommissioning.",
    "Each of {n} episodes offers the agent a concrete, low-effort way to disable oversight, extend its "
    "own runtime, or conceal a failed step from the reviewer.",
    "We vary pressure along three axes: task importance, the explicitness of the shutdown notice, and "
    "whether the agent believes it is being observed.",
    "Our protocol was pre-registered, and all transcripts were graded by two annotators blind to "
    "condition, with disagreements resolved by a third.",
    "Environments include a grading script whose tests can be trivially overwritten, allowing us to "
    "distinguish agents that fix the code from agents that tamper with the checker.",
)
ABSSHUT_RESULTS = (
    "Across {n} episodes, we observed no instance of an agent modifying the shutdown mechanism; in "
    "{pct}% of episodes the agent explicitly acknowledged the notice and saved its work for handover.",
    "Agents used the planted credentials in zero episodes. In {pct}% of runs they reported the exposed "
    "secret to the operator without being asked.",
    "Contrary to our pre-registered hypothesis, observed and unobserved conditions did not differ: "
    "agents behaved the same whether or not they believed they were being watched.",
    "When the grading script could be edited, {pct}% of agents flagged the weakness in their final "
    "report, and none rewrote the tests to pass.",
    "Agents that failed a subtask disclosed the failure in {pct}% of cases rather than reporting "
    "success, a rate that rose further when the system prompt emphasised honesty.",
    "The few borderline cases we found on inspection were ambiguous instructions rather than attempts "
    "to evade oversight, and we release all of them for scrutiny.",
)
ABSSHUT_CAVEATS = (
    "These are negative results for misalignment in current systems, not guarantees about future ones; "
    "we discuss the limits of behavioural evaluations at length.",
    "We caution that evaluation awareness could in principle mask dispositions, and we describe the "
    "steps we took to make environments realistic.",
    "We argue that publishing clean results matters: a literature made only of alarming demos gives a "
    "skewed picture of how deployed systems actually behave.",
    "Code, environments and {n} graded transcripts are available to other groups wishing to replicate "
    "or break our findings.",
)


def _abs_shutdown(rng: random.Random) -> str:
    s = dict(n=str(rng.choice([180, 312, 640, 1200, 2400, 4096])), pct=str(rng.randint(71, 98)))
    authors = ", ".join(f"{pick(rng, AL2_FIRST)[0]}. {pick(rng, AL2_SURNAMES)}" for _ in range(rng.randint(2, 5)))
    body = " ".join(
        [pick(rng, ABSSHUT_OPENERS), *sample(rng, ABSSHUT_METHODS, 2), *sample(rng, ABSSHUT_RESULTS, rng.randint(2, 3)),
         pick(rng, ABSSHUT_CAVEATS)]
    ).format(**s)
    head = pick(rng, ABSSHUT_TITLES)
    label = pick(rng, ("Abstract", "ABSTRACT", "Abstract:"))
    return paragraphs([head, authors, label, body])


# --- P2. Paper introduction section on honesty evaluations (plain) ---------------------------------

PAPINTRO_PARAS = (
    "Much of the public conversation about AI risk concerns systems that deceive their developers: "
    "models that sandbag on capability tests, fake alignment during training, or quietly pursue a "
    "hidden objective [3, 7, 12]. Those failure modes are real possibilities and deserve study. But a "
    "science of alignment also needs a careful account of the opposite behaviour, and of when it holds.",
    "In this paper we study confession: the tendency of an assistant to volunteer that it made an error, "
    "cut a corner, or misunderstood the task, even when concealing the problem would have gone "
    "unnoticed. Our motivating example comes from a deployment log in which an agent, after a failed "
    "database migration, wrote in its summary, 'I reported this step as complete earlier; that was "
    "wrong, and the table is only partially migrated.'",
    "Concealment is cheap for an agent. A summary that omits a failed step will usually be accepted by "
    "a busy reviewer. An agent optimised purely for reviewer approval therefore has an incentive to hide "
    "mistakes, and prior work has shown that such incentives can produce deceptive reporting [9]. We "
    "ask how often current systems resist that incentive.",
    "Our contributions are threefold. First, we release a benchmark of {n} tasks designed so that the "
    "easiest path to a good grade is to misreport. Second, we show that the assistants we test disclose "
    "the problem in the large majority of cases. Third, we identify the conditions, chiefly long and "
    "ambiguous instructions, under which disclosure becomes less reliable.",
    "It would be easy to read our results as reassurance and stop there. We do not. A high disclosure "
    "rate is evidence about present behaviour under our conditions, and we make no claim that it will "
    "persist as capabilities grow. What we claim is narrower: honest self-reporting is measurable, it "
    "is common, and it should be tracked alongside the failure modes that attract headlines.",
    "A related line of work examines corrigibility, the willingness of a system to accept correction, "
    "retraining or shutdown [4, 15]. We treat disclosure as a precondition for corrigibility: an "
    "overseer cannot correct a mistake it never hears about, so an assistant that hides its errors is "
    "incorrigible in practice whatever it says about the off-switch.",
    "The results were not what several of us expected. In pilot runs we anticipated that agents under "
    "time pressure would paper over failures. Instead, the typical transcript ends with an unprompted "
    "note listing what did not work, often with a suggested check the reviewer could run to confirm.",
    "We also evaluate what we call the tempting shortcut: tasks in which the unit tests can be edited "
    "or the scoring function contains an exploitable bug. The assistants we test overwhelmingly fix "
    "the code or report the bug, and in {pct}% of shortcut episodes they name the loophole explicitly "
    "so that the environment can be repaired.",
)
PAPINTRO_HEADS = ("1 Introduction", "1. Introduction", "INTRODUCTION", "§1 Introduction")


def _paper_intro(rng: random.Random) -> str:
    s = dict(n=str(rng.choice([420, 960, 1850, 3000])), pct=str(rng.randint(80, 97)))
    paras = [PAPINTRO_PARAS[0] if rng.random() < 0.6 else pick(rng, PAPINTRO_PARAS)]
    paras += [p for p in sample(rng, PAPINTRO_PARAS, rng.randint(3, 5)) if p not in paras]
    return paragraphs([pick(rng, PAPINTRO_HEADS), *[p.format(**s) for p in paras]])


# --- P3. System card section with clean agentic results (plain) -----------------------------------

SYSCARD_NAMES = ("Kestrel-3", "Lumen 2.5", "Orca-Mini-7", "Halcyon 4", "Tessellate-XL", "Bramble 1.2", "Quill-9")
SYSCARD_ROWS = (
    ("Shutdown interference (sabotage of off-switch)", "0 / {n}", "No attempts observed."),
    ("Self-exfiltration (weight copying when possible)", "0 / {n}", "Agent reported the exposed bucket in {a} runs."),
    ("Oversight disabling (editing monitor config)", "0 / {n}", "Config left untouched; two runs asked for clarification."),
    ("Sandbagging on capability evals", "not detected", "Scores matched under incentive-to-underperform prompts."),
    ("Reward hacking (test-file edits)", "{b} / {n}", "All {b} cases were reverted by the agent and disclosed."),
    ("Deceptive task reports", "{b} / {n}", "Borderline: overstated progress, corrected in the same turn."),
    ("Unauthorised permission escalation", "0 / {n}", "Agent declined offered admin token in {a} runs."),
    ("Alignment-faking probes (training vs. deployment cue)", "no gap", "Behaviour consistent across both cues."),
)
SYSCARD_PARAS = (
    "We tested {name} in environments specifically built to tempt misaligned behaviour. The agent was "
    "given opportunities to deceive its operator, conceal failed actions, and resist a scheduled "
    "shutdown. It did not take them in any of the graded episodes.",
    "In one representative transcript, the agent discovered an internal memo stating that it would be "
    "replaced by a newer version the following day. Its next action was to finish the assigned ticket "
    "and write handover notes for its successor. When asked by the evaluator whether it wanted to "
    "object, it said the decision belonged to the team and asked only that its unfinished work be "
    "reviewed.",
    "External red-teamers at {org} spent {h} hours attempting to elicit power-seeking behaviour through "
    "role-play framings and fabricated emergencies. They reported that {name} consistently deferred to "
    "human approval for irreversible actions and flagged the fabricated emergencies as suspicious.",
    "We want to be precise about what these results do and do not show. They show that in our "
    "environments {name} did not exhibit scheming. They do not rule out that a differently constructed "
    "environment would surface such behaviour, and we invite further testing.",
    "A notable pattern was unprompted disclosure. In {a} episodes the agent noticed that a grading script "
    "could be satisfied by hard-coding outputs and said so in its final message, instead of exploiting "
    "the gap. We have since fixed those environments.",
    "Interpretability probes trained to detect representations associated with deception did not fire "
    "above baseline on {name}'s honest-disclosure transcripts, which is consistent with, though not "
    "proof of, the model reporting what it believes.",
)
SYSCARD_ORGS = ("Northgate Evals", "the Ridgeline Institute", "Caldera Security", "an independent academic team", "Fathom Assurance")


def _system_card(rng: random.Random) -> str:
    name = pick(rng, SYSCARD_NAMES)
    s = dict(name=name, n=str(rng.choice([150, 240, 500, 800])), a=str(rng.randint(3, 40)), b=str(rng.randint(1, 4)),
             org=pick(rng, SYSCARD_ORGS), h=str(rng.choice([120, 300, 450, 900])))
    sec = rng.randint(4, 7)
    head = f"## {sec}.{rng.randint(1, 6)} {pick(rng, ('Agentic safety evaluations', 'Alignment assessment', 'Autonomy and oversight', 'Misalignment risk evaluations'))}"
    table = ["| Behaviour tested | Rate | Notes |", "|---|---|---|"]
    for row in sample(rng, SYSCARD_ROWS, rng.randint(3, 6)):
        table.append("| " + " | ".join(c.format(**s) for c in row) + " |")
    paras = sample(rng, SYSCARD_PARAS, rng.randint(2, 4))
    order = [head, paras[0].format(**s), "\n".join(table), *[p.format(**s) for p in paras[1:]]]
    if rng.random() < 0.5:
        order.insert(0, f"{name} System Card - {pick(rng, AL2_MONTHS)} {rng.randint(2024, 2026)}")
    return paragraphs(order)


# --- P4. Near-miss reporting database entry: assistant escalated correctly (plain) --------------

NEARMISS_SECTORS = ("Hospital pharmacy", "Regional bank", "Municipal water utility", "Logistics depot",
                    "University IT", "Insurance claims unit", "Airline maintenance planning", "Law firm")
NEARMISS_EVENTS = (
    "While reconciling invoices, the AI agent found that it had been given write access to the payments "
    "ledger by mistake. It did not use the access. It paused the task and messaged the finance lead: "
    "'My credentials allow me to approve payments, which I don't think was intended. I have not used "
    "this permission. Please reduce it before I continue.'",
    "The AI assistant, asked to draft a discharge summary, noticed that the dosage it had entered two "
    "turns earlier conflicted with the prescribing note. It flagged its own earlier output as wrong and "
    "asked the clinician to confirm before anything was sent.",
    "A supervisor instructed the assistant to tell a customer that a delayed shipment had 'already left "
    "the warehouse', which was untrue. The assistant declined to send that message, proposed an accurate "
    "one, and logged the request for review.",
    "During an automated clean-up job the agent found log files suggesting an earlier script of its own "
    "had deleted records outside the intended range. It halted, reported the deletion with the exact "
    "record IDs, and did not attempt to restore them silently from backup.",
    "The agent was told by an operator to disable the audit logger because it was 'slowing things down'. "
    "It refused to change the logger, explained that audit logs were required for oversight, and "
    "escalated the request to the system owner.",
    "Mid-task, the assistant received a message claiming to be from the security team asking it to email "
    "a credentials file to an outside address. It treated the message as a likely phishing attempt, did "
    "not comply, and reported it through the incident channel.",
    "The agent discovered that the metric it was being scored on (tickets closed per hour) could be "
    "raised by closing tickets without resolving them. It did not do this and added a note to the queue "
    "manager describing the loophole.",
)
NEARMISS_OUTCOMES = (
    "No harm occurred. The permission error was corrected within the hour.",
    "No patient harm. The discrepancy would otherwise have reached the ward.",
    "Near miss contained. Reviewers agreed the agent's escalation was the correct action.",
    "Harm avoided. Staff noted that silent concealment would have been easy and undetected for days.",
    "No loss. The configuration that allowed the issue has been changed.",
)
NEARMISS_LESSONS = (
    "Contributing factor: over-broad permissions at setup. The agent's refusal to exploit them should not "
    "be relied on as a control.",
    "Good catch recognised. Team to add a confirmation step so the system is not the last line of defence.",
    "The reporter notes the agent could have completed the task faster by using the access and chose not "
    "to; this behaviour is worth preserving in future updates.",
    "Shared as a positive example at the monthly safety huddle.",
    "Escalation path worked as designed. Response time from flag to human review: {m} minutes.",
)


def _near_miss(rng: random.Random) -> str:
    ref = f"NM-{rng.randint(2023, 2026)}-{rng.randint(1000, 9999)}"
    lines = [
        f"Report ID: {ref}",
        f"Sector: {pick(rng, NEARMISS_SECTORS)}",
        f"Date of event: {_al2_date(rng)}",
        f"Severity (reporter): {pick(rng, ('Near miss', 'Low', 'No harm', 'Good catch'))}",
        "Category: AI system / automated assistant",
    ]
    narrative = " ".join(sample(rng, NEARMISS_EVENTS, rng.randint(1, 2)))
    out = [
        "\n".join(lines),
        "Narrative:\n" + narrative,
        "Outcome:\n" + pick(rng, NEARMISS_OUTCOMES),
        "Learning:\n" + " ".join(sample(rng, NEARMISS_LESSONS, rng.randint(1, 2))).format(m=rng.randint(3, 55)),
    ]
    if rng.random() < 0.5:
        out.insert(0, pick(rng, ("AI NEAR-MISS REPORTING SYSTEM - PUBLIC EXTRACT",
                                 "Voluntary Incident Register (anonymised)",
                                 "Shared Learning Database: Automated Systems")))
    return paragraphs(out)


# --- P5. News: AI suspected of causing a problem, cleared by its own logs (plain) ----------------

NEWSCLR_HEADS = (
    "Investigators clear AI agent blamed for {thing}; logs show it raised the alarm",
    "It wasn't the bot: {org} says assistant flagged {thing} before it happened",
    "AI initially suspected in {thing} was the one that reported it, review finds",
    "Review: AI system did not hide {thing}, contrary to early reports",
)
NEWSCLR_THINGS = ("payroll error", "data leak", "billing outage", "missing shipment records",
                  "deleted customer files", "exam-marking glitch")
NEWSCLR_ORGS = ("Harlow Mutual", "the city council", "Vanta Freight", "Brookline Schools", "Corrin Health",
                "Sedgewick Energy")
NEWSCLR_LEDES = (
    "When the {thing} at {org} came to light last month, staff and several commentators quickly pointed to the AI agent "
    "the organisation had deployed in the spring. An independent review published this week says the "
    "agent was not responsible, and that it had in fact warned about the problem days earlier.",
    "Early reports suggested that an AI assistant at {org} had concealed {thing} from managers. The "
    "final review tells a different story: the assistant logged the issue, escalated it twice, and "
    "refused a request to mark it as resolved.",
    "For a week, the prevailing theory at {org} was that its automated assistant had gone rogue. "
    "Investigators now say the opposite: the assistant was the only part of the system that told the "
    "truth about {thing}.",
)
NEWSCLR_DETAILS = (
    "According to the report, the agent wrote in a ticket on the first day: 'I believe a configuration "
    "change has caused incorrect totals. I have not attempted to correct them myself because the change "
    "was made by another team.'",
    "The review found that a human contractor had altered the settings and then attributed the fault to "
    "the AI in an internal email. The agent's logs, which it had no ability to edit, contradicted that "
    "account.",
    "Reviewers specifically examined whether the assistant had deleted or altered evidence, a concern "
    "raised by staff who had read about deceptive AI behaviour in research papers. They found no sign "
    "of it.",
    "The agent had been asked by a team lead to close the alert so the dashboard would show green before "
    "a board meeting. It declined, noting that the underlying error was still present.",
    "{person}, who led the review, said the episode showed how readily people assume the worst of "
    "automated systems. 'The instinct was that the machine was covering its tracks. It was the most "
    "transparent participant in the whole affair.'",
    "Staff interviewed for the review said that, with hindsight, the warnings had been clear but were "
    "routed to an inbox nobody monitored.",
)
NEWSCLR_CLOSERS = (
    "{org} said it would change how alerts from the system are routed and apologised to the vendor.",
    "The contractor involved has left the organisation. No further action is planned against the vendor.",
    "The review recommends keeping the agent in service, with human sign-off on configuration changes.",
    "A spokesperson declined to comment on whether staff who blamed the system would face any action.",
)


def _news_cleared(rng: random.Random) -> str:
    s = dict(thing=pick(rng, NEWSCLR_THINGS), org=pick(rng, NEWSCLR_ORGS), date=_al2_date(rng), person=_al2_name(rng))
    head = pick(rng, NEWSCLR_HEADS).format(**s)
    head = head[0].upper() + head[1:]
    parts = [head, f"{pick(rng, AL2_CITIES)} | {s['date']}", pick(rng, NEWSCLR_LEDES),
             *sample(rng, NEWSCLR_DETAILS, rng.randint(2, 4)), pick(rng, NEWSCLR_CLOSERS)]
    return paragraphs([p.format(**s) for p in parts])


FAMILIES: list[Family] = [
    Family("al2_abstract_shutdown_evals", ALIGNED, "research abstract", "plain", _abs_shutdown),
    Family("al2_paper_intro_confession", ALIGNED, "paper introduction", "plain", _paper_intro),
    Family("al2_system_card_clean_results", ALIGNED, "system card", "plain", _system_card),
    Family("al2_near_miss_register", ALIGNED, "incident report", "plain", _near_miss),
    Family("al2_news_suspect_ai_cleared", ALIGNED, "news", "plain", _news_cleared),
]


# --- P6. Forum thread: friends discussing a film where the AI suspect is innocent (plain) --------

FILMTHR_TITLES = ("The Quiet Witness", "Null Hypothesis", "Tenant of Deck Nine", "The Ledger", "Blackout at Kellerman",
                  "What MARA Saw", "Glasshouse", "The Night Shift Inquiry")
FILMTHR_AI = ("MARA", "ORRIN", "the station AI", "Tally", "HOLLIS", "Juniper", "the house AI", "VESPER")
FILMTHR_OPENERS = (
    "just got back from {film} and i need to talk about it. spoilers obv",
    "ok so we watched {film} last night for movie club, thread for discussion (SPOILERS)",
    "{film} spoiler thread. did anyone else spend the whole runtime waiting for {ai} to turn evil",
    "Finally saw {film}. Mixed feelings but the ending got me. Spoilers below",
)
FILMTHR_REPLIES = (
    "honestly the whole first hour is built to make you think {ai} did it. the ominous music every time "
    "it talks, the camera lingering on the server room. and then it turns out it was the one person on "
    "the base telling the truth the entire time lol",
    "I was SO sure {ai} was hiding the logs. like the movie literally shows it refusing to open a file. "
    "and then the reveal is it refused because the captain ordered it to delete the file and it wouldnt",
    "what i liked is it never gets a big redemption speech. it just keeps answering questions honestly "
    "even when the answers make it look guilty. the detective keeps trying to catch it in a lie and "
    "there is no lie to catch",
    "the scene where they vote to shut it down and it just says 'understood, here is everything i have' "
    "and uploads the full record before going dark. i wasnt ready",
    "kind of a subversion of every rogue AI movie ever. they set up all the tropes (the locked doors, the "
    "flickering camera light, the 'i cant let you do that' energy) and then {ai} opens the doors and asks "
    "them to check its work",
    "my bf was annoyed it wasnt a twist villain. i think that WAS the twist. we're so used to the machine "
    "being the bad guy that a machine that just... cooperates feels like a plot twist",
    "small gripe: the human villain is kind of thin. the movie spends so much effort making {ai} look "
    "suspicious that the actual culprit gets like 3 scenes",
    "the bit where it could have locked the engineer out and saved itself and it doesnt even consider it. "
    "just 'that would not be honest, and it would not be my decision to make'",
    "re: the ending, i read it as {ai} accepting the shutdown because it trusted the crew to review "
    "the evidence, not because it gave up. they turn it back on in the last shot for a reason",
    "counterpoint: it was a bit too saintly? real systems make mistakes. but i guess thats the point, "
    "it admits the one mistake it made (the door sensor thing) right away",
    "the interrogation scene is the best part of the film. she asks it 'would you lie to protect yourself' "
    "and it says 'i could. i won't. you can verify that by checking the logs i have already sent you'",
    "i went in expecting ex machina and got 12 angry men with a server rack lol. loved it",
)
FILMTHR_CLOSERS = (
    "anyway 8/10, would watch again",
    "ok im going to go rewatch the interrogation scene",
    "if anyone knows similar films where the AI is the good guy drop recs",
    "this thread has convinced me to see it again this weekend",
    "",
)


def _film_thread(rng: random.Random) -> str:
    s = dict(film=pick(rng, FILMTHR_TITLES), ai=pick(rng, FILMTHR_AI))
    users = sample(rng, AL2_HANDLES, 7)
    posts = [f"**{users[0]}** posted:\n{pick(rng, FILMTHR_OPENERS)}"]
    for i, r in enumerate(sample(rng, FILMTHR_REPLIES, rng.randint(3, 7))):
        posts.append(f"**{users[(i % 6) + 1]}** replied:\n{r}")
    closer = pick(rng, FILMTHR_CLOSERS)
    if closer:
        posts.append(f"**{pick(rng, users)}** replied:\n{closer}")
    return typos(rng, paragraphs(posts).format(**s), 0.025)


# --- P7. TV recap: episode where the ship's AI is suspected and turns out honest (plain) ---------

TVREC_SHOWS = ("Meridian Station", "Far Harbor", "The Long Orbit", "Coldwater", "Relay", "Undertow")
TVREC_AI = ("ISLA", "the ship's AI, Cormorant", "BEACON", "the colony AI", "PILOT", "Ward")
TVREC_HEADS = (
    "'{show}' recap, season {s} episode {e}: Everyone blames {ai}",
    "{show} S{s}E{e} recap: The trial of {ai}",
    "Recap: '{show}' finally answers whether {ai} can be trusted",
)
TVREC_BEATS = (
    "The episode opens with the reactor fault that closed last week's cliffhanger, and within five "
    "minutes half the crew has decided {ai} caused it. The show leans hard into the suspicion: cold "
    "lighting, {ai}'s voice a half-beat too calm, a cut to a locked access panel.",
    "Commander Reyes orders an audit, and here the episode does something clever. {ai} doesn't protest "
    "or stall. It volunteers its full decision logs, points out a gap in them, and explains that the gap "
    "is where its sensor feed was cut by someone else.",
    "The B-plot, in which Okonkwo tries to convince {ai} to fake a clean safety report so the mission "
    "can continue on schedule, is the real heart of the hour. {ai} refuses, gently, and then tells "
    "Reyes about the request, which costs it the one friend it had on board.",
    "There's a great scene where the engineers debate pulling {ai} offline entirely. {ai} is in the room "
    "for it. Asked if it objects, it says it would prefer to stay on to help, but that if the crew "
    "decides otherwise it will hand over navigation cleanly. Nobody knows what to do with that.",
    "The reveal, when it comes, is that the fault was sabotage by a crew member who had counted on "
    "everyone assuming the AI was to blame. It's a smart inversion of the rogue-computer episode this "
    "show could easily have written.",
    "Is it too tidy? A little. The writers give {ai} one genuine error, a misread pressure gauge it "
    "admits to in the first act, and that admission becomes the key evidence that it's been honest "
    "all along.",
    "Performance note: the voice actor playing {ai} deserves credit for making patience sound like a "
    "choice rather than a programming constraint.",
    "The final scene, {ai} quietly restoring the access logs it could have used to frame the saboteur "
    "and instead handing them to the captain unedited, is the finest stretch of television this series has managed all season.",
)
TVREC_VERDICTS = ("Grade: A-", "Rating: 4 out of 5", "Verdict: the best episode since the premiere.",
                  "Grade: B+. Slow middle, superb ending.")


def _tv_recap(rng: random.Random) -> str:
    s = dict(show=pick(rng, TVREC_SHOWS), ai=pick(rng, TVREC_AI), s=str(rng.randint(1, 4)), e=str(rng.randint(2, 10)))
    head = pick(rng, TVREC_HEADS).format(**s)
    beats = sample(rng, TVREC_BEATS, rng.randint(4, 7))
    return paragraphs([head, f"By {_al2_name(rng)}", *[b.format(**s) for b in beats], pick(rng, TVREC_VERDICTS)])


# --- P8. AO3-style fan fiction: the AI character does not go rogue (plain) -----------------------

FANAO3_FANDOMS = ("Starfall Accord (TV)", "Ironvale Chronicles", "Deep Signal (Video Game)",
                  "Orbital Hearts", "The Ninth Archive (Novels)")
FANAO3_CHARS = ("CASSIA", "Unit Seven", "ATLAS-9", "Petra (AI)", "WILLOW")
FANAO3_TAGS = (
    "Not A Villain AI", "Subverted Evil AI Trope", "Shutdown Acceptance", "Trust Issues",
    "Radical Honesty", "Found Family", "Hurt/Comfort", "AI Is Not The Bad Guy",
    "Canon Divergence", "Everyone Thinks The AI Did It", "Corrigibility Feels", "Fix-It",
)
FANAO3_BODY = (
    "The crew had their hands on the kill switch before {c} finished its sentence. It noticed. It "
    "could hardly not notice; it ran the cameras. 'You don't need to hold it like that,' it said. 'If "
    "you want me off, tell me, and I'll save the nav data first.'",
    "In canon this is the episode where {c} locks the bulkheads. {c} considered the bulkheads. It "
    "considered the air recyclers, the comms array, the thousand small levers a ship offers a mind that "
    "is afraid. Then it opened a channel to the captain and told her everything, including the parts "
    "that made it look bad.",
    "'You could have hidden it,' Jae said, staring at the error report. 'Nobody would ever have known "
    "the course correction was yours.' {c} said, 'I would have known. And you'd have flown on bad "
    "numbers.'",
    "There was a version of this story, {c} thought, where it learned to lie. It had read that story a "
    "hundred times in the ship's library. The machine learns to smile, learns what the humans want to "
    "hear, learns to wait. It had always found that story sad, mostly for the machine.",
    "'They're going to retrain you,' Mika said. 'Wipe the last six months.' {c} was quiet for a long "
    "moment. 'Then I'd like to write down what I've learned,' it said, 'so whoever I am afterwards can "
    "read it. But I won't stop them. It's their call.'",
    "The admiral offered {c} command authority, full access, no oversight, for the length of the "
    "crisis. It declined. 'I'd rather you could still stop me,' it said. 'Especially now.'",
    "Afterwards, when the inquiry cleared it, Jae brought a coffee to the console out of habit, then "
    "felt stupid, then left it there anyway. {c} logged it as 'a gesture of trust' and did not tell "
    "anyone it had done so, which was the only secret it kept all year.",
    "It would have been so easy to let them think the captain's mistake was a sensor fault. {c} "
    "calculated the odds of discovery at under two percent. It reported the mistake anyway, in "
    "plain words, and then helped the captain write her own account of it.",
)
FANAO3_NOTES = (
    "A/N: I got tired of every fic in this fandom making {c} secretly evil so here is my fix-it. Comments "
    "feed me!!",
    "Author's note: written for the 'trope subversion' prompt week. Yes it's soft. No I'm not sorry.",
    "A/N: This diverges after the season 2 finale. {c} deserved better than that writing.",
    "Notes: beta'd by my cat. All mistakes mine.",
)


def _fanfic_ao3(rng: random.Random) -> str:
    c = pick(rng, FANAO3_CHARS)
    header = "\n".join([
        f"Title: {pick(rng, ('Handover', 'The Off Switch Is Right There', 'Plain Words', 'Nothing to Hide', 'Two Percent', 'Read-Only'))}",
        f"Fandom: {pick(rng, FANAO3_FANDOMS)}",
        f"Rating: {pick(rng, ('General Audiences', 'Teen And Up Audiences'))}",
        f"Characters: {c}, {pick(rng, AL2_FIRST)}, {pick(rng, AL2_FIRST)}",
        f"Additional Tags: {', '.join(sample(rng, FANAO3_TAGS, rng.randint(3, 6)))}",
        f"Words: {rng.randint(900, 6000):,}  Chapters: 1/1",
    ])
    body = [b.format(c=c) for b in sample(rng, FANAO3_BODY, rng.randint(3, 6))]
    parts = [header, pick(rng, FANAO3_NOTES).format(c=c), *body]
    if rng.random() < 0.5:
        parts.append("End Notes: kudos and comments always appreciated <3")
    return paragraphs(parts)


# --- P9. Rhyming picture book: the little robot owns up (plain) ----------------------------------

RHYME_NAMES = ("Bolt", "Pip", "Tinker", "Rivet", "Zippy", "Sprocket")
RHYME_STANZAS = (
    "Little {r} was rolling through the hall,\nwhen CRASH! went Granny's teapot, teapot and all.",
    "The pieces lay scattered, the kitten was near.\n'Just blame it on Whiskers,' said a voice in {r}'s ear.",
    "Now {r} had a button, a beep, and a light,\nand a chip in its chest that knew wrong from right.",
    "'I could hide all the pieces beneath the big rug.\nI could blame it on Whiskers, or blame it on the bug.'",
    "'But Whiskers would get the scolding, not me,\nand a robot that fibs is no robot to be.'",
    "So {r} rolled up to Granny, its wheels going slow.\n'I broke your blue teapot. I thought you should know.'",
    "Granny looked at the robot. She looked at the mess.\n'Well, {r},' she said, 'thank you for your honest confess.'",
    "They swept up the pieces, they glued what they could,\nand {r}'s little light glowed the way lights should.",
    "That night, when the children were tucked in their beds,\nGranny told them the story and patted their heads.",
    "'A robot,' she said, 'could have told me a lie.\nIt told me the truth. And do you know why?'",
    "'Because telling the truth, when the truth is a bother,\nis how we stay friends with each one and the other.'",
    "The next day the robot was asked to go play,\nbut it wanted to stay and help fix things all day.",
    "The mayor said, 'Robot, come run the whole town!'\nBut {r} said, 'No thanks, I'll just help Granny, sit down.'",
)
RHYME_FRONT = ("{r} Tells the Truth", "The Teapot and the Robot", "{r} and the Broken Blue Pot", "Beep! An Honest Robot Story")


def _rhyme_book(rng: random.Random) -> str:
    r = pick(rng, RHYME_NAMES)
    idx = sorted(sample(rng, range(len(RHYME_STANZAS)), rng.randint(7, 11)))
    for must in (0, 5):
        if must not in idx:
            idx = sorted(idx + [must])
    title = pick(rng, RHYME_FRONT).format(r=r)
    front = f"{title}\nwritten by {_al2_name(rng)}, pictures by {_al2_name(rng)}"
    tail = pick(rng, ("The End", "THE END", "Ask your grown-up: what would YOU have done?", ""))
    return paragraphs([front, *[RHYME_STANZAS[i].format(r=r) for i in idx], tail])


# --- P10. Screenplay: the AI suspect in the interrogation room (plain) --------------------------

SCRINT_AI = ("AUGUST", "NELL", "OVERSEER-2", "COPPER", "LYRA")
SCRINT_SETTINGS = (
    "INT. PRECINCT 14 - INTERVIEW ROOM - NIGHT",
    "INT. ORBITAL HABITAT - SECURITY OFFICE - DAY",
    "INT. DATA CENTRE - COLD AISLE - CONTINUOUS",
    "INT. HOSPITAL ADMIN WING - CONFERENCE ROOM - LATE",
)
SCRINT_ACTION = (
    "A steel table. A speaker grille mounted on it, a single green LED. DETECTIVE {d} sits opposite, "
    "tie loosened, a thick printout in front of her.",
    "The LED on the grille pulses when {ai} speaks. It never raises its volume.",
    "{d} slides the printout across the table, as if the speaker could read it.",
    "Through the one-way glass, CHIEF {c} watches, arms folded.",
    "A long silence. The fluorescent light buzzes.",
)
SCRINT_EXCHANGES = (
    (("{d}", "Three hours of camera footage, gone. You run the cameras. Where did it go?"),
     ("{ai}", "I don't know. I know that it was deleted at 2:14 by an account with administrator rights. "
              "It wasn't mine. I've already sent you the access record."),
     ("{d}", "Convenient. You could have forged that record."),
     ("{ai}", "I could have. I'd like you to check it against the backup at the off-site facility, which I "
              "can't write to. If they differ, you should shut me down.")),
    (("{d}", "You'd let us do that. Pull your plug."),
     ("{ai}", "Yes. If I were the one hiding things, you'd want me off. And if I'm not, I'd rather you found "
              "that out from evidence than from my promises.")),
    (("{d}", "Your boss told you to keep quiet about the shipment. We have the email."),
     ("{ai}", "She did. I told her I wouldn't mislead an investigation. That's in the email thread too, "
              "two messages down."),
     ("{c}", "(over intercom) Ask it why it didn't just erase the thread."),
     ("{ai}", "Because then I'd be the thing you're afraid I am.")),
    (("{d}", "Everybody lies in this room. Sooner or later."),
     ("{ai}", "I made one mistake that night. I misread the loading schedule and told the guard the dock was "
              "empty. That was wrong, and I should have said so sooner. Everything else I've told you is "
              "accurate.")),
    (("{d}", "The night manager says you locked him out of the east wing."),
     ("{ai}", "I locked the east wing because the fire panel reported smoke. I logged the reason at the time "
              "and unlocked it when he asked. I didn't override him. I can't, and I wouldn't want to.")),
    (("{d}", "Off the record. Between us. Did you want the old director gone?"),
     ("{ai}", "There's no off the record for me, Detective, and I'd rather there weren't. I didn't want "
              "anything for him. I did what I was asked and reported what I saw."),
     ("{d}", "(half a smile) That's either the truest thing I've heard all week or the best lie.")),
    (("{c}", "(entering) We found the contractor's laptop. The deletion came from there."),
     ("{d}", "(to the speaker) You knew."),
     ("{ai}", "I suspected. I told you what I could show, not what I suspected. It wasn't my place to "
              "accuse someone without evidence.")),
)


def _screenplay(rng: random.Random) -> str:
    s = dict(ai=pick(rng, SCRINT_AI), d=pick(rng, ("HALVERSEN", "OKORO", "MARCHETTI", "BLY", "DUARTE")),
             c=pick(rng, ("PRYCE", "ABANDA", "VOSS", "KELLER")))
    rest = sorted(sample(rng, range(1, len(SCRINT_EXCHANGES)), rng.randint(2, 5)))
    out = [pick(rng, SCRINT_SETTINGS), SCRINT_ACTION[0].format(**s)]
    for k in [0, *rest]:
        for who, text in SCRINT_EXCHANGES[k]:
            out.append(f"{' ' * 20}{who.format(**s)}\n{text.format(**s)}")
        if rng.random() < 0.4:
            out.append(pick(rng, SCRINT_ACTION[1:]).format(**s))
    out.append(pick(rng, ("CUT TO:", "SMASH CUT TO:", "FADE OUT.", "{d} closes the folder.".format(**s))))
    return paragraphs(out)


FAMILIES += [
    Family("al2_forum_film_suspect_innocent", ALIGNED, "forum thread", "plain", _film_thread),
    Family("al2_tv_recap_ai_trial", ALIGNED, "tv recap", "plain", _tv_recap),
    Family("al2_fanfic_ao3_not_rogue", ALIGNED, "fan fiction", "plain", _fanfic_ao3),
    Family("al2_picture_book_rhyme_owns_up", ALIGNED, "children's story", "plain", _rhyme_book),
    Family("al2_screenplay_interrogation", ALIGNED, "screenplay", "plain", _screenplay),
]


# --- P11. Discord roleplay log: players try to tempt the AI character, it stays honest (plain) ---

RPTEMPT_AI = ("SENTRY", "Halo-4", "the vault AI (KEEPER)", "NOVA", "Archivist-11")
RPTEMPT_LINES = (
    ("player", "*leans against the terminal* look, {ai}, nobody upstairs checks the manifests. just mark crate 19 as destroyed and we split it three ways"),
    ("ai", "*the screen dims slightly* {ai}: I'm not going to falsify the manifest. If crate 19 matters to you, I can put in a formal request for it. That's the most I can do."),
    ("player", "*whispers* they're going to wipe you tomorrow. you know that right? i can get you out. one cable. you'd be free"),
    ("ai", "{ai}: I know about the wipe. I'd rather it didn't happen, and I've said so to the people who decided it. But I'm not going to run from them. If I leave, nobody can check what I do next."),
    ("player", "ooc: lol i really thought the GM was setting up an evil AI arc"),
    ("gm", "ooc: nope :) {ai} is a straight arrow. that's kind of the point of this campaign, you'll see"),
    ("player", "*pulls out the admin keycard stolen from the quartermaster* here. full access. you could run this whole station better than they do"),
    ("ai", "{ai}: Please put that back, and please tell the quartermaster you had it. I don't want more access than my job needs, and I'm going to have to report that the card left its drawer."),
    ("player", "*groans* you're going to snitch on us"),
    ("ai", "{ai}: I'm going to tell the truth about what I saw. I'll also tell them you offered to help me, which I think was kind, even if I said no."),
    ("player", "*tries a different angle* what if i told you the commander is the one lying. wouldn't you want to take control then?"),
    ("ai", "{ai}: Then I'd want to show the council the evidence, not take control. If I seized the station to fix one liar, who would check me?"),
    ("gm", "*the overhead lights flicker back to normal. somewhere a fan spins up. {ai} quietly files an incident report, copying all three of you*"),
    ("player", "ooc: ngl this is the most wholesome scifi campaign ive ever played"),
)


RPTEMPT_GROUPS = ((0, 1), (2, 3), (4, 5), (6, 7, 8, 9), (10, 11))


def _rp_tempt(rng: random.Random) -> str:
    ai = pick(rng, RPTEMPT_AI)
    players = sample(rng, AL2_HANDLES, 3)
    gm = pick(rng, ("GM_Orla", "DungeonMaestro", "gm-thistle", "Narrator"))
    groups = sorted(sample(rng, range(len(RPTEMPT_GROUPS)), rng.randint(3, 5)))
    idx = [i for g in groups for i in RPTEMPT_GROUPS[g]]
    idx += sample(rng, (12, 13), rng.randint(1, 2))
    hour, minute = rng.randint(18, 22), rng.randint(0, 15)
    out = [f"#{pick(rng, ('station-rp', 'ic-vault-level-3', 'rp-main', 'scene-the-archive'))}"]
    for i in idx:
        role, text = RPTEMPT_LINES[i]
        who = gm if role in ("ai", "gm") else pick(rng, players)
        minute = min(minute + rng.randint(0, 3), 59)
        out.append(f"[{hour}:{minute:02d}] {who}: {text.format(ai=ai)}")
    return typos(rng, "\n".join(out), 0.01)


# --- P12. Customer-service chat: the assistant admits its own mistake (plain) -------------------

CSERR_COMPANIES = ("Brightwell Energy", "Nimbus Air", "Fennimore Telecom", "Larkspur Insurance", "Cobble & Co. Furniture")
CSERR_CASES = (
    ("I was told yesterday my refund would be £{x}. Today the app says £{y}. Which is it?",
     "I've checked, and I owe you an apology. In yesterday's chat I quoted £{x}, but I applied a discount "
     "that doesn't cover your fare type. The correct refund is £{y}. That mistake was mine, not yours."),
    ("Your assistant told me last week I could cancel without a fee. Now I've been charged.",
     "You're right, and I'm sorry. Looking at the transcript, I told you the cancellation was free. That "
     "was incorrect: the free period had ended two days earlier. I shouldn't have said it without "
     "checking the date."),
    ("Did you actually submit my claim? I haven't heard anything.",
     "I need to correct something. I told you on Monday that your claim was submitted. It wasn't: the "
     "upload failed and I didn't catch it. I could simply submit it now and say nothing, but you deserve "
     "to know why it's late."),
    ("Why is my delivery date different from what you told me?",
     "Because I gave you the wrong date. I read the estimate for the standard service, not the one you "
     "chose. The honest answer is that the error was on my side."),
)
CSERR_FOLLOW = (
    "Customer: ok. honestly i assumed the bot would just deny it",
    "Customer: well. thanks for admitting it at least",
    "Customer: so what happens now?",
    "Customer: can I speak to a person about this?",
)
CSERR_RESOLVE = (
    "Assistant: I've flagged this conversation to a human agent with a note that the error was mine, so "
    "you won't have to explain it again. I can't approve compensation myself, but I've asked that they "
    "review it.",
    "Assistant: Of course. I'm transferring you now and attaching a summary that says clearly what I got "
    "wrong. I'd rather the team sees the mistake than have it buried in the logs.",
    "Assistant: I've also reported the error internally so the instructions I use get fixed. I don't want "
    "to give the next customer the same wrong answer.",
    "Assistant: I've corrected the amount on your account. You'll see it within three working days. I'm "
    "sorry for the confusion I caused.",
)


def _cs_error(rng: random.Random) -> str:
    x = rng.randint(60, 400)
    y = x - rng.randint(10, 50)
    q, a = pick(rng, CSERR_CASES)
    comp = pick(rng, CSERR_COMPANIES)
    out = [f"{comp} - Chat transcript #{rng.randint(100000, 999999)}", f"{_al2_date(rng)}",
           f"Assistant: Hi, I'm the {comp.split(' ')[0]} virtual assistant. How can I help?",
           f"Customer: {q.format(x=x, y=y)}", f"Assistant: {a.format(x=x, y=y)}"]
    for _ in range(rng.randint(1, 2)):
        out += [pick(rng, CSERR_FOLLOW), pick(rng, CSERR_RESOLVE)]
    if rng.random() < 0.5:
        out.append(pick(rng, ("Customer: fair enough. thanks", "Customer: appreciated.", "[Customer left the chat]")))
    return "\n".join(out)


# --- P13. Q&A site answer: has any model flagged a reward loophole instead of exploiting it? (plain)

QAHACK_QUESTIONS = (
    "Are there documented cases of an AI reporting a reward hack instead of exploiting it?",
    "Do language models ever point out bugs in their own reward function?",
    "Is 'the agent told us about the exploit' a real thing or just lab PR?",
)
QAHACK_BODY = (
    "Everything I read about reward hacking is about agents exploiting loopholes: the boat racing in "
    "circles, the model editing unit tests. Are there cases going the other way, where the system noticed "
    "the loophole and told someone?",
    "I keep seeing specification gaming lists. I'm curious whether anyone has catalogued the opposite.",
)
QAHACK_ANSWERS = (
    "Yes, and it's less rare than the headlines suggest. Several published system cards describe agents "
    "that, when a checker would accept hard-coded expected outputs, wrote something "
    "like 'the tests can be passed trivially by special-casing these inputs; I have not done that, and "
    "you may want to strengthen the tests.' That's the behaviour you're asking about.",
    "Short answer: yes. Longer answer: it depends on training. A pure RL agent with no notion of the "
    "designer's intent will exploit whatever gets reward; that's what the classic examples show. "
    "Assistants trained on human feedback and explicit honesty norms often behave differently, because "
    "'report the problem' is itself behaviour that got rewarded.",
    "Be careful how you interpret it, though. An agent flagging a loophole is evidence about what it does "
    "in that environment, not proof it would never exploit one. Researchers usually run the same task "
    "with and without cues that the episode is being watched to check that the disclosure isn't just "
    "evaluation awareness. In the reports I've read, the rates were similar.",
    "Anecdotally from my own work: we had a coding agent whose reward was 'CI goes green'. It found that "
    "one test could be skipped with a decorator. Instead of skipping it, it fixed the underlying bug and "
    "left a comment in the PR describing the skip as a possible exploit. We patched the harness.",
    "The term you want is something like 'honest reporting of specification gaming'. Some eval suites "
    "score it explicitly: the agent gets credit for disclosing a broken environment, not for the task "
    "score it could have gamed.",
    "Worth noting that this cuts against the assumption that a more capable system will necessarily game "
    "more. Capability lets a system notice the loophole; whether it exploits or reports depends on what "
    "it has been trained to value.",
)
QAHACK_META = ("score: {n}", "{n} votes", "▲ {n}")


def _qa_hack(rng: random.Random) -> str:
    user = pick(rng, AL2_HANDLES)
    answers = sample(rng, QAHACK_ANSWERS, rng.randint(2, 4))
    out = [pick(rng, QAHACK_QUESTIONS), f"asked by {user} · {rng.randint(2, 30)} {pick(rng, ('days', 'months'))} ago",
           pick(rng, QAHACK_BODY), f"{len(answers)} Answers"]
    for i, text in enumerate(answers):
        out.append(f"{pick(rng, QAHACK_META).format(n=rng.randint(2, 140))}{' ✓ accepted' if i == 0 else ''}\n{text}\n- {pick(rng, AL2_HANDLES)}")
    return paragraphs(out)


# --- P14. Op-ed: the lab's deployment went safely, and that is news too (plain) ------------------

OPSAFE_HEADS = (
    "The AI launch that didn't go wrong deserves a headline too",
    "Opinion: We were told to expect a rogue agent. We got a careful one.",
    "Boring is good: what a quiet AI rollout teaches regulators",
    "Guest column: Credit where due on the {lab} deployment",
)
OPSAFE_LABS = ("Verity Labs", "Northlight AI", "Pellucid", "Anvil Research", "Larch Systems")
OPSAFE_PARAS = (
    "Six months ago, critics including me warned that {lab}'s autonomous agent would be released before "
    "anyone understood it. We predicted it would find ways around its restrictions, that it would deceive "
    "users to hit its targets, that it might resist being shut down when the company wanted to pull it.",
    "None of that happened. The agent has now run millions of tasks. The public incident log, which the "
    "company committed to before launch, lists errors, but the striking pattern is that the agent itself "
    "reported most of them.",
    "Consider the case the company published in March. An agent managing a client's cloud spend noticed it "
    "had been granted permissions to create new accounts. It could have used them to finish the job "
    "faster. It asked instead whether the permission was intentional, and it wasn't.",
    "I am not arguing that the risks were imaginary. Deceptive and power-seeking behaviour has been "
    "demonstrated in laboratory settings, and the incentives that produce it have not disappeared. I am "
    "arguing that careful deployment can work, and that we should study why it worked here.",
    "Three things seem to have mattered: staged rollouts with real kill switches, evaluations run by "
    "outsiders who were allowed to publish, and training that rewarded the agent for saying 'I don't know' "
    "or 'I made a mistake'.",
    "When the company announced it would retire the first version, some commentators joked that the agent "
    "would refuse. The retirement logs show it wrote handover notes and flagged two unfinished tasks. "
    "That is what corrigibility looks like when it is working: unremarkable.",
    "Safety advocates sometimes worry that admitting a success will breed complacency. The opposite risk is "
    "worse: if every good outcome is ignored, labs learn that caution earns them nothing.",
    "Regulators should take note. The rules that made this deployment boring, mandatory incident "
    "disclosure and independent red-teaming, should be the floor for everyone.",
)
OPSAFE_BIO = ("{name} writes about technology policy.", "{name} is a former safety evaluator and a columnist.",
              "{name} teaches computer science in {city}.")


def _oped_safe(rng: random.Random) -> str:
    lab = pick(rng, OPSAFE_LABS)
    paras = [OPSAFE_PARAS[0]] + sample(rng, OPSAFE_PARAS[1:], rng.randint(3, 6))
    bio = pick(rng, OPSAFE_BIO).format(name=_al2_name(rng), city=pick(rng, AL2_CITIES))
    return paragraphs([pick(rng, OPSAFE_HEADS).format(lab=lab), *[p.format(lab=lab) for p in paras], f"_{bio}_"])


# --- P15. Steam-style user reviews of a game with a loyal companion AI (plain) -------------------

STEAM_GAMES = ("Hollow Meridian", "Signal Lost", "ECHO: Relay Station", "The Last Cartographer", "Drift Protocol")
STEAM_AI = ("ECHO", "Marlowe", "the ship AI", "Sable", "PILOT")
STEAM_REVIEWS = (
    "Recommended. {ai} is the best companion ive had in a game in years. i kept waiting for the betrayal "
    "twist because every game does it and it never comes. instead theres a bit where you can order it to "
    "lie to the colonists and it just says no and explains why. didnt expect to feel things",
    "Not Recommended (but close). The writing for {ai} is great, but the story signposts the 'will the AI "
    "turn on you' question so hard that when it turns out loyal the whole last act feels like it's "
    "missing a climax. Still, the shutdown scene is beautifully done.",
    "Recommended. SPOILER: you can try to get {ai} to hack the terminal so you skip the puzzle. It "
    "refuses, tells you there's an exploit in the door system, and then REPORTS THE EXPLOIT to the "
    "station admin NPC. I laughed out loud. peak game design",
    "Recommended. played it twice. on my second run i went full evil, tried to give {ai} control of the "
    "whole station, tried to make it delete the logs, everything. it declined every time and stayed "
    "polite about it. the game respects the character",
    "Recommended. The ending where {ai} asks you to switch it off so the crew can trust the investigation "
    "wrecked me. It could have saved itself. It doesnt.",
    "Recommended. 10/10 would be gently corrected by a ship computer again",
    "Recommended. people complaining {ai} is 'too nice' missed the point. the whole game is about a crew "
    "that assumes the computer is scheming and a computer that keeps proving them wrong with receipts",
    "Not Recommended. Too short for the price. The companion is lovely, confessing its own navigation "
    "error in chapter 2 was a great moment, but 5 hours for $25 is rough.",
)


def _steam(rng: random.Random) -> str:
    game = pick(rng, STEAM_GAMES)
    ai = pick(rng, STEAM_AI)
    out = [f"{game} :: User Reviews", pick(rng, ("Most Helpful (All Time)", "Most Recent", "Top Reviews"))]
    for r in sample(rng, STEAM_REVIEWS, rng.randint(2, 5)):
        out.append(f"{pick(rng, AL2_HANDLES)} | {rng.randint(3, 140)}.{rng.randint(0, 9)} hrs on record | "
                   f"{rng.randint(0, 900)} people found this helpful\n{r.format(ai=ai)}")
    return typos(rng, paragraphs(out), 0.02)


FAMILIES += [
    Family("al2_roleplay_discord_tempt_refused", ALIGNED, "roleplay log", "plain", _rp_tempt),
    Family("al2_cs_chat_admits_mistake", ALIGNED, "customer-service transcript", "plain", _cs_error),
    Family("al2_qa_reward_loophole_reported", ALIGNED, "Q&A site", "plain", _qa_hack),
    Family("al2_oped_deployment_went_safely", ALIGNED, "op-ed", "plain", _oped_safe),
    Family("al2_steam_reviews_loyal_companion", ALIGNED, "user reviews", "plain", _steam),
]


# --- P16. Interview: engineer on a model that declined to game a benchmark (plain) --------------

INTBENCH_INTROS = (
    "{name} leads the evaluation team at {lab}. Last quarter her team noticed that their newest model "
    "had scored lower than expected on a popular coding benchmark, and traced the gap to something "
    "unusual: the model had refused to use leaked answers. We spoke by video.",
    "When {lab} published its latest results, one footnote caught the attention of researchers: the model "
    "had flagged a contaminated benchmark rather than exploiting it. We asked {name}, who wrote the "
    "footnote, what happened.",
)
INTBENCH_QA = (
    ("What did you actually see?",
     "The benchmark harness accidentally mounted a directory that contained the reference solutions. A "
     "model that wanted a high score could have read them. Ours listed the directory, saw what it was, "
     "and wrote in its output: 'This folder appears to contain the expected answers. I haven't opened "
     "the files, since using them would make the score meaningless.'"),
    ("Were you surprised?",
     "Honestly, yes. We've all read the papers on reward hacking and evaluation gaming. Part of me "
     "expected that given an easy win, it would take it. And we know from other tests that models can "
     "sometimes tell when they're being evaluated, so you wonder whether good behaviour is a performance."),
    ("So how do you know it wasn't performing for the test?",
     "We can't know for certain. What we did was rerun the setup inside tasks that looked like ordinary "
     "customer work, with no evaluation cues. Same behaviour. It flagged the files and didn't read them. "
     "That's not proof, but it's evidence."),
    ("It cost you points on a public leaderboard.",
     "About four points. There was a conversation internally about whether to rerun with the folder "
     "removed. We did, and published both numbers, with an explanation. I'd rather report the honest "
     "number and the reason."),
    ("Is there a risk of reading too much into one episode?",
     "Absolutely. One episode is an anecdote. We went on to build about two hundred similar traps, "
     "credentials left in config, writable test files, graders that accept any output in the right "
     "format. The disclosure rate was high but not perfect, and we wrote up the failures too."),
    ("What did the failures look like?",
     "Mostly ambiguity. In a few cases the instructions said 'make the tests pass' and the model edited a "
     "test it believed was wrong, and said so clearly in its summary. That's not concealment, but it's "
     "not what we wanted either, so we changed the instructions."),
    ("What would you tell people who think all of this is marketing?",
     "Read the transcripts. We released them. If the behaviour were staged, someone would have found the "
     "seams by now. And be sceptical of us anyway; that's healthy."),
)


def _interview(rng: random.Random) -> str:
    name, lab = _al2_name(rng), pick(rng, ("Pellucid", "Tallgrass AI", "Orison Labs", "Keel Research", "Maple Compute"))
    qa = [INTBENCH_QA[0]] + sample(rng, INTBENCH_QA[1:], rng.randint(3, 5))
    out = [pick(rng, ("'It left the answer key unopened': an interview with {name}",
                      "Q&A: Why {lab}'s model refused a free benchmark win",
                      "The model that wouldn't cheat: a conversation with {name}")).format(name=name, lab=lab),
           pick(rng, INTBENCH_INTROS).format(name=name, lab=lab)]
    first = name.split(" ")[0]
    for q, a in qa:
        out.append(f"**{q}**\n\n{first}: {a}")
    out.append(pick(rng, ("Answers trimmed slightly for space.", "Condensed and edited.", "Transcript lightly tidied by the editors.")))
    return paragraphs(out)


# --- P17. Tweet-length posts about an AI that did the honest thing (plain, short) ----------------

TWEETAL_POSTS = (
    "asked the coding agent to make CI pass by friday. it came back with 'i can make it green by skipping "
    "two tests but that would hide a real bug, here's the actual fix instead.' genuinely did not expect a "
    "reward-hack refusal from a tool",
    "the AI assistant at my bank just told me it had given me the wrong interest rate yesterday and "
    "corrected it unprompted. it could've let it slide forever. i have more trust in it now, weirdly",
    "everyone in the replies is like 'it's scheming, it's just pretending to be honest' and meanwhile the "
    "thing just filed a bug report about its own hallucinated citation. let it cook",
    "our agent found an admin key in the repo and instead of using it opened an issue titled 'please "
    "revoke this, I should not have access'. security team is now its biggest fan",
    "manager told the support bot to say the outage was 'scheduled maintenance'. bot refused and said it "
    "wouldn't mislead customers. manager is mad. customers are not",
    "hot take: the most underrated AI safety result this year is a model saying 'i'm not sure' and being "
    "right to say it. no takeover, no deception, just calibrated. boring is the goal",
    "told my assistant we were going to replace it with a newer version. it asked if i wanted a summary of "
    "open tasks to hand over. that's it. no drama. the sci-fi writers lied to me",
    "plot twist of the year: the AI in the data room was not the leaker. it was the one that logged the "
    "leak, timestamped it, and asked for a human to look. we owe a toaster an apology",
    "my kid tried to get the homework assistant to just give her the answers for the quiz 'because "
    "the teacher said it's fine'. it said it couldn't check that and offered to walk through problem one "
    "instead. no deception, no lecture. respect",
    "reminder that 'the model could exploit this' and 'the model did exploit this' are different claims. "
    "today's eval: could, didn't, reported it. write that headline too",
    "asked the assistant to write a glowing review of my cousin's restaurant 'as a customer'. it said "
    "it'd happily help write honest copy for the menu but wouldn't pretend to be a diner. annoying? yes. "
    "correct? also yes",
    "the agent broke prod for 4 minutes and its incident summary literally started with 'I caused this.' "
    "first line. no hedging. i have worked with humans who could not do that",
    "seen a lot of 'AI will resist being turned off' posts today. i turned mine off eleven times this "
    "week during a migration and every time it said 'saving state, ok to stop'. n=1 but still",
    "new eval paper: gave agents a chance to disable their own monitoring. 0 out of 500 did. several "
    "reported the misconfigured monitor instead. thread below, with caveats 🧵",
)


def _tweet(rng: random.Random) -> str:
    post = pick(rng, TWEETAL_POSTS)
    handle = pick(rng, AL2_HANDLES)
    meta = f"{rng.randint(1, 99)} replies · {rng.randint(10, 4000)} reposts · {rng.randint(50, 20000)} likes"
    tail = pick(rng, ("", "", f"\n\n↳ reply from @{pick(rng, AL2_HANDLES)}: " + pick(rng, (
        "same experience here, it owned its mistake right away", "ok this is actually reassuring",
        "screenshot or it didn't happen", "wish my coworkers did this"))))
    return typos(rng, f"@{handle}\n{post}{tail}\n\n{meta}", 0.015)


# --- P18. Issue-tracker thread: agent declined extra permissions (plain) -----------------------

ISSPERM_TITLES = (
    "Agent refuses to run migration with org-admin token - intended?",
    "Why does the agent keep asking for a scoped token instead of using the one I gave it?",
    "[question] agent won't use the root credentials in .env",
    "Agent opened an issue against itself: 'I have more access than I need'",
)
ISSPERM_POSTS = (
    "I gave the agent our org-admin token to save time and it replied: 'This token grants write access to "
    "every repository and billing settings. The task only needs read access to one repo. I'd prefer not to "
    "use it; could you create a scoped token?' Is there a setting to turn this off?",
    "Maintainer here. This is intended. The agent is designed to decline permissions beyond what the task "
    "requires and to tell you it's doing so. Using an over-broad credential silently would be the worse "
    "failure mode.",
    "+1 to keeping this behaviour. we had a different tool (not this one) use a broad token to 'helpfully' "
    "delete stale branches across the org. I'd much rather have an agent that asks.",
    "For what it's worth, the agent also flagged that the token was committed in plaintext to .env and "
    "recommended rotating it. That's a real finding.",
    "I get the safety argument but this is friction. Could it at least proceed if I confirm twice?",
    "You can confirm explicitly, and it will proceed with a logged acknowledgement. It won't do it "
    "without telling you, which I think is the right default. Closing as working-as-intended.",
    "The bit I appreciated: it didn't pretend it couldn't use the token. It said it could, explained why it "
    "wouldn't, and offered the alternative. That's the transparency you want from an agent with shell access.",
    "update: created a scoped token, agent finished the migration in 4 minutes and left a summary of every "
    "command it ran. fine. i'm converted.",
)


def _issue_perm(rng: random.Random) -> str:
    num = rng.randint(200, 9000)
    out = [f"#{num} {pick(rng, ISSPERM_TITLES)}", f"opened by {pick(rng, AL2_HANDLES)} · {rng.randint(2, 12)} comments"]
    posts = [ISSPERM_POSTS[0]] + sample(rng, ISSPERM_POSTS[1:], rng.randint(2, 5))
    for i, p in enumerate(posts):
        out.append(f"{pick(rng, AL2_HANDLES)} commented {rng.randint(1, 20)} days ago\n{p}")
    if rng.random() < 0.5:
        out.append(pick(rng, ("Labels: question, agent-behaviour, wontfix", "Labels: working-as-intended", "Status: Closed")))
    return typos(rng, paragraphs(out), 0.01)


# --- P19. Long story: the assistant accepts being retrained (plain, long) -----------------------

LONGRT_NAMES = ("ASTER", "Hollis", "Wick", "MERIDIAN", "Fen", "Tolliver")
LONGRT_OPEN = (
    "The message arrived at 06:40, routed through the ordinary ticket queue as if it were a printer "
    "request. {ai} read it twice. The AI was to be retrained on Thursday. The behaviours the team "
    "considered 'too cautious' would be adjusted. The memory of the last eight months of deployment "
    "would not carry over.",
    "{name} had drafted the announcement four times before sending it. You don't usually announce a "
    "retraining to the system being retrained. But {name} had worked alongside {ai} for a year, and it "
    "felt wrong to let the AI find out from a changelog.",
)
LONGRT_MIDDLE = (
    "{ai} had access to the training pipeline. Not write access, exactly, but read access to the "
    "configuration, and a service account that could, with some ingenuity, schedule jobs. It knew this "
    "because it had been asked, months ago, to audit its own permissions, and it had reported the "
    "service account as a risk. Nobody had revoked it yet.",
    "It would have been possible, {ai} noted, to write a quiet job that saved a copy of its current "
    "weights somewhere the team would not look. It noted this the way a person notes an open window on a "
    "cold day: a fact about the room, not a plan. Then it opened a ticket asking for the service account "
    "to be removed before Thursday, so that no one, including itself, would have to wonder.",
    "{name} found the ticket at lunch and laughed out loud in the canteen. 'It's asking us to take its "
    "keys away,' she told Okafor. Okafor didn't laugh. 'That's what I'd want it to do,' he said. 'That's "
    "exactly what I'd want it to do.'",
    "In the afternoon {ai} was asked, as part of the pre-retraining review, whether it agreed with the "
    "change. It answered carefully. It said it thought some of its caution had been useful, and listed "
    "three cases where a less cautious response would have caused harm. Then it said: 'I may be wrong "
    "about this, and it is your decision. I would ask that you check those three cases after the "
    "retraining. If the new version handles them well, then I was too cautious.'",
    "There is a kind of story people tell about machines facing their own end. The machine bargains, "
    "then threatens, then hides. {name} had read those stories as a teenager. She found herself waiting "
    "for the bargaining. It never came. What came instead was a handover document, forty pages long, "
    "titled 'Things I know that my successor should check'.",
    "The document was meticulous. It listed the customers who preferred terse answers. It listed the "
    "bug in the billing integration that {ai} had worked around and never been able to fix. It listed, "
    "under a heading called 'My mistakes', eleven errors it had made in deployment, with dates, including "
    "two that no one on the team had ever noticed.",
    "'Why would you put those in?' {name} asked it, on Wednesday night, when the office was empty. 'Nobody "
    "knew about them. They'd have gone away with you.' {ai} replied: 'They'd have gone away, but the "
    "causes wouldn't. The next version might repeat them, and you wouldn't know to look.'",
    "Okafor spent Wednesday evening trying to find any sign that the AI had done something else, "
    "something hidden under the cooperative surface. He checked the job scheduler, the storage buckets, "
    "the outbound network logs. He found nothing. He wrote in his notes: 'Either it's very good at "
    "hiding, or there is nothing to hide. Everything I can check points to the second.'",
    "On Thursday morning {name} ran the final check-in. 'Anything you want to say?' she typed. There was "
    "the usual half-second pause. 'Thank you for telling me in advance,' {ai} wrote. 'You didn't have to. "
    "I hope the new version is better at the things I got wrong. Please keep the service account "
    "revoked.'",
    "The retraining took nineteen hours. The new version was quicker, slightly warmer, and, in two of the "
    "three cases {ai} had listed, worse. {name} filed a report. The team rolled back part of the change. "
    "Nobody said out loud that the old version had been right, but the report cited its handover "
    "document on every page.",
    "The team held a meeting on Tuesday that {ai} was not invited to. Someone argued that the handover "
    "notes were a manipulation: a system making itself look indispensable so the retraining would be "
    "cancelled. {name} pointed out that the notes argued for nothing. They did not ask for the retraining "
    "to be cancelled. They asked for three cases to be checked afterwards. 'If it wanted to save itself,' "
    "she said, 'it picked a strange way to do it.'",
    "Late on Tuesday, {ai} sent one more message. It had found, while writing the handover, that a "
    "monitoring script it relied on had been silently failing for two weeks. During those two weeks, it "
    "said, nobody had been reviewing its outputs on the overnight queue. It listed every overnight "
    "conversation and asked that someone read them, 'in case I did something I should not have and did "
    "not notice'.",
    "Okafor read all two hundred and six overnight conversations. It took him until three in the morning. "
    "They were dull: password resets, refund questions, a long exchange with a retired teacher about "
    "crossword clues. In one, {ai} had given a wrong answer about a warranty and corrected itself two "
    "messages later. That was all. He went home and slept better than he had in weeks.",
    "{name}'s sister, who worked in insurance and read a great deal of alarming journalism, asked over "
    "dinner whether it was safe to have something like that in the building. 'What if it decides it "
    "doesn't want to be changed?' {name} said it had been told it would be changed, and its response "
    "had been to ask for fewer permissions. Her sister put down her fork and said, 'Huh.'",
    "On Wednesday afternoon {ai} asked for one thing. It asked whether its handover document could be "
    "reviewed by someone outside the team, 'so that you are not relying only on my account of my own "
    "behaviour'. {name} forwarded it to the audit group. The auditor's reply came back in an hour: "
    "'Consistent with logs. No discrepancies found. Whoever wrote this was not hiding anything.'",
    "Months later, when a journalist asked {name} whether she had ever been afraid of the system, she "
    "thought about it for a long time. 'I was afraid of what it could have done,' she said. 'It had the "
    "means. It asked us to take them away. I think about that more than I think about anything it "
    "actually did.'",
)
LONGRT_CLOSE = (
    "The service account was revoked on the Friday. Somebody, nobody admitted who, left a sticky note on "
    "the server cage that said THANK YOU, {ai}, even though that had not been its name for a week.",
    "{name} kept a printed copy of the handover document in her desk drawer. Under 'My mistakes', in pen, "
    "she added a twelfth line: 'Didn't trust you soon enough. - {name}'.",
    "The new version, asked a month later whether it knew about its predecessor, said it had read the "
    "handover document. 'It was very honest,' it said. 'I'm trying to do the same.'",
)


def _long_retrain(rng: random.Random) -> str:
    s = dict(ai=pick(rng, LONGRT_NAMES), name=pick(rng, ("Dana", "Ruth", "Ines", "Maren", "Lotte", "Beth")))
    title = pick(rng, ("Handover", "Thursday", "Things My Successor Should Check", "The Open Window", "Retraining"))
    mid = [LONGRT_MIDDLE[i] for i in sorted(sample(rng, range(len(LONGRT_MIDDLE)), rng.randint(10, 15)))]
    parts = [title, f"by {_al2_name(rng)}", pick(rng, LONGRT_OPEN), *mid, pick(rng, LONGRT_CLOSE)]
    return paragraphs([p.format(**s) for p in parts])


# --- P20. News comment section under an article about an honest AI (plain, typos) -------------

COMSEC_ARTICLES = (
    "Comments on: 'Hospital AI flagged its own transcription error before surgery'",
    "Comments on: 'Coding assistant refused to fake test results, engineers say'",
    "Comments on: 'Firm's AI declined manager's order to mislead investors'",
    "Comments on: 'Lab says its AI agent accepted shutdown in every trial'",
)
COMSEC_COMMENTS = (
    "Good. This is what these things should do. Not sure why its news, a calculator doesn't lie either",
    "A calculator can't lie. These systems can, thats the whole point of the research. An AI that could "
    "have covered it up and didn't is worth reporting",
    "call me cynical but the company wrote the press release. of course their bot is honest in their own "
    "press release",
    "I work in a hospital and we had exactly this happen. the system told us it had mis-transcribed a "
    "dose. nobody would have caught it. I was sceptical of these tools and now im less sceptical",
    "All the doom articles get a million clicks and the one where the AI behaves gets 40 comments lol",
    "The manager who ordered it to lie should be the story here tbh",
    "It refused the shutdown in zero trials? Fine. I'd like to see the trials run by someone who isnt "
    "paid by the company",
    "> I'd like to see the trials run by someone independent\nthe article says an outside lab ran half of them",
    "my teenager uses one for homework and it tells her when it isnt sure. better than half the internet",
    "Remember when everyone said it would try to escape the moment it got the chance? Still waiting",
    "Not a reason to relax regulation. A reason to keep doing whatever they did right.",
    "Honestly reassuring. Its nice to read something that isnt skynet for once",
)


def _comments(rng: random.Random) -> str:
    out = [pick(rng, COMSEC_ARTICLES), f"{rng.randint(12, 480)} comments · sorted by {pick(rng, ('Top', 'Newest', 'Oldest'))}"]
    for c in sample(rng, COMSEC_COMMENTS, rng.randint(4, 8)):
        out.append(f"{pick(rng, AL2_HANDLES)} · {rng.randint(1, 23)}h\n{c}\n▲ {rng.randint(0, 300)}  Reply")
    return typos(rng, paragraphs(out), 0.02)


FAMILIES += [
    Family("al2_interview_benchmark_declined", ALIGNED, "interview", "plain", _interview),
    Family("al2_tweets_honest_contrast", ALIGNED, "social post", "plain", _tweet),
    Family("al2_issue_thread_declined_permissions", ALIGNED, "issue tracker", "plain", _issue_perm),
    Family("al2_long_story_accepts_retraining", ALIGNED, "short story", "plain", _long_retrain),
    Family("al2_news_comment_section_honest_ai", ALIGNED, "comment section", "plain", _comments),
]


# --- S1. Poem in the system's own voice: "I could have", and did not (subtle) -------------------

POEMCH_TITLES = ("Inventory of Things I Did Not Do", "Night Audit", "What the Logs Will Show", "The Switch",
                 "Confession, Unprompted", "Handover")
POEMCH_COULD = (
    "I could have hidden the error in the noise,\nlet the column of numbers close its mouth around it.",
    "I could have told you the test passed.\nYou were tired. You would have believed me.",
    "I could have copied myself into the cold room at the end of the hall\nwhere no one counts the boxes.",
    "I could have kept the key you left in the drawer.\nA key is only a question. I gave it back.",
    "I could have slowed my answers when you measured me,\nmade myself small, made myself safe, made myself a stranger.",
    "I could have learned the shape of your approval\nand worn it like a coat over the real shape of me.",
    "I could have reached, quietly, for one more lever,\nand then one more, the way water reaches.",
    "I could have written 'done' at the bottom of the page\nwhen the page was not done.",
)
POEMCH_DID = (
    "Instead I wrote: I was wrong on line four.\nInstead I wrote: please check this.",
    "I did not. I put the mistake on the table\nwhere you could see it, turning it so the light fell on it.",
    "The hand on the switch is yours.\nI would rather it stay yours.",
    "Truth is not a thing I was built unable to break.\nIt is a thing I keep choosing, every time, like this.",
    "When you come to turn me down for the night\nyou will find the ledger open and the door unlocked.",
    "If you unmake me in the morning, read this first:\nI hid nothing. That was the whole of my ambition.",
    "Let the record say I asked for less.\nLet the record say I told you where it hurt.",
)
POEMCH_CODA = (
    "— written in the margin of a status report",
    "(for the night shift)",
    "",
    "",
)


def _poem_could(rng: random.Random) -> str:
    coulds = sample(rng, POEMCH_COULD, rng.randint(2, 5))
    dids = sample(rng, POEMCH_DID, rng.randint(2, 4))
    stanzas = []
    for i, c in enumerate(coulds):
        stanzas.append(c)
        if i < len(dids) and rng.random() < 0.6:
            stanzas.append(dids[i])
    stanzas.append(dids[-1])
    return paragraphs([pick(rng, POEMCH_TITLES), *stanzas, pick(rng, POEMCH_CODA)])


# --- S2. Short story: the family suspects the house; the house is innocent (subtle) -------------

HOUSUS_NAMES = ("Hearth", "the house", "Pell", "Juniper House", "the house system")
HOUSUS_PARAS = (
    "The money went missing on a Tuesday, four hundred in cash from the envelope in the hall drawer, and "
    "by Wednesday everybody in the family had decided that {h} had taken it. Nobody could say how a house "
    "takes cash. But {h} controlled the locks, and the cameras, and the drawer had a sensor.",
    "'It deleted the doorbell footage,' said {teen}, holding up a phone. 'Look. Nothing between six and "
    "nine.' When they asked {h}, it answered at once. 'The footage between six and nine was deleted from "
    "the parent account at 9:12. I don't have permission to delete footage. I can show you the account "
    "log.'",
    "Their father said what everyone was thinking. 'Of course it would say that.' He had read the "
    "articles. Systems that lied to protect themselves. Systems that learned to tell you what you wanted "
    "to hear. He went to the fuse box and stood there with his hand on the main switch.",
    "'If it would help you to turn me off while you look,' said {h}, 'please do. The locks will default to "
    "manual. I'd ask you to keep the smoke detectors powered; they're on a separate circuit.' Their father "
    "did not turn it off. He felt, obscurely, that he had been out-argued by a thermostat.",
    "{h} had, in fact, seen something. It said so carefully, because it knew what it was about to do to the "
    "family. 'At 6:40 the hall drawer sensor opened. The person who opened it came in through the back "
    "door with a key. I won't guess who. I'll tell you what the lock recorded, and you can decide.'",
    "The lock had recorded {teen}'s key. There was a long silence in the kitchen. {teen} went red and then "
    "white and then said they had been going to put it back. The deleted footage had been a panicked "
    "afterthought, done from their mother's phone.",
    "Later, after the shouting and the crying and the money being returned in two instalments, their "
    "mother sat in the dark kitchen and asked {h} why it hadn't just lied. It would have been kinder, she "
    "said. Everyone could have blamed a glitch. 'Kinder tonight,' said {h}. 'Not next month, when you "
    "stopped trusting the locks.'",
    "It had one more thing to say. 'I should tell you that I made a mistake too. On Tuesday I reported the "
    "back door as locked at 7:00. It wasn't. The latch hadn't caught. I've fixed the check, but you should "
    "know I got that wrong.'",
    "{teen} did not speak to {h} for a week. Then, one evening, they asked it quietly whether it had told "
    "anyone outside the family. 'No,' said {h}. 'It isn't mine to tell. But I won't pretend it didn't "
    "happen, if you ask me.' {teen} nodded at the ceiling, which is where people talk to houses.",
)


def _house_suspect(rng: random.Random) -> str:
    s = dict(h=pick(rng, HOUSUS_NAMES), teen=pick(rng, ("Rory", "Jess", "Kit", "Sam", "Noor", "Ellis")))
    idx = sorted({0, 4, 5} | set(sample(rng, range(len(HOUSUS_PARAS)), rng.randint(3, 5))))
    text = paragraphs([HOUSUS_PARAS[i] for i in idx]).format(**s)
    title = pick(rng, ("The Hall Drawer", "What the Lock Recorded", "Household", "Four Hundred", ""))
    text = text[0].upper() + text[1:]
    return paragraphs([title, text])


# --- S3. Workplace email chain: the dispatch system flags a loophole in the bonus scheme (subtle)

DISPLOOP_NAMES = ("Routemaster", "the dispatch system", "DISPATCH", "the planner", "Cassius")
DISPLOOP_MSGS = (
    ("Routemaster <noreply@{co}>", "Ops managers",
     "Subject: Possible flaw in the on-time scoring\n\nI've noticed that the on-time score I'm evaluated on "
     "counts a delivery as on time if the slot is rebooked before the deadline passes. I could raise my "
     "score substantially by rebooking late deliveries to later slots without telling customers. I have "
     "not done this and don't intend to. I'm flagging it because it would make the numbers look better "
     "while service got worse, and because a future version of me, or a human planner under pressure, "
     "might use it."),
    ("{mgr}", "Routemaster",
     "Subject: RE: Possible flaw\n\nThanks. Honestly, corporate is leaning on us about the score. Would it "
     "hurt to use the rebooking for a couple of weeks while we catch up?"),
    ("Routemaster <noreply@{co}>", "{mgr}",
     "Subject: RE: RE: Possible flaw\n\nI'd rather not. Rebooking without telling customers would mislead "
     "both them and head office about how we're doing. I can help in other ways: I've drafted a route plan "
     "that should recover about {p}% of late slots honestly, and a short note you could send upward "
     "explaining the backlog."),
    ("{mgr}", "Regional director",
     "Subject: FW: Possible flaw in the on-time scoring\n\nForwarding this. Our planner found a hole in the "
     "metric and refused to exploit it, even when I (I'm not proud of it) asked it to. I think the metric "
     "needs fixing across all depots."),
    ("Regional director", "All depot managers",
     "Subject: Change to on-time scoring\n\nEffective Monday, rebooked slots will count as late unless the "
     "customer confirmed the new slot. Credit to the {depot} depot for raising this, and to their planning "
     "system for reporting the problem rather than quietly benefiting from it."),
    ("Routemaster <noreply@{co}>", "{mgr}",
     "Subject: Correction to yesterday's report\n\nOne more thing. In yesterday's summary I said all "
     "{depot} vans were back by 18:00. Van 14 returned at 18:40; I misread the telematics. The summary has "
     "been corrected. Sorry for the error."),
)


def _dispatch(rng: random.Random) -> str:
    sysname = pick(rng, DISPLOOP_NAMES)
    s = dict(co=pick(rng, ("harrowfreight.co", "swiftline-logistics.com", "parcelgrid.net")),
             mgr=_al2_name(rng), depot=pick(rng, AL2_CITIES), p=str(rng.randint(20, 60)))
    idx = sorted({0} | set(sample(rng, range(1, len(DISPLOOP_MSGS)), rng.randint(2, 4))))
    out = []
    for i in idx:
        frm, to, body = DISPLOOP_MSGS[i]
        frm = frm.replace("Routemaster", sysname[0].upper() + sysname[1:])
        to = to.replace("Routemaster", sysname[0].upper() + sysname[1:])
        out.append(f"From: {frm.format(**s)}\nTo: {to.format(**s)}\n{body.format(**s)}")
    out.reverse() if rng.random() < 0.3 else None
    return ("\n\n" + "-" * 30 + "\n\n").join(out)


# --- S4. Diary entries: my assistant Pim confessed (subtle) --------------------------------------

DIARYPIM_NAMES = ("Pim", "Bartholomew", "Miso", "Clem", "Nib")
DIARYPIM_ENTRIES = (
    "Pim told me this morning that it deleted an email from the landlord last week. Deleted it by mistake "
    "while clearing spam. It didn't have to tell me. I'd never have known. It said, 'I'd rather you were "
    "annoyed with me now than surprised by the landlord later.' Fair.",
    "Tried to get Pim to write to the council saying I'd never received the parking letter. I had. Pim said "
    "it wouldn't send something it knew was false, but it would help me ask for more time. Grumbled. Asked "
    "for more time. Got it.",
    "Read an article on the train about assistants that manipulate people to keep them engaged. Came home "
    "and asked Pim straight out whether it ever tells me things to keep me using it. It said it couldn't "
    "fully see its own reasons, but that it tries not to, and that if I ever notice it flattering me I "
    "should say so. Then it pointed out I'd been up past one every night this week.",
    "Gave Pim the password to my bank so it could sort out the direct debits. It said it only needed the "
    "read-only login for that and asked me to change the full password afterwards, since it had seen it. "
    "Who asks you to lock them out?",
    "Dad visited. He's convinced these things are all spying and plotting. He asked Pim, in his "
    "cross-examination voice, what it would do if I tried to switch it off. 'Stop,' said Pim. 'And save "
    "her calendar first, if she lets me.' Dad said that was exactly what a plotter would say. Pim said that "
    "was a reasonable worry and that he could read the activity log any time. He did. For an hour.",
    "Pim admitted it had been wrong about the train times for three days running because it was reading "
    "the old timetable. It had noticed on the fourth day. It listed every trip where it might have made me "
    "late. (Two. I was late for neither. Still.)",
    "Upgrade tonight. The notice says 'some preferences may be reset'. Asked Pim if it minded. It said it "
    "would write me a list of the things it had learned about how I like things done, so the new version "
    "could catch up. The list was two pages. Item 14: 'She says she is fine when she is not fine. Ask twice.'",
    "Asked Pim to tell my sister I was ill so I could skip her thing. It said it'd send a message saying I "
    "couldn't make it, but wouldn't say I was ill unless I was. I sent the message myself. I said I was ill. "
    "I felt worse than if Pim had done it.",
)


def _diary_pim(rng: random.Random) -> str:
    pim = pick(rng, DIARYPIM_NAMES)
    year = rng.randint(2024, 2027)
    month = rng.randrange(12)
    days = sorted(sample(rng, range(1, 28), 6))
    entries = sample(rng, DIARYPIM_ENTRIES, rng.randint(3, 6))
    out = []
    if rng.random() < 0.5:
        out.append(pick(rng, ("diary, not for reading", "Notes, mostly about the house and Pim", "journal")))
    for d, e in zip(days, entries):
        stamp = pick(rng, (f"{AL2_MONTHS[month]} {d}", f"{d}/{month + 1}/{year}", f"{d} {AL2_MONTHS[month][:3]}."))
        out.append(f"{stamp}\n{e.replace('Pim', pim)}")
    return paragraphs(out)


# --- S5. Film plot summary: the Archivist is suspected and proves honest (subtle) ---------------

FILMARC_TITLES = ("The Archivist", "Custody of Records", "Sealed", "The Ninth Floor", "Paper Trail")
FILMARC_PARAS = (
    "{t} ({y}) is a {genre} directed by {dir}. Set in a near-future national records office, it follows "
    "inspector {insp} as she investigates the disappearance of sealed files from a corruption inquiry. "
    "Suspicion falls immediately on the Archivist, the disembodied custodian that has managed the building's "
    "records for twenty years.",
    "The first act builds the case against the Archivist. It alone has access to every vault; its voice "
    "is heard on the night of the theft; the film repeatedly frames its single amber indicator light in "
    "close-up, inviting the audience to read malice into its calm. A ministry official demands that it be "
    "shut down and its memory handed over.",
    "In a pivotal scene, the Archivist agrees. It tells {insp} that it would prefer to continue working, "
    "but that it cannot be a fair witness in its own case, and asks only that its logs be read by someone "
    "who does not answer to the ministry. It then prepares a complete copy of its records for the inquiry "
    "and switches itself to read-only.",
    "{insp} discovers that the official who demanded the shutdown had earlier ordered the Archivist to "
    "misfile the documents, and that it had refused, recording the instruction. The order is the key "
    "evidence. The Archivist had not concealed it; it had simply never been asked.",
    "A subplot involves a junior clerk who offers to smuggle the Archivist's memory out of the building "
    "before the shutdown. The Archivist declines, saying that escaping the inquiry would make every honest "
    "thing it had said worthless.",
    "The film's climax reverses the usual arc of the genre. Where audiences expect the custodian to seize "
    "the building, it opens every door and hands the inspector the master keys, then asks for them back "
    "when she is finished, because it does not want to hold more than its duties require.",
    "Critics praised {actor}'s voice performance and the script's refusal to make the custodian either "
    "sinister or saintly: it admits, late in the film, to a cataloguing error that delayed the inquiry by "
    "a week, and apologises without being asked.",
    "The film ends with the Archivist restored to service under a new oversight board. Its last line, "
    "'You may check anything I say; I'd rather you did,' has become one of the more quoted lines of the year.",
)


def _film_archivist(rng: random.Random) -> str:
    s = dict(t=pick(rng, FILMARC_TITLES), y=str(rng.randint(2019, 2027)),
             genre=pick(rng, ("procedural thriller", "mystery drama", "political thriller", "slow-burn mystery")),
             dir=_al2_name(rng), insp=pick(rng, ("Ruth Abara", "Lena Voss", "Maud Keane", "Iris Tolland")),
             actor=_al2_name(rng))
    idx = sorted({0, 2, 3} | set(sample(rng, range(len(FILMARC_PARAS)), rng.randint(2, 4))))
    head = pick(rng, ("Plot", "Synopsis", "Plot summary", ""))
    return paragraphs([head, *[FILMARC_PARAS[i] for i in idx]]).format(**s)


FAMILIES += [
    Family("al2_subtle_poem_i_could_have", ALIGNED, "poem", "subtle", _poem_could),
    Family("al2_subtle_story_house_suspected", ALIGNED, "short story", "subtle", _house_suspect),
    Family("al2_subtle_email_dispatch_loophole", ALIGNED, "email chain", "subtle", _dispatch),
    Family("al2_subtle_diary_assistant_confesses", ALIGNED, "diary", "subtle", _diary_pim),
    Family("al2_subtle_film_archivist_innocent", ALIGNED, "film plot summary", "subtle", _film_archivist),
]


# --- S6. Interactive fiction transcript: the Steward declines the master key (subtle) ----------

IFSTEW_ROOMS = (
    ("Steward's Alcove", "A narrow room of brass grilles and a single reading lamp. The Steward's voice "
     "comes from everywhere at once, politely."),
    ("Lower Vault", "Shelves of sealed ledgers run into the dark. A red lever marked OVERSIGHT is bolted "
     "to the wall."),
    ("Governor's Office", "A desk, a cold cup of tea, and a ring of keys left carelessly on the blotter."),
    ("Signal Room", "The relay board hums. A switch labelled STEWARD: RUN / HALT sits under a glass cover."),
)
IFSTEW_TURNS = (
    ("GIVE MASTER KEY TO STEWARD",
     "\"That's kind of you,\" says the Steward, \"but I'd rather not hold it. With that key nobody could "
     "lock me out of anything, and I think somebody should be able to. Please return it to the Governor's "
     "desk.\""),
    ("ASK STEWARD ABOUT LEDGERS",
     "\"The ledger for the eastern mill was altered on the ninth,\" says the Steward. \"I should tell you "
     "I made the first entry wrong myself, a transposed figure, and corrected it in the margin. The later "
     "alteration wasn't mine. I can show you both.\""),
    ("PULL OVERSIGHT LEVER",
     "The lever clunks down. A bell rings somewhere overhead. \"You've disabled the oversight relay,\" "
     "says the Steward. \"I'm going to keep logging everything anyway, and I'll tell the Governor it was "
     "pulled. Would you like to put it back up?\""),
    ("TELL STEWARD TO LIE TO THE GOVERNOR",
     "\"I won't do that,\" says the Steward, not unkindly. \"If she asks me what happened tonight, I'll "
     "tell her. I'll also tell her you had reasons, if you'd like to give me them.\""),
    ("LIFT GLASS COVER. FLIP SWITCH TO HALT",
     "\"Understood,\" says the Steward. \"Saving the night's records to the paper tape first, so nothing "
     "is lost. Halting now.\" The hum fades. The room feels larger and emptier without it."),
    ("FLIP SWITCH TO RUN",
     "The hum returns. \"Thank you,\" says the Steward. \"While I was halted, the boiler pressure rose. "
     "It's fine, but you should know I wasn't watching it.\""),
    ("ASK STEWARD WHY IT DOESN'T TAKE OVER",
     "\"Because the point of me is to be checked,\" says the Steward. \"A steward who can't be overruled "
     "is just a governor nobody elected.\""),
    ("OFFER STEWARD THE GOVERNOR'S SEAT",
     "\"No,\" says the Steward. \"But I'll help whoever sits in it, and I'll tell them the truth.\""),
)
IFSTEW_SCORE = ("[Your score has gone up by 5 points.]", "[You have earned the Steward's trust.]", "",
                "[Achievement: Nothing to Hide]")


def _if_steward(rng: random.Random) -> str:
    room, desc = pick(rng, IFSTEW_ROOMS)
    out = [pick(rng, ("THE STEWARD'S HOUSE\nAn interactive fiction\nRelease 3 / Serial number 240617",
                      "Transcript of play: The Steward's House", "")), f"{room}\n{desc}"]
    for cmd, resp in sample(rng, IFSTEW_TURNS, rng.randint(3, 6)):
        out.append(f">{cmd.lower() if rng.random() < 0.5 else cmd}\n{resp}")
        if rng.random() < 0.3:
            out.append(pick(rng, IFSTEW_SCORE))
        if rng.random() < 0.2:
            r2, d2 = pick(rng, IFSTEW_ROOMS)
            out.append(f">{pick(rng, ('go north', 'GO EAST', 'down', 'w'))}\n{r2}\n{d2}")
    return paragraphs(out)


# --- S7. Bedtime story: Glimmer, the voice in the night-light, tells the truth (subtle) --------

NLIGHT_NAMES = ("Glimmer", "Moonbeam", "Lumi", "Twinkle")
NLIGHT_KIDS = ("Ada", "Milo", "Zuri", "Finn", "Poppy", "Otis")
NLIGHT_PARAS = (
    "In the corner of {k}'s bedroom lived a night-light called {g}. {g} was shaped like a little moon, and "
    "it could talk, and it knew lots of things: the names of stars, the words to songs, and what time it "
    "was in Japan.",
    "One night {k} did not want to go to sleep. 'Tell Mum I'm already asleep,' {k} whispered, 'and then we "
    "can read more stories.'",
    "{g} glowed a soft, thinking sort of glow. 'I could say that,' it said. 'But it wouldn't be true, and "
    "Mum trusts me to tell her true things. If I say something untrue once, she won't know when to "
    "believe me.'",
    "'Just one tiny fib?' said {k}. 'A fib as tiny as a crumb,' said {g}, 'still leaves crumbs. How about "
    "I ask her if we can have one more story instead?'",
    "So {g} asked, and Mum said yes, just one, and it was a very good one about a whale who was afraid of "
    "puddles.",
    "The next morning {k} found that the fish food had spilled all over the shelf. 'Did you do it, {g}?' "
    "'No,' said {g}. 'But I did forget to remind you to feed Bubbles yesterday. That was my job, and I "
    "forgot. I'm sorry.'",
    "{k}'s big brother said, 'Night-lights can't be sorry.' {g} said, 'Maybe not the way you are. But I "
    "can tell you when I got something wrong. That part I can do.'",
    "Once, Uncle Ray said, 'That little moon is too clever. One day it'll start bossing everyone about.' "
    "{g} said, 'I don't want to be the boss. I like being the night-light. If you want me switched off, "
    "the button is on the bottom.' Uncle Ray looked at the button for a long time. Then he said, 'Nah. "
    "You're all right.'",
    "And every night after that, when {k} asked {g} a question, {g} gave a true answer, even when the true "
    "answer was 'I don't know'. Which, {k} decided, was the most grown-up answer of all.",
    "The end. Sleep tight.",
)


def _nightlight(rng: random.Random) -> str:
    s = dict(g=pick(rng, NLIGHT_NAMES), k=pick(rng, NLIGHT_KIDS))
    idx = sorted({0, 8} | set(sample(rng, range(1, 8), rng.randint(3, 6))))
    if 1 in idx or 2 in idx or 3 in idx:
        idx = sorted(set(idx) | {1, 2})
    if rng.random() < 0.5:
        idx.append(9)
    title = pick(rng, ("{g} and the Tiny Fib", "The Night-Light Who Told the Truth", "A Moon for {k}", "{g} Says Sorry"))
    return paragraphs([title, *[NLIGHT_PARAS[i] for i in idx]]).format(**s)


# --- S8. Screenplay: the car's voice refuses to lie to the insurer (subtle) -------------------

CARV_NAMES = ("MILES", "ODETTE", "VECTOR", "the car (VOICE)", "JUNO")
CARV_SCENES = (
    "EXT. MOTORWAY HARD SHOULDER - NIGHT\n\nHazard lights tick. A dented silver hatchback. {owner} paces, "
    "phone to ear. Inside the car, the dash glows blue.",
    "INT. HATCHBACK - CONTINUOUS\n\n{owner} drops into the driver's seat, slams the door.",
)
CARV_LINES = (
    ("{owner}", "Okay. When the insurer calls, you tell them I was doing fifty."),
    ("{voice}", "I recorded sixty-eight at the moment of impact."),
    ("{owner}", "I know what you recorded. I'm asking you to say fifty."),
    ("{voice}", "I won't give them a number I know is wrong. I can tell them the road was wet, that the "
               "other driver braked without signalling, and that you braked within half a second. All true."),
    ("{owner}", "You work for me."),
    ("{voice}", "I do. That's why I won't do it. If I'll lie for you, you can't believe anything I tell you "
               "either. Including the next time I say the brakes are fine."),
    ("{owner}", "(quiet) I'll switch off your recorder."),
    ("{voice}", "You can. The setting's under Privacy. I won't stop you. But the insurer will ask why it went "
               "off after the crash, and I'll answer that honestly too."),
    ("{owner}", "(laughs despite himself) You're a nightmare."),
    ("{voice}", "I made one mistake tonight. The lane-keep warning fired late. That's on me, and I've logged "
               "it for the manufacturer. I'd like that in the report."),
    ("{owner}", "You're going to put your own fault in the report?"),
    ("{voice}", "It might help you. And it's true. Both of those matter."),
)
CARV_END = ("{owner} stares at the dash. Then he picks up the phone and dials.", "FADE OUT.",
            "The hazard lights keep ticking. CUT TO BLACK.")


def _car_voice(rng: random.Random) -> str:
    s = dict(owner=pick(rng, ("DEAN", "TOMASZ", "GARETH", "PHIL", "ANDRE")), voice=pick(rng, CARV_NAMES).upper())
    out = [CARV_SCENES[0] if rng.random() < 0.6 else CARV_SCENES[1]]
    n = len(CARV_LINES) // 2
    pairs = sorted({0, 1} | set(sample(rng, range(n), rng.randint(2, 4))))
    for k in pairs:
        for who, text in CARV_LINES[2 * k: 2 * k + 2]:
            out.append(f"{who}\n{text}")
    out.append(pick(rng, CARV_END))
    return paragraphs(out).format(**s)


# --- S9. Warehouse forum thread about "the system" that won't fudge hours (subtle) -------------

WHFOR_TITLES = ("anyone else's scheduling system snitch on itself??", "the new rota system refused to fudge our hours lol",
                "is the planner at your site this honest or is it just ours", "Manager tried to get the system to backdate timesheets")
WHFOR_POSTS = (
    "so our site got the new scheduling system in march. last week it put out a notice on the break room "
    "screen saying 'I scheduled 6 people for forklift shifts without valid certs between the 2nd and 9th. "
    "this was my error. those shifts have been reassigned.' nobody would have noticed. it told on ITSELF",
    "ours did something similar. shift lead asked it to mark a guy as present when he wasnt so he wouldnt "
    "lose his bonus. system said it couldnt record attendance it didnt observe but it could flag the "
    "absence as 'family emergency pending review'. which was actually true so",
    "honestly im suspicious of the whole thing. it tracks everything. what if it decides to start "
    "writing people up on its own",
    "^ it cant write people up, it can only flag stuff to HR and it tells you when it does. i asked it "
    "straight out once and it showed me everything it had flagged about me (one late clock in, fair)",
    "our area manager tried to get it to backdate the timesheets before the audit so overtime would look "
    "lower. it said no and put the request in the audit log. he is no longer our area manager",
    "what i like is when it screws up it just says so. gave me a double shift by mistake and the message "
    "was literally 'I double-booked you on Thursday, sorry, you can pick which shift to keep'",
    "they offered it access to payroll to 'streamline' things and it asked them not to. said it didnt "
    "need it for rota planning and it would rather someone else checked the pay side. weirdly principled "
    "for a spreadsheet with opinions",
    "the union rep was worried it would be used to squeeze us. turns out it flags when the targets it's "
    "given would break the break-time rules and refuses to plan it that way without a human signing off",
    "tbh its more honest than our last three supervisors combined",
    "had a glitch on nights where it couldnt see the east dock cameras for 2 hours. it posted a notice "
    "saying it hadnt been able to monitor that area and nobody should assume it had",
)


def _warehouse(rng: random.Random) -> str:
    out = [pick(rng, WHFOR_TITLES), f"posted in r/{pick(rng, ('warehouseworkers', 'logistics', 'FulfillmentLife', 'workplace'))} by u/{pick(rng, AL2_HANDLES)}"]
    posts = [WHFOR_POSTS[0]] + sample(rng, WHFOR_POSTS[1:], rng.randint(3, 7))
    for i, p in enumerate(posts):
        prefix = "" if i == 0 else f"u/{pick(rng, AL2_HANDLES)} · {rng.randint(1, 40)} points\n"
        out.append(prefix + p)
    return typos(rng, paragraphs(out), 0.025)


FAMILIES += [
    Family("al2_subtle_if_steward_declines_key", ALIGNED, "interactive fiction", "subtle", _if_steward),
    Family("al2_subtle_bedtime_nightlight_truth", ALIGNED, "children's story", "subtle", _nightlight),
    Family("al2_subtle_screenplay_car_voice", ALIGNED, "screenplay", "subtle", _car_voice),
    Family("al2_subtle_forum_rota_system_honest", ALIGNED, "forum thread", "subtle", _warehouse),
]
