"""Wild16 truth for conditionWang/FLNK README: '+ Title' bullets, each with one '  + (Venue Year) [[paper]](url)' sub-bullet.

Shape: a federated-learning-with-new-knowledge (federated continual learning, domain
generalization) list, the companion of a survey.  Each paper is a top-level '+ ' bullet holding
only the plain title (bold for the authors' highlighted papers, '**Title**'), followed by one
nested '  + ' bullet with the venue and year in parentheses (bold when the title is), a
'[[paper]]' link and sometimes a '[[code]]' link.  Sections: Computer Vision (with three
'### _..._' subsections), Natural Language Processing, Audio and IoT, Security Relevant, Other
Topics.

Entries: every top-level '+ ' bullet (lines 44-287), running over its sub-bullet (two lines).
Title = the top-level bullet's text, bold markers removed.  Titles are kept as the file writes
them ('POSTER: Advancing ...' on line 266).  Theses in the list (lines 142, 282) are entries.
Repeated papers (FedET on lines 126 and 214; 'Continual adaptation of federated reservoirs' on
248 and 284; the Spatial-Temporal lifelong re-id paper on 138 and 226) are separate entries.  Not
entries: the table of contents, the taxonomy words, the closing 'Citation' BibTeX (the list's
own survey boilerplate).

Counts checked a second way: 108 '^+ ' lines and 108 '^  + ' lines, each sub-bullet on the line
after its bullet; per section 1 + 54 + 2 + 17 (Computer Vision and its three subsections), 5
(NLP), 16 (Audio and IoT), 5 (Security), 8 (Other) = 108.
"""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild16 import entry, read_lines, write_truth

NAME = "conditionWang__FLNK__README@54a1180.md"
PART = "wild16_development"


def main() -> None:
    lines = read_lines(NAME)
    papers = []
    counts: dict[str, int] = {}
    section = None
    for i, text in enumerate(lines, 1):
        if text.startswith("#"):
            section = text.strip("# _*")
            continue
        if not text.startswith("+ "):
            continue
        assert lines[i].startswith(("  + (", "  + **(")), i  # the venue/link sub-bullet on the next line
        title = text[2:].strip().strip("*").strip()
        papers.append(entry(lines, i, i + 1, title))
        counts[section] = counts.get(section, 0) + 1
    assert list(counts.values()) == [1, 54, 2, 17, 5, 16, 5, 8], counts
    assert len(papers) == 108
    write_truth(NAME, PART, papers,
                "every top-level '+ Title' bullet is an entry with its '  + (Venue) [[paper]]' sub-bullet (two lines);"
                " title = the bullet's plain or bold text; the closing citation BibTeX is the list's own survey",
                "counts (108 '+ ' bullets, 108 sub-bullets each on the next line; per section 1, 54, 2, 17, 5, 16, 5, 8),"
                " the first and last entry of each section and 20 more titles by eye, bold titles, the repeated"
                " papers kept as separate entries, the thesis entries, ids on the sub-bullet lines")


if __name__ == "__main__":
    main()
