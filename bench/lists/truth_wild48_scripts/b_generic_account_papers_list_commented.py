"""Wild48 truth for generic-account/generic-account.github.io papers_list.md: Gordon Lichtstein's personal page "A Few
of My Favorite Things I've Read" (a Georgia Tech student's site), newest commit touching the file (ec376ea, 2026-05-30).
The list began as ``papers_to_read.md`` ("Things I'm Reading", a to-read checklist); commit 5081e5d renamed it to the
extension-less ``papers_list`` and a later commit to ``papers_list.md``, which is the file taken.

Shape: 199 lines, 17 KB, ``- [text](url)`` bullets under headings.  Only lines 1-30 render: ``# A Few of My Favorite
Things I've Read``, ``## Technical`` (4-23, 20 bullets) and ``## Non-technical`` (26-30, 5 bullets) -- a mix of papers,
blog posts, online books, guides and essays.  Lines 32-199 are one HTML comment (``<!--`` at 32, ``-->`` at 199) that
hides the old to-read checklist (``- [ ] [text](url)``, once ``- [*]`` 69, twice ``- [x]``):
``## ECE 8803 - Spring 2025 Reading List`` (33-65, 31 items), ``# CS8803 - Datacenter Networks & Systems (Spring
2022)`` (67-128, 60 items named by system nickname or topic label: ``Spark``, ``Ray``, ``FatTree``, ``WAN Traffic``),
``## 18.330 ... Lecture Notes`` (130-138, 7 lecture-note chapters), ``## 6.172 ... Supplemental Readings`` (140-154,
13 papers), ``## Misc Papers`` (156-172, 15 items), ``## Misc Courses`` (174-179), ``## Misc Textbooks`` (181-194, with
an empty ``- [ ] `` item 194) and ``## Misc Blogs`` (196-198).

Special cases:
- The commented-out block: its items are still list items of the Markdown source (a reader of the text sees them, a
  renderer does not); they are counted as entries, which is the decision most open to dispute in this file.
- Non-papers are not entries: in the visible part the Python Design Patterns guide (4), blog posts (6, 9, 16, 20, 21,
  23), online books (8, 12, 15), the OpenSSF hardening guide (19), essays (26 The Bitter Lesson, 30), Finger Ring Lore
  (28, a book) and Max Dama's trading guide (29); in the comment the FSDP engineering blog (50), NCCL docs (53), the
  MLSysBook textbook chapter (58), the YouTube talk (72), the books "Datacenter as a Computer" (70) and "High
  Performance Datacenter Networks" (86, Morgan & Claypool), the 18.330 lecture notes (132-138), the Kahan interview
  (164), and the course / textbook / blog sections (176-198).
- Counted as papers although not peer-reviewed: Drepper's "What Every Programmer Should Know About Memory" (7), the
  Black Hat white paper "Breaking the x86 ISA" (17), the concurrency primer (18), Intel's Cilk white paper (145) and
  Demaine's BRICS lecture-notes paper (153).  The Hardware Lottery (27) links its web page, not the paper.
- CS8803 (69-128) names each paper only by a nickname or a topic (``Spark``, ``Inside Facebook's Datacenter``,
  ``Video Streaming``): title None for all 57 papers there.  Elsewhere the link text is the title as written, often
  shortened (``ShiftAddViT: Efficient Vision Transformer``, ``Megatron-LM: Training Multi-Billion Param Models``);
  the trailing remark ``(also an amazing primer on computer architecture)`` on 22 is dropped; ``(SARA)`` on 37 is
  the paper's own acronym and kept.
- Repeats are separate entries: TPU paper 35 / ``TPUs`` 88; ``Producing wrong data ...`` 5 / 148 (5 with a
  mistyped DOI 1508284 and lower case).  Wrong links are kept as written: ``XLA`` 159 links arXiv 1707.06347 (PPO),
  ``Finite Model Finding`` 168 links the SAT-Accel DOI of 13, ``R2P2`` 100 the eRPC PDF of 99.

Decisions:
- Entry = a bullet naming a research work, visible or inside the comment; one line each.
- Title = the link text (None in CS8803); ids from the line's link: ACM/Springer DOIs, arXiv abs/pdf links.
"""
import re

from _wild48 import entry, read_lines, write_truth

