"""Wild42 truth for 2022-cs244/2022-cs244.github.io schedule.md: the Schedule page of Stanford's CS 244 (Advanced
Topics in Networking, Spring 2022), a Jekyll Now site.

Shape: front matter (1-4), then one ``## **[Week N]**`` heading per week (Weeks 1-10) and one block per class:
a date line ``3/30:``, a bullet ``* Speaker: Name [[slides](...)]``, ``* Lecture N Topics:`` with indented topic
bullets, and ``* Papers:`` with indented bullets ``    * [Title]({{ site.baseurl }}/papers/L2-....pdf), Authors``
(authors initial-first, ``et al.``/``et al`` with or without a comma before it).  The links are Liquid expressions
to PDFs in the site, not URLs: no paper link carries an id.  Between the classes, ``---`` rules and deadline
bullets (``* **Critique for 4/4** ** Due 4/3 ... **``, assignment releases and project deadlines).  Optional
readings carry ``(Optional)``/``(optional)`` inside the link text (lines 15, 29-30, 117, 132, 153, 188, 252).
Week 10 has no papers (Memorial Day, final presentations).

Decisions:
- Every bullet under ``* Papers:`` is one entry on its line (36); all are scholarly works, including Keshav's
  "How To Read A Paper" (15, an article in CCR), "A Brief History of the Internet" (29, Leiner et al., also
  printed in CCR) and Baran's "On Distributed Communications Networks" (30, a journal article / RAND memo).
- Title: the link text without the ``(Optional)``/``(optional)`` flag (an annotation the list adds, not part of
  the title); the authors after the link are not part of it.
- Not entries: week headings, dates, speaker/slides bullets, topic bullets, deadline and assignment bullets.
- Ids: none (every link is ``{{ site.baseurl }}/papers/...pdf``).
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild42 import entry, read_lines, write_truth

NAME = "2022-cs244__2022-cs244.github.io__schedule@376907d.md"
PART = "wild42_development"

PAPER = re.compile(r"^ {4}\* \[(?P<title>[^\]]+)\]\(\{\{ site\.baseurl \}\}/papers/[^)]+\), (?P<authors>.+?)\s*$")
OPTIONAL = re.compile(r"\s*\((?:O|o)ptional\)$")


def main() -> None:
    lines = read_lines(NAME)
    papers, in_papers, per_class = [], False, []
    for n, ln in enumerate(lines, 1):
        if ln.startswith("* "):
            in_papers = ln.rstrip() == "* Papers:"
            if in_papers:
                per_class.append(0)
            continue
        if ln.strip() == "---":
            in_papers = False
        if not in_papers or not ln.strip() or ln.strip() == "---":
            continue
        m = PAPER.match(ln)
        assert m, (n, ln)
        title = OPTIONAL.sub("", m.group("title"))
        papers.append(entry(lines, n, n, title))
        per_class[-1] += 1
    assert per_class == [1, 3, 1, 1, 2, 2, 3, 3, 3, 2, 3, 2, 1, 2, 3, 2, 1, 1], per_class
    t = {p["line"]: p["title"] for p in papers}
    assert t[15] == "How To Read A Paper" and t[30] == "On Distributed Communications Networks", t
    assert t[167] == "Sizing Router Buffers -- Redux", t
    assert t[188] == "HPCC: High Precision Congestion Control", t
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 36, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Each indented bullet '[Title]({{ site.baseurl }}/papers/...pdf), Authors' under a class's '* Papers:' bullet"
        " is an entry on its line; title = the link text without the '(Optional)'/'(optional)' flag; speaker,"
        " topic, deadline and assignment bullets are not entries; no ids (all links are Liquid paths to site PDFs).",
        "Whole file read (309 lines) against the -v output: all 18 classes with papers and their per-class counts"
        " (checked by the script), the 8 '(Optional)' titles (15, 29, 30, 117, 132, 153, 188, 252) with the flag"
        " dropped, the 'Sizing Router Buffers -- Redux' double hyphen (167), 'McKeown et al.' without initials,"
        " week 10 without papers and the deadline/assignment bullets left out; no link carries an id.",
    )


if __name__ == "__main__":
    main()
