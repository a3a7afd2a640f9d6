"""Wild30 truth for sheffieldnlp/reading_group archived-201510-201806.md: the Sheffield NLP group's
reading-group archive, October 2015 -- June 2018 (a lab reading list).

Shape: one meeting per bold date line (``**Tuesday 12 June 2018**``); under it the paper as a
Markdown link whose text is the title, then (usually after a blank line) an author line, sometimes
a venue line.  Between and after the papers the meetings carry slides, blog posts, videos, code
links, tutorial decks and free remarks.

An entry is a paper (or a scholarly article) the group read or pointed to; its span runs from the
paper's link line to its own author/venue lines (e.g. 117-121, 316-319, 344-347, which take the
talk/slides link sitting between the title and the authors).  Decisions, by line:

- Not entries: 36 (feedback session), 216 (EACL recap), 220 (a blog overview), 20/268/346/400/
  409-415/479 (blog post, slides, video), 61 (code), 168 (a Dr. Dobb's magazine article named only
  by its URL), 422-428/483 (blog posts), 432/449/455-463/467/472 (tutorial decks, course notes,
  blog, book chapter), 436/440 (wiki, slideshare), 485/487 (conference tutorial slides), 493
  ("Memory Networks", linked to a CS224d lecture deck, so its subject is the lecture), 500 (remark).
- Entries named only by a URL or a description, title None: 167 (the BPE paper, arXiv 1508.07909),
  176 ("Related paper to read"), 242 ("Zhang et al. EACL2017", a nickname), 260 ("ICLR paper by
  Goodfellow et.al"), 438 (a JMLR pdf URL), 469 ("NLP primer", Goldberg's primer).
- 58-60: the title is plain text on 58 and the paper is the ``[paper]`` link on 60.
- 113, 361, 376, 380, 393: quotes around the title are delimiters, not title.
- 232: the link text stops mid-title; the title is the link text plus the words after it
  ("... Learn to Criticize! Criticism for Interpretability"), the prefix "Kim et al. (2016):" and
  the venue are not title.
- 344 and 404: the link text carries the venue (", TACL"; "Advances in Neural Information
  Processing Systems"), which is dropped.
- 180 "Covonlutional" (sic) and 196 the same paper spelt right: two meetings, two entries.
- 202 and 232 have broken URLs; they are still entries (no ids).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild30 import entry, read_lines, write_truth

NAME = "sheffieldnlp__reading_group__archived-201510-201806@7df4ad8.md"
PART = "wild30_development"

LINK = "LINK"  # title = text of the first Markdown link on the first line
# (first line, last line, title)
RECORDS = [
    (17, 19, LINK), (24, 26, LINK), (30, 32, LINK), (40, 42, LINK), (46, 48, LINK), (52, 54, LINK),
    (58, 60, "Unsupervised Learning of Universal Sentence Representations from NLI Data"),
    (65, 67, LINK), (71, 73, LINK), (77, 79, LINK), (83, 85, LINK), (89, 91, LINK), (95, 97, LINK),
    (101, 103, LINK), (107, 109, LINK), (113, 113, LINK), (117, 121, LINK), (125, 127, LINK),
    (131, 132, LINK), (136, 138, LINK), (142, 143, LINK), (147, 149, LINK), (153, 155, LINK),
    (159, 161, LINK), (167, 167, None), (172, 174, LINK), (176, 176, None), (180, 182, LINK),
    (186, 188, LINK), (192, 192, LINK), (196, 198, LINK), (202, 202, LINK), (206, 208, LINK),
    (212, 212, LINK), (224, 224, LINK), (228, 228, LINK),
    (232, 232, "Examples are not Enough, Learn to Criticize! Criticism for Interpretability"),
    (236, 238, LINK), (242, 242, None), (246, 246, LINK), (250, 252, LINK), (256, 258, LINK),
    (260, 260, None), (264, 266, LINK), (272, 274, LINK), (278, 280, LINK), (284, 286, LINK),
    (290, 292, LINK), (296, 297, LINK), (301, 302, LINK), (306, 307, LINK), (311, 312, LINK),
    (316, 319, LINK), (323, 324, LINK), (328, 329, LINK), (333, 334, LINK), (338, 340, LINK),
    (344, 347, "Training Deterministic Parsers with Non-Deterministic Oracles"),
    (351, 352, LINK), (356, 357, LINK), (361, 362, LINK), (366, 367, LINK), (371, 372, LINK),
    (376, 376, LINK), (380, 380, LINK), (384, 385, LINK), (389, 389, LINK), (393, 393, LINK),
    (397, 398, LINK), (404, 405, "Practical Bayesian Optimization of Machine Learning Algorithms"),
    (419, 420, LINK), (438, 438, None), (444, 445, LINK), (469, 469, None), (476, 477, LINK),
    (491, 491, LINK), (497, 498, LINK),
]


def link_text(line: str) -> str:
    m = re.search(r"\[([^\]]+)\]\(", line)
    assert m, line
    return m.group(1).strip().strip('"').strip()


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    for first, last, title in RECORDS:
        if title == LINK:
            title = link_text(lines[first - 1])
        papers.append(entry(lines, first, last, title))
    assert len(papers) == 77, len(papers)
    write_truth(
        NAME, PART, papers,
        "Each paper a meeting read or pointed to is an entry (link line to its own author/venue lines);"
        " title = the link text (quotes and venue dropped), None for papers named only by URL or"
        " description; sessions, slides, blogs, tutorials, videos and code are not entries.",
        "Read the whole file by eye (500 lines): every meeting, every link and its entry/non-entry"
        " decision, each span and title; ids checked against the lines.",
    )


if __name__ == "__main__":
    main()