NAME = "generic-account__generic-account.github.io__papers_list@ec376ea.md"
PART = "wild48_development"

ITEM = re.compile(r"^- (?:\[[ x*]\] )?\[(?P<text>[^\]]+)\]\((?P<url>.+)\)$")
VISIBLE_PAPERS = {5, 7, 10, 11, 13, 14, 17, 18, 22, 27}
NOT_PAPERS_IN_COMMENT = {50, 53, 58, 70, 72, 86, 164}
NICKNAMES = (69, 128)  # CS8803 block: papers named by nickname or topic only
SKIP_SECTIONS = [(130, 138), (174, 198)]  # lecture notes, courses, textbooks, blogs
REMARK = " (also an amazing primer on computer architecture)"


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# A Few of My Favorite Things I've Read"
    assert lines[31].strip() == "<!--" and lines[198] == "-->", (lines[31], lines[198])
    papers = []
    items = 0
    for n, ln in enumerate(lines, 1):
        m = ITEM.match(ln)
        if not m:
            assert not ln.startswith("- [") or ln == "- [ ] ", (n, ln)
            continue
        items += 1
        if n < 32 and n not in VISIBLE_PAPERS:
            continue
        if n in NOT_PAPERS_IN_COMMENT or any(a <= n <= b for a, b in SKIP_SECTIONS):
            continue
        text = m.group("text")
        if NICKNAMES[0] <= n <= NICKNAMES[1]:
            title = None
        else:
            title = text.removesuffix(REMARK)
        papers.append(entry(lines, n, n, title))
    assert items == 25 + 31 + 60 + 7 + 13 + 15 + 4 + 11 + 1, items
    t = {p["line"]: p for p in papers}
    assert t[5]["title"] == "Producing wrong data without doing anything obviously wrong!", t[5]
    assert t[5]["doi"] == "10.1145/1508284.1508275" and t[148]["doi"] == "10.1145/1508244.1508275", (t[5], t[148])
    assert t[22]["title"] == "Intel SGX Explained", t[22]
    assert t[14]["arxiv"] == "2505.09343", t[14]
    assert t[37]["title"] == "Self-adaptive reconfigurable arrays (SARA)", t[37]
    assert (t[88]["title"], t[88]["arxiv"]) == (None, "1704.04760"), t[88]
    assert t[73]["title"] is None and t[128]["title"] is None, (t[73], t[128])
    assert t[159]["arxiv"] == "1707.06347", t[159]
    assert t[168]["doi"] == t[13]["doi"] == "10.1145/3706628.3708869", (t[13], t[168])
    assert t[144]["doi"] == "10.1007/s11227-009-0301-8", t[144]
    assert sum(1 for p in papers if p["line"] < 32) == 10
    assert sum(1 for p in papers if 33 <= p["line"] <= 65) == 28
    assert sum(1 for p in papers if 67 <= p["line"] <= 128) == 57
    assert len(papers) == 122, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Entry = a '- [text](url)' bullet (checkbox or not) naming a research work, in the visible favourites (10 of"
        " 25 bullets are papers) and in the HTML comment 32-199 that hides the old to-read checklist (ECE 8803 28 of"
        " 31, CS8803 57 of 60, 6.172 13, Misc Papers 14 of 15): 122; non-papers (blogs, guides, online books, essays,"
        " docs, a talk, textbooks, lecture notes, an interview, courses) are not entries; title = the link text as"
        " written (a trailing remark dropped on 22), None for the CS8803 items that name papers only by nickname or"
        " topic; repeats (5/148, 35/88) are separate entries.",
        "Read all 199 lines; compared -v for every entry: the 10 visible papers among blogs and books, the comment"
        " boundaries 32/199, the 3+3+1 non-papers inside the comment, all 57 CS8803 None titles, shortened titles kept"
        " as written, '(SARA)' kept and the 22 remark dropped; ids: ACM/Springer DOIs (5, 13, 35, 37, 40, 41, 46, 82,"
        " 142-152, 162, 168), arXiv links (14, 38, 42-45, 47-48, 51-52, 54-55, 57, 60-61, 63, 65, 88, 158-160, 165-166, 170),"
        " the mislinked 159/168/100 kept as written; none from IEEE Xplore, USENIX or personal PDF links.",
    )


if __name__ == "__main__":
    main()
