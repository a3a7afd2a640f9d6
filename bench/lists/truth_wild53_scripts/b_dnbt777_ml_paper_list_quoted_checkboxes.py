"""Wild53 truth for dnbt777/ML-Papers-Learning paper_list.md: one person's "get my bearings in ML" to-read list
followed by their own running paper notes, newest commit holding the file (4f9155f, 2024-05-13).

Shape: 92 lines (no final newline), 4.7 KB.  ``# ML Paper List`` (1), a two-criteria preamble ("completed" / "mastery", 2-10), ``---``
(13), then six emoji-headed ``### `` sections (15 Foundational Papers, 22 Neural Networks and Deep Learning, 29
Reinforcement Learning, 36 Natural Language Processing, 43 Unsupervised and Semi-Supervised Learning, 50 Bayesian
Methods and Probabilistic Models), each of five unchecked task-list bullets written as
``- [ ] "Quoted Title" by Author, Author, and Author (Year)`` (16-55, 30 bullets, no links at all).  ``---`` (57), then
``# Paper notes`` (59) with one per-paper notes heading ``## Attention is all you need (start-end: 4/?? - ???)`` (61) and
its free-text notes (62-82), and ``## General ML notes`` (83-92, glossary, no papers).

Special cases:
- 54 ``"Bayesian Reasoning and Machine Learning" by Barber (2012)`` is David Barber's textbook, not a research work:
  not an entry (the only bullet skipped).
- 51/52 swap authors (Neal's thesis "Bayesian Learning for Neural Networks" is credited to MacKay 1992, MacKay's
  "Practical Bayesian Framework..." to Neal 1996); both stay entries with the titles as written.
- 30 ``"Q-Learning" by Watkins (1989)`` (the list's short name for Watkins' work) and 23 ``"Deep Learning"`` (the 2015
  Nature review) are entries; titles as written.
- 61 the notes heading names a paper again (Attention Is All You Need, also bullet 38): a separate entry, title =
  heading text before the ``(start-end: ...)`` progress note, kept in its lower case.

Decisions:
- Entry = every task-list bullet of the six sections except the textbook (29) + the per-paper notes heading 61 = 30.
- Title = the text between the double quotes; the ``by ... (Year)`` tail is authors/year.
- No ids: the file has no links.
"""
import re

from _wild53 import entry, read_lines, write_truth

NAME = "dnbt777__ML-Papers-Learning__paper_list@4f9155f.md"
PART = "wild53_development"

ITEM = re.compile(r'^- \[ \] "(?P<title>[^"]+)" by (?P<authors>.+) \((?P<year>\d{4})\)$')
NOTE = re.compile(r"^## (?P<title>.+?) \(start-end: .*\)$")
BOOKS = {"Bayesian Reasoning and Machine Learning"}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[0] == "# ML Paper List"
    papers = []
    skipped = []
    for n, ln in enumerate(lines, 1):
        if ln.startswith("- [ ]"):
            m = ITEM.match(ln)
            assert m, (n, ln)
            if m.group("title") in BOOKS:
                skipped.append(n)
                continue
            papers.append(entry(lines, n, n, m.group("title")))
        elif ln.startswith("## "):
            m = NOTE.match(ln)
            if m:
                papers.append(entry(lines, n, n, m.group("title")))
    assert skipped == [54], skipped
    t = {p["line"]: p for p in papers}
    assert t[16]["title"] == "A Logical Calculus of the Ideas Immanent in Nervous Activity", t[16]
    assert t[30]["title"] == "Q-Learning", t[30]
    assert t[39]["title"] == "BERT: Pre-training of Deep Bidirectional Transformers for Language Understanding"
    assert t[55]["title"] == "Auto-Encoding Variational Bayes", t[55]
    assert t[61]["title"] == "Attention is all you need", t[61]
    assert all(p["arxiv"] is None and p["doi"] is None for p in papers)
    assert len(papers) == 30, len(papers)
    write_truth(
        NAME,
        PART,
        papers,
        "Every '- [ ] \"Title\" by Authors (Year)' task-list bullet of the six topic sections (16-55) is an entry, title ="
        " the quoted text, except 54 (Barber's textbook 'Bayesian Reasoning and Machine Learning', a book); plus the"
        " per-paper notes heading 61 '## Attention is all you need (start-end: ...)' (a repeat of 38, separate entry,"
        " title before the progress note). 30 entries, no links so no ids.",
        "Read all 92 lines; compared -v for all 30 entries against lines 16-55 and 61: quotes stripped, author/year"
        " tails dropped, textbook 54 left out, swapped MacKay/Neal credits (51/52) left as titles written, the"
        " General ML notes (83-92) and preamble hold no papers.",
    )


if __name__ == "__main__":
    main()
