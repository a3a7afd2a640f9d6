"""Wild7 truth for LevensteinLab/Lab-Handbook docs/Resources/recommended_reading.md: a neuroscience
lab's recommended reading, in three bullet styles under bold (not heading) topic labels.

Shape: '**Sleep**', '**neuroAI**', ... labels, each followed by '- ' bullets of three kinds:
  1. '- [Title](url), Authors, Year, Journal'            (Sleep, Memory consolidation, Hippocampus/MEC)
  2. '- Authors, Year, Journal. [Title](url)'              (Neural population dynamics)
  3. '- https://...' a bare article URL, no title          (ANNs, neuroAI, Replay, hippocampus,
                                                            General, modeling and theory)
One empty bullet '- ' (line 76) closes the population-dynamics group: not an entry.

Entry: every non-empty '- ' bullet (51); each is one journal article, review, preprint or
proceedings paper (the two 'General - scientific process' URLs are a J Cell Sci essay and a Nat
Biotechnol article; the JSTOR link is Levins 1966).  Title = the link text for kinds 1 and 2,
null for kind 3 (the bare URL names no title).  Ids come from the URL (Springer chapter,
physiology.org, T&F, Annual Reviews and bioRxiv URLs hold DOIs).

Count check: grep -c '^- ' = 52 = 51 entries + the empty bullet; by kind 20 + 19 + 12.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild7 import entry, read_lines, write_truth

NAME = "LevensteinLab__Lab-Handbook__docs__Resources__recommended_reading@c7a73f1.md"
PART = "wild7_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    kinds = {1: 0, 2: 0, 3: 0}
    for i, text in enumerate(lines, 1):
        if not text.startswith("- "):
            continue
        body = text[2:].strip()
        if not body:
            continue  # the empty bullet on line 76
        if m := re.match(r"\[(.+?)\]\(", body):
            kinds[1] += 1
            title = m.group(1)
        elif m := re.search(r"\. \[(.+?)\]\(", body):
            kinds[2] += 1
            title = m.group(1)
        else:
            assert re.fullmatch(r"https?://\S+", body), (i, body)
            kinds[3] += 1
            title = None
        papers.append(entry(lines, i, i, title))
    assert kinds == {1: 20, 2: 19, 3: 12}, kinds
    write_truth(NAME, PART, papers,
                "every non-empty '- ' bullet under the bold topic labels is an entry; title = the link text"
                " whether it leads ('[Title](url), Authors, Year, Journal') or follows ('Authors, Year,"
                " Journal. [Title](url)'), null for the 12 bare-URL bullets; the empty bullet is not an entry",
                "all 51 entries against the file: titles, the 12 bare URLs as null, the empty bullet on line"
                " 76 skipped, DOIs from the Springer chapter, physiology.org, T&F, Annual Reviews and bioRxiv"
                " URLs (bioRxiv 'v2' dropped), PubMed/ScienceDirect/Nature URLs giving none")


if __name__ == "__main__":
    main()
