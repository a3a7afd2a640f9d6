"""Wild27 truth for astro-group-bristol/black-hole-journal-club README.md: an astrophysics journal club's minutes.

Shape: after a short intro, an empty rota table and a table of conferences (lines 28-44, not
entries), '## Minutes' (line 48) and one '##'/'###' heading per meeting ('## 2026-06-16 Darius').
Under each meeting, paper records are lines that start with the linked title, optionally after a
label or a bullet: '[Title](url) (Authors, MM-YYYY)', 'Presented Paper: [Title](url) (...)',
'Discussed Paper: [Title](url) (...)', '- [Title](url) by Authors (2026)' (lines 333-337) or
'- [Title](url) (Authors, MM-YYYY) - note' (lines 713, 742).  A 'Presented Paper:' /
'Discussed Papers:' label alone on its line (e.g. 391, 407) is not part of the entry.  Each record
is followed by note bullets (not part of the entry: entry = the record line only).
Links: arXiv abs and pdf (some with vN), NASA ADS abstract pages (ui.adsabs, no id taken from
them except their arXiv form '2026arXiv260107306R', which is not an arXiv URL), iopscience
(DOI in the URL, line 95 with '/pdf', line 243, line 386), nature.com (line 401, an article id,
not a DOI), ScienceDirect (lines 724, 742: pii, not a DOI).
Entries: every such record line after line 48 (97), plus three bare-URL note bullets that each
point to one paper with no title (lines 461-463 'Paper on Varstrometry technique: https://ui.adsabs...',
'Dual Quasar detection: ...', 'An additional survey paper: ...'; title null).  Line 724 is a chapter
of a reference work on ScienceDirect ('Unification models of active galactic nuclei', C. Ricci),
counted as a scholarly review.  Line 655 (Gradus.jl) is an arXiv paper about a code, counted.
Repeated papers (e.g. Kammoun et al. on lines 77 and 89; Pierce et al. 93 and 177; Díaz Trigo et
al. 333 and 372; line 148 repeats line 67 with no authors) are separate entries.
Not entries: slide links (lines 96, 394, 460, 478), the RAS meeting presented on line 665 (an
event page), images, conference table rows, and papers cited inline inside a note bullet about
another paper (line 613 'see [Variability in a low-mass ...](ads) (Webbe & Young, ...)', line 619
'In relation to [Detection of An Unidentified Emission Line ...]', line 691 'Similar to [Vertical
wind structure ...]').
Count check: 105 lines after line 45 hold a Markdown link to http(s); 5 are slides/event, 3 are
inline note citations, 97 are records; + 3 bare-URL bullets = 100 entries.
"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _wild27 import entry, read_lines, write_truth

NAME = "astro-group-bristol__black-hole-journal-club__README@247c634.md"
PART = "wild27_development"
NOT_PAPERS = {96, 394, 460, 478, 665}
INLINE = {613, 619, 691}
BARE = {461, 462, 463}
RECORD = re.compile(r"^(?:- )?(?:(?:Presented|Discussed) [Pp]apers?:\s*)?\[(?P<t>[^\]]+)\]\(https?://[^)]+\)")


def main() -> None:
    lines = read_lines(NAME)
    assert lines[47] == "## Minutes"
    papers = []
    linked = 0
    for i, text in enumerate(lines, 1):
        if i <= 45:
            continue
        if i in BARE:
            assert re.match(r"^- [A-Z][\w ]+: https://ui\.adsabs\.harvard\.edu/abs/\S+$", text), i
            papers.append(entry(lines, i, i, None))
            continue
        if "](http" not in text:
            continue
        linked += 1
        if i in NOT_PAPERS:
            continue
        m = RECORD.match(text)
        if i in INLINE:
            assert not m, i
            continue
        assert m, (i, text[:80])
        papers.append(entry(lines, i, i, m.group("t")))
    assert linked == 105, linked
    assert len(papers) == 100, len(papers)
    assert sum(1 for p in papers if p["title"] is None) == 3
    write_truth(NAME, PART, papers,
                "every paper record line of the meeting minutes (a line starting with the linked title, optionally"
                " after 'Presented Paper:'/'Discussed Paper:' or a bullet) is an entry, title = the link text; three"
                " bare ADS-URL bullets naming a paper without title are entries with a null title; slides, an RAS"
                " meeting page and papers cited inline inside another paper's note bullets are not entries",
                "read the whole file by eye (771 lines): every record line, the 8 linked lines left out (slides,"
                " RAS event, 3 inline note citations), the 3 bare-URL bullets, the label-on-its-own-line records"
                " (391-392, 407-408, 422-423, 474-476, 520-522, 547-549, 582-584, 622-623, 695-696, 730-731,"
                " 753-754), the 'by Authors (2026)' bullets 333-337, the sub-bullet records 713 and 742, the"
                " iopscience DOIs (95, 243, 386), the percent-encoded ADS URL (215) and arXiv ids with vN (67,"
                " 148, 204, 272, 408, 501, 749) and the old-style astro-ph/0506082 (594)")


if __name__ == "__main__":
    main()
