"""Wild44 truth for gaiyi7788/awesome-legged-locomotion-learning README.md: a student's awesome list of legged-robot
locomotion learning (reinforcement learning, sim-to-real, imitation, bipeds, quadrupeds, humanoids).

Shape (315 lines): a title with an Awesome badge, a short intro, "## Related awesome-lists" (links to other lists,
11-18), "## Robot models" with three tables of robot description files (Bipeds, Humanoids, Quadrupeds: robot name,
maker, URDF/MJCF links, licence, 24-64), "## Code" (68-96: one paragraph per code repository
``[[**name**](github url)]: description ![GitHub stars](badge)``; 94 GenLoco's description links its arXiv paper
inline), "## Survey" (100-105: ``- Title. (Venue, Year) [**tag**] [[paper](url)]``, the last two without the
venue part, 104 a TechRxiv preprint with a [[github]] link), "## Technical blog" (two Chinese blog links, 109-110),
then "## Papers": "#### Arxiv Preprint" with ``- [YYYY] Title. [[paper](url)] [[code](url)]`` items (118-158, some
with a blank line between items, some with [**tag**] or ``[code soon]``), then ``### YEAR`` (2023 ... 2017) with
``#### Conference`` / ``#### Journal`` sub-headings and ``- [**VENUE**] Title. [**tag**] [[paper](url)] ...`` items
(166-311).  Screenshots of figures (``![image-2023...](./src/figs/...png)``) stand between items; several
Conference/Journal sub-headings are empty.  Line 262 is the same kind of record without the ``- `` bullet.  Titles
end with '.', '?' (311) or nothing (206 ``... Characters [[paper]``); a few carry ``(Oral)`` after the title
(188, 189).  Paper links: arXiv abs/pdf, IEEE Xplore (abstract, document, stamp.jsp), PMLR, OpenReview, CVF,
ACM DL pdf (``10.1145/...``), MDPI, PMC, SAGE pdf (``10.1177/...``), RSS proceedings, project pages, GitHub (192,
the RSS paper "Rapid Locomotion" links its code repository as [paper]).

Decisions:
- Entries (81): every Survey and Papers item naming a paper (the bullet-less 262 included), the dataset paper
  MoCapAct 138 (an arXiv paper) and the TechRxiv survey 104 included.  "Learning Bipedal Walking On Planned
  Footsteps For Humanoid Robots" is listed twice (146 arXiv preprint, 217 IEEE-RAS): two entries.
- Not entries: related lists, robot-model table rows, the Code paragraphs (code repositories, GenLoco 94 too: the
  record is the repository, the paper only linked in its description), blog posts, headings, images.
- Span: the item's single line.
- Title: the text after the bullet and the leading ``[YYYY]`` / ``[**VENUE**]`` tag, up to the first `` (`` (venue and
  year, ``(Oral)``) or `` [`` (tag, links, ``[code soon]``); the separating '.' dropped, '?' kept.
- Ids: from the item's links (arXiv abs/pdf; DOI from the ACM DL and SAGE URLs).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild44 import entry, read_lines, write_truth

NAME = "gaiyi7788__awesome-legged-locomotion-learning__README@daff524.md"
PART = "wild44_development"

ITEM = re.compile(r"^(?:- )?(?:\[\d{4}\] |\[\*\*[^*\]]+\*\*\] )?(.+?)(?= \(| \[)")


def main() -> None:
    lines = read_lines(NAME)
    start = lines.index("## Survey") + 1
    blog = lines.index("## Technical blog") + 1
    papers_at = lines.index("## Papers") + 1
    papers = []
    for n, ln in enumerate(lines, 1):
        if n <= start or blog <= n < papers_at:
            continue
        if not ln.strip() or ln.startswith(("#", "![")):
            continue
        assert ln.startswith("- ") or (n == 262 and ln.startswith("[**")), (n, ln)
        assert "[[paper](" in ln, (n, ln)
        m = ITEM.match(ln)
        assert m, (n, ln)
        papers.append(entry(lines, n, n, m.group(1)))
    assert len(papers) == 81, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each Survey / Papers item '- [YYYY] Title. [[paper](url)]', '- [**VENUE**] Title. [**tag**] [[paper](url)]'"
        " or '- Title. (Venue, Year) [**tag**] [[paper](url)]' is one paper (81; the bullet-less 262, the dataset"
        " paper 138 and the TechRxiv survey 104 included; the twice-listed 146/217 twice); title = the text after the"
        " bullet and the leading year/venue tag up to the first ' (' or ' ['; related lists, robot-model tables,"
        " code-repository paragraphs (GenLoco 94 too), blog links and images are not entries; ids from the item.",
        "Script asserts every non-blank, non-heading, non-image line from the Survey section on (the blog section"
        " skipped) is an item with a [[paper]] link; all 81 -v lines compared by eye with the file: first and last"
        " item of each section (100, 105, 118, 158, 166, 180, 186, 211, 215, 221, 229, 238, 248, 258, 262, 268, 272,"
        " 278, 288, 297, 301, 305, 311), the '?' title 311, the untagged-period title 206, '(Oral)' 188-189,"
        " '[code soon]' 136, the em dash 179; ids checked for the arXiv links and the DOI of 103, 206 and 301.",
    )


if __name__ == "__main__":
    main()
