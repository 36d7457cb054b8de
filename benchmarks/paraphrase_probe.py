"""Paraphrase probe: one fact told by three outlets in their own words, told once?

Hand-written sets (our own invented stories, no eval text): in each, the first sentence of
every article tells the same key fact in other words, and the rest are details of one
outlet. A set passes when the extractive briefing (120 words, no embeddings) tells the
key fact in exactly one sentence and cites all three articles for it. The first eight sets
were written while fixing the lexical reading (session 18); the last six after the first
fixes, as a check on other shapes: four of them passed then, and the two that failed
("lifted off" / "launched", "found ... guilty" / "convicted" with a title between the
names) were fixed next, so they are no longer unseen. With tree paths, each tree's code is
run on the same sets (a checkout of an earlier commit, to compare).

A third group (`paraphrase_third.json`, session 19) was written by a helper that never
read the rules, as a check on unseen shapes: 16 "same" sets (passes as above) and 8
"different" sets whose first sentences look alike but tell different facts (another toll,
roles reversed, another stage, another minister, another town): a "different" set passes
when no article is cited for another article's first sentence. At the session's start
(d600e6f) 4 of 16 and 2 of 8 passed; the rules that then made 5 of 16 and 8 of 8 pass
were written after reading these sets, so they are no longer unseen either.

Two more groups, each written by a helper that read neither the rules nor the earlier sets,
came in session 20 (`paraphrase_fourth.json`, `paraphrase_fifth.json`): 20 "same" and 10 or
12 "lookalike" sets each. The fourth was split in file order: its first 10 "same" and 5
lookalike sets were read and fixed, the rest held out until those fixes were done. The
fifth was run once, unseen, at the end of that work: at the session's start (4c6745e) it
passed 12 of 20 and 8 of 12 lookalikes, after the fourth's fixes 12 of 20 and 9 of 12.
Its failures were read then, and the rules that followed are fitted to it too.

    python benchmarks/paraphrase_probe.py               # this tree, each set's briefing
    python benchmarks/paraphrase_probe.py TREE [TREE]   # one line per tree
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FIRST = {
    "bridge": [
        (
            "The city council of Brenford voted 7-2 on Monday to close the Elm Street bridge for "
            "repairs. The bridge will stay shut until March. Repairs are expected to cost about "
            "$3 million, according to city engineers who inspected it last month."
        ),
        (
            "Brenford councillors approved the closure of the Elm Street bridge by seven votes to"
            " two at Monday night's meeting. Engineers found cracks in the bridge supports during"
            " an inspection. Residents packed the meeting hall to speak against the plan."
        ),
        (
            "Elm Street bridge to close: the Brenford council backed the plan 7-2 on Monday. "
            "Drivers will have to detour through Oak Avenue. Local shop owners fear they will "
            "lose customers during the months of work."
        ),
    ],
    "election": [
        (
            "Opposition leader Ama Mensah won Sunday's presidential runoff with 54 percent of the"
            " vote, the electoral commission announced Tuesday. Her rival, incumbent Kofi Badu, "
            "conceded defeat on Wednesday. Turnout was 61 percent, up from the first round."
        ),
        (
            "Ama Mensah has been declared the winner of the presidential runoff, taking 54 "
            "percent of ballots cast, according to the election commission. President Kofi Badu "
            "accepted the result and congratulated her. Observers from the African Union called "
            "the vote free and fair."
        ),
        (
            "The electoral commission said on Tuesday that challenger Ama Mensah beat President "
            "Kofi Badu in the second round, winning 54 percent. Badu admitted defeat a day later."
            " Mensah will be sworn in next month. Her campaign focused on jobs and corruption."
        ),
    ],
    "merger": [
        (
            "Orbis Group agreed to acquire rival Telvana for $4.2 billion in cash, the companies "
            "said Monday. The deal would create the region's largest cable operator. Regulators "
            "in Brussels are expected to review the purchase. Telvana shares jumped 18 percent in"
            " early trading."
        ),
        (
            "Cable company Orbis will purchase Telvana in a $4.2 billion all-cash transaction, "
            "both firms announced on Monday. Telvana's stock rose 18 percent on the news. Unions "
            "warned that hundreds of jobs could be lost. The combined company will keep its "
            "headquarters in Lyon."
        ),
        (
            "Orbis is buying its competitor Telvana for $4.2 billion, a takeover that forms the "
            "largest cable group in the region. The European Commission will examine the "
            "takeover. Analysts said the price was high. Orbis's chief executive said the deal "
            "would close next year."
        ),
    ],
    "quake": [
        (
            "A magnitude 6.4 earthquake struck eastern Taiwan early Thursday, killing at least "
            "nine people and injuring more than 200. Rescue teams searched collapsed buildings in"
            " Hualien through the night. The island's high-speed rail service was suspended."
        ),
        (
            "At least nine people died and over 200 were hurt when a strong 6.4-magnitude quake "
            "hit the east coast of Taiwan on Thursday morning. Several hotels in Hualien partly "
            "collapsed. Premier Lai visited the city in the afternoon."
        ),
        (
            "Thursday's 6.4 tremor in eastern Taiwan left nine dead and more than 200 injured, "
            "officials said. Aftershocks continued to rattle Hualien. Schools across the county "
            "were closed for the day."
        ),
    ],
    "strike": [
        (
            "Nurses at three public hospitals in Dunmore walked off the job on Friday, demanding "
            "a 12 percent pay rise. The hospitals cancelled non-urgent surgery. Talks with the "
            "health board broke down last week."
        ),
        (
            "About 4,000 nurses went on strike Friday at Dunmore's three public hospitals after "
            "their union rejected a pay offer; they want 12 percent more. Emergency wards "
            "remained open with reduced staff. The health minister urged both sides to return to "
            "talks."
        ),
        (
            "Dunmore's public hospital nurses began a strike on Friday over pay, seeking a 12 "
            "percent increase. Patients were told to expect delays. The union said the walkout "
            "could last a week."
        ),
    ],
    "recall": [
        (
            "Carmaker Velta is recalling 310,000 vehicles worldwide because of faulty airbag "
            "sensors, the company said on Wednesday. Owners will be notified by mail. No injuries"
            " have been reported."
        ),
        (
            "Velta said Wednesday it will recall about 310,000 cars around the world to fix "
            "defective airbag sensors. The recall covers models built between 2019 and 2021. "
            "Dealers will replace the sensors free of charge."
        ),
        (
            "A defect in airbag sensors has prompted Velta to call back 310,000 of its vehicles "
            "globally, the automaker announced Wednesday. Shares of Velta fell 3 percent. "
            "Regulators in the United States had opened an inquiry in May."
        ),
    ],
    "fire": [
        (
            "A fire destroyed a six-storey apartment block in the port city of Kessa on Saturday "
            "night, and firefighters said two residents were killed. Dozens of families were left"
            " homeless. The cause of the blaze is under investigation."
        ),
        (
            "Two people died when flames gutted a six-storey residential building in Kessa late "
            "Saturday, fire officials said. Neighbours said the fire alarm did not sound. The "
            "city opened a school gym as an emergency shelter."
        ),
        (
            "Fire tore through a six-floor apartment building in Kessa on Saturday, killing two "
            "people. More than 40 firefighters fought the blaze for five hours. The mayor "
            "promised help for those who lost their homes."
        ),
    ],
    "court": [
        (
            "The Supreme Court on Tuesday struck down the state's ban on mail-in voting in a 6-3 "
            "decision. The majority said the ban denied citizens equal access to the ballot. The "
            "governor called the ruling a disappointment."
        ),
        (
            "In a 6-3 ruling Tuesday, the justices declared the state's prohibition of voting by "
            "mail unconstitutional. Election officials said they would begin sending ballots next"
            " month. Voting rights groups celebrated outside the courthouse."
        ),
        (
            "The state's mail-in voting ban was overturned by the Supreme Court on Tuesday, six "
            "justices to three. Three justices dissented, warning of fraud. The legislature may "
            "try to pass a narrower law."
        ),
    ],
}
SECOND = {
    "spill": [
        (
            "About 2,000 barrels of crude oil leaked from a pipeline near the village of Ostra on"
            " Monday, the operator Nordline said. Cleanup crews were sent to the site. Fishing in"
            " the nearby lake was banned."
        ),
        (
            "Nordline said a pipeline rupture near Ostra spilled roughly 2,000 barrels of crude "
            "on Monday. Environmental groups demanded an inquiry. The company said the leak had "
            "been stopped by evening."
        ),
        (
            "A Nordline pipeline burst outside Ostra on Monday, releasing around 2,000 barrels of"
            " oil. Villagers complained of a strong smell. Officials said drinking water was not "
            "affected."
        ),
    ],
    "resign": [
        (
            "Finance Minister Lena Kovac resigned on Thursday, a day after a report accused her "
            "ministry of hiding debts. Prime Minister Horvat accepted her resignation. Markets "
            "barely moved."
        ),
        (
            "Lena Kovac stepped down as finance minister Thursday following a damning audit of "
            "her ministry's accounts. Her deputy will run the ministry until a successor is "
            "named. Opposition parties called for early elections."
        ),
        (
            "Croatia's finance minister, Lena Kovac, quit on Thursday amid a scandal over hidden "
            "debts. She denied any wrongdoing in a short statement. The audit office report was "
            "published on Wednesday."
        ),
    ],
    "outbreak": [
        (
            "Health officials confirmed 37 cases of measles in Porto Verde county this month, "
            "most of them in unvaccinated children. Clinics extended their opening hours. Schools"
            " sent letters to parents."
        ),
        (
            "A measles outbreak in Porto Verde county has grown to 37 confirmed infections, "
            "health authorities said, with unvaccinated children making up most cases. A free "
            "vaccination drive starts Monday."
        ),
        (
            "Thirty-seven people in Porto Verde county have caught measles this month, according "
            "to the health department; most were children who had not been vaccinated. Two "
            "patients were admitted to hospital."
        ),
    ],
    "launch": [
        (
            "The space agency launched its first lunar lander, Selene-2, from the Kuru spaceport "
            "on Friday. The craft is due to reach the Moon in five days. Engineers cheered in the"
            " control room."
        ),
        (
            "Selene-2, the agency's first Moon lander, lifted off from Kuru on Friday aboard a "
            "heavy rocket. Its landing is planned near the lunar south pole. The mission cost 300"
            " million euros."
        ),
        (
            "On Friday the agency sent its first lunar landing craft, Selene-2, into space from "
            "the Kuru launch site. The lander carries four science instruments. A previous "
            "attempt was cancelled in 2022."
        ),
    ],
    "verdict": [
        (
            "A jury in Marlow found former mayor Tom Reyes guilty of bribery on Tuesday after a "
            "three-week trial. He faces up to ten years in prison. Sentencing was set for June."
        ),
        (
            "Former Marlow mayor Tom Reyes was convicted of taking bribes, a jury decided "
            "Tuesday. His lawyer said he would appeal. Reyes had denied all the charges."
        ),
        (
            "Jurors on Tuesday convicted Tom Reyes, the ex-mayor of Marlow, on bribery charges. "
            "Prosecutors said he took $250,000 from developers. Reyes remains free on bail until "
            "sentencing."
        ),
    ],
    "layoffs": [
        (
            "Steelmaker Harlan Works will cut 1,200 jobs and close its Redcliff plant by the end "
            "of the year, the company said Wednesday. Demand for steel has fallen sharply. The "
            "union called the move a betrayal."
        ),
        (
            "Harlan Works announced on Wednesday that it is eliminating 1,200 positions and "
            "shutting the Redcliff mill before year's end. Shares rose 4 percent. The town's "
            "mayor asked for state help."
        ),
        (
            "Some 1,200 workers will lose their jobs as Harlan Works closes its Redcliff factory "
            "this year, the steel company said on Wednesday. Redcliff has been its oldest site "
            "since 1921."
        ),
    ],
}


def _group(name: str) -> dict[str, dict]:
    return json.loads((Path(__file__).with_name(f"paraphrase_{name}.json")).read_text("utf-8"))


THIRD, FOURTH, FIFTH = _group("third"), _group("fourth"), _group("fifth")
KINDS = (
    "first",
    "second",
    "third",
    "different",
    "fourth",
    "fourth lookalike",
    "fifth",
    "fifth lookalike",
)


def run_here(root: Path, verbose: bool) -> dict[str, int]:
    sys.path.insert(0, str(root))
    from summarize.models import Article
    from summarize.options import BriefOptions
    from summarize.pipeline import brief_articles

    passed = dict.fromkeys(KINDS, 0)
    groups = (
        ("first", FIRST),
        ("second", SECOND),
        ("third", THIRD["same"]),
        ("different", {name: set_["articles"] for name, set_ in THIRD["different"].items()}),
        ("fourth", FOURTH["same"]),
        (
            "fourth lookalike",
            {name: set_["articles"] for name, set_ in FOURTH["different"].items()},
        ),
        ("fifth", FIFTH["same"]),
        ("fifth lookalike", {name: set_["articles"] for name, set_ in FIFTH["different"].items()}),
    )
    for kind, sets in groups:
        for name, texts in sets.items():
            articles = [
                Article(id=f"{name}{i + 1}", text=text, path=f"{name}{i + 1}.txt")
                for i, text in enumerate(texts)
            ]
            options = BriefOptions(words=120, semantic="off", engine="extractive")
            briefing = brief_articles(articles, options)
            firsts = [text.split(". ")[0] for text in texts]
            if kind in ("different", "fourth lookalike", "fifth lookalike"):
                # No article cited for another article's first sentence.
                good = all(
                    sentence.citations == (f"{name}{firsts.index(first) + 1}",)
                    for sentence in briefing.sentences
                    for first in firsts
                    if sentence.text.startswith(first)
                )
            else:
                key = [s for s in briefing.sentences if any(s.text.startswith(f) for f in firsts)]
                good = len(key) == 1 and len(key[0].citations) == len(texts)
            passed[kind] += good
            if verbose:
                print(f"== {name} ({kind}): {'pass' if good else 'FAIL'}")
                for sentence in briefing.sentences:
                    cited = "".join(f"[{c[len(name) :]}]" for c in sentence.citations)
                    print(f"   {sentence.text} {cited}")
    return passed


def summary(passed: dict[str, int]) -> str:
    sizes = {
        "first": len(FIRST),
        "second": len(SECOND),
        "third": len(THIRD["same"]),
        "different": len(THIRD["different"]),
        "fourth": len(FOURTH["same"]),
        "fourth lookalike": len(FOURTH["different"]),
        "fifth": len(FIFTH["same"]),
        "fifth lookalike": len(FIFTH["different"]),
    }
    return ", ".join(f"{kind} set {passed[kind]} of {sizes[kind]}" for kind in KINDS)


def main() -> None:
    if sys.argv[1:] == ["--child"]:
        print(json.dumps(run_here(Path.cwd(), verbose=False)))  # cwd: the tree to run
        return
    if not sys.argv[1:]:
        print(summary(run_here(ROOT, verbose=True)))
        return
    for tree in sys.argv[1:]:
        out = subprocess.run(
            [sys.executable, str(Path(__file__).resolve()), "--child"],
            cwd=tree,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        print(f"{tree}: {summary(json.loads(out.strip().splitlines()[-1]))}")


if __name__ == "__main__":
    main()
