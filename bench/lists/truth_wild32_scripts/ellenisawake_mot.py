"""Wild32 truth for Ellenisawake/Papernotes multipleobjecttracking.md: personal notes on tracking papers.

Shape: a researcher's topic notes.  `#`/`##`/`###` headings give the topic (Overview; MOT and VIS, each with
Benchmarks and Algorithms); each `####` heading opens one note card: a paper title, a method or dataset
nickname (`BoostTrack++`, `SeqFormer`, `Grounding DINO`, `AnimalTrack`, `YouTube-VIS`), or a challenge
placing (`1st place on YouTube-VIS 2022`), followed by bullet notes (venue, lab, method details) and links
(`[paper](arxiv...)`, `[github](...)`, `[website](...)`, `[tech report](...)`).  A card runs from its heading to
its last non-blank line before the next heading.

An entry is a card whose subject is one scholarly work: a paper, a technical/challenge report, or a benchmark
that the card ties to its paper (a paper/tech-report link or a paper title as heading).  Not entries (decided
here): the challenge card of line 21 (AI City Challenge, website only), the dataset cards of lines 26 (TAO)
and 157 (DAVIS) that name no paper, the method-family card of line 114 (SORT-based methods, a topic note
listing DeepSORT/ByteTrack/OC-SORT/BoT-SORT/FairMOT inline), the code-repository card of line 177 (Grounded
SAM 2, GitHub links only) and the `# Useful Resources` tail (lines 242-245).  The DVIS card (line 218) links its
challenge tech report and the DVIS paper for the same work; it is one entry whose first id is the report.
Titles: the heading text when it is a title (`Name: title` kept whole; the trailing abbreviation of line 37
`(MOTIP)` dropped); None when the heading is only a nickname or a placing (lines 29, 84, 131, 163, 183, 193,
218, 231, 236).  The YouTube-VIS card (line 131) links other reports too (lines 141-142); its first id is its
own tech report (line 139).  28 entries.
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild32 import entry, read_lines, write_truth

NAME = "Ellenisawake__Papernotes__multipleobjecttracking@2c67ca5.md"
PART = "wild32_development"

SKIP = {21, 26, 114, 157, 177}
NO_TITLE = {29, 84, 131, 163, 183, 193, 218, 231, 236}
TITLE_FIX = {37: "Multiple Object Tracking as ID Prediction"}


def main() -> None:
    lines = read_lines(NAME)
    heads = [i + 1 for i, ln in enumerate(lines) if ln.startswith("#")]
    papers = []
    for k, h in enumerate(heads):
        if not lines[h - 1].startswith("#### ") or h in SKIP:
            continue
        stop = heads[k + 1] - 1 if k + 1 < len(heads) else len(lines)
        last = max(n for n in range(h, stop + 1) if lines[n - 1].strip())
        if h in NO_TITLE:
            title = None
        else:
            title = TITLE_FIX.get(h, lines[h - 1][5:].strip())
        papers.append(entry(lines, h, last, title))
    assert len(papers) == 28, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each `####` note card about one paper, report or paper-backed benchmark is an entry (heading to last"
        " line before the next heading); challenge/dataset-only/method-family/code cards are not; nickname"
        " headings give no title.",
        "All 33 cards read by eye; the 28 entries' spans, titles and first ids checked against the file, the five"
        " non-entries and the resources tail confirmed.",
    )


if __name__ == "__main__":
    main()
