"""Wild41 truth for jaspereb/LunchReadingGroup index.md: the GitHub Pages site of the ACFR (Australian Centre
for Field Robotics, Sydney) lunch-time reading group, where a presenter explains a paper or technique each
Tuesday.

Shape: an intro with an image, the group's earlier tutorial series (David Silver's RL lectures, a quantum
computing course, a blog post on actor-critic methods, an Easy21 solution file; 1-20), guidelines (22-26), then two
pipe tables ``| Date | Presenter | Topic | Link |``: "2019 Schedule" (32-79) and "Past Schedules", the pre-2019
rows (86-104), then an image of the old schedule (106).  The Topic cell names the paper, usually by its title, at
times by a descriptive name (``Semi Supervised Depth Prediction`` 42, ``Using cGANs to predict ground views from
satellite imagery`` 41, ``Teaching Cassie to ride a segway`` 74, ``Fermat Paths for NLOS Object Reconstruction``
64); the Link cell is a bare URL (arXiv, Nature, PMLR, PubMed, NIPS, a lab page), a Markdown link to a PDF in the
repo's ``files/`` folder (``[Here](files/...)``), ``Ask Him`` or ``_``.  Special cases: a title followed by a gloss
in parentheses, ``... by links (Dendritic Learning In Humans)`` (34); ``ICRA Paper`` linking the presenter's own
draft ``files/Vera_ICRA_v1.pdf`` (36); ``Journal Paper | Ask Him`` (39) and ``Jacob Mini Pres | His Radar Paper |
Ask Him`` (46), papers named by nothing; a topic ``Learning Control from Raw Images`` whose link text is ``Embed
to Control; Control from raw images`` (38, the E2C paper at NIPS 2015); ``Atari article`` linking Nature's DQN
paper (98); a paper with no link (66); rows that are not papers: empty ``_`` rows, a struck-out presenter (35),
the quantum computing lectures ``QC1``-``QC7`` with ``Vid 1 to 9`` etc. (52-58), a guest lecture (63), ``6 Hours
of buzzfeed videos`` (69), the RL lectures ``RL1``-``RL9`` and a recap lecture (88-101), ``Go home | to | your
families`` (104); a row dated ``7/4/19`` between April and May rows (48), kept as written; a topic
``Confident Learning, removing bad training labels`` whose only link is the author's blog post
``l7.curtisnorthcutt.com/confident-learning`` (75).

Decisions:
- Each table row whose topic is a paper is one entry on its line: 21 rows of the 2019 table and two of the
  pre-2019 table (98, 102).
- Title = the Topic cell as written (a descriptive name is what the file calls the paper), with the gloss
  ``(Dendritic Learning In Humans)`` of 34 dropped; null where the cell names no paper but only says which kind
  it is: ``ICRA Paper`` (36), ``Journal Paper`` (39), ``His Radar Paper`` (46), ``Atari article`` (98).  Those four
  stay entries: each record's subject is one paper (36 and 98 even link it), only its title is missing.
- Not entries: the lecture, video, guest-lecture and empty rows listed above, the intro's courses, blog post and
  code file, and the Confident Learning row (75): its only resource is a blog post and the topic names a method,
  not a paper, so it is left out like the intro's blog post.
- Ids: arXiv ids from the arxiv.org links (41, 42, 50, 65, 71, 73, 74, 102); no DOIs (the Nature URLs carry article
  ids ``s41598-018-23471-7`` and ``nature14236``, which are not DOIs; PubMed, PMLR and NIPS links give none).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild41 import entry, read_lines, write_truth

NAME = "jaspereb__LunchReadingGroup__index@1fefed6.md"
PART = "wild41_development"

ROW = re.compile(r"^\| (\d{1,2}/\d{1,2}/\d\d) \| (.*?) \| (.*?) \| (.*?) ?\|\s*$")
NOT_PAPER = re.compile(r"^(?:_|QC\d?|RL\d|Recap Lecture|Guodong|to|6 Hours of buzzfeed videos)$")
UNNAMED = {"ICRA Paper", "Journal Paper", "His Radar Paper", "Atari article"}
BLOG = "l7.curtisnorthcutt.com"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    rows = 0
    for n, ln in enumerate(lines, 1):
        m = ROW.match(ln)
        if not m:
            assert not re.match(r"^\| \d", ln), (n, ln)
            continue
        rows += 1
        _date, _who, topic, link = (g.strip() for g in m.groups())
        if NOT_PAPER.match(topic):
            continue
        if BLOG in link:
            assert n == 75
            continue
        if topic in UNNAMED:
            title = None
        else:
            title = re.sub(r"\s*\(Dendritic Learning In Humans\)$", "", topic)
        papers.append(entry(lines, n, n, title))
    assert rows == 46 + 17, rows
    t = {p["line"]: p["title"] for p in papers}
    assert [n for n in t if n > 80] == [98, 102], t
    assert t[34] == "Adaptive nodes enrich nonlinear cooperative learning beyond traditional adaptation by links"
    assert t[38] == "Learning Control from Raw Images" and t[48] == "Keys-To-Sim", t
    assert [n for n, v in t.items() if v is None] == [36, 39, 46, 98], t
    assert t[66] == "3D Quasi-Static Ultrasound Elastography With Plane Wave In Vivo", t
    a = {p["line"]: p["arxiv"] for p in papers if p["arxiv"]}
    assert a == {41: "1806.05129", 42: "1702.02706", 50: "1808.05535", 65: "1906.04893", 71: "1910.01913",
                 73: "1807.08869", 74: "1809.07279", 102: "1803.10122"}, a
    assert all(p["doi"] is None for p in papers)
    assert len(papers) == 23, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each row of the 2019 and pre-2019 schedule tables whose Topic is a paper is one entry on its line; title ="
        " the Topic cell (the '(Dendritic Learning In Humans)' gloss dropped), null for 'ICRA Paper', 'Journal"
        " Paper', 'His Radar Paper', 'Atari article'; lecture/video/guest/empty rows and the Confident Learning"
        " blog-post row are not entries; arXiv ids from arxiv.org links, no DOIs.",
        "Whole file read (106 lines): all 63 dated rows of the two tables compared with the -v output, including"
        " the gloss row (34), the four unnamed-paper rows (36, 39, 46, 98), the E2C row (38), the row without link"
        " (66), the out-of-order '7/4/19' row (48), the QC/RL lecture, guest, buzzfeed and empty rows (left out),"
        " the Confident Learning blog row (75, left out), the eight arXiv ids and the Nature/PubMed/PMLR links"
        " giving no DOI; the intro's courses, blog post and code file are not entries.",
    )


if __name__ == "__main__":
    main()
