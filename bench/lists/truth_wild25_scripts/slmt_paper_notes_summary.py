"""Wild25 truth for SLMT/paper-notes src/SUMMARY.md: the mdBook table of contents of a PhD student's database paper notes.

Shape: mdBook SUMMARY.md.  '# Summary', two prefix chapter links ('[Cover](cover.md)',
'[Template](template.md)', lines 3-4), a '---' rule, then a two-level bullet list: top-level
bullets link a topic's summary page ('- [DBMS + AI](dbms_with_ai/summary.md)', 8 topics, two of
them, lines 11-12, with no papers under them), indented bullets link one note page per paper:
'  - [VENUE'YY - Label](topic/<firstauthor><year><key>.md)'.  All links are local note pages;
no paper URL, arXiv id or DOI.
Entries: every indented bullet (18 papers read).  Not entries: the cover/template links and the
8 topic bullets.
Title: the label after "VENUE'YY - ".  The labels are of two kinds: (a) a bare system name, one
token (P-Store, Star, Hihooi, Aria, Snapper, OtterTune, MB2, CGPTuner, Balsa, TScout, RLIRank:
lines 10, 14, 15, 18, 19, 21, 24, 26, 28, 29, 33) -- a nickname, not a title, so title null
(the note pages give the real titles, e.g. 'MB2: Decomposed Behavior Modeling for ...');
(b) a phrase written as the paper's name (lines 9, 17, 22, 23, 25, 27, 31), kept as the file
writes it.  Three of these are the exact paper titles (23, 25, 31); four are the student's
shortened wording of the title ('Modeling Workloads using Gaussian Process', 'Advantages and
Disadvantages of Deterministic DBMS', 'Query Optimizer through DL', 'Zero-Shot Learning on DBMS'),
kept since the list gives no other title for them and a reader cannot tell them from titles.
Count check: 18 indented bullets (2 + 2 + 3 + 9 + 1 + 1 under the six topics that have papers)
= 11 nickname-only (title null) + 7 with a title; 8 topic bullets.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild25 import entry, read_lines, write_truth

NAME = "SLMT__paper-notes__src__SUMMARY@c21845e.md"
PART = "wild25_development"
NICKNAME_ONLY = {10, 14, 15, 18, 19, 21, 24, 26, 28, 29, 33}
TITLED = {9, 17, 22, 23, 25, 27, 31}


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    topics = 0
    for i, text in enumerate(lines, 1):
        if text.startswith("- ["):
            assert text.endswith("/summary.md)"), i
            topics += 1
            continue
        m = re.match(r"^  - \[([A-Z]+'\d\d) - (.+)\]\(([a-z_]+/[a-z0-9]+\.md)\)$", text)
        if not m:
            continue
        label = m.group(2)
        if i in NICKNAME_ONLY:
            assert " " not in label, i
            title = None
        else:
            assert i in TITLED, i
            title = label
        papers.append(entry(lines, i, i, title))
    assert topics == 8, topics
    assert len(papers) == 18 == len(NICKNAME_ONLY) + len(TITLED), len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 11
    write_truth(NAME, PART, papers,
                "every indented bullet (one note page per paper) is an entry; title = the label after"
                " \"VENUE'YY - \", null when the label is only the system's one-word name; topic bullets and"
                " the cover/template links are not entries",
                "all bullets read against the file; each label compared with the heading of its note page in"
                " the repository to sort nicknames from title wording; no ids in the file")


if __name__ == "__main__":
    main()
