"""Wild33 truth for singhaman1750/Legged-Robots README.md: a curated legged-robotics resource list whose
section "2) Curated Papers by Topic" is a paper list, inside collapsed ``<details>`` blocks.

Shape: numbered items ``N. **Nickname / lab / author label**: Title [[Paper](url)] [[Video](...)]``; the
title is italic (``*Title*``) in 2.1's first blocks (lines 78-95), plain text elsewhere, sometimes followed by
a venue (``, ICRA 2016.``, ``, IEEE Robotics and Automation Letters, vol. 2, ...``); some items have no bold
label (113-122, 187, 193, 241, 243-244). Line 101 puts the title in the bold label and the author after it.
Lines 111-112: the title wraps onto a second line. Numbering restarts per block.

Entries: every paper/thesis item of section 2 (lines 73-245), plus the scholarly articles that the later
resource sections list among videos and study tips: 147-148 (a sub-line "Paper Title: ..." naming the
Berkeley Humanoid Lite paper, no link), 360 (the SIAM Review tutorial paper), 382 (a J-STAGE journal review
named only by a slug-like label -> title None), 410 (Keshav, "How to Read a Paper"), 417 (a PMC journal
article). 136 is a master's thesis named only by its author -> title None. Not entries: conference paper
lists (42-64), Paper Copilot (67), the book (137), blog/Reddit/Instructables/dyno posts (138-152), news-only
RaiBo item (220, links a techxplore article), the Tiktok website (235), patents (250-252), and everything in
sections 3-5 except the lines above (videos, repos, workshops, lectures, books, articles, labs, companies,
parts). Title: the italic title, else the plain text between the label and the first ``[[``, with a trailing
venue/year clause removed where the file adds one (108, 113-118, 121-122). 78 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild33 import entry, read_lines, write_truth

NAME = "singhaman1750__Legged-Robots__README@5a3925c.md"
PART = "wild33_development"

SECTION2 = (73, 245)
SKIP = {136, 137, 138, 139, 143, 144, 145, 146, 147, 152, 220, 235}  # 136 and 147 come back in EXTRA
EXTRA = {  # (first, last): title
    (136, 136): None,
    (147, 148): "Demonstrating Berkeley Humanoid Lite: An Open-source, Accessible, and Customizable 3D-printed Humanoid Robot",
    (360, 360): "An Introduction to Trajectory Optimization: How to do your own direct collocation",
    (382, 382): None,
    (410, 410): "How to Read a Paper",
    (417, 417): "A guide to setting up and managing a lab at a research-intensive institution",
}
VENUE_TAIL = {  # line: the venue clause the file writes after the title
    108: ", IROS 2022",
    113: ", IEEE Robotics and Automation Letters, vol. 2, no. 2, pp. 741-748, April 2017.",
    114: ", ICRA 2017.",
    115: ", ICRA 2016.",
    116: ", ICRA 2016",
    118: ", IROS 2014",
    121: ", ICRA 2007.",
    122: ", 2007.",
}


def title_of(lines, first, last):
    text = " ".join(lines[i - 1].strip() for i in range(first, last + 1))
    text = re.sub(r"^\d+\.\s+", "", text)
    if first == 101:
        return re.match(r"\*\*(.+?)\*\*", text).group(1)
    text = re.sub(r"^\*\*.+?\*\*:\s*", "", text)
    m = re.match(r"\*(.+?)\*", text)
    if m:
        return m.group(1)
    t = text.split("[[")[0].strip()
    tail = VENUE_TAIL.get(first)
    if tail:
        assert t.endswith(tail), (first, t)
        t = t[: -len(tail)]
    return t


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    n = SECTION2[0]
    while n <= SECTION2[1]:
        ln = lines[n - 1]
        if re.match(r"^\s*\d+\.\s", ln) and n not in SKIP:
            last = n
            while lines[last].strip() and not re.match(r"^\s*(\d+\.\s|</details>)", lines[last]):
                last += 1
            papers.append(entry(lines, n, last, title_of(lines, n, last)))
            n = last
        n += 1
    for (a, b), t in EXTRA.items():
        papers.append(entry(lines, a, b, t))
    assert len(papers) == 78, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every numbered paper or thesis item of section 2 (patents, the RaiBo news item and a website-only "
        "item excluded) plus six scholarly items listed among later resources; title is the italic title or "
        "the text between the bold label and the first [[link]], venue clauses removed.",
        "Read the whole file by eye, classified every numbered item of all sections; checked each title "
        "against its line and every arXiv id / DOI mechanically.",
    )


if __name__ == "__main__":
    main()
