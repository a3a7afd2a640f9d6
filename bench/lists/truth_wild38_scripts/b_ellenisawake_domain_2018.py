"""Wild38 truth for Ellenisawake/domainnotes papers-2018.md: a PhD student's notes on the 2018 domain-adaptation /
transfer-learning papers she read (one file per year in the repository), written 2018-2020.

Shape: "## VENUE" headings (NeurIPS18, ECCV18, CVPR18, ICML, IJCAI, ICLR, AAAI, TPAMI) separated by "---"; each
paper is one column-0 line followed, after a blank line, by "- " note bullets (problem to solve / proposed method /
experiments / code links, some with indented sub-bullets and LaTeX), sometimes by a column-0 screenshot image with a
local path (27, 39, 75).  The paper line takes several forms:
- a Markdown link whose text is the title, usually with the venue after " - " and an optional nickname in
  parentheses: "[Title - NIPS18 (CDAN)](url)", "[Title - CVPR18 Oral](url)", "[Title  - ICML18](url)" (two spaces),
  "[... Self-Training- ECCV18 (CBST)](url)" (no space before the dash), "[Title (SimNet)]()" (empty target),
  "[Title (I2IAdapt)]() - CVPR18" (venue after the link), "[Title](url) Stanford, ..." (affiliations after the link),
  "[Title - IJCAI18](<url>)" (angle-bracket target, 631);
- an unbalanced emphasis marker opening the link text: "[**Conditional ...", "[*Residual ..." (328, 348, 381, 404);
- a link text broken over two lines (85-86);
- a bare title line: "Algorithms and Theory for Multiple-Source Adaptation - NIPS18" (10), "... - NIPS18 (CDAN)" (15),
  "Multi-Adversarial Domain Adaptation" (693), "Beyond sharing weights for deep domain adaptation EPFL" (697);
- a "#### Title - ICLR18" or "#### Title - ?" heading (679, 706, 708).

Decisions:
- Entry = a paper line through its last non-blank line before the next paper line, heading or "---" (notes,
  sub-bullets, a wrapped bullet 648-649, the screenshots); 114 entries, none of them a non-paper.
- Not entries: the "##" venue headings; papers named inside another paper's notes ("build on top of [AutoDIAL ...]"
  370, the "[$f$-divergence](arXiv)" link 528, "follow-up: [A Data-Efficient MINE ...] ICLR20 submission" 533):
  mentions in notes, part of the noted paper's entry.
- Title = the link text (85-86 joined by a space), the heading text or the bare line, without the opening "*"/"**",
  the final nickname in parentheses ("(CDAN)", "(Co-DA)", "(VEIS)", "(MINE)", "domain adaptation(CAN)"), the venue
  after a dash ("- NIPS18", "- CVPR18 Oral", "- ?"), and on 697 the affiliation "EPFL".  Nicknames written into
  titles ("DCAN: ...", "StarGAN: ...") are kept; the truncated "... With Label Nois" (449) is kept as written.
- Ids: arXiv links give the arXiv id (22, 43, 60, 67 "abs/1806.05662.pdf", 81, 90, 315, 524, 699).  Line 365's only
  arXiv link is AutoDIAL's, in a note (370), so that entry has none; 524's first link is its own (the f-divergence
  link comes later).  NIPS, CVF, PMLR, OpenReview, IJCAI and personal PDFs give none; no DOI is written.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild38 import entry, read_lines, write_truth

NAME = "Ellenisawake__domainnotes__papers-2018@cb27c36.md"
PART = "wild38_development"

CONTINUATION = {86}  # second line of 85's link text
NICK = re.compile(r"\s*\([A-Za-z0-9][A-Za-z0-9-]*\)\s*$")
VENUE = re.compile(r"\s*-\s*(?:(?:NIPS|ECCV|CVPR|ICML|ICLR|IJCAI|ICASSP)18(?: Oral)?|\?)\s*$")
AFFILIATION = {697: " EPFL"}
NOT_OWN_ARXIV = {365: "1704.08082"}  # AutoDIAL, cited in the note on line 370


def is_start(lines: list[str], n: int) -> bool:
    t = lines[n - 1]
    if not t.strip() or n in CONTINUATION:
        return False
    if t.startswith("#### "):
        return True
    return not t.startswith(("#", "-", " ", "\t", "!"))


def title_of(lines: list[str], n: int) -> str:
    t = lines[n - 1]
    if t.startswith("#### "):
        text = t[5:]
    elif t.startswith("["):
        if n + 1 in CONTINUATION:
            t = t + " " + lines[n]
        m = re.match(r"\[(.+?)\]\(", t)
        assert m, (n, t)
        text = m.group(1)
    else:
        text = t
    text = text.strip().lstrip("*")
    if n in AFFILIATION:
        assert text.endswith(AFFILIATION[n]), (n, text)
        text = text.removesuffix(AFFILIATION[n])
    text = NICK.sub("", text)
    text = VENUE.sub("", text)
    text = NICK.sub("", text)
    return text.strip()


def main() -> None:
    lines = read_lines(NAME)
    starts = [n for n in range(1, len(lines) + 1) if is_start(lines, n)]
    bounds = set(starts) | {n for n, t in enumerate(lines, 1) if t.startswith(("#", "---"))}
    papers = []
    for n in starts:
        end, j = n, n + 1
        while j <= len(lines) and j not in bounds:
            if lines[j - 1].strip():
                end = j
            j += 1
        e = entry(lines, n, end, title_of(lines, n))
        if n in NOT_OWN_ARXIV:
            assert e["arxiv"] == NOT_OWN_ARXIV[n], e["arxiv"]
            e["arxiv"] = None
        papers.append(e)
    assert len(papers) == 114, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each paper line (a Markdown link, a bare title line or a '####' heading) under the venue headings is one "
        "entry, running over its note bullets and screenshots up to the next paper line, heading or rule; papers "
        "named inside notes are not entries; title = the link text / line without opening '*', trailing "
        "'(NICKNAME)', the ' - VENUE18' suffix and one trailing affiliation.",
        "All 711 lines read by eye against the -v output: every venue section's first and last entries, the 114 "
        "paper lines and their extents, the two-line link text 85-86, the bare lines 10/15/693/697, the '####' "
        "headings 679/706/708, the emphasis-opened links 328/348/381/404, the venue-outside-link lines 293/298, the "
        "'(CAN)' glued to 308, the angle-bracket target 631, the in-note mentions 370/528/533 not taken as entries, "
        "the arXiv ids (365 cleared) and that no title keeps a venue or nickname tail.",
    )


if __name__ == "__main__":
    main()
