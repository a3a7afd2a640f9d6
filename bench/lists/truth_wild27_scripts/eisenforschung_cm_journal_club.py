"""Wild27 truth for eisenforschung/cm-journal-club README.md: a computational materials science journal club.

Shape: two bullet lists.  'List of candidate papers:' (lines 14-55): '- [Title](url)' with an
optional '(experiment)' tag after the link.  'Previous sessions:' (lines 59-93): '- (Date time
CET) [Title](url)' with an optional ' Part I'/' Part II' after the link, or a session topic with
no link at all.
Entries: every candidate-paper bullet linking a paper (34, lines 22-55) and every previous session
that links a paper (20: lines 59, 60, 62, 71-74, 78-87, 91-93); the same paper presented over two
sessions (Part I/II) gives two entries.  Title = the link text; on lines 71-74 the session part
number is written inside the link text ('[Predicting Point Defect Energies Part II](...)') and is
dropped like the ' Part II' written after the link on lines 78-87 (the link text there may be a
short session name rather than the paper's full title; it is kept as the file writes it).
Not entries: the eight 'Frenkel and Smit Chapter N: ...' bullets (lines 14-21: chapters of the
textbook Understanding Molecular Simulation, a ScienceDirect book page), line 61 '[Quasi Newton
preconditioner](gitlab...)' (code repository), sessions with no link (63-70, 75-77, 88-90), the
topic bullet on line 10 and 'To be announced' on line 6.
Hosts: ScienceDirect pii (no DOI), APS abstract/pdf pages (DOI in the URL, line 54 '/pdf/'),
nature.com article ids (not DOIs), Frontiers (DOI with '/full'), Springer (DOI), Science Advances
'content/6/5/eaay4312' (no DOI), arXiv abs (lines 73-74).  Line 50 and 52 carry <sub> tags
(removed: 'FepAl1−p', 'Ni3Al').
Count check: 34 + 20 = 54 entries; 8 textbook chapters and 1 code link left out.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "eisenforschung__cm-journal-club__README@f999a14.md"
PART = "wild27_development"
CANDIDATE = re.compile(r"^- \[(?P<t>[^\]]+)\]\(https?://[^)]+\)(?: \((?:experiment)\))?$")
SESSION = re.compile(r"^- \((?P<d>[A-Z][a-z]+ \d+, \d{4}[^)]*)\) \[(?P<t>[^\]]+)\]\((?P<u>https?://[^)]+)\)(?: Part I+)?$")
TEXTBOOK = range(14, 22)
CODE = {61}


def main() -> None:
    lines = read_lines(NAME)
    assert lines[11] == "List of candidate papers:" and lines[56] == "Previous sessions:"
    papers = []
    for i in range(14, 56):
        m = CANDIDATE.match(lines[i - 1])
        assert m, i
        if i in TEXTBOOK:
            assert m.group("t").startswith("Frenkel and Smit Chapter"), i
            continue
        papers.append(entry(lines, i, i, m.group("t")))
    candidates = len(papers)
    unlinked = 0
    for i in range(59, 94):
        text = lines[i - 1]
        m = SESSION.match(text)
        if not m:
            assert "](" not in text and re.match(r"^- \([A-Z][a-z]+ \d+, \d{4}[^)]*\) \w", text), i
            unlinked += 1
            continue
        if i in CODE:
            assert "gitlab" in m.group("u")
            continue
        title = re.sub(r" Part I+$", "", m.group("t"))
        papers.append(entry(lines, i, i, title))
    assert candidates == 34, candidates
    assert unlinked == 14, unlinked
    assert len(papers) == 54, len(papers)
    write_truth(NAME, PART, papers,
                "every bullet that links a paper is an entry: the candidate-paper bullets and the previous sessions"
                " with a paper link (a paper presented in two sessions gives two entries); title = the link text"
                " without a session 'Part N'; textbook chapters, a code link and sessions without a link are not entries",
                "all 93 lines read by eye: every candidate and session bullet, the 8 textbook-chapter bullets, the"
                " gitlab link (61), the 14 unlinked sessions, 'Part N' inside the link text (71-74) and after it"
                " (78-87), the <sub> titles (50, 52), and the ids of each host (APS abstract/pdf DOIs, Frontiers"
                " '/full', Springer, arXiv 1910.07513; none for ScienceDirect pii, nature.com ids, Science Advances)")


if __name__ == "__main__":
    main()
