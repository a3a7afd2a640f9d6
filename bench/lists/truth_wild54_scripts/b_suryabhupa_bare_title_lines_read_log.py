"""Wild54 truth for suryabhupa/paper-notes papers-without-notes.md: one student's log of papers read "at some point in
the last year" (2017-2018, deep RL / GANs / off-policy evaluation) that never got a note in the repository, newest
commit touching it (0c47375, 2021-01-05, "Add line breaks").

Shape: 73 lines, 2 KB, no Markdown markup at all.  Line 1 is a one-sentence intro ("Papers I read at some point in the
last year that I haven't written notes for in this repo. "), then 36 bare one-line items on the odd lines 3-73, each
followed by an empty line: no bullets, no numbers, no links, no authors, no years, so no ids anywhere.  Each item is a
title as the writer remembered it, often shortened (``... for RL``, ``... using GAE``, ``Continuous Control with Deep
RL``) and with typos (``Competitve`` 11, ``Evalution`` 13); several end in a trailing space (11, 45, 47).

Special cases:
- 23 ``Data-Efficient Off-Policy Policy Evaluation for RL (MAGIC)``: the method's nickname in parentheses after the title
  is a tag and is dropped.
- 49 ``Option-Critic``: the paper (The Option-Critic Architecture) is named by its nickname only; that is what the file
  writes, so the title is ``Option-Critic``.
- 41 ``Yarin Gal's Bayesian Deep Learning``: names a person's body of work (thesis? talk? blog?), no identifiable
  research work, so not an entry.
- 55 ``Chapter 2, 4 of Nocedal's Numerical Optimization Textbook``: chapters of a textbook (a book), not an entry.
- Titles use ``\\lambda`` (LaTeX) as written (7, 35); kept.

Decisions:
- Entry = every non-empty line after line 1 except the two above (34); title = the line, stripped, a trailing
  ``(NICK)`` dropped.
"""
import re

from _wild54 import entry, read_lines, write_truth

NAME = "suryabhupa__paper-notes__papers-without-notes@0c47375.md"
PART = "wild54_development"

NOT_PAPERS = {41: "Yarin Gal's Bayesian Deep Learning", 55: "Chapter 2, 4 of Nocedal's Numerical Optimization Textbook"}
NICK = re.compile(r"\s\((?P<nick>[A-Z]+)\)$")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0].startswith("Papers I read at some point in the last year"), lines[0]
    assert len(lines) == 74 and lines[-1] == "", len(lines)
    papers = []
    for n, ln in enumerate(lines, 1):
        if n == 1 or not ln.strip():
            continue
        assert n % 2 == 1, (n, ln)
        assert not re.search(r"[\[\]*`#<>|]", NICK.sub("", ln.strip())), (n, ln)
        if n in NOT_PAPERS:
            assert ln.strip() == NOT_PAPERS[n], (n, ln)
            continue
        title = NICK.sub("", ln.strip())
        papers.append(entry(lines, n, n, title))
    t = {p["line"]: p for p in papers}
    assert t[3]["title"] == "Solving the Rubik's Cube Without Human Knowledge", t[3]
    assert t[11]["title"] == "Simple Random Search Provides a Competitve Approach to RL", t[11]
    assert t[23]["title"] == "Data-Efficient Off-Policy Policy Evaluation for RL", t[23]
    assert t[49]["title"] == "Option-Critic", t[49]
    assert t[73]["title"] == "Generative Moment Matching Networks", t[73]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 34, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every non-empty line after the intro line 1 (odd lines 3-73, bare titles without markup or links) is an entry,"
        " title = the line stripped with a trailing '(MAGIC)'-style nickname dropped; line 41 (Yarin Gal's Bayesian Deep"
        " Learning: a person's body of work, no identifiable paper) and line 55 (chapters of Nocedal's textbook, a book)"
        " are not entries; 34 entries, no ids.",
        "Read all 73 lines; compared -v for all 34 entries against the file: shortened titles kept as written (RL, GAE),"
        " typos kept (Competitve 11, Evalution 13), trailing spaces stripped (11, 45, 47), (MAGIC) dropped on 23,"
        " nickname-only Option-Critic 49 kept, the two non-papers 41/55 skipped.",
    )


if __name__ == "__main__":
    main()
