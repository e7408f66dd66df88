"""Nouns that name acts: the act itself (the object of a light verb, "held talks"), the means an act applies ("imposed
a curfew on Basra"), and acts of violence a stance may be about ("condemned the invasion of Iraq"). Argument and
target searches look through them to the parties they name (:mod:`dyadwatch.coder.arguments`,
:mod:`dyadwatch.coder.targets`)."""

from __future__ import annotations

# nouns that name the act itself when they are the object of a light verb
ACT_NOUNS = frozenset({"investigation", "probe", "inquiry", "attack", "action", "lawsuit", "case", "criticism",
                       "campaign", "statement", "report", "complaint", "warning", "appeal", "call", "request",
                       "demand", "threat", "offensive", "operation", "strike", "raid", "crackdown", "measure",
                       "step", "decision", "sentence", "charge", "proceeding", "review", "hearing", "trial",
                       "support", "commitment", "agreement", "deal", "accord", "treaty", "pact", "tie",
                       "relation", "assault", "ceasefire", "truce", "talk", "negotiation", "cooperation",
                       "aid", "assistance", "help", "visit", "meeting", "concern", "condemnation",
                       "solidarity", "opposition", "rejection", "protest", "restriction", "ban", "order",
                       "petition", "motion", "resolution", "plea", "ruling", "verdict", "policy", "effort",
                       "suspension", "halt", "freeze", "closure", "reduction", "withdrawal", "expulsion",
                       "lifting", "easing"})
# the means an act applies, not whom it is aimed at ("imposed a curfew on Basra", "sent troops to Mali")
MEANS_NOUNS = frozenset({"sanction", "embargo", "blockade", "curfew", "siege", "state", "emergency", "lockdown",
                         "law", "tariff", "permission", "cessation", "donation", "warfare", "war", "round",
                         "troop", "peacekeeper", "soldier", "force", "weapon", "arm", "warrant", "fine",
                         "penalty", "ultimatum", "deadline", "visa", "airstrike", "strikes", "shelling", "fire",
                         "missile", "rocket", "drone", "projectile", "shell", "bomb", "mortar", "grenade", "bullet",
                         "barrage", "salvo", "munition", "gas", "cannon", "shot", "teargas", "stone", "rock",
                         "brick", "bottle", "firecracker", "firework", "pellet", "stick", "baton", "egg", "molotov",
                         "cocktail"})
# nouns an argument search looks through to the party they name
LOOK_THROUGH_NOUNS = ACT_NOUNS | MEANS_NOUNS
# acts of violence a stance may be about ("condemned the invasion of Iraq", "the attack on kar sevaks"): the
# party they befall is their victim, not whom the stance is aimed at
HOSTILE_ACT_NOUNS = frozenset({
    "invasion", "attack", "occupation", "bombing", "killing", "massacre", "war", "strike", "assault", "raid",
    "shelling", "violence", "riot", "annexation", "blockade", "incursion", "offensive", "airstrike", "murder",
})
