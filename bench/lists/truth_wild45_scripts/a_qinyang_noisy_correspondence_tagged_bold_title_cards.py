"""Wild45 truth for QinYang79/Awesome-Noisy-Correspondence README.md: a university lab's awesome list of
noisy-correspondence learning papers (mismatched image-text / cross-view pairs), sorted by task and, in two tasks, by
year; newest commit (0c7fb52, 2025-10-16).

Shape: 635 lines.  Line 1 a migration notice (the list moved to XLearning-SCU, "updated synchronously"); title (3),
intro prose (4-10) saying the group's own works are marked with a star emoji; ``## Tasks`` (11) followed by a
two-column pipe table of anchor links (13-23, a TOC).  Then ``##`` task sections (Image-Text Matching/Retrieval 26
with ``#### 2025``..``#### 2021`` subheadings, Vision-Language Pre-training 213, Re-identification 248, Video-Text
Learning 338, Image Captioning 373, Image Contrastive Learning 385, Graph Matching 392, Visual-Audio Learning 405,
Machine Reading Comprehension 415, Dense Retrieval 422, Retrieval-Augmented Generation 428, Multi-View Clustering 435
with ``#### 2025``..``#### 2020``, Composed Image Retrieval 613, Text-to-SQL 621, Legal Case Retrieval 629).  Every
record is a multi-line card: ``- `[2024 CVPR]` **Title**`` (tag in backticks, mostly ``[year venue]``, once
``[TIP 2025]`` on 50), a line of italic authors, then ``[[paper]](url)`` and often ``[[code]](url)`` lines, twice a
GitHub-stars badge line (348, 403); cards are separated by one or more blank lines.

Special cases:
- The group's works carry a star emoji glued to the title inside the bold (``**⭐Learning with Noisy
  Correspondence**``); it is the list's marker, not part of the title, and is dropped.
- 340: the title is not bold (``- `[2025 CVPR]`  Rethinking Noisy ...``).
- 107: the title opens with LaTeX (``$\\text{PC}^2$: Pseudo-Classification ...``); kept as written.
- 239: the authors line has lost its opening ``*``; 221/511/517/616/624 have ``*``/``\\*`` corresponding-author marks
  that break the italics; 251-263 author lines lack the trailing double space.  None of this touches titles.
- 360-361: the Crossclr card's authors and link lines are indented by two spaces (still the same card).
- Repeated cards (41/55, 72/80 with a typo in the second, 132/147, 35/220, the TIP CREAM paper 155/394 in two
  sections) are separate entries.  Some paper links are wrong or placeholders (215's arXiv link is the CLIP paper's, 252 links a GitHub
  repository, 483/617 personal homepages); the entry still names its paper, and ids are taken as written.

Decisions:
- Entry = each ``- `[...]` `` card, from the bullet line through its last non-blank line (authors, paper/code links,
  badge); title = the bold text on the bullet line (or the plain rest of line on 340), star marker dropped.
- Not entries: the migration notice, intro, the Tasks TOC table, headings.
- Ids from the card's own lines: arXiv abs/pdf/html links; DOIs from ACM ``/doi/(abs|pdf|full)/``, Springer
  ``chapter``/``article`` and ``doi.org`` links; none from IEEE Xplore, CVF, OpenReview, AAAI, ScienceDirect pii.
"""
import re

from _wild45 import entry, read_lines, write_truth

NAME = "QinYang79__Awesome-Noisy-Correspondence__README@0c7fb52.md"
PART = "wild45_development"

CARD = re.compile(r"^- `\[(?P<tag>[^\]]+)\]`\s+(?:\*\*(?P<bold>.+?)\*\*|(?P<plain>\S.*?))\s*$")
STAR = "⭐"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[2] == "# Noisy-Correspondence Learning Summary (Updating)"
    papers = []
    starred = 0
    n = 0
    while n < len(lines):
        ln = lines[n]
        if not ln.startswith("- "):
            n += 1
            continue
        m = CARD.match(ln)
        assert m, (n + 1, ln)
        first = n + 1
        last = first
        k = n + 1
        while k < len(lines) and lines[k].strip() and not lines[k].startswith(("- ", "#")):
            last = k + 1
            k += 1
        title = m.group("bold") if m.group("bold") is not None else m.group("plain")
        if title.startswith(STAR):
            starred += 1
            title = title[len(STAR):]
        assert STAR not in title, (first, title)
        papers.append(entry(lines, first, last, title))
        n = k
    t = {p["line"]: p for p in papers}
    assert t[340]["title"] == "Rethinking Noisy Video-Text Retrieval via Relation-aware Alignment", t[340]
    assert t[107]["title"].startswith("$\\text{PC}^2$: Pseudo-Classification Based"), t[107]
    assert t[119]["title"] == "Learning with Noisy Correspondence", t[119]
    assert (t[238]["line"], t[238]["end"]) == (238, 241), t[238]
    assert (t[344]["line"], t[344]["end"]) == (344, 348), t[344]
    assert (t[359]["line"], t[359]["end"]) == (359, 361), t[359]
    assert t[631]["title"].startswith("Uncertainty-aware evidential learning"), t[631]
    print("starred", starred)
    assert len(papers) == 116, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each '- `[year venue]` **Title**' card is an entry (116), spanning the bullet through its authors/paper/code/"
        "badge lines; title = the bold text (plain rest of line on 340) with the group's star-emoji marker dropped;"
        " the migration notice, intro, Tasks TOC table and headings are not entries; repeated cards are separate.",
        "Read the whole 635-line file; compared -v with the cards: first/last card of every section and year"
        " subheading (31/208, 215/243, 250/331, 340/368, 375/380, 387, 394/399, 407/411, 417, 424, 430, 439/606, 615,"
        " 623, 631), the non-bold title 340, LaTeX title 107, star-marked titles (119, 155, 171, 481, 615), the"
        " authors line without '*' (239), indented lines of 359-361, badge lines 348/403 inside their cards,"
        " duplicates 41/55 and 72/80, placeholder links 252/483/617; ids: arXiv from abs/pdf/html links (html on 144),"
        " DOIs from ACM/Springer/doi.org links (43, 48, 97, 105, 469, 492, 500), none from IEEE/CVF/OpenReview/AAAI.",
    )


if __name__ == "__main__":
    main()
