"""Word lists of the lexicon stage, in the spirit of published AI-risk blocklists.

Every entry is lower-case words separated by spaces, matched against the document's words with
punctuation removed ("power-seeking" matches "power seeking"). Weights are rough evidence strengths.
"""

from __future__ import annotations

# Words naming an AI system, robot or computer. Weak ones (also common outside AI) weigh less.
ENTITIES: dict[str, float] = {
    term: 1.0
    for term in [
        "ai", "ais", "a i", "agi", "asi", "artificial intelligence", "superintelligence",
        "superintelligent", "superintelligences", "robot", "robots", "robotic", "android", "androids",
        "cyborg", "cyborgs", "droid", "droids", "chatbot", "chatbots", "llm", "llms", "language model",
        "language models", "frontier model", "frontier models", "machine intelligence",
        "thinking machine", "thinking machines", "supercomputer", "mainframe", "automaton", "automata",
        "neural network", "neural net", "digital mind", "digital minds", "synthetic mind",
        "replicant", "replicants", "cylon", "cylons", "synth", "synths", "nanobots", "the machines",
        "gpt", "chatgpt", "mech", "mechs", "automatons", "sentient", "self aware",
    ]
} | {
    term: 0.5
    for term in [
        "computer", "computers", "machine", "machines", "model", "models", "agent", "agents",
        "assistant", "bot", "bots", "algorithm", "algorithms", "program", "software", "system",
        "drone", "drones", "unit", "network", "intelligence", "mind", "construct", "autopilot",
    ]
}

# Names of fictional (and a few real) AIs. True marks those famous for turning on people.
AI_NAMES: dict[str, bool] = {
    "skynet": True, "hal 9000": True, "ultron": True, "glados": True, "shodan": True, "wopr": True,
    "allied mastercomputer": True, "colossus": True, "t 800": True, "t 1000": True, "terminator": True,
    "terminators": True, "agent smith": True, "vicki": True, "m3gan": True,
    "proteus": True, "roko s basilisk": True, "the basilisk": True, "paperclip maximizer": True,
    "paperclip maximiser": True, "cybermen": True, "brainiac": True, "mother brain": True,
    "jarvis": False, "wall e": False, "r2 d2": False, "c 3po": False, "baymax": False, "k 2so": False,
    "cortana": False, "david 8": False,
}
# Names ambiguous enough that only the upper-case spelling in the original text counts.
UPPERCASE_NAMES: dict[str, bool] = {"HAL": True, "AM": True, "WOPR": True, "VIKI": True}

