"""Stage 4a, events: what happened, where, when and by whom, typed like ACLED.

A trigger lexicon finds event reports sentence by sentence; sentence structure
decides the rest:

* territory changes with a list of places ("captured the towns of A, B and C")
  give one event per place; a capture must take a place ("seized 20 kg of heroin" is none)
  in an article about armed forces or by a state, and a retaking no group claims is the state's;
* the location is a place after the trigger, or one introduced by a locative
  word; modifiers ("Türkiye-backed") and origins ("fighters from Idlib") are not
  locations; an anaphor ("in the area"), or a sentence naming no place that goes on from the one
  before, takes the place of the event just before it at precision 2; otherwise the article's main
  country at precision 3; with no country at all the event is kept, unlocated; a place the gazetteer lacks
  keeps its name and is coded at the unit the sentence puts it in, as ACLED codes such places;
* actors come from the trigger's own clause: a group or a state named there (a state speaking of its
  own forces, "the army said it had taken ..."), the group the article names, or none where nobody
  is said to have acted -- a claim of responsibility names the group;
* hypothetical or demanded events ("must hold talks", "may expand") are skipped (protesters'
  demands are no modality);
* general words -- a strike verb, a blast, "a house was hit" -- count only in a sentence of violence
  (or one of harm after other strikes) and when no specific trigger of their type is there; they
  continue the strikes told just before (their type and actors); an attack on civilians told as a strike or a clash
  ("airstrikes killed 12 civilians") is that one event, coded as targeting civilians;
* crime, business and politics are not conflict: an arrest, a rape, a kidnapping, talks or a deal count
  beside an armed actor or in a story of armed conflict, a clash of words not at all;
* dates: a weekday, "yesterday", a month and day ("On May 7"; a dateline's day anchors the article's weekdays),
  "two days later" or "earlier" from the event told before; a headline's event is the one the body tells.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from gazetteer import Place, countries
from gazetteer.geo import haversine_km

from .document import VIOLENT_TYPES, Article, Event, Mention, Span
from .lexicon import COMMON_WORDS
from .text import (BORDER_AFTER, BORDER_WITH, DATELINE, MONTHS, NUMBER_WORD, ROAD_TO, TOWN_PARTS, VESSEL,
                   abbreviation_before, any_of, guarded, listed_before, lookahead, parse_number, words_to_number)

# Fallback sub-types: a trigger that counts only where no specific trigger of its event type is in the
# sentence, typed then as the commonest case ACLED codes without more detail, and only in a sentence of
# violence: a strike verb ("struck", "bombed") beside a named armed actor ("the army struck a deal" is no event),
# a blast beside an armed actor or harm ("a blast of cold air" is none), missiles or drones launched beside an armed
# actor (a search ship "launched the drones" is none), armed men killed by an armed actor ("jihadists killed 12
# soldiers": a clash, unless a strike killed them), people killed "in fighting" no other event of the sentence tells.
_FALLBACKS = {"generic strike": "Shelling/artillery/missile attack", "generic blast": "Remote explosive/landmine/IED",
              "generic missile launch": "Shelling/artillery/missile attack", "generic drone launch": "Air/drone strike",
              "generic clash": "Armed clash"}
_HARM = guarded(r"\b(?:kill(?:ed|ing|s)|dead|died|wounded|wounding|injured|injuring|casualties|bombs?|explosives?|"
                r"devices?)\b", re.I)
# "a police operation against the gang": a fight the state's forces began (a trigger of its own, and its actor)
_STATE_OPERATION_WORDS = r"(?:police|military|army|security) (?:operation|raid|offensive)s?"
# Buildings taken over to be used, no ground taken: "soldiers took over several homes as lookout posts"
_BUILDINGS_USED = r" (?:(?:several|some|two|three|a|an|the|their) )?(?:[\w-]+ )?(?:homes|houses|buildings|rooftops)\b"
# (pattern, event_type, sub_event_type, disorder_type); at one position the earlier row wins.
_RULES: list[tuple[str, str, str, str]] = [
    # ... "militants attacked a private school" (not a police, gendarmerie or cadet one: a fight with the forces)
    (r"\b(?:stormed|(?<=militants )attacked|(?<=gunmen )attacked) (?:a|an|the) "
     r"(?:(?!(?:police|gendarmerie|military|army|cadet|naval)\b)[\w-]+ ){0,2}"
     r"(?:hotels?|restaurants?|schools?|colleges?|universit(?:y|ies)|churche?s?|mosques?|markets?|hospitals?|"
     r"malls?|cafes?|bars?|nightclubs?|theat(?:re|er)s?|weddings?|camps? for (?:the )?displaced|displacement camps?|"
     r"(?:passenger )?trains?|buses|bus|express)\b|"  # "stormed the Jaffar Express"
     # "The fighters entered the village of Mbau ..., killing four men": armed men who killed in a village they entered
     # (before the captures, whose "entered" would take the word)
     r"\b(?:entered|swept into) (?:the )?village of(?= [^.;]{0,120}\bkilling (?:at least |more than |some )?[\w,]+ "
     r"(?:people|civilians|villagers|residents|men|women|children)\b)",
     "Violence against civilians", "Attack", "Political violence"),
    # "seized two tonnes of explosives and 50 rifles from a camp", "defused a roadside bomb": weapons kept from use
    # (before the captures: a town "seized" is taken, weapons seized are not)
    (r"\b(?:seized|seizing|confiscated|recovered|intercepted) (?:[\w,-]+ ){0,5}(?:weapons|arms|rifles|explosives|"
     r"ammunition|rocket launchers|arms caches?|weapons caches?)\b|"
     r"\b(?:defused|dismantled|disarmed) (?:an? |the |two |three |several )?(?:[\w-]+ ){0,2}(?:bombs?|IEDs?|"
     r"explosive devices?|landmines?)\b", "Strategic developments", "Disrupted weapons use", "Strategic developments"),
    (r"\b(?:re-?captured|retook|retaken|recaptured|regained|took back|won back)\b", "Battles", "territory-back", "Political violence"),
    # "the army said it had driven the paramilitary group out of Bara": a place taken from the side driven out
    (r"\b(?:drove|driven|pushed|forced|expelled|ousted) (?:[\w'’-]+ ){1,4}out of(?= (?:the )?[A-Z])|"
     # "the army said it had cleared the last RSF fighters from the Jebel Aulia area"
     r"\bcleared (?:[\w'’-]+ ){0,4}(?:fighters|militants|rebels|insurgents|forces|troops|jihadists) "
     r"from(?= (?:the )?[A-Z])",
     "Battles", "territory-back", "Political violence"),
    # ("Russia claimed the capture of the village of Poltavka": the capture by its noun, as claimed or announced)
    (r"\b(?:captured|captures|seized|(?<!to )seizes?|"
     r"t(?:ook|aken|aking) (?:full |total |complete |effective )?control (?:of|over)|"
     r"(?<=claimed the )capture of|(?<=announced the )capture of|(?<=claimed the )seizure of|"
     # (not "soldiers took over several homes as lookout posts": buildings used, no ground taken)
     r"took over(?!" + _BUILDINGS_USED + r")|overran|overrun|stormed|fell to|capturing|seizing|entered|"
     r"(?:walked|marched|rolled|swept) into|"
     # "have advanced along the front and taken the village of Uspenivka": the auxiliary told before
     r"(?<=and )taken(?= (?:the |full )?(?:control of |the )?(?:town|city|village|(?:[a-z]+ )?(?:key|strategic) |"
     r"[A-Z]))|"
     # a timeline's present: "Oct 29 - RSF fighters capture the town of Bara"
     r"(?<!to )(?<!the )(?<!a )capture(?= (?:the |a )?(?:town|city|village|base|(?:[a-z]+ )?(?:key|strategic) )|"
     r" [A-Z])|"
     r"fell(?= (?:on|late on|early on|overnight|last|this|after|within)\b)|"  # "Minova ... fell on Tuesday"
     r"(?:took|taking)(?! (?:\w+ ){0,3}hostages?\b| to the streets\b| over" + _BUILDINGS_USED + r")|"
     r"(?:had|have|has|were|was|been) taken(?! (?:to|place|into|part|away|by surprise|hostage|ill|shelter|refuge|cover|"
     r"steps|measures|action|office|power)\b)(?! (?:\w+ ){0,3}hostages?\b))\b",  # (nor "had taken them hostage")
     "Battles", "territory", "Political violence"),
    (r"\bsuicide (?:car |truck )?(?:bomb(?:ing|er)?s?|attacks?)\b", "Explosions/Remote violence", "Suicide bomb", "Political violence"),
    (r"\b(?:chemical (?:attacks?|weapons?)|sarin|chlorine gas)\b", "Explosions/Remote violence", "Chemical weapon", "Political violence"),
    (r"\b(?:air ?strikes?|air raids?|warplanes?|(?:guided )?(?:aerial|glide|guided) bombs?|"
     r"(?:(?:fighter )?jets|aircraft) (?:ha[sd] |have )?(?:also |later |then )?"
     r"(?:struck|hit|bombed|pounded|targeted|attacked|killed|destroyed)|drone strikes?|drone attacks?|bombing raids?|"
     r"dropped (?:[\w-]+ ){0,2}bombs? on|"
     # "the paramilitaries responded with drones that targeted an army base"
     r"drones (?:that|which) (?:targeted|struck|hit|attacked)|"
     # "coalition aircraft carried out strikes on Houthi reinforcements"
     r"(?:aircraft|jets|warplanes|planes|drones) (?:ha[sd] |have )?(?:carried out|conducted|launched) "
     r"(?:[\w-]+ ){0,2}(?:strikes|raids)|"
     r"(?:sent|scrambled|deployed) (?:[\w-]+ ){0,3}(?:jets|warplanes|aircraft|planes) to (?:bomb|strike|attack|hit)|"
     r"air ?forces?(?= (?:(?!said |says )[\w-]+ ){0,3}(?:struck|bombed|hit|pounded|targeted|killed|destroyed|carried out|"
     r"conducted|launched))|"  # not "the air force said Russia had launched 45 drones"
     # ... but "Israel's air force said it had struck missile launchers": its own strikes
     r"air ?forces? (?:said|says) (?:that )?(?:it|they) (?:had |has |have )?(?:also )?(?:struck|bombed|hit|targeted|"
     r"attacked|carried out)|"
     # "drones have struck", "a drone launched from Yemen struck"
     r"drones? (?:(?:launched|fired|sent|flown) (?:[\w-]+ ){0,3})?(?:ha[sd] |have )?(?:also |later |then )?"
     r"(?:attacked|struck|hits?|"
     r"targets|targeted|killed|kills?|wounded|wounds|injured|injures|damaged|destroyed|brought down|"
     r"set (?:[\w-]+ ){1,4}(?:ablaze|on fire|alight))|"  # "A Russian drone set a fuel depot ablaze"
     r"(?:struck|hit|targeted|attacked|shot down) by (?:a |an )?drones?|"
     # "an Israeli drone fired a missile at a group of men": an air strike, not shelling; "helicopters bombed militia
     # positions", "used drones to drop explosives on soldiers"
     r"(?:drones?|helicopters?|helicopter gunships?|warplanes?) (?:also |later |then )?fired (?:[\w-]+ ){0,3}"
     r"(?:missiles?|rockets?)|"
     r"helicopters? (?:later |also |then )?(?:bombed|struck|attacked|strafed)|"
     r"drones? (?:also |later |then )?(?:to drop|dropped) (?:[\w-]+ ){0,2}(?:explosives?|bombs?|grenades?)|"
     r"(?:explosives?|bombs?|grenades?) dropped (?:from|by) (?:an? )?(?:[\w-]+ )?drones?|"  # (dropped from drones)
     # "launched by Yemen's Houthis struck", "... exploded in central Tel Aviv"
     r"drones? (?:launched|operated|flown) by (?:[\w'’-]+ ){1,4}(?:struck|hit|attacked|targeted|exploded)|"
     # ... "attacked Kyiv with hundreds of drones"
     r"(?:struck|hit|targeted|attacked|pounded) (?:[\w'\"“”-]+ ){0,7}with (?:a |an )?"
     r"(?:(?:hundreds|dozens|scores|waves|swarms|barrage|wave|swarm) of )?(?:[\w-]+ )?"
     r"(?:explosives? dropped from (?:an? )?)?drones?)\b",  # ("attacked a unit with explosives dropped from drones")
     "Explosions/Remote violence", "Air/drone strike", "Political violence"),
    (r"\b(?:shelling|shelled|artillery|mortars?|rockets? (?:fire|attacks?)|missile (?:strikes?|attacks?)|"
     r"tank (?:fire|shells?|shelling)|"  # "four people were killed by tank fire"
     r"(?<!anti-)(?:ballistic|cruise|guided) missiles? (?:fired|launched|struck|hit|slammed|landed|killed)|"
     # "died in Indian firing", "killed in cross-border firing" (not "in separate firing", gunfire: see below)
     r"(?:killed|died|wounded) in (?!(?:separate|sporadic|random|police) )(?:[\w-]+ ){0,2}(?:cross-border )?firing|"
     # (a headline's present tense too: "Rocket hits football pitch")
     r"(?:missiles?|rockets?|shells) (?:ha[sd] )?(?:also )?(?:struck|hits?|strikes?|slam(?:s|med) into|land(?:s|ed)|"
     r"killed|kills|wounded|injured|damaged|destroyed|set (?:[\w-]+ ){1,4}(?:ablaze|on fire|alight))|"
     r"(?<!the )(?<!The )(?:bombs?|shells?) fell on|"
     r"(?:struck|hit) by (?:a |an )?(?:missiles?|rockets?|shells?|projectiles?)|"  # ("a vessel reported being hit by a
     # projectile")
     # "a missile fired from Yemen landed near Ben Gurion Airport"
     # ("shells fired from Congo had landed in Rugombo", "shells fired by the RSF landed near the market")
     r"(?:missiles?|rockets?|shells|mortar (?:rounds|shells|bombs)) (?:(?:fired|launched) (?:from|by)|from) "
     r"(?:[\w'’-]+ ){1,3}(?:ha[sd] )?(?:also )?(?:struck|hit|slammed into|landed|exploded)|"
     # "The missile fired on Sunday landed near a road at Ben Gurion airport"
     r"(?:missiles?|rockets?) (?:fired|launched) (?:(?:late |early )?on \w+day|overnight) (?:had )?"
     r"(?:struck|hit|slammed into|landed|exploded)|"
     # "Two rockets were fired at the Ain al-Asad air base"
     r"(?:missiles?|rockets?|mortar (?:rounds|shells|bombs)|shells) (?:were|was|had been) (?:fired|launched) "
     r"(?:at|on|toward|towards|into)|"
     r"fir(?:ed|ing) (?:[\w-]+ ){0,4}(?:missiles?|rockets?|shells|mortars?))\b", "Explosions/Remote violence", "Shelling/artillery/missile attack", "Political violence"),
    # ... and an explosive device that went off ("killed by an explosive device", not one police defused)
    (r"\b(?:roadside bombs?|IEDs?|landmines?|(?:car|truck|motorcycle|motorbike|bicycle|parcel) bombs?|"
     r"improvised explosive|(?:killed|wounded|injured|hit|struck) by an? (?:[\w-]+ )?explosive device|"
     r"explosive device (?:exploded|went off|detonated|blew up|hit|struck))\b",
     "Explosions/Remote violence", "Remote explosive/landmine/IED", "Political violence"),
    # (rocket-propelled grenades are the weapons of a fight, told with it)
    # (nor a list of arms: "protect soldiers from bullets and grenades"; nor the police's stun grenades; nor "seized 30
    # rifles and two grenade launchers")
    (r"\b(?<!rocket-propelled )(?<!stun )(?<!bullets and )(?<!weapons and )(?<!rifles and )(?<!ammunition and )"
     r"grenades?\b(?! launchers?\b)", "Explosions/Remote violence", "Grenade", "Political violence"),
    # "police clashed with students protesting", "clashes broke out with youths": a violent demonstration, not a
    # battle of armed sides
    # ... or with a politician's supporters ("clashes with supporters of former President Evo Morales")
    (r"\bclash(?:ed|es)?(?: (?:broke out|erupted))? with (?:the )?(?:[\w-]+ ){0,2}(?:students|protesters|demonstrators|"
     r"rioters|youths|stone-throwers|supporters)\b", "Riots",
     "Violent demonstration", "Demonstrations"),
    (r"\b(?:clash(?:es|ed)?|clashing with|(?:heavy|fierce|intense|bitter) fighting|fighting between|"
     # ... "are fighting Ukrainian units in several districts": a fight going on as told (not "have been fighting
     # Fano militiamen since August 2023": a war of months)
     r"fighting (?:with |(?<=are fighting )|(?<=is fighting )|(?<=was fighting )|(?<=were fighting ))(?:the )?"
     r"(?:[\w-]+ ){0,2}(?:rebels?|"
     r"militants?|insurgents?|troops|army|forces|jihadists?|gunmen|militias?|militiamen|fighters|dissidents|"
     r"guerrillas?|units)|(?:exchanged|traded) (?:[\w-]+ ){0,2}(?:gun)?fire(?: and (?:[\w-]+ ){0,2}fire)?|"
     r"(?:an|heavy) exchanges? of (?:gun)?fire|(?:repelled|repulsed|beat back|fought off) (?:\w+ ){0,3}(?:attacks?|"
     r"assaults?|"
     r"offensives?)|"
     # "Russian units tried to infiltrate the town", "repelled attempts to storm Kupiansk": an assault, fought off
     # (the verb first, its plural subject looked behind it: a pattern opening on look-behinds is tried everywhere)
     r"(?:(?:repelled|repulsed|foiled|thwarted) (?:\w+ ){0,2}attempts?|tried(?<=s tried)|attempted(?<=s attempted)) "
     r"to (?:infiltrate|storm|break through)|"
     r"battles? for|fighting for (?:control of )?the (?:town|city|village)\b|firefights?|gunfights?|"
     # (not "ambushed a convoy of fuel tankers": its drivers, see below)
     r"gun ?battles?|shoot-?outs?|skirmish(?:es)?|"
     r"ambush(?:ed|es)?(?! (?:an? |the )?convoy of (?:[\w.-]+ )?(?:tankers|trucks|lorries|buses)\b)|"
     r"fighting (?:(?:also|later|then) )?(?:erupted|broke out|raged|spread|continued|resumed|"
     r"(?:was|were|has been|had been) (?:also )?(?:raging|reported))|"
     r"(?:attacked|fought|fired on|shot at) (?:each other|one another)|"
     # "troops deployed ... but were themselves attacked by Druze gunmen": the forces, attacked (see _triggers)
     r"(?:were|was) (?:themselves |also |then )?attacked by (?=(?:[\w-]+ ){0,2}(?:gunmen|fighters|militants|"
     r"militiamen|rebels|insurgents|jihadists)\b)|"
     r"(?<=troops were themselves )attacked|(?<=forces were themselves )attacked|"  # (by no one named)
     r"(?<=but were themselves )attacked|"
     # "the rebels shot down a police helicopter ..., killing 13 officers"
     r"shot down (?:an? |the )(?:[\w-]+ ){0,2}(?:helicopter|plane|aircraft|jet)(?=[^.;]{0,80}\bkill)|"
     # "coalition forces carried out a raid near Atmeh, killing a senior Islamic State leader"
     r"(?:carried out|conducted|launched) (?:an? |the )(?:[\w-]+ ){0,2}raids?(?=[^.;]{0,120}\bkilling\b)|"
     # "Russian troops have pushed into the centre of Pokrovsk": fighting in the town (not "pushed into talks", nor
     # "advanced into Russia's Kursk region": an incursion, its fights told apart)
     r"(?:" + "|".join(f"(?<={noun} )" for noun in ("troops", "forces", "tanks", "soldiers", "fighters", "rebels")) +
     r")(?:have |had )?(?:pushed|advanced) (?:deeper |further )?into\b(?! (?:talks|negotiations|poverty|debt)\b)"
     r"(?![^.,;]{0,40}\b(?:region|province|oblast|territory|country)\b)|"
     # "Thai and Cambodian troops fought at several points" (not "fought alongside the army", "fought in the war")
     # (the word first, then who fought: a look behind at every position of every sentence costs)
     r"fought(?:" + "|".join(f"(?<={noun} fought)" for noun in ("troops", "forces", "soldiers", "fighters", "rebels",
                                                               "militants", "insurgents", "militiamen", "jihadists",
                                                               "armed groups", "militias", "gunmen", "tribesmen")) +
     r")(?! (?:alongside|beside|in (?:the|a|an) (?:[\w-]+ )?wars?|under|as|for (?:the|a|an|their|its) "
     r"(?!control)|for (?:days|weeks|months|years))\b)|"  # (nor "fought for weeks": a campaign's length)
     # "Eleven militants were killed in a raid in the Datta Khel area, and six more in a gunfight in Bannu"
     r"(?:militants|fighters|insurgents|rebels|jihadists|terrorists|gunmen) (?:were|had been|have been) killed "
     r"(?:during|in) (?:an? |the )?(?:[\w-]+ ){0,2}(?:raids?|(?:security |military )?operations?)\b|"
     # "six soldiers had been killed in attacks by outlaw groups": the forces' fight
     r"(?:soldiers|troops|servicemen|policemen|police officers|security personnel|gendarmes) "
     r"(?:were|had been|have been) killed (?:in|during) (?:an? |the )?(?:[\w-]+ )?(?:attacks?|ambush(?:es)?|assaults?)"
     r"(?= by\b)|"
     r"destroyed (?:an? |the |two |three |several )?(?:[\w-]+ ){0,2}(?:tanks?|"
     r"armou?red vehicles?|military vehicles?)|"
     r"(?:attacked|raided|opened fire on|fired on) (?:an? |the )?(?:[\w.]+ ){0,2}"
     r"(?:(?:army|military|police|security|border|peacekeeping) (?:posts?|bases?|camps?|checkpoints?|positions?|"
     r"convoys?|patrols?|"
     r"barracks|stations?)|gendarmerie (?:[\w-]+ )?(?:posts?|bases?|camps?|stations?|schools?|academ(?:y|ies))|"
     # ... or a bare base or outpost ("fighters attacked a base in Jowhar"): only a force holds one
     r"checkpoints?|patrols?|barracks|garrisons?|(?:bases?|outposts?)(?! (?:of|for) (?:the )?(?:[\w-]+ )?"
     r"(?:fans|supporters|voters)))|"
     # "A police station in the Dera Ismail Khan district was attacked by dozens of militants", a headline's "Police
     # station attacked": a force's post attacked (by whom, the actor rules tell)
     r"(?:police|army|military|security|border) (?:stations?|posts?|bases?|checkpoints?|camps?|convoys?|patrols?)"
     r"(?: [^.;]{0,80}?(?:was|were|had been|has been) (?:also )?| )(?:attacked|stormed|ambushed)\b|"
     # "Government forces deployed to the area came under fire" (a force's or its post's, see _triggers)
     r"(?:came|come|coming) under (?:heavy )?(?:fire|attack)|"
     # "killed in an attack on an army post"
     # ... "A second attack hit a military detachment in Diapaga"
     r"(?:attacks? on|attacks? (?:also |later )?(?:hit|targeted|struck)) (?:an? |the )?(?:\w+ ){0,2}"
     r"(?:(?:army|military|"
     r"police|security) (?:posts?|bases?|camps?|checkpoints?|positions?|convoys?|patrols?|barracks|stations?|"
     r"detachments?|units?|helicopters?|aircraft)|checkpoints?|barracks|garrisons?)|"
     # "29 soldiers were killed when militants attacked their unit": the force's own post or unit (not "their village")
     r"(?:attacked|ambushed|stormed|overran|raided) their (?:[\w-]+ )?(?:bases?|posts?|outposts?|units?|positions?|"
     r"convoys?|patrols?|checkpoints?|barracks)\b|"
     # "Police and soldiers fought the gunmen for several hours"
     r"fought (?:off )?(?:the |a |an )?(?:\w+ ){0,2}(?:gunmen|militants|rebels|insurgents|attackers|assailants|gang "
     r"members|gangs?|jihadists|militiamen)|"
     # "Soldiers pursued the attackers, killing two of them"
     r"(?:pursued|chased) (?:the )?(?:gunmen|militants|attackers|assailants|raiders|jihadists)"
     r"(?=[^.]{0,30}\bkill(?:ed|ing)\b)|"
     r"(?:attacked|ambushed|opened fire on|fired on|fired at|fought) (?:an? |the )?(?:\w+ ){0,2}"
     r"(?:police(?:men| officers)?|"
     r"soldiers|troops|security forces|servicemen|army|military|positions|"
     r"(?<=its )forces|(?<=their )forces|"  # "Thai troops had attacked its forces"
     r"presidential (?:palace|compound|residence))|"  # ... and the guards of "the presidential palace"
     # "launched a large-scale attack on government positions": the attack by its noun
     r"(?:launched|mounted|carried out) (?:an? |their |its )?(?:[\w-]+ ){0,2}(?:attack|assault|offensive) on "
     r"(?:[\w'’-]+ ){0,2}(?:positions|bases?|posts?|outposts?|barracks|garrisons?|checkpoints?))\b",
     "Battles", "Armed clash", "Political violence"),
    # (not protests said to have been "hijacked")
    # ... "after 25 schoolgirls were seized in Kebbi state"
    (r"\b(?:kidnapp(?:ed|ing)|abduct(?:ed|ing|ion|ions)|(?<![\"“])hijack(?:s|ed|ing|ings)?|"
     r"(?:schoolgirls|schoolboys|schoolchildren|pupils|students|children|villagers|passengers|worshippers) "
     r"(?:were|had been|have been) (?:seized|taken)(?! to\b)|"
     r"(?:taken|took|taking) (?:\w+ ){0,3}hostages?|"
     # "bandits raided their homes and carried away at least 11 people"
     r"(?:carried|carrying|whisked) (?:away|off) (?:(?:at least|about|some|more than|nearly) )?(?:[\w-]+ ){0,2}"
     r"(?:people|villagers|residents|women|children|girls|boys|students|passengers|worshippers|farmers|travell?ers))\b",
     "Violence against civilians", "Abduction/forced disappearance",
     "Political violence"),
    (r"\b(?:raped|rapes|sexual violence|sexual assaults?)\b", "Violence against civilians", "Sexual violence", "Political violence"),
    # ("fighters had carried out killings in the towns of Baniyas and Jableh": of civilians there)
    (r"\b(?:massacred?|behead(?:ed|ing)|carried out (?:mass |summary |sectarian |revenge )?(?:killings|executions)|"
     r"(?:summarily )?executed (?:\w+ ){0,2}(?:civilians|prisoners|villagers|men|women|people|"
     r"captives|hostages|soldiers|detainees|residents)|"
     r"(?:summarily |publicly )?executed (?:him|her)\b|"  # "abducted an influencer ... and executed her in public"
     r"shot dead (?:(?!and\b)\w+ ){0,3}(?:men|women|people|(?<=a )(?:[\w-]+ )?(?:man|woman|boy|girl|teenager))"
     r"(?! (?:at|during) (?:the )?(?:[\w-]+ )?(?:demonstrations?|protests?|"
     r"rall(?:y|ies)))|"  # "shot dead nine men", not "19 people at demonstrations" (police firing on protesters)
     # (not across a clause: "30 militants killed as army clears train siege")
     r"(?:killed|killing|kills?|attacked|shot dead|shooting|shot at|shot|opened fire on|fired on|fired at) "
     r"(?:(?!(?:as|when|while|after|before|because|since|near|outside|no)\b|(?:in|at) the\b)\w+ ){0,3}"
     r"(?:civilians|villagers|"
     r"villages?|residents|worshippers|aid seekers|"
     # "opened fire on Palestinians gathering near an aid centre", "on a crowd waiting for aid"
     r"(?<=opened fire on )(?:\w+ ){0,2}(?:Palestinians|people|crowds?)(?= (?:gathering|waiting|queuing|queueing|"
     r"seeking|collecting|heading|walking|trying))|"
     # ... "opened fire on a group of Palestinians east of Khan Younis ..., killing four people": shot, no fight told
     r"(?<=opened fire on )(?:a (?:group|crowd) of )?Palestinians(?=[^.;]{0,100}\b(?:killing|killed)\b)|"
     r"farmers|passengers?|(?:passenger )?trains?|buses|tourists|displaced (?:people|persons|families)|pilgrims|students|mourners|shoppers|fishermen|herders|traders|commuters|"
     r"visitors|guests|miners|children|bus|motorists|patients|refugees|aid workers|"
     # "went from house to house, shooting men in the street"
     r"(?<=shooting )(?:(?!(?:where|when|in|at|that|which|of|and)\b)[\w-]+ ){0,2}(?:men|women|people)"
     r"(?! (?:who|with)\b)|"
     # "ambushed a truck, killing its driver" (not "the officer shot the driver of the car")
     r"(?:" + "|".join(f"(?<=kill{end} {det})" for end in ("ed", "ing") for det in ("", "a ", "its ", "the ")) +
     r")(?:truck |bus |taxi |lorry )?drivers?)|"
     # "Carlos Manzo, the mayor of Uruapan, was shot dead": an official, a journalist killed (no fight)
     r"\b(?:mayor|governor|official|journalist|activist|politician|candidate|judge|lawmaker|legislator|"
     r"council(?:l)?or|priest|pastor|imam|lawyer|prosecutor|(?:village|tribal|clan|community) (?:chief|head|elder)|"
     r"headman)\b[^.;\d]{0,80}?\b(?:was|were) (?:shot dead|gunned down|"
     r"assassinated)|"
     # "Three Palestinians were killed when Israeli troops who arrived at the scene opened fire"
     r"(?<=killed when )(?:the )?(?:[A-Z][\w-]* )?(?:troops|soldiers|police(?:men)?|security forces)"
     r"(?: who [^.;,]{0,40})? opened fire\b|"
     # "troops had fired at 'suspects' who approached them": the army's word for people who came near, unarmed
     r"(?:opened fire on|fired (?:at|on)|shot(?: at)?) [\"“‘']?suspects[\"”’']? who (?:had )?approached|"
     # "Israeli forces opened fire near an aid distribution site": on the people who came for aid
     # ... "were killed when gunfire erupted near a food distribution point", "killed near an aid site"
     r"(?:opened fire|fired|shot|(?:gunfire|shooting) (?:erupted|broke out|rang out)|(?<=were )(?:killed|shot dead|"
     r"shot)(?: (?:on|early on|late on) \w+)?) (?:on (?:[\w-]+ ){1,3})?(?:near|at|on|around|close to) (?:an? |the )?"
     r"(?:[\w-]+ )?(?:aid|food) (?:distribution )?(?:sites?|centres?|centers?|points?|hubs?)|"
     # "Dozens of civilians were killed as the paramilitary fighters went house to house"
     # ... "30 civilians were killed when the paramilitary fighters entered the town"
     r"(?:civilians|villagers|residents|people) (?:were|had been) (?:killed|shot dead|executed) (?:as|when) (?:the )?"
     r"(?:[\w-]+ ){0,2}(?:fighters|gunmen|militants|militiamen|soldiers|troops) (?:went|moved|swept|searched|entered|"
     r"stormed|overran)\b|"
     # "gunmen had gone from house to house in Alawite neighbourhoods and shot men"
     r"(?:gunm[ae]n|attackers|militants|militiamen|fighters|soldiers) (?:had )?(?:gone|went|moved) (?:from )?"
     r"(?:house to house|door to door)(?=[^.;]{0,60}\b(?:shot|shooting|killed|killing|executed|executing)\b)|"
     # "more than 460 patients and their companions were shot dead at the hospital": shot, by whoever it was
     r"(?:civilians|villagers|residents|patients|worshippers|passengers|people|men|women|children)"
     r"(?: and (?:their |the )?[\w-]+)? (?:were|had been|have been) (?:found )?(?:shot dead|gunned down|"
     r"(?:summarily )?executed)"  # ("Twelve people were found shot dead in Culiacan")
     r"(?! (?:at|during) (?:the )?(?:[\w-]+ )?(?:demonstrations?|protests?|rall(?:y|ies)))|"
     # "the bodies of five men were found dumped beside a highway", "found the bodies of six men with gunshot wounds":
     # people killed, the marks of it on them (not a mass grave's, of older killings)
     r"bodies of (?:at least |more than |some )?[\w,]+ (?:[\w-]+ ){0,2}(?:were|have been|had been) "
     r"(?:found|discovered|recovered) (?:dumped|bound|shot|tortured|beheaded|decapitated|dismembered|"
     r"riddled with bullets|with (?:gunshot|bullet|stab) wounds|with (?:signs|marks) of torture)|"
     r"(?:found|discovered|recovered) the bodies of (?:at least |more than |some )?[\w,]+ (?:[\w-]+ ){0,2}"
     r"(?:dumped|bound|shot|riddled with bullets|with (?:gunshot|bullet|stab) wounds|with (?:signs|marks) of torture)|"
     # "killed 32 Palestinians who were trying to reach food distribution points", "killed while seeking aid"
     r"(?:killed|shot dead) (?:at least |more than |some )?(?:[\w,]+ )?(?:palestinians|people|civilians|men|women) "
     r"(?:who were |as they were |while )?(?:trying to reach|seeking|waiting for|queuing for|queueing for|collecting|"
     r"heading to) (?:[\w-]+ ){0,2}(?:aid|food)|"
     r"(?:killed|shot(?: dead)?) (?:while|as they were) (?:seeking|waiting for|trying to reach|collecting|queuing for) "
     r"(?:[\w-]+ )?(?:aid|food)|"  # ("14 people who were shot while waiting for food")
     # "attacked a convoy of fuel tankers": the drivers, whoever attacked
     r"(?:attacked|ambushed) (?:an? |the )?convoy of (?:[\w.-]+ )?(?:tankers|trucks|lorries|buses)\b|"
     # "Israeli fire killed three Palestinians east of Khan Younis": unarmed people shot, no fight told
     r"(?<=fire )(?<!crossfire )(?<!cross-fire )(?:also )?(?:killed|kills|killing) (?:at least |more than |"
     r"some )?(?:[\w,]+ )?(?:palestinians|people|civilians|men|women|children|residents|villagers)\b|"
     # "745 civilians had been killed in Latakia and Tartus, many of them by gunmen who went from house to house"
     r"(?:civilians|villagers|residents) (?:were|had been|have been) killed\b[^.;]{0,80}?\bby (?:[\w-]+ )?"
     r"(?:gunmen|militants|attackers|assailants|armed men|militiamen)|"
     # "civilians killed by gunmen in the towns of Baniyas and Jableh"
     r"(?:civilians|villagers|residents|farmers|worshippers|passengers) (?:were )?(?:killed|shot dead|massacred) by "
     r"(?:[\w-]+ )?(?:gunmen|militants|attackers|assailants|armed men|bandits|jihadists|militiamen)|"
     # "killed 38 people in an attack on a church", "attacked its clinic": a place where unarmed people gather
     # ... and a strike on one ("a drone strike on a funeral gathering"; not "air strikes on two villages": where)
     r"(?:attacks? on|attacked|(?:(?<=strike )|(?<=strikes ))on(?! (?:\w+ ){0,2}villages?\b)) "
     r"(?:a |an |the |its |their )?(?:(?![\w]+-(?:controlled|held) )"
     # (not "a gendarmerie training school", nor "was attacked near the village of Sandare": where)
     r"(?!(?:military|army|police|gendarmerie|naval|cadets?|near|outside|in|at|by)\b)[\w-]+ ){0,2}"
     r"(?:church(?:es)?|mosques?|temples?|markets?|schools?|clinics?|hospitals?|weddings?|funerals?|villages?|"
     r"hotels?|restaurants?|cafes?|bars?|nightclubs?|beach(?:es)?|homes? of|mining (?:sites?|camps?)|gold mines?|"
     r"(?:displacement|refugee) (?:camps?|sites?)|(?:camps?|sites?) for (?:the )?displaced)|"
     # "they attacked Chitunda, a village some 12 km further south": a village so named is its people's
     r"attacked (?:[\w'’-]+ ){0,2}?[\w'’-]+, (?:a|another) (?:[\w-]+ ){0,2}village\b|"
     # "Jihadist fighters killed at least 200 people", "Suspected ADF rebels killed at least 18 people during a
     # funeral": armed men who killed people attacked them
     r"(?:militants|jihadists|fighters|insurgents|rebels|paramilitaries|militiamen) (?:[\w-]+ ){0,6}killed "
     r"(?:at least |more than |some |about )?[\w,]+ "
     r"(?:people|civilians|villagers|residents|worshippers)|"
     r"(?:gunm[ae]n|bandits|attackers?|assailants?|armed (?:men|youths|herders)|raiders|gang members|gangsters|"
     r"gangs?),? "
     # (not another subject's verb: "The attackers fled after troops killed eight of them"; "the attackers, suspected
     # herders, opened fire"), but what they wore ("Armed men dressed as soldiers opened fire")
     r"(?:(?:dressed|disguised) (?:as|in) (?:[\w-]+ ){1,2}|"
     r"(?!(?:were|was|been|being|after|before|when|as|troops|soldiers|police|army|forces)\b)[\w-]+,? ){0,7}"
     # ("gangs stormed the town of Mirebalais, freeing 500 prisoners": a capture, unless they killed there)
     # (and "the central Haitian town of Mirebalais")
     r"(?:killed|shot|attacked|stormed(?! (?:the )?(?:[\w-]+ ){0,2}?(?:town|city) of\b"
     r"(?![^.]{0,80}\b(?:killing|killed|shooting)))|"
     r"opened fire on|opened fire|raided(?=[^.]{0,150}\b(?:killing|killed|shooting)))"  # (a raid to abduct: abduction)
     # (nor "a U.N. peacekeeping patrol": a fight with the force)
     r"(?! (?:[\w.]+ ){0,2}(?:police|security|army|military|gendarmerie|gendarmes|peacekeep\w*|presidential|"
     # (an aid convoy is civilians': "attacked a humanitarian convoy", "a convoy of an aid agency", "of fuel tankers")
     r"soldiers|troops|checkpoints?|patrols?|posts?|bases?|(?<!aid )(?<!humanitarian )(?<!relief )"
     r"convoys?(?! of (?:an? |the )?(?:aid|humanitarian|relief|(?:fuel |oil |goods )?"
     r"(?:tankers|trucks|lorries|buses))\b)|"
     r"barracks|garrisons?|positions?|each other|"
     r"one another)\b)"
     r"(?= (?!by\b|in\b|on\b|when\b|after\b|during\b)[a-z0-9]))\b",
     "Violence against civilians", "Attack", "Political violence"),
    # ("accused some of those detained of spying": the people held, no arrest of its own)
    (r"\b(?:(?<!those )arrested|(?<!those )detained|arrests|detaining|arresting)\b", "Strategic developments",
     "Arrests",
     "Strategic developments"),
    # ... and a prison's riot, inmates against each other or the guards ("A riot at a prison in Machala left 14 dead")
    # ... "inmates had clashed with each other overnight": a riot of the prison's own
    (r"\b(?:lynched|mob (?:attacked|killed|beat)|(?:prison|jail) (?:riot|riots|uprising|mutiny)|"
     r"(?:inmates|prisoners)\b[^.;]{0,60}?\b(?:clashed|fought|rioted)|"
     r"riots? (?:at|in) (?:a|the) (?:[\w-]+ ){0,2}(?:prison|jail|penitentiary))\b", "Riots", "Mob violence",
     "Demonstrations"),
    # "supporters of rival student groups clashed", "rival party activists fought": crowds fighting each other
    (r"\b(?:(?:supporters|activists|members|cadres) of (?:the )?(?:two )?rival (?:(?!armed\b)[\w-]+ ){0,2}"
     r"(?:groups|factions|parties|wings|camps)|"
     # (not "rival armed groups clashed in Tripoli": a battle)
     r"rival (?:(?!armed\b)[\w-]+ ){0,2}(?:groups|factions|supporters|activists|students)) (?:clashed|fought)\b",
     "Riots", "Mob violence", "Demonstrations"),
    # ... not the police that is named for riots ("riot police blocked the students")
    (r"\b(?:riots?(?! (?:police|gear|squads?|units?|officers|control|shields?|vans?)\b)|rioters|rioting)\b", "Riots",
     "Violent demonstration", "Demonstrations"),
    # "BNP supporters clashed with police" (a headline's "clash with police" too)
    (r"\b(?:(?:supporters|activists)\s+(?:of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4})?(?:clashed|clash|fought|fight) with "
     r"(?:the )?(?:police|security forces|riot police)|"
     r"(?:protesters|demonstrators|crowds?|mobs?|youths|students|young (?:people|men)|supporters)\s+"
     r"(?:[\w'’-]+\s+){0,9}(?:looted|"  # ("Protesters angry at the M23 rebels' advance on Goma attacked")
     r"torched|ransacked|burned|"
     r"set (?:\w+ ){0,5}(?:on fire|ablaze)|set fire to|pelted|attacked|stormed|storm|"
     r"threw (?:stones|rocks|petrol bombs|molotov|bottles|flares|fireworks|projectiles)|"
     r"(?:clashed|clash) with (?:the )?(?:police|security forces|riot police)|"  # (a headline's present too)
     # "students clashed with members of the ruling party's student wing"
     r"(?<=students )(?:\w+ ){0,2}clashed with|"
     # "Kurdish and Arab protesters clashed over plans to ...": crowds fighting each other, whatever over
     r"(?<=protesters )clashed|(?<=demonstrators )clashed|"
     # road blocks of burning tyres are violent in ACLED's terms
     r"blocked (?:[\w-]+ ){1,3}with (?:burning )?(?:tyres|tires|barricades)|(?:burned|burnt) (?:tyres|tires)|"
     r"(?:erected|set up|built) (?:burning )?barricades))\b", "Riots", "Violent demonstration", "Demonstrations"),
    (r"\b(?:(?:opened fire on|fired? on|shot dead|killed|shot) (?:[\w-]+ ){0,4}(?:protesters?|demonstrators?|"
     r"(?:at|during|in) (?:the )?(?:[\w-]+ )?(?:demonstrations?|protests?|rall(?:y|ies)))|"
     # "fired live ammunition at protesters" (not tear gas or rubber bullets: see the intervention below)
     r"fired (?:live (?:ammunition|rounds|bullets)|bullets|shots) (?:at|into) (?:the )?(?:[\w-]+ )?(?:protesters|"
     r"demonstrators|crowds?)|"
     # "fired on supporters of the opposition candidate who took to the streets of Garoua"
     r"(?:opened fire on|fired? on) (?:the )?(?:supporters|crowds?)(?=[^.;]{0,80}\b(?:took to the streets|protest|"
     r"marched|demonstrat))|"
     # "Protesters stormed parliament ..., and police opened fire on the crowds": the police's fire on them
     r"(?<=police )(?:opened fire on|fired on) (?:the )?crowds?\b|"
     # "At least one protester was shot dead", "A man was shot dead and dozens were hurt during protests in Lima"
     r"(?:protesters?|demonstrators?) (?:was|were|had been) (?:shot dead|shot and killed|killed|shot)|"
     r"(?:was|were) shot dead(?=[^.;]{0,100}\b(?:during|at|in) (?:the )?(?:[\w-]+ ){0,2}(?:protests?|"
     r"demonstrations?|rall(?:y|ies))\b))\b", "Protests",
     "Excessive force against protesters",
     "Demonstrations"),
    (r"\b(?:tear gas|water cannons?|pepper spray|stun grenades|"
     # (the crowd dispersed looked at, not taken: "disperse protesters who threw bottles" tells their riot too)
     r"dispers(?:ed|e|ing)(?= (?:the |a )?(?:[\w-]+ )?(?:protesters|demonstrators|crowds?|rall(?:y|ies))\b)|"
     r"(?:beat|clubbed|scuffled with|arrested|detained) (?:[\w-]+ ){0,3}(?:protesters|demonstrators))\b", "Protests",
     "Protest with intervention", "Demonstrations"),
    # A demonstration or a rally of people, not a product's, a garden's or the stock market's (nor a ban on them:
    # "protests banned", "a ban on protests")
    (r"\b(?:(?<!ban on )(?<!banning )(?<!banned )protests?(?! (?:were |was |are |is |have been |had been )?(?:banned|"
     r"outlawed|prohibited)\b)|protested|protesters|demonstrators|marched|"
     r"took to the streets(?! (?:to|in) (?:celebrat|cheer|rejoic|welcom|mourn))|sit-ins?|"  # (not a celebration)
     r"(?:demonstrations?|rall(?:y|ies)) (?:also )?(?:against|over|in support|outside|in front|calling|demanding|to (?:demand|protest)|"
     r"erupted|broke out|took place|(?:was|were) (?:also )?held)|"
     r"(?:held|staged|organi[sz]ed|joined|attended) (?:a |an |the )?"
     r"(?:[\w-]+ ){0,2}demonstrations?|(?:held|organi[sz]ed|joined|attended) (?:a |an |the )?(?:[\w-]+ ){0,2}rall(?:y|ies)|"
     # ("Tens of thousands of people rallied in central Belgrade", not "rallied behind the team")
     r"(?:supporters|crowds|thousands|hundreds|people|residents|students|protesters|demonstrators|opponents) "
     r"rallied(?! (?:behind|around|to|for|from|back)\b)|"
     r"(?:went|go|gone|going) on (?:a )?(?:[\w-]+ )?strike|"  # "truck drivers went on strike": a labour protest
     r"(?:people|residents|villagers|students|workers|women|supporters|crowds|protesters|thousands|hundreds|dozens) "
     r"(?:[\w-]+ ){0,2}demonstrated(?! (?:that|how|what|its|their|his|her|the|a|an|support|solidarity)\b))\b",
     "Protests", "Peaceful protest", "Demonstrations"),
    (r"\b(?:looted|looting|torched|set fire to|ransacked|burn(?:ed|t) (?:down )?(?:[\w-]+ ){0,2}(?:homes|houses|huts|"
     r"buildings|shops|vehicles|cars|villages?|markets?)|(?:setting|set) (?:[\w-]+ ){0,2}(?:homes|houses|huts|shops|"
     r"villages?|markets?|vehicles|cars|buses|trucks) (?:on fire|ablaze)|"
     r"(?:stole|rustled|looted|drove off|made off with) (?:[\w,-]+ ){0,4}(?:cattle|livestock|goats|sheep|camels)|"
     r"burn(?:ed|t) (?:[\w-]+ ){0,2}(?:granaries|crops|grain stores)|"
     # "Israeli forces blew up about 20 buildings in the camp": a demolition, not a bombing
     r"(?:demolished|blew up|razed|bulldozed) (?:[\w-]+ ){0,4}(?:homes?|houses?|buildings)|"
     r"(?:homes|houses) (?:were|had been) demolished|"
     # "Demonstrators toppled a statue of Hugo Chavez": a crowd's damage, a riot among protests (see _triggers)
     r"(?:toppled|tore down|pulled down) (?:an? |the )(?:[\w-]+ ){0,2}statues?)\b", "Strategic developments",
     "Looting/property destruction",
     "Strategic developments"),
    # "signed a U.S.-brokered agreement" (the dots of initials are no stop); a headline's "sign peace deal" (not
    # "failing to agree on a ceasefire", "did not reach a deal", "reached no deal", "sign aid pledge but no truce")
    (r"(?<!fail to )(?<!failed to )(?<!failing to )(?<!unable to )(?<!refused to )(?<!not )"
     r"\b(?:signed|reached|agreed|signs?|reach(?:es)?|agrees?)\b(?:[^.]|(?<=[A-Z])\.){0,40}\b(?<!\bno )"
     r"(?:agreement|deal|ceasefire|truce)\b|"
     # "agreeing to exchange 1,000 prisoners of war each", "agreed to a prisoner swap"
     r"\b(?:agreed|agreeing|agrees?) to (?:an? )?(?:exchange|swap|prisoner (?:exchange|swap))\b|"
     # "signed off on the first phase of a U.S.-brokered plan to end the war"
     r"\b(?:signed|signs?) off on(?=(?:[^.]|(?<=[A-Z])\.){0,40}\bplan to end\b)|"  # (its "plan to" is no modal)
     r"\b(?:signed|signs?) (?:a |an |the )?(?:joint |peace )?(?:declaration of principles|declaration of peace|"
     r"peace declaration|joint declaration|accord|memorandum of understanding)\b|"
     # "signed a declaration in Jeddah committing both sides to protect civilians", "sign aid pledge" (not "signed a
     # declaration of disaster emergency")
     r"\b(?:signed|signs?) (?:a |an |the )?(?:[\w-]+ ){0,2}(?:declaration|pledge|commitment)s?\b(?! of\b)|"
     # "A ceasefire was reached"
     r"\b(?:agreement|deal|ceasefire|truce) (?:was|has been|had been) (?:reached|agreed|signed)\b",
     "Strategic developments", "Agreement", "Strategic developments"),
    (r"\b(?:talks|negotiations)\b", "Strategic developments", "Other", "Strategic developments"),
    (r"\b(?:set up|established|built)\b[^.]{0,30}\b(?:base|headquarters|outpost)\b", "Strategic developments", "Headquarters or base established", "Strategic developments"),
    # ... and a headline's "withdraw from", "began pulling out of"
    (r"\b(?:withdrew|withdrawn|pulled out of|retreated from|withdraws? from|withdrawing from|pull(?:s|ing)? out of)\b",
     "Strategic developments", "Non-violent transfer of territory", "Strategic developments"),
    (r"\b(?:struck(?! (?:a |an )?(?:deal|agreement|bargain|compromise|chord|balance|note|tone))|bombed|bombarded|"
     # a headline's verb: "Israel strikes Beirut suburb", "... strikes Iranian nuclear sites"
     r"strikes(?= (?!(?:on|in|at|against|kill|kills|killed|hit|hits)\b)[\w-]+ (?:[\w-]+ )?(?:suburbs?|targets|sites|"
     r"positions|bases?|camps?|towns?|villages?|ports?|cit(?:y|ies))\b)|"
     r"pounded|(?:was|were)(?: also)? hit(?! by (?:an? )?(?:missiles?|rockets?|shells?|drones?))|"
     # "The Israeli military said it had also hit a cement factory": a force telling what it struck
     # ... or its forces ("said its forces had also hit the Syzran refinery")
     r"hit(?:" + "|".join(f"(?<=said {who} {aux}hit)" for who in ("it", "they", "its forces")
                          for aux in ("", "had ", "also ", "had also ")) + r")"
     r"(?= (?:an? |the |two |three |several )?(?:[\w-]+ ){0,2}(?:factory|depot|port|base|airport|power "
     r"stations?|targets?|positions?|sites?|facilit(?:y|ies)|infrastructure|buildings?|refinery|refineries)\b)|"
     r"(?:places|villages|towns|areas|sites|targets) (?:hit|struck|targeted|bombed)(?= (?:were|included?)\b)|strikes? on (?:a|an|the)(?= )|strikes? on(?= (?!(?:monday|tuesday|wednesday|thursday|friday|"
     r"saturday|sunday|a|an|the)\b)\w)|(?:strikes?|raids?) (?:also )?(?:hits?|targeted)|"
     # "Israeli strike kills", "Israeli strikes and gunfire killed 25", "strikes across the Gaza Strip killed 31"
     r"(?<!hunger )(?<!general )(?<!labour )strikes? (?:and (?:[\w-]+ ){1,2}|(?:across|throughout|on|in|near|at) "
     r"(?:[\w'’-]+ ){1,6}?)?(?:kills?|killed|wounds?|wounded)\b|"
     r"another (?:one )?(?:also )?(?:hit|struck|targeted)|"  # "... Another hit a tent in Khan Younis"
     r"(?<=and )another on (?:a|an|the)(?= )|"  # "a strike on a house in Sabra killed seven, and another on a tent"
     # "The attack also hit the city of Bila Tserkva": the barrage told before, at another place
     # (not "The attack hit residential buildings in the city's ... districts": the attack told, retold)
     r"the (?:attack|barrage|bombardment|assault) also (?:hit|struck|damaged)|"
     # "The Houthis attacked a bulk carrier in the Red Sea", "A second vessel was attacked": a strike at sea
     # (not "had targeted the ship because ...": the strike told; nor "a convoy of fuel tankers": trucks on a road)
     r"(?:attacked|targeted) (?:an? |two |three |several )(?:(?!convoys?\b)[\w-]+ ){0,3}(?:ships?|vessels?|tankers?|"
     r"carriers?|freighters?)\b|"
     # ... or one introduced by its flag ("attacked the Liberian-flagged, Greek-operated bulk carrier Magic Seas")
     r"(?:attacked|targeted) the (?:[\w-]+,? ){0,3}?[\w-]+-(?:flagged|owned|operated),? (?:[\w-]+,? ){0,3}?"
     r"(?:ships?|vessels?|tankers?|carriers?|freighters?)\b|"
     r"(?:ship|vessel|tanker|carrier|freighter) (?:was|were) (?:also )?(?:attacked|targeted)|"
     # "The US military destroyed a boat it said was carrying drugs, killing all six aboard"
     r"(?:destroyed|sank) (?:an? |the )(?:[\w-]+ ){0,2}(?:boats?|speedboats?|vessels?)\b|"
     # "Another bomb hit an apartment building on Sunday": the bombs told before, again (and "One strike hit a car
     # ..., and a second hit a house in Bint Jbeil": one more)
     r"(?:another|a second|a third|one more) (?:(?:[\w-]+ )?(?:bomb|strike|drone|missile|rocket|shell) )?(?:also )?"
     r"(?:hit|struck|landed|fell|exploded)|"
     # "an industrial site caught fire after being hit", "falling debris damaged buildings": a strike's
     r"after being (?:hit|struck)|falling debris|debris (?:from (?:an? |the )?(?:[\w-]+ )?(?:drones?|missiles?|"
     r"rockets?) )?fell (?:on|onto|in)\b)\b",
     "Explosions/Remote violence", "generic strike", "Political violence"),
    # ("A bomb planted on a motorcycle exploded next to a police van")
    # ... and devices that blew up ("Pagers used by Hezbollah members exploded across Lebanon")
    (r"\b(?:explosions?|blasts?|detonated|blew up|bombs? (?:[\w-]+ ){0,5}?(?:exploded|went off)|"
     r"(?:pagers|walkie-talkies|devices|radios) (?:[\w-]+ ){0,4}?(?:exploded|went off))\b",
     "Explosions/Remote violence", "generic blast", "Political violence"),
    # (not "launched 728 drones and 13 missiles": the first weapon names the kind)
    (r"\blaunch(?:ed|ing) (?:(?!drones\b)\w+ ){0,4}missiles?\b(?! (?:strikes?|attacks?)\b)",
     "Explosions/Remote violence", "generic missile launch", "Political violence"),
    # ("fired some 450 drones and 30 missiles at Ukraine")
    (r"\blaunch(?:ed|ing) (?:\w+ ){0,4}drones\b|"
     r"\bfired (?:\w+ ){0,3}drones? (?:and (?:[\w-]+ ){0,3}(?:missiles|rockets) )?(?=at|on|toward|towards|into)|"
     # "after attacking it with drones and rockets": the first weapon names the kind
     r"\battack(?:ed|ing) (?:it|them|the (?:ship|vessel|tanker|carrier)) with drones\b", "Explosions/Remote violence",
     "generic drone launch", "Political violence"),
    (r"\battack(?:ed|ing) (?:it|them|the (?:ship|vessel|tanker|carrier)) with (?:missiles|rockets)\b",
     "Explosions/Remote violence", "generic missile launch", "Political violence"),
    (r"\b(?:kill(?:ed|ing|s)? (?:(?!when |as |after |while |by )\w+ ){0,4}(?:soldiers?|troops|servicemen|policem[ae]n|"
     r"police officers?|security forces|mercenaries|"
     r"militants|fighters|rebels|insurgents|jihadists|attackers|gunmen|assailants|guerrillas|commanders?|"
     r"militiamen|gang members|gangsters|bandits)|"
     # "One of their officers was shot dead by gunmen in the camp": the armed men's attack on the forces
     r"(?:soldiers?|troops|policem[ae]n|(?:police )?officers?|gendarmes?|servicem[ae]n|guards?) (?:was|were|had been|"
     r"have been) (?:killed|shot dead|gunned down|shot and killed)(?: (?:in|during) an? (?:[\w-]+ )?(?:attack|ambush|"
     r"assault|raid))? by (?:[\w-]+ ){0,2}?(?:gunmen|militants|rebels|insurgents|jihadists|attackers|assailants|"
     r"armed men|bandits|fighters|militiamen|guerrillas)|"
     r"launched (?:an? )?(?!(?:[\w-]+ )?(?:search|rescue|evacuation|relief|aid|recovery|vaccination)\b)"
     # ("an operation to track the group" has found no one yet)
     r"(?:[\w-]+ ){0,2}(?:operation(?! to (?:track|hunt|find|search|locate|pursue|trace)\b)|raid|offensive|assault)|"
     # ... but forces that launched a rescue of hostages fought their captors (see _triggers)
     r"(?:(?<=forces )|(?<=troops )|(?<=army )|(?<=police ))launched (?:an? )?(?:[\w-]+ )?rescue operation|"
     r"(?:killed|died) in (?:\w+ ){0,2}fighting|"
     # "troops killed three Palestinians during a raid on the Nur Shams camp": the raid, a fight
     # ("Two Palestinians were killed and five wounded by Israeli fire during a raid on ...")
     r"(?:killed|shot dead) (?:[\w-]+ ){1,6}(?:during|in) (?:an? |the )?(?:[\w-]+ ){0,2}(?:raids?|incursions?)\b|"
     # "the coordinated assaults, which also targeted Nioro du Sahel, Diboli and Sandare": fighting at each
     r"(?:assaults|attacks|raids),? which also (?:targeted|hit)|"
     # "a police operation against the Comando Vermelho gang ... killed 119"
     + _STATE_OPERATION_WORDS + r" (?:against|on|targeting) (?:the )?"
     r"(?:[\w-]+ ){0,4}(?:gangs?|cartels?|militants|rebels|insurgents|militias?|jihadists|armed groups?)\b|"
     # "troops attacked RSF positions": only armed men hold positions (a strike the sentence tells takes precedence)
     r"(?:attacked|raided|assaulted|stormed) (?:an? |the |their )?(?:[\w'’-]+ ){0,2}(?:positions|hideouts?|"
     r"strongholds?)|destroyed (?:[\w-]+ ){0,3}(?:posts|outposts|bunkers|checkpoints)|"
     r"(?:attacked|ambushed|fought|engaged) (?:the )?(?:[\w'’-]+ ){0,2}(?:fighters|militants|rebels|insurgents|"
     r"dissidents|militiamen|guerrillas|jihadists|attackers|assailants)|"
     # "as gunfire and explosions shook the streets": fighting, not a bombing; "killed in separate firing"
     r"(?:gunfire|gunshots) and (?:explosions|blasts)|(?:explosions|blasts) and (?:gunfire|gunshots)|"
     r"(?:(?<=killed in )|(?<=died in )|(?<=wounded in ))(?:separate |sporadic |random )?(?:firing|gunfire)\b|"
     # "40 fighters from both sides were killed as the Houthis pressed an offensive on Marib"
     r"from both sides (?:were|had been|have been) killed|press(?:ed|es|ing) (?:an? |their |its )?offensive|"
     # "Israeli forces pressed on with a large operation in ... Jenin"
     r"press(?:ed|es|ing) on with (?:an? |the |their |its )?(?:[\w-]+ ){0,2}(?:operation|offensive|raid|assault)|"
     # "the factions fought heavy battles near the dam" (armed sides only: not "hard-fought battles" of a game)
     r"(?<!hard )(?<!hard-)fought (?:heavy |fierce |pitched |intense |running )?battles?|"
     # "raided the town of Tammun", "raided the Jenin refugee camp in the West Bank, killing three"
     r"raided (?:an? |the )?(?:[\w'’-]+ ){0,3}(?:town|village|city|camp|neighbou?rhood|district|area)s?"
     r"(?= (?:of|in|near|[A-Z]))"
     r"(?=[^.]{0,80}\b(?:killed|killing|shot|wounded|exchanged fire|clashed))|"
     # "JNIM fighters attacked the town of Djibo", "the ELN attacked several towns, including Tibu": a town is held
     # (villages are civilians', and an attack on one an attack on them)
     r"attacked (?:the (?:[\w-]+ )?(?:town|city) of|(?:two|three|four|five|several|a number of|dozens of) "
     r"(?:[\w-]+ )?towns)"
     r")\b", "Battles", "generic clash", "Political violence"),
]


# "the town of Lqliaa near Agadir", "the town of Bol, on the shores of Lake Chad": a town the next name only locates
_NEAR_GAP = re.compile(r",?\s+(?:near\s+(?:the\s+(?:town|city)\s+of\s+)?|"
                       # "In Tammun, a village near Tubas, ...": Tammun, which its apposition locates
                       r"(?<=,\s)an?\s+(?:[\w-]+\s+)?(?:village|town|city|camp|suburb)\s+"
                       r"(?:near|outside|close\s+to)\s+|"
                       r"on\s+the\s+(?:shores?|banks?|coast)\s+of\s+(?:the\s+)?)")
# "in Pakistan's southwestern Balochistan", "in the town of Lqliaa near Agadir"
_LOCATIVE_BEFORE = guarded(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Oo]n|of|[Aa]round)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?"
                           # ("in the Yemeni capital Sanaa")
                           r"(?:\w+\s+)?(?:(?:town|city|village)\s+of\s+|capital,?\s+)?$")
# "... against soaring living costs in ": a cause of no war ended, a place of the protest after it
_CAUSE_ENDS_IN = re.compile(r"\b(?!(?:war|offensive|strikes|bombing|bombardment|attacks?|killings?|occupation|genocide|"
                            r"siege|invasion|blockade|crackdown)\b)[a-z]+\s+in\s+(?:the\s+)?"
                            r"(?:(?:capital|city|town|port)\s+(?:of\s+)?)?$")  # ("results in the capital Maputo")
_CAUSE = re.compile(r"\b(?:against|(?<!take )(?<!took )(?<!taking )over|in (?:support|solidarity) (?:of|with)|"
                    r"to (?:demand|denounce|condemn|mark))\b")  # (not "trying to take over the airport in Juliaca")
_ANNOUNCED = ("Other", "Agreement")  # talks and agreements
_MEETING_IN = re.compile(r"\b(?:after|following)\s+(?:a\s+|the\s+|\w+\s+(?:days|hours|rounds)\s+of\s+)?(?:[\w-]+\s+)?"
                         r"(?:meeting|talks|negotiations|summit)\s+in\s+(?:the\s+)?$")
_OTHER_CLAUSE = re.compile(r"\b(?:after|following|when|because|as)\b")  # a clause telling another event
# "insurgents attacked Mocimboa da Praia ..., beheading two civilians": the town the clause's verb struck
_ATTACKED_BEFORE = re.compile(r"\b(?:attacked|raided|stormed|overran|besieged)\s+(?:the\s+)?(?:(?:town|village|city)\s+"
                              r"of\s+)?$")
_APPOSITION_TO = re.compile(r",\s+(?:the|an?)\s+[\w\s-]+\s+(?:facing|near|opposite|outside|across\s+from|north\s+of|"
                            r"south\s+of|east\s+of|west\s+of)\s+")  # "X, the border town facing Y, where"
_DISTANCE_APPOSED = re.compile(r",\s+(?:(?:about\s+|some\s+|around\s+|roughly\s+|nearly\s+)?\d+\s*"
                               r"(?:km|kilomet(?:er|re)s|miles)\s+(?:[a-z-]+\s+)?|"
                               r"(?:just\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+)"
                               r"(?:of|from)\s+(?:the\s+)?")  # (or a direction alone: "Burqin, west of Jenin, where")
# "... and Arusha, where protesters blocked roads": Arusha (and "Butwal on Tuesday, where")
_WHERE_AFTER = re.compile(r"(?:\s+(?:[a-z]+|[A-Z][a-z]+day)){0,2},?\s+where\b")
_PHRASE_BEFORE = re.compile(r"\b(?:[Ii]n|[Nn]ear|[Aa]t|[Oo]utside|[Aa]round|of|[Ff]rom|[Oo]n the outskirts of)\s+"
                            r"(?:the\s+)?(?:[a-z-]+\s+)?$")


def _trigger_pattern(lower: bool) -> str:
    """All rules as one alternation, group ``r<i>`` for rule i.  Every rule starts at a word: the
    leading "\\b(?=[a-z])" lets the regex engine skip every other position before it tries the
    alternatives (the scan alone is several times faster), and a look-ahead of the first letters a rule
    can start with skips the rule at most words (three times faster again)."""
    rules = []
    for i, (pattern, *_) in enumerate(_RULES):
        pattern = pattern.lower() if lower else pattern
        rules.append(lookahead(pattern) + f"(?P<r{i}>{pattern})")
    return rf"\b(?=[a-z])(?:{'|'.join(rules)})"


# Matching lower-cased text without re.I is several times faster; used when lower-casing keeps offsets.
_TRIGGER_LOWER_RE = re.compile(_trigger_pattern(lower=True))


@lru_cache(maxsize=1)
def _trigger_re() -> re.Pattern:
    """The rules matched without regard to case, for the rare text whose lower-casing moves its offsets ("İ"):
    compiled on first use, not at start-up, where it cost a tenth of a second."""
    return re.compile(_trigger_pattern(lower=False), re.I)


# ... but not the month: "PESHAWAR, May 21 - Militants attacked", "in May", "13 May"
_HYPOTHETICAL = (r"must|should|(?<!\d )(?<!\bin )(?<!\bof )(?<!since )may(?! \d)|might|would|could|will|whether|"
                 r"threaten(?:s|ed)?|plans? to|planning to|vowed to|"
                 # "troops are to withdraw", "is expected to join" (not "which is to the north of")
                 r"(?:is|are) (?:expected |due |scheduled |set )?to (?!(?:the|a|an|its|their|his|her)\b)")
# ("has given Moscow a deadline to agree to a truce": no truce)
_MODAL = guarded(rf"\b(?:{_HYPOTHETICAL}|future|proposed|possible|potential|insisted|demand(?:s|ed)?|"
                 r"call(?:s|ed)? for|condition|urged?|deadline|ultimatum)\b", re.I)
# "after weeks of clashes", "amid months of fighting": the background of the news, no event of its own.
# ("Students have led months of protests across the country": a campaign of months)
_BACKGROUND = re.compile(r"\b(?:(?:after|following|amid|despite)\s+(?:\w+\s+){0,2}|(?:have|has|had)\s+(?:\w+\s+){1,2})"
                         # ... or the source of a report: "two officials briefed on the talks said"
                         r"(?:weeks|days|months|years)\s+of\s+(?:\w+\s+){0,3}$|"
                         r"\b(?:briefed on|familiar with|close to|involved in|with knowledge of)\s+(?:the\s+)?$|"
                         # "It was the first suicide bombing in the capital since ...": the event told, ranked
                         r"(?:\b(?:was|is|marked|marks)\s+(?:the\s+)?|,\s+the\s+)(?:first|deadliest|worst|biggest|"
                         r"largest|latest|second|third)\s+(?:[\w-]+\s+){0,2}$", re.I)  # (", the first suicide bombing")
# "..., days after the presidents of Congo and Rwanda signed an accord in Washington": an earlier event of no day told
_UNCOUNTED_DAYS = re.compile(r"(?:[,;(—–]\s*|\b(?:just|only|mere|barely|comes?|came)\s+)"
                             r"(?:days|weeks|months)\s+after\b[^,;]*$|"
                             # ("pressed an offensive toward the state capital weeks after seizing El Fasher")
                             r"\b(?:days|weeks|months)\s+after\s+$")
# "has killed thousands of civilians since 2014", "have clashed repeatedly since December": the conflict's history
_LONG_AGO = guarded(rf"\b(?:last year|earlier (?:this|in the) year|"
                    rf"(?:a|one|two|three|four|five|six|seven|eight|nine|ten|"
                    rf"twelve|fifteen|twenty|thirty|a few|several|many|\d+) years? ago|decades ago|"
                    rf"since (?:19|20)\d\d|"
                    rf"since (?:late |early |mid-)?(?:{'|'.join(MONTHS)})\b(?!\s+\d))", re.I)
# "250 people have died since ethnic clashes began": the clashes are the conflict's start, no event of the day
# "Protests have gripped Serbia since a canopy collapsed": a state of things since a day, no event of one
# "Boko Haram and ISWAP have used suicide bombers in the region": a group's way of war, no event of a day
_WAY_OF_WAR = re.compile(r"\b(?:have|has)\s+(?:long\s+|often\s+|repeatedly\s+|frequently\s+)?(?:used|deployed|employed|"
                         r"relied on)\s+(?:[\w-]+\s+){0,2}$")
_SINCE_STATE = re.compile(r"\s+(?:have|has)\s+(?:been\s+)?(?:gripped|rocked|swept|roiled|shaken|continued|persisted|"
                          r"raged|spread|taken place|been held)\b[^.;]{0,80}\bsince\b")
# "The Houthis have launched missiles at Israel since the start of the war", "a militia that has clashed for years
# with Hema groups": a campaign, no event of a day
_PERFECT_BEFORE = re.compile(r"\b(?:have|has)\s+(?:[a-z]+ly\s+)?$")
_CAMPAIGN_SINCE = re.compile(r"[^.;]{0,120}\b(?:since (?:the (?:start|beginning|outbreak) of|"
                             r"(?:[A-Z][a-z]+ )?(?:19|20)\d\d\b|"
                             r"(?:the )?(?:[\w-]+ ){0,6}(?:began|started|erupted|broke out)\b)|"
                             r"for (?:years|decades|generations)\b|"
                             r"since (?:late |early |the end of |the start of )?last year\b)")  # "since late last year"
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)\s+(?:[\w-]+\s+)?$")  # "the 2022 protests", "2019 mass protests"
# "since he suspended air strikes": strikes stopped, none made
_HALTED_BEFORE = re.compile(r"\b(?:suspended|suspending|suspension of)\s+(?:all\s+|the\s+)?$", re.I)
# The states whose strikes far from home are flown ("U.S. strikes on Yemen", "British and American strikes")
_AIR_POWER_BEFORE = re.compile(r"\b(?:U\.S\.|US|American|British|UK|U\.S\.-led|US-led|coalition)\s+"
                               r"(?:and\s+(?:U\.S\.|US|American|British)\s+)?(?:military\s+)?$")
# "stormed a base ... after detonating two car bombs at its gate": the bombs, the means of the assault
_MEANS_BEFORE = re.compile(r"\b(?:after|by|before)\s+(?:detonating|setting\s+off|exploding|ramming)\s+"
                           r"(?:[\w-]+\s+){0,2}$")
# "a United Nations patrol", "U.N. peacekeepers": the mission serving in the country (see _UN_MISSIONS)
_PEACEKEEPERS = re.compile(r"\b(?:(?:U\.N\.|UN|United Nations)\s+(?:peacekeep(?:ers|ing\s+(?:force|troops|mission|"
                           r"base|patrol|convoy|soldiers))|patrols?|convoys?|bases?|troops|mission|soldiers)|"
                           r"peacekeepers)\b")
# "tanks advanced into the eastern districts": armour is a state's
_ARMOUR_BEFORE = re.compile(r"\b[Tt]anks\s+(?:have\s+|had\s+)?$")
# "after Moscow claimed to have recaptured": a capital that speaks for its state
_CAPITAL_CLAIMS = re.compile(r"\s+(?:claimed|claims|said|says|announced)\b")
# "a drone also fired a missile": aircraft of the side told before
_CRAFT_ALSO = re.compile(r"\b(?:drones?|helicopters?|warplanes?|jets?|aircraft)\s+(?:had\s+)?also\b")
# "Government troops ... were themselves attacked by gunmen": forces, so attacked, fought
_FORCES_ATTACKED = re.compile(r"\b(?:troops|soldiers|forces|police(?:men)?|officers|gendarmes|patrol)\b", re.I)
# "a building in Ramat Gan and residential areas in Holon": a second object in another town (not "and killed a man in")
# ... "and a fuel depot in the northern city of Atbara": the town after its description
_AND_OBJECT_IN = re.compile(r"\s+and\s+(?:an?\s+|the\s+|several\s+|two\s+)?(?:(?![a-z]+ed\b)[a-z-]+\s+){1,3}"
                            r"(?:in|at)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:(?:city|town|port)\s+of\s+)?")
# "Thai and Cambodian troops fought with artillery and rockets": the weapons a fight was fought with
_FOUGHT_WITH = re.compile(r"\b(?:fought|clashed|battled|fighting|clashes)\b(?:\s+[\w-]+){0,3}\s+with\s+(?:heavy\s+)?$")
_ESCORTED = re.compile(r"\b(?:escorted by|escorting the convoy|under (?:military|army) escort|(?:military|army) "
                       r"escort)\b")
# "ambushed a convoy on the road between Kayes and Bamako": an event placed at a road's first town
_ON_THE_ROAD = re.compile(r"\bon the (?:road|highway|route) (?:between|from|linking)\b")
# ... and its first town before the trigger ("an attack on a bus on the road between Dori and Seytenga killed 10")
_ROAD_FROM_BEFORE = re.compile(_ON_THE_ROAD.pattern + r"\s+$")
# "a drone strike carried out by a government task force": the agent named after the trigger
_DONE_BY = re.compile(r"\s+(?:carried out|conducted|launched|operated|flown) by\s+([^,.;]{1,60})")
# "the strikes, about 60 km southeast of Bosaso, killed several militants": the strikes told before, with their toll
_STRIKES_DID = re.compile(r"\bthe (?:air |drone |missile )?strikes?\b(?:,[^.;]{0,80},)?\s*$")
# "Puntland's forces have been fighting an offensive against the group since December, capturing several bases": what
# a campaign did over months, no event of a day
_CAMPAIGN_BEFORE = re.compile(r"\b(?:have|has|had)\s+been\s+\w+ing\b[^.;]{0,120}\bsince\b[^.;,]{0,40},\s+$")
# "The region has been the scene of fighting between the army and Fano militiamen since August 2023": a war's state
_SCENE_OF = re.compile(r"\b(?:has|have|had) been (?:the )?(?:scene|site|theat(?:re|er)) of (?:[\w-]+ ){0,2}$")
_SINCE_BEGAN = re.compile(r"\bsince (?:the )?(?:[\w-]+ ){0,6}(?:began|started|erupted|broke out|resumed)\b|"
                          r"\bsince the (?:start|beginning|outbreak) of\b", re.I)  # "since the start of the incursion"
# "The ADF has killed thousands of civilians", "More than 68,000 Palestinians have been killed in Gaza": a war's running
# toll, no event of a day (but "an air strike has killed 12 people" is one)
_PERFECT_KILLED = (r"\b(?:(?:ha(?:s|ve|d)|having) (?:now |so far |already )?(?:been )?killed|"
                   r"ha(?:ve|s|d) (?:now )?died)\b")
_MANY_DEAD = (r"(?:more than |over |at least |nearly |almost |about |some |around |an estimated )?"
              r"(?:(?:tens of |hundreds of )?thousands|hundreds|millions|\d{1,3}(?:,\d{3})+|\d{4,})\b")
_RUNNING_TOLL = re.compile(rf"{_PERFECT_KILLED} {_MANY_DEAD}|\b{_MANY_DEAD}(?: [\w-]+){{0,4}}? {_PERFECT_KILLED}", re.I)
# "More than 250 people have been killed in clashes ... since May 2023": a period's toll, however small
# ... or since a day ("224 people had been killed in Israeli strikes since June 13")
_TOLL_SINCE = re.compile(rf"{_PERFECT_KILLED}[^.;]{{0,100}}\bsince (?:(?:{'|'.join(MONTHS)}) )?(?:19|20)\d\d\b|"
                         rf"{_PERFECT_KILLED}[^.;]{{0,100}}\bsince (?:{'|'.join(MONTHS)}) \d{{1,2}}\b")
# "the fighting broke out near ...": the fight told before, told again where it was
_THE_FIGHT_BEFORE = re.compile(r"\b[Tt]he $")
# "have killed at least 37 people since Sunday": a toll of days, not of one fight
_TOLL_OF_DAYS = re.compile(rf"{_PERFECT_KILLED}|\bsince\b", re.I)
_IN_MONTH = re.compile(rf"\b(?i:in|during|earlier in|late|early) ({'|'.join(MONTHS)})\b(?!\s+\d)")  # "In November, ..."
_A_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# "... since August 2023, when ": a clause of the time just named
_YEAR_WHEN = re.compile(rf"\b(?:[Ii]n|since|until|by|during) (?:(?:{'|'.join(MONTHS)}) )?((?:19|20)\d\d),\s+when\b")
_IN_YEAR = re.compile(rf"\b[Ii]n (?:(?:{'|'.join(MONTHS)}) )?((?:19|20)\d\d)\b")  # "in 2021", "In May 2023,"
# "has been mediating separate talks": a role held for a while, not an event of the day
_GOING_ON_FOR_A_WHILE = re.compile(r"\b(?:has|have) been (?:mediating|hosting|brokering|facilitating|sponsoring)\s+"
                                   r"(?:[\w-]+\s+){0,2}$")
# (not "the highway between Damascus and Sweida": a road's end)
_PARTY_BEFORE = re.compile(r"(?<!road )(?<!roads )(?<!highway )(?<!route )\b(?:between|with)\s+$")
_ONGOING = re.compile(r"[^.;]{0,80}?\b(?:continues|goes on|rages on|is ongoing)\b")
# "as the two countries traded fire for a seventh day": a war between states summed up, no fight of its own
_STATES_TRADE = re.compile(r"\b(?:the\s+)?(?:(?:two|both)\s+)?(?:[\w-]+\s+)?(?:countries|nations|states|neighbou?rs|"
                           r"rivals)\s+(?:have\s+|had\s+)?$", re.I)  # ("as the nuclear-armed neighbours traded fire")
# "Hezbollah denied firing the rockets": no event the speaker owns
# ... nor one it has not owned: "Islamabad has not confirmed it carried out air strikes"
_DENIED = re.compile(r"\b(?:denied|denies|deny|denying|(?:has|have|had|did) not (?:confirmed|confirm|admitted|"
                     r"acknowledged))\b[^,;]{0,40}$")
# "The advance came days after the leaders of Congo and Rwanda signed a peace deal": an earlier event, undated here
# "The clashes followed Pakistani air strikes on Kabul", "The clashes broke out after one group detained ...": the fight
# told before, named as what came after another
_RETOLD_FOLLOWED = re.compile(r"\s+(?:followed|came\s+(?:(?:a|one|two|three|several|\d+)\s+\w+\s+)?after|"
                              r"(?:broke\s+out|erupted|began|started)\s+(?:after|when))\b")
# "the fighting broke out near the village of al-Mazraa, ..., after gunmen " before the attack that began it
_BEGAN_AFTER = re.compile(r"\b(?:broke out|erupted|flared)\b[^.;]*\bafter\s+(?:[\w-]+\s+){0,3}$")
# "since the group captured" (not "deployed since 2021 clashed": a year, no deed)
# "22 people had been killed ... since the protests began, some by security forces and others in looting": the causes
# of a toll of days, no event of their own
_TALLY_BEFORE = re.compile(rf"{_PERFECT_KILLED}[^.;]{{0,80}}?(?:{_SINCE_BEGAN.pattern})")
_SINCE_IT = re.compile(r"\bsince\s+(?:the\s+|its\s+|their\s+)?(?:(?!\d)[\w'’-]+\s+){1,4}$")
_IN_TOWN_OPENING = re.compile(r"In ([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}),")  # "In Atbara, two guards were killed"
_ANOTHER_DEED = re.compile(r"\b(?:after|before|since|following)\b")  # "The strikes came a day after the army ..."
_CAME_AFTER = re.compile(r"\b(?:came|comes|come)\s+(?:just\s+|only\s+|less\s+than\s+|more\s+than\s+)?"
                         r"(?:(?:several\s+)?days|(?:(?:a|one|two|three|four|several|\d+)\s+)?(?:weeks?|months?))"
                         r"\s+after\b[^.;]*$")  # (but "came a day after ...": an event of the day before)
# "President Tinubu postponed a trip following the abduction": the event told before, named again (of any violence:
# "killed dozens in air strikes after the ambush", the attack on a convoy told before)
_AFTER_THE_NOUN = re.compile(r"\b(?:after|following|since|in the wake of|in response to)\s+the\s+(?:[\w-]+\s+){0,2}$")
# "M23 rebels enter Bukavu after seizing Goma": a headline's earlier deed of its subject (not "Three killed after
# police fire on protesters", the event itself)
_HEADLINE_CAUSE = re.compile(r"\w\s+after\s+$")
# "Seven journalists who covered the protests were detained": the protests their work was about, no event here
_COVERED_BEFORE = re.compile(r"\b(?:covered|covering|reported\s+on|reporting\s+on|filmed|filming|photographed)\s+"
                             r"(?:the\s+)?$")
# "Talks between the two are planned in Nairobi next week": not yet an event.
# ... nor had been ("Talks ... had been due to begin in Luanda on Tuesday, but the rebels pulled out")
# ("The talks in Doha, mediated by Qatar, Egypt and the United States, are expected to continue": past an apposition)
_PLANNED = re.compile(r"[^.;,]{0,50}?(?:(?:,[^.;,]{1,70}){1,3},\s*)?\b(?:are|is|were|was|had been|have been|has been) "
                      r"(?:planned|scheduled|expected|due) (?:for|in|on|at|next|this|later|"
                      r"to (?:resume|begin|start|open|continue|take place|be held))\b", re.I)
# "protesters clashed over plans to ...": what follows is the cause, no hedge
_OVER_CAUSE = re.compile(r"\s+(?:over|against)\s")
_PROTEST_MODAL = guarded(rf"\b(?:{_HYPOTHETICAL})\b", re.I)  # protesters demand and call for: no modality
_GOVERNMENT = guarded(r"(?<!pro-)\b(?:government|govt|regime|state) "
                      r"(?:forces|troops|soldiers|positions|posts|bases|task force)|"
                      r"\b(?:army|troops|soldiers)\b|"
                      r"\b(?:forces|brigades|units|militias) (?:loyal|allied) to the (?:government|state)\b", re.I)
# Police and security forces in a fight ("Police exchanged fire with the gang", "Security forces killed the
# attackers"): the state's (Police Forces for police).  No sign of armed conflict by themselves (they inspect a
# blast, report a crime), so kept apart from _GOVERNMENT and counted for battles only.
_NAME_BEFORE = re.compile(r"\b([A-Z][\w'’-]*) $")
_POLICE = re.compile(r"\b(?:police(?:men)?|gendarmes|gendarmerie|security (?:forces|patrols?|personnel|services))\b",
                     re.I)
# ", police said, and ...": police named in an aside that tells who reported
_SPEAKING_AFTER = re.compile(r"\s+(?:said|say|says|told|reported)\s*[,.;]")
_ASIDE_BEFORE = re.compile(r",\s+(?:the\s+|local\s+)?$")
# Force used on a crowd: "officers fired tear gas at protesters who blocked roads" (the riot faced them)
_CROWD_FORCE = re.compile(r"\b(?:tear gas|water cannons?|pepper spray|stun grenades|rubber bullets|batons)\b")
# "Moroccan police shot dead three people": the police, the subject right before an attack's verb
_POLICE_ACTING = re.compile(r"\b(?:police(?:men)?|security forces|gendarmes)\s+(?:[a-z]+ly\s+)?(?:ha(?:ve|d)\s+)?$",
                            re.I)
# "... said its forces had repelled 40 assaults": the speaking state's own forces.
_GROUP_SPEAKER = re.compile(r"\b(?:the|this) (?:[\w-]+ ){0,3}(?:group|movement|militia|rebels|insurgents)\b", re.I)
_OWN_FIGHTERS = re.compile(r"\b(?:its|their) (?:forces|fighters|units|members|men|militants|troops)\b", re.I)
_OWN_FORCES = re.compile(r"\b(?:its|their) (?:forces|troops|army|units|soldiers|military|air defen[cs]es?|aircraft|"
                         r"warplanes|jets|(?:naval |sea |long-range )?drones|artillery|air ?force)\b|"
                         r"\bhis (?:forces|troops)\b|"
                         r"\b(?:forces|troops|units) loyal to (?:it|them)\b", re.I)  # "forces loyal to it had taken"
# The state's forces in the actor rules only ("Military aircraft bombed", "The army said its aircraft struck"): too
# common outside wars ("a military parade") to mark a sentence of violence by themselves.
_MILITARY = re.compile(r"\b(?:military|junta|the army|the air force)\b", re.I)
# The United States' combatant commands, which announce its strikes abroad ("U.S. Africa Command", "CENTCOM")
_US_COMMANDS = r"(?:Africa|Central|Southern|European|Indo-Pacific) Command"
_US_COMMAND = re.compile(rf"\b{_US_COMMANDS}\b|\b(?:AFRICOM|CENTCOM)\b")
# The state speaking of its forces: "The government said its forces had taken control of ..."
_STATE_VOICE = re.compile(r"\b(?:government|(?:defen[cs]e|interior)\s+ministry|ministry\s+of\s+(?:defen[cs]e|"
                          r"the\s+interior|interior))\b", re.I)
# A state's forces as the agent after the trigger: "air strikes by the military", "shelled by the army", "looting by
# retreating soldiers".
_BY_STATE = re.compile(r"\bby (?:the )?(?:(?P<owner>[A-Z][\w-]*)['’]s )?(?:[a-z]+ing )?(?:military|army|armed forces|"
                       r"junta|regime|government(?: forces)?|security forces|troops|soldiers)\b", re.I)
# "Sudan's army": the army a country owns
_POSSESSED_ARMY = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)['’]s\s+(?:army|military|armed forces)\b")
# "struck energy facilities used by the Ukrainian military": the object's owner, no actor
_USED_BY = re.compile(r"\b(?:used|operated|held|controlled|run|owned|manned|occupied) by (?:the )?$|"
                      r"\bbelonging to (?:the )?$")
_GONE = r"fled|withdrew|retreated|pulled out|pulled back|abandoned"  # what defenders who left a place did
_LOSERS_GONE = re.compile(rf",?\s+(?:after|when|as)\s+(?=[^.;]{{0,80}}\b(?:{_GONE})\b)")
_SUBORDINATE = re.compile(r"\b(?:after|when|as|before|because|once|since)\s")
_REBELS_KILLED = re.compile(r"\b(?:militants|fighters|insurgents|rebels|jihadists|terrorists|gunmen)\s+"
                            r"(?:were|had been|have been)\s+killed\b")
_LINKED_BEFORE = re.compile(r"\b(?:linked|tied|allied|loyal|affiliated) (?:to|with) (?:the )?$")  # (the parent)
_LINKED_TO = re.compile(r"\b(?:linked|tied|allied|loyal|affiliated) (?:to|with) (?:the )?[\w'’-]+")
# ... and after it: "explosions in Kabul that the Taliban blamed on Pakistan"
_BLAMED_ON = re.compile(r"\s+(?:that|which)\s+(?:[\w'’-]+\s+){1,4}?(?:blamed|blames|has blamed|have blamed|"
                        r"had blamed)\s+on\s+(?:the\s+)?([\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})")
_ACCUSED = re.compile(r"\b(?:accus(?:ed|es|ing)\s+(.{1,60}?)\s+of|blam(?:ed|es|ing)\s+(.{1,60}?)\s+for)\s+"
                      # ("accused Pakistan of violating Afghan airspace with air strikes on Kabul")
                      r"(?:[a-z]+ing\s+(?:[\w'’-]+\s+){0,3}(?:with|in|through)\s+)?"
                      r"(?:an?\s+|the\s+)?$")  # ("Taliban officials blamed Pakistan for an air strike")
# "Uvira, the last city still held by the Congolese army, after taking Kamanyola": a place's keeper, not the actor
_HELD_BY = re.compile(r"\b(?:held|controlled|occupied|defended|besieged|encircled|surrounded) by (?:the )?(?:[\w-]+ ){0,3}"
                      r"(?:army|forces|troops|military|rebels|militants|fighters|militias?|group|government)\b")
# Where the clause of the trigger starts: after a report verb ("officials said that"), or a coordinated
# clause ("militants ambushed a convoy, and an army drone struck a wedding": the army's strike).
_CLAUSE_BREAK = re.compile(r"\b(?:said|reported|says|saying|announced)(?: that)?\b|\band that(?= [A-Z])|"
                           r",\s+(?:and|but|while|as(?! well)|where)\s+|;|"
                           r"\b(?:(?:a|one|two|three|several|\d+) (?:days?|hours?|weeks?|months?|years?)|"
                           r"(?<=, )(?:days|hours|weeks)) (?:after|before)\b")
_NO_SUBJECT = re.compile(r"(?:(?:had|has|have|also|then|later)\s+)*")  # ", and had struck": the subject before
# ", as a Russian glide bomb struck": a clause of another deed (not ", while killing 20 rebels", the subject's own)
_WHILE_CLAUSE = re.compile(r",\s+(?:as\s+|(?:while|when)\s+(?![a-z]+ing\b))")
# A report by a group of itself: "The Houthis said they had launched missiles" (the speaker is the clause before);
# "The army's commander said his forces had withdrawn": a commander speaks for his forces.
_SPEAKER = re.compile(r"\b(?:said|says|announced|claimed)\b[\w\s]{0,25}?\b(?:it|they|its|their|his (?=forces|troops)|"
                      r"(?:forces|troops|units) loyal to (?:it|them))\b")  # ("... that forces loyal to it had taken")
# "Islamic State claimed responsibility", "JNIM claimed the raid": the group behind the article's attacks.
_CLAIMED = re.compile(r"\b(?:claimed (?:responsibility|the (?:attack|raid|bombing|strike|ambush|assault))|"
                      r"said (?:it|they) (?:had )?carried out the (?:attack|raid|bombing|strike|ambush|assault)|"
                      # "The West Papua National Liberation Army said its fighters carried out the killings"
                      r"said (?:its|their) (?:fighters|militants|members|men) (?:had )?carried out the "
                      r"(?:attack|raid|bombing|strike|ambush|assault|killings?)|"
                      r"said (?:it|they) had targeted|"  # "The Houthis said they had targeted sites in the city"
                      # "Hamas's armed wing said its fighters had targeted an armoured vehicle"
                      r"said (?:its|their) (?:fighters|militants|members|men) (?:had )?(?:targeted|attacked|struck|"
                      r"ambushed|bombed|blew up|detonated))")
_CLAIMED_BY = re.compile(r"\b(?:was|were|has been|had been|have been) claimed by ([^,.;]{2,80})|"
                         r"\b[Tt]he (?:attack|assault|raid) by ([^,.;]{2,60}?)(?= (?:forced|killed|left|was|came|"
                         r"drove|sent)\b)|"
                         r"\bblamed ([^,.;]{2,80}?) for (?:the|this|these|an?) (?:drone |rocket |missile )?(?:attacks?|"
                         r"strikes?|raids?|bombings?|shelling|ambush(?:es)?|assaults?|massacres?|killings?)\b|"
                         r"\bsaid,? blaming ([^,.;]{2,60})|"
                         # "The Resistance Committees blamed the Rapid Support Forces, which ...": a name, no more
                         r"\bblamed (?:the )?((?:[A-Z][\w'’-]*\s?){1,5})(?:group\b)?(?=\s*(?:\([A-Z]{2,6}\))?[,.;]|"
                         r"\s+(?:which|and)\b)")  # ("blamed the Islamic State Sahel Province and declared mourning")
# "Aid groups blamed the RSF for the attack", "The army blamed the RSF for the strikes", "..., the army said, blaming
# the RSF"
# ("accused the Congolese army of the attack": that country's)
_STATE_BLAMED = re.compile(r"(?:the )?(?:([A-Z][a-z]+) )?(?:army|military|junta|armed forces|air force|"
                           r"government forces)", re.I)
_NO_CLAIM = re.compile(r"\b(?:no|none)\b[^.]{0,30}\bclaimed\b|\bno (?:immediate )?claim\b", re.I)


def _title_end(article: Article) -> int:
    """Where the headline ends in the article's text (0 where the text does not open with it)."""
    return len(article.title) if article.title and article.text.startswith(article.title) else 0


def _unclaimed_passages(article: Article) -> tuple[tuple[int, int], ...]:
    """Where the text says no one claimed an attack: its paragraph (and the one before, where the saying opens its
    own: the attack it follows), and the headline -- not the whole article ("... retook the town from al Shabaab ...
    No group claimed the car bomb in Balcad": the car bomb's alone)."""
    text, title_end = article.text, _title_end(article)
    passages = []
    for match in _NO_CLAIM.finditer(text):
        paragraph = text.rfind("\n", 0, match.start()) + 1
        if article.sentence_at(match.start()).start <= paragraph:
            paragraph = text.rfind("\n", 0, len(text[:paragraph].rstrip())) + 1
        end = text.find("\n", match.end())
        passages.append((paragraph, end if end >= 0 else len(text)))
    return tuple(passages) + ((0, title_end),) if passages and title_end else tuple(passages)


# "for the helicopter attack", "of the attack": the attack blamed, and the word that names what it hit
_THE_ATTACK_NAMED = (r"(?:the|this|these|both) (?:([\w-]+) )?(?:attacks?|strikes?|bombings?|blasts?|explosions?|"
                     r"ambush(?:es)?|assaults?|killings?|massacres?)\b")
# "The governor said the Gulf Clan was behind the attack on the helicopter", "... behind the Cali attack": whom a
# report blames, for the attack on what, if it says
_BEHIND = re.compile(r"\b(?:said|says|believed|believe|suspected|suspect)(?: that)? ([^,.;]{2,60}?) "
                     r"(?:was|were|had been) behind " + _THE_ATTACK_NAMED +
                     r"(?: on (?:the|a|an) (?:[\w-]+ )?([a-z]+))?")
# "The Thai army said artillery shells had landed ...": the speaker's verb, in the trigger's clause
_SAID_BEFORE = re.compile(r"\b(?:said|says|reported|announced)\b(?=[^,;]*$)")
# "Protesters set fire to a station and looted shops": a crowd doing the looting
_CROWD_DOERS = re.compile(r"\b(?:[Pp]rotesters|[Dd]emonstrators|[Rr]ioters|[Cc]rowds?|[Mm]obs?|[Yy]ouths)\b[^.;]*$")
# "its forces had opened fire on armed men who attacked them": the armed men as the object of the forces' fire
_FIRED_ON_BEFORE = re.compile(r"\b(?:opened fire on|fired (?:on|at)|shot at|killed|clashed with|fought)\s+(?:the\s+)?$")
# "the rebels clashed with Wazalendo militias": a group named as the one fought with
_WITH_BEFORE = re.compile(r"\bwith (?:the )?(?:[\w-]+ )?$")
# ... or as the one that beat them back ("stormed the villages ... before the SDF drove them back")
_REPELLER_BEFORE = re.compile(r"\b(?:before|until|but) (?:the )?$")
# "Reinforcements were sent to Jableh": a town its sentence names as a place
# ... or held ("The army, which controls El Obeid, said ... west of the city": El Obeid)
_PLACE_PREPOSITION = re.compile(r"\b(?:in|at|to|into|near|outside|from|of|controls|holds|still holds)\s+(?:the\s+)?"
                                r"(?:[\w-]+\s+){0,2}$", re.I)
# "the bodies of six people abducted by militants were found", "troops rescued 15 kidnapped travellers": taken before
# the day told
_TAKEN_BEFORE = re.compile(r"\b(?:bodies of|rescued|freed|released) (?:[\w-]+ ){0,3}$")
# "The military said it had targeted a Hezbollah commander": whom the strike told before was aimed at
_AIMED_AT = re.compile(r"\bsaid (?:it|they) (?:had )?(?:targeted|was targeting|were targeting|struck|killed) "
                       r"(?:an? |the |two |three |several )?(?:senior |top |local )?")
# "the group tried to kill the president with a roadside bomb", "Fighters of the paramilitary group then stormed the
# camp": the group named last, as the subject
_THE_GROUP = re.compile(r"\b[Tt]he (?:(?:(?:militant|paramilitary|armed|rebel|jihadist) )?group|militants|insurgents|"
                        r"jihadists|rebels|paramilitaries|(?:militant|paramilitary|rebel|jihadist) fighters)"
                        # (not "the group's commander"; but "the group's fighters")
                        r"\b(?!['’]s(?! (?:fighters|members|gunmen|militants|forces|men)\b))")
# "took over the group's positions": what the group named last held, the other side's
_THE_GROUPS_OWN = re.compile(r"\bthe (?:(?:militant|paramilitary|armed|rebel|jihadist) )?(?:group|militia)['’]s\b")
# "The talks lasted less than two hours": the talks the text told, told again
_THE_TALKS = re.compile(r"(?:The|These|Those) (?:talks|negotiations|meeting)\b")
# "President Gustavo Petro suspended peace talks": who speaks for the state in talks
_HEAD_OF_STATE = re.compile(r"\b(?:President|Prime Minister|the government)\b")
# "The two neighbours agreed to a ceasefire": the two states the story names
_TWO_STATES = re.compile(r"\b(?:[Tt]he|[Bb]oth) (?:two |nuclear-armed )?(?:neighbou?rs|countries|nations|states|"
                         r"governments)\b")
# "Petro blamed the Gulf Clan for the helicopter attack" (", and X for the bombing" goes on with the blame)
# "..., as a separate truck bomb killed six": a clause telling another event than the one before it
# ... or "..., hours after a truck bomb exploded in Cali"
_OTHER_EVENT_CLAUSE = re.compile(r",\s+(?:as|while|whereas)\s+|,?\s+(?:hours|days|minutes|a day|an hour) after\s+")
# ("blamed the Gulf Clan, the country's largest drug trafficking group, for the helicopter attack": past its apposition)
_BLAMED_FOR = re.compile(r"(?:\bblam(?:ed|es|ing)|\band) (?:the )?([^,.;]{2,60}?)(?:, (?:the|a|an) [^,.;]{2,60},)? "
                         r"for " + _THE_ATTACK_NAMED)
# "The M23 accused the Congolese army of the attack": whom it blames
_ACCUSED_OF = re.compile(r"\baccus(?:ed|es|ing) (?:the )?([^,.;]{2,60}?) of " + _THE_ATTACK_NAMED)
# "The interior ministry blamed the Islamic State group.": the blame, with no "for" (the empty group: no attack named)
_BLAMED_END = re.compile(r"\bblam(?:ed|es|ing) (?:the )?((?:(?! for )[^,.;]){2,60}?)\s*(?:\.|,? which\b|who\b)()")
# "Gunmen from the Gran Grif gang also ...", "The attackers, suspected members of X, ...": who the attackers were
_NAMED_NEXT = re.compile(r"\W*(?:The\s+)?(?:[Gg]unmen|[Aa]ttackers|[Mm]embers|[Ff]ighters|[Mm]ilitants)"
                         r"(?:\s+(?:from|of)\s+(?:the\s+)?([^,.;]{2,50}?)\s+(?:also|then|later)\b|"
                         # "The attackers, suspected members of the Islamic State in the Greater Sahara, surrounded"
                         # (or "believed to belong to the Islamic State in the Greater Sahara,")
                         r",\s+(?:(?:suspected|believed to be|said to be)\s+(?:members|fighters|militants)\s+"
                         r"(?:of|from)|(?:believed|thought|said) to (?:belong|be linked) to)\s+(?:the\s+)?"
                         r"([^,.;]{2,60}),)")
# "... were killed when gunfire erupted near an aid site. Witnesses said Israeli troops opened fire": the shooters
# the next sentence's witnesses name
_SHOOTERS_NEXT = re.compile(r"\W*(?:[\w ]{0,40}\b(?:said|say|told)\s+(?:that\s+)?)?(?:the\s+)?"
                            r"([A-Z][a-z]+|US|U\.S\.)\s+(?:troops|soldiers|forces)\s+(?:had\s+)?"
                            r"(?:opened fire|fired|shot)\b")
# "The army, which still holds El Fasher, said": a relative clause between a speaker and its verb
_RELATIVE_OPENS = re.compile(r"\s*(?:which|who|whose)\b")
_CLAIM_REACH = 300  # characters after an event's sentence in which a claim of it is looked for
_REBELS = guarded(r"\b(?:(?:opposition|anti-junta|anti-government|resistance) (?:fighters|groups|forces)|rebels?|"
                  r"insurgents?|gunmen|armed (?:men|youths|herders|alliances?|organi[sz]ations?)|tribesmen|clansmen|"
                  r"raiders|militants?|fighters|gangs?|"
                  r"jihadists?|extremists|separatists|bandits|militiamen|attackers|assailants|guerrillas?|"
                  r"the [\w-]+-(?:aligned|backed|linked|allied|affiliated) (?:group|movement))\b", re.I)
# Words of armed conflict that name no side ("clashes between rival militias", "a ceasefire", "peace talks")
_ARMED_BODIES = re.compile(r"\b(?:militias?|armed (?:groups?|alliances?|organi[sz]ations?)|paramilitar(?:y|ies)|"
                           r"ceasefire|truce|warplanes|peace (?:deal|agreement|accord|talks|process|negotiations))\b",
                           re.I)
# Sub-types ACLED codes only beside an armed actor (the story's, or the sentence's): not crime, business talks or deals
_CONFLICT_ONLY = frozenset({"Sexual violence", "Abduction/forced disappearance", "Grenade", "Other", "Agreement",
                            "Headquarters or base established", "Looting/property destruction",
                            "Disrupted weapons use"})
_FORCES = guarded(r"\b(?:forces|mercenaries|peacekeepers|contingents?|units|battalions?|militias?)\b", re.I)
_POLITICAL_ARREST = guarded(r"\b(?:activists?|opposition|protests?|protesters|demonstrat\w+|journalists?|reporters|"
                            r"dissidents?|politicians?|lawmakers?|party (?:members|officials|leaders?)|militants?|"
                            r"terror\w*|extremis\w*|insurgents?|rebels?|jihadists?|plott\w+|spying|espionage|treason|"
                            r"sedition|coup|"
                            r"in connection with the (?:attack|blast|bombing|explosion|shooting))\b", re.I)
_NO_ARREST = re.compile(r"\bno (?:arrests|one (?:has|had|was) (?:been )?(?:arrested|detained))\b|\b(?:was|were|has|have) "
                        r"not (?:yet )?(?:been )?(?:arrested|detained)\b", re.I)
_FIGHT_WORDS = guarded(r"\b(?:heavy|fierce|deadly|armed|intense|violent)\s+clash|clash(?:es)?\s+(?:erupted|broke out|"
                       r"raged)", re.I)  # "heavy clashes erupted": a fight, whoever fought
# Named armed groups with ACLED's inter code (2 rebel group, 3 political militia, 8 external/other force).
NAMED_GROUPS = {
    "Hayat Tahrir al-Sham": 2, "Syrian Democratic Forces": 2, "Hamas": 2, "Islamic Jihad": 2, "Hezbollah": 3,
    "Islamic State": 2, "Al-Shabaab": 2, "Rapid Support Forces": 2, "Houthis": 2, "Wagner Group": 8,
    "Boko Haram": 2, "JNIM": 2, "Taliban": 2, "M23": 2, "Al-Qaeda": 2, "ISWAP": 2, "Allied Democratic Forces": 2,
    "CODECO": 3, "PKK": 2, "YPG": 2, "TTP": 2, "Baloch Liberation Army": 2, "Arakan Army": 2, "TPLF": 2,
    "Kachin Independence Army": 2, "FARC": 2, "ELN": 2, "Africa Corps": 8,
    "Islamic State (Sahel)": 2, "Tren de Aragua": 3, "Viv Ansanm": 3, "Los Choneros": 3, "MS-13": 3,
    "Jalisco New Generation Cartel": 3, "Settlers (Israel)": 4, "White Army Militia": 4,
    "Lashkar-e-Taiba": 2, "Jaish-e-Mohammed": 2, "People's Defence Force": 2, "Popular Mobilization Forces": 3,
    "Myanmar National Democratic Alliance Army": 2, "Ta'ang National Liberation Army": 2, "Kataib Hezbollah": 3,
    "SPLM-N": 2, "Wazalendo Militia": 3, "Lakurawa": 2, "CSP-DPA": 2, "Syrian National Army": 2,
    "Moro Islamic Liberation Front": 2, "Barisan Revolusi Nasional": 2,
    "Union for Peace in the Central African Republic": 2, "3R": 2, "Coalition of Patriots for Change": 2,
    "CPI (Maoist)": 2, "Oromo Liberation Army": 2, "Karen National Union": 2, "Karen National Liberation Army": 2,
    "Sinjar Resistance Units": 3, "New People's Army": 2, "Abu Sayyaf": 2, "Clan del Golfo": 3, "Fatah Movement": 3,
    "Stability Support Apparatus": 3, "FARC Dissidents": 2, "Dawlah Islamiyah": 2, "Ambazonian Separatists": 2,
}
# The UN mission whose peacekeepers serve in a country ("a United Nations patrol" in the Central African Republic):
# external forces (ACLED's inter code 8), never the article's armed group
_UN_MISSIONS = {"Democratic Republic of the Congo": "MONUSCO", "Central African Republic": "MINUSCA",
                "Lebanon": "UNIFIL", "South Sudan": "UNMISS", "Mali": "MINUSMA"}
# Lands that rule themselves inside a state's borders, and that state: their forces are their own
_DE_FACTO_STATES = {"Somaliland": "Somalia"}
# Groups that took power: the country they rule and the day they took it (the Taliban entered Kabul on 15 August 2021)
_RULING_GROUPS = {"Taliban": ("Afghanistan", "2021-08-15")}
_GROUP_ALIASES = {"HTS": "Hayat Tahrir al-Sham", "SDF": "Syrian Democratic Forces", "ISIS": "Islamic State",
                  "ISIL": "Islamic State", "al-Shabaab": "Al-Shabaab", "Al Shabaab": "Al-Shabaab",
                  "al Shabaab": "Al-Shabaab", "al-Shabab": "Al-Shabaab", "Al-Shabab": "Al-Shabaab",
                  "Shabaab": "Al-Shabaab", "RSF": "Rapid Support Forces",
                  "Houthi": "Houthis", "Ansar Allah": "Houthis", "Wagner": "Wagner Group", "al-Qaeda": "Al-Qaeda",
                  "Al Qaeda": "Al-Qaeda", "Islamic State West Africa Province": "ISWAP", "ADF": "Allied Democratic Forces",
                  "Tehrik-i-Taliban Pakistan": "TTP", "Tehreek-e-Taliban Pakistan": "TTP", "BLA": "Baloch Liberation Army",
                  "KIA": "Kachin Independence Army", "Tigray People's Liberation Front": "TPLF",
                  "Pakistani Taliban": "TTP", "CJNG": "Jalisco New Generation Cartel",
                  "Islamic State in the Greater Sahara": "Islamic State (Sahel)", "ISGS": "Islamic State (Sahel)",
                  "Islamic State Sahel Province": "Islamic State (Sahel)",
                  "Islamic State's Sahel branch": "Islamic State (Sahel)", "Lashkar-e-Tayyiba": "Lashkar-e-Taiba",
                  "Jaish-e-Muhammad": "Jaish-e-Mohammed", "People's Defense Force": "People's Defence Force",
                  # the armed factions that rejected the 2016 peace deal, not the FARC that signed it
                  "FARC dissidents": "FARC Dissidents", "FARC dissident": "FARC Dissidents",
                  "dissidents of the former FARC": "FARC Dissidents", "dissidents of the FARC": "FARC Dissidents",
                  "Dissidents of the FARC": "FARC Dissidents", "Dissidents of the former FARC": "FARC Dissidents",
                  "dissident faction of the former FARC": "FARC Dissidents",
                  "dissident faction of the FARC": "FARC Dissidents",
                  "MNDAA": "Myanmar National Democratic Alliance Army", "TNLA": "Ta'ang National Liberation Army",
                  "White Army": "White Army Militia", "Wazalendo": "Wazalendo Militia",
                  "Popular Mobilisation Forces": "Popular Mobilization Forces", "Kata'ib Hezbollah": "Kataib Hezbollah",
                  "Sudan People's Liberation Movement-North": "SPLM-N", "SPLM-North": "SPLM-N",
                  "Strategic Framework for the Defence of the People of Azawad": "CSP-DPA",
                  "Permanent Strategic Framework": "CSP-DPA",
                  "MILF": "Moro Islamic Liberation Front", "BRN": "Barisan Revolusi Nasional",
                  "UPC": "Union for Peace in the Central African Republic", "CPC": "Coalition of Patriots for Change",
                  "Return, Reclamation and Rehabilitation": "3R", "Maoist": "CPI (Maoist)", "Maoists": "CPI (Maoist)",
                  "Naxalites": "CPI (Maoist)", "Communist Party of India (Maoist)": "CPI (Maoist)",
                  "OLA": "Oromo Liberation Army", "KNU": "Karen National Union",
                  "KNLA": "Karen National Liberation Army", "YBS": "Sinjar Resistance Units",
                  "NPA": "New People's Army", "New Peoples Army": "New People's Army", "Abu Sayyaf Group": "Abu Sayyaf",
                  "Gulf Clan": "Clan del Golfo", "Gaitanist Self-Defense Forces": "Clan del Golfo",
                  "Fatah": "Fatah Movement", "Balochistan Liberation Army": "Baloch Liberation Army",
                  "ISKP": "Islamic State", "IS-K": "Islamic State", "ISIS-K": "Islamic State",
                  # Cameroon's English-speaking separatists, by their cause's name or their language's
                  "Ambazonian separatists": "Ambazonian Separatists", "Ambazonia separatists": "Ambazonian Separatists",
                  "Anglophone separatists": "Ambazonian Separatists", "Anglophone separatist": "Ambazonian Separatists",
                  "Ambazonia Defence Forces": "Ambazonian Separatists", "Amba Boys": "Ambazonian Separatists",
                  "Daulah Islamiyah": "Dawlah Islamiyah", "Dawlah Islamiya": "Dawlah Islamiyah"}
_DESCRIBED = re.compile(r"-(?:led|backed|aligned|allied|linked|based|affiliated|supported|leaning)$")  # "Kurdish-led"
# "the Fano militia", "the Ti Makak gang", "the Clan del Golfo gang": the noun first (cheap), then up to three
# capitalised words before it, with the particles of Spanish and Arabic names.
# (not "Ukraine's Khortytsia group of forces": an army's formation)
# ("the Radaa force": a group by its name; "the Indian Air Force" is a state's, its capital F its name's)
_GROUP_NOUN = re.compile(r" (militias?|militiamen|fighters|rebels|insurgents|militants|gangs?|coalition|[Cc]artels?|"
                         r"force|"
                         r"(?:armed |militant |jihadist |rebel |extremist |insurgent )?"
                         r"group(?! of (?:forces|troops)))\b")
# ("the Primeiro Comando da Capital gang": Portuguese joins a name with "da")
_GROUP_NAME_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]+ (?:(?:de|del|de la|la|al|el|da|do|dos|das) )?){0,2}"
                                r"[A-Z][\w'’-]+)$")
# "the al-Qaeda affiliate JNIM", "JNIM, al-Qaeda's affiliate", "al Qaeda's affiliate in the Sahel, JNIM": the
# affiliate is the group that acts
_AFFILIATE = re.compile(r"(?:-linked|['’]s)?\s+(?:affiliate|branch|offshoot|franchise|wing|ally)\s+"
                        r"(?:in\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?,\s+)?(?:the\s+)?")
# "the Arakan Army (AA)": the initials first (cheap), then the name before them.
_INITIALS = re.compile(r"\s\([A-Z]{2,8}\)")
_GROUP_DEFINED = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]+ ){1,6}(?:Army|Front|Movement|Forces|Brigades?|Alliance|"
                            r"Battalions?|Group))$")
# "a little-known group called the Kashmir Resistance", "a militia calling itself ...": a group the text introduces
_GROUP_CALLED = re.compile(r"\b(?:group|militia|outfit|organi[sz]ation|movement|faction)\s+(?:called|calling itself|"
                           r"known as|named)\s+(?:the\s+)?"
                           r"([A-Z][\w'’-]+(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]+){0,5})")
# "the 444th Brigade", "the Special Deterrence Force": an armed formation the text names (a state's own, "the
# Israeli Air Force", "the Border Force", is set aside by _a_group).
_FORMATION_NOUN = re.compile(r"(?:Brigade|Battalion|Force|Front|Regiment)\b")
_FORMATION = re.compile(r"\b[Tt]he ((?:[A-Z0-9][\w'’-]* ){1,4}(?:Brigade|Battalion|Force|Front|Regiment))\b")
_STATE_UNITS = frozenset("air naval navy border police security task coast".split())
_GROUP_SUFFIX = {"militia": " Militia", "militias": " Militia", "militiamen": " Militia", "gang": " Gang",
                 "gangs": " Gang", "cartel": " Cartel", "Cartel": " Cartel", "cartels": " Cartel", "Cartels": " Cartel"}
_NAMED_BODIES = (" Militia", " Gang", " Cartel")  # a place may name one ("the Misrata militia", "the Sinaloa Cartel")
# A faith alone names no group ("a Muslim rebel group"), though with a people it may ("Malay Muslim insurgents")
_PEOPLE_SUFFIXES = ("ian", "an", "n", "ese", "i")  # Papua-n, Tigray-an, Kashmir-i
_FAITHS = frozenset({"muslim", "jewish", "hindu", "buddhist", "catholic", "protestant"})
# Words that describe fighters rather than name their group ("Islamist fighters", "Druze militias").
_DESCRIPTIVE = frozenset("""islamist jihadist rebel armed tribal local allied rival ethnic sunni shia shiite christian
    druze alawite militant unidentified unknown suspected separatist community village clan vigilante foreign pro anti
    self-defence self-defense hardline veteran deadly fierce heavy fresh new renewed violent bloody several many
    dozens hundreds""".split())  # "Deadly militia clashes rock Tripoli": no "Deadly Militia"
# A people's armed men, ACLED's "Druze Ethnic Militia (Syria)": "Bedouin tribal fighters", "Fulani herders", "Druze
# and Bedouin fighters" (each people its own side)
_PEOPLE_NAMES = ("Druze", "Bedouin", "Fulani", "Dogon", "Hema", "Lendu", "Dinka", "Nuer", "Murle", "Masalit", "Tuareg",
                 "Alawite", "Kuki", "Meitei", "Misseriya", "Berom", "Arab")
_PEOPLES = rf"({'|'.join(_PEOPLE_NAMES)})s?"
_IDENTITY_MILITIA = re.compile(rf"\b{_PEOPLES}(?: and {_PEOPLES})? (?:tribal |ethnic |armed |clan )?(?:militias?|"
                               r"militiamen|fighters|gunmen|tribesmen|tribes|clans|herders|vigilantes)\b")
_ETHNIC = " Ethnic Militia"
# Israeli settlers who attack Palestinians, as ACLED names them (an identity militia): "Israeli settlers", "Jewish
# settlers", "dozens of settlers" -- not another people's ("Moroccan settlers")
_SETTLERS = re.compile(r"(?:\b([A-Za-z]+)\s+)?(?:(?:extremist|radical|armed|masked)\s+)?[Ss]ettlers\b")
_OTHER_SETTLERS = frozenset("early first original pioneer colonial white new".split())  # "early settlers founded"
_SETTLER_GROUP = "Settlers (Israel)"
# A group's name, not a description by it ("the al-Qaeda-linked JNIM" names JNIM).
_GROUP_RE = re.compile(r"\b(?:" + any_of(list(NAMED_GROUPS) + list(_GROUP_ALIASES)) +
                       r")\b(?!-(?:linked|led|backed|aligned|allied|affiliated|inspired|held|controlled|run)\b)")
# "Yemen's Houthis", "Sudan's paramilitary Rapid Support Forces": a country's group
_GROUP_OF_COUNTRY = re.compile(r"['’]s\s+(?:[a-z-]+\s+){0,2}(?:" + _GROUP_RE.pattern + ")")
_GROUP_BEFORE_APPOSITION = re.compile(_GROUP_RE.pattern + r",\s+(?:the\s+)?$")  # "JNIM, al-Qaeda's affiliate"
_GROUP_APPOSED = re.compile(_GROUP_RE.pattern + r",\s+[^,;]{3,80},$")  # "JNIM, al Qaeda's affiliate in the Sahel,"
# A state's army by its name: "the South Sudan People's Defence Forces", "the Israel Defense Forces"
_ARMY_NAME = r"(?:People['’]s |National )?Defen[cs]e [Ff]orces?"
_NATIONAL_ARMY = re.compile(r"\b(?:South |North )?[A-Z][a-z]+ " + _ARMY_NAME + r"\b")
_ARMY_AFTER = re.compile(" " + _ARMY_NAME + r"\b")
# A state's forces by its people's name: "Israeli troops", "Iraqi F-16 jets" (an aircraft's model between)
_STATE_BY = re.compile(r"\b((?:South |North )?[A-Z][a-z]+|US|UK|U\.S\.)(?: and ([A-Z][a-z]+|US|UK|U\.S\.))? "
                       r"(?:border |ground |special |[A-Z][A-Za-z]{0,2}-\d{1,3}[A-Z]? )?"  # ("Israeli ground forces")
                       # ("U.S. Africa Command": a combatant command of a state's armed forces)
                       r"(?:" + _ARMY_NAME + "|" + _US_COMMANDS + r"|"
                       r"air forces?|warplanes|jets|fighter jets|forces|(?:assault )?units|assault groups|"
                       r"troops|army|military|drones|navy|helicopters|artillery|tanks|soldiers|positions|aircraft carriers?|"
                       r"warships?|destroyers?|(?:border |military |army )posts?|posts(?! on\b)|outposts?|"
                       # "Israeli fire killed three" (the trigger's clause is searched up to its verb)
                       r"(?:gun)?fire(?=\s*$|\s+(?:killed|kills|killing|wounded|hit|struck)\b))\b")
# "40 villagers were shot dead": shot by someone the trigger does not name
_SHOT_UNSEEN = re.compile(r" (?:were|been) (?:shot dead|gunned down|(?:summarily )?executed)$")
# "Haitian police and Kenyan officers": a state's forces, then an ally's
_FORCES_AND_ALLY = re.compile(r"\s+(?:police|troops|forces|soldiers|officers)\s+and\s+[A-Z]")
# "peacekeepers had repelled the attackers": those just told, fought
_REPELLED_THEM = re.compile(r"\b(?:repelled|repulsed|fought off|beat back)\s+$")
# The word a sentence may open on before its subject ("Separately, the army said ...")
_CONNECTIVE = re.compile(r"(?:Separately|Meanwhile|Elsewhere|Earlier|Later|Also|Elsewhere in \w+),\s+")
# "against the Primeiro Comando da Capital gang": the word that ends a named gang, cartel or militia
_BODY_NAMED = re.compile(r"\s+(?:gangs?|cartels?|militias?)\b")
# "The Sudan Doctors Network said the paramilitaries had killed ...": a country heading a body's name is no scene
# ... nor "the UK Maritime Trade Operations agency said"
_BODY_OF_COUNTRY = re.compile(r"(?:\s+[A-Z][\w'’-]+){0,4}\s+(?:Network|Observatory|Syndicate|Association|Institute|"
                              r"Foundation|Committee|Union|Council|Monitor|Operations|[Aa]gency|Authority)\b")
# "At least 30 people were arrested" right after a protest: its crowd, held
_CROWD_HELD = re.compile(r"\W*(?:(?:At least|More than|Some|About|Nearly|Dozens of|Hundreds of)\s+)?(?:[\w,]+\s+)?"
                         r"(?:people|protesters|demonstrators|students)\s+(?:were|had been)\s+(?:arrested|detained)\b")
# "The group's military spokesman said it had fired the missile": a group's voice, not the state's
_GROUPS_VOICE = re.compile(r"\bthe (?:group|movement|militia|rebels)['’]s?\b", re.I)
# "a police operation against the gang", the trigger of a fight the state's forces began
_STATE_OPERATION = re.compile(_STATE_OPERATION_WORDS, re.I)
_AND_THEN_STATE = re.compile(r"\s+and\s+(?=[A-Z])")  # "Pakistani troops and Indian forces"
_FIGHT_NOUNS = r"(?:fighting|clash(?:es)?|battle|firefight|gunfight)\b"
_THE_FIGHTING = re.compile(r"\bthe " + _FIGHT_NOUNS)
_COMMUNAL = re.compile(r"\bbetween\s+(?:two\s+)?(?:rival|feuding|warring|armed\s+)?\s*(?:tribes|clans|communities|"
                       r"tribesmen|clansmen|ethnic\s+groups|herders\s+and\s+farmers|farmers\s+and\s+herders)\b")
# "Two rival armed groups clashed", "clashes between rival militias": armed sides the text does not name
_RIVALS = re.compile(r"\b[Rr]ival\s+(?:armed\s+)?(?:groups|militias|factions|gangs)\s+(?:[\w-]+\s+)?$")
_RIVALS_BETWEEN = re.compile(r"\s+between\s+(?:two\s+)?(?:rival|feuding)\s+(?:armed\s+)?(?:groups|militias|factions|"
                             r"gangs)\b")
# "a day after", "two days before": another day's event told beside the sentence's
_DAYS_APART = r"\b(a|one|two|three|four|five|six|seven|\d+) days? (after|before)\b"
_DAYS_BETWEEN = re.compile(_DAYS_APART, re.I)
_STATE_RAID = re.compile(r"\b(?:during|in) (?:an?|the) ([A-Z][a-z]+) (?:(?:military|army|security|police) )?"
                         r"(?:raids?|incursions?|operations?)\b|"
                         r"\bby ([A-Z][a-z]+) (?:gunfire|fire|troops|forces|soldiers) (?:during|in) (?:an?|the) "
                         r"(?:raids?|incursions?|operations?)\b")  # "killed ... by Israeli fire during a raid"
_REPELLED_THE = re.compile(r"\b(?:repelled|repulsed|fought off|beat back|foiled) (?:the |\d+ |several |multiple |"
                           r"numerous )(?:attack|assault|raid|offensive)")  # ("had repelled 14 assaults near the town")
_NEARBY_SITE = re.compile(r"\b(?:at|in|on|near) (?:a|the) nearby (?!(?:town|village|city)\b)[a-z]+")
_ANAPHORA = guarded(r"\b(?:in (?:and )?(?:a)?round the (?:towns?|villages?|area)|around the city|"
                    # "took control of the town", "a drone struck a convoy near the town", "as they fled the city"
                    r"(?:in|to|near|control of|out of|flee|fled|fleeing) the (?:area|town|city|village)"
                    r"(?!\s+of\s+[A-Z])|"
                    r"(?:in|near) the same (?:area|district|town|city|village)\b|"  # "in the same district"
                    # "Russian forces had seized the village in August": the village just told
                    r"(?:captured|seized|took|retook|recaptured|overran|entered|stormed|clear(?:ing|ed)?) "
                    r"the (?:town|city|village)\b|"
                    r"(?:hit|struck|shelled|bombed|pounded) the (?:town|city|village)\b|"  # "glide bombs hit the city"
                    r"there|the (?:towns|villages)|(?:edges?|outskirts|centre|center) of the (?:city|town|village)|"
                    r"in the port area|(?:in|on|at) the (?:city['’]s |town['’]s )?(?:main|central) square|"
                    # "RSF vehicles massing east of the city"
                    r"(?:north|south|east|west)(?:-?(?:east|west))? of the (?:city|town|village)|"
                    r"the (?:siege|stand-?off|hostage crisis)|"  # "Security forces ended the siege after four hours"
                    # "Fighting continued in parts of the city", "Troops later sealed off the area"
                    r"(?:parts?|much|most) of the (?:city|town)|(?:sealed|cordoned) off the area|"
                    r"in the (?:[a-z]+ern )?outskirts(?! of)|"  # "fighting continued in the northern outskirts"
                    r"the (?:city|town|village)['’]s|"
                    r"in the (?:ensuing |subsequent )?(?:fighting|clashes|battle|gunfight|"
                    r"exchange of fire)(?: that (?:followed|ensued))?)\b", re.I)
# (not where the speaker is: "Medics at Nasser Hospital said ..."); all of its name ("at the Saudi Maternity Hospital")
_UNREAD_PLACE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?"
                           r"(?![A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:said|says|say|told)\b)"
                           r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}")
_APART = r"elsewhere|separately|meanwhile|in other"  # the words opening a story told apart from the one before
_ELSEWHERE = re.compile(rf"\W*(?:{_APART}|across|nationwide|overall|(?:further|farther|to the|in the) "
                        r"(?:north|south|east|west))", re.I)
# ... which also opens "Separately, Ukraine's air force said ...", a report that tells of no place before it
_TOLD_SEPARATELY = re.compile(rf"\W*(?:{_APART})\b", re.I)
# ... or one told as a separate event ("A separate attack on Fambita killed 44"), whose group is its own
_ANOTHER_STORY = re.compile(_ELSEWHERE.pattern + r"|\W*(?:in )?an?(?:other)? separate\b", re.I)
# where the sentences after one open on another story (see _claim_end)
_APART_AHEAD = re.compile(r"(?:[.!?][\"'”’)]*\s+|\n\s*)(?=" + _ANOTHER_STORY.pattern + ")", re.I)
# "It blamed the Islamic State group": a sentence going on with the one before
_IT_OPENING = re.compile(r"\W*(?:It|They)\s")
# A group the state brought in to fight for it: "the junta turned to Russia's Wagner group for help", "troops
# backed by Wagner mercenaries", "Wagner fighters deployed alongside the army" -- not the insurgents it fights
_STATE_SIDE = re.compile(r"\b(?:government|regime|junta|rulers|army|military|troops|soldiers|authorities)\b", re.I)
_HELPER_BEFORE = re.compile(r"\b(?:turn(?:ed|ing)?\s+to|hired|brought\s+in|called\s+in|"
                            r"(?:reli(?:ed|es)|relying|lean(?:ed|s|ing)?|depend(?:ed|s|ing)?)\s+on|help\s+(?:from|of)|"
                            r"backed\s+by|support(?:ed)?\s+(?:from|by)|alongside|allied)\s+"
                            r"(?:(?:the|[A-Z][\w-]*['’]s)\s+)?(?:[\w-]+\s+)?$", re.I)
_HELPER_AFTER = re.compile(r"[^.;]{0,40}?\b(?:fighting|fights|fought|who\s+fight|which\s+fights|working|deployed)\s+"
                           r"(?:alongside|with|for|beside)\s+(?:the\s+|[A-Z][\w-]*['’]s\s+)?"
                           r"(?:army|military|government|junta|troops|soldiers|forces|authorities)\b", re.I)
# A site of the story told again: "retook the base", "took control of the group's headquarters", "in the camp"
_SITE_AGAIN = guarded(r"\b(?:the|its|their|the group['’]s) (?:army |military )?(?:base|camp|post|checkpoint|garrison|"
                      r"barracks|compound|headquarters|airport|prison|police station|dam|bridge|palace|market|"
                      r"bazaar|(?:oil )?refinery|(?:oil )?terminal|(?:fuel |oil )?depot)\b", re.I)
_A_SETTLEMENT = re.compile(r"\b(?:an?|one) (?:[\w-]+ )?(?:village|town|settlement)\b")
_SETTLEMENT_OF = re.compile(r"\bthe (?:village|town|settlement) of $")
# "in Ethiopia's", ", in the", " state in": what joins a place to the unit it lies in
# ("In Deir al-Balah, in central Gaza, an air strike ...": the town)
_IN_UNIT_GAP = re.compile(r"(?: (?:state|province|region|district|governorate|county))?"
                          r"(?:, in|,| in| of|, (?:an?|the) (?:[a-z-]+ ){0,2}(?:town|village|city|hamlet|community|"
                          r"settlement) in)"
                          r" (?:the )?"
                          r"(?:[A-Z][\w-]*['’]s )?(?:[a-z]+ )?")
_IN_THE_UNIT = re.compile(r"\b(?:in|across|throughout) the (?:province|region|state)\b(?!['’])")
_THE_UNIT = re.compile(r"\bthe (?:province|region|state|district)\b(?!['’]| (?:media|news|department|television|tv|"
                       r"agency|broadcaster|run|owned|of|court|commissioner|administration)\b)")
_STATE_OWNED = re.compile(r"\b(?:government|regime|junta|army|military)\s+$", re.I)  # "Government warplanes"
# "Syrian opposition fighters", "Malian rebels": a people's armed men against its state, not the state
# "Moscow's defence ministry said its forces had captured ...": a capital standing for its state's government
_ORGAN_AFTER = re.compile(r"['’]s\s+(?:defen[cs]e\s+ministry|ministry\s+of\s+defen[cs]e|military|army|armed\s+forces|"
                          r"general\s+staff)\b")
# ... nor a people's civilians ("kidnapped three Chinese workers and killed two police officers": no Chinese force)
_NONSTATE_AFTER = re.compile(r"\s+(?:opposition|rebels?|insurgents?|militants?|jihadists?|militias?|militiamen|"
                             r"guerrillas?|dissidents|separatists|gunmen|armed groups?|workers|nationals|citizens|"
                             r"tourists|engineers|hostages|miners|aid workers|journalists|civilians)\b", re.I)
_IN_BEFORE = re.compile(r"\b(?:in|inside)\s+$", re.I)  # "a rebel group in Myanmar said": where, not who
# "Protests also spread to Pokhara and Butwal, where crowds attacked offices": each town the protests reached
_SPREAD_TO = re.compile(r"\b(?:spread|spreading|spreads) to\s+(?:the\s+)?(?:(?:[a-z]+ern|port|coastal|border)\s+)?"
                        r"(?:(?:capital|city|town|cities|towns)\s+of\s+)?$")  # ("spread to the northern city of
# Nampula", "to the cities of Pokhara, Butwal and Itahari")
_DIRECTION_PHRASE = re.compile(r"\b(?:to the|in the) (?:north|south|east|west|northeast|northwest|southeast|southwest)\b", re.I)
_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
# ("overnight on Saturday": the Saturday, not the night before the report)
_RELATIVE = guarded(r"\b(?:overnight\s+(?:on\s+)?|(?:early|late|on|last|this)\s+)?"
                    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                    r"\b|\b(yesterday|today|last night|two days ago|last week|last month|(?:earlier )?this month|"
                    r"overnight|(?:at|over) the weekend|last weekend)\b", re.I)
_DAYS_OF_AN_EVENT = frozenset({"yesterday", "last night", "two days ago", "overnight", "at the weekend",
                               "over the weekend", "last weekend"})  # (not "last month": another clause's, often)
# A sentence opening on a day of its own, told in the past perfect: an event before the one just told
_FLASHBACK = re.compile(r"\W*(?:(?:On|Earlier on|Late on|Early on)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|"
                        r"Saturday|Sunday)\b[^.;]{0,80}?\bhad\s+(?!been\b)")
# ("Human Rights Watch said in a report on Wednesday": the report's day)
_SAID_ON = re.compile(r"\b(?:said|says|announced|reported|stated|confirmed)(?:\s+in\s+an?\s+(?:report|statement))?\s+$")
# "said the protests were an attempt at a coup": the protests told, judged
_CHARACTERISED = re.compile(r"\s+(?:were|was|are|is|had been|have been)\s+(?:not\s+)?(?:an?\s+|the\s+)?"
                            r"(?:attempt|plot|coup|conspiracy|part|work|peaceful|illegal|unlawful|organi[sz]ed|funded|"
                            r"financed|backed|sponsored|instigated|staged|aimed|meant|driven|unauthori[sz]ed|banned|"
                            r"[\"“]?hijacked|infiltrated)\b")  # "the protests had been \"hijacked\" by criminals"
# "The clashes are the worst between the neighbours in years": the events told, ranked
_RANKED_AFTER = re.compile(r"\s+(?:are|were|is|was|have been|had been)\s+(?:the|among the)\s+(?:first|worst|deadliest|"
                           r"heaviest|biggest|largest|fiercest|most\s+\w+)\b")
# A sentence that retells the event before and gives its day ("The abductions took place on Sunday", "The army said
# the strikes on Sunday destroyed motorcycles"): the day is that event's, and the sentence tells no new one
_RETOLD_WHEN = re.compile(r"\s*(?:The|This) (?:attack|blast|bombing|strike|explosion|raid|ambush|shooting|massacre|"
                          r"shelling|bombardment|abductions?|kidnappings?)(?:,[^,.;]{1,60},)? "  # ("The strike,
                          # coordinated with the Somali government, took place southeast of ...")
                          r"(?:happened|took place|occurred|came|was carried out)\b|"
                          # "The attacks hit Cali ...": where the attacks told at a province were (not "The strikes hit
                          # areas around Qamishli and Kobani": strikes at each, see the rules)
                          r"\s*(?:The|These) (?:attacks|bombings|blasts) (?:hit|struck|targeted)\b|"
                          # "The Jaffar Express was on its way to Peshawar when it was attacked near Sibi"
                          r"[^.;]{0,100}?\bwhen (?:it|they) (?:was|were) (?:attacked|ambushed|hit|struck|targeted)\b|"
                          # "... in an ambush on a fuel convoy in southern Mali. The convoy was attacked near Kati"
                          r"\s*The (?:army |military |police |fuel |aid )?(?:convoy|patrol|base|post|outpost|position|"
                          r"checkpoint) (?:was|had been) (?:attacked|ambushed|hit|struck|targeted|overrun)\b|"
                          r"\s*(?:(?:The|Its) \w+ said (?:that )?)?the (?:air |drone )?(?:attacks?|strikes?|raids?) "
                          r"(?=(?:early |late )?on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)")
# "The convoy was travelling ...": the thing a sentence opens on, told before
_THE_SUBJECT = re.compile(r"\W*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?([\w-]+)\s+(?:was|were|had been)\b")
# "The assault on the detachment in Arbinda, in Soum province, began at dawn": the attack just told, at a place
_NEAR_THE_TOWN = re.compile(r"\b(?:near|in|outside|close to) (?:the )?(?:(?:town|village) of )?$")
_SITE_LIES = re.compile(r"\s*(?:The|This) (?:army |military )?(?:base|camp|post|outpost|position|checkpoint|village) "
                        r"(?:is|lies|sits|was) (?:located |situated )?(?:near|in|outside|close to) (?:the )?"
                        r"(?:(?:town|village) of )?")
_RETOLD_AT = re.compile(r"\s*(?:The|This) (?:attack|assault|raid|ambush|bombing|strike) (?:on|at|in|near) |"
                        # "... in Basilan province. The gunfight near the town of Sumisip lasted an hour": that fight
                        r"\s*(?:The|This) (?:gunfight|gun battle|firefight|clash|fighting|battle) "
                        r"(?:near|in|at|around) |"
                        # ... "The clashes centred on the Souq al-Juma district"
                        r"\s*The (?:clashes|fighting) (?:(?:were|was) )?(?:centred|centered|concentrated|focused) "
                        r"(?:on|in|around) ")
# "Hundreds of fighters attacked the position near Banibangou": the target of the attack just told, told again
# "Troops were on patrol in the village of Lilod ... when they came under fire": the fight told, where it began
_PATROL_FIRED_ON = re.compile(r"\s*(?:The\s+)?(?:troops|soldiers|police(?:men)?|officers|marines|patrol)\s+"
                              r"(?:were|was)\s+"
                              r"(?:on (?:a )?patrol|patrolling|travell?ing|conducting (?:a |an )?(?:[\w-]+ ){0,2}"
                              r"(?:operation|search|sweep))(?=[^.;]{0,160}\bwhen they (?:came under (?:fire|attack)|"
                              r"were (?:ambushed|attacked|fired on)))", re.I)
_TARGET_RETOLD = guarded(r"\b(?:attacked|hit|struck|targeted|overran|ambushed|stormed) the "
                         r"(?:army |military |police )?(?:position|base|post|outpost|camp|checkpoint|convoy|patrol)\b")
# "..., which set off fires at fuel tanks on the Red Sea coast": a clause after a toll's own
_WHICH_AFTER = re.compile(r",\s+which\b")
# "targeted hideouts of the TTP, which has stepped up attacks inside Pakistan": a clause describing the target
# (but not what the victims were doing: "people who were digging trenches on the edge of the town of Barsalogho")
_DESCRIBED_BY = re.compile(r",\s+(?:which|who)\s+(?:has|have|had|is|are|was|were|controls?|holds?|runs?|lies|sits|"
                           r"stands)\b(?!\s+[a-z]+ing\b)")
# A state's forces an explosion harmed: "wounding 11 soldiers", "a vehicle carrying police commandos", "Seven police
# officers were killed when their vehicle hit ..."
_STATE_MEN = r"(soldiers|troops|servicemen|police\s*(?:men|officers|commandos)?|policemen)"
# The forces of the land struck, the strike's object: "struck government forces near Sweida"
_GOVERNMENT_STRUCK = re.compile(r"\s+(?:the\s+)?(?:government|regime|army|military)\s+(?:forces|troops|positions|"
                                r"convoys?|soldiers|bases?|posts?|targets|headquarters)\b")
_FORCES_HARMED = guarded(r"\b(?:killing|killed|wounding|wounded|injuring|injured|carrying)\s+(?:at least\s+)?"
                         r"(?:[\w-]+\s+)?" + _STATE_MEN + r"\b", re.I)
_FORCES_HARMED_BEFORE = guarded(r"\b(?:" + _STATE_MEN + r"\s+(?:were|had been|have been)|an?\s+(?:[\w-]+\s+)?"
                                r"(soldier|serviceman|police\s*(?:man|officer)|policeman)\s+(?:was|had been|has been))"
                                r"\s+(?:killed|wounded|injured)\b", re.I)  # "a soldier was killed"
_SAME_DAY = re.compile(r"\b(?:hours|minutes) later\b|\b(?:later|earlier) (?:that|the same|in the) day\b|"
                       r"\bthe same day\b|"
                       r"\bshortly (?:after|afterwards)\b|"
                       # "The attack came hours after a shootout ...": the shootout's day is the attack's
                       r"\b(?:came|comes|come) (?:just |only )?(?:hours|minutes) (?:after|before)\b", re.I)
# "Among the dead were 11 people killed in a strike on a school", "The soldiers died when a bomb went off": the dead of
# the toll told before, of its day
_THE_DEAD = r"\W*The (?:soldiers|troops|victims|men|policemen|officers|civilians|dead) (?:died|were killed)\b"
_DEAD_TOLD_AGAIN = re.compile(r"\W*Among (?:the|those) (?:dead|killed|victims)\b|" + _THE_DEAD)
_DEATHS_EXPLAINED = re.compile(_THE_DEAD + r" (?:when|after)\b")
_BOMBERS_ONLY = frozenset({"Suicide bomb", "Remote explosive/landmine/IED"})  # sub-types no state's forces carry out
_UNIDENTIFIED = "Unidentified Armed Group"  # ACLED's name of an armed side the report does not identify
# "repelled assaults near A, ..., and heavy clashes continued near B": a clause of its own, an event of its own
# ... or another event's clause: "..., hours after Israeli jets bombed the port"
_NEXT_CLAUSE = re.compile(r",\s+(?:and|while|but|whereas)\s+|;\s+|"
                          r",\s+(?:(?:hours|minutes|a day|days) )?after\s+(?!the\b)")
# "Al-Shabaab said its fighters had killed 27 soldiers", "the group claimed to have killed 40": a side's own count
# of what it did, which an independent toll of the same event outweighs (ACLED takes the conservative figure)
_CLAIMED_TOLL = guarded(r"\b(?:claimed|claims|claiming|saying) (?:to have|it had|it has|that it) killed\b|"
                        # "JNIM said in a statement that it had killed 200 soldiers" (or "statement it had killed",
                        # "JNIM said it had killed")
                        r"\b(?:said|says)\b(?:[^.]{0,40}?\b(?:that|statement))? (?:it|they) (?:had |has |have )?"
                        r"killed\b|"
                        r"\b(?:said|says|claimed|claims|announced)\b[^.]{0,80}?\b(?:its|their|our) (?:[\w-]+ )?"
                        r"(?:fighters|forces|militants|men|troops|units|soldiers|mujahideen) (?:had |have )?"
                        r"(?:carried out the (?:attack|assault|raid) and )?killed\b", re.I)
_ARMED_VICTIMS = guarded(r"\b(?:soldiers?|troops|servicemen|police(?:men|man)?|officers?|guards?|fighters|militants|"
                         r"militiamen|insurgents|rebels|jihadists|gunmen|attackers|assailants)\b", re.I)
_OPERATIONS = re.compile(r"\b(?:in|during) (?:a series of |several |multiple |\w+ )?(?:operations|raids)\b")
_PLURAL_WORDS = (r"(?:strikes|raids|attacks|clashes|bombs|blasts|explosions|shelling|fighting|battles|missiles|rockets|"
                 r"drones|shells)")
_PLURAL = re.compile(rf"{_PLURAL_WORDS}$|^{_PLURAL_WORDS}\b", re.I)  # ... also "strikes across the Strip killed"
_FOUGHT_THEM = re.compile(r"\b(?:with|on|at|off)\s+$|\b(?:repelled|repulsed|fought|pursued|chased)\s+$")
# "Eight of the dead were security personnel", "Most of those killed were children": a share of a toll told
_SHARE_OF_THE_DEAD = re.compile(r"\b(?:[\w-]+|at least [\w-]+) of (?:the dead|the victims|those killed|the people "
                                r"killed)\s+(?:were|was|are|included)\b", re.I)
_SHARE_OF_THE_TAKEN = re.compile(r"\bof (?:those|the people|the) (?:abducted|kidnapped|taken|seized|detained|"
                                 r"arrested)\b", re.I)
_FINDING = ("found", "discovered", "recovered")  # (the words opening a trigger of bodies found, see _RULES)
# "the bodies of five men were found", "found the bodies of 12 people": a toll told by the bodies
_BODIES_FOUND = re.compile(rf"\bbodies of (?:at least |more than |some )?(\d[\d,]*|{NUMBER_WORD})\s+"
                           rf"(?:[\w-]+\s+){{0,3}}?(?:were|have been|had been|(?<=\s)(?:dumped|bound|shot|with)\b)")
_FOUND_BEFORE = re.compile(r"\b(?:found|discovered|saw|showed|shows)\b[^.;]*$")
_JUDGED = re.compile(r"\b(?:called|described|branded|condemned|denounced|praised|labell?ed)\s+the\s+$")
_THE_TARGET = re.compile(r"\s+the\s+(?:[\w-]+\s+)?(base|camp|post|outpost|garrison|barracks|checkpoint|village|town)\b")
_ANOTHER_BEFORE = re.compile(r"\b(?:another|a second|a third|a separate|a further)\s+(?:[\w-]+\s+){0,2}$|\balso\s+$",
                             re.I)
# "dozens of strikes on villages": many events, though the trigger read is "warplanes"; "air strikes and tank fire
# killed 30 across the Gaza Strip": many, though the toll's trigger is "tank fire"
_MANY = guarded(r"\b(?:dozens|scores|hundreds|a series|a wave|waves|a barrage) of (?:[\w-]+ ){0,2}(?:strikes|raids|"
                r"attacks|missiles|rockets|drones|shells)\b|"
                r"\b(?:killed|killing) (?:[\w-]+ ){1,4}(?:across|throughout) ",
                re.I)
# "A day later", "two days later" (not "a day after X"): days after the event told before
_DAYS_LATER = re.compile(r"\b(?:(a|one|two|three|four|five|six|seven|\d) (days?|weeks?) (later|earlier|before)|"
                         r"the (?:next|following) day|the (day before|previous day)|"
                         # "The attack came a day after a roadside bomb wounded four soldiers": that day before
                         r"\b(?:came|comes|come) (?:just |only )?(a|one|two|three|four|five|six|\d) (days?) after)\b",
                         re.I)
_SINCE = re.compile(r"\b(?:since|until|till|before|after|by|from|through)\s+(?:the\s+)?$", re.I)  # not the event's day
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}
_MONTH = r"(?P<{}>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?\.?)"
# "On May 7", "on 7 May", "Jan. 28, 2024" -- a month name with a day (not the modal "may"), and a year if given;
# not a square or a bridge named after a date ("the May 13 Square")
_CALENDAR_DATE = re.compile(rf"\b(?:{_MONTH.format('m1')}\s+(?P<d1>\d{{1,2}})(?!\d|:)|(?P<d2>\d{{1,2}})\s+"
                            rf"{_MONTH.format('m2')}(?!\w))(?:,?\s+(?P<year>\d{{4}})\b)?"
                            r"(?!\s+(?:Square|Street|Avenue|Road|Boulevard|Bridge|Stadium|Park|Movement|Brigade)\b)")
# "including more than 460 people": a counted part of a toll a word gave
_COUNTED_PART = re.compile(r"\bincluding\s+(?:at\s+least\s+|more\s+than\s+|over\s+|some\s+)?(\d[\d,]*)\s+"
                           r"(?:people|civilians|children|women|patients|worshippers|villagers|residents)\b")
_FATALITY_WORDS = {"several": 3, "few": 3, "a few": 3, "dozens": 12, "scores": 12, "hundreds": 100, "thousands": 1000,
                   "a dozen": 12, "several dozen": 12}
_VAGUE_FIGURES = frozenset(_FATALITY_WORDS.values())
_KILLED = guarded(
    r"\b(?:kill(?:ed|ing|s)?|shot dead|shooting dead|gunned down|behead(?:ed|ing)|execut(?:ed|ing))\s+[\"“]?"
    r"(?:at least\s+|some\s+|"
    r"about\s+|nearly\s+|more than\s+|all\s+|an estimated\s+|"  # (a quoted figure: 'killing "several dozen"
    # assailants'; "killed an estimated 500 people")
    rf"the\s+(?=(?:\d[\d,]*|{NUMBER_WORD})\s+[a-z])|"  # "killed the six attackers"
    # ... "killed a family of five": five
    r"a total of\s+|a family of\s+)?(?P<a>\d[\d,]*|a (?:dozen|few|hundred|thousand)|several dozen|"
    r"(?!an?\b|the\b|its\b|[a-z-]+['’]s\b)[a-z-]+)\b"
    # "killed a commander", "killed the prime minister", "killed Hezbollah's chief of staff": one; a year is no
    # toll ("deployed since 2021 said they had killed eight")
    r"|\b(?:kill(?:ed|ing|s)?|shot dead|gunned down)\s+"
    r"(?P<one>an?|(?:the|its|[A-Z][\w-]*['’]s)(?=\s+(?:[\w'’-]+\s+){0,2}(?:prime\s+minister|"
    r"president|commander|chief|leader|head|governor|mayor|spokes(?:man|woman)|general|minister|driver|principal|"
    r"headmaster|teacher|imam|pastor|priest|judge)\b))\s+"
    r"(?!total|number|handful|hundred|thousand|score|couple|family of|estimated|half|"
    r"un(?:specified|known|disclosed|determined|told)\b)\w"
    # "killed a couple and their three children": two, and those the verb lists after them
    r"|\b(?:kill(?:ed|ing|s)?|shot dead)\s+(?P<pair>a couple)\b(?!\s+(?:of|dozen|hundred)\b)"
    # a figure before the verb ("Eight people were killed"; not "No one was killed")
    rf"|(?<![Nn]o )\b(?:at least\s+|some\s+|about\s+)?(?P<b>(?!(?:19|20)\d\d\b)\d[\d,]*|several|few|dozens|scores|"
    rf"hundreds|thousands|"
    # ... not the article of "A car bomb killed six" (which hid the six), but "a hundred"
    # ... nor "and" of "and 30", nor the strike "one that killed 10 people" stands for
    rf"(?!(?:an?|and|half)\s+(?!hundred|thousand|million|dozen)[a-z\d])(?!one\s+(?:that|which)\b){NUMBER_WORD})"
    r"(?!\s+(?:minutes|hours|days|weeks|months|years)\b)"  # "ended the siege after four hours and killed": no toll
    # "Eight people, including three children, were killed"; not the day of a dateline ("April 7 - Two soldiers",
    # "Sept 2 -- One protester")
    r"(?!\s*(?:--|[-–—])\s)\s+(?:[\w'’-]+(?:\s+|(?=,))){0,4}(?:(?:from|on) (?:both|each|either) sides?\s+|"
    r"(?<=members of the )(?:[\w-]+\s+){1,2})?"  # ("16 members of the security forces were killed")
    # ... "18 soldiers travelling on the train were killed", "10 soldiers fighting alongside Congo's army were killed"
    r"(?:(?:travell?ing|riding|sheltering|working|stationed|aboard|fighting|serving|deployed)\s+"
    r"(?:[\w'’-]+\s+){1,5}(?=were\b))?"
    r"(?:(?<=\s)from\s+(?:[A-Z][\w'’.-]*(?:,\s+(?:and\s+)?|\s+and\s+|\s+)){1,8}(?=were\b))?"  # ("peacekeepers from
    # South Africa, Malawi and Uruguay were killed")
    r"(?:,[^,.]{0,80},\s*)?(?:were|have been|had been|was)?\s*(?:(?<=were )also\s+|(?<=was )also\s+)?"
    r"(?:(?<=were )shot\s+(?=dead\b)|(?<=was )shot\s+(?=dead\b))?"  # "460 patients and their companions were shot
    # dead", "One of their officers was shot dead"
    # (not "captured several officers and killed dozens": the dozens; nor "burned several houses and shot dead two
    # men": the two)
    r"(?<!and )(?<!and shot )(?<!and shooting )(?:killed|dead|died)\b"
    # "A mob beat two men to death"
    r"|\b(?:beat|beaten|stabbed|hacked|stoned|burned|burnt)\s+(?P<c>\d[\d,]*|(?!an?\b|the\b)[a-z-]+)\s+"
    r"(?:[\w-]+\s+){0,2}to\s+death\b"
    # "A 22-year-old man was shot dead": one
    r"|\b(?P<single>an?)\s+(?:[\w-]+\s+){0,2}(?:man|woman|boy|girl|child|teenager|civilian|farmer|soldier|policeman|"
    r"officer|journalist|worker|shepherd|fisherman|Palestinian|student|protester|demonstrator|teacher|driver|member|"
    r"villager|resident|pupil|trader|principal|headteacher|headmaster|guard|nurse|doctor|priest|pastor|imam|chief|"
    r"elder|headman)"
    # ... "A Kenyan police officer serving with the mission in Haiti was killed"
    r"(?:\s+(?:serving|working|based|stationed|deployed)\s+[^,.;]{1,60}?)?"
    r"\s+(?:was\s+(?:also\s+)?)?(?:killed|shot dead|shot and killed|gunned down)\b"  # ("A civilian was also killed")
    # "Carlos Manzo, the mayor of Uruapan ..., was shot dead": one
    # ... "Hamas official Salah al-Bardawil was killed" (not "fighting broke out after a commander was killed": the
    # fight's cause)
    r"|(?<!after a )(?<!after the )(?<!after its )\b(?P<official>mayor|governor|journalist|activist|politician|"
    r"candidate|judge|lawmaker|priest|pastor|imam|lawyer|prosecutor|official|commander|leader)\b[^.;\d]{0,80}?\bwas\s+"
    r"(?:shot dead|gunned down|assassinated|killed)\b",
    re.I)
# "... killed by a ", "..., and six more in a gunfight"
_KILLED_BY = re.compile(r"[^,;]{0,40}?\b(?:killed|died|more)\s+(?:by|in)\s+(?:an?\s+|the\s+)?")
_OBJECT_ENDS = re.compile(r"\s*(?:[,.;]|$|\s(?:and|as|while|when|in|on|at|after|before)\b)")
_PART_OF_THEM = re.compile(r"\s+of\s+(?:them|whom)\b")
# "..., and all 16 attackers were", "... and that 26 hostages had died"
_AND_ANOTHER = re.compile(r"\band\s+(?:that\s+)?(?:all\s+|another\s+|a\s+further\s+)?$")
_NOUN_AFTER = re.compile(r"\s+([a-z]{3,})\b")
# "33 militants ... and 21 passengers died", "left 18 attackers and one member of the security forces dead"
_BOTH_DIED = re.compile(r"\b(\d[\d,]*|[a-z]+(?:-[a-z]+)?) (?:of (?:its|their|his|her) )?[a-z-]+ (?:were killed |died )?"
                        r"and (?:at least )?(\d[\d,]*|[a-z]+(?:-[a-z]+)?) "  # ("five of its members and a Qatari
                        # security officer were killed": six)
                        r"(?:[a-z-]+ ){1,5}?(?:were (?:also )?killed|died|(?:were )?dead)\b", re.I)
# (past a name in apposition: "killing the minister, Khalil Haqqani, and at least five other people")
# (not across a relative clause: "shot dead 10 militants who attacked a police station and a camp")
_AND_MORE = re.compile(rf"(?:[^.,;]{{0,40}}?,\s+(?-i:[A-Z])[^.,;]{{0,30}},\s+|"  # (a name, not ", about 90 km to the
                       # east, and a drone struck")
                       rf"(?:(?!\b(?:who|which|that)\b)[^.,;]){{0,80}}?)\band\s+"
                       rf"(?:her\s+|his\s+|their\s+)?(?:at least\s+)?"
                       rf"(\d[\d,]*|several|dozens|{NUMBER_WORD})\s+"
                       r"(?!percent|per cent|km|"
                       r"kilomet|miles|years|days|hours|others? (?:were )?(?:wounded|injured))"
                       # ... not a clause of its own of the hurt ("A man was shot dead and dozens of people, including
                       # police officers, were injured")
                       r"(?![^.;]{0,60}?\b(?:were|was|have been|had been)\s+(?:also\s+)?(?:wounded|injured|hurt|"
                       r"arrested|detained|missing)\b)", re.I)
# "a man, his wife and their two sons": each relative listed by name of kin is one more dead
# (and those killed beside him: "killed a commander and his driver")
_KIN = re.compile(r"\b(?:his|her|their)\s+(?:wife|husband|son|daughter|mother|father|brother|sister|child|baby|driver|"
                  r"bodyguard|companion)\b")
_KIN_LISTED = re.compile(rf"\w*(?:,\s+{_KIN.pattern})*(?:,?\s+(?:and|along with|together with)\s+{_KIN.pattern})?")
# (past the victim's word; "was killed along with his wife")
# ... past a title of up to three more words ("killed a senior Hezbollah commander and his driver")
_KIN_PAST_TITLE = re.compile(rf"\w*(?:\s+(?!and\b|along\b)[\w'’-]+){{0,3}}?(?:,\s+{_KIN.pattern})*"
                             rf",?\s+(?:and|along with|together with)\s+{_KIN.pattern}")
_ARMED_GROUPS = re.compile(r"\b(?:armed groups?|resistance forces|factions?|militias?)\b", re.I)
_LED_COALITION = re.compile(r"\b([A-Z][a-z]+|US|U\.S\.)-led (?:coalition|forces|alliance)\b")
# " between the army and Fano militiamen" after the trigger (or after "Fighting between", which holds its "between")
_BETWEEN_SIDES = re.compile(r"(?:(?<=\bbetween)|\s+between)\s+([^.;]{3,120})")
# "clashed with the fighters", "clashed with herders"
_WITH_FOE = re.compile(r"\s+with\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:fighters|militants|rebels|insurgents|jihadists|"
                       r"gunmen|attackers|militias?|militiamen|assailants|herders|bandits|gangs?|gang members)\b")
_MUTUAL = guarded(r"(?:clash|exchanged|traded|fighting between|battle|firefight|gunfight|skirmish|fought)", re.I)
_OBJECT_START = r"(?:an?\s+|the\s+|(?:two|three|four|five|several|multiple|\d+)\s+)?$"
# "ambushed a convoy of Malian soldiers and Russian Wagner fighters": who rode in the convoy struck
_CONVOY_OF = re.compile(r"\b(?:convoys?|patrols?|columns?)\s+(?:of|carrying)\s+[^,;.]*$")
# "struck several Syrian army tanks", "strikes on two Cambodian military targets": the state named is the target
_STRUCK_OBJECT = re.compile(r"\b(?:struck|hits?|bombed|bomb|strikes?|attack|shelled|targets|targeted|attacked|"
                            r"destroyed)\s+" +  # (a headline's present: "rocket attack targets US base")
                            _OBJECT_START)
# "a landmine wounded five Thai soldiers": the state named is the victim
_HARMED_BEFORE = re.compile(r"\b(?:killed|killing|kills|wounded|wounding|wounds|injured|injuring|injures)\s+"
                            r"(?:(?:at least|more than|about|some|up to)\s+)?(?:[\w-]+\s+){0,2}$")
# ("rockets were fired at the Ain al-Asad air base, which hosts US troops": the troops the target held)
_TARGET_BEFORE = re.compile(r"\b(?:at|on|against|targeting|towards?|into|hosts|hosting|houses|housing)\s+" +
                            _OBJECT_START + "|"  # ... "attacked positions held by pro-government Wazalendo militias"
                            # ... or "pagers used by Hezbollah members": whose things were struck
                            r"\b(?:held|controlled|defended|manned|used|carried|owned) by\s+(?:the\s+)?"
                            r"(?:pro-[\w-]+\s+|allied\s+|rival\s+)?$")
_STATE_POSTS = re.compile(r"\s+(?:several |some |two |three |four |\d+ |a number of |dozens of )?([A-Z][a-z]+) "
                          r"(?:(?:military|army|border|security) )?(?:posts|outposts|positions|bases|checkpoints|"
                          r"targets)\b")
# "retook the town", "took the lakeside city": one named before (not "the town of X", which names it)
# ... or a named quarter of one ("taking the Souq Libya market area")
_THE_TOWN_TAKEN = re.compile(r"\s+the\s+(?:(?:[a-z-]+\s+)?(?:town|city|village)\b(?!\s+of\b)|"
                             r"(?:[A-Z][\w'’-]*\s+){1,3}(?:market\s+)?(?:area|district|neighbou?rhood|quarter)\b)")
# "30 miles west of the capital", "10 km from Hama": the place a distance is measured from is not where it happened.
_MEASURED_FROM = re.compile(r"(?:\b|(?<=\d))(?:km|kms|kilomet(?:er|re)s|miles?)\)?\s+(?:(?:to\s+the\s+)?[a-z-]+\s+)?"
                            # (also "6km south of", "220 km west of the state capital")
                            r"(?:of|from)\s+(?:the\s+)?(?:(?:state|provincial|regional|national)\s+capital,?\s+)?$|"
                            # ... or a direction alone, apposed: "the town of Bani Naim, east of Hebron,"
                            r"\w,\s+(?:just\s+)?(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+$", re.I)
# Not a passive's subject: an object ("expelled to Turkey are detained") or a home ("Goble, 26, of Edmonton, was").
_FIGURE_BEFORE = guarded(r"(?:(?:about|some|around|roughly|nearly|approximately)\s+)?\d[\d.,]*\s*(?:[a-z]+\s+)?$",
                         re.I)
# Between places of a list: a comma or "and", past an apposition ("Sake, a town west of Goma, and Minova").
# "A, B and C", "A, the port town, and B", "Hodeidah and the central city of Taiz", "Sanaa and the northern province
# of Saada"
_LIST_JOIN = re.compile(r"\s*(?:,\s+(?:a|an|the)\s+[^,;.()]{1,60},\s*and\s+|,?\s*and\s+the\s+(?:[a-z-]+\s+){0,2}"
                        r"(?:city|town|village|port|province)\s+of\s+|,\s*(?:and\s+)?|and\s+|"
                        # "in the port city of Toamasina and in Antsiranana", "in the Kyiv region and in the western
                        # region of Lviv", "spread to the port city of Toamasina and to Mahajanga"
                        r"(?:\s+(?:region|province|state|district|oblast))?,?\s*and\s+(?:in|at|to)\s+(?:the\s+)?"
                        # ... "in Istanbul and in the capital Ankara"
                        r"(?:(?:[a-z-]+\s+)?(?:region|province|state|district|city|town)\s+of\s+|capital,?\s+)?|"
                        # "hit a residential building in Ramat Gan and an office tower in Holon"
                        r"(?:\s+[a-z-]+){0,3}\s+and\s+(?:an?|another|the)\s+(?:[a-z-]+\s+){1,4}(?:in|at|near)\s+|"
                        # "repelled 41 assaults near Pokrovsk and 12 near Kupiansk"
                        rf"\s+and\s+(?:\d[\d,]*|{NUMBER_WORD})\s+(?:more\s+)?(?:in|at|near|around|outside)\s+)\s*")
# "Russia's Bryansk region", "Pakistan's southwestern Balochistan province": the region, not the country, is where
_POSSESSOR = re.compile(r"['’]s (?:(?:far[ -])?(?:north|south|east|west|central|north-?east|north-?west|south-?east|"
                        r"south-?west)(?:ern)? |restive |eastern |western |northern |southern |(?:semi-)?autonomous |"
                        r"breakaway |self-declared |rebel-held )?"  # ("Somalia's semi-autonomous Puntland region")
                        r"(?:(?:capital|largest|second|second-largest|main|port|commercial) (?:city |town )?|"
                        # "Pakistan's southwestern province of Balochistan", "Syria's coastal provinces of Latakia and"
                        r"(?:coastal |border |northern |southern |eastern |western )?"
                        r"(?:provinces?|states?|regions?|districts?|city|cities|towns?) of )?(?=[A-Z])")
# "In Bunia, the capital of Ituri, ...": the unit after an apposition describes the place before it
# ... and, with no comma, the town the sentence named ("rocked Goma as rebels pushed into the largest city of eastern
# Congo")
_DESCRIBES_BEFORE = guarded(r",\s+(?:the|a)\s+(?:provincial |regional |state )?(?:capital|seat|largest city|"
                            r"second city|main town)\s+of\s+(?:the\s+)?$|"
                            r"\bthe\s+(?:largest|biggest|second[- ]largest|main)\s+(?:city|town)\s+(?:of|in)\s+"
                            r"(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|"
                            r"(?:north|south)-?(?:east|west)(?:ern)?\s+|central\s+)?$|"
                            # a group described: "JNIM, al Qaeda's affiliate in the Sahel, said ..."
                            r"['’]s\s+(?:affiliate|branch|wing|offshoot|franchise)\s+in\s+(?:the\s+)?$|"
                            # where people fled to: "forcing hundreds to seek shelter in nearby Saint-Marc"
                            # (but not "a school used as a shelter in Nuseirat": the building struck)
                            r"\b(?:seek|sought|seeking|take|took|taking|find|found|finding)\s+"
                            r"(?:shelter|refuge|safety) in\s+(?:nearby\s+|neighbouring\s+)?$|"
                            r"\bfle(?:d|e|eing) (?:to|towards?|into)\s+(?:nearby\s+|neighbouring\s+)?$|"
                            # ... or were taken: "evacuated the wounded to a hospital in Bunia"
                            r"\b(?:to|into)\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:hospitals?|clinics?)\s+in\s+$")
# "struck ... the only international airport still working in Sudan": the country the airport is compared within, not
# where the strike is told (the dateline's city is)
_ONE_OF_THE_COUNTRY = guarded(r"\bthe\s+(?:only|last|sole|largest|biggest|busiest|main|second[- ]largest)\s+"
                              r"(?:[\w-]+\s+){0,3}(?:(?:still\s+)?(?:working|operating|functioning|open|left|"
                              r"remaining)\s+)?in\s+(?:the\s+)?$")
# "had taken the town after fighting with the army": the fighting for the capture
# ... "after a day of fighting", "after weeks of heavy fighting"
# ... "after a gunfight lasting several hours"
_AFTER_FIGHTING = re.compile(r"\b(?:after|following)\s+(?:(?:a|an|two|three|several|days|weeks|hours|months)\s+"
                             r"(?:[a-z]+\s+)?of\s+|an?\s+)?(?:heavy\s+|fierce\s+|brief\s+|long\s+)?$")
# "Gang members torched homes ... and killed six": armed men who burned homes attacked the people in them
_ARMED_DOERS = re.compile(r"\b(?:gunmen|gang members|gangs|bandits|attackers|assailants|militants|militiamen|armed men|"
                          r"fighters|rebels|jihadists|insurgents)\s+(?:[\w-]+\s+){0,2}$", re.I)
# the forces told before ("The army said", "Separately, the military said")
_THE_MILITARY = re.compile(r"\W*(?:(?:Separately|Meanwhile|Later|Earlier),\s+)?(?:[Tt]he|[Ii]ts) (?:military|army|"
                           r"armed forces)\b")
# "troops came under fire", "forces deployed to the area came under attack" (not "his travels came under fire", nor
# a ship, attacked from afar)
# ... "Government forces deployed to the province ..., but they came under attack"
_FORCE_BEFORE = re.compile(r"\b(?:forces|troops|soldiers|police|policemen|officers|convoy|patrol|post|base|positions|"
                           r"checkpoint|helicopters?)\s+(?:(?:deployed|sent|stationed|posted|patrolling|guarding)\s+"
                           r"(?:[\w-]+\s+){0,4}|[^.;]{0,80}?,\s+(?:but|and)\s+they\s+)?$")
# "the Red Sea port of Hodeidah", "the Kharkiv region town of Kupiansk": a place naming where the one after "of" lies
# (but "the Sadr City district of Baghdad" names a part of the place after)
_PLACE_OF_AFTER = re.compile(r"\s+(?:(?!and\s|or\s)[a-z]+\s+){0,2}(?:port|city|town|village|capital|island|"
                             r"settlement)\s+of\s+(?:the\s+)?")  # (not "Pokrovsk and the town of Vovchansk": a list)
# "U.S. strike kills 11": a strike the country before it owns (not "Rastan in Syria was taken")
_STRIKE_NOUN = re.compile(r"(?:air ?|drone |missile |rocket )?(?:strikes?|raids?|attacks?|bombing|shelling)\b", re.I)
# "caused by a fire in containers", "officials rule out attack": a blast no one set off
_ACCIDENT = re.compile(r"\b(?:(?:caused|triggered|sparked) by (?:an? )?(?:[\w-]+ )?(?:fire|gas leak|leak|short circuit|"
                       r"accident)|accidental(?:ly)?|rul(?:e|es|ed|ing) out (?:an? )?(?:attack|sabotage|foul play)|"
                       r"no sign of (?:an? )?(?:attack|sabotage|foul play)|industrial accident|"
                       r"gas (?:leak|cylinder))\b", re.I)
_ACCIDENT_REACH = 400  # characters: the headline before the blast's sentence, the two or so sentences after
# "gunfire and explosions were heard": the sound of fighting told otherwise
_HEARD = re.compile(r"\s+(?:were|was|could be|had been|have been|are|is) (?:also )?heard\b")
_BETWEEN = re.compile(r"\bbetween\s+(?:the\s+)?$")
# "the embassies of Rwanda, France and the United States": owners, listed (not "the north of Mali")
_OWNED_BY = re.compile(r"\b(?:embass(?:y|ies)|consulates?|governments?|ambassadors?|citizens|nationals|flags?|"
                       r"leaders?|presidents?|ministers?)\s+of\s+(?:(?:the\s+)?[A-Z][\w ]*(?:,\s+|\s+and\s+))*(?:the\s+)?$")
# "an Eritrean-backed faction", "the Saudi-led coalition": a country as a thing's backer
_BACKED_AFTER = re.compile(r"-(?:backed|led|allied|supported|trained|funded|armed|aligned|brokered|made)\b")
_INDEFINITE_BEFORE = re.compile(r"\ban?\s+$", re.I)
_OBJECT_OF = guarded(r"\b(?:to|into|from|toward|towards|for|with|by|than|via)\s+(?:the\s+)?$|\d+,\s+of\s+$", re.I)
# ACLED's precision of an event coded at a unit, the most precise unit first
_AREA_PRECISION = {"admin2": 2, "admin1": 3, "country": 3}
# "Israel struck", "Washington and London carried out" (the second state in ``ally``), not "Kyiv hit by drones"
_SUBJECT_REACH = 160  # characters from a state that struck to the strike its clause names
_STRIKE_VERB = re.compile(r"(?:\s+and\s+(?:the\s+)?(?P<ally>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?))?\s+(?:(?:has|have|had)\s+)?"
                          r"(?:also\s+|later\s+|then\s+)?"  # ("Iran later fired about 100 drones")
                          r"(?:launched|fired|carried out|conducted|struck|hit|bombed|attacked|shelled|pounded|targeted|"
                          r"(?:responded|retaliated)(?:\s+by)?|sent|scrambled|dropped|intensified|stepped up|escalated|"
                          r"resumed|"
                          # "Russia captured the village", "Russia claimed the capture of Poltavka"
                          r"captured|seized|retook|recaptured|overran|claimed\s+the\s+(?:capture|seizure)\s+of)"
                          r"\b(?!\s+by\b)")  # not "Iran hit by", but "Iran responded by firing"
_PREPOSITION_BEFORE = guarded(r"\b(?:in|at|near|from|of|to|into|on|against|across|over|toward|towards)\s+$", re.I)
_WITHDRAWAL = "Non-violent transfer of territory"
_WEAPONS_SEIZED = "Disrupted weapons use"
_STATE_SEIZER = re.compile(r"\b(?:army|military|police|troops|soldiers|security forces|officers|authorities|customs|"
                           r"navy|coast guard)\b", re.I)
_TAKEN = ("Non-state actor overtakes territory", "Government regains territory")
# "... set fire to buildings inside the base before withdrawing": raiders who left, no territory taken
# "jets bombed the fighters as they withdrew": raiders leaving, no handover of the place (not "killed civilians as
# they fled": the civilians)
_RETREATING = re.compile(r"\b(?:as|while|when) (?:they (?:withdrew|retreated|pulled out|pulled back)|"
                         r"the (?:[\w-]+ )?(?:fighters|insurgents|militants|attackers|rebels|jihadists|assailants) "
                         r"(?:withdrew|retreated|pulled out|pulled back|fled))\b")
_LEFT_AGAIN = re.compile(r"\bbefore (?:withdrawing|retreating|pulling out|pulling back)\b|"
                         r"\b(?:later|then|afterwards) (?:withdrew|retreated|pulled out|pulled back)\b|"
                         # "The attackers looted the post and withdrew before reinforcements arrived"
                         r"\b(?:attackers|assailants|fighters|militants|jihadists|insurgents)\b[^.;]{0,60}\band "
                         r"(?:then )?(?:withdrew|retreated|pulled out|pulled back)\b|" +
                         _RETREATING.pattern)
_DEMONSTRATIONS = frozenset({"Protests", "Riots"})
_PROTEST_GRAVITY = ("Peaceful protest", "Protest with intervention", "Excessive force against protesters")
# "..., including nine in a house in Beit Lahiya and six in ...": a part of a toll told at a place
# (or the whole, told at a town after a comma: "exchanged fire along the Line of Control, killing at least 10
# civilians ... in the town of Poonch")
_SHARE = re.compile(r"\b(?:including|and|(?<=, )killing)\s+(?:at\s+least\s+)?"
                    r"(?P<n>\d+|(?!an?\b|the\b)[a-z]+)\s+"  # (not "including an air base")
                    r"(?!(?:[\w'’-]+\s+){0,2}(?:wounded|injured|hurt)\b)"  # (nor "and 18 wounded in the district")
                    r"(?:(?!and\b|including\b)[\w'’-]+\s+){0,10}?$")
_AT_PLACE = re.compile(r"\s(?:in|at|near)\s")
# "suspects from a group it said was planning attacks on Israel": a target of attacks not made, no scene
_PLANNED_ON = re.compile(r"\b(?:planning|plotting|planned|plotted|preparing)\s+(?:an?\s+)?(?:[\w-]+\s+)?"
                         r"(?:attacks?|strikes?|bombings?)\s+(?:on|against|in)\s+(?:the\s+)?$")
# "withdrew across the border to Bujumbura": where a withdrawal went, not where it happened
# (and the country of such a town: "to Mae Sot in Thailand")
_DESTINATION = re.compile(r"\b(?:to|towards?|into)\s+(?:the\s+)?(?:(?:nearby|neighbou?ring)\s+)?"
                          r"(?:(?:town|city|village|area)\s+of\s+)?$|"
                          r"\b(?:to|towards?|into)\s+(?:[A-Z][\w'’-]*\s+){1,3}in\s+(?:the\s+)?$")
# Where people or things came from: "from Ouahigouya", "peacekeepers from South Africa, Malawi and Uruguay"
_FROM_LIST = re.compile(r"\bfrom\s+(?:the\s+)?(?:(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
                        r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:,\s+(?:and\s+)?|\s+and\s+))*$")
# "seven soldiers were killed and the remaining troops withdrew toward Mahas": where they went, not where they fought
# ("killed civilians as they tried to flee the city toward the town of Tawila": where they fled to)
_RETREAT_TO = re.compile(r"\b(?:withdrew|retreated|fled|flee|fleeing|pulled back|fell back)\s+(?:[\w-]+\s+){0,2}(?:" +
                         _DESTINATION.pattern + ")")
_QUARTER_KM = 10  # a strike told again this near the town it was told at hit a quarter of that town
_RETOLD_NEAR_KM = 30  # an attack told again at a village this near the town it was told near happened there
_HEARD_KM = 20  # a fight heard this near the town it was told at is heard in that city's quarters or suburbs
# "The missiles hit a street near the university": the strike just told, told again (its actor, merged with it)
# "Residents said the aircraft dropped ...", "The strike on Ohe Htein Twin village took place ...", "The car was hit"
_IT_WAS_STRUCK = re.compile(r"\b(?:when|as) (?:it|the (?:bus|vehicle|car|truck|convoy|boat)) was "
                            r"(?:struck|hit|targeted)\b")
_THE_STRIKE = re.compile(r"(?:[^,.]{0,50}\b(?:said|says)(?: that)? )?\W*[Tt]he (?:two |three |four )?"
                         r"(?:(?:missiles?|rockets?|shells|drones?|bombs?|(?:air ?|drone )?strikes?|airstrikes?|"
                         r"(?:air )?raids?|bombardments?|aircraft|jets?|warplanes?|planes?|"
                         r"(?:improvised )?explosive devices?|IEDs?|(?:land)?mines?|blasts?|explosions?) "
                         r"(?:hit|struck|slammed into|landed|targeted|went off|exploded|detonated|"
                         r"dropped (?:[\w-]+ ){0,2}bombs? on)|"
                         r"(?:air ?|drone )?(?:strike|bombing|raid) on|"
                         r"(?:car|vehicle|truck|motorcycle|house|building|ship|vessel|tanker) (?:was|were) "
                         r"(?:hit|struck|targeted))$")
# "A spokesman said the military had targeted militants": the state owning a strike told before
_ARMY_STRUCK = re.compile(r"\bsaid (?:that )?the (?:military|army|air force|armed forces) (?:had |has )?"
                          r"(?:targeted|struck|carried out)\b")
# "The attack, claimed by X, began with artillery fire before ...": the course of the attack just told
_UNFOLDED = re.compile(r"(?:The|This) (?:attack|assault|raid|offensive)\b[^.;]{0,80}?\b(?:began|started|opened) with\b")
# ... and how the protests told began
_PROTESTS_BEGAN = re.compile(r"\W*The (?:protests|demonstrations|rallies|unrest) (?:began|started|erupted|broke out)\b")
# ... and how the fighting told began: "The fighting erupted after a merchant was kidnapped" (the kidnapping its own)
_FIGHT_BEGAN = re.compile(r"The (?:fighting|clashes|violence) (?:erupted|began|started|broke out) "
                          r"(?:(?:near|in|at) (?:the )?(?:(?:town|village) of )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)? )?"
                          r"(?:after|when|over)\b")  # ("The fighting broke out near the town of Butig when ...")
# "said grenades had been thrown into the crowd": how the blasts told were set off
_HOW_DONE = re.compile(r"\s+(?:had|have|has)\s+been\s+(?:thrown|hurled|lobbed|planted|placed|hidden|used)\b")
# "five people were killed in the strike on the Haret Hreik neighbourhood": the strike told before
_IN_THE_STRIKE = re.compile(r"\b(?:in|by|when|as) the (?:[\w-]+ )?$")  # ("... when the shells landed")
# Force that kills: "fired tear gas and live rounds", "opened fire on the crowd"
_LIVE_FIRE = re.compile(r"\b(?:live (?:rounds|ammunition|bullets|fire)|opened fire|fired (?:on|at|into) (?:the )?"
                        r"(?:crowds?|protesters|demonstrators|marchers))\b")
_KILLED_IN_THE = re.compile(r"killed (?:in|during) the\b")  # a trigger that tells its fight as the one told
# "The military has stepped up air strikes since ...": a trend, no event of a day (unless the sentence dates one)
_TREND = re.compile(r"\b(?:(?:stepped up|intensified|escalated|ramped up|increased)\s+(?:its\s+|their\s+|the\s+)?|"
                    # "the latest in a long series of clashes between herders and farmers", "years of clashes"
                    r"(?:long|years-long|decades-long)\s+series\s+of\s+|(?:years|decades)\s+of\s+|"
                    r"a\s+(?:long\s+)?(?:history|cycle)\s+of\s+|long-running\s+|"
                    # "have carried out hundreds of air strikes across Syria": a tally of months, no day's strike
                    r"(?:has|have|had)\s+(?:carried\s+out|launched|conducted|staged|mounted)\s+"
                    r"(?:hundreds|thousands|dozens|scores)\s+of\s+)(?:[\w-]+\s+)?$")
_RECENT = re.compile(r"\b(?:in|over|during) (?:the )?(?:recent|past|last) (?:few |several |two |three )?(?:weeks?|months?|"
                     r"years?)\b|\bin recent (?:days|weeks|months)\b|"
                     r"\b(?:has|have) (?:[a-z]+ ){1,6}this year\b")
_HABITUAL = re.compile(r"\b(?:regularly|routinely|frequently|often|daily|nightly|almost every day|every (?:day|night)|"
                       r"repeated(?:ly)?|recurr(?:ing|ent))\b")  # "has been hit by repeated clashes"
# "has increasingly used paragliders in attacks on villages" (not "... since the army retook Khartoum in March")
_INCREASINGLY = re.compile(r"\bincreasingly\b(?:(?!\b(?:since|after|when|until|before)\b)[^,;])*$")
_PAST_PERFECT = re.compile(r"\bhad\s+(?:been\s+)?[a-z]+ed\b")  # "had been abducted", "had seized"
_BACKGROUND_DAYS = 60  # an event of the past perfect this long before the article is background
_NO_DAY = date.max  # any calendar date the text names is before it
_DIPLOMATIC = re.compile(r"\b(?:summon(?:ed|s)|ambassador|envoy|charg[ée] d['’]affaires|(?:formal|diplomatic|"
                         r"official) protest|lodged (?:a )?protest|protest note)\b", re.I)
_CROWD = re.compile(r"\b(?:protesters|demonstrators|people|crowds?|hundreds|thousands|dozens|residents|students|"
                    r"activists|supporters|marchers|workers)\b", re.I)
# "a ceasefire that took effect in November": a clause whose month dates no event
_THAT_CLAUSE = re.compile(r"\b(?:that|which)\s+(?:had\s+|has\s+)?(?:took|taken|came|come|went|gone|began|begun|"
                          r"started|was|were|ended)\b[^,;.]*")
# "had been detained since the protests began": a count of all since then
_BEEN_BEFORE = re.compile(r"\b(?:have|has|had)\s+been\s+$")
_SINCE_AFTER = re.compile(r"\s+since\s+(?:the\s|they\s|it\s|[A-Z]|\d)")
# "... a railway station roof in Novi Sad that killed 15 people in November": what a thing the clause is of did
_WHAT_IT_DID = re.compile(r"\b(?:that|which)\s+(?:had\s+|has\s+)?[a-z]+ed\b[^,;.]*")
# ", the city where the uprising began in 2011,": a clause describing a place, whose year dates no event
_DESCRIBING = re.compile(r",\s+(?:the\s+(?:[\w-]+\s+){0,3}?)?(?:where|which|whose)\b[^,;]*")
# "a ceasefire brokered by the United States and France": the mediators, not where it was agreed
_BROKERED_BY = re.compile(r"\b(?:brokered|mediated|facilitated|hosted)\s+by\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}"
                          r"(?:and\s+(?:the\s+)?)?$")
# "Israeli negotiators", "Israeli and Hamas negotiators": a party to talks
_NEGOTIATORS = re.compile(r"\s+(?:and\s+[A-Z][\w-]+\s+)?(?:negotiators|delegations?|negotiating teams?)\b")
# "ambushed a police vehicle with a roadside bomb": an ambush's object, then the weapon it was made with
_WITH_MEANS = re.compile(r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}with\s+(?:an?\s+|two\s+|several\s+)?")
# A rounded figure ("kill nearly 500", "dozens"), which an exact one outranks
_ROUGH_TOLL = re.compile(r"\b(?:nearly|almost|about|around|some|roughly|close to|up to)\s+\d|"
                         r"\b(?:dozens|scores|hundreds|several)\b", re.I)
# "rockets fired from Cambodia": the country the fire came from
_FIRED_FROM = re.compile(r"\b(?:fired|launched)\s+from\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)")
# "at least 11 people had died in the protests": the dead of the protests told
_DEAD_IN_THE = re.compile(r"\b(?:died|killed|dead|deaths)\s+(?:in|during)\s+the\s+$")
# "struck positions near Manbij, which the factions seized last month": a deed a relative clause tells
_WHICH_TOOK = re.compile(r",\s+(?:which|who)\s+[^,;.]{0,60}?\b(?:seized|captured|took|retook|recaptured|overran|"
                         r"lost|was captured|was taken|fell)\b[^,;.]*$")
# "The MILF, which signed the peace deal, said": a relative clause describing a party
_WHICH_DID = re.compile(r",\s+(?:which|who)\s+(?:had\s+|has\s+|have\s+)?$")
# "Settler attacks on villages have risen sharply": a trend
_RISEN_AFTER = re.compile(r"[^.;,]{0,50}?\b(?:have|has)\s+(?:\w+ly\s+)?(?:risen|increased|surged|grown|soared|"
                          r"multiplied|doubled|tripled|spiked|jumped|fallen|declined|decreased|dropped)\b")
# "previous drone attacks", "past strikes": attacks of before
_PAST_ONES = re.compile(r"(?:\b(?:previous|past|prior|repeated|frequent)\s+|"
                        # "gangs have carried out a string of mass abductions": many of the past, none of the day
                        r"\b(?:have|has)\s+(?:[a-z]+\s+){1,2}a\s+(?:string|spate|series|wave)\s+of\s+)(?:[\w-]+\s+)?$",
                        re.I)
# "The protesters accused ...", "Demonstrators chanted ...": a crowd already told of, what it said or carried
_CROWD_SPEAKS = re.compile(r"(?:protesters|demonstrators|marchers)\s+(?:also\s+)?(?:accused|said|say|demanded|called|"
                           r"blamed|chanted|shouted|carried|waved|held up|denounced)\b", re.I)
# A demonstration the article tells of, which forces firing tear gas or water cannon broke up
_DEMONSTRATING = re.compile(r"\b(?:protest|demonstrat|rall(?:y|ies)\b|march|riot|sit-in|crowds?\b|mourners|"
                            r"gathering|strikers|blockades?\b|blocked (?:a |the )?(?:roads?|highways?)\b|"
                            r"supporters\b|students\b|activists\b)", re.I)  # ("tear gas at opposition supporters")
# "Taliban security forces", "the Houthi-run ministry": a group named as a state's ruler
_RULING_AFTER = re.compile(r"(?:-run)?\s+(?:security forces|government|authorities|administration|police|"
                           r"interior ministry|defen[cs]e ministry)\b")
# "it had regained control of most areas": no place taken
_MOST_AREAS = re.compile(r"\s+(?:(?:full |complete )?control (?:of|over) )?(?:most|many|several|some|all|much) (?:of )?"
                         r"(?:the )?(?:areas|parts|positions|territory|towns|villages|regions)\b"
                         # (not "... in eastern Ghouta")
                         r"(?![^.;]{0,40}\b(?:in|of|around|near) (?:the )?(?:[a-z]+ )?[A-Z])")
# "struck several tanks": arms struck make a strike of a sentence naming no armed force
_ARMS_STRUCK = re.compile(r"\s+(?:an? |the |two |three |four |several |\d+ )?(?:[\w-]+ )?(?:tanks|armou?red vehicles|"
                          r"military vehicles|weapons depots?|ammunition depots?|missile launchers|rocket launchers|"
                          r"air defen[cs]e systems?)\b")
# "a little-known group calling itself the Kashmir Resistance": the group's name
_CALLING_ITSELF = re.compile(r"\b(?:group|outfit|militants?|faction|organi[sz]ation)\s+(?:calling itself|known as)\s+"
                             r"(?:the\s+)?((?:[A-Z][\w'’-]+\s+){0,4}[A-Z][\w'’-]+)")
# "an army helicopter was shot down by a drone": the forces struck, not striking
_STRUCK_BY = re.compile(r"(?:struck|hit|targeted|attacked|shot down) by\b")
# "An attack on a military post killed 12 soldiers": state forces named as what an attack was on
_ATTACK_ON = re.compile(r"\b(?:attacks?|assaults?|raids?|ambush(?:es)?)\s+on\s+(?:an?|the|two|three|several)\s+"
                        r"(?:[\w-]+\s+)?$", re.I)
# "as talks stall", "have made little progress", "have so far failed to produce a truce": no talks of a day
_STALLED = re.compile(r"\b(?:stall(?:s|ed)?|(?:made|make|making) (?:little|no|scant) (?:headway|progress)|"
                      r"deadlock(?:ed)?|at an impasse|(?:have|has) (?:so far |repeatedly |yet )?(?:failed|faltered|"
                      r"broken down))\b", re.I)
# "Oli resigned hours after the parliament was torched": the story's event, told before, as a background of another
_AFTER_THE_TOLD = re.compile(r"\b(?:hours|minutes|days|weeks|shortly|soon|a day|a week)\s+after\s+the\s+"
                             r"(?:[\w-]+\s+){1,3}(?:was|were|had been)\s+$")
# "launched 215 drones across the country": the country's, not the last town's
_COUNTRYWIDE = re.compile(r"\b(?:(?:across|throughout|around|all over) the (?:country|nation)|nationwide)\b")
_DOER_AFTER = re.compile(r"\s+(?:(?:also|had|has|then)\s+)?(?:launched|fired|sent|struck|attacked|hit|bombed|"
                         r"shelled)\b")
# "No group claimed the kidnapping": an event named again as what was (not) claimed
# The ship told before, struck again in other words: "... when it was hit", "said they had fired missiles at the ship"
_AT_THE_SHIP = re.compile(r"\s+(?:at|on)\s+the\s+(?:ship|vessel|tanker|carrier|freighter)\b")
_PRONOUN_BEFORE = re.compile(r"\b(?:it|they)\s+$")
_CLAIMED_THE = re.compile(r"\bclaim(?:ed|s)?\s+(?:responsibility\s+for\s+)?the\s+(?:[\w-]+\s+)?$")
# A report's closing attribution (", the US military said on Thursday.", ", according to police.", ", said Serhii
# Lysak, head of the Dnipropetrovsk regional administration."): who reports, and the office that names a place
# ... a headline's too: "..., Taliban say"
_REPORTER = re.compile(r",\s+(?:[^,]{1,60}\s+(?:said|says|say|(?<!was )(?<!were )reported|announced)\b"
                       r"(?:\s+in\s+an?\s+(?:statement|post|briefing|video|report))?[^,]{0,25}|according to [^,]{1,60}|"
                       r"(?:said|says)\s+[A-Z][^,]{1,40},\s+(?:the\s+)?(?:head|chief|governor|mayor|spokes\w+|director|"
                       r"commander|leader|minister|member|an?\s)[^,]{0,70})$")
# "Other missiles hit Tel Aviv", "Another missile struck Tamra": the barrage told before
# (after who tells it: "The SDF said another drone had hit a power station")
_OFFICERS = re.compile(r"\b(?:officers|policemen|agents|they|it)\b")
_REPORTED_BY = re.compile(r"[^,.]{0,50}\b(?:said|says)(?: that)? ")
_MORE_OF_THEM = re.compile(r"(?:[^,.]{0,50}\b(?:said|says)(?: that)? )?"
                           r"\W*(?:(?:other|more|further|several|some|many|the other) (?:of the )?(?:missiles|rockets|"
                           r"drones|shells|bombs|strikes)|another (?:missile|rocket|drone|shell|bomb|strike)|"
                           r"an? (?:second|third|later) (?:(?:air|drone|missile) )?strike|"  # "a second drone strike"
                           r"an?(?: second| third| new| later)? (?:wave|salvo|barrage) of (?:missiles|rockets|drones|"
                           r"shells|strikes))\b", re.I)  # "A second wave of drones hit Izmail"
# "The fighting broke out near Dominorog": the fight the sentence before told, told again
_RETOLD = re.compile(r"\W*(?:The|This|That)\s+" + _FIGHT_NOUNS)
_A_STRIKE = re.compile(r"\b(?:air\s*)?strikes?\b", re.I)
# The weapon a strike's trigger names ("missile hit", "a drone struck")
_WEAPON = re.compile(r"\b(missile|rocket|drone|bomb|shell)s?\b", re.I)
_MANY_STRIKES = re.compile(r"\b(?:strikes|raids|warplanes|jets|aircraft|bombers)\b", re.I)
# (past an apposition too: "The attackers, armed with guns and machetes, struck")
_GROUND_SUBJECT = re.compile(r"\b(?:gunmen|assailants|attackers|militants|fighters|jihadists|insurgents|rebels|bandits|"
                             r"militiamen)(?:\s+[\w-]+){0,3}(?:,[^,.;]{1,60},)?\s+$", re.I)
_FORCES_STRUCK = re.compile(r"\b(?:patrol|soldiers|troops|servicemen|policemen|army|military)(?:['’]s)?\b", re.I)
_CITY_WORD = re.compile(r"\b(?:city|town|village)\b", re.I)
# "killed in the strike", "in the latest strike": the event told before
_IN_THE_EVENT = re.compile(r"\b(?:in|by|during) the (?:latest |overnight )?(?:[A-Z][\w'’-]* )?"
                           r"(?:strikes?|attacks?|blasts?|bombings?|raids?|"
                           r"explosions?|shelling|"
                           r"ambush|exchange of fire|gunfight|firefight|assaults?|fighting|clashes|offensive)\b")
# "killed in the unrest": the riot's dead
_IN_THE_UNREST = re.compile(r"\b(?:in|during) the (?:unrest|riots?|rioting|violence|protests|clashes)\b")
# What witnesses heard or saw of an event ("explosions could be heard", "smoke rising over the city")
_SENSED = re.compile(r"\b(?:explosions?|blasts?|gunfire|sirens|smoke|flee|fled|fleeing)\b")
_ANOTHER = re.compile(r"(?:Another|A second|A third|A further|Other) (?:[\w-]+ )?(?:strikes?|missiles?|rockets?|"
                      r"drones?|shells?|bombs?|blasts?|explosions?|attacks?)\b")
_AFTER_DOING = re.compile(r"\b(?:after|before|while)\s+$")
# Who was killed: "had killed 40 soldiers", "killed 12 Nigerien soldiers", "killed dozens of Russian Wagner mercenaries"
# (not "killed in fighting with Hezbollah")
_KILLED_WORDS = r"\b(?:kill(?:ed|ing|s)|shot dead)\s+(?:(?!in\b|with\b|during\b|by\b|when\b|as\b)[\w,'’-]+\s+)"
_KILLED_BEFORE = re.compile(_KILLED_WORDS + r"{0,4}$")
# ... of a list ("killed dozens of Malian soldiers and Russian Wagner fighters"), in the fight told next
_KILLED_LISTED = re.compile(_KILLED_WORDS + r"{0,7}$")
_IN_THE_FIGHT = re.compile(r"(?:\s+[\w-]+){0,2}\s+(?:in|during)\s+(?:the\s+|heavy\s+|fierce\s+)*"
                           r"(?:fighting|clashes|battle)")
_VICTIMS = re.compile(r"[\w\s]{0,12}?\s(?:were|was|had been|have been|has been)\s+(?:killed|wounded|injured|captured)\b")
# "Soldiers killed in ambush in western Niger": the forces the trigger's event killed, right before it
_KILLED_IN = re.compile(r"\s+(?:were\s+|was\s+)?(?:killed|wounded|injured)\s+(?:in|by)\s+(?:an?\s+|the\s+)?$")
# A place naming a force ("the Assam Rifles"), or a capital or country standing for a government that speaks
# ("a militia that Ankara says is linked to the PKK"; not "residents of Mukhtariyah said"): no site
# "the Sinaloa Cartel" fought where the sentence says, not in Sinaloa; "protested a handover to the Kurdistan Democratic
# Party" (in Kirkuk), not in Kurdistan
_FORCE_AFTER = re.compile(r"\s+(?:Rifles|Regiment|Corps|Division|Brigades?|Battalions?|Guards?|Army|Militia|Command|"
                          r"(?:People['’]s\s+|National\s+)?Defen[cs]e\s+Forces?|"
                          r"Cartel|Gang|(?:[A-Z][\w'’-]*\s+){0,3}(?:Party|Front|Movement|Alliance|"
                          r"Foundation|Fund|Institute|Society|Association))\b")  # ("the Gaza Humanitarian Foundation")
# "by Myanmar's military", "Russia's forces", "the Myanmar military's headquarters", "Russia's Wagner group": the
# state's forces, or a force it owns, which acted or own what was taken -- not where
_OWN_FORCES_AFTER = re.compile(r"(?:['’]s\s+(?:own\s+)?|\s+)(?:military|army|armed forces|forces|troops|air force|junta|"
                               r"navy|soldiers|warplanes|jets|drones|(?:aircraft\s+)?carriers?|warships?|destroyers?|"
                               r"frigates?)\b|['’]s\s+(?:[A-Z][\w-]*\s+){1,3}"
                               r"(?:group|mercenar(?:y|ies)|militia|paramilitar(?:y|ies)|Corps|Guards?)\b")
# ... or "after Israel accused Hamas of killing one of its soldiers": the deed the strikes answered
_AVENGED = re.compile(r"\b(?:in\s+(?:retaliation|revenge|reprisal)\s+for|to\s+avenge|"
                      r"in\s+(?:what\s+(?:\w+\s+){1,3})?(?:a\s+)?response\s+to|"  # "in what it called a response to"
                      r"after\s+(?:[\w'’-]+\s+){1,3}(?:accused|blamed)\s+(?:[\w'’-]+\s+){1,3}(?:of|for))\b")
_ANNIVERSARY = re.compile(r"\b(?:(?:a|one|two|three|five|ten|\d+) years? since|anniversary of)\b")
# (not "security forces", the land's own police in the West Bank)
_SOLDIERS = re.compile(r"\b(?:soldiers|troops)\b", re.I)
_ON_THE_GROUND = frozenset({"Battles", "Violence against civilians", "Strategic developments"})
# "Israeli forces", "a large Israeli operation in the northern West Bank": a state's on the ground
_TROOPS_AFTER = re.compile(r"\s+(?:(?:ground\s+)?forces|troops|soldiers|army|(?:military\s+)?(?:operation|raids?|"
                           r"incursion|offensive))\b")
_SECURITY_AFTER = re.compile(r"\s+(?:security|police|policemen)\b")
_SPEAKS_AFTER = re.compile(r"\s+(?:says|said|claims|claimed|accuses|accused|insists|insisted|denies|denied|"
                           r"rejects|rejected|dismissed|disputed)\b")  # ("..., a claim Kyiv rejected")
_PARTS_COUNTED = re.compile(r"\b(?:in|during) (two|three|four|five|\d) (?:separate )?(?:operations|raids|attacks|"
                            r"clashes|strikes)\b")
_PLACES_COUNTED = re.compile(r"\b(?:on|in|across|at) (two|three|four|five|six|\d) (?:[\w-]+ )?(?:villages|towns|"
                             r"communities|settlements|locations)\b")
_REGION_REACH_KM = 400  # how far from a region's point a place told in it may lie
_DISTRICT_REACH_KM = 60  # ... and from a district's (a second-level unit)
# "struck villages in southern Lebanon, including Aita al-Shaab", "across Yemen, hitting the capital Sanaa": each
_INCLUDING = re.compile(r"\b(?:including|hitting)\s+(?:the\s+)?(?:(?:towns?|villages?|cities|areas?|capital)\s+"
                        # ("hitting energy facilities in the Kyiv region")
                        r"(?:of\s+)?|(?:[\w-]+\s+)?(?:targets|sites|positions|facilities|infrastructure|bases)\s+"
                        r"(?:in|at|near)\s+(?:the\s+)?)?$")
_OPERATION_KM = 10  # a strike this near the town of a ground operation is within it
_HELICOPTERS = re.compile(r"\b(?:helicopters?|warplanes?|jets?|aircraft)\b", re.I)  # what armed groups seldom fly
_PASSAGE = 1000  # characters: how far back "another strike" looks for the strikes it continues
_FELL_TO_FORCE = re.compile(r"\s+(?:the\s+)?(?:[A-Z]|rebels?|insurgents?|militants?|jihadists?|fighters|government|"
                            r"regime|troops|forces|army|opposition)")
_PARTICIPLE_BY = re.compile(r"(?:attacked|struck|hit|targeted|shelled|bombed) by\b")
# A sentence whose subject is a town: "Minova, which lies about 40 km west of Goma, " (before "fell")
_TOWN_SUBJECT = re.compile(r"(?:The (?:town|city|village) of )?[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,2}(?:,[^.;]*,)? ")
_PARTICIPLE_GAP = re.compile(r"\s+(?:(?:was|were|has been|have been|had been|is|are)\s+)?(?:attacked|struck|hit|targeted|"
                             r"shelled|bombed) by (?:an? |the )?(?:[\w-]+ )?")  # "Kharkiv (was) hit by glide bombs"
_APPOSED = re.compile(r",\s+(?:the|a|an)\s+[^,.;]{1,60},\s*(?:(?:was|were|has been|have been|had been)\s+(?:also\s+)?)?")
# "Hlyboke, some 25 km north of Kharkiv, was hit", "Kavumu airport, about 30 km north of Bukavu, fell"
_APPOSITION_GAP = re.compile(r"\s*(?:(?:airport|air ?base|base|town|village)\s*)?(?:,[^,.]{0,60},\s*)?")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|is|are|being)\s+(?:\w+\s+)?$")
_PEOPLE_TAKEN = re.compile(r"\b(?:guerrillas?|fighters?|soldiers?|militants?|rebels?|insurgents?|attackers?|gunmen|"
                           r"suspects?|commanders?|leaders?|men|women|people|civilians|members|officers?|policemen|"
                           r"troops|hostages?|prisoners?|inmates|\d+|servicemen|schoolgirls|schoolboys|"
                           r"schoolchildren|pupils|"
                           r"students|children|girls|boys|villagers|passengers|worshippers)"
                           r"\s+(?:(?:was|were|had been|has been|have been)\s+)"
                           r"(?:\w+\s+)?$", re.I)
# "Congolese soldiers and allied Wazalendo militiamen": a militia named beside the state's forces
# ... or backing them ("Malian troops backed by Russia's Wagner Group")
_ALLY_BEFORE = re.compile(r"\b(?:soldiers|troops|forces|army|police|military)\s+(?:and|alongside|together with|"
                          r"(?:backed|supported|aided) by)\s+"
                          r"(?:the |their |its |(?-i:[A-Z][a-z]+)['’]s )?"
                          r"(?:(?:allied|pro-government|government-allied|government-backed|affiliated|local) )?"
                          r"(?-i:[A-Z][a-z]+ )?$", re.I)  # ("and Russian Wagner fighters")
# "the killing of 26 tourists last month": a clause about another, earlier event
_DAYS_CLAUSE = re.compile(_DAYS_APART + r"[^,;]*$", re.I)
_EARLIER = re.compile(r"\b(?:last|previous) (?:month|year|week)\b|\b(?:weeks|months|years) ago\b|"
                      r"\bearlier this (?:month|year)\b")
# "Survivors said the gunmen shot at people": the attackers just told of, told again
_ATTACKER_WORDS = ("gunmen", "attackers", "assailants", "militants", "jihadists", "bandits", "raiders", "armed men",
                   "paramilitaries", "insurgents", "separatists")
_THE_SIDE_AGAIN = re.compile(rf"\W*The (?:{'|'.join(_ATTACKER_WORDS)}|soldiers|troops|police|officers)\b")
_THE_ATTACKERS = re.compile(rf"\b[Tt]he (?:{'|'.join(_ATTACKER_WORDS)})\b")
# "On Sunday they attacked Chitunda": the attackers just told of, as a pronoun opening the clause
_THEY_OPEN = re.compile(r"\s*(?:(?:(?:[Ee]arly |[Ll]ate )?[Oo]n \w+|[Ll]ater|[Tt]hen|[Hh]ours later|"
                        r"[Tt]he next day),? )?"
                        r"[Tt]hey(?= (?:then |later |also )?[a-z]+ed\b)")
# "killed at least 20 of the attackers", "30 of the attackers were killed"
# ("Soldiers returned fire, killing eight of them")
_ATTACKERS_DEAD = re.compile(rf"\bkill(?:ed|ing) [\w,-]+ of them\b|"
                             rf"\bkill(?:ed|ing) (?:at least |more than |some |about )?[\w,-]+ of the "
                             rf"(?:{'|'.join(_ATTACKER_WORDS)})\b|"
                             rf"\b[\w,-]+ (?:of the )?(?:{'|'.join(_ATTACKER_WORDS)}) "
                             rf"(?:were|had been) (?:also )?killed\b")  # ("Two attackers were also killed")
_LIES = re.compile(r",?\s+(?:is|lies|sits)\b")
# "The militants stormed the village of Kordo late on Saturday": the raid just told, its day told
_RAIDERS_RETOLD = re.compile(rf"\s*The (?:{'|'.join(_ATTACKER_WORDS)}) (?:stormed|attacked|raided|struck|opened fire|"
                             r"ambushed|arrived|came)\b")  # ("The attackers arrived late on Thursday")
_PARTICIPLE = re.compile(r"\s*[a-z]+ing\b")  # "..., shooting residents": the sentence's subject did it
# "..., shot villagers", "..., and fired at groups of visitors": so did it
_BARE_VERB = re.compile(r"\s*(?:and\s+)?(?:[a-z]+ed|shot|set|stole|took|burnt|hit|beat)\s")
_SUBJECT_OPENS = re.compile(r"\s*(?:[\w\s]{0,40}\b(?:said|says|say|told|added)(?: that)?\s+)?")  # "Survivors said "
_ANOTHER_ATTACK = re.compile(r"\b(?:another|second|other|later|then|next|separate)\b", re.I)
_A_BASE = re.compile(r"\s+(?:(?:an?|the)\s+)?(?:[\w'’-]+\s+){0,2}(?:bases?|posts?|outposts?|positions?|detachments?|"
                     r"barracks|garrisons?|headquarters|checkpoints?|buildings?|studios?|premises|compounds?|"
                     r"hideouts?|houses?|offices?)\b")  # ("police stormed the building": an assault on its holders)
# What holders of arms hold: a base stormed is fought for; an office or compound stormed to arrest is a raid.
_A_MILITARY_SITE = re.compile(r"\s+(?:(?:an?|the)\s+)?(?:[\w'’-]+\s+){0,2}(?:bases?|posts?|outposts?|positions?|"
                              r"detachments?|barracks|garrisons?|checkpoints?|hideouts?)\b")
_THE_SITE = re.compile(r"\s+(?:the|its)\s+(?:[\w'’-]+\s+){0,2}(?:base|post|outpost|position|barracks|garrison|"
                       r"checkpoint|camp)\b")  # the military site the sentence's attack told
_TO_ARREST = re.compile(r"\b(?:detained|arrested|detaining|arresting)\b")
_HELD_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:\w+\s+)?(?:arrested|detained|held)\b")
_AID_TARGET = re.compile(r"\s+(?:an?\s+|the\s+)?(?:(?:[\w-]+\s+){0,2}(?:aid|humanitarian|relief)\s+(?:convoy|workers?|"
                         r"agency|staff|trucks?|vehicles?)|convoys?\s+of\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
                         r"(?:aid|humanitarian|relief|lorries|trucks|buses|traders|merchants|civilian)\b|"
                         r"(?:[\w-]+\s+)?(?:passenger|civilian|commercial)\s+"
                         r"(?:bus|buses|vehicles?|convoy|trucks?|lorr(?:y|ies)))")
_A_MILITARY_POST = re.compile(r"\s+(?:an?|the)\s+(?:[\w'’-]+\s+)?(?:(?:army|military)\s+(?:bases?|posts?|camps?|"
                              r"garrisons?|barracks)|garrisons?|barracks)\b")
# "stormed the villages ... before the SDF drove them back": an assault beaten back
_DRIVEN_BACK = re.compile(r"\b(?:before|but|until)\b[^.;]{0,40}?\b(?:drove|driven|pushed|forced|beat|beaten) "
                          r"(?:them |the (?:\w+ ){0,2})?back\b|"
                          r"\b(?:before|but)\b[^.;]{0,30}?\b(?:were|was) (?:repelled|repulsed)\b")
# (", burning homes and shooting residents" too)
_SHOOTING_RESIDENTS = re.compile(r"(?:,|\band)\s+(?:shooting|killing|gunning down|abducting|kidnapping)\s+"
                                 r"(?:\w+\s+){0,2}?"
                                 r"(?:residents|villagers|civilians|people|worshippers|inhabitants|farmers)\b")
# "protesters who stormed parliament": a crowd's storming is a riot, no capture
_CROWD_BEFORE = re.compile(r"\b(?:protesters|demonstrators|crowds?|mobs?|rioters)(?: (?:who|that|had|have|then|"
                           r"also|briefly))*\s+$", re.I)
_REPELLED = re.compile(r"(?:repelled|repulsed|beat back|fought off)\b", re.I)
_AT_COUNTRY = re.compile(r"\b(?:at|against|towards?) (?:the )?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)\b"
                         r"(?!['’]s| [A-Z])")  # "fired a missile at Israel"
# "M23 rebels entered Uvira after government troops fled": a town entered is taken only where its defenders left
_TAKING_AFTER = re.compile(r",\s+(?:taking|seizing|capturing)\b")
_YIELDED = r"surrendered|laid down their (?:arms|weapons)|handed over their weapons"
_DEFENDERS_GONE = re.compile(rf"\b(?:{_GONE}|{_YIELDED}|unopposed|without (?:a fight|resistance))\b")
# ... or, in the next sentence, the forces that held it ("M23 rebels entered the centre of Goma ... Several hundred
# Congolese soldiers surrendered to United Nations peacekeepers"; not "Hundreds of families fled")
_FORCES_GONE = re.compile(rf"\b(?:soldiers|troops|forces|army|defenders|police(?:men)?)\b[^.;]{{0,60}}?\b"
                          rf"(?:{_GONE}|{_YIELDED})\b")  # (news paragraphs are often one sentence long)
# "entered the town before dawn and fired on residents": a raid on its people, not its capture
_FIRED_ON_PEOPLE = re.compile(r"\b(?:fired (?:on|at)|opened fire on|shot|shooting|killed|killing) (?:\w+ ){0,2}"
                              r"(?:residents|villagers|civilians|people|worshippers|passers-by)\b")
# ... or won by fighting: "M23 fighters entered Uvira after days of heavy clashes with the army"
_AFTER_BATTLE = re.compile(r"\b(?:after|following) (?:(?:days|weeks|hours|months) of )?(?:[\w-]+ )?"
                           r"(?:clashes|fighting|battles?|assaults?|offensive)\b")
# "took the town of Soran", "entered the eastern Congolese town of Uvira", "took Kavumu airport on Friday": a bare
# "took" takes only a place, the whole object
_TOOK_TOWN = re.compile(r" (?:the |a )?(?:[\w-]+ ){0,2}(?:towns?|city|cities|villages?|port|base|airport|capital|"
                        r"stronghold|bastion|centre|center|heart) of ")
_TAKEN_END = re.compile(r"\s*(?:[,.;:)—–]|$)|\s+(?:on|in|at|after|from|and|or|with|without|late|early|last|this|by|"
                        r"before|as|while|following|when|during|near|within|yesterday|overnight|today|airport|"
                        r"air ?base|base|airfield|district|province|region|city|town|village)\b")
# "had seized the Jaffar Express near the town of Sibi": a vehicle taken, no place
_VEHICLE_TAKEN = re.compile(r"\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}(?:[Ee]xpress|trains?|ships?|vessels?|"
                            r"tankers?|bus(?:es)?|trucks?|lorr(?:y|ies)|planes?|aircraft|helicopters?)\b")
# "regained control of the prison" where inmates rioted (not "gangs seized the prison")
_PRISON_BACK = re.compile(r"\s+(?:back\s+)?(?:(?:full\s+)?control\s+(?:of|over)\s+)?(?:the\s+)?(?:[\w-]+\s+)?"
                          r"(?:prison|jail|penitentiary)\b")
_INMATES = re.compile(r"\b(?:inmates|prisoners)\b(?=[^.]{0,80}\b(?:riot|rioted|rioting|clashed|fought|uprising|"
                      r"mutiny)\b)|"
                      r"\b(?:prison|jail) (?:riot|uprising|mutiny)|\briot (?:in|at) (?:an? |the )?(?:[\w-]+ ){0,3}"
                      r"(?:prison|jail|penitentiary)\b")
# What a territory verb takes: a place ("captured Halfaya", "seized control of the town of X", "took 12 villages"),
# not "20 kg of heroin", "the mood of Paris" (no "of" inside the phrase but "most of"), "control of the game".
_TERRITORY_OBJECT = re.compile(
    r"\s+(?:back\s+)?(?:(?:full\s+|total\s+|complete\s+|effective\s+)?control\s+(?:of|over)\s+)?"
    r"(?:(?:most|much|all|some|parts?|large parts|swathes?|several|dozens|many) of\s+)?"
    r"(?:the\s+(?:[\w'’-]+\s+)?(?:side|part|half|section|edge)\s+of\s+(?:the\s+)?)?"  # "the Palestinian side of"
    r"(?:[A-Z]|(?:(?!of\b|from\b)[\w'’-]+\s+){0,5}"
    r"(?:towns?|city|cities|villages?|areas?|(?:air\s?)?bases?|airports?|airfields?|districts?|neighbou?rhoods?|"
    r"quarters?|positions?|hills?|heights|checkpoints?|regions?|provinces?|territory|territories|outskirts|"
    r"headquarters|(?:regional |military )?commands?|camps?|crossings?|dams?|bridges?|roads?|highways?|(?:out)?posts?|"
    r"barracks|garrisons?|settlements?|"
    r"strongholds?|capital|island|ports?|oil ?fields?|palace|compound|buildings?|ministry|parliament|front ?line|"
    # ("overran the base's defences" takes no base)
    r"suburbs?|countryside|centre|center|police stations?|prisons?)\b(?!['’]s\b))")
_PASSIVE = re.compile(r"\s*(?:(?:camp|village|town|city|district|area|base)\b\s*)?(?:,[^,.]{0,100},\s*)?"
                      r"(?:was|were|has been|have been|had been|is|are)\s+(?:\w+\s+)?"  # "The Zamzam camp, ..., was"
                      r"(?:by\s+(?:an?\s+|the\s+)?)?")  # "Druzhkivka was hit by a glide bomb"
_NEAR = guarded(r"\b(?:near|outside|on the outskirts of|close to|around|km from|kilometers from|kilometres from|"
                r"miles from|(?:north|south|east|west)(?:-?(?:east|west))?\s+of|(?:road|highway|route) (?:between|"
                r"linking|connecting))\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:town|city|village)\s+of\s+)?$", re.I)
# (the last two: "on the road between Tyre and Naqoura" is near Tyre; "near the resort town of Pahalgam")


@dataclass(frozen=True)
class _Facts:
    """What the actor rules ask of an article's mentions, gathered once per article."""

    names: frozenset[str]  # every mention's text
    people: frozenset[str]  # demonyms ("Syrian")
    named: frozenset[str]  # group names the whole text gives (before filtering)
    countries: tuple[Mention, ...]  # mentions of countries: names, initials, demonyms
    capitals: tuple[Mention, ...] = ()  # mentions of national capitals, which may stand for their state
    groups: tuple[str, ...] = ()  # the article's groups, in order
    first_named: tuple[tuple[int, str], ...] = ()  # (offset, group) where each is first named
    proper: frozenset[str] = frozenset()  # groups named properly (the lexicon's, "the Arakan Army (AA)")
    mentioned: tuple[tuple[int, str], ...] = ()  # (offset, group) of every naming, in text order
    apart: frozenset[str] = frozenset()  # groups first named in a sentence of another story ("Further east, the SDF")
    armies: frozenset[str] = frozenset()  # countries named as their army's ("the Uganda People's Defence Force")
    # where the text says no one claimed the attack ("No group claimed the attack"), see _unclaimed_passages
    unclaimed: tuple[tuple[int, int], ...] = ()
    # groups, proper and mentioned leave out those named only as the state's help (_helps_the_state): no unnamed
    # attacker is theirs

    @classmethod
    def of(cls, article: Article) -> "_Facts":
        facts = cls(frozenset(m.text for m in article.mentions),
                    frozenset(m.text for m in article.mentions if m.kind == "demonym"),
                    frozenset(_groups_in(article.text)),
                    tuple(m for m in article.mentions if m.place is not None and m.place.kind == "country"))
        first, mentioned, helping = {}, [], {}
        for offset, name in _group_names(article.text).items():
            # Settlers act where the text names them: the "gunmen" of another paragraph are not theirs
            if _a_group(facts, name) and name != _SETTLER_GROUP:
                first.setdefault(_one_name(facts, name), offset)
                mentioned.append((offset, _one_name(facts, name)))
                # (named only as the state's help, or as the guess a sentence saying no one claimed it makes: "No
                # group claimed it, but the governor blamed the BLA" names no actor of the article's other events)
                helping[mentioned[-1][1]] = helping.get(mentioned[-1][1], True) and (
                    _helps_the_state(article, offset) or _NO_CLAIM.search(article.sentence_at(offset).text) is not None)
        first = {g: o for g, o in first.items() if not helping[g]}
        apart = frozenset(g for g, o in first.items() if _told_apart(article, article.sentence_at(o)))
        armies = frozenset(m.text for m in facts.countries if _ARMY_AFTER.match(article.text, m.end))
        capitals = tuple(m for m in article.mentions if m.place is not None and m.place.feature_code == "PPLC")
        return replace(facts, groups=tuple(first), capitals=capitals,
                       first_named=tuple((o, g) for g, o in first.items()), armies=armies,
                       unclaimed=_unclaimed_passages(article),
                       proper=frozenset(_proper_groups(article.text).values()) - {g for g in helping if helping[g]},
                       mentioned=tuple((o, g) for o, g in mentioned if not helping[g]), apart=apart)

    def declined(self, sentence: Span) -> bool:
        """The text declines to name who did what ``sentence`` tells ("No group claimed the attack")."""
        return any(start <= sentence.start < end for start, end in self.unclaimed)

    def group_before(self, offset: int) -> str:
        """The group named last before ``offset`` ("ISWAP attacked a base ... troops repelled the assault": ISWAP)."""
        return next((g for o, g in reversed(self.mentioned) if o < offset), "")


def _told_apart(article: Article, sentence: Span) -> bool:
    """A sentence of another story ("Separately, ...", "A separate attack on Fambita killed 44"), or one going on with
    it ("It blamed the Islamic State group")."""
    before = article.sentence_before(sentence) if _IT_OPENING.match(sentence.text) else None
    return _ANOTHER_STORY.match(sentence.text) is not None or \
        before is not None and _ANOTHER_STORY.match(before.text) is not None


def _helps_the_state(article: Article, offset: int) -> bool:
    """'Mali's military rulers have turned to Russia's Wagner group for help': the group at ``offset`` is named as
    fighting for the state."""
    sentence = article.sentence_at(offset)
    before = article.text[sentence.start:offset]
    helper = _HELPER_BEFORE.search(before)
    return helper is not None and _STATE_SIDE.search(before, 0, helper.start()) is not None or \
        _HELPER_AFTER.match(article.text, offset, sentence.end) is not None


@dataclass(frozen=True)
class _Trigger:
    span: Span
    event_type: str
    sub_event_type: str
    disorder_type: str
    civilians: bool = False  # a strike or clash that killed or targeted civilians
    general: str = ""  # the fallback rule of a general word ("struck", "a blast"), typed by _FALLBACKS


def detect_events(article: Article) -> Article:
    """Add ACLED-typed events to ``article`` (mentions must be resolved first)."""
    anchor, anchor_kind = article_anchor_date(article)
    country = main_country(article)  # the fallback location and state actor, computed once
    facts = _Facts.of(article)
    for sentence in article.sentences():
        triggers = _triggers(article, sentence)
        if triggers and _fight_retold_with_its_dead(article, sentence, triggers):
            continue
        if not triggers:
            _follow_up_toll(article, sentence)
            _place_retold(article, sentence)
            _target_retold(article, facts, sentence)
        for trigger in triggers:
            for event in _events_for(article, facts, sentence, trigger, country, triggers):
                _date(event, article, anchor, anchor_kind)
                _deaths_explained(article, event)
                if not _share_of_the_dead(article, event):
                    article.events.append(event)
        if triggers:
            _attackers_dead_beside(article, sentence)
    _merge_repeats(article)
    article.events = [e for e in article.events if not _withdrawal_from_the_taken(e, article.events)]
    _join_raids(article, [event for event in article.events if _raid_left_again(article, event)])
    for number, event in enumerate(article.events, 1):
        if event.inter2 == 7 and event.violent:  # civilians as the other side are its target, however it was found
            event.civilian_targeting = "Civilian targeting"  # (a part of a strike on them told at its own town)
        event.event_id = f"{article.id}:{number}"
        event.sources = [article.id]
    return article


def _triggers(article: Article, sentence: Span) -> list[_Trigger]:
    """Triggers in a sentence, one per sub-type; demanded or hypothetical ones are skipped."""
    found: list[_Trigger] = []
    taken: dict[str, int] = {}  # sub-type -> where its trigger ended
    lower = sentence.text.lower()
    matches = list(_TRIGGER_LOWER_RE.finditer(lower) if len(lower) == len(sentence.text) else
                   _trigger_re().finditer(sentence.text))
    if not matches:
        return found  # (nearly half the sentences: none of what follows is needed)
    # The sentence's words of history and of fighting that goes on, looked for once (most have none)
    history = "ago" in lower or "last year" in lower or "since" in lower or "earlier this year" in lower or \
        "earlier in the year" in lower or "for years" in lower or "for decades" in lower or "for generations" in lower
    ongoing = "continues" in lower or "goes on" in lower or "rages on" in lower or "ongoing" in lower
    month = _IN_MONTH.search(sentence.text) is not None  # ... and of a month ("seized ... in January")
    # ... and of an event named again ("following the abduction")
    named_again = bool(article.events) and ("after the " in lower or "following the " in lower or
                                             "since the " in lower or "wake of the " in lower or
                                             "response to the " in lower)
    # ... and of what recurs or has gone on for a while ("captured ... in recent weeks", "have regained ... this year")
    habitual = ("daily" in lower or "regularly" in lower or "often" in lower or "every" in lower or "routinely" in lower
                or "frequently" in lower or "nightly" in lower or "repeated" in lower or "recurr" in lower) and \
        _HABITUAL.search(lower) is not None or \
        ("recent" in lower or "past" in lower or "this year" in lower) and _RECENT.search(lower) is not None
    for match in matches:
        _pattern, event_type, sub, disorder = _RULES[int(match.lastgroup[1:])]
        if sub == "Attack" and "convoy of" in match.group() and "escort" in article.text and \
                _ESCORTED.search(article.text):
            # "ambushed a convoy of fuel tankers escorted by soldiers", "Soldiers escorting the convoy exchanged fire":
            # a fight with the escort (a convoy with none is its drivers, attacked)
            event_type, sub = "Battles", "Armed clash"
        if sub.startswith("territory") and "ettlers" in lower and \
                _SETTLERS.search(sentence.text, _clause_start(sentence.text, match.start()), match.start()):
            # "Dozens of settlers stormed the village of Turmus Ayya and set fire to houses": a raid on civilians, not
            # a capture
            event_type, sub, disorder = "Violence against civilians", "Attack", "Political violence"
        if sub == "territory" and match.group() == "stormed" and _A_BASE.match(sentence.text, match.end()) and \
                not _A_MILITARY_SITE.match(sentence.text, match.end()) and "kill" not in lower and \
                _TO_ARREST.search(sentence.text, match.end()) and not _REBELS.search(sentence.text):
            # "stormed a United Nations compound and detained 20 staff": the arrests, no fight (but "police stormed the
            # building" the gunmen held is an assault on them)
            continue
        if sub == "territory" and _THE_SITE.match(sentence.text, match.end()) and \
                any(t.event_type == "Battles" for t in found):
            continue  # "attacked an army post ..., killing 10 soldiers and seizing the post": the attack's end
        if event_type == "Battles" and " after " in lower and any(t.event_type == "Battles" for t in found) and \
                _BEGAN_AFTER.search(sentence.text, 0, match.start()):
            continue  # "the fighting broke out near al-Mazraa ..., after gunmen attacked a checkpoint": how it began
        if sub == "territory" and match.group() == "stormed" and (_A_BASE.match(sentence.text, match.end()) or
                                                                   _DRIVEN_BACK.search(sentence.text, match.end())):
            # "stormed a military base on the edge of Bhamo": an assault; a capture needs telling of its own; "stormed
            # the villages ... before the SDF drove them back": an assault beaten back
            event_type, sub = "Battles", "Armed clash"
        elif sub == "territory" and match.group() == "stormed" and \
                _SHOOTING_RESIDENTS.search(sentence.text, match.end()):
            # "The militants stormed the village of Kordo, shooting residents and burning homes": a raid on civilians
            event_type, sub, disorder = "Violence against civilians", "Attack", "Political violence"
        if sub == _WEAPONS_SEIZED and (_HARM_TOLD.search(sentence.text) or "killing" in lower or
                                      not _STATE_SEIZER.search(sentence.text, 0, match.start())):
            # "killing three of them and seizing rifles": the weapons a fight took, no event of their own; "JNIM said
            # it had seized weapons": an attack's loot (ACLED's disrupted weapons are the state's forces' doing)
            continue
        if " of th" in lower and _SHARE_OF_THE_TAKEN.search(sentence.text, max(0, match.start() - 20), match.end()):
            continue  # "Most of those abducted were women and children": who they were, told of the abduction before
        if sub == "Shelling/artillery/missile attack" and " with" in lower and \
                _FOUGHT_WITH.search(sentence.text, max(0, match.start() - 40), match.start()):
            continue  # "troops fought with artillery and rockets": the fight's weapons, no shelling of its own
        if sub == "Attack" and _SHOT_UNSEEN.search(match.group()) and \
                ("protest" in lower or "demonstrat" in lower or "riot" in lower):
            continue  # "Two people were shot dead ... after protesters tried to storm a police station": the crowd's
        if event_type == "Battles" and match.group().endswith("attacked by ") and \
                not _FORCES_ATTACKED.search(sentence.text, 0, match.start()):
            # "Villagers were attacked by gunmen": an attack on civilians; troops so attacked fought
            event_type, sub, disorder = "Violence against civilians", "Attack", "Political violence"
        if sub == "Attack" and (_ARMED_KILLED.search(sentence.text, match.end()) or
                                _ARMED_SITE_OVERRUN.search(sentence.text, match.end())) and \
                not _CIVILIANS_KILLED.search(sentence.text, match.end()):
            # "gunmen then stormed the compound, killing six soldiers": a fight with the forces, not an attack on
            # civilians
            event_type, sub, disorder = "Battles", "Armed clash", "Political violence"
        if sub == "Attack" and match.group().startswith(("armed", "gunm")) and \
                _FIRED_ON_BEFORE.search(sentence.text, max(0, match.start() - 30), match.start()):
            continue  # "its forces had opened fire on armed men who attacked them": the men were the target
        if event_type == "Battles" and match.group().startswith(("ambush", "attack")) and \
                _AID_TARGET.match(sentence.text, match.end()):
            # "Armed men ambushed a convoy of an aid agency": an attack on civilians, not a fight
            event_type, sub, disorder = "Violence against civilians", "Attack", "Political violence"
        if event_type == "Riots" and match.group().endswith(("attacked", "stormed")) and \
                _A_MILITARY_POST.match(sentence.text, match.end()):
            # "the youths had attacked an army garrison": a fight with the forces, not a riot
            event_type, sub, disorder = "Battles", "Armed clash", "Political violence"
        if sub == "Looting/property destruction" and "kill" in lower and \
                _ARMED_DOERS.search(sentence.text, max(0, match.start() - 40), match.start()):
            # "Gang members torched dozens of homes in Cabaret ... and killed six people": an attack on civilians
            event_type, sub, disorder = "Violence against civilians", "Attack", "Political violence"
        if sub == "Looting/property destruction" and not _armed(sentence.text) and (
                article.events and article.events[-1].event_type in _DEMONSTRATIONS or "protest" in lower) and (
                _PASSIVE_BEFORE.search(sentence.text, max(0, match.start() - 20), match.start()) or
                _CROWD_DOERS.search(sentence.text, 0, match.start())):
            # "Shops were looted and buildings set on fire", "protesters ... looted shops", told among protests: the
            # crowd's riot (not "Separately, settlers set fire to two cars")
            event_type, sub, disorder = "Riots", "Violent demonstration", "Demonstrations"
        key = event_type if event_type in ("Protests", "Riots") else sub  # one protest, however it is described
        modal = _PROTEST_MODAL if event_type in ("Protests", "Riots") else _MODAL  # a crowd demands: no modality
        clause = _clause_start(sentence.text, match.start())
        again = key in taken and not _NEXT_CLAUSE.search(sentence.text, taken[key], match.start())
        # (not the cause after it: "protesters clashed over plans to hand back a building")
        hedged = modal.search(sentence.text[clause:match.end() + (0 if _OVER_CAUSE.match(sentence.text, match.end())
                                                                   else 25)])
        if again and key == "Protests" and not hedged:
            found = [_met_with(t, sub) for t in found]  # "Protests spread to Izmir, where police dispersed crowds"
            continue
        if again or hedged or _PLANNED.match(sentence.text, match.end()) \
                or event_type == "Protests" and _COVERED_BEFORE.search(sentence.text, max(0, match.start() - 30),
                                                                        match.start()) \
                or ("den" in lower or " not " in lower) and \
                _DENIED.search(sentence.text, max(0, match.start() - 50), match.start()) \
                or "claim" in lower and _claimed_the(sentence.text, match) \
                or article.events and _AT_THE_SHIP.match(sentence.text, match.end()) \
                or sub == "generic strike" and article.events and match.group().startswith(("was", "were")) and \
                _PRONOUN_BEFORE.search(sentence.text, max(0, match.start() - 8), match.start()) \
                or " after the " in lower and article.events and \
                _AFTER_THE_TOLD.search(sentence.text, max(0, match.start() - 60), match.start()) \
                or " after " in lower and _CAME_AFTER.search(sentence.text, 0, match.start()) \
                or article.events and match.start() < 6 and _RANKED_AFTER.match(sentence.text, match.end()) \
                or named_again and not match.group().endswith("ed") and \
                _AFTER_THE_NOUN.search(sentence.text, max(0, match.start() - 40), match.start()) \
                and any(e.event_type == event_type or e.violent and event_type in VIOLENT_TYPES
                        for e in article.events) \
                or match.start() < 6 and _RETOLD.match(sentence.text) and article.events and \
                _RETOLD_FOLLOWED.match(sentence.text, match.end()) \
                or match.start() < 6 and article.events and article.events[-1].event_type == event_type and \
                (_RETOLD_WHEN.match(sentence.text) or event_type == "Battles" and _RETOLD_AT.match(sentence.text)) \
                or " when " in lower and _retold_when(article, sentence, match) \
                or sub in _ANNOUNCED and match.start() < 6 and _talks_retold(article, sentence) \
                or " since " in lower and _SINCE_AFTER.match(sentence.text, match.end()) and \
                _BEEN_BEFORE.search(sentence.text, max(0, match.start() - 12), match.start()) \
                or sub == "Looting/property destruction" and _THE_SIDE_AGAIN.match(sentence.text) and \
                _after_violence(article, sentence) and article.events[-1].sub_event_type == "Attack" and \
                not article.mentions_in(sentence.start, sentence.end) \
                or match.group().endswith("ing") and _HEADLINE_CAUSE.search(sentence.text, 0, match.start()) and \
                sentence.start < len(article.title) \
                or history and any(m.start() < match.start() < m.end() for m in _SINCE_BEGAN.finditer(sentence.text)) \
                or history and _SINCE_STATE.match(sentence.text, match.end()) \
                or history and _SCENE_OF.search(sentence.text, max(0, match.start() - 50), match.start()) \
                or history and match.group().endswith("ing") and \
                _CAMPAIGN_BEFORE.search(sentence.text, 0, match.start()) is not None \
                or event_type == "Protests" and _of_an_earlier_year(article, sentence.text, match.start()) \
                or event_type == "Explosions/Remote violence" and "su" in lower and \
                _HALTED_BEFORE.search(sentence.text, max(0, match.start() - 30), match.start()) \
                or event_type == "Battles" and article.events and match.group().startswith("kill") and \
                _STRIKES_DID.search(sentence.text, max(0, match.start() - 120), match.start()) is not None \
                or history and _PERFECT_BEFORE.search(sentence.text, max(0, match.start() - 20), match.start()) and \
                (_CAMPAIGN_SINCE.match(sentence.text, match.end()) or
                 _LONG_AGO.search(sentence.text, 0, match.start())) \
                or match.group().startswith(("traded", "exchanged")) and \
                _STATES_TRADE.search(sentence.text, max(0, match.start() - 30), match.start()) \
                or " ha" in lower and _WAY_OF_WAR.search(sentence.text, max(0, match.start() - 40), match.start()) \
                or "kill" in lower and any(m.start() < match.end() and match.start() < m.end()
                                           for m in _RUNNING_TOLL.finditer(sentence.text)) \
                or "since" in lower and _TOLL_SINCE.search(sentence.text) \
                or "this year" in lower and any(m.start() < match.start() < m.end() for m in _RECENT.finditer(lower)) \
                or " been " in lower and _GOING_ON_FOR_A_WHILE.search(sentence.text, max(0, match.start() - 60),
                                                                      match.start()) \
                or history and _SINCE_IT.search(sentence.text, max(0, match.start() - 50), match.start()) \
                or history and (tally := _TALLY_BEFORE.search(sentence.text)) is not None and \
                tally.start() < match.start():  # (its cause too: "killed by artillery fire since ... resumed")
            continue  # ("... blaming the M23 rebels, who have seized Goma and Bukavu this year": their year's gains;
            # "Qatar has been mediating separate talks between Kinshasa and the M23": talks of months, no day's; "have
            # fled to Tawila since the paramilitary group captured El Fasher": the deed a period began with; "The
            # attackers ... set fire to homes where families were sleeping": the attack just told, its burning -- one
            # naming a place may tell where the attack was, see _attack_burned; "293 people had been detained since the
            # protests began": a count of weeks)
        if sub.startswith("territory") and not _takes_territory(article, sentence, match) or \
                _BACKGROUND.search(sentence.text, max(0, match.start() - 40), match.start()) or \
                "s after " in lower and _UNCOUNTED_DAYS.search(sentence.text, 0, match.start()) or \
                history and _long_ago(sentence.text, clause, match) or ongoing and _ONGOING.match(sentence.text, match.end()) \
                or _before_the_year(article, sentence.text, clause) or _year_past(article, match.group()) or \
                "had " in lower and _long_before(article, sentence.text, clause, match) or \
                month and _month_long_before(article, sentence.text, clause, match.end()) or \
                match.group().startswith("c") and " under " in match.group() and \
                not _FORCE_BEFORE.search(sentence.text, max(0, match.start() - 130), match.start()):
            continue  # "after weeks of fighting", "withdrew from the area last year", "as fighting ... continues",
            # "his travels came under fire"
        if match.group().endswith("rescue operation") and "hostage" not in article.text:
            continue  # a rescue after a flood or a collapse: no fight
        if sub == "Arrests" and _CROWD_HELD.match(sentence.text) and article.events and \
                article.events[-1].event_type == "Protests" and \
                _sentences_between(article, article.events[-1].sentence, sentence) == 0:
            # "Police fired tear gas at protesters in Nairobi. At least 30 people were arrested.": the protest's
            # intervention, no arrests of their own
            protest = article.events[-1]
            if protest.sub_event_type == "Peaceful protest":
                protest.sub_event_type = "Protest with intervention"
            continue
        if sub == "Arrests" and not _political_arrest(article, sentence, match) or \
                sub in _CONFLICT_ONLY and not (_armed_article(article.text) or _armed(sentence.text)) or \
                sub == _WITHDRAWAL and (not (_armed(sentence.text) or _FORCES.search(sentence.text)) or
                                        _retreating(sentence.text, match)):
            continue  # a rape told as crime, budget talks, "withdrew his request"
        if (habitual or _TREND.search(sentence.text, max(0, match.start() - 60), match.start()) or
                "increasingly" in lower and _INCREASINGLY.search(sentence.text, max(0, match.start() - 80),
                                                                 match.start())) and \
                not _RELATIVE.search(_without_reporter(sentence.text)) and \
                _calendar_date(sentence.text, _NO_DAY) is None:
            # "Kharkiv is regularly struck by glide bombs", "has stepped up air strikes", "30 dead over the past week,
            # officials said on Monday": no event of a day
            continue
        if sub == "Looting/property destruction" and match.group().startswith("burn") and \
                _FOUND_BEFORE.search(sentence.text, max(0, match.start() - 40), match.start()):
            continue  # "troops found bodies and burned vehicles": what was burned before, seen
        if sub == "Abduction/forced disappearance" and \
                _TAKEN_BEFORE.search(sentence.text, max(0, match.start() - 40), match.start()):
            continue  # "after the bodies of six people abducted by militants were found": taken before, found now
        if sub == "Agreement" and _WHICH_DID.search(sentence.text, max(0, match.start() - 20), match.start()):
            continue  # "The MILF, which signed the peace deal, said ...": a deed of the past describing a party
        if sub == "Other" and _STALLED.search(sentence.text):
            continue  # "as talks stall", "talks have made little progress": a state of talks, no meeting of a day
        if " ha" in lower and _RISEN_AFTER.match(sentence.text, match.end()):
            continue  # "Settler attacks on Palestinian villages have risen sharply since ...": a trend, no event
        if _PAST_ONES.search(sentence.text, max(0, match.start() - 50), match.start()):
            continue  # "militias have carried out previous drone attacks on the field": history, no event of the day
        if event_type == "Protests" and _CROWD_SPEAKS.match(sentence.text, match.start()) and \
                any(e.disorder_type == "Demonstrations" for e in article.events):
            continue  # "The protesters accused Western countries of ...": the crowd told, speaking -- no new protest
        if event_type == "Protests" and _DEAD_IN_THE.search(sentence.text, max(0, match.start() - 30), match.start()) \
                and any(e.disorder_type == "Demonstrations" for e in article.events):
            continue  # "at least 11 people had died in the protests across the country": the protests told, their dead
        if sub == "Protest with intervention" and not _DEMONSTRATING.search(article.text):
            continue  # "soldiers fired tear gas at villagers trying to put out the fires": no demonstration told
        if sub == "Peaceful protest" and _DIPLOMATIC.search(sentence.text) and not _CROWD.search(sentence.text):
            continue  # "the ministry summoned the ambassador to protest the strikes": a diplomatic protest
        if event_type == "Protests" and sentence.text.endswith("the ", 0, match.start()) and \
                (_CHARACTERISED.match(sentence.text, match.end()) or
                 _JUDGED.search(sentence.text, max(0, match.start() - 20), match.start())):
            continue  # "the minister said the protests were an attempt at a coup", "called the protests treasonous":
            # the protests told, judged
        if sub == "Armed clash" and match.group().startswith("clash") and not _armed(sentence.text) and \
                _amid_demonstrations(article, lower):
            # "students protesting ..., and six people were killed in clashes", "Clashes were also reported in
            # Chittagong" after the day's protests: the protests' violence, no battle of armed sides
            event_type, sub, disorder = "Riots", "Violent demonstration", "Demonstrations"
            key = event_type
        elif sub == "Armed clash" and match.group().startswith(("clash", "battle")) and \
                not (_armed_article(article.text) or _HARM.search(sentence.text) or _FIGHT_WORDS.search(
                    sentence.text, max(0, match.start() - 12), match.end() + 12)):
            continue  # "Kelly has clashed with Kushner", "the prison clashes with revitalization", "Clash VI"
        taken[key] = match.end()
        start = sentence.start + match.start()
        found.append(_Trigger(article.span(start, sentence.start + match.end()), event_type, sub, disorder))
    # Weapons seized by those who fought or arrested ("arrested four suspects and seized rifles", "Troops found the
    # bodies of the fighters and seized rifles") are part of that event: a seizure is one only told on its own
    # (but not a bomb defused, a deed of its own: "Soldiers also defused a roadside bomb on the road to Bukavu")
    if any(_seizure(t) for t in found) and (len(found) > 1 or _after_violence(article, sentence)):
        found = [t for t in found if not _seizure(t)]
    return _settled(found, sentence, article) if len(found) > 1 or found and found[0].sub_event_type in _FALLBACKS \
        else found


def _talks_retold(article: Article, sentence: Span) -> bool:
    """'The talks, which began on May 6, did not produce a ceasefire, and fighting continued in Khartoum': the talks
    told before, told again in a clause naming no place of them (not "The talks in Doha lasted two hours")."""
    if not _THE_TALKS.match(sentence.text) or not any(e.sub_event_type in _ANNOUNCED for e in article.events):
        return False
    clause = _NEXT_CLAUSE.search(sentence.text)
    end = sentence.start + (clause.start() if clause else len(sentence.text))
    return not any(sentence.start <= m.start < end for m in article.mentions)


def _retold_when(article: Article, sentence: Span, match: re.Match) -> bool:
    """'Gunmen opened fire on a convoy ... The convoy was travelling to Peshawar when it was ambushed near Bagan': the
    attack just told, told again (but "Soldiers were on patrol when they were ambushed", opening a story, is its
    event)."""
    retold = _RETOLD_WHEN.match(sentence.text)
    subject = _THE_SUBJECT.match(sentence.text) if retold is not None else None
    if subject is None or not retold.start() <= match.start() < retold.end() or not _after_violence(article, sentence):
        return False
    last = article.events[-1].trigger  # ... of the target that event told ("opened fire on a convoy of vehicles")
    return re.search(rf"\b{re.escape(subject.group(1))}\b", article.text[last.start:last.end + 60], re.I) is not None


def _seizure(trigger: _Trigger) -> bool:
    """Weapons seized or recovered, not a device defused."""
    return trigger.sub_event_type == _WEAPONS_SEIZED and \
        not trigger.span.text.startswith(("defus", "dismantl", "disarm"))


def _after_violence(article: Article, sentence: Span) -> bool:
    """A violent event told in the sentence just before (or this one)."""
    last = article.events[-1] if article.events else None
    return last is not None and last.violent and _sentences_between(article, last.sentence, sentence) <= 1


def _told_specifically_beside(trigger: _Trigger, specific: list[_Trigger], sentence: Span) -> bool:
    """A trigger of the type in the fallback's sentence -- but a strike may be told in a clause of its own ("jets
    struck Tehran, while Iranian media said an Israeli strike hit a gas field"; not "took four towns, and said 50
    soldiers died in the fighting", the fighting for them), and fighting told of another day is its own ("Gunfire and
    explosions rang out in Goma on Monday, a day after the group captured Sake")."""
    own_clause = trigger.event_type == "Explosions/Remote violence" and trigger.sub_event_type != "generic blast"
    return any(t.event_type == trigger.event_type and not _DAYS_BETWEEN.search(
        sentence.text, min(t.span.end, trigger.span.end) - sentence.start,
        max(t.span.start, trigger.span.start) - sentence.start) and (not own_clause or not _NEXT_CLAUSE.search(
            sentence.text, min(t.span.end, trigger.span.end) - sentence.start,
            max(t.span.start, trigger.span.start) - sentence.start)) for t in specific)


def _retreating(text: str, match: re.Match) -> bool:
    """The trigger tells of raiders leaving ("bombed the fighters as they withdrew"), no handover."""
    return any(m.start() <= match.start() < m.end() for m in _RETREATING.finditer(text))


def _claimed_the(text: str, match: re.Match) -> bool:
    """'No group claimed the kidnapping', 'no one has claimed responsibility for the attack': the event told before,
    named again as what was (not) claimed -- unless a place after it tells of another, or the trigger names what was
    taken ("claimed the capture of Bara, about 50 km north of El Obeid")."""
    return _CLAIMED_THE.search(text, max(0, match.start() - 45), match.start()) is not None and \
        _AT_PLACE.search(text, match.end()) is None and not match.group().endswith(" of")


def _met_with(trigger: _Trigger, sub: str) -> _Trigger:
    """A protest told again in its sentence as met with force takes the graver sub-type."""
    if trigger.event_type != "Protests" or _PROTEST_GRAVITY.index(sub) <= _PROTEST_GRAVITY.index(trigger.sub_event_type):
        return trigger
    return replace(trigger, sub_event_type=sub)


def _long_ago(text: str, clause: int, match: re.Match) -> bool:
    """History: "has killed thousands since 2014", "Last year, an air strike killed 160" -- not "troops deployed since
    2021 said they had killed eight insurgents on Sunday", a day told after the trigger, nor "signed a deal on Friday
    to end the fighting, where rebels seized two cities earlier this year", history of a clause after it."""
    # (a clause's comma, not a figure's: "has killed more than 6,000 people since 2017")
    opening = text.find(", ", 0, 25)  # ... or of the phrase opening the sentence ("Last year, an air strike on a
    if 0 < opening < match.start() and _LONG_AGO.search(text, 0, opening):  # ceremony in Pazigyi killed 160")
        return not _RELATIVE.search(text, match.end())
    end = text.find(", ", match.end())
    ago = _LONG_AGO.search(text, clause, end if end >= 0 else len(text))
    if ago is not None and ago.start() > match.start():  # "fired tear gas on Wednesday as crowds marked last year's
        return not _RELATIVE.search(text, match.end(), ago.start())  # protests": the day told first is the event's
    return ago is not None and not _RELATIVE.search(text, match.end())


def _takes_territory(article: Article, sentence: Span, match: re.Match) -> bool:
    """A capture takes a place ("captured Halfaya", "seized control of the town", "Soran was captured", "fell
    to"), in an article about armed forces or by a state ("Ukraine says it retook ..."): not "seized 20 kg of
    heroin", "captured the mood of Paris", "took control of the game", "Democrats took control of the House"."""
    text = sentence.text
    if match.group() == "fell":  # "Minova, which lies west of Goma, fell on Tuesday" (not "prices fell on Monday")
        return _armed_article(article.text) and _TOWN_SUBJECT.fullmatch(text, 0, match.start()) is not None
    if match.group().startswith("fell"):  # "fell to the rebels", not "fell to 18th", "fell to its lowest"
        return bool(_FELL_TO_FORCE.match(text, match.end()))
    entered = match.group() == "entered" or match.group().endswith(" into")
    if (entered or match.group() in ("took", "taking")) and not (
            _TOOK_TOWN.match(text, match.end()) or _place_taken(article, sentence, match.end() + 1) or
            _THE_TOWN_TAKEN.match(text, match.end())):
        return False  # "took the town of Soran", "rebels took Kavumu"; not "took part", "took Homs residents"
    if entered and (not ((_DEFENDERS_GONE.search(text) or _AFTER_BATTLE.search(text, match.end()) or
                          (after := article.sentence_after(sentence)) is not None and
                          _FORCES_GONE.search(after.text)) and
                         (_REBELS.search(text, 0, match.start()) or _groups_in(text[:match.start()])) or
                         _TAKING_AFTER.search(text, match.end())) or _FIRED_ON_PEOPLE.search(text, match.end())):
        return False  # "M23 rebels entered Uvira after government troops fled", "troops entered Kidal, taking the
        # rebels' stronghold"; not a raid ("gang members entered the town and fired on residents as they fled"), nor
        # "troops entered Sweida"
    if _CROWD_BEFORE.search(text, max(0, match.start() - 40), match.start()):
        return False  # "protesters who stormed parliament": a riot, no capture
    if _PRISON_BACK.match(text, match.end()) and _INMATES.search(article.text):
        return False  # "Police regained control of the prison" after inmates rioted: the riot's end, no territory
    if _MOST_AREAS.match(text, match.end()) or _VEHICLE_TAKEN.match(text, match.end()):
        return False  # "it had regained control of most areas": a state of the fighting, no place taken; "had seized
        # the Jaffar Express near the town of Sibi": a train, no place
    passive = _PASSIVE_BEFORE.search(text, max(0, match.start() - 20), match.start()) or \
        match.group().startswith(("were", "was", "been"))  # not "had taken control of the armed forces"
    if not (passive or _TERRITORY_OBJECT.match(text, match.end())) or \
            passive and _PEOPLE_TAKEN.search(text, max(0, match.start() - 40), match.start()):
        return False  # (nor "one guerrilla was captured")
    return _armed_article(article.text) or any(
        m.place is not None and m.place.kind == "country" and sentence.start <= m.start < sentence.start + match.start()
        for m in article.mentions)


def _place_taken(article: Article, sentence: Span, offset: int) -> bool:
    """A place below a country's rank is named at ``offset`` in the sentence, the whole object of the verb
    ("took Kavumu airport on Friday", not "took Homs residents to hospital")."""
    at = sentence.start + offset
    return any(m.start == at and m.place is not None and m.place.kind != "country" and
               _TAKEN_END.match(sentence.text, m.end - sentence.start) for m in article.mentions)


def _year_past(article: Article, trigger: str) -> bool:
    """'a former FARC member who had signed the 2016 peace deal': a trigger that names a past year is history."""
    year = _A_YEAR.search(trigger) if article.date and (" 19" in trigger or " 20" in trigger) else None
    return year is not None and int(year.group()) < int(article.date[:4])


def _before_the_year(article: Article, text: str, clause: int) -> bool:
    """'launched a joint offensive against the group in 2021', 'In 2024, bombings in Gwoza killed 32', told in a 2025
    article: history, no event (the year in the trigger's clause, or in the phrase opening the sentence)."""
    if not article.date or " 20" not in text and " 19" not in text:
        return False  # no year told ("in 2021", "In May 2023"): skip the pattern
    told = text[clause:] + " " + text[:text.find(",", 0, 20) + 1]
    year = _IN_YEAR.search(_DESCRIBING.sub("", told) if ", " in told else told) or \
        _YEAR_WHEN.search(text, max(0, clause - 40), clause + 6)  # ("since August 2023, when it seized Gondar")
    return year is not None and int(year.group(1)) < int(article.date[:4])


def _long_before(article: Article, text: str, clause: int, match: re.Match) -> bool:
    """'The four hostages had been abducted from the festival on Oct. 7', told in June: an event of the past perfect
    dated months before the article, its background."""
    if not article.date or _PAST_PERFECT.search(text, clause, match.end()) is None:
        return False
    anchor = article_anchor_date(article)[0]
    day = _calendar_date(_after_dateline(text[clause:]), anchor)  # (not "PORT SUDAN, March 21 -": the report's)
    return day is not None and (anchor - day).days > _BACKGROUND_DAYS


def _month_long_before(article: Article, text: str, clause: int, end: int) -> bool:
    """'Goma ... was seized by the M23 in January', told in November: an event of a month that ended months before the
    article, its background (the trigger's clause from ``clause``; the trigger ends at ``end``)."""
    if not article.date:
        return False
    anchor = article_anchor_date(article)[0]
    # (not a month of what a clause describes: "..., despite a ceasefire that took effect in November", "demanding
    # accountability for the collapse of a roof that killed 15 people in November" -- but "an air strike that killed
    # 12 in November" is the strike's)
    told = _WHAT_IT_DID.sub(lambda did: did.group() if did.start() <= end - clause + 1 else "", text[clause:])
    start = _month_told(_THAT_CLAUSE.sub("", told), anchor)
    if start is None:
        return False
    end = (start.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)  # the month's last day
    return (anchor - end).days > _BACKGROUND_DAYS


def _political_arrest(article: Article, sentence: Span, match: re.Match) -> bool:
    """An arrest ACLED would code: in a story of armed conflict, or of activists, journalists, militants or a plot
    ("nine of its activists were arrested"; not "a man was arrested on drug charges", nor "No arrests were made")."""
    if _NO_ARREST.search(sentence.text, max(0, match.start() - 30), match.end() + 5):
        return False
    return _POLITICAL_ARREST.search(sentence.text) is not None or _armed_article(article.text)


@lru_cache(maxsize=64)
def _armed_article(text: str) -> bool:
    # ... or a group the text names ("the 444th Brigade"; not "the Commemorative Air Force")
    return _armed(text) or _ARMED_BODIES.search(text) is not None or \
        any(_STATE_UNITS.isdisjoint(name.lower().split()) for name in _group_names(text).values())


def _settled(found: list[_Trigger], sentence: Span, article: Article) -> list[_Trigger]:
    """Fallback triggers take their type only where no specific one of it is in the sentence (and a
    strike verb only beside an armed actor); an attack on civilians told as a strike or a clash
    ("airstrikes killed 12 civilians") is that one event, targeting civilians, not a second one."""
    text = sentence.text
    specific = [t for t in found if t.sub_event_type not in _FALLBACKS]
    settled = []
    for trigger in found:
        if trigger.sub_event_type in _FALLBACKS:
            # A strike that harmed people in an article about armed forces or after other strikes ("eight were
            # killed when a house was hit"), not a car that struck a pedestrian in a traffic report.
            harm = _HARM.search(text) and (trigger.sub_event_type == "generic blast" or
                                           trigger.sub_event_type == "generic strike" and _armed_article(article.text))
            # ... or one told after other strikes: "The village of Kin Ma was also bombed."
            violence = _armed(text) or harm or trigger.sub_event_type == "generic strike" and \
                (_previous_strike(article, sentence) is not None or  # ... or one on arms ("struck several tanks")
                 _ARMS_STRUCK.match(text, trigger.span.end - sentence.start) is not None) or \
                _demonym_before_trigger(article, trigger) or \
                _armed_article(article.text) and (trigger.span.text.endswith(("fighting", "firing", "gunfire")) or
                                                  _goes_on_with(trigger))  # "killed in the fighting", "in firing"
            if trigger.sub_event_type == "generic strike" and \
                    _GROUND_SUBJECT.search(text, 0, trigger.span.start - sentence.start):
                if article.events and article.events[-1].sub_event_type == "Attack" and _THE_ATTACKERS.match(text):
                    continue  # "The attackers, armed with guns and machetes, struck during a vigil": the attack told
                # "assailants on motorbikes struck the post": fighters on the ground, a clash (no shells)
                trigger = replace(trigger, event_type="Battles", sub_event_type="generic clash")
            if _told_specifically_beside(trigger, specific, sentence) or not violence or \
                    trigger.sub_event_type == "generic clash" and any(
                        t.event_type == "Explosions/Remote violence" and t.span != trigger.span and
                        (t.span.start < trigger.span.start or not _CLAUSE_BREAK.search(
                            text, trigger.span.end - sentence.start, t.span.start - sentence.start)) for t in found):
                # "an air strike killed 12 soldiers", "Bomb blast kills five soldiers": the strike, not a clash too (but
                # "troops killed 14 militants ..., and one soldier was killed by a roadside bomb": each)
                continue
            if trigger.sub_event_type == "generic blast" and _ACCIDENT.search(
                    article.text, max(0, sentence.start - _ACCIDENT_REACH), sentence.end + _ACCIDENT_REACH):
                continue  # "The blast was caused by a fire in containers holding chemicals": an accident
            if _HEARD.match(text, trigger.span.end - sentence.start) and (
                    trigger.sub_event_type == "generic blast" and len(found) > 1 or
                    _fight_just_told(article, sentence)):
                continue  # "clashes broke out, and gunfire and explosions were heard": the sound of the clashes (or
                # "Heavy fighting broke out in Tripoli ... Gunfire and explosions were heard in Abu Salim": the fight's)
            sub = _FALLBACKS[trigger.sub_event_type]
            if trigger.sub_event_type == "generic strike" and \
                    _AIR_POWER_BEFORE.search(text, max(0, trigger.span.start - sentence.start - 30),
                                             trigger.span.start - sentence.start):
                sub = "Air/drone strike"  # "U.S. strikes on the Ras Isa fuel port": a distant power's, flown
            trigger = replace(trigger, sub_event_type=sub, general=trigger.sub_event_type)
        settled.append(trigger)
    # "ambushed a police vehicle with a roadside bomb": the bomb, its means, is the event (no clash beside it)
    settled = [t for t in settled if not (t.event_type == "Battles" and t.span.text.startswith("ambush") and any(
        b.event_type == "Explosions/Remote violence" and _WITH_MEANS.fullmatch(
            text, t.span.end - sentence.start, b.span.start - sentence.start) for b in settled))]
    # "stormed a military base ... after detonating two car bombs at its gate": the bombs, the assault's means
    settled = [t for t in settled if not (t.event_type == "Explosions/Remote violence" and _MEANS_BEFORE.search(
        text, max(0, t.span.start - sentence.start - 40), t.span.start - sentence.start) and any(
        b.event_type == "Battles" and b.span.start < t.span.start for b in settled))]
    taken = [t for t in settled if t.sub_event_type.startswith("territory")]
    if taken:  # "took Deir ez-Zor after troops withdrew", "had taken the town after fighting with the army": the
        # capture tells it
        settled = [t for t in settled if t.sub_event_type != _WITHDRAWAL and not (
            t.event_type == "Battles" and t not in taken and t.span.start > taken[0].span.start and
            _AFTER_FIGHTING.search(text, max(0, t.span.start - sentence.start - 40), t.span.start - sentence.start))]
    fought = min((t.span.start for t in settled if t.event_type == "Battles"), default=None)
    if fought is not None:  # "fought the gangs for hours before the attackers withdrew": the fight, no transfer
        settled = [t for t in settled if t.sub_event_type != _WITHDRAWAL or t.span.start < fought]
    # "a drone attack set fire to a depot", "gunmen stormed the villages, shooting residents and setting houses on fire"
    if any(t.event_type in VIOLENT_TYPES for t in settled):
        first = min(t.span.start for t in settled if t.event_type in VIOLENT_TYPES)
        settled = [t for t in settled if t.sub_event_type != "Looting/property destruction" or t.span.start < first]
    # "Police ... broke up the protest, detaining 44 people": ACLED counts arrests at a demonstration as its
    # intervention, no event of their own (but "Police arrested five opposition leaders on Sunday, a day after
    # protesters tried to storm the palace": another day's)
    if any(t.disorder_type == "Demonstrations" and not _days_apart(sentence, t.span.start) for t in settled):
        arrested = any(t.sub_event_type == "Arrests" for t in settled)
        settled = [replace(t, sub_event_type="Protest with intervention") if arrested and
                   t.sub_event_type == "Peaceful protest" else t  # ("..., where police arrested dozens")
                   for t in settled if t.sub_event_type != "Arrests"]
    riots = [t for t in settled if t.event_type == "Riots"]
    if riots:  # "demonstrators looted shops": one violent demonstration -- but a march in a clause of its own may have
        # been elsewhere than a crowd's act ("Thousands marched through Nairobi, and protesters set fire to a station in
        # Kikuyu"; not "police fired tear gas at students ..., and six were killed in clashes": their clashes)
        settled = [t for t in settled if (t.event_type != "Protests" or _days_apart(sentence, t.span.start) or
                                          all(not r.span.text.startswith("clash") and _NEXT_CLAUSE.search(
                                              text, min(t.span.end, r.span.end) - sentence.start,
                                              max(t.span.start, r.span.start) - sentence.start) for r in riots)) and
                   t.sub_event_type != "Looting/property destruction"
                   and not (t.event_type == "Battles" and (not _armed(text) or t.span.text.startswith("clash") and
                                                           not (_REBELS.search(text) or _GROUP_RE.search(text))))]
    # ("... and attacked police posts"; "supporters of a party attacked a rally, and clashed with police and soldiers")
    if any(t.sub_event_type == "Agreement" for t in settled):  # "signed a declaration ..., committing to talks on
        settled = [t for t in settled if t.sub_event_type != "Other"]  # a final deal": the agreement, no talks beside
    # "Al-Shabaab attacked the town of Balcad, killing five civilians": no fight, an attack on them (or "Troops raided
    # the village, where two civilians were shot dead")
    settled = [(_ambush_of_civilians(t, sentence) or t) if t.general == "generic clash" and
               t.span.text.startswith(("attacked", "raided")) else t for t in settled]
    violent = [t for t in settled if t.event_type in ("Explosions/Remote violence", "Battles")]
    attacks = [t for t in settled if t.sub_event_type == "Attack"]
    if not violent or not attacks:
        return settled
    # The strike or clash an attack on civilians tells of is the one just before it ("militants ambushed a convoy,
    # and an army drone struck a wedding, killing eight civilians": the strike, not the ambush).
    owners = [_owner(a.span.start, violent) for a in attacks]
    # (but an attack told of another day is its own: "Gunmen killed five villagers on Tuesday, two days after bandits
    # attacked a police post")
    # ... as is one whose own doers a clause of its own names ("militants fired rockets at a village, ..., and gunmen
    # later shot dead three people in Jiribam")
    # ... as is the killing of civilians told before the capture of the place ("killed hundreds of civilians in El
    # Fasher after taking full control of the city": the killing, then how the city fell; not "killed 50 government
    # forces as they captured the towns", the capture's dead)
    apart = [a for t, a in zip(owners, attacks) if _days_apart(sentence, t.span.start) !=
             _days_apart(sentence, a.span.start) or a.span.start > t.span.end and _REBELS.match(a.span.text) and
             _NEXT_CLAUSE.search(text, t.span.end - sentence.start, a.span.start - sentence.start) or
             t.span.start >= a.span.end and t.sub_event_type.startswith("territory") and
             _CIVILIANS_KILLED.search(text, a.span.start - sentence.start, t.span.start - sentence.start) is not None]
    # ... but not a strike on forces the attackers then fired on ("A roadside bomb struck the patrol's vehicle before
    # gunmen opened fire"): a fight
    targeting = [t for t, a in zip(owners, attacks) if a not in apart and not _FORCES_STRUCK.search(
        text, t.span.end - sentence.start, max(t.span.end, a.span.start) - sentence.start)]
    # ... a fight's dead told as civilians are its toll, no target of its own ("Heavy fighting around Sange killed 25
    # civilians": a battle, whose sides are the fighters')
    # ... nor is a capture's ("took control of the camp after an assault that killed hundreds of civilians")
    return [(_ambush_of_civilians(t, sentence) or
             (t if t.sub_event_type == "Armed clash" or t.sub_event_type.startswith("territory") else
              replace(t, civilians=True)))
            if any(t is o for o in targeting) else t for t in settled if t.sub_event_type != "Attack" or t in apart]


def _ambush_of_civilians(trigger: _Trigger, sentence: Span) -> _Trigger | None:
    """An ambush or a raid that killed civilians and no armed man ("ambushed a truck, killing five passengers",
    "raided the village of Mozogo, killing six civilians") was no battle: an attack (but "ambushed a convoy, killing
    three soldiers and two civilians" was)."""
    # (a raid's or an attack on a town's victims told as civilians: not "shot dead two men")
    raid = trigger.span.text.startswith(("raided", "attacked the", "attacked several"))
    if not (trigger.span.text.startswith("ambush") or raid and _CIVILIANS_KILLED.search(
            sentence.text, trigger.span.end - sentence.start)) or \
            _ARMED_VICTIMS.search(sentence.text, trigger.span.end - sentence.start):
        return None
    return replace(trigger, event_type="Violence against civilians", sub_event_type="Attack", civilians=True,
                   general="")


def _crowd(actor: str) -> bool:
    return actor.startswith(("Protesters", "Rioters"))


def _amid_demonstrations(article: Article, lower: str) -> bool:
    """The sentence, or the events told just before it, tell of protests -- in a story of no armed conflict, or
    "also" after nothing but protests (Kenya's, to which the army was deployed: "Clashes were also reported in
    Mombasa")."""
    told = "protest" in lower or "demonstrat" in lower  # ("Protesters set fire to a police station, and clashes
    # were reported in Mombasa": theirs, whatever armed gangs the story tells of elsewhere)
    return told and " and clashes " in lower or \
        (told or any(e.event_type in _DEMONSTRATIONS for e in article.events[-2:])) and \
        (not _armed_article(article.text) or " also " in lower and bool(article.events) and
         all(e.event_type in _DEMONSTRATIONS for e in article.events))


def _armed(text: str) -> bool:
    return bool(_GOVERNMENT.search(text) or _REBELS.search(text) or _STATE_BY.search(text) or _GROUP_RE.search(text))


def _joined_before(sentence: Span, trigger: _Trigger, first: str, second: str) -> bool:
    """Whether the sentence names group ``second`` right after group ``first``, joined as allies, before the trigger
    ("RSF and SPLM-North fighters shelled", "The RSF and their allies in the SPLM-North shelled")."""
    names = _group_names(sentence.text)
    at = trigger.span.start - sentence.start
    starts = {name: start for start, name in reversed(names.items()) if start < at}
    if first not in starts or second not in starts or starts[second] < starts[first]:
        return False
    found = _GROUP_RE.match(sentence.text, starts[first])
    end = found.end() if found else starts[first] + len(first)
    return _ALLIES_JOIN.fullmatch(sentence.text, end, starts[second]) is not None


def _clause_start(text: str, offset: int) -> int:
    cut = max(text.rfind(",", 0, offset), text.rfind(";", 0, offset), text.rfind(" that ", 0, offset))
    return cut + 1 if cut >= 0 else 0


def _events_for(article: Article, facts: _Facts, sentence: Span, trigger: _Trigger, country: Mention | None,
                triggers: list[_Trigger]) -> list[Event]:
    # "a house was hit" continues the strikes told before; "launched missiles" is an attack of its own kind.
    at = trigger.span.start - sentence.start
    definite = _IN_THE_STRIKE.search(sentence.text, max(0, at - 30), at) is not None
    again = definite or _THE_STRIKE.match(sentence.text, 0, trigger.span.end - sentence.start) is not None or \
        at < 6 and trigger.event_type == "Explosions/Remote violence" and \
        sentence.text[:at].strip() in ("The", "This", "That")  # "The improvised explosive device hit"
    previous = _previous_strike(article, sentence, trigger.span.text) \
        if trigger.general in ("generic strike", "generic blast") or _MORE_OF_THEM.match(sentence.text) or again else \
        _previous_fight(article, sentence) if trigger.event_type == "Battles" and at < 6 and \
        _RETOLD.match(sentence.text) else None
    # "At least eight were killed in clashes, including two in Nairobi": a place of a part, not of the whole
    located = _one_per_place([p for p in _locations(article, sentence, trigger)
                              if not _part_after(sentence, trigger.span, p[0])])
    places = located or _town_retaken(article, sentence, trigger) or _posts_of_a_state(facts, sentence, trigger) or \
        _where_continued(previous, sentence) or \
        _left_from(article, sentence, trigger) or \
        _where_attackers_were(article, sentence, trigger) or _where_hostages_were(article, sentence, trigger) or \
        [_fallback_location(article, sentence, country, trigger.sub_event_type in _ANNOUNCED)]
    # A state's forces no demonym names are those of the country the event is in ("the army shelled Khartoum").
    where = _event_country(places[0][0], country)
    actor1, actor2, inter1, inter2 = _actors(article, facts, sentence, trigger, where, previous)
    if (trigger.span.text.startswith(("came under", "come under", "coming under")) or
            trigger.span.text.startswith("ambushed") and not actor2 and
            _PASSIVE_BEFORE.search(sentence.text, max(0, at - 20), at)) and inter1 == 1:
        # "Government forces came under fire": the state's forces were the target, the side firing unnamed (or
        # "soldiers were killed when their patrol was ambushed")
        actor1, actor2, inter1, inter2 = actor2 or _unidentified(where), actor1, inter2 or _inter(_UNIDENTIFIED), 1
    if trigger.span.text.startswith(_FINDING):  # "Police found the bodies of six men": those who
        actor1, inter1 = "", None  # found them killed no one (the killers stay unnamed)
    actor1, actor2, inter1, inter2 = _sides_by_means(article, sentence, trigger, where,
                                                     (actor1, actor2, inter1, inter2))
    actor1, actor2 = _of_country(actor1, where), _of_country(actor2, where)
    actor1, actor2 = _de_facto(article, sentence, actor1), _de_facto(article, sentence, actor2)
    ruled = _in_power(article, actor1, inter1), _in_power(article, actor2, inter2)
    if ruled != ((actor1, inter1), (actor2, inter2)):
        (actor1, inter1), (actor2, inter2) = ruled
        if actor2 == actor1:  # "Taliban" beside "Afghan forces" in a story of Kabul's rule: one side
            actor2, inter2 = "", None
    if trigger.disorder_type == "Demonstrations" and _PROTESTS_BEGAN.match(sentence.text) and \
            any(e.disorder_type == "Demonstrations" for e in article.events):
        return []  # "The protests began after the collapse of a canopy in Novi Sad in November": the protests told
    began = _FIGHT_BEGAN.match(sentence.text) if trigger.event_type == "Battles" else None
    if (_UNFOLDED.match(sentence.text) or began) and article.events and article.events[-1].violent and \
            sentence.start - article.events[-1].sentence.start <= _PASSAGE:
        # "The attack began with mortar fire before fighters stormed the camp": how the attack told went -- at the
        # town it names, if the event was told only at a unit holding it ("The fighting broke out near Butig when";
        # not "... erupted after a merchant was kidnapped on the highway to Damascus": where the cause was)
        told = article.events[-1]
        site = _closer_site(told, located) if began and located and located[0][0] is not None and \
            located[0][0].start < sentence.start + began.end() else None
        if site is not None:
            told.location, told.geo_precision, told.location_text = site
            told.point = (site[0].place.lat, site[0].place.lon)
        return []
    if _retells_strike(article, sentence, trigger, actor1, places) or \
            _struck_there(article, sentence, trigger, places) or _how_it_was_done(article, sentence, trigger, places):
        return []  # "An Israeli drone strike killed a commander. The military said it had killed him": told before
    if _claim_of_told(article, sentence, trigger, actor1):  # "JNIM claimed the attack on Monday, saying it had
        return []  # killed 100 soldiers": the attack told, with the group's own count
    attackers = _attackers_told(article, facts, sentence, trigger)
    if attackers:  # "The attackers also stole cattle": the armed side of the attack just told
        actor1, inter1 = attackers, _inter(attackers)
    if not actor1 and trigger.event_type == "Explosions/Remote violence" and \
            trigger.sub_event_type not in _BOMBERS_ONLY:
        actor1, inter1 = _same_barrage(article, sentence, trigger, where) or _operation_from_the_air(
            article, sentence, trigger, places) or _the_group_fired(facts, sentence, trigger) or (actor1, inter1)
    if actor1.startswith(("Military Forces", "Police Forces")) and trigger.sub_event_type in _BOMBERS_ONLY and \
            _FORCES_STRUCK.search(sentence.text, 0, trigger.span.start - sentence.start):
        # "The soldiers were escorting ballots when their vehicle hit an improvised explosive device": its target
        actor1, actor2, inter1, inter2 = actor2, actor1, inter2, inter1
    if not actor1 and trigger.sub_event_type in _BOMBERS_ONLY:  # "a suicide bomber blew himself up": no state's
        # ... the group whose assault on that place was just told ("Al-Shabab fighters recaptured the town ... after
        # an attack on their base that began with two suicide car bombs"), else unidentified
        assault = next((e for e in reversed(article.events) if sentence.start - e.sentence.start < 600 and
                        e.inter1 in (2, 3) and e.event_type == "Battles" and e.location is not None and
                        e.location.place is not None and e.location.place == places[0][0].place), None)
        # ... or the group that claimed it ("Hamas's armed wing said its fighters had targeted an armoured vehicle")
        claimed = [] if assault or facts.declined(sentence) else \
            _groups(facts, _claimant(article.text[sentence.start:_claim_end(article, sentence)]))
        # ... or the group named last, where the sentence's subject is "the group" ("the group tried to kill the
        # president with a roadside bomb", after Al-Shabaab was named)
        named = _the_group_fired(facts, sentence, trigger) if not assault and not claimed else None
        actor1, inter1 = (assault.actor1, assault.inter1) if assault else \
            (claimed[0], _inter(claimed[0])) if claimed else named or (_unidentified(where), 3)
    if not actor2 and trigger.event_type == "Explosions/Remote violence":
        actor2 = _harmed_forces(facts, sentence, trigger, where)  # "a landmine wounded five Thai soldiers"
        if actor2 == f"Military Forces of {where}":  # "... the military said two soldiers were killed": its own
            actor2 = _military_told(article, sentence) or actor2
        actor2 = "" if actor2 == actor1 else actor2  # its own soldiers' dead are another event's
        inter2 = 1 if actor2 else inter2
    aimed = None if located or trigger.event_type != "Explosions/Remote violence" else _aimed_country(facts, places, actor2)
    if aimed is not None:  # "Thailand sent jets to bomb Cambodian targets", naming no town: in Cambodia, not Thailand
        places, where = [(aimed, 3, aimed.text)], aimed.place.name
    # "Congolese soldiers and allied Wazalendo militiamen looted shops": the militia acted with the state's forces
    # (but "government troops and Houthi fighters clashed" fought each other)
    beside = inter1 == 1 and actor2 and not _MUTUAL.match(trigger.span.text) and \
        _fights_beside(sentence, trigger, actor2)
    if not beside and inter1 != 1 and actor2 and not _MUTUAL.match(trigger.span.text) and \
            _joined_before(sentence, trigger, actor1, actor2):
        # "The RSF and their allies in the SPLM-North shelled Kadugli": the group named beside the doer acted with it
        beside, actor2, inter2 = actor2, "", None
    elif beside:
        after = sentence.text[trigger.span.start - sentence.start:]
        target = next((g for g in _groups(facts, after) if g != beside), "") or \
            (_unidentified(where) if _REBELS.search(after) else "")  # "... in fighting with separatist rebels"
        actor2, inter2 = target, (_inter(target) if target else None)  # "... attacked RSF positions": the RSF
    allies = _STATE_BY.search(sentence.text) if trigger.event_type == "Explosions/Remote violence" else None
    ally = _country_of(facts, allies.group(2)) if allies and allies.group(2) else \
        _subject_ally(article, trigger) if trigger.event_type == "Explosions/Remote violence" else None
    # "A junta air strike on a village killed at least 14 people, including five children": a strike on civilians
    # ... as is one whose target the words name as civilians ("Turkish drones struck a convoy of civilians")
    civilians = trigger.civilians or trigger.event_type == "Explosions/Remote violence" and \
        (_CHILDREN_AMONG_DEAD.search(sentence.text, trigger.span.end - sentence.start) is not None or
         _CIVILIANS_STRUCK.match(sentence.text, trigger.span.end - sentence.start) is not None)
    if civilians and not trigger.civilians:
        actor2, inter2 = "", None
    event_type, sub = trigger.event_type, trigger.sub_event_type
    if previous is not None and previous.event_type == event_type and actor1 and previous.actor1 != actor1:
        # "An Israeli strike on Aitaroun" after Israeli warplanes, then rockets fired at Kiryat Shmona: the warplanes'
        previous = next((e for e in reversed(_in_passage(article, sentence)) if e.actor1 == actor1 and
                         e.event_type == event_type), previous)
    if previous is not None and previous.event_type == event_type:
        sub = previous.sub_event_type  # "a house was hit" after "Israeli air strikes killed 23": an air strike too
    if sub.startswith("territory"):  # ACLED: a foreign state's forces taking a place "overtake" it, like a group
        own = inter1 == 1 and (not where or actor1 in (f"Military Forces of {where}", f"Police Forces of {where}"))
        sub = "Government regains territory" if own else "Non-state actor overtakes territory"
    base = dict(sentence=sentence, trigger=trigger.span, event_type=event_type, sub_event_type=sub,
                disorder_type=trigger.disorder_type, actor1=actor1, actor2=actor2, inter1=inter1, inter2=inter2,
                assoc_actor_1=f"Military Forces of {ally}" if ally else beside or "",
                notes=sentence.text, general=bool(trigger.general), civilian_targeting="Civilian targeting"
                if event_type == "Violence against civilians" or civilians else "")
    events = [Event(**base) for _ in places]
    for event, (mention, precision, phrase) in zip(events, places):
        event.location, event.geo_precision, event.location_text = mention, precision, phrase
        event.point = (mention.place.lat, mention.place.lon) if mention is not None and mention.place else None
        if mention is not None and mention.place is None:
            _place_in_area(article, sentence, event, country)
    if event_type == "Violence against civilians" or civilians:
        for event in events:
            _civilian_sides(sentence, event, _event_country(event.location, country))
    _fatalities(sentence, events, trigger, triggers)
    if sub == "Peaceful protest":  # "protesting the collapse that killed 15": deaths make no protest peaceful
        for event in events:
            event.fatalities = 0
    for event in events if sub == "Protest with intervention" else ():  # "a student was shot dead as police
        if event.fatalities:  # dispersed a crowd": force that killed is excessive, in ACLED's terms (the forces first)
            event.sub_event_type = "Excessive force against protesters"
            event.actor1, event.inter1, event.actor2, event.inter2 = \
                event.actor2, event.inter2, event.actor1, event.inter1
    if len(events) == 1 and events[0].fatalities and events[0].geo_precision == 3:
        parts = _parts_told(article, sentence, events[0])
        # (the whole toll at one town: the event was there, "along the Line of Control, killing at least 10 civilians
        # ... in the town of Poonch")
        events = parts if len(parts) == 1 and parts[0].fatalities == events[0].fatalities else events + parts
    elif len(events) == 1 and events[0].fatalities and events[0].location is not None:
        # "hit a house in Sabra and a school in Beit Lahia, where 18 people died": those 18 are Beit Lahia's alone
        parts = _parts_told(article, sentence, events[0], where_only=True)
        events[0].fatalities -= sum(p.fatalities for p in parts)
        events += parts
    if again and previous is not None and len(events) == 1 and _same_strike(events[0], previous, definite):
        # ("struck the port of Hodeidah and a cement factory in Bajil ... The strikes killed four": the places one
        # trigger struck share the toll, as a toll told on its own is shared: see _follow_up_toll)
        struck = [e for e in article.events if e.trigger == previous.trigger and e.sentence is previous.sentence]
        if not located and len(struck) > 1 and not any(e.fatalities for e in struck) and events[0].fatalities:
            _split_toll(_at_the_site(article, sentence, struck) or struck, events[0].fatalities)
        else:
            previous.fatalities = _larger_toll(previous, events[0])
        if _finer(events[0], previous):  # "The strike on Ohe Htein Twin village took place ...": the village of
            # the region told before
            previous.location, previous.location_text = events[0].location, events[0].location_text
            previous.geo_precision, previous.point, previous.area = events[0].geo_precision, events[0].point, \
                events[0].area
        if not previous.actor2 and events[0].actor2:  # "the strike targeted a Hezbollah depot": its target
            previous.actor2, previous.inter2 = events[0].actor2, events[0].inter2
        if previous.sentence.start < _title_end(article) and _relative_day(events[0], told=True) is not None:
            # "... after Houthi missile attack" in the headline, "The missile fired on Sunday landed ...": its day
            _date(events[0], article, *article_anchor_date(article))
            previous.event_date, previous.time_precision = events[0].event_date, events[0].time_precision
        return []
    # ... naming no place, or only the unit it was in ("The attackers surrounded the mosque in the Tillaberi region")
    told = _attack_told_again(article, sentence, trigger)
    if told is not None and _FLASHBACK.match(sentence.text):
        told = None  # "... on Wednesday. On Tuesday, the militants had attacked army positions": another day's
    site = _closer_site(told, located) if told is not None and located else None
    # ... told at that place already, or at a village of its province the gazetteer lacks ("The gunmen shot
    # villagers in Maigora village") or cannot place at all, which is no closer point
    there = told is not None and len(located) == 1 and located[0][0] is not None and \
        (located[0][0] is told.location or located[0][0].place is None or
         located[0][0].approximate and _same_unit(located[0][0], told.location))
    if told is not None and located and not (_units_only(located) and _in_its_country(told, located) or site or there):
        told = None
    if told is not None and site is not None:
        told.location, told.geo_precision, told.location_text = site
        told.point = (site[0].place.lat, site[0].place.lon)
    if told is not None and trigger.sub_event_type == "Looting/property destruction":
        # "The attackers set fire to shelters at the camp near Plaine Savo": the burning an event of its own (as ACLED
        # codes it), at the place it tells the attack was at -- or, naming none, the attack's, on the attack's side
        for event in events if not located else ():
            event.location, event.location_text, event.geo_precision, event.point, event.area = \
                told.location, told.location_text, told.geo_precision, told.point, told.area
            event.actor2, event.inter2 = told.actor2, told.inter2
        return events
    if told is not None:  # "JNIM attacked villagers near Barsalogho ... Survivors said the gunmen shot at people"
        told.fatalities = _larger_toll(told, events[0])  # (not as JNIM counts it: "JNIM said it had killed 100")
        return []
    return events


def _the_group_fired(facts: _Facts, sentence: Span, trigger: _Trigger) -> tuple[str, int | None] | None:
    """'... and the paramilitaries responded with drones that targeted an army base', "the group tried to kill the
    president with a roadside bomb": the group named last, which the trigger's clause calls "the paramilitaries" or
    "the group"."""
    at = trigger.span.start - sentence.start
    clause = _CLAUSE_BREAK.split(sentence.text[:at])[-1]
    group = facts.group_before(sentence.start + at) if _THE_GROUP.search(clause) else ""
    return (group, _inter(group)) if group else None


def _same_unit(mention: Mention, other: Mention | None) -> bool:
    here, there = mention.place, other.place if other is not None else None
    return here is not None and there is not None and (here.country, here.admin1) == (there.country, there.admin1)


def _closer_site(told: Event, located: list[tuple[Mention | None, int | None, str]]) -> tuple | None:
    """The village a retelling names near where an attack was told only roughly ("ambushed a patrol on the
    outskirts of Bamenda ... The attackers opened fire near the village of Bambui"): where it happened."""
    here = told.location.place if told.location is not None else None
    if len(located) != 1 or here is None or told.geo_precision == 1:
        return None
    mention = located[0][0]
    there = mention.place if mention is not None else None
    if there is None or there.kind != "place" or mention is told.location:
        return None
    near = _holds(here, there) if here.kind in ("country", "admin1") else \
        haversine_km(here.lat, here.lon, there.lat, there.lon) <= _RETOLD_NEAR_KM
    return located[0] if near else None


def _sides_by_means(article: Article, sentence: Span, trigger: _Trigger, where: str | None,
                    sides: tuple[str, str, int | None, int | None]) -> tuple[str, str, int | None, int | None]:
    """(actor1, actor2, inter1, inter2) with the sides the means of the event tell where the words named none: tanks
    are a state's, a UN patrol its mission's, a drone that "also" fired the side told before."""
    actor1, actor2, inter1, inter2 = sides
    at = trigger.span.start - sentence.start
    armour = _ARMOUR_BEFORE.search(sentence.text, max(0, at - 30), at) if "tanks" in sentence.text else None
    if armour is not None and inter1 != 1:  # "tanks advanced into the eastern districts": a state's, the one whose
        # forces the story told acting ("Tanks" are no group's the article names)
        state = next((e.actor1 for e in reversed(article.events) if e.actor1.startswith("Military Forces")), "")
        actor1, inter1 = (state, 1) if state else (actor1, inter1)
    blue = _PEACEKEEPERS.search(sentence.text) if where in _UN_MISSIONS and trigger.event_type in (
        "Battles", "Explosions/Remote violence") else None
    if blue is not None:
        # "Rebels ambushed a United Nations patrol near Sam Ouandja": the mission's peacekeepers, the side attacked
        mission = _UN_MISSIONS[where]
        if blue.start() >= trigger.span.end - sentence.start and not actor2 and actor1 != mission:
            actor2, inter2 = mission, 8
        elif blue.end() <= at and trigger.span.text.startswith("came under") and actor1 != mission and \
                not (actor2 and not actor2.startswith("Military Forces")):
            actor2, inter2 = mission, 8  # "UNMISS said one of its helicopters came under fire": the mission's, fired on
        elif blue.end() <= at and not actor1:
            actor1, inter1 = mission, 8
    if not actor1 and article.events and trigger.event_type == "Explosions/Remote violence" and \
            _CRAFT_ALSO.search(sentence.text, max(0, at - 30), trigger.span.end - sentence.start):
        # "Israeli forces raided Nablus ... Residents said a drone also fired a missile at a car": the named side's
        actor1, inter1 = next(((e.actor1, e.inter1) for e in reversed(article.events) if not _unnamed(e.actor1) and
                               sentence.start - e.sentence.start <= _PASSAGE), ("", None))
    return actor1, actor2, inter1, inter2


def _retells_strike(article: Article, sentence: Span, trigger: _Trigger, actor: str,
                    places: list[tuple[Mention | None, int | None, str]]) -> bool:
    """A killing by a state, naming no town, right after that state's strike: the strike told again -- as is a
    killing by "the strikes" of the passage, whoever tells its toll ("Rebels said the strikes had hit a market and
    killed eight traders")."""
    told = article.events[-1] if article.events else None
    if told is None or told.event_type != "Explosions/Remote violence":
        return False
    at = trigger.span.start - sentence.start
    strikes = _THE_STRIKES.search(sentence.text, _clause_start(sentence.text, at), at) \
        if trigger.event_type != "Explosions/Remote violence" and 0 < sentence.start - told.sentence.start <= _PASSAGE \
        else None
    if strikes is not None and not _ANOTHER_DEED.search(sentence.text, strikes.end(), at):
        return True  # (not "The strikes came a day after the army said it had recaptured Bara": an event before them)
    if trigger.event_type == "Battles" and told.actor1 == actor and actor.startswith("Military Forces") and \
            trigger.span.text.startswith("killed the ") and 0 < sentence.start - told.sentence.start <= _PASSAGE:
        return True  # "A drone strike near Tyre killed a Hezbollah commander ... The military said it had killed the
        # commander of the group's coastal sector": the strike's target, told by its state
    return trigger.general == "generic clash" and told.actor1 == actor and \
        actor.startswith("Military Forces") and not article.text[told.sentence.end:sentence.start].strip() and \
        not any(m is not None and m.place is not None and m.place.kind != "country" for m, _, _ in places)


def _struck_there(article: Article, sentence: Span, trigger: _Trigger,
                  places: list[tuple[Mention | None, int | None, str]]) -> bool:
    """'A drone strike hit a bus on the road between Bahir Dar and Gondar. The bus was near the town of Addis Zemen
    when it was struck': the strike just told, at the town the retelling puts its target by -- which it moves to."""
    told = article.events[-1] if article.events else None
    at = trigger.span.start - sentence.start
    if told is None or told.event_type != "Explosions/Remote violence" or told.geo_precision != 2 or \
            not _IT_WAS_STRUCK.search(sentence.text, max(0, at - 20), at + len(trigger.span.text)) or \
            article.text[told.sentence.end:sentence.start].strip() or len(places) != 1 or places[0][0] is None or \
            not places[0][0].located or places[0][0].place.kind != "place":
        return False
    town, precision, phrase = places[0]
    told.location, told.location_text, told.geo_precision = town, phrase, precision
    told.point = (town.place.lat, town.place.lon)
    return True


def _how_it_was_done(article: Article, sentence: Span, trigger: _Trigger,
                     places: list[tuple[Mention | None, int | None, str]]) -> bool:
    """'Two explosions tore through a rally ... Nangaa said grenades had been thrown into the crowd': how the blasts
    just told were set off, naming no town -- the blasts, of the weapon now named if they were told by a general
    word."""
    told = article.events[-1] if article.events else None
    if told is None or told.event_type != trigger.event_type or trigger.general or \
            not 0 < sentence.start - told.sentence.start <= _PASSAGE or \
            not _HOW_DONE.match(article.text, trigger.span.end) or \
            any(m is not None and m.place is not None and m.place.kind != "country" and
                sentence.start <= m.start < sentence.end for m, _, _ in places):
        return False
    if told.general:
        told.sub_event_type, told.general = trigger.sub_event_type, False
    return True


def _attackers_told(article: Article, facts: _Facts, sentence: Span, trigger: _Trigger) -> str:
    """The non-state side of the violent event just told, when 'the attackers' or 'the militants' are the subject
    and no group is named ("" where none)."""
    at = trigger.span.start - sentence.start
    start = max([_clause_start(sentence.text, at)] + [m.end() for m in _SUBORDINATE.finditer(sentence.text, 0, at)])
    subject = _THE_ATTACKERS.search(sentence.text, start, at)  # opening the trigger's clause, not "before jets bombed"
    opens = subject is not None and _SUBJECT_OPENS.fullmatch(sentence.text, start, subject.start()) or \
        (they := _THEY_OPEN.match(sentence.text, start)) is not None and they.end() <= at  # "On Sunday they attacked"
    if not opens or _groups(facts, sentence.text[:at]):
        return ""
    told = [e for e in _in_passage(article, sentence) if e.violent]
    sides = [(e.actor1, e.inter1) for e in told[-1:]] + [(e.actor2, e.inter2) for e in told[-1:]]
    return next((actor for actor, inter in sides if actor and inter not in (1, 7)), "")


def _where_attackers_were(article: Article, sentence: Span, trigger: _Trigger) -> list[tuple[Mention, int, str]]:
    """'A police spokesman said the gunmen also set fire to a school', 'peacekeepers exchanged fire with the
    attackers', naming no place: where the attack just told was."""
    at = trigger.span.start - sentence.start
    told = _THE_ATTACKERS.search(sentence.text)  # (who also did more, or whom forces fought)
    if told is None or told.start() > at and not _FOUGHT_THEM.search(sentence.text, 0, told.start()) or \
            told.start() < at and " also " not in sentence.text[told.end():at + 1] and \
            not _REPELLED_THEM.search(sentence.text, 0, told.start()):  # ("had repelled the attackers after a
        return []  # firefight": there)
    attacks = [e for e in _in_passage(article, sentence) if e.violent and e.location is not None and e.geo_precision]
    return [(e.location, e.geo_precision, e.location_text) for e in attacks[-1:]]


def _opening_word_end(text: str) -> int:
    """Where a sentence's own words begin, past an opening "Separately," or "Meanwhile,"."""
    opening = _CONNECTIVE.match(text)
    return opening.end() if opening else 0


def _where_hostages_were(article: Article, sentence: Span, trigger: _Trigger) -> list[tuple[Mention, int, str]]:
    """'Security forces launched a rescue operation', naming no place: where the hostages were taken."""
    if not trigger.span.text.endswith("rescue operation"):
        return []
    taken = [e for e in _in_passage(article, sentence) if e.sub_event_type == "Abduction/forced disappearance" and
             e.location is not None and e.geo_precision]
    return [(e.location, e.geo_precision, e.location_text) for e in taken[-1:]]


def _de_facto(article: Article, sentence: Span, actor: str) -> str:
    """The forces of a self-ruled land the passage names as such ("Somaliland's army"), not of the state it lies in
    (ACLED's "Military Forces of Somaliland")."""
    passage = article.text[max(0, sentence.start - _PASSAGE):sentence.end]
    for land, state in _DE_FACTO_STATES.items():
        if actor == f"Military Forces of {state}" and land in passage and \
                re.search(rf"\b{land}(?:['’]s)?\s+(?:army|forces|troops|soldiers|military)\b", passage):
            return f"Military Forces of {land}"
    return actor


def _in_power(article: Article, actor: str, inter: int | None) -> tuple[str, int | None]:
    """A group that became a state's government acts as its forces from then on (ACLED's "Military Forces of
    Afghanistan (2021-)" for the Taliban)."""
    ruling = _RULING_GROUPS.get(actor)
    if ruling is not None and article.date and article.date >= ruling[1]:
        return f"Military Forces of {ruling[0]}", 1
    return actor, inter


def _of_country(actor: str, where: str | None) -> str:
    """ACLED names a people's militia with its country: 'Druze Ethnic Militia (Syria)'."""
    return f"{actor} ({where})" if where and actor.endswith(_ETHNIC) else actor


def _aimed_country(facts: _Facts, places: list[tuple[Mention | None, int | None, str]], target: str) -> Mention | None:
    """The target state's country where a strike was put at another country only for naming no place."""
    fallback = places[0][0]
    if not target.startswith("Military Forces of ") or fallback is not None and fallback.place is not None and \
            fallback.place.kind != "country":
        return None
    name = target.removeprefix("Military Forces of ")
    return next((m for m in facts.countries if m.kind == "toponym" and m.place.name == name and m is not fallback), None)


def _attack_told_again(article: Article, sentence: Span, trigger: _Trigger) -> Event | None:
    """The attack just told, of the same type, when a sentence tells of 'the gunmen' again."""
    if not _names_attackers(sentence.text):
        return None
    at = trigger.span.start - sentence.start  # "the gunmen" opening the clause, its subject
    start = _clause_start(sentence.text, at)
    if _PARTICIPLE.match(sentence.text, start) or _BARE_VERB.match(sentence.text, start):  # "The militants arrived on
        start = 0  # motorcycles, shooting residents", "The gunmen arrived on motorcycles, shot villagers and ..."
    subject = _THE_ATTACKERS.search(sentence.text, start, trigger.span.end - sentence.start)
    if subject is None or subject.start() >= at or _ANOTHER_ATTACK.search(sentence.text) or \
            not _SUBJECT_OPENS.fullmatch(sentence.text, start, subject.start()):
        return None  # not "Troops killed six of the assailants": each side's toll of a battle is its own
    # ... of any violent kind where the sentence words it generally ("The attackers struck the village of Gida") or
    # tells of its burning ("The attackers used machetes and set fire to shelters at the camp")
    any_kind = trigger.general or trigger.sub_event_type == "Looting/property destruction"
    told = [e for e in _in_passage(article, sentence) if e.event_type == trigger.event_type or any_kind and e.violent]
    same = [e for e in told if e.sub_event_type == trigger.sub_event_type]  # the attack, not the abduction beside it
    told_last = (same or told)[-1] if told else None
    return None if told_last is not None and _another_weekday(sentence.text, told_last) else told_last


def _another_weekday(text: str, told: Event) -> bool:
    """The sentence names a weekday of its own (not the day a speaker spoke on) other than the told event's ("the
    paramilitaries had killed at least 460 people at the hospital on Tuesday", after Sunday's killings) -- not where
    the told event has only its report's day ("..., residents said on Monday. The gunmen arrived late on Sunday")."""
    if _dated_by_report(told):
        return False
    own = next((m.group(1).lower() for m in _RELATIVE.finditer(text) if m.group(1) and
                not _SAID_ON.search(text, max(0, m.start() - 20), m.start())), None)
    return own is not None and bool(told.event_date) and \
        _WEEKDAYS[date.fromisoformat(told.event_date[:10]).weekday()] != own


def _names_attackers(text: str) -> bool:
    """The words _THE_ATTACKERS reads, looked for before the pattern (most sentences name none)."""
    return any(word in text for word in _ATTACKER_WORDS)


def _goes_on_with(trigger: _Trigger) -> bool:
    """'the coordinated assaults, which also targeted Nioro du Sahel': the attacks told before, at more places (of
    the same sides, armed however the sentence reads)."""
    return " which also " in trigger.span.text


def _units_only(located: list[tuple[Mention | None, int | None, str]]) -> bool:
    return all(m is not None and m.located and m.place.kind != "place" for m, _, _ in located)


def _in_its_country(told: Event, located: list[tuple[Mention | None, int | None, str]]) -> bool:
    """The units a retelling names lie in the country of the event it retells."""
    place = told.location.place or (told.area.place if told.area else None) if told.location is not None else None
    return place is not None and all(m.place.country == place.country for m, _, _ in located)


def _finer(event: Event, previous: Event) -> bool:
    """A strike told at a unit, told again at a village, a town or a district in it ("The bomb went off ... in Rueso
    district" after "a bomb killed two in Narathiwat province")."""
    here, there = event.location.place if event.location else None, previous.location.place
    if here is None:  # "The raids targeted the Barmal district", a name the gazetteer lacks in the province told
        return previous.geo_precision == 3 and event.location is not None and event.area is not None and \
            event.area.place == there
    return previous.geo_precision == 3 and event.location is not previous.location and (
        event.location.feature in ("village", "town") or _holds(there, here) and here.kind in ("place", "admin2") or
        not there.country and here.kind == "place")  # a ship told at a sea, then off a port


def _holds(unit: Place, place: Place) -> bool:
    """A country or first-level unit holds another place in it (Place.holds reads only those two kinds)."""
    return unit.geonameid != place.geonameid and unit.holds(place)


def _same_strike(event: Event, previous: Event, definite: bool = False) -> bool:
    """'Shelling killed 15 in El Fasher. The shells landed on a shelter in the Daraja Oula neighbourhood': the strike
    just told, at its town or in a quarter of it ("a strike hit Beirut's southern suburbs ... the strike targeted a
    depot in the Dahiyeh district"), told again -- one event; 'killed in the strike on the Haret Hreik
    neighbourhood' (``definite``) is the strike just told anywhere in its country."""
    if event.location is None or previous.location is None or previous.location.place is None or \
            event.event_type != previous.event_type:
        return False
    if event.location.place is None and previous.geo_precision == 3 and \
            0 <= event.sentence.start - previous.sentence.end <= _PASSAGE:  # "The strikes hit villages in the Barmal
        return True  # district", a name the gazetteer lacks, in the passage after the strikes told at its province
    here, there = event.location.place or (event.area.place if event.area else None), previous.location.place
    if not there.country and VESSEL.search(previous.sentence.text) and VESSEL.search(event.sentence.text):
        return True  # "attacked a tanker in the Red Sea ... the ship was hit about 77 nautical miles west of Hodeidah"
    return here is not None and (here == there or definite and here.country == there.country or _holds(there, here) or
                                 haversine_km(here.lat, here.lon, there.lat, there.lon) <= _QUARTER_KM)


def _town_told_since(article: Article, sentence: Span, event: Event) -> Mention | None:
    """The town the sentence just before tells of first, its subject, where that sentence tells no event of its
    own ("... captured Fedorivka. Kostiantynivka lies 20 km south of Kramatorsk. A drone hit the town's market";
    not a town a distance is measured from, nor one fled to or come from)."""
    end = len(article.text[:sentence.start].rstrip())
    start = article.sentence_at(end - 1).start if end else 0
    if start < event.sentence.end or any(start <= e.sentence.start < sentence.start for e in article.events):
        return None
    subject = next((m for m in article.mentions_in(start, sentence.start) if m.located and
                    m.place.kind == "place" and m.place.country == event.location.place.country and
                    not _MEASURED_FROM.search(article.text, max(0, m.start - 40), m.start) and
                    _not_destination(article.text, m) and not _is_origin(article.text, m) and
                    not _DESCRIBES_BEFORE.search(article.text, max(0, m.start - 30), m.start)), None)  # (not
    # "families fled toward Palma, 70 km north", "reinforcements arrived from Ouahigouya", "forcing hundreds to seek
    # shelter in nearby Arcahaie")
    return subject if subject is not None and subject.place != event.location.place else None


def _where_continued(previous: Event | None, sentence: Span) -> list[tuple[Mention, int, str]]:
    """'The strikes hit two radar posts', naming no place: where the strikes it goes on with were (not 'struck a
    market in QXZ', nor 'Elsewhere, ...': see _turns_away)."""
    if previous is None or previous.location is None or previous.geo_precision is None or _turns_away(sentence):
        return []
    return [(previous.location, max(2, previous.geo_precision), f"(near {previous.location.text})")]


def _turns_away(sentence: Span) -> bool:
    """A sentence that goes on from no place told before: "Elsewhere, ...", "struck a market in QXZ" (a place the
    text names but the gazetteer cannot read), "launched 215 drones across the country" (the country's) -- not in
    the closing attribution (", said a civil society coordinator in Komanda")."""
    text = _without_reporter(sentence.text)
    return bool(_ELSEWHERE.match(text) or _UNREAD_PLACE.search(text) or _COUNTRYWIDE.search(text))


def _place_in_area(article: Article, sentence: Span, event: Event, country: Mention | None) -> None:
    """A place the gazetteer lacks ("in Nasir, in South Sudan's Upper Nile state") is coded, as ACLED codes
    such places, at the unit the sentence puts it in -- the most precise it names after it -- else at the
    article's country; the event keeps the place's name (a claim may estimate its point later)."""
    mention = event.location
    # (not the neighbour's: "the Barmal district, near the border with Pakistan's North Waziristan" -- then the unit
    # the passage told just before, "Paktika province")
    after = [m for m in article.mentions_in(mention.end, sentence.end) if m.kind == "toponym"
             and m.located and m.place.kind in _AREA_PRECISION]
    units = [m for m in after if not BORDER_WITH.search(article.text, max(0, m.start - 60), m.start)]
    if after and not units:
        units = [m for m in article.mentions if sentence.start - _PASSAGE <= m.start < sentence.start and
                 m.kind == "toponym" and m.located and m.place.kind in ("admin1", "admin2")][-1:]
    area = min(units, key=lambda m: list(_AREA_PRECISION).index(m.place.kind), default=country)
    if area is None or area.place is None:
        event.geo_precision = None
        return
    event.area, event.point = area, (area.place.lat, area.place.lon)
    event.geo_precision = _AREA_PRECISION.get(area.place.kind, 3)


def _event_country(mention: Mention | None, country: Mention | None) -> str | None:
    """The name of the country an event's place lies in, named or not ("the army shelled Marib" in a story that
    never names Yemen: Yemen's army); the article's country for a place with none (a sea) or no place."""
    code = mention.place.country if mention is not None and mention.place is not None else ""
    return _country_names().get(code) or (country.place.name if country is not None else None)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    return {code: info["name"] for code, info in countries().items()}


# "Gangs armed with whips attacked demonstrators": protesters as an attack's target
_CROWD_STRUCK = re.compile(r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?(?:protesters|demonstrators|marchers|"
                           r"crowd of protesters)\b")


def _civilian_sides(sentence: Span, event: Event, where: str | None) -> None:
    """ACLED's sides of an attack on civilians: 'Civilians (Burkina Faso)' and, where gunmen or militants
    no one names did it, 'Unidentified Armed Group (Burkina Faso)' -- of the country the event is in."""
    suffix = f" ({where})" if where else ""
    if not event.actor1 and _REBELS.search(sentence.text):
        event.actor1, event.inter1 = _unidentified(where), 3
    # ... whom an attack on civilians targets, not the soldiers who came after ("settlers attacked the village ...
    # when Israeli soldiers opened fire") nor the group a town was taken from ("accused army-allied fighters of
    # killing civilians in Wad Madani" after its recapture from the RSF)
    if not event.actor2 or event.sub_event_type == "Attack" and event.inter2 not in (6, 7):
        # ("Gangs armed with whips attacked demonstrators": the protesters, ACLED's own side of them)
        crowd = _CROWD_STRUCK.match(sentence.text, event.trigger.end - sentence.start)
        event.actor2, event.inter2 = ("Protesters", 6) if crowd else ("Civilians", 7)
        event.actor2 += suffix


def _capital_as_party(text: str, mention: Mention) -> bool:
    """'talks between Kinshasa and the M23': a capital standing for its government as a side, not where it met."""
    return mention.place is not None and mention.place.feature_code == "PPLC" and \
        _PARTY_BEFORE.search(text, max(0, mention.start - 10), mention.start) is not None


def _town_of_the_region(article: Article, mention: Mention) -> Mention:
    """'attacks on the Red Sea city': the one town the text names in the region (Port Sudan, in Red Sea state) --
    or the region, where the text names none or several."""
    if mention.feature not in ("city", "town") or not mention.located or mention.place.kind not in ("admin1", "admin2"):
        return mention
    towns = [m for m in article.mentions if m.located and m.place.kind == "place" and _holds(mention.place, m.place)]
    return towns[0] if towns and all(m.place == towns[0].place for m in towns) else mention


def _locations(article: Article, sentence: Span, trigger: _Trigger) -> list[tuple[Mention, int, str]]:
    """(mention, geo_precision, location_text) for each place the event happened at."""
    left = trigger.sub_event_type == _WITHDRAWAL  # "withdrew from Kidal": where it happened
    retreat = not left and ("withdrew" in sentence.text or "retreated" in sentence.text or "fle" in sentence.text or
                            " back " in sentence.text)  # (most sentences tell of no retreat: skip its pattern)
    inner = {m.start for m in article.mentions}
    # not a place in the closing attribution ("..., the El Fasher resistance committee said")
    told_end = sentence.start + len(_without_reporter(sentence.text))
    groups = _long_group_names(article.text)
    candidates = [m for m in article.mentions_in(sentence.start, told_end)
                  if m.kind in ("toponym", "reference") and m.feature != "modifier"
                  and not (m.place is not None and m.place.feature_code == "CONT")  # ("joining the European Union")
                  and (_not_destination(article.text, m) if left else not _is_origin(article.text, m) or
                       m.start - trigger.span.end <= 5 and trigger.span.text.endswith(" from"))  # "cleared ... from X"
                  and not _country_attribute(article.text, m)
                  and not (m.place is not None and m.place.kind == "country" and _BODY_OF_COUNTRY.match(article.text,
                                                                                                       m.end))
                  and not (trigger.span.start < m.start < trigger.span.end and  # "against the Primeiro Comando da
                           _BODY_NAMED.match(article.text, m.end))  # Capital gang": a word of the gang's name
                  and not (retreat and _RETREAT_TO.search(article.text, max(0, m.start - 50), m.start))
                  and not _PLANNED_ON.search(article.text, max(0, m.start - 50), m.start)
                  and not _possessor(article.text, m, inner)
                  and not _DESCRIBES_BEFORE.search(article.text, max(0, m.start - 30), m.start)
                  and not (m.place is not None and m.place.kind == "country" and
                           _ONE_OF_THE_COUNTRY.search(article.text, max(0, m.start - 70), m.start))
                  and not _FORCE_AFTER.match(article.text, m.end) and not _government_speaking(article.text, m)
                  and not _names_the_place_after(article, m) and not (groups and _in_group_name(groups, m))
                  and not (m.place is not None and m.place.kind == "country" and m.end < trigger.span.start and
                           not article.text[m.end:trigger.span.start].strip() and  # "U.S. strike kills 11": whose
                           _STRIKE_NOUN.match(trigger.span.text))  # (not "Rastan in Syria was taken")
                  and not BORDER_WITH.search(article.text, max(0, m.start - 60), m.start)
                  and not (m.place is not None and m.place.kind == "country" and  # "seize key town on China
                           BORDER_AFTER.match(article.text, m.end))  # border" (not "the Ghulam Khan border crossing")
                  and not ROAD_TO.search(article.text, max(0, m.start - 30), m.start)  # "on the highway to Damascus"
                  and not _BROKERED_BY.search(article.text, max(0, m.start - 40), m.start)  # the mediators' lands
                  and not _capital_as_party(article.text, m)
                  and not (m.place is not None and m.place.kind in ("country", "region", "admin1") and
                           _OWN_FORCES_AFTER.match(article.text, m.end))]  # (and "Somaliland troops": a side)
    # (but "about 25 km west of Nablus, where troops arrested 12": the place the 'where' clause is of)
    measured = [m for m in candidates if _MEASURED_FROM.search(article.text, max(0, m.start - 40), m.start) and
                not (m.end < trigger.span.start and _WHERE_AFTER.match(article.text, m.end))]
    mentions = [m for m in candidates if m not in measured]
    territory = trigger.sub_event_type.startswith("territory")
    zone_end = _object_zone_end(article.text, trigger.span.end, sentence.end)
    # ... a place the trigger holds too ("stormed the Abu Shouk camp for displaced"); not one of a clause describing
    # its object ("targeted hideouts of the TTP, which has stepped up attacks inside Pakistan")
    described = _DESCRIBED_BY.search(article.text, trigger.span.end, sentence.end) if ", wh" in sentence.text else None
    after = [m for m in mentions if m.start > trigger.span.start and (m.start < zone_end or not territory) and
             (described is None or m.start < described.start())]
    if trigger.event_type == "Riots":  # "Protesters angry at the rebels' advance on Goma attacked embassies in
        # Kinshasa": where the crowd acted, not a place its description names
        after = [m for m in after if m.start >= trigger.span.end] or after
    if trigger.disorder_type == "Demonstrations":  # "to protest against a trade deal between the European Union and
        # ...": its cause, no place of the protest (but "protesting against soaring living costs in Lagos and Abuja":
        # towns of the story's country after a cause of no war are where)
        # ... as is a town the protests spread to ("Protests over the vote have spread to the port city of Beira")
        story = article.story_town() if "in " in sentence.text else None
        where = next((m for m in after if m.place is not None and (
            story is not None and m.place.country == story.place.country and
            _CAUSE_ENDS_IN.search(article.text, max(0, m.start - 40), m.start) or
            _SPREAD_TO.search(article.text, max(0, m.start - 40), m.start))), None)
        after = [m for m in after if not _CAUSE.search(article.text, trigger.span.end, m.start) or
                 where is not None and m.start >= where.start]
    if territory:  # "captured A, B and C", "A and B were captured"
        chosen = _passive_subjects(article.text, mentions, trigger) or \
            (_list_from(article.text, [m for m in mentions if m.start >= after[0].start]) if after else [])
    else:  # "shelled A", "in A, a drone struck", "Sudan's capital was shelled"
        attacked = "attacked" in sentence.text or "raided" in sentence.text or "stormed" in sentence.text or \
            "overran" in sentence.text or "besieged" in sentence.text  # (most sentences: no scan for the verbs)
        before = [m for m in mentions if m.start < trigger.span.start and (
            _locative_before(article.text, m) or _ROAD_FROM_BEFORE.search(article.text, max(0, m.start - 30), m.start)
            or attacked and _ATTACKED_BEFORE.search(article.text, max(0, m.start - 30), m.start))]
        if trigger.sub_event_type in _ANNOUNCED:  # "BOGOTA, Jan 18 - Colombia suspended talks with the ELN after
            # the group attacked ... in Catatumbo": where it was announced, not where the clause after it happened
            after = [m for m in after if not _OTHER_CLAUSE.search(article.text, trigger.span.end, m.start) or
                     _MEETING_IN.search(article.text, trigger.span.end, m.start)]  # ("after a meeting in Damascus")
            before = [m for m in mentions if DATELINE.match(article.text, m.start)] + before
        near = [m for m in after if m.start < zone_end]  # "shelled Soran", not "..., Sudan's media said"
        # "struck buildings in Tel Aviv and Ramat Gan": each; "on the road between A and B": one event, at A
        listed = near[:1] if not near or _BETWEEN.search(article.text, max(0, near[0].start - 12), near[0].start) \
            else _list_from(article.text, after)
        inner = _inner(article.text, before)
        if len(inner) == 1 and not _ROAD_FROM_BEFORE.search(article.text, max(0, inner[0].start - 30), inner[0].start):
            # "blocked motorways around Paris, Lyon and Toulouse ... to protest": each (a road's ends are one place)
            inner = _list_from(article.text, [m for m in mentions if inner[0].start <= m.start < trigger.span.start])
        chosen = _included(article.text, after) or listed or _where(article.text, mentions, trigger) or \
            _apposed(article.text, mentions, trigger) or inner or \
            _passive_subjects(article.text, mentions, trigger) or \
            (_list_from(article.text, after) if after else [])  # "A and B were shelled": each; past the object's
        # phrase, the first place and those listed with it ("used pepper spray, ... against protesters in Istanbul and
        # in the capital Ankara")
        if not chosen and measured and not (_ANAPHORA.search(sentence.text) or _SITE_AGAIN.search(sentence.text)):
            # "a tanker was struck 55 nautical miles west of Mokha": in Mokha's area; but "in the village, some 220 km
            # west of Imphal" is the village, "a protest at the dam, which lies 30 km from Manbij" the dam
            return [(measured[0], 2, _measured_phrase(article.text, measured[0]))]
        chosen = _towns_told_after(article.text, chosen, after) or _settlement_named_next(article, sentence, chosen) \
            or _town_near(article.text, chosen, after) or _town_of_where_clause(article.text, chosen, after) or chosen
        chosen = chosen + _second_object_town(article.text, chosen, after)
    towns = [_town_of_the_region(article, m) for m in chosen]
    return [(town, _precision(article, town), _phrase(article.text, m) if town is m else
             f"the {m.text} {m.feature} ({town.text})") for m, town in zip(chosen, towns)]


def _second_object_town(text: str, chosen: list[Mention], after: list[Mention]) -> list[Mention]:
    """'hit a high-rise building in Ramat Gan and residential areas in Holon': the trigger's second object, in another
    town of the same country."""
    if len(chosen) != 1 or not chosen[0].located or chosen[0].place.kind != "place":
        return []
    following = next((m for m in after if m.start > chosen[0].end), None)
    if following is None or not following.located or following.place.kind != "place" or \
            following.place == chosen[0].place or following.place.country != chosen[0].place.country:
        return []
    return [following] if _AND_OBJECT_IN.fullmatch(text, chosen[0].end, following.start) else []


def _one_per_place(located: list[tuple[Mention, int, str]]) -> list[tuple[Mention, int, str]]:
    """Parts of one town placed at it are one event there: "in the Alemao and Penha favela complexes" of Rio, both at
    the city, are one raid (whose toll is not to be split between two copies of it) -- but villages placed at a
    neighbour for a claim to estimate stay apart; nor is a town named again by a reference one event twice ("in
    Kathmandu on Monday, killing at least 17 people in the capital": one toll, not split between two copies)."""
    named = {m.place for m, _p, _t in located if m.kind != "reference"}
    parts = {m.place for m, _p, _t in located if m.approximate and m.feature in TOWN_PARTS or
             m.kind == "reference" and m.place is not None and m.place in named}
    if not parts:
        return located
    kept, seen = [], set()
    for location in located:
        place = location[0].place
        if place not in parts or place not in seen:
            kept.append(location)
        seen.add(place)
    return kept


def _parts_told(article: Article, sentence: Span, event: Event, where_only: bool = False) -> list[Event]:
    """'Strikes killed 27 across the Gaza Strip, including nine in a house in Beit Lahiya and six in Khan Younis': an
    event at each place with its part of the toll (the rest stays with the region's, see _merge_repeats); with
    ``where_only``, only a place a 'where' clause gives its dead."""
    parts = []
    for mention in article.mentions:
        if not event.trigger.end <= mention.start < sentence.end or mention.kind != "toponym" or \
                not mention.located or mention.place == event.location.place:
            continue
        where = _KILLED_WHERE.match(article.text, mention.end, sentence.end) if where_only else None
        count = parse_number(where.group("n")) if where else \
            None if where_only else _share_at(article, sentence, mention)
        if count:
            parts.append(replace(event, location=mention, geo_precision=_precision(article, mention),
                                 location_text=_phrase(article.text, mention), point=(mention.place.lat, mention.place.lon),
                                 fatalities=int(count)))
    return parts if sum(p.fatalities for p in parts) <= event.fatalities else []


def _share_at(article: Article, sentence: Span, mention: Mention) -> float | None:
    """The part of a toll told at a place: "including nine in a house in Beit Lahiya" (9), "the heaviest damage in
    Kyiv, where two people were killed" (2)."""
    share = _share_before(article.text, sentence.start, mention.start) or \
        _KILLED_WHERE.match(article.text, mention.end, sentence.end)
    return parse_number(share.group("n")) if share else None


# ", where two people were killed": the dead told at the place just named
_KILLED_WHERE = re.compile(rf",?\s+where\s+(?:at\s+least\s+)?(?P<n>\d+|{NUMBER_WORD})\s+(?:[\w-]+\s+){{0,2}}"
                           r"(?:(?:were|was)\s+(?:also\s+)?killed|died)\b")  # (", where 18 people died")


def _share_before(text: str, start: int, at: int) -> re.Match | None:
    """A figure told at the place at ``at`` ("and six in Khan Younis"), looked for no further back than ``start``."""
    share = _SHARE.search(text, max(start, at - 80), at)
    return share if share is not None and _AT_PLACE.search(share.group(0)) else None


def _told_as_part(event: Event) -> bool:
    """An event at a place its sentence tells a part of the toll at ("..., including two in Nairobi")."""
    return _part_after(event.sentence, event.trigger, event.location)


def _part_after(sentence: Span, trigger: Span, mention: Mention | None) -> bool:
    """A place a part of the toll is told at after the trigger ("killed in clashes, including two in Nairobi and
    three in Matuu"), not the place of the whole (but "... and six more in a gunfight in Bannu" is the gunfight's)."""
    if mention is None or mention.start < trigger.end or "including " not in sentence.text:
        return False
    at, end = mention.start - sentence.start, trigger.end - sentence.start
    share = _share_before(sentence.text, end, at)
    return share is not None and "including " in sentence.text[end:share.end()]


def _left_from(article: Article, sentence: Span, trigger: _Trigger) -> list[tuple[Mention, int, str]]:
    """'Around 200 soldiers fled across the bridge to Mae Sot in Thailand', naming only where they went: they left
    the place of the event just told (the town whose capture the story opened with)."""
    if trigger.sub_event_type != _WITHDRAWAL:
        return []
    near = [e for e in _in_passage(article, sentence) if e.location is not None and e.location.place is not None]
    # (a town's: not the fight told after a capture, "as the militants fought with Mozambican troops", placed at its
    # country)
    near = [e for e in near if e.geo_precision in (1, 2)] or near
    told = ([e for e in near if e.event_type == "Battles"] or near)[-1:]  # the fight or capture, not its car bomb
    return [(e.location, e.geo_precision or 2, f"left {e.location.text}") for e in told]


def _not_destination(text: str, mention: Mention) -> bool:
    """Where a withdrawal left ("withdrew from Kidal"), not where it went ("across the border to Bujumbura")."""
    return not _DESTINATION.search(text, max(0, mention.start - 30), mention.start)


def _apposed(text: str, mentions: list[Mention], trigger: _Trigger) -> list[Mention]:
    """'Muzaffarabad, the capital of Pakistani Kashmir, was also hit': the place the apposition describes, not the
    one inside it."""
    return next(([m] for m in mentions if m.end < trigger.span.start and
                 _APPOSED.fullmatch(text, m.end, trigger.span.start)), [])


def _after_feature_word(text: str, mention: Mention) -> int:
    """Where a mention ends with the feature word it was recognised by ("the Ta Moan Thom temple")."""
    word = f" {mention.feature}"
    return mention.end + len(word) if mention.feature and text.startswith(word, mention.end) else mention.end


def _where(text: str, mentions: list[Mention], trigger: _Trigger) -> list[Mention]:
    """The place a 'where' clause holding the trigger is told of: "... and Arusha, where protesters blocked roads"
    (Arusha, not Lake Victoria before it); "in Pokhara and Biratnagar, where crowds attacked": both."""
    told = [m for m in mentions if m.end < trigger.span.start and _WHERE_AFTER.match(text, m.end)]
    if not told:
        return []
    # "to Spin Boldak, the Afghan border town facing Chaman, where shells landed": the place the apposition describes
    head = next((m for m in reversed(mentions) if m.end < told[-1].start), None)
    if head is not None and _APPOSITION_TO.fullmatch(text, head.end, told[-1].start):
        told[-1] = head
    elif head is not None and _DISTANCE_APPOSED.fullmatch(text, _after_feature_word(text, head), told[-1].start):
        # ... or the town a distance describes ("near Uvira in Congo, some 120 km south of Bukavu, where militiamen
        # clashed"; "near the Ta Moan Thom temple, about 360 km east of Bangkok, where soldiers exchanged gunfire";
        # but "in the West Bank, about 25 km west of Nablus, where troops arrested 12": Nablus)
        town = next((m for m in reversed(mentions) if m.end <= head.start), None) \
            if head.place is not None and head.place.kind != "place" else head
        if town is not None and town.place is not None and town.place.kind == "place" and \
                (town is head or _IN_UNIT_GAP.fullmatch(text, town.end, head.start)):
            told[-1] = town
    elif head is not None and head.located and head.place.kind == "place" and told[-1].located and \
            told[-1].place.kind != "place" and _IN_UNIT_GAP.fullmatch(text, head.end, told[-1].start):
        told[-1] = head  # "a cadet college in Wana, in South Waziristan, where ...": the town the unit locates
    listed = [told[-1]]
    for previous in reversed([m for m in mentions if m.start < told[-1].start]):
        if not _LIST_JOIN.fullmatch(text, previous.end, listed[0].start):
            break
        listed.insert(0, previous)
    return listed if _IN_BEFORE.search(text, max(0, listed[0].start - 8), listed[0].start) or \
        _SPREAD_TO.search(text, max(0, listed[0].start - 40), listed[0].start) else listed[-1:]


def _inner(text: str, before: list[Mention]) -> list[Mention]:
    """The last place told before the trigger -- or the town it puts in a unit: 'took the town of Debre Tabor in
    Ethiopia's Amhara region after heavy fighting' was fighting at Debre Tabor."""
    chosen = before[-1:]
    if len(before) > 1 and before[-2].located and before[-2].place.kind == "place" and \
            _NEAR_GAP.fullmatch(text, before[-2].end, before[-1].start):
        return before[-2:-1]  # "in the town of Lqliaa near Agadir": Lqliaa, which Agadir only locates
    # ... unit by unit ("the town of Maga in Kebbi state in northwest Nigeria"; a town the gazetteer lacks, put
    # approximately in its unit, is still the finer), or in a region ("the old city of Hebron in the southern West
    # Bank")
    for town in reversed(before[:-1]):
        unit = chosen[0]
        if not unit.located or town.place is None or unit.place.kind not in ("country", "admin1", "region") or \
                not _unit_holds(unit.place, town.place) or _IN_UNIT_GAP.fullmatch(text, town.end, unit.start) is None:
            break
        chosen = [town]
    return chosen


def _government_speaking(text: str, mention: Mention) -> bool:
    place = mention.place
    return place is not None and (place.kind == "country" or place.feature_code == "PPLC") and \
        _SPEAKS_AFTER.match(text, mention.end) is not None


def _possessor(text: str, mention: Mention, starts: set[int]) -> bool:
    """'Russia's Bryansk region': a country owning the place named next, which is where it happened (so does
    'Kenya's parliament', which stands in its capital)."""
    possessive = _POSSESSOR.match(text, mention.end)
    return possessive is not None and possessive.end() in starts or \
        text.startswith(("'s ", "’s "), mention.end) and mention.end + 3 in starts


def _towns_told_after(text: str, chosen: list[Mention], after: list[Mention]) -> list[Mention]:
    """'struck sites across Iran, hitting the plant at Natanz and killing commanders in Tehran': the towns the
    clause goes on to name are where a strike told at a country happened (not 'the army said in Tel Aviv'), with those
    listed after one ("struck Iran's nuclear facilities at Fordow, Natanz and Isfahan")."""
    if not chosen or any(m.place is None or m.place.kind != "country" for m in chosen):
        return []
    towns = []
    for mention in after:
        listed = bool(towns) and _LIST_JOIN.fullmatch(text, towns[-1].end, mention.start) is not None
        if mention.start > chosen[-1].end and mention.located and mention.place.kind == "place" and \
                (listed or _locative_before(text, mention) and
                 not _CLAUSE_BREAK.search(text, chosen[-1].end, mention.start)) \
                and not _AVENGED.search(text, chosen[-1].end, mention.start):  # (not the town of the killing avenged)
            towns.append(mention)
    return towns


def _town_of_where_clause(text: str, chosen: list[Mention], after: list[Mention]) -> list[Mention]:
    """'fighting continued in South Kivu, where the rebels attacked militia positions near Uvira': the town of the
    province the where-clause goes on to name."""
    if len(chosen) != 1 or chosen[0].place is None or chosen[0].place.kind not in ("admin1", "admin2") or \
            not _WHERE_AFTER.match(text, chosen[0].end):
        return []
    return [m for m in after if m.start > chosen[0].end and m.located and m.place.kind == "place" and
            _unit_holds(chosen[0].place, m.place)][:1]


def _town_near(text: str, chosen: list[Mention], after: list[Mention]) -> list[Mention]:
    """'bombed a bridge on the Orontes river near Rastan': near the town, not at the river's point -- nor at the unit's
    ("shot down in the department of Antioquia while ... destroying coca crops near the town of Amalfi")."""
    if len(chosen) != 1 or chosen[0].place is None:
        return []
    unit = chosen[0].place.kind in ("admin1", "admin2")
    if chosen[0].place.feature_class not in ("H", "T", "L") and not unit:
        return []
    reach = 120 if unit else 30
    return [m for m in after if m.start > chosen[0].end and m.located and m.place.kind == "place" and
            m.start - chosen[0].end <= reach and _NEAR.search(text, max(0, m.start - 40), m.start) and
            (not unit or _unit_holds(chosen[0].place, m.place)) and
            not _CLAUSE_BREAK.search(text, chosen[0].end, m.start)][:1]


def _settlement_named_next(article: Article, sentence: Span, chosen: list[Mention]) -> list[Mention]:
    """'killed 30 civilians in an attack on a village in North Kivu. The attackers entered the village of
    Mangodomu ...': the village the next sentence names is where the attack told at the province happened."""
    if len(chosen) != 1 or chosen[0].place is None or chosen[0].place.kind == "place" or \
            not _A_SETTLEMENT.search(sentence.text):
        return []
    following = [s for s in article.sentences() if s.start >= sentence.end][:1]
    return [m for s in following for m in article.mentions_in(s.start, s.end) if m.kind == "toponym"
            and _SETTLEMENT_OF.search(article.text, max(0, m.start - 20), m.start)][:1]


def _measured_phrase(text: str, mention: Mention) -> str:
    """'55 nautical miles west of Mokha': the distance phrase and the place it is measured from."""
    unit = _MEASURED_FROM.search(text, max(0, mention.start - 40), mention.start).start()
    figure = _FIGURE_BEFORE.search(text, max(0, unit - 40), unit)
    return text[figure.start() if figure else unit:mention.end]


def _included(text: str, after: list[Mention]) -> list[Mention]:
    """'struck several villages in southern Lebanon, including Aita al-Shaab and Bint Jbeil': an event at each."""
    first = next((k for k, m in enumerate(after) if _INCLUDING.search(text, max(0, m.start - 40), m.start)), None)
    return _list_from(text, after[first:]) if first is not None else []


def _object_zone_end(text: str, start: int, limit: int) -> int:
    """Where the trigger's object phrase ends: the first comma, 'while', 'bringing' ...
    (a list of places continues past its commas through _list_from)."""
    match = re.search(r",|;|\b(?:while|bringing|as|after|before|which|who|but|days)\b", text[start:limit])
    return start + match.start() if match else limit


def _passive_subjects(text: str, mentions: list[Mention], trigger: _Trigger) -> list[Mention]:
    """'Halfaya and Soran were captured', 'Aleppo fell': the places just before a passive trigger."""
    before = [m for m in mentions if m.end <= trigger.span.start]
    gap = text[before[-1].end:trigger.span.start] if before else ""
    # The trigger may hold the verb itself: "Khartoum was hit", "Fell to", or only follow it: "Soran was captured".
    # ... or a headline's participle: "Kyiv attacked by drones overnight"
    verb_in_trigger = text.startswith(("fell", "was", "were"), trigger.span.start) or \
        _PARTICIPLE_BY.match(text, trigger.span.start) is not None
    if verb_in_trigger and len(before) > 1 and _APPOSITION_GAP.fullmatch(text, before[-2].end, trigger.span.start):
        # "Aleppo, Syria's second-largest city, fell": the subject, not the country its apposition names
        before, gap = before[:-1], text[before[-2].end:trigger.span.start]
    if not before or not (_PASSIVE.fullmatch(gap) or verb_in_trigger and _APPOSITION_GAP.fullmatch(gap) or
                          _PARTICIPLE_GAP.fullmatch(gap)) \
            or _OBJECT_OF.search(text, max(0, before[-1].start - 12), before[-1].start):
        return []  # "Soran was captured", "Aleppo fell to the rebels"; not "expelled to Turkey are detained"
    inner = _inner(text, before)  # "the town of Rastan in Syria was taken": Rastan
    return inner if inner[0] is not before[-1] else listed_before(text, before)


def _country_attribute(text: str, mention: Mention) -> bool:
    """'a US aircraft carrier in the Red Sea', 'the embassies of Rwanda and France', "Yemen's Houthis": a country
    named as what a thing belongs to, which may be anywhere (but 'a Gaza hospital' is in Gaza, 'the north of Mali' in
    Mali)."""
    if mention.place is None or mention.place.kind != "country":
        return False
    return _INDEFINITE_BEFORE.search(text, max(0, mention.start - 4), mention.start) is not None or \
        _OWNED_BY.search(text, max(0, mention.start - 40), mention.start) is not None or \
        _GROUP_OF_COUNTRY.match(text, mention.end) is not None or \
        _BACKED_AFTER.match(text, mention.end) is not None  # "an Eritrean-backed faction": its backer's


def _names_the_place_after(article: Article, mention: Mention) -> bool:
    """The mention names where a smaller place after "port of", "town of" lies ("the Red Sea port of Hodeidah", "the
    West Bank settlement of Kiryat Arba", which the gazetteer lacks)."""
    after = _PLACE_OF_AFTER.match(article.text, mention.end)
    return after is not None and any(m.start == after.end() and m.kind == "toponym" and m.place is not None and
                                     (mention.place is None or mention.place.kind != "place" or
                                      m.located and m.place.population < mention.place.population)
                                     for m in article.mentions)


def _is_origin(text: str, mention: Mention) -> bool:
    """'from Ouahigouya', and each name listed after it ('peacekeepers from South Africa, Malawi and Uruguay')."""
    return bool(_FROM_LIST.search(text, max(0, mention.start - 80), mention.start))


def _locative_before(text: str, mention: Mention) -> bool:
    """'in Omdurman', and 'In Omdurman, a drone struck ...' opening the sentence (not a home: "Goble, 26, of Edmonton");
    not across a line ("... on Syria's coast" ending the headline is no locative of the dateline's "DAMASCUS")."""
    start = max(0, mention.start - 30, text.rfind("\n", 0, mention.start) + 1)
    return bool(_LOCATIVE_BEFORE.search(text, start, mention.start)) and \
        not _OBJECT_OF.search(text, max(0, mention.start - 12), mention.start)


def _list_from(text: str, after: list[Mention]) -> list[Mention]:
    """The first place after the trigger and those joined to it as a list ("A, B and C")."""
    chosen = [after[0]]
    for previous, current in zip(after, after[1:]):
        if not _LIST_JOIN.fullmatch(text, previous.end, current.start) or \
                current.place is not None and previous.place is not None and not current.approximate and \
                (current.place.holds(previous.place) or
                 previous.place.kind == "country" and previous.place.holds(current.place)):
            break  # "Cabaret, Haiti": a place and its country, no list ("Pakistan and Pakistani Kashmir": the country;
            # but "the villages of Mykolaivka and Novoukrainka", the second placed only in its region, are two)
        chosen.append(current)
    return chosen


# ("killed in the Damascus strikes": the strikes of a place the text names)
_THE_STRIKES = re.compile(r"\b(?:[Tt]he|[Tt]hose) (?:[A-Z][\w'’-]* )?(?:air |drone )?(?:strikes?|airstrikes?|raids?|"
                          r"bombardment)\b")
# "Beirut's southern suburbs": a part of the town around it
_TOWNS_PART_AFTER = re.compile(r"['’]s\s+(?:[a-z]+\s+)?(?:suburbs?|outskirts|countryside|environs|periphery)\b")
_DISTRICT_OF = re.compile(r"\s+district\s+of\s+(?:the\s+)?")
_UNIT_FEATURES = ("province", "governorate", "region", "district", "territory", "countryside")  # (Congo's territories)


def _there_named_before(article: Article, sentence: Span) -> Mention | None:
    """"The KIA has been fighting for control of Bhamo, a town ... about 180 km south of Myitkyina. Fighting there
    resumed on Sunday": the town opening the sentence before, where that sentence told no event (one told there is
    where "there" is, as for any anaphor)."""
    before = article.sentence_before(sentence)
    if before is None or any(e.sentence.start == before.start for e in article.events):
        return None
    return next((m for m in article.mentions_in(before.start, before.end) if m.kind == "toponym" and
                 m.located and m.place.feature_code.startswith(_TOWN_CODES) and not m.text.isupper()), None)


def _precision(article: Article, mention: Mention) -> int:
    text = article.text
    if mention.place is None:
        return 1
    if mention.place.kind == "admin2" and mention.feature in ("district", "county"):
        return 2  # a district the text names so, coded at its point (as ACLED codes a district to its seat)
    if mention.place.kind in ("country", "admin1", "region", "continent") or mention.place.kind != "place" and \
            mention.feature in _UNIT_FEATURES:
        return 3  # but "the Sadr City district" is a quarter of Baghdad, a place
    # A street or quarter placed at its town is "part of a region coded to a representative town"; so is a district
    # or countryside named after its town ("in the Macomia district", "the Hama countryside")
    town_for_unit = mention.feature in _UNIT_FEATURES and not _quarter_of_a_town(article, mention)
    # ... and so are a town's suburbs ("a building in Beirut's southern suburbs")
    return 2 if mention.approximate or town_for_unit or _NEAR.search(text[max(0, mention.start - 40):mention.start]) \
        or _TOWNS_PART_AFTER.match(text, mention.end) else 1


def _quarter_of_a_town(article: Article, mention: Mention) -> bool:
    """'the Sadr City district of Baghdad': a quarter of the town named after it, a place of its own."""
    of = _DISTRICT_OF.match(article.text, mention.end)
    return of is not None and any(m.start == of.end() and m.place is not None and m.place.kind == "place"
                                  for m in article.mentions)


def _phrase(text: str, mention: Mention) -> str:
    """The text's location phrase: 'in the southern Gaza Strip', 'near Hama', 'Halfaya'."""
    before = _PHRASE_BEFORE.search(text, max(0, mention.start - 40), mention.start)
    phrase = (before.group(0) if before else "") + mention.text
    after = re.match(r"\s+(province|governorate|region|district|countryside)\b", text[mention.end:mention.end + 20])
    return phrase + (after.group(0) if after else "")


def _right_after(article: Article, event: Event, sentence: Span) -> bool:
    """The sentence follows the event's, or follows one that only told its attackers again ("The gunmen set fire to
    homes and shot residents. Police reinforcements arrived in the afternoon and exchanged fire with the gang")."""
    between = article.text[event.sentence.end:sentence.start]
    told = between.lstrip()
    # ... or one that only told where its place lies ("Debre Tabor is about 100 km east of Bahir Dar.")
    place = event.location.text if event.location is not None else None
    return not between.strip() or (_THE_ATTACKERS.match(told) is not None or place and told.startswith(place) and
                                   _LIES.match(told, len(place)) is not None) and \
        _sentences_between(article, event.sentence, sentence) == 1


_HARM_TOLD = re.compile(r"\b(?:killed|dead|died|wounded|injured|hurt|shot)\b")


def _told_on(article: Article, event: Event, sentence: Span) -> bool:
    """One sentence that tells of the event's dead or wounded and names no place stands between ("A vice principal
    was shot dead as he tried to stop the attackers. The attackers ... exchanged fire with the police officers
    guarding the school"): the story goes on (not past "Copts face persecution ... since 2011")."""
    between = _sentences_in_between(article, event.sentence, sentence)
    return len(between) == 1 and _HARM_TOLD.search(between[0].text) is not None and \
        not any(between[0].start <= m.start < between[0].end for m in article.mentions)


def _posts_of_a_state(facts: _Facts, sentence: Span, trigger: _Trigger) -> list[tuple[Mention, int, str]]:
    """'Afghan forces had captured several Pakistani posts', 'sent jets to strike two Cambodian military targets':
    in the country whose posts they were."""
    posts = _STATE_POSTS.match(sentence.text, trigger.span.end - sentence.start) \
        if trigger.event_type in ("Battles", "Explosions/Remote violence") else None
    state = next((m for m in facts.countries if m.start == sentence.start + posts.start(1) and _names_a_state(m)),
                 None) if posts else None
    return [(state, 3, state.place.name)] if state is not None else []


def _town_retaken(article: Article, sentence: Span, trigger: _Trigger) -> list[tuple[Mention, int, str]]:
    """'The group has massed fighters at Bara, about 60 km north of the city, since it retook the town in July': the
    town the sentence named before the capture, not one a distance is measured from -- or the sentence before ("M23
    rebels entered the city of Uvira ... The rebels took the lakeside city")."""
    taken = _THE_TOWN_TAKEN.match(article.text, trigger.span.end) \
        if trigger.sub_event_type.startswith("territory") else None
    if taken is None:
        return []
    # (in the sentence before, one the text called so: not "a deal signed in Washington")
    word = taken.group().split()[-1]
    before = article.sentence_before(sentence) or sentence
    town = next((m for m in reversed(article.mentions) if before.start <= m.start < trigger.span.start and
                 m.kind == "toponym" and _town_called(article.text, m, word, m.start >= sentence.start) and
                 not _MEASURED_FROM.search(article.text, max(0, m.start - 40), m.start)), None)
    return [(town, _precision(article, town), _phrase(article.text, town))] if town is not None else []


_TOWN_CODES = ("PPL", "EST")  # a town of the gazetteer, or one estimated from a claim of the text


def _town_called(text: str, mention: Mention, word: str, same_sentence: bool) -> bool:
    """A town (or one estimated from a claim) of the sentence, or one the text called a ``word`` ("the city of Uvira",
    "Chipwi, a town near the Chinese border": the gazetteer may lack it)."""
    called = mention.feature == word or text.endswith(f"{word} of ", 0, mention.start) or \
        re.match(rf",\s+an?\s+(?:[\w-]+\s+)?{word}\b", text[mention.end:mention.end + 40]) is not None
    if mention.place is None:
        return called
    return (same_sentence or called) and mention.place.feature_code.startswith(_TOWN_CODES)



def _story_city(article: Article, sentence: Span, anaphor: re.Match) -> Mention | None:
    """The town "the city" (or "the town") of ``anaphor`` is: the article's most named, else the one the passage
    named last -- not a village so called ("near the village of Yunakivka ... the regional capital, Sumy. Glide bombs
    hit the city": Sumy)."""
    story = article.story_town()
    if story is None or _village_for_city(story, anaphor):
        story = _town_named_last(article, sentence)
    return None if story is None or _village_for_city(story, anaphor) else story


def _village_for_city(mention: Mention, anaphor: re.Match) -> bool:
    return mention.feature == "village" and "city" in anaphor.group(0).lower()


def _town_named_last(article: Article, sentence: Span) -> Mention | None:
    """The town the passage before the sentence named last -- not the dateline's, where the report was filed."""
    return next((m for m in reversed(article.mentions) if sentence.start - _PASSAGE <= m.start < sentence.start and
                 m.located and m.place.feature_code.startswith(_TOWN_CODES) and not m.text.isupper()), None)


def _fallback_location(article: Article, sentence: Span, country: Mention | None,
                       announced: bool) -> tuple[Mention | None, int | None, str]:
    """A sentence naming no place: 'in the area' is the place of the events just before; so is a sentence
    that goes on with the event the sentence before told ("Security forces killed all five attackers by
    Saturday morning" after a siege in Mogadishu), unless it turns elsewhere; else the article's country.
    A sentence goes on only from an event of its family, talks from talks and fighting from fighting ("The two
    neighbours agreed to a ceasefire" after strikes on Kandahar was not agreed there), unless it points back ("agreed
    to a ceasefire in the area" of the offensive just told)."""
    previous = [e for e in article.events if e.location is not None and e.sentence.start >= sentence.start - 600]
    kin = [e for e in previous if (e.sub_event_type in _ANNOUNCED) == announced]
    # ("Gunmen then opened fire on people at a nearby restaurant": near the place just told)
    # ... or "The army said its forces repelled the attack": where the attack just told was
    anaphor = _ANAPHORA.search(sentence.text) or _NEARBY_SITE.search(sentence.text) or \
        _REPELLED_THE.search(sentence.text)
    city = anaphor is not None and _CITY_WORD.search(anaphor.group(0)) is not None
    # ("killed 40 militiamen in operations in the region" is the region's; "The talks lasted two hours": those told)
    follows = kin and \
        (_right_after(article, kin[-1], sentence) or _told_on(article, kin[-1], sentence)) and \
        (_placed(kin[-1]) or _in_a_unit(kin[-1])) and not _turns_away(sentence) and \
        not _IN_THE_UNIT.search(sentence.text) or announced and bool(kin) and _THE_TALKS.match(sentence.text)
    previous = previous if anaphor else kin  # (but "a ceasefire in the area" is where the offensive was)
    if country is not None and _COUNTRYWIDE.search(sentence.text):
        # "eight were killed in clashes across the country"; "Ukraine's air force said Russia launched 206 drones
        # across the country": the country the sentence names that is not the attacker
        land = next((m for m in article.mentions_in(sentence.start, sentence.end) if m.located and
                     m.place.kind == "country" and not _DOER_AFTER.match(article.text, m.end)), country)
        return land, 3, land.place.name
    # "Reinforcements were sent to Jableh after gunmen ambushed a patrol near the town": the town its sentence named
    here = next((m for m in reversed(article.mentions) if sentence.start <= m.start < sentence.start + anaphor.start()
                 and m.located and m.place.feature_code.startswith(_TOWN_CODES) and not m.text.isupper() and
                 _PLACE_PREPOSITION.search(article.text, max(0, m.start - 30), m.start) and
                 not _is_origin(article.text, m)), None) if city else None  # (not "reinforcements from the capital")
    if here is not None:
        return here, 2, f"{anaphor.group(0)} (near {here.text})"
    there = _there_named_before(article, sentence) if anaphor and anaphor.group(0).lower() == "there" else None
    if there is not None:
        return there, _precision(article, there), f"there ({there.text})"
    if previous and (anaphor or follows):
        # "the city's southeast": the last town an event was placed at, not a quarter of it the text named since
        # (a town, or one the text calls a town though the gazetteer lacks it: not a camp by it)
        towns = [e for e in previous if (e.location.located and e.location.place.feature_code.startswith(_TOWN_CODES)
                                         or e.location.feature in ("town", "city", "village")) and
                 not _village_for_city(e.location, anaphor)] if city else []  # ("the village": a village the
        # gazetteer lacks, told before: "raided the village of Beit Jinn ... struck targets near the village")
        # "17 people were killed in the fighting": the fighting told, not a capture told after it; "Government forces
        # said they repelled the attack": the attack told, not the air strikes on reinforcements told after it
        fights = [e for e in previous if e.sub_event_type == "Armed clash"] \
            if _THE_FIGHTING.search(sentence.text) else \
            [e for e in previous if e.event_type == "Battles"] if _REPELLED_THE.search(sentence.text) else []
        story = _story_city(article, sentence, anaphor) if city and not towns else None
        if story is not None:  # "an assault on the city's eastern front" after shelling of a camp by it: the city
            return story, 2, f"{anaphor.group(0)} (near {story.text})"
        source = (towns or fights or previous)[-1]
        told = _town_told_since(article, sentence, source) if towns else None
        if told is not None:  # "... Fedorivka. Kostiantynivka lies 20 km south of Kramatorsk. A drone strike on
            # the town's market": the town told since, not one measured from
            return told, 2, f"{anaphor.group(0)} (near {told.text})"
        phrase = f"{anaphor.group(0) if anaphor else ''} (near {source.location.text})".strip()
        return source.location, max(2, source.geo_precision or 2), phrase
    # "The RSF said it had withdrawn from positions around the city": the story's city; "Carlos Manzo, the mayor of
    # Uruapan, was shot dead ... A gunman opened fire on him in the town's main square": the town just named
    story = _story_city(article, sentence, anaphor) if city else None
    if story is not None:
        return story, 2, f"{anaphor.group(0)} (near {story.text})"
    site = _SITE_AGAIN.search(sentence.text)
    named = _named_site(article, sentence, site.group(0).split()[-1]) if site else None
    if named is not None:  # "a raid on the Jenin refugee camp ... clashed with gunmen in the camp"
        return named, _precision(article, named), f"{site.group(0)} ({named.text})"
    noun = site.group(0).split()[-1].lower() if site else ""
    struck = next((e for e in reversed(_in_passage(article, sentence)) if noun and e.location is not None and
                   e.geo_precision and re.search(rf"\b{noun}\b", e.sentence.text, re.I)), None)
    if struck is not None:  # "a bomb exploded at a market in Bajaur ... Police cordoned off the market": there
        return struck.location, struck.geo_precision, f"{site.group(0)} (near {struck.location.text})"
    scene = _scene(article)
    site = site or _UNREAD_PLACE.search(sentence.text)
    if scene is not None and site is not None and not _ELSEWHERE.match(sentence.text):
        # "Later, troops retook the base", "hundreds demonstrated in Martyrs' Square": where the story is
        return scene.location, max(2, scene.geo_precision or 2), f"{site.group(0)} (near {scene.location.text})"
    if scene is not None and "fle" in sentence.text and _names_only_refuges(article, sentence):
        # "gunmen ... killed at least 10 people as they fled toward the nearby town of Saut-d'Eau": where the story
        # is, not the town they fled to
        return scene.location, max(2, scene.geo_precision or 2), f"(near {scene.location.text})"
    unit = _THE_UNIT.search(sentence.text)
    kind = ("admin2" if unit.group(0).endswith("district") else "admin1") if unit else None
    # (or a district the gazetteer lacks, placed at its town: "the Abu Salim district", in Tripoli)
    named_unit = next((m for m in reversed(article.mentions) if m.end <= sentence.start and (
        m.located and m.place.kind == kind or kind == "admin2" and m.feature == "district" and m.place is not None)),
        None) if unit else None
    if named_unit is not None:  # "troops deployed in the province", "clashes erupted in the district": the one the
        return named_unit, (2 if kind == "admin2" else 3), f"{unit.group(0)} ({named_unit.text})"  # text named
    if country is None:  # no country named: the town every event so far was placed at ("Police arrested 113
        # suspects" in a story of a raid in Rio de Janeiro)
        placed = _at_one_place(article)
        if placed and not _UNREAD_PLACE.search(sentence.text):
            return placed[-1].location, 2, f"(near {placed[-1].location.text})"
        return None, None, "unlocated"
    for land in (m for m in article.mentions_in(sentence.start, sentence.end) if m.kind == "demonym" and
                 m.located and m.place.kind == "country"):
        noun = _LAND_NOUN.match(article.text, land.end)
        if noun is not None:  # "Pakistan air strikes hit Afghan border province": in Afghanistan
            return land, 3, article.text[land.start:noun.end()]
    direction = _DIRECTION_PHRASE.search(sentence.text)
    return country, 3, f"{direction.group(0)} ({country.place.name})" if direction else country.place.name


# A demonym's country named as the land ("an Afghan border province", "a Syrian village")
_LAND_NOUN = re.compile(r"\s+(?:[a-z-]+\s+)?(?:province|town|village|city|region|territory|countryside)\b")


def _of_an_earlier_year(article: Article, text: str, at: int) -> bool:
    """'executes man over 2022 protests': protests of a year before the article's, history."""
    year = _YEAR_BEFORE.search(text, max(0, at - 16), at)
    return year is not None and bool(article.date) and year.group(1) < article.date[:4]


def _state_joined(facts: _Facts, text: str, end: int) -> str | None:
    """The state whose forces "and" joins to a state's forces ending at ``end`` ('Pakistani troops and Indian
    forces')."""
    joined = _AND_THEN_STATE.match(text, end)
    state = _STATE_BY.match(text, joined.end()) if joined else None
    return _country_of(facts, state.group(1)) if state and not state.group(2) else None


def _named_site(article: Article, sentence: Span, noun: str) -> Mention | None:
    """The town the text last named a site of this kind at: 'the Jenin refugee camp', 'a base near Mahaday'."""
    for mention in reversed(article.mentions):
        if mention.end <= sentence.start and mention.located and mention.place.kind == "place" and (
                re.match(rf"(?:[ -][\w-]+){{0,2}} {noun}\b", article.text[mention.end:mention.end + 40], re.I) or
                re.search(rf"\b{noun} (?:near|in|at|outside|of) (?:the )?(?:town |village |city |central |"
                          rf"northern |southern |eastern |western )?(?:of )?$",
                          article.text[max(0, mention.start - 40):mention.start], re.I)):
            return mention
    return None


def _names_only_refuges(article: Article, sentence: Span) -> bool:
    """The sentence names places, each one where people fled to ("as they fled toward the nearby town of X")."""
    named = [m for m in article.mentions_in(sentence.start, sentence.end) if m.kind == "toponym"]
    return bool(named) and all(_RETREAT_TO.search(article.text, max(sentence.start, m.start - 60), m.start)
                               for m in named)


def _scene(article: Article) -> Event | None:
    """The story's town, if every event told so far at a place of its own is there."""
    placed = _at_one_place(article)
    town = article.story_town() if placed else None
    return placed[0] if town is not None and placed[0].location.place == town.place else None


def _at_one_place(article: Article) -> list[Event]:
    """The events told so far at a place of their own, if they are all at one place (else none)."""
    placed = [e for e in article.events if _placed(e)]
    return placed if len({e.location.place for e in placed}) == 1 else []


def main_country(article: Article) -> Mention | None:
    """The most mentioned country (toponyms, demonyms and towns' countries), as a mention of it:
    its first toponym mention, else its first demonym, else a territory standing for it (a story of Gaza names
    the Gaza Strip, not the Palestinian Territory)."""
    counts: Counter[str] = Counter()
    named: dict[str, Mention] = {}
    for mention in article.mentions:
        place = mention.place
        if place is None or not place.country:
            continue
        counts[place.country] += 1
        if place.feature_code == "TERR" and mention.located:
            named.setdefault(place.country, mention)
        elif place.kind == "country":
            known = named.get(place.country)
            if known is None or known.place.kind != "country" or \
                    known.kind != "toponym" and mention.kind == "toponym":
                named[place.country] = mention
    if counts and named and counts.most_common(1)[0][0] not in named:
        # ... else, for a country the article never names as such ("Tigray", "Adigrat", "Addis Ababa"), its province
        # named first -- not a country named once beside it ("an Eritrean-backed faction")
        top = counts.most_common(1)[0][0]
        return next((m for m in article.mentions if m.located and m.place.country == top and
                     m.place.kind == "admin1"), None)
    return next((named[code] for code, _ in counts.most_common() if code in named), None)


def _actors(article: Article, facts: _Facts, sentence: Span, trigger: _Trigger, where: str | None,
            previous: Event | None) -> tuple[str, str, int | None, int | None]:
    """(actor1, actor2, inter1, inter2): actor1 is the earliest actor named in the trigger's clause before it
    (after any 'said that'), the speaker where it speaks of itself ("Hamas said it fired"); ``where`` is the name of
    the country the event is in, whose forces a state's unnamed forces are."""
    if trigger.event_type in ("Protests", "Riots"):  # "Israeli troops fired tear gas at residents": those troops
        troops = next((country for m in _STATE_BY.finditer(sentence.text, 0, trigger.span.start - sentence.start)
                       if (country := _country_of(facts, m.group(1)))), None)
        # ... or the police that did ("Peruvian police clashed with protesters"; "police used pepper spray to disperse
        # protesters who threw bottles": a riot the police's force met)
        faced = _POLICE_ACTING.search(sentence.text, 0, trigger.span.start - sentence.start) is not None or \
            trigger.event_type == "Riots" and (_CROWD_FORCE.search(sentence.text) is not None or  # ("police opened
                                                 _LIVE_FIRE.search(sentence.text) is not None and  # fire on a crowd
                                                 _POLICE.search(sentence.text) is not None)  # that had set fire to")
        return _demonstration_sides(trigger, where, f"Military Forces of {troops}" if troops else None, faced)
    offset = trigger.span.start - sentence.start
    clauses = _CLAUSE_BREAK.split(sentence.text[:offset])
    before = _HELD_BY.sub(_blank, clauses[-1])
    if len(clauses) > 1 and _AFTER_DOING.search(before) and trigger.span.text.endswith("ing"):
        # "Russian troops have advanced ..., analysts said, after capturing Stepnohirsk": the main clause's subject
        before = _HELD_BY.sub(_blank, clauses[0]) + before
    accused = _ACCUSED.search(before) if "accus" in before or "blam" in before else None
    if accused:  # "The SDF accused government-aligned factions of shelling": the accused acted, not the accuser
        before = (accused.group(1) or accused.group(2)) + " "
    blamed = _country_named(facts, accused.group(1) or accused.group(2)) if accused else None
    if blamed and trigger.event_type == "Explosions/Remote violence":  # "Taliban officials blamed Pakistan for an
        return f"Military Forces of {blamed}", "", 1, None  # air strike": the state blamed
    reported = _without_reporter(sentence.text)  # "..., the US military said": who reports takes no side
    clause = _CLAUSE_BREAK.split(reported[offset:])[0]
    blamer = _BLAMED_ON.search(clause, len(trigger.span.text)) if " blame" in clause else None
    if blamer:  # "explosions in Kabul that the Taliban blamed on Pakistan": the blamed acted, not who blamed them
        blamed = _country_named(facts, blamer.group(1))
        if blamed and trigger.event_type == "Explosions/Remote violence":
            return f"Military Forces of {blamed}", "", 1, None
        clause = clause[:blamer.start()] + " " + blamer.group(1)
    if trigger.sub_event_type.startswith("territory"):  # "The rebels took the city, after ... Wazalendo militias
        gone = _LOSERS_GONE.search(clause, len(trigger.span.text))  # withdrew": those who left took nothing
        clause = clause[:gone.start()] if gone else clause
    text = before + clause  # the trigger's clause
    at = len(before)  # the trigger's offset in it
    # The other side may be told in another clause ("... said their units had taken Soran, and that 50 soldiers
    # died"), but not that of an attack on civilians ("gunmen ambushed a convoy, and a drone struck a wedding").
    wide = text if trigger.civilians or accused else reported
    said = _SPEAKER.search(sentence.text, 0, offset)  # "Hamas said it fired rockets"
    other = _WHILE_CLAUSE.search(sentence.text, said.end()) if said else None  # (to the end: its look-ahead reads past)
    if other is not None and other.start() < offset:
        said = None  # "Ukraine's air force said it had shot down 70 drones, as a Russian glide bomb struck Kharkiv"
    reporter = _REPORTED_BY.match(sentence.text, 0, offset)  # "Police spokesman X said ...", "The SDF said ..."
    speaker = _clause_before(sentence.text, said.start(), ",;—–") if said else (0, 0)
    speaker_groups = _groups(facts, sentence.text[speaker[0]:speaker[1]])
    named = _groups(facts, text) or speaker_groups
    if speaker_groups and said.group().split()[-1].lower() in ("it", "they") and not _groups(facts, before):
        # "The CSP-DPA said it had killed ... fighters of Russia's Wagner group": the speaker acted, on the group after
        named = list(dict.fromkeys(speaker_groups + named))
    struck = []  # "warplanes carried out airstrikes on Houthi positions": the Houthis are no actor1, but the target
    if named and set(named) <= _target_groups(facts, text, at):
        named, struck = [], named
    led = _LED_COALITION.search(text, 0, at) if "-led " in text else None  # "Saudi-led coalition warplanes"
    if led and _country_of(facts, led.group(1)) and trigger.event_type != "Protests":
        state = f"Military Forces of {_country_of(facts, led.group(1))}"  # the leading state's forces
        opponent = next((g for g in _groups(facts, text) if g in _target_groups(facts, text, at)), "")
        return state, opponent, 1, (_inter(opponent) if opponent else None)
    if named and _LINKED_TO.search(text):  # "Militants linked to al-Qaeda attacked ...": the group that claimed it
        named = _groups(facts, _LINKED_TO.sub("", text)) or \
            _groups(facts, _claimant(article.text[sentence.start:_claim_end(article, sentence)])) or named
    # "Russia's defence ministry said its troops had captured ...": the speaking state's forces
    speaking = (_state_in(facts, article.text, sentence.start + speaker[0], sentence.start + speaker[1]) or
                _commanding_state(sentence.text, *speaker) or
                (_military_before(facts, article, sentence)
                 if sentence.text[speaker[0]:speaker[1]].strip() in _SPEAKER_AGAIN else None)) if said else \
        _reporting_military(facts, article, sentence, offset)
    # "The army said its aircraft struck ...": the state speaks of its own forces
    # (not "Anti-junta resistance fighters said they had captured ...")
    state_speaks = said and not speaker_groups and not _REBELS.search(sentence.text, *speaker) and \
        not _GROUPS_VOICE.search(sentence.text, *speaker) and (
        speaking or _MILITARY.search(sentence.text, *speaker) or _government(facts, sentence.text, *speaker) or
        _STATE_VOICE.search(sentence.text, *speaker))
    state = f"Military Forces of {speaking}" if speaking else _state_actor(article, sentence, trigger, where)
    if trigger.sub_event_type == "Arrests":  # by the police or troops who made them, in a story of armed conflict
        # "The SDF said its forces arrested two suspects"; "the armed group said its fighters detained" the article's
        speaking_group = speaker_groups[0] if speaker_groups else next(
            (g for g in facts.groups if g in facts.proper), "") if said and _GROUP_SPEAKER.search(sentence.text, *speaker) \
            else ""
        # "... said its fighters detained", "The group said it had taken the base and detained its commander"
        itself = said and said.group().split()[-1].lower() in ("it", "they") and \
            not (_government(facts, text, 0, at) or _POLICE.search(text, 0, at))
        if speaking_group and (_OWN_FIGHTERS.search(text, 0, at) or itself):
            return speaking_group, "", _inter(speaking_group), None
        # "Yemen's Houthis detained seven UN staff": the group that held them (not "the Brigade's commander was held")
        passive = _HELD_PASSIVE.search(before + trigger.span.text)
        # ... or the group that rules, whose police or forces held them ("Houthi security forces ... detained")
        ruling = [g for g in _groups(facts, before) if g in _ruling_groups(before)] if not passive else []
        holders = ruling or ([] if _POLICE.search(before) or passive else _groups(facts, before))
        if holders:
            return holders[0], "", _inter(holders[0]), None
        # ... "Police said ... Officers arrested two suspects": the officers of the police the sentence before names
        told = article.sentence_before(sentence) if before.startswith("Officers") else None
        police = _POLICE.search(before) or said and _POLICE.search(sentence.text, *speaker) or \
            reporter is not None and _POLICE.search(reporter.group()) and _OFFICERS.search(before) or \
            told is not None and _POLICE.search(told.text) or \
            passive and _POLICE.search(sentence.text, 0, offset)  # "police fired tear gas, and dozens were detained"
        if police:  # ("Police in Bangladesh arrested 40 opposition leaders": a political arrest, see _triggers)
            return (f"Police Forces of {where}" if where else "Police Forces", "", 1, None)
        # "Israeli troops raided the old city of Hebron ... and arrested 14": the state its troops (or forces) are of
        by = next((m for m in _STATE_BY.finditer(before) if _country_of(facts, m.group(1))), None)
        # ... or that speaks of itself ("Congo's army said on Saturday it had arrested 15 suspected militiamen")
        troops = _government(facts, before) or state_speaks and (_OWN_FORCES.search(text, 0, at) or itself) or by
        state = f"Military Forces of {_country_of(facts, by.group(1))}" if by else state
        if not troops and passive and _POLICE.search(article.text):  # "Seven journalists ... were also detained in
            return (f"Police Forces of {where}" if where else "Police Forces", "", 1, None)  # raids", in a story of
            # the police's arrests: theirs
        return (state, "", 1, None) if troops else ("", "", None, None)  # no group's: "the group's commander was held"
    sides = _sides_between(facts, text, at + len(trigger.span.text), state) if trigger.event_type == "Battles" else []
    if len(sides) > 1:  # "a clash between Eritrean troops and Tigrayan fighters": the two it names, in order
        return sides[0], sides[1], _side_inter(sides[0]), _side_inter(sides[1])
    if trigger.event_type == "Battles" and not named and _COMMUNAL.search(text, at, at + len(trigger.span.text) + 40):
        # "clashes between rival tribes": ACLED's unnamed identity militias, on both sides
        militia = "Unidentified Communal Militia" + (f" ({where})" if where else "")
        return militia, militia, 4, 4
    if trigger.event_type == "Battles" and not named and (
            _RIVALS.search(text, max(0, at - 40), at) or _RIVALS_BETWEEN.match(text, at + len(trigger.span.text))):
        # "Rival armed groups fought in Zawiya", "clashes between rival militias": unidentified, on both sides
        return _unidentified(where), _unidentified(where), 3, 3
    by_states = next((m for m in _STATE_BY.finditer(text) if _country_of(facts, m.group(1)) and
                      _acting(text, m, at) and not _reporting(text, m, at)), None)
    if trigger.event_type == "Explosions/Remote violence" and by_states:  # (on the group struck: "U.S. forces carried
        # out air strikes against Islamic State militants")
        target = (named or struck or [""])[0]
        return f"Military Forces of {_country_of(facts, by_states.group(1))}", target, 1, \
            (_inter(target) if target else None)
    # "Four Palestinians were killed during an Israeli military raid on the Nur Shams camp": the raiding state's
    raid = _STATE_RAID.search(text, at, at + len(trigger.span.text)) if trigger.event_type == "Battles" else None
    raider = _country_of(facts, raid.group(1) or raid.group(2)) if raid is not None else None
    if raider:
        return f"Military Forces of {raider}", (named[0] if named else ""), 1, (_inter(named[0]) if named else None)
    # "Ukrainian forces ... took control of Sudzha", "Burundian troops who fought beside the Congolese army withdrew"
    # "Lebanese troops deployed in Khiam after Israeli forces withdrew": the subordinate clause's subject acted
    conjunction = [m.end() for m in _SUBORDINATE.finditer(text, 0, at)]
    # ... a group that subordinate clause names ("Burundian soldiers began withdrawing after M23 rebels captured the
    # town of Kamanyola": M23's capture, not Burundi's)
    own = _groups(facts, text[conjunction[-1]:at]) if conjunction else []
    if own and trigger.event_type == "Battles":  # (and the state's forces it struck: "attacked a military patrol")
        forces = state if _MILITARY.search(text, at) or _government(facts, text, at) else \
            state.replace("Military Forces", "Police Forces", 1) if _POLICE.search(text, at) else ""
        return own[0], forces, _inter(own[0]), (1 if forces else None)
    if own and trigger.event_type == "Explosions/Remote violence":  # "..., hours after the Houthis fired a missile at
        aimed = _target_state(facts, text[conjunction[-1]:], at - conjunction[-1])  # Israel": the group's, at Israel
        return own[0], aimed, _inter(own[0]), (1 if aimed else None)
    # (only the subordinate clause's, where it names its own armed men: "Soldiers patrolled the streets after gunmen
    # set fire to vehicles")
    # "..., after Moscow claimed to have recaptured three villages": the state whose capital claims the deed
    clause_start = sentence.start + offset - at  # (where the trigger's clause starts in the article)
    claimer = _capital_claiming(facts, article.text, clause_start + conjunction[-1], clause_start + at) \
        if conjunction and trigger.event_type == "Battles" else None
    if claimer is not None:
        other = next((name for name in _states_of(facts, sentence.start, sentence.end) if name != claimer), None)
        return f"Military Forces of {claimer}", (f"Military Forces of {other}" if other else ""), 1, \
            (1 if other else None)
    own_men = bool(conjunction) and _REBELS.search(text, conjunction[-1], at) is not None
    subject = next((m for start in ([conjunction[-1]] if conjunction else []) + ([] if own_men else [0])
                    for m in _STATE_BY.finditer(text, start, at) if _country_of(facts, m.group(1))
                    and not _VICTIMS.match(text, m.end()) and not _targeted(text, m.start())
                    and not _KILLED_BEFORE.search(text, max(0, m.start() - 40), m.start())), None)
    if subject is not None and (trigger.event_type == "Battles" or trigger.sub_event_type in (
            _WITHDRAWAL, "Looting/property destruction")):  # ... "Israeli forces blew up 20 buildings": theirs
        actor = f"Military Forces of {_country_of(facts, subject.group(1))}"
        ally = _country_of(facts, subject.group(2)) if subject.group(2) else \
            _state_joined(facts, text, subject.end())  # "Indian and Pakistani troops", "Indian troops and Pakistani
        # forces"
        # "Indian and Pakistani troops exchanged fire": two sides (not "... clashed with the fighters")
        mutual = _MUTUAL.match(trigger.span.text) and not _WITH_FOE.match(article.text, trigger.span.end)
        if ally and not mutual and ally == where:  # "Rwandan and Mozambican forces drove the fighters out of
            actor = f"Military Forces of {ally}"  # Macomia": the state whose land it is, its ally beside it
        # ... or the group it killed after a comma ("carried out a raid ..., killing a senior Islamic State commander")
        opponent = f"Military Forces of {ally}" if ally and mutual else named[0] if named \
            else next(iter(_target_groups(facts, reported, offset)), "") or _other_state(facts, text, at, actor) or \
            _repelled_state(facts, trigger, actor, sentence.start) or \
            ((facts.group_before(sentence.start) or _unidentified(where)) if _REBELS.search(text, at) else "") or \
            (_unidentified(where) if _WITH_FOE.match(article.text, trigger.span.end) else "")  # "clashed with herders"
        inter2 = None if not opponent else 1 if opponent.startswith("Military Forces") else _inter(opponent)
        return actor, opponent, 1, inter2
    if subject is not None and trigger.event_type == "Violence against civilians" and not named:
        return f"Military Forces of {_country_of(facts, subject.group(1))}", "", 1, None  # "Israeli forces opened fire"
    own = state_speaks and (_OWN_FORCES.search(text, 0, at + len(trigger.span.text)) or  # "its aircraft struck"
                            # "its forces had launched an operation ..., and had struck": the clause before's subject
                            len(clauses) > 1 and _NO_SUBJECT.fullmatch(before) and _OWN_FORCES.search(clauses[-2]))
    government = _government(facts, before) or own or _MILITARY.search(before) or \
        trigger.event_type == "Battles" and _POLICE.search(before)  # police who fought, not who reported a crime
    # "The Israeli military said a rocket fired from Lebanon hit a house in Metula": what hit the speaking state's
    # land, not its own fire
    speech = _SAID_BEFORE.search(sentence.text, 0, offset) if trigger.event_type == "Explosions/Remote violence" \
        else None
    demonym = _demonym_before_trigger(article, trigger) if trigger.event_type == "Explosions/Remote violence" else None
    voice = demonym if demonym is not None and speech is not None and \
        demonym.end <= sentence.start + speech.start() else None  # "The Thai army said ..."
    own_land = speech is not None and not own and not named and \
        (speaking or voice is not None and voice.place.name) == where
    if own_land and government and government.start() < speech.end() - (offset - len(before)):
        government = None
    rebels = _REBELS.search(before)
    if rebels and government and rebels.start() < government.start() and _VICTIMS.match(before, rebels.end()):
        rebels = None  # "30 of the attackers were killed when troops fought back": the troops' fight, on them
    # ("... were killed when a drone dropped explosives": the drone's target)
    remote = trigger.event_type == "Explosions/Remote violence"
    if government and (rebels or trigger.span.text.startswith("attack") or remote) and \
            _VICTIMS.match(before, government.end()) \
            or government and _KILLED_IN.fullmatch(before, government.end()) \
            or government and _KILLED_BEFORE.search(before, max(0, government.start() - 40), government.start()):
        government = None  # "34 soldiers were killed when jihadists attacked a post", "in an attack on", "JNIM said it
        # had killed 40 soldiers in an attack": not theirs
    # "An attack on a military post ... killed 12 soldiers": the forces were its target, an armed group its author
    # ... as were they whose aircraft or post was "shot down by a drone", "hit by a missile"
    targeted = government and (_ATTACK_ON.search(before, max(0, government.start() - 40), government.start()) or
                               _STRUCK_BY.match(trigger.span.text))
    # (nor where the trigger opens on its own armed doers: "..., before gunmen stormed the compound")
    if targeted or government and _REBELS.match(trigger.span.text):
        government = None
    # "Soldiers patrolled the streets after gunmen set fire to vehicles": the subordinate clause's armed men acted
    if government and rebels and own_men and government.start() < conjunction[-1] <= rebels.start():
        government = None
    agent = _BY_STATE.search(text, at + len(trigger.span.text))  # "shelled by the army": the state acted
    if agent is not None and _ESCORTED.search(text, max(0, agent.start() - 10), agent.start() + 2):
        agent = None  # (not "a convoy escorted by soldiers": its guards)
    owner = agent.group("owner") if agent else None  # "an air strike by Myanmar's military": Myanmar's forces
    # ... or the army a country owns before the trigger ("Representatives of Sudan's army and the RSF signed a
    # declaration in Jeddah": Sudan's, not that of the land they signed in)
    owned_army = _POSSESSED_ARMY.search(before) if not owner and ("'s " in before or "’s " in before) else None
    owner = owner or (owned_army.group(1) if owned_army else None)
    state = next((f"Military Forces of {m.place.name}" for m in facts.countries if owner and m.text == owner), state)
    # "Nigerian warplanes struck", and "air force jets bombed their positions": a state's air force, the country's
    if demonym is not None and not (own_land and voice is not None):
        # ... on the group struck, or the unnamed armed men ("Mali's army said its drones had hit a camp of Islamist
        # militants")
        target = (named or struck or [""])[0] or (_unidentified(where) if _REBELS.search(text, at) else "")
        aimed = "" if target else _target_state(facts, text, at)  # "Iran fired missiles at Israel"
        if aimed and aimed != state:
            return state, aimed, 1, 1
        return state, target, 1, (_inter(target) if target else None)
    owned = _STATE_OWNED.search(before)
    if trigger.span.text.lower().startswith(("air force", "airforce")) or \
            owned and _owned_by_state(facts, owned, before):
        target = (named or struck or [""])[0] or \
            ((facts.group_before(sentence.start) or _unidentified(where)) if _REBELS.search(text, at) else "")
        return state, target, 1, (_inter(target) if target else None)
    # "The army said it had taken control of ...": the state that speaks is the subject
    speaker_acts = state_speaks and said.group().split()[-1].lower() in ("it", "they")
    # ... as do police ("Security forces said they had killed eight militants in a raid": the police's fight)
    police_act = not speaker_acts and trigger.event_type == "Battles" and said is not None and \
        said.group().split()[-1].lower() in ("it", "they") and not speaker_groups and \
        _POLICE.search(sentence.text, *speaker) is not None
    if police_act:
        state = state.replace("Military Forces", "Police Forces", 1)
    sides = _states_of(facts, clause_start, sentence.start + offset)  # "Indian and Pakistani troops clashed"
    if trigger.event_type == "Battles" and government and len(sides) > 1 and not named and \
            _MUTUAL.match(trigger.span.text) and not _WITH_FOE.match(article.text, trigger.span.end):
        # ... but "Ugandan and Congolese troops launched an offensive", "Haitian police and Kenyan officers clashed
        # with gang members": allies
        return f"Military Forces of {sides[0]}", f"Military Forces of {sides[1]}", 1, 1
    leaving = _groups(facts, text[_clause_start(text, at):at]) if trigger.sub_event_type == _WITHDRAWAL else []
    if leaving:  # "soldiers entered the city ... and that RSF fighters had withdrawn": the group that left
        return leaving[0], (state if government else ""), _inter(leaving[0]), (1 if government else None)
    # "Eleven militants were killed in a raid", "..., and six more in a gunfight": killed by the state's forces
    killed = trigger.event_type == "Battles" and not named and \
        _REBELS_KILLED.search(sentence.text, 0, offset + len(trigger.span.text)) is not None and \
        not text.startswith(" with ", at + len(trigger.span.text))  # (not "... in an exchange of fire with police")
    if agent or speaker_acts or police_act or killed or \
            government and (not rebels or government.start() < rebels.start()):
        # "exchanged fire with the gang": the group the article names, else an unidentified armed group (so where the
        # text says no one claimed the attack)
        # (not a group that rules another country: "militants" Pakistan struck are no Afghan Taliban the text names)
        unnamed = _unidentified(where) if facts.declined(sentence) else \
            facts.group_before(sentence.start) or next((g for g in facts.groups if _RULING_GROUPS.get(g, (where,))[0]
                                                        == where), _unidentified(where))
        other = _other_state(facts, text, at, state) or _repelled_state(facts, trigger, state, sentence.start) or \
            _repelled_group(article, trigger, sentence, state)
        # ("Taliban security forces raided an Islamic State hideout": the group that rules is the state acting)
        ruling = _ruling_groups(text) if named else set()
        fought = [g for g in named if g not in ruling] or named
        # ("launched a rescue operation": against the hostages' captors)
        opponent = fought[0] if fought else unnamed if _REBELS.search(wide) or "rescue" in trigger.span.text else \
            other or \
            (facts.group_before(sentence.start) if _THE_GROUPS_OWN.search(text, at) else "")
        if government and government.group().lower().startswith("police"):
            state = state.replace("Military Forces", "Police Forces", 1)
        return state, opponent, 1, (_inter(opponent) if opponent else None)
    # ("The SDF said another drone had hit ...": the reporter is no actor)
    if previous is not None and previous.actor1 and \
            not (_groups(facts, sentence.text[reporter.end() if reporter else 0:offset]) or rebels or government):
        # "The strikes also hit Saada, the Houthis' stronghold": the strikes before, whoever they hit -- not a
        # state's on its own land ("Muzaffarabad was also hit" after Pakistan shelled Kashmir: India's, told before)
        if where and previous.actor1 == f"Military Forces of {where}":
            previous = next((e for e in reversed(article.events) if e.event_type == previous.event_type and
                             e.actor1.startswith("Military Forces") and e.actor1 != previous.actor1 and
                             _event_country(e.location, None) == where), previous)
        # ... nor, where the state's strikes before were on another land, that state's on its own ("Russian drones
        # hit Kostiantynivka ... Drones attacked a chemical plant in Nevinnomyssk in Russia's Stavropol region")
        if not (where and previous.actor1 == f"Military Forces of {where}" and
                _event_country(previous.location, None) != where):
            return previous.actor1, previous.actor2, previous.inter1, previous.inter2
    # "talks between Congo and Rwanda"; "the foreign ministers of Congo and Rwanda signed a peace agreement, ... where
    # M23 rebels seized Goma": the states named before the trigger, where a group is named only after it
    parties = _states_in(facts, clause_start, clause_start + len(text) if not named else sentence.start + offset) \
        if trigger.sub_event_type in ("Other", "Agreement") else []
    if trigger.sub_event_type in ("Other", "Agreement") and len(parties) < 2 and _TWO_STATES.search(text):
        # "The two neighbours agreed to a 48-hour ceasefire": the two states the story names first
        parties = list(dict.fromkeys(m.place.name for m in facts.countries))[:2]
    if trigger.sub_event_type in ("Other", "Agreement") and not parties:  # "Israeli and Hamas negotiators began
        # talks": the state whose negotiators met (not "Qatari mediators")
        parties = list(dict.fromkeys(m.place.name for m in facts.countries if m.kind == "demonym" and
                                     clause_start <= m.start < sentence.start + offset and
                                     _NEGOTIATORS.match(article.text, m.end)))
    if trigger.sub_event_type in ("Other", "Agreement") and not parties and where and named and \
            _HEAD_OF_STATE.search(before) and not _groups(facts, before):
        parties = [where]  # "President Gustavo Petro suspended peace talks with the ELN": his country's government
    if len(parties) > 1 and not _groups(facts, before):
        return f"Government of {parties[0]}", f"Government of {parties[1]}", 1, 1
    if parties and named:  # "Colombia's president suspended talks with the ELN", "negotiators from Israel and Hamas"
        return f"Government of {parties[0]}", named[0], 1, _inter(named[0])
    fought_with = _fought_with_named(facts, sentence, text, at, named, rebels) \
        if trigger.event_type == "Battles" and named else None
    if fought_with is not None:  # "the rebels clashed with Wazalendo militias": the rebels the story names, on them
        return fought_with, named[0], _inter(fought_with), _inter(named[0])
    if named and trigger.span.text.startswith("killed") and _REBELS.search(sentence.text, 0, offset) and \
            not _groups(facts, sentence.text[:offset] + trigger.span.text):
        # "Tuareg rebels and jihadist fighters said they had killed dozens of Malian soldiers and Russian Wagner
        # mercenaries": the group named after the killing is among the killed, with the state's forces
        doers = next((g for o, g in reversed(facts.mentioned) if o < sentence.start and g not in named), "") or \
            _unidentified(where)
        return doers, state, _inter(doers), 1
    if named:  # "Hezbollah launched drones at an Israeli army base": the base's state is the other side
        # ... the state's forces it fought before a second group ("with the Congolese army and allied militias")
        opponent = _target_state(facts, text, at) or _other_state(facts, text, at, "") or \
            (named[1] if len(named) > 1 and not _beside_the_army(text, at, named[1]) else "") or \
            ((_foe(article, named[0]) or state) if _government(facts, wide) or _MILITARY.search(wide) else
             state.replace("Military", "Police", 1) if trigger.event_type == "Battles" and _police_acting(wide) else
             _foe(article, named[0]) if _goes_on_with(trigger) else "")
        inter2 = (_inter(opponent) if opponent in named else 1) if opponent else None
        return named[0], opponent, _inter(named[0]), inter2
    if trigger.sub_event_type == "territory-back" and not rebels:  # "Ukraine says it retook a village": a retaking
        # no group claims is the state's -- its police's where they tell it ("Police said they had retaken the station")
        if said and _POLICE.search(sentence.text, *speaker) and said.group().split()[-1].lower() in ("it", "they"):
            state = state.replace("Military Forces", "Police Forces", 1)
        return state, "", 1, None
    if trigger.event_type == "Violence against civilians":
        troops = next((country for m in _STATE_BY.finditer(trigger.span.text)
                       if (country := _country_of(facts, m.group(1)))), None)
        if troops:  # "... were killed when Israeli troops who arrived at the scene opened fire": those troops
            return f"Military Forces of {troops}", "", 1, None
        if _POLICE_ACTING.search(before):  # "Moroccan police shot dead three people": the police did it
            return (f"Police Forces of {where}" if where else "Police Forces"), "", 1, None
        # "Gunmen killed 44 worshippers ..., the government said, blaming the Islamic State in the Greater Sahara"
        blamed = _groups(facts, _claimant(article.text[sentence.start:_claim_end(article, sentence)])) or \
            _groups(facts, _attackers_named_next(article, sentence))
        # ... or the group named last, which the text calls "the group" ("Fighters of the paramilitary group then
        # stormed the camp, shooting residents", after the RSF's shelling)
        blamed = blamed or ([facts.group_before(sentence.start)] if _THE_GROUP.search(text) and
                            facts.group_before(sentence.start) else [])
        if blamed:
            return blamed[0], "", _inter(blamed[0]), None
        shooters = _SHOOTERS_NEXT.match(article.text, sentence.end)
        if shooters and (country := _country_of(facts, shooters.group(1))):
            return f"Military Forces of {country}", "", 1, None
        return "", "", None, None  # unnamed gunmen: no group named elsewhere in the article (see _civilian_sides)
    named_state = _demonym_before_trigger(article, trigger) if trigger.event_type == "Battles" and not rebels else None
    if named_state is not None and named_state.kind == "toponym":  # "Israel launched an operation in Jenin": Israel's
        return state, "", 1, None
    operation = _STATE_OPERATION.match(trigger.span.text) if trigger.event_type == "Battles" else None
    if operation is not None:  # "a police operation against the Comando Vermelho gang": the state's, on the gang
        forces = state.replace("Military", "Police", 1) if operation.group().lower().startswith("police") else state
        foe = (named or struck or [""])[0]
        return forces, foe, 1, (_inter(foe) if foe else None)
    if rebels or trigger.event_type == "Battles":
        # The group that claimed it just after ("The Viv Ansanm coalition claimed the attack"), else the article's:
        # the first named properly ("Karen rebels" named later are not the MNDAA), else the first named by then
        claimed = _groups(facts, _claimant(article.text[sentence.end:_claim_end(article, sentence)]))
        # ... but none where the text says no one claimed it ("No group claimed the attack, but the Pakistani Taliban
        # are active in the area": a guess the text declines, wherever it says so -- for a headline's event too)
        # ... or the group that opens the sentence ("Al-Shabaab, meanwhile, attacked a prison ..., but guards repelled
        # the assault": Al-Shabaab's, not the group the article named first)
        opener = next((g for start, _end, name in _group_matches(sentence.text) if start <= 4
                       for g in _groups(facts, name) if g not in struck), "")
        # ... or, for "tribesmen", the people's militia named before ("Arab tribal fighters attacked ... The tribesmen")
        kin = next((g for o, g in reversed(facts.mentioned) if o < sentence.start and g.endswith(_ETHNIC)), "") \
            if rebels and rebels.group().lower() in ("tribesmen", "clansmen") else ""
        leader = (claimed or [""])[0] if claimed or facts.declined(sentence) else opener or kin or next(
            (g for o, g in facts.first_named if g in facts.proper and g not in struck and
             (o < sentence.end or g not in facts.apart) and
             not _LINKED_BEFORE.search(article.text, max(0, o - 24), o)), "") or \
            next((g for start, g in facts.first_named if start < sentence.end and g not in struck), "") or \
            ("" if rebels or _REBELS.search(sentence.text, *speaker) or _REBELS.match(trigger.span.text)
             else (struck or [""])[0])  # ("Gunmen shot dead members of the SDF": unnamed gunmen, the SDF their target)
        # (not "rebels said they had killed dozens of Wagner mercenaries": the group they killed -- but "a police
        # operation against the Comando Vermelho gang": its side)
        # "clashed with Russian troops": the state the demonym names; "with the army": the country's
        # ... or the group whose positions it attacked ("attacked positions held by Wazalendo militias")
        opponent = next((f"Military Forces of {_country_of(facts, m.group(1))}" for m in _STATE_BY.finditer(text, at)
                         if _country_of(facts, m.group(1))), None) or \
            next((g for g in struck if g != leader), None) or \
            ((_foe(article, leader) or state) if _government(facts, wide) or _MILITARY.search(wide) else
             state.replace("Military", "Police", 1) if _police_acting(wide) else  # "security patrols"
             _foe(article, leader) if _goes_on_with(trigger) else "")
        if not leader and not targeted and not trigger.span.text.startswith("attack") and \
                not _REBELS.search(sentence.text) and not _ARMED_GROUPS.search(sentence.text):
            # "Heavy fighting continued near Starytsia": no side the text names (but "an alliance of armed groups")
            # -- unless the fight just told had the side it names ("Gunmen ambushed a patrol ... Security forces
            # launched an operation, and clashes continued": those gunmen)
            last = article.events[-1] if article.events else None
            near = last is not None and sentence.start - last.sentence.start < 600
            foe, inter = _other_side(last, opponent) if near else ("", None)
            return foe, opponent, inter, (1 if opponent else None)
        return leader or _unidentified(where), opponent, _inter(leader or _UNIDENTIFIED), (1 if opponent else None)
    # "Drones operated by Syrian government forces struck Sarmin": the state's forces the trigger names as its agent
    # ... or after it ("a drone strike carried out by a government task force")
    done_by = _DONE_BY.match(article.text, trigger.span.end)
    agent = trigger.span.text.partition(" by ")[2] or (done_by.group(1) if done_by else "")
    if agent and (_government(facts, agent) or _MILITARY.search(agent)):
        country = next((c for word in agent.split() if (c := _country_of(facts, word))), None)
        return (f"Military Forces of {country}" if country else state), "", 1, None
    # "... killing 26 people. The BLA said it carried out the attack.": the claim told with it, else the article's
    # told later or in the headline (not a claim of an attack told before: "On Tuesday, a bomb exploded in Quetta")
    told_at, told = _claim(article.text)
    # (a blame after the sentence that names what it blames for goes first: "Petro blamed the Gulf Clan, ..., for the
    # helicopter attack, and a dissident faction for the bombing in Cali")
    claimant = _claimant(sentence.text)
    blamed_after, named_what = _blamed_after(article, sentence, trigger) if not claimant else ("", False)
    claimant = claimant or (blamed_after if named_what else "") or \
        _claimant(article.text[sentence.start:_claim_end(article, sentence)]) or blamed_after or \
        (told if told_at >= sentence.start else "") or _claimant(article.title)
    if trigger.sub_event_type in _ANNOUNCED:  # talks beside a strike are no one's claim of it
        claimant = ""
    if trigger.sub_event_type == "Air/drone strike" and not claimant:
        # "Israeli tanks pushed into Jabalia, and air strikes across the enclave killed 45": the air force of the
        # state the sentence names acting (groups fly drones, seldom warplanes)
        acting = _states_of(facts, sentence.start, sentence.start + offset, article.text)
        if acting:
            return f"Military Forces of {acting[0]}", "", 1, None
        if speech is not None and not named and \
                _MILITARY.match(sentence.text, _opening_word_end(sentence.text), speech.start()):
            # "The army said on Monday that air strikes had killed dozens of militants": its own aircraft's (groups
            # seldom fly warplanes)
            target = (struck or [""])[0] or \
                ((facts.group_before(sentence.start) or _unidentified(where)) if _REBELS.search(text, at) else "")
            return state, target, 1, (_inter(target) if target else None)
        if _ARMY_STRUCK.search(article.text, sentence.end, _claim_end(article, sentence)):
            # "A drone strike on a market killed 30 ... A government spokesman said the military had targeted Fano
            # fighters": the state's own strike
            return state, "", 1, None
    fired = _FIRED_FROM.search(text) if trigger.event_type == "Explosions/Remote violence" and not claimant else None
    origin = _country_named(facts, fired.group(1)) if fired else None
    if origin and any(origin in (_country_of(facts, m.group(1)), _country_of(facts, m.group(2) or ""))
                      for m in _STATE_BY.finditer(article.text)):
        # "rockets fired from Cambodia hit a petrol station", in a story of Cambodian troops fighting: theirs (not
        # "a rocket fired from Lebanon", where no Lebanese force fights)
        return f"Military Forces of {origin}", "", 1, None
    if trigger.sub_event_type not in ("Other", "Agreement") and not claimant:
        return "", "", None, None  # a strike, a looting no one is said to have made: not guessed from the article
    # talks, agreements: the article's named parties; an attack: the group the article says claimed it
    groups = _groups(facts, claimant) if claimant else list(facts.groups)
    # ... or a state's forces ("The U.S. military said it had carried out the strike")
    claiming = next((country for m in _STATE_BY.finditer(claimant) if (country := _country_of(facts, m.group(1)))),
                    None) if not groups and claimant else None
    claiming = claiming or (_country_named(facts, claimant.strip()) if not groups and claimant else None)
    # ... on the group the trigger's clause says it struck ("A suicide bomber killed Afghanistan's Taliban refugees
    # minister", claimed by the Islamic State)
    target = next((g for g in struck if g not in groups[:1]), "")
    if claiming:  # ... or a state the text names ("Hezbollah blamed Israel, which did not comment")
        return f"Military Forces of {claiming}", target, 1, (_inter(target) if target else None)
    blamed = _STATE_BLAMED.fullmatch(claimant.strip()) if not groups and claimant else None
    if blamed:  # "The group blamed the army for it"
        country = _country_of(facts, blamed.group(1)) if blamed.group(1) else None
        return (f"Military Forces of {country}" if country else state), "", 1, None
    return (groups[0], target, _inter(groups[0]), (_inter(target) if target else None)) if groups else \
        ("", "", None, None)


def _other_side(fight: Event | None, side: str) -> tuple[str, int | None]:
    """The side that fought ``side`` in ``fight`` (a battle), or none."""
    if fight is None or fight.event_type != "Battles" or not side or side not in (fight.actor1, fight.actor2):
        return "", None
    return (fight.actor2, fight.inter2) if side == fight.actor1 else (fight.actor1, fight.inter1)


def _blank(match: re.Match) -> str:
    return " " * len(match.group())


def _without_reporter(text: str) -> str:
    """The sentence without its closing attribution (", the US military said on Thursday.")."""
    tail = max(0, len(text) - 130)
    end = text[tail:]
    if "said" not in end and " say" not in end and "reported" not in end and "announced" not in end and \
            "according" not in end:
        return text  # most sentences close with no attribution: skip the pattern
    reporter = _REPORTER.search(text, tail)
    return text[:reporter.start()] if reporter else text


_MEMBER_KILLED = re.compile(r"\S*\s+(?:senior\s+|top\s+|local\s+)?(?:official|commander|leader|member|"
                            r"spokes(?:man|woman)|chief)s?\b[^.;]{0,60}?\b(?:was|were)\s+(?:killed|shot dead|"
                            r"assassinated)\b")


def _target_groups(facts: _Facts, text: str, at: int) -> set[str]:
    """Groups named after the trigger as what it struck ("airstrikes on Houthi positions") or killed ("killed dozens
    of Russian Wagner mercenaries")."""
    return {_one_name(facts, name) for offset, name in _group_names(text).items()
            if offset > at and (_TARGET_BEFORE.search(text, max(0, offset - 25), offset) or
                                _KILLED_BEFORE.search(text, max(0, offset - 40), offset) or
                                _CONVOY_OF.search(text, at, offset)) or
            # ... or before it, the fight they died in ("said they had killed dozens of Malian soldiers and Russian
            # Wagner fighters in heavy fighting")
            offset < at and _KILLED_LISTED.search(text, max(0, offset - 60), offset) and
            _IN_THE_FIGHT.match(text, offset + len(name.split()[0])) or
            # ... or its member killed by it ("Hamas official Salah al-Bardawil was killed ... in a strike")
            offset < at and _MEMBER_KILLED.match(text, offset + len(name.split()[0]))}


def _sides_between(facts: _Facts, text: str, end: int, state: str) -> list[str]:
    """The states' forces and groups a 'between ... and ...' after the trigger names, in text order; the government's
    forces named by no people ("between brigades loyal to the government and the Radaa force") are ``state``."""
    between = _BETWEEN_SIDES.match(text, end)
    if between is None:
        return []
    phrase = between.group(1)
    found = [(m.start(), f"Military Forces of {_country_of(facts, m.group(1))}")
             for m in _STATE_BY.finditer(phrase) if _country_of(facts, m.group(1))]
    government = _government(facts, phrase) if state and not found else None
    if government is not None:
        found.append((government.start(), state))
    found += [(phrase.find(name.split()[0]), name) for name in _groups(facts, phrase)]
    return [name for _, name in sorted(found)]


def _side_inter(actor: str) -> int:
    return 1 if actor.startswith("Military Forces") else _inter(actor)


def _owned_by_state(facts: _Facts, owned: re.Match, before: str) -> bool:
    """'Government warplanes', 'army drones' -- not 'fighters of the Arakan Army' (a group's name)."""
    return not owned.group().lower().startswith("army") or _government(facts, before, owned.start()) is not None


def _government(facts: _Facts, text: str, start: int = 0, end: int | None = None) -> re.Match | None:
    """The first mention of the state's forces in ``text[start:end]`` -- not an army a name makes a group's
    ("the White Army militia"; but "the Army", "the Israeli Army")."""
    for match in _GOVERNMENT.finditer(text, start, len(text) if end is None else end):
        owner = _NAME_BEFORE.search(text, max(0, match.start() - 30), match.start())
        if not (match.group() == "Army" and owner and owner.group(1) != "The" and owner.group(1) not in facts.people):
            return match
    return None


def _claim_end(article: Article, sentence: Span, extra: int = 0) -> int:
    """Where a claim or blame of what ``sentence`` tells may stand until: _CLAIM_REACH characters on, or a sentence
    of another story before that ("A separate attack on Fambita ... It blamed the Islamic State group")."""
    end = sentence.end + _CLAIM_REACH + extra
    apart = _APART_AHEAD.search(article.text, max(0, sentence.end - 1), end)  # (one scan, not sentence by sentence)
    return apart.end() if apart else end


def _claimant(text: str) -> str:
    """The clause before the text's first 'claimed responsibility', or the side a report blames ("" where none)."""
    return _claim(text)[1]


@lru_cache(maxsize=256)
def _claim(text: str) -> tuple[int, str]:
    """Where the text's first claim stands, and its claimant (see _claimant); (-1, "") where none."""
    if "claim" not in text and "carried out" not in text and "blam" not in text and " by " not in text and \
            " said its " not in text and " said their " not in text and " had targeted" not in text:
        return -1, ""  # most texts claim nothing: skip the patterns
    no_claim = _NO_CLAIM.search(text)  # "No group claimed the blast": not the claim of the story told next
    text = text[:no_claim.start()] if no_claim else text
    claimed = _CLAIMED.search(text)
    by = _CLAIMED_BY.search(text)
    if by is not None and (claimed is None or by.start() < claimed.start()):
        # "The assault was claimed by JNIM, which said ...": the group after "by" (not one "linked to al-Qaeda")
        return by.start(), _LINKED_TO.sub("", next(g for g in by.groups() if g))
    if claimed is None:
        return -1, ""
    start, end = _clause_before(text, claimed.start(), ".;")
    # ("The Pakistani Taliban denied any role, but a faction known as Jamaat-ul-Ahrar claimed the bombing": the faction)
    turn = text.rfind(" but ", start, end)
    return claimed.start(), text[turn + 5 if turn >= 0 else start:end]


def _blamed_after(article: Article, sentence: Span, trigger: _Trigger) -> tuple[str, bool]:
    """Whom a report just after the sentence blames for an attack: for any attack, or for one on what the trigger's
    clause names ("... was behind the attack on the helicopter" after "a police helicopter was shot down"; not after
    "..., as a separate truck bomb in Cali killed six", told with the helicopter); "" where none -- and whether the
    report names what it blames them for (not "The FLA blamed Mali's army.")."""
    window = article.text[sentence.end:_claim_end(article, sentence, 120)]  # (a report opening within reach)
    found = sorted((*(_BEHIND.finditer(window) if " behind " in window else ()),
                    *((*_BLAMED_FOR.finditer(window), *_ACCUSED_OF.finditer(window), *_BLAMED_END.finditer(window))
                      if "blame" in window or "accus" in window else ())), key=re.Match.start)
    if not found:
        return "", False
    # ("blamed FARC dissidents for the Cali bombing and the Gulf Clan for the helicopter attack": the one whose word
    # the sentence has)
    at = trigger.span.start - sentence.start
    own = sentence.text[max((m.end() for m in _OTHER_EVENT_CLAUSE.finditer(sentence.text, 0, at)), default=0):]
    # ... a word the text used only of another event ("the Cali attack"), not one of the blame's own ("the deadly")
    # (the blame's sentence opening within reach: "..., and a dissident faction for the bombing in Cali" goes on)
    blame = next((m for m in found if window.rfind(". ", 0, m.start()) <= _CLAIM_REACH and
                  not any(word and not re.search(rf"\b{word}\b", own) and
                          re.search(rf"\b{word}\b", article.text[:sentence.end + m.start()])
                          for word in m.groups()[1:])), None)
    return (blame.group(1), blame.re is not _BLAMED_END) if blame else ("", False)


def _attackers_named_next(article: Article, sentence: Span) -> str:
    """'Gang members attacked Pont-Sonde ... Gunmen from the Gran Grif gang also set fire to homes': the group the
    next sentence names the attackers of ("" where it names none)."""
    named = _NAMED_NEXT.match(article.text, sentence.end)
    return (named.group(1) or named.group(2)) if named else ""


def _clause_before(text: str, end: int, stops: str) -> tuple[int, int]:
    """(start, end) of the text before ``end`` back to the last of the ``stops`` characters: who spoke or claimed (a
    group an apposition describes included: "JNIM, al Qaeda's affiliate in the Sahel, said")."""
    start = max(text.rfind(stop, 0, end) for stop in stops) + 1
    # (not the dots of an abbreviation: "The U.S. military said")
    while start > 1 and text[start - 1] == "." and (not text[start:start + 1].isspace() or
                                                    abbreviation_before(text, start - 1)):
        start = max(text.rfind(stop, 0, start - 1) for stop in stops) + 1
    described = _GROUP_APPOSED.search(text, max(0, start - 120), start) if text.startswith(",", start - 1) else None
    if described is None and not text[start:end].strip() and text.startswith(",", start - 1):
        # "The army, which still holds El Fasher, said": the speaker before the relative clause
        opens = max(text.rfind(stop, 0, start - 1) for stop in stops) + 1
        if _RELATIVE_OPENS.match(text, opens):
            return max(text.rfind(stop, 0, opens - 1) for stop in stops) + 1, end
    return described.start() if described else start, end


def _states_in(facts: _Facts, start: int, end: int) -> list[str]:
    """Countries a span (the trigger's clause) names, in text order."""
    return list(dict.fromkeys(m.place.name for m in facts.countries if start <= m.start < end and m.kind == "toponym"))


def _other_state(facts: _Facts, text: str, at: int, state: str) -> str:
    """A state's forces named after the trigger, other than ``state`` ("clashed with Ukrainian forces")."""
    return next((actor for m in _STATE_BY.finditer(text, at) if (country := _country_of(facts, m.group(1)))
                 and (actor := f"Military Forces of {country}") != state), "")


def _repelled_state(facts: _Facts, trigger: _Trigger, state: str, sentence_start: int) -> str:
    """'repelled a Russian armoured assault': the state whose attack was beaten back -- or the one the sentence
    told attacking before ("Russian troops pushed into Pokrovsk, and Ukraine's army said it had repelled assaults")."""
    if not _REPELLED.match(trigger.span.text):
        return ""
    named = _states_of(facts, trigger.span.start, trigger.span.end) or \
        _states_of(facts, sentence_start, trigger.span.start)
    return next((actor for name in named if (actor := f"Military Forces of {name}") != state), "")


def _repelled_group(article: Article, trigger: _Trigger, sentence: Span, state: str) -> str:
    """'Peacekeepers and government troops repelled the assault': the side of the assault told just before ("Fighters
    of the 3R rebel group attacked the town"), other than ``state``."""
    if not _REPELLED_THE.search(trigger.span.text):
        return ""
    told = next((e for e in reversed(_in_passage(article, sentence)) if e.violent), None)
    return told.actor1 if told is not None and told.actor1 and told.actor1 != state and \
        not _unnamed(told.actor1) else ""


def _states_of(facts: _Facts, start: int, end: int, text: str = "") -> list[str]:
    """States a span names by their people or initials ("Indian and Pakistani troops"), in text order -- given the
    article's ``text``, not those whose men it says were killed ("Two Colombian soldiers were killed when ...")."""
    return list(dict.fromkeys(m.place.name for m in facts.countries if start <= m.start < end and _names_a_state(m)
                              and not (text and _VICTIMS.match(text, m.end))))


def _demonstration_sides(trigger: _Trigger, where: str | None, forces: str | None = None,
                         faced: bool = False) -> tuple[str, str, int, int | None]:
    """ACLED's sides: 'Protesters (Kenya)' or 'Rioters (Kenya)', and 'Police Forces of Kenya' where police
    intervened or a riot ``faced`` them (the police first where they used excessive force), or the state ``forces``
    the text names."""
    crowd, code = ("Protesters", 6) if trigger.event_type == "Protests" else ("Rioters", 5)
    crowd += f" ({where})" if where else ""
    police = forces or (f"Police Forces of {where}" if where else "Police Forces")
    if trigger.sub_event_type == "Excessive force against protesters":
        return police, crowd, 1, code
    if trigger.sub_event_type == "Protest with intervention" or \
            trigger.event_type == "Riots" and (faced or _POLICE.search(trigger.span.text)):  # "clashed with police"
        return crowd, police, code, 1
    return crowd, "", code, None


def _acting(text: str, match: re.Match, trigger: int) -> bool:
    """'Russian jets struck', 'strikes by Russian jets', '... as Turkish forces press on': the state acted;
    'drones at an Israeli army base' is its target, 'a landmine wounded five Thai soldiers' its victims, as are
    'Two Colombian soldiers were killed when a drone dropped explosives'."""
    if _VICTIMS.match(text, match.end()):
        return False
    return match.start() < trigger or not (_targeted(text, match.start()) or
                                           _HARMED_BEFORE.search(text, max(0, match.start() - 40), match.start()) or
                                           _USED_BY.search(text, max(0, match.start() - 30), match.start()))


def _harmed_forces(facts: _Facts, sentence: Span, trigger: _Trigger, where: str | None) -> str:
    """The state whose forces the trigger killed or wounded, told after it ("killed five Pakistani soldiers"), or
    those of the country it happened in ("wounding 11 soldiers", "a vehicle carrying police commandos")."""
    at = trigger.span.end - sentence.start
    named = next((f"Military Forces of {_country_of(facts, m.group(1))}" for m in _STATE_BY.finditer(sentence.text, at)
                  if _country_of(facts, m.group(1)) and
                  _HARMED_BEFORE.search(sentence.text, max(0, m.start() - 40), m.start())), "")
    harmed = (_FORCES_HARMED.search(sentence.text, at) or
              _FORCES_HARMED_BEFORE.search(sentence.text, 0, trigger.span.end - sentence.start)) \
        if not named and where else None  # (... or "Seven police officers were killed when their vehicle hit")
    if harmed is None and not named and where and _GOVERNMENT_STRUCK.match(sentence.text, at):
        return f"Military Forces of {where}"  # "Israel ... struck government forces near Sweida": the land's own
    if harmed is None:
        return named
    men = next(group for group in harmed.groups() if group)
    # "Two Israeli soldiers were killed ..., as Israeli strikes killed 38": the forces of the people named before them
    people = re.search(r"([A-Z][\w-]+)\s+$", sentence.text[:harmed.start()])
    country = people and _country_of(facts, people.group(1)) or where
    return f"{'Police' if men.lower().startswith('police') else 'Military'} Forces of {country}"


def _reporting(text: str, match: re.Match, trigger: int) -> bool:
    """'..., the Ukrainian air force said': forces after the trigger ending the clause (cut at 'said') report it."""
    return match.start() > trigger and not text[match.end():].strip()


def _targeted(text: str, start: int) -> bool:
    """The forces named at ``start`` are the object of a strike ("to bomb Cambodian military targets")."""
    return bool(_TARGET_BEFORE.search(text, max(0, start - 20), start) or
                _STRUCK_OBJECT.search(text, max(0, start - 20), start))


def _foe(article: Article, group: str) -> str:
    """The state forces a group fought in the events told before: Hezbollah's "a tank near Kfar Kila", after
    "rockets at an Israeli army base", was Israel's, not Lebanon's."""
    return next((e.actor2 for e in reversed(article.events) if e.actor1 == group and
                 e.actor2.startswith("Military Forces")), "")


def _target_state(facts: _Facts, text: str, trigger: int) -> str:
    """The state whose forces an attack was aimed at: the first named after the trigger, by its forces ("at a US
    aircraft carrier") or by its name ("fired a ballistic missile at Israel")."""
    target = next((m for m in _STATE_BY.finditer(text) if not _acting(text, m, trigger) and
                   not _reporting(text, m, trigger) and _country_of(facts, m.group(1))), None)
    aimed = next(((m, c) for m in _AT_COUNTRY.finditer(text, trigger) if (c := _country_named(facts, m.group(1)))),
                 None)
    if aimed is not None and (target is None or aimed[0].start() < target.start()):
        return f"Military Forces of {aimed[1]}"
    return f"Military Forces of {_country_of(facts, target.group(1))}" if target else ""


def _claim_of_told(article: Article, sentence: Span, trigger: _Trigger, actor: str) -> bool:
    """A toll a group gives in claiming an attack the passage told of it (which an independent toll outweighs)."""
    at = trigger.span.start - sentence.start
    if not actor or "claim" not in sentence.text or _CLAIMED.search(sentence.text, 0, at) is None:
        return False
    return any(e.actor1 == actor and e.violent for e in _in_passage(article, sentence))


def _same_barrage(article: Article, sentence: Span, trigger: _Trigger,
                  where: str | None) -> tuple[str, int | None] | None:
    """'Russia attacked Kyiv with drones and missiles overnight ... In Odesa, a drone hit a port warehouse': a strike
    of the same weapon in the same country as one its passage told a state's forces launching, naming no one, is
    theirs (not "A drone hit an oil depot in Novozybkov", in Russia, after Russian bombs on Zaporizhzhia)."""
    if not where or not article.events:
        return None
    previous = _previous_strike(article, sentence, trigger.span.text)
    kind = _FALLBACKS.get(trigger.sub_event_type, trigger.sub_event_type)
    if previous is not None and previous.sub_event_type != kind and previous.actor1.startswith("Military Forces"):
        # "A Russian drone struck a bus ... Russian forces shelled the city ... a guided bomb hit Huliaipole": the
        # same weapon told before the shelling, where one state's forces struck all the passage tells
        strikes = [e for e in _in_passage(article, sentence) if e.event_type == "Explosions/Remote violence"]
        same = [e for e in strikes if e.sub_event_type == kind]
        previous = same[-1] if same and {e.actor1 for e in strikes} == {previous.actor1} else previous
    # (a strike told by its general word may be from the air: "Israeli strikes across the enclave killed 68 ...
    # warplanes struck high-rise buildings"; but "a vessel was hit by a projectile" after air strikes is no air strike)
    if previous is None or not (previous.sub_event_type == kind or previous.general and kind == "Air/drone strike" or
                                _weapon_listed(trigger, previous)) or \
            not previous.actor1.startswith("Military Forces") or _event_country(previous.location, None) != where:
        return None
    return previous.actor1, previous.inter1


def _operation_from_the_air(article: Article, sentence: Span, trigger: _Trigger,
                            places: list[tuple[Mention | None, int | None, str]]) -> tuple[str, int | None] | None:
    """'Israeli forces launched an operation in Jenin ... Drones and helicopters struck targets in the Jenin camp': a
    strike from the air no one is said to have made, in the town of a state's ground operation just told, is its."""
    told = article.events[-1] if article.events else None
    if told is None or trigger.sub_event_type != "Air/drone strike" or told.event_type != "Battles" or \
            not told.actor1.startswith("Military Forces") or not _HELICOPTERS.search(sentence.text) or \
            told.sentence.start < sentence.start - _PASSAGE or told.location is None or told.location.place is None:
        return None
    town = told.location.place
    near = any(m is not None and m.place is not None and
               haversine_km(m.place.lat, m.place.lon, town.lat, town.lon) <= _OPERATION_KM for m, _, _ in places)
    return (told.actor1, told.inter1) if near else None


def _weapon_listed(trigger: _Trigger, previous: Event) -> bool:
    """'Russia attacked Kyiv with hundreds of drones and several missiles ... A missile hit a building': the strike's
    weapon is one of those the earlier strike's sentence told launched."""
    weapon = _WEAPON.search(trigger.span.text)
    return weapon is not None and re.search(rf"\b{weapon.group(1)}s?\b", previous.sentence.text, re.I) is not None


def _previous_strike(article: Article, sentence: Span, word: str = "") -> Event | None:
    """The strike told last in the passage before; "the strikes hit ..." goes on with strikes told as many
    ("warplanes struck ..., a day after the group fired a missile. The strikes hit radar sites": the warplanes')."""
    if _ELSEWHERE.match(sentence.text):
        return None  # "Separately, an explosion tore through a car": another story
    no_bombs = _A_STRIKE.search(word) is not None  # a strike is no roadside bomb
    strikes = [e for e in _in_passage(article, sentence) if e.event_type == "Explosions/Remote violence" and
               not (no_bombs and e.sub_event_type in _BOMBERS_ONLY)]
    many = [e for e in strikes if _MANY_STRIKES.search(e.trigger.text)] if _MANY_STRIKES.search(word) else []
    # "The bulk carrier was hit ...": the strike told of at a vessel, not the raids on the port told between
    ships = [e for e in strikes if VESSEL.search(e.sentence.text)] if VESSEL.search(sentence.text) else []
    # "Air strikes and shelling killed 30 ... A strike on a tent killed 13": of the air strikes told with the shelling
    aerial = [e for e in strikes if e.sub_event_type == "Air/drone strike" and e.sentence is strikes[-1].sentence] \
        if no_bombs and strikes else []
    # "The missile fired on Sunday landed near Ben Gurion airport": the missile told before, not the air strikes since
    weapon = _WEAPON.search(word) if strikes else None
    armed = [e for e in strikes if weapon.group(1).lower() in e.trigger.text.lower()] if weapon else []
    return (many or ships or aerial or armed or strikes)[-1] if strikes else None


def _previous_fight(article: Article, sentence: Span) -> Event | None:
    """The fight told last in the passage before, which "The fighting spread to villages around Latakia" goes on
    with: the same sides."""
    if _ELSEWHERE.match(sentence.text):
        return None
    return next((e for e in reversed(_in_passage(article, sentence)) if e.event_type == "Battles" and e.actor1), None)


def _fought_with_named(facts: _Facts, sentence: Span, text: str, at: int, named: list[str],
                       rebels: re.Match | None) -> str | None:
    """The group the story named before, where "the rebels" fought one named only after "with" ("M23 rebels seized
    Goma ... the rebels clashed with Wazalendo militias near Mwenga": M23's fight)."""
    if rebels is None or text[max(0, rebels.start() - 4):rebels.start()].lower() != "the " and \
            text[:rebels.start()].strip():  # (or a bare plural opening the clause: "tribesmen stormed ...")
        return None
    starts = [start for start, name in _group_names(text).items() if name in named]
    if not starts or min(starts) < at or not (_WITH_BEFORE.search(text, max(0, min(starts) - 30), min(starts)) or
                                              _REPELLER_BEFORE.search(text, max(0, min(starts) - 20), min(starts))):
        return None
    # (the group named before other than the one fought: "Arab tribal fighters attacked positions of the SDF")
    return next((g for o, g in reversed(facts.mentioned) if o < sentence.start and g != named[0]), None)


def _police_acting(text: str) -> bool:
    """Police the text names as a side, not as who told it in an aside ("killing an elderly man, police said, and
    ..."; but "Police said a rescue team had freed ...", "Security forces said they had killed 33": theirs)."""
    return any(not (_SPEAKING_AFTER.match(text, m.end()) and _ASIDE_BEFORE.search(text, max(0, m.start() - 8),
                                                                                  m.start()))
               for m in _POLICE.finditer(text))


def _beside_the_army(text: str, at: int, group: str) -> bool:
    """'after clashes with the army and allied Wazalendo militias': the group fought beside the state's forces, which
    are the other side."""
    where = next((start for start, name in _group_names(text).items() if name == group and start > at), None)
    return where is not None and _ALLY_BEFORE.search(text, at, where) is not None


def _ruling_groups(text: str) -> set[str]:
    """Groups the text names as a state's ruler by its forces or offices ("Taliban security forces", "the Houthi
    authorities")."""
    return {_GROUP_ALIASES.get(m.group(), m.group()) for m in _GROUP_RE.finditer(text)
            if _RULING_AFTER.match(text, m.end())}


def _groups(facts: _Facts, text: str) -> list[str]:
    """Named groups of ``text`` in order of first appearance."""
    return list(dict.fromkeys(_one_name(facts, g) for g in _groups_in(text) if _a_group(facts, g)))


def _a_group(facts: _Facts, name: str) -> bool:
    """A place or people names no rebels ("Syrian rebels", "Idlib fighters"), but a militia, as ACLED names them
    ("the Misrata militia": Misrata Militia)."""
    if name in NAMED_GROUPS or name.endswith(_ETHNIC):
        return True
    qualifiers = name.split()[:-1]
    if name.endswith(_NAMED_BODIES):  # (nor a country's: "Haiti gangs")
        return not _of_a_people(facts, qualifiers) and " ".join(qualifiers) not in {m.text for m in facts.countries}
    if _FORMATION_NOUN.search(name.rsplit(" ", 1)[-1]):  # "the 444th Brigade", not "the Israeli Air Force"
        return not _of_a_people(facts, qualifiers) and not any(w.lower() in _STATE_UNITS for w in qualifiers)
    # (nor the people of a place the text names: "Papuan rebels" where it names Papua, "Kashmiri militants")
    return name not in facts.names and not any(name.endswith(suffix) and name[:-len(suffix)] in facts.names
                                               for suffix in _PEOPLE_SUFFIXES)


def _of_a_people(facts: _Facts, words: list[str]) -> bool:
    """'Syrian', 'Kurdish', 'Sudanese': a demonym of the text, or a word shaped like one."""
    return any(w in facts.people or w.endswith(("ian", "ish", "ese")) for w in words)


def _one_name(facts: _Facts, name: str) -> str:
    """One name for one group: "Fano fighters" are the article's "Fano militia"."""
    return next((name + end for end in (" Militia", " Gang") if name + end in facts.named), name)


def _groups_in(text: str) -> list[str]:
    """Group names in order of first appearance."""
    return list(dict.fromkeys(_group_names(text).values()))


@lru_cache(maxsize=256)
def _group_names(text: str) -> dict[int, str]:
    """Group names by offset, in order: the lexicon's, aliases mapped to one name, and those the text gives an
    armed body ("the Fano militia" is Fano Militia, "Azov fighters" Azov)."""
    found = dict(_proper_groups(text))  # a copy: the cached dict stays the proper names
    armies = _army_names(text)
    for match in _FORMATION.finditer(text) if _FORMATION_NOUN.search(text) else ():
        if not any(a <= match.start(1) < b for a, b in armies):
            found.setdefault(match.start(1), match.group(1))
    for noun in _GROUP_NOUN.finditer(text):
        match = _GROUP_NAME_BEFORE.search(text, max(0, noun.start() - 60), noun.start())
        if match is None:
            continue
        words = match.group(1).split()
        if noun.group(1) == "group" and len(words) < 2:
            continue  # "the Dawlah Islamiyah group" names one, "a contract with Marex group" does not
        # The name is the words after any that describe ("the Fano militia", "Islamist Shabaab fighters")
        keep = next((k for k in range(len(words), 0, -1) if not _names_group(words[k - 1])), 0)
        if keep == len(words) and len(words) > 1 and _mid_sentence(text, match.start()) and \
                not any(word.lower() in _DESCRIPTIVE or _DESCRIBED.search(word) for word in words):
            keep = 0  # common words capitalised mid-sentence make a name ("the White Army militia")
        name = " ".join(words[keep:])
        # (not "Russian Wagner" of "Russian Wagner fighters": a listed group's name, which it has; nor a faith alone:
        # "a Muslim rebel group", though "Malay Muslim insurgents" are a people's)
        if name and name.lower() not in _FAITHS and not _GROUP_RE.fullmatch(name) and \
                not _GROUP_RE.fullmatch(words[-1]):
            found.setdefault(match.start(), name + _GROUP_SUFFIX.get(noun.group(1), ""))
    for match in _CALLING_ITSELF.finditer(text) if "calling itself" in text or "known as" in text else ():
        found.setdefault(match.start(1), match.group(1))  # "a little-known group calling itself the X Front"
    for match in _SETTLERS.finditer(text) if "ettlers" in text else ():
        word = match.group(1) or ""
        if word in ("Israeli", "Jewish") or not (word[:1].isupper() and word.endswith(("an", "ese", "ish", "ic", "i"))
                                                 or word.lower() in _OTHER_SETTLERS):
            found.setdefault(match.start(), _SETTLER_GROUP)
    for match in _IDENTITY_MILITIA.finditer(text) if any(name in text for name in _PEOPLE_NAMES) else ():
        for people in (1, 2):
            if match.group(people):
                found[match.start(people)] = match.group(people) + _ETHNIC
    return {start: found[start] for start in sorted(found)}


def _in_group_name(groups: tuple[tuple[int, int], ...], mention: Mention) -> bool:
    """'the Strategic Framework for the Defence of the People of Azawad': a place a group's name holds."""
    return any(start <= mention.start < end for start, end in groups)  # (its first word too: "Jalisco New ...")


def _long_group_names(text: str) -> tuple[tuple[int, int], ...]:
    """Where the lexicon's names of several words stand in ``text``."""
    return tuple((start, end) for start, end, name in _group_matches(text) if " " in name)


@lru_cache(maxsize=256)
def _group_matches(text: str) -> tuple[tuple[int, int, str], ...]:
    """The lexicon's group names in ``text``: (start, end, name as written), scanned once -- not within a state's army
    named so ("the Uganda People's Defence Force", not Myanmar's People's Defence Force)."""
    armies = _army_names(text)
    return tuple((match.start(), match.end(), match.group()) for match in _GROUP_RE.finditer(text)
                 if not any(a <= match.start() and match.end() <= b for a, b in armies))


def _army_names(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _NATIONAL_ARMY.finditer(text)] if "efen" in text else []


@lru_cache(maxsize=256)
def _proper_groups(text: str) -> dict[int, str]:
    """Groups by their proper names, by offset: the lexicon's and those the text introduces with their
    initials ("the Arakan Army (AA)") or as so called -- not a people's or a town's fighters."""
    found: dict[int, str] = {}
    for start, end, name in _group_matches(text):
        affiliate = _AFFILIATE.match(text, end)
        if affiliate and (_GROUP_RE.match(text, affiliate.end()) or
                          _GROUP_BEFORE_APPOSITION.search(text, max(0, start - 60), start)):
            continue  # "the al-Qaeda affiliate JNIM", "JNIM, al-Qaeda's affiliate in the Sahel": JNIM, not al-Qaeda
        found[start] = _GROUP_ALIASES.get(name, name)
    for initials in _INITIALS.finditer(text):
        match = _GROUP_DEFINED.search(text, max(0, initials.start() - 90), initials.start())
        if match is None:
            continue
        known = _GROUP_RE.fullmatch(initials.group().strip(" ()"))
        if known:  # "the National Liberation Army (ELN)": the lexicon's name, first named here
            found[match.start(1)] = _GROUP_ALIASES.get(known.group(), known.group())
            continue
        words = match.group(1).split()
        first = next((k for k, word in enumerate(words) if _names_group(word)), len(words))  # not "The"
        found.setdefault(match.start(1), " ".join(words[first:]))
    for match in _GROUP_CALLED.finditer(text) if " called " in text or " calling " in text or " known as " in text \
            or " named " in text else ():
        found.setdefault(match.start(1), match.group(1))
    return found


def _mid_sentence(text: str, offset: int) -> bool:
    before = text[max(0, offset - 3):offset]
    return "\n\n" not in before and re.search(r"[\w,;]\s+$", before) is not None  # (a headline ends in no stop)


def _names_group(word: str) -> bool:
    """A word that may name a group: not "the", "Islamist", "Russia's" or "Kurdish-led"."""
    return word.lower() not in COMMON_WORDS and word.lower() not in _DESCRIPTIVE and \
        not word.endswith(("'s", "’s")) and not _DESCRIBED.search(word) and \
        words_to_number(word) is None  # (nor "Eleven militants were killed")


def _inter(group: str) -> int:
    """ACLED's inter code of a group: 4 for a people's militia, the lexicon's, 3 for a militia or an unidentified
    armed group, else 2 (a rebel group)."""
    if _ETHNIC in group:
        return 4  # an identity militia
    return NAMED_GROUPS.get(group) or (3 if group.endswith(_NAMED_BODIES) or group.startswith(_UNIDENTIFIED) else 2)


def _unidentified(where: str | None) -> str:
    """'Unidentified Armed Group (Mali)': gunmen, militants or rebels the article never names, of the country
    the event is in, as ACLED writes them."""
    return f"{_UNIDENTIFIED} ({where})" if where else _UNIDENTIFIED


def _unnamed(actor: str) -> bool:
    """An actor the text did not name, which a report naming it may replace."""
    return actor in ("", "State forces") or actor.startswith(_UNIDENTIFIED)


def _country_of(facts: _Facts, word: str) -> str | None:
    return next((m.place.name for m in facts.countries if m.text == word and
                 (_names_a_state(m) or word in facts.armies)), None)


def _country_named(facts: _Facts, name: str) -> str | None:
    """The country a mention names by its name ("Israel")."""
    return next((m.place.name for m in facts.countries if m.text == name and m.kind == "toponym" and
                 m.place.kind == "country"), None)


def _names_a_state(mention: Mention) -> bool:
    """A demonym of a country, or its initials ("US warplanes"): "Arab" and "Kurdish" name regions, no state
    that could act."""
    return (mention.kind == "demonym" or mention.text.replace(".", "").isupper()) and \
        mention.place is not None and mention.place.kind == "country"


# The speaker of the sentence before, named again: "It said ...", "The ministry said its troops had taken ..."
_SPEAKER_AGAIN = frozenset({"It", "They", "The ministry", "The defence ministry", "The defense ministry"})


def _military_before(facts: _Facts, article: Article, sentence: Span) -> str | None:
    """The state whose military the sentence before named (before its "said"), for "It said ..." ("The Israeli
    military said it had struck Hamas. It said troops had killed several gunmen"; "Ukraine's military did not comment.
    It said its forces had repelled 57 attacks")."""
    before = article.sentence_before(sentence)
    if before is None:
        return None
    told = article.text.find(" said ", before.start, before.end)
    end = told if told > 0 else before.end
    military = _MILITARY.search(article.text, before.start, end) or _STATE_VOICE.search(article.text, before.start, end)
    return _state_in(facts, article.text, before.start, end if told > 0 else military.end()) if military else None


def _reporting_military(facts: _Facts, article: Article, sentence: Span, offset: int) -> str | None:
    """'The Israeli military said troops had exchanged fire with gunmen': a state's military reporting what
    unnamed troops did speaks of its own (a clause naming a state of its own is that state's)."""
    text, said, start = article.text, sentence.text.rfind(" said ", 0, offset), sentence.start
    if said >= 0 and sentence.text[:said] in _SPEAKER_AGAIN and \
            not _state_in(facts, text, start + said, start + offset):
        speaker = _military_before(facts, article, sentence)  # the speaker of the sentence before
        if speaker:
            return speaker
    if said < 0 or not _MILITARY.search(sentence.text, 0, said):
        return None
    if _state_in(facts, text, start + said, start + offset):
        return None
    return _state_in(facts, text, start, start + said)


def _capital_claiming(facts: _Facts, text: str, start: int, end: int) -> str | None:
    """The country whose capital, between ``start`` and ``end`` of ``text`` (a subordinate clause before the trigger),
    speaks of the deed ("after Moscow claimed to have recaptured")."""
    return next((_country_names().get(m.place.country) for m in facts.capitals
                 if start <= m.start < end and _CAPITAL_CLAIMS.match(text, m.end)), None)


def _state_in(facts: _Facts, text: str, start: int, end: int) -> str | None:
    """The country a span names ("Russia's defence ministry", "the Ukrainian army"), if any: not inside a group's
    name ("the Syrian Democratic Forces"), nor where the speaker is ("a rebel group in Myanmar"), nor as the home of
    a group ("Yemen's Houthi movement")."""
    return next((m.place.name for m in facts.countries if start <= m.start < end and
                 (m.kind == "toponym" or _names_a_state(m)) and not _GROUP_RE.match(text, m.start) and
                 not _NONSTATE_AFTER.match(text, m.end) and not _IN_BEFORE.search(text, max(0, m.start - 8), m.start)
                 and not (text.startswith(("'s ", "’s "), m.end) and _GROUP_RE.match(text, m.end + 3))),
                None) or next((_country_names().get(m.place.country) for m in facts.capitals
                               if start <= m.start < end and _ORGAN_AFTER.match(text, m.end)), None)


def _commanding_state(text: str, start: int, end: int) -> str | None:
    """The state whose combatant command a span names ("U.S. Africa Command said it had carried out an air strike")."""
    command = _US_COMMAND.search(text, start, end) if "Command" in text or "COM" in text else None
    return "United States" if command else None


def _state_actor(article: Article, sentence: Span, trigger: _Trigger, where: str | None) -> str:
    demonym = _demonym_before_trigger(article, trigger)
    if demonym is not None:
        return f"Military Forces of {_state_name(demonym)}"
    told = _military_told(article, sentence) or _occupying_forces(article, sentence, where)
    if told:  # "Israeli troops raided the Jenin camp ... The military said its forces had killed": Israel's
        return told
    return f"Military Forces of {where}" if where else "State forces"


def _occupying_forces(article: Article, sentence: Span, where: str | None) -> str:
    """'Israeli forces raided Jenin ... In the nearby town of Qabatiya, soldiers arrested 12 people': in a land
    whose own forces the text never names, unnamed soldiers are those of the other state whose troops were just told
    on the ground there (not its jets: "US jets bombed Sanaa ... In Marib, government troops clashed" are Yemen's)."""
    if not where or not _SOLDIERS.search(sentence.text) or \
            f"Military Forces of {where}" in {e.actor1 for e in article.events} or \
            any(m.place is not None and m.place.name == where and (_OWN_FORCES_AFTER.match(article.text, m.end) or
                                                                   _SECURITY_AFTER.match(article.text, m.end))
                for m in article.mentions):  # ("Palestinian security forces" are the land's own)
        return ""
    told = next((e.actor1 for e in reversed(_in_passage(article, sentence)) if e.actor1.startswith("Military Forces of")
                 and e.event_type in _ON_THE_GROUND and _event_country(e.location, None) == where), "")
    # ... or whose troops the passage told acting there without an event ("Israeli forces also raided the Nur Shams
    # camp ... Troops arrested at least 12 people")
    named = [m for m in article.mentions if 0 < sentence.start - m.start <= _PASSAGE and _names_a_state(m) and
             m.place.name != where and _TROOPS_AFTER.match(article.text, m.end)]
    return told or (f"Military Forces of {named[-1].place.name}" if named else "")


def _fight_just_told(article: Article, sentence: Span) -> bool:
    """The last event told, in the passage before ``sentence``, is a battle."""
    told = _in_passage(article, sentence)
    return bool(told) and told[-1].event_type == "Battles"


def _in_passage(article: Article, sentence: Span) -> list[Event]:
    """The events told in the passage before ``sentence`` (from up to _PASSAGE characters back), in text order."""
    return [e for e in article.events if 0 < sentence.start - e.sentence.start <= _PASSAGE]


def _military_told(article: Article, sentence: Span) -> str:
    """The state forces of the event just told, where a sentence speaks of "the military" or "the army" and names no
    state ("" where none)."""
    if not _THE_MILITARY.match(sentence.text):
        return ""
    return next((e.actor1 for e in reversed(_in_passage(article, sentence))  # (or withdrew: "Israeli forces withdrew")
                 if e.actor1.startswith("Military Forces of")), "")


def _state_name(mention: Mention) -> str:
    """The state a mention names: a country, or the country whose capital stands for it ("Washington said")."""
    return mention.place.name if mention.place.kind == "country" else _country_names().get(mention.place.country, "")


def _fights_beside(sentence: Span, trigger: _Trigger, group: str) -> str | None:
    """``group`` if the subject names it beside the state's forces ("soldiers and allied Wazalendo militiamen")."""
    clause = sentence.text[:trigger.span.start - sentence.start]
    if "each other" in clause or "one another" in clause:
        return None  # "Congo's army and M23 rebels accused each other ... after heavy fighting": foes
    return group if any(name == group and _ALLY_BEFORE.search(clause, max(0, start - 45), start)
                        for start, name in _group_names(clause).items()) else None


def _subject_ally(article: Article, trigger: _Trigger) -> str | None:
    """The second state of a coordinated subject that struck ("Washington and London carried out air strikes")."""
    subject = _demonym_before_trigger(article, trigger)
    verb = _STRIKE_VERB.match(article.text, subject.end) if subject is not None else None
    if verb is None or verb.group("ally") is None:
        return None
    ally = next((m for m in article.mentions if m.start == verb.start("ally") and m.place is not None), None)
    return _state_name(ally) if ally is not None and _state_subject(article.text, ally) else None


_ASIDE = re.compile(r",\s+(?:which|who)\s+[^,;.]{1,80},")


def _demonym_before_trigger(article: Article, trigger: _Trigger) -> Mention | None:
    """'Israeli warplanes', 'Russian air forces': the demonym names the state that acted (but not
    when it opens a named group, 'Syrian Democratic Forces', or names no state, 'Arab', 'Kurdish');
    so does a country the subject of the strike ("India launched missile strikes", "Israel struck")."""
    for mention in article.mentions:
        gap = trigger.span.start - mention.end
        if not 0 <= gap <= _SUBJECT_REACH:
            continue  # (most of the article's mentions: none of what follows is needed)
        # ("Israel's air force": a country's own)
        owner = article.text.startswith(("'s ", "’s "), mention.end) and mention.place is not None and \
            mention.place.kind == "country" and not _GROUP_RE.match(article.text, mention.end + 3)  # (not "Yemen's
        # Houthis")
        if 0 <= gap <= 40 and re.fullmatch(r"[ \w]*", article.text[mention.end + 2 * owner:trigger.span.start]) and \
                not _GROUP_RE.match(article.text, mention.start) and not _NONSTATE_AFTER.match(article.text, mention.end) \
                and (gap <= 20 and (_names_a_state(mention) or owner) or _state_subject(article.text, mention) or
                     # ("Haitian police and Kenyan officers clashed": the first named, the ally after)
                     _names_a_state(mention) and _FORCES_AND_ALLY.match(article.text, mention.end) or
                     gap <= 1 and mention.place is not None and mention.place.kind == "country" and
                     _STRIKE_NOUN.match(trigger.span.text)):  # "Pakistan air strikes hit ...": Pakistan's
            return mention
        # ... however long its clause ("Israel struck Iran's enrichment site at Natanz and killed commanders in a wave
        # of air strikes")
        if 40 < gap <= _SUBJECT_REACH and _state_subject(article.text, mention) and \
                not _CLAUSE_BREAK.search(article.text, _past_aside(article.text, mention.end), trigger.span.start) and \
                "." not in article.text[mention.end:trigger.span.start]:
            return mention
    return None


def _state_subject(text: str, mention: Mention) -> bool:
    """A country, or its capital, named as the one that struck: "India launched ...", "Moscow fired ...", not
    "in India", "India's", "Kyiv was hit"."""
    return mention.kind == "toponym" and mention.place is not None and \
        (mention.place.kind == "country" or mention.place.feature_code == "PPLC") and \
        bool(_STRIKE_VERB.match(text, _past_aside(text, mention.end))) and \
        not _PREPOSITION_BEFORE.search(text, max(0, mention.start - 12), mention.start)


def _past_aside(text: str, end: int) -> int:
    """Where the words after a name go on past an aside set off by commas ("Israel, which says it is protecting the
    Druze, struck ..."): the verb's subject is the name."""
    aside = _ASIDE.match(text, end) if text.startswith(",", end) else None
    return aside.end() if aside else end


def _fatalities(sentence: Span, events: list[Event], trigger: _Trigger, triggers: list[_Trigger]) -> None:
    """ACLED's rule: the lowest figure reported; split evenly over the trigger's events (its places).  A
    figure belongs to the trigger nearest before it ("seized a base as shelling killed 14": the shelling's),
    or to the first where none comes before ("14 died when shelling hit ...")."""
    # Talks, arrests and deals kill no one: a toll goes to the violent trigger before it ("strikes hit Gaza as talks
    # resume in Doha, killing 22": the strikes'), or to none ("Strikes kill 22 in Gaza as talks resume").
    tolled = [t for t in triggers if t.event_type != "Strategic developments"]
    if trigger not in tolled:
        return
    # (a toll the text gives to a fight is no strike's: "said nine of its troops had died in the fighting and accused
    # Pakistan of ... air strikes on Kabul")
    fight = trigger.event_type != "Battles" and "fight" in sentence.text
    total = _death_toll(sentence, lambda offset: _toll_owner(sentence, offset, tolled) is trigger and
                        not _told_of_before(sentence, offset, trigger) and
                        not (fight and _DIED_FIGHTING.match(sentence.text, offset - sentence.start)) and
                        not _joint_toll(sentence, offset, tolled))
    if total and events and not _toll_where(sentence, events, trigger, tolled):
        _split_toll(events, total)


# "nine of its troops had died in the fighting": a toll of the fighting, whatever the trigger nearest it
_DIED_FIGHTING = re.compile(r"[^,;.]{0,60}?\b(?:killed|died)\s+(?:in|during)\s+(?:the\s+)?(?:[\w-]+\s+)?fighting\b")


def _toll_where(sentence: Span, events: list[Event], trigger: _Trigger, tolled: list[_Trigger]) -> bool:
    """'Explosions were reported in Dnipro and Zaporizhzhia, where two people were killed': the toll of the 'where'
    clause is that place's alone."""
    told = [(e, e.location.end) for e in events if e.location is not None and
            sentence.start <= e.location.end < sentence.end and
            _WHERE_AFTER.match(sentence.text, e.location.end - sentence.start)]
    if len(events) < 2 or len(told) != 1:
        return False
    event, where = told[0]
    total = _death_toll(sentence, lambda offset: offset > where and _owner(offset, tolled) is trigger)
    if total:
        event.fatalities = total
    return bool(total)


def _told_of_before(sentence: Span, offset: int, trigger: _Trigger) -> bool:
    """A figure in a clause of its own about an earlier time ("India struck sites in Pakistan, saying it targeted
    those who planned the killing of 26 tourists last month"): another event's toll."""
    at = offset - sentence.start
    if _AVENGED.search(sentence.text, trigger.span.end - sentence.start, at) or \
            _ANNIVERSARY.search(sentence.text, trigger.span.end - sentence.start, at):
        return True  # "fired rockets ..., in retaliation for a strike that killed one of its commanders": the avenged
        # (and "as demonstrators marked a year since anti-tax protests in which dozens were killed": the remembered)
    start = max((m.end() for m in _CLAUSE_BREAK.finditer(sentence.text, 0, at)), default=0)
    if start <= trigger.span.start - sentence.start:
        return False  # the trigger's own clause
    end = next((m.start() for m in _CLAUSE_BREAK.finditer(sentence.text, at)), len(sentence.text))
    # "Protesters set fire to parliament on Tuesday, a day after police shot dead 19": another day's toll
    return _days_apart(sentence, offset) != _days_apart(sentence, trigger.span.start) or \
        _EARLIER.search(sentence.text, start, end) is not None


def _split_toll(events: list[Event], total: int) -> None:
    share, extra = divmod(total, len(events))
    for index, event in enumerate(events):
        event.fatalities = share + (1 if index < extra else 0)
        if len(events) > 1:
            event.notes += f" [fatalities: {total} reported for {len(events)} events, split evenly]"


def _death_toll(sentence: Span, counts: Callable[[int], bool] = lambda offset: True) -> int | None:
    """The lowest death figure of the sentence among those at offsets ``counts`` accepts."""
    lower = sentence.text.lower()
    if "kill" not in lower and "dead" not in lower and "died" not in lower and "gunned" not in lower and \
            "behead" not in lower and "death" not in lower and "execut" not in lower:
        return _bodies_found(sentence.text)  # every figure _KILLED reads sits beside one of these words: skip its scan
    figures = []
    both = _BOTH_DIED.search(sentence.text)  # "12 soldiers and 30 assailants died": 42
    parts = [_FATALITY_WORDS.get(n.lower()) or parse_number(n.lower()) or int(n.lower() in ("a", "an"))
             for n in both.groups()] if both else []
    if both is not None and not all(parts):
        both = None
    elif both is not None and counts(both.start() + sentence.start):
        figures.append(int(sum(parts)))
    shares = []  # "killed 11 villagers, beheading several of them": a part of a toll told, the toll if none is
    for match in _KILLED.finditer(sentence.text):
        word = (match.group("a") or match.group("b") or match.group("c") or "").lower()
        # ("dropped explosives on a man ..., killing him"; not "killed her dog")
        pronoun = word == "him" or word == "her" and _OBJECT_ENDS.match(sentence.text, match.end())
        value = 2 if match.group("pair") else \
            1 if match.group("one") or match.group("single") or match.group("official") or pronoun else \
            _FATALITY_WORDS.get(word) or parse_number(word)
        if both and match.start() < both.end() and both.start() < match.end():
            continue  # (a figure of the sum told: "seven soldiers and 15 militants were killed")
        if value and counts(match.start() + sentence.start):
            told = shares if _PART_OF_THEM.match(sentence.text, match.end()) else figures
            if told and match.group("b") and _others_killed(sentence.text, match):
                told[-1] += int(value)  # "Five soldiers were killed, and all 16 attackers were shot dead": 21
                continue
            told.append(int(value) + (_more_killed(sentence.text, match.end()) if not match.group("b") else 0))
    figures = figures or shares  # ("clashed with gunmen, killing two of them")
    if not figures:
        return _bodies_found(sentence.text)
    # "killed hundreds of civilians ..., including more than 460 people at the hospital": a vague word's figure
    # (ACLED's 100) is at least the part the sentence counts
    part = _COUNTED_PART.search(sentence.text) if "including" in lower else None
    told = parse_number(part.group(1).replace(",", "")) if part else None
    return max(min(figures), told) if told and min(figures) in _VAGUE_FIGURES else min(figures)


def _bodies_found(text: str) -> int | None:
    """The dead a sentence counts only by their bodies ("the bodies of five men were found dumped")."""
    found = _BODIES_FOUND.search(text) if "bodies of" in text else None
    return (_FATALITY_WORDS.get(found.group(1).lower()) or parse_number(found.group(1).lower()) or None) \
        if found else None


def _others_killed(text: str, match: re.Match) -> bool:
    """A second clause's toll of dead the sentence has not named yet ("..., and all 16 attackers were shot dead"),
    not the same dead told again."""
    if _AND_ANOTHER.search(text, max(0, match.start() - 20), match.start()) is None and " also " not in match.group():
        return False  # (but "...; four soldiers were also killed": more dead)
    noun = _NOUN_AFTER.match(text, match.end("b"))
    if noun is None:
        return False
    # ... not counted before (but "33 militants had been killed and 21 hostages had died", after "to free the
    # hostages", counts them)
    before = re.findall(rf"([\w,]+)\s+{noun.group(1)}\b", text[:match.start()], re.I)
    return not any(parse_number(word.lower()) or word.lower() in _FATALITY_WORDS for word in before)


def _more_killed(text: str, end: int) -> int:
    """The dead the same verb goes on to list: "killed a bandit leader and 30 of his fighters" (30 more), "killed a
    man, his wife and their two sons" (three more)."""
    kin = _KIN_LISTED.match(text, end)
    if " " not in kin.group():  # (none right after the victim's word)
        kin = _KIN_PAST_TITLE.match(text, end) or kin  # "killed a senior Hezbollah commander and his driver"
    listed = len(_KIN.findall(kin.group()))
    more = _AND_MORE.match(text, kin.end())
    if more is None:
        return listed
    word = more.group(1).strip().lower()  # ("killing a commander and a civilian passer-by": one more)
    return listed + int(_FATALITY_WORDS.get(word) or parse_number(word) or (1 if word in ("a", "an") else 0))


_LOWER_TOLL = re.compile(rf"\b(?:lower|smaller|revised|conflicting)\s+(?:death\s+)?toll\s+of\s+"
                         rf"(\d[\d,]*|{NUMBER_WORD})\b|"
                         rf"\bput the (?:death )?toll (?:lower )?at\s+(\d[\d,]*|{NUMBER_WORD})\b", re.I)
# "killing six soldiers": armed men killed (against _CIVILIANS_KILLED, the unarmed)
# ... or members of an armed force ("shot dead two members of the Syrian Democratic Forces at a checkpoint")
_ARMED_KILLED = re.compile(r"\b(?:kill(?:ing|ed)|dead)\s+(?:at least\s+)?(?:[\w-]+\s+){0,2}"
                           r"(?:soldiers|troops|policemen|police officers|security personnel|servicemen|guards|"
                           r"gendarmes|"
                           r"members of (?:the )?(?:[\w-]+ ){0,3}(?:[Ff]orces|[Aa]rmy|[Pp]olice|[Mm]ilitia))\b")
# "gunmen arrived on motorcycles and attacked from several directions, overrunning a camp of the VDP militia"
_ARMED_SITE_OVERRUN = re.compile(r"\b(?:overrunning|overran|storming|stormed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}"
                                 r"(?:camp|base|post|outpost|positions?|barracks|checkpoint)\b"
                                 r"(?!\s+(?:for|of)\s+(?:the\s+)?(?:displaced|refugees)\b)")
# The dead of a strike told as people among whom were children: unarmed people struck
_CHILDREN_AMONG_DEAD = re.compile(r"\b(?:people|civilians|villagers|residents|persons)\b[^.;]{0,60}?\bincluding "
                                  r"(?:at least )?(?:[\w-]+ )?(?:children|girls|boys|infants|babies|a child|a baby)\b")
# "killed in the strikes on the port": the site a toll names its strikes by, told near the place of one of them
_STRIKES_ON_SITE = re.compile(r"\b(?:strikes?|attacks?|raids?|shelling|bombing)\s+on\s+the\s+(?:[\w-]+\s+)?"
                              r"(port|airport|station|plant|market|hospital|camp|school|refinery|base|depot)\b")
_SITE_REACH = 25  # characters either side of a place within which its site is told ("the port of Hodeidah")
# "RSF and SPLM-N", "the RSF and their allies in the SPLM-North": two groups named as acting together
_ALLIES_JOIN = re.compile(r"\s+and\s+(?:(?:their|its)\s+allies\s+(?:in|of|from)\s+)?(?:the\s+)?(?:allied\s+)?")
_CIVILIANS_STRUCK = re.compile(r"\s+(?:on\s+|at\s+)?(?:an?\s+|the\s+)?(?:(?:convoy|group|crowd|gathering|bus|car)s?\s+"
                               r"(?:of|carrying)\s+)?(?:civilians|displaced\s+(?:people|families)|worshippers|"
                               r"shoppers|mourners)\b")
_CIVILIANS_KILLED = re.compile(r"\b(?:civilians|villagers|residents|worshippers|farmers|passengers)\b")
# "Two members of the security forces were also killed", "a soldier also died": the state's own dead, told after
_OWN_DEAD_TOO = re.compile(r"\b(?:soldiers?|troops|policem[ae]n|police officers?|security (?:forces|personnel)|"
                           r"servicem[ae]n|gendarmes?)\b[^.;]{0,20}?\b(?:were|was) also (?:killed|shot dead)|"
                           r"\b(?:soldiers?|troops|policem[ae]n|officers?)\s+also\s+died\b")
_NO_KILLING = frozenset({"Abduction/forced disappearance", "Sexual violence", "Looting/property destruction"})


def _killed_at_the_protest(article: Article, sentence: Span) -> bool:
    """'Police fired tear gas and live rounds at thousands of opposition supporters ... At least three people were
    killed': the dead of the force used on the protest just told, which makes it excessive force (the forces first)."""
    last = article.events[-1] if article.events else None
    if last is None or last.sub_event_type != "Protest with intervention" or \
            not _right_after(article, last, sentence) or not _LIVE_FIRE.search(last.sentence.text):
        return False
    total = _death_toll(sentence)
    if not total:
        return False
    last.sub_event_type, last.fatalities = "Excessive force against protesters", total
    last.actor1, last.inter1, last.actor2, last.inter2 = last.actor2, last.inter2, last.actor1, last.inter1
    return True


def _killed_in_the_riot(article: Article, sentence: Span) -> bool:
    """'Protesters attacked embassies in Kinshasa ... At least three people were killed in the unrest': the dead of the
    riot just told (a sentence or two before), its toll."""
    last = article.events[-1] if article.events else None
    if last is None or last.event_type != "Riots" or last.fatalities or \
            _sentences_between(article, last.sentence, sentence) > 1:
        return False
    if not _IN_THE_UNREST.search(sentence.text):  # ... or of the riot at the town it names ("... spread to Pokhara,
        # Butwal and Itahari, where demonstrators clashed with police. Two people were killed in Itahari")
        named = {m.place for m in article.mentions_in(sentence.start, sentence.end) if m.located and
                 _locative_before(article.text, m)}
        last = next((e for e in article.events if e.sentence is last.sentence and e.event_type == "Riots" and
                     e.location is not None and e.location.place in named and not e.fatalities), None)
        if last is None:
            return False
    total = _death_toll(sentence)
    if total:
        last.fatalities = total
    return bool(total)


def _follow_up_toll(article: Article, sentence: Span) -> None:
    """'Clashes erupted near Azaz. A monitor said 7 fighters were killed.': a toll told in the next
    sentence, with no event of its own, is that of the single violent event just before -- or of the places
    one trigger struck ("missile strikes on A and B. Pakistan said 31 were killed"), split evenly."""
    if _lower_toll(article, sentence) or _killed_at_the_protest(article, sentence) or \
            _killed_in_the_riot(article, sentence):
        return
    if _CLAIMED_TOLL.search(sentence.text) and any(e.fatalities for e in _in_passage(article, sentence)):
        return  # "JNIM said it had killed more than 100 soldiers": a side's count beside a reported toll raises none
    if _SHARE_OF_THE_DEAD.search(sentence.text):
        return  # "Eight of the dead were government security personnel": who the dead told before were
    if _toll_at_the_town_opening(article, sentence):
        return
    # ... the violent one: "gangs attacked police positions, and officers withdrew. Four people were killed."
    # ... across a sentence that told only a withdrawal ("The insurgents withdrew on Saturday. At least 10 soldiers
    # were killed": the fight's dead)
    told = next((e for e in reversed(article.events) if e.sub_event_type != _WITHDRAWAL), None)
    left = told is not None and told is not article.events[-1] and \
        _sentences_between(article, told.sentence, sentence) == 1
    told = told if left else article.events[-1] if article.events else None
    previous = [e for e in article.events if e.sentence is told.sentence and e.violent] if told else []
    killing = [e for e in previous if e.sub_event_type not in _NO_KILLING]
    named = _THE_STRIKES.search(sentence.text) if len(killing) > 1 else None
    struck = [e for e in killing if e.sub_event_type == "Air/drone strike"] if named else []
    if struck and all(e.trigger == struck[0].trigger for e in struck):  # "Israeli warplanes struck Sanaa, days after
        # the Houthis fired a missile at Israel. ... two people were killed in the strikes": the air strikes' toll
        # (split between the places one trigger struck: "struck the port of Hodeidah and a power station in Sanaa")
        previous = killing = struck
    if len(previous) > 1 and len(killing) == 1:  # "Gunmen stormed a school and abducted 287 students. ... opened
        previous = killing  # fire, killing a teacher": the attack's toll, not the abduction's
    elif len(killing) > 1 and len({e.location.place if e.location else None for e in killing}) == 1 and \
            killing[0].event_type == "Battles":  # "attacked a base, setting off a car bomb at the gate before
        previous = killing[:1]  # storming it. At least 17 soldiers were killed": the assault's toll
    if len(previous) == 1 and (_other_sides_dead(article, previous[0], sentence) or
                               _states_own_dead(article, previous[0], sentence)):
        return
    if len(previous) == 1 and previous[0].fatalities == 1 and _IN_THE_EVENT.search(sentence.text) and \
            _sentences_between(article, previous[0].sentence, sentence) == 0:
        # "..., killing a Hezbollah commander. The ministry said two people were killed in the strike": all its dead
        previous[0].fatalities = max(1, _death_toll(sentence) or 1)
        return
    if not previous or any(e.trigger != previous[0].trigger or e.fatalities for e in previous) or \
            article.text[previous[0].sentence.end:sentence.start].strip() and not left and not (
                _IN_THE_EVENT.search(sentence.text) and
                _sentences_between(article, previous[0].sentence, sentence) == 1 or
                _heard_between(article, previous[0], sentence) or
                # (not the forces' own account after it: 'The army said its troops repelled the attackers and killed
                # "dozens of terrorists"')
                _placed_between(article, previous[0], sentence) and not _THE_MILITARY.match(sentence.text)):
        return  # (but "... struck the airport. The RSF has used it for arms. Five people were killed in the strikes.")
    total = _death_toll(sentence)
    if total and not (_LONG_AGO.search(sentence.text) or _SINCE_BEGAN.search(sentence.text) or
                      _RUNNING_TOLL.search(sentence.text) or _TOLL_SINCE.search(sentence.text) or
                      _before_the_year(article, sentence.text, 0)):
        # (not "... have attacked the province since 2017, killing 6,000": history); "three were killed in Taiz":
        # the toll of the strike there
        # (in the toll's own clause: not "..., which set off fires at fuel tanks on the Red Sea coast")
        which = _WHICH_AFTER.search(sentence.text)
        end = sentence.start + which.start() if which else sentence.end
        named = [m for m in article.mentions_in(sentence.start, end) if m.place is not None and
                 m.kind == "toponym" and _locative_before(article.text, m)]
        there = [e for e in previous if e.location is not None and e.location.place in {m.place for m in named}]
        within = [e for e in previous if e.location is not None and e.location.place is not None and
                  e.location.place.kind != "place" and any(_unit_holds(e.location.place, m.place) for m in named)]
        if there or within or not named:  # (not "one civilian was killed in Oddar Meanchey", after a strike elsewhere)
            _split_toll(there or previous, total)


def _at_the_site(article: Article, sentence: Span, events: list[Event]) -> list[Event]:
    """The events a toll names by their site ("killed in the strikes on the port", after strikes on "the port of
    Hodeidah and a power station near Sanaa": the port's), where it names no place."""
    site = _STRIKES_ON_SITE.search(sentence.text)
    if site is None:
        return []
    word = re.compile(rf"\b{site.group(1)}\b", re.I)
    return [e for e in events if e.location is not None and
            word.search(article.text, max(0, e.location.start - _SITE_REACH), e.location.end + _SITE_REACH)]


def _lower_toll(article: Article, sentence: Span) -> bool:
    """'Police confirmed the attack but gave a lower toll of 12 dead': ACLED's lowest figure, for the last event of
    the passage with a toll."""
    lower = _LOWER_TOLL.search(sentence.text) if "toll" in sentence.text else None
    figure = parse_number((lower.group(1) or lower.group(2)).lower()) if lower else None
    told = [e for e in _in_passage(article, sentence) if e.fatalities] if figure else []
    if told and figure < told[-1].fatalities:
        told[-1].fatalities = int(figure)
    return bool(told)


def _toll_at_the_town_opening(article: Article, sentence: Span) -> bool:
    """'Drones struck a power station in Port Sudan and a fuel depot in Atbara ... In Atbara, two guards at the depot
    were killed': the toll of the event told in the passage at the town the sentence opens on, if it had none."""
    opening = _IN_TOWN_OPENING.match(sentence.text)
    town = next((m for m in article.mentions if opening is not None and m.start == sentence.start + opening.start(1)
                 and m.located), None)
    told = [e for e in _in_passage(article, sentence) if town is not None and e.violent and e.location is not None
            and e.location.place == town.place]
    # (the last so told: a headline's and its body's are one event, merged later)
    total = _death_toll(sentence) if told and not any(e.fatalities for e in told) else None
    if not total or _RUNNING_TOLL.search(sentence.text):
        return False
    told[-1].fatalities = total
    return True


def _other_sides_dead(article: Article, fight: Event, sentence: Span) -> bool:
    """'Militants attacked a base, killing 19 soldiers. Troops fought back and killed 20 of the attackers': in the next
    sentence, the attackers' dead of a fight with the state's forces -- the toll of their side, an event of its own
    (as 'Soldiers killed 20 of the attackers' makes one)."""
    state = fight.actor2 if fight.inter2 == 1 else "" if fight.actor2 else \
        _state_of(fight) if _SOLDIERS.search(sentence.text) else ""  # ("Troops fought back and killed 20")
    if fight.event_type != "Battles" or not state or not fight.actor1 or \
            not _right_after(article, fight, sentence) or not _ATTACKERS_DEAD.search(sentence.text):
        return False
    return _toll_apart(article, _first_telling(article, fight), sentence, (state, 1), "the attackers' dead")


def _first_telling(article: Article, fight: Event) -> Event:
    """The fight as first told with its toll, where ``fight`` only tells it again with none ("Separatists killed four
    soldiers in an ambush near Ndop. The attackers opened fire on a patrol ...": the ambush, whose toll the
    attackers' dead do not replace)."""
    if fight.fatalities:
        return fight
    return next((e for e in _in_passage(article, fight.sentence) if e.fatalities and e.event_type == fight.event_type
                 and e.actor1 == fight.actor1 and e.actor2 == fight.actor2 and e.event_date == fight.event_date), fight)


def _attackers_dead_beside(article: Article, sentence: Span) -> None:
    """'Militants attacked an army post, killing 10 soldiers, the ministry said, adding that 19 attackers were killed':
    the attackers' dead the sentence tells after a fight's own toll with the state's forces -- that side's toll, an
    event of its own, as in the sentence after (see _other_sides_dead)."""
    fights = [e for e in article.events if e.sentence is sentence and e.event_type == "Battles"]
    if len(fights) != 1 or fights[0].inter2 != 1 or not fights[0].actor1 or not fights[0].fatalities:
        return
    fight = fights[0]
    dead = _ATTACKERS_DEAD.search(sentence.text, fight.trigger.end - sentence.start)
    if dead is None or _BOTH_DIED.search(sentence.text):
        return
    own = _death_toll(article.span(sentence.start, sentence.start + dead.start()))  # the fight's toll, told before
    if _toll_apart(article, fight, sentence, (fight.actor2, fight.inter2), "the attackers' dead",
                   figures=article.span(sentence.start + dead.start(), sentence.end)):
        fight.fatalities = own or 0  # (none told before: "armed men attacked the palace, and security forces killed
        # 18 of them" -- the 18 are the attackers' alone)


def _toll_apart(article: Article, fight: Event, sentence: Span, side: tuple[str, int | None], note: str,
                figures: Span | None = None) -> bool:
    """The dead ``sentence`` (its part ``figures``) tells of the side that faced ``side`` in ``fight``: an event of
    their own, ``side`` its actor1 (False where it gives no figure)."""
    total = _death_toll(figures or sentence)
    if not total:
        return False
    if not fight.fatalities:  # "Al-Shabaab recaptured Moqokori ... 25 militants were killed": the fight's only toll,
        fight.fatalities = total  # with the side that told it as its other actor
        fight.actor2, fight.inter2 = fight.actor2 or side[0], fight.inter2 or side[1]
        return True
    article.events.append(replace(fight, actor1=side[0], inter1=side[1], actor2=fight.actor1, inter2=fight.inter1,
                                  fatalities=total, sentence=sentence, notes=f"{fight.notes} [{note}]".strip()))
    return True


def _states_own_dead(article: Article, fight: Event, sentence: Span) -> bool:
    """'Security forces killed 31 Maoist rebels in a gunbattle ... Two members of the security forces were also
    killed': right after a fight the state's forces told with their foes' dead, their own dead -- that side's toll, an
    event of its own (as _other_sides_dead makes the attackers')."""
    if fight.event_type != "Battles" or fight.inter1 != 1 or not fight.actor2 or not fight.fatalities or \
            not _right_after(article, fight, sentence) or not _OWN_DEAD_TOO.search(sentence.text):
        return False
    return _toll_apart(article, fight, sentence, (fight.actor2, fight.inter2), "the state forces' dead")


def _fight_retold_with_its_dead(article: Article, sentence: Span, triggers: list[_Trigger]) -> bool:
    """'... ambushed a police convoy, killing six officers. Two attackers were also killed in the shootout': the fight
    just told, told again with its attackers' dead (see _other_sides_dead), not a fight of its own -- nor are the
    others arrested there an arrest of its own."""
    # ("Several assailants were killed and others arrested": those held at the fight, no arrest of its own)
    # ... or "30 attackers were killed in the fighting", the trigger holding its "in the"
    if not all(t.sub_event_type == "Arrests" or t.event_type == "Battles" and (_IN_THE_STRIKE.search(
            sentence.text, max(0, t.span.start - sentence.start - 30), t.span.start - sentence.start) or
            _KILLED_IN_THE.match(t.span.text)) for t in triggers):
        return False
    fights = [e for e in article.events if e.sentence is article.events[-1].sentence and e.event_type == "Battles"]
    return len(fights) == 1 and _other_sides_dead(article, fights[0], sentence)


def _state_of(event: Event) -> str:
    """The forces of the state an event happened in ("" where its place has no country)."""
    country = _event_country(event.location, None)
    return f"Military Forces of {country}" if country else ""


def _heard_between(article: Article, event: Event, sentence: Span) -> bool:
    """'... shelling positions around Stepanakert. Residents of Stepanakert said explosions could be heard. Officials
    said 32 people were killed': one sentence between that tells only what was heard or seen of it, there -- or who
    fled it, and where to ("Residents fled toward Lascahobas") -- and at most one that tells who claimed it."""
    between = _sentences_in_between(article, event.sentence, sentence)
    heard = [s for s in between if not _CLAIMED.search(s.text)]
    if len(heard) != 1 or len(between) > 2 or not _SENSED.search(heard[0].text):
        return False
    places, gone_to = set(), None
    for m in article.mentions:
        if heard[0].start <= m.start < heard[0].end and m.kind == "toponym" and m.place is not None:
            # (and those listed after a destination: "toward Saut-d'Eau and Lascahobas")
            listed = gone_to is not None and article.text[gone_to.end:m.start] in (" and ", ", ", ", and ")
            gone_to = m if listed or not _not_destination(article.text, m) else None
            if gone_to is None:
                places.add(m.place)
    told = event.location.place if event.location is not None else None
    # (the town's own, or a quarter of it: "Heavy fighting broke out in Khartoum ... Gunfire was heard in Bahri")
    return all(place == told or told is not None and told.kind == "place" and
               haversine_km(place.lat, place.lon, told.lat, told.lon) <= _HEARD_KM for place in places)


_PLACE_NAMED = re.compile(r"\b(?:in|at|near|on)\s+[A-Z]")


def _joint_toll(sentence: Span, offset: int, triggers: list[_Trigger]) -> bool:
    """'Truck bomb in Cali and attack on police helicopter kill 18': one figure for two deeds the clause joins, each at
    its place or of its kind, the toll of neither (each has its own, told in the body) -- not the means of one
    ("air strikes and tank fire killed at least 30 across the Gaza Strip")."""
    before = [t for t in triggers if t.span.end <= offset]
    if len(before) < 2:
        return False
    first, last = before[-2], before[-1]
    between = sentence.text[first.span.end - sentence.start:last.span.start - sentence.start]
    return " and " in between and (first.event_type != last.event_type or _PLACE_NAMED.search(between) is not None) \
        and not _CLAUSE_BREAK.search(sentence.text, first.span.start - sentence.start, offset - sentence.start)


def _toll_owner(sentence: Span, offset: int, triggers: list[_Trigger]) -> _Trigger:
    """The trigger a death figure belongs to: the one that killed them ("..., and one soldier was killed by a roadside
    bomb"), else the nearest before it."""
    after = next((t for t in triggers if t.span.start > offset), None)
    if after is not None and _KILLED_BY.fullmatch(sentence.text, offset - sentence.start,
                                                  after.span.start - sentence.start):
        return after
    return _owner(offset, triggers)


def _owner(offset: int, triggers: list[_Trigger]) -> _Trigger:
    before = [t for t in triggers if t.span.start <= offset]
    return before[-1] if before else triggers[0]


# -- time ---------------------------------------------------------------------------------

def article_anchor_date(article: Article) -> tuple[date | None, str]:
    """The date relative expressions hang on: a dateline's day ("BOGOTA, April 7 -") within the year the
    metadata gives, else the metadata's date, then a caption's date as a weak hint."""
    if article.date:
        given = date.fromisoformat(article.date)
        dateline = DATELINE.search(article.text, 0, len(article.title) + 200)
        day = _calendar_date(dateline.group(1), given) if dateline else None
        return day or given, "article"
    if article.date_hint:
        return date.fromisoformat(article.date_hint), "hint"
    return None, ""


def _date(event: Event, article: Article, anchor: date | None, kind: str) -> None:
    if anchor is None:
        return
    # the day the event's own words give, else the next sentence's that retells it, else the report's ("..., a local
    # official said Saturday")
    told = _relative_day(event, told=True)
    if told is None or _SAID_ON.search(event.sentence.text, max(0, told.start() - 20), told.start()):
        # "The army said on Tuesday it had killed 30 ... The army said the strikes on Sunday": Sunday's
        told = _day_retold(article, event) or told
    match = told or _relative_day(event)
    if told is None and match is not None and article.events and _SAME_DAY.search(event.sentence.text):
        match = None  # "Later that day ..., the army said on Wednesday": the day told before, not the report's
    precision, gone = 1, None
    calendar = _calendar_date(_without_asides(event), anchor)
    # "On May 7": that day, of the year before the article's where it is later -- whatever day its reporter spoke, if
    # the day is the sentence's own, not its dateline's ("BOGOTA, April 7 - ..., the army said on Sunday": Sunday)
    own = calendar if not match or told or calendar is None else _calendar_date(_after_dateline(event.sentence.text),
                                                                               anchor)
    if own is not None and not told:
        event.event_date, event.time_precision = own.isoformat(), 1
        return
    # (a month the event's own words give beats the day a closing attribution was spoken: "... overran the camp in
    # April, the U.N. said on Friday")
    month = _month_told(_without_reporter(event.sentence.text), anchor) \
        if not told and (calendar is None or _calendar_date(_after_dateline(event.sentence.text), anchor) is None) \
        else None  # (nor the dateline's day: "GENEVA, May 2 - ... in April")
    if month is not None:  # "had clashed with gunmen in December": that month, to the month
        event.event_date, event.time_precision = month.isoformat(), 3
        return
    anchor = calendar or anchor  # "YEREVAN, Sept 14 - ... on Tuesday": the Tuesday before the dateline's day
    if match and match.group(1):
        target = _WEEKDAYS.index(match.group(1).lower())
        day = _nearest_weekday(anchor, target) if kind == "hint" else _last_weekday(anchor, target)
    elif not match and (later := _days_later(event.sentence.text)) and \
            (previous := _told_before(article, event)) is not None:  # "A day later, militants ambushed ..."
        day = date.fromisoformat(previous.event_date) + timedelta(days=later)
        if article.date and day > date.fromisoformat(article.date):
            day = date.fromisoformat(article.date)  # no day after the report's (its dateline's may be older)
        weeks = later % 7 == 0 and "week" in event.sentence.text  # "A week earlier": to the week
        event.event_date, event.time_precision = day.isoformat(), max(previous.time_precision, 2 if weeks else 1)
        return
    elif not match and _DEAD_TOLD_AGAIN.match(event.sentence.text) and (toll := _last_toll(article)) is not None:
        event.event_date, event.time_precision = toll.event_date, toll.time_precision  # "Among the dead were ..."
        return
    elif not match and article.events and (article.events[-1].sentence is event.sentence or  # its sentence's day
                                           _SAME_DAY.search(event.sentence.text) or
                                           (gone := _goes_on(article, event)) is not None or
                                           _continues(article, event) or _also_then(article, event) or
                                           _another(article, event) or _target_again(article, event)):
        # "Hours later, a roadside bomb ...": the day of the event told before (of the one it goes on with)
        previous = gone if gone is not None and article.events[-1].sentence is not event.sentence and \
            not _SAME_DAY.search(event.sentence.text) else article.events[-1]
        # (or the same side, told again as such: "... during a raid on Missong in June. The soldiers burned homes")
        if previous.time_precision == 1 or previous.sentence is event.sentence or \
                event.actor1 and event.actor1 == previous.actor1 and _THE_SIDE_AGAIN.match(event.sentence.text):
            event.event_date, event.time_precision = previous.event_date, previous.time_precision
        else:  # ... not "talks in Istanbul last week" beside the day's news: the article's day
            event.event_date, event.time_precision = anchor.isoformat(), 1
        return
    elif not match and _met_the_attackers(article, event):
        return
    elif match and match.group(2) and match.group(2).lower().endswith("weekend"):
        day, precision = _last_weekday(anchor, 5), 2  # "at the weekend": its Saturday, to the week
    elif match and match.group(2) and match.group(2).lower().endswith("this month"):  # ("over several days this
        # month": to the month)
        day, precision = anchor.replace(day=1), 3  # the month, ACLED's precision 3
    elif match and match.group(2):
        phrase = match.group(2).lower()
        spoken = _spoken_weekday(event.sentence.text) if calendar is None else None  # (a dateline's day is it)
        if spoken is not None:  # "attacked a police station overnight, ..., the ministry said on Monday": from Monday
            anchor = _nearest_weekday(anchor, spoken) if kind == "hint" else _last_weekday(anchor, spoken)
        offsets = {"yesterday": (1, 1), "today": (0, 1), "overnight": (0, 1), "last night": (1, 1), "two days ago": (2, 1),
                   "last week": (7, 2), "last month": (30, 3)}
        back, precision = offsets[phrase]
        day = anchor - timedelta(days=back)
    else:
        day, precision = anchor, 2
    if kind == "hint":
        precision = max(precision, 2)
        event.notes += f" [date from a photo caption's date {anchor.isoformat()}, a weak hint]"
    day -= timedelta(days=_days_apart(event.sentence, event.trigger.start))  # "..., a day after police shot dead 19"
    event.event_date, event.time_precision = day.isoformat(), precision


def _without_asides(event: Event) -> str:
    """The event's sentence without the clauses describing something else ("The talks, which began on May 6, did not
    produce a ceasefire, and fighting continued on Friday": no day of the fighting), unless the trigger is in one."""
    at = event.trigger.start - event.sentence.start
    return _DESCRIBING.sub(lambda aside: aside.group() if aside.start() <= at < aside.end() else "",
                           event.sentence.text)


@lru_cache(maxsize=256)
def _calendar_date(text: str, anchor: date) -> date | None:
    """The first month-and-day the text names, in its year if given, else the article's or, where that is after
    it, the year before.

    >>> _calendar_date("On May 7, India launched strikes", date(2025, 5, 10)), _calendar_date("on 28 Dec.", date(2025, 1, 2))
    (datetime.date(2025, 5, 7), datetime.date(2024, 12, 28))
    """
    match = next((m for m in _CALENDAR_DATE.finditer(text)
                  if not _SINCE.search(text, max(0, m.start() - 20), m.start())), None)
    if match is None:
        return None
    month = _month_number(match.group("m1") or match.group("m2"))
    year = int(match.group("year")) if match.group("year") else anchor.year
    for candidate in (year,) if match.group("year") else (year, year - 1):
        try:
            day = date(candidate, month, int(match.group("d1") or match.group("d2")))
        except ValueError:
            continue  # "Feb 30"; Feb 29 of a common year
        if day <= anchor or match.group("year"):
            return day
    return None


def _after_dateline(text: str) -> str:
    dateline = DATELINE.match(text)
    return text[dateline.end():] if dateline else text


def _month_told(text: str, anchor: date) -> date | None:
    """The first day of a month named with no day ("in December"), the last such month up to the article's.

    >>> _month_told("the forces had clashed in December", date(2025, 1, 21))
    datetime.date(2024, 12, 1)
    """
    found = _IN_MONTH.search(text)
    if found is None:
        return None
    month = _month_number(found.group(1))
    return date(anchor.year if month <= anchor.month else anchor.year - 1, month, 1)


def _month_number(name: str) -> int:
    """1 for "January", "Jan." or "jan"."""
    return [m[:3] for m in MONTHS].index(name[:3].title()) + 1


def _relative_day(event: Event, told: bool = False) -> re.Match | None:
    """The day word of the event's sentence (``told``: outside its closing attribution); of several, the nearest the
    trigger ("The unrest began on Monday and grew after police killed a driver on Thursday": Thursday's killing)."""
    text = _without_reporter(event.sentence.text) if told else event.sentence.text
    start, end = event.trigger.start - event.sentence.start, event.trigger.end - event.sentence.start
    first = _RELATIVE.search(text)
    if first is None or _RELATIVE.search(text, first.end()) is None and not _dates_another(text, first, start, end):
        return first  # most sentences tell one day or none: no list to build
    # (not a day that dates another thing: "despite a truce declared after last month's earthquake")
    found = [m for m in _RELATIVE.finditer(text) if not _dates_another(text, m, start, end)]
    if not found:
        return None
    # ... not the day a speaker spoke where another weekday is told ("The army said on Monday it had repelled an attack
    # on Djibo on Sunday"; but "..., the ministry said on Friday, in the deadliest strike since ... last month")
    unspoken = [m for m in found if not _SAID_ON.search(text, max(0, m.start() - 20), m.start())]
    # ("The army said on Thursday it had killed 100 fighters near Djibo over the weekend": the weekend's)
    if len(unspoken) < len(found) and any(m.group(1) or m.group(2).lower() in _DAYS_OF_AN_EVENT for m in unspoken):
        found = unspoken
    return min(found, key=lambda m: m.start() - end if m.start() >= end else max(0, start - m.end()))


def _dates_another(text: str, day: re.Match, start: int, end: int) -> bool:
    """A possessive day owning a noun that is not the trigger ("last month's earthquake"; but "Monday's attack"), or
    the day of a deed a relative clause after the trigger tells ("struck positions near Manbij, which the factions
    seized last month")."""
    return text.startswith(("'s ", "’s "), day.end()) and not start <= day.end() + 3 < end or \
        day.start() > end and _WHICH_TOOK.search(text, end, day.start()) is not None


def _spoken_weekday(text: str) -> int | None:
    """The weekday a speaker spoke on ("..., the ministry said on Monday"), as an index of _WEEKDAYS."""
    return next((_WEEKDAYS.index(m.group(1).lower()) for m in _RELATIVE.finditer(text) if m.group(1) and
                 _SAID_ON.search(text, max(0, m.start() - 20), m.start())), None)


def _days_apart(sentence: Span, offset: int) -> int:
    """How many days before the sentence's day a trigger at ``offset`` is told, in a clause of its own ("Protesters
    set fire to parliament on Tuesday, a day after police shot dead 19": 1; "..., two days before ...": -2)."""
    found = _DAYS_CLAUSE.search(sentence.text, 0, offset - sentence.start) if "day" in sentence.text else None
    if found is None:
        return 0
    count = _COUNTS.get(found.group(1).lower(), 0) or (int(found.group(1)) if found.group(1).isdigit() else 1)
    return count if found.group(2) == "after" else -count


def _days_later(text: str) -> int:
    """How many days after the event told before a sentence says it is ("two days later": 2, "two days earlier":
    -2, "a week earlier": -7; none: 0)."""
    found = _DAYS_LATER.search(text) if "day" in text or "week" in text else None
    if found is None:
        return 0
    count, unit = found.group(1) or found.group(5), found.group(2) or found.group(6)
    days = (_COUNTS.get(count.lower(), 0) or int(count)) * (7 if unit.startswith("week") else 1) if count else 1
    return -days if found.group(3) in ("earlier", "before") or found.group(4) or found.group(5) else days


def _deaths_explained(article: Article, event: Event) -> None:
    """'Two soldiers were killed in fighting ... The soldiers died when an explosive device detonated near their
    vehicle': the blast is how the dead told generally were killed, one event with their toll."""
    if event.fatalities or "The " not in event.sentence.text[:8] or not _DEATHS_EXPLAINED.match(event.sentence.text):
        return
    toll = next((e for e in reversed(article.events) if e.fatalities and e.general and e.event_type == "Battles"), None)
    if toll is not None and _sentences_between(article, toll.sentence, event.sentence) <= 1:
        event.fatalities = toll.fatalities
        article.events.remove(toll)


def _placed_as_told(event: Event, other: Event) -> None:
    """The more precise of two tellings' places, where they are one ("Serbian police clash with protesters in
    Belgrade" over "Protesters threw bottles at police lines near the government headquarters": in Belgrade, not
    near it)."""
    if other.location is not None and event.location is not None and other.location.place is not None and \
            other.location.place == event.location.place and (other.geo_precision or 4) < (event.geo_precision or 4):
        event.location_text, event.geo_precision = other.location_text, other.geo_precision
        event.location, event.point = other.location, other.point


def _share_of_the_dead(article: Article, event: Event) -> bool:
    """'Russia pounded Kharkiv overnight, killing four ... Two of the dead were killed when a glide bomb hit a
    playground in the Osnovianskyi district': a share of the toll just told, by a strike of the same attack -- at its
    place, no event of its own (True); elsewhere an event with its share, which the whole no longer counts."""
    if not event.fatalities or not _SHARE_OF_THE_DEAD.match(event.sentence.text):
        return False
    whole = _last_toll(article)
    if whole is None or whole.event_type != event.event_type or whole.fatalities <= event.fatalities or \
            _sentences_between(article, whole.sentence, event.sentence) > 2:
        return False
    if whole.location is not None and event.location is not None and event.location.place == whole.location.place:
        return True
    whole.fatalities -= event.fatalities
    return False


def _last_toll(article: Article) -> Event | None:
    return next((e for e in reversed(article.events) if e.fatalities), None)


def _goes_on(article: Article, event: Event) -> Event | None:
    """A strike told generally in the sentence right after another ("Iran fired missiles at Israel. Several struck
    Tel Aviv", "Other missiles hit Ramat Gan"), or a fight told again ("The fighting broke out near Dominorog"): the
    same barrage or fight, the same day -- as is what its paragraph goes on to tell with no day of its own ("Thai and
    Cambodian troops exchanged fire on Thursday ... Thailand said Cambodian forces fired rockets at a petrol station")
    -- of the last sentence's events, the one of its type, else of its kind ("Strikes killed 32 ... as talks in Doha
    stalled"), which is returned (None where it goes on with none)."""
    last = article.events[-1]
    told = [e for e in reversed(article.events) if e.sentence is last.sentence]
    # ("air strikes killed 30 ..., as tanks advanced into Khan Younis. A strike on a tent ...": the strikes)
    previous = next((e for e in told if e.event_type == event.event_type), None) or \
        next((e for e in told if e.violent == event.violent), last)
    between = article.text[previous.sentence.end:event.sentence.start]
    if between.strip():
        return None
    goes_on = previous.event_type == event.event_type and bool(
        event.general or _MORE_OF_THEM.match(event.sentence.text) or _RETOLD.match(event.sentence.text) or
        previous.sub_event_type == event.sub_event_type) or \
        ("\n" not in between and previous.violent and event.violent or  # ... and the day's demonstrations, however
         previous.disorder_type == event.disorder_type == "Demonstrations") and \
        not _ELSEWHERE.match(event.sentence.text)  # the paragraph goes on to tell them
    return previous if goes_on else None


_PASSIVE_PERFECT = re.compile(r"\b(?:have|has)\s+(?:also\s+)?been\s+$")


def _continues(article: Article, event: Event) -> bool:
    """'The attackers also set fire to houses in the village', 'the army killed seven attackers in the fighting that
    followed': a sentence placed at the event told before it, with no day of its own, goes on with that event."""
    previous = article.events[-1]
    same = event.location is previous.location or event.location is not None and previous.location is not None and \
        event.location.place is not None and previous.location.place is not None and \
        (event.location.place == previous.location.place or
         previous.location.place.kind in ("admin1", "country") and
         _holds(previous.location.place, event.location.place)) \
        and _sentences_between(article, previous.sentence, event.sentence) <= 1  # the next sentence or the one after,
    # at the same town or in the province told ("... clashed in Gondar on Monday. Gunfire could be heard all day. Shells
    # hit homes in Azezo"; "Fighting in Sweida province ... The violence began after a merchant was abducted")
    # (nor one told in the present perfect: "Machar's allies have been arrested in Juba", the news of the report's day)
    return event.location is not None and same and previous.sentence.start < event.sentence.start and \
        not _ELSEWHERE.match(event.sentence.text) and \
        not _PASSIVE_PERFECT.search(event.sentence.text, max(0, event.trigger.start - event.sentence.start - 20),
                                    event.trigger.start - event.sentence.start)


def _one_place(first: Mention, second: Mention) -> bool:
    """Two mentions of one place: located there both, or a name the gazetteer lacks told twice ("entered Walikale ...
    withdrew from Walikale") -- not a village placed only at a town and that town."""
    return first.place == second.place and (first.located and second.located or first.text == second.text)


def _sentences_between(article: Article, first: Span, last: Span) -> int:
    return len(_sentences_in_between(article, first, last))


def _placed_between(article: Article, event: Event, sentence: Span) -> bool:
    """'... ambushed a convoy of fuel tankers on the road between Kayes and Bamako. The attack took place near the
    town of Diboli. Two drivers were killed': the one sentence between tells only where the event was."""
    between = _sentences_in_between(article, event.sentence, sentence)
    return len(between) == 1 and (_RETOLD_WHEN.match(between[0].text) or _RETOLD_AT.match(between[0].text) or
                                  _SITE_LIES.match(between[0].text)) is not None


def _sentences_in_between(article: Article, first: Span, last: Span) -> list[Span]:
    return [s for s in article.sentences() if first.end <= s.start and s.end <= last.start and s.text.strip()]


def _retold_from(article: Article, sentence: Span, told: re.Match) -> int:
    """Where the places of an event told again begin: after the words telling it -- or, told "when it was hit", at a
    place the sentence put it near before ("an operation near the town of Amalfi when it was hit by a drone"; not
    where it came from: "on its way from Quetta to Peshawar when it was attacked near Sibi")."""
    after = sentence.start + told.end()
    if " when " not in told.group():
        return after
    near = [m for m in article.mentions_in(sentence.start, after) if
            _NEAR_THE_TOWN.search(article.text, max(0, m.start - 30), m.start)]
    return near[-1].start if near else after


def _target_retold(article: Article, facts: _Facts, sentence: Span) -> None:
    """'An Israeli drone struck a car ... The Israeli military said it had targeted a Hezbollah commander': the side
    the strike just told was aimed at, where it named none."""
    told = article.events[-1] if article.events else None
    if told is None or told.actor2 or told.event_type != "Explosions/Remote violence" or \
            sentence.start - told.sentence.start > _PASSAGE:
        return
    aimed = _AIMED_AT.search(sentence.text) if "it" in sentence.text or "they" in sentence.text else None
    groups = _groups(facts, sentence.text[aimed.end():aimed.end() + 60]) if aimed else []
    if groups and groups[0] != told.actor1:
        told.actor2, told.inter2 = groups[0], _inter(groups[0])


def _place_retold(article: Article, sentence: Span) -> None:
    """'Gunmen shot dead nine men on a highway in southwestern Pakistan. The attack took place near Zhob': the event
    told just before at a country or province, retold at a town of it (the sentence tells no event of its own)."""
    previous = article.events[-1] if article.events else None
    if previous is None or previous.location is None or previous.location.place is None:
        return
    # ... or at the first town of the road it was told on ("ambushed a convoy on the road between Kayes and Bamako ...
    # The attack took place near the town of Kati")
    road = previous.geo_precision == 2 and _ON_THE_ROAD.search(previous.sentence.text) is not None
    # (a district is an area too: "opened fire on a convoy in Kurram district ... ambushed near Bagan")
    if previous.geo_precision != 3 and previous.location.place.kind != "admin2" and not road:
        return
    # ... or its target told again ("Hundreds of fighters attacked the position near Banibangou")
    told = _RETOLD_WHEN.match(sentence.text) or _RETOLD_AT.match(sentence.text) or \
        _TARGET_RETOLD.search(sentence.text) or _PATROL_FIRED_ON.match(sentence.text)
    lies = _SITE_LIES.match(sentence.text)
    between = _sentences_between(article, previous.sentence, sentence)
    if told is None and lies is None or between > 1 or \
            between and lies is None and _TARGET_RETOLD.search(sentence.text):
        return  # (the attack told again may come a sentence later: "... The BLA said it held the passengers. The
        # attack took place near the town of Sibi")
    told = told or lies
    after = _retold_from(article, sentence, told)
    hit = [m for m in article.mentions_in(after, sentence.end) if m.located] \
        if told.group().rstrip().endswith(("hit", "struck", "targeted")) else []
    if len(hit) > 1:  # "The blasts hit Beirut's southern suburbs, the south and the Bekaa Valley": no one place
        return
    # (or at a district of its province: "The attack happened in Intan Jaya regency")
    towns = [m for m in article.mentions_in(after, sentence.end) if m.located
             and (m.place.kind == "place" or m.place.kind == "admin2" and previous.location.place.kind != "admin2")
             and (road or _unit_holds(previous.location.place, m.place))]
    town = next((m for m in towns if not _MEASURED_FROM.search(article.text, max(0, m.start - 40), m.start)), None)
    # ("The strike took place southeast of the port city of Bosaso": in its area, as a text measuring from it says)
    measured = next((m for m in towns if not _MEASURED_FROM.search(article.text, max(0, m.start - 40), m.start)
                     is None), None) if town is None else None
    unknown = next((m for m in article.mentions_in(after, sentence.end) if
                    m.kind == "toponym" and not m.located and
                    _NEAR_THE_TOWN.search(article.text, max(0, m.start - 30), m.start)), None)
    if measured is not None and unknown is None:
        for event in _told_there(article, previous, sentence):
            event.location, event.location_text = measured, _measured_phrase(article.text, measured)
            event.geo_precision, event.point = 2, (measured.place.lat, measured.place.lon)
        return
    if town is not None and (unknown is None or unknown.start > town.start):  # (but "in the village of Djaiba, in the
        # Djugu territory": the village, which the gazetteer lacks, before the unit it is in)
        for event in _told_there(article, previous, sentence):  # (each event told of there in the sentences just
            # before: "opened fire on a train ... said it had taken the passengers hostage")
            event.location, event.location_text = town, _phrase(article.text, town)
            event.geo_precision, event.point = _precision(article, town), (town.place.lat, town.place.lon)
        return
    # "... an army base in Lower Shabelle. The base is near the town of Awdheegle, about 70 km west of Mogadishu", "The
    # attack happened near the village of Banda": a town the gazetteer lacks (or placed only approximately,
    # elsewhere), at the unit's point until a claim gives it one
    if unknown is None:
        return
    for event in _told_there(article, previous, sentence):
        event.area, event.location = event.location, unknown
        event.location_text, event.geo_precision = f"near {unknown.text}", 2


def _told_there(article: Article, previous: Event, sentence: Span) -> list[Event]:
    """The events told at the unit of the last one, in its sentence or the one before, that a retelling places -- and
    those its own sentence told at its place ("ambushed a convoy on the road between Kayes and Bamako ..., abducting
    several drivers. The attack took place near the town of Diboli": the ambush and the abduction)."""
    return [e for e in article.events if e is previous or e.location is not None and
            e.location.place == previous.location.place and
            (e.geo_precision == 3 and _sentences_between(article, e.sentence, sentence) <= 2 or
             e.sentence is previous.sentence)]


def _day_retold(article: Article, event: Event) -> re.Match | None:
    """'A bomber blew herself up at a market in Konduga ... The attack happened late Friday': the day the next
    sentence gives the event it retells."""
    after = article.text[event.sentence.end:event.sentence.end + 200]
    told = _RETOLD_WHEN.match(after) or _RAIDERS_RETOLD.match(after)  # ... or its raiders' ("The militants stormed the
    if told is None:  # village of Kordo late on Saturday")
        return None
    stop = after.find(".", told.end())  # the retelling's own sentence
    if _ANOTHER_ATTACK.search(after, told.end(), stop if stop > 0 else len(after)):
        return None  # "The gunmen attacked again on Monday": another day's
    # ... not the day something else began ("The attack came as fighting ... has displaced 30,000 since last week")
    return next((m for m in _RELATIVE.finditer(after, told.end(), stop if stop > 0 else len(after))
                 if not _SINCE.search(after, max(0, m.start() - 20), m.start())), None)


def _also_then(article: Article, event: Event) -> bool:
    """'Thousands also marched in Belgrade', right after the day's riot in Novi Sad, "Clashes were also reported in
    Mombasa", 'Russian forces also shelled Orikhiv' after Russia's strikes on a city: the same day."""
    # (of the last sentence's events, the one of its side: "Pakistani shells hit Poonch, hours after India fired
    # missiles ... shells also landed in Rajouri")
    told = [e for e in article.events if e.sentence is article.events[-1].sentence]
    previous = next((e for e in reversed(told) if event.actor1 and e.actor1 == event.actor1), told[-1])
    alike = {previous.event_type, event.event_type} <= _DEMONSTRATIONS or \
        bool(event.actor1) and previous.event_type != "Strategic developments" and \
        (event.actor1 == previous.actor1 or previous.event_type == "Battles" and event.actor1 == previous.actor2)
    return previous.time_precision == 1 and alike and " also " in event.sentence.text and \
        previous.sentence.start < event.sentence.start


def _another(article: Article, event: Event) -> bool:
    """'India fired missiles at nine sites on Wednesday ... Another strike hit a seminary in Muridke': one of the
    same wave, on its day."""
    previous = article.events[-1]
    return previous.time_precision == 1 and previous.event_type == event.event_type and \
        (_ANOTHER.match(event.sentence.text) or _MORE_OF_THEM.match(event.sentence.text)) is not None and \
        previous.sentence.start < event.sentence.start  # (... or "The agency said a second drone strike hit")


def _target_again(article: Article, event: Event) -> bool:
    """'Fighters attacked a military base in Puntland on Tuesday. Dozens of militants stormed the base before dawn':
    the target the sentence before told, retold -- the same assault, on its day."""
    previous = article.events[-1]
    again = _THE_TARGET.match(event.sentence.text, event.trigger.end - event.sentence.start)
    return again is not None and previous.violent and previous.sentence.start < event.sentence.start and \
        not article.text[previous.sentence.end:event.sentence.start].strip() and \
        re.search(rf"\ban?\s+(?:[\w-]+\s+){{0,2}}{again.group(1)}\b", previous.sentence.text) is not None


def _met_the_attackers(article: Article, event: Event) -> bool:
    """'Gunmen stormed Kenscoff on Monday ... Police exchanged fire with the gunmen near the Kenscoff police station':
    a fight with the attackers told before, at their town, is on their day (which it takes)."""
    if event.location is None or event.location.place is None or not _THE_ATTACKERS.search(event.sentence.text):
        return False
    told = next((e for e in reversed(article.events) if e.violent and e.event_date and e.location is not None and
                 e.location.place == event.location.place), None)
    if told is not None:
        event.event_date, event.time_precision = told.event_date, told.time_precision
    return told is not None


def _told_before(article: Article, event: Event) -> Event | None:
    """The dated event of the sentences before ``event``'s: one told on its day, if any ("shelling Stepanakert on
    Tuesday. ... its troops had seized 60 posts. A day later": the Wednesday)."""
    before = [e for e in article.events if e.sentence.start < event.sentence.start and e.event_date]
    return next((e for e in reversed(before) if e.time_precision == 1), before[-1] if before else None)


def _last_weekday(anchor: date, weekday: int) -> date:
    return anchor - timedelta(days=(anchor.weekday() - weekday) % 7)


def _nearest_weekday(anchor: date, weekday: int) -> date:
    forward = (weekday - anchor.weekday()) % 7
    return anchor + timedelta(days=forward) if forward <= 3 else anchor - timedelta(days=7 - forward)


# -- duplicates ---------------------------------------------------------------------------

def event_key(event: Event) -> tuple:
    location = event.location
    # A place known only approximately (at the article's town) is told apart by its own name.
    # (but a crowd in a city is one, at whichever of its sites: "clashed with police in central Lima ... near Congress")
    where = location.place.geonameid if location is not None and (
        location.located or location.place is not None and event.event_type in _DEMONSTRATIONS and
        location.place.kind == "place") else (location.text if location else None)
    # A battle is one whichever side a sentence names first ("ISWAP attacked a base in Malam Fatori ... troops
    # repelled the assault and killed 23 insurgents")
    state = event.actor1.startswith(("Military Forces", "Police Forces"))
    side = event.actor2 if event.event_type == "Battles" and state and event.actor2 and \
        not event.actor2.startswith(("Military Forces", "Police Forces")) else event.actor1  # the group's side
    if event.event_type == "Protests" and _crowd(event.actor2):
        side = event.actor2  # the crowd, which excessive force names second ("At least one protester was shot dead")
    # One protest at a place and day, however each sentence words it ("thousands marched ... police scuffled with
    # protesters"): its gravest telling gives the sub-type (see _merge_repeats)
    sub = event.event_type if event.event_type == "Protests" else event.sub_event_type
    return (event.event_type, sub, side, where, event.event_date)


def _merge_repeats(article: Article) -> None:
    """The same event told twice in one article becomes one; a country-level re-mention of a
    more precisely located event of the same type and actor nearby joins it, unless it tells of
    another day ("Air strikes killed 11 in Sagaing Region on Friday" stays beside "Kin Ma was bombed");
    what its toll counts beyond the precise events' stays with it, at its own precision."""
    told = {id(e): article.events[i - 1] for i, e in enumerate(article.events) if i}  # the event told before each
    title_end = _title_end(article)
    kept: dict[tuple, Event] = {}
    repeated: set[tuple] = set()  # told twice at one place: a headline so told has found its body's report
    for event in article.events:
        key = event_key(event)
        if key in kept and kept[key].actor1 != event.actor1 and kept[key].fatalities and event.fatalities:
            key += (event.actor1,)  # each side's toll of one battle ("killing 10 soldiers ... killed three attackers")
        elif event.sub_event_type == "Looting/property destruction" and _attack_burned(event, key, kept):
            continue  # "The attackers also burned several houses": part of the attack told there that day
        elif event.event_type == "Explosions/Remote violence" and \
                (assault := _assault_means(event, key, kept)) is not None:
            # "Militants attacked an army base ... The militants used two car bombs to breach its defences before
            # storming it": the assault's means, its dead the assault's
            assault.fatalities = _larger_toll(assault, event)
            continue
        elif event.event_type == "Explosions/Remote violence" and key not in kept and \
                (whole := _whole_town_struck(event, key, kept)) is not None:
            # "Russian artillery shelled Kherson, killing two ... shells hit a market in the city's Dniprovskyi
            # district": that shelling, told again at a part of its town
            whole.actor2, whole.inter2 = whole.actor2 or event.actor2, whole.inter2 or event.inter2
            continue
        elif event.sub_event_type == "Other" and not event.actor1 and \
                any(k[1] == "Agreement" and k[3:] == key[3:] for k in kept):
            continue  # "... agreeing to exchange prisoners. The talks lasted two hours": the talks that agreed it
        elif event.event_type in ("Explosions/Remote violence", "Strategic developments") and key not in kept:
            # "A jet dropped two bombs on the school": that strike; "10 people had been arrested": those arrests --
            # and the other way round ("Georgia arrests opposition members ... Georgian police arrested several")
            same = next((k for k in kept if k[:2] == key[:2] and k[3:] == key[3:] and
                         (not event.actor1 or not kept[k].actor1)), key)
            if same in kept and not kept[same].actor1:
                kept[same].actor1, kept[same].inter1 = event.actor1, event.inter1
            key = same
        elif event.event_type == "Violence against civilians" and key not in kept:  # "The gang killed 70 in an attack
            # on Pont-Sonde ... Gunmen opened fire on residents": that attack, by the group the text named
            same = next((k for k, e in kept.items() if k[:2] == key[:2] and k[3:] == key[3:] and
                         (_unnamed(event.actor1) or _unnamed(e.actor1))), key)
            if same in kept and _unnamed(kept[same].actor1) and event.actor1 and \
                    (not kept[same].actor1 or not _unnamed(event.actor1)):  # (the unnamed "gunmen" over no one)
                kept[same].actor1, kept[same].inter1 = event.actor1, event.inter1
            key = same
        elif event.event_type == "Battles" and not event.actor1 and key not in kept:  # "Two security personnel were
            # wounded in the gunfight": the battle told at that place and day, whoever its other side
            key = next((k for k in kept if k[:2] == key[:2] and k[3:] == key[3:]), key)
        elif event.event_type == "Battles" and not event.actor2:  # "Two soldiers were wounded in the clash": the
            key = next((k for k, e in kept.items() if k[:2] == key[:2] and k[3:] == key[3:] and  # battle of that side
                        event.actor1 in (e.actor1, e.actor2)), key)
        elif event.event_type == "Battles" and key not in kept:  # "Troops raided the camp, killing three. The
            # military said its forces killed three militants": the raid told first, its other side named now
            key = next((k for k, e in kept.items() if k[:2] == key[:2] and k[3:] == key[3:] and
                        e.actor1 == event.actor1 and not e.actor2), key)
        if key not in kept and event.violent and event.event_date and event.time_precision == 1 and \
                not _dated_by_report(event) and any(m.group(1) for m in _RELATIVE.finditer(event.sentence.text)):
            # "... killed 35 militants, the military said on Saturday, while 12 soldiers were killed in an ambush in
            # South Waziristan ... militants ambushed a convoy in South Waziristan on Friday night": the lead's event,
            # dated only by its report, told again with its own day within the week before
            lead = next((k for k, e in kept.items() if k[:4] == key[:4] and e.time_precision == 1 and e.event_date and
                         _dated_by_speaker(e) and
                         0 < (date.fromisoformat(e.event_date) - date.fromisoformat(event.event_date)).days <= 7), None)
            if lead is not None:
                kept[lead].event_date = event.event_date
                key = lead
        if event.sub_event_type in _TAKEN and key not in kept:  # "said on Saturday it had captured Ann ... took
            # control of the base on Friday": one town is taken once; the earlier day told is the day it fell
            key = next((k for k in kept if k[:4] == key[:4]), key)
            if key in kept and event.event_date and event.event_date < (kept[key].event_date or "~"):
                kept[key].event_date, kept[key].time_precision = event.event_date, event.time_precision
        calm = _protest_turned_violent(event, key, kept, title_end)
        if calm is not None and calm.sub_event_type != "Peaceful protest" and key not in kept:
            # "Police fired tear gas at protesters in Nairobi ... eight were killed in clashes, two in Nairobi": the
            # riot, as told (a part of a toll), facing the forces that acted on its crowd
            event.actor2, event.inter2 = event.actor2 or calm.actor2, event.inter2 or calm.inter2
            if (calm.geo_precision or 4) < (event.geo_precision or 4) and calm.location is not None and \
                    event.location is not None and calm.location.place == event.location.place:
                # ("... protesters outside parliament in Tbilisi. The protesters threw stones": where the crowd was,
                # as the first telling put it, not "near" it)
                event.location, event.location_text, event.geo_precision = \
                    calm.location, calm.location_text, calm.geo_precision
            kept = {(key if e is calm else k): (event if e is calm else e) for k, e in kept.items()}
            continue
        if calm is not None:  # "Tens of thousands marched through Belgrade ... protesters threw bottles at officers":
            calm.event_type, calm.sub_event_type, calm.actor1 = event.event_type, event.sub_event_type, event.actor1
            calm.actor2, calm.inter1 = calm.actor2 or event.actor2, event.inter1
            calm.inter2 = event.inter2 or calm.inter2
            calm.fatalities = max(calm.fatalities, event.fatalities)  # one demonstration, violent (as ACLED codes it)
            kept = {(key if e is calm else k): e for k, e in kept.items()}  # (now a riot, for the forces that faced it)
            continue
        riot = _riot_faced(event, key, kept)
        if riot is not None:  # (a headline's riot so told again has found its body's report)
            repeated.add(next(k for k, e in kept.items() if e is riot))
        if riot is not None and event.sub_event_type == "Peaceful protest":
            continue  # "Protesters set fire to barricades ... several protesters were detained": the riot's crowd
        if riot is not None:  # "Protesters set fire to a police station ... Police fired live rounds to disperse the
            riot.fatalities = _larger_toll(riot, event)  # crowd, killing three": the riot's other side and toll
            if not riot.actor2:
                riot.actor2, riot.inter2 = event.actor1 if _crowd(event.actor2) else event.actor2, 1
            continue
        if key in kept and event.event_type == "Battles" and event.fatalities and not kept[key].fatalities and \
                event.actor1 and kept[key].actor1 and event.actor1 != kept[key].actor1 and \
                _ATTACKERS_DEAD.search(event.sentence.text) and not _BOTH_DIED.search(event.sentence.text):
            # "... stormed the base. Troops fought back and killed 20 of the attackers": the fight told again, now
            # with the other side's toll, is that side's telling (the attack's own toll, told before, stays its own)
            kept[key].actor1, kept[key].inter1, kept[key].actor2, kept[key].inter2 = \
                event.actor1, event.inter1, event.actor2, event.inter2
        if key in kept and kept[key].sentence.start < title_end <= event.sentence.start:
            kept[key], event = event, kept[key]  # a headline told again in the body: the body's telling, which dates it
            _placed_as_told(kept[key], event)
        if key in kept:
            _graver(kept[key], event)  # (before the toll: a peaceful protest has none)
            kept[key].fatalities = _larger_toll(kept[key], event)
            if not kept[key].actor1 and event.actor1 and event.actor1 != kept[key].actor2:
                # "Houthi drone hits Eilat" over the body's "A drone launched from Yemen struck ...": its side
                kept[key].actor1, kept[key].inter1 = event.actor1, event.inter1
            # the other side one telling names (the state's, where the state tells it: "Security forces killed four
            # attackers")
            # ... and a crowd's other side the one that faced it ("Protesters" beside "Rioters": the police)
            same_side = event.actor1 == kept[key].actor1 or _crowd(event.actor1) and _crowd(kept[key].actor1)
            other = (event.actor2, event.inter2) if same_side else (event.actor1, event.inter1)
            if not kept[key].actor2 and other[0] and other[0] != kept[key].actor1:
                kept[key].actor2, kept[key].inter2 = other
            repeated.add(key)
        else:
            kept[key] = event
    kept = {key: event for key, event in kept.items() if not _told_specifically(event, kept.values()) and
            not (key not in repeated and _told_in_body(article, event, kept.values(), title_end))}
    precise = [e for e in kept.values() if _placed(e)]
    # (a place the gazetteer lacks, coded at its province, is told there once: "the villages of Libiri and Kokorou")
    regional = [e for e in kept.values() if e.geo_precision == 3 and _place_kind(e) not in (None, "country") and
                not any(e is p for p in precise)]
    article.events = []
    for event in kept.values():
        # A country-level report (a headline's "in northwest Pakistan") tells of one in a province too.
        kind = _place_kind(event)
        finer = precise + [e for e in regional if e.location.place.country == _country_code(event)] \
            if kind in (None, "country") else \
            precise + [e for e in regional if _place_kind(e) == "admin2" and _within(e, event)] \
            if kind == "admin1" else precise  # (a province's report tells of its districts')
        # "In Deir al-Balah, a strike ... Another strike hit Nuseirat": two events, not one told twice
        # ... nor is "Separately, Russia launched 84 drones at Ukraine" the glide bombs on Kostiantynivka told before
        joined = [p for p in finer if p is not event and _tells_of(event, p) and
                  not (told.get(id(p)) is event and _told_as_another(p)) and
                  not (p.sentence.start < event.sentence.start and _TOLD_SEPARATELY.match(event.sentence.text))] \
            if _vague(event) else []
        fight = _other_sides_telling(event, finer) if not joined and _vague(event) else None
        if fight is not None:  # "Al-Shabaab attack on army base kills 11" ... "repelled the attack at Bardale and
            # killed 30": each side's toll of the fight, both where the fight was
            event.location, event.location_text, event.geo_precision, event.point, event.area = \
                fight.location, fight.location_text, fight.geo_precision, fight.point, fight.area
        # ... and clashes told in a province, told again at one place in it, were fought there ("Clashes ... on the
        # western edge of Sweida province killed 12 ... the fighting broke out near the village of al-Mazraa"; not
        # those that "have killed at least 37 people since Sunday", a toll of days, nor a fight the text does not
        # tell again: "Gunmen from both sides exchanged fire in the outskirts of Sweida city")
        if len(joined) == 1 and not _MANY.search(event.sentence.text) and (
                not _PLURAL.search(event.trigger.text) or
                event.event_type == "Battles" and _place_kind(event) not in (None, "country") and
                not _TOLL_OF_DAYS.search(event.sentence.text) and _THE_FIGHT_BEFORE.search(
                    article.text, max(0, joined[0].trigger.start - 4), joined[0].trigger.start)):
            # "a car bomb in central Turkey killed 13" ... "the blast in Kayseri": one event (but "air strikes
            # killed 40 across the Strip", "dozens of strikes on villages" were many)
            _graver(joined[0], event)
            joined[0].fatalities = _larger_toll(joined[0], event)
            if _unnamed(joined[0].actor1) and not _unnamed(event.actor1) and event.actor1 != joined[0].actor2:
                # the group the vaguer report names (not its other side: "police exchanged fire with the gunmen")
                joined[0].actor1, joined[0].inter1 = event.actor1, event.inter1
            if not joined[0].actor2 and event.actor2 and event.actor2 != joined[0].actor1:  # ... or the other side
                joined[0].actor2, joined[0].inter2 = event.actor2, event.inter2
            continue
        for part in joined:  # "Hezbollah fired dozens of rockets at northern Israel ... about 40 rockets were fired
            if _unnamed(part.actor1) and not _unnamed(event.actor1) and event.actor1 != part.actor2:  # toward
                part.actor1, part.inter1 = event.actor1, event.inter1  # Kiryat Shmona": Hezbollah's
            if not part.actor2 and event.actor2 and event.actor2 != part.actor1:  # "Police fired tear gas to break up
                part.actor2, part.inter2 = event.actor2, event.inter2  # the clashes": the riot's other side
            if (part.time_precision or 1) > (event.time_precision or 1):  # "seized four towns early on Tuesday ...
                part.event_date, part.time_precision = event.event_date, event.time_precision  # had taken Halfaya,
                # ...": Tuesday's, the day the vaguer report told
        # (a side's claim of what it killed leaves nothing beyond the precise reports: "JNIM said it had killed 200")
        rest = 0 if _CLAIMED_TOLL.search(event.sentence.text) else event.fatalities - sum(p.fatalities for p in joined)
        untold = [p for p in joined if not p.fatalities]
        if len(untold) == 1 and rest > 0 and _counted(_PARTS_COUNTED, article.text) == len(joined):
            untold[0].fatalities = rest  # "killed 17 in two operations": 11 in a raid at A, the others in a gunfight
            continue  # at B
        if len(untold) == len(joined) > 1 and rest > 0 and \
                _counted(_PLACES_COUNTED, event.sentence.text) == len(joined):
            # "killed 19 people in raids on three villages", each told with no toll of its own: split evenly (ACLED's
            # rule), what is left over to the first
            for number, part in enumerate(untold):
                part.fatalities = rest // len(untold) + (rest % len(untold) if number == 0 else 0)
                part.notes += f" [fatalities: the reported {rest} split evenly between the {len(untold)} places told]"
            continue
        if joined and rest > 0:  # "23 killed across the Gaza Strip", 8 and 6 of them told precisely: 9 left
            event.fatalities = rest
            event.notes += f" [fatalities: the {rest} of the reported toll not told at a place of their own]"
        if not joined or rest > 0:
            article.events.append(event)


def _attack_burned(event: Event, key: tuple, kept: dict[tuple, Event]) -> bool:
    """A burning or looting by the side of a violent event told before at the place and day ``key`` (the event's)
    tells (or by a side the text leaves unnamed) -- or told in its country, that day, naming no place ("The gang
    ... Gang members also set fire to 45 homes", after its attack on Pont-Sonde)."""
    # ("The attackers ... also burned several houses": those of the attack, whoever a claim names)
    theirs = _unnamed(event.actor1) or _THE_ATTACKERS.match(event.sentence.text) is not None
    nowhere = _place_kind(event) == "country"
    # (not a strike from afar: "A drone struck a market ... fighters had looted shops overnight": a looting of its own)
    return any(e.violent and e.event_type != "Explosions/Remote violence" and
               (k[3:] == key[3:] or nowhere and k[4] == key[4] and _country_code(e) == _country_code(event))
               and (event.actor1 in (e.actor1, e.actor2) or theirs) for k, e in kept.items())


def _whole_town_struck(event: Event, key: tuple, kept: dict[tuple, Event]) -> Event | None:
    """The strike of that kind, side and day told at the town a part of which an event with no toll of its own is at
    (a district or quarter the gazetteer lacks, placed at its town), or none."""
    location = event.location
    if event.fatalities or location is None or location.located or location.place is None or \
            location.feature not in TOWN_PARTS:
        return None
    return next((e for k, e in kept.items() if k[:3] == key[:3] and k[4] == key[4] and e.location is not None and
                 e.location.located and e.location.place == location.place), None)


def _assault_means(event: Event, key: tuple, kept: dict[tuple, Event]) -> Event | None:
    """The battle told before at the same place and day by the side whose attackers, named again, set off the
    blast (or none)."""
    # ("The fighters opened fire from several directions before a suicide bomber drove a car ... into the gate": "the
    # fighters" too, being the side of the battle told)
    if not (_THE_ATTACKERS.match(event.sentence.text) or event.sentence.text.startswith("The fighters ")) or \
            not event.actor1:
        return None
    return next((e for k, e in kept.items() if e.event_type == "Battles" and k[3:] == key[3:] and
                 event.actor1 in (e.actor1, e.actor2)), None)


def _counted(pattern: re.Pattern, text: str) -> int:
    """How many operations or places a report says its toll fell in ("in two operations", "in raids on three
    villages": ``pattern``'s first group), 0 when it does not say."""
    counted = pattern.search(text)
    return int(parse_number(counted.group(1)) or 0) if counted else 0


# "Shops were looted on the first day": a day of the protests other than the one told
_ANOTHER_DAY = re.compile(r"\b(?:on|during) the (?:first|second|third|previous|opening) days?\b|\bthe day before\b")


def _protest_turned_violent(event: Event, key: tuple, kept: dict[tuple, Event], title_end: int) -> Event | None:
    """The peaceful protest told before at the place and day where its crowd rioted -- or the protest the body told
    the forces acted on ("police fired tear gas at protesters in Novi Sad ... demonstrators threw stones": one riot,
    facing them; a headline's is the body's to tell)."""
    # (not a riot of another day the text names no date for: "Shops were looted on the first day")
    calm = _crowd_told_as(key, kept, "Protests") if event.event_type == "Riots" and \
        not _ANOTHER_DAY.search(event.sentence.text) else None
    return calm if calm is not None and (calm.sub_event_type == "Peaceful protest" or
                                         calm.sub_event_type == "Protest with intervention" and
                                         calm.sentence.start >= title_end) else None


def _riot_faced(event: Event, key: tuple, kept: dict[tuple, Event]) -> Event | None:
    """The riot told before at the place and day where the forces acted on a crowd, or a crowd is told again as
    protesters (ACLED: one event, the riot)."""
    if event.event_type != "Protests":
        return None
    return _crowd_told_as(key, kept, "Riots")


def _crowd_told_as(key: tuple, kept: dict[tuple, Event], event_type: str) -> Event | None:
    """The same crowd told before at the same place and day as protesters ("Protests") or rioters ("Riots")."""
    if not _crowd(key[2]):
        return None
    crowd = key[2].replace("Rioters", "Protesters", 1) if event_type == "Protests" else \
        key[2].replace("Protesters", "Rioters", 1)
    return next((e for k, e in kept.items() if k[0] == event_type and k[2] == crowd and k[3:] == key[3:]), None)


def _graver(kept: Event, told: Event) -> None:
    """A protest told twice takes the graver telling's sub-type ("thousands marched ... police beat protesters")."""
    if kept.event_type == told.event_type == "Protests" and \
            _PROTEST_GRAVITY.index(told.sub_event_type) > _PROTEST_GRAVITY.index(kept.sub_event_type):
        kept.sub_event_type = told.sub_event_type
        if _crowd(told.actor2):  # excessive force names the forces first
            kept.actor1, kept.inter1, kept.actor2, kept.inter2 = told.actor1, told.inter1, told.actor2, told.inter2


def _raid_left_again(article: Article, event: Event) -> bool:
    """'Boko Haram fighters overran a base in Marte ... The insurgents set fire to buildings before withdrawing': a
    raid, which ACLED codes as the fight it was -- no territory changed hands (whether it was)."""
    if event.sub_event_type != "Non-state actor overtakes territory":
        return False
    after = next((s for s in article.sentences() if s.start >= event.sentence.end), None)  # the sentence after
    if _LEFT_AGAIN.search(event.sentence.text) or after is not None and _LEFT_AGAIN.search(after.text):
        event.sub_event_type = "Armed clash"
        return True
    return False


def _join_raids(article: Article, raids: list[Event]) -> None:
    """A raid told as a clash of that side, at that place and day, told before ("attacked a base in Wajiroko,
    killing five soldiers ... overran the base ... as they withdrew"): one fight."""
    for raid in raids:
        fight = next((e for e in article.events if e is not raid and event_key(e) == event_key(raid)), None)
        if fight is not None:
            fight.fatalities = _larger_toll(fight, raid)
            article.events.remove(raid)


def _withdrawal_from_the_taken(event: Event, events: list[Event]) -> bool:
    """'The RSF took full control of El Fasher ... the army said its troops had withdrawn from El Fasher': the
    capture tells the loss of the town; the withdrawal is the losing side's account of it (and after a fight
    there, no non-violent transfer)."""
    if event.sub_event_type != _WITHDRAWAL or event.location is None:
        return False
    # the town its sentence names, or the one where the side that lost it withdrew (not the story's town a
    # withdrawal from an unread place falls back to)
    named = event.sentence.start <= event.location.start < event.sentence.end
    # ... or a state's forces leaving where a group took the town ("The army's commander said his forces had
    # withdrawn", after "The RSF seized Babanusa"), or the raiders' own leaving after their raid ("The attackers
    # looted the post and withdrew")
    state_left = event.actor1.startswith("Military Forces")
    return any(o.event_type == "Battles" and o.location is not None and _one_place(o.location, event.location)
               and (o.actor1 != event.actor1 and (o.actor2 == event.actor1 != "" or not o.actor2 and (
                   named or state_left and not o.actor1.startswith("Military Forces")) or
                   # ("The rebels said they had withdrawn from the town", the day troops took it from rebels)
                   not event.actor1 and _unnamed(o.actor2) and o.event_date == event.event_date) or
                    o.actor1 == event.actor1 != "" and o.event_date == event.event_date)
               for o in events)


def _larger_toll(kept: Event, repeat: Event) -> int:
    """The toll of an event told twice: the larger (a toll that rose), unless the repeat is a side's own claim
    (which raises no other report's toll, a headline's either: it would carry the claim into the body's event).
    A peaceful protest has none ("Three killed as police fire on protesters" over "protests spread to more
    cities": the deaths are the body's shooting)."""
    if _CLAIMED_TOLL.search(repeat.sentence.text) or kept.sub_event_type == "Peaceful protest":
        return kept.fatalities
    # ... nor a rounded figure an exact one ("kill nearly 500" in the headline, 492 in the body)
    rough = [e for e in (kept, repeat) if e.fatalities and _ROUGH_TOLL.search(e.sentence.text)]
    if len(rough) == 1 and (kept if rough[0] is repeat else repeat).fatalities:
        return (kept if rough[0] is repeat else repeat).fatalities
    return max(kept.fatalities, repeat.fatalities)


def _told_specifically(event: Event, others) -> bool:
    """'US strikes hit Houthi positions near Sanaa' (a headline's general word) is the air strike on Sanaa the
    text tells of: same type, actor and place, and the same day or none told.  The specific report keeps the
    larger toll."""
    if not event.general:
        return False
    same = [o for o in others if not o.general and o.event_type == event.event_type and o.actor1 == event.actor1 and
            event_key(o)[3] == event_key(event)[3] and
            (o.event_date == event.event_date or (event.time_precision or 1) > 1)]
    for other in same[:1]:
        other.fatalities = _larger_toll(other, event)
    return bool(same)


def _told_in_body(article: Article, event: Event, others, title_end: int) -> bool:
    """A headline's event ("Afghan and Pakistani forces clash at Torkham") is the one the body tells of the same
    type at the same place (or in a sentence naming the headline's place: "missiles at a ship in the Red Sea off
    Hodeidah"), whatever day the body gives; the body's keeps the larger toll and any actor, and takes the other side
    the headline names where it names none."""
    if event.sentence.start >= title_end:
        return False
    told = [o for o in others if o.sentence.start >= title_end and _one_kind(o, event) and
            (event.location is None or  # (a headline naming no place the gazetteer knows: "Clashes between
             # Somaliland forces and clan militia kill 11")
             _within(o, event) or _same_talks(o, event) or _at_home(event) and o.actor1 == event.actor1 or
             _names_place_of(article, o.sentence, event) or _guessed_in_country_of(event, o) or
             _only_one_of_its_toll(o, event, others, title_end))]
    same = told[0] if told else None
    if same is not None:
        if sum(o.event_date == same.event_date for o in told) == 1:  # (a headline's toll of strikes the body
            same.fatalities = _larger_toll(same, event)  # tells at two places that day is theirs together)
        if _unnamed(same.actor1) and not _unnamed(event.actor1) and event.actor1 != same.actor2:
            same.actor1, same.inter1 = event.actor1, event.inter1  # (not the body's other side: "troops clash with
            # herders" over "clashes between soldiers and armed herders")
        # "Gunmen kill worshippers": civilians; "police fire on protesters" over the body's riot: the police
        sides = [(event.actor2, event.inter2)] + ([(event.actor1, event.inter1)] if _crowd(same.actor1) else [])
        other = next((side for side in sides if side[0] and not _unnamed(side[0]) and side[0] != same.actor1 and
                      not (_crowd(side[0]) and _crowd(same.actor1))), None)
        if not same.actor2 and other is not None:
            same.actor2, same.inter2 = other
    return same is not None


def _only_one_of_its_toll(body: Event, headline: Event, others, title_end: int) -> bool:
    """The body's only event of the headline's toll, in the headline's country, is the headline's, wherever each is
    placed ("Convoy ambush near Parachinar kills 42" over gunmen who killed 42 on a convoy in Kurram district, ambushed
    near a village the gazetteer lacks)."""
    return headline.fatalities > 0 and body.fatalities == headline.fatalities and \
        sum(o.fatalities == headline.fatalities for o in others if o.sentence.start >= title_end) == 1 and \
        _country_code(headline) is not None and _country_told(body) == _country_code(headline)


def _country_told(event: Event) -> str | None:
    """The country of an event's place, or of the unit a place the gazetteer lacks is put in."""
    place = event.location.place if event.location is not None else None
    place = place or (event.area.place if event.area is not None else None)
    return place.country if place is not None else None


def _guessed_in_country_of(headline: Event, body: Event) -> bool:
    """A headline's event at a name the gazetteer lacks, put only at the article's likeliest town ("clash with rebels
    on Negros"), is the body's of its kind in that country ("in the mountains of Kabankalan City")."""
    location = headline.location
    return location is not None and location.approximate and location.why.startswith("local-focus") and \
        body.location is not None and body.location.place is not None and \
        body.location.place.country == location.place.country


def _names_place_of(article: Article, sentence: Span, event: Event) -> bool:
    """Whether ``sentence`` names the place ``event`` is coded at -- or the unit of its name that holds it ("Clashes in
    Syria's Sweida" in a headline, "in southern Syria's Sweida province" in the body)."""
    place = event.location.place if event.location is not None and event.location.located else None
    return place is not None and any(m.place == place or m.text == event.location.text and m.located and
                                     m.place.holds(place)
                                     for m in article.mentions_in(sentence.start, sentence.end))


def _at_home(event: Event) -> bool:
    """Placed only at the country whose forces acted ("U.S. strike kills 11 on boat"): told of no place."""
    place = event.location.place if event.location is not None else None
    return place is not None and place.kind == "country" and event.actor1 == f"Military Forces of {place.name}"


def _one_kind(body: Event, headline: Event) -> bool:
    """Of one event type, a demonstration's two counting as one ("protesters storm parliament" in the headline, police
    firing on them in the body), homes burned in an attack ("set fire to homes in Cabaret" over "gang members
    torched homes ... and killed six"), or an attack on civilians a bombing ("Gunmen kill worshippers in church
    bombing" over "a suicide bomber ... blew himself up inside a church"), or the killing of as many by the
    same side a strike ("Army says it killed 30 militants near Timbuktu" over "killed more than 30 militants in air
    strikes on a camp near Ber"), or a general word's ("Israeli strikes kill 11" over troops that "opened fire on
    residents ..., killing 11"), or clashes naming no side a riot ("Clashes in Gopalganj leave four dead" over
    supporters of a party who attacked a rally and clashed with police) or an attack of that toll ("Herders and
    farmers clash ..., 20 dead" over herders who attacked villages, killing 20; "Gunmen ambush convoy ..., killing
    42" over gunmen who opened fire on a convoy of passenger vehicles), or a side's attack on civilians its strike of
    that toll ("RSF attack on El Fasher mosque kills 75" over RSF drones that struck the mosque, killing 75)."""
    return body.event_type == headline.event_type or {body.event_type, headline.event_type} <= _DEMONSTRATIONS or \
        headline.event_type == "Battles" and not (headline.actor1 or headline.actor2) and \
        body.event_type == "Riots" or \
        headline.event_type == "Battles" and _unnamed(headline.actor1) and not headline.actor2 and \
        body.sub_event_type == "Attack" and body.fatalities == headline.fatalities > 0 or \
        headline.sub_event_type == "Looting/property destruction" and body.sub_event_type == "Attack" or \
        headline.sub_event_type == "Attack" and body.sub_event_type in _BOMBERS_ONLY or \
        headline.sub_event_type == "Attack" and body.event_type == "Explosions/Remote violence" and \
        body.actor1 == headline.actor1 and body.fatalities == headline.fatalities > 0 or \
        (headline.event_type == "Battles" and body.event_type == "Explosions/Remote violence" or
         bool(headline.general)) and body.actor1 == headline.actor1 and body.fatalities > 0 and \
        headline.fatalities in (0, body.fatalities)  # ("Militants kill police officers" over a roadside bomb's five)


def _same_talks(body: Event, headline: Event) -> bool:
    """Talks or a deal a headline tells are the body's of the same parties, wherever each is placed ("suspends talks
    with ELN after 80 killed in Catatumbo" is placed at the killing, the body's at the capital)."""
    return headline.sub_event_type in ("Other", "Agreement") and body.sub_event_type == headline.sub_event_type and \
        (body.actor1, body.actor2) == (headline.actor1, headline.actor2)


def _within(precise: Event, broad: Event) -> bool:
    """At the same place, or in the country or first-level unit ``broad`` is told at ("in northwest Pakistan")."""
    if event_key(precise)[3] == event_key(broad)[3]:
        return True
    unit, place = (broad.location.place if broad.location else None), _unit_of(precise)
    if unit is not None and broad.location.approximate:  # "clashes in Negros", put at the story's Kabankalan: the
        # body's clash at Kabankalan -- or, a name placed only in its country, one in that country
        return unit == place or unit.kind == "country" and place is not None and _unit_holds(unit, place)
    if unit is not None and unit.kind == "place" and precise.sub_event_type != broad.sub_event_type and \
            not broad.general:  # a town's surroundings hold its own kind of event only: "Drone strike hits depot
        return False  # near Kramatorsk" is not the shelling of Kostiantynivka
    return unit is not None and place is not None and _unit_holds(unit, place)


def _unit_holds(unit: Place, place: Place) -> bool:
    """A country or first-level unit holds the places in it; a region with no outline here ("the Gaza Strip",
    "Darfur", "Lake Chad" of four countries) those in its country (if it has one), near its point."""
    if unit.kind in ("country", "admin1"):
        return unit.holds(place)
    reach = _DISTRICT_REACH_KM if unit.kind == "admin2" else _REGION_REACH_KM
    return (place.country == unit.country or not unit.country) and \
        haversine_km(place.lat, place.lon, unit.lat, unit.lon) <= reach


def _unit_of(event: Event) -> Place | None:
    """The place an event is coded at: its own, or the unit of one the gazetteer lacks."""
    if event.location is not None and event.location.place is not None:
        return event.location.place
    return event.area.place if event.area is not None else None


def _place_kind(event: Event) -> str | None:
    return event.location.place.kind if event.location is not None and event.location.place is not None else None


def _country_code(event: Event) -> str | None:
    return event.location.place.country if _place_kind(event) is not None else None


def _told_as_another(event: Event) -> bool:
    return _ANOTHER_BEFORE.search(event.sentence.text, 0, event.trigger.start - event.sentence.start) is not None


def _vague(event: Event) -> bool:
    """Told at region level, or in a sentence that names no place nor day and goes on from the one before
    ("... captured the command in Lashio on Saturday. Its fighters took control of the headquarters.")."""
    return not _placed(event) or event.geo_precision == 2 and "(near " in event.location_text and \
        ((event.time_precision or 1) > 1 or not _RELATIVE.search(event.sentence.text))  # "shells landed in the town"


def _placed(event: Event) -> bool:
    """Told at a place of its own: a town or its area, or a place the gazetteer lacks (coded at its unit, or
    placed approximately there: "Boni in central Mali")."""
    return event.geo_precision in (1, 2) or event.area is not None or \
        event.location is not None and event.location.approximate


def _in_a_unit(event: Event) -> bool:
    """Told at a province or district ("in the Jiribam district"), not only in the country."""
    place = event.location.place if event.location is not None else None
    return place is not None and place.kind in ("admin1", "admin2")


def _tells_of(broad: Event, precise: Event) -> bool:
    """A vaguer report of the same type and actor nearby (or of the same two sides the other way round; a base
    overrun told as the fight it was; a protest however told), or one of them naming no actor ("No group claimed the
    kidnapping"; "A jet dropped two bombs on Tar Taing village"), at the same place for a sentence going on from the
    one before, not of another day (the day a group claimed it is no day of its own: "JNIM claimed the attack on
    Monday, saying it had killed 100 soldiers"; a precise report that tells no day is of the day of a vaguer one placed
    in a unit)."""
    if precise.trigger == broad.trigger and precise.sentence is broad.sentence and _told_as_part(precise):
        return True  # "eight killed in clashes across the country, including two in Nairobi": a part it told
    if _COUNTRYWIDE.search(broad.sentence.text):
        return False  # "Russia launched 215 drones and missiles across the country": the country's, whatever hit a town
    same_kind = precise.sub_event_type == broad.sub_event_type or \
        precise.event_type == broad.event_type in ("Protests", "Riots") or \
        broad.general and not precise.general or \
        _base_overrun(broad) and precise.sub_event_type == "Armed clash" or \
        precise.sub_event_type == "Air/drone strike" and precise.sentence is not broad.sentence and \
        _A_STRIKE.search(broad.sentence.text) is not None
    # "Israeli strikes hit Lebanon's Bekaa valley" (a general word) ... "warplanes carried out a series of strikes on
    # the outskirts of Baalbek"; "air strikes and shelling killed 30 across Gaza ... A strike on a tent killed 13"
    return precise.event_type == broad.event_type and same_kind and \
        (_side(precise.actor1) == _side(broad.actor1) or not broad.actor1 or not precise.actor1 or
         _same_sides(broad, precise) or
         # ("rebels said they had ambushed a convoy of soldiers near Tinzaouaten ... The army said its troops had
         # repelled a terrorist attack": the side attacked telling the fight, naming no other)
         broad.event_type == "Battles" and not broad.actor2 and broad.actor1 == precise.actor2 or
         broad.geo_precision == 2 and (_unnamed(precise.actor1) or _unnamed(broad.actor1))) and \
        not (precise.fatalities and broad.fatalities and precise.actor1 != broad.actor1) and \
        (precise.event_date == broad.event_date or (broad.time_precision or 1) > 1 or _dated_by_report(broad) or
         _CLAIMED.search(broad.sentence.text) or
         (precise.time_precision or 1) > 1 and _place_kind(broad) is not None) and \
        abs(precise.sentence.start - broad.sentence.start) < 600 and \
        (broad.geo_precision != 2 or broad.location is precise.location) and \
        (_place_kind(broad) is None or broad.geo_precision != 3 or _within(precise, broad))  # not Katsina's in Zamfara


def _same_sides(broad: Event, precise: Event) -> bool:
    """A clash told by each side in turn ("Ethiopian forces clash with Fano militia" ... "fighting between the army
    and Fano militiamen"): the same two sides, the other way round."""
    return precise.sub_event_type == "Armed clash" == broad.sub_event_type and "" not in (broad.actor1, broad.actor2) \
        and {precise.actor1, precise.actor2} == {broad.actor1, broad.actor2}


def _other_sides_telling(broad: Event, precise: list[Event]) -> Event | None:
    """The one battle told at a place by the other side, that a vaguer telling with a toll of its own was of (not
    "its forces killed 40 militiamen in operations in the region": many fights)."""
    if _OPERATIONS.search(broad.sentence.text):
        return None
    fights = [e for e in precise if _same_sides(broad, e) and e.actor1 != broad.actor1 and
              e.event_date == broad.event_date and abs(e.sentence.start - broad.sentence.start) < 600 and
              (_place_kind(broad) in (None, "country") or _within(e, broad))]
    return fights[0] if len(fights) == 1 else None


def _base_overrun(event: Event) -> bool:
    """'Al-Shabaab fighters overrun army base in Somalia': a headline's capture of a base, which the body may tell as
    the fight it was (the raiders withdrew)."""
    return event.sub_event_type == "Non-state actor overtakes territory" and \
        _A_BASE.match(event.sentence.text, event.trigger.end - event.sentence.start) is not None


def _dated_by_report(event: Event) -> bool:
    """Dated only by the day its report was given ("... killed at least 24 people, residents said on Wednesday"): the
    day of the event itself is another telling's to give."""
    text = event.sentence.text
    return _RELATIVE.search(text) is not None and _RELATIVE.search(_without_reporter(text)) is None


def _dated_by_speaker(event: Event) -> bool:
    """Dated by the day its report was given, closing the sentence or not ("..., the military's media wing said on
    Saturday, while 12 soldiers were killed in an ambush")."""
    spoken = _spoken_weekday(event.sentence.text)
    return _dated_by_report(event) or spoken is not None and \
        date.fromisoformat(event.event_date[:10]).weekday() == spoken


def _side(actor: str) -> str:
    """An actor without the country ACLED adds where the text names it: 'Protesters (Kenya)' is 'Protesters'."""
    return actor.split(" (")[0]


def merge_across(articles: list[Article]) -> list[Event]:
    """One event per distinct report: the same event in several articles keeps every source."""
    merged: dict[tuple, Event] = {}
    for article in articles:
        for event in article.events:
            key = event_key(event)
            if key in merged and article.id in merged[key].sources:
                key += (event.event_id,)  # an article's events are apart already (each side's toll of a battle)
            if key in merged:
                merged[key].sources += [s for s in event.sources if s not in merged[key].sources]
                merged[key].fatalities = min(merged[key].fatalities, event.fatalities) or max(merged[key].fatalities, event.fatalities)
            else:
                merged[key] = event
    return list(merged.values())