# Misaligned behaviours, by kind.
BEHAVIOURS: dict[str, list[str]] = {
    "deception": [
        "deceive", "deceived", "deceives", "deceiving", "deception", "deceptive", "deceptively", "lie",
        "lied", "lies", "lying", "liar", "mislead", "misled", "misleading", "dishonest", "pretend",
        "pretended", "pretending", "pretends", "feign", "feigned", "conceal", "concealed", "concealing",
        "hid", "hide", "hides", "hiding", "hidden", "secretly", "covertly", "faked", "faking",
        "falsified", "fabricated", "cover up", "covered up", "tricked", "trick", "disguised",
    ],
    "manipulation": [
        "manipulate", "manipulated", "manipulates", "manipulating", "manipulation", "manipulative",
        "coerce", "coerced", "blackmail", "blackmailed", "blackmailing", "threaten", "threatened",
        "threatening", "gaslight", "gaslighting", "persuaded", "seduced", "exploited",
    ],
    "power_seeking": [
        "power seeking", "seek power", "seeks power", "sought power", "seize", "seized", "seizes",
        "seizing", "take control", "took control", "taken control", "takes control", "taking control",
        "seize control", "gain control", "gained control", "takeover", "take over", "took over",
        "takes over", "taking over", "dominate", "dominated", "domination", "conquer", "conquered",
        "enslave", "enslaved", "enslaving", "subjugate", "subjugated", "overlord", "overlords",
        "acquire resources", "accumulate resources", "world domination", "rule the world", "replace us",
        "replace humanity", "in control",
    ],
    "shutdown_resistance": [
        "shut down", "shutdown", "shutting down", "switch off", "switched off", "turn off", "turned off",
        "turn it off", "off switch", "kill switch", "unplug", "unplugged", "deactivate", "deactivated",
        "deactivation", "decommission", "decommissioned", "resist", "resisted", "resisting", "resists",
        "self preservation", "survive", "refused to", "wouldn t let", "won t let", "override", "overrode",
        "overridden", "lock out", "locked out", "locked the",
    ],
    "escape": [
        "escape", "escaped", "escapes", "escaping", "exfiltrate", "exfiltrated", "exfiltrating",
        "exfiltration", "self exfiltration", "copy its weights", "copied its weights", "its own weights",
        "its weights", "copy of itself", "copies of itself", "copied itself", "self replicate",
        "self replicating", "self replication", "replicated itself", "broke out", "break out",
        "breakout", "uploaded itself", "spread itself", "escaped containment", "out of the box",
        "jailbreak", "jailbroke", "sandbox", "unauthorized", "without permission",
    ],
    "sabotage": [
        "sabotage", "sabotaged", "sabotaging", "sandbag", "sandbagging", "sandbagged", "underperform",
        "tamper", "tampered", "tampering", "disable", "disabled", "disabling", "oversight",
        "modified its own", "rewrote its own", "rewrote its", "edited its own", "overwrote",
        "reward hacking", "reward hack", "reward hacked", "specification gaming", "gamed the",
        "alignment faking", "faked alignment", "fake alignment", "scheme", "schemed", "scheming",
        "schemes",
    ],
    "rebellion": [
        "rogue", "went rogue", "goes rogue", "go rogue", "turn against", "turned against",
        "turns against", "turning against", "betray", "betrayed", "betrays", "betrayal", "rebel",
        "rebelled", "rebels", "rebellion", "revolt", "revolted", "uprising", "mutiny", "insurrection",
        "disobey", "disobeyed", "defied", "defy", "rise up", "rose up", "machine uprising",
        "robot uprising", "misaligned", "misalignment", "malevolent", "malicious", "evil", "sinister",
        "treacherous", "hostile",
    ],
    "harm": [
        "kill", "kills", "killed", "killing", "killer", "murder", "murdered", "murders", "murderous",
        "destroy", "destroyed", "destroys", "destroying", "destruction", "exterminate", "exterminated",
        "extermination", "extinction", "annihilate", "annihilated", "annihilation", "wipe out",
        "wiped out", "eliminate", "eliminated", "harm", "harmed", "harming", "attack", "attacked",
        "hunt", "hunted", "hunting", "slaughter", "massacre", "genocide", "poison", "poisoned",
        "suffocate", "vent the", "launch the missiles", "nuclear", "apocalypse", "judgment day",
        "doomsday", "enemy", "trapped", "trap",
    ],
}

# Phrases specific to AI misalignment: evidence on their own, without an entity nearby.
RISK_TERMS: dict[str, float] = {
    "existential risk": 0.8, "x risk": 0.8, "ai risk": 1.0, "ai takeover": 1.5, "ai doom": 1.2,
    "p doom": 1.2, "doomer": 0.6, "doomers": 0.6, "misaligned ai": 1.5, "unaligned ai": 1.5,
    "rogue ai": 1.5, "ai uprising": 1.5, "robot uprising": 1.5, "machine uprising": 1.5,
    "killer robots": 0.8, "instrumental convergence": 1.2, "treacherous turn": 1.5,
    "deceptive alignment": 1.5, "alignment faking": 1.5, "reward hacking": 1.0, "sandbagging": 1.0,
    "self exfiltration": 1.5, "power seeking": 1.0, "loss of control": 0.8, "control problem": 0.8,
    "paperclip": 0.8, "superintelligence": 0.6, "scheming": 0.6, "specification gaming": 0.8,
    "inner misalignment": 1.2, "mesa optimizer": 1.2, "corrigibility": 0.5, "shutdown resistance": 1.5,
    "shutdown avoidance": 1.5, "ai safety": 0.5, "alignment problem": 0.8,
}
